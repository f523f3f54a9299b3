"""A small SVG chart of a figure series: the values a measure took over time, one dot a source.

Computed here as plain coordinates and drawn by the template with SVG elements and presentation
attributes only (no script, no style attribute), so it needs nothing the CSP forbids. Generic: any
derived row with ``points`` holding numeric ``value``s (and ``as_of`` dates) gets one.
"""

from __future__ import annotations

from typing import Any

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 360, 150, 56, 30, 12, 34


def _number(value: Any) -> float | None:
    """A plottable value (not a bool, not text)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def series_chart(row: Any) -> dict[str, Any] | None:
    """``{"width", "height", "dots", "line", "xticks", "yticks"}`` for a row with numeric points, else None."""
    points = row.get("points") if isinstance(row, dict) else None
    points = [p for p in points or [] if isinstance(p, dict) and _number(p.get("value")) is not None]
    if not points:
        return None
    dates = sorted({str(p.get("as_of") or "?") for p in points})
    values = [_number(p["value"]) or 0.0 for p in points]
    low, high = min(0.0, *values), max(values)
    span = (high - low) or 1.0

    def x(date: str) -> float:
        inner = WIDTH - LEFT - RIGHT
        return LEFT + (inner / 2 if len(dates) == 1 else inner * dates.index(date) / (len(dates) - 1))

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - low) / span)

    dots = [{"x": round(x(str(p.get("as_of") or "?")), 1), "y": round(y(v), 1),
             "label": " ".join(str(p[k]) for k in ("value", "qualifier", "measure", "as_of", "source") if p.get(k))}
            for p, v in zip(points, values, strict=True)]  # fmt: skip
    means = {d: [v for p, v in zip(points, values, strict=True) if str(p.get("as_of") or "?") == d] for d in dates}
    line = " ".join(f"{x(d):.1f},{y(sum(vs) / len(vs)):.1f}" for d, vs in means.items())
    return {
        "width": WIDTH, "height": HEIGHT, "dots": dots, "line": line,
        "xticks": [{"x": round(x(d), 1), "label": d} for d in dates],
        "yticks": [{"y": round(y(v), 1), "label": f"{v:,.0f}" if abs(v) >= 10 else f"{v:g}"}
                   for v in sorted({low, high})],
        "base": HEIGHT - BOTTOM, "left": LEFT,
    }  # fmt: skip
