"""The twelfth pass's owner rules on the sentences they were written from (development blocks 29-31 of the
gold), and the cases each must leave alone."""

from __future__ import annotations

from .figures_helpers import figures_of


def _owners(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(f["text"], (f["subject"] or {}).get("text")) for f in figures_of(text, lang=lang, published=None)]


def test_owners_glued_genitive_is_the_names() -> None:
    text = "Målingen viser at over 70 prosent av Venstres velgere vil bygge gasskraftverk."
    assert _owners(text, "nb") == [("70 prosent", "Venstre")]
    assert _owners("Hans sa at 40 prosent av Norges soldater er i Afghanistan.", "nb") == [("40 prosent", "Norge")]
    # a name ending in "s" before a verb is no genitive
    assert _owners("Lars har 300 000 kroner i banken.", "nb") == [("300 000 kroner", "Lars")]


def test_owners_said_clause_opening_with_the_figure_is_not_the_sayers() -> None:
    text = "Dole said 70 percent of the cocaine that entered the country and 40 percent of the marijuana came from Mexico."
    assert _owners(text, "en") == [("70 percent", None), ("40 percent", None)]
    # a verb that may take the figure as its object keeps it: "Boeing announced 35 new orders"
    assert _owners("Boeing announced 35 new orders on Monday.", "en") == [("35", "Boeing")]


def test_owners_verb_second_after_a_coordinator() -> None:
    text = "Gujarat war durchaus erfolgreich, aber bisher hat Gujarat erst etwa 3000 Familien angesiedelt."
    assert _owners(text, "de") == [("3000", "Gujarat")]


def test_owners_name_before_a_noun_that_moves_owns_the_move() -> None:
    assert _owners("The Vanguard fund rose 1.84% last year.", "en") == [("1.84%", "Vanguard")]
    # a name describing a noun that does not move stays a description
    assert _owners("The Oklahoma City concern said it expects 300 jobs.", "en")[0][1] != "Oklahoma City"
