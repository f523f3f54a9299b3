"""TimelineJS export: Knight Lab's JSON format, which newsroom timelines already read.

Format: ``{"title": {...}, "events": [{"start_date": {"year", "month"?, "day"?}, "text":
{"headline", "text"}, "group", "unique_id"}]}`` (https://timeline.knightlab.com/docs/json-format.html).
Quarters and weeks are shown from their first month; sources and conflicts go into the text.
"""

from __future__ import annotations

import html
from typing import Any

from .merge import Entry

HEADLINE_CHARS = 90


def start_date(date: str, precision: str) -> dict[str, int]:
    """A TimelineJS date object with only the fields the precision supports."""
    year = int(date[:4])
    if precision == "quarter":
        return {"year": year, "month": 3 * (int(date[6]) - 1) + 1}
    if precision == "week":
        return {"year": year}
    out = {"year": year}
    if precision in ("month", "day"):
        out["month"] = int(date[5:7])
    if precision == "day":
        out["day"] = int(date[8:10])
    return out


def _text(entry: Entry) -> str:
    """The body of a slide: the summary, its sources and any conflicting report."""
    parts = [f"<p>{html.escape(entry.summary)}</p>"]
    sources = ", ".join(html.escape(s.source) + (f" (+{len(s.outlets)} outlets)" if s.outlets else "")
                        for s in entry.sources)  # fmt: skip
    parts.append(f"<p><small>Sources: {sources}</small></p>")
    for c in entry.conflicts:
        parts.append(f"<p><small>Conflicting report ({html.escape(str(c.get('date')))}, "
                     f"{html.escape(str(c.get('source')))}): {html.escape(str(c.get('summary')))}</small></p>")
    return "".join(parts)


def timelinejs(entries: list[Entry], title: str = "Timeline") -> dict[str, Any]:
    """The entries as one TimelineJS document."""
    events = []
    for k, entry in enumerate(entries):
        headline = entry.summary if len(entry.summary) <= HEADLINE_CHARS else entry.summary[: HEADLINE_CHARS - 1] + "…"
        events.append({
            "start_date": start_date(entry.date, entry.precision),
            "text": {"headline": html.escape(headline), "text": _text(entry)},
            "group": entry.kind,
            "unique_id": f"entry-{k}",
        })  # fmt: skip
    return {"title": {"text": {"headline": html.escape(title), "text": f"{len(entries)} entries"}}, "events": events}
