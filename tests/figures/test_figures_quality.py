"""The layer against the hand-annotated gold (docs/figures-guideline.md): the issue's F1 floor."""

from __future__ import annotations

from storyline.figures.evaluate import DEFAULT_GOLD, load_gold, same_subject, score


def test_quality_gold_value_measure_subject_f1() -> None:
    result = score(load_gold(DEFAULT_GOLD))
    assert result["number"]["f1"] >= 0.9
    assert result["value+measure+subject"]["f1"] >= 0.85


def test_quality_subject_matching_rules() -> None:
    assert same_subject("U.S.", "United States") and same_subject("Natos", "NATO")
    assert same_subject("Hillary Clinton", "Clinton") and same_subject(None, None)
    assert same_subject("Obama", ["Obama", "United States"])
    assert not same_subject("NATO", None) and not same_subject("Trump", "Clinton")
