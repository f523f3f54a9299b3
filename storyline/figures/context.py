"""What surrounds a number: tokens, clauses, names (subjects and places) and dates.

The figures layer runs after times and entities and uses them when they are there: entity mentions
give names with types and canonical forms, time expressions give as-of dates. It must not depend on
them (they are built in parallel, and a document may have none), so each has a fallback here: names
from capitalisation and the alias table, dates from the table's relative expressions and month names
anchored on the publication date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import Document
from .lexicon import Lexicon

# "U.S." is one token; so is a plural possessive, "Courtaulds'" (not a doubled quote mark, "Jones''")
TOKEN_RE = re.compile(r"\w+(?:(?:[-'’/&]\w+)+|(?:\.\w)+\.)?(?:(?<=s)['’](?!['’\w]))?|[^\w\s]")
_PLAIN_WORD = re.compile(r"\S+")
# a "-" or "_" standing alone is a dash: the WSJ's "--", AP's dateline "NEWARK, N.J. _"
CLAUSE_MARKS = frozenset({";", ":", "—", "–", "(", ")", "―", "-", "_"})
GENITIVE_RE = re.compile(r"(?:['’]s|['’])$")
PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
NAME_TYPES = frozenset({"ORG", "PER", "LOC", "GPE", "NORP", "MISC", "FAC"})
SENTENCE_END = re.compile(  # not after an initial, "Mr." or "Mrs."; before a digit, not after "Oct." or "Sept." either;
    # closing quotes may follow the stop, the WSJ's two apostrophes too ("restrictees.'' In addition")
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bMrs|\bSen|\bGov|\bRep|\bGen)"
    r"[.!?][\"”’)']*\s+(?=[\"“«–\-(]?[A-ZÆØÅÄÖÜÉ])"
    r"|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.!?][\"”’)']*\s+(?=[0-9])"
    r"|\n\s*\n|\n(?=\S)"
)


@dataclass(slots=True)
class Tok:
    """A word or punctuation token of a sentence, with its lower-cased, genitive-less form."""

    start: int
    end: int
    text: str
    low: str
    number: int = -1  # index of the number this token belongs to, or -1


@dataclass(slots=True)
class Name:
    """A name that may be a figure's subject or place: an entity mention or a fallback guess."""

    start: int
    end: int
    text: str
    canonical: str
    type: str | None  # entity type when the entities layer gave it
    possessive: bool = False
    place_pp: bool = False  # object of a place preposition ("in Afghanistan")

    @property
    def can_be_place(self) -> bool:
        return self.type in PLACE_TYPES or (self.type is None and not self.possessive)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "canonical": self.canonical}


def field(item: Any, name: str, default: Any = None) -> Any:
    """An attribute of a layer item, whether it is a dataclass or a contract dict."""
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


class Located:
    """A layer's items sorted by offset, to fetch those inside a span by bisection (not a scan)."""

    __slots__ = ("items", "starts")

    def __init__(self, items: list[Any]) -> None:
        keyed = sorted(((field(i, "start", -1), n, i) for n, i in enumerate(items)), key=lambda k: k[:2])
        self.items = [i for _, _, i in keyed]
        self.starts = [s for s, _, _ in keyed]

    def __bool__(self) -> bool:
        return bool(self.items)

    def within(self, lo: int, hi: int) -> list[Any]:
        """Items that start and end inside ``[lo, hi)``."""
        first, last = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return [i for i in self.items[first:last] if field(i, "end", hi + 1) <= hi]


def sentences(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences, or a simple split when the sentences layer has not run."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    spans, start = [], 0
    for match in SENTENCE_END.finditer(doc.text):
        spans.append((start, match.start() + 1))
        start = match.end()
    spans.append((start, len(doc.text)))
    return [(s, e) for s, e in spans if doc.text[s:e].strip()]


def tokenize(text: str, start: int, end: int, elisions: tuple[str, ...] = ()) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets. A lower-case elided article or
    preposition glued to a word (the language's ``ELISIONS``: French "d'au moins 46", Italian
    "dell'Airbus") is dropped from the token's ``low`` form, so "au moins" is read as a qualifier
    (ITN's "la mort d'au moins 46 personnes" had been "exactly 46")."""
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group(0)
        low = word.lower()
        if "'" in low or "’" in low:
            low = GENITIVE_RE.sub("", low)
            cut = max((len(e) for e in elisions if word.startswith(e) and len(word) > len(e)), default=0)
            low = low[cut:] if cut else low
        out.append(Tok(m.start(), m.end(), word, low))
    return out


def clause_bounds(toks: list[Tok], lex: Lexicon) -> list[int]:
    """For each token, the index of the first token of its clause.

    Clauses end at semicolons, colons, dashes, brackets, at ", ", before a clause word ("while",
    "which") and after a dateline's year before a capital (a headline run into its story: "...
    Dreamliner 29 de enero del 2005 Funcionarios de la República Popular China han acordado"); a
    number's subject, place and date are looked for in its clause first.
    """
    first, out = 0, []
    for i, tok in enumerate(toks):
        if tok.text in CLAUSE_MARKS or tok.low in lex.clause_words:
            first = i if tok.low in lex.clause_words else i + 1
        elif tok.text == "," and i + 1 < len(toks) and toks[i + 1].start > tok.end:
            first = i + 1
        elif _dateline_year(toks, i, lex):
            first = i  # the dateline's year closes the headline's clause; the story opens after it
            out.append(first)
            first = i + 1
            continue
        out.append(first)
    return out


def _dateline_year(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A year after a month (within four words) and before a capitalised word: a dateline's end."""
    tok = toks[i]
    if not (tok.text.isdigit() and len(tok.text) == 4 and i + 1 < len(toks) and toks[i + 1].text[:1].isupper()):
        return False
    return any(t.low.rstrip(".") in lex.months for t in toks[max(0, i - 4) : i])


def _alias(low: str, lex: Lexicon) -> str | None:
    """The canonical name of a lower-cased, genitive-less name, if the alias table has it."""
    return lex.aliases.get(low) or (lex.aliases.get(low.rstrip(".")) if low.endswith(".") else None)


def _name_key(text: str) -> str:
    return GENITIVE_RE.sub("", text.lower())


def _is_name_word(tok: Tok, lex: Lexicon) -> bool:
    if not tok.text[:1].isupper() or tok.number >= 0:
        return False
    low = tok.low.rstrip(".")
    return not (
        low in lex.function_words or low in lex.months or low in lex.weekdays
        or low in lex.qualifiers or low in lex.number_words or low in lex.measures or low in lex.titles
        or low in lex.currencies or low in lex.subordinators  # "- Hvis du har 33 000 kroner"
    )  # fmt: skip


def _mark(names: list[Name], toks: list[Tok], lex: Lexicon) -> list[Name]:
    """Mark possessives and objects of place prepositions, by the tokens around each name.

    A name is possessive when its last token carries a genitive ("NATO's"), whether or not the
    entity's span included the ending; it is a place-preposition object when the word before it,
    skipping up to two function words ("in the United States"), is a place preposition, or when it is
    a town and its abbreviated state between commas ("The Oneida, N.Y., maker").
    """
    starts = [t.start for t in toks]
    for name in names:
        last = bisect_right(starts, name.end - 1) - 1
        word = toks[last].text if last >= 0 else name.text
        name.possessive = bool(GENITIVE_RE.search(word)) and word[-2:] not in ("s'", "s’")
        if not name.possessive and _s_genitive(toks, last, lex):
            _drop_genitive(name, lex)
        j = bisect_left(starts, name.start) - 1
        for _ in range(2):  # skip "the", "la" between the preposition and the name
            if j >= 0 and toks[j].low in lex.function_words and toks[j].low not in lex.place_prepositions:
                j -= 1
        name.place_pp = (j >= 0 and toks[j].low in lex.place_prepositions) or _before_state(toks, last + 1)
        name.place_pp = name.place_pp or (j >= 1 and toks[j].text == "," and _before_state(toks, j))
    return names


def _s_genitive(toks: list[Tok], last: int, lex: Lexicon) -> bool:
    """Whether a name's last word carries a genitive "-s" glued on with no apostrophe ("Venstres velgere",
    "NATOs styrker"), where the table says the language writes it so (``S_GENITIVE``): a capitalised word
    ending in "s" right before a lower-case word that is no verb, function word or preposition."""
    if not lex.s_genitive or last < 0 or last + 1 >= len(toks):
        return False
    word, after = toks[last].text, toks[last + 1]
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or not after.text[:1].islower():
        return False
    low = after.low
    return after.text.isalpha() and not (
        low in lex.function_words or low in lex.finite_verbs or low in lex.prepositions or low in lex.coordinators
        or low in lex.speech_verbs or low in lex.subordinators or low in lex.clause_words or low in lex.qualifiers
        or low in lex.number_words or low.endswith(lex.finite_endings)
    )  # fmt: skip


def _drop_genitive(name: Name, lex: Lexicon) -> None:
    """A name read with its genitive "-s": the name itself ends one letter earlier, and it owns."""
    name.possessive = True
    name.end -= 1
    name.text = name.text[:-1]
    if name.canonical.endswith("s"):
        name.canonical = _alias(name.canonical[:-1].lower(), lex) or name.canonical[:-1]


def _before_state(toks: list[Tok], k: int) -> bool:
    """Whether a comma, an abbreviated state and a comma follow: "The Oneida, N.Y., maker" (a town)."""
    if k + 2 >= len(toks) or toks[k].text != "," or not toks[k + 1].text[:1].isupper():
        return False
    dotted = toks[k + 1].text.endswith(".")
    end = k + 2 if dotted else k + 3
    return (dotted or toks[k + 2].text == ".") and end < len(toks) and toks[end].text == ","


def _without_determiners(text: str, lex: Lexicon) -> str:
    """A name without the function words an entity span may open with ("the United States")."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in lex.function_words:
        words.pop(0)
    return " ".join(words)


def entity_names(doc: Document, entities: list[Any], lex: Lexicon, toks: list[Tok]) -> list[Name]:
    """Names of a sentence: the entities layer's mentions in it, then guessed names where it has none.

    An entity mention brings its type and canonical name (the alias table still wins, so that series
    group the same way with or without the layer); guessed names and alias words (demonyms such as
    "American", "norske", which are no entities) fill what the tagger missed.
    """
    names: list[Name] = []
    guesses = guessed_names(toks, lex)
    first = toks[0] if toks else None
    for ent in entities:
        s, e = field(ent, "start", -1), field(ent, "end", -1)
        etype = str(field(ent, "type", "") or field(ent, "label", "") or "").upper() or None
        if first is not None and (s, e) == (first.start, first.end) and not any(g.start == s for g in guesses):
            continue  # a lone first word the sentence rules do not take: "Louis company earned", cut after "St."
        if etype is None or etype in NAME_TYPES:
            text = doc.text[s:e]
            bare = _without_determiners(GENITIVE_RE.sub("", text), lex)
            canonical = _alias(bare.lower(), lex) or _without_determiners(field(ent, "canonical") or bare, lex)
            names.append(Name(s, e, text, canonical, etype))
    for name in guesses:
        overlapping = [n for n in names if n.start < name.end and name.start < n.end]
        if not overlapping:
            names.append(name)
        elif _widens(name, overlapping):
            for n in overlapping:  # "Aer Lingus" for the tagger's "Lingus", "China Eastern Airlines" for two
                names.remove(n)
            name.type = overlapping[-1].type
            names.append(name)
    names.sort(key=lambda n: n.start)
    return _mark(names, toks, lex)


def _widens(guess: Name, mentions: list[Name]) -> bool:
    """A run of capitalised words holds the tagger's mentions whole and runs past them: a name it split."""
    inside = all(guess.start <= n.start and n.end <= guess.end for n in mentions)
    return inside and (len(mentions) > 1 or guess.end - guess.start > mentions[0].end - mentions[0].start)


def _named_first(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """A sentence's capitalised first word is a name when it has a capital inside ("StatesWest",
    "Anheuser-Busch", "McCaw"), it is a possessive ("Elian's father"), a verb the table lists
    follows it ("Avon also said") or a table noun and such a verb ("Blockbuster shares closed"), a
    comma and a relative word ("Ratners, which controls"), or a word with a verb's ending
    (``VERB_ENDINGS``) after a singular ("Aeroflot negotiates"). A finite verb (``FINITE_VERBS``),
    perhaps after an adverb (``ADVERB_ENDINGS``), makes it a name too ("Ryanair posee el 25%",
    "Boeing inizialmente aveva"), except where the verb comes second (``VERB_SECOND``): there any word
    may open the clause before it ("Hierbij moet worden vermeld")."""
    word = toks[0].text
    if toks[0].low in lex.common_words or _name_key(word) in lex.function_words:
        return False  # "Revenue declined 8%": a common noun opening the sentence; "Ya se han pedido": an adverb
    if any(c.isupper() for c in word[1:]) or (j < len(toks) and toks[j].low in lex.subject_verbs):
        return True
    if j < len(toks) and toks[j].low in lex.price_moves and toks[j].text[:1].islower():
        return True  # "Shell eased 1 to 416 on turnover of 4.8 million shares": a move's verb after the name
    if j + 1 < len(toks) and toks[j].low in lex.measures and toks[j + 1].low in lex.subject_verbs:
        return True  # "Blockbuster shares closed": a name modifying a table noun before a verb
    if j + 1 < len(toks) and toks[j].low in lex.reflexives and toks[j + 1].text[:1].islower():
        return True  # "Aldef se dedica a": a reflexive pronoun and its verb after the subject
    adverb = j + 1 < len(toks) and len(toks[j].low) > 6 and toks[j].low.endswith(lex.adverb_endings or ("\0",))
    k = j + 1 if adverb else j
    if k < len(toks) and lex.finite(toks[k].low) and not lex.verb_second:
        return True
    if GENITIVE_RE.search(word) and _name_key(word) not in lex.function_words:
        return True  # "Elian's father": a possessive capital
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in lex.relatives and toks[j + 1].low != "that":
        return True  # "Ratners, which controls 25%": a relative clause on the first word
    if _apposed_first(toks, j, lex):
        return True  # "Acme, filial de Beta, vendió 300 coches": an apposition, then the first word's verb
    nxt = toks[k] if k < len(toks) else None  # a headline's verb: "Aeroflot negotiates purchase of 22",
    # perhaps after an adverb: "Montedison currently owns about 72%"; not a plural noun before a verb of the
    # table: "Thrift officials said the $300 million reserve"
    if k + 1 < len(toks) and toks[k + 1].low in lex.subject_verbs:
        return False
    return bool(nxt and nxt.text[:1].islower() and nxt.low.endswith(lex.verb_endings) and not nxt.low.endswith("ss")
                and nxt.low not in lex.measures and nxt.low not in lex.function_words and not word.endswith("s"))


def _apposed_first(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """A sentence's first word followed by a comma, a phrase opening in lower case, a comma and a finite
    verb ("Rajkamur, beroemd om zijn 210 vertolkingen, was ..."): the phrase describes the word, a name."""
    if not (j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].text[:1].islower()):
        return False
    end = next((k for k in range(j + 2, min(len(toks) - 1, j + 30)) if toks[k].text == ","), None)
    return end is not None and toks[end + 1].text[:1].islower() and lex.finite(toks[end + 1].low)


def _index_end(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Where a run of capitals naming a stock index ends: past a number and the index word after it
    ("The Financial Times 100-share index", "the FTSE index"; ``INDEX_WORDS``)."""
    k = j + 1 if j < len(toks) and toks[j].text[:1].isdigit() else j
    return k + 1 if k < len(toks) and toks[k].low in lex.index_words else j


def _pointing_back(toks: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """A single capitalised word right after a demonstrative ("este Servicio", "this Company") refers
    back to something named before: an anaphor, not a name (an acronym still is one)."""
    word = toks[i].text
    return j == i + 1 and i > 0 and toks[i - 1].low in lex.demonstratives and not word.isupper()


QUOTES = frozenset('"„“”«»\'‘’')


def _capitalised_noun(toks: list[Tok], i: int, j: int, lex: Lexicon) -> bool:
    """Where every noun takes a capital, a single capitalised word after a determiner or a number is a
    noun ("Die beiden Bände", "mit 106 Punkten", "20 oder 30 Kinder"), not a name (an acronym still is),
    and so is one a plural verb follows ("Erwachsene zahlen 14 Mark", "die ermäßigten Karten kosten"):
    a name takes a singular verb ("Kirchhof erhielt")."""
    if not lex.nouns_capitalised or j != i + 1 or toks[i].text.isupper():
        return False
    nxt = toks[j] if j < len(toks) else None
    plural_verb = nxt is not None and nxt.text[:1].islower() and nxt.low.endswith(lex.plural_verb_endings or ("\0",))
    if plural_verb and nxt.low not in lex.function_words and nxt.low not in lex.prepositions:
        return True
    if i == 0:
        return False
    k = i - 1  # past up to two lower-case adjectives or quotes: "der verringerten Nährstofffracht", 'Das " Startkapital "'
    while k > 0 and k >= i - 2 and toks[k].low not in lex.determiners and (toks[k].text in QUOTES or (
            toks[k].text[:1].islower() and toks[k].low.endswith(("e", "en", "er", "es", "em")))):
        k -= 1
    prev = toks[k] if k < i - 1 and toks[k].low in lex.determiners else toks[i - 1]
    if prev.low in lex.measures or prev.low in lex.units:  # "des 2,5 Kilometer Rundkurses"
        return True
    return prev.low in lex.determiners or prev.number >= 0 or (prev.low in lex.coordinators and i > 1 and toks[i - 2].number >= 0)


def _named_measure(tok: Tok, lex: Lexicon) -> bool:
    """A capitalised table noun inside a run of capitals is part of the name: "United Nations"."""
    return tok.text[:1].isupper() and tok.low in lex.measures and tok.number < 0


def _company_after_possessive(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Where a run that ends in a possessive really ends: "Hudson's Bay Co." is one company."""
    k = j
    while k < len(toks) and _is_name_word(toks[k], lex) and not GENITIVE_RE.search(toks[k].text):
        k += 1
    possessive = j > 0 and GENITIVE_RE.search(toks[j - 1].text)
    return k if possessive and k > j and toks[k - 1].low.rstrip(".") in lex.corporate_suffixes else j


@cache
def sentence_openers(lang: str | None) -> frozenset[str]:
    """The words that open sentences in a language without being names ("Según", "Cuando",
    "Attualmente"), as the entities layer learned them from its training news (``.openers``)."""
    from ..entities.lexicon import opening_words
    from ..entities.tagger import model_name

    return opening_words(model_name(lang))


def guessed_names(toks: list[Tok], lex: Lexicon) -> list[Name]:
    """Names from capitalisation and the alias table, for documents without an entities layer.

    Runs of capitalised words that are not function words, months or table words; a run ends after
    a possessive, unless a company's form ends the capitals after it ("Hudson's Bay Co."). A
    capitalised first word of the sentence counts only when the alias table knows it,
    it is an acronym, a capitalised word follows it, or ``_named_first`` says so. A title ("Mr.",
    "President") makes the next name a person (never a place) and is not part of it.
    """
    names: list[Name] = []
    i, person = 0, False
    while i < len(toks):
        tok = toks[i]
        if tok.low in lex.titles:
            person = True  # "Mr. Clarke", "President Donald Trump": the next name is a person
            i += 2 if i + 1 < len(toks) and toks[i + 1].text == "." else 1
            continue
        alias = _alias(tok.low, lex) if tok.number < 0 else None
        if not (alias or _is_name_word(tok, lex)):
            i, person = i + 1, False
            continue
        j = i + 1
        lowered = not tok.text[:1].isupper()  # a lowercase demonym stands alone: "estadounidense Apple"
        while not lowered and j < len(toks) and not GENITIVE_RE.search(toks[j - 1].text):
            word_joiner = toks[j].low.isalpha() and j == 1  # "Officials of China": a first word, then "of"
            joined = j + 1 < len(toks) and toks[j].low in lex.name_joiners and _is_name_word(toks[j + 1], lex)
            if joined and not word_joiner:
                j += 1  # "Procter & Gamble", "Savings amp Loan Association", "Bank of New York": one name
            elif not (_is_name_word(toks[j], lex) or _named_measure(toks[j], lex)):
                break
            j += 1
        j = _company_after_possessive(toks, j, lex)
        j = _index_end(toks, j, lex)
        if (_pointing_back(toks, i, j, lex) or _capitalised_noun(toks, i, j, lex)) and not alias:
            i = j  # "este Servicio ha atendido": a capitalised noun after a demonstrative is no name
            continue
        if i == 0 and j > 1 and (tok.low in lex.common_words or tok.low in sentence_openers(lex.lang)):
            i = 1  # "Finora Boeing ha ricevuto", "Según Apple": a word that opens sentences is not part of the name after it
            continue
        first = toks[i]
        acronym = first.text.isupper() and len(first.text) > 1
        if i == 0 and not (alias or acronym or j > i + 1 or _named_first(toks, j, lex)):
            i = j
            continue
        text_ = " ".join(t.text for t in toks[i:j])
        canonical = alias if j == i + 1 else _alias(_name_key(text_), lex)
        canonical = canonical or GENITIVE_RE.sub("", text_)
        etype = "PER" if person else "ORG" if canonical in lex.organisations else None
        names.append(Name(first.start, toks[j - 1].end, text_, canonical, etype))
        i, person = j, False
    return _mark(names, toks, lex)


def focus_place(doc: Document, lex: Lexicon) -> Name | None:
    """The place the document is mostly about: its most frequent place (entity or "in X" name).

    Without entities, names after a place preposition are read by one regular expression over the
    whole text (tokenising every sentence for this would cost more than the rest of the layer).
    """
    counts: Counter[str] = Counter()
    first: dict[str, Name] = {}
    for ent in doc.entities:
        if str(field(ent, "type", "")).upper() in PLACE_TYPES:
            s, e = field(ent, "start", 0), field(ent, "end", 0)
            name = Name(s, e, doc.text[s:e], field(ent, "canonical") or doc.text[s:e], "LOC")
            counts[name.canonical] += 1
            first.setdefault(name.canonical, name)
    if not counts and lex.place_re is not None:
        for match in lex.place_re.finditer(doc.text):
            place = _place_name(doc, match.start(1), match.group(1), lex)
            if place is not None and doc.span_kind_at(place.start) != "boilerplate":
                counts[place.canonical] += 1
                first.setdefault(place.canonical, place)
    if not counts:
        return None
    best, count = counts.most_common(1)[0]
    return first[best] if count >= 2 or first[best].type == "LOC" else None  # one "in X" is no focus


def _place_name(doc: Document, start: int, words: str, lex: Lexicon) -> Name | None:
    """The capitalised name at the start of ``words`` (after a place preposition), if any."""
    parts = [(m.start(), m.group(0)) for m in _PLAIN_WORD.finditer(words)]
    if parts and parts[0][1].rstrip(".").lower() in lex.titles:
        return None  # "in Mrs. Clinton": a person
    end = 0
    for offset, raw in parts:
        word = raw.rstrip('.,;:!?)"”’')
        low = word.lower()
        if not word[:1].isupper() or low in lex.function_words or low in lex.months or low in lex.weekdays:
            break
        end = offset + len(word)
        if word != raw or GENITIVE_RE.search(word):
            break  # punctuation or a possessive ends the name
    if end == 0 or GENITIVE_RE.search(words[:end]):
        return None  # nothing capitalised, or a possessive ("in NATO's mission"): not a place
    text = words[:end]
    canonical = _alias(_name_key(text), lex) or text
    if canonical in lex.organisations:
        return None
    return Name(start, start + end, text, canonical, None, place_pp=True)
