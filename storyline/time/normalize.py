"""TIMEX3 values for matched expressions, anchored on the publication date or the previous date.

An expression's value depends on what it is anchored to: "Friday" is the Friday before the
publication date (or after it, in a sentence about the future); "three days later" counts from
the previous expression. When the publication date is known only to the month or year, a value
finer than that cannot be honest: it is cut to the anchor's precision and marked ``approx``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .grammar import COMPILED, Match
from .lexicon import Lexicon, Token

GRAIN = {"CE": 0, "DE": 1, "Y": 2, "HA": 3, "Q": 3, "M": 4, "W": 5, "WE": 5, "D": 6, "H": 7, "MI": 7}
PRECISION_GRAIN = {"year": 2, "month": 4, "day": 6}
REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
NEAR_MONTHS = 2  # a bare month this close ahead is this year's even outside the future tense


@dataclass(slots=True)
class Anchor:
    """The date relative expressions count from: a day, and how much of it is known."""

    day: dt.date
    precision: str  # year | month | day

    @classmethod
    def parse(cls, value: str | None, precision: str | None = None) -> Anchor | None:
        """An anchor from an ISO value ("2020-12", "1998-08-07T10:35"), or ``None``."""
        if not value:
            return None
        parts = value[:10].split("-")
        try:
            nums = [int(p) for p in parts[:3]]
            day = dt.date(nums[0], nums[1] if len(nums) > 1 else 7, nums[2] if len(nums) > 2 else 1)
        except (ValueError, IndexError):
            return None
        if len(nums) == 2 and day.day == 1:
            day = day.replace(day=15)  # mid-month: as far from either edge as it can be
        return cls(day, precision or ("year", "month", "day")[len(nums) - 1])


@dataclass(slots=True)
class Value:
    """A normalised expression: TIMEX3 type and value, what it was anchored on, its modifier."""

    type: str
    value: str
    anchor: str = "none"  # publication | previous_expression | none
    mod: str = ""
    approx: bool = False
    range: tuple[str, str] | None = None  # the two ends of "from 2009 to 2011"


@dataclass(slots=True)
class Context:
    """What normalising one expression may look at besides its tokens."""

    anchor: Anchor | None
    future: bool
    signal: str
    lex: Lexicon
    previous: dt.date | None = None  # the first day of the last date before this expression
    quarter: str = ""  # a quarter ("1989-Q3") named just before: "a year ago" is then that quarter's
    previous_grain: str = "D"  # ... and its grain: "one year later" after "1984" is 1985
    next_word: str = ""  # the word right after the expression ("the year ended ...": a span)


# ------------------------------------------------------------------ calendar arithmetic
def add_months(day: dt.date, n: int) -> dt.date:
    """``day`` moved by ``n`` months (clamped to the month's length)."""
    y, m = divmod(day.month - 1 + n, 12)
    year = day.year + y
    return dt.date(year, m + 1, min(day.day, calendar.monthrange(year, m + 1)[1]))


GRAINS = ("D", "W", "WE", "M", "Q", "Y", "DE", "CE")  # fine to coarse


def shift(day: dt.date, unit: str, n: float) -> dt.date:
    """``day`` moved by ``n`` units."""
    k = int(n)
    if unit in ("D", "H", "MI"):
        return day + dt.timedelta(days=k)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=k)
    months = {"M": 1, "Q": 3, "HA": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(day, months * k)


def fmt(day: dt.date, unit: str) -> str:
    """``day`` written at the grain of ``unit`` (a week as ``2020-W43``, a decade as ``202``)."""
    if unit in ("W", "WE"):
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if unit == "WE" else "")
    return {
        "CE": f"{day.year // 100}", "DE": f"{day.year // 10}", "Y": f"{day.year}",
        "Q": f"{day.year}-Q{(day.month - 1) // 3 + 1}", "M": f"{day.year}-{day.month:02d}",
        "HA": f"{day.year}-H{(day.month - 1) // 6 + 1}",
    }.get(unit, day.isoformat())  # fmt: skip


def anchored(day: dt.date, unit: str, anchor: Anchor, suffix: str = "") -> Value:
    """A value computed from the anchor, cut to the anchor's precision when finer than it."""
    if GRAIN.get(unit, 6) > PRECISION_GRAIN[anchor.precision]:
        cut = "M" if anchor.precision == "month" else "Y"
        return Value("date", fmt(day, cut), "publication", approx=True)
    return Value("date", fmt(day, unit) + suffix, "publication")


def period(anchor: Anchor) -> tuple[dt.date, dt.date]:
    """The first and last day the anchor may be: its day, its month or its year."""
    day = anchor.day
    if anchor.precision == "day":
        return day, day
    if anchor.precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def nearest_year(month: int, day: int, ctx: Context) -> dt.date | None:
    """The year of a month-day without one: the last occurrence, or the next one about the future.

    A month ahead of the anchor still counts as recent ("on October 21" in an article of October
    14 may be announced), and with a month-precise anchor the whole month is "now".
    """
    assert ctx.anchor is not None
    first, last = period(ctx.anchor)
    slack = dt.timedelta(days=31 * (1 if ctx.future else NEAR_MONTHS))
    ref = ctx.anchor.day
    for year in (ref.year - 1, ref.year, ref.year + 1) if ctx.future else (ref.year + 1, ref.year, ref.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if (ctx.future and cand >= first - slack) or (not ctx.future and cand <= last + slack):
            return cand
    return None


def calendar_parts(match: Match) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) written in an explicit date expression (``None`` where not written)."""
    if match.name in ("numdate", "datetime"):
        y, m, d = match.first("q").value  # type: ignore[union-attr]
        return y, m, d
    year, month, day = match.first("Y"), match.first("M"), match.first("D")
    return (year.value if year else None, month.value[0] if month else None, day.value if day else None)



# ------------------------------------------------------------------ per pattern
def normalize(match: Match, ctx: Context) -> Value | None:
    """The TIMEX3 value of ``match``, or ``None`` when its parts make no date."""
    handler = HANDLERS.get(match.name)
    if handler is None:
        return None
    try:
        return handler(match, ctx)
    except (ValueError, OverflowError, KeyError, TypeError, AttributeError, AssertionError):
        return None


def _date(match: Match, ctx: Context) -> Value | None:
    """Explicit dates: complete ones stand alone, month-days take their year from the anchor."""
    y, m, d = calendar_parts(match)
    clock = match.first("c")
    if y is not None and m is not None and d is not None:
        day = dt.date(y, m, d)
        if clock:
            return Value("time", f"{day.isoformat()}T{clock.value}")
        return Value("date", day.isoformat())
    if y is not None and m is not None:
        return Value("date", f"{y:04d}-{m:02d}")
    assert m is not None
    if d is None:
        return _month(match, m, ctx)
    if ctx.anchor is None:
        return Value("date", f"XXXX-{m:02d}-{d:02d}")
    found = nearest_year(m, d, ctx)
    if found and clock:
        return Value("time", f"{found.isoformat()}T{clock.value}", "publication")
    return Value("date", found.isoformat(), "publication") if found else None


def _month(match: Match, month: int, ctx: Context) -> Value:
    """A month alone: this year's, the last one, or the next ("last October", "next May")."""
    if ctx.anchor is None:
        return Value("date", f"XXXX-{month:02d}")
    rel = match.tokens[0].code if match.tokens[0].code in "PXT" else ""
    ref = ctx.anchor.day
    year = ref.year
    if rel == "P" or (not rel and not ctx.future):
        ahead = (month - ref.month) % 12
        if not rel and 0 < ahead <= NEAR_MONTHS and (month > ref.month or ctx.anchor.precision == "day"):
            # across the year end only from a known day: a month-dated text names its year's months
            return Value("date", f"{year + (month < ref.month)}-{month:02d}", "publication")
        year -= month > ref.month or (rel == "P" and month == ref.month)
    elif rel == "X" or ctx.future:
        year += month < ref.month or (rel == "X" and month == ref.month)
    return Value("date", f"{year}-{month:02d}", "publication")


def _month_rel(match: Match, ctx: Context) -> Value | None:
    """"January this year", "June last year": the month of the year the rest names."""
    year = _relative(Match("relative", [t for t in match.tokens if t.code in "PXTU"]), ctx)
    month = match.first("M").value[0]  # type: ignore[union-attr]
    if year is None or not year.value[:4].isdigit():
        return Value("date", f"XXXX-{month:02d}")
    return Value("date", f"{year.value[:4]}-{month:02d}", "publication")


def _year(match: Match, ctx: Context) -> Value:
    return Value("date", f"{match.tokens[0].value:04d}")


def _range(match: Match, ctx: Context) -> Value | None:
    """"from 2009 to 2011": two years, both ends in ``range`` (TIMEX3 tags each end: the caller
    splits the match; MEANTIME's one duration ``P2Y`` is left to whoever reads ``range``)."""
    first, last = (t.value for t in match.tokens if t.code == "Y")
    if last <= first:
        return None
    return Value("date", str(first), range=(str(first), str(last)))


def _decade(match: Match, ctx: Context) -> Value:
    return Value("date", f"{match.first('C').value}")  # type: ignore[union-attr]


def _clock(match: Match, ctx: Context) -> Value:
    """A clock time on the day last named before it ("Tuesday ... at 18:00 UTC"), else the publication's."""
    clock = match.first("c").value  # type: ignore[union-attr]
    if ctx.previous is not None and ctx.previous_grain == "D" and (ctx.anchor is None or ctx.previous != ctx.anchor.day):
        return Value("time", f"{ctx.previous.isoformat()}T{clock}", "previous_expression")
    if ctx.anchor is None or ctx.anchor.precision != "day":
        return Value("time", f"XXXX-XX-XXT{clock}")
    return Value("time", f"{ctx.anchor.day.isoformat()}T{clock}", "publication")


def _weekday(match: Match, ctx: Context) -> Value:
    """A weekday: the last one before the anchor, or the next one in a sentence about the future."""
    wd = match.first("W").value  # type: ignore[union-attr]
    part = match.first("B")
    clock = match.first("c")
    rel = next((t.code for t in match.tokens if t.code in "PXT"), "")
    base = _anaphoric(match, ctx, "D") or ctx.anchor
    if base is None:
        return Value("time" if part else "date", f"XXXX-WXX-{wd + 1}" + (f"T{part.value}" if part else ""))
    ref = base.day
    back = (ref.weekday() - wd) % 7
    if rel == "X" or (ctx.future and rel != "P" and ctx.signal != "BY"):
        ahead = (wd - ref.weekday()) % 7
        day = ref + dt.timedelta(days=ahead or (7 if rel == "X" else 0))
    else:
        day = ref - dt.timedelta(days=back or (7 if rel == "P" else 0))
    suffix = f"T{part.value}" if part else (f"T{clock.value}" if clock else "")
    out = anchored(day, "D", base, suffix)
    if suffix and not out.approx:
        out.type = "time"
    return out


def _unit(tok: Token | None) -> str:
    return tok.value if tok is not None else ""


def _relative(match: Match, ctx: Context) -> Value | None:
    """"last week", "this year", "el mes pasado", "the past year" (a duration); "the latest
    period": the quarter just reported."""
    unit = _unit(match.first("U"))
    rel = next(t.code for t in match.tokens if t.code in "PXTp")
    if unit == "PE":
        return Value("date", ctx.quarter, "previous_expression") if ctx.quarter and rel in "PT" else None
    if rel == "p":
        return _duration_value(1, unit)
    if unit in ("H", "MI"):
        return None
    n = {"P": -1, "X": 1, "T": 0}[rel]
    base = _anaphoric(match, ctx, unit)
    if base is not None:
        return Value("date", fmt(shift(base.day, unit, n), unit), "previous_expression")
    if ctx.anchor is None:
        return Value("date", {"P": "PAST_REF", "X": "FUTURE_REF"}.get(rel, "PRESENT_REF"), "publication")
    return anchored(shift(ctx.anchor.day, unit, n), unit, ctx.anchor)


def _anaphoric(match: Match, ctx: Context, unit: str) -> Anchor | None:
    """The last date named, when the expression counts from it ("the following year", "the
    previous Friday") and that date is known at least to ``unit``'s grain; else ``None``."""
    words = ctx.lex.get("ANAPHORIC") or ()
    if ctx.previous is None or not any(t.code in "PX" and t.text.lower() in words for t in match.tokens):
        return None
    if GRAIN.get(unit, 6) > GRAIN.get(ctx.previous_grain, 6):
        return None  # "the following day" after "1995" says no day
    return Anchor(ctx.previous, {"Y": "year", "M": "month"}.get(ctx.previous_grain, "day"))


def _year_period(match: Match, ctx: Context) -> Value | None:
    """"the 1988 period": in a report on a quarter, that quarter of 1988."""
    if not ctx.quarter:
        return None
    return Value("date", f"{match.first('Y').value}-{ctx.quarter.split('-')[1]}", "previous_expression")  # type: ignore[union-attr]


def _the_unit(match: Match, ctx: Context) -> Value | None:
    """"the quarter": in financial news, the quarter just reported, i.e. the previous one;
    "the weekend": the last one, or the coming one in a sentence about the future; "the year":
    this one, or a year's span before "ended"."""
    if match.tokens[-1].value == "Y":  # "for the year": this one; "the year ended March 31": a year's span
        if match.tokens[-1].text.lower() in (ctx.lex.get("PLURAL_UNITS") or ()):
            return _duration_value(None, "Y")  # "over the years"
        if ctx.next_word in (ctx.lex.get("SPAN_AFTER") or ()):
            return _duration_value(1, "Y")
        return _relative(Match("relative", [Token(0, 0, "", "T"), match.tokens[-1]]), ctx)
    if match.tokens[-1].value == "WE":
        if ctx.anchor is None:
            return Value("date", "XXXX-WXX-WE")
        ref = ctx.anchor.day
        if ref.weekday() < 5:
            ahead = ctx.future or ctx.signal == "BEFORE"  # "ahead of the weekend"
            ref += dt.timedelta(days=5 - ref.weekday()) if ahead else -dt.timedelta(days=ref.weekday() + 1)
        return anchored(ref, "WE", ctx.anchor)
    return _relative(Match("relative", [Token(0, 0, "", "P"), *match.tokens[1:]]), ctx)


def _count(match: Match) -> float | None:
    """The count of a counted unit ("two", "12", "a"); ``None`` for "several"."""
    tok = next((t for t in match.tokens if t.code in "NDnF"), None)
    if tok is None or tok.code == "n":
        return 1
    if tok.code == "F":
        return None
    return tok.value


def _duration_value(n: float | None, unit: str) -> Value | None:
    """``P2Y``, ``PT5H``, ``PXY`` (several years), decades as ten years."""
    if not unit:
        return None
    if unit == "HA":
        return None  # "a half" is a share ("two and a half years" is not read)
    letter = {"Y": "Y", "M": "M", "W": "W", "D": "D", "Q": "Q", "DE": "Y", "CE": "Y", "H": "H",
              "MI": "M", "WE": "WE"}[unit]  # fmt: skip
    scale = {"DE": 10, "CE": 100}.get(unit, 1)
    if n is None:
        amount = "X"
    else:
        num = n * scale
        amount = str(int(num)) if float(num).is_integer() else f"{num:g}"
    return Value("duration", ("PT" if unit in ("H", "MI") else "P") + amount + letter)


def _relative_count(match: Match, ctx: Context) -> Value | None:
    return _duration_value(_count(match), _unit(match.first("U")))


def _duration(match: Match, ctx: Context) -> Value | None:
    return _duration_value(_count(match), _unit(match.first("U")))


def _ago(match: Match, ctx: Context) -> Value | None:
    """"two years ago", "hace dos años": the anchor moved back, at the unit's grain."""
    unit, n = _unit(match.first("U")), _count(match)
    ordinal = match.first("R")
    if ordinal is not None:  # "the year-ago third quarter": that quarter of the year before
        part = {"Q": "Q", "HA": "H"}.get(match.tokens[-1].value)
        if part is None or unit != "Y" or ctx.anchor is None or ordinal.value > (4 if part == "Q" else 2):
            return None
        return Value("date", f"{ctx.anchor.day.year - 1}-{part}{ordinal.value}", "publication")
    if unit == "HA" or (match.tokens[0].code == "G" and not ctx.quarter):
        return None  # "the year-earlier quarter" means a date only after a quarter
    if n is None or ctx.anchor is None or unit in ("H", "MI"):
        return Value("date", "PAST_REF", "publication")
    if unit == "Y" and ctx.quarter and float(n).is_integer():
        year, q = ctx.quarter.split("-")
        return Value("date", f"{int(year) - int(n)}-{q}", "previous_expression")
    grain = "Y" if unit in ("DE", "CE") else unit
    return anchored(shift(ctx.anchor.day, unit, -n), grain, ctx.anchor)


def _later(match: Match, ctx: Context) -> Value | None:
    """"three days later": counted from the previous date of the text."""
    unit, n = _unit(match.first("U")), _count(match)
    if n is None or ctx.previous is None or unit in ("H", "MI", "HA"):
        return None
    grain = max(unit, ctx.previous_grain, key=GRAINS.index)  # "three days later" after "1984": 1984
    return Value("date", fmt(shift(ctx.previous, unit, n), grain), "previous_expression")


def _edge(match: Match, ctx: Context) -> Value | None:
    """"early next year", "mid-2011", "late October": the value of the rest, with a modifier."""
    edge_tok = next(t for t in match.tokens if t.code in "Eel")
    edges = {k.lower(): v for k, v in (ctx.lex.get("EDGES") or {}).items()}
    mod = edges.get(edge_tok.text.lower())
    if mod is None:
        return None
    rest = Match("", [t for t in match.tokens if t is not edge_tok and t.code not in "GO-"])
    codes = "".join(t.code for t in rest.tokens)
    for name in ("my", "month", "year", "decade", "season", "weekday"):
        if _fits(name, codes):
            rest.name = name
            break
    else:
        rest.name = "relative" if any(c in codes for c in "PXT") else "this"
    if rest.name == "this":
        rest.tokens.insert(0, Token(0, 0, "", "T"))
        rest.name = "relative"
    out = normalize(rest, ctx)
    if out is not None:
        out.mod = mod
    return out


def _fits(name: str, codes: str) -> bool:
    """Whether a whole code string is an expression of pattern ``name``."""
    return dict(COMPILED)[name].fullmatch(codes) is not None


def _written_year(match: Match, ctx: Context, part: str) -> Value | None:
    """A part of a year with its year written ("summer 2020"), or of no known year; else ``None``."""
    year = match.first("Y")
    if year:
        return Value("date", f"{year.value}-{part}")
    return Value("date", f"XXXX-{part}") if ctx.anchor is None else None


def _last_part(match: Match, ctx: Context) -> Value | None:
    """"the last half of 1989": the last quarter or half of a written year."""
    unit, year = match.first("U").value, match.first("Y").value  # type: ignore[union-attr]
    return Value("date", f"{year}-H2" if unit == "HA" else f"{year}-Q4")


def _quarter(match: Match, ctx: Context) -> Value | None:
    """"the first quarter", "the second half (of 2020)": a quarter or half of this year or the last."""
    q = match.first("R").value  # type: ignore[union-attr]
    half = match.first("U").value == "HA"  # type: ignore[union-attr]
    part = f"H{q}" if half else f"Q{q}"
    if (written := _written_year(match, ctx, part)) or ctx.anchor is None:
        return written
    ref = ctx.anchor.day
    current = (ref.month - 1) // (6 if half else 3) + 1
    return Value("date", f"{ref.year - (q > current and not ctx.future)}-{part}", "publication")


def holiday_date(spec: str, year: int) -> dt.date:
    """A holiday's day in ``year``: ``MM-DD``, ``MM-W-N[+K]`` (the Nth weekday W, -1 the last,
    K days after: election day is ``11-0-1+1``) or ``EASTER`` (plus ``+K`` days)."""
    base, _, plus = spec.partition("+")
    if base == "EASTER":  # the Gregorian computus (Meeus/Jones/Butcher)
        a, b, c = year % 19, year // 100, year % 100
        h = (19 * a + b - b // 4 - (b - (8 * b + 13) // 25) + 15) % 30
        k = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
        m = (a + 11 * h + 22 * k) // 451
        month = (h + k - 7 * m + 114) // 31
        day = dt.date(year, month, (h + k - 7 * m + 114) % 31 + 1)
    else:
        parts = [int(p) for p in base.split("-", 2)]
        if len(parts) == 2:
            day = dt.date(year, parts[0], parts[1])
        else:
            month, weekday, nth = parts
            first = dt.date(year, month, 1)
            if nth < 0:
                first = add_months(first, 1) - dt.timedelta(days=7)
                nth = 1
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day + dt.timedelta(days=int(plus or 0))


def _holiday(match: Match, ctx: Context) -> Value | None:
    """"Thanksgiving", "last Christmas", "Christmas 2020": the holiday's day in the year meant."""
    spec = match.first("H").value  # type: ignore[union-attr]
    year = match.first("Y")
    if year:
        return Value("date", holiday_date(spec, year.value).isoformat())
    if ctx.anchor is None:
        return None
    rel = next((t.code for t in match.tokens if t.code in "PXT"), "")
    ref = ctx.anchor.day
    this = holiday_date(spec, ref.year)
    ahead = rel == "X" or (not rel and ctx.future) or (not rel and this > ref and (this - ref).days <= 31 * NEAR_MONTHS)
    if rel == "P" or not ahead:
        day = this if this < ref else holiday_date(spec, ref.year - 1)
    else:
        day = this if this >= ref else holiday_date(spec, ref.year + 1)
    return anchored(day, "D", ctx.anchor)


def _century(match: Match, ctx: Context) -> Value:
    """"the 20th century": TIMEX3 writes its first two digits, ``19``."""
    n = next(t.value for t in match.tokens if t.code in "DR")
    return Value("date", f"{n - 1:02d}")


def _season(match: Match, ctx: Context) -> Value | None:
    season = match.first("S").value  # type: ignore[union-attr]
    if (written := _written_year(match, ctx, season)) or ctx.anchor is None:
        return written
    rel = next((t.code for t in match.tokens if t.code in "PXT"), "")
    y = ctx.anchor.day.year + {"P": -1, "X": 1, "T": 0, "": 0}[rel]
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    month = ctx.anchor.day.month
    if not rel:  # "the summer": the last one begun, or the next one about the future
        y += (start + 2 < month) if ctx.future else -(start > month)
    if rel == "P" and start <= ctx.anchor.day.month - 3:
        y += 1  # "last summer" written in November is this year's
    return Value("date", f"{y}-{season}", "publication")


def _deictic(match: Match, ctx: Context) -> Value | None:
    """"today", "i fjor", "now", "that day", "last night"."""
    code = match.tokens[0].value
    part = match.first("B")
    if code in REFS:
        return Value("date", code, "publication")
    if code == "PREV":
        return Value("date", ctx.previous.isoformat(), "previous_expression") if ctx.previous else None
    if ctx.anchor is None:
        return Value("date", "XXXX-XX-XX")
    ref = ctx.anchor.day
    if code == "NEWYEAR":
        return Value("date", f"{ref.year + (not ctx.future or ref.month > 6)}-01-01", "publication")
    if code in ("TNI", "TMO"):
        return anchored(ref, "D", ctx.anchor, f"T{code[1:]}")
    code, _, part_code = code.partition("T")  # "-1DTNI": last night
    n, unit = int(code[:-1]), code[-1]
    suffix = f"T{part.value}" if part else (f"T{part_code}" if part_code else "")
    out = anchored(shift(ref, unit, n), unit, ctx.anchor, suffix)
    if suffix and not out.approx:
        out.type = "time"
    return out


def _part_of_day(match: Match, ctx: Context) -> Value | None:
    part = match.first("B").value  # type: ignore[union-attr]
    if ctx.anchor is None:
        return Value("time", f"XXXX-XX-XXT{part}")
    out = anchored(ctx.anchor.day, "D", ctx.anchor, f"T{part}")
    out.type = "date" if out.approx else "time"
    return out


def _alone(match: Match, ctx: Context) -> Value | None:
    """"the past", "current": a past or present reference when no unit follows (TIMEX3 ``*_REF``)."""
    ref = (ctx.lex.get("ALONE") or {}).get(match.tokens[-1].text.lower())
    return Value("date", ref, "publication") if ref else None


def _set_each(match: Match, ctx: Context) -> Value:
    """"each Thursday" ``XXXX-WXX-4``, "every July" ``XXXX-07``, "each summer" ``XXXX-SU``."""
    tok = match.tokens[1]
    part = match.first("B")
    value = {"W": lambda v: f"XXXX-WXX-{v + 1}", "M": lambda v: f"XXXX-{v[0]:02d}", "S": lambda v: f"XXXX-{v}"}[tok.code](tok.value)
    return Value("set", value + (f"T{part.value}" if part else ""))


def _set(match: Match, ctx: Context) -> Value:
    return Value("set", match.tokens[0].value)


HANDLERS = {
    "dmy": _date, "mdy": _date, "clock_date": _date, "weekday_date": _date, "dm": _date, "md": _date, "my": _date, "numdate": _date,
    "datetime": _date, "month_rel": _month_rel, "month": lambda m, c: _month(m, m.first("M").value[0], c),  # type: ignore[union-attr]
    "clock": _clock, "year": _year, "weekday_clock": _weekday, "decade": _decade, "edge": _edge, "weekday": _weekday,
    "relative_count": _relative_count, "relative": _relative, "relative_post": _relative,
    "ago": _ago, "ago_before": _ago, "later": _later, "duration": _duration, "quarter": _quarter,
    "season": _season, "century": _century, "holiday": _holiday, "the_unit": _the_unit, "year_period": _year_period, "last_part": _last_part, "range": _range, "deictic": _deictic, "part_of_day": _part_of_day, "set": _set, "set_each": _set_each, "alone": _alone,
}  # fmt: skip
