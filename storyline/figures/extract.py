"""Figures of one document: numbers that count something, with their arguments.

For every number of a body sentence (captions included, boilerplate skipped), in order:

1. drop what is not a count: years, days of a month, times of day, ages, identifiers ("Article 21"),
   group labels ("the top 1 percent"), lone weak words ("one");
2. the qualifier written before it ("around", "rundt", "more than");
3. the measure: a unit written with it (%, $, "percent", "dollars"), else the counted noun after it
   (a table noun, possibly after modifiers: "8,000 U.S. soldiers"; else a plural noun heading the
   phrase: "16,389 total subsidiaries"), else a table noun before it when a linking word joins them
   ("the troop presence to 4.500", "an army of 300,000"); no measure, no figure;
4. the subject (whose count; the owner rules are in ``owners``), the place, the as-of date and the
   kind (current, plan, past, negation).

Each argument keeps its offsets and the rule that found it (``why``), so a figure can be explained.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Document
from .asof import AsOf, compare, from_text, from_times, published_as_of, refine
from .context import (
    Located,
    Name,
    Tok,
    clause_bounds,
    focus_place,
    sentences,
    tokenize,
)
from .lexicon import Lexicon
from .numbers import Number, find_numbers, price_value, word_positions
from .owners import clause_end
from .ranker import DEFAULT_MODE, choose_owner
from .sentence import (
    PUNCT_STOP,
    Argument,
    Sentence,
    capitalised_id,
    common_word,
    is_capitalised,
    plural_noun,
    qualifier,
    span,
    token_range,
    unsaid,
)

log = logging.getLogger(__name__)

UNSAID_MONEY = "money"  # the measure of a sum of money whose currency the text leaves unsaid
INFERRED_PLACE = "the document's most frequent place"  # why a figure's place was not in its sentence

_WORDS = re.compile(r"[\w#§°]+|[^\w\s.]")  # words and punctuation but full stops ("Sept. 26")


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
    day = float(num.value).is_integer() and 1 <= num.value <= 31  # "des 8. Mai 40 Kilometer": no day
    beyond = [w.lower() for w in _WORDS.findall(text, num.end, num.end + 20)[:1]]  # "19. November": split after "19."
    month_next = (nxt and nxt[0] in lex.months) or (not nxt and beyond and beyond[0] in lex.months)
    if not amount and day and (month_next or (prev and prev[-1] in lex.months) or linked_month):
        return "date"
    if any(w in lex.age_cues for w in prev[-2:]):
        return "age"
    if prev and (prev[-1] in lex.id_cues or prev[-1] in lex.group_labels):
        return "label"
    if prev and prev[-1] in lex.denominators and num.unit is None:
        return "ratio"  # "uno por cada mil habitantes", "per 100,000 people": a rate's base
    unit_next = bool(nxt) and (nxt[0] in lex.percent or nxt[0] in lex.currencies or nxt[0] in lex.currency_fractions)
    # ("at 4.7 percent", "at 63.67 cents a gallon": an amount, no time of day)
    if prev and prev[-1] in lex.time_cues and not float(num.value).is_integer() and num.unit is None and not unit_next:
        return "time"
    money_next = bool(nxt) and (nxt[0] in lex.currency_fractions or nxt[0] in lex.currencies)  # "one cent a share"
    measure_next = " ".join(nxt) in lex.measures and len(nxt) > 1  # "one percentage point"
    counted_next = num.value > 1 and bool(nxt) and plural_noun(nxt[0], lex) and nxt[0] not in lex.not_counted
    counted_next = counted_next and (nxt_raw[0][:1].isupper() or not lex.nouns_capitalised)  # "van acht kinderen"
    if num.spelled and num.text.lower() in lex.weak_numbers and not (money_next or measure_next or counted_next):
        return "weak"
    counted = len(prev) > 1 and (prev[-2].isdigit() or prev[-2] in lex.number_words)
    if counted and prev[-1] in lex.partitives and num.value in (10, 100) and num.unit is None:
        return "ratio"  # "eight of 10 avocados", "nueve de 10": a proportion, not a count
    return None


_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _named_by(s: Sentence, num: Number, lo: int, hi: int) -> bool:
    """A capitalised word (not the clause's first) right before the number names it: "Artemis 1";
    a possessive owns what the number counts instead ("Elian's two grandmothers"), and a currency
    code prices it ("USD 199")."""
    prev = s.toks[lo - 1] if lo > 0 else None
    possessive = prev is not None and prev.low != prev.text.lower()
    named = prev is not None and lo - 1 > s.clause[lo - 1] and capitalised_id(prev, s.lex)
    if prev is None or not named or prev.low in s.lex.currencies or num.unit is not None or possessive:
        return False
    if num.spelled:  # identifiers are digits: "das nächste Dorf zwanzig Kilometer" names no Dorf 20
        return False
    if _GROUPED.fullmatch(num.text):  # a model has no thousands: "ha solicitado al Sporting 2.000 entradas"
        return False
    nxt = s.toks[hi] if hi < len(s.toks) else None  # where nouns take capitals, one before the number is no
    if s.lex.nouns_capitalised and nxt is not None and nxt.text[:1].isupper() and plural_noun(nxt.low, s.lex):
        return False
    return not _unit_word_after(s, num) and not _counts_table_noun(s, num)


def _counts_table_noun(s: Sentence, num: Number) -> bool:
    """A number of one or two digits before a table noun counts it, after a name too: the verb-second
    clause "kondigde Boeing 35 nieuwe bestellingen aan" (a model number has three digits: "Boeing 737 jets")."""
    if not (num.text.isdigit() and len(num.text) <= 2):
        return False
    after = [t for t in s.toks if t.start >= num.end][:3]
    while after and after[0].low in s.lex.adjectives:
        after.pop(0)
    return bool(after) and after[0].low in s.lex.measures


def _unit_word_after(s: Sentence, num: Number) -> bool:
    """A percent or currency word follows: "Trump 47.3 percent" is a share, no model "Trump 47"."""
    nxt = next((t for t in s.toks if t.start >= num.end), None)
    return nxt is not None and (nxt.low in s.lex.percent or nxt.low in s.lex.currencies)


def _unit_after(s: Sentence, hi: int) -> tuple[str, int, float] | None:
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
            if key in lex.scaled_currencies and hi > 0 and s.toks[hi - 1].low in lex.scales:  # not "236 pounds"
                return "money:" + lex.scaled_currencies[key], skip + size, 1.0  # "12.5 million pounds"
            if key in lex.currency_fractions:
                code, factor = lex.currency_fractions[key]
                return "money:" + code, skip + size, factor
            if key in lex.units and not skip:
                return lex.units[key], size, 1.0
    return None


def _unit_before(s: Sentence, lo: int) -> str | None:
    """A currency written as a word or code right before the number: "USD 23 billion", "EUR 5"."""
    if lo > 0 and s.toks[lo - 1].low in s.lex.currencies and not s.toks[lo - 1].text in PUNCT_STOP:
        return "money:" + s.lex.currencies[s.toks[lo - 1].low]
    return None


def _measure_after(s: Sentence, hi: int) -> tuple[str, int, int, str] | None:
    """The counted noun after a number: (measure, first token, end token, rule) or None.

    Scans up to five tokens, stopping at punctuation, function words and other numbers (but not at a
    model number inside a name: "22 new Boeing 787 Dreamliner aircraft"); a table noun wins anywhere
    in that window, else its first plural-shaped word ("16,389 total subsidiaries and", "290
    passengers plus cargo"; hyphenated modifiers such as "plain-clothes" and capitalised words inside
    the phrase such as "Airbus" in "Airbus A320 jets" are skipped). After a partitive the phrase
    behind it is read ("20 of Boeing's larger 777 planes"), and so is the phrase after a scale word's
    link word ("4 miliardi di canzoni", "4.000 millones de canciones").
    """
    found = _counted_noun(s, hi) or _count_after(s, hi)
    scaled = 0 < hi < len(s.toks) - 1 and s.toks[hi - 1].low in s.lex.scales
    if found is None and hi < len(s.toks) - 1 and s.toks[hi].low in s.lex.count_links:  # "54 de persoane"
        found = _counted_noun(s, hi + 1)
        return None if found is None else (found[0], found[1], found[2], found[3] + " after a count's link word")
    if found is None and scaled and s.toks[hi].low in s.lex.unit_links:
        found = _counted_noun(s, hi + 1)
        return None if found is None else (found[0], found[1], found[2], found[3] + " after a scale's link word")
    if found is None and hi + 1 < len(s.toks) and s.toks[hi].low in s.lex.partitives:
        after = hi + 2 if s.toks[hi + 1].low in s.lex.determiners else hi + 1  # "three of the company's directors"
        if after < len(s.toks) and (after > hi + 1 or is_capitalised(s.toks[after])):
            whole = _past_whole(s, after)
            found = _counted_noun(s, whole)
            if found is not None and (not is_capitalised(s.toks[found[1]]) or found[3].startswith("model name")):
                return found[0], found[1], found[2], found[3] + " after a partitive" + (" (of a whole)" * (whole > after))
            return None
    return found


def _count_after(s: Sentence, hi: int) -> tuple[str, int, int, str] | None:
    """The subject a number is the value of, after its verb: "desciende a 290 el número de cascos azules",
    "sale a 800 il numero dei dipendenti" (``COUNT_NOUNS`` after a determiner, then a partitive)."""
    toks = s.toks
    if hi + 3 >= len(toks) or toks[hi].low not in s.lex.determiners or toks[hi + 1].low not in s.lex.count_nouns:
        return None
    if toks[hi + 2].low not in s.lex.partitives:
        return None
    found = _counted_noun(s, hi + 3)
    return None if found is None else (found[0], found[1], found[2], found[3] + " of the count after the number")


def _past_whole(s: Sentence, i: int) -> int:
    """Past the number of the whole a share is taken from, where one follows within two words:
    "4.2 million of Innopac's 13.8 million common shares" counts shares; else ``i``."""
    for j in range(i, min(len(s.toks), i + 3)):
        tok = s.toks[j]
        if tok.number >= 0:  # a bare run of digits may be a model: "20 of Boeing's larger 777 planes"
            num = s.numbers[tok.number]  # but not right after the partitive's determiner: "of the 159 members"
            counted = not num.text.isdigit() or (j == i and s.toks[i - 1].low in s.lex.determiners)
            return token_range(s.toks, num)[1] if counted else i
        if tok.text in PUNCT_STOP:
            break
    return i


def _counted_noun(s: Sentence, hi: int) -> tuple[str, int, int, str] | None:
    lex, toks = s.lex, s.toks
    window_end = hi
    while window_end < min(len(toks), hi + 5):
        tok = toks[window_end]
        if tok.low in lex.coordinators and window_end > hi and _content(toks, window_end + 1, lex):
            window_end += 1  # "36 member and partner countries"
            continue
        if not _content(toks, window_end, lex):
            named = window_end + 1 < len(toks) and is_capitalised(toks[window_end + 1])  # "787 Dreamliner"
            bare = window_end > hi and tok.text.isdigit()  # "five new 737 aircraft": a model after a word
            model = tok.number >= 0 and (named or bare or any(is_capitalised(t) for t in toks[hi:window_end]))
            if not (model and _content(toks, window_end + 1, lex)):
                break  # a model number after a maker's name goes on: "Boeing's larger 777 planes"
        window_end += 1
    words = s.words(hi, window_end)
    ahead = s.words(hi, window_end + lex.max_phrase - 1)  # a table phrase may run on: "posti di lavoro"
    for i in range(len(words)):
        if i == 0 and lex.phrase(words, 0, lex.not_counted)[1]:
            return None
        key, size = lex.phrase(ahead, i, lex.measures)
        if size:
            return lex.measures[key], hi + i, hi + i + size, "table noun"
        measure = lex.measure_of(words[i])
        if measure:
            return measure, hi + i, hi + i + 1, "table noun (compound)"
    for i, word in enumerate(words):
        noun = lex.nouns_capitalised and plural_noun(word, lex)  # German: "20 oder 30 Kinder betreuen"
        if toks[hi + i].text[:1].isupper() and i + 1 < len(words) and not noun:
            continue  # a capitalised word before more of the phrase names a maker or model: "Airbus A320 jets"
        if i + 2 < len(words) and toks[hi + i + 1].text[:1].isupper():
            continue  # an adjective before a maker's name: "22 nuevos Boeing 787 Dreamliners"
        if word in lex.adjectives and i + 1 < len(words):
            continue  # an adjective before the noun, plural like it: "veinte nuevos jets"
        text = toks[hi + i].text.lower()  # Dutch plurals with an apostrophe: "auto's" (its ``low`` drops the "'s")
        elided = any(x[:1] in "'’" and text.endswith(x) and len(text) > len(x) + 2 for x in lex.plural_suffixes)
        lower_noun = lex.nouns_capitalised and toks[hi + i].text[:1].islower()  # "1079 zu 1053 sicher besiegten"
        verb = lex.participle(word)  # "werd ... 1,9 miljard uitgetrokken"
        if (plural_noun(word, lex) or elided) and not lower_noun and not verb:
            return _model_kind(s, hi, hi + i) or (lex.singular(word), hi + i, hi + i + 1, "plural noun after the number")
        model = i > 0 and toks[hi + i - 1].number >= 0 and word not in lex.not_counted  # not "13 bis 16 Uhr"
        if i + 1 == len(words) and model and toks[hi + i].text[:1].isupper():
            found = _model_kind(s, hi, hi + i)  # "14 de los nuevos 787 Dreamliner"
            return found or (word, hi + i, hi + i + 1, "model name after a model number")
    return None


def _model_kind(s: Sentence, hi: int, k: int) -> tuple[str, int, int, str] | None:
    """What a model counted after a number is, where the text says it: a model ("777s", "A320s", a
    capitalised name after a maker or model number: "Boeing 787 Dreamliners") is no counted noun,
    and series of "737", "a320" or "787" beside Boeing's "aircraft" told a reader nothing. The kind is
    the table noun in apposition after it ("22 nuevos Boeing 787 Dreamliners, un avión"), the noun a
    bracketed list details ("30 short-haul aircraft (24 A320s and 6 A321s)"), or the noun the same
    model is written before elsewhere in the document ("787 Dreamliner aircraft" in a headline).
    None where the text never says it: the model stays the measure as written."""
    toks, lex = s.toks, s.lex
    tok = toks[k]
    named = k > hi and (toks[k - 1].number >= 0 or toks[k - 1].text[:1].isupper())
    if not (any(c.isdigit() for c in tok.text) or (named and tok.text[:1].isupper() and not lex.nouns_capitalised)):
        return None
    rule = "model of the kind the text names"
    after = [t for t in toks[k + 1 : k + 4] if t.low not in lex.determiners]
    if len(after) > 1 and after[0].text == "," and (kind := _kind_noun(lex, after[1].low)):
        return kind, k, k + 1, rule + " (apposition)"
    opening = next((j for j in range(hi - 1, max(0, hi - 9), -1) if toks[j].text in "()"), None)
    if opening and toks[opening].text == "(" and (kind := lex.measure_of(toks[opening - 1].low)):
        return kind, k, k + 1, rule + " (a list in brackets)"
    stem, text = re.sub(r"(['’]?s)$", "", tok.text), s.doc.text
    for match in re.finditer(rf"(?<![\w-]){re.escape(stem)}(?![\w])", text):
        after = re.findall(r"[\w'’]+|[^\w\s]", text[match.end() : match.end() + 60])[:3]
        before = re.findall(r"[\w'’]+|[^\w\s]", text[max(0, match.start() - 40) : match.start()])[-2:][::-1]
        for words, where in ((after, "before"), (before, "after")):  # "787 aircraft"; "aviones (Boeing) 737"
            for word in words:
                if not word[0].isalnum():
                    break
                if kind := lex.measure_of(word.lower()):
                    return kind, k, k + 1, rule + f" (the noun it is written {where} elsewhere)"
    return None


def _kind_noun(lex: Lexicon, word: str) -> str | None:
    """The measure of a table noun, also written in the singular ("an aircraft", "un avión")."""
    return lex.measure_of(word) or next((m for noun, m in lex.measures.items() if lex.singular(noun) == word), None)


def _content(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` may be part of a counted noun phrase (a model number in a name may)."""
    if i >= len(toks):
        return False
    tok = toks[i]
    if tok.number >= 0:
        return i > 0 and capitalised_id(toks[i - 1], lex) and _content(toks, i + 1, lex)
    return not (tok.text in PUNCT_STOP or tok.low in lex.function_words)


def _measure_before(s: Sentence, lo: int) -> tuple[str, int, int, str] | None:
    """A table noun before the number, joined by a link word: "troop presence to 4.500"."""
    lex = s.lex
    link = lo - 1 - qualifier(s, lo)[1]
    if link < 0 or s.toks[link].low not in lex.back_links:
        return None
    if link > 0 and unsaid(s, link - 1):
        return lex.unsaid_measures[s.toks[link - 1].low], link - 1, link, "noun left unsaid (a crew of six)"
    for i in range(link - 1, max(s.clause[link], link - 10) - 1, -1):
        measure = lex.measure_of(s.toks[i].low)
        if measure:
            return measure, i, i + 1, "table noun before a link word"
    return None


def _unsaid_price(s: Sentence, hi: int) -> tuple[str, int, int, str] | None:
    """A scaled amount with nothing counted after it, then a rate word and a word, is a price whose
    currency the sentence leaves unsaid (``money``), never the count of a noun before it: "800 orders
    at 200 million per aircraft", "800 ordini a 200 milioni per aereo" had made the price a count of
    orders, and put it in Boeing's series of orders. (An unscaled "the rate of 10 per month" still
    counts the noun before it.)"""
    toks = s.toks
    if not (0 < hi < len(toks) - 1 and toks[hi - 1].low in s.lex.scales and toks[hi].low in s.lex.rate_words):
        return None
    if toks[hi + 1].number >= 0 or toks[hi + 1].text in PUNCT_STOP:
        return None
    return UNSAID_MONEY, hi, hi, "a price per piece (currency unsaid)"


def _index_points(s: Sentence, lo: int, hi: int) -> tuple[str, int, int, str] | None:
    """A bare number after a stock index moves counts points: "The Nasdaq Composite Index tumbled 5.39,
    or 1.2% to 452.76" (the index may be named before the clause)."""
    lex, toks = s.lex, s.toks
    if lo == 0 or (toks[lo - 1].low not in lex.subject_verbs and toks[lo - 1].low not in lex.index_links):
        return None
    named = any(n.end <= toks[lo].start and n.text.split()[-1].lower() in lex.index_words for n in s.names)
    return ("point", hi, hi, "points of the index named before") if named else None


def _price_move(s: Sentence, lo: int, hi: int) -> tuple[str, int, int, str] | None:
    """Bare numbers after a name and a verb of a price's move are a share price in the table's currency:
    "Kirschner Medical fell 4 to 15", "Weisfield's rocketed 9 1/2 to 39" (the second after "to")."""
    lex, toks = s.lex, s.toks
    k = lo - 1
    if k >= 2 and toks[k].low in lex.range_links and toks[k - 1].number >= 0:
        k = token_range(toks, s.numbers[toks[k - 1].number])[0] - 1  # the move's "to 15": back to its verb
    if k < 1 or toks[k].low not in lex.price_moves:
        return None
    named = any(n.end == toks[k - 1].end for n in s.names)
    return ("money:" + lex.price_currency, hi, hi, "share price moved by a named stock") if named else None


def _place(s: Sentence, lo: int, hi: int, subject: Name | None) -> tuple[Name | None, str]:
    toks = s.toks
    c_lo, c_hi = toks[s.clause[lo]].start, clause_end(s, lo)
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


def _as_of(s: Sentence, lo: int) -> AsOf | None:
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


def _kind(s: Sentence, lo: int, negation: bool, as_of: AsOf | None) -> str:
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


def _range_measure(s: Sentence, hi: int) -> tuple[str, int, int, str] | None:
    """A range's first number counts what its second does: "7,000 to 8,000 employees", also behind
    the second's scale word and its link ("entre 750.000 y 1,5 millones de empleos")."""
    if hi + 1 >= len(s.toks) or s.toks[hi].low not in s.lex.range_links or s.toks[hi + 1].number < 0:
        return None
    index, end = s.toks[hi + 1].number, hi + 1
    while end < len(s.toks) and s.toks[end].number == index:
        end += 1
    found = _measure_after(s, end)
    return None if found is None else (found[0], found[1], found[2], found[3] + " (range)")


def _range_second(s: Sentence, num: Number, hi: int) -> tuple[str | None, float]:
    """What a range's first number takes from its second: the unit written after the second, and its
    scale word where the first has none and stays below it ("tussen 10 en 100 miljoen frank" is 10
    million francs to 100 million; "$12 to 20 million"; "between 500 and 1 million" keeps 500)."""
    if hi + 1 >= len(s.toks) or s.toks[hi].low not in s.lex.range_links or s.toks[hi + 1].number < 0:
        return None, 1.0
    second = s.numbers[s.toks[hi + 1].number]
    end = token_range(s.toks, second)[1]
    after = _unit_after(s, end) if second.unit is None else None
    unit = second.unit or (after[0] if after else None)
    scale = s.lex.scales.get(second.text.split()[-1].lower(), 1) if not second.spelled else 1
    scale *= after[2] if after else 1.0  # "between 65 and 75 cents": 0.65
    own = num.text.split()[-1].lower() in s.lex.scales
    if num.unit is not None and num.unit != unit:
        return None, 1.0  # a move, not a range: "slipped 5% to #89.7 million"
    if scale < 1:  # a currency's fraction: "between 65 and 75 cents"
        return unit, scale
    factor = scale if scale > 1 and not own and num.value * scale <= 10 * second.value else 1.0  # "Between 4.75 and 3.13 million"
    return unit, factor


def _elided(s: Sentence, lo: int, hi: int) -> bool:
    """A number whose counted noun is left out after a link word, a verb may follow it: "259 people ...
    and 11 on the ground", "killed more than 250 people and injured over 5,000"."""
    link = lo - 1 - qualifier(s, lo)[1]
    between = common_word(s.toks[link], s.lex) or s.toks[link].low in s.lex.function_words  # "frente al 87,91"
    if link > 0 and between and s.toks[link - 1].low in s.lex.ellipsis_links:
        link -= 1
    if link < 0 or s.toks[link].low not in s.lex.ellipsis_links:
        return False
    return hi >= len(s.toks) or s.toks[hi].text in PUNCT_STOP or s.toks[hi].low in s.lex.function_words


def _listed_move(s: Sentence, lo: int, head: Figure | None) -> tuple[str, int, int, str] | None:
    """A bare number after a word of a move, in a list whose first figure counts something, counts the
    same (a unit written later is that item's own): "wheat up 595,400 tonnes old, nil new; corn up 1,900
    old, up 319,600 new; upland cotton up 50,400 bales new; barley up 1,700 old" (tonnes)."""
    k = lo - 1 - qualifier(s, lo)[1]
    if k < 0 or s.toks[k].low not in s.lex.move_words or head is None:
        return None
    return head.measure, lo, lo, "counted noun of the list's first figure (a list of moves)"


def _of_them(s: Sentence, hi: int, before: Figure | None) -> tuple[str, int, int, str] | None:
    """A count before a partitive pronoun counts what the figure before in the sentence counts ("427
    fugitives ... 133 of them"), unless a noun of its own follows ("twenty six of them women")."""
    toks = s.toks
    if hi + 1 >= len(toks) or toks[hi].low not in s.lex.partitives or toks[hi + 1].low not in s.lex.partitive_pronouns:
        return None
    own = hi + 2 < len(toks) and common_word(toks[hi + 2], s.lex) and plural_noun(toks[hi + 2].low, s.lex)
    if own:  # "only twenty six of them women"
        noun = toks[hi + 2].low
        return s.lex.measure_of(noun) or s.lex.singular(noun), hi + 2, hi + 3, "noun after a partitive pronoun"
    if before is None or not before.measure_span or before.measure.startswith("money:"):
        return None
    return before.measure, hi, hi, "counted noun of the figure before (a partitive pronoun)"


_SAME_CURRENCY = "currency of the amount before (left out)"


def _counted(
    s: Sentence, num: Number, lo: int, hi: int, before: Figure | None, head: Figure | None
) -> tuple[str, int, int, str] | None:
    """What a number with no unit written with it counts: (measure, first token, end token, rule), or
    None where nothing is counted or the count is a ratio's."""
    found = _measure_after(s, hi) or _unsaid_price(s, hi)
    found = found or _measure_before(s, lo) or _range_measure(s, hi) or _index_points(s, lo, hi)
    found = found or _price_move(s, lo, hi)
    if found is None and before is not None and before.measure_span and _elided(s, lo, hi):
        found = before.measure, hi, hi, "counted noun of the figure before (left out)"
    found = found or _of_them(s, hi, before) or _listed_move(s, lo, head) or _people_unsaid(s, num, lo, hi)
    if found is None and before is not None and _same_currency(s, num, hi, before):
        return before.measure, hi, hi, _SAME_CURRENCY
    return None if found is None or _rate_of(s, found[2], found[0]) else found


def _rate_of(s: Sentence, m_hi: int, measure: str) -> bool:
    """A count before a rate's base is a ratio, no figure ("6,5 atletas por cada una de las 2.500 casas",
    "two doctors per 1,000 people"); a price per piece stays one ("$5 per share")."""
    toks, lex = s.toks, s.lex
    if measure.startswith(("money", "percent")) or m_hi >= len(toks):
        return False
    k = m_hi + (toks[m_hi].low in lex.rate_words and m_hi + 1 < len(toks) and toks[m_hi + 1].low in lex.denominators)
    if toks[k].low not in lex.denominators:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and (nxt.number >= 0 or nxt.low in lex.number_words or nxt.low in lex.determiners)


def _same_currency(s: Sentence, num: Number, hi: int, before: Figure | None) -> bool:
    """A scaled amount with nothing counted after it, in a sentence whose amount before names a currency,
    is in that currency ("La emisión será de 10.000 millones de pesetas y repartirá en premios 7.000
    millones", "a surplus of 1.2 billion kuna ... after 40 million were settled")."""
    if before is None or not before.measure.startswith("money:") or num.unit is not None or num.spelled:
        return False
    scaled = num.text.split()[-1].lower() in s.lex.scales
    nxt = s.toks[hi] if hi < len(s.toks) else None
    return scaled and (nxt is None or not common_word(nxt, s.lex) or not plural_noun(nxt.low, s.lex))


def _people_unsaid(s: Sentence, num: Number, lo: int, hi: int) -> tuple[str, int, int, str] | None:
    """A count with no noun that stands for persons: a small spelled number after a definite article and
    before a verb ("the two raised $350 million", as "The two were removed"), or a bare number before a
    relative for persons ("ca 80 som bor i Tafjord", ``PERSON_RELATIVES``)."""
    toks, lex = s.toks, s.lex
    if hi >= len(toks) or num.unit is not None:
        return None
    nxt = toks[hi]
    if nxt.low in lex.person_relatives and nxt.text[:1].islower():
        return "people", hi, hi, "people left unsaid (a relative for persons after the count)"
    definite = lo > 0 and toks[lo - 1].low in lex.definites and num.spelled and num.value <= 20
    verb = nxt.low in lex.subject_verbs or nxt.low in lex.speech_verbs or nxt.low.endswith(lex.past_endings or ("\0",))
    if definite and nxt.text[:1].islower() and (verb or nxt.low in lex.speech_auxiliaries):
        return "people", hi, hi, "people left unsaid (the two before a verb)"
    return None


def _figure(
    s: Sentence, num: Number, lo: int, hi: int, negation: bool, before: Figure | None = None,
    head: Figure | None = None,
) -> Figure | None:
    doc = s.doc
    why: dict[str, str] = {}
    unit = num.unit or _unit_before(s, lo)
    ranged_unit, factor = _range_second(s, num, hi)
    unit_size, value = 0, num.value
    if unit is None and ranged_unit is not None:
        unit = ranged_unit
    elif unit is None:
        found_unit = _unit_after(s, hi)
        if found_unit:
            unit, unit_size, factor = found_unit
            value = price_value(num, s.lex) if unit.startswith("money:") else value
    if unit:
        measure, m_lo, m_hi = unit, hi, hi + unit_size
        why["measure"] = "unit written with the number"
    else:
        found = _counted(s, num, lo, hi, before, head)
        if found is None or (negation and found[1] != hi):
            return None
        measure, m_lo, m_hi, why["measure"] = found
        unit = measure if found[3] == _SAME_CURRENCY else None
    end = s.toks[hi - 1 + unit_size].end if unit_size else num.end
    subject, rule = choose_owner(s, lo, hi, measure, m_lo, m_hi, s.owner)
    if subject:
        why["subject"] = rule
    place, rule = _place(s, lo, hi, subject)
    if place:
        why["place"] = rule
    as_of = _as_of(s, lo)
    measure_span = span(doc, s.toks[m_lo].start, s.toks[m_hi - 1].end) if m_hi > m_lo and not unit else None
    return Figure(
        text=doc.text[num.start : end], start=num.start, end=end, value=value * factor, measure=measure,
        kind=_kind(s, lo, negation, as_of), unit=unit, measure_span=measure_span,
        qualifier=qualifier(s, lo)[0], subject=_name_span(doc, subject), place=_name_span(doc, place),
        as_of=as_of, sentence=(s.start, s.end), why=why,
    )  # fmt: skip


def _name_span(doc: Document, name: Name | None) -> Argument | None:
    return None if name is None else span(doc, name.start, name.end, name.canonical)


def _negations(s: Sentence) -> list[Number]:
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
    owner: str = DEFAULT_MODE,
) -> list[Figure]:
    """The figures of one sentence: its ``numbers``, of which ``counts`` may be figures; ``owner``
    says how owners are chosen (``ranker.MODES``)."""
    start, end = bounds
    toks = tokenize(doc.text, start, end, lex.elisions)
    for n_index, num in enumerate(numbers):
        for tok in toks:
            if num.start <= tok.start < num.end:
                tok.number = n_index
    s = Sentence(doc, lex, start, end, toks, clause_bounds(toks, lex), numbers, layers, owner=owner)
    out: list[Figure] = []
    for num in counts:
        lo, hi = token_range(toks, num)
        if not _named_by(s, num, lo, hi):
            head = next((f for f in out if f.measure_span and f.measure != "percent"), None)  # a list's first count
            fig = _figure(s, num, lo, hi, negation=False, before=out[-1] if out else None, head=head)
            if fig is not None:
                out.append(fig)
    for num in _negations(s) if negation else ():
        lo, hi = token_range(toks, num)
        fig = _figure(s, num, lo, hi, negation=True)
        if fig is not None:
            out.append(fig)
    out.sort(key=lambda f: f.start)
    return _restated(doc, _carried_subjects(doc.text, _without_models(out), lex))


def _carried_subjects(text: str, figures: list[Figure], lex: Lexicon) -> list[Figure]:
    """A figure without a subject takes the one of the figure before it in the sentence with the same
    measure: "Delta posted net income of $133.1 million, ..., up from $100 million"; not across a
    semicolon, which opens a main clause of its own ("Fidelity's junk fund has fallen 2.08% ...; the
    Vanguard fund rose 1.84%")."""
    for prev, fig in zip(figures, figures[1:]):
        same = prev.measure == fig.measure and ";" not in text[prev.end : fig.start] and not _opens_clause(text, fig, lex)
        if fig.subject is None and prev.subject is not None and same:
            fig.subject = prev.subject
            fig.why["subject"] = "subject of the figure before, same measure"
        elif fig.subject is None and prev.subject is not None and _share_in_apposition(text, prev, fig):
            fig.subject = prev.subject
            fig.why["subject"] = "subject of the move the share restates"
        elif same and prev.why.get("subject") == "possessive before the number" and _moved_to(text, prev, fig, lex):
            fig.subject = prev.subject  # "boosts Nestle's 7% share of the U.S. candy market to 12%"
            fig.why["subject"] = "owner of the figure it moves from"
    return figures


def _opens_clause(text: str, fig: Figure, lex: Lexicon) -> bool:
    """Whether a clause word (``CLAUSE_WORDS``, no coordinator: "gave Patriot 13 percent ... but 40 percent" goes
    on) stands right before the figure, perhaps with its qualifier: "..., mens 40 prosent sa" opens a clause of
    its own, the figure its subject, no one's carried over."""
    start = fig.qualifier.start if fig.qualifier is not None else fig.start
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].lower() in lex.clause_words and words[-1].lower() not in lex.coordinators


def _moved_to(text: str, prev: Figure, fig: Figure, lex: Lexicon) -> bool:
    """Whether ``fig`` is where a possessed figure before it moves to: a move's link word (``INDEX_LINKS``)
    right before it, in the same clause (no comma, colon or semicolon between)."""
    between = text[prev.end : fig.start]
    words = between.split()
    return bool(words) and words[-1].lower() in lex.index_links and not any(c in between for c in ",;:")


def _share_in_apposition(text: str, prev: Figure, fig: Figure) -> bool:
    """A share set off by a comma right after a move restates it: "ganó hoy 53,80 puntos, el 0,52 por ciento",
    "tumbled 5.39, or 1.2%" (a comma and at most a short word between)."""
    end = max(prev.end, prev.measure_span.end if prev.measure_span else 0)
    between = text[end : fig.start].strip()
    return fig.measure == "percent" and between.startswith(",") and len(between) <= 4


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


def document_figures(doc: Document, lex: Lexicon, owner: str = DEFAULT_MODE) -> list[Figure]:
    """Every figure of a document; a figure without a place gets the document's focus place.
    ``owner`` says how owners are chosen (``ranker.MODES``)."""
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
            figures.extend(sentence_figures(doc, lex, (start, end), layers, inside, counts, negation, owner))
    if any(f.place is None for f in figures):
        focus = focus_place(doc, lex)
        for fig in figures:
            if fig.place is None and focus is not None and focus.canonical != (fig.subject and fig.subject.canonical):
                fig.place = _name_span(doc, focus)
                inside = fig.sentence[0] <= focus.start < fig.sentence[1]  # "di Larissa, Greece": stated
                fig.why["place"] = "the document's place, named in the sentence" if inside else INFERRED_PLACE
    return figures
