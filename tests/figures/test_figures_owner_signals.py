"""Owner signals of the ninth pass's second part, each read from a development sentence's structure
(no parser): names joined across "&", anaphors after a demonstrative, a reflexive after a sentence's
first word, small counts after a definite article, the owner of a share's whole, stock indexes named
with a number, no carried subject across a semicolon. Sentences are the gold's development rows
(ids in the comments) or made to show the same construction.
"""

from __future__ import annotations

import pytest

from .figures_helpers import figures_of


def _owners(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(f["text"], f["subject"] and f["subject"]["canonical"]) for f in figures_of(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # g665: the WSJ's "&amp;" lost its signs ("Savings amp Loan")
        ("en", "Benjamin Franklin Federal Savings amp Loan Association said it plans to restructure in the wake of a "
               "third-quarter loss of $7.7 million.",
         [("$7.7 million", "Benjamin Franklin Federal Savings amp Loan Association")]),
        ("en", "Procter & Gamble said it earned $5 million.", [("$5 million", "Procter & Gamble")]),
        # g697: "este Servicio" refers back, it names nobody
        ("es", "Además, este Servicio ha atendido cerca de diez mil consultas anuales.", [("diez mil", None)]),
        ("en", "This Company earned $5 million.", [("$5 million", None)]),
        # g701: a reflexive pronoun and its verb after the sentence's first word
        ("es", "Aldef se dedica a la explotación de tres aparcamientos situados en Barcelona y Sabadell.",
         [("tres", "Aldef")]),
    ],
)  # fmt: skip
def test_owner_signals_names_and_anaphors(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _owners(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # g598, g469, g299: things named before, not the clause subject's
        ("en", "The State Department has lifted dire travel warnings that urged Americans to stay away from the two "
               "countries.", [("two", None)]),
        ("en", "Now officials are investigating whether, Rudolph, who remains at large, is linked to all three attacks.",
         [("three", None)]),
        ("es", "Apple Corps sostenía que el iTunes Music Store era una violación del acuerdo alcanzado en 1991 entre "
               "las dos partes.", [("dos", None)]),
        # a possessive still owns a definite count: "NATO's three newest members" (the seeds' kind)
        ("en", "NATO's three newest members were under the Soviet umbrella.", [("three", "NATO")]),
    ],
)  # fmt: skip
def test_owner_signals_definite_small_counts_are_nobodys(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _owners(text, lang) == expected


def test_owner_signals_share_of_a_possessive_whole() -> None:
    # g637: no holder in the clause ("Revenue" is a common word), so the whole's owner
    text = "Revenue from non-GM accounts was 45% of EDS's total business in the latest nine months."
    assert _owners(text) == [("45%", "EDS")]
    # a holder in the clause keeps it ("owns about 9.4% of LIN's stock": McCaw, g235's kind)
    assert _owners("McCaw owns about 9.4% of LIN's stock.") == [("9.4%", "McCaw")]


def test_owner_signals_stock_index_named_with_a_number() -> None:
    # g588
    owners = _owners("The Financial Times 100-share index shed 47.3 points, down 4.5% from the previous Friday.")
    assert owners == [("47.3", "Financial Times 100-share index"), ("4.5%", "Financial Times 100-share index")]
    assert _owners("The FTSE 100 index fell 12.5 points to 3,010.2.") == [
        ("12.5", "FTSE 100 index"), ("3,010.2", "FTSE 100 index")
    ]  # fmt: skip


def test_owner_signals_no_subject_carried_across_a_semicolon() -> None:
    # g636: the second main clause has a subject of its own
    text = "Fidelity's junk fund has fallen 2.08% this year; the Vanguard fund rose 1.84%."
    assert _owners(text)[0] == ("2.08%", "Fidelity") and _owners(text)[1][1] != "Fidelity"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news constructions checked apart from the gold (made-up names)
        ("Acme Corp., a unit of Beta Inc., said it earned $5 million.", [("$5 million", "Acme Corp")]),
        ("Acme reported that Beta's revenue rose 5%.", [("5%", "Beta")]),
        ("Sales at Acme rose 5%.", [("5%", "Acme")]),
        ("Profit at Acme fell 5% to $3 million.", [("5%", "Acme"), ("$3 million", "Acme")]),
        ("Montedison currently owns about 72% of Erbamont's common shares outstanding.", [("72%", "Montedison")]),
        ("Analysts expect Acme to report earnings of $1.20 a share.", [("$1.20", "Acme")]),
        ("Acme Ltd posted a pre-tax profit of 12.5 million pounds.", [("12.5 million pounds", "Acme Ltd")]),
        # g826 (development-14): shares listed after their names, the verb left out
        ("In the poll, Trump received 38 percent support, Gary Johnson 3 percent and Jill Stein 2 percent.",
         [("38 percent", "Trump"), ("3 percent", "Gary Johnson"), ("2 percent", "Jill Stein")]),
        # g279: a clause opened by a pronoun has a subject of its own (held by a pronoun: nobody's)
        ("Once he realized that Paribas's intentions weren't friendly, he said, but before the bid was launched, he "
         "sought approval to boost his Paribas stake above 10%.", [("10%", None)]),
        # development-13's dateline and adjectives before a modifying name
        ("NEWARK, N.J. _ A new Essex County task force began delving Thursday into the slayings of 14 black women.",
         [("14", None)]),
    ],
)  # fmt: skip
def test_owner_signals_news_constructions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _owners(text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # g705 (development-12): a first word, an apposition between commas, then its verb
        ("nl", "Rajkamur, beroemd om zijn maar liefst 210 vertolkingen in typische films, was televisie aan het kijken.",
         [("210", "Rajkamur")]),
        ("es", "Acme, filial de Beta, vendió 300 coches.", [("300", "Acme")]),
        # Dutch plurals with an apostrophe
        ("nl", "Het bedrijf Acme verkocht 300 auto's.", [("300", "Acme")]),
    ],
)  # fmt: skip
def test_owner_signals_appositions_and_plurals(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _owners(text, lang) == expected
