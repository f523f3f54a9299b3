"""Cross-lingual anchors on real ITN blurbs: CLDR country names, name parts in CJK text, Arabic
proclitics."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.stories.features import fold, skeleton, text_keys
from storyline.stories.places import place_keys


def test_places_one_country_key_in_every_script(itn_docs: list[dict[str, Any]]) -> None:
    gabrielle = [d for d in itn_docs if d["event"] == "Q116761981"]  # Cyclone Gabrielle, New Zealand
    langs = {d["lang"] for d in gabrielle if place_keys(d["text"])["c:NZ"]}
    assert {"en", "pt", "ta", "fa", "ko", "ur"} <= langs  # நியூசிலாந்து, نیوزیلند, 뉴질랜드의...
    assert len(langs) == len({d["lang"] for d in gabrielle})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("日本前內閣總理大臣安倍晉三喺奈良市演講嗰陣俾人槍擊致死", "c:JP"),  # unspaced Han, traditional
        ("Бывший премьер-министр Японии Синдзо Абэ убит", "c:JP"),  # a case ending
        ("Nataša Pirc Musar valittiin Slovenian presidentiksi.", "c:SI"),  # a genitive
        ("2월 11일, 사이클론 가브리엘이 뉴질랜드의 북섬을 강타해", "c:NZ"),  # a particle
        ("ระเบิดพลีชีพในมัสยิดแห่งหนึ่งในเปศวาร์ ประเทศปากีสถาน", "c:PK"),  # unspaced Thai
        ("Cyclone Gabrielle causes widespread damage and flooding across New Zealand.", "c:NZ"),
    ],
)
def test_places_inflected_names_found(text: str, code: str) -> None:
    assert place_keys(text)[code] >= 1


def test_places_short_name_takes_no_ending() -> None:
    keys = place_keys("Mantan pardano mantari Japang Abe Shinzo dibunuah katiko bapidato di Nara.")
    assert "c:IM" not in keys  # 'Man' (Isle of Man) is no prefix of 'mantan'
    assert "c:JP" in keys


def test_places_no_place_no_key() -> None:
    assert place_keys("") == {} and place_keys("The talks began at noon.") == {}


def test_features_name_parts_set_off_by_middle_dot(itn_docs: list[dict[str, Any]]) -> None:
    blurb = next(d["text"] for d in itn_docs if "内塔尼亚胡" in d["text"])  # ...總理本雅明·内塔尼亚胡宣布...
    assert "k:" + skeleton(fold("Netanyahu")) in text_keys(blurb)


def test_features_arabic_article_dropped_from_skeleton() -> None:
    assert "k:" + skeleton(fold("Brazil")) in text_keys("فاز لولا في البرازيل")
