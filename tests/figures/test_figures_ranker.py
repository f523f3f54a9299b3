"""The learned owner ranker: it loads, trains deterministically, and decides the seed sentences right."""

from __future__ import annotations

import pytest

from storyline.figures import annotate, ranker, train_owner
from storyline.figures.evaluate import DEFAULT_GOLD, SEALED, document, load_gold, score
from storyline.pipeline import Options


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(DEFAULT_GOLD)


def test_ranker_shipped_model_loads() -> None:
    model = ranker.load(ranker.MODEL_PATH)
    assert len(model.weights) > 50
    assert model.margin >= 0
    assert ranker.model() is not None


@pytest.mark.parametrize("mode", ranker.MODES)
def test_ranker_decides_the_seed_sentences_right(gold: list[dict], mode: str) -> None:
    seeds = [r for r in gold if r["source"].startswith("seeds/")]
    result = score(seeds, owner=mode)
    assert result["value+subject"]["f1"] == 1.0
    assert result["value+measure+subject"]["tp"] == result["value+measure+subject"]["gold"]


def test_ranker_nato_owns_its_troops_in_every_mode() -> None:
    doc_text = "NATO currently has around 12,000 troops in the country, the alliance said."
    for mode in ranker.MODES:
        doc = document({"id": "t", "text": doc_text, "lang": "en"})
        annotate(doc, Options(extra={"figures_owner": mode}))
        assert [(f.value, f.subject.canonical if f.subject else None) for f in doc.figures] == [(12000, "NATO")]


def test_ranker_unknown_mode_keeps_the_rules(gold: list[dict]) -> None:
    rows = [r for r in gold if r["block"] == "heldout-1"]
    assert score(rows, owner="no-such-mode") == score(rows, owner="rules")


def test_ranker_training_is_deterministic_and_sees_no_sealed_block(gold: list[dict]) -> None:
    rows = [r for r in gold if r["block"] == "heldout-1" or r["id"] <= "g050"]
    assert not any(r["block"] in SEALED for r in rows)
    examples = train_owner.examples(rows)
    assert examples and all(any(e["right"]) and not all(e["right"]) for e in examples)
    first, second = train_owner.fit(examples, 1.0), train_owner.fit(examples, 1.0)
    assert first.weights == second.weights
    assert not any(k.startswith(train_owner.RULE) for k in train_owner.fit(examples, 1.0, blind=True).weights)


def test_ranker_folds_follow_the_development_blocks(gold: list[dict]) -> None:
    folds = {train_owner.fold_of(r) for r in gold if r["block"] == "development"}
    assert folds == {name for name, _, _ in train_owner.FOLDS}
    assert train_owner.fold_of({"id": "g120", "block": "heldout-1"}) == "heldout-1"


def test_ranker_in_memory_model_replaces_the_shipped_one(gold: list[dict]) -> None:
    try:
        ranker.set_model(ranker.Model({"none": 100.0}))  # always "no owner" where there is a choice
        rows = [r for r in gold if r["source"].startswith("seeds/")]
        assert score(rows, owner="ranker")["value+subject"]["f1"] < 1.0
    finally:
        ranker.set_model(None)
    assert ranker.model() == ranker.load(ranker.MODEL_PATH)
