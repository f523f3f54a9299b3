"""Rules of the fifth pass (general rules and table entries, tuned on half A of REDEWIEDERGABE dev):
dash turns that cite words in marks, speaker labels after a dash, possessive owners of speech
nouns, and verb-second attributions with any verb. Texts are excerpts of REDEWIEDERGABE samples."""

from __future__ import annotations

from storyline import pipeline
from storyline.model import Document
from storyline.quotes import extract


def _direct(text: str, lang: str = "de") -> list:
    return [q for q in extract(Document(id="t", text=text, lang=lang)) if q.direct]


DIALOGUE = (
    "Sie schrie: -- Jhr Gotteslästerer! Nachdem Jhr mein Schloß geplündert, wollt Jhr mich zwingen, "
    "Euer Koch zu werden? Mönch, Du hörst sie und hast keinen Fluch für sie? -- Schweige! Jesus von "
    "Nazareth, dessen Leben so rein war, Jesus sagte mitten unter römischen Soldaten nichts weiter als: "
    "„Vater vergieb ihnen; sie wissen nicht, was sie thun. “-- Die Gottlosen wissen aber recht gut, was "
    "sie thun, indem sie mich als Koch annehmen. -- Denke an Dein vergangenes Leben, und statt Dich zu "
    "beklagen, wirst Du dem Himmel danken.")


def test_quotes_dash_turn_citing_words_in_marks_stays_a_turn():
    quotes = _direct(DIALOGUE)
    texts = [q.text for q in quotes]
    assert any(t.startswith("Schweige! Jesus von Nazareth") and t.endswith("thun. “") for t in texts)
    assert "„Vater vergieb ihnen; sie wissen nicht, was sie thun. “" in texts  # the cited words too
    assert any(t.startswith("Die Gottlosen wissen") for t in texts)  # the dialogue goes on after it
    assert any(t.startswith("Denke an Dein") for t in texts)
    cited = next(q for q in quotes if q.text.startswith("„Vater"))
    assert cited.speaker.mention.text.endswith("Jesus")
    turn = next(q for q in quotes if q.text.startswith("Schweige"))
    assert turn.speaker is None  # "Jesus sagte" introduces the cited words, not the turn


def test_quotes_dash_before_speaker_label_is_the_label_speech():
    text = ("Präs. (zum Zeugen): Er soll ja auch gesagt haben: „Dumme Arbeiter, laßt mich gehen, ich bin "
            "auch so ein Arbeiter wie Ihr. “— Zeuge: Ja, das hat er gesagt. Sicherheitswach-Inspector Josef "
            "Benedict erschien in Begleitung des Bezirksarztes auf dem Thatorte.")
    quotes = _direct(text)
    label = [q for q in quotes if q.text.startswith("Ja, das hat er gesagt")]
    assert label and label[0].speaker.mention.text == "Zeuge"
    assert not any(q.text.startswith("Zeuge") for q in quotes)


def test_quotes_possessive_before_speech_noun_speaks():
    text = ("Einige Jahre verbrachte Heinrich von Kleist im eintönigen Garnisonsdienst von Potsdam. Die "
            "Langeweile des geistlosen Rekrutendrillens war ihm entsetzlich, und seine Briefe enthalten "
            "manchen Stoßseufzer: „Unter Offizieren ist es eine Art von Schande, ein Dichter zu sein. “")
    doc = Document(id="t", text=text, lang="de")
    pipeline.run(doc)  # names from the entities layer, as analyze resolves them
    [q] = [q for q in doc.quotes if q.direct]
    assert q.speaker.mention.text == "seine"
    assert q.speaker.name == "Heinrich von Kleist"  # the possessive resolves like a pronoun


def test_quotes_verb_second_any_verb_after_comma_closed_quotation():
    text = ("Die Matrone begrüßte uns milde lächelnd. „Meine Mutter, “stellte er mich ihr glückstrahlend "
            "vor, voll inniger Liebe auf die Matrone blickend.")
    [q] = _direct(text)
    assert q.text == "„Meine Mutter, “"
    assert q.speaker.mention.text == "er" and q.cue.text == "stellte"


def test_quotes_comma_closed_quotation_without_verb_and_subject_stays_unattributed():
    # "und" opens no attribution
    assert _direct("Die Matrone nickte. „Meine Mutter, “und dann ging er hinaus in den Garten.") == []
    # an impersonal "es" after the verb names no speaker
    assert _direct("Die Matrone nickte. „Meine Mutter, “wurde es still im Zimmer der alten Frau.") == []


def _reports(text: str) -> list:
    return [q for q in extract(Document(id="t", text=text, lang="de")) if q.kind == "indirect"]


def test_quotes_answer_inside_reported_clause_is_a_report_of_its_own():
    text = ("Zugleich überreichte er mir einen Schmuckgegenstand. Ich bat den Kammerherrn, daß er den Ausdruck "
            "meiner Dankbarkeit Sr. Majestät überbringen möge, allein er antwortete, es sei üblich, daß die "
            "Künstler dem Könige schriftlich danken müssen.")
    request, answer = _reports(text)
    assert request.text.endswith("überbringen möge") and request.speaker.mention.text == "Ich"
    assert answer.text.startswith("es sei üblich") and answer.speaker.mention.text == "er"
    assert answer.cue.text == "antwortete"


def test_quotes_so_before_a_verb_is_no_source():
    # "So lebte, …" is "thus", while "So Merkel, …" names a source
    text = ("So lebte, nach den Mittheilungen des Dr. Herrmann in Aschaffenburg, in Paris ein junger, "
            "talentvoller Arzt, der trotzdem keine lohnende Praxis finden konnte.")
    assert all(q.speaker is None or q.speaker.mention.text != "lebte" for q in _reports(text))
    [q] = _reports("So Merkel, die Lage in der Ukraine sei sehr ernst und verlange schnelle Hilfe.")
    assert q.speaker.name == "Merkel"


def test_quotes_typewriter_dash_ends_the_sentence_before_it():
    text = ("Wie mancher Arme wünschte dem Augenarzte Gottes Segen, der jetzt abgetragen werden sollte! -- "
            "Stilling bekannte nun Goethe, dieses mal sey es so leicht und glücklich nicht hergegangen.")
    [q] = _reports(text)
    assert q.speaker.mention.text == "Stilling" and q.cue.text == "bekannte"


OFFICE = (
    "Mary sank auf ihren Stuhl zurück. „Himmel, “sagte er gerade zu dem älteren Chef des Geschäftes, „das "
    "fehlte auch noch; Fräulein Lammont ist jene kleine Straßenpoussade, von der ich Ihnen neulich erzählte. “"
    "„Aber warum? “fragte der Compagnon mit der Freiheit seines väterlichen Freundes. „Fräulein Lammont ’s "
    "Empfehlungen sind ausgezeichnet und sie ist eine Dame. “„Zum Henker mit den Empfehlungen! Ich will in "
    "meinem Geschäfte keine Dame, die auf der Straße mit mir kokettiert. “Der alte Herr lächelte: „Sollten "
    "Sie gerade darum den Stab über sie brechen? “„Schulmeistern Sie nicht! Geschäft ist Geschäft, und ich "
    "liebe gemischte Getränke nicht. Sollte ich den süßen braunen Augen wieder begegnen, dann freilich — “"
    "ein Lachen schloss den Satz.")


def test_quotes_dialogue_turn_goes_on_after_its_attribution_and_colon_intro():
    quotes = {q.text[:16]: q for q in _direct(OFFICE)}
    assert quotes["„Fräulein Lammon"].speaker.mention.text == "der Compagnon"
    # the reply to the Compagnon's turn (two quotations around "fragte der Compagnon") is "er"'s
    assert quotes["„Zum Henker mit "].speaker.mention.text == "er"
    # "Der alte Herr lächelte:" introduces a turn of the same run: the reply after it is "er"'s again
    assert quotes["„Sollten Sie ger"].speaker.mention.text == "Der alte Herr"
    assert quotes["„Schulmeistern S"].speaker.mention.text == "er"


def test_quotes_sound_of_the_voice_is_no_speaker():
    text = ("„Sollte ich den süßen braunen Augen auf der Straße wieder begegnen, dann freilich — “ein Lachen "
            "schloss den Satz.")
    [q] = _direct(text)
    assert q.speaker is None  # "ein Lachen" is no one


def test_quotes_lost_closing_mark_after_colon_reads_as_colon_speech():
    text = ("Man glaubt, daß der Verkehr auf dem pacifischen Oceane jenem des atlantischen gleich stehen werde. "
            "Ferner heißt es: „Wenn wir außer unserer jetzigen großen Flotte Dampfverbindung mit dem östlichen "
            "Asien haben werden, dann werden wir zu fühlen beginnen, daß wir den Grund gelegt haben. Wir können "
            "in der That sagen, daß dieser Handel einen wunderbaren Einfluß ausüben muß.")
    [q] = _direct(text)
    assert q.text.startswith("„Wenn wir außer") and "den Grund gelegt haben." in q.text
    assert q.cue.text == "heißt" and q.speaker is None  # "es" names no one


def test_quotes_unclosed_mark_inside_an_open_quotation_is_no_lost_close():
    # „folgenden … is itself open: the letter read aloud after "gebe:" is part of that speech
    text = ("„Ich habe gestern, “begann er seine Rede, „folgenden Brief erhalten, den ich Ihnen vorzulesen "
            "mir die Ehre gebe: „Trouville, den 18. Hochverehrtester Herr Präsident! Ich habe Ihre Zuschrift "
            "erhalten.")
    assert not any(q.text.startswith("Trouville") for q in _direct(text))
