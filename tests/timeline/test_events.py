"""Timeline entries merging the reports of one event across languages, with the story layer's
events as evidence: ITN blurbs of one occurrence in several languages and scripts, which share
too few anchors to merge on their words alone."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.timeline import build_timeline, story_groups
from storyline.timeline.merge import Entry

# Real ITN blurbs (itn-dev) of the Istanbul bombing of 13 November 2022, and of the Artemis 1
# launch of the same week, as (posted, text).
BLURBS = {
    "en": ("2022-11-14", "At least six people are killed and 81 injured in a bombing in Istanbul, Turkey."),
    "uz": ("2022-11-14", "Istanbuldagi portlash natijasida 6 kishi halok boʻldi, 81 kishi yaralandi."),
    "th": ("2022-11-15", "มีผู้เสียชีวิตอย่างน้อยหกราย บาดเจ็บ 81 คน จากเหตุระเบิดในอิสตันบูล ประเทศตุรกี"),
    "ru": ("2022-11-14", "В центре Стамбула, на одной из главных туристических улиц Истикляль, произошёл теракт."),
    "pt": ("2022-11-16", "NASA lança a missão Artemis 1 rumo à Lua."),
}
BOMBING = {"en": "e-bombing", "uz": "e-bombing", "th": "e-bombing", "ru": "e-bombing", "pt": "e-artemis"}


def _blurb(lang: str, text: str | None = None, posted: str | None = None) -> dict[str, Any]:
    day, own = BLURBS.get(lang, ("2022-11-14", ""))
    text = text or own
    return {"id": lang, "source": lang, "lang": lang, "text": text, "published": posted or day,
            "sentences": [{"start": 0, "end": len(text), "kind": "body"}]}  # fmt: skip


def _dated(lang: str, text: str, posted: str, written: str, value: str) -> dict[str, Any]:
    """A blurb whose text writes the day ``value`` as ``written`` (the time layer's item)."""
    doc = _blurb(lang, text, posted)
    start = text.index(written)
    doc["times"] = [{"start": start, "end": start + len(written), "value": value, "type": "date"}]
    return doc


def _holding(entries: list[Entry], doc_id: str) -> Entry:
    (entry,) = [e for e in entries if any(s.doc_id == doc_id for s in e.sources)]
    return entry


def test_events_leads_of_one_event_merge_across_scripts() -> None:
    """Without events the four reports are four entries (they share a number, a country or a
    name skeleton at best); with the story layer's event they are one, dated by the earliest
    posting, with a source per language. The Russian lead shares no name skeleton ("Стамбула",
    ``stmbl``, not ``stnbl``) but the city, Istanbul's GeoNames id: it joins too."""
    docs = [_blurb(lang) for lang in BLURBS]
    assert len([e for e in build_timeline(docs) if e.date < "2022-11-16"]) == 4
    entries = build_timeline(docs, events=BOMBING)
    merged = _holding(entries, "en")
    assert {s.source for s in merged.sources} == {"en", "uz", "th", "ru"}
    assert merged.date == "2022-11-14" and not merged.conflicts
    assert _holding(entries, "pt") is not merged


def test_events_another_event_of_the_week_stays_apart() -> None:
    """The same blurbs with the Artemis launch put in the bombing's event by mistake: a lead of
    another occurrence that shares no anchor with the entry is not merged into it."""
    docs = [_blurb(lang) for lang in ("en", "pt")]
    entries = build_timeline(docs, events={"en": "e1", "pt": "e1"})
    assert len(entries) == 2


def test_events_a_texts_other_sentences_never_merge() -> None:
    """Only a document's lead stands for its event: the second sentence of a report, and the
    two sentences of one text, stay entries of their own."""
    second = "On 14 November the police arrest a suspect in Istanbul, Turkey, for the bombing."
    text = BLURBS["en"][1] + " " + second
    at = text.index("14 November")
    long = {**_blurb("en", text), "sentences": [{"start": 0, "end": 80, "kind": "body"},
                                                 {"start": 81, "end": len(text), "kind": "body"}],
            "times": [{"start": at, "end": at + 11, "value": "2022-11-14", "type": "date"}]}  # fmt: skip
    entries = build_timeline([long, _blurb("uz")], events={"en": "e1", "uz": "e1"})
    assert {s.source for s in _holding(entries, "uz").sources} == {"en", "uz"}
    assert len(entries) == 2 and all(len({s.start for s in e.sources if s.doc_id == "en"}) == 1 for e in entries)


def _toll(lang: str, value: int, posted: str, text: str) -> dict[str, Any]:
    """A blurb whose lead counts the dead, with its figure as the figures layer gives it."""
    doc = _blurb(lang, text, posted)
    start = text.index(str(value))
    doc["figures"] = [{"text": str(value), "start": start, "end": start + len(str(value)), "value": value,
                       "measure": "dead", "as_of": {"value": posted, "source": "published"}}]  # fmt: skip
    return doc


def test_events_conflicting_counts_of_one_day_stay_side_by_side() -> None:
    """Two reports of one event posted the same day with different tolls: one entry, the other
    count beside it as a conflict; a higher toll posted days later is the count updated, a later
    report of the same event, not a conflict."""
    en = _toll("en", 87, "2022-10-03",
               "Hurricane Ian impacts Cuba and the United States, leaving at least 87 people dead.")  # fmt: skip
    pt = _toll("pt", 84, "2022-10-03", "Furacão Ian causa prejuízos e deixa 84 mortos nos Estados Unidos e Cuba.")
    later = _toll("fr", 100, "2022-10-05", "L'ouragan Ian fait plus de 100 morts à Cuba et aux États-Unis.")
    events = {"en": "e1", "pt": "e1", "fr": "e1"}
    (entry,) = build_timeline([en, pt], events=events)
    assert [s.source for s in entry.sources] == ["en"] and [c["value"] for c in entry.conflicts] == [84]
    (entry,) = build_timeline([en, later], events=events)
    assert {s.source for s in entry.sources} == {"en", "fr"} and not entry.conflicts


def test_events_two_days_named_for_one_occurrence_are_a_conflict() -> None:
    """Two reports of one event whose texts name different days: the later stays beside the
    entry as a conflicting report, with its own date and source; the same two leads in one
    story but different events are two entries of the arc."""
    fr = _blurb("fr", "13 novembre : un attentat à Istanbul fait 6 morts et 81 blessés.", "2022-11-14")
    uz = _blurb("uz", "15-noyabr: Istanbuldagi portlash natijasida 6 kishi halok boʻldi, 81 kishi yaralandi.")
    fr["times"] = [{"start": 0, "end": 11, "value": "2022-11-13", "type": "date"}]
    uz["times"] = [{"start": 0, "end": 9, "value": "2022-11-15", "type": "date"}]
    (entry,) = build_timeline([fr, uz], events={"fr": "e1", "uz": "e1"})
    assert entry.date == "2022-11-13" and [s.source for s in entry.sources] == ["fr"]
    assert [(c["date"], c["source"]) for c in entry.conflicts] == [("2022-11-15", "uz")]
    entries = build_timeline([fr, uz], events={"fr": "e1", "uz": "e2"}, stories={"fr": "s1", "uz": "s1"})
    assert len(entries) == 2 and not any(e.conflicts for e in entries)


@pytest.fixture(scope="module")
def itn_timeline(itn_docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Entry], list[Entry]]:
    """Every ITN dev blurb through the pipeline, the story index over them, and one timeline
    over all, with and without the events and stories found (as ``evaluate_merge`` measures it)."""
    from storyline.api import analyze_text

    docs = []
    for row in itn_docs:
        full = analyze_text(row["text"], lang=row["lang"], published=row["published"]).to_dict()
        docs.append({**full, "id": row["id"], "source": row["id"]})
    return docs, build_timeline(docs, **story_groups(docs)), build_timeline(docs)


def test_events_itn_bombing_reports_are_one_entry(
    itn_docs: list[dict[str, Any]], itn_timeline: tuple[list[dict[str, Any]], list[Entry], list[Entry]]
) -> None:
    """The Istanbul bombing's blurbs in English, French, Russian, Uzbek, Portuguese, Thai and
    Malay (posted on 14 and 15 November) are one entry with every one of them as a source, where the
    timeline without events had them in five entries or more; no blurb of another event posted
    that week (the Artemis 1 launch, the G20 summit, the Kazakh election) is in it."""
    subject = {row["id"]: row["event"] for row in itn_docs}
    posted = {row["id"]: row["published"] for row in itn_docs}
    _, entries, without = itn_timeline
    reports = ["e0b7fc24d15a", "a793f3f73995", "053caa6d1145", "389a2d3c0241", "3d75f2d8260e", "e9d1f74953ac",
               "daee572d7a3a"]  # fmt: skip
    entry = _holding(entries, reports[0])
    ids = {s.doc_id for s in entry.sources}
    assert set(reports) <= ids and len({s.lang for s in entry.sources}) >= 7
    assert len({id(_holding(without, r)) for r in reports}) >= 5
    week = {i for i, day in posted.items() if "2022-11-13" <= day <= "2022-11-20"}
    assert all(subject[i] == subject[reports[0]] for i in ids)
    assert len(week - {i for i in week if subject[i] == subject[reports[0]]}) > 20  # other events were there


def test_events_a_build_keeps_them_for_the_timeline(shared: Any, tmp_path: Any) -> None:
    """``storyline build`` saves the events with the stories; the timeline of the store (the CLI's,
    the report's, the build's own) reads them back, so the bombing's reports are one entry."""
    import storyline
    from storyline.cli.timeline import timeline_entries
    from storyline.stories import events_of

    db = str(tmp_path / "s.db")
    storyline.build([shared / "eval/stories/itn-dev/inputs.jsonl"], db=db)
    with storyline.open_store(db) as store:
        events = events_of(store)
        by_text = {d["text"]: d["id"] for d in store.iter_documents()}
    english = by_text[BLURBS["en"][1]]
    assert events[english] == events[by_text[BLURBS["uz"][1]]]
    entry = _holding(timeline_entries(db, None, None, None), english)
    assert len({s.lang for s in entry.sources}) >= 4


def test_events_two_occurrences_of_one_event_are_no_conflict() -> None:
    """The story layer may put the medicine and the physics Nobel (ITN, 3 and 4 October) in one
    event: each text names laureates the other does not, so the second is an entry of its own,
    not a conflicting date of the first; the runoff four weeks after a first round is no
    conflicting date either."""
    med = _dated("sv", "Svante Pääbo tilldelas Nobelpriset i fysiologi eller medicin. (3 oktober 2022)",
                 "2022-10-03", "3 oktober 2022", "2022-10-03")  # fmt: skip
    phys = _dated("fr", "4 octobre : le prix Nobel de physique est attribué au Français Alain Aspect, à l'Américain "
                  "John Clauser et à l'Autrichien Anton Zeilinger.", "2022-10-05", "4 octobre", "2022-10-04")  # fmt: skip
    entries = build_timeline([med, phys], events={"sv": "e1", "fr": "e1"})
    assert sorted((e.date, [s.source for s in e.sources], e.conflicts) for e in entries) == [
        ("2022-10-03", ["sv"], []), ("2022-10-04", ["fr"], [])]  # fmt: skip
    first = _blurb("nb", "Luiz Inácio Lula da Silva og Jair Bolsonaro går videre til andre valgomgang i Brasil.", "2022-10-02")
    runoff = _dated("pl", "Luiz Inácio Lula da Silva wygrał II turę wyborów prezydenckich w Brazylii, pokonując "
                    "Jaira Bolsonaro (30 października).", "2022-10-31", "30 października", "2022-10-30")  # fmt: skip
    entries = build_timeline([first, runoff], events={"nb": "e1", "pl": "e1"})
    assert len(entries) == 2 and not any(e.conflicts for e in entries)


def test_events_a_report_writing_its_own_day_keeps_out_of_an_entry_written_another() -> None:
    """ITN's Nobel week in one event of the story layer: the physics Nobel written "4 octobre"
    (posted on the 5th) does not join the medicine Nobel's entry, written as the 3rd, through a
    report of it dated only by its posting; an undated report posted near still joins."""
    med = _dated("sv", "Svante Pääbo tilldelas Nobelpriset i fysiologi eller medicin. (3 oktober 2022)",
                 "2022-10-03", "3 oktober 2022", "2022-10-03")  # fmt: skip
    undated = _blurb("pt", "Svante Pääbo ganha Nobel de Fisiologia ou Medicina.", "2022-10-03")
    phys = _dated("fr", "4 octobre : le prix Nobel de physique est attribué au Français Alain Aspect.", "2022-10-05",
                  "4 octobre", "2022-10-04")  # fmt: skip
    entries = build_timeline([med, undated, phys], events={"sv": "e1", "pt": "e1", "fr": "e1"})
    assert sorted(sorted(s.source for s in e.sources) for e in entries) == [["fr"], ["pt", "sv"]]


def test_events_translations_of_one_figure_are_one_entry() -> None:
    """MEANTIME's translations through the pipeline: "144 planes", "144 aerei", "144 machines",
    "144 aviones" are one entry (the figures' counted nouns meet on their series key, as series
    do); two counts of passengers with no owner ("it carries") are two entries, no conflict."""
    from storyline.api import analyze_text

    texts = {"en": "144 planes have already been ordered.", "it": "Sono già stati ordinati 144 aerei.",
             "nl": "Er zijn al 144 machines besteld.", "es": "Ya se han pedido 144 aviones."}  # fmt: skip
    docs = []
    for lang, text in texts.items():
        doc = analyze_text(text, lang=lang, published="2005-04-27").to_dict()
        docs.append({**doc, "id": lang, "source": lang})
    entries = [e for e in build_timeline(docs) if e.kind == "figure"]
    assert [sorted(s.source for s in e.sources) for e in entries] == [["en", "es", "it", "nl"]]
    big = analyze_text("It carries between 305 and 550 passengers.", lang="en", published="2005-04-27").to_dict()
    small = analyze_text("Può trasportare dai 200 ai 350 passeggeri.", lang="it", published="2005-04-27").to_dict()
    entries = build_timeline([{**big, "id": "a", "source": "a"}, {**small, "id": "b", "source": "b"}])
    assert not any(e.conflicts for e in entries)


def test_events_other_sentences_naming_the_same_people_are_no_conflict(shared: Any) -> None:
    """PolNeAR's US election articles had 19 "conflicting reports": sentences inside articles
    that name Hillary Clinton or Donald Trump on two days of one week ("Mary J. Blige sings to
    Hillary Clinton" against "Hillary Clinton didn't need an earthshaking event on Monday"). Only
    what two texts lead with can report one occurrence on two days."""
    import json

    from storyline.api import analyze_text

    wanted = ("breitbart_2016-09-25_pence", "breitbart_2016-09-28_mary-j", "huff-post_2016-09-22_trump",
              "politico_2016-09-25_poll", "wash-post_2016-09-29_the-real")  # fmt: skip
    path = shared / "eval" / "quotes" / "polnear-dev" / "inputs.jsonl"
    rows = [r for r in map(json.loads, path.open(encoding="utf-8")) if r["id"].startswith(wanted)]
    docs = [{**analyze_text(r["text"], lang="en", published=r.get("published")).to_dict(), "id": r["id"],
             "source": r["id"]} for r in rows]  # fmt: skip
    assert len(docs) == 5 and not any(e.conflicts for e in build_timeline(docs))


# Real ITN blurbs (itn-dev) of Pelé's death on 29 December 2022 and of Liz Truss's resignation on
# 20 October 2022, as (posted, text): each language's report in its own event of the story layer,
# the reports of one person in one story, sharing too few words for the story's overlap.
PELE = {
    "en": ("2022-12-29", "Brazilian footballer Pelé (pictured) dies at the age of 82."),
    "ckb": ("2022-12-29", "٢٩ی کانوونی یەکەم– پێلێ (لە وێنەکەدا) یاریزانی پێشووی تۆپی پێی بەڕازیل لە تەمەنی ٨٢ ساڵیدا کۆچی دوایی کرد."),
    "ta": ("2022-12-30", "பிரேசிலின் காற்பந்து வீரர் பெலே (படம்) தனது 82-ஆவது அகவையில் காலமானார்."),
}
TRUSS = {
    "en": ("2022-10-21", "Amid a government crisis in the United Kingdom, Prime Minister Liz Truss (pictured) announces her resignation."),
    "ru": ("2022-10-20", "Премьер-министр Великобритании Лиз Трасс подала в отставку с постов лидера консервативной партии и премьер-министра. Её премьерство будет самым коротким в истории Великобритании."),
    "sunak": ("2022-10-25", "Риши Сунак (на илл.) стал лидером Консервативной партии Великобритании и занял пост британского премьера."),
}  # fmt: skip


def _story(blurbs: dict[str, tuple[str, str]], **posted: str) -> list[Entry]:
    """The timeline of the blurbs, each its own event of one story (``posted`` moves a day)."""
    docs = [_blurb(lang, text, posted.get(lang, day)) for lang, (day, text) in blurbs.items()]
    return build_timeline(docs, events={d["id"]: "e-" + d["id"] for d in docs}, stories={d["id"]: "s1" for d in docs})


def test_events_one_story_leads_sharing_a_number_merge() -> None:
    """Pelé's death in English, Sorani Kurdish (Eastern Arabic digits, "٨٢") and Tamil shares
    "Brazil" and "82", no name the scripts spell alike: one entry with the three as sources,
    as the story layer's events alone did not make it. The day a text writes is no such number,
    nor is one posted four days later of the same story."""
    entries = _story(PELE)
    assert len(entries) == 1 and {s.lang for s in entries[0].sources} == {"en", "ckb", "ta"}
    assert len(build_timeline([_blurb(lang, text, day) for lang, (day, text) in PELE.items()])) == 3  # no story
    later = _story(PELE, ta="2023-01-03")
    assert len(later) == 2 and [s.lang for e in later for s in e.sources if len(e.sources) == 1] == ["ta"]


def test_events_one_story_leads_sharing_a_name_and_a_country_merge() -> None:
    """Liz Truss's resignation in Russian and English ("Трасс" and "Truss", "Великобритании" and
    "United Kingdom") is one entry; Rishi Sunak's succession in Russian, posted four days later and
    naming her country but not her, is its own entry."""
    entries = _story(TRUSS)
    holding = {s.lang: len(e.sources) for e in entries for s in e.sources}
    assert holding == {"en": 2, "ru": 2, "sunak": 1}


TRAIN = {
    "de": ("2023-03-02", "Bei einem Zugunglück in Griechenland kam es zu zahlreichen Toten."),
    "ru": ("2023-03-02", "В результате лобового столкновения пассажирского и грузового поездов в Греции погибли 44 человека, ещё 85 ранены, около 50 человек считаются пропавшими без вести."),
    "en": ("2023-03-02", "A train crash in Thessaly, Greece, kills at least 57 people."),
}  # fmt: skip


def test_events_one_story_leads_in_two_scripts_sharing_a_place_on_one_day_merge() -> None:
    """The Greek train crash in German and Russian shares only Greece: written in two scripts
    and posted on one day, one story's leads are one entry. In one script (German and English)
    they would share their names too, so a country alone leaves them apart; so does another day."""
    assert len(_story({k: TRAIN[k] for k in ("de", "ru")})) == 1
    assert len(_story({k: TRAIN[k] for k in ("de", "en")})) == 2
    assert len(_story({k: TRAIN[k] for k in ("de", "ru")}, ru="2023-03-03")) == 2


def test_events_evidence_between_languages_only_ties_other_languages() -> None:
    """A name and a place shared by two leads of one story tie reports in two languages, whose
    words differ ("Трасс", "Великобритании"); in one language the leads' overlap decides: Rishi
    Sunak succeeding Liz Truss (25 October) is not her resignation (20 October), though both
    name her and the United Kingdom."""
    import sys

    from storyline.api import analyze_text
    from storyline.timeline.entries import candidates

    merge_module = sys.modules["storyline.timeline.merge"]
    texts = {"truss": ("Amid a government crisis, Prime Minister of the United Kingdom Liz Truss (pictured) announces "
                       "her resignation.", "2022-10-20"),
             "sunak": ("Rishi Sunak (pictured) succeeds Liz Truss as Leader of the Conservative Party and Prime "
                       "Minister of the United Kingdom.", "2022-10-25")}  # fmt: skip
    leads = {}
    for key, (text, posted) in texts.items():
        doc = {**analyze_text(text, lang="en", published=posted).to_dict(), "id": key, "source": key}
        leads[key] = next(c for c in candidates(doc) if c.lead)
    truss, sunak = leads["truss"], leads["sunak"]
    assert not merge_module._tells(truss, sunak, "name")
    sunak.ref.lang = "ru"  # the same anchors between two languages are the evidence
    assert merge_module._tells(truss, sunak, "name")
