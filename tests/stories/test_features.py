"""Translation-free features: names across scripts, genitives, numbers, dates, entities."""

from __future__ import annotations

import pytest

from storyline.stories.features import day_number, extract, fold, number_key, skeleton, strip_genitive, text_keys


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("Truss", "tls"), ("Трасс", "tls"), ("ทรัสส์", "tls"), ("تراس", "tls"), ("டிரஸ்", "tls"),
        ("特拉斯", "tls"), ("트러스", "tls"),  # no r/l contrast in Chinese or Korean
        ("Macron", "mkln"), ("马克龙", "mkln"), ("마크롱", "mkln"), ("มาครง", "mkln"),  # final -ng
        ("Sunak", "snk"), ("수낙", "snk"), ("سوناك", "snk"), ("苏纳克", "snk"),
        ("Johnson", "ynsn"), ("Джонсон", "ynsn"), ("جونسون", "ynsn"),  # Cyrillic Дж = J
    ],
)  # fmt: skip
def test_features_skeleton_meets_across_scripts(spelling: str, expected: str) -> None:
    assert skeleton(strip_genitive(fold(spelling))) == expected


def test_features_genitive_and_diacritics_are_folded() -> None:
    keys = text_keys("Natos generalsekretær Jens Stoltenberg møtte Pelé i Afghanistans hovedstad.")
    assert {"n:nato", "n:stoltenberg", "n:pele", "n:afghanistan"} <= set(keys)
    assert strip_genitive("truss") == "truss"


@pytest.mark.parametrize(("token", "value"), [("4,500", "4500"), ("4.500", "4500"), ("٢٠٢٠", "2020"), ("x1", None)])
def test_features_numbers_any_script_and_separator(token: str, value: str | None) -> None:
    assert number_key(token) == value


def test_features_sentence_initial_short_word_is_not_a_name() -> None:
    keys = text_keys("The talks began. It was late.")
    assert "n:the" not in keys and "n:it" not in keys
    assert "w:talks" in keys


def test_features_unspaced_scripts_give_bigrams() -> None:
    keys = text_keys("英國首相卓慧思辭職")
    assert "w:shouxiang" in keys  # 首相, by its romanisation


def test_features_traditional_and_simplified_bigrams_meet() -> None:
    traditional = text_keys("習近平第三度擔任總書記")
    simplified = text_keys("习近平第三度担任总书记")
    shared = {k for k in traditional if k.startswith("w:")} & set(simplified)
    assert {"w:xijin", "w:jinping"} <= shared


def test_features_entities_and_boilerplate() -> None:
    doc = {
        "id": "x", "text": "Subscribe now! Jens Stoltenberg spoke.", "lang": "en", "published": {"value": "2020-12"},
        "spans": [{"kind": "boilerplate", "start": 0, "end": 14}],
        "entities": [{"text": "Jens Stoltenberg", "start": 15, "end": 31, "type": "PER",
                      "entity_id": "Q57541", "canonical": "Jens Stoltenberg"}],
    }  # fmt: skip
    feats = extract(doc)
    assert "w:subscrib" not in feats.keys and "e:jensstoltenberg" in feats.keys
    assert feats.surface["e:jensstoltenberg"] == "Jens Stoltenberg"
    assert feats.day == day_number({"published": "2020-12-01"})


def test_features_bad_dates_give_no_day() -> None:
    assert day_number({"published": "2020-13-45"}) is None
    assert day_number({"published": None}) is None
    assert extract({"id": "e", "text": ""}).keys == {}
