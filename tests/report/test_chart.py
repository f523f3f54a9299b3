"""The series chart shared by the report and the web app: time to scale, plans apart from facts,
disputed points marked, and no chart for rows it cannot draw."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.web.chart import CHAR_WIDTH, WIDTH, months, series_chart
from storyline.web.highlight import pieces


def point(value: float, as_of: str, kind: str = "current", source: str = "a", start: int = 0) -> dict:
    return {"value": value, "as_of": as_of, "kind": kind, "source": source, "start": start}


def test_chart_months_reads_calendar_values() -> None:
    assert months("2020-12-02") == 2020 * 12 + 11 + 1 / 31
    assert months("2021") == months("2021-01") == months("2021-Q1") == 2021 * 12
    assert months("2020-Q4") == 2020 * 12 + 9
    assert months("?") is None and months("early") is None


def test_chart_time_axis_to_scale() -> None:
    chart = series_chart({"points": [point(10, "2020-08"), point(12, "2020-10"), point(0, "2021-08-15")]})
    assert chart is not None
    xs = [d["x"] for d in chart["dots"]]
    assert (xs[1] - xs[0]) < (xs[2] - xs[1]) / 4  # two months against ten
    assert [d["value"] for d in chart["dots"]] == ["10", "12", "0"]


def test_chart_plans_dashed_from_last_fact() -> None:
    chart = series_chart({"points": [point(8000, "2020-08", "past"), point(4500, "2020-11", "plan"),
                                     point(2500, "2021", "plan")]})  # fmt: skip
    assert chart is not None and chart["plan_line"].count(",") == 3  # from the fact through both plans
    assert chart["line"].count(",") == 1 and [d["kind"] for d in chart["dots"]] == ["past", "plan", "plan"]


def test_chart_disputed_points_marked() -> None:
    a, b = point(12000, "2020-10", source="a", start=5), point(8000, "2020-10", source="b", start=7)
    chart = series_chart({"points": [a, b], "disagreements": [{"points": [a, b]}]})
    assert chart is not None and all(d["disputed"] for d in chart["dots"])
    assert series_chart({"points": [{"value": "many"}]}) is None and series_chart("x") is None


def test_highlight_anchors_at_linked_offsets() -> None:
    doc = {"text": "One two three four.", "spans": [], "quotes": [{"start": 4, "end": 13}]}
    cut = pieces(doc, anchors=[8, 99])
    assert "".join(p["text"] for p in cut) == doc["text"]
    assert [p["start"] for p in cut if p["anchor"]] == [4, 8]


def test_chart_tooltip_keeps_a_zero() -> None:
    chart = series_chart({"points": [point(0, "2021-08-15", "negation")]})
    assert chart is not None and chart["dots"][0]["label"].startswith("0 negation 2021-08-15")


def test_chart_shares_and_sums_are_dots_without_a_trend_line() -> None:
    """A subject's percentages are different quantities (of what?): a line would claim a trend."""
    rows = {"points": [point(83, "2016-09"), point(52, "2016-09-26"), point(62, "2016-09-30")]}
    assert series_chart({**rows, "measure": "troops"})["line"]
    shares = series_chart({**rows, "measure": "percent"})
    assert shares["line"] == "" and shares["plan_line"] == "" and len(shares["dots"]) == 3


def test_chart_value_labels_never_overprint(shared: Path) -> None:
    """ITN's reports of the Cianjur earthquake's toll: 162, 252 and 250 dead on 2022-11-21 put three
    dots at one x, two of them 2 apart; their labels printed "25#" over one another. A label that
    would overprint another is left to the tooltip; the highest value keeps its own."""
    toll = {"aa51c89262a2": 162, "b3df283175f6": 252, "c60f64bcd65a": 250, "5b6bbaa5dbbc": 284, "3dafd21cc595": 271,
            "2f96624666ae": 271, "93b9c0db3b7c": 310, "c08a8e2b5bc3": 323}  # fmt: skip
    rows = [json.loads(line) for line in (shared / "eval/stories/itn-dev/inputs.jsonl").open(encoding="utf-8")]
    points = [point(toll[r["id"]], r["published"], source=r["id"]) for r in rows if r["id"] in toll]
    assert all(str(p["value"]) in next(r["text"] for r in rows if r["id"] == p["source"]) for p in points)
    for width in (WIDTH, 680):
        dots = series_chart({"measure": "deaths", "points": points}, width)["dots"]
        boxes = [(d["x"], len(d["value"]) * CHAR_WIDTH / 2, d["y"]) for d in dots if d["value"]]
        for n, (x, half, y) in enumerate(boxes):
            assert all(abs(x - x2) >= half + half2 or abs(y - y2) >= 10 for x2, half2, y2 in boxes[n + 1 :]), width
        labelled = {d["value"] for d in dots if d["value"]}
        assert {"252", "162", "323"} <= labelled and "250" not in labelled
