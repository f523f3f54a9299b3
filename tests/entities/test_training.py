"""Training data and the model's lexicons: German text repaired, the own-language lexicon
cross-fitted, cross-validation folds disjoint, and the shipped Norwegian model using its lexicon."""

from __future__ import annotations

from pathlib import Path

from storyline.entities import lexicon
from storyline.entities.corpus import BLOCK, load, repair
from storyline.entities.crossval import folds, gold_and_text, score
from storyline.entities.tagger import model_name, tag


def test_corpus_repair_restores_german_letters_only() -> None:
    assert repair("Baden-Wьrttemberg") == "Baden-Württemberg"
    assert repair("Straяe") == "Straße" and repair("№bernahme") == "Übernahme" and repair("÷l") == "Öl"
    assert repair("Москва") == "Москва" and repair("Stoltenberg") == "Stoltenberg"


def test_corpus_german_training_text_has_no_mojibake(shared: Path) -> None:
    train, dev = load("de")
    words = {w for sent, _ in train + dev for w in sent}
    assert "Württemberg" in " ".join(w for w in words if "ttemberg" in w)
    assert not [w for w in words if any(ch in w for ch in "ьдця") and any("a" <= c <= "z" for c in w)]


def test_lexicon_cross_fitted_never_sees_its_own_fold() -> None:
    sents = [(["Tafjord", "ligger"], ["B-LOC", "O"]), (["Kommunen", "Tafjord"], ["O", "B-ORG"]), (["Oslo"], ["B-LOC"])]
    per_sentence = lexicon.cross_fitted(sents, 3)
    assert per_sentence[0] == {}  # each word is seen once outside its fold: below MIN_COUNT
    assert lexicon.cross_fitted(sents * 2, 3)[0] == {"kommunen": "O", "tafjord": "ORG", "oslo": "LOC"}
    assert "oslo" not in per_sentence[2]
    assert lexicon.own(lexicon.count(sents))["tafjord"] == "LOC" and "kommunen" not in lexicon.own(lexicon.count(sents))


def test_crossval_folds_partition_by_block() -> None:
    sents = [([f"w{i}"], ["O"]) for i in range(BLOCK * 7)]
    parts = folds(sents, 3)
    assert sum(map(len, parts)) == len(sents) and len(parts[0]) == 3 * BLOCK
    assert not {s[0][0] for s in parts[0]} & {s[0][0] for s in parts[1]}
    text, gold = gold_and_text((["Jens", "Stoltenberg", "sa", "det", "."], ["B-PER", "I-PER", "O", "O", "O"]))
    assert {(text[s:e], t) for s, e, t in gold} == {("Jens Stoltenberg", "PER")}
    assert score(2, 2, 1) == 0.5 and score(0, 0, 0) == 0.0


def test_tagger_norwegian_model_ships_its_own_lexicon() -> None:
    assert lexicon.shipped("nb", lexicon.OWN)
    text = "Natos generalsekretær Jens Stoltenberg møtte statsminister Erna Solberg i Oslo mandag."
    found = {(text[m.start : m.end], m.type) for m in tag(text, 0, len(text), model_name("nb"))}
    assert {("Jens Stoltenberg", "PER"), ("Erna Solberg", "PER"), ("Oslo", "LOC")} <= found
