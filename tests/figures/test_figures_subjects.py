"""Whose figure it is, and what it counts, in the forms that misled the first version of the layer:
makers inside the counted phrase, partitives, apposition, nouns left unsaid, units on the digits."""

from __future__ import annotations

from storyline.figures import annotate
from storyline.pipeline import Options

from .figures_helpers import figures_of, make_doc


def _summary(text: str, lang: str = "en") -> list[tuple[str, float, str, str | None]]:
    return [
        (f["text"], f["value"], f["measure"], f["subject"] and f["subject"]["canonical"])
        for f in figures_of(text, lang=lang)
    ]


def test_subjects_maker_inside_the_counted_phrase_is_not_the_owner() -> None:
    text = "Russian flag carrier Aeroflot has negotiated the purchase of 22 new Boeing 787 Dreamliner aircraft."
    assert _summary(text) == [("22", 22, "aircraft", "Aeroflot")]


def test_subjects_partitive_reads_the_noun_behind_and_skips_model_numbers() -> None:
    text = (
        "Qatar Airways, which chose the Airbus A350 over Boeing's 787, will also purchase 20 of "
        "Boeing's larger 777 planes for $4.6 billion."
    )
    assert _summary(text) == [
        ("20", 20, "plane", "Qatar Airways"),
        ("$4.6 billion", 4.6e9, "money:USD", "Qatar Airways"),
    ]


def test_subjects_national_modifier_and_possessive_still_own() -> None:
    assert _summary("Some 8,000 U.S. soldiers were involved.") == [("8,000", 8000, "troops", "United States")]
    assert _summary("He praised NATO's around 12,000 troops.")[0][3] == "NATO"
    assert _summary("Nato har rundt 11.000 soldater i Afghanistan.", lang="nb")[0][3] == "NATO"


def test_subjects_objects_of_verbs_and_prepositions_are_not_owners() -> None:
    assert _summary("The rebels defeated Boeing for a $40 billion contract.")[0][3] is None
    assert _summary("According to Reuters, the company employs 8,000 workers.")[0][3] is None


def test_subjects_reported_clause_and_apposition() -> None:
    assert _summary("The alliance said Resolute Support had 9,500 soldiers.")[0][3] == "Resolute Support"
    assert _summary("The death of Keith Scott, 43, a father of seven, shocked the city.") == [
        ("seven", 7, "child", "Keith Scott")
    ]


def test_subjects_unsaid_nouns_units_and_cents() -> None:
    assert _summary("It flew with a flight crew of six.") == [("six", 6, "people", None)]
    assert [(t, v, m) for t, v, m, _ in _summary("The new iPod comes in a 30GB edition.")] == [("30GB", 30, "gb")]
    (cents,) = _summary("Net income was 35 cents a share.")
    assert cents[2] == "money:USD" and abs(cents[1] - 0.35) < 1e-9
    assert _summary("Lengths: the miners rode an elevator 734 feet down, Mr. Clarke said.")[0][2:] == ("feet", None)


def test_subjects_money_behind_a_link_word_in_spanish() -> None:
    text = "La aerolínea Iberia invertirá 2.000 millones de euros en nuevos aviones."
    assert _summary(text, lang="es") == [("2.000 millones de euros", 2e9, "money:EUR", "Iberia")]


def test_subjects_tagger_split_names_are_widened() -> None:
    doc = make_doc("China Eastern Airlines will purchase 20 new jets.")
    doc.entities = [
        {"text": "China", "start": 0, "end": 5, "type": "LOC"},
        {"text": "Eastern Airlines", "start": 6, "end": 22, "type": "ORG"},
    ]
    annotate(doc, Options())
    (fig,) = [f.to_dict() for f in doc.figures]
    assert fig["subject"]["canonical"] == "China Eastern Airlines" and fig["measure"] == "jet"


def test_subjects_left_out_nouns_and_lists() -> None:
    text = "The bombing killed 259 people on the plane and 11 on the ground in Lockerbie."
    assert [(t, m) for t, _, m, _ in _summary(text)] == [("259", "people"), ("11", "people")]
    text = "To date, 14 Catholics, six Orthodox, four Protestants were admitted."
    assert all(subject is None for *_, subject in _summary(text))


def test_subjects_sayer_of_a_clause_with_its_own_subject_owns_nothing() -> None:
    text = "Nadeau said the sale of the three non-food businesses should be completed in months."
    assert _summary(text) == [("three", 3, "business", None)]
    assert _summary("Avon said it had 243,677 warrants.")[0][3] == "Avon"


def test_subjects_dateline_and_title_before_a_spanish_subject() -> None:
    text = "10 de junio del 2007 La compañía rusa Aeroflot ha negociado la compra de 22 nuevos Boeing 787 Dreamliners."
    assert _summary(text, lang="es") == [("22", 22, "dreamliner", "Aeroflot")]


def test_subjects_share_of_a_whole_and_strength_and_model_after_noun() -> None:
    text = "The company holds about 4.2 million of Innopac's 13.8 million common shares."
    assert _summary(text) == [("4.2 million", 4.2e6, "share", None), ("13.8 million", 13.8e6, "share", "Innopac")]
    assert _summary("Riot police scattered a 50-strong mob.") == [("50-strong", 50, "people", None)]
    assert [f[0] for f in _summary("Ryanair va a comprar otros cinco aviones 737 nuevos.", lang="es")] == ["cinco"]


def test_subjects_an_adverb_opening_the_sentence_is_no_owner() -> None:
    """MEANTIME es: "Ya se han pedido 144 aviones" ("144 planes have already been ordered") had the
    owner "Ya" (already): a reflexive after the first word made it a subject."""
    from storyline.api import analyze_text

    (fig,) = analyze_text("Ya se han pedido 144 aviones.", lang="es", published="2005-04-27").figures
    assert fig.value == 144 and fig.subject is None
    (fig,) = analyze_text("Aldef se dedica a vender 300 coches.", lang="es").figures
    assert fig.subject is not None and fig.subject.text == "Aldef"


def test_subjects_a_sentence_opener_is_not_part_of_the_owner() -> None:
    """MEANTIME es: "Cuando Boeing vendió 20 aviones" had the owner "Cuando Boeing" (when Boeing):
    the words that open sentences, as the entities layer learned them, start no name."""
    from storyline.api import analyze_text

    (fig,) = analyze_text("Cuando Boeing vendió 20 aviones a la compañía, todo cambió.", lang="es").figures
    assert fig.subject is not None and fig.subject.text == "Boeing"
