"""What the figures rules of one sentence share: its tokens, clauses, numbers and names, and the
small readings both the measure rules (``extract``) and the owner rules (``owners``) use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Document
from .context import Located, Name, Tok, entity_names, guessed_names
from .lexicon import Lexicon
from .numbers import Number

PUNCT_STOP = frozenset(",.;:!?()[]\"“”«»—–―'’")


@dataclass(slots=True)
class Argument:
    """An argument's text and offsets; ``canonical`` is its normalised form."""

    text: str
    start: int
    end: int
    canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.canonical is not None:
            out["canonical"] = self.canonical
        return out


@dataclass(slots=True)
class Sentence:
    """What the rules of one sentence share; its names are found only once a figure needs them."""

    doc: Document
    lex: Lexicon
    start: int
    end: int
    toks: list[Tok]
    clause: list[int]
    numbers: list[Number]
    layers: tuple[Located, Located]  # the document's entities and times
    _names: list[Name] | None = None
    owner: str = "rules"  # how owners are chosen: rules, ranker or hybrid (see ``ranker``)

    @property
    def names(self) -> list[Name]:
        if self._names is None:
            doc, lex = self.doc, self.lex
            entities = self.layers[0]
            if entities:
                self._names = entity_names(doc, entities.within(self.start, self.end), lex, self.toks)
            else:
                self._names = guessed_names(self.toks, lex)
        return self._names

    def words(self, lo: int, hi: int) -> list[str]:
        return [t.low for t in self.toks[lo:hi]]


def span(doc: Document, start: int, end: int, canonical: str | None = None) -> Argument:
    return Argument(doc.text[start:end], start, end, canonical)


def token_range(toks: list[Tok], number: Number) -> tuple[int, int]:
    first = next(i for i, t in enumerate(toks) if t.end > number.start)
    last = first
    while last + 1 < len(toks) and toks[last + 1].start < number.end:
        last += 1
    return first, last + 1


def capitalised_id(tok: Tok, lex: Lexicon) -> bool:
    """A capitalised word right before a number names it ("Artemis 1", "iPhone 4": a capital after a
    lower-case first letter is a brand's), unless it is an alias."""
    low = tok.low.rstrip(".")
    return (
        (tok.text[:1].isupper() or (tok.text[:1].islower() and any(c.isupper() for c in tok.text[1:])))
        and low not in lex.function_words
        and low not in lex.aliases
        and low not in lex.qualifiers
    )


def qualifier(s: Sentence, lo: int) -> tuple[Argument | None, int]:
    """The qualifier right before token ``lo`` ("around", "more than") and its token count."""
    start = max(s.clause[lo] if lo < len(s.clause) else 0, lo - s.lex.max_phrase)
    words = s.words(start, lo)
    key, size = s.lex.phrase_ending(words, len(words), s.lex.qualifiers)
    if not size:
        return None, 0
    first, last = s.toks[lo - size], s.toks[lo - 1]
    return span(s.doc, first.start, last.end, s.lex.qualifiers[key]), size


def is_capitalised(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.number < 0


def plural_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word looks like a counted plural noun: "subsidiaries", "A320s", "aircraft"."""
    if word in lex.irregular_plurals:
        return True
    if not (word.isalnum() and any(c.isalpha() for c in word) and len(word) > 3):
        return False
    plural = any(word.endswith(x) for x in lex.plural_suffixes)
    demonyms = word in lex.aliases and lex.singular(word) in lex.aliases  # "Twelve Americans": people
    return plural and (word not in lex.aliases or demonyms) and word not in lex.not_counted


def unsaid(s: Sentence, i: int) -> bool:
    """Token ``i`` is a noun whose number says what it counts, with a partitive after it: "crew of"."""
    return s.toks[i].low in s.lex.unsaid_measures and i + 1 < len(s.toks) and s.toks[i + 1].low in s.lex.partitives


def common_word(tok: Tok, lex: Lexicon) -> bool:
    """A lowercase content word: no function word, preposition or number."""
    return tok.text[:1].islower() and tok.low not in lex.function_words and tok.low not in lex.prepositions
