"""The quotation rules of one language, read once from its table and tokenised text helpers.

The per-language tables (``storyline/lang/<code>/quotes.py``) are plain constants; this module
turns one into a ``Rules`` object the extractor can use without looking at the language code, and
holds the tiny tokeniser the attribution patterns work on (words with offsets, linear).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from ..lang import table

# A language without a table of its own is read with English cue words but every common mark.
DEFAULT_LANG = "en"
UNIVERSAL_MARKS = (("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"), ("‘", "’"), ('"', '"'))

# Words: abbreviations with dots ("U.S."), words with inner hyphens/apostrophes, or one symbol.
TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")
SENTENCE_END = frozenset(".!?")


@dataclass(slots=True)
class Token:
    """A word or symbol of the text with its offsets (``low`` is its lower-cased form)."""

    text: str
    start: int
    end: int
    low: str

    @property
    def is_word(self) -> bool:
        """True for words (letters or digits), false for punctuation and marks."""
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """True for words starting with an upper-case letter (names, titles, sentence starts)."""
        return self.text[0].isupper()


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the extractor knows about quoting in one language."""

    opens: dict[str, tuple[str, ...]]
    dashes: tuple[str, ...]
    cues: frozenset[str]
    object_cues: frozenset[str]
    addressee_preps: frozenset[str]
    auxiliaries: frozenset[str]
    complementizers: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    stopwords: frozenset[str]
    links: frozenset[str]
    titles: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    colon_speech: bool = False
    verb_second: bool = False
    introducers: frozenset[str] = frozenset()
    announcers: frozenset[str] = frozenset()  # "folgenden": an introducer before a speech noun only
    turn_dashes: tuple[str, ...] = ()  # dashes that open a dialogue turn inside a paragraph too
    fragments: bool = False  # quoted words inside a clause count as direct quotations (lower-case ones)
    capitalised_nouns: bool = False  # every noun starts upper-case (German): phrases end after one
    speech_nouns: frozenset[str] = frozenset()  # "die Bemerkung des Officiosus: …": its owner speaks
    genitives: frozenset[str] = frozenset()  # determiners that open an owner after a speech noun
    ordinal_stops: bool = False  # "am 9. September": a stop after a number marks an ordinal, no sentence end
    naming_cues: frozenset[str] = frozenset()  # "nannte ihn „Albert Nyanza “": a quoted name is words
    vocatives: frozenset[str] = frozenset()  # interjections that open a turn like a name ("Nun, …"); empty: off
    interlocutors: frozenset[str] = frozenset()  # articles opening the other person of a dialogue
    continuations: frozenset[str] = frozenset()  # "Weiter sagt X: …": X also spoke the quotation before
    perception: frozenset[str] = frozenset()  # "hörte sie … ausrufen: …": the object speaks
    thought_cues: frozenset[str] = frozenset()  # „Armer Narr! “dachte er: thought, not speech
    voice_nouns: frozenset[str] = frozenset()  # „…“ ein Lachen schloss den Satz: a sound, no speaker
    possessives: frozenset[str] = frozenset()  # "seine Briefe: „…“", "his remarks": the owner speaks
    relatives: frozenset[str] = frozenset()  # "most of whom said": the antecedent speaks, unnamed here
    org_nouns: frozenset[str] = frozenset()  # "the company said": the organisation the text is about
    third_person: frozenset[str] = frozenset()  # "er", "sie": a narrated character after a quotation
    unclosed_runs_on: bool = False  # a quotation opening a sentence, never closed, runs to the paragraph end
    hypothetical: frozenset[str] = frozenset()  # "würden … sagen:": words nobody said, no quotation
    report_nouns: frozenset[str] = frozenset()  # "die Nachricht, daß …": nouns whose clause is reported
    subjunctives: frozenset[str] = frozenset()  # "werde", "sei": the reported mood, a report going on
    first_persons: frozenset[str] = frozenset()  # "ich werde": the same forms, indicative
    as_words: frozenset[str] = frozenset()  # ", wie X berichten, …": a parenthetical attribution
    clause_comma: bool = False  # a reported clause is set off by a comma ("sagte, er werde …")
    report_cues: frozenset[str] = frozenset()  # verbs read as cues before a reported clause only
    direct_only_cues: frozenset[str] = frozenset()  # cues of quoted words only, never of a reported clause
    complement_required: bool = False  # "dijo que …": a reported clause always opens with a complementizer
    infinitive_markers: frozenset[str] = frozenset()  # "dichiara di aver …": the word before a reported infinitive
    infinitives: frozenset[str] = frozenset()  # "aver", "haber", "avoir": infinitives that open a report
    phrase_cues: frozenset[str] = frozenset()  # "concludes with …": no report before a prepositional phrase
    preposition_cues: frozenset[str] = frozenset()  # "spoke about": a verb and its preposition, what follows is reported
    coordinators: frozenset[str] = frozenset()  # "… and said …": the sentence's subject speaks
    participles: frozenset[str] = frozenset()  # "…, saying …": the sentence's subject speaks
    time_words: frozenset[str] = frozenset()  # "said Friday …": the time of saying, before what was said
    that_cues: frozenset[str] = frozenset()  # "announces that …" reports, "announces its resignation" does not
    join_sentences: bool = True  # "“…,” he said. “…”" is one quotation (else two, same speaker)
    cue_finder: re.Pattern[str] | None = None  # any cue or "according" word, to skip cue-less sentences

    def may_report(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds any cue word at all (a cheap filter before tokenising)."""
        return self.cue_finder is not None and self.cue_finder.search(text, start, end) is not None

    def is_cue(self, tok: Token) -> bool:
        """A reporting verb (lower-case: "States" is no verb), also fused ("déclare-t-il")."""
        if not tok.text[0].islower():
            return False
        return tok.low in self.cues or (self.fused_pronoun(tok) is not None and tok.low.split("-")[0] in self.cues)

    def is_report_cue(self, tok: Token) -> bool:
        """A cue, or a verb that reports a clause set off after it ("Die Gegner behaupten, …"), but
        not one that only attributes quoted words („…“ gab er zurück; "Er gab sich alle Mühe, …")."""
        if tok.low in self.direct_only_cues:
            return False
        return self.is_cue(tok) or (tok.text[0].islower() and tok.low in self.report_cues)

    def fused_pronoun(self, tok: Token) -> str | None:
        """The pronoun of an inverted cue such as French "a-t-il" / "déclare-t-elle"."""
        parts = tok.low.split("-")
        if len(parts) > 1 and (parts[0] in self.cues or parts[0] in self.auxiliaries) and parts[-1] in self.pronouns:
            return parts[-1]
        return None

    def is_speech_noun(self, tok: Token) -> bool:
        """A noun of speech or writing, also at the end of a compound ("Cholerabericht")."""
        return tok.is_capitalised and (tok.low in self.speech_nouns or any(
            tok.low.endswith(noun) for noun in self.speech_nouns if len(noun) > 4))

    def introduces(self, toks: list[Token]) -> bool:
        """Words that announce quoted text after the colon they precede ("wird gemeldet:",
        "veröffentlicht folgenden Cholerabericht:", "die Bemerkung des Officiosus …:")."""
        return any(t.low in self.introducers or (t.low in self.announcers and k + 1 < len(toks)
                                                 and self.is_speech_noun(toks[k + 1]))
                   for k, t in enumerate(toks))

    def according_at(self, toks: list[Token], i: int) -> int:
        """Length of an "according to" phrase starting at ``toks[i]``, or 0."""
        for phrase in self.according:
            n = len(phrase)
            if i + n <= len(toks) and all(toks[i + k].low == phrase[k] for k in range(n)):
                return n
        return 0


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end(), m.group().lower())
            for m in TOKEN.finditer(text, start, end)]


def _opens(marks: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """Opening mark -> the closing marks it accepts (a mark may open several pairs)."""
    out: dict[str, list[str]] = {}
    for open_mark, close_mark in marks:
        out.setdefault(open_mark, [])
        if close_mark not in out[open_mark]:
            out[open_mark].append(close_mark)
    return {k: tuple(v) for k, v in out.items()}


def _words(mod: ModuleType, name: str) -> frozenset[str]:
    """A word set of the table, empty when the table leaves it out."""
    return frozenset(getattr(mod, name, frozenset()))


@cache
def rules_for(lang: str | None) -> Rules:
    """The rules of ``lang`` (through the language fallbacks), English cues for unknown ones."""
    mod = table(lang, "quotes")
    marks = getattr(mod, "MARKS", None) if mod else None
    if mod is None:
        mod = table(DEFAULT_LANG, "quotes")
        marks = UNIVERSAL_MARKS
        if mod is None:
            raise RuntimeError("storyline/lang/en/quotes.py is missing from the installation")
    return Rules(
        opens=_opens(tuple(marks or UNIVERSAL_MARKS)),
        dashes=tuple(getattr(mod, "DASHES", ())),
        turn_dashes=tuple(getattr(mod, "TURN_DASHES", ())),
        according=tuple(tuple(p) for p in getattr(mod, "ACCORDING", ())),
        cue_finder=_cue_finder(_words(mod, "CUES") | _words(mod, "REPORT_CUES") | _words(mod, "REPORT_NOUNS")
                               | {p.split()[0] for p in getattr(mod, "PREPOSITION_CUES", ())}
                               | {p[0] for p in getattr(mod, "ACCORDING", ())}),
        **_table_fields(mod),
    )


# Fields read from a table of another name than the field's own in upper case, and fields built
# from tables rather than read (``rules_for`` builds them).
_TABLE_NAMES = {
    "addressee_preps": "ADDRESSEE_PREPOSITIONS", "fragments": "QUOTED_FRAGMENTS",
    "join_sentences": "JOIN_ACROSS_SENTENCES", "vocatives": "INTERJECTIONS",
}  # fmt: skip
_BUILT = frozenset({"opens", "dashes", "turn_dashes", "according", "cue_finder"})


def _table_fields(mod: ModuleType) -> dict[str, Any]:
    """Every word set and switch of :class:`Rules` from the language's table: the field ``cues``
    from ``CUES``, ``verb_second`` from ``VERB_SECOND``; a switch the table leaves out keeps its
    default, a word set is empty. Adding a rule's table is adding a field."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(Rules):
        if f.name in _BUILT:
            continue
        name = _TABLE_NAMES.get(f.name, f.name.upper())
        if isinstance(f.default, bool):
            out[f.name] = bool(getattr(mod, name, f.default))
        else:
            out[f.name] = _words(mod, name)
    return out

def _cue_finder(words: frozenset[str]) -> re.Pattern[str] | None:
    """A regular expression matching any of ``words`` as a whole word (or a fused "a-t-il")."""
    if not words:
        return None
    # grouped by first letter, so that a position tries the words of its letter only (the tables
    # hold hundreds of cue forms)
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1].lower(), []).append(w[1:])
    alts = "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in sorted(set(tails), key=len, reverse=True)) + ")"
                    for first, tails in sorted(groups.items()))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?![\w'’])", re.IGNORECASE)
