"""Owners where the subject is not where English puts it: verb-second main clauses (Dutch, German),
sentence adverbs and titles before the subject, and Romance subjects found by their finite verb.

The sentences are MEANTIME's (``../shared/eval/stories/meantime-cdcr-dev``: the Dutch, Italian and
Spanish translations of English Wikinews articles, the English owner in brackets where it agrees);
MEANTIME has no German, so the German ones are the same sentences in German.
"""

from __future__ import annotations

import pytest

from .figures_helpers import figures_of


def _owners(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["subject"] and f["subject"]["canonical"]) for f in figures_of(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # airbus/11714 (en: "At present Ryanair has 91 aircraft and 230 on order.")
        ("nl", "Op dit moment heeft Ryanair 91 vliegtuigen met 230 machines in bestelling.",
         [("91", "Ryanair"), ("230", "Ryanair")]),
        ("nl", "Hiermee heeft Ryanair in totaal 230 machines in bestelling staan bij de Amerikaanse fabrikant.",
         [("230", "Ryanair")]),
        # airbus/73808: a past tense by its ending ("kondigde"), the English reads "German" as the owner
        ("nl", "Op zaterdag kondigde Boeing 35 nieuwe bestellingen aan van de Duitse maatschappij Air Berlin.",
         [("35", "Boeing")]),
        # airbus/4764: a count in words after the subject ("Boeing vijf") is no model number
        ("nl", "Tot dusver heeft Boeing vijf bestellingen van twee klanten voor de 777-200LR ontvangen.",
         [("twee", "Boeing")]),
        # apple/214601: a partitive-linked subject after the verb
        ("nl", "In het afgelopen financiële kwartaal steeg de verkoop van Macs met 22 procent.", [("22 procent", "Macs")]),
        ("de", "Derzeit hat Ryanair 91 Flugzeuge.", [("91", "Ryanair")]),
        ("de", "Am Samstag kündigte Boeing 35 neue Bestellungen an.", [("35", "Boeing")]),
    ],
)  # fmt: skip
def test_word_order_verb_second_subject_after_the_fronted_verb(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    owners = _owners(text, lang)
    assert [o for o in owners if o[0] in {e[0] for e in expected}] == expected


def test_word_order_verb_second_needs_a_fronted_element_not_a_subject() -> None:
    # apple/58772: a first word before a finite verb is no name where any word may open the clause
    text = (
        "Hierbij moet worden vermeld dat het aandelenkapitaal van Apple Inc verdriedubbelde in 2004, "
        "verdubbelde in 2005 en met 16 procent toenam in 2006."
    )
    assert _owners(text, "nl") == [("16 procent", None)]
    # airbus/87805: the clause after a bracket goes on; "US" before "$200.000" is no subject after a verb
    text = (
        "``Indonesische luchtvaartmaatschappijen die het vliegtuig (van Airbus) in Europa aankopen moeten "
        "US $200.000 aan extra kosten betalen, ' ' zei Djamal."
    )
    assert _owners(text, "nl") == [("$200.000", None)]
    # airbus/73808: "Volgens" is a preposition, not a sentence adverb: Boeing is the source, not the subject
    text = "Volgens Boeing verbruikt de 787 Dreamliner 20 procent minder brandstof per passagier."
    assert _owners(text, "nl") == [("20 procent", None)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # airbus/11714: a capitalised sentence adverb before the subject
        ("it", "Attualmente Ryanair dispone di 91 aeromobili e 230 in ordinazione.", [("91", "Ryanair"), ("230", "Ryanair")]),
        # apple/191597: a sentence adverb before a partitive-linked subject
        ("it", "Ieri le azioni di Apple Inc. sono salite a 5,41 dollari negli scambi regolari.",
         [("5,41 dollari", "Apple Inc")]),
        # airbus/71426, airbus/276079: a sentence-first name before a finite verb of the table
        ("es", "Ryanair posee el 25% de acciones de Aer Lingus.", [("25%", "Ryanair")]),
        ("it", "Ryanair detiene una quota del 25 per cento di Aer Lingus.", [("25 per cento", "Ryanair")]),
        ("es", "Boeing dice que tienen 800 pedidos de 200 millones por avión.", [("800", "Boeing")]),
        # airbus/62929: a future tense by its ending ("perderá")
        ("es", "Francia perderá 4.300 puestos de trabajo.", [("4.300", "Francia")]),
        # airbus/100911: an adverb between the subject and its verb
        ("it", "Boeing inizialmente aveva accettato di noleggiare 100 aerei cisterna.", [("100", "Boeing")]),
        # airbus/11714: a title ending in a lowercase demonym, and a sayer announcing its own intention
        ("it", ("La compagnia low cost irlandese Ryanair oggi ha annunciato la propria intenzione di esercitare "
                "le opzioni con Boeing per l' acquisto di cinque nuovi aeromobili 737."), [("cinque", "Ryanair")]),
    ],
)  # fmt: skip
def test_word_order_romance_subjects(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    owners = _owners(text, lang)
    assert [o for o in owners if o[0] in {e[0] for e in expected}] == expected


def test_word_order_english_keeps_a_maker_before_its_model_number() -> None:
    # English is not verb-second: a name before a number still makes things ("Boeing 787")
    text = "Aeroflot has negotiated the purchase of 22 new Boeing 787 Dreamliners."
    assert _owners(text, "en") == [("22", "Aeroflot")]


def test_word_order_second_main_clause_after_a_coordinator() -> None:
    # airbus/8983 (en: "Air Canada has ordered US$ 6 billion in new airliners, while Air India has signed a
    # deal for a further US$ 7 billion"); apple/37313
    text = (
        "Air Canada heeft nieuwe passagiersvliegtuigen ter waarde van US $6 miljard besteld en Air India heeft "
        "een deal voor nog eens US $7 miljard getekend."
    )
    assert _owners(text, "nl") == [("$6 miljard", "Air Canada"), ("$7 miljard", "Air India")]
    text = "Ook deze zaak werd buiten het gerechtshof geregeld en Apple Computer betaalde $26,5 miljoen."
    assert _owners(text, "nl") == [("$26,5 miljoen", "Apple Computer")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", ("El sábado, Boeing anunció 35 nuevos pedidos de la compañía aérea alemana Air Berlin y de la Aviation "
                "Lease & Finance de Kuwait, lo que suman 677 pedidos de 47 clientes.")),
        ("nl", ("Op zaterdag kondigde Boeing 35 nieuwe bestellingen aan van de Duitse maatschappij Air Berlin en ALAFCO "
                "Aviation Lease & Finance uit Kuwait, waarmee er in totaal 677 toestellen zijn besteld door 47 klanten.")),
        # the English: a sayer whose said clause opens with another figure still owns the later ones
        ("en", ("On Saturday, Boeing announced 35 new orders from German airline Air Berlin and ALAFCO Aviation Lease & "
                "Finance of Kuwait, bringing the total to 677 orders from 47 customers.")),
    ],
)  # fmt: skip
def test_word_order_relative_on_the_whole_clause_keeps_its_subject(lang: str, text: str) -> None:
    # airbus/73808: "lo que", "waarmee" after a comma go on with the clause before (CLAUSE_RELATIVES)
    owners = dict(_owners(text, lang))
    assert (owners["677"], owners["47"]) == ("Boeing", "Boeing")


def test_word_order_relative_on_a_said_clause_has_no_sayer() -> None:
    # apple/214601: the sales are the company's the sayer speaks of, not Jobs's (en: none)
    text = (
        "Jobs informó que la compañía había vendido 13,7 millones de Macs el año pasado, lo que se traduce "
        "en un total de 22.000 millones de dólares."
    )
    assert dict(_owners(text, "es"))["22.000 millones de dólares"] is None
