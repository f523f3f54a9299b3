"""The eleventh pass's rules on the sentences they were written from (development blocks 21-28 of the
gold: German, Dutch, Spanish and Norwegian news, ITN reports), and the cases each must leave alone."""

from __future__ import annotations

from .figures_helpers import figures_of


def _read(text: str, lang: str) -> list[tuple[str, float, str, str | None]]:
    return [
        (f["text"], round(f["value"], 4), f["measure"], (f["subject"] or {}).get("canonical"))
        for f in figures_of(text, lang=lang, published=None)
    ]


def test_numbers_words_written_as_one() -> None:
    found = _read("Tweehonderdvijftig yuan (1.250 frank) in de maand.", "nl")
    assert found == [("Tweehonderdvijftig yuan", 250, "money:CNY", None), ("1.250 frank", 1250, "money:BEF", None)]
    assert _read("Es kamen dreiundzwanzig Soldaten.", "de") == [("dreiundzwanzig", 23, "troops", None)]


def test_numbers_weak_word_before_a_plural_counts() -> None:
    assert _read("Hij is de oudste van acht kinderen.", "nl") == [("acht", 8, "kind", None)]
    assert _read("We moeten dat in acht nemen.", "nl") == []


def test_extract_range_takes_the_second_numbers_unit_and_scale() -> None:
    found = _read("De zeven gemeenten kunnen rekenen op een bedrag tussen 10 en 100 miljoen frank.", "nl")
    assert [(t, v, m) for t, v, m, _ in found][1:] == [("10", 1e7, "money:BEF"), ("100 miljoen frank", 1e8, "money:BEF")]
    found = _read("Another put the premium for jet kerosene at between 65 and 75 cents.", "en")
    assert [(t, v) for t, v, _, _ in found] == [("65", 0.65), ("75 cents", 0.75)]
    found = _read("Reed said that net income slipped 5% to #89.7 million.", "en")
    assert found[0][:3] == ("5%", 5, "percent")  # a move, not a range


def test_extract_counts_left_unsaid() -> None:
    assert _read("Federal officials said the two raised $350 million.", "en")[0][:3] == ("two", 2, "people")
    assert _read("Pr i dag er det ca 80 som bor i Tafjord.", "nb")[0][:3] == ("80", 80, "people")
    found = _read("La emisión será de 10.000 millones de pesetas y repartirá en premios 7.000 millones.", "es")
    assert [(t, m) for t, _, m, _ in found] == [("10.000 millones de pesetas", "money:ESP"), ("7.000 millones", "money:ESP")]


def test_extract_ratios_and_rate_bases_are_no_figures() -> None:
    found = _read("Se instalarían 6,5 atletas por cada una de las 2.500 casas.", "es")
    assert [(t, m) for t, _, m, _ in found] == [("2.500", "casa")]
    assert _read("Hasta disponer de uno por cada mil habitantes.", "es") == []


def test_extract_units_written_out_and_participles() -> None:
    assert _read("Auf dem 90 Hektar großen Gelände.", "de") == [("90 Hektar", 90, "hektar", None)]
    assert _read("Voor de regularisering werd 1,9 miljard uitgetrokken.", "nl") == []
    assert _read("Een vereniging met 560 nieuwe leerkrachten.", "nl") == [("560", 560, "leerkracht", None)]


def test_extract_german_singulars_and_lower_case_words() -> None:
    found = _read("Die Stadt hat 30 Betriebe, zwei Kernbereiche, 57 Verbände und 12 Ergebnisse.", "de")
    assert [m for _, _, m, _ in found] == ["betrieb", "kernbereich", "verband", "ergebnis"]
    assert _read("Die Bad Homburger besiegten sie mit 1079 zu 1053 sicher.", "de") == []


def test_owners_german_capitalised_nouns_are_no_names() -> None:
    found = _read("Der Erlös, Erwachsene zahlen 14 Mark und die ermäßigten Karten kosten 10 Mark.", "de")
    assert [s for *_, s in found] == [None, None]
    found = _read("Entsprechend der verringerten Nährstofffracht hat sich der Sauerstoffgehalt um 20 Prozent erhöht.", "de")
    assert found == [("20 Prozent", 20, "percent", None)]


def test_owners_subordinate_clause_and_headline_words() -> None:
    text = "Als de Amerikanen het voor het zeggen hadden gehad, dan moet een omzet van 800 miljoen frank gerealiseerd worden."
    assert _read(text, "nl")[0][3] is None
    assert _read("Thrift officials said the $300 million reserve will be adjusted quarterly.", "en")[0][3] is None
    assert _read("- Hvis du har 33 000 kroner, så er en Birkin-bag en investering.", "nb")[0][3] is None


def test_owners_time_phrase_and_sayer_title() -> None:
    found = _read("Last year Russia carried out a massive snap military maneuver of more than 80,000 troops.", "en")
    assert found == [("80,000", 80000, "troops", "Russia")]
    text = "Marous, chairman and chief executive officer, also said the company expects sales to rise 8.5% annually."
    assert _read(text, "en")[0][3] is None
