"""City names across scripts (GeoNames ids) on real ITN blurbs, and the rules that keep common
words and lowercase text from becoming cities."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.stories.cities import DATA, City, build_rows, city_keys

PESHAWAR, KABUL, MOSCOW, KYIV = "g:1168197", "g:1138958", "g:524901", "g:703448"


def test_cities_one_key_for_a_city_in_every_script(itn_docs: list[dict[str, Any]]) -> None:
    bombing = [d for d in itn_docs if d["event"] == "Q116485898"]  # the Peshawar mosque bombing, 2023
    langs = {d["lang"] for d in bombing if city_keys(d["text"])[PESHAWAR]}
    assert {"en", "pt", "ru", "uk", "th", "zh", "ur", "fa"} <= langs  # Pexauar, Пешаваре, เปศวาร์, 白沙瓦
    assert len(langs) >= len({d["lang"] for d in bombing}) - 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("теракт в Пешаваре", PESHAWAR),  # a case ending cut
        ("白沙瓦清真寺爆炸", PESHAWAR),  # a substring of unspaced Han
        ("카불에서 폭탄이 터졌다", KABUL),  # a particle
        ("انفجار في بكابل", KABUL),  # an Arabic proclitic
        ("Встреча прошла в Москве", MOSCOW),  # a replaced final vowel (Москва)
        ("Russian missiles struck Kyiv on Monday.", KYIV),
        ("აფეთქება ქაბულში", KABUL),  # Georgian: caseless here, ქაბული's -ი replaced by -ში
    ],
)
def test_cities_inflected_and_unspaced_names_found(text: str, key: str) -> None:
    assert city_keys(text)[key] >= 1


def test_cities_lowercase_words_are_no_cities() -> None:
    assert not city_keys("the weather was nice and the phone was mobile")
    assert city_keys("She flew from Nice to Mobile.")  # capitalised, the same words are places


def test_cities_build_keeps_a_shared_name_for_the_most_populous_only() -> None:
    rows = build_rows(
        [
            City(1, 2_000_000, ("Paris", "Парижа", "kabl")),  # lowercase Latin: a romanisation, dropped
            City(2, 25_000, ("Paris",)),  # Paris, Texas: the name stays France's
            City(3, 40_000, ("Springfield",)),
            City(4, 30_000, ("Springfield",)),  # neither dominates: nobody's
            City(5, 9_000, ("Smalltown",)),  # under 15,000 people
        ],
        not_cities=["france"],
    )
    assert rows == [(1, "Paris", ["paris", "парижа"])]


def test_cities_table_ships_with_the_package() -> None:
    assert DATA.is_file() and DATA.stat().st_size < 3_000_000
