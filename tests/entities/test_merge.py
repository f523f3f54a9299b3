"""Variant merging: names, within a document and across documents and languages; the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storyline.api import build
from storyline.cli import app
from storyline.entities.merge import merge
from storyline.entities.names import entity_id, normalize, strip_genitive
from storyline.model import Document

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("U.S.", "en", "country:USA"), ("United States", "en", "country:USA"), ("USA", "nb", "country:USA"),
        ("De forente stater", "nb", "country:USA"), ("Estados Unidos", "es", "country:USA"),
        ("Tyskland", "nb", "country:DEU"), ("Britain's", "en", "country:GBR"),
        ("NATO", "en", "name:nato"), ("Nato", "nb", "name:nato"), ("OTAN", "fr", "name:nato"),
        ("NATO Secretary-General Jens Stoltenberg", "en", "name:jens stoltenberg"),
        ("Miami-Dade Mayor Alex Penelas", "en", "name:alex penelas"),  # TimeBank/AQUAINT
        ("Secretary of State Madeleine Albright", "en", "name:madeleine albright"),
        ("Столтенберг", "ru", "name:stoltenberg"), ("Jürgen Müller", "de", "name:jurgen muller"),
        ("Va.", "en", "name:virginia"), ("Calif.", "en", "name:california"),  # AP state abbreviations
        ("W.Va.", "en", "name:west virginia"), ("Miss.", "en", "name:miss"),
        ("Europa", "es", "name:europe"), ("Европа", "ru", "name:europe"),  # the continent across languages
    ],
)  # fmt: skip
def test_names_normalize_to_language_independent_keys(text: str, lang: str, key: str) -> None:
    assert normalize(text, lang).key == key


def test_names_titles_stay_on_non_person_names() -> None:
    assert normalize("NATO Foreign Ministers", "en", person=False).display == "NATO Foreign Ministers"


def test_names_genitive_needs_evidence_and_a_genitive_language() -> None:
    assert strip_genitive(normalize("Natos", "nb"), "nb", {"name:nato"}).key == "name:nato"  # type: ignore[union-attr]
    assert strip_genitive(normalize("Natos", "nb"), "nb", set()) is None
    assert strip_genitive(normalize("Afghanistans", "nb"), "nb", set()).key == "country:AFG"  # type: ignore[union-attr]
    assert strip_genitive(normalize("Paris", "en"), "en", {"name:pari"}) is None


SEED_ENTITIES = {"Jens Stoltenberg": "name:jens stoltenberg", "NATO": "name:nato", "Taliban": "name:taliban",
                 "Afghanistan": "country:AFG", "United States": "country:USA", "Doha": "city:290030",
                 "Qatar": "country:QAT"}  # fmt: skip


def test_merge_seeds_one_entity_each_across_the_three_articles(seed_docs: dict[str, Document]) -> None:
    merged = {e.entity_id: e for e in merge(d.to_dict() for d in seed_docs.values())}
    for canonical, key in SEED_ENTITIES.items():
        ent = merged[entity_id(key)]
        assert ent.canonical.casefold() == canonical.casefold()
        assert not [e for e in merged.values() if e is not ent and e.canonical.casefold() == canonical.casefold()]
        needed = 3 if canonical not in ("Doha", "Qatar") else 2
        assert len(ent.documents) >= needed, (canonical, ent.documents)
    assert {"Stoltenberg", "Jens Stoltenberg"} <= set(merged[entity_id(SEED_ENTITIES["Jens Stoltenberg"])].variants)
    assert {"Natos", "NATO"} <= set(merged[entity_id("name:nato")].variants)
    assert {"U.S.", "USAs"} <= set(merged[entity_id("country:USA")].variants)
    assert "Afghanistans" in merged[entity_id("country:AFG")].variants
    assert merged[entity_id("name:nato")].languages == ["en", "nb"]


def _place(lang: str, text: str, typ: str = "LOC") -> dict[str, object]:
    ent = {"entity_id": f"{lang}-{text}", "canonical": text, "type": typ, "text": text}
    return {"id": f"{lang}-{text}", "lang": lang, "entities": [ent]}


def test_merge_a_city_is_one_entity_in_every_script() -> None:
    docs = [_place("en", "Peshawar"), _place("pt", "Pexauar"), _place("ru", "Пешаваре"), _place("zh", "白沙瓦"),
            _place("en", "Lula", "PER"), _place("sv", "Lula", "PER")]  # fmt: skip
    merged = {e.canonical: e for e in merge(docs)}
    assert merged["Peshawar"].languages == ["en", "pt", "ru", "zh"]
    assert merged["Peshawar"].entity_id == entity_id("city:1168197")
    assert {m["rule"] for m in merged["Peshawar"].merges} == {"city"}
    assert "Luleå" not in merged and merged["Lula"].languages == ["en", "sv"]  # a person, not a city's alternate name


def test_merge_seed_mentions_carry_one_id_per_entity(seed_docs: dict[str, Document]) -> None:
    nb = seed_docs["003"]
    ids = {e.text: e.entity_id for e in nb.entities}
    assert ids["Natos"] == ids.get("Nato", entity_id("name:nato"))
    assert ids["Stoltenberg"] == ids["Jens Stoltenberg"]
    rules = {e.text: e.rule for e in nb.entities}
    assert rules["Stoltenberg"] == "short-form" and rules["Afghanistans"].startswith("genitive")


def _doc(doc_id: str, lang: str, *mentions: tuple[str, str, str]) -> dict[str, object]:
    """A contract dict with entity mentions (text, type, canonical); ids as annotate would give."""
    ents = [{"text": t, "start": 0, "end": len(t), "type": typ, "canonical": c,
             "entity_id": entity_id(normalize(c, lang, typ == "PER").key), "rule": "name"}
            for t, typ, c in mentions]  # fmt: skip
    return {"id": doc_id, "source": doc_id, "lang": lang, "entities": ents}


def test_merge_across_documents_explains_each_rule() -> None:
    docs = [
        _doc("a", "en", ("Jens Stoltenberg", "PER", "Jens Stoltenberg"), ("NATO", "ORG", "NATO"), ("NATO", "ORG", "NATO")),
        _doc("b", "nb", ("Stoltenberg", "PER", "Stoltenberg"), ("Natos", "ORG", "Natos")),
        _doc("c", "en", ("North Atlantic Treaty Organization", "ORG", "North Atlantic Treaty Organization"),
             ("Resolute Support Mission", "MISC", "Resolute Support Mission"), ("RSM", "ORG", "RSM")),
    ]  # fmt: skip
    merged = {e.canonical: e for e in merge(docs)}
    assert set(merged) == {"Jens Stoltenberg", "NATO", "RSM"}
    rules = {m["variant"]: m["rule"] for e in merged.values() for m in e.merges}
    assert "short-form" in rules["Stoltenberg"] and "genitive" in rules["Natos"]
    assert "acronym" in rules["Resolute Support Mission"]
    assert merged["NATO"].documents == ["a", "b", "c"]


def test_merge_keeps_ambiguous_surnames_apart() -> None:
    docs = [_doc("a", "en", ("George Bush", "PER", "George Bush"), ("Jeb Bush", "PER", "Jeb Bush"), ("Bush", "PER", "Bush"))]
    assert {e.canonical for e in merge(docs)} == {"George Bush", "Jeb Bush", "Bush"}


def test_merge_of_nothing_is_empty() -> None:
    assert merge([]) == [] and merge([{"id": "x", "entities": None}]) == []


def test_cli_entities_lists_merged_entities(seeds: dict[str, object], db: str) -> None:
    build([str(p) for p in seeds.values()], db=db)
    result = runner.invoke(app, ["entities", "--db", db, "--type", "PER", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["type"] == "PER" for r in rows)
    assert set(rows[0]) == {"entity_id", "canonical", "type", "variants", "languages", "mentions", "documents"}
    top = rows[0]
    assert top["canonical"] == "Jens Stoltenberg" and len(top["documents"]) == 3
    table = runner.invoke(app, ["entities", "--db", db, "--limit", "5"])
    assert table.exit_code == 0 and "NATO" in table.stdout


@pytest.mark.parametrize("args", [["--type", "PERSON"], ["--format", "xml"]])
def test_cli_entities_bad_options_exit_2(db: str, args: list[str], seeds: dict[str, object]) -> None:
    build([str(next(iter(seeds.values())))], db=db)
    result = runner.invoke(app, ["entities", "--db", db, *args])
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


def test_cli_entities_missing_store_exit_2(tmp_path: object) -> None:
    result = runner.invoke(app, ["entities", "--db", f"{tmp_path}/none.db"])
    assert result.exit_code == 2 and "no such store" in result.output


def test_merge_spelling_variants_only_across_languages() -> None:
    docs = [_doc("a", "en", ("Brussels", "LOC", "Brussels"), ("Brussels", "LOC", "Brussels")),
            _doc("b", "nb", ("Brussel", "LOC", "Brussel")),
            _doc("c", "de", ("Hamburg", "LOC", "Hamburg")), _doc("d", "de", ("Homburg", "LOC", "Homburg"))]  # fmt: skip
    merged = {e.canonical: e for e in merge(docs)}
    assert set(merged) == {"Brussels", "Hamburg", "Homburg"}
    assert merged["Brussels"].languages == ["en", "nb"]
    assert {m["variant"]: m["rule"] for m in merged["Brussels"].merges}["Brussel"] == "name;spelling;city"


def test_merge_surname_joins_the_dominant_full_name_and_middle_initials_drop() -> None:
    trump = ("Donald Trump", "PER", "Donald Trump")
    docs = [_doc(f"d{k}", "en", trump, trump, trump, trump) for k in range(5)] + [
        _doc("j", "en", ("Donald J. Trump", "PER", "Donald J. Trump")),
        _doc("i", "en", ("Ivanka Trump", "PER", "Ivanka Trump")),
        _doc("s", "en", ("Trump", "PER", "Trump")),
    ]  # fmt: skip
    merged = {e.canonical: e for e in merge(docs)}
    assert set(merged) == {"Donald Trump", "Ivanka Trump"}
    assert {"Trump", "Donald J. Trump"} <= set(merged["Donald Trump"].variants)
    even = [_doc("a", "en", ("Bill Clinton", "PER", "Bill Clinton")), _doc("b", "en", ("Hillary Clinton", "PER", "Hillary Clinton")),
            _doc("c", "en", ("Clinton", "PER", "Clinton"))]  # fmt: skip
    assert "Clinton" in {e.canonical for e in merge(even)}  # no full name dominates: left alone
    epithet = [_doc("a", "en", ("Hillary Clinton", "PER", "Hillary Clinton"), ("Hillary Clinton", "PER", "Hillary Clinton")),
               _doc("b", "en", ("Crooked Hillary Clinton", "PER", "Crooked Hillary Clinton"))]  # fmt: skip
    assert {e.canonical for e in merge(epithet)} == {"Hillary Clinton"}


def test_names_country_display_names_are_the_common_ones() -> None:
    from storyline.entities.names import country_name

    assert [country_name(c) for c in ("RUS", "USA", "BIH", "COD", "VAT")] == [
        "Russia", "United States", "Bosnia and Herzegovina", "The Democratic Republic of the Congo", "Vatican City",
    ]  # fmt: skip


def test_merge_inflected_country_names_are_the_country() -> None:
    docs = [_doc("ru", "ru", ("Украины", "LOC", "Украины"), ("Канаде", "LOC", "Канаде")),
            _doc("en", "en", ("Ukraine", "LOC", "Ukraine")), _doc("uk", "uk", ("США", "LOC", "США")),
            _doc("el", "fr", ("Larissa", "LOC", "Larissa"))]  # fmt: skip
    merged = {e.canonical: e for e in merge(docs)}
    assert {"Украины", "Ukraine"} <= set(merged["Ukraine"].variants)
    assert "Canada" in merged and "United States" in merged
    assert "Larissa" in merged  # the Greek city, not the Swahili "Larisi" (Russia) less an ending


def test_merge_no_acronym_spells_a_country_code_and_no_date_opens_a_name() -> None:
    """MEANTIME: "US" in a Spanish text had become "Universidad de Stanford" (its initials), and
    "Aug-11 Steve Jobs" a variant of Steve Jobs."""
    from storyline.api import analyze_text

    doc = analyze_text("Universidad de Stanford (US) y US.", lang="es")
    assert {e.text: e.canonical for e in doc.entities}["Universidad de Stanford"] == "Universidad de Stanford"
    doc = analyze_text("Aug-11 Steve Jobs resigns as CEO of Apple.\nAug-11 Steve Jobs, Apple's founder, resigned.", lang="en")
    assert "Aug-11 Steve Jobs" not in {e.text for e in doc.entities}


def test_merge_people_are_no_acronym_and_currency_letters_no_name() -> None:
    """TimeBank/AQUAINT: "Alex Penelas" and "Andy Pasztor" had become variants of the AP (their
    initials), and the "C" of C$150 million an entity in 30 mentions."""
    from storyline.api import analyze_text

    doc = analyze_text("Alex Penelas, the mayor, told the AP he would not help. The AP said so.", lang="en")
    assert {e.text: e.canonical for e in doc.entities}["Alex Penelas"] == "Alex Penelas"
    doc = analyze_text("John Labatt Ltd. plans a placement of C$150 million (US$127.6 million) in Toronto.", lang="en")
    assert {e.text for e in doc.entities} == {"John Labatt Ltd.", "Toronto"}


def test_merge_a_dotted_abbreviation_gives_all_its_letters_to_initials() -> None:
    """TimeBank/AQUAINT: "U.S. Navy" had joined the U.N. (its capitalised words' initials)."""
    from storyline.api import analyze_text
    from storyline.entities.variants import initials

    assert initials("U.S. Navy") == "usn" and initials("United Nations") == "un"
    doc = analyze_text("The U.N. met. The U.S. Navy sailed. The United Nations spoke.", lang="en")
    canon = {e.text: e.canonical for e in doc.entities}
    assert canon["U.N."] == "United Nations" and canon["U.S. Navy"] == "U.S. Navy"


def test_merge_a_short_form_typed_misc_joins_its_person(shared) -> None:
    """TimeBank/AQUAINT's reports on Elian Gonzalez: the tagger types "Elian" MISC 246 times and
    "Elian Gonzalez" PER; the short forms join the person (not "Cuban": a nationality), and take
    the full name's type instead of outvoting it."""
    from storyline.api import analyze_text

    rows = [json.loads(line) for line in (shared / "eval" / "time" / "tbaq" / "inputs.jsonl").open(encoding="utf-8")]
    docs = [{**analyze_text(r["text"], lang="en", published=r["published"]).to_dict(), "id": r["id"]}
            for r in rows if "Elian" in r["text"]][:8]  # fmt: skip
    entities = {e.canonical: e for e in merge(docs)}
    elian = entities["Elian Gonzalez"]
    assert elian.type == "PER" and "Elian" in elian.variants
    assert "Elian" not in entities and entities["Cuban"].type == "MISC"


def test_merge_a_company_short_name_tagged_a_person_is_the_company(shared) -> None:
    """WSJ (TimeBank/AQUAINT wsj_0904): "Compaq" tagged PER four times beside "Compaq Computer
    Corp" had become the "he" of its president Michael Swavely's quotation."""
    from storyline.api import analyze_text

    row = next(json.loads(line) for line in (shared / "eval" / "time" / "tbaq" / "inputs.jsonl").open(encoding="utf-8")
               if '"wsj_0904"' in line)  # fmt: skip
    doc = analyze_text(row["text"], lang="en", published=row["published"]).to_dict()
    compaq = {(e["type"], e["canonical"]) for e in doc["entities"] if e["text"] == "Compaq"}
    assert compaq == {("ORG", "Compaq Computer Corp")}
    said = {q["speaker"]["mention"]["text"]: q["speaker"]["name"] for q in doc["quotes"] if q["speaker"]}
    assert said["he"] == "Michael Swavely"


def test_merge_a_coordination_tagged_an_organisation_takes_no_short_forms(shared) -> None:
    """PolNeAR (NYT, 2016-09-08): the tagger read '"It was a place Obama and Xi found some common
    ground"' as one organisation, "Obama and Xi", and rule 2b gave it all 48 mentions of Obama,
    who became an organisation named "Obama and Xi"."""
    from storyline.api import analyze_text

    row = next(json.loads(line) for line in (shared / "eval" / "quotes" / "polnear-dev" / "inputs.jsonl").open(encoding="utf-8")
               if "obama-on-climate-change" in line)  # fmt: skip
    doc = analyze_text(row["text"], lang="en").to_dict()
    obama = {(e["type"], e["canonical"]) for e in doc["entities"] if e["text"] in ("Obama", "Mr. Obama")}
    assert ("ORG", "Obama and Xi") not in obama
    assert {canonical for _, canonical in obama} == {"Obama"}


def test_merge_a_title_case_title_with_small_words_adds_no_epithet_to_a_name(shared) -> None:
    """PolNeAR (USA Today, 2016-09-22): the title "Derelict Obama and Clinton;" has a small word
    too many for the Title Case test of body sentences, and "Derelict Obama" became the name that
    every "Obama" of the article was a short form of."""
    from storyline.api import analyze_text

    row = next(json.loads(line) for line in (shared / "eval" / "quotes" / "polnear-dev" / "inputs.jsonl").open(encoding="utf-8")
               if "derelict-obama" in line)  # fmt: skip
    doc = analyze_text(row["text"], lang="en").to_dict()
    assert {e["canonical"] for e in doc["entities"] if "Obama" in e["text"]} == {"Obama"}
    assert doc["entities"][0]["text"] == "Obama"  # the title's name, confirmed by the body


def test_merge_an_honorific_makes_a_person_whatever_the_tagger_typed(shared) -> None:
    """PolNeAR (NYT, 2016-09-30): "Mr. Trump" tagged LOC three times was a place of its own, the
    figures' "place" of the article, and "Candidate Trump" kept Trump from his full name."""
    from storyline.api import analyze_text

    row = next(json.loads(line) for line in (shared / "eval" / "quotes" / "polnear-dev" / "inputs.jsonl").open(encoding="utf-8")
               if "keep-the-returns-trump" in line)  # fmt: skip
    doc = analyze_text(row["text"], lang="en").to_dict()
    trump = {(e["type"], e["canonical"]) for e in doc["entities"] if "Trump" in e["text"]}
    assert trump == {("PER", "Donald Trump")}
