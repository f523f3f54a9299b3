"""Speakers of narrated German dialogue and the quotation shapes of the fourth pass, on sentences
from the REDEWIEDERGABE corpus as its detokenised text reads: action beats, excerpts that open
inside a quotation, vocatives, thought, quoted names, inverted and apposed subjects."""

from __future__ import annotations

from storyline.model import Document
from storyline.quotes import extract


def _quotes(text: str) -> list:
    return extract(Document(id="t", text=text, lang="de"))


def _direct(text: str) -> list:
    return [q for q in _quotes(text) if q.direct]


def test_narration_action_beat_names_the_speaker():
    text = ("Er stockte mit einem Mal und schien den Satz nicht vollenden zu wollen. „Nun, Deine Braut? “„Ach -- "
            "sie bildet sich etwas auf ihren Scharfsinn ein und glaubt noch eine andere Möglichkeit zu sehen. "
            "Lassen wir es sein. Weibergeschwätz! “Er wollte weiter gehen; Ludwig hielt ihn zurück.")
    reply = next(q for q in _direct(text) if q.text.startswith("„Ach"))
    assert reply.speaker.mention.text == "Er"


def test_narration_first_person_beat_is_the_listener():
    text = ("Aber jetzt entkommen Sie mir nicht. “Ich fühlte, wie ich roth wurde. „Kommen Sie, “drängte er in "
            "mich, „ich bin nicht allein, ich muß Sie mit meiner Familie bekannt machen. “")
    first = _direct(text)[0]
    assert first.text == "Aber jetzt entkommen Sie mir nicht. “" and first.speaker is None


def test_narration_text_opening_inside_quotation_needs_a_sentence_stop():
    # a closing mark after words that end no sentence is no quotation's end („Europa “nennt)
    text = "Die Wochenschrift nennt sich Europa “und erscheint in Berlin. Sie kostet zehn Pfennig."
    assert _direct(text) == []


def test_narration_alternation_stays_inside_one_run_of_turns():
    text = ("Jm Vertrauen auf die Worte Zimmermanns: „Ein Charlatan, der mit wunderbarlichen Mitteln prahlt, ist "
            "weit mehr gesucht, als ein Arzt, der die ebenen Wege der Natur geht “, etablirte er auf einem der "
            "besuchtesten Plätze der Seinestadt ein Geheimmittelgeschäft. Als ihn ein berühmter Arzt über sein "
            "unwürdiges Treiben zur Rede stellte, sagte er: „Wie hoch schätzen Sie die Zahl der Menschen, die "
            "täglich an diesem Platze vorübergehen? “„Doch wohl 20,000 “. „Wie viel, glauben Sie, haben davon "
            "einen gesunden Sinn und ein richtiges Urtheil? “„Fünfhundert. “")
    quotes = _direct(text)
    replies = [q for q in quotes if q.text.startswith(("„Doch", "„Fünf"))]
    assert len(replies) == 2  # not Zimmermann, quoted before the narration, but the other party:
    assert [q.speaker.mention.text for q in replies] == ["ein berühmter Arzt"] * 2
    asked = next(q for q in quotes if q.text.startswith("„Wie viel"))
    assert asked.speaker.mention.text == "er"


def test_narration_reply_names_no_thing_handled_after_the_speaker():
    text = ("Der Greis setzte die goldene Brille auf und sagte: „Wer sind Sie? “„Ich bin Siegfried von "
            "Rouland. “")
    reply = _direct(text)[-1]
    assert reply.text.startswith("„Ich bin") and reply.speaker is None


def test_narration_vocative_names_who_replies():
    text = ("Nun näherte der König seinen Mund dem Ohr des Kammerdieners. „Sieh, Laporte “, sagte der König "
            "eines Morgens zu seinem Kammerdiener, „hier sind hundert Louis, die der Herr Direktor der Finanzen "
            "mir schickt. Verwahre sie mir. “„Und warum will Ew. Majestät sie nicht selbst verwahren? “")
    reply = _direct(text)[-1]
    assert reply.text.startswith("„Und warum") and reply.speaker.mention.text == "Laporte"


def test_narration_vocative_in_dash_dialogue():
    text = ("Die Landstreicher und die Leibeigenen schwiegen und sprachen: -- Eremit, Du bist der Freund der "
            "Armen. Wir gewähren Dir das Leben dieses Mannes. -- Bischof, wähle! Willst Du Koch sein oder "
            "gehenkt werden? -- Jhr Gotteslästerer! Nachdem Jhr mein Schloß geplündert und in Brand gesteckt, "
            "wollt Jhr mich zwingen, Euer Koch zu werden?")
    reply = next(q for q in _direct(text) if "Gotteslästerer" in q.text)
    assert reply.speaker.mention.text == "Bischof"


def test_narration_thought_is_no_quotation():
    text = "Der junge Mann kehrte sich ab. Der alte Herr sah ihm kopfschüttelnd nach. „Armer Narr! “dachte er."
    assert _direct(text) == []


def test_narration_quoted_name_given_by_a_namer():
    [q] = _direct("Baker nannte ihn „Albert Nyanza “, hat ihn zum Theil befahren und erkundet, daß ein Strom "
                  "aus seinem Nordende tritt.")
    assert q.text == "„Albert Nyanza “" and q.speaker.mention.text == "Baker"
    text = ("Er pflegte allein spazieren zu gehen; diese einsamen Gänge nannte er scherzend seine „poetische "
            "Bilderjagd “; es beschäftigte ihn nämlich die Dichtung.")
    assert [q.speaker.mention.text for q in _direct(text)] == ["er"]  # not the fronted object
    text = ("Ein Strom tritt in einen andern See, den Speke als kleinen „Luta Ngige “bezeichnet, der aber "
            "größer ist.")
    assert [q.speaker.mention.text for q in _direct(text)] == ["Speke"]
    # what "man" calls something, and a participle naming a field, are names, not anyone's words
    assert _direct("Er hatte sich damals von einer Lebensweise, die man gewöhnlich „Kultur “nennt, völlig "
                   "losgesagt.") == []
    assert _direct("Die in der Steuergemeinde gelegenen Felder, genannt „Pauhara “, wurden verkauft.") == []


def test_narration_colon_speech_after_fronted_clause():
    text = ("Jn der neuesten Nummer dieses Sammelsuriums, in dem besonders revisionistische Sozialdemokraten "
            "das Wort führen, läßt sich Fräulein Dr. Anita Augspurg folgendermaßen hören: „Für eine Frau von "
            "Selbstachtung ist es nach meiner Überzeugung unmöglich, eine legitime Heirat einzugehen. “")
    [q] = _direct(text)
    assert q.speaker.mention.text == "Fräulein Dr. Anita Augspurg"


def test_narration_apposed_name_and_subject_after_cue():
    [q] = _quotes("Der Arzt des Königs, Miron, behauptet es nach dem Ereigniß von Heinrich III. gehört zu "
                  "haben, daß Guise am 22. December einen Entschluß gefaßt habe.")
    assert q.kind == "indirect" and q.speaker.mention.text == "Miron"
    [q] = _quotes("Noch auf seinem Sterbebette behauptete er, daß er mit dem Apostel Paulus ein ganzes Jahr "
                  "konversirt habe.")
    assert q.speaker.mention.text == "er" and q.text.startswith("er mit dem Apostel")
    [q] = _quotes("Jn einer neuerlichen Rede im Abgeordnetenhaus betonten Ew. Exzellenz, daß Sie nur den "
                  "Vertrieb solcher Zeitschriften auf den Bahnhöfen verbieten würden.")
    assert q.speaker.mention.text == "Ew. Exzellenz"
    # a pronoun subject before the cue keeps its clause: "Jhnen" is whom it is said to
    quotes = _quotes("Möglich, daß Sie es nicht merken, aber ich sage Jhnen, Jhr Betragen ist ein verändertes.")
    assert all(q.speaker is None or q.speaker.mention.text != "Jhnen" for q in quotes)


def test_narration_lower_case_second_half_joins_over_missing_comma():
    text = ("So weit die Erzählung der Frau Wolter. „Und wie verhält es sich denn “, fragte ich hierauf „mit der "
            "berühmten Million, die der König Ihnen geschickt haben soll? “Die große Künstlerin antwortete "
            "lächelnd, sie habe nur eine unbedeutende Summe erhalten.")
    first = _direct(text)[0]
    assert len(first.segments) == 2 and first.speaker.mention.text == "ich"


def test_narration_enumerated_subject_introduces_colon_quotation():
    text = ("2) Der Antrag: „es sei das königl. Staatsministerium der Finanzen anzugehen, sorgsamen Bedacht zu "
            "nehmen, daß die Effecten allmählig der Staatskasse heimbezahlt werden, “erscheint als eine "
            "Wiederholung.")
    [q] = _direct(text)
    assert q.speaker.mention.text == "Der Antrag"


def test_narration_heard_speaker_is_the_object_of_perception():
    text = ("Er trat rasch vorwärts und hörte sie mit halb erstickter Stimme ausrufen: „Retten Sie mich! Retten "
            "Sie mich! “Jn ihren Zügen aber las er eine solche Angst, daß er erschrak.")
    [q] = _direct(text)
    assert q.speaker.mention.text == "sie" and q.cue.text == "ausrufen"
