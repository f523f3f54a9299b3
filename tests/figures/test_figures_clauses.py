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
