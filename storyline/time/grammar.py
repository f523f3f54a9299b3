"""Time expressions as regular expressions over token codes, the same patterns for every language.

A sentence's tokens (``storyline.time.lexicon``) become a string of one-character codes, e.g.
"the past two years ago" -> ``GpNUA``. Each pattern below is a regular expression over that
string; every match of every pattern is a candidate, and the longest candidates win (ties go to
the earlier pattern). The grammar only says *where* an expression is and what its parts are;
``storyline.time.normalize`` turns the parts into a TIMEX3 value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Token

COUNT = "[NDnF]"

# (name, pattern over codes), most specific first: the first wins between equally long matches.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("weekday_date", r"G?W,?G?(?:MD|DO?M)(?:,?Y)?"),  # Saturday, April 25; el lunes 3 de mayo
    ("dmy", r"G?DO?M,?O?Y"),                    # 21. november 2020, 4 de octubre de 2005
    ("mdy", r"MD,?Y"),                          # October 04, 2005
    ("dm", r"G?DO?M"),                          # 21. november, el 12 de octubre
    ("md", r"P?MD"),                            # October 21, Aug. 7, last Oct. 23
    ("my", r"[PXT]?MO?,?Y"),                    # May 2021, septiembre de 2006
    ("month_rel", r"MO?[PXT]U"),                # January this year, June last year
    ("month", r"[PXT]?M"),                      # August, last October
    ("range", r"fG?YjG?Y"),                     # from 2009 to 2011, entre el 2014 y el 2016
    ("datetime", r"qc|c,?q"),
    ("clock_date", r"c,?G?(?:MD|DO?M)(?:,?Y)?"),  # 5 p.m. EST Nov. 9
    ("numdate", r"q"),
    ("clock", r"c"),
    ("year", r"Y"),
    ("decade", r"G?C"),
    ("edge", r"G?[Eel]-?O?G?(?:[PXT]U|U[PX]|[PXT]?MO?Y|Y|[PXT]?M|[PXT]?S|C|U|[PXT]?W)"),  # early next year
    ("weekday_clock", r"c,?G?[PXT]?W|G?[PXT]?W,?c"),  # 9 a.m. Tuesday
    ("weekday", r"G?[PXT]?WB?[PX]?"),           # Friday morning, el lunes pasado
    ("relative_count", rf"G?[PXp]{COUNT}U"),    # the past two years, the next six months
    ("relative", r"G?[PXTp]U"),                 # last week, this year
    ("relative_post", r"G?U[PX]"),              # el mes pasado
    ("the_unit", r"GU"),                        # the quarter (just reported)
    ("year_period", r"GYU"),                    # the 1988 period (a reported quarter of 1988)
    ("ago", rf"G?{COUNT}?U-?[Ae](?:R-?)?U?"),   # two years ago, the year-earlier (third) quarter
    ("ago_before", rf"a{COUNT}?U"),             # hace dos años, vor zwei Jahren
    ("later", rf"{COUNT}U[Ll]"),                   # three days later
    ("century", r"G?[DR]-?U"),                  # the 20th century
    ("duration", rf"{COUNT}-?U"),               # six months, 12-hour
    ("last_part", r"G?P-?UO?Y"),                # the last half of 1989
    ("quarter", r"G?Y?R-?U(?:O?Y)?"),           # the first quarter (of 2020), the 1988 second quarter
    ("season", r"G?[PXT]SO?Y?|G?SO?Y|GS"),      # last fall, summer 2020, the summer
    ("holiday", r"[PXT]?H(?:O?,?Y)?"),          # Thanksgiving Day, last Christmas, jul 2020
    ("deictic", r"KB?"),                        # today, yesterday morning
    ("part_of_day", r"TB"),                     # this morning
    ("set", r"Z"),                              # annually
    ("set_each", r"h[WMS]B?"),                  # each Thursday, every July, every Monday night
    ("alone", r"Gp|T"),                         # in the past, current (market conditions)
)  # fmt: skip
# What a code string must hold for a pattern to be worth trying: one code of each group.
NEEDS: dict[str, tuple[str, ...]] = {
    "dmy": ("D", "M", "Y"), "mdy": ("D", "M", "Y"), "dm": ("D", "M"), "md": ("D", "M"),
    "my": ("M", "Y"), "month_rel": ("M", "PXT", "U"), "month": ("M",), "range": ("f", "j", "Y"), "datetime": ("q", "c"),
    "numdate": ("q",), "weekday_date": ("W", "M", "D"), "clock_date": ("c", "M", "D"), "clock": ("c",), "year": ("Y",), "decade": ("C",), "edge": ("Eel",),
    "weekday_clock": ("W", "c"), "weekday": ("W",), "relative_count": ("PXp", "U"),
    "relative": ("PXTp", "U"), "relative_post": ("U", "PX"), "the_unit": ("G", "U"), "year_period": ("G", "Y", "U"),
    "ago": ("U", "Ae"), "ago_before": ("a", "U"), "later": ("U", "Ll"), "duration": ("NDnF", "U"),
    "quarter": ("R", "U"), "century": ("DR", "U"), "last_part": ("P", "U", "Y"), "season": ("S",), "holiday": ("H",), "deictic": ("K",), "part_of_day": ("T", "B"),
    "set": ("Z",), "set_each": ("h", "WMS"), "alone": ("pT",),
}  # fmt: skip
COMPILED = tuple((name, re.compile(p)) for name, p in PATTERNS)
PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}


@dataclass(slots=True)
class Match:
    """A candidate expression: the pattern that found it and its tokens."""

    name: str
    tokens: list[Token]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def first(self, code: str) -> Token | None:
        """The first token with ``code`` (``None`` if the match has none)."""
        return next((t for t in self.tokens if t.code == code), None)


def find(tokens: list[Token]) -> list[Match]:
    """The non-overlapping time expressions among ``tokens``, in text order."""
    codes = "".join(t.code for t in tokens)
    cands: list[tuple[int, int, int, str]] = []
    present = set(codes)
    for name, rx in COMPILED:
        if not all(present.intersection(group) for group in NEEDS[name]):
            continue
        for m in _overlapping(rx, codes):
            i, j = m
            chars = tokens[j - 1].end - tokens[i].start
            cands.append((-chars, PRIORITY[name], i, j, name))  # type: ignore[arg-type]
    cands.sort()
    taken = [False] * len(tokens)
    out: list[Match] = []
    for _, _, i, j, name in cands:  # type: ignore[misc]
        if any(taken[i:j]) or not _acceptable(name, tokens[i:j]):
            continue
        taken[i:j] = [True] * (j - i)
        out.append(Match(name, tokens[i:j]))
    out.sort(key=lambda m: m.start)
    return out


def _overlapping(rx: re.Pattern[str], codes: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``rx`` matches, trying each start (matches may overlap)."""
    out = []
    pos = 0
    while pos < len(codes):
        m = rx.search(codes, pos)
        if not m:
            break
        if m.end() > m.start():
            out.append((m.start(), m.end()))
        pos = m.start() + 1
    return out


def _acceptable(name: str, toks: list[Token]) -> bool:
    """Reject candidates whose parts make no sense together (a lone month abbreviation...)."""
    if name == "month_rel" and toks[-1].value != "Y":
        return False
    if name in ("month", "month_rel", "edge") and any(t.code == "M" and not t.value[1] for t in toks):
        return False
    if name == "year_period":
        return toks[-1].value == "PE"
    if name == "relative_post" and any(t.code == "U" and t.value == "PE" for t in toks):
        return False  # "the corresponding period last year" is last year's
    if name == "the_unit":
        return toks[-1].value in ("Q", "WE", "Y")  # "the day", "the month" name no date often enough
    if name == "century":  # an ordinal: "20th" (its suffix leaves no text) or "first"
        return toks[-1].value == "CE" and (toks[-2].code == "R" or toks[-2].text == "")
    if name == "last_part":
        return next(t for t in toks if t.code == "U").value in ("Q", "HA")
    if name == "quarter":
        unit = next(t for t in toks if t.code == "U")
        return next(t for t in toks if t.code == "R").value <= {"Q": 4, "HA": 2}.get(unit.value, 0)
    if name in ("dm", "md", "dmy", "mdy", "clock_date", "weekday_date"):
        day = next(t for t in toks if t.code == "D")
        return 1 <= day.value <= 31
    return True
