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
    ("pl", "2022-10-20", ("Liz Truss po 45 dniach urzędowania złożyła rezygnację ze stanowiska premiera Wielkiej "
                          "Brytanii (20 października)")),
    ("en", "2022-10-20", ("Amid a government crisis, Prime Minister of the United Kingdom Liz Truss (pictured) "
                          "announces her resignation.")),
    ("ms", "2022-10-25", ("Rishi Sunak (gambar) menggantikan Liz Truss sebagai Pemimpin Parti Konservatif dan "
                          "Perdana Menteri United Kingdom.")),
    ("id", "2022-10-25", ("Rishi Sunak (foto) menggantikan Liz Truss sebagai Pemimpin Partai Konservatif dan "
                          "Perdana Menteri Britania Raya.")),
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
    $11bn of aircraft deals April 27, 2005 An American ..."), with initials in the headline ("in
    de V. S. 09-Apr-08") or cut by the splitter at an abbreviation ("Apple Inc." "verdubbelt winst
    18-Jan-07 Apple heeft ..."): no summary holds a headline or a dateline, and the dateline
    dates no event."""
    path = shared / "eval" / "stories" / "meantime-cdcr-dev" / "inputs.jsonl"
    heads = ("Eerste vlucht van ' s werelds grootste", "Boeing secures $11bn", "Apple lancia il nuovo Mac",
             "iTunes van Apple verslaat Wal - Mart", "Apple Inc. verdubbelt winst", "Apple Inc. doubled its")
    rows = [r for r in map(json.loads, path.open(encoding="utf-8")) if r["text"].startswith(heads)]
    assert len(rows) == 6
    for row in rows:
        entries = build_timeline([_doc(row["text"], row["lang"], row.get("published"), row["id"])])
        summaries = [e.summary for e in entries]
        assert summaries and not any(s.startswith(heads) or "verdubbelt winst" in s for s in summaries)
        dates = ("27-Apr-05", "April 27, 2005", "11 gennaio 2006", "09-Apr-08", "18-Jan-07", "January 18, 2007")
        assert not any(d in s for s in summaries for d in dates)


def _rows(shared: Any, data: str, ids: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    path = shared / "eval" / data / "inputs.jsonl"
    return {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8")) if r["id"] in ids}


def test_defects_a_wire_dateline_is_no_summary_nor_lead(shared: Any) -> None:
    """TBAQ's AP wires open with a dateline, run into the first sentence ("MOSCOW (AP)_ The mayor
    of Moscow ...") or on a line of its own ("DAR ES SALAAM, Tanzania (AP) _"): no summary opens
    with one, and the lead, dated by the publication, is the first sentence of the report."""
    rows = _rows(shared, "time/tbaq", ("APW19980227.0468", "APW19980809.0700"))
    leads = {"APW19980227.0468": "The mayor of Moscow has allocated funds",
             "APW19980809.0700": "The bomb outside the U.S. Embassy in Tanzania"}  # fmt: skip
    for doc_id, row in rows.items():
        entries = build_timeline([_doc(row["text"], "en", row["published"], doc_id)])
        assert not any("(AP)" in e.summary for e in entries)
        assert any(e.summary.startswith(leads[doc_id]) for e in entries)


def test_defects_two_numbers_one_text_gives_are_no_conflict(shared: Any) -> None:
    """"At present Ryanair has 91 aircraft and 230 on order" (MEANTIME, in Dutch, English, Italian
    and Spanish): the 91 of one translation is no conflicting report of the 230 of another, since
    each text gives both."""
    ids = ("33bdd1c8b4d6", "b0443602ad76", "d3cbffe58466", "d55fc46686f1")
    rows = _rows(shared, "stories/meantime-cdcr-dev", ids)
    docs = [_doc(r["text"], r["lang"], r["published"], i) for i, r in rows.items()]
    entries = build_timeline(docs, events={i: "e1" for i in rows})
    ryanair = [e for e in entries if "Ryanair" in e.summary and e.kind == "figure"]
    assert ryanair and not any(e.conflicts for e in ryanair)


def test_defects_the_news_of_two_days_is_no_conflict(shared: Any) -> None:
    """TBAQ's embassy bombings: the Cuban government "Friday condemned" the bombs (posted on
    7 August), the Security Council and Bill Clinton condemned them "Thursday" (posted on the
    13th and 14th), a report of the 8th is dated only by its posting. One event of the story
    layer, but no conflicting reports: a day only posted on is no report of a day, and two
    reports that name their day only from their own posting ("Friday", "Thursday") tell the
    news of two days."""
    ids = ("APW19980808.0022", "APW19980813.1117", "XIE19980808.0188", "XIE19980814.0294")
    rows = _rows(shared, "time/tbaq", ids)
    docs = [_doc(r["text"], "en", r["published"], i) for i, r in rows.items()]
    entries = build_timeline(docs, events={i: "e1" for i in ids})
    assert not any(e.conflicts for e in entries)
    assert {e.date for e in entries if "condemned" in e.summary} >= {"1998-08-07", "1998-08-13"}


def test_defects_a_quoted_figure_is_one_entry(shared: Any) -> None:
    """"Air India says the new fuel-efficient airliner will save US$ 300 million in fuel a year"
    (MEANTIME) was a statement and a figure of one sentence on one day, two entries side by side:
    it is one, the figure's, with its speaker."""
    row = _rows(shared, "stories/meantime-cdcr-dev", ("731d3cfc7e1a",))["731d3cfc7e1a"]
    entries = build_timeline([_doc(row["text"], row["lang"], row["published"], "b")])
    said = [e for e in entries if e.summary.startswith("Air India says the new fuel-efficient airliner")]
    assert said and {e.kind for e in said} == {"figure"}
    assert all(m.speaker for e in said for m in e.members)


def test_defects_a_day_within_the_quarter_agrees_with_it(shared: Any) -> None:
    """"Apple heeft zijn winst met 78 procent zien stijgen in het afgelopen kwartaal dat eindigde
    op 30 december 2006" and "78 percent increase in its profits during the last quarter"
    (2006-Q4), translations of one MEANTIME article: one figure, no conflict of days."""
    ids = ("2eec6e71b47d", "523479304619", "bf1d843e41f6")
    rows = _rows(shared, "stories/meantime-cdcr-dev", ids)
    docs = [_doc(r["text"], r["lang"], r["published"], i) for i, r in rows.items()]
    entries = build_timeline(docs, events={i: "e1" for i in ids})
    profit = [e for e in entries if any(m.figure and m.figure.get("value") == 78 for m in e.members)]
    assert len(profit) == 1 and not profit[0].conflicts and {s.doc_id for s in profit[0].sources} == set(ids)


def test_defects_the_title_as_first_line_is_no_entry(seed_dicts: list[dict[str, Any]]) -> None:
    """The seeds write their title as their first line ("Stoltenberg Rules Out Rushed NATO Exit
    From Afghanistan", "NATO: Taliban Must Allow Passage to Those Wishing to Leave ..."): a
    headline, no event of the timeline; the statements and events below it stay."""
    titles = {d["title"] for d in seed_dicts if d.get("title")}
    entries = build_timeline(seed_dicts)
    assert len(titles) == 2 and not any(e.summary in titles for e in entries)
    assert any(e.date == "2020-10-21" and "Stoltenberg" in e.summary for e in entries)


def test_defects_an_entry_is_of_its_summarys_kind() -> None:
    """The French ITN blurb "20 octobre : ... Liz Truss (photo) annonce sa démission après
    seulement 44 jours en poste" is read as a statement by the quotes layer; the resignation's
    other reports are events and one of them is the summary: the entry is an event."""
    fr = ("20 octobre : la Première ministre du Royaume-Uni Liz Truss (photo) annonce sa démission après "
          "seulement 44 jours en poste, un record dans le pays.")  # fmt: skip
    docs = [_doc(fr, "fr", "2022-10-20", "a-fr")] + [_doc(text, lang, posted, lang) for lang, posted, text in TRUSS]
    entries = build_timeline(docs, lang="en", events={d["id"]: "e1" for d in docs})
    (entry,) = [e for e in entries if any(s.doc_id == "a-fr" for s in e.sources)]
    assert entry.summary.startswith("Amid a government crisis") and entry.kind == "event"


def test_defects_an_entity_timeline_keeps_apart_what_different_texts_say_of_it(shared: Any) -> None:
    """PolNeAR (September 2016): Hillary Clinton's timeline had one entry of six texts posted over
    two weeks (her tax plan, a DNC contingency plan, Obama's climate record...), dated on the first:
    her own name, "Mrs" and "Mr" were the anchors they shared, and a text's undated sentences were
    taken for later reports of an earlier one's."""
    keys = ("obama-on-climate-change", "laws-don-t-apply", "former-dnc-chairman", "clinton-plan-for-taxes",
            "obama-sees-personal-insult", "derelict-obama")  # fmt: skip
    path = shared / "eval" / "quotes" / "polnear-dev" / "inputs.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if any(k in line for k in keys)]
    docs = [_doc(r["text"], "en", r["published"], r["id"]) for r in rows]
    posted = {r["id"]: r["published"][:10] for r in rows}
    entries = build_timeline(docs, entity="Hillary Clinton")
    assert len(rows) == 6 and len(entries) > 50
    for entry in entries:
        days = {posted[ref.doc_id] for ref in entry.sources}
        assert len(days) == 1 or entry.precision != "day", (entry.summary, days)


def test_defects_leads_about_an_entity_still_merge_across_scripts(shared: Any) -> None:
    """The entity's own name anchors nothing in a text's other sentences, but two leads of one day
    about it are one report: Pelé's death in Ukrainian ("Помер «Король футболу» Пеле (29 грудня)")
    joins the English and Portuguese blurbs."""
    path = shared / "eval" / "stories" / "itn-dev" / "inputs.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    wanted = [r for r in rows if r["id"] in ("a8deb50cdcfd", "0ad2f5c87cd8")]  # posted 29 December, 4 January
    docs = [_doc(r["text"], r["lang"], r["published"], r["id"]) for r in wanted]
    entries = build_timeline(docs, entity="Pelé", events={r["id"]: "e1" for r in wanted})  # one story-layer event
    assert len(wanted) == 2 and len(entries) == 1 and len(entries[0].sources) == 2
