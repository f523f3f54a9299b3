"""Headlines that attribute what they say: the title line of a news text, written in its own short
forms ("Sanders: Clinton needs to …", "Clinton Hid Past Health Problems From Public, Former White
House Doctor Says", "Obama Says African-American Museum Will Tell of …").

A headline names its source without the sentence shapes the indirect pass reads: a label and a
colon, or a Title Case verb of saying. Only the first paragraph of a text is read as a headline,
and a label before a colon must name someone the text goes on to mention ("Stealth Over Health:
Hillary Clinton Was Headed to ER …" has no source; "Politifact: Donald Trump Is Right …" has).
"""

from __future__ import annotations

import re

from .attribution import span
from .extract import Draft
from .rules import Rules, Token, tokenize

MAX_WORDS = 30  # a headline is one short line
NAME_WORDS = 4  # words of a source named in a headline
MIN_CONTENT = 4  # words of what the headline reports


def headline_quote(text: str, para: tuple[int, int], rules: Rules, taken: list[tuple[int, int]],
                   marks: re.Pattern[str]) -> Draft | None:
    """The report of the headline ``text[para]``, or None where it names no source."""
    s, e = para
    if any(a < e and s < b for a, b in taken):
        return None
    toks = tokenize(text, s, e)
    while toks and not toks[-1].is_word and toks[-1].text in ".!":
        toks.pop()
    if not toks or sum(t.is_word for t in toks) > MAX_WORDS:
        return None
    found = _labelled(toks, text, e, rules) or _said_after(toks, rules) or _said_before(toks, rules)
    if found is None:
        return None
    (a, b), speaker, cue = found
    segment = span(toks, (a, b))
    if segment is None or sum(t.is_word for t in toks[a:b]) < MIN_CONTENT:
        return None
    kind = "mixed" if marks.search(text, *segment) else "indirect"
    return Draft([segment], -1, span(toks, speaker), span(toks, cue) if cue else None, None, True, kind)


def _name(toks: list[Token], rules: Rules) -> bool:
    """A source's name: a few capitalised words or titles, no article or preposition."""
    return 0 < len(toks) <= NAME_WORDS and all(
        t.is_word and t.is_capitalised and t.low not in rules.stopwords and t.low not in rules.determiners
        and t.low not in rules.cues for t in toks)


def _labelled(toks: list[Token], text: str, end: int, rules: Rules) -> tuple | None:
    """NAME: WHAT, the name mentioned again after the headline ("Politifact: Donald Trump Is Right …")."""
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if colon is None or not _name(toks[:colon], rules):
        return None
    name = text[toks[0].start:toks[colon - 1].end]
    if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[end:], re.IGNORECASE) is None:
        return None
    return (colon + 1, len(toks)), (0, colon), None


def _said_after(toks: list[Token], rules: Rules) -> tuple | None:
    """WHAT, NAME Says ("… From Public, Former White House Doctor Says")."""
    if len(toks) < 3 or toks[-1].low not in rules.cues:
        return None
    comma = max((k for k, t in enumerate(toks) if t.text == ","), default=None)
    if comma is None or not _name(toks[comma + 1:-1], rules):
        return None
    return (0, comma), (comma + 1, len(toks) - 1), (len(toks) - 1, len(toks))


def _said_before(toks: list[Token], rules: Rules) -> tuple | None:
    """NAME Says WHAT ("Obama Says African-American Museum Will Tell of …"), the verb in Title Case."""
    cue = next((k for k, t in enumerate(toks[:NAME_WORDS + 1])
                if (t.low in rules.cues or t.low in rules.report_cues) and t.is_capitalised), None)
    if cue is None or not _name(toks[:cue], rules):
        return None
    return (cue + 1, len(toks)), (0, cue), (cue, cue + 1)
