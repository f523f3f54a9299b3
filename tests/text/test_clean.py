"""Cleaning on the real seeds: boilerplate, captions and credits marked; no body sentence lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.ingest import read_path
from storyline.text.clean import find_spans, guess_title


def marked(path: Path) -> tuple[str, dict[str, list[str]]]:
    text = next(read_path(path)).text
    kinds: dict[str, list[str]] = {}
    for span in find_spans(text):
        kinds.setdefault(span.kind, []).append(text[span.start : span.end])
    return text, kinds


@pytest.mark.parametrize(
    ("seed", "kind", "expected"),
    [
        ("000", "boilerplate", "Accessibility links"),
        ("000", "boilerplate", "Breaking News"),
        ("000", "boilerplate", "• 16x9 Image"),
        ("000", "boilerplate", "With reporting by AP"),
        ("000", "caption", "NATO Secretary-General Jens Stoltenberg (file photo)"),
        ("002", "boilerplate", "For more reporting from the Associated Press, see below."),
        ("002", "credit", "Francisco Seco/AFP via Getty Images"),
        ("002", "credit", "Francisco Seco/AP Photo"),
        ("002", "caption", "NATO Foreign Minsters Meeting on Afghanistan"),
        ("003", "boilerplate", "Laster Twitter-innhold Kunne ikke laste innhold, men du kan gå til twittermeldingen."),
        ("003", "boilerplate", "LES OGSÅ: Granatangrep i Kabul: Presidentpalasset og forsvarsdepartementet rammet"),
        ("003", "credit", "Foto: Hussein Sayed / Hussein Sayed"),
        ("003", "credit", "Foto: PATRICK SEMANSKY / AFP"),
        ("003", "caption", "Her er Talibans delegasjon på plass i Doha i Qatar i februar i år."),
    ],
)
def test_clean_seed_spans_found(seeds: dict[str, Path], seed: str, kind: str, expected: str) -> None:
    _, kinds = marked(seeds[seed])
    assert expected in kinds.get(kind, [])


def test_clean_outlet_trailer_marked(seeds: dict[str, Path]) -> None:
    _, kinds = marked(seeds["000"])
    assert any(s.startswith("RFE/RL journalists report the news") for s in kinds["boilerplate"])


def test_clean_no_body_sentence_marked(seed_docs: dict) -> None:
    """Every body sentence a reader needs stays body text (a sample from each seed's article)."""
    must_stay = {
        "000": ["NATO Secretary-General Jens Stoltenberg has said", "“They must break all ties with Al-Qaeda",
                "Under the deal, foreign forces will leave Afghanistan by May 2021"],
        "002": ["\"As long as evacuation operations continue", "A year ago, NATO's \"Resolute Support Mission\"",
                "Last Sunday, there were no troops under NATO command in Afghanistan."],
        "003": ["– Dette er et viktig første steg", "Nato har rundt 11.000 soldater i Afghanistan",
                "Eksplosjonene skjedde samme dag som USAs utenriksminister"],
    }  # fmt: skip
    for seed, starts in must_stay.items():
        doc = seed_docs[seed]
        for start in starts:
            offset = doc.text.index(start)
            assert doc.span_kind_at(offset) == "body", (seed, start)
            assert doc.sentence_at(offset).kind == "body"
    for doc in seed_docs.values():
        body = [s for s in doc.sentences if s.kind == "body"]
        assert len(body) >= 12


def test_clean_spans_slice_raw_text(seed_docs: dict) -> None:
    for doc in seed_docs.values():
        for span in doc.spans:
            piece = doc.text[span.start : span.end]
            assert piece == piece.strip() and piece


def test_clean_headline_as_title(seeds: dict[str, Path]) -> None:
    text = next(read_path(seeds["000"])).text
    assert guess_title(text, find_spans(text)) == "Stoltenberg Rules Out Rushed NATO Exit From Afghanistan"
    text = next(read_path(seeds["003"])).text
    assert guess_title(text, find_spans(text)) is None  # opens with a sentence, not a headline


def test_clean_wire_dateline_is_no_title(shared: Path) -> None:
    # AP and Xinhua copy in TimeBank/AQUAINT opens with a dateline on its own line
    path = shared / "eval" / "time" / "tbaq" / "inputs.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:300]]
    wire = [t for t in texts if t.lstrip().startswith(("WASHINGTON _", "NAIROBI, Kenya (AP) _", "HAVANA (AP) --"))]
    assert wire and all(guess_title(t, find_spans(t)) is None for t in wire)
    assert guess_title("Biden wins - again\n\nThe president won.", []) == "Biden wins - again"
    assert guess_title("The Times said in an editorial on Monday, Oct. 26:\n\nText.", []) is None
