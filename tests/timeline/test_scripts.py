"""An entity query finds the entity in every script the ITN blurbs write it in (rule 6 of
:mod:`storyline.timeline.mentions`), and not other people or words of the same consonants."""

from __future__ import annotations

from typing import Any

from storyline.api import analyze_text
from storyline.timeline import build_timeline, mentions_entity
from storyline.timeline.evaluate_entity import score
from storyline.timeline.mentions import Target, mention_offsets

TRUSS = "Q272201"


def _by_id(itn_docs: list[dict[str, Any]], *ids: str) -> list[dict[str, Any]]:
    found = {d["id"]: d for d in itn_docs}
    return [found[i] for i in ids]


def test_scripts_truss_is_found_in_twelve_scripts_at_her_name(itn_docs: list[dict[str, Any]]) -> None:
    """Liz Truss's blurbs in Cyrillic, Arabic, Persian, Kurdish, Hebrew (Yiddish), Thai, Tamil,
    Chinese and Korean are found (the query as written found only the Latin ones), each mention's
    offset at her name as that blurb spells it."""
    target = Target.of("Liz Truss")
    spellings = ("Liz", "Truss", "Лиз", "Ліз", "Трас", "ليز", "لیز", "تراس", "ترەس", "ליז", "ลิซ", "ทรัสส์", "டிர", "லிஸ்",
                 "特拉斯", "리즈", "트러스")  # fmt: skip
    langs = set()
    for doc in itn_docs:
        if doc["event"] != TRUSS:
            continue
        offsets = mention_offsets(doc, target)
        assert all(doc["text"][o:].startswith(spellings) for o in offsets), doc["text"]
        if offsets:
            langs.add(doc["lang"])
    assert {"ru", "uk", "be", "ar", "fa", "ckb", "yi", "th", "ta", "zh", "ko"} <= langs


def test_scripts_other_people_and_words_are_not_the_entity(itn_docs: list[dict[str, Any]]) -> None:
    """Same consonants, other names: Dallas (Даллас, دالاس) is no Truss, Beijing (Пекіні) no
    Hipkins, Biden (乔·拜登) no Putin; a first name that is not hers is not Liz Truss."""
    dallas = _by_id(itn_docs, "43bc0128ddb2", "33885a9c23ea")
    assert not any(mentions_entity(d, "Liz Truss") or mentions_entity(d, "Truss") for d in dallas)
    assert not mentions_entity(_by_id(itn_docs, "dc4e8b1ced87")[0], "Chris Hipkins")
    assert not any(mentions_entity(d, "Vladimir Putin") for d in _by_id(itn_docs, "27bc6e5c176f", "e81ec003f9b0"))
    assert not mentions_entity({"text": "Фернандо Торрес забил гол."}, "Liz Truss")
    assert not mentions_entity({"text": "Премьер-министр Лиз Трасс ушла."}, "Mary Truss")


def test_scripts_itn_recall_rises_precision_holds(itn_docs: list[dict[str, Any]]) -> None:
    """Over the ITN blurbs that write Liz Truss, Mahsa Amini or Giorgia Meloni in any spelling,
    the query selects nine in ten or more (half or less as written), and no other blurb."""
    for name, floor in (("Liz Truss", 0.9), ("Mahsa Amini", 0.8), ("Giorgia Meloni", 1.0)):
        before, gold = score(itn_docs, name, before=True)
        after, _ = score(itn_docs, name, before=False)
        assert after <= gold and before < after
        assert len(after) >= floor * len(gold) > len(before)


def test_scripts_timeline_entries_of_truss_keep_their_sources(itn_docs: list[dict[str, Any]]) -> None:
    """``timeline --entity "Liz Truss"`` over her Russian, Arabic and Chinese blurbs has entries
    from all three, each source's offsets inside its blurb's text."""
    rows = [d for d in itn_docs if d["event"] == TRUSS and d["lang"] in {"ru", "ar", "zh"}]
    docs = []
    for row in rows:
        full = analyze_text(row["text"], lang=row["lang"], published=row["published"]).to_dict()
        docs.append({**full, "id": row["id"], "source": row["id"]})
    entries = build_timeline(docs, entity="Liz Truss")
    text = {d["id"]: d["text"] for d in docs}
    assert {e.lang for e in entries} >= {"ru", "ar", "zh"}
    for entry in entries:
        for src in entry.sources:
            assert 0 <= src.start < src.end <= len(text[src.source])


def test_scripts_quotes_and_figures_filters_take_other_scripts() -> None:
    """``quotes --speaker "Liz Truss"`` lists her quotations where the quotes layer wrote her
    name in Cyrillic; ``figures --subject`` takes a subject written in another script whole, not
    a longer subject that only holds it."""
    from storyline.figures.series import _spelled_in_script
    from storyline.quotes.listing import list_quotes

    quote = {"speaker": {"name": "Лиз Трасс", "mention": {"text": "Трасс"}}, "text": "«Я ухожу»", "start": 0, "end": 9}
    other = {"speaker": {"name": "Риши Сунак"}, "text": "«Я остаюсь»", "start": 10, "end": 21}
    docs = [{"id": "ru", "text": "…", "quotes": [quote, other]}]
    assert [r["speaker"] for r in list_quotes(docs, "Liz Truss")] == ["Лиз Трасс"]
    assert [r["speaker"] for r in list_quotes(docs, "Sunak")] == ["Риши Сунак"]
    truss = _spelled_in_script("Liz Truss")
    assert truss("Трасс") and truss("Лиз Трасс") and not truss("правительство Трасс")
