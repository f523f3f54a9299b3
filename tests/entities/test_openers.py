"""Common words opening a sentence: learned from the NER train parts, cut off the names they precede."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.entities import annotate
from storyline.entities.corpus import load
from storyline.entities.lexicon import MODELS, opening_words
from storyline.entities.openers import common_words
from storyline.model import Document, Sentence
from storyline.pipeline import Options


def names(lang: str, text: str) -> list[tuple[str, str]]:
    """The entity mentions of one sentence, as the pipeline gives them."""
    doc = Document(id="t", text=text, source="t", lang=lang, sentences=[Sentence(0, len(text))])
    annotate(doc, Options())
    return [(e.text, e.type) for e in doc.entities]


def test_openers_shipped_table_is_regenerated_exactly(shared: Path) -> None:
    shipped = (MODELS / "nb.openers.txt").read_text(encoding="utf-8").split()
    assert common_words(load("nb")[0]) == shipped


def test_openers_tables_hold_adverbs_not_names_or_german_nouns(shared: Path) -> None:
    assert {"attualmente", "sebbene", "inoltre"} <= opening_words("it")
    assert {"además", "hoy", "según", "cuando"} <= opening_words("es")
    assert {"daarnaast", "tijdens", "hoewel"} <= opening_words("nl")
    assert {"gestern", "heute", "außerdem"} <= opening_words("de")
    # German nouns are capitalised mid-sentence too; common words that also open names stay out.
    assert not {"regierung", "stadt", "polizei", "präsident", "deutsche", "die"} & opening_words("de")
    assert not {"jobs", "target", "the"} & opening_words("en")
    assert not {"vista", "el", "la"} & opening_words("es")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # MEANTIME (Ryanair, Apple, Airbus news): the figures had "Attualmente Ryanair" as subject.
        ("it", "Attualmente Ryanair dispone di 91 aeromobili e 230 in ordinazione.", "Ryanair"),
        ("it", "Sebbene Gallois auspichi di raggiungere tale obiettivo principalmente attraverso uscite "
               "fisiologiche.", "Gallois"),
        ("es", "Hoy Apple también ha presentado su dispositivo Media Center - Apple TV.", "Apple"),
        # CoNLL-2002 Dutch, dev part.
        ("nl", "Hoewel Chambers haar niet heeft uitgeschreven, staat ze in de voorstelling centraal.",
         "Chambers"),
    ],
)  # fmt: skip
def test_mentions_opener_cut_off_the_name(lang: str, text: str, name: str) -> None:
    found = [found for found, _ in names(lang, text)]
    assert name in found  # the tagger's type is kept (it took "Attualmente Ryanair" for a person)
    assert not any(found.startswith(text.split()[0]) for found in found)


def test_mentions_opener_alone_after_a_dateline_dropped() -> None:
    text = ("Apple kondigt Mac OS X Lion, iOS 5 en iCloud aan 07-Jun-11 Tijdens de Worldwide Developers "
            "Conference (WWDC) van Apple in het Moscone West Center in San Francisco kondigde Apple CEO "
            "Steve Jobs de volgende generatie softwareproducten van Apple aan.")  # fmt: skip
    found = [name for name, _ in names("nl", text)]
    assert "Tijdens" not in found
    assert "Steve Jobs" in found and "Worldwide Developers Conference" in found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # A real name opening a sentence stays whole (MEANTIME; CoNLL-2002 Spanish and German).
        ("en", "Jobs also said that those who had already purchased a bumper will receive a full refund "
               "for the accessory.", "Jobs"),
        ("es", "Vista Alegre (Madrid), 23 may (EFE).", "Vista Alegre"),
        ("de", "Kindertagesstätte 101 besteht seit 20 Jahren", "Kindertagesstätte 101"),  # a noun
        ("de", "Frankfurter Karneval-Gesellschaft Rot-Weiß:", "Frankfurter Karneval-Gesellschaft Rot-Weiß"),
        ("es", "VIDA SALVAJE 12,45.", "VIDA SALVAJE"),  # a title in capitals
    ],
)  # fmt: skip
def test_mentions_name_opening_a_sentence_stays_whole(lang: str, text: str, name: str) -> None:
    assert name in [found for found, _ in names(lang, text)]


def test_openers_person_cut_after_a_name_the_document_tags_apart(shared) -> None:
    """MEANTIME it (d3cbffe58466): "L' AD di Ryanair Michael O' Leary" was one person "Ryanair
    Michael O' Leary", into which the corpus merge then folded every "Ryanair": the document tags
    "Ryanair" alone elsewhere, so the mention is cut there."""
    import json

    from storyline.api import analyze_text

    path = shared / "eval" / "stories" / "meantime-cdcr-dev" / "inputs.jsonl"
    row = next(r for r in map(json.loads, path.open(encoding="utf-8")) if r["id"] == "d3cbffe58466")
    names = {e.text for e in analyze_text(row["text"], lang=row["lang"]).entities}
    assert "Michael O' Leary" in names and "Ryanair Michael O' Leary" not in names
