"""Rules of the sixth pass (general rules and table entries, from reading half B of REDEWIEDERGABE
dev, checked on both halves): excerpts broken off by a dash, turn dashes after a bracket, lost
closing marks, German reported clauses after a comma. Texts are excerpts of REDEWIEDERGABE samples."""

from __future__ import annotations

from storyline.model import Document
from storyline.quotes import extract


def _quotes(text: str, lang: str = "de") -> list:
    return extract(Document(id="t", text=text, lang=lang))


def _direct(text: str, lang: str = "de") -> list:
    return [q for q in _quotes(text, lang) if q.direct]


def test_quotes_excerpt_opening_inside_speech_broken_off_by_a_dash():
    text = ("Wenn Sie ihm entgegengingen — “„Danke, danke “, sprach Siegfried und empfahl sich, um diesen "
            "ihm sehr einleuchtenden Rat gleich zu befolgen.")
    texts = {q.text: q for q in _direct(text)}
    assert "Wenn Sie ihm entgegengingen — “" in texts
    assert texts["„Danke, danke “"].speaker.mention.text == "Siegfried"


def test_quotes_sentence_end_and_dash_before_quotation_open_a_new_one():
    text = ("„Du, Siegfried? “sprach er nach einigen Minuten peinlichen Schweigens. — „Ah so, nun, ich kann "
            "es mir denken, habe das gelesen. Die Not ist groß! “„Onkel, Du verkennst mich “, fuhr "
            "Siegfried mit der ihm eigenen Würde fort.")
    quotes = _direct(text)
    first = next(q for q in quotes if q.text.startswith("„Du, Siegfried"))
    assert first.end < text.index("„Ah so")  # not joined over the sentence end and the dash
    second = next(q for q in quotes if q.text.startswith("„Ah so"))
    assert second.speaker.mention.text == "er"  # a new quotation of the same speaker


def test_quotes_vocative_before_verb_second_cue_is_no_speaker():
    text = ("Die Wegeseiten waren fest und sicher ummauert. -- Sehen Sie, Herr Britte, rief Walmor, mein junger "
            "Jkarier, mir triumphirend zu, sehen Sie, wie unsere Herrin für ihre Unterthanen gesorgt hat!")
    [q] = _direct(text)
    assert q.speaker.mention.text == "Walmor"
    assert q.text.startswith("Sehen Sie, Herr Britte") and q.text.endswith("gesorgt hat!")  # both halves
