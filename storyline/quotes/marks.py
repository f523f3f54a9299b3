"""Where the text is quoted: spans between quotation marks, and dialogue-dash paragraphs.

One left-to-right pass over each paragraph pairs opening and closing marks of the language's
table (nested marks stay inside the outer quotation). A quotation left open at the end of a
paragraph continues when the next paragraph opens with the same mark, the press convention for
quotations running over several paragraphs; otherwise the unbalanced mark is dropped, never
guessed. Dash paragraphs ("– Dette er …, sier Stoltenberg.") are candidates that only become
quotations once an attribution is found (a dash alone also marks sub-headings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import Rules

PARAGRAPH = re.compile(r"[^\n]+")
# Characters after which an opening mark may start a quotation.
OPEN_CONTEXT = frozenset(" \t\n([{—–-:/…")
APOSTROPHES = frozenset("'’")
SENTENCE_STOPS = frozenset(".!?…")  # before a closing mark: the quoted sentence is complete
BROKEN_OFF = frozenset("—–-")  # before a closing mark: speech broken off ("Wenn Sie ihm entgegengingen — “")
GUILLEMETS = frozenset("«»")  # French sets them off with a (thin) space inside


@dataclass(slots=True)
class Quoted:
    """A quoted stretch: its segments (one per paragraph) including the marks."""

    segments: list[tuple[int, int]]
    mark: str
    dash: bool = False
    paragraph: int = 0

    @property
    def start(self) -> int:
        """First character (the opening mark)."""
        return self.segments[0][0]

    @property
    def end(self) -> int:
        """One past the last character (the closing mark)."""
        return self.segments[-1][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of the text, stripped of surrounding blanks, as (start, end)."""
    out = []
    for m in PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _can_open(text: str, pos: int, para_start: int) -> bool:
    """An opening mark stands after a space or bracket and before a non-space."""
    n = 2 if text.startswith("''", pos) else 1
    if pos + n >= len(text) or (text[pos + n].isspace() and text[pos] not in GUILLEMETS):
        return False
    prev = text[pos - 1] if pos > para_start else " "
    if not prev.isspace() and prev not in OPEN_CONTEXT and prev not in "\"“„«»‘'‚―":
        return False
    return not (text[pos] in APOSTROPHES and not text[pos + n].isalpha())


def _can_close(text: str, pos: int, mark: str) -> bool:
    """A closing apostrophe-like mark must not sit inside a word ("don’t")."""
    if mark in APOSTROPHES:
        nxt = text[pos + 1] if pos + 1 < len(text) else " "
        return not nxt.isalnum() and not text[pos - 1].isspace()
    return True


def _mark_pattern(rules: Rules) -> re.Pattern[str] | None:
    """All marks of the rules, longest first (the doubled apostrophe '' before ')."""
    marks = {*rules.opens, *(c for cs in rules.opens.values() for c in cs)}
    if not marks:
        return None
    return re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))


def _scan(text: str, ps: int, pe: int, finder: re.Pattern[str], rules: Rules,
          carried: Quoted | None) -> tuple[list[tuple[list[tuple[int, int]], str]], tuple[str, int, list] | None]:
    """Pair the marks of one paragraph; returns closed quotations and the one left open."""
    closed: list[tuple[list[tuple[int, int]], str]] = []
    open_mark, open_pos, segs = ("", -1, []) if carried is None else (carried.mark, ps, carried.segments)
    pos = ps
    while True:
        m = finder.search(text, pos, pe)
        if m is None:
            break
        c, at = m.group(), m.start()
        pos = m.end()
        if open_mark:
            if at != open_pos and c in rules.opens[open_mark] and _can_close(text, at, c):
                closed.append((segs + [(open_pos, m.end())], open_mark))
                open_mark, segs = "", []
        elif c in rules.opens and _can_open(text, at, ps):
            open_mark, open_pos = c, at
    return closed, ((open_mark, open_pos, segs) if open_mark else None)


def find_quoted(text: str, paras: list[tuple[int, int]], rules: Rules) -> list[Quoted]:
    """Every quotation-mark span of the text, in order, multi-paragraph ones joined.

    An opening mark never closed in its paragraph (and not continued in the next) is skipped and
    the paragraph read again after it, so one stray mark cannot swallow the quotations after it;
    where the table says so, one that opens a sentence runs to the end of the paragraph."""
    finder = _mark_pattern(rules)
    if finder is None:
        return []
    out: list[Quoted] = []
    pending: Quoted | None = None  # a quotation carried over from the previous paragraph
    for k, (ps, pe) in enumerate(paras):
        start, carried = ps, pending
        if k == 0 and (opened := _opened_before(text, ps, pe, finder, rules)) is not None:
            out.append(opened)
            start = opened.end
        pending = None
        for _ in range(8):  # bounded re-reads after stray marks
            closed, left = _scan(text, start, pe, finder, rules, carried)
            out.extend(Quoted(segs, mark, paragraph=k) for segs, mark in closed)
            if left is None:
                break
            mark, pos, segs = left
            if k + 1 < len(paras) and text.startswith(mark, paras[k + 1][0]):
                pending = Quoted(segs + [(pos, pe)], mark, paragraph=k)
                break
            if rules.unclosed_runs_on and not segs and _opens_sentence(text, pos, ps, mark) \
                    and _unclosed(text, pos, pe, mark, rules):
                # its closing mark lost: the quotation runs to the end of the paragraph, over the
                # marks that re-open each of its sentences or stanzas (flattened paragraphs)
                out.append(Quoted([(pos, pe)], mark, paragraph=k))
                break
            # a stray mark: read on after it (or the whole paragraph, if the carry-over was wrong)
            start = ps if carried is not None else pos + len(mark)
            carried = None
    return [q for q in out if not _chained(text, q, rules)]


CHAIN = '" "'


def _chained(text: str, q: Quoted, rules: Rules) -> bool:
    """A straight-quoted stretch touching another over one blank where the first breaks off mid-
    sentence ('"… zei het volgende:" "Steve was …" "."', '"… weigerde de status" "aanbevolen" "te
    geven …"'): the segments of copy put into marks piece by piece (the Dutch Wikinews translations
    wrap narration, titles and quotations alike), not quotations. Two quotations whose first ends
    its sentence ('"… in the future." "The years ahead …," said Neil Aspinall') stay, and so does a
    segment that the one before introduces with a colon or a complementizer ('"… zei het volgende:"
    "Steve was een van de grootste Amerikaanse uitvinders …"', '"… zei daarentegen dat" "Geweldige
    bedrijven …"'): what was said."""
    if q.mark != '"':
        return False
    if _junction(text, q.start - 2):
        before = text[max(0, q.start - 40):q.start - 2].rstrip()
        words = before.split()
        return not (before.endswith(":") or (words and words[-1].lower() in rules.complementizers))
    return _junction(text, q.end - 1)


def _junction(text: str, close: int) -> bool:
    """A closing straight mark at ``close``, a blank and an opening one, after no sentence stop."""
    return close > 0 and text.startswith(CHAIN, close) and text[close - 1] not in SENTENCE_STOPS


def _opens_sentence(text: str, pos: int, ps: int, mark: str) -> bool:
    """An opening mark at a sentence start (after a stop or the paragraph start) before a capital
    („Ja, das kommt von der Eitelkeit. …"): speech, not a name or a number in a table."""
    nxt = text[pos + len(mark):pos + len(mark) + 1]
    return nxt.isalpha() and nxt.isupper() and (pos == ps or text[ps:pos].rstrip()[-1:] in SENTENCE_STOPS)


def _unclosed(text: str, pos: int, pe: int, mark: str, rules: Rules) -> bool:
    """No closing mark of any pair follows the opening mark ``mark`` at ``pos`` in its paragraph, and
    the mark is no straight quote (which opens and closes alike, '"Oz has …,” said': mismatched, not
    lost)."""
    if mark in rules.opens[mark]:
        return False
    closers = {c for cs in rules.opens.values() for c in cs if c not in rules.opens}
    return not any(c in text[pos + len(mark):pe] for c in closers)


def _opened_before(text: str, ps: int, pe: int, finder: re.Pattern[str], rules: Rules) -> Quoted | None:
    """The quotation a text opens inside (an excerpt cut mid-speech): its first mark only closes
    and ends a sentence ("Aber jetzt entkommen Sie mir nicht. “Ich fühlte, …") or speech broken
    off by a dash ("Wenn Sie ihm entgegengingen — “„Danke, danke “, sprach Siegfried"); None
    otherwise."""
    m = finder.search(text, ps, pe)
    if m is None or m.group() in rules.opens or text[ps:m.start()].rstrip()[-1:] not in SENTENCE_STOPS | BROKEN_OFF:
        return None
    opener = next((o for o, cs in rules.opens.items() if m.group() in cs), None)
    return Quoted([(ps, m.end())], opener) if opener else None


def opening_marks(rules: Rules) -> re.Pattern[str]:
    """An opening double mark at a word start: what makes a reported clause a mixed quotation."""
    marks = "".join(sorted(m for m in rules.opens if m not in APOSTROPHES))
    return re.compile(r"(?:^|(?<=[\s(]))[" + re.escape(marks or "\"") + r"]\w")


def dash_paragraphs(text: str, paras: list[tuple[int, int]], rules: Rules) -> list[Quoted]:
    """Paragraphs opening with a dialogue dash and a space: candidate dash quotations."""
    out = []
    for k, (ps, pe) in enumerate(paras):
        for dash in rules.dashes:
            nxt = text[ps + len(dash)] if ps + len(dash) < pe else ""
            # "– Dette er …" (a space) or the Spanish raya "—Saldremos …" (none, before a capital)
            if text.startswith(dash, ps) and (nxt == " " or (dash != "-" and (nxt.isupper() or nxt in "¿¡"))):
                out.append(Quoted([(ps, pe)], dash, dash=True, paragraph=k))
                break
    return out


def dash_turns(text: str, paras: list[tuple[int, int]], rules: Rules) -> list[Quoted]:
    """Dialogue turns: a turn dash opening a paragraph or following a sentence end, each turn running
    to the next one ("… Zahn um Zahn. -- Wird Rache …"); candidates, like dash paragraphs. Turns
    after a colon ("sprach: -- So tödtet mich") belong to the colon's speech."""
    alts = "|".join(re.escape(d) for d in sorted(rules.turn_dashes, key=len, reverse=True))
    # after a closing mark the dash may follow without a blank (detokenised „… thun. “-- Die …")
    turn = re.compile(r"(?:^|(?<=[.!?…])\s+|(?<=[“”»«])\s*)(" + alts + r")\s+(?=[^\W\d_])", re.MULTILINE)
    out = []
    for k, (ps, pe) in enumerate(paras):
        starts = [(m.start(1), m.group(1)) for m in turn.finditer(text, ps, pe)]
        for n, (s, dash) in enumerate(starts):
            e = _rstrip(text, s, starts[n + 1][0] if n + 1 < len(starts) else pe)
            out.append(Quoted([(s, e)], dash, dash=True, paragraph=k))
    return out


# A sentence ends at . ! ? (with closing marks) before a space and a capital, digit, mark or dash
# (a typewriter "--" too: "… Glück! -- Stilling bekannte …").
SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»“)]*\s+(?=(?:--|[\"“„«»‘'(–—-])?\s?[A-ZÆØÅÄÖÜÉ0-9])")
ORDINAL = re.compile(r"(?<![\d.,])\d{1,2}$|(?<![\w.])[IVX]{2,4}$")  # "am 9. September", "Heinrich III. hat"
ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\b(?:vs|etc|ca|approx))\.$")


def sentences(text: str, paras: list[tuple[int, int]], ordinals: bool = False,
              abbreviations: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Sentences of each paragraph (a light splitter: the extractor must not wait on another layer);
    with ``ordinals`` a stop after a number of one or two digits or a Roman numeral ends none ("am 9.
    September", "von Heinrich III. gehört"); ``abbreviations`` lists the short words whose stop ends
    no sentence where any other short capitalised word may end one."""
    out = []
    for ps, pe in paras:
        s = ps
        for m in SENTENCE_BREAK.finditer(text, ps, pe):
            if _abbreviated(text, max(s, m.start() - 6), m.start() + 1, abbreviations) or (
                    ordinals and text[m.start()] == "." and ORDINAL.search(text, max(s, m.start() - 5), m.start())):
                continue
            out.append((s, m.end()))
            s = m.end()
        out.append((s, pe))
    return [(s, _rstrip(text, s, e)) for s, e in out if text[s:e].strip()]


def _abbreviated(text: str, s: int, e: int, abbreviations: frozenset[str] | None) -> bool:
    """A stop ending ``text[s:e]`` closes an abbreviation. With ``abbreviations`` (where nouns are
    capitalised, so a short capitalised word is mostly a noun: "… ergreift das Wort. Dieser glaubt
    …") a short word counts only when listed or a single letter."""
    m = ABBREVIATION.search(text, s, e)
    if m is None or abbreviations is None:
        return m is not None
    word = m.group()[:-1].split(".")[-1]
    return len(word) <= 1 or word.lower() in abbreviations or not word[:1].isupper()


def _rstrip(text: str, s: int, e: int) -> int:
    """End offset without trailing blanks."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e
