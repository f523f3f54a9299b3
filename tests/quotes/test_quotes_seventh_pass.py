"""Rules of the seventh pass (English reports PolNeAR annotates and the layer had missed, from
reading half A of PolNeAR dev, checked on both halves): verbs that report a noun phrase, second
verbs of a subject, participles after a direct quotation's attribution, headlines. Texts are
sentences of PolNeAR dev articles."""

from __future__ import annotations

from .test_quotes_dialogue import _quotes


def _by_text(text: str) -> dict[str, object]:
    return {q.text: q for q in _quotes(text, "en")}


def test_quotes_verbs_reporting_a_noun_phrase_or_wish():
    quotes = _by_text("At Monday’s presidential debate, Clinton mentioned disparaging remarks Trump had made "
                      "about Machado. Donald Trump is demanding President Barack Obama make a pledge not to "
                      "pardon Hillary Clinton. Hillary Clinton wants to make in-state tuition free for families.")
    assert quotes["disparaging remarks Trump had made about Machado"].speaker.mention.text == "Clinton"
    assert quotes["President Barack Obama make a pledge not to pardon Hillary Clinton"].speaker.name == "Donald Trump"
    assert "to make in-state tuition free for families" in quotes


def test_quotes_cue_word_as_a_noun_reports_nothing():
    quotes = _by_text("Though his plan would dole out more than $4 trillion in tax cuts, one study found Trump "
                      "would actually raise taxes on 8 million Americans. The candidate’s call came after rival "
                      "Donald Trump attacked Machado in early-morning tweets.")
    assert list(quotes) == ["Trump would actually raise taxes on 8 million Americans"]
    assert quotes["Trump would actually raise taxes on 8 million Americans"].speaker.mention.text == "one study"
    claim = _by_text("Politifact seized on Trump’s claim that there have been thousands of shootings in Chicago.")
    assert claim["there have been thousands of shootings in Chicago"].speaker.mention.text == "Trump’s"


def test_quotes_second_verb_of_the_sentence_subject():
    quotes = _by_text("Rival Hillary Clinton had mocked the complaint, saying anybody who complains about a "
                      "microphone is not having a good night. On Monday night, Clinton leaned in heavy and "
                      "often, arguing that Trump was a Romney caricature of the rich.")
    said = quotes["anybody who complains about a microphone is not having a good night"]
    assert said.speaker.mention.text == "Rival Hillary Clinton" and said.cue.text == "saying"
    assert quotes["Trump was a Romney caricature of the rich"].speaker.mention.text == "Clinton"
    joined = _by_text("Merrill says Machado promised to continue supporting Clinton and said she would stand up "
                      "to the attacks.")
    assert "she would stand up to the attacks" in joined


def test_quotes_participle_after_a_direct_quotation():
    quotes = _by_text('"We need change," the New York businessman said, arguing that he will bring a '
                      '"common-sense" approach to the demands of being commander in chief.')
    argued = quotes['he will bring a "common-sense" approach to the demands of being commander in chief']
    assert argued.kind == "mixed" and argued.speaker.mention.text == "the New York businessman"


def test_quotes_headlines_name_their_source():
    def title(line: str, body: str) -> dict[str, object]:
        return _by_text(f"{line}\n\n{body}")

    labelled = title("Politifact: Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago this Year.",
                     "Following Monday’s presidential debate Politifact did a fact-check.")
    assert labelled["Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago this Year"].speaker.name == "Politifact"
    after = title("Clinton Hid Past Health Problems From Public, Former White House Doctor Says.",
                  "Secrecy is not a stranger to the Clintons.")
    assert after["Clinton Hid Past Health Problems From Public"].speaker.mention.text == "Former White House Doctor"
    before = title("Obama Says African-American Museum Will Tell of 'Suffering and Delight.'",
                   "WASHINGTON -- President Obama dedicated the museum.")
    assert before["African-American Museum Will Tell of 'Suffering and Delight.'"].speaker.name == "Obama"
    # a label the text never mentions again is no source
    assert not title("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.",
                     "The New York Post reports that her team avoided the emergency room.").get(
        "Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics")


def test_quotes_preposition_cues():
    quotes = _by_text("She spoke about her deep ties to black churches. Fowler is calling for a process to "
                      "identify a potential successor. He spoke to reporters at the rally on Friday night.")
    assert quotes["her deep ties to black churches"].speaker.mention.text == "She"
    assert quotes["a process to identify a potential successor"].speaker.name == "Fowler"
    assert len(quotes) == 2


def test_quotes_that_then_an_inserted_phrase():
    quotes = _by_text("He noted that, like him, Mrs. Clinton had been pilloried in coal country.")
    assert list(quotes) == ["like him, Mrs. Clinton had been pilloried in coal country"]


def test_quotes_said_that_far_into_a_long_sentence():
    quotes = _by_text("Megan Hester, senior associate for education organizing at the Annenberg Institute for "
                      "School Reform in New York and a longtime organizer of parents in the city, said that parents "
                      "still want neighborhood schools.")
    said = quotes["parents still want neighborhood schools"]
    assert said.speaker.name == "Megan Hester"


def test_quotes_states_reports_only_with_that():
    assert not _by_text("The ethnic vote in several battleground states could be decisive in a close election.")
    quotes = _by_text("The report states that the company has 987 subsidiaries in tax havens.")
    assert quotes["the company has 987 subsidiaries in tax havens"].speaker.mention.text == "The report"


def test_quotes_headline_with_a_report_verb():
    quotes = _by_text("Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama.\n\n"
                      "Retired U.S. Air Force Gen. Norman Ham is speaking out.")
    assert quotes["‘Demoralizing’ Experience Of Serving Under Obama"].speaker.mention.text == "Retired General"


def test_quotes_according_to_inside_the_sentence():
    quotes = _by_text("The top 1 percent paid 25.4 percent of all federal taxes in 2013, according to the "
                      "nonpartisan Congressional Budget Office, because of tax hikes pushed through by Obama.")
    paid = quotes["The top 1 percent paid 25.4 percent of all federal taxes in 2013"]
    assert paid.speaker.name == "Congressional Budget Office"
