"""The ``entities`` layer: people, organisations, places and other names, merged into entities.

``annotate`` runs per document, in order:

1. mention detection: the language's CRF model (:mod:`.tagger`) over each non-boilerplate sentence
   (the whole text, line by line, when no sentences were found);
2. normalisation of each mention (:mod:`.names`): titles and possessives stripped, countries and
   aliases to language-independent keys;
3. variant rules within the document (:mod:`.variants`): genitives, short forms, acronyms;
4. a canonical name and a stable ``entity_id`` (hash of the merge key) for every mention.

The cross-document merge (:mod:`.merge`) works on the contract dicts this produces.
"""

from __future__ import annotations

import functools

import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import regex

from ..model import Document, Sentence
from ..pipeline import Options
from ..text.sentences import title_case, title_case_title
from .gazetteer import fold, name_key
from .lexicon import OPENING, opening_words
from .names import CITY, COUNTRY, Name, country_keys, country_name, entity_id, honorifics, normalize
from .tagger import Mention, model_name, tag
from .tokens import tokenize
from .variants import Named, resolve

__all__ = ["Entity", "annotate", "canonical_name", "mentions_of"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


@dataclass(slots=True)
class Entity:
    """One mention of a named entity, with the entity it belongs to and the rule that said so."""

    text: str
    start: int
    end: int
    type: str
    entity_id: str
    canonical: str
    rule: str
    sentence: Sentence

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "entity_id": self.entity_id,
            "canonical": self.canonical,
            "rule": self.rule,
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
        }


# Where the sentences stage left none: a line break, or end punctuation before a capital.
_ROUGH_SENTENCE = re.compile(
    r"[^\n]+?"  # a sentence ends at the end of its line, or at
    r"(?:(?<=[^\W\d_A-ZÀ-ÞА-Я]|[\d)\"”»'’])[.!?]"  # . ! ? after a small letter, digit or closer
    r"(?=\s+[\"«“–-]?\s*[A-ZÀ-ÞĀ-ŽА-Я])|$)",  # before a capital (so "U.S. President" holds)
    re.M,
)


def _sentences(doc: Document) -> list[Sentence]:
    """The document's sentences outside boilerplate; a rough split of its text if it has none."""
    if doc.sentences:
        return [s for s in doc.sentences if s.kind != "boilerplate" and doc.span_kind_at(s.start) != "boilerplate"]
    out: list[Sentence] = []
    for m in _ROUGH_SENTENCE.finditer(doc.text):
        start, end = m.start(), m.end()
        while start < end and doc.text[start].isspace():
            start += 1
        if start < end:
            out.append(Sentence(start, end))
    return out


def _is_cyrillic(text: str) -> bool:
    """Whether a text sample is mostly written in Cyrillic (picks the model of an unknown language)."""
    sample = [ch for ch in text[:400] if ch.isalpha()]
    return sum("\u0400" <= ch <= "\u04ff" for ch in sample) > len(sample) // 2


def _confirmed(text: str, mention: Mention, known: dict[str, str]) -> list[Mention]:
    """A headline mention cut down to its runs of words that the body also tags as names
    ("Stoltenberg Rules Out Rushed NATO" -> "Stoltenberg", "NATO"), typed as in the body."""
    out: list[Mention] = []
    run: list[tuple[int, int]] = []
    for s, e in [*tokenize(text, mention.start, mention.end), (-1, -1)]:
        if s >= 0 and text[s:e] in known:
            run.append((s, e))
        elif run:
            out.append(Mention(run[0][0], run[-1][1], known[text[run[0][0] : run[0][1]]]))
            run = []
    return out


# Lower-case words a person's name holds ("Ursula von der Leyen", "Lula da Silva", "Lord Baden-Powell of Gilwell").
NAME_PARTICLES = frozenset("de da del der di do dos das du van von al el bin ibn la le of ter ten y zu".split())


def split_person(text: str, mention: Mention, verbs: frozenset[str] = frozenset()) -> list[Mention]:
    """A person mention cut at lower-case words that are no name particle, and at the language's
    verbs of speech (``verbs``, lower case) in any case: the tagger's "Clinton cited Trump" is two
    persons, whose one-entity merge put Clinton's quotations under Trump; a headline's "Obama
    Says" is Obama."""
    if mention.type != "PER":
        return [mention]
    tokens = tokenize(text, mention.start, mention.end)
    cuts = [k for k, (s, e) in enumerate(tokens) if _splits_name(text[s:e]) or text[s:e].lower() in verbs]
    if not cuts:
        return [mention]
    parts: list[Mention] = []
    for lo, hi in zip([-1, *cuts], [*cuts, len(tokens)]):
        run = [tok for tok in tokens[lo + 1 : hi] if text[tok[0]].isalnum()]  # no clitic, no stop
        if run and text[run[-1][0]].isupper():
            parts.append(Mention(run[0][0], run[-1][1], mention.type))
    return parts


def split_run_into_person(text: str, mention: Mention, model: str) -> list[Mention]:
    """A mention that runs a place or an organisation into a person's name, cut in two: the
    tagger reads "Prime Minister of the United Kingdom Liz Truss" as one organisation "United
    Kingdom Liz Truss", "CEO di Apple Steve Jobs" and "Aer Lingus Dermot Mannion" as one person,
    so their quotations were "United Kingdom Liz Truss"'s. The cut: the shortest tail of two
    words or more that the tagger, reading it alone, takes for one person, where the words before
    it, two words or more, read alone, hold a place or an organisation and no person ("Ursula von
    der Leyen", "Владимир Владимирович Путин" and "Богданов , Анатолий" stay whole; so does "United Kingdom Independence Party", no
    person). Only a person mention is cut so, or one whose words before the person end with a
    country: organisations are named after people ("Музыкальная академия Ференца Листа"). The
    words before keep what the tagger finds in them alone."""
    tokens = [(s, e) for s, e in tokenize(text, mention.start, mention.end) if text[s].isalnum()]
    for k in range(len(tokens) - 2, 0, -1):
        tail = tag(text, tokens[k][0], mention.end, model)
        if len(tail) != 1 or tail[0].type != "PER" or tail[0].start != tokens[k][0] or tail[0].end != mention.end:
            continue
        if k < 2 or text[tokens[k - 1][1] : tokens[k][0]].strip():
            continue  # one word before ("Богданов , Анатолий Валентинович" lists a surname first)
        head = tag(text, mention.start, tokens[k - 1][1], model)
        if head and all(m.type != "PER" for m in head) and (mention.type == "PER" or _country_at_end(text, head)):
            return [*head, tail[0]]
    return [mention]


def _country_at_end(text: str, head: list[Mention]) -> bool:
    """Whether the last of the mentions is a country's name (an organisation or a place the
    tagger took whole, "Музыкальная академия Ференца Листа", is named after a person: it stays)."""
    return " ".join(name_key(text[head[-1].start : head[-1].end])).replace(".", "") in country_keys()


@functools.cache
def speech_verbs(lang: str | None) -> frozenset[str]:
    """The verbs of speech of a language's quotes table ("says", "sier"), lower case."""
    from ..quotes.rules import rules_for

    return frozenset(w.lower() for w in rules_for(lang).cues if " " not in w)


def _splits_name(word: str) -> bool:
    """A word with a digit, or a lower-case Latin-script word, that cannot stand inside a person's
    name (other scripts' names hold lower-case words the particle list does not know: Russian
    WikiANN loses 0.016)."""
    if any(ch.isdigit() for ch in word):
        return True  # a dateline run into the name: "Aug-11 Steve Jobs"
    return word[:1].islower() and word.isalpha() and word.isascii() and word not in NAME_PARTICLES


def drop_opener(text: str, mention: Mention, sentence: Sentence, model: str) -> Mention | None:
    """The mention without a common word that opens its sentence: the tagger glues a capitalised
    opener to the name after it ("Attualmente Ryanair", "Además Boeing", "Daarnaast Airbus"), so
    figures had "Attualmente Ryanair" as subject. The words are the language's common words
    (``lexicon.opening_words``, learned by :mod:`.openers`). Only a sentence's first word counts (after
    opening quotes or dashes, or after a dateline run into the sentence: "07-Jun-11 Tijdens de
    Worldwide Developers Conference"), written in title case, and only when a capitalised word
    follows it; the mention is dropped when that word was all of it ("Tijdens" as a person). The
    rest keeps the tagger's type (re-tagging the sentence with the opener in lower case typed
    "Gallois" LOC). "L'Aquila", an elision, "VIDA SALVAJE", in capitals, and German nouns
    ("Regierung") stay."""
    before = [text[s:e] for s, e in tokenize(text, sentence.start, mention.start)]
    while before and before[-1] in OPENING:
        before.pop()
    if before and not any(ch.isdigit() for ch in before[-1]):
        return mention  # mid-sentence; after a number, a dateline the sentence splitter left on
    tokens = tokenize(text, mention.start, mention.end)
    first = text[tokens[0][0] : tokens[0][1]]
    if not (first.isalpha() and first.istitle() and first.lower() in opening_words(model)):
        return mention
    if len(tokens) == 1:
        return None
    s = tokens[1][0]
    if not (text[s].isupper() and s > tokens[0][1]):
        return mention
    return Mention(s, mention.end, mention.type)


# Photo credits name photographers and agencies, not actors of the story.
SKIPPED_SPANS = frozenset({"boilerplate", "credit"})


_CURRENCY_PREFIX = regex.compile(r"\p{Lu}{1,3}")


def currency_prefix(text: str, mention: Mention) -> bool:
    """Whether a mention is the country letters of a currency ("US$", "C$", "HK$", "R$"): an
    amount, not a name."""
    return bool(_CURRENCY_PREFIX.fullmatch(text[mention.start : mention.end])) and regex.match(
        r"\p{Sc}", text[mention.end : mention.end + 1]
    ) is not None


def mentions_of(doc: Document) -> list[tuple[Mention, Sentence]]:
    """Every tagged mention of the document with the sentence holding it, outside boilerplate and
    photo credits, without a common word opening the sentence; in Title Case headlines, only the words the body confirms as names."""
    model = model_name(doc.lang, _is_cyrillic(doc.text))
    found = [
        (part, sent)
        for sent in _sentences(doc)
        for m in tag(doc.text, sent.start, sent.end, model)
        if (not doc.spans or doc.span_kind_at(m.start) not in SKIPPED_SPANS) and not currency_prefix(doc.text, m)
        for whole in split_run_into_person(doc.text, m, model)
        for cut in split_person(doc.text, whole, speech_verbs(doc.lang))
        for part in filter(None, [drop_opener(doc.text, cut, sent, model)])
    ]
    found = _split_known_prefix(doc.text, found, model)
    headlines = {id(sent) for _, sent in found if _headline(doc, sent)}
    if not headlines or all(id(sent) in headlines for _, sent in found):
        return found  # no body to confirm names against
    known: dict[str, str] = {}
    for m, sent in found:
        if id(sent) not in headlines:
            for s, e in tokenize(doc.text, m.start, m.end):
                known.setdefault(doc.text[s:e], m.type)
    out: list[tuple[Mention, Sentence]] = []
    for m, sent in found:
        if id(sent) in headlines:
            out.extend((part, sent) for part in _confirmed(doc.text, m, known))
        else:
            out.append((m, sent))
    return out


def _headline(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence is a Title Case headline: any sentence so written, or the document's
    own title with its small words left small."""
    text = doc.text[sent.start : sent.end]
    is_title = bool(doc.title) and text.strip() == doc.title.strip()
    return title_case(text) or (is_title and title_case_title(text))


def _split_known_prefix(
    text: str, found: list[tuple[Mention, Sentence]], model: str
) -> list[tuple[Mention, Sentence]]:
    """A person mention that opens with a name the document tags elsewhere as an organisation or
    place, cut there when the words after it are one person ("L' AD di Ryanair Michael O' Leary",
    where "Ryanair" is the airline everywhere else: one word before the person is too little for
    :func:`split_run_into_person` to judge alone)."""
    others = {text[m.start : m.end]: m.type for m, _ in found if m.type != "PER"}
    if not others:
        return found
    out: list[tuple[Mention, Sentence]] = []
    for m, sent in found:
        out.extend((part, sent) for part in _cut_at_known(text, m, others, model))
    return out


def _cut_at_known(text: str, m: Mention, others: dict[str, str], model: str) -> list[Mention]:
    """``m`` cut after its first words when they are a name of ``others`` and the rest a person."""
    if m.type != "PER":
        return [m]
    tokens = [(s, e) for s, e in tokenize(text, m.start, m.end) if text[s].isalnum()]
    for k in range(1, len(tokens) - 1):
        prefix = text[m.start : tokens[k - 1][1]]
        if prefix not in others:
            continue
        tail = tag(text, tokens[k][0], m.end, model)
        if len(tail) == 1 and tail[0].type == "PER" and tail[0].start == tokens[k][0] and tail[0].end == m.end:
            return [Mention(m.start, tokens[k - 1][1], others[prefix]), tail[0]]
    return [m]


def majority_type(votes: Counter[str]) -> str:
    """The type most mentions have; ties to a named type, then alphabetically (never by the
    order the mentions came in)."""
    return max(votes, key=lambda t: (votes[t], t != "MISC", t))


def canonical_name(key: str, names: Counter[Name]) -> str:
    """The display name of an entity: a country's English name, a city's GeoNames name where a
    text writes it (not "K’olīto" for "Alabama", one of its alternate names), else its most
    frequent direct form (not reached through a genitive or short-form rule), the longest on
    ties (then the first in alphabetical order: a corpus read in another order names it alike)."""
    if key.startswith(COUNTRY):
        return country_name(key[len(COUNTRY) :])
    if key.startswith(CITY):
        from ..stories.cities import city_name

        name = city_name(key[len(CITY) :])  # where the texts write it: a key's name may be a stray alternate
        if any(n.display.casefold() == name.casefold() for n in names):
            return name
    best = min(names, key=lambda n: (n.key != key, -names[n], -len(n.display), n.display))
    return best.display


def annotate(doc: Document, options: Options) -> None:
    """Fill ``doc.entities``; a failure is logged and leaves the layer empty (the batch goes on)."""
    try:
        doc.entities = _entities(doc)
    except Exception:  # one bad document must not stop a corpus run
        log.exception("entities: skipped document %s", doc.id)
        doc.entities = []


def as_person(text: str, mention: Mention, lang: str | None) -> Mention:
    """A mention that opens with an honorific is a person, whatever the tagger typed it ("Mr.
    Trump" tagged LOC had become a place and a figure's subject apart from Trump)."""
    tokens = [(s, e) for s, e in tokenize(text, mention.start, mention.end) if text[s].isalnum()]
    if mention.type == "PER" or len(tokens) < 2:
        return mention
    first = fold(text[tokens[0][0] : tokens[0][1]]).rstrip(".")
    return Mention(mention.start, mention.end, "PER") if first in honorifics(lang) else mention


def _entities(doc: Document) -> list[Entity]:
    """The mentions of a document as :class:`Entity` items, variants resolved within it."""
    found = [(as_person(doc.text, m, doc.lang), sent) for m, sent in mentions_of(doc)]
    names = [normalize(doc.text[m.start : m.end], doc.lang, m.type == "PER") for m, _ in found]
    distinct: dict[tuple[Name, str], int] = {}
    for (m, _), name in zip(found, names):
        distinct.setdefault((name, m.type), len(distinct))
    keys, rules = resolve([Named(name, typ, doc.lang) for name, typ in distinct])
    by_key: dict[str, Counter[Name]] = {}
    types: dict[str, Counter[str]] = {}
    direct: dict[str, Counter[str]] = {}
    for (m, _), name in zip(found, names):
        key = keys[distinct[name, m.type]]
        by_key.setdefault(key, Counter())[name] += 1
        types.setdefault(key, Counter())[m.type] += 1
        if name.key == key:
            direct.setdefault(key, Counter())[m.type] += 1
    canon = {key: canonical_name(key, counts) for key, counts in by_key.items()}
    # One entity, one type in a document: the tagger's majority ("Taliban" ORG twice, LOC once)
    # over the mentions that write the name itself: a short form the tagger typed otherwise
    # ("Elian" MISC beside "Elian Gonzalez" PER) takes the name's type, it does not outvote it.
    typed = {key: majority_type(direct.get(key) or counts) for key, counts in types.items()}
    out = []
    for (m, sent), name in zip(found, names):
        k = distinct[name, m.type]
        key = keys[k]
        text = doc.text[m.start : m.end]
        out.append(Entity(text, m.start, m.end, typed[key], entity_id(key), canon[key], rules[k], sent))
    return out
