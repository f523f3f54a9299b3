"""Speakers resolved through the entities layer on the seeds (the whole default pipeline)."""

from __future__ import annotations

import json


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


def _polnear(shared, source: str):
    """One PolNeAR dev article (US news, 2016) through the whole default pipeline."""
    import json

    from storyline.api import analyze_text

    for line in (shared / "eval" / "quotes" / "polnear-dev" / "inputs.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"].startswith(source):
            return analyze_text(row["text"])
    raise AssertionError(f"{source} not in polnear-dev")


def test_speakers_title_case_headline_is_no_name(shared) -> None:
    # Headline: "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments."
    doc = _polnear(shared, "west-journal_2016-09-21_chris-christie-calls-hillary-cli")
    names = {q.to_dict()["speaker"]["name"] for q in doc.quotes if q.speaker}
    assert names and not any("Calls" in n for n in names)
    assert "Hillary Clinton" in names or "Chris Christie" in names


def test_speakers_title_before_name_leaves_no_stop(shared) -> None:
    # "... Sen. Lindsey Graham (R-S.C.) told The Huffington Post": not ". Lindsey Graham"
    doc = _polnear(shared, "huff-post_2016-09-22_trump-the-dealmaker-could-addres")
    names = {q.to_dict()["speaker"]["name"] for q in doc.quotes if q.speaker}
    assert "Lindsey Graham" in names and not any(n.startswith(".") for n in names)


def test_speakers_fullest_name_keeps_the_first_name() -> None:
    from storyline.quotes.speakers import Name, NameIndex

    index = NameIndex()
    index.add(Name(0, 20, ("Hillary", "Rodham", "Clinton"), "PER"))
    assert index.full(("Clinton",)) == "Hillary Rodham Clinton"
    assert index.full(("Hillary", "Clinton")) == "Hillary Rodham Clinton"
    assert index.full(("Bill", "Clinton")) == "Bill Clinton"  # never another Clinton


def test_speakers_listed_by_corpus_entity_dominant_owner_of_a_name() -> None:
    from storyline.quotes.listing import list_quotes

    entities = [
        {"canonical": "Barack Obama", "type": "PER", "mentions": 165, "variants": ["Obama", "Mr. Obama", "Barack Obama"]},
        {"canonical": "Derelict Obama", "type": "PER", "mentions": 8, "variants": ["Obama", "Derelict Obama"]},
        {"canonical": "Bill Clinton", "type": "PER", "mentions": 15, "variants": ["Clinton", "Bill Clinton"]},
        {"canonical": "Hillary Clinton", "type": "PER", "mentions": 30, "variants": ["Clinton", "Hillary Clinton"]},
    ]  # fmt: skip

    def doc(name: str) -> dict:
        return {"id": name, "quotes": [{"text": "x", "start": 0, "end": 1, "speaker": {"name": name}}]}

    rows = list_quotes([doc("Obama"), doc("Mr. Obama"), doc("Clinton")], entities=entities)
    assert sorted(r["speaker"] for r in rows) == ["Barack Obama", "Barack Obama", "Clinton"]  # 30 of 45: no owner
    assert [r["speaker"] for r in list_quotes([doc("Obama")], speaker="Barack", entities=entities)] == ["Barack Obama"]


def test_speakers_country_run_into_a_name_is_two_entities() -> None:
    """ITN blurbs: the tagger read "Prime Minister of the United Kingdom Liz Truss" as one
    organisation, and her quotations were "United Kingdom Liz Truss"'s (in French "Royaume-Uni
    Liz Truss"'s); a verb with its own object ("announces her resignation") reports no clause."""
    from storyline.api import analyze_text

    en = analyze_text("Amid a government crisis, Prime Minister of the United Kingdom Liz Truss (pictured) "
                      "announces her resignation.", lang="en", published="2022-10-20")  # fmt: skip
    assert [(e.text, e.type) for e in en.entities] == [("United Kingdom", "LOC"), ("Liz Truss", "PER")]
    assert en.quotes == []  # "Amid a government crisis" is said by no one
    fr = analyze_text("20 octobre : la Première ministre du Royaume-Uni Liz Truss (photo) annonce sa démission "
                      "après seulement 44 jours.", lang="fr", published="2022-10-20")  # fmt: skip
    assert [(e.canonical, e.type) for e in fr.entities] == [("United Kingdom", "LOC"), ("Liz Truss", "PER")]
    assert fr.quotes == []  # "annonce sa démission": an object, and French reports with "que"
    party = analyze_text("The United Kingdom Independence Party won two seats.", lang="en")
    assert [e.text for e in party.entities] == ["United Kingdom Independence Party"]
    told = analyze_text("The alliance will stay in Afghanistan until May, Stoltenberg told his aides.", lang="en")
    assert speakers_of(told, "alliance will stay") == ["Stoltenberg"]


def test_speakers_organisation_run_into_a_person_is_two_entities() -> None:
    """MEANTIME it: "Il CEO di Apple Steve Jobs" was one person "CEO di Apple Steve Jobs"; an
    organisation named after a person stays whole."""
    from storyline.api import analyze_text

    doc = analyze_text("Il CEO di Apple Steve Jobs ha annunciato il nuovo iPhone.", lang="it")
    assert [(e.text, e.type) for e in doc.entities if e.type != "MISC"] == [("Apple", "ORG"), ("Steve Jobs", "PER")]
    doc = analyze_text("Commission President Ursula von der Leyen visited Kyiv.", lang="en")
    assert "Ursula von der Leyen" in [e.text for e in doc.entities]


def _tbaq(shared, doc_id: str) -> dict:
    """One TimeBank/AQUAINT text through the whole pipeline."""
    from storyline.api import analyze_text

    for line in (shared / "eval" / "time" / "tbaq" / "inputs.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] == doc_id:
            return analyze_text(row["text"], lang="en", published=row["published"]).to_dict()
    raise AssertionError(doc_id)


def test_speakers_the_company_is_the_company_the_text_names(shared) -> None:
    """WSJ: "the computer maker" of Compaq's earnings story is Compaq (the mention stays as written)."""
    doc = _tbaq(shared, "wsj_0904")
    said = {q["speaker"]["mention"]["text"]: q["speaker"]["name"] for q in doc["quotes"] if q["speaker"]}
    assert said["The computer maker"] == "Compaq Computer Corp"


def test_speakers_a_name_run_stops_at_the_sentence_end(shared) -> None:
    """WSJ: "... from Texas Eastern Corp. last June. Norton and Texas Eastern had each ..." made
    "June. Norton" the fullest form of Norton."""
    doc = _tbaq(shared, "wsj_0760")
    names = {q["speaker"]["name"] for q in doc["quotes"] if q["speaker"]}
    assert names == {"Norton Co"}  # "Norton" (tagged a person) is the company its text names


def test_speakers_a_company_then_its_town_in_commas(shared) -> None:
    """WSJ: "Separately, America West Airlines, Phoenix, Ariz., reported third-quarter profit
    jumped 45% ..." was said by "Separately"; "Norton Co., Worcester, Mass., said ..." by no one."""
    doc = _tbaq(shared, "wsj_1011")
    said = [q["speaker"]["name"] for q in doc["quotes"] if q["speaker"] and "45%" in q["text"]]
    assert said == ["America West Airlines"]
    from storyline.api import analyze_text

    norton = analyze_text("Norton Co., Worcester, Mass., said net income fell 6% in the quarter.", lang="en")
    assert [q.to_dict()["speaker"]["name"] for q in norton.quotes] == ["Norton Co"]


def test_speakers_offices_possessives_and_groups_are_not_names(shared) -> None:
    """AP and WSJ: "Secretary of State Madeleine Albright" had been "State Madeleine Albright",
    "Iraq's Saddam Hussein" "'s Saddam Hussein", and "Other Bush administration officials" Bush."""
    from storyline.api import analyze_text

    said = {q.to_dict()["speaker"]["mention"]["text"]: q.to_dict()["speaker"]["name"] for q in analyze_text(
        "Secretary of State Madeleine Albright said the talks would go on. Iraq's Saddam Hussein said he "
        "wanted peace. Other Bush administration officials said the naval force was growing.", lang="en").quotes}
    assert said["Secretary of State Madeleine Albright"] == "Madeleine Albright"
    assert all(not name.startswith("'") for name in said.values())
    assert said["Other Bush administration officials"] == "Other Bush administration officials"


def test_speakers_typewriter_quotes_of_the_wire(shared) -> None:
    """AP copy in TimeBank/AQUAINT writes quotations ``like this'': they were never found."""
    doc = _tbaq(shared, "APW19980807.0261")
    direct = [q for q in doc["quotes"] if q["kind"] == "direct"]
    assert any(q["text"].startswith("``It was definitely a bomb") for q in direct)
    assert any((q["speaker"] or {}).get("mention", {}).get("text") == "a U.S. Embassy official" for q in direct)


def test_speakers_an_epithet_in_a_quotation_is_no_fuller_name(shared) -> None:
    # Trump, quoted: "… than working Crooked Hillary Clinton." The capitalised run had become her
    # fullest name, the speaker of nine of her quotations (the tagger's name was "Hillary Clinton").
    doc = _polnear(shared, "breitbart_2016-09-30_the-latest-trump")
    names = {q.to_dict()["speaker"]["name"] for q in doc.quotes if q.speaker}
    assert "Hillary Clinton" in names and not any("Crooked" in n for n in names)


def test_speakers_a_relative_pronoun_names_no_one(shared) -> None:
    # "95 retired generals and admirals -- most of whom had previously announced their support":
    # "whom" was a speaker, and the "she said" of later quotations resolved to it.
    doc = _polnear(shared, "usa-today_2016-09-08_candidates-vie-for-vets")
    names = [q.to_dict()["speaker"]["name"] for q in doc.quotes if q.speaker]
    assert names and not any(n.lower() in ("whom", "who", "which") for n in names)


def test_speakers_a_verb_phrase_is_no_speaker_for_later_pronouns(shared) -> None:
    # "Saudi Arabia … has strongly denied any involvement in the 9/11 terror attacks": the search
    # for a subject stopped at "has strongly", which spoke, and every later "she said" with it.
    doc = _polnear(shared, "west-journal_2016-09-23_clinton-breaks-with-obama-on-law")
    names = [q.to_dict()["speaker"]["name"] for q in doc.quotes if q.speaker]
    assert names and not any(set(n.split()) & {"has", "are", "is", "was"} for n in names if n)
