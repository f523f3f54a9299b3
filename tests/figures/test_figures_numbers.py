"""Numbers as written and their values: separators by digit-group shape, words, scales, signs."""

from __future__ import annotations

import pytest

from storyline.figures.lexicon import lexicon
from storyline.figures.numbers import find_numbers, parse_digits

from .figures_helpers import figures_of


def _numbers(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(n.text, n.value, n.unit) for n in find_numbers(text, 0, len(text), lexicon(lang))]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("4.500", "en", 4500),  # grouped by shape even in English
        ("12,000", "en", 12000),
        ("11.000", "nb", 11000),
        ("12 000", "nb", 12000),
        ("7\u00a0000", "pt", 7000),
        ("16,389", "en", 16389),
        ("25.4", "en", 25.4),
        ("2,5", "nb", 2.5),
        ("1,234.56", "en", 1234.56),
        ("1.234,56", "de", 1234.56),
        ("0.500", "en", 0.5),
        ("two dozen", "en", 24),
        ("Six million", "en", 6e6),
        ("two hundred and fifty", "en", 250),
        ("tre tusen", "nb", 3000),
        ("deux millions", "fr", 2e6),
        ("9.9 million", "en", 9.9e6),
        ("1.250 million", "en", 1.25e6),  # the decimal mark before a scale word
    ],
)
def test_numbers_value_by_digit_groups(text: str, lang: str, value: float) -> None:
    found = _numbers(text, lang)
    assert len(found) == 1 and found[0][0] == text
    assert found[0][1] == pytest.approx(value)


def test_numbers_units_written_with_the_number() -> None:
    found = _numbers("$1million, $846.8million and 54% of €30", "en")
    assert found == [("$1million", 1e6, "money:USD"), ("$846.8million", 846.8e6, "money:USD"),
                     ("54%", 54, "percent"), ("€30", 30, "money:EUR")]  # fmt: skip


@pytest.mark.parametrize(
    "text", ["9/11", "24-year-old", "EB-5", "3:15 a.m.", "16x9", "@Fred_945", "6'3\"", "millions of"]
)
def test_numbers_skip_parts_of_other_tokens(text: str) -> None:
    assert _numbers(text, "en") == []


def test_numbers_parse_digits_decimal_mark_only_when_scaled() -> None:
    assert parse_digits("2,500", ",", scaled=False) == 2500
    assert parse_digits("2,500", ",", scaled=True) == 2.5


def test_numbers_found_after_text_whose_lower_case_is_longer() -> None:
    # "İ" lower-cases to two characters: offsets must still index the raw text
    text = "Atentado na Avenida İstiklal mata pelo menos seis pessoas; someone saw one of them."
    found = list(find_numbers(text, 0, len(text), lexicon("pt")))
    assert [(text[n.start : n.end], n.value) for n in found] == [("seis", 6)]
    assert [n.text for n in find_numbers(text, 0, len(text), lexicon("en"))] == ["one"]


def test_numbers_multiword_scales_ratios_and_one_cent() -> None:
    # eighth pass, development-10: "mil millones" is a scale of its own, "eight of 10" a proportion
    found = figures_of("Boeing ganó cinco mil millones de dólares y una cifra de mil millones de dólares.", lang="es")
    assert [f["value"] for f in found] == [5e9, 1e9]
    found = figures_of("Another slide shows that eight of 10 avocados consumed in the United States are grown in Mexico.")
    assert found == []
    found = figures_of("Savin Corp. reported a profit of $3.8 million, or one cent a share.")
    assert [(f["text"], f["value"]) for f in found] == [("$3.8 million", 3.8e6), ("one cent", 0.01)]


def test_numbers_scaled_values_are_exact() -> None:
    """PolNeAR (NYT, 2016-10-04): "$65.4 billion" printed as 65400000000.00001 in the series."""
    text = "Apple booked $65.4 billion and $214.9 billion, and 1.1 trillion dollars."
    values = [n.value for n in find_numbers(text, 0, len(text), lexicon("en"))]
    assert values == [65_400_000_000, 214_900_000_000, 1_100_000_000_000]
