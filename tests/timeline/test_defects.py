"""What a journalist reading the timelines of the dev stores found wrong, on the real texts:
small bare counts shown as figures, a later report's sentence summing up an earlier day, and
headlines run into the first sentence by their dateline (MEANTIME's Wikinews texts)."""

from __future__ import annotations

import json
from typing import Any

from storyline.timeline import build_timeline

# TBAQ (APW/NYT, January 2000), sentences of the Elian Gonzalez articles, and the day each holds.
ELIAN = "tbaq-elian"
DETAILS = (
    "Neither he nor Elian's four grandparents could be located Wednesday in their hometown of Cardenas, east of "
    "Havana. Meissner said the INS decision was made after two lengthy interviews with the boy's father, Juan "
    "Miguel Gonzalez, a hotel worker in Cardenas, Cuba. The INS offered three options on Wednesday. About 100 "
    "protesters marched in front of the federal building in Orlando on Wednesday night."
)


def _doc(text: str, lang: str, published: str, doc_id: str) -> dict[str, Any]:
    from storyline.api import analyze_text

    return {**analyze_text(text, lang=lang, published=published).to_dict(), "id": doc_id, "source": doc_id}


def test_defects_small_bare_counts_are_no_figures() -> None:
    """"Elian's four grandparents", "two lengthy interviews", "three options" are details of
    their sentences, not figures a timeline reports; "about 100 protesters" is one. A detail's
    sentence that names its day is still an event."""
    entries = build_timeline([_doc(DETAILS, "en", "2000-01-06", ELIAN)])
    figures = [e.summary for e in entries if e.kind == "figure"]
    assert figures == [s for s in figures if s.startswith("About 100 protesters")] and figures
    events = [e.summary for e in entries if e.kind == "event"]
    assert any(s.startswith("Neither he nor Elian's four grandparents") for s in events)


# ITN (itn-dev) blurbs of Liz Truss's resignation on 20 October 2022, and of Rishi Sunak succeeding
# her, posted on the 25th, that the story layer puts in one event: (lang, posted, text).
TRUSS = (
    ("pl", "2022-10-20", "Liz Truss po 45 dniach urzędowania złożyła rezygnację ze stanowiska premiera Wielkiej "
                         "Brytanii (20 października)"),
    ("en", "2022-10-20", "Amid a government crisis, Prime Minister of the United Kingdom Liz Truss (pictured) "
                         "announces her resignation."),
    ("ms", "2022-10-25", "Rishi Sunak (gambar) menggantikan Liz Truss sebagai Pemimpin Parti Konservatif dan "
                         "Perdana Menteri United Kingdom."),
    ("id", "2022-10-25", "Rishi Sunak (foto) menggantikan Liz Truss sebagai Pemimpin Partai Konservatif dan "
                         "Perdana Menteri Britania Raya."),
)  # fmt: skip


def test_defects_a_later_report_does_not_sum_up_the_day() -> None:
    """Blurbs posted five days after the resignation join its entry (one event, a later report),
    but "Rishi Sunak succeeds Liz Truss" is not what happened on 20 October: the summary is a
    report of that day."""
    docs = [_doc(text, lang, posted, lang) for lang, posted, text in TRUSS]
    entries = build_timeline(docs, events={lang: "e1" for lang, _, _ in TRUSS})
    (entry,) = [e for e in entries if any(s.doc_id == "pl" for s in e.sources)]
    assert entry.date == "2022-10-20" and {s.doc_id for s in entry.sources} >= {"ms", "id"}
    assert "Sunak" not in entry.summary


def test_defects_a_headline_run_into_the_text_is_no_summary(shared: Any) -> None:
    """MEANTIME's texts run headline, dateline and first sentence together ("Eerste vlucht van
    ' s werelds grootste passagiersvliegtuig ter wereld 27-Apr-05 De A380 ..."; "Boeing secures
    $11bn of aircraft deals April 27, 2005 An American ..."): no summary holds a headline or a
    dateline, and the dateline dates no event."""
    path = shared / "eval" / "stories" / "meantime-cdcr-dev" / "inputs.jsonl"
    heads = ("Eerste vlucht van ' s werelds grootste", "Boeing secures $11bn", "Apple lancia il nuovo Mac")
    rows = [r for r in map(json.loads, path.open(encoding="utf-8")) if r["text"].startswith(heads)]
    assert len(rows) == 3
    for row in rows:
        entries = build_timeline([_doc(row["text"], row["lang"], row.get("published"), row["id"])])
        summaries = [e.summary for e in entries]
        assert summaries and not any(s.startswith(heads) for s in summaries)
        assert not any(d in s for s in summaries for d in ("27-Apr-05", "April 27, 2005", "11 gennaio 2006"))
