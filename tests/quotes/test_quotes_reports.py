"""German newspaper reports (sentences from the REDEWIEDERGABE corpus, as its detokenised text
reads): a quotation introduced by a newspaper named in marks, dialogue told inside a quoted report,
parenthetic dashes in colon speech, abbreviated credits, fronted adverbs; and reports in other languages (MEANTIME) where no one speaks."""

from __future__ import annotations

import pytest

from storyline.model import Document
from storyline.quotes import extract


def _direct(text: str, lang: str = "de") -> list:
    return [q for q in extract(Document(id="t", text=text, lang=lang)) if q.direct]


def test_quotes_newspaper_in_marks_speaks_quotation_that_runs_on():
    # the quotation's closing mark is lost: it closes after a newspaper named inside it
    text = ("Berlin, 20. August. date Das „Berliner Tageblatt “schreibt in seiner Sonntags-Wochenschau über "
            "den gegenwärtigen Stand der Marokkoverhandlungen: „Die einzige und nicht gerade tröstliche "
            "Meldung besagt, daß die Unterhaltung eine Unterbrechung erfahren habe. Die „Kreuzzeitung "
            "“mißt dem Umstande eine besondere Bedeutung bei.")
    [q] = _direct(text)
    assert q.text.startswith("„Die einzige") and q.speaker.mention.text == "Das „Berliner Tageblatt “"


def test_quotes_subject_after_dateline_word_and_long_attribution():
    text = ("date Das Amtsblatt veröffentlicht folgenden Cholerabericht: In Budapest sind am 21. October "
            "24 Neuerkrankungen und 15 Todesfälle vorgekommen.")
    [q] = _direct(text)
    assert q.text.startswith("In Budapest") and q.speaker.mention.text == "Das Amtsblatt"
    text = ("So sagt Herr Professor Schäffle in seinem höchst empfehlenswerthen Buch „Kapitalismus und "
            "Sozialismus “unter anderm über Patente auch folgendes: „Wer als Lohnarbeiter etwas besonders "
            "leistet, bekommt das Vierfache des gewöhnlichen Gehaltes. “")
    [q] = _direct(text)
    assert q.speaker.mention.text == "Herr Professor Schäffle" and q.cue.text == "sagt"


def test_quotes_dialogue_turns_inside_quoted_report():
    text = ("Das „Morning Chronicle “enthielt folgende Schilderung: „Jch fragte einen dieser Leute, ob der "
            "heutige Prediger ihr eigner Geistlicher sei. -- Und seit ich ihn kenne, auch, setzte ein anderer "
            "hinzu, und ich hab' nie einen Pfaffen gekannt, der nicht gebettelt hätte. -- Ja, sagte eine Frau, "
            "die eben aus der Kirche kam, und seht, wie der Lohn heruntergeht. “")
    report, *turns = _direct(text)
    assert report.text.startswith("„Jch fragte") and report.end == len(text)
    assert [t.speaker.mention.text for t in turns] == ["ein anderer", "eine Frau"]
    assert turns[1].text.startswith("Ja") and turns[1].text.endswith("heruntergeht.")


def test_quotes_parenthetic_dash_does_not_end_colon_speech():
    text = ("Das französische Blatt erzählt: Es waren drei kleine Mädchen, welche auf der Straße spielten; "
            "die Diplomaten grüßten sie ehrfurchtsvoll — es gab damals in Frankfurt noch Diplomaten — und "
            "dachten, was wohl aus den kleinen Mädchen werden wird. Sie waren sehr heiter.")
    [q] = _direct(text)
    assert q.text.endswith("Sie waren sehr heiter.") and q.speaker.mention.text == "Das französische Blatt"


def test_quotes_abbreviated_credit_is_no_quotation():
    text = ("Der Aufschwung des Landes führte eine Besserung ihrer äußeren Lage herbei. („Tägl. R. “) "
            "Ueber die Macht der Kirche schreiben die protestantischen „Hamburger Nachr. “wörtlich: „Die "
            "katholische Kirche hat Grund, mit Befriedigung auf das 19. Jahrhundert zurückzublicken. “")
    [q] = _direct(text)
    assert q.text.startswith("„Die katholische") and "Hamburger Nachr" in q.speaker.mention.text


def test_quotes_fronted_adverb_is_no_speaker():
    text = ("Man sagt gewöhnlich: Macht gute Politik. So lässt sich auch sagen: Schafft erst Frieden, "
            "macht erst reinen Tisch in den Staatswirren.")
    quotes = _direct(text)
    assert quotes[-1].text.startswith("Schafft erst Frieden") and quotes[-1].cue.text == "sagen"
    assert all(q.speaker is None or q.speaker.mention.text != "So" for q in quotes)


def test_quotes_attribution_before_colon_introduces_next_quotation():
    text = ("„Die Verhandlungen sind offenbar an einem Punkte angelangt, an dem es gilt, wichtige "
            "Entschließungen zu fassen. “Weiter sagt die „Kreuzzeitung “: „Durch das Vorgehen Frankreichs "
            "werden wir genötigt, unsere wirtschaftlichen Interessen in Marokko selbst zu schützen. “")
    first, second = _direct(text)
    assert second.text.startswith("„Durch das Vorgehen")
    # "Weiter" says the paper spoke the first one too; the cue is the second one's
    assert first.speaker.name == "Kreuzzeitung" and first.cue is None
    assert second.speaker.mention.text == "die „Kreuzzeitung “" and second.cue.text == "sagt"


def test_quotes_halves_do_not_join_over_sentence_end():
    text = ("„Was wollt ihr? “schrie der abergläubische Müller voller Entsetzen. Wie aus Grabestiefe kam "
            "die Antwort: „Dein Gut, Dein Geld, Dein Weib! “Muntyans Frau war nicht so ängstlich.")
    first, second = _direct(text)
    assert first.text == "„Was wollt ihr? “" and first.speaker.mention.text == "der abergläubische Müller"
    assert second.text == "„Dein Gut, Dein Geld, Dein Weib! “"


def test_quotes_ordinal_date_ends_no_sentence():
    text = ("Er ist in vollständige Ungnade gefallen. Die Neue Berliner Zeitung berichtet unterm 9. September: "
            "Wir bemerken, daß die Cholera seit einigen Tagen in einer sehr bedenklichen Weise aufgetreten ist.")
    [q] = _direct(text)
    assert q.text.startswith("Wir bemerken") and q.speaker.mention.text == "Die Neue Berliner Zeitung"
    # English keeps a stop after a number as a sentence end
    [en] = _direct("The index fell to 18. The minister said: “We will not raise taxes this year.”", "en")
    assert en.speaker.mention.text == "The minister"


def test_quotes_speaker_with_adjectives_listed_before_noun():
    text = ("Sie waren sein Alles. „Er ist ein braver Sohn, “meinte die milde lächelnde, freundliche Matrone, "
            "„nur will er nicht begreifen, daß er sich zu sehr aufreibt. “")
    [q] = _direct(text)
    assert q.speaker.mention.text == "die milde lächelnde, freundliche Matrone" and len(q.segments) == 2


def test_quotes_owner_of_speech_noun_speaks():
    text = ("Wem das unglaublich vorkommt, dem muss die Bemerkung des Officiosus ein Licht aufstecken: "
            "Vielleicht wäre die Sonderinstitution des Industriebeirathes nie actuell geworden.")
    [q] = _direct(text)
    assert q.text.startswith("Vielleicht") and q.speaker.mention.text == "des Officiosus"
    assert q.speaker.name == "Officiosus"
    text = ("Jm Vertrauen auf die Worte Zimmermanns: „Ein Charlatan, der mit wunderbarlichen Mitteln prahlt, "
            "ist weit mehr gesucht, als ein Arzt, der die ebenen Wege der Natur geht “, etablirte er sich.")
    [q] = _direct(text)
    assert q.speaker.mention.text == "Zimmermanns"


def test_quotes_following_announces_speech_only_before_speech_noun():
    text = ("Das ganze Zigeunervolk steckt noch tief im Aberglauben, wie folgender Vorfall beweisen mag: In "
            "Büdszentmihaly wurde der Zigeuner Karl Rostas verhaftet. Rostas erklärte, daß es ihm "
            "hauptsächlich um die Hände des Toten zu tun gewesen war.")
    quotes = extract(Document(id="t", text=text, lang="de"))
    assert not any(q.direct for q in quotes)
    [q] = quotes
    assert q.kind == "indirect" and q.speaker.mention.text == "Rostas"


def test_quotes_title_heading_with_stop_is_no_quotation():
    text = ("Theater. „Der Zigeunerbaron “. Operette in 3 Acten von Johann Strauß. „Wie viel, glauben Sie, "
            "haben davon ein richtiges Urtheil? “„Doch wohl hundert “. „Etwa zehn? “")
    assert [q.text for q in _direct(text)] == [
        "„Wie viel, glauben Sie, haben davon ein richtiges Urtheil? “", "„Doch wohl hundert “", "„Etwa zehn? “"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [  # MEANTIME Wikinews sentences, as the whole pipeline reads them
        ("To date, 149 confirmed orders for the aircraft have been received.", "en", []),
        ("Se dice que esto se debe a la creciente frustración de Apple por la incapacidad de IBM.", "es", []),
        ("Steve Jobs sprak in San Francisco. Daarnaast kondigde hij aan dat QuickTime 7 binnenkort wordt "
         "uitgebracht voor Windows.", "nl", [("hij", "Steve Jobs")]),
        ("Obama has had a frosty relationship with McConnell, who in 2010 said the GOP's most important goal "
         "was to make Obama a one-term president.", "en", [("2010", "2010")]),  # a year: the quote stays (its sayer is a relative)
    ],
)
def test_reports_no_count_nor_impersonal_pronoun_speaks(text: str, lang: str, expected: list) -> None:
    from storyline.api import analyze_text

    doc = analyze_text(text, lang=lang).to_dict()
    assert [(q["speaker"]["mention"]["text"], q["speaker"]["name"]) for q in doc["quotes"]] == expected
