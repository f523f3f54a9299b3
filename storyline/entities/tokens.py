"""A regex tokenizer that keeps character offsets, shaped like the CoNLL tokenisation the models learn.

The CRF tags tokens, but every mention must point at characters of ``Document.text``; so tokens are
``(start, end)`` pairs found by one compiled regex, never rewritten strings. The alternatives are
ordered to match the training data's conventions: elided articles stay whole ("l'", "dell'"),
English clitics split off ("Britain" "'s"), dotted abbreviations stay one token ("U.S.").
"""

from __future__ import annotations

import re

# fmt: off
TOKEN_RE = re.compile(
    r"(?i:[ldjmnstc]|qu|[^\W\d_]*ll|un)['’](?=[^\W\d_])"  # elision: l'Italie, dell'anno, d'Europa
    r"|['’](?:s|re|ve|ll|d|m|t)\b"                         # clitic: Britain's, we're
    r"|(?:[^\W\d_]\.){2,}"                                 # dotted abbreviation: U.S., U.N.
    r"|\d+(?:[.,:]\d+)*"                                   # number: 1,500.25 / 14.30
    r"|[^\W_]+(?:[-‐‑][^\W_]+)*"                          # word, hyphenated: Secretary-General
    r"|[^\w\s]|_",                                         # any other single character
)
# fmt: on


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the tokens of ``text[start:end]``, as indices into ``text``."""
    return [m.span() for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]
