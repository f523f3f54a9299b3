"""Figures in Italian and Dutch, on sentences of MEANTIME's translations of Wikinews (inline), and
series that line up one claim across languages (Spanish "pedidos" and English "orders")."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.figures import build_series
from storyline.figures.series import series_measure
from storyline.lang import languages_with, table

from .figures_helpers import figures_of


def _read(text: str, lang: str) -> list[tuple[Any, ...]]:
    return [
        (f["text"], f["value"], f["unit"], f["measure"], (f["qualifier"] or {}).get("canonical"))
        for f in figures_of(text, lang=lang, published="2007-06-10")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Il velivolo ha un valore di catalogo, antecedente alle modifiche, di 3,5 miliardi di dollari.",
         ("3,5 miliardi di dollari", 3.5e9, "money:USD", "money:USD", None)),
        ("it", "Possiede inoltre un centro di progettazione a Mosca, con 1.400 dipendenti.",
         ("1.400", 1400, None, "dipendente", None)),
        ("it", "Airbus, il più grande produttore di aerei in Europa, ha annunciato tagli per 10.000 posti di lavoro.",
         ("10.000", 10000, None, "jobs", None)),
        ("it", "Sono stati venduti più di 4 miliardi di canzoni.",
         ("4 miliardi", 4e9, None, "canzone", "more than")),
        ("it", "Il nuovo iPod costerà 250 dollari.", ("250 dollari", 250, "money:USD", "money:USD", None)),
        ("nl", "De bestellingen zijn samen US $5,62 miljard waard.",
         ("$5,62 miljard", 5.62e9, "money:USD", "money:USD", None)),
        ("nl", "Op zaterdag kondigde Boeing 35 nieuwe bestellingen aan.",
         ("35", 35, None, "bestelling", None)),
        ("nl", "Apple Computer betaalde $26,5 miljoen.", ("$26,5 miljoen", 26.5e6, "money:USD", "money:USD", None)),
        ("nl", "Er waren ongeveer 500 gasten aanwezig.", ("500", 500, None, "gast", "about")),
        ("nl", "Airbus schrapt 10.000 banen.", ("10.000", 10000, None, "jobs", None)),
    ],
)
def test_languages_meantime_sentences_read_right(lang: str, text: str, expected: tuple[Any, ...]) -> None:
    assert _read(text, lang) == [expected]


def test_languages_dutch_prices_with_a_currency_code() -> None:
    text = "De iPod nano kost respectievelijk USD 199, - en USD 249, -."
    assert [(v, u) for _, v, u, _, _ in _read(text, "nl")] == [(199, "money:USD"), (249, "money:USD")]


def test_languages_years_dates_and_durations_are_no_figures() -> None:
    assert _read("Aeroflot negozia l' acquisto 10 giugno 2007 e i primi aerei saranno consegnati nel 2014.", "it") == []
    assert _read("Het contract loopt 27 jaar, sinds 1967 en tot 28 november.", "nl") == []


def test_languages_every_table_maps_series_measures_onto_counted_nouns() -> None:
    """A table's series keys are measures its figures carry (table values, or singulars of plurals)."""
    for lang in languages_with("figures"):
        module = table(lang, "figures")
        for noun, shared in getattr(module, "SERIES_MEASURES", {}).items():
            assert noun == noun.lower() and shared == shared.lower(), (lang, noun)
            assert series_measure(noun, lang) == shared


def _doc(doc_id: str, lang: str, text: str) -> dict[str, Any]:
    return {"id": doc_id, "source": doc_id, "lang": lang,
            "figures": figures_of(text, lang=lang, published="2007-07-10", doc_id=doc_id)}  # fmt: skip


def test_languages_orders_and_pedidos_form_one_series() -> None:
    en = _doc("en", "en", "So far, Boeing has received five orders from two customers for the 777-200LR since it was announced.")
    es = _doc("es", "es", "De momento, Boeing ha recibido cinco pedidos para el 777-200LR de dos clientes desde que lo anunció.")
    assert [f["measure"] for f in es["figures"]][:1] == ["pedido"]  # the figure keeps its noun as written
    (series,) = build_series([en, es], subject="Boeing", measure="order")
    assert series.measure == "order"
    assert sorted((p.doc_id, p.value) for p in series.points) == [("en", 5), ("es", 5)]
    assert [s.measure for s in build_series([es], measure="pedido")][:1] == ["order"]


def test_languages_series_without_a_language_keep_measures_as_written() -> None:
    es = _doc("es", "es", "De momento, Boeing ha recibido cinco pedidos para el 777-200LR de dos clientes.")
    es["lang"] = None
    assert "pedido" in {s.measure for s in build_series([es])}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # one-sentence reports of ../shared/eval/stories/itn-dev
        ("ru", "Ураган Ян обрушился на Кубу и США, погибли по меньшей мере 84 человека, многие числятся пропавшими без вести.",
         [("84", 84, None, "people", "at least")]),
        ("ru", "По меньшей мере 71 человек погиб, более 1,5 миллионов остались без электричества, отменены свыше 7000 авиарейсов в США.",
         [("71", 71, None, "people", "at least"), ("7000", 7000, None, "рейс", "more than")]),
        ("ru", "С космодрома стартовал космический корабль SpaceX Crew-5 с экипажем из четырёх человек.",
         [("четырёх", 4, None, "people", None)]),
        ("ru", "Впервые с 1984 года началось извержение вулкана Мауна-Лоа; Пеле умер в возрасте 82 лет.", []),
        ("ru", "Компания получила заказ на 2,5 млрд долларов.", [("2,5 млрд долларов", 2.5e9, "money:USD", "money:USD", None)]),
        ("sv", "Kevin McCarthy väljs till talman i USA:s representanthus efter 15 valomgångar – det högsta antalet sedan 1859.",
         [("15", 15, None, "valomgång", None)]),
        ("sv", "Fotbollslegendaren Pelé avlider, 82 år gammal.", []),
        ("sv", "Regeringen ska spara 3,5 miljarder kronor.", [("3,5 miljarder kronor", 3.5e9, "money:SEK", "money:SEK", None)]),
        ("da", "Et godstog og et passagertog kolliderer nær byen Larisa i Grækenland og mindst 38 personer omkommer.",
         [("38", 38, None, "people", "at least")]),
        ("da", "Regeringen vil spare 3,5 mia. kroner.", [("3,5 mia. kroner", 3.5e9, "money:DKK", "money:DKK", None)]),
    ],
)
def test_languages_russian_swedish_danish_reports(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(text, lang) == expected
