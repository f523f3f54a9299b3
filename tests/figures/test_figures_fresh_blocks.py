"""Rules of the tenth pass, each read from a sentence of development blocks 16-19 (gold ids in the
comments; docs/quality.md, Figures, tenth pass): units and currencies the tables lacked, German nouns
read as names, lists of moves, ranges of shares, partitive pronouns, margins, sayers with objects,
wire slugs, and names listed beside a count.
"""

from __future__ import annotations

import pytest

from .figures_helpers import figures_of


def _read(text: str, lang: str = "en") -> list[tuple[str, float, str, str | None]]:
    return [
        (f["text"], round(f["value"], 4), f["measure"], f["subject"] and f["subject"]["canonical"])
        for f in figures_of(text, lang=lang, published=None)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # g974: an abbreviated unit is the measure as written, like "30GB"; distances have no owner
        ("en", "Koranic reading sessions were held near his home about 60 km (40 miles) from the capital Conakry.",
         [("60 km", 60, "km", None), ("40", 40, "mile", None)]),
        # g930, g933: currencies the English table lacked
        ("en", "In 1995, Kekkila reported a 5.6 million markka loss before extraordinary items and tax.",
         [("5.6 million markka", 5.6e6, "money:FIM", "Kekkila")]),
        # g956: a bare number before a currency word reads its point as a currency sign before it would
        ("en", "Magna's Class A shares are far below their high of 16.125 Canadian dollars.",
         [("16.125 Canadian dollars", 16.125, "money:CAD", "Magna")]),
        # g1065: "at" before an amount in cents is no time of day
        ("en", "September heating oil closed 1.63 cents higher at 63.67 cents a gallon.",
         [("1.63 cents", 0.0163, "money:USD", None), ("63.67 cents", 0.6367, "money:USD", None)]),
    ],
)
def test_extract_units_and_currencies(lang: str, text: str, expected: list) -> None:
    assert _read(text, lang) == expected


def test_extract_german_nouns_are_no_names() -> None:
    # g990: every German noun has a capital; "Kinder" is the counted noun, not a maker or an owner
    found = _read("Dennoch will er weiterhin private Einrichtungen fördern, die jeweils 20 oder 30 Kinder "
                  "betreuen könnten.", "de")  # fmt: skip
    assert found == [("20", 20, "kind", None), ("30", 30, "kind", None)]
    # g943, g945: a number after a month that cannot be a day; a spelled number names no "Dorf 20"
    assert _read("Sie hatten am Morgen des 8. Mai 40 Kilometer zurückgelegt.", "de") == [
        ("40", 40, "kilometer", None)
    ]
    assert _read("Das nächste Dorf liegt zwanzig Kilometer entfernt.", "de") == [("zwanzig", 20, "kilometer", None)]
    # g946: opening hours are no count
    assert _read("Die Teilnehmer können samstags von 9 bis 10 Uhr schwimmen.", "de") == []


def test_extract_lists_ranges_and_partitive_pronouns() -> None:
    # g928: a list of moves counts what its first figure counts, a unit written later is its item's own
    found = _read("Commitments were: wheat up 595,400 tonnes old, nil new; corn up 1,900 old, up 319,600 new; "
                  "upland cotton up 50,400 bales new; barley up 1,700 old.")  # fmt: skip
    assert [(t, m) for t, _, m, _ in found] == [
        ("595,400", "tonne"), ("1,900", "tonne"), ("319,600", "tonne"), ("50,400", "bale"), ("1,700", "tonne")
    ]
    # g1104, g838: a hyphened range of shares is two figures; scores and years stay alone
    assert [(t, v) for t, v, _, _ in _read("Airlines demand improvements of 15-20% in 1990-1995, a 6-3 score.")] == [
        ("15", 15), ("20%", 20)
    ]
    # g906: a count before a partitive pronoun counts what the figure before counts
    found = _read("Since then, 427 fugitives have been located, 133 of them as a result of citizen assistance.")
    assert [(t, m) for t, _, m, _ in found] == [("427", "fugitive"), ("133", "fugitive")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # g960: a sayer's verb with an object, no said clause
        ("For the quarter a year ago, Columbia reported earnings of $16.3 million, or 37 cents a share.",
         [("$16.3 million", "Columbia"), ("37 cents", "Columbia")]),
        # g1051, g1053: a said clause after a qualifier or a short time phrase is nobody's
        ("Mark Potach says over four hundred hate groups have been identified.", [("four hundred", None)]),
        ("Stumpf said on Tuesday that the lowest-paid bank workers make $12 an hour.", [("$12", None)]),
        # g961: a margin after "by" and a word of leading is the leader's
        ("POLITICO's Battleground States average shows Clinton likewise ahead by 3.7 percentage points.",
         [("3.7", "Clinton")]),
        # g978: a name listed beside the count owns nothing
        ("Gunmen seized Penrose, Frenchman Frederic Malardeau and six other hostages from their car.",
         [("six", None)]),
        # g967: a small count after a definite article, under a possessive heading the clause
        ("Apple Corps claims that Apple Computer's store violates an agreement reached between the two companies.",
         [("two", None)]),
        # g1066: a wire's slug names nobody
        ("WHEAT SALES - The agency bought wheat at $ 195.79 per tonne, FOB.", [("$ 195.79", None)]),
    ],
)
def test_owners_of_the_tenth_pass(text: str, expected: list) -> None:
    assert [(t, s) for t, _, _, s in _read(text)] == expected
