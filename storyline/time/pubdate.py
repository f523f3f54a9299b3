"""The publication date read from the text, when metadata has none: with its evidence, or nothing.

A wrong date stated with confidence is worse than none, so each rule says how sure it is and
where it read the date, and the rules are tried from the surest down:

0. **Label**: a complete date right after "Published" / "Publisert" / "Publié le" (the words
   of the language's ``PUBLISHED_WORDS``), as crawled pages print it. Day precision.
1. **Dateline**: a complete date near the top of the article, standing alone (not after "on",
   "since"...), e.g. "Apple plans another special event October 04, 2005 Within one month..."
   A dateline without a year ("LOS ANGELES, Sept. 28 (UPI) -") takes its year from a complete
   date of the text within two months of it. Day precision.
2. **Dated caption**: a complete date in a photo caption ("... in Brussels on August 20, 2021.
   Francisco Seco/AFP"). When the body names the same weekday in the past ("said Friday"), the
   article is of that day (day precision); otherwise only its month is claimed.
3. **Bounds**: the latest month-day the text reports in the past ("told reporters on October
   21") bounded by a dated event it calls future ("will leave by May 2021"): the latest year that
   keeps the one before the other. Month precision, low confidence.

Anything else gives ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Evidence, Published, Sentence
from .grammar import Match
from .normalize import calendar_parts

DATELINE_CHARS = 300
LABEL_REACH = 40  # characters between "Published" and its date ("Published: Mon 21 Nov 2020")
DATELINE_AFTER = "\n—–-(|"
FUTURE_SIGNALS = ("BY", "UNTIL", "EARLIEST")  # EARLIEST: "as soon as", "as early as"
EXPLICIT = ("dmy", "mdy", "numdate", "datetime")
YEARFUL = (*EXPLICIT, "my", "year")
MAX_BOUND_DAYS = 400  # a future event further off than this says little about the year


@dataclass(slots=True)
class Candidate:
    """A matched expression with what the inference rules look at around it."""

    match: Match
    sentence: Sentence
    future: bool  # the sentence speaks of the future, or a "by"/"until" leads the expression
    signal: str
    caption: bool  # in a photo caption or credit
    file_photo: bool  # ... of an archive picture


def infer(text: str, cands: list[Candidate], label: re.Pattern[str] | None = None) -> Published | None:
    """The publication date the text supports, or ``None``.

    ``label`` matches the words that introduce a publication date in the language ("Published",
    "Publisert", "Veröffentlicht"), ending right before the date.
    """
    found = _labelled(text, cands, label) if label else None
    for rule in (_dateline, _caption, _bounds):
        found = found or rule(text, cands)
    return found


def _labelled(text: str, cands: list[Candidate], label: re.Pattern[str]) -> Published | None:
    """A complete date right after "Published", "Publisert"... (the first such, not "Updated")."""
    for cand in cands:
        day = _day(cand)
        if day and label.search(text, max(0, cand.match.start - LABEL_REACH), cand.match.start):
            return _published(day.isoformat(), "day", 0.95, cand, text, "published-label")
    return None


def _published(value: str, precision: str, conf: float, cand: Candidate, text: str, rule: str) -> Published:
    m = cand.match
    ev = Evidence("text", text[m.start : m.end], m.start, m.end, rule)
    return Published(value, precision, conf, ev)


def _day(cand: Candidate) -> dt.date | None:
    """The complete date an explicit expression writes, or ``None``."""
    y, m, d = calendar_parts(cand.match)
    try:
        return dt.date(y, m, d) if y and m and d else None
    except ValueError:
        return None


def _standalone(text: str, cand: Candidate) -> bool:
    """Whether an expression near the top stands as a dateline: no preposition, a break after it."""
    m = cand.match
    if m.start > DATELINE_CHARS or cand.signal or cand.caption:
        return False
    after = text[m.end : m.end + 3].lstrip(" \t,")
    return not after or after[0] in DATELINE_AFTER or after[0].isupper()


def _dateline(text: str, cands: list[Candidate]) -> Published | None:
    for cand in cands:
        if not _standalone(text, cand):
            continue
        if cand.match.name in EXPLICIT and (day := _day(cand)):
            return _published(day.isoformat(), "day", 0.9, cand, text, "dateline")
        if cand.match.name in ("md", "dm"):
            _, month, dom = calendar_parts(cand.match)
            year = _year_nearby(month, dom, cands)  # type: ignore[arg-type]
            if year:
                value = dt.date(year, month, dom).isoformat()  # type: ignore[arg-type]
                return _published(value, "day", 0.8, cand, text, "dateline+year-of-nearby-date")
    return None


def _year_nearby(month: int, dom: int, cands: list[Candidate]) -> int | None:
    """The year of the complete date of the text closest to month-day (within two months)."""
    best: tuple[int, int] | None = None
    for cand in cands:
        day = _day(cand)
        if day is None:
            continue
        try:
            gap = abs((dt.date(day.year, month, dom) - day).days)
        except ValueError:
            continue
        if gap <= 61 and (best is None or gap < best[0]):
            best = (gap, day.year)
    return best[1] if best else None


def _caption(text: str, cands: list[Candidate]) -> Published | None:
    dated = [(c, d) for c in cands if c.caption and not c.file_photo and (d := _day(c))]
    if not dated:
        return None
    day = Counter(d for _, d in dated).most_common(1)[0][0]
    cand = next(c for c, d in dated if d == day)
    for other in cands:
        m = other.match
        if m.name == "weekday" and not other.caption and not other.future and len(m.tokens) == 1:
            if m.tokens[0].value == day.weekday():
                return _published(day.isoformat(), "day", 0.85, cand, text, "caption-date+weekday")
    return _published(day.isoformat()[:7], "month", 0.6, cand, text, "caption-date")


def _bounds(text: str, cands: list[Candidate]) -> Published | None:
    past_md = [c for c in cands if c.match.name in ("md", "dm") and not c.future and not c.caption]
    uppers, lowers = [], []
    for c in cands:
        if c.match.name not in YEARFUL or c.caption:
            continue
        y, m, d = calendar_parts(c.match)
        if y is None:
            continue
        if c.future and m is None:
            continue  # "by 2030" is too loose a bound to name a year
        try:
            (uppers if c.future else lowers).append(dt.date(y, m or 1, d or 1))
        except ValueError:
            continue
    if not past_md or not uppers:
        return None
    latest = max(past_md, key=lambda c: calendar_parts(c.match)[1:])
    _, month, dom = calendar_parts(latest.match)
    bound = min(uppers)
    year = bound.year
    while _safe_date(year, month, dom) >= bound:  # type: ignore[arg-type]
        year -= 1
    if lowers and year < max(lowers).year or (bound - _safe_date(year, month, dom)).days > MAX_BOUND_DAYS:  # type: ignore[arg-type]
        return None
    return _published(f"{year}-{month:02d}", "month", 0.6, latest, text, "past-date+future-bound")


def _safe_date(year: int, month: int, dom: int) -> dt.date:
    """A date, with 29 February moved to the 28th in common years."""
    return dt.date(year, month, min(dom, 28) if month == 2 else dom)

