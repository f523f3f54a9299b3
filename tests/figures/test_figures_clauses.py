"""Owners read from a clause's structure (sixth pass): relative clauses, partitive-linked heads,
datelines run into a story, appositions, givers and suppliers, shares and groups of people. Each
case is a development sentence of the gold or one built like it."""

from __future__ import annotations

from .figures_helpers import figures_of


def _owners(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    return [(f["text"], f["measure"], f["subject"] and f["subject"]["canonical"]) for f in figures_of(text, lang=lang)]


def test_clauses_relative_clause_subject_has_the_counted_noun() -> None:
    text = "That is at the high end of the range of 7,000 to 8,000 employees that Unisys said would be laid off."
    assert [o[2] for o in _owners(text)] == ["Unisys", "Unisys"]
    text = "That is due mostly to payments from Allianz for most of the 50% stake it has agreed to acquire."
    assert _owners(text) == [("50%", "percent", "Allianz")]
    # a pronoun's antecedent is no modifier ("the Stockholm office supplies company")
    text = "Esselte AB, the Stockholm office supplies company, proposed to acquire the 22% it doesn't own of its unit."
    assert _owners(text)[0][2] == "Esselte AB"


def test_clauses_partitive_linked_head_and_dateline_give_the_subject() -> None:
    text = (
        "Compañías aéreas chinas acuerdan la compra 29 de enero del 2005 Funcionarios de la República "
        "Popular China han acordado comprar 60 aviones Boeing 787 Dreamliner."
    )
    assert ("60", "avión", "República Popular China") in _owners(text, lang="es")
    text = "El acuerdo de Air Canada incluye pedidos en firme de 18 777s y 14 de los nuevos 787 Dreamliner."
    assert _owners(text, lang="es") == [("18", "777", "Air Canada"), ("14", "dreamliner", "Air Canada")]


def test_clauses_apposition_giving_and_supplying() -> None:
    text = "Jim Pattison Industries, a holding company with annual sales of about C$1.9 billion, declined comment."
    assert _owners(text) == [("C$1.9 billion", "money:CAD", "Jim Pattison Industries")]
    assert _owners("Peabody gave Patriot 13 percent of its coal reserves.")[0][2] == "Patriot"
    text = "EADS will supply the United States Air Force (USAF) with 179 new aerial refueling tankers."
    assert _owners(text)[0][2] == "United States Air Force"


def test_clauses_shares_scores_and_groups_of_people() -> None:
    text = "The average shows Clinton leading Trump 47.3 percent to 44.4 percent."
    assert [o[2] for o in _owners(text)] == ["Clinton", "Trump"]
    assert _owners("Nearly 10% of the populations of Wisconsin and Michigan is Polish American.")[0][2] is None
    assert _owners("Battleground state Florida is nearly 3% Polish American.")[0][2] is None
    assert _owners("Dow Jones, which owns 67% of Telerate, publishes newspapers.")[0][2] == "Dow Jones"


def test_clauses_prices_dates_and_common_words() -> None:
    assert _owners("Kirschner Medical fell 4 to 15.") == [
        ("4", "money:USD", "Kirschner Medical"), ("15", "money:USD", "Kirschner Medical")
    ]
    assert [f["value"] for f in figures_of("Weisfield's rocketed 9 1/2 to 39.")] == [9.5, 39]
    assert [o[2] for o in _owners("Revenue declined 8% to $85.7 million.")] == [None, None]
    assert _owners("Airbus wins Qatar Airways order worth $15bn June 13, 2005.")[0][0] == "$15bn"


def test_clauses_relative_clause_after_a_comma_is_on_the_word_before() -> None:
    # eighth pass, development-9: a relative clause on a name has its figures; one on a common noun does not
    text = "Ratners, which controls 25% of the British jewelry market, would increase its U.S. stores to about 450 stores."
    assert [o[2] for o in _owners(text)] == ["Ratners", "Ratners"]
    text = "Neal Horsley said his site was the focus of a trial, which led to a $107 million verdict this week."
    assert _owners(text)[0][2] is None


def test_clauses_sayer_of_an_estimate_and_a_share_of_a_population_own_nothing() -> None:
    assert _owners("Cuban authorities estimated that 100,000 women participated in the march.")[0][2] is None
    text = "Ethnic Albanians comprise 90 percent of the population in Kosovo."
    assert _owners(text) == [("90 percent", "percent", None)]
    # a named sayer before an object, not a clause, keeps its figures
    assert _owners("RFE/RL journalists report the news in 27 languages.")[0][2] == "RFE/RL"


def test_clauses_offer_target_and_order_buyer() -> None:
    text = "A unit of DPC Acquisition Partners launched a $10-a-share tender offer for the shares of Dataproducts Corp."
    assert _owners(text)[0][2] == "Dataproducts Corp"
    text = "Airbus has won an order from Qatar Airways for up to 60 of its new mid-sized A350 jets."
    assert _owners(text) == [("60", "jet", "Qatar Airways")]
    text = "Airbus ha ganado un pedido de Quatar Airways para hasta 60 de sus nuevos jets A350."
    assert _owners(text, lang="es")[0][2] == "Quatar Airways"
