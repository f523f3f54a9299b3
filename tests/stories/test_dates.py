"""Days of a month written out in any language become one key."""

from storyline.stories.dates import date_keys
from storyline.stories.places import place_pairs


def test_dates_same_day_in_many_languages() -> None:
    texts = [
        "26 septembre : l’impacteur DART percute l’astéroïde",
        "Ракета стартавала (26 верасня)",
        "26 سبتمبر اصطدام المركبة",
        "9월 26일, 다트 우주선이",
        "9月26日，双小行星重定向测试",
        "DART osui asteroidiin. (26.9.)",
    ]
    for text in texts:
        assert date_keys(text) == {"t:0926": 1}, text


def test_dates_nearest_month_name_wins_and_names_are_not_months() -> None:
    assert date_keys("Hurricane Ian made landfall on 28 September 2022") == {"t:0928": 1}
    assert not date_keys("2.5 million people, 17 dead, version 3.14")
    assert not date_keys("No date here at all")


def test_places_pairs_of_countries_named_together() -> None:
    keys = {"c:US": 1, "c:CU": 2, "n:ian": 1}
    assert place_pairs(keys) == {"j:CU+US": 1}
    assert not place_pairs({"c:US": 1})
