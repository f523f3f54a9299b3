"""Quotations of 19th-century German newspapers (sentences from the REDEWIEDERGABE corpus, as its
detokenised text reads) and the split-quotation conventions they differ on from English news."""

from __future__ import annotations

from storyline.model import Document
from storyline.quotes import extract


def _quotes(text: str, lang: str = "de") -> list:
    return extract(Document(id="t", text=text, lang=lang))


def _direct(text: str, lang: str = "de") -> list:
    return [q for q in _quotes(text, lang) if q.direct]


def test_quotes_split_within_sentence_joins_over_long_attribution():
    text = ("Der König antwortete nicht. „Sire “, sagte nun Laporte, der, die Schleifen an den Beinkleidern "
            "des Königs zubindend, neben ihm kniete, „Sire, die, welche die Ehre haben, Ew. Majestät "
            "anzugehören, sind sehr unglücklich. “Nun näherte der König seinen Mund dem Ohr des Kammerdieners.")
    [q] = _direct(text)
    assert len(q.segments) == 2 and q.text.startswith("„Sire “ „Sire, die")
    assert q.speaker.name == "Laporte" and q.cue.text == "sagte"


def test_quotes_german_new_sentence_is_new_quotation_of_same_speaker():
    text = ("„Aber warum? “fragte der Compagnon mit der Freiheit seines väterlichen Freundes. „Fräulein "
            "Lammont ’s Empfehlungen sind ausgezeichnet und sie ist eine Dame. “")
    first, second = _direct(text)
    assert first.text == "„Aber warum? “" and second.text.startswith("„Fräulein Lammont")
    assert first.speaker.mention.text == second.speaker.mention.text == "der Compagnon"


def test_quotes_english_split_across_sentences_stays_one():
    [q] = _direct("“It’s finished,” she said of the 2016 presidential election. “In my head, anyway.”", "en")
    assert len(q.segments) == 2 and q.speaker.mention.text == "she"


def test_quotes_verb_second_subject_follows_cue():
    text = ("Zwischen zehn und eilf Uhr Abends schloß er sich mit de Termes in sein Kabinet ein. Um "
            "Mitternacht sagte er ihm: „Mein Sohn, gehe jetzt schlafen und sage dem Huissier du Halde, daß "
            "er mich unfehlbar um vier Uhr wecke. “")
    [q] = _direct(text)
    assert q.speaker.mention.text == "er" and q.cue.text == "sagte"
    text = ("„Trinkend, küssend, lachend wollen Wir die Ewigkeit vollbringen, Und verzückt Halleluja, "
            "Kyrie Eleison singen. “Also schloß der Christ. Die Mönchlein glaubten schon.")
    [q] = _direct(text)
    assert q.speaker.mention.text == "der Christ" and q.speaker.name == "Christ"


def test_quotes_newspaper_in_marks_is_the_speaker():
    [q] = _direct("Die „Saarztg. “schreibt über die Lage des Arbeitmarktes auf dem Lande: „Es ist noch immer "
                  "das alte Lied und das alte Lied mit dem Mangel an Arbeitkräften. “")
    assert q.speaker.name == "Saarztg" and q.cue.text == "schreibt"
    quotes = _direct("Weiter sagt die „Kreuzzeitung “: „Durch das Vorgehen Frankreichs werden wir genötigt, "
                     "zur Zeit unsere wirtschaftlichen Interessen in Marokko selbst zu schützen. “")
    assert [q.speaker.name for q in quotes] == ["Kreuzzeitung"]  # the name is no quotation of its own
    assert quotes[0].text.startswith("„Durch das Vorgehen")


def test_quotes_dialogue_turns_alternate_and_short_turns_count():
    text = ("Als ihn einst ein Freund über sein Treiben zur Rede stellte, sagte er: „Wie hoch schätzen Sie "
            "die Zahl der Menschen, die täglich an diesem Platze vorübergehen? “„Doch wohl 20,000 “. „Wie "
            "viel, glauben Sie, haben davon einen gesunden Sinn und ein richtiges Urtheil? “„Fünfhundert. “")
    quotes = _direct(text)
    assert [q.text[:8] for q in quotes] == ["„Wie hoc", "„Doch wo", "„Wie vie", "„Fünfhun"]
    assert quotes[2].speaker.mention.text == "er"  # the asker's turn again


def test_quotes_unmarked_speech_after_short_attribution():
    [q] = _direct("Beim Champagner erhob sich der Erzbischof und brachte den Kaisertoast aus. Er sagte: "
                  "Hochverehrte Festgäste! So oft wir in diesen Hallen uns befanden, hatten wir stets unseres "
                  "Kaisers gedacht.")
    assert q.text.startswith("Hochverehrte Festgäste!") and q.speaker.mention.text == "Er"
    [q] = _direct("Der deutsche Dichter Wieland sagt einmal: der Mensch ist nur dann an Leib und Seele gesund, "
                  "wenn ihm alle seine Verrichtungen, geistige und körperliche, zum Spiele werden. Eine der "
                  "wichtigsten Verrichtungen ist das Essen.")
    assert q.text.startswith("der Mensch ist") and q.text.endswith("werden.")
    assert q.speaker.name.endswith("Wieland")


def test_quotes_titles_after_colon_are_not_speech():
    assert not _direct("Spielplan der Arena: Mittwoch den 30. August: „Die schöne Helena “, "
                       "Abschieds-Gastspiel des Fräuleins Margit Suchy vom Theater a. d. Wien.")


def test_quotes_indirect_with_modifiers_and_apposition():
    q, cited = _quotes("Foreign policy analysts said geopolitical factors have contributed to elevating Burma's "
                       "bipartisan appeal, citing the strategic importance of the nation.", "en")
    assert q.kind == "indirect" and q.speaker.mention.text == "Foreign policy analysts"
    assert q.text == "geopolitical factors have contributed to elevating Burma's bipartisan appeal"
    assert cited.text == "the strategic importance of the nation" and cited.speaker.mention == q.speaker.mention
    [q] = _quotes("China, Pyongyang's only ally and its economic lifeline to the outside world, said it was "
                  "resolutely opposed to the test and warned North Korea.", "en")
    assert q.kind == "indirect" and q.speaker.name == "China" and q.text.startswith("it was")


def test_quotes_dash_turns_inside_a_paragraph():
    text = ("Die Leute standen vor der Kirche. -- Ja, sagte eine Frau, die eben aus der Kirche kam, und seht, "
            "wie der Lohn heruntergeht. -- Und warum, sagte eine andere, warum schicken sie nicht die Pfaffen "
            "hin? -- Die gehen nicht, sagte der Alte, weil sie reich sind.")
    quotes = _direct(text)
    assert [q.speaker.mention.text for q in quotes] == ["eine Frau", "eine andere", "der Alte"]
    assert quotes[1].segments[0] != quotes[1].segments[-1]  # "Und warum" + "warum schicken …"
    assert quotes[1].text.endswith("die Pfaffen hin?")


def test_quotes_dash_turns_after_colon_run_and_alternate():
    text = ("Der Mönch hatte den Bischof mit seinem Leibe gedeckt und sprach: -- So tödtet mich, der ich Euch "
            "mehr bedaure als tadele. Jhr werdet mir sein Leben schenken. -- Der Bischof hat uns zu viel leiden "
            "lassen. Auge um Auge, Zahn um Zahn. -- Wird Rache Eure früheren Leiden tilgen?")
    first, second, third = _direct(text)
    assert first.text.startswith("So tödtet") and first.text.endswith("schenken.")
    assert first.speaker.mention.text == "Der Mönch" and second.text.startswith("Der Bischof hat")
    assert third.speaker.mention.text == "Der Mönch"  # the monk's turn again


def test_quotes_dash_separated_news_items_are_no_turns():
    quotes = _direct("Der Prozeß wurde fortgesetzt. — Aus Linz wird berichtet: Die Sennerin wurde ermordet. "
                     "— Glarus. In der Konferenz einigten sich die Abgeordneten.")
    assert not any(q.text.startswith("Glarus") for q in quotes)


def test_quotes_capitalised_nouns_end_the_subject_after_a_fronted_adverb():
    [q] = _direct("Nun näherte der König seinen Mund dem Ohr des Kammerdieners und sagte leise und klagend: "
                  "„Es ist nicht meine Schuld, mein lieber Laporte. “")
    assert q.speaker.mention.text == "der König" and q.speaker.name == "König"
    [q] = _direct("Nach einer Schilderung ihrer Armuth und Unwissenheit schließt der Korrespondent: „Und nun "
                  "versichere ich kühn, daß die Lage dieser Leute die Regel ist. “")
    assert q.speaker.mention.text == "der Korrespondent" and q.cue.text == "schließt"


def test_quotes_verb_second_adverbs_are_no_speakers():
    [q] = _direct("Jch fragte ihn, wie die Plätze bezahlt würden? worauf er lachend erwiderte: „Kein Platz "
                  "wird bezahlt. “")
    assert q.speaker.mention.text == "er"
    [q] = _direct("„Unser Gott ist stark und groß, und er liebt die Musik. “Also lockend sprach der Rabbi, "
                  "lockend, ködernd.")
    assert q.speaker.mention.text == "der Rabbi"
    [q] = _quotes("Wir können in der That sagen, daß dieser Handel einen wunderbaren Einfluß haben wird.")
    assert q.kind == "indirect" and q.speaker.mention.text == "Wir"


def test_quotes_indirect_speaker_with_party_or_apposition():
    q, argued = _quotes("Sen. David Perdue (R-Ga.) said he didn’t believe those characterizations did Romney in "
                        "in 2012, arguing that it was divisions in the Republican Party.", "en")
    assert q.kind == "indirect" and q.speaker.mention.text == "Sen. David Perdue (R-Ga.)"
    assert q.speaker.name == "David Perdue" and q.text.startswith("he didn’t believe")
    assert argued.text == "it was divisions in the Republican Party" and argued.speaker.name == "David Perdue"
    [q] = _quotes("In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott "
                  "calmly leaving his car when asked to do so by police.", "en")
    assert q.speaker.name == "Justin Bamberg" and q.text.startswith("the videos show")


def test_quotes_attribution_closing_the_paragraph_before():
    text = "Caddell continued:\n\n“The health issue overall is very much a partisan issue, but it is not all.”\n"
    [q] = _direct(text, "en")
    assert q.speaker.name == "Caddell" and q.cue.text == "continued"


def test_quotes_subject_after_a_clause_initial_verb():
    [q] = _direct("Als er sie nach ihrem Namen fragte, sprang Jener von seinem Stuhl auf und rief aus: „Das sind "
                  "abscheuliche Namen! Wir dürfen diese Frau nicht in Freiheit setzen. “")
    assert q.speaker.mention.text == "Jener" and q.cue.text == "rief"


def test_quotes_colon_speech_goes_on_over_a_quotation_inside_it():
    text = ("Die „New= Yorker Handelsztg. “schreibt: Nach einem Gesetze muß alle künstliche Butter, die in den "
            "Handel kommt, mit „Oleomargarin “bezeichnet werden. Die Tonne muß deutlich gestempelt sein.")
    [q] = _direct(text)
    assert q.text.startswith("Nach einem Gesetze") and q.text.endswith("gestempelt sein.")
    assert q.cue.text == "schreibt" and "Handelsztg" in q.speaker.mention.text


def test_quotes_attribution_after_a_quoted_sentence_end():
    text = ("„Sire, die, welche die Ehre haben, Ew. Majestät anzugehören, sind sehr unglücklich. “Nun näherte "
            "der König seinen Mund dem Ohr des Kammerdieners und sagte leise und klagend: „Es ist nicht meine "
            "Schuld, mein lieber Laporte. “")
    q = _direct(text)[-1]
    assert q.text.startswith("„Es ist") and q.speaker.mention.text == "der König"


def test_quotes_english_attributions_around_doubled_apostrophes_colons_and_modifiers():
    [q] = _direct("Lamenting their luck, Mexicans often say, ''Poor Mexico, so far from God and so close to the "
                  "United States.'' Facing the prospect of a Trump presidency, many would agree.", "en")
    assert q.speaker.name == "Mexicans" and q.cue.text == "say"
    [first] = _direct("Democratic Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is almost "
                      "monolithic against you,” she said. “When you call a product a miracle, it is wrong.”",
                      "en")
    assert first.kind == "direct" and first.text.startswith("“The scientific") and len(first.segments) == 2
    [q] = _direct("\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz (R-Utah) said after "
                  "Pagliano failed to show.", "en")
    assert q.speaker.name.endswith("Jason Chaffetz") and q.cue.text == "said"


def test_quotes_german_fragments_of_speech_but_not_names():
    text = ("Der Minister hat sich nicht hinter das militärische Geheimnis verschanzt, sondern offen zugegeben, "
            "„nicht entsprechend eingeweiht “worden zu sein. Er sprach über den „neuen Curs “der Regierung.")
    quotes = _direct(text)
    assert [q.text for q in quotes] == ["„nicht entsprechend eingeweiht “"]
    # English news (and PolNeAR) read such fragments as part of a mixed quotation instead
    assert not _direct("Stoltenberg urged the Taliban to “live up to their commitments” in the talks.", "en")


def test_quotes_indirect_attribution_inside_the_sentence():
    [q] = _quotes("The museum, Mr. Obama said, would make visitors face uncomfortable truths about the country.",
                  "en")
    assert q.kind == "indirect" and q.speaker.name == "Obama" and len(q.segments) == 2
    assert q.text == "The museum would make visitors face uncomfortable truths about the country"
