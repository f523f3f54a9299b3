"""Language identification on real text: the seeds, Nordic neighbours, dev blurbs, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.ingest import read_path
from storyline.ingest.document import to_document
from storyline.model import Document, Span
from storyline.pipeline import Options
from storyline.text import clean, lang
from storyline.text.lang import annotate, detect, normalise_code

REPO = Path(__file__).resolve().parents[2]


def read_jsonl(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize(("seed", "expected"), [("000", "en"), ("002", "en"), ("003", "nb")])
def test_lang_seed_languages(seeds: dict[str, Path], seed: str, expected: str) -> None:
    doc = to_document(next(read_path(seeds[seed])))
    assert doc.lang is None  # no language header: detected
    clean.annotate(doc, Options())
    annotate(doc, Options())
    assert doc.lang == expected
    assert doc.lang_confidence is not None and doc.lang_confidence > 0.9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Danish: af, blev, efter; Bokmål must not take it
        ("Statsministeren blev mødt af kritik efter valget, og regeringen har endnu ikke svaret.", "da"),
        # Nynorsk: ikkje, eg, frå, vart
        ("Eg har ikkje høyrt noko frå kommunen, men vegen vart stengd i går etter rasen.", "nn"),
        # Bokmål: ikke, fra, ble, etter; Danish must not take it
        ("Jeg har ikke hørt noe fra kommunen, men veien ble stengt i går etter raset.", "nb"),
        ("Regjeringen kunngjorde torsdag at selskapsskatten skal senkes fra neste år.", "nb"),
        ("Regeringen meddelade på torsdagen att bolagsskatten ska sänkas från nästa år.", "sv"),
    ],
)
def test_lang_nordic_neighbours(text: str, expected: str) -> None:
    assert detect(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siklon Freddy menyebabkan lebih 130 orang maut di Madagascar, Malawi dan Mozambique.", "ms"),
        ("Keruntuhan jembatan di Morbi, India, menewaskan 141 orang dan melukai lebih dari 100 orang.", "id"),
        ("英國首相做咗45日就辭職，係史上在任時間最短嘅英國首相。", "yue"),
        ("英国首相在任45天后宣布辞职，成为史上任期最短的英国首相。", "zh"),
        ("Luiz Inácio Lula da Silva astui Brasilian presidentin virkaan.", "fi"),
    ],
)
def test_lang_close_neighbours_and_names(text: str, expected: str) -> None:
    assert detect(text)[0] == expected


@pytest.mark.parametrize("text", ["", "   \n\t ", "2020 12 31", "17,5 % – 3/4", "…!?"])
def test_lang_no_letters_gives_none(text: str) -> None:
    assert detect(text) == (None, 0.0)
    doc = Document(id="x", text=text)
    annotate(doc, Options())
    assert doc.lang is None and doc.lang_confidence is None


def test_lang_metadata_language_kept() -> None:
    doc = Document(id="x", text="This article is written in English, whatever metadata says.", lang="NO")
    annotate(doc, Options())
    assert (doc.lang, doc.lang_confidence) == ("nb", 1.0)


@pytest.mark.parametrize(
    ("code", "expected"), [("no", "nb"), ("en_US", "en"), ("pt-BR", "pt"), ("nno", "nn"), ("ckb", "ckb")]
)
def test_lang_normalise_code(code: str, expected: str) -> None:
    assert normalise_code(code) == expected


def test_lang_candidates_restrict_the_answer() -> None:
    text = "Regjeringen kunngjorde torsdag at selskapsskatten skal senkes fra neste år."
    assert detect(text, ("da", "sv"))[0] in {"da", "sv"}
    assert detect(text, ("en", "de"))[0] in {"en", "de", None}
    assert detect(text, ("NO", "da"))[0] == "nb"


def test_lang_boilerplate_spans_skipped() -> None:
    boiler = "Accessibility links Skip to content Breaking News Sign in Subscribe Newsletters " * 3
    body = "Regjeringen sier at forhandlingene i Doha fortsetter, men Taliban har ikke svart på forslaget."
    doc = Document(id="x", text=boiler + body, spans=[Span("boilerplate", 0, len(boiler))])
    assert lang.document_sample(doc) == body
    annotate(doc, Options())
    assert doc.lang == "nb"


def test_lang_all_boilerplate_still_detected() -> None:
    text = "LES OGSÅ: Granatangrep i Kabul: Presidentpalasset og forsvarsdepartementet rammet"
    doc = Document(id="x", text=text, spans=[Span("boilerplate", 0, len(text))])
    annotate(doc, Options())
    assert doc.lang == "nb"


def test_lang_reads_at_most_max_chars() -> None:
    doc = Document(id="x", text="Dette er en lang artikkel om norsk politikk. " * 500)
    assert len(lang.document_sample(doc)) == lang.MAX_CHARS


def test_lang_itn_dev_nordic_accuracy(shared: Path) -> None:
    docs = read_jsonl(shared / "eval" / "langid" / "itn-dev" / "docs.jsonl")
    nordic = [d for d in docs if d["lang"] in {"nb", "nn", "da", "sv"}]
    right = sum(detect(d["text"])[0] == d["lang"] for d in nordic)
    assert len(nordic) > 50
    assert right / len(nordic) >= 0.94
    assert not any(detect(d["text"])[0] == "da" for d in nordic if d["lang"] == "nb")


def test_lang_norne_bokmaal_not_danish(shared: Path) -> None:
    """NorNE's Bokmål sentences (10+ tokens): nearly all nb, hardly ever Danish."""
    sentences, tokens = [], []
    for line in (shared / "train" / "ner" / "nb" / "train.conllu").read_text(encoding="utf-8").splitlines():
        if line.strip():
            tokens.append(line.split("\t")[0])
        elif tokens:
            sentences += [" ".join(tokens)] if len(tokens) >= 10 else []
            tokens = []
    answers = [detect(sentence)[0] for sentence in sentences[:400]]
    assert len(answers) == 400
    assert answers.count("nb") / len(answers) >= 0.95
    assert answers.count("da") / len(answers) <= 0.02


def test_lang_runner_prints_contract_lines() -> None:
    lines = [
        {"id": "a", "text": "Finland ble medlem av NATO tirsdag, etter måneder med forhandlinger."},
        {"id": "b", "text": "Le gouvernement a annoncé jeudi une baisse de l'impôt sur les sociétés."},
        {"id": "c", "text": ""},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines) + "not json\n"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, "-m", "storyline.text.lang"], input=stdin, capture_output=True,
                          text=True, env=env, check=True, timeout=60)
    outs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(o["source"], o["lang"]) for o in outs] == [("a", "nb"), ("b", "fr"), ("c", None)]
    assert "line 4" in proc.stderr


def test_lang_foreign_paragraph_marked_on_its_sentences() -> None:
    from storyline import analyze_text

    text = (
        "NATO Secretary General Jens Stoltenberg said the alliance will not leave Afghanistan until "
        "conditions allow. The talks offer the best chance for peace in a generation, he said.\n\n"
        "Det er langt igjen til fred, og nå er det viktig at det blir inngått en våpenhvileavtale "
        "sånn at det kan bli slutt på kampene.\n\n"
        "Allies will decide together when the time is right to leave the country, officials said.\n\n"
        "They added that the violence must come down before any of the foreign forces could be "
        "withdrawn, and that the government and the insurgents had to agree on an agenda first."
    )
    doc = analyze_text(text)
    assert doc.lang == "en"
    langs = {text[s.start : s.end][:12]: s.lang for s in doc.sentences}
    assert langs["Det er langt"] == "nb"
    assert langs["NATO Secreta"] is None and langs["Allies will "] is None


def test_lang_seeds_have_no_foreign_paragraphs(seed_docs: dict) -> None:
    for doc in seed_docs.values():
        assert [s for s in doc.sentences if s.lang] == []
