"""Tokens with a calendar meaning: the per-language tables turned into one lookup, and a tokenizer.

Each token of a text gets a one-character *code* saying what it is on the calendar (``M`` a
month, ``W`` a weekday, ``U`` a unit, ``P`` "last", ...), so that the grammar
(``storyline.time.grammar``) can match time expressions as regular expressions over the code
string of a sentence, the same patterns for every language. Word order differences ("last
month" / "el mes pasado" / "for to år siden") are alternatives in those patterns; words are data
in ``storyline/lang/<code>/time.py``.

Table keys (all optional; a language leaves out what it does not need):

=================  ====  ==================================================================
key                code  meaning
=================  ====  ==================================================================
DEICTIC            K     "today" -> ``0D``, "i fjor" -> ``-1Y``, "now" -> ``PRESENT_REF``
CLOCK_NAMES        c     "noon" -> ``12:00``
HOLIDAYS           H     "christmas" -> ``12-25``, "thanksgiving" -> ``11-3-4`` (4th Thursday)
SETS               Z     "annual" -> ``P1Y``
MONTHS             M     "october" -> 10 (abbreviations accepted next to a day or year)
WEEKDAYS           W     "friday" -> 4
UNITS              U     "weeks" -> ``W`` (``Y M W D Q DE CE H MI WE``)
PARTS_OF_DAY       B     "morning" -> ``MO``
SEASONS            S     "fall" -> ``FA``
AGO_AFTER          A     "ago", "siden" (``e`` when also an edge: "earlier")
AGO_BEFORE         a     "hace", "vor", "il y a"
LATER_AFTER        L     "afterwards" (``l`` when also an edge: "later")
PREVIOUS           P     "last", "pasado"
PAST               p     "past" (makes "the past year" a duration)
NEXT               X     "next", "neste"
THIS               T     "this", "denne"
EDGES              E     "early" -> ``START``, "mid" -> ``MID``
ORDINALS           R     "first" -> 1
ALONE              -     "past" -> ``PAST_REF``: a PAST or THIS word that is an expression by itself
SPOKEN_YEAR_STARTS -     "nineteen": number words that may begin a spoken year
NUMBERS            N     "two" -> 2
INDEFINITE         n     "a", "en" (one, before a unit)
FUZZY              F     "several"
ARTICLES           G     "the", "el"
CONNECTORS         O     "of", "de"
RANGE_START        f     "from", "between", "entre"
RANGE_JOIN         j     "to", "and", "y"
EACH               h     "each", "every" (before a weekday, month or season: a set)
=================  ====  ==================================================================

Besides those: ``Y`` a year number, ``D`` a day number (1-31, "21st", "21." before a month),
``N`` other numbers, ``C`` a decade ("1990s"), ``q`` a numeric date ("2020-10-21", "7/8/07"),
``c`` a clock time, ``w`` any other word, and punctuation as itself (``,`` ``-``) or ``.``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from .. import lang as _lang
from .cldr import cldr_table

# (table key, code): earlier tables win when a phrase is in two ("earlier": ago before edge).
TABLES: tuple[tuple[str, str], ...] = (
    ("DEICTIC", "K"), ("CLOCK_NAMES", "c"), ("HOLIDAYS", "H"), ("SETS", "Z"), ("MONTHS", "M"), ("WEEKDAYS", "W"), ("UNITS", "U"),
    ("PARTS_OF_DAY", "B"), ("SEASONS", "S"), ("AGO_AFTER", "A"), ("AGO_BEFORE", "a"),
    ("LATER_AFTER", "L"), ("PREVIOUS", "P"), ("PAST", "p"), ("NEXT", "X"), ("THIS", "T"),
    ("EDGES", "E"), ("ORDINALS", "R"), ("NUMBERS", "N"), ("INDEFINITE", "n"), ("FUZZY", "F"),
    ("ARTICLES", "G"), ("CONNECTORS", "O"), ("RANGE_START", "f"), ("RANGE_JOIN", "j"), ("EACH", "h"),
)  # fmt: skip

TOKEN = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2})(?!\d)"
    r"|(?P<numdate>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\d.,]\d))"
    r"|(?P<daymonth>(?<![\d.,])\d{1,2}\.\d{1,2}(?=\.(?![\d.,]?\d)))"  # 13.11. (its stop stays a token)
    r"|(?P<hanzidate>(?:\d{4}\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])"  # 2022年10月22日, 10월 22일
    r"|(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)(?!\d)"
    r"|(?P<decade>(?:1[89]|20)?\d0['’]?s\b|['’]\d0s\b)"
    r"|(?P<num>\d+(?:[.,]\d{3})*(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<punct>\S)"
)
TRIGGER_CODES = "MWUKZSBcH"  # every pattern holds a year, a clock, a numeric date or one of these
# A number alone is no expression: only a year, a decade, a clock or a numeric date is.
NUMBER_TRIGGER = r"(?:1[89]|20)\d\d(?!\d)|\d+[:/.-]\d|(?:1[89]|20)?\d0['’]?s|\d+\s?[ap]\.?m"
# A month written with a Han or Hangul counter ("10月", "10월") is a trigger inside a run of
# unspaced script too, where no word boundary precedes it.
HANZI_MONTH_TRIGGER = r"\d{1,2}\s*[月월]\s*\d"
WINDOW_LEFT, WINDOW_RIGHT = 20, 16  # characters of context kept around a trigger
MERIDIEM = {("a", ".", "m", "."): "AM", ("p", ".", "m", "."): "PM", ("am",): "AM", ("pm",): "PM"}
# A time zone after a clock: UTC is written ``Z``; a local zone ("5 p.m. EST") leaves the local time
# as TIMEX3 values in TimeBank do (an offset is no UTC time).
ZONES = {"utc": "Z", "gmt": "Z", "cet": "", "cest": "", "est": "", "edt": "", "pst": "", "pdt": "", "et": "", "pt": ""}
CURRENCY = set("$€£¥")


@dataclass(slots=True)
class Token:
    """A token of the raw text with its calendar code and meaning (a number, a unit, ...)."""

    start: int
    end: int
    text: str
    code: str
    value: Any = None


# Plain words and punctuation never begin or end an expression: one shared token each stands for
# them all (most tokens are such; not building them is a fifth of the layer's time).
FILLERS = {code: Token(-1, -1, "", code) for code in ("w", ".", ",", "-")}


@dataclass(slots=True)
class Lexicon:
    """One language's tables as a phrase lookup, plus the settings the tokenizer needs."""

    phrases: dict[str, list[tuple[tuple[str, ...], str, Any]]]  # first word -> longest first
    table: ModuleType | None
    cased_months: bool
    full_months: frozenset[str]
    dotted_months: bool  # "Aug." alone is a month (tables); CLDR's "Mei." may end a sentence
    ordinal_dot: bool
    ordinal_suffix: re.Pattern[str] | None
    future: re.Pattern[str] | None  # a word that puts a sentence in the future
    past: re.Pattern[str] | None  # a past-tense verb: after a future word, the clause is past again
    future_in_past: re.Pattern[str] | None  # "had been" before a future word: a past plan
    signals: dict[str, str]  # "since" -> SINCE
    date_order: str
    age_words: frozenset[str]  # "old" in "6-year-old"
    clock_words: frozenset[str]  # "kl" in "kl. 14.30": the number after is a clock time
    age_before: re.Pattern[str] | None  # ", de" in "Jobs, de 55 años,": the duration after is an age
    connector_after: re.Pattern[str] | None  # " of" after "a quarter": a share
    published_label: re.Pattern[str] | None  # "Published:" before a publication date
    trigger_rx: re.Pattern[str]  # in lower case: a number, or the last word of a trigger phrase
    count_words: frozenset[tuple[str, ...]] = frozenset()  # "more than", "более": a count follows, no year

    def get(self, name: str, default: Any = None) -> Any:
        """A raw table of the language (``EDGES``, ``CAPTION_MARKERS``...) or ``default``."""
        return getattr(self.table, name, default) if self.table else default


def words(text: str) -> tuple[str, ...]:
    """The lower-cased tokens of a phrase, as the tokenizer cuts them."""
    return tuple(m.group(0).lower() for m in TOKEN.finditer(text))


def _index(entries: list[tuple[tuple[str, ...], Any]]) -> dict[str, list[Any]]:
    """Group phrases by first word, longest first, for greedy longest-match lookup."""
    out: dict[str, list[Any]] = {}
    for entry in entries:
        out.setdefault(entry[0][0], []).append(entry)
    for group in out.values():
        group.sort(key=lambda e: -len(e[0]))
    return out


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of a language: its table; else English's with the language's CLDR month and
    weekday names (``storyline.time.cldr``); else English's."""
    english = _lang.table("en", "time")
    table = _lang.table(lang, "time") or cldr_table(lang, english) or english
    entries: list[tuple[tuple[str, ...], str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    for key, code in TABLES:
        data = getattr(table, key, None) or {}
        items = data.items() if isinstance(data, dict) else ((w, w) for w in data)
        for phrase, value in items:
            toks = words(phrase)
            if toks and toks not in seen:
                seen.add(toks)
                entries.append((toks, code, value))
    edges = {words(k) for k in (getattr(table, "EDGES", None) or {})}
    both = {"A": "e", "L": "l"}  # "earlier" is ago or an edge, "later" later or an edge
    entries = [(t, both[c] if c in both and t in edges else c, v) for t, c, v in entries]
    months: dict[int, str] = {}
    for name, num in (getattr(table, "MONTHS", None) or {}).items():
        if len(name) > len(months.get(num, "")):
            months[num] = name
    full = {n for n in (getattr(table, "MONTHS", None) or {}) if len(n) >= 5} | set(months.values())
    bare_min = getattr(table, "BARE_MONTH_MIN_LENGTH", None)  # CLDR tables: "mai" (Romanian "more") needs a day
    if bare_min is not None:
        full = {n for n in (getattr(table, "MONTHS", None) or {}) if len(n) >= bare_min}
    suffix = getattr(table, "ORDINAL_SUFFIX", "")
    signals = {k.lower(): v for k, v in (getattr(table, "SIGNALS", None) or {}).items()}
    return Lexicon(
        phrases=_index(entries),
        table=table,
        cased_months=bool(getattr(table, "CASED_MONTHS", False)),
        full_months=frozenset(full),
        dotted_months=bare_min is None,
        ordinal_dot=bool(getattr(table, "ORDINAL_DOT", False)),
        ordinal_suffix=re.compile(rf"(?:{suffix})", re.I) if suffix else None,
        future=_future_rx(table),
        past=_future_rx(table, "PAST"),
        future_in_past=_alternation(getattr(table, "FUTURE_IN_PAST", ()), r"\s+$"),
        signals=signals,
        date_order=getattr(table, "DATE_ORDER", "DMY"),
        age_words=frozenset(getattr(table, "AGE_WORDS", ())),
        clock_words=frozenset(getattr(table, "CLOCK_WORDS", ())),
        age_before=_alternation(getattr(table, "AGE_BEFORE", ()), r"\s+$"),
        connector_after=_alternation(getattr(table, "CONNECTORS", ()), r"(?!\w)", r"\s+"),
        published_label=_alternation(  # at the start of a line: "a report published on ..." is no label
            getattr(table, "PUBLISHED_WORDS", ()), r"(?!\w)[^.\n]{0,30}$", r"(?:(?<=\n)|(?<![\s\S]))[ \t]*"
        ),
        trigger_rx=_trigger_rx({t[-1] for t, c, _ in entries if c in TRIGGER_CODES}
                               | {w for key in ("ALONE", "SPOKEN_YEAR_STARTS") for p in getattr(table, key, None) or {}
                                  for w in words(p)}),
        count_words=count_words(lang),
    )


COMPARATIVES = frozenset({"more than", "at least", "less than", "nearly"})


def count_words(lang: str | None) -> frozenset[tuple[str, ...]]:
    """The phrases after which a number is a count, never a year ("more than 2000 were injured",
    "более 2000 получили ранения"): the comparative qualifiers of the language's figures table
    (English's when it has none). "around 2000" and "up to 2000" may be years: left out."""
    figures = _lang.table(lang, "figures") or _lang.table("en", "figures")
    qualifiers = getattr(figures, "QUALIFIERS", None) or {}
    return frozenset(words(p) for p, canonical in qualifiers.items() if canonical in COMPARATIVES and words(p))


def _alternation(phrases: Any, tail: str, head: str = "") -> re.Pattern[str] | None:
    """A case-insensitive regex: ``head``, any of ``phrases`` as whole words, then ``tail``."""
    words = sorted(p.lower() for p in phrases if p[:1].isalnum())
    others = sorted((p.lower() for p in phrases if not p[:1].isalnum()), key=len, reverse=True)
    alts = ([rf"(?<!\w){_trie(words)}"] if words else []) + [re.escape(p) for p in others]
    return re.compile(rf"{head}({'|'.join(alts)}){tail}", re.I) if alts else None


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (fast to match)."""
    groups: dict[str, list[str]] = {}
    end = False
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
        else:
            end = True
    alts = [re.escape(c) + _trie(rest) for c, rest in sorted(groups.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
    return body + ("?" if end else "")


def _trigger_rx(words: set[str]) -> re.Pattern[str]:
    """Trigger words and trigger numbers, as whole words of a lower-cased text."""
    return re.compile(rf"\b(?:{_trie(sorted(words))}|{NUMBER_TRIGGER})(?![^\W\d_])|{HANZI_MONTH_TRIGGER}")


def _future_rx(table: ModuleType | None, tense: str = "FUTURE") -> re.Pattern[str] | None:
    """One regex for the language's markers of a tense: its words and its verb endings."""
    parts = []
    word_rx = _alternation(getattr(table, f"{tense}_WORDS", ()), r"(?!\w)")
    if word_rx:
        parts.append(word_rx.pattern)
    suffix = getattr(table, f"{tense}_SUFFIX", "")
    if suffix:
        parts.append(rf"\w+(?:{suffix})(?!\w)")
    return re.compile("|".join(parts), re.I) if parts else None


def raw_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, text, kind) of every token of ``text[start:end]``."""
    return [(m.start(), m.end(), m.group(0), m.lastgroup or "punct")
            for m in TOKEN.finditer(text, start, end)]  # fmt: skip


def _match_phrase(lowered: list[str], i: int, index: dict[str, list[Any]]) -> Any:
    """The longest phrase of ``index`` starting at word ``i``, or ``None``."""
    for entry in index.get(lowered[i], ()):
        toks = entry[0]
        if tuple(lowered[i : i + len(toks)]) == toks:
            return entry
    return None


def windows(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` that may hold an expression, cut at word boundaries.

    Every pattern of the grammar holds a number or a *trigger* word (a month, weekday, unit,
    season...); the rest of an expression lies a few words around it. Tokenizing only those
    stretches instead of every word is what keeps the layer cheap on long articles.
    """
    out: list[tuple[int, int]] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: offsets would drift
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for m in lex.trigger_rx.finditer(lowered, start, end):
        ms, me = m.span()
        ws = start if ms - WINDOW_LEFT <= start else (text.find(" ", ms - WINDOW_LEFT, ms) + 1 or ms)
        we = text.find(" ", min(end, me + WINDOW_RIGHT), end)
        we = end if we < 0 else we
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(we, out[-1][1]))
        else:
            out.append((max(ws, start), we))
    return out


def tokenize(text: str, start: int, end: int, lex: Lexicon) -> list[Token]:
    """The coded tokens of ``text[start:end]`` (multi-word phrases become one token)."""
    raw = raw_tokens(text, start, end)
    lowered = [r[2].lower() for r in raw]
    out: list[Token] = []
    i = 0
    while i < len(raw):
        tok, used = _classify(raw, lowered, i, lex)
        out.append(tok)
        i += used
    return _spoken_years(out) if any(t.code == "N" and t.value in (18, 19, 20) for t in out) else out


def _spoken_years(toks: list[Token]) -> list[Token]:
    """Number words read as a year ("nineteen ninety-six", broadcast transcripts) become one ``Y``:
    a century (18-20), then tens (10-90: "fifteen", "ninety"), then units after round tens."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.code == "N" and t.value in (18, 19, 20) and nxt and nxt.code == "N" and isinstance(nxt.value, int) \
                and 10 <= nxt.value <= 90:  # fmt: skip
            j, year = i + 2, t.value * 100 + nxt.value
            k = j + (j < len(toks) and toks[j].code == "-")
            if nxt.value % 10 == 0 and nxt.value >= 20 and k < len(toks) and toks[k].code == "N" and 1 <= (toks[k].value or 0) <= 9:
                j, year = k + 1, year + toks[k].value
            out.append(Token(t.start, toks[j - 1].end, "", "Y", year))
            i = j
        else:
            out.append(t)
            i += 1
    return out


def _classify(raw: list[tuple[int, int, str, str]], lowered: list[str], i: int, lex: Lexicon) -> tuple[Token, int]:
    """Code the token at ``i``; returns it and how many raw tokens it used."""
    s, e, txt, kind = raw[i]
    if kind == "word":
        return _classify_word(raw, lowered, i, lex)
    if kind == "iso":
        y, m, d = (int(x) for x in txt.split("-"))
        return (Token(s, e, txt, "q", (y, m, d)) if 1 <= m <= 12 and 1 <= d <= 31 else FILLERS["w"]), 1
    if kind == "numdate":
        return _numdate(raw[i], lex)
    if kind == "daymonth":  # "13.11.": a day and month where the table says dates are written so
        day, month = (int(x) for x in txt.split("."))
        clock = i > 1 and raw[i - 1][2] == "." and lowered[i - 2] in lex.clock_words  # "kl. 13.11."
        if lex.get("DAY_MONTH_DOTS") and not clock and 1 <= day <= 31 and 1 <= month <= 12:
            return Token(s, e, txt, "q", (None, month, day)), 1
        return _number(raw, lowered, i, lex)  # elsewhere the number it always was ("13.11")
    if kind == "hanzidate":
        *year, m, d = (int(x) for x in re.findall(r"\d+", txt))
        valid = 1 <= m <= 12 and 1 <= d <= 31
        return (Token(s, e, txt, "q", (year[0] if year else None, m, d)) if valid else FILLERS["w"]), 1
    if kind == "clock":
        return _clock(raw, lowered, i)
    if kind == "decade":
        digits = re.sub(r"\D", "", txt)
        decade = int(digits) if len(digits) == 4 else 1900 + int(digits)
        return Token(s, e, txt, "C", decade // 10), 1
    if kind == "num":
        return _number(raw, lowered, i, lex)
    return FILLERS.get(txt, FILLERS["."]), 1


def _classify_word(raw: list[tuple[int, int, str, str]], lowered: list[str], i: int, lex: Lexicon) -> tuple[Token, int]:
    """A word or phrase from the lexicon, else a plain word ``w``."""
    entry = _match_phrase(lowered, i, lex.phrases)
    s, e, txt, _ = raw[i]
    if entry is None:
        return FILLERS["w"], 1
    toks, code, value = entry
    n = len(toks)
    end = raw[i + n - 1][1]
    if code == "U" and lowered[i + n : i + n + 2] in (["-", w] for w in lex.age_words):
        return Token(s, end, txt, "w"), n  # "6-year-old" is an age, not a duration
    if code == "M":
        if lex.cased_months and not txt[:1].isupper():
            return Token(s, e, txt, "w"), 1
        dotted = i + n < len(raw) and lowered[i + n] == "." and raw[i + n][0] == end
        if dotted and lex.dotted_months and lowered[i] not in lex.full_months:
            end, n = raw[i + n][1], n + 1
        # an abbreviation ("mar", "ago") alone is a word; it counts next to a day or a year
        value = (value, lowered[i] in lex.full_months or (dotted and lex.dotted_months))
    return Token(s, end, raw[i][2] if n == 1 else " ".join(toks), code, value), n


def _number(raw: list[tuple[int, int, str, str]], lowered: list[str], i: int, lex: Lexicon) -> tuple[Token, int]:
    """A year (``Y``), a day number (``D``, with "21st" / "21." forms) or a count (``N``)."""
    s, e, txt, _ = raw[i]
    nxt = raw[i + 1] if i + 1 < len(raw) else None
    if txt.isdigit():
        val = int(txt)
        if nxt and nxt[0] == e and nxt[3] == "word" and lex.ordinal_suffix and lex.ordinal_suffix.fullmatch(nxt[2]):
            return Token(s, nxt[1], "", "D" if 1 <= val <= 31 else "N", val), 2
        if lex.ordinal_dot and 1 <= val <= 31 and nxt and nxt[2] == "." and nxt[0] == e and i + 2 < len(raw):
            after = _match_phrase(lowered, i + 2, lex.phrases) if raw[i + 2][3] == "word" else None
            if after and after[1] == "M":
                return Token(s, nxt[1], "", "D", val), 2
        if val <= 12 and any(tuple(lowered[i + 1 : i + 1 + len(t)]) == t for t in MERIDIEM):
            return _clock(raw, lowered, i)
        prev = raw[i - 1][2] if i else ""
        counted = any(i >= len(p) and tuple(lowered[i - len(p) : i]) == p for p in lex.count_words)
        if len(txt) == 4 and 1800 <= val <= 2100 and prev not in CURRENCY and not (nxt and nxt[2] == "%") and not counted:
            return Token(s, e, txt, "Y", val), 1
        if 1 <= val <= 31 and len(txt) <= 2:
            return Token(s, e, txt, "D", val), 1
        return Token(s, e, txt, "N", val), 1
    before = lowered[i - 2] if i > 1 and raw[i - 1][2] == "." else (lowered[i - 1] if i else "")
    if before in lex.clock_words and re.fullmatch(r"\d{1,2}[.:]\d{2}", txt):
        return _clock([(s, e, txt.replace(".", ":"), "clock"), *raw[i + 1 :]], lowered[i:], 0)
    try:
        val_f = float(txt.replace(",", ".")) if txt.count(",") + txt.count(".") == 1 else None
    except ValueError:
        val_f = None
    return Token(s, e, txt, "N", val_f), 1


def _numdate(raw: tuple[int, int, str, str], lex: Lexicon) -> tuple[Token, int]:
    """A numeric date ("7/8/07", "21.11.2020") read in the language's order; a plain number if invalid."""
    s, e, txt, _ = raw
    a, b, y = (int(x) for x in re.split(r"[/.]", txt))
    m, d = (a, b) if lex.date_order == "MDY" else (b, a)
    if y < 100:
        y += 2000 if y < 50 else 1900
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return Token(s, e, txt, "N"), 1
    return Token(s, e, txt, "q", (y, m, d)), 1


def _clock(raw: list[tuple[int, int, str, str]], lowered: list[str], i: int) -> tuple[Token, int]:
    """A clock time, taking a following "a.m."/"pm" and a time zone into the token."""
    s, e, txt, _ = raw[i]
    hh, mm = (int(x) for x in (txt.split(":") + ["0"])[:2])
    n = 1
    for toks, half in MERIDIEM.items():
        if tuple(lowered[i + 1 : i + 1 + len(toks)]) == toks:
            n += len(toks)
            hh = hh % 12 + (12 if half == "PM" else 0)
            break
    zone = ""
    if i + n < len(raw) and lowered[i + n] in ZONES:
        zone, n = ZONES[lowered[i + n]], n + 1
    if hh > 24 or mm > 59:
        return Token(s, e, txt, "N"), 1
    return Token(s, raw[i + n - 1][1], "", "c", f"{hh:02d}:{mm:02d}{zone}"), n
