"""Series across documents and disagreements between sources, on the seeds and synthetic claims."""

from __future__ import annotations

from typing import Any

from storyline.figures import build_series
from storyline.model import Document


def _claim(
    source: str,
    value: float,
    qualifier: str | None = None,
    as_of: str = "2020-10",
    kind: str = "current",
    subject: str = "NATO",
    place: str = "Afghanistan",
) -> dict[str, Any]:
    fig = {
        "text": str(value), "start": 0, "end": 1, "value": value, "measure": "troops", "kind": kind,
        "qualifier": {"text": qualifier, "start": 0, "end": 1, "canonical": qualifier} if qualifier else None,
        "subject": {"text": subject, "start": 0, "end": 1, "canonical": subject},
        "place": {"text": place, "start": 0, "end": 1, "canonical": place}, "as_of": {"value": as_of},
    }  # fmt: skip
    return {"id": source, "source": source, "figures": [fig]}


def test_series_seeds_nato_troops_over_time(figure_seeds: list[Document]) -> None:
    series = build_series([d.to_dict() for d in figure_seeds], subject="NATO", measure="troops")
    assert len(series) == 1
    nato = series[0].to_dict()
    assert (nato["subject"], nato["measure"], nato["place"]) == ("NATO", "troops", "Afghanistan")
    assert [(p["value"], p["as_of"][:7]) for p in nato["points"]] == [
        (10000, "2020-08"),
        (12000, "2020-10"),
        (11000, "2020-12"),
        (0, "2021-08"),
    ]
    assert nato["sources"] == 3 and len({(p["source"], p["start"]) for p in nato["points"]}) == 4
    assert nato["points"][-1]["kind"] == "negation"
    assert nato["explain"] == "grouped because subject=NATO, measure=troops, place=Afghanistan"
    assert nato["disagreements"] == []


def test_series_seeds_us_troops_plans(figure_seeds: list[Document]) -> None:
    (us,) = build_series([d.to_dict() for d in figure_seeds], subject="the U.S.", measure="troops")
    points = [(p["value"], p["kind"], p["as_of"], p["as_of_mod"]) for p in us.to_dict()["points"]]
    assert points == [(8000, "past", "2020-08", None), (4500, "plan", "2020-11", None), (2500, "plan", "2021", "early")]


def test_series_subject_aliases_group_across_languages() -> None:
    docs = [_claim("a", 12000, subject="NATO"), _claim("b", 11000, subject="Natos", as_of="2020-12")]
    (series,) = build_series(docs)
    assert series.subject == "NATO" and len(series.points) == 2


def test_series_disagreement_beyond_qualifier_tolerance() -> None:
    docs = [_claim("rferl", 12000, "about"), _claim("ap", 9000)]
    (series,) = build_series(docs)
    (found,) = series.disagreements
    assert found["period"] == "2020-10" and {p["source"] for p in found["points"]} == {"rferl", "ap"}
    assert "do not overlap" in found["reason"]


def test_series_no_disagreement_within_tolerance_or_across_kinds_or_periods() -> None:
    assert build_series([_claim("a", 12000, "about"), _claim("b", 11500)])[0].disagreements == []
    assert build_series([_claim("a", 12000), _claim("b", 4500, kind="plan")])[0].disagreements == []
    assert build_series([_claim("a", 12000), _claim("b", 9000, as_of="2020-12")])[0].disagreements == []
    assert build_series([_claim("a", 12000), _claim("a", 9000)])[0].disagreements == []
    assert build_series([_claim("a", 500, "more than"), _claim("b", 900)])[0].disagreements == []


def test_series_skips_figures_without_subject_or_place() -> None:
    doc = _claim("a", 24)
    doc["figures"][0]["subject"] = doc["figures"][0]["place"] = None
    assert build_series([doc, {"id": "empty"}]) == []


def _unowned(source: str, value: float, measure: str, place_why: str | None = None) -> dict[str, Any]:
    doc = _claim(source, value)
    fig = doc["figures"][0]
    fig["subject"], fig["measure"] = None, measure
    if place_why:
        fig["why"] = {"place": place_why}
    return doc


def test_series_without_subject_need_a_stated_place_and_a_counted_thing() -> None:
    """'24 people killed in Afghanistan' lines up with other tolls there; '43 percent' (of what?)
    or a place the layer only guessed from the rest of the document line up nothing."""
    from storyline.figures.extract import INFERRED_PLACE

    (tolls,) = build_series([_unowned("a", 24, "people"), _unowned("b", 21, "people")])
    assert tolls.subject is None and tolls.place == "Afghanistan" and len(tolls.points) == 2
    assert build_series([_unowned("a", 43, "percent"), _unowned("b", 58, "percent")]) == []
    assert build_series([_unowned("a", 200, "money:USD"), _unowned("b", 5e6, "money:USD")]) == []
    assert build_series([_unowned("a", 24, "people", INFERRED_PLACE), _unowned("b", 21, "people", INFERRED_PLACE)]) == []


def test_series_disagreement_only_between_comparable_values() -> None:
    """1.8 and 40 percent of one country are two quantities, not two reports of one; but "no
    troops" against 10,000 troops is a disagreement however far apart."""
    assert build_series([_claim("a", 1.8), _claim("b", 40)])[0].disagreements == []
    (found,) = build_series([_claim("a", 10000), _claim("b", 0, kind="negation")])[0].disagreements
    assert [p["value"] for p in found["points"]] == [0, 10000]
    (found,) = build_series([_claim("a", 12000), _claim("b", 9000), _claim("c", 400000)])[0].disagreements
    assert {p["source"] for p in found["points"]} == {"a", "b"}


def test_series_shares_and_sums_never_disagree() -> None:
    docs = [_claim("a", 24), _claim("b", 47)]
    for doc in docs:
        doc["figures"][0]["measure"] = "percent"
    assert build_series(docs)[0].disagreements == []


def test_series_titles_and_surnames_join_the_full_name() -> None:
    docs = [_claim("a", 5, subject="Mr. Trump"), _claim("b", 6, subject="Donald Trump"), _claim("c", 7, subject="Trump")]
    (series,) = build_series(docs)
    assert series.subject == "Donald Trump" and len(series.points) == 3
    assert [s.subject for s in build_series(docs, subject="Trump")] == ["Donald Trump"]
    docs.append(_claim("d", 8, subject="Ivanka Trump"))
    assert sorted(s.subject for s in build_series(docs)) == ["Donald Trump", "Ivanka Trump", "Trump"]


def test_series_inferred_place_joins_a_stated_one_or_none() -> None:
    from storyline.figures.extract import INFERRED_PLACE

    guessed = _claim("b", 10000, as_of="2020-08")
    guessed["figures"][0]["why"] = {"place": INFERRED_PLACE}
    (series,) = build_series([_claim("a", 12000), guessed])
    assert series.place == "Afghanistan" and len(series.points) == 2 and not series.place_inferred
    elsewhere = _claim("c", 5, place="White House")
    elsewhere["figures"][0]["why"] = {"place": INFERRED_PLACE}
    (alone,) = build_series([guessed, elsewhere])
    assert alone.place is None and len(alone.points) == 2 and "place=-" in alone.explain
    (one,) = build_series([guessed])
    assert one.place == "Afghanistan" and one.place_inferred and "not stated" in one.explain


def test_series_subjects_named_by_their_corpus_entity() -> None:
    """Where the entity merge says "Trump" (one article) is Donald Trump (another), one series;
    the subject shown is the spelling most sources use."""
    from storyline.figures.series import entity_names

    docs = [_claim("a", 5, subject="Trump"), _claim("b", 6, subject="Donald Trump"), _claim("c", 7, subject="DOnald Trump"),
            _claim("d", 8, subject="Donald Trump")]  # fmt: skip
    for doc, eid in zip(docs, ("t1", "t2", "t3", "t2"), strict=True):
        doc["entities"] = [{"start": 0, "end": 1, "entity_id": eid}]
    names = entity_names([{"canonical": "Donald Trump", "members": ["t1", "t2", "t3"]}])
    (series,) = build_series(docs, names=names)
    assert series.subject == "Donald Trump" and len(series.points) == 4
    ivanka = _claim("e", 9, subject="Ivanka Trump")
    ivanka["entities"] = [{"start": 0, "end": 1, "entity_id": "i1"}]
    assert len(build_series([*docs, ivanka])) == 3  # alone, "Trump" is ambiguous: its own series
    assert len(build_series([*docs, ivanka], names=names)) == 2  # the merge decided it


def test_series_tolls_of_different_days_do_not_disagree() -> None:
    """A toll that rises from 14 to 18 between two days is news; on one day it is a disagreement."""
    assert build_series([_claim("a", 18, as_of="2023-01-18"), _claim("b", 14, as_of="2023-01-19")])[0].disagreements == []
    assert build_series([_claim("a", 18, as_of="2023-01-19"), _claim("b", 14, as_of="2023-01-19")])[0].disagreements


def test_series_stamped_publication_dates_date_no_figure() -> None:
    """ITN's Danish blurbs all carry one import stamp (2018-01-05): their figures have no as-of."""
    days = [f"2023-{1 + k // 4:02d}-{1 + 7 * (k % 4):02d}" for k in range(12)]  # January to March
    docs = [dict(_claim(f"en{k}", 40 + k, as_of=day), lang="en", published=day) for k, day in enumerate(days)]
    docs += [dict(_claim(f"da{k}", 38, as_of="2018-01-05"), lang="da", published="2018-01-05") for k in range(10)]
    (series,) = build_series(docs)
    stamped = [p for p in series.points if p.source.startswith("da")]
    assert len(stamped) == 10 and all(p.as_of is None for p in stamped)
    assert all(p.as_of for p in series.points if p.source.startswith("en"))


def test_series_a_source_giving_both_values_tells_two_quantities_apart() -> None:
    """MEANTIME: "Aer Lingus have purchased 12 new long-haul Airbus aircraft" and, in the same
    article, "an all-Airbus fleet consisting of 30 short-haul aircraft": the series (Aer Lingus,
    aircraft) cannot tell them apart, but a source that gives both is not disagreeing with itself,
    nor does another source giving one of them disagree with it."""
    from storyline.api import analyze_text

    en = ("Irish national airline Aer Lingus have purchased 12 new long-haul Airbus aircraft. "
          "Aer Lingus already operates an all-Airbus fleet consisting of 30 short-haul aircraft.")  # fmt: skip
    es = "La compañía aérea irlandesa Aer Lingus ha comprado 12 nuevos aviones Airbus de larga distancia."
    docs = [{**analyze_text(text, lang=lang, published="2007-06-09").to_dict(), "id": lang, "source": lang}
            for lang, text in (("en", en), ("es", es))]  # fmt: skip
    (series,) = [s for s in build_series(docs) if s.subject == "Aer Lingus"]
    assert sorted({p.value for p in series.points}) == [12, 30] and series.to_dict()["disagreements"] == []
    only_30 = {**analyze_text("Aer Lingus operates 30 aircraft.", lang="en", published="2007-06-09").to_dict(),
               "id": "x", "source": "x"}  # fmt: skip
    (series,) = [s for s in build_series([docs[1], only_30]) if s.subject == "Aer Lingus"]
    assert len(series.to_dict()["disagreements"]) == 1  # without the source that tells them apart: flagged


def test_series_keep_the_dead_apart_from_the_wounded() -> None:
    """TimeBank/AQUAINT (Xinhua, 8 August 1998): "a massive blast damaged the U.S. embassy in
    Nairobi, killing 40 people while wounding at least 1,000 people" and "More than 100 people
    have died ... in Nairobi": the dead of both reports are one series, the wounded another, and
    only the dead disagree (40 against more than 100 on one day)."""
    from storyline.api import analyze_text

    texts = {
        "a": "A massive blast damaged the U.S. embassy in Nairobi, killing 40 people while wounding at least 1,000 people.",
        "b": "More than 100 people have died in Nairobi since a bomb ripped through an office building.",
        "c": "Ein Anschlag in Nairobi: 120 Menschen wurden getötet.",
    }
    docs = [{**analyze_text(text, lang="de" if key == "c" else "en", published="1998-08-08").to_dict(), "id": key,
             "source": key} for key, text in texts.items()]  # fmt: skip
    series = {s.measure: s for s in build_series(docs) if s.place == "Nairobi"}
    assert sorted(p.value for p in series["deaths"].points) == [40, 100, 120]
    assert [p.value for p in series["injured"].points] == [1000]
    assert "people" not in series and len(series["deaths"].disagreements) == 1
