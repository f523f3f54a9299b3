"""Training data and the model's lexicons: German text repaired, the own-language lexicon
cross-fitted, cross-validation folds disjoint, and the shipped Norwegian model using its lexicon."""

from __future__ import annotations

from pathlib import Path

from storyline.entities import lexicon
from storyline.entities.corpus import BLOCK, load, read_conll, repair, split
from storyline.entities.crossval import folds, gold_and_text, score
from storyline.entities.features import sentence_features, stem
from storyline.entities.tagger import decode, model_name, tag
from storyline.entities.tokens import tokenize


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


def test_crossval_train_only_folds_never_hold_dev_sentences(shared: Path) -> None:
    sents = read_conll(shared / "train" / "ner" / "nb" / "train.conllu")
    train_part, dev_part = split(sents)
    parts = folds(train_part, 3)
    held = {id(s) for part in parts for s in part}
    assert len(held) == len(train_part) and not held & {id(s) for s in dev_part}


def test_tagger_decode_keeps_opened_brackets_and_initials_only() -> None:
    text = "Динамо (Киев) и П. Ф. Петров, Seco/ Bush."
    labels = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O",
              "B-ORG", "I-ORG", "B-PER", "I-PER"]  # fmt: skip
    found = [(text[m.start : m.end], m.type) for m in decode(text, tokenize(text), labels)]
    assert found == [("Динамо (Киев)", "ORG"), ("П. Ф. Петров", "PER"), ("Seco", "ORG"), ("Bush", "PER")]


def test_features_stems_meet_inflected_names_in_the_lexicons() -> None:
    assert stem("hessischen", "de") == stem("hessen", "de") and stem("frankfurter", "de") == "frankfurt"
    assert stem("frankfurter", "en") == "frankfurter"  # no STEM_ENDINGS table: the word itself
    feats = sentence_features(["Die", "Frankfurter", "Polizei"], {"frankfurt": "LOC"}, None, "de")[1]
    assert {"st=frankfurt", "slex=LOC"} <= set(feats)
    assert "sC" in sentence_features(["in", "Afrikas", "Norden"], {}, None, "de")[1]  # CLDR "Afrika"
    for lang in ("en", "ru"):
        assert not any(f.startswith(("st=", "slex=", "sC")) for f in sentence_features(["Frankfurter"], {}, None, lang)[0])


def test_tagger_german_model_reads_local_news() -> None:
    assert lexicon.shipped("de", lexicon.OWN)
    text = "Die Frankfurter Polizei sucht in Hessen nach Helmut Kohl, sagte die SPD am Montag."
    found = {(text[m.start : m.end], m.type) for m in tag(text, 0, len(text), model_name("de"))}
    assert {("Hessen", "LOC"), ("Helmut Kohl", "PER"), ("SPD", "ORG")} <= found
