"""Figures of one document: numbers that count something, with their arguments.

For every number of a body sentence (captions included, boilerplate skipped), in order:

1. drop what is not a count: years, days of a month, times of day, ages, identifiers ("Article 21"),
   group labels ("the top 1 percent"), lone weak words ("one");
2. the qualifier written before it ("around", "rundt", "more than");
3. the measure: a unit written with it (%, $, "percent", "dollars"), else the counted noun after it
   (a table noun, possibly after modifiers: "8,000 U.S. soldiers"; else a plural noun heading the
   phrase: "16,389 total subsidiaries"), else a table noun before it when a linking word joins them
   ("the troop presence to 4.500", "an army of 300,000"); no measure, no figure;
4. the subject (whose count), the place, the as-of date and the kind (current, plan, past, negation).

Each argument keeps its offsets and the rule that found it (``why``), so a figure can be explained.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..model import Document
from .asof import AsOf, compare, from_text, from_times, published_as_of, refine
from .context import (
    Located,
    Name,
    Tok,
    clause_bounds,
    entity_names,
    focus_place,
    guessed_names,
    sentences,
    tokenize,
)
from .lexicon import Lexicon
from .numbers import Number, find_numbers, word_positions

log = logging.getLogger(__name__)

OWNERLESS = frozenset({"people", "deaths", "injured"})  # victims are counted, not owned
_WORDS = re.compile(r"[\w#§°]+|[^\w\s.]")  # words and punctuation but full stops ("Sept. 26")
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
class Figure:
    """A numeric claim: the number as written and read, what it counts, whose, where, when."""

    text: str
    start: int
    end: int
    value: float
    measure: str
    kind: str  # current | plan | past | negation
    unit: str | None = None
    measure_span: Argument | None = None
    qualifier: Argument | None = None
    subject: Argument | None = None
    place: Argument | None = None
    as_of: AsOf | None = None
    sentence: tuple[int, int] = (0, 0)
    why: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "text": self.text, "start": self.start, "end": self.end, "value": value,
            "unit": self.unit, "measure": self.measure,
            "measure_span": self.measure_span.to_dict() if self.measure_span else None,
            "qualifier": self.qualifier.to_dict() if self.qualifier else None,
            "kind": self.kind,
            "subject": self.subject.to_dict() if self.subject else None,
            "place": self.place.to_dict() if self.place else None,
            "as_of": self.as_of.to_dict() if self.as_of else None,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
            "why": dict(self.why),
        }  # fmt: skip


@dataclass(slots=True)
class _Sentence:
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


def _span(doc: Document, start: int, end: int, canonical: str | None = None) -> Argument:
    return Argument(doc.text[start:end], start, end, canonical)


def _token_range(toks: list[Tok], number: Number) -> tuple[int, int]:
    first = next(i for i, t in enumerate(toks) if t.end > number.start)
    last = first
    while last + 1 < len(toks) and toks[last + 1].start < number.end:
        last += 1
    return first, last + 1


def not_a_count(text: str, num: Number, lo: int, hi: int, lex: Lexicon) -> str | None:
    """Why a number is not a figure (a year, a date, an age...), or None; ``[lo, hi)`` is its sentence.

    Reads the words around the number straight from the text, so a sentence whose numbers are all
    years and dates is dropped before it is tokenised.
    """
    prev = [w.lower() for w in _WORDS.findall(text, max(lo, num.start - 40), num.start)][-3:]
    nxt_raw = _WORDS.findall(text, num.end, min(hi, num.end + 40))[:2]
    nxt = [w.lower() for w in nxt_raw]
    written = num.text.strip()
    if not num.spelled and num.unit is None and written.isdigit() and len(written) == 4 and 1800 <= num.value <= 2100:
        if not (nxt and lex.measure_of(nxt[0]) and nxt_raw[0][:1].islower()):
            return "year"  # "2007 Aircraft manufacturer Boeing": a dateline's year before a capital
    linked_month = len(nxt) > 1 and nxt[0] in lex.partitives and nxt[1] in lex.months  # "29 de enero"
    amount = num.unit is not None and (num.value > 31 or not float(num.value).is_integer())  # "$15bn June 13"
    if not amount and ((nxt and nxt[0] in lex.months) or (prev and prev[-1] in lex.months) or linked_month):
        return "date"
    if any(w in lex.age_cues for w in prev[-2:]):
        return "age"
    if prev and (prev[-1] in lex.id_cues or prev[-1] in lex.group_labels):
        return "label"
    unit_next = bool(nxt) and (nxt[0] in lex.percent or nxt[0] in lex.currencies)  # "at 4.7 percent"
    if prev and prev[-1] in lex.time_cues and not float(num.value).is_integer() and num.unit is None and not unit_next:
        return "time"
    if num.spelled and num.text.lower() in lex.weak_numbers:
        return "weak"
    return None


def _named_by(s: _Sentence, num: Number, lo: int) -> bool:
    """A capitalised word (not the clause's first) right before the number names it: "Artemis 1";
    a possessive owns what the number counts instead ("Elian's two grandmothers")."""
    prev = s.toks[lo - 1] if lo > 0 else None
    possessive = prev is not None and prev.low != prev.text.lower()
    named = prev is not None and lo - 1 > s.clause[lo - 1] and _capitalised_id(prev, s.lex)
    return named and num.unit is None and not possessive and not _unit_word_after(s, num)


def _unit_word_after(s: _Sentence, num: Number) -> bool:
    """A percent or currency word follows: "Trump 47.3 percent" is a share, no model "Trump 47"."""
    nxt = next((t for t in s.toks if t.start >= num.end), None)
    return nxt is not None and (nxt.low in s.lex.percent or nxt.low in s.lex.currencies)


def _capitalised_id(tok: Tok, lex: Lexicon) -> bool:
    """A capitalised word right before a number names it ("Artemis 1"), unless it is an alias."""
    low = tok.low.rstrip(".")
    return (
        tok.text[:1].isupper()
        and low not in lex.function_words
        and low not in lex.aliases
        and low not in lex.qualifiers
    )


def _qualifier(s: _Sentence, lo: int) -> tuple[Argument | None, int]:
    """The qualifier right before token ``lo`` ("around", "more than") and its token count."""
    start = max(s.clause[lo] if lo < len(s.clause) else 0, lo - s.lex.max_phrase)
    words = s.words(start, lo)
    key, size = s.lex.phrase_ending(words, len(words), s.lex.qualifiers)
    if not size:
        return None, 0
    first, last = s.toks[lo - size], s.toks[lo - 1]
    return _span(s.doc, first.start, last.end, s.lex.qualifiers[key]), size


def _unit_after(s: _Sentence, hi: int) -> tuple[str, int, float] | None:
    """A unit written after the number: (unit, tokens it takes, factor on the value).

    "percent", "dollars", "35 cents" (money:USD, x 0.01), "17 km", also behind a link word ("15.000
    millones de dólares") and with a split sign ("US $").
    """
    lex = s.lex
    words = s.words(hi, hi + lex.max_phrase + 1)
    skip = 1 if words and words[0] in lex.unit_links else 0
    for size in range(len(words) - skip, 0, -1):
        part = words[skip : skip + size]
        for key in (" ".join(part), "".join(part)):
            if key in lex.percent:
                return "percent", skip + size, 1.0
            if key in lex.currencies:
                return "money:" + lex.currencies[key], skip + size, 1.0
            if key in lex.currency_fractions:
                code, factor = lex.currency_fractions[key]
                return "money:" + code, skip + size, factor
            if key in lex.units and not skip:
                return lex.units[key], size, 1.0
    return None


def _unit_before(s: _Sentence, lo: int) -> str | None:
    """A currency written as a word or code right before the number: "USD 23 billion", "EUR 5"."""
    if lo > 0 and s.toks[lo - 1].low in s.lex.currencies and not s.toks[lo - 1].text in PUNCT_STOP:
        return "money:" + s.lex.currencies[s.toks[lo - 1].low]
    return None


def _measure_after(s: _Sentence, hi: int) -> tuple[str, int, int, str] | None:
    """The counted noun after a number: (measure, first token, end token, rule) or None.

    Scans up to five tokens, stopping at punctuation, function words and other numbers (but not at a
    model number inside a name: "22 new Boeing 787 Dreamliner aircraft"); a table noun wins anywhere
    in that window, else its first plural-shaped word ("16,389 total subsidiaries and", "290
    passengers plus cargo"; hyphenated modifiers such as "plain-clothes" and capitalised words inside
    the phrase such as "Airbus" in "Airbus A320 jets" are skipped). After a partitive the phrase
    behind it is read ("20 of Boeing's larger 777 planes").
    """
    found = _counted_noun(s, hi)
    if found is None and hi + 1 < len(s.toks) and s.toks[hi].low in s.lex.partitives:
        after = hi + 2 if s.toks[hi + 1].low in s.lex.determiners else hi + 1  # "three of the company's directors"
        if after < len(s.toks) and (after > hi + 1 or _is_capitalised(s.toks[after])):
            whole = _past_whole(s, after)
            found = _counted_noun(s, whole)
            if found is not None and (not _is_capitalised(s.toks[found[1]]) or found[3].startswith("model name")):
                return found[0], found[1], found[2], found[3] + " after a partitive" + (" (of a whole)" * (whole > after))
            return None
    return found


def _past_whole(s: _Sentence, i: int) -> int:
    """Past the number of the whole a share is taken from, where one follows within two words:
    "4.2 million of Innopac's 13.8 million common shares" counts shares; else ``i``."""
    for j in range(i, min(len(s.toks), i + 3)):
        tok = s.toks[j]
        if tok.number >= 0:  # a bare run of digits may be a model: "20 of Boeing's larger 777 planes"
            num = s.numbers[tok.number]  # but not right after the partitive's determiner: "of the 159 members"
            counted = not num.text.isdigit() or (j == i and s.toks[i - 1].low in s.lex.determiners)
            return _token_range(s.toks, num)[1] if counted else i
        if tok.text in PUNCT_STOP:
            break
    return i


def _is_capitalised(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.number < 0


def _counted_noun(s: _Sentence, hi: int) -> tuple[str, int, int, str] | None:
    lex, toks = s.lex, s.toks
    window_end = hi
    while window_end < min(len(toks), hi + 5):
        tok = toks[window_end]
        if tok.low in lex.coordinators and window_end > hi and _content(toks, window_end + 1, lex):
            window_end += 1  # "36 member and partner countries"
            continue
        if not _content(toks, window_end, lex):
            named = window_end + 1 < len(toks) and _is_capitalised(toks[window_end + 1])  # "787 Dreamliner"
            bare = window_end > hi and tok.text.isdigit()  # "five new 737 aircraft": a model after a word
            model = tok.number >= 0 and (named or bare or any(_is_capitalised(t) for t in toks[hi:window_end]))
            if not (model and _content(toks, window_end + 1, lex)):
                break  # a model number after a maker's name goes on: "Boeing's larger 777 planes"
        window_end += 1
    words = s.words(hi, window_end)
    for i in range(len(words)):
        if i == 0 and lex.phrase(words, 0, lex.not_counted)[1]:
            return None
        key, size = lex.phrase(words, i, lex.measures)
        if size:
            return lex.measures[key], hi + i, hi + i + size, "table noun"
        measure = lex.measure_of(words[i])
        if measure:
            return measure, hi + i, hi + i + 1, "table noun (compound)"
    for i, word in enumerate(words):
        if toks[hi + i].text[:1].isupper() and i + 1 < len(words):
            continue  # a capitalised word before more of the phrase names a maker or model: "Airbus A320 jets"
        if i + 2 < len(words) and toks[hi + i + 1].text[:1].isupper():
            continue  # an adjective before a maker's name: "22 nuevos Boeing 787 Dreamliners"
        if word in lex.adjectives and i + 1 < len(words):
            continue  # an adjective before the noun, plural like it: "veinte nuevos jets"
        if _plural_noun(word, lex):
            return lex.singular(word), hi + i, hi + i + 1, "plural noun after the number"
        if i + 1 == len(words) and i > 0 and toks[hi + i - 1].number >= 0 and toks[hi + i].text[:1].isupper():
            return word, hi + i, hi + i + 1, "model name after a model number"  # "14 de los nuevos 787 Dreamliner"
    return None


def _plural_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word looks like a counted plural noun: "subsidiaries", "A320s", "aircraft"."""
    if word in lex.irregular_plurals:
        return True
    if not (word.isalnum() and any(c.isalpha() for c in word) and len(word) > 3):
        return False
    plural = any(word.endswith(x) for x in lex.plural_suffixes)
    demonyms = word in lex.aliases and lex.singular(word) in lex.aliases  # "Twelve Americans": people
    return plural and (word not in lex.aliases or demonyms) and word not in lex.not_counted


def _content(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` may be part of a counted noun phrase (a model number in a name may)."""
    if i >= len(toks):
        return False
    tok = toks[i]
    if tok.number >= 0:
        return i > 0 and _capitalised_id(toks[i - 1], lex) and _content(toks, i + 1, lex)
    return not (tok.text in PUNCT_STOP or tok.low in lex.function_words)


def _measure_before(s: _Sentence, lo: int) -> tuple[str, int, int, str] | None:
    """A table noun before the number, joined by a link word: "troop presence to 4.500"."""
    lex = s.lex
    link = lo - 1 - _qualifier(s, lo)[1]
    if link < 0 or s.toks[link].low not in lex.back_links:
        return None
    if link > 0 and _unsaid(s, link - 1):
        return lex.unsaid_measures[s.toks[link - 1].low], link - 1, link, "noun left unsaid (a crew of six)"
    for i in range(link - 1, max(s.clause[link], link - 10) - 1, -1):
        measure = lex.measure_of(s.toks[i].low)
        if measure:
            return measure, i, i + 1, "table noun before a link word"
    return None


def _unsaid(s: _Sentence, i: int) -> bool:
    """Token ``i`` is a noun whose number says what it counts, with a partitive after it: "crew of"."""
    return s.toks[i].low in s.lex.unsaid_measures and i + 1 < len(s.toks) and s.toks[i + 1].low in s.lex.partitives


def _apposed(s: _Sentence, clause_start: int) -> tuple[Name | None, str]:
    """The name a clause is in apposition to: "Scott, 43, a father of seven" is Scott's count."""
    if clause_start == 0:
        return None, ""
    before = [n for n in s.names if n.end <= s.toks[clause_start].start and not _maker(s, n)]
    return (before[-1], "name the phrase is in apposition to") if before else (None, "")


def _subject(s: _Sentence, lo: int, hi: int, measure: str, m_lo: int, m_hi: int) -> tuple[Name | None, str]:
    """Whose figure it is, by the first rule that finds a name.

    In order: a name modifying the counted noun ("8,000 U.S. soldiers"; not a maker of made things,
    "22 new Boeing 787 aircraft", "20 of Boeing's planes"), a possessive right before the number
    ("NATO's 12,000 troops", "Elian's two grandmothers from Cuba"; none after an unnamed one's, "the
    company's C$900 million"), an owner after the counted noun
    ("troops under NATO command"; the buyer after "to" for made things), the possessive name a
    pronoun points back to ("Elian's father, his four grandparents"), the owner of a phrase a
    bracketed figure follows, a recipient ("give Orkem a 53.2% stake"), a possessive heading the
    clause, the name a share goes to (not for a share of what a name owns), the clause's subject
    ("Nato har rundt 11.000 soldater"), the sentence's subject for a clause without one of its own
    ("Qatar Airways, which ..., will purchase 20").
    Lengths and weights, and victims, have no owner but a possessive (people hired or laid off are
    the employer's); a deal's price has none.
    """
    toks, lex, clause_start = s.toks, s.lex, s.clause[lo]
    c_lo, c_hi = toks[clause_start].start, _clause_end(s, lo)
    np_lo = toks[min(hi, m_lo)].start if m_lo >= hi else toks[max(clause_start, m_lo - 3)].start
    np_hi = toks[m_lo].start if m_lo < len(toks) else c_hi
    candidates = [
        n for n in s.names
        if not (toks[lo].start <= n.start < toks[hi - 1].end) and not n.text.lower().endswith(lex.place_adjectives)
        and not _people_group(s, n) and n.text.split()[0].lower() not in lex.labels
    ]  # fmt: skip ("Class C warrants": a label, not an owner) ("a New York-based company": a place)
    described = _hyphen_described(s, hi, candidates)
    if described:
        return described, "name a hyphened measure describes"
    inside = [n for n in candidates if np_lo <= n.start and n.end <= np_hi and not n.place_pp]
    for name in inside:
        if measure not in lex.goods and not _maker(s, name):
            return name, "modifier of the counted noun"
    if m_hi <= lo:  # "an army of 300,000": the noun before the number has no owner of its own,
        near = toks[max(clause_start, m_lo - 6)].start  # but a possessive: "Ryanair's total number of orders"
        owner = [n for n in candidates if n.possessive and near <= n.start and n.end <= toks[m_lo].start]
        if owner:
            return owner[-1], "possessive before the counted noun"
        if _unsaid(s, m_lo):
            return _apposed(s, clause_start)
        return None, ""
    if measure.startswith("money:") and _deal(s, lo, hi, m_hi):
        return None, ""
    before = [
        n for n in candidates
        if c_lo <= n.start and n.end <= toks[lo].start and not n.place_pp and n not in inside
    ]  # fmt: skip
    q_lo = lo - _qualifier(s, lo)[1]
    q_start = toks[q_lo].start
    right_before = [n for n in before if n.possessive and q_start - n.end <= 1]
    if right_before:
        return right_before[-1], "possessive before the number"
    linked = _linked_possessive(s, q_lo, before)
    if linked:
        return linked, "possessive before the noun the number is linked to"
    owner_tok = toks[q_lo - 1] if q_lo > 0 else None
    if owner_tok is not None and owner_tok.text[:1].islower() and owner_tok.low != owner_tok.text.lower():
        return None, ""  # an unnamed owner's: "the company's C$900 million"
    link = toks[m_hi].low if m_hi < len(toks) else ""
    share = link in lex.partitives and (measure == "percent" or measure.startswith("money:"))  # "9.4% of LIN's"
    if (link in lex.owner_prepositions and not share) or (measure in lex.goods and link in lex.recipient_prepositions):
        after = [n for n in candidates if toks[m_hi].end <= n.start <= toks[m_hi].end + 5]
        if after:
            return after[0], "owner after the counted noun"
    relative = _relative_owner(s, lo, m_hi, candidates) if measure not in lex.goods else None
    if relative:
        return relative, "subject of the relative clause on the counted noun"
    pointed = _pointed_owner(s, lo, m_hi if m_lo == hi else hi, candidates)
    if pointed:
        return pointed, "possessive name a possessive pronoun points back to"
    bracketed = _bracketed_owner(s, lo, candidates)
    if bracketed:
        return bracketed, "name of the phrase the bracketed figure follows"
    ownerless = measure in OWNERLESS and not _staff(s, q_lo)
    given = (_recipient(s, lo, candidates) or _supplied(s, lo, candidates)) if not ownerless else None
    if given:
        return given, "name the figure is given to"
    heading = [
        n for n in before
        if not _owner_less(s, n) and _subject_position(s, n) and not _modifier(s, n) and not _sayer(s, n, lo)
        and not _aside(s, n)
    ]  # fmt: skip
    if any(n.possessive for n in heading) and not ownerless:  # "Elian's mother perished along with 10 others"
        return next(n for n in heading if n.possessive), "possessive heading the clause"
    if ownerless or measure in lex.unowned:
        return None, ""
    if measure == "percent" and _group_share(s, m_hi if m_lo == hi else hi):
        return None, ""  # "Florida is nearly 3% Polish American": a population's make-up
    if measure == "percent":
        paired = _score_pair(s, lo, hi, candidates)
        if paired:
            return paired, "names before a score, in order (Clinton leading Trump 47.3 percent to 44.4)"
    if measure == "percent" and not _share_of_owned(s, m_hi if m_lo == hi else hi, candidates):
        stop = next((n.start for n in s.numbers if n.start >= toks[hi - 1].end), c_hi)
        share_hi = m_hi if m_lo == hi else hi
        whole = _partitive_end(s, share_hi)  # "10% of the populations of Wisconsin": the whole's names
        of = share_hi + 1 < len(toks) and toks[share_hi].low in lex.partitives
        modifier = [  # "22% of Democratic claims": the name modifying the whole's noun
            n for n in candidates if of and n.start == toks[share_hi + 1].start and _before_common(s, n)
        ]
        after = modifier or [n for n in candidates if whole <= n.start < min(stop, c_hi) and not n.place_pp]
        if after:
            return after[-1], "name the share goes to"
    if heading:
        return heading[-1], "subject of the clause"
    if clause_start > 0 and _subjectless(s, clause_start):
        first = [
            n for n in candidates
            if n.start < toks[lo].start and not _owner_less(s, n) and _subject_position(s, n) and not _aside(s, n)
            and not _modifier(s, n) and not n.place_pp
        ]  # fmt: skip
        if first:
            return first[-1], "subject of the sentence (clause without one)"
    apposed = _apposition_head(s, clause_start, candidates)
    if apposed:
        return apposed, "name the phrase is in apposition to"
    role = _role_holder(s, lo, candidates)
    if role:
        return role, "subject the opening role phrase describes"
    return None, ""


def _apposition_head(s: _Sentence, clause_start: int, candidates: list[Name]) -> Name | None:
    """A clause opening with a determiner right after a name that is a clause of its own and a comma
    is in apposition to it: "Jim Pattison Industries, a holding company with annual sales of about
    C$1.9 billion" (not "If they are African-American, the real unemployment rate")."""
    toks = s.toks
    if clause_start < 2 or toks[clause_start].low not in s.lex.determiners or toks[clause_start - 1].text != ",":
        return None
    name = next((n for n in candidates if n.end == toks[clause_start - 2].end and not n.place_pp), None)
    if name is None or _maker(s, name):
        return None
    first = bisect_left([t.start for t in toks], name.start)
    return name if s.clause[first] == first else None


def _role_holder(s: _Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """A figure in an opening role phrase is the main subject's: "As a father and the grandfather of
    eight children -- ... -- Castro said" (the first later name a verb of the table follows)."""
    toks, lex = s.toks, s.lex
    if not toks or toks[0].low not in lex.role_openers or s.clause[lo] != 0:
        return None
    for name in candidates:
        j = bisect_right([t.start for t in toks], name.end - 1)
        verb = j < len(toks) and (toks[j].low in lex.subject_verbs or toks[j].low in lex.speech_verbs)
        if verb and name.start > toks[lo].end:
            return name
    return None


def _hyphen_described(s: _Sentence, hi: int, candidates: list[Name]) -> Name | None:
    """A name right after a number glued to its measure by a hyphen is what it measures: "the 22-story
    Cooperative Bank House"."""
    toks = s.toks
    if hi >= len(toks) or not re.search(r"-[^\W\d]", toks[hi - 1].text):
        return None
    return next((n for n in candidates if n.start == toks[hi].start), None)


def _index_points(s: _Sentence, lo: int, hi: int) -> tuple[str, int, int, str] | None:
    """A bare number after a stock index moves counts points: "The Nasdaq Composite Index tumbled 5.39,
    or 1.2% to 452.76" (the index may be named before the clause)."""
    lex, toks = s.lex, s.toks
    if lo == 0 or (toks[lo - 1].low not in lex.subject_verbs and toks[lo - 1].low not in lex.index_links):
        return None
    named = any(n.end <= toks[lo].start and n.text.split()[-1].lower() in lex.index_words for n in s.names)
    return ("point", hi, hi, "points of the index named before") if named else None


def _price_move(s: _Sentence, lo: int, hi: int) -> tuple[str, int, int, str] | None:
    """Bare numbers after a name and a verb of a price's move are a share price in the table's currency:
    "Kirschner Medical fell 4 to 15", "Weisfield's rocketed 9 1/2 to 39" (the second after "to")."""
    lex, toks = s.lex, s.toks
    k = lo - 1
    if k >= 2 and toks[k].low in lex.range_links and toks[k - 1].number >= 0:
        k = _token_range(toks, s.numbers[toks[k - 1].number])[0] - 1  # the move's "to 15": back to its verb
    if k < 1 or toks[k].low not in lex.price_moves:
        return None
    named = any(n.end == toks[k - 1].end for n in s.names)
    return ("money:" + lex.price_currency, hi, hi, "share price moved by a named stock") if named else None


def _linked_possessive(s: _Sentence, q_lo: int, before: list[Name]) -> Name | None:
    """A possessive heading the noun a link word joins the number to: "raises Ratners's U.S. presence
    to 450 stores" (up to three words between the possessive and the link)."""
    link = q_lo - 1
    if link < 1 or s.toks[link].low not in s.lex.back_links:
        return None
    near = s.toks[max(0, link - 4)].start
    owners = [n for n in before if n.possessive and near <= n.start and n.end <= s.toks[link - 1].end]
    return owners[-1] if owners else None


def _staff(s: _Sentence, q_lo: int) -> bool:
    """People counted after a verb of hiring or firing are the employer's: "laying off about 300 people"."""
    words = s.words(max(0, q_lo - s.lex.max_phrase), q_lo)
    return bool(s.lex.phrase_ending(words, len(words), s.lex.staff_verbs)[1])


def _deal(s: _Sentence, lo: int, hi: int, m_hi: int) -> bool:
    """An amount naming a deal's price: "$40 billion US airtanker contract" (a deal noun within
    three words after it), "un contrato de 40.000 millones", "a deal worth $5 billion" (one before, behind
    prepositions, determiners and words of worth)."""
    toks, lex = s.toks, s.lex
    after = m_hi
    if after < len(toks) and toks[after].text == "(":  # "US$ 40 billion (GB # 20.1 billion) contract"
        after = next((k + 1 for k in range(after, min(len(toks), after + 8)) if toks[k].text == ")"), after)
    for tok in toks[after : after + 3]:
        if tok.text in PUNCT_STOP or tok.number >= 0 or tok.low in lex.prepositions:
            break  # "11.000 millones de $ en acuerdos": earned in deals, the earner's
        if tok.low in lex.deals:
            return True
    k = lo - 1 - _qualifier(s, lo)[1]  # "un contrato de 40.000 millones", "un acuerdo por valor de 7.200"
    for _ in range(4):
        if k < 0 or not (toks[k].low in lex.prepositions or toks[k].low in lex.determiners or toks[k].low in lex.worth):
            return k >= 0 and k < lo - 1 and toks[k].low in lex.deals
        k -= 1
    return False


def _pointed_owner(s: _Sentence, lo: int, hi: int, candidates: list[Name]) -> Name | None:
    """The owner a possessive pronoun before the number, or after its share's partitive, points back
    to: the last possessive name before it ("Elian's father, his four grandparents", "Jordan's costs
    because 40 percent of its exports")."""
    toks, lex = s.toks, s.lex
    before = lo - 1 - _qualifier(s, lo)[1]
    if before >= 0 and toks[before].low in lex.possessives:
        at = before
    elif hi + 1 < len(toks) and toks[hi].low in lex.partitives and toks[hi + 1].low in lex.possessives:
        at = hi + 1
    else:
        return None
    owners = [n for n in candidates if n.possessive and n.end <= toks[at].start]
    return owners[-1] if owners else None


def _relative_owner(s: _Sentence, lo: int, m_hi: int, candidates: list[Name]) -> Name | None:
    """The subject of a relative clause on the counted noun has what it counts: "7,000 to 8,000
    employees that Unisys said would be laid off", "the 28,000 systems Sun shipped", "the 50% stake
    it has agreed to acquire" (a pronoun: the last name before the number). The clause is a name or
    a pronoun right after the noun (or a relative word), followed by a verb; after a unit written
    with the number one common noun may come first ("50% stake")."""
    toks, lex = s.toks, s.lex
    at = m_hi + 1 if m_hi < len(toks) and toks[m_hi].low in lex.relatives else m_hi
    if at == m_hi and at + 1 < len(toks) and _common(toks[at], lex) and toks[at + 1].low in lex.pronouns:
        at += 1  # "the 50% stake it has agreed to acquire"
    if at + 1 >= len(toks):
        return None
    if toks[at].low in lex.pronouns:
        verb = _common(toks[at + 1], lex) or toks[at + 1].low in lex.subject_verbs
        before = [
            n for n in candidates
            if n.end <= toks[lo].start and not (n.possessive or n.place_pp or _modifier(s, n) or _aside(s, n))
        ]  # fmt: skip ("Esselte AB, the Stockholm office supplies company, ... the 22% it doesn't own")
        return before[-1] if verb and before and not _maker(s, before[-1]) else None
    name = next((n for n in candidates if n.start == toks[at].start and not n.possessive and not n.place_pp), None)
    if name is None:
        return None
    j = bisect_right([t.start for t in toks], name.end - 1)
    if j >= len(toks):
        return None
    if at > m_hi:  # after a relative word the name is the clause's subject
        return name if _common(toks[j], lex) or toks[j].low in lex.subject_verbs else None
    nxt = toks[j]  # no relative word: only a verb after the name makes it a clause ("a 50% U.S. market share")
    verb = nxt.low in lex.subject_verbs or nxt.low in lex.speech_verbs or nxt.low in lex.function_words
    return name if verb or (_common(nxt, lex) and nxt.low.endswith(lex.past_endings or ("\0",))) else None


def _bracketed_owner(s: _Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """A figure in brackets after a phrase is the phrase's owner's: "Democratic statements (54%)"."""
    bracket = lo - 1 - _qualifier(s, lo)[1]
    if bracket < 2 or s.toks[bracket].text != "(":
        return None
    if any(t.number >= 0 for t in s.toks[max(0, bracket - 3) : bracket]):
        return None  # "942 million Canadian dollars (US$801.2 million)": the same amount again
    near = s.toks[max(0, bracket - 3)].start
    inside = [n for n in candidates if near <= n.start and n.end <= s.toks[bracket].start and not n.place_pp]
    return inside[-1] if inside else None


def _recipient(s: _Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """A name right before "a" and the number (an adjective may come between) gets it: "give Orkem a
    controlling 53.2% stake"; so does one right before the number after a verb of giving (``GIVE_VERBS``):
    "Peabody gave Patriot 13 percent of its coal reserves"."""
    det = lo - 1 - _qualifier(s, lo)[1]
    given = next((n for n in candidates if det >= 0 and n.end == s.toks[det].end and not n.possessive), None)
    if given is not None:  # no determiner: "Peabody gave Patriot 13 percent of its coal reserves"
        first = bisect_left([t.start for t in s.toks], given.start)
        return given if first > 0 and s.toks[first - 1].low in s.lex.give_verbs else None
    if det > 1 and s.toks[det].text[:1].islower() and s.toks[det].low not in s.lex.function_words:
        det -= 1
    tok = s.toks[det] if det >= 1 else None
    if tok is None or tok.low not in s.lex.determiners or tok.low in s.lex.subject_openers:
        return None
    if not tok.text[:1].islower():
        return None  # "Flight 103 that killed 259 people": "that" opens a clause
    name = next((n for n in candidates if n.end == s.toks[det - 1].end), None)
    return None if name is None or name.possessive or _subject_position(s, name) else name


def _supplied(s: _Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """The one a verb of supplying supplies with the number gets it: "supply the United States Air Force
    (USAF) with 179 new aerial refueling tankers" (``SUPPLY_VERBS``, ``SUPPLY_LINKS``)."""
    toks, lex = s.toks, s.lex
    link = lo - 1 - _qualifier(s, lo)[1]
    if link < 2 or toks[link].low not in lex.supply_links:
        return None
    k = link - 1
    if toks[k].text == ")":  # an acronym in brackets after the name
        k = next((j - 1 for j in range(k - 1, max(0, k - 4), -1) if toks[j].text == "("), k)
    name = next((n for n in candidates if n.end == toks[k].end), None)
    if name is None:
        return None
    first = bisect_left([t.start for t in toks], name.start)
    return name if any(t.low in lex.supply_verbs for t in toks[max(0, first - 3) : first]) else None


def _modifier(s: _Sentence, name: Name) -> bool:
    """A name between a determiner and a common noun modifies that noun, it is not the subject:
    "The Oklahoma City energy and defense concern said" (a verb the table lists may follow a name)."""
    starts = [t.start for t in s.toks]
    i, j = bisect_left(starts, name.start), bisect_right(starts, name.end - 1)
    if i == 0 or s.toks[i - 1].low not in s.lex.determiners or j >= len(s.toks):
        return False
    nxt = s.toks[j]
    return nxt.text[:1].islower() and nxt.low not in s.lex.subject_verbs and nxt.low not in s.lex.function_words


def _sayer(s: _Sentence, name: Name, lo: int) -> bool:
    """A name saying a clause with a subject of its own owns nothing in it: "Nadeau said the sale of
    the three non-food businesses" (but "Avon said it had 243,677 warrants": "it" is Avon)."""
    j = bisect_right([t.start for t in s.toks], name.end - 1)
    if j < lo and s.toks[j].low in s.lex.speech_auxiliaries:
        j += 1  # "Nadeau also said", "Nadeau has said"
    if j + 1 >= lo or s.toks[j].low not in s.lex.speech_verbs:
        return False
    nxt = s.toks[j + 1]
    if nxt.low in s.lex.subject_openers and j + 2 < lo:  # "said that the sale ..."
        nxt = s.toks[j + 2]
    if nxt.low in s.lex.determiners:
        return nxt.low not in s.lex.possessives and nxt.text[:1].islower()
    return _common(nxt, s.lex) and _plural_noun(nxt.low, s.lex)  # "says women and children make up about 75%"


def _share_of_owned(s: _Sentence, hi: int, candidates: list[Name]) -> bool:
    """A share of what a name owns ("9.4% of LIN's stock") is the holder's, not that name's."""
    if hi >= len(s.toks) or s.toks[hi].low not in s.lex.partitives:
        return False
    after = s.toks[hi].end
    own = hi + 1 < len(s.toks) and s.toks[hi + 1].low in s.lex.possessives  # "40 percent of its exports"
    return own or any(n.possessive and after < n.start <= after + 5 for n in candidates)


def _group_share(s: _Sentence, hi: int) -> bool:
    """A share right before a group of people's name counts a population's make-up, nobody's."""
    if hi >= len(s.toks):
        return False
    return any(n.start == s.toks[hi].start and _people_group(s, n) for n in s.names)


def _score_pair(s: _Sentence, lo: int, hi: int, candidates: list[Name]) -> Name | None:
    """Two shares joined by a range link right after two names are theirs in order: "shows Clinton
    leading Trump 47.3 percent to 44.4 percent" (Clinton's 47.3, Trump's 44.4)."""
    toks, lex = s.toks, s.lex
    j = hi + 1 if hi < len(toks) and toks[hi].low in lex.percent else hi
    k = lo - 2 if lo >= 2 and toks[lo - 2].low in lex.percent else lo - 1
    if j + 1 < len(toks) and toks[j].low in lex.range_links and toks[j + 1].number >= 0:
        first, mine = lo, -2  # the pair's first share: the first name's
    elif k >= 1 and toks[lo - 1].low in lex.range_links and toks[k - 1].number >= 0:
        first, mine = k - 1, -1
        while first > 0 and toks[first - 1].number == toks[k - 1].number:
            first -= 1
    else:
        return None
    starts = [t.start for t in toks]
    names = [n for n in candidates if toks[s.clause[first]].start <= n.start and n.end <= toks[first].start]
    if len(names) < 2 or first == 0 or names[-1].end != toks[first - 1].end:
        return None
    return names[mine] if bisect_left(starts, names[-2].end) < bisect_left(starts, names[-1].start) else None


def _before_common(s: _Sentence, name: Name) -> bool:
    j = bisect_right([t.start for t in s.toks], name.end - 1)
    return j < len(s.toks) and _common(s.toks[j], s.lex)


def _partitive_end(s: _Sentence, hi: int) -> int:
    """Where the whole a share is taken of ends ("10% of the populations of Wisconsin and Michigan
    is ..."): its names are the whole's, not the ones the share goes to. The number's end if no
    partitive follows it."""
    toks, lex = s.toks, s.lex
    if hi >= len(toks) or toks[hi].low not in lex.partitives:
        return toks[hi - 1].end
    k = hi + 1
    while k < len(toks) and toks[k].text not in PUNCT_STOP and toks[k].number < 0 and not (
        toks[k].low in lex.function_words and toks[k].low not in lex.determiners
        and toks[k].low not in lex.prepositions and toks[k].low not in lex.coordinators
    ):  # fmt: skip
        k += 1
    return toks[k - 1].end


def _aside(s: _Sentence, name: Name) -> bool:
    """A name in brackets, or one set off by a comma after another and before a stop or a preposition
    ("Toulouse, Francia,", "flown to Toulouse, France for the ceremony"), is an aside."""
    starts = [t.start for t in s.toks]
    i, j = bisect_left(starts, name.start), bisect_right(starts, name.end - 1)
    if i > 0 and s.toks[i - 1].text in "([":
        return True
    k = i - 3 if i > 2 and s.toks[i - 2].text == "." else i - 2  # "Equus Capital Corp., Houston,"
    after_name = i > 1 and s.toks[i - 1].text == "," and k >= 0 and _is_capitalised(s.toks[k])
    return after_name and (j >= len(s.toks) or s.toks[j].text in PUNCT_STOP or s.toks[j].low in s.lex.prepositions)


def _owner_less(s: _Sentence, name: Name) -> bool:
    """A maker (see ``_maker``), or a name right after a number, which is what it counts ("14 Catholics")."""
    first = bisect_left([t.start for t in s.toks], name.start)
    index = s.toks[first - 1].number if first > 0 else -1
    counted = index >= 0 and not _year_shaped(s.numbers[index])  # "2009 China Eastern Airlines" is a dateline
    return counted or _maker(s, name)


def _year_shaped(num: Number) -> bool:
    return num.text.isdigit() and len(num.text) == 4 and 1800 <= num.value <= 2100


def _maker(s: _Sentence, name: Name) -> bool:
    """A name with a model number in or right after it makes things: "Boeing 787", "Airbus A320"."""
    starts = [t.start for t in s.toks]
    i = bisect_right(starts, name.end - 1)
    if any(c.isdigit() for c in name.text):
        return True
    return i < len(s.toks) and (s.toks[i].number >= 0 or any(c.isdigit() for c in s.toks[i].text))


def _subject_position(s: _Sentence, name: Name) -> bool:
    """Whether a name opens its clause as its subject would.

    Back to the clause's start or a word opening a clause ("that"), only determiners and function
    words that are no prepositions, numbers and dates may come before it ("According to X" and
    "defeat Boeing for $40 billion" name objects); a title noun after a demonym or a determiner may
    ("Russian flag carrier Aeroflot", "la aerolínea Iberia"). A name right before a verb of the
    table, after a common word, is a subject whatever precedes it (a caption run into the story: "An
    American Airlines 777 landing at Heathrow airport Boeing has secured two large orders").
    """
    lex, toks = s.lex, s.toks
    i = bisect_left([t.start for t in toks], name.start)
    j = bisect_right([t.start for t in toks], name.end - 1)
    if 0 < i and j < len(toks) and toks[j].low in lex.subject_verbs and _common(toks[i - 1], lex):
        return True
    first = s.clause[min(i, len(toks) - 1)]
    dated = _dateline_end(s, first)
    first = dated if dated <= i else first
    lowered = 0  # lowercase content words right before the name: a title, if a demonym heads them
    for j in range(i - 1, first - 1, -1):  # backwards, to the clause's start or a word opening a clause
        tok = toks[j]
        if tok.low in lex.subject_openers:
            return not lowered
        if tok.low not in lex.prepositions and tok.text[:1].islower() and tok.low not in lex.function_words:
            lowered += 1
            continue
        if lowered:  # a title noun after a demonym or a determiner: "Russian flag carrier X", "the airline X"
            titled = (lowered <= 3 and _demonym(tok, lex)) or (lowered <= 2 and tok.low in lex.determiners)
            return titled and _subject_position(s, _tok_name(tok))
        if tok.low in lex.prepositions or not (
            tok.low in lex.function_words or tok.number >= 0 or tok.low in lex.months or tok.text in PUNCT_STOP
        ):
            return _linked_head(s, first, i)
    return not lowered


def _common(tok: Tok, lex: Lexicon) -> bool:
    """A lowercase content word: no function word, preposition or number."""
    return tok.text[:1].islower() and tok.low not in lex.function_words and tok.low not in lex.prepositions


def _linked_head(s: _Sentence, first: int, i: int) -> bool:
    """A name at the end of a clause-opening noun phrase linked by a partitive ("of", "de") is its
    subject: "Officials of China agreed", "El acuerdo de Air Canada incluye" (the name is the owner),
    "La compañía irlandesa de bajo costo Ryanair ha anunciado" (a title with a preposition).

    Before the name: a determiner or nothing, then at most five common nouns and adjectives (the
    clause's capitalised first word too when it looks like a plural, "Funcionarios de la ...")
    with one partitive among them, which may be followed by a determiner.
    """
    lex, toks = s.lex, s.toks
    words = toks[first:i]
    if words and words[0].low in lex.determiners:
        words = words[1:]
    if len(words) > 1 and words[-1].low in lex.determiners and words[-2].low in lex.partitives:
        words = words[:-1]  # "de la República Popular China"
    links = [k for k, t in enumerate(words) if t.low in lex.partitives]
    if len(links) != 1 or links[0] == 0 or len(words) > 6:
        return False
    for k, tok in enumerate(words):
        if k == links[0]:
            continue
        common = _common(tok, lex) and tok.number < 0
        plural_first = k == 0 and words is not toks and tok.low.endswith(lex.plural_suffixes or ("\0",))
        if not (common or (plural_first and tok is toks[first])):
            return False
    return True


def _dateline_end(s: _Sentence, first: int) -> int:
    """Where a date opening the clause ends ("10 de junio del 2007 La compañía rusa Aeroflot ha
    negociado"): a run of numbers, a month and link words ending with a number; ``first`` if none."""
    lex, toks = s.lex, s.toks
    month, end = False, first
    for j in range(first, min(len(toks), first + 6)):
        tok = toks[j]
        if tok.number >= 0:
            end = j + 1 if month else end
        elif tok.low in lex.months:
            month = True
        elif tok.low not in lex.prepositions and tok.low not in lex.function_words:
            break
    return end


def _demonym(tok: Tok, lex: Lexicon) -> bool:
    """A capitalised adjective the alias table knows ("Russian"): it modifies a noun, it names no subject."""
    alias = lex.aliases.get(tok.low)
    return bool(alias) and tok.text[:1].isupper() and alias.casefold() != tok.low


def _people_group(s: _Sentence, name: Name) -> bool:
    """A name made of demonyms only ("Polish American", "Lithuanian Americans"), or a demonym listed
    before others, names a group of people, who are counted, not an owner."""
    starts = [t.start for t in s.toks]
    i, j = bisect_left(starts, name.start), bisect_right(starts, name.end - 1)
    if not all(_demonym(t, s.lex) for t in s.toks[i:j]):
        return False
    listed = j < len(s.toks) and (s.toks[j].text == "," or s.toks[j].low in s.lex.coordinators)
    return j - i > 1 or listed  # "Polish, Ukrainian, and Lithuanian Americans": adjectives of one group


def _tok_name(tok: Tok) -> Name:
    return Name(tok.start, tok.end, tok.text, tok.text, None)


def _subjectless(s: _Sentence, clause_start: int) -> bool:
    """A clause opening with a verb, an adverb, a preposition or a bracket has the sentence's subject.

    "Qatar Airways, which ..., will also purchase 20", "30 aircraft (24 A320s and 6 A321s)", "...,
    for $1 million"; so has one said by a verb of speech that opens with "that" or "que" and a verb
    ("Ryanair ha anunciado hoy que va a ejercer ... cinco aviones").
    """
    if s.toks[clause_start - 1].text in "([":
        return True
    tok = s.toks[clause_start]
    if tok.number >= 0:
        return False  # "14 Catholics, six Orthodox, four Protestants": a list, not a clause
    low = tok.low
    if low in s.lex.speech_verbs and tok.text[:1].islower():
        return True  # "Irish low cost airline, Ryanair, announced today that it is exercising ..."
    if low in s.lex.subject_openers and clause_start + 1 < len(s.toks):  # "anunciado hoy que va a ejercer"
        said = any(t.low in s.lex.speech_verbs for t in s.toks[max(0, clause_start - 2) : clause_start])
        nxt = s.toks[clause_start + 1]
        return said and _common(nxt, s.lex) and nxt.low not in s.lex.determiners and nxt.number < 0
    return (
        tok.text[:1].islower() and low not in s.lex.determiners and low not in s.lex.subject_openers
    ) or low in s.lex.coordinators  # fmt: skip


def _clause_end(s: _Sentence, i: int) -> int:
    start = s.clause[i]
    j = i
    while j + 1 < len(s.toks) and s.clause[j + 1] == start:
        j += 1
    return s.toks[j].end


def _place(s: _Sentence, lo: int, hi: int, subject: Name | None) -> tuple[Name | None, str]:
    toks = s.toks
    c_lo, c_hi = toks[s.clause[lo]].start, _clause_end(s, lo)
    places = [n for n in s.names if n.place_pp and n.can_be_place and n is not subject]
    after = [n for n in places if toks[hi - 1].end <= n.start < c_hi]
    if after:
        return after[0], "place after the number in the clause"
    before = [n for n in places if c_lo <= n.start < toks[lo].start]
    if before:
        return before[-1], "place before the number in the clause"
    if places:
        return places[0], "place in the sentence"
    return None, ""


def _as_of(s: _Sentence, lo: int) -> AsOf | None:
    """The date of the number's clause, else of the sentence's opening clauses, else the publication date.

    Dates of later clauses ("..., where the alliance has led since 2003") are another event's. The time
    layer's expressions come first; the table fallback reads what it left (or everything, when the
    layer did not run) and refines a coarser reading of the same words.
    """
    toks, doc = s.toks, s.doc
    c_first = s.clause[lo]
    c_last = next((j for j in range(lo, len(toks)) if s.clause[j] != c_first), len(toks))
    anchor = toks[lo].start
    published = doc.published.value if doc.published else None
    times = s.layers[1]
    for first, last in ((c_first, c_last), (0, c_first)):
        if first >= last:
            continue
        own = from_text(toks[first:last], s.lex, published, anchor)
        if own is not None:
            own.text = doc.text[own.start : own.end]  # type: ignore[index]
        layer = from_times(doc, times.within(toks[first].start, toks[last - 1].end), anchor, s.lex) if times else None
        found = refine(layer, own) if layer is not None else own
        if found is not None:
            return found
    return published_as_of(doc)


def _kind(s: _Sentence, lo: int, negation: bool, as_of: AsOf | None) -> str:
    if negation:
        return "negation"
    published = s.doc.published.value if s.doc.published else None
    if as_of is not None and as_of.source != "published":
        if as_of.deadline:
            return "plan"
        order = compare(as_of.value, published)
        if order:
            return "plan" if order > 0 else "past"
    c_first = s.clause[lo]
    c_last = next((j for j in range(lo, len(s.toks)) if s.clause[j] != c_first), len(s.toks))
    words = s.words(c_first, c_last)
    if any(w in s.lex.plan_cues for w in words) or any(
        " ".join(words[i : i + 2]) in s.lex.plan_cues for i in range(len(words))
    ):
        return "plan"
    if any(w in s.lex.past_cues for w in words):
        return "past"
    return "current"


def _range_measure(s: _Sentence, hi: int) -> tuple[str, int, int, str] | None:
    """A range's first number counts what its second does: "7,000 to 8,000 employees"."""
    if hi + 1 >= len(s.toks) or s.toks[hi].low not in s.lex.range_links or s.toks[hi + 1].number < 0:
        return None
    index, end = s.toks[hi + 1].number, hi + 1
    while end < len(s.toks) and s.toks[end].number == index:
        end += 1
    found = _counted_noun(s, end)
    return None if found is None else (found[0], found[1], found[2], found[3] + " (range)")


def _elided(s: _Sentence, lo: int, hi: int) -> bool:
    """A number whose counted noun is left out after a link word, a verb may follow it: "259 people ...
    and 11 on the ground", "killed more than 250 people and injured over 5,000"."""
    link = lo - 1 - _qualifier(s, lo)[1]
    if link > 0 and _common(s.toks[link], s.lex) and s.toks[link - 1].low in s.lex.ellipsis_links:
        link -= 1
    if link < 0 or s.toks[link].low not in s.lex.ellipsis_links:
        return False
    return hi >= len(s.toks) or s.toks[hi].text in PUNCT_STOP or s.toks[hi].low in s.lex.function_words


def _figure(
    s: _Sentence, num: Number, lo: int, hi: int, negation: bool, before: Figure | None = None
) -> Figure | None:
    doc = s.doc
    why: dict[str, str] = {}
    unit = num.unit or _unit_before(s, lo)
    unit_size, factor = 0, 1.0
    if unit is None:
        found_unit = _unit_after(s, hi)
        if found_unit:
            unit, unit_size, factor = found_unit
    if unit:
        measure, m_lo, m_hi = unit, hi, hi + unit_size
        why["measure"] = "unit written with the number"
    else:
        found = _measure_after(s, hi) or _measure_before(s, lo) or _range_measure(s, hi) or _index_points(s, lo, hi)
        found = found or _price_move(s, lo, hi)
        if found is None and before is not None and before.measure_span and _elided(s, lo, hi):
            found = before.measure, hi, hi, "counted noun of the figure before (left out)"
        if found is None or (negation and found[1] != hi):
            return None
        measure, m_lo, m_hi, why["measure"] = found
    end = s.toks[hi - 1 + unit_size].end if unit_size else num.end
    subject, rule = _subject(s, lo, hi, measure, m_lo, m_hi)
    if subject:
        why["subject"] = rule
    place, rule = _place(s, lo, hi, subject)
    if place:
        why["place"] = rule
    as_of = _as_of(s, lo)
    measure_span = _span(doc, s.toks[m_lo].start, s.toks[m_hi - 1].end) if m_hi > m_lo and not unit else None
    return Figure(
        text=doc.text[num.start : end], start=num.start, end=end, value=num.value * factor, measure=measure,
        kind=_kind(s, lo, negation, as_of), unit=unit, measure_span=measure_span,
        qualifier=_qualifier(s, lo)[0], subject=_name_span(doc, subject), place=_name_span(doc, place),
        as_of=as_of, sentence=(s.start, s.end), why=why,
    )  # fmt: skip


def _name_span(doc: Document, name: Name | None) -> Argument | None:
    return None if name is None else _span(doc, name.start, name.end, name.canonical)


def _negations(s: _Sentence) -> list[Number]:
    """ "no troops", "ingen soldater": a count of zero, when a table noun follows at once."""
    out = []
    for i, tok in enumerate(s.toks[:-1]):
        if tok.low in s.lex.negations and tok.number < 0 and s.lex.measure_of(s.toks[i + 1].low):
            out.append(Number(tok.start, tok.end, tok.text, 0.0, None, True))
    return out


def sentence_figures(
    doc: Document,
    lex: Lexicon,
    bounds: tuple[int, int],
    layers: tuple[Located, Located],
    numbers: list[Number],
    counts: list[Number],
    negation: bool,
) -> list[Figure]:
    """The figures of one sentence: its ``numbers``, of which ``counts`` may be figures."""
    start, end = bounds
    toks = tokenize(doc.text, start, end)
    for n_index, num in enumerate(numbers):
        for tok in toks:
            if num.start <= tok.start < num.end:
                tok.number = n_index
    s = _Sentence(doc, lex, start, end, toks, clause_bounds(toks, lex), numbers, layers)
    out: list[Figure] = []
    for num in counts:
        lo, hi = _token_range(toks, num)
        if not _named_by(s, num, lo):
            fig = _figure(s, num, lo, hi, negation=False, before=out[-1] if out else None)
            if fig is not None:
                out.append(fig)
    for num in _negations(s) if negation else ():
        lo, hi = _token_range(toks, num)
        fig = _figure(s, num, lo, hi, negation=True)
        if fig is not None:
            out.append(fig)
    out.sort(key=lambda f: f.start)
    return _restated(doc, _carried_subjects(_without_models(out)))


def _carried_subjects(figures: list[Figure]) -> list[Figure]:
    """A figure without a subject takes the one of the figure before it in the sentence with the same
    measure: "Delta posted net income of $133.1 million, ..., up from $100 million"."""
    for prev, fig in zip(figures, figures[1:]):
        if fig.subject is None and prev.subject is not None and prev.measure == fig.measure:
            fig.subject = prev.subject
            fig.why["subject"] = "subject of the figure before, same measure"
    return figures


def _restated(doc: Document, figures: list[Figure]) -> list[Figure]:
    """An amount in brackets right after another restates it in another currency and is whose that
    one is: "US$ 40 billion (GB # 20.1 billion)", "942 million Canadian dollars (US$801.2 million)"."""
    for prev, fig in zip(figures, figures[1:]):
        between = doc.text[prev.end : fig.start]
        if prev.unit and fig.unit and prev.unit.startswith("money:") and fig.unit.startswith("money:") and (
            between.strip().startswith("(") and len(between) <= 8
        ):
            fig.subject = prev.subject
            fig.why.pop("subject", None)
            if prev.subject is not None:
                fig.why["subject"] = "the amount it restates in brackets"
    return figures


def _without_models(figures: list[Figure]) -> list[Figure]:
    """Drop numbers inside another figure's counted phrase: model numbers ("20 of Boeing's 777 planes"),
    but not a range's second number, which counts the same noun ("7,000 to 8,000 employees"), nor a
    share's whole ("4.2 million of Innopac's 13.8 million shares"); and model numbers right after a
    counted noun ("cinco aviones 737 nuevos")."""
    phrases = [
        (f.end, f.measure_span.start) for f in figures
        if f.measure_span and f.measure_span.start > f.end and not f.why["measure"].endswith(("(range)", "(of a whole)"))
    ]  # fmt: skip
    nouns = {f.measure_span.end for f in figures if f.measure_span and f.measure_span.start > f.end}
    return [
        f for f in figures
        if not any(lo <= f.start and f.end <= hi for lo, hi in phrases) and not _model_after(f, nouns)
    ]  # fmt: skip


def _model_after(figure: Figure, nouns: set[int]) -> bool:
    """A bare number right after another figure's counted noun names a model: "cinco aviones 737"."""
    return figure.text.isdigit() and any(0 < figure.start - end <= 1 for end in nouns)


def document_figures(doc: Document, lex: Lexicon) -> list[Figure]:
    """Every figure of a document; a figure without a place gets the document's focus place."""
    layers = (Located(doc.entities), Located(doc.times))
    low = doc.text.lower()
    numbers = list(find_numbers(doc.text, 0, len(doc.text), lex))
    negations = word_positions(low, lex.negations)
    figures: list[Figure] = []
    n = k = 0
    for start, end in sentences(doc):  # one pass over numbers, negation words and sentences
        first = n
        while n < len(numbers) and numbers[n].start < end:
            n += 1
        while k < len(negations) and negations[k] < start:
            k += 1
        inside = [num for num in numbers[first:n] if num.start >= start]
        counts = [num for num in inside if not not_a_count(doc.text, num, start, end, lex)]
        negation = k < len(negations) and negations[k] < end
        if (counts or negation) and doc.span_kind_at(start) != "boilerplate":
            figures.extend(sentence_figures(doc, lex, (start, end), layers, inside, counts, negation))
    if any(f.place is None for f in figures):
        focus = focus_place(doc, lex)
        for fig in figures:
            if fig.place is None and focus is not None and focus.canonical != (fig.subject and fig.subject.canonical):
                fig.place = _name_span(doc, focus)
                fig.why["place"] = "the document's most frequent place"
    return figures
