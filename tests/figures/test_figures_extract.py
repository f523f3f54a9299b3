"""Figures of one document, on the seed articles and on real sentences of the shared corpora."""

from __future__ import annotations

import logging

import pytest

from storyline.figures import annotate, extract
from storyline.lang import languages_with, table
from storyline.model import Document, Span
from storyline.pipeline import Options

from .figures_helpers import figures_of, make_doc


def _by_text(doc: Document) -> dict[str, dict]:
    return {f.text: f.to_dict() for f in doc.figures}


def test_extract_seed_offsets_slice_back(figure_seeds: list[Document]) -> None:
    for doc in figure_seeds:
        assert doc.figures, doc.id
        for fig in (f.to_dict() for f in doc.figures):
            assert doc.text[fig["start"] : fig["end"]] == fig["text"]
            for arg in ("subject", "place", "qualifier", "measure_span"):
                if fig[arg]:
                    assert doc.text[fig[arg]["start"] : fig[arg]["end"]] == fig[arg]["text"]
            sentence = fig["sentence"]
            assert sentence["start"] <= fig["start"] < fig["end"] <= sentence["end"]


def test_extract_seed_nato_and_us_troops(figure_seeds: list[Document]) -> None:
    rferl = _by_text(figure_seeds[0])
    twelve = rferl["12,000"]
    assert (twelve["value"], twelve["measure"], twelve["kind"]) == (12000, "troops", "current")
    assert twelve["qualifier"]["canonical"] == "about" and twelve["qualifier"]["text"] == "around"
    assert twelve["subject"]["canonical"] == "NATO" and twelve["place"]["canonical"] == "Afghanistan"
    plan = rferl["4.500"]
    assert plan["value"] == 4500 and plan["kind"] == "plan" and plan["as_of"]["value"] == "2020-11"
    assert plan["subject"]["canonical"] == "United States" and plan["as_of"]["text"] == "by November"
    later = rferl["2,500"]
    assert later["kind"] == "plan" and later["as_of"]["value"] == "2021" and later["as_of"]["mod"] == "early"
    some = rferl["8,000"]
    assert some["qualifier"]["text"] == "Some" and some["as_of"]["value"] == "2020-08"


def test_extract_seed_countries_are_not_troops(figure_seeds: list[Document]) -> None:
    newsweek = _by_text(figure_seeds[1])
    assert newsweek["36"]["measure"] == "countries"
    assert newsweek["10,000"]["measure"] == "troops" and newsweek["10,000"]["as_of"]["value"] == "2020-08"
    none = newsweek["no"]
    assert (none["value"], none["kind"], none["subject"]["canonical"]) == (0, "negation", "NATO")


def test_extract_seed_norwegian(figure_seeds: list[Document]) -> None:
    nrk = _by_text(figure_seeds[2])
    assert nrk["11.000"]["value"] == 11000 and nrk["11.000"]["measure"] == "troops"
    assert nrk["11.000"]["subject"]["canonical"] == "NATO" and nrk["11.000"]["qualifier"]["text"] == "rundt"
    assert nrk["60"]["subject"]["canonical"] == "Norway"
    assert "to" not in nrk and "tre" not in nrk  # "to uker", "tre måneder": durations


def test_extract_seed_years_and_dates_are_not_figures(figure_seeds: list[Document]) -> None:
    values = {f.value for doc in figure_seeds for f in doc.figures}
    assert not values & {2001, 2003, 2014, 2021, 21, 25, 7}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("At least 24 people are killed in a landslide near Batang Kali, Malaysia.", "en", [(24, "people", None)]),
        ("18 janvier : un accident d'hélicoptère près de Kiev fait 14 morts.", "fr", [(14, "deaths", None)]),
        (
            "Sismo mata pelo menos 334 pessoas e deixa mais de 7 000 feridas.",
            "pt",
            [(334, "people", None), (7000, "injured", None)],
        ),
        ("Die Bundeswehr hat rund 1.100 Soldaten in Mali.", "de", [(1100, "troops", "Germany")]),
        (
            "Clinton said 46 percent would choose Clinton and 44 percent would back Trump.",
            "en",
            [(46, "percent", "Clinton"), (44, "percent", "Trump")],
        ),
        ("Jimmy Tompkins, 31, tossed a football on Jan. 20 in 2016.", "en", []),
        ("He was shot at 41 times on the 13th floor of Article 21 house.", "en", []),
    ],
)
def test_extract_sentences(text: str, lang: str, expected: list) -> None:
    found = [(f["value"], f["measure"], (f["subject"] or {}).get("canonical")) for f in figures_of(text, lang=lang)]
    assert found == expected


def test_extract_skips_boilerplate_keeps_captions() -> None:
    text = "RFE/RL reports in 27 languages.\n\nPhoto: 300 soldiers in Kabul."
    doc = make_doc(text)
    doc.spans = [Span("boilerplate", 0, 31), Span("caption", 33, len(text))]
    annotate(doc, Options())
    assert [f.value for f in doc.figures] == [300]


def test_extract_uses_entities_and_times_layers() -> None:
    text = "The alliance said Resolute Support had 9,500 soldiers in the country early next year."
    doc = make_doc(text)
    doc.entities = [
        {"text": "Resolute Support", "start": 18, "end": 34, "type": "ORG", "canonical": "Resolute Support Mission"}
    ]
    doc.times = [{"text": "early next year", "start": 69, "end": 84, "type": "date", "value": "2021-Q1"}]
    annotate(doc, Options())
    (fig,) = [f.to_dict() for f in doc.figures]
    assert fig["subject"]["canonical"] == "Resolute Support Mission"
    assert fig["as_of"] == {"value": "2021-Q1", "source": "times", "text": "early next year", "start": 69, "end": 84}
    assert fig["kind"] == "plan"


def test_extract_bad_document_logs_and_leaves_layer_empty(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: object) -> list:
        raise ValueError("boom")

    monkeypatch.setattr("storyline.figures.document_figures", broken)
    doc = make_doc("NATO has 12,000 troops.")
    with caplog.at_level(logging.ERROR):
        annotate(doc, Options())
    assert doc.figures == [] and "skipped document" in caplog.text


@pytest.mark.parametrize("text", ["", "   ", "12", "no", "%%%", "\x00\ufffd 5 $"])
def test_extract_odd_input_never_raises(text: str) -> None:
    doc = make_doc(text, lang="xx", published=None)
    extract.document_figures(doc, __import__("storyline.figures.lexicon", fromlist=["lexicon"]).lexicon("xx"))


def test_extract_language_tables_share_their_names() -> None:
    names = {n for n in dir(table("en", "figures")) if n.isupper()}
    for lang in languages_with("figures"):
        missing = (
            names - {n for n in dir(table(lang, "figures")) if n.isupper()} - {"NUMBER_JOINERS", "COMPOUND_MEASURES"}
        )
        assert not missing, (lang, missing)



def test_extract_borrowed_tables_guess_no_nouns() -> None:
    # Romanian has no table: digits and "%" are read, English plural endings are not tried on its words
    found = figures_of("6 septembrie Elizabeth Truss a primit 81% din voturi si 12 miniştri.", lang="ro")
    assert [(f["value"], f["measure"]) for f in found] == [(81, "percent")]


def test_extract_swedish_dates_through_the_norwegian_table() -> None:
    found = figures_of("Pelé avlider (29 december 2022). Minst 38 personer omkommer.", lang="sv")
    assert [(f["value"], f["measure"], f["qualifier"]["text"]) for f in found] == [(38, "people", "Minst")]


def _with_times(text: str, lang: str, published: str, times: list[tuple[str, str]]) -> dict:
    doc = make_doc(text, lang=lang, published=published)
    doc.times = [
        {"text": t, "start": text.index(t), "end": text.index(t) + len(t), "type": "date", "value": v} for t, v in times
    ]
    annotate(doc, Options())
    (fig,) = [f.to_dict() for f in doc.figures]
    return fig


def test_extract_since_dates_and_later_clauses_do_not_date_a_figure() -> None:
    text = "Nato har rundt 11.000 soldater i Afghanistan, hvor alliansen har ledet innsatsen siden 2003."
    fig = _with_times(text, "nb", "2020-12", [("2003", "2003")])
    assert fig["as_of"] == {"value": "2020-12", "source": "published"} and fig["kind"] == "current"


def test_extract_table_reading_refines_a_coarser_time_value() -> None:
    text = "A year ago, NATO's mission involved around 10,000 personnel."
    fig = _with_times(text, "en", "2021-08-20", [("A year ago", "2020")])
    assert fig["as_of"]["value"] == "2020-08" and fig["kind"] == "past"
