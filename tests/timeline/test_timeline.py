"""The timeline from contract dicts: the seeds with hand-built time and quote layers (as the
time and quotes layers will fill them), merging across sources, conflicts and the exports."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from storyline.timeline import build_timeline, timelinejs, unstamped
from storyline.timeline.entries import SourceRef, candidates, near_publication, parse_value, period
from storyline.timeline.export import start_date
from storyline.timeline.merge import Entry

# (seed prefix, needle, TIMEX3 value) as the time layer anchors them.
TIMES = [
    ("000", "in February", "2020-02"),
    ("000", "on October 21", "2020-10-21"),
    ("000", "by May 2021", "2021-05"),
    ("003", "i februar i år", "2020-02"),
    ("003", "i dag", "2020-12"),
    ("002", "on August 20, 2021", "2021-08-20"),
    ("002", "Friday", "2021-08-20"),
]
QUOTES = [
    ("000", "We went into Afghanistan together", "Jens Stoltenberg"),
    ("003", "Dette er første gang det undertegnes en avtale mellom partene", "Jens Stoltenberg"),
]
PUBLISHED = {"000": "2020-10-21", "002": "2021-08-20", "003": "2020-12"}


def _seed(docs: list[dict[str, Any]], prefix: str) -> dict[str, Any]:
    return next(d for d in docs if f"/{prefix}_" in d["source"])


def _span(doc: dict[str, Any], needle: str) -> tuple[int, int]:
    start = doc["text"].index(needle)
    return start, start + len(needle)


@pytest.fixture(scope="module")
def layered(seed_dicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The seeds with times, quotes and publication dates filled by hand."""
    docs = copy.deepcopy(seed_dicts)
    for prefix, value in PUBLISHED.items():
        _seed(docs, prefix)["published"] = {"value": value, "precision": "day" if len(value) == 10 else "month"}
    for prefix, needle, value in TIMES:
        doc = _seed(docs, prefix)
        start, end = _span(doc, needle)
        doc["times"].append({"text": needle, "start": start, "end": end, "type": "date", "value": value})
    for prefix, needle, speaker in QUOTES:
        doc = _seed(docs, prefix)
        start, end = _span(doc, needle)
        doc["quotes"].append({"text": needle, "start": start, "end": end, "direct": True,
                              "speaker": {"name": speaker, "mention": None}})  # fmt: skip
    return docs


def _find(entries: list[Entry], date: str, kind: str | None = None) -> list[Entry]:
    return [e for e in entries if e.date.startswith(date) and (kind is None or e.kind == kind)]


def test_timeline_seeds_have_the_four_dated_entries(layered: list[dict[str, Any]]) -> None:
    entries = build_timeline(layered)
    doha = _find(entries, "2020-02", "event")
    assert doha and any("Doha" in e.summary for e in doha)
    assert any("/000_" in s.source for e in doha for s in e.sources)
    statement = _find(entries, "2020-10-21", "statement")
    assert any(e.precision == "day" and "We went into Afghanistan together" in e.summary for e in statement)
    december = _find(entries, "2020-12")
    assert december and all("/003_" in s.source for e in december for s in e.sources)
    assert any("første gang det undertegnes en avtale" in e.summary for e in december)
    august = _find(entries, "2021-08-20")
    assert august and any("/002_" in s.source for e in august for s in e.sources)
    dates = [e.date for e in entries]
    assert dates == sorted(dates)


def test_timeline_seeds_end_to_end_with_the_pipeline_layers(seed_dicts: list[dict[str, Any]]) -> None:
    """The seeds through the real time and quotes layers (no hand-built items)."""
    entries = build_timeline(seed_dicts)

    def has(date: str, seed: str, text: str, kind: str | None = None) -> bool:
        return any(text in e.summary and any(f"/{seed}_" in s.source for s in e.sources)
                   for e in _find(entries, date, kind))  # fmt: skip

    assert has("2020-02", "000", "a deal signed by the United States and the Taliban in Doha", "event")
    assert has("2020-10-21", "000", "We went into Afghanistan together", "statement")
    assert has("2020-12", "003", "første gang det undertegnes en avtale")
    assert has("2021-08-20", "002", "NATO foreign ministers said Friday")
    assert all(len({(s.doc_id, s.start) for s in e.sources}) == len(e.sources) for e in entries)


def test_timeline_sources_carry_offsets_of_the_sentence(layered: list[dict[str, Any]]) -> None:
    for entry in build_timeline(layered):
        for ref in entry.sources:
            doc = next(d for d in layered if d["id"] == ref.doc_id)
            assert " ".join(doc["text"][ref.start : ref.end].split())[:40] in " ".join(doc["text"].split())
            assert 0 <= ref.start < ref.end <= len(doc["text"])


def test_timeline_entity_filter_and_preferred_language(layered: list[dict[str, Any]]) -> None:
    entries = build_timeline(layered, entity="Stoltenberg")
    assert entries and all("Stoltenberg" in e.summary or e.kind == "statement" for e in entries)
    assert not build_timeline(layered, entity="Pompeo Baradar Nobody")


def test_timeline_a_texts_sentences_are_separate_entries(layered: list[dict[str, Any]]) -> None:
    """Stoltenberg's several statements of 20 August 2021 in one article are several entries, and
    an entry's sources are different texts (reports of one thing), never one article twice."""
    entries = build_timeline(layered)
    assert all(len({s.doc_id for s in e.sources}) == len(e.sources) for e in entries)
    said = [e for e in entries if e.kind == "statement" and e.date == "2021-08-20"]
    assert len(said) >= 3


def test_timeline_copies_are_one_source_with_outlets(layered: list[dict[str, Any]]) -> None:
    doc = _seed(layered, "000")
    reprint = copy.deepcopy(doc)
    reprint["id"], reprint["source"] = "reprint", "https://other.example/copy"
    entries = build_timeline([doc, reprint])
    statement = _find(entries, "2020-10-21", "statement")[0]
    assert len(statement.sources) == 1
    assert statement.sources[0].outlets == ["https://other.example/copy"]


INTROS = {"a": "Officials in Brussels confirmed it:", "b": "According to a Pentagon report,", "c": "Critics say"}


def _figure_doc(doc_id: str, value: int, lang: str = "en") -> dict[str, Any]:
    text = f"{INTROS[doc_id]} NATO had {value} troops in Afghanistan in August 2020."
    start = text.index(str(value))
    return {
        "id": doc_id, "source": doc_id, "lang": lang, "text": text, "published": "2020-09-01",
        "sentences": [{"start": 0, "end": len(text), "kind": "body"}],
        "figures": [{"text": str(value), "start": start, "end": start + len(str(value)), "value": value,
                     "measure": "troops", "subject": {"canonical": "NATO"}, "as_of": "2020-08"}],
    }  # fmt: skip


def test_timeline_figure_conflicts_stay_visible() -> None:
    entries = build_timeline([_figure_doc("a", 12000), _figure_doc("b", 12000), _figure_doc("c", 10000)])
    figures = [e for e in entries if e.kind == "figure"]
    assert len(figures) == 1
    assert [s.source for s in figures[0].sources] == ["a", "b"]
    assert figures[0].conflicts[0]["value"] == 10000 and figures[0].conflicts[0]["source"] == "c"


def test_timeline_qualified_figures_within_tolerance_agree() -> None:
    a, b = _figure_doc("a", 12000), _figure_doc("b", 12500)
    exact = [e for e in build_timeline([a, b]) if e.kind == "figure"]
    assert len(exact) == 1 and len(exact[0].conflicts) == 1  # two exact values that differ: a conflict
    a["figures"][0]["qualifier"] = {"text": "around", "canonical": "about"}
    figures = [e for e in build_timeline([a, b]) if e.kind == "figure"]
    assert len(figures) == 1 and not figures[0].conflicts and len(figures[0].sources) == 2


def test_timeline_figures_of_different_quantities_are_no_conflict() -> None:
    """A sum or share of the same subject and month with another value is another figure (of
    what, the layer does not know), and so is a count ten times larger."""
    a, b = _figure_doc("a", 12000), _figure_doc("b", 120000)
    assert all(not e.conflicts for e in build_timeline([a, b]))
    assert len([e for e in build_timeline([a, b]) if e.kind == "figure"]) == 2
    a, b = _figure_doc("a", 12000), _figure_doc("b", 10000)
    for doc in (a, b):
        doc["figures"][0]["measure"] = "money:USD"
    assert all(not e.conflicts for e in build_timeline([a, b]))


def test_timeline_bad_items_are_skipped() -> None:
    doc = {"id": "x", "text": "Nothing here.", "times": [{"start": 0, "end": 3, "value": "P2Y", "type": "duration"}],
           "quotes": [{"text": "no start"}], "figures": ["junk"]}  # fmt: skip
    assert candidates(doc) == []
    assert build_timeline([doc, {"id": "y"}]) == []


@pytest.mark.parametrize(
    ("value", "parsed"),
    [("2020-10-21", ("2020-10-21", "day")), ("2020-10-21T14:30", ("2020-10-21", "day")), ("2021-Q1", ("2021-Q1", "quarter")),
     ("2020", ("2020", "year")), ("PRESENT_REF", None), ("P2Y", None), (None, None)],
)  # fmt: skip
def test_entries_parse_timex3_values(value: Any, parsed: tuple[str, str] | None) -> None:
    assert parse_value(value) == parsed


def test_entries_statement_dates_near_publication_only() -> None:
    assert period("2020-02", "month") == (period("2020-02-01", "day")[0], period("2020-02-29", "day")[0])
    assert near_publication(("2020-10-21", "day"), ("2020-10", "month"))
    assert near_publication(("2020-09-25", "day"), ("2020-10-21", "day"))
    assert not near_publication(("2001", "year"), ("2020-10-21", "day"))
    assert not near_publication(("2020-12-25", "day"), ("2020-10-21", "day"))


def test_export_timelinejs_format(layered: list[dict[str, Any]]) -> None:
    doc = timelinejs(build_timeline(layered), title="NATO and Afghanistan")
    assert doc["title"]["text"]["headline"] == "NATO and Afghanistan"
    first = doc["events"][0]
    assert set(first) == {"start_date", "text", "group", "unique_id"}
    assert [e["start_date"]["year"] for e in doc["events"]] == sorted(e["start_date"]["year"] for e in doc["events"])
    assert any(e["start_date"] == {"year": 2020, "month": 10, "day": 21} for e in doc["events"])
    assert start_date("2021-Q2", "quarter") == {"year": 2021, "month": 4}
    assert start_date("2020-12", "month") == {"year": 2020, "month": 12}
    assert SourceRef("s", "d", "en", 0, 1).to_dict() == {"source": "s", "start": 0, "end": 1, "id": "d", "lang": "en"}


def test_timeline_stamped_publication_dates_are_not_dates(shared: Any) -> None:
    """itn-dev dates all 19 Danish blurbs 2018-01-05 (an import stamp, years before the events
    they report): Liz Truss's timeline over the whole set has no 2018 entry, while the Danish
    blurb's own words still count when they carry a full date."""
    import json

    from storyline.model import Document
    from storyline.pipeline import Options, run
    from storyline.time.evaluate import published_of

    options = Options(components=("clean", "sentences", "times"))
    docs = []
    path = shared / "eval" / "stories" / "itn-dev" / "inputs.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        doc = Document(id=row["id"], text=row["text"], source=row["id"], lang=row["lang"],
                       published=published_of(row["published"]))  # fmt: skip
        docs.append(run(doc, options).to_dict())
    danish = [d for d in docs if d["lang"] == "da" and "Truss" in d["text"]]
    assert danish and all(d["published"]["value"] == "2018-01-05" for d in danish)
    entries = build_timeline(docs, entity="Liz Truss")
    assert entries and not [e for e in entries if e.date.startswith("2018")]
    assert min(e.date for e in entries) >= "2022-09"
    stamped = unstamped({**danish[0], "times": [{"start": 0, "end": 4, "anchor": "publication", "value": "2018-01-05"}],
                         "figures": [{"value": 45, "as_of": {"value": "2018-01-05", "source": "published"}}, "junk"]})  # fmt: skip
    assert stamped["published"] is None and stamped["times"] == []
    assert stamped["figures"] == [{"value": 45, "as_of": None}, "junk"]


def test_timeline_cli_uses_the_stamps_the_build_found(shared: Any, tmp_path: Any) -> None:
    """A build over ITN blurbs saves the stamps it found; the entity timeline, which reads only
    the documents naming the entity (too few to show a stamp), still drops the Danish 2018 one."""
    import json

    import storyline
    from storyline.cli.timeline import timeline_entries

    rows = [json.loads(line) for line in (shared / "eval/stories/itn-dev/inputs.jsonl").read_text().splitlines()]
    keep = [r for r in rows if r["lang"] in ("da", "sv", "fi", "fr")]
    path = tmp_path / "itn.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep), encoding="utf-8")
    db = str(tmp_path / "s.db")
    storyline.build([path], db=db)
    with storyline.open_store(db) as store:
        assert {r["group"]: r["day"] for r in store.load_derived("stamps")} == {"lang:da": "2018-01-05"}
    entries = timeline_entries(db, None, "Liz Truss", None)
    assert entries and min(e.date for e in entries) >= "2022-09"


def test_timeline_merge_evaluation_scores_pairs(tmp_path) -> None:
    from types import SimpleNamespace

    from storyline.timeline.evaluate_merge import main, score

    def entry(*ids: str) -> SimpleNamespace:
        return SimpleNamespace(sources=[SimpleNamespace(doc_id=i) for i in ids])

    subject = {"a": "Q1", "b": "Q1", "c": "Q2", "d": "Q1", "e": "Q1"}
    posted = {"a": "2022-10-20", "b": "2022-10-21", "c": "2022-10-20", "d": "2022-10-25", "e": "2022-12-01"}
    # merged pairs: (a,b) right, (a,c) (b,c) wrong; Q1 pairs posted within a week: (a,b) (a,d) (b,d)
    assert score([entry("a", "b", "c"), entry("d"), entry("e")], subject, posted) == {"pair_p": 0.3333, "pair_r": 0.3333}
    assert main([str(tmp_path)]) == 2  # no docs.jsonl: a clear error, no traceback


def test_timeline_later_undated_report_joins_the_dated_entry() -> None:
    """A blurb dated only by its posting, four days after another text dates the award, reports
    the same thing: one entry with two sources, not a conflicting report."""
    dated = {"id": "fr", "source": "fr", "lang": "fr", "published": "2022-10-04",
             "text": "3 octobre : le prix Nobel de physiologie est attribué au Suédois Svante Pääbo.",
             "sentences": [{"start": 0, "end": 79, "kind": "body"}],
             "times": [{"start": 0, "end": 9, "value": "2022-10-03", "type": "date"}]}  # fmt: skip
    later = {"id": "en", "source": "en", "lang": "en", "published": "2022-10-07",
             "text": "Svante Pääbo is awarded the Nobel Prize in Physiology or Medicine.",
             "sentences": [{"start": 0, "end": 66, "kind": "body"}]}  # fmt: skip
    entries = build_timeline([dated, later])
    (entry,) = [e for e in entries if "Pääbo" in e.summary]
    assert entry.date == "2022-10-03" and {s.source for s in entry.sources} == {"fr", "en"} and not entry.conflicts


@pytest.mark.parametrize(
    ("text", "lang", "published", "date"),
    [  # ITN blurbs: the lead reports what happened lately, not the reference point it names
        ("Et bankstormløb på Silicon Valley Bank udløser det næststørste amerikanske bankkrak siden 1970'erne.",
         "da", "2023-03-12", "2023-03-12"),
        ("A bank run on Silicon Valley Bank causes the largest bank failure in the US since 2008.",
         "en", "2023-03-12", "2023-03-12"),
        ("Det högsta antalet sedan 1859.", "sv", None, None),  # a stamp or no publication date: undated
        ("NATO has been in Afghanistan since 2003 and ended combat operations in 2014.", "en", "2021-08-20", "2014"),
    ],
)
def test_candidates_lead_is_never_dated_by_since(text: str, lang: str, published: str | None, date: str | None) -> None:
    from storyline.api import analyze_text

    doc = analyze_text(text, lang=lang, published=published).to_dict()
    events = [c for c in candidates(doc) if c.kind == "event" and c.lead]
    assert [c.date for c in events] == ([date] if date else [])


def test_timeline_a_wire_dateline_is_no_event() -> None:
    """Xinhua (TimeBank/AQUAINT): "JOHANNESBURG, August 7 (Xinhua) --" holds a date but reports
    nothing; the entry of that day is the lead that follows it."""
    from storyline.api import analyze_text

    text = ("JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa deplored Friday the bomb blasts which killed "
            "scores of people outside embassies in Nairobi and Dar es Salaam.")
    doc = {**analyze_text(text, lang="en", published="1998-08-07").to_dict(), "id": "x", "source": "x"}
    summaries = [e.summary for e in build_timeline([doc])]
    assert summaries and not any("Xinhua" in s for s in summaries)
