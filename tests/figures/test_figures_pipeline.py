"""The figures layer inside the whole default pipeline (cleaning, sentences, and whatever layers
main has merged), on the seed articles as ingested."""

from __future__ import annotations

from storyline.model import Document


def test_pipeline_seed_figures_with_every_layer(seed_docs: dict[str, Document]) -> None:
    found = {key: {f.text: f for f in doc.figures} for key, doc in seed_docs.items()}
    assert found["000"]["4.500"].value == 4500 and found["000"]["4.500"].kind == "plan"
    assert found["000"]["12,000"].subject is not None and found["000"]["12,000"].subject.canonical == "NATO"
    assert found["002"]["36"].measure == "countries" and found["002"]["no"].kind == "negation"
    assert found["003"]["11.000"].value == 11000 and found["003"]["11.000"].as_of.value == "2020-12"
    assert "27" not in found["000"]  # the outlet trailer is boilerplate


def test_pipeline_seed_figures_contract(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        for fig in doc.to_dict()["figures"]:
            assert doc.text[fig["start"] : fig["end"]] == fig["text"]
            assert {"value", "measure", "qualifier", "kind", "subject", "place", "as_of", "sentence"} <= set(fig)
            sentence = doc.sentence_at(fig["start"])
            assert sentence is not None and fig["sentence"] == {"start": sentence.start, "end": sentence.end}
