"""The ``quotes`` layer: who said what, direct, indirect and mixed, with speakers and cues.

``annotate(doc, options)`` fills ``doc.quotes`` with ``Quote`` items (see ``model.py`` for the
contract). Everything language-specific comes from ``storyline/lang/<code>/quotes.py`` through
``rules_for``; the passes are regular-expression and table driven, linear in the text:

1. quotation marks and dialogue dashes (``marks``), attributed around each stretch
   (``attribution``), joined into split and multi-paragraph quotations (``extract``);
2. indirect and mixed quotations in the remaining sentences (``indirect``);
3. speakers resolved to the fullest name in the document, in text order (``speakers``).
"""

from __future__ import annotations

import logging

from ..model import Document
from ..pipeline import Options
from .attribution import ABBREVIATIONS
from .extract import Draft, direct_quotes
from .headline import headline_quote
from .indirect import after_attribution, indirect_quotes
from .marks import opening_marks, paragraphs, sentences
from .model import Mention, Quote, Speaker
from .rules import rules_for
from .speakers import Resolver

__all__ = ["Quote", "annotate", "extract"]

log = logging.getLogger(__name__)


def _mention(text: str, r: tuple[int, int] | None) -> Mention | None:
    """A mention of ``text[r]``, or None."""
    return Mention(text[r[0]:r[1]], r[0], r[1]) if r else None


def extract(doc: Document) -> list[Quote]:
    """The quotations of one document, in text order."""
    text = doc.text
    rules = rules_for(doc.lang)
    paras = paragraphs(text)

    def boilerplate(offset: int) -> bool:
        return doc.span_kind_at(offset) == "boilerplate"

    drafts = direct_quotes(text, paras, rules, boilerplate)
    marks = opening_marks(rules)
    taken = [(d.start, d.end) for d in drafts]
    short = ABBREVIATIONS | rules.titles if rules.capitalised_nouns else None
    body = [s for s in sentences(text, paras, rules.ordinal_stops, short) if not boilerplate(s[0])]
    drafts += after_attribution(text, body, rules, drafts, marks) + indirect_quotes(text, body, rules, taken, marks)
    title = headline_quote(text, paras[0], rules, taken, marks) if paras and not boilerplate(paras[0][0]) else None
    if title is not None and not any(d.start < title.end and title.start < d.end for d in drafts):
        drafts.append(title)
    resolver = Resolver(doc, rules)
    return [_quote(doc, d, resolver, body) for d in sorted(drafts, key=lambda d: d.start)]


def _quote(doc: Document, d: Draft, resolver: Resolver, sents: list[tuple[int, int]]) -> Quote:
    """The contract item of a draft, its speaker resolved in text order."""
    text = doc.text
    speaker = None
    if d.speaker:
        name = resolver.resolve(*d.speaker)
        speaker = Speaker(name, Mention(text[d.speaker[0]:d.speaker[1]], *d.speaker))
    sent = doc.sentence_at(d.start)
    sentence = (sent.start, sent.end) if sent else next(((s, e) for s, e in sents if s <= d.start < e), None)
    return Quote(
        text=" ".join(text[s:e] for s, e in d.segments),
        start=d.start,
        end=d.end,
        kind=d.kind,
        segments=list(d.segments),
        speaker=speaker,
        cue=_mention(text, d.cue),
        addressee=_mention(text, d.addressee),
        sentence=sentence,
    )


def annotate(doc: Document, options: Options) -> None:
    """Fill ``doc.quotes``; a failure is logged and leaves the layer empty (never raises)."""
    try:
        doc.quotes = extract(doc)
    except Exception:  # noqa: BLE001 - bad input must not stop a batch
        log.exception("quotes: skipped document %s", doc.id)
        doc.quotes = []
