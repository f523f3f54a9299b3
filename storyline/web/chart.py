"""A small SVG chart of a figure series: the values a measure took over time, one dot a source.

Computed here as plain coordinates and drawn by a template macro (``templates/chart.html``, used
by the web app and the static report) with SVG elements and presentation attributes only (no
script, no style attribute), so it needs nothing the CSP forbids. Generic: any derived row with
``points`` holding numeric ``value``s (and ``as_of`` dates) gets one.

The x axis is time: dates are placed by how far apart they are (``2020-08`` and ``2021-08`` a year
apart), so a gap in reporting shows as a gap. Reported values (current, past, negation) are joined
by a solid line; plans and targets by a dashed one from the last reported value before them, so a
promise is never drawn as a fact. Points a disagreement names are ringed.
"""

from __future__ import annotations

import re
from typing import Any

from ..figures.series import GENERIC_MEASURES

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 360, 150, 56, 30, 18, 34
PLAN_KINDS = frozenset({"plan"})
CHAR_WIDTH, TICK_PAD = 6.0, 8  # of a 10px label's character, and between two date labels (pixels)
LABEL_HEIGHT = 11  # of a 10px value label: two closer than this vertically overprint
TOOLTIP_FIELDS = ("value", "qualifier", "kind", "measure", "as_of", "source")
MAX_VALUE_LABELS = 12  # above this many dots, values are in the tooltips only
_DATE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|W(\d{2})))?")


def _number(value: Any) -> float | None:
    """A plottable value (not a bool, not text)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def months(date: str) -> float | None:
    """A date (``2020``, ``2020-Q4``, ``2020-W49``, ``2020-12``, ``2020-12-02``...) as months since
    year 0, for placing it on a time axis; None when it is not a calendar date."""
    match = _DATE.match(date)
    if not match:
        return None
    year, month, day, quarter, week = match.groups()
    if week:
        return int(year) * 12 + (int(week) - 1) * 12 / 52
    start = (int(quarter) - 1) * 3 if quarter else int(month or 1) - 1
    return int(year) * 12 + start + (int(day) - 1) / 31 if day else int(year) * 12 + start


def _value_label(v: float) -> str:
    """``12,000``, ``2.4B``, ``40M``, ``5.41``: short enough for the axis and beside a dot."""
    for size, suffix in ((1e9, "B"), (1e6, "M")):
        if abs(v) >= size:
            return f"{v / size:.3g}{suffix}"
    return f"{v:,.0f}" if abs(v) >= 10 else f"{v:g}"


def point_key(point: dict[str, Any]) -> tuple[Any, Any, Any]:
    """What identifies a point across a series and its disagreements."""
    return point.get("doc_id") or point.get("source"), point.get("start"), point.get("value")


def disputed_keys(row: dict[str, Any]) -> set[tuple[Any, Any, Any]]:
    """The points some disagreement of a series names (see ``point_key``)."""
    found = set()
    for dis in row.get("disagreements") or []:
        for p in (dis.get("points") if isinstance(dis, dict) else None) or []:
            if isinstance(p, dict):
                found.add(point_key(p))
    return found


def _x_positions(dates: list[str], width: int) -> dict[str, float]:
    """Each date's x: by time when every date is a calendar date, else evenly in sorted order."""
    inner = width - LEFT - RIGHT
    at = {d: months(d) for d in dates}
    if len(dates) == 1:
        return {dates[0]: LEFT + inner / 2}
    if all(m is not None for m in at.values()):
        low, high = min(at.values()), max(at.values())  # type: ignore[type-var]
        if high > low:
            return {d: LEFT + inner * (m - low) / (high - low) for d, m in at.items()}  # type: ignore[operator]
    return {d: LEFT + inner * n / (len(dates) - 1) for n, d in enumerate(dates)}


def _ticks(positions: dict[str, float]) -> list[dict[str, Any]]:
    """Date labels left to right, leaving out those that would overlap the previous one."""
    ticks: list[dict[str, Any]] = []
    for date, x in sorted(positions.items(), key=lambda kv: (kv[1], kv[0])):
        if not ticks or x - ticks[-1]["x"] >= (len(date) + len(ticks[-1]["label"])) * CHAR_WIDTH / 2 + TICK_PAD:
            ticks.append({"x": round(x, 1), "label": date})
    return ticks


def _polyline(coords: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)


def series_chart(row: Any, width: int = WIDTH) -> dict[str, Any] | None:
    """``{"width", "height", "dots", "line", "plan_line", "xticks", "yticks", "base", "left"}`` for a
    row with numeric points, else None. A dot: ``x``, ``y``, ``label`` (tooltip), ``value`` (shown
    beside it when there are few), ``kind`` and ``disputed``."""
    points = row.get("points") if isinstance(row, dict) else None
    points = [p for p in points or [] if isinstance(p, dict) and _number(p.get("value")) is not None]
    if not points:
        return None
    dates = sorted({str(p.get("as_of") or "?") for p in points})
    values = [_number(p["value"]) or 0.0 for p in points]
    low, high = min(0.0, *values), max(values)
    span = (high - low) or 1.0
    xs = _x_positions(dates, width)
    disputed = disputed_keys(row)

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - low) / span)

    dots = [{"x": round(xs[str(p.get("as_of") or "?")], 1), "y": round(y(v), 1),
             "label": " ".join(str(p[k]) for k in TOOLTIP_FIELDS if p.get(k) not in (None, "")),
             "value": _value_label(v) if len(points) <= MAX_VALUE_LABELS else "",
             "kind": str(p.get("kind") or "current"), "disputed": point_key(p) in disputed}
            for p, v in zip(points, values, strict=True)]  # fmt: skip
    _unclash(dots)
    return {
        "width": width, "height": HEIGHT, "dots": dots,
        # a share or sum of what? Points of such a series are different quantities: no trend line
        **(_lines(dots) if not str(row.get("measure") or "").startswith(GENERIC_MEASURES) else {"line": "", "plan_line": ""}),
        "xticks": _ticks(xs),
        # With the values written beside the dots, the top of the axis needs no label (it would collide).
        "yticks": [{"y": round(y(v), 1), "label": _value_label(v)}
                   for v in sorted({low} if len(points) <= MAX_VALUE_LABELS else {low, high})],
        "base": HEIGHT - BOTTOM, "left": LEFT,
    }  # fmt: skip


def _unclash(dots: list[dict[str, Any]]) -> None:
    """Drop the value label of a dot where it would overprint one already written (two reports of
    one day, 250 and 252, print "25#"): the highest values keep theirs; the rest are in the
    tooltips, and the table beside the chart."""
    placed: list[tuple[float, float, float]] = []  # x centre, half width, y of each written label
    for dot in sorted((d for d in dots if d["value"]), key=lambda d: d["y"]):
        half = len(dot["value"]) * CHAR_WIDTH / 2
        if any(abs(dot["x"] - x) < half + other + 1 and abs(dot["y"] - y) < LABEL_HEIGHT for x, other, y in placed):
            dot["value"] = ""
        else:
            placed.append((dot["x"], half, dot["y"]))


def _lines(dots: list[dict[str, Any]]) -> dict[str, str]:
    """The solid line through reported values (the mean where a date has several) and the dashed
    line from the last reported value before the first plan through the plans."""
    facts: dict[float, list[float]] = {}
    plans: dict[float, list[float]] = {}
    for d in dots:
        (plans if d["kind"] in PLAN_KINDS else facts).setdefault(d["x"], []).append(d["y"])
    fact_line = [(x, sum(ys) / len(ys)) for x, ys in sorted(facts.items())]
    plan_line = [(x, sum(ys) / len(ys)) for x, ys in sorted(plans.items())]
    if plan_line:
        before = [c for c in fact_line if c[0] <= plan_line[0][0]]
        plan_line = before[-1:] + plan_line
    return {"line": _polyline(fact_line), "plan_line": _polyline(plan_line) if len(plan_line) > 1 else ""}
