"""Speakers resolved through the entities layer on the seeds (the whole default pipeline)."""

from __future__ import annotations


def speakers_of(doc, fragment: str) -> list[str]:
    return [q.to_dict()["speaker"]["name"] for q in doc.quotes if fragment in q.text and q.speaker]


def test_speakers_title_phrase_resolves_to_person(seed_docs: dict) -> None:
    # "NATO's secretary-general urged the Taliban to “live up to their commitments ...”"
    assert speakers_of(seed_docs["000"], "live up to their commitments") == ["Jens Stoltenberg"]


def test_speakers_fullest_name_beyond_the_tagger(seed_docs: dict) -> None:
    # The tagger finds "Khalilzad"; the text calls him "U.S. envoy for Afghanistan Zalmay Khalilzad".
    assert speakers_of(seed_docs["000"], "distressingly high") == ["Zalmay Khalilzad"]


def test_speakers_seed_entities_present(seed_docs: dict) -> None:
    assert any(e.type == "PER" for e in seed_docs["000"].entities)  # the layer ran before quotes
