"""Explicit dates in languages without a time table: CLDR's month and weekday names (babel)."""

from __future__ import annotations

import pytest

from storyline.model import Document
from storyline.time import annotate
from storyline.time.cldr import cldr_table
from storyline.time.evaluate import published_of
from storyline.time.lexicon import lexicon


def times(text: str, lang: str, published: str = "2022-10-29") -> dict[str, str]:
    """Expression text -> value for one text."""
    doc = Document(id="t", text=text, lang=lang, published=published_of(published))
    annotate(doc)
    return {t.text: t.value for t in doc.times}


@pytest.mark.parametrize(
    ("lang", "text", "expression", "value"),
    [
        # real ITN blurbs' forms: genitive months, Arabic script, a dotted Finnish day
        ("pl", "Liz Truss po 45 dniach złożyła rezygnację (20 października)", "20 października", "2022-10-20"),
        ("uk", "Сі Цзіньпін втретє переобрався генеральним секретарем (23 жовтня)", "23 жовтня", "2022-10-23"),
        ("ar", "10 أكتوبر مجلس الشعب الصيني يُعيد انتخاب شي جين بينغ", "10 أكتوبر", "2022-10-10"),
        ("ro", "6 septembrie Elizabeth Truss a devenit noul prim-ministru", "6 septembrie", "2022-09-06"),
        ("fi", "Ales Bjaljatski sai Nobelin rauhanpalkinnon 7. lokakuuta 2022.", "7. lokakuuta 2022", "2022-10-07"),
        ("pt", "O sismo de 21 de novembro matou 334 pessoas.", "21 de novembro", "2022-11-21"),
        # Han and Hangul counters, with and without a year, inside unspaced text
        ("ko", "10월 22일, 시진핑이 총서기로 당선되었다.", "10월 22일", "2022-10-22"),
        ("zh", "在2022年10月22日，习近平当选总书记。", "2022年10月22日", "2022-10-22"),
        ("ja", "3月5日に東京で", "3月5日", "2022-03-05"),
    ],
)
def test_cldr_dates_in_languages_without_a_table(lang: str, text: str, expression: str, value: str) -> None:
    assert lexicon(lang).get("MONTHS") is not lexicon("en").get("MONTHS")
    assert times(text, lang).get(expression) == value


def test_cldr_year_taken_from_the_publication_date() -> None:
    """A month-day without a year is the last one before the publication (as in every table)."""
    assert times("Pelé zmarł 29 grudnia w wieku 82 lat.", "pl", "2023-01-04") == {"29 grudnia": "2022-12-29"}


def test_cldr_date_order_from_the_locale() -> None:
    assert cldr_table("pl", lexicon("en").table).DATE_ORDER == "DMY"
    assert cldr_table("ko", lexicon("en").table).DATE_ORDER == "YMD"
    assert times("Wybory odbyły się 9.10.2022.", "pl") == {"9.10.2022": "2022-10-09"}


def test_cldr_languages_with_a_table_keep_it() -> None:
    """Norwegian keeps its own table (relative words too); an unknown code falls back to English."""
    assert times("Avtalen ble signert 29. februar 2020.", "nb") == {"29. februar 2020": "2020-02-29"}
    assert cldr_table("nb", lexicon("en").table) is not None  # CLDR knows it, the table still wins
    assert lexicon("nb").get("MONTHS") is not cldr_table("nb", lexicon("en").table).MONTHS
    assert cldr_table("xx-nonsense", lexicon("en").table) is None
    assert times("NATO met on October 21.", "xx-nonsense", "2020-10-25") == {"October 21": "2020-10-21"}


def test_cldr_short_abbreviations_are_no_months() -> None:
    """Abbreviations under four letters ('lis' = listopad) are ordinary words too often."""
    months = cldr_table("pl", lexicon("en").table).MONTHS
    assert "lis" not in months and "listopada" in months and "listopad" in months


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Guvernul a decis să investească mai mult în educație."),  # "mai": May, and "more"
        ("ms", "Mac lalu dia datang."),  # "Mac": March in Malay, a name elsewhere
        ("id", "Harga naik lagi pada Mei."),  # a short month name before a full stop
        ("tr", "Ekim ayında seçim yapıldı."),
    ],
)
def test_cldr_short_month_names_alone_are_no_dates(lang: str, text: str) -> None:
    assert times(text, lang) == {}


def test_cldr_short_month_names_count_next_to_a_day_or_year() -> None:
    assert times("Alegerile au avut loc pe 5 mai 2022.", "ro") == {"5 mai 2022": "2022-05-05"}
    assert times("Dia datang pada 3 Mac.", "ms") == {"3 Mac": "2022-03-03"}
    assert times("Alegerile au avut loc în septembrie.", "ro") == {"septembrie": "2022-09"}


def test_cldr_day_month_with_stops_where_dates_are_written_so() -> None:
    """Finnish, Czech... write "(13.11.)" for a day and month and a comma in decimals; English
    "3.5." and "13.11." stay numbers, and so does a Finnish decimal written with a comma."""
    assert times("Nataša Pirc Musar valittiin Slovenian presidentiksi. (13.11.)", "fi", "2022-11-20") == {
        "13.11": "2022-11-13"
    }
    assert times("Volby se konaly 8.10. a výsledky", "cs") == {"8.10": "2022-10-08"}
    assert times("Growth was 3.5. The rate was 13.11. Then it fell.", "en") == {}
    assert times("Inflaatio oli 3,5 prosenttia.", "fi") == {}
    assert cldr_table("fi", lexicon("en").table).DAY_MONTH_DOTS
    assert not cldr_table("ko", lexicon("en").table).DAY_MONTH_DOTS


def test_tables_day_month_with_stops_and_clock_times() -> None:
    """Norwegian and German tables read "(13.11.)" too; "kl. 13.11." stays a clock time."""
    assert times("Stortinget vedtok loven (13.11.)", "nb", "2022-11-20") == {"13.11": "2022-11-13"}
    assert times("Møtet startet kl. 13.11. Deretter snakket han.", "nb", "2022-11-20") == {"13.11": "2022-11-20T13:11"}
    assert times("Die Wahl fand am 8.10. statt.", "de") == {"8.10": "2022-10-08"}
