"""From the mention that introduces a quotation to the fullest name of its speaker.

"he added" resolves to the previous speaker; "Stoltenberg" to "Jens Stoltenberg" (the longest
name in the document that ends with the same word); "NATO's secretary-general" to the name that
follows "Secretary-General" elsewhere in the document; "a joint NATO statement" to the
organisation it names. Names come from the entities layer when it has run, else from runs of
capitalised words with their leading title words ("Spanish Defense Minister") stripped.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..model import Document
from ..text.sentences import title_case
from .rules import Rules, Token, tokenize

NAME_PARTICLES = frozenset("de da del der di van von al bin ibn la le du dos das ter ten".split())
_UPPER = r"[^\W\d_a-zß-ÿ]"  # an upper-case letter of any script the tables cover
_CAP_WORD = _UPPER + r"(?:\.(?:" + _UPPER + r"\.)+|[a-z]{0,3}\.(?=[ \t]" + _UPPER + r")|[\w'’-]*)"
# Runs of capitalised words, name particles allowed inside ("Jens Stoltenberg", "Ursula von der Leyen").
CAPITALISED_RUN = re.compile(_CAP_WORD + r"(?:[ \t](?:(?:" + "|".join(sorted(
    "de da del der di van von al bin ibn la le du dos das ter ten".split())) + r")[ \t])*" + _CAP_WORD + r")*")
POSSESSIVE = ("’s", "'s", "s’", "s'")
PERSON_TYPES = frozenset({"PER", "PERSON"})
ORG_TYPES = frozenset({"ORG", "ORGANIZATION", "ORGANISATION", "NORP"})


@dataclass(slots=True)
class Name:
    """A name occurrence: its offsets, its words and its type (PER, ORG or '' when guessed)."""

    start: int
    end: int
    words: tuple[str, ...]
    type: str = ""


@dataclass(slots=True)
class NameIndex:
    """The names of one document: by last word (to the fullest form) and by title word."""

    names: list[Name] = field(default_factory=list)
    fullest: dict[str, tuple[str, ...]] = field(default_factory=dict)
    by_title: dict[str, tuple[str, ...]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)

    def add(self, name: Name, titles: tuple[str, ...] = ()) -> None:
        """Record a name occurrence and the title words seen right before it."""
        self.names.append(name)
        key = _key(name.words[-1])
        if len(name.words) > len(self.fullest.get(key, ())):
            self.fullest[key] = name.words
        for title in titles:
            self.by_title.setdefault(_key(title), name.words)

    def full(self, words: tuple[str, ...]) -> str:
        """The fullest name ending with the last of ``words`` and holding the others in order
        ("Trump" -> "Donald Trump", "Hillary Clinton" -> "Hillary Rodham Clinton", but "Donald
        Trump" never -> "Melania Trump")."""
        best = self.fullest.get(_key(words[-1]), words)
        rest = iter(_key(w) for w in best)
        if len(best) < len(words) or not all(_key(w) in rest for w in words):
            best = words
        return " ".join(best)

    def main_organisation_before(self, offset: int) -> str | None:
        """The organisation named most often before ``offset`` (the first named on ties): the one
        "the company" of a company's news is."""
        k = bisect.bisect_left(self.starts, offset)
        counts: dict[tuple[str, ...], int] = {}
        for name in self.names[:k]:
            if name.type in ORG_TYPES:
                counts[name.words] = counts.get(name.words, 0) + 1
        return " ".join(max(counts, key=counts.__getitem__)) if counts else None

    def last_person_before(self, offset: int) -> str | None:
        """The nearest multi-word (or typed person) name before ``offset``."""
        k = bisect.bisect_left(self.starts, offset)
        for name in reversed(self.names[max(0, k - 40):k]):
            if name.type in PERSON_TYPES or (not name.type and len(name.words) >= 2):
                return self.full(name.words)
        return None


def _key(word: str) -> str:
    """Index key of a name word: lower-cased, possessive removed."""
    low = word.lower()
    for suffix in POSSESSIVE:
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


def _strip_possessive(word: str) -> str:
    """The word without a possessive ending ("NATO’s" -> "NATO")."""
    for suffix in POSSESSIVE:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _entity_field(ent: Any, *names: str) -> Any:
    """A field of an entity item, whichever of the usual names the entities layer uses."""
    for n in names:
        val = ent.get(n) if isinstance(ent, dict) else getattr(ent, n, None)
        if val not in (None, ""):
            return val
    return None


def name_words(words: list[str], rules: Rules) -> list[str]:
    """The name at the end of a tagged or capitalised run, without the text run into it: a
    dateline ("24-May-08 De Amerikaanse vliegtuigbouwer Boeing", "Dec-07 Jusman Syafii Djamal")
    or a common noun before the name ("vliegtuigbouwer Boeing", "European Commission welcomed
    Apple"); lower-case particles, links and function words stay ("Bank of America", "Ursula von
    der Leyen", "Commission on Presidential Debates")."""
    cut = 0
    for k, word in enumerate(words[:-1]):
        low = word.lower()
        if any(ch.isdigit() for ch in word) or (word[:1].islower() and low not in NAME_PARTICLES
                                                and low not in rules.links and low not in rules.stopwords):
            cut = k + 1
    return words[cut:]


def split_title(words: list[str], rules: Rules) -> tuple[list[str], list[str]]:
    """Split "Spanish Defense Minister Margarita Robles" into titles and the name after them."""
    cut = 0
    for k, w in enumerate(words[:-1]):
        if _key(w).strip(".") in rules.titles:
            cut = k + 1
    return words[:cut], words[cut:]


def _after_title(text: str, start: int, rules: Rules) -> bool:
    """Whether the words before ``start`` are a title and "of" ("Secretary of", "Minister of")."""
    before = text[max(0, start - 40) : start].split()
    return len(before) >= 2 and before[-1].lower() == "of" and _key(before[-2]).strip(".") in rules.titles


def build_index(doc: Document, rules: Rules) -> NameIndex:
    """The name index of a document: its typed entities, then runs of capitalised words.

    With entities, a capitalised run adds only a fuller form of a person the tagger found
    ("Zalmay Khalilzad" where it tagged "Khalilzad"), its leading words that other entities
    cover dropped ("U.S. envoy for Afghanistan Zalmay Khalilzad"). Titles seen right before a
    person ("NATO Secretary-General Jens Stoltenberg") let "NATO's secretary-general" find them.
    """
    index = NameIndex()
    text = doc.text
    covered: list[tuple[int, int, str]] = []
    for ent in doc.entities:
        etype = str(_entity_field(ent, "type", "label") or "").upper()
        start, end = _entity_field(ent, "start"), _entity_field(ent, "end")
        if start is None or end is None:
            continue
        covered.append((int(start), int(end), etype))
        if etype not in PERSON_TYPES | ORG_TYPES:
            continue
        canonical = _entity_field(ent, "name", "canonical", "text") or text[start:end]
        titles = _titles_before(text, int(start), rules) if etype in PERSON_TYPES else ()
        words = name_words(str(canonical).split(), rules)
        index.add(Name(int(start), int(end), tuple(words), etype), titles)
    persons = {_key(n.words[-1]) for n in index.names if n.type in PERSON_TYPES}
    ends = sorted(s.end for s in doc.sentences)
    for m in CAPITALISED_RUN.finditer(text):
        start, stop = m.start(), m.end()
        k = bisect.bisect_left(ends, start + 1)
        if k < len(ends) and ends[k] < stop:
            stop = ends[k]  # a run stops at its sentence's end: "... last June. Norton and" is no name
        for c_start, c_end, c_type in covered:  # drop leading words other entities explain
            if c_start <= start < c_end and c_type not in PERSON_TYPES:
                start = c_end
        for c_start, c_end, c_type in covered:  # the tagger's whole name inside: "Crooked Hillary Clinton"
            if c_type in PERSON_TYPES and start < c_start < stop and len(text[c_start:c_end].split()) >= 2:
                start = c_start
        if _in_title_case_line(text, start):
            continue  # "Chris Christie Calls Hillary Clinton 'A Disgrace'": a headline, not a name
        words = [w for w in text[start:stop].split() if any(ch.isalnum() for ch in w) and w[0] not in "'’"]
        if text[max(0, start - 4) : start].rstrip().lower().endswith(" of") and _after_title(text, start, rules):
            words = words[-2:]  # the rest of an office before the name: "Secretary of State Madeleine Albright"
        if len(words) < 2:
            continue  # a lone word (a sentence start, a surname) adds no fuller form
        words = name_words([_strip_possessive(w) for w in words], rules)
        while len(words) > 1 and (words[0].lower() in rules.stopwords or words[0].lower() in rules.determiners):
            words = words[1:]  # "Um Mitternacht", "Der Präsident": a sentence start, not a name
        while len(words) > 1 and words[-1].lower() in rules.cues:
            words = words[:-1]  # "Obama Says ...": a headline's verb of speech is no part of the name
        titles, name = split_title(words, rules)
        if len(name) < 2 or (covered and _key(name[-1]) not in persons):
            continue
        before = _titles_before(text, m.start(), rules)
        index.add(Name(start, stop, tuple(name), "PER" if covered else ""), tuple(titles) + before)
    index.names.sort(key=lambda n: n.start)
    index.starts = [n.start for n in index.names]
    return index


def _pronoun(toks: list[Token], rules: Rules) -> bool:
    """Whether a mention is a pronoun ("he", "once he"), or a hyphenated word standing for one."""
    last = toks[-1].low
    lower = all(not t.is_capitalised for t in toks)
    return (len(toks) == 1 and (last in rules.pronouns or "-" in last)) or (lower and last in rules.pronouns)


def _clitic_free(word: str) -> str:
    """A word without an apostrophe's clitic ("who's" -> "who")."""
    return word.replace("’", "'").split("'")[0]


def _in_title_case_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is a Title Case headline (every word capitalised)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return title_case(text[start : end if end >= 0 else len(text)])


def _titles_before(text: str, start: int, rules: Rules) -> tuple[str, ...]:
    """Title words just before a name ("Secretary-General" in "NATO Secretary-General Jens ...")."""
    return tuple(w for w in text[max(0, start - 40):start].split()[-3:] if _key(w).strip(".,") in rules.titles)


class Resolver:
    """Resolves speaker mentions of one document, in document order."""

    def __init__(self, doc: Document, rules: Rules) -> None:
        self.doc, self.rules = doc, rules
        self.index = build_index(doc, rules)
        self.previous: str | None = None

    def _entity_at(self, start: int, end: int) -> Name | None:
        """A typed name (from the entities layer) inside the mention, persons first."""
        k = bisect.bisect_left(self.index.starts, start)
        inside = [n for n in self.index.names[k:k + 8] if n.type and n.start < end and n.end <= end]
        inside.sort(key=lambda n: (n.type not in PERSON_TYPES, n.start))
        return inside[0] if inside else None

    def resolve(self, start: int, end: int) -> str:
        """The speaker's fullest name for the mention ``doc.text[start:end]``."""
        bracket = self.doc.text.find("(", start, end)  # "Sen. David Perdue (R-Ga.)": the name before
        toks = [t for t in tokenize(self.doc.text, start, bracket if bracket > start else end) if t.is_word]
        if not toks:
            return self.doc.text[start:end]
        if _pronoun(toks, self.rules) or (len(toks) == 1 and toks[0].low in self.rules.possessives):
            # "he", "once he", "seine" (Briefe): the previous speaker, else none known
            return self.previous or self.index.last_person_before(start) or ""
        if len(toks) == 1 and (toks[0].low in self.rules.determiners or _clitic_free(toks[0].low) in self.rules.relatives):
            return ""  # "the", "his": a mention cut short names no one; "whom", "who's": one named before
        if not any(t.is_capitalised for t in toks) and any(t.low in self.rules.auxiliaries for t in toks):
            return ""  # "has strongly" (denied), "terrorists are" (revealed): the search ran into a verb phrase
        if self._organisation_noun(toks):  # "the company", "the Dutch airline": not a name, its referent
            return self.index.main_organisation_before(start) or self.doc.text[start:end]
        head = _key(toks[-1].text).strip(".")
        if head in self.rules.titles and head in self.index.by_title:  # "NATO's secretary-general"
            name = " ".join(self.index.by_title[head])
            self.previous = name
            return name
        ent = self._entity_at(start, end)
        if ent is not None and ent.end <= toks[-1].start and toks[-1].text[0].islower():
            # a name modifying a common noun: "Bush administration officials", "Trump's lawyer" speak, not Bush
            return " ".join(self._bare([t.text for t in toks]))
        name = self.index.full(tuple(self._bare(list(ent.words)))) if ent else self._name_in(toks)
        if ent is None or ent.type in PERSON_TYPES:
            self.previous = name
        return name

    def _organisation_noun(self, toks: list[Token]) -> bool:
        """Whether a mention is a determiner and an organisation noun, with at most an adjective
        between ("the company", "the Dutch airline"; not "the company's chairman")."""
        return (
            2 <= len(toks) <= 3
            and toks[0].low in self.rules.determiners
            and toks[-1].low in self.rules.org_nouns
            and not any(t.text.endswith(("'s", "’s")) for t in toks)
        )

    def _bare(self, words: list[str]) -> list[str]:
        """A name without the sentence words run into it: "Die „Saarztg. “" names the paper, not
        "Die Saarztg"; "Said Ellis" is Ellis, "Meanwhile Trump" is Trump."""
        skip = self.rules.determiners | self.rules.cues | self.rules.stopwords
        while len(words) > 1 and words[0].lower() in skip:
            words = words[1:]
        return words

    def _name_in(self, toks: list[Token]) -> str:
        """The name inside a mention without entities: proper name, title, organisation, phrase."""
        words = [_strip_possessive(t.text) for t in toks]
        tail: list[str] = []
        for t, w in zip(reversed(toks), reversed(words)):
            if not t.is_capitalised and t.low not in NAME_PARTICLES:
                break
            tail.insert(0, w)
        tail = self._bare(tail)
        _, name = split_title(tail, self.rules) if tail else ([], [])
        if name and _key(name[-1]) not in self.rules.titles:
            return self.index.full(tuple(name))
        head = _key(words[-1])
        if head in self.index.by_title:
            return " ".join(self.index.by_title[head])
        acronyms = [w for w in words if len(w) >= 2 and w.isupper() and w.isalpha()]
        if acronyms:
            return acronyms[0]
        body = words[1:] if toks[0].low in self.rules.determiners and len(words) > 1 else words
        return " ".join(body)


def norm_name(name: str) -> str:
    """A name folded for matching: lower case, words only ("NATO’s" and "nato s" agree)."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", name or "").lower()))
