"""As of when a figure holds: a time expression of its clause, else the publication date.

The time layer's expressions are used when present (their ``value`` is already anchored). Without
them, a small fallback reads the table's relative expressions ("a year ago", "early next year",
"i fjor") and month names ("by November", "in August") against the publication date: enough to
place a figure on a series, not a time tagger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Document
from .context import Tok, field
from .lexicon import Lexicon

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?")
_YEAR_RE = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(slots=True)
class AsOf:
    """The date a figure refers to, with where it was read."""

    value: str  # ISO 8601, partial: "2020", "2020-11", "2020-10-21"
    source: str  # "times" | "text" | "published"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    mod: str | None = None  # "early" | "mid" | "late"
    deadline: bool = False  # "by November": a target date

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "source": self.source}
        if self.text is not None:
            out.update(text=self.text, start=self.start, end=self.end)
        if self.mod:
            out["mod"] = self.mod
        return out


def year_month(value: str | None) -> tuple[int, int | None] | None:
    """(year, month or None) of an ISO date string, or None when it has no year."""
    match = _DATE_RE.match(value or "")
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def compare(value: str, reference: str | None) -> int:
    """-1, 0 or 1 as ``value`` is before, within or after ``reference`` at their common precision."""
    a, b = year_month(value), year_month(reference)
    if a is None or b is None:
        return 0
    if a[0] != b[0]:
        return -1 if a[0] < b[0] else 1
    if a[1] is None or b[1] is None or a[1] == b[1]:
        return 0
    return -1 if a[1] < b[1] else 1


def _shift(year: int, month: int, months: int) -> str:
    total = year * 12 + (month - 1) + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


TIMEX_MODS = {"START": "early", "MID": "mid", "END": "late"}  # the time layer's mod, as the tables say it
SINCE_SIGNALS = frozenset({"SINCE", "AFTER", "FROM"})  # when something began: not when a figure holds
DEADLINE_SIGNALS = frozenset({"BY", "UNTIL", "BEFORE"})


def from_times(doc: Document, times: list[Any], anchor: int, lex: Lexicon) -> AsOf | None:
    """The time layer's date expression nearest to ``anchor`` (durations and "since" dates skipped).

    Its ``signal`` (the preposition before it) says "since 2003" or "by November"; the words before it
    are read with the tables when it gives none.
    """
    best: AsOf | None = None
    best_distance = 0
    for item in times:
        start, end = field(item, "start", -1), field(item, "end", -1)
        value = field(item, "value")
        if not isinstance(value, str) or not year_month(value):
            continue
        if str(field(item, "type", "date")).lower() not in ("date", "time"):
            continue
        before = doc.text[max(0, start - 12) : start].lower().split()
        signal = str(field(item, "signal", "") or "").upper()
        if signal in SINCE_SIGNALS or (not signal and before and before[-1] in lex.since_words):
            continue  # "siden 2003": when something began, not when the figure holds
        distance = abs(start - anchor)
        if best is None or distance < best_distance:
            mod = str(field(item, "mod", "") or "")
            modifier = TIMEX_MODS.get(mod.upper(), mod.lower() or None)
            best = AsOf(value, "times", doc.text[start:end], start, end, modifier)
            best_distance = distance
            best.deadline = signal in DEADLINE_SIGNALS or (bool(before) and before[-1] in lex.deadline_words)
    return best


def refine(layer: AsOf, own: AsOf | None) -> AsOf:
    """The table fallback's reading of the same words when it is finer ("a year ago": 2020-08, not 2020)."""
    if own is None or own.start is None or layer.start is None or own.end is None or layer.end is None:
        return layer
    same_words = own.start < layer.end and layer.start < own.end
    if same_words and own.value.startswith(layer.value) and len(own.value) > len(layer.value):
        own.deadline = own.deadline or layer.deadline
        return own
    return layer


def from_text(toks: list[Tok], lex: Lexicon, published: str | None, anchor: int) -> AsOf | None:
    """The date read from the words of ``toks`` nearest to ``anchor``, on the publication date."""
    pub = year_month(published)
    if pub is None:
        return None
    words = [t.low for t in toks]
    found: list[AsOf] = []
    for i in range(len(toks)):
        if i > 0 and words[i - 1] in lex.since_words:
            continue  # "since 2003", "siden august": when something began
        key, size = lex.phrase(words, i, lex.relative_times)
        if size:
            unit, offset = lex.relative_times[key]
            if unit == "year":
                value = f"{pub[0] + offset:04d}"
            else:
                value = _shift(pub[0], pub[1] or 1, offset) if pub[1] else f"{pub[0] + offset // 12:04d}"
            found.append(_found(toks, i, i + size, value, lex, words))
            continue
        month = lex.months.get(words[i].rstrip("."))
        if month and i + 1 < len(toks) and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2:
            continue  # "October 21": a day, left to the time layer (or to the publication date)
        if month:
            found.append(_month(toks, i, month, pub, lex, words))
    return min(found, key=lambda a: abs((a.start or 0) - anchor), default=None)


def _month(toks: list[Tok], i: int, month: int, pub: tuple[int, int | None], lex: Lexicon, words: list[str]) -> AsOf:
    """A month name: its year is the one written after it, else the nearest fitting the tense."""
    end = i + 1
    if end < len(toks) and _YEAR_RE.match(toks[end].text):
        year = int(toks[end].text)
        end += 1
    else:
        deadline = i > 0 and words[i - 1] in lex.deadline_words
        ahead = deadline or any(w in lex.plan_cues for w in words)
        year = pub[0]
        if pub[1] is not None and month > pub[1] and not ahead:
            year -= 1
        elif pub[1] is not None and month < pub[1] and ahead:
            year += 1
    return _found(toks, i, end, f"{year:04d}-{month:02d}", lex, words)


def _found(toks: list[Tok], i: int, end: int, value: str, lex: Lexicon, words: list[str]) -> AsOf:
    """An as-of read from ``toks[i:end]``, widened over a modifier ("early") or deadline ("by").

    Its ``text`` is left for the caller to slice from the document, which owns the raw text.
    """
    mod_key, mod_size = lex.phrase_ending(words, i, lex.time_modifiers)
    if mod_size:
        i -= mod_size
    deadline = i > 0 and words[i - 1] in lex.deadline_words
    if deadline:
        i -= 1
    first, last = toks[i], toks[end - 1]
    mod = lex.time_modifiers.get(mod_key) if mod_size else None
    return AsOf(value, "text", None, first.start, last.end, mod, deadline)


def published_as_of(doc: Document) -> AsOf | None:
    """The publication date as an as-of, when the document has one."""
    if doc.published is None or not doc.published.value:
        return None
    return AsOf(doc.published.value, "published")
