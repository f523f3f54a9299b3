"""Sentence boundaries: abbreviations kept whole, lines never merged, offsets exact."""

from __future__ import annotations

from storyline.text.sentences import split_sentences


def sentences(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


def test_sentences_english_abbreviations() -> None:
    text = "The U.S. Sec. of State met Gen. Smith on Oct. 21. He said the plan holds. Mr. O'Brien agreed."
    assert sentences(text, "en") == [
        "The U.S. Sec. of State met Gen. Smith on Oct. 21.",
        "He said the plan holds.",
        "Mr. O'Brien agreed.",
    ]


def test_sentences_norwegian_dates_and_times() -> None:
    text = "Pompeo møtte Baradar i Doha 21. november. Det skjedde kl. 14.30 i går."
    assert sentences(text, "nb") == ["Pompeo møtte Baradar i Doha 21. november.", "Det skjedde kl. 14.30 i går."]


def test_sentences_headline_not_merged_with_body() -> None:
    text = "– Et gjennombrudd i forhandlingene\n\nHer er Talibans delegasjon på plass."
    assert sentences(text, "nb") == ["– Et gjennombrudd i forhandlingene", "Her er Talibans delegasjon på plass."]


def test_sentences_seed_offsets_exact(seed_docs: dict) -> None:
    for doc in seed_docs.values():
        previous_end = 0
        for sent in doc.sentences:
            piece = doc.text[sent.start : sent.end]
            assert piece and piece == piece.strip()
            assert sent.start >= previous_end
            previous_end = sent.end


def test_sentences_clock_then_day_stays_one_sentence() -> None:
    text = "The vote is at 9 a.m. Tuesday in Brussels. Talks begin at 5 p.m. EST Nov. 9. They end at 6 p.m. Then all leave."
    assert sentences(text, "en") == [
        "The vote is at 9 a.m. Tuesday in Brussels.",
        "Talks begin at 5 p.m. EST Nov. 9.",
        "They end at 6 p.m.",
        "Then all leave.",
    ]
