"""The quotes layer on the seed articles, per-language conventions, bad input, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.lang import languages_with
from storyline.model import Document
from storyline.quotes import annotate, extract
from storyline.quotes.listing import list_quotes
from storyline.pipeline import Options


def _doc(path: Path, lang: str) -> Document:
    return Document(id=path.stem, text=path.read_text(encoding="utf-8"), lang=lang)


def _find(quotes, fragment: str):
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quotation holding {fragment!r}"
    return hits[0]


@pytest.fixture(scope="module")
def seed_quotes(seeds: dict[str, Path]) -> dict[str, list]:
    langs = {"000": "en", "002": "en", "003": "nb"}
    return {k: extract(_doc(p, langs[k])) for k, p in seeds.items()}


@pytest.mark.parametrize(("seed", "fragment", "speaker", "cue"), [
    ("000", "We went into Afghanistan together", "Jens Stoltenberg", "told"),
    ("000", "They must preserve the gains", "Jens Stoltenberg", "adding"),
    ("000", "They must break all ties with Al-Qaeda", "Jens Stoltenberg", "added"),
    ("002", "As long as evacuation operations continue", "NATO", "said"),
    ("002", "They (the United States) have assured us", "Margarita Robles", "said"),
    ("002", "We will not allow terrorists", "Jens Stoltenberg", "said"),
    ("003", "Dette er et viktig første steg", "Jens Stoltenberg", "sier"),
    ("003", "Dette er første gang det undertegnes", "Jens Stoltenberg", "sier"),
    ("003", "Det er langt igjen til fred", "Jens Stoltenberg", "sier"),
    ("003", "Det har vært krig i Afghanistan", "Jens Stoltenberg", "sier"),
])
def test_quotes_seed_direct_quotations(seed_quotes, seed, fragment, speaker, cue):
    q = _find(seed_quotes[seed], fragment)
    assert q.kind == "direct" and q.direct
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue


def test_quotes_he_added_keeps_pronoun_mention(seed_quotes, seeds):
    q = _find(seed_quotes["000"], "They must break all ties")
    raw = seeds["000"].read_text(encoding="utf-8")
    assert q.speaker.mention.text == "he" == raw[q.speaker.mention.start:q.speaker.mention.end]


def test_quotes_joint_statement_is_organisation_speaker(seed_quotes, seeds):
    q = _find(seed_quotes["002"], "As long as evacuation operations continue")
    raw = seeds["002"].read_text(encoding="utf-8")
    assert raw[q.speaker.mention.start:q.speaker.mention.end] == "a joint NATO statement"


def test_quotes_norwegian_dash_quotes_and_outlet(seed_quotes):
    dash = [q for q in seed_quotes["003"] if q.direct]
    assert len(dash) == 4
    assert {q.addressee.text for q in dash if q.addressee} == {"NRK"}
    # sub-headings opened by a dash are not quotations
    assert not any(q.text.startswith("Et gjennombrudd") for q in seed_quotes["003"])


def test_quotes_offsets_index_raw_text(seed_quotes, seeds):
    for key, quotes in seed_quotes.items():
        raw = seeds[key].read_text(encoding="utf-8")
        for q in quotes:
            assert q.text == " ".join(raw[s:e] for s, e in q.segments)
            if q.cue:
                assert raw[q.cue.start:q.cue.end] == q.cue.text


def test_quotes_scare_quotes_and_mixed(seed_quotes):
    texts = [q.text for q in seed_quotes["002"]]
    assert not any(t.strip('"') == "Resolute Support Mission" for t in texts)
    urged = _find(seed_quotes["000"], "live up to their commitments")
    assert urged.kind == "mixed" and not urged.direct
    assert urged.speaker.name == "Jens Stoltenberg" and urged.speaker.mention.text == "NATO’s secretary-general"
    indirect = _find(seed_quotes["000"], "will not leave Afghanistan")
    assert indirect.kind == "indirect"


@pytest.mark.parametrize(("lang", "text", "quote", "speaker", "cue"), [
    ("en", "“We will leave together,” he said, “in an orderly way.” Stoltenberg is NATO chief.",
     "We will leave together", "he", "said"),
    ("de", "„Wir bleiben in Afghanistan“, sagte Merkel am Montag.", "Wir bleiben", "Merkel", "sagte"),
    ("fr", "« Nous partirons ensemble », a déclaré Emmanuel Macron.", "Nous partirons", "Emmanuel Macron", "déclaré"),
    ("es", "«Saldremos juntos», dijo el ministro de Defensa.", "Saldremos juntos", "el ministro", "dijo"),
    ("sv", "– Vi lämnar landet tillsammans, säger Magdalena Andersson till SVT.", "Vi lämnar", "Magdalena Andersson", "säger"),
    ("nn", "– Dette er eit viktig steg, seier Stoltenberg til NRK.", "Dette er eit", "Stoltenberg", "seier"),
    ("es", "—Saldremos juntos —dijo el ministro de Defensa.", "Saldremos", "el ministro", "dijo"),
    ("it", "«È un passo importante», ha detto Stoltenberg ai giornalisti.", "passo", "Stoltenberg", "detto"),
    ("fr", "« C’est un premier pas », a-t-il déclaré.", "premier pas", "a-t-il", "déclaré"),
    ("da", "»Det er et vigtigt skridt«, siger Stoltenberg til DR.", "vigtigt", "Stoltenberg", "siger"),
    ("nl", "“Dit is een belangrijke stap”, zei Stoltenberg tegen de NOS.", "belangrijke", "Stoltenberg", "zei"),
    ("pt", "“É um passo importante”, disse Stoltenberg à RTP.", "passo", "Stoltenberg", "disse"),
])
def test_quotes_language_conventions(lang, text, quote, speaker, cue):
    quotes = extract(Document(id="t", text=text, lang=lang))
    q = _find(quotes, quote)
    assert q.direct
    assert q.speaker.mention.text == speaker
    assert q.cue.text == cue


def test_quotes_split_quote_is_one_with_segments():
    text = "“We will leave together,” he said, “in an orderly way.”"
    quotes = extract(Document(id="t", text=text, lang="en"))
    assert len(quotes) == 1 and len(quotes[0].segments) == 2


def test_quotes_multi_paragraph_quotation():
    text = ("“We went in together,” Stoltenberg said. “We will leave together.\n\n"
            "“This is a commitment by all allies,” he added.\n\nOther news.")
    quotes = extract(Document(id="t", text=text, lang="en"))
    spans = [q for q in quotes if "commitment by all allies" in q.text]
    assert len(spans) == 1 and "We will leave together" in spans[0].text
    assert spans[0].speaker.mention.text == "he" and spans[0].speaker.name == "Stoltenberg"


def test_quotes_scare_quote_alone_is_not_a_quotation():
    text = "Some 8,000 soldiers served in NATO’s “Resolute Support” mission in August."
    assert extract(Document(id="t", text=text, lang="en")) == []


def test_quotes_tables_for_required_languages():
    assert set(languages_with("quotes")) >= {"en", "nb", "nn", "de", "fr", "es", "sv", "da", "nl", "it", "pt"}


@pytest.mark.parametrize("text", ["", "“", "\"\"\"", "– , sier", "«" * 1000, "said said said:"])
def test_quotes_bad_input_never_raises(text):
    doc = Document(id="bad", text=text, lang="xx")
    annotate(doc, Options())
    assert isinstance(doc.quotes, list)


def test_quotes_contract_fields(seed_quotes):
    d = _find(seed_quotes["000"], "We went into Afghanistan").to_dict()
    assert set(d) >= {"text", "start", "end", "kind", "direct", "speaker", "cue", "addressee", "segments", "sentence"}
    assert d["speaker"]["mention"]["text"] == "Stoltenberg" and d["addressee"]["text"] == "reporters"
    json.dumps(d)


def test_quotes_listing_groups_by_speaker(seed_quotes):
    docs = [{"id": k, "source": k, "published": {"value": "2020-12"}, "quotes": [q.to_dict() for q in qs]}
            for k, qs in seed_quotes.items()]
    rows = list_quotes(docs, speaker="stoltenberg")
    assert len(rows) >= 10 and all(r["speaker"] == "Jens Stoltenberg" for r in rows)
    assert all(r["date"] == "2020-12" and r["source"] for r in rows)
    everyone = list_quotes(docs)
    speakers = [r["speaker"] for r in everyone if r["speaker"]]
    assert speakers == sorted(speakers, key=str.lower)  # grouped by speaker


def test_quotes_cli_lists_store_by_speaker(seed_docs, db):
    from storyline.store import open_store

    with open_store(db) as store:
        for doc in seed_docs.values():
            store.put_document(doc, "test")
    runner = CliRunner(env={"COLUMNS": "200"})  # a wide terminal: names are not folded
    res = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Stoltenberg", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines() if line.strip()]
    assert rows and all(r["speaker"] == "Jens Stoltenberg" and r["source"] for r in rows)
    assert any(r["kind"] == "direct" and "They must break all ties" in r["text"] for r in rows)
    res = runner.invoke(app, ["quotes", "--db", db])
    assert res.exit_code == 0 and "Margarita Robles" in res.output


def test_quotes_cli_missing_store_and_bad_format(tmp_path):
    runner = CliRunner(env={"COLUMNS": "200"})  # a wide terminal: names are not folded
    res = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "no such store" in res.output
    res = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.db"), "--format", "xml"])
    assert res.exit_code == 2
