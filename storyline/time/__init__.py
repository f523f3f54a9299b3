"""The ``times`` layer: time expressions found, normalised to TIMEX3 values and anchored.

News text says "on October 21", "last week", "early next year", "i februar", "siden 2003": each
means a date only against the article's publication date, itself often missing. This layer

1. finds trigger words (months, weekdays, units, "today"...) and year-like numbers, cuts the
   few words around each into coded tokens with the language's tables
   (``storyline.time.lexicon``, words in ``storyline/lang/<code>/time.py``) and matches the
   expressions with one grammar for all languages (``storyline.time.grammar``);
2. infers the publication date from the text when metadata left it empty
   (``storyline.time.pubdate``: a "Published:" line, a dateline, a dated caption, past/future
   bounds; else ``None``);
3. normalises every expression against that date, or against the previous date for "three
   days later" (``storyline.time.normalize``); a date known only to the month makes finer values
   month values marked ``approx``.

``sentence_dates(doc_dict)`` gives the date each sentence reports an event at, for the timeline.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

from ..model import Document, Sentence
from ..pipeline import Options
from .grammar import Match, find
from .lexicon import Lexicon, Token, lexicon, tokenize, windows
from .normalize import Anchor, Context, Value, normalize
from .pubdate import FUTURE_SIGNALS, Candidate, infer

__all__ = ["TimeExpression", "annotate", "sentence_dates"]

log = logging.getLogger(__name__)

SENTENCE_END = re.compile(r"\n+|(?<=[.!?])[\"”’»)]?\s+(?=[\"“«(–—-]?[A-ZÆØÅÄÖÜÉ])")
# "Aug.", "Mr.", "U.S.", "a.m." and the day of "21. November" end no sentence
ABBREVIATION = re.compile(r"(?:^|\W)(?:[A-Z][a-z]{0,3}|[A-Za-z](?:\.[A-Za-z])+|\d{1,2})\.$")
MERIDIEM_END = re.compile(r"\b[ap]\.m\.\s*$", re.I)
CAPTION_REACH = 80  # a credit line right after a sentence makes it a caption
QUARTER = re.compile(r"\d{4}-Q[1-4]")
QUARTER_REACH = 300  # characters after a quarter's sentence over which "a year ago" means that quarter
FUTURE_REACH = 90  # how far back a future marker ("will") still governs an expression
CLAUSE_BREAKS = ";:“”\"«»"
NEXT_WORD = re.compile(r"\s+(\w+)")


@dataclass(slots=True)
class TimeExpression:
    """A time expression of the text with its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str  # date | time | duration | set
    value: str
    anchor: str  # publication | previous_expression | none
    sentence: tuple[int, int]
    mod: str = ""  # START | MID | END ("early next year")
    signal: str = ""  # the preposition before it: SINCE, BY, UNTIL, BEFORE, AFTER, ON, IN...
    approx: bool = False  # finer than the publication date allows: cut to its precision
    future: bool = False  # its sentence speaks of the future
    range: tuple[str, str] | None = None  # "from 2009 to 2011": the values of both ends

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text, "start": self.start, "end": self.end, "type": self.type,
            "value": self.value, "anchor": self.anchor,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
        }  # fmt: skip
        for key in ("mod", "signal", "approx", "future"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.range:
            out["range"] = list(self.range)
        return out


def annotate(doc: Document, options: Options | None = None) -> None:
    """Fill ``doc.times``, and ``doc.published`` from the text when metadata has none."""
    try:
        lex = lexicon(doc.lang)
        cands = candidates(doc, lex)
        if doc.published is None:
            doc.published = infer(doc.text, cands, lex.published_label)
        anchor = Anchor.parse(doc.published.value, doc.published.precision) if doc.published else None
        doc.times = [t for t in expressions(doc, cands, anchor, lex) if _plausible(t, anchor)]
    except Exception:  # noqa: BLE001 - bad input must never stop a batch
        log.exception("time: skipped document %s", doc.id)
        doc.times = []


SHORT_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}")
SHORT_YEAR_SPAN = 5  # years around the publication a two-digit year may mean


def _plausible(expr: TimeExpression, anchor: Anchor | None) -> bool:
    """Whether an expression may be a date as written: a numeric date with a two-digit year is
    written for days near the text's own ("12.03.19" in a 2019 paper); far from it, the digits
    are something else ("the record time 2.01.09", published in 2022, is no 2 January 2009)."""
    if anchor is None or not SHORT_DATE.fullmatch(expr.text) or not expr.value[:4].isdigit():
        return True
    return abs(int(expr.value[:4]) - anchor.day.year) <= SHORT_YEAR_SPAN


def sentences_of(doc: Document) -> list[Sentence]:
    """The document's sentences, or a plain split when the sentence layer did not run.

    A sentence ending in "a.m."/"p.m." right before the next one on the same line is joined to
    it: "at 9 a.m. Tuesday" is one expression, whatever split the sentence layer made there.
    """
    if doc.sentences:
        out: list[Sentence] = []
        for sent in doc.sentences:
            prev = out[-1] if out else None
            if prev and sent.start - prev.end <= 2 and "\n" not in doc.text[prev.end : sent.start] \
                    and MERIDIEM_END.search(doc.text, max(prev.start, prev.end - 6), prev.end):  # fmt: skip
                out[-1] = Sentence(prev.start, sent.end, prev.kind)
            else:
                out.append(sent)
        return out
    out, pos = [], 0
    for m in SENTENCE_END.finditer(doc.text):
        if m.group(0)[0] != "\n" and ABBREVIATION.search(doc.text, max(0, m.start() - 6), m.start()):
            continue
        if doc.text[pos : m.start()].strip():
            out.append(Sentence(pos, m.start()))
        pos = m.end()
    if doc.text[pos:].strip():
        out.append(Sentence(pos, len(doc.text)))
    return out


def candidates(doc: Document, lex: Lexicon) -> list[Candidate]:
    """Every matched expression outside boilerplate, with its clause's tense and caption status.

    The tokens of every window of the document are matched at once, a separator between windows
    and between sentences so that no expression spans two.
    """
    sents = sentences_of(doc)
    starts = [s.start for s in sents]
    tokens: list[Token] = []
    for ws, we in windows(doc.text, 0, len(doc.text), lex):
        k = max(0, bisect.bisect_right(starts, ws) - 1)
        while k < len(sents) and sents[k].start < we:
            sent = sents[k]
            lo, hi = max(ws, sent.start), min(we, sent.end)
            k += 1
            if lo < hi and sent.kind != "boilerplate":
                tokens.append(Token(lo, lo, "", "|"))
                tokens.extend(tokenize(doc.text, lo, hi, lex))
    out: list[Candidate] = []
    captions: dict[int, tuple[bool, bool]] = {}
    for m in find(tokens):
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or doc.span_kind_at(m.start) == "boilerplate" or _no_time(doc.text, m, lex):
            continue
        sent = sents[k]
        if k not in captions:
            captions[k] = _caption(doc, sent, lex)
        signal = _signal(doc.text, m.start, sent.start, lex)
        future = signal in FUTURE_SIGNALS or _future(doc.text, sent.start, m, lex)
        out.append(Candidate(m, sent, future, signal, *captions[k]))
    return out


def _no_time(text: str, match: Match, lex: Lexicon) -> bool:
    """Whether a duration is no span of time: an age ("Jobs, de 55 años", "52 years old"), a fraction
    ("three-quarters of"); or "the fall of ..." no season."""
    if match.name == "season" and match.tokens[0].code == "G" and len(match.tokens) == 2:
        return bool(lex.connector_after and lex.connector_after.match(text, match.end))  # "the fall of Rome"
    if match.name != "duration":
        return False
    if match.tokens[-1].value == "Q" and match.tokens[-2].code != "F":  # "a quarter of", "three-quarters": a share
        after = lex.connector_after
        return match.tokens[-2].code == "-" or bool(after and after.match(text, match.end))
    after = NEXT_WORD.match(text, match.end)
    if after and after.group(1).lower() in lex.age_words:  # "52 years old"
        return True
    return lex.age_before is not None and lex.age_before.search(text, max(0, match.start - 16), match.start) is not None


def _caption(doc: Document, sent: Sentence, lex: Lexicon) -> tuple[bool, bool]:
    """Whether a sentence is a photo caption (marked, or followed by a credit), and of an archive photo."""
    reach = doc.text[sent.start : sent.end + CAPTION_REACH]
    caption = doc.span_kind_at(sent.start) in ("caption", "credit") or any(
        m in reach for m in lex.get("CAPTION_MARKERS", ())
    )
    text = doc.text[sent.start : sent.end].lower()
    return caption, caption and any(f.lower() in text for f in lex.get("FILE_MARKERS", ()))


def _future(text: str, floor: int, match: Match, lex: Lexicon) -> bool:
    """Whether the clause leading to an expression speaks of the future ("will leave ... on")."""
    if lex.future is None:
        return False
    start = max(floor, match.start - FUTURE_REACH)
    cut = max(text.rfind(c, start, match.start) for c in CLAUSE_BREAKS)
    last = None
    for last in lex.future.finditer(text, max(start, cut + 1), match.end):
        pass
    if last is None:
        return False
    if lex.future_in_past and lex.future_in_past.search(text, max(start, last.start() - 14), last.start()):
        return False  # "had been due to expire Friday": a plan of the past
    # "would appeal the decision, announced Wednesday": a past verb after the future word wins
    return lex.past is None or lex.past.search(text, last.end(), match.start) is None


def _signal(text: str, start: int, floor: int, lex: Lexicon) -> str:
    """The signal word right before an expression ("since", "by", "ahead of"), or ``""``."""
    before = text[max(floor, start - 16) : start]
    if not before[-1:].isspace():
        return ""
    words = before.lower().split()
    return next((lex.signals[k] for n in (3, 2, 1) if (k := " ".join(words[-n:])) in lex.signals), "")


def expressions(doc: Document, cands: list[Candidate], anchor: Anchor | None, lex: Lexicon) -> list[TimeExpression]:
    """Normalise the candidates in text order, each date feeding "three days later" after it."""
    out: list[TimeExpression] = []
    previous: dt.date | None = anchor.day if anchor and anchor.precision == "day" else None
    grain = "D"
    quarter: tuple[str, int] | None = None  # the last quarter named, and where its sentence ended
    for cand in cands:
        m = cand.match
        near_quarter = quarter if quarter and cand.sentence.start - quarter[1] <= QUARTER_REACH else None
        ctx = Context(anchor, cand.future, cand.signal, lex, previous, near_quarter[0] if near_quarter else "", grain)
        if m.name == "the_unit":
            after = NEXT_WORD.match(doc.text, m.end)
            ctx.next_word = after.group(1).lower() if after else ""
        val = normalize(m, ctx)
        if val is None:
            continue
        sent = cand.sentence
        if out and _names_year_of_month(doc.text, out[-1], m, val.value):
            out[-1].value = f"{val.value}{out[-1].value[4:]}"  # "i februar i år": that year's February
        for i, (s, e, value) in enumerate(_ends(m, val)):
            signal = "UNTIL" if i else cand.signal  # "from 2009 to 2011": the second end closes the span
            out.append(TimeExpression(s, e, doc.text[s:e], val.type, value, val.anchor, (sent.start, sent.end),
                                      val.mod, signal, val.approx, cand.future, val.range))  # fmt: skip
        if QUARTER.fullmatch(val.value) and val.anchor != "previous_expression":
            quarter = (val.value, cand.sentence.end)
        if not cand.future and val.type in ("date", "time"):
            previous, grain = _previous(val.value, previous, grain)
    return out


def _previous(value: str, previous: dt.date | None, grain: str) -> tuple[dt.date | None, str]:
    """The date "three days later" / "one year later" counts from after a date of this value: a
    day, or the first day of a month or year (with that grain); other values leave it as it was."""
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)", value)
    if not match:
        return previous, grain
    year, month, day = match.groups()
    try:
        return dt.date(int(year), int(month or 1), int(day or 1)), ("D" if day else "M" if month else "Y")
    except ValueError:
        return previous, grain


def _ends(match: Match, val: Value) -> list[tuple[int, int, str]]:
    """(start, end, value) of what a match yields: "from 1991 to 1997" is two years, else itself."""
    if val.range is None:
        return [(match.start, match.end, val.value)]
    years = [t for t in match.tokens if t.code == "Y"]
    return [(t.start, t.end, end) for t, end in zip(years, val.range)]


def _names_year_of_month(text: str, prev: TimeExpression, match: Match, value: str) -> bool:
    """Whether an expression giving a year ("i år") follows a bare month right after it."""
    return (match.name == "deictic" and len(value) == 4 and value.isdigit() and prev.anchor == "publication"
            and re.fullmatch(r"\d{4}-\d\d", prev.value) is not None and len(text[prev.end : match.start].strip()) <= 2)  # fmt: skip


def sentence_dates(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """When the event each sentence reports happened, for the timeline.

    Args:
        doc: a document in the output contract (``times``, ``sentences``, ``published``).

    Returns:
        One dict per sentence: ``start``, ``end``, ``value`` (a calendar value or ``None``) and
        ``source``: ``expression`` (the sentence's first calendar date, with its ``start``/``end``
        as ``evidence`` and its ``signal``/``mod``: "since 2003" starts there, "by May" ends),
        ``publication`` (no date of its own: a news sentence reports the news of the day), or
        ``none``.
    """
    pub = doc.get("published") or {}
    times = sorted(doc.get("times") or [], key=lambda t: t["start"])
    out = []
    k = 0
    for sent in doc.get("sentences") or []:
        s, e = sent["start"], sent["end"]
        while k < len(times) and times[k]["start"] < s:
            k += 1
        own = None
        j = k
        while j < len(times) and times[j]["start"] < e:
            t = times[j]
            if t.get("type") in ("date", "time") and t.get("value", "")[:1].isdigit() and not t.get("future"):
                own = t
                break
            j += 1
        if own:
            row = {"start": s, "end": e, "value": own["value"], "source": "expression",
                   "evidence": {"start": own["start"], "end": own["end"]}}  # fmt: skip
            row.update({k: own[k] for k in ("signal", "mod", "approx") if own.get(k)})
            out.append(row)
        elif pub.get("value"):
            out.append({"start": s, "end": e, "value": pub["value"], "source": "publication"})
        else:
            out.append({"start": s, "end": e, "value": None, "source": "none"})
    return out
