"""One language's figures tables, compiled: phrase lookups and the number pattern.

The tables (``storyline/lang/<code>/figures.py``) are plain data; this module turns one of them into
what the extractor needs at speed: lower-cased phrase dictionaries keyed by word count, and one
compiled regular expression that finds numbers written in digits (with currency sign, scale word,
percent sign) or in words. A language without a table borrows English's, so digits, "%" and "$"
are still read everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from ..lang import table

SPACES = " \u00a0\u202f\u2009"
# Digit groups, tried in order: "12,000", "11.000", "12 000", then plain or decimal "25.4", "4".
DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])"
    rf"|\d{{1,3}}(?:[{SPACES}]\d{{3}})+(?![\d])(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?"
)
BEFORE = r"(?<![\w@#/:.,])(?<![\w@#/:.,\-]-)(?<!\w['’])"  # a sign after a space or bracket opens one: "(-12 por ciento)"
AFTER = r"(?![\w/'’\"”\-]|[.,:]\d)"  # "3:15" is a time, "$25,000: Take out" an amount
MONEY_AFTER = r"(?![\w/'’\"”]|[.,:]\d)"  # an amount may run on with a hyphen: "$24-a-share"
CURRENCY_SIGNS = r"US\$|us\$|R\$|C\$|A\$|HK\$|[$€£¥]"


@dataclass(slots=True, frozen=True)
class Lexicon:
    """A language's figures tables, ready for matching (built once per language)."""

    lang: str
    decimal: str
    number_words: dict[str, float]
    scales: dict[str, float]
    weak_numbers: frozenset[str]
    negations: frozenset[str]  # lower case
    qualifiers: dict[str, str]
    measures: dict[str, str]
    compound_measures: bool
    percent: frozenset[str]
    currencies: dict[str, str]
    scaled_currencies: dict[str, str]  # money only after a scale word: "12.5 million pounds" (not "236 pounds")
    not_counted: frozenset[str]
    plural_suffixes: tuple[str, ...]  # empty when the tables are borrowed: no guessing at nouns
    irregular_plurals: dict[str, str]
    singular_rules: tuple[tuple[str, str], ...]
    months: dict[str, int]
    weekdays: frozenset[str]
    age_cues: frozenset[str]
    id_cues: frozenset[str]
    group_labels: frozenset[str]
    time_cues: frozenset[str]
    function_words: frozenset[str]
    titles: frozenset[str]
    index_words: frozenset[str]  # "Nasdaq Composite Index": a number it moves by counts points
    index_links: frozenset[str]
    staff_verbs: frozenset[str]  # "laying off 300 people": people an employer has
    corporate_suffixes: frozenset[str]  # "Co", "Inc": a possessive before them is inside the name
    place_prepositions: frozenset[str]
    owner_prepositions: frozenset[str]
    back_links: frozenset[str]
    elisions: tuple[str, ...]  # "d'", "l'": glued before a word, left out of its lower-case form
    count_links: frozenset[str]  # "54 de persoane": a word between a number and its counted noun
    rate_words: frozenset[str]  # "200 million per aircraft": a price, not a count of the noun before
    denominators: frozenset[str]  # "uno por cada mil habitantes": the number after them is a rate's base
    coordinators: frozenset[str]
    clause_words: frozenset[str]
    plan_cues: dict[str, str]
    past_cues: dict[str, str]
    relative_times: dict[str, tuple[str, int]]
    time_modifiers: dict[str, str]
    since_words: frozenset[str]
    deadline_words: frozenset[str]
    aliases: dict[str, str]
    organisations: frozenset[str]
    units: dict[str, str]  # unit abbreviations, glued to the digits or not ("30GB", "17 km")
    unsaid_measures: dict[str, str]  # "a crew of six": the noun before a link word says what is counted
    goods: frozenset[str]  # measures of made things: a name inside their phrase is the maker
    unowned: frozenset[str]  # measures no clause subject owns (lengths, weights, sizes)
    populations: frozenset[str]  # "90 percent of the population": a population's make-up, nobody's share
    offers: frozenset[str]  # "a $10-a-share tender offer for ... Dataproducts": the target's price
    offer_links: frozenset[str]  # the word after the offer before its target ("for")
    orders: frozenset[str]  # "an order from Qatar Airways for up to 60 jets": the buyer's things
    order_links: frozenset[str]  # the word after the order before its buyer ("from")
    prepositions: frozenset[str]  # a name after one is no clause subject
    determiners: frozenset[str]  # a clause opening with one has a subject of its own
    subject_openers: frozenset[str]  # words that open a clause whose subject follows ("that")
    partitives: frozenset[str]  # "20 of Boeing's planes"
    partitive_pronouns: frozenset[str]  # "133 of them": the figure before's things, else people
    infinitives: frozenset[str]  # "expects Acme to report": the name before one is the infinitive's subject
    head_links: frozenset[str]  # "Sales at Acme rose 5%": besides a partitive, links a clause's head to its name
    ellipsis_links: frozenset[str]  # "259 people ... and 11 on the ground"
    currency_fractions: dict[str, tuple[str, float]]  # "35 cents": (currency, factor)
    unit_links: frozenset[str]  # "millones de dólares"
    place_adjectives: tuple[str, ...]  # endings of names that say where, not who ("New York-based")
    verb_endings: tuple[str, ...]  # endings of a present-tense verb after a singular subject ("negotiates")
    deals: frozenset[str]  # "a $40 billion contract": a price both parties share, nobody's own
    worth: frozenset[str]  # words between a deal and its price: "a deal worth $5 billion", "por valor de"
    recipient_prepositions: frozenset[str]  # "supply 179 tankers to the US Air Force": the buyer's
    possessives: frozenset[str]  # "his", "its": the last possessive name before is the owner
    relatives: frozenset[str]  # "employees that Unisys said would be laid off": the clause's subject has them
    supply_verbs: frozenset[str]  # "supply the US Air Force with 179 tankers": the supplied one's
    supply_links: frozenset[str]
    labels: frozenset[str]  # first words of labels, not owners: "Class C warrants"
    role_openers: frozenset[str]  # "As a father of eight children, Castro said": the role is the subject's
    past_endings: tuple[str, ...]  # "the 28,000 systems Sun shipped": a verb after the name, no relative word
    adjectives: frozenset[str]  # plural adjectives before a counted noun: "veinte nuevos jets"
    common_words: frozenset[str]  # words opening a sentence, never names: "Revenue declined"
    clause_speech_verbs: frozenset[str]  # verbs of speech that take a clause, never a figure ("said 70 percent of")
    group_adjectives: frozenset[str]  # capitalised adjectives of a faith, region or people, no holder: "Slavic"
    s_genitive: bool  # a name's genitive is a glued "-s" with no apostrophe ("Venstres velgere")
    name_adjectives: frozenset[str]  # adjectives before a modifying name: "A new Essex County task force"
    price_moves: frozenset[str]  # "Kirschner Medical fell 4 to 15": a share price's move, in price_currency
    price_currency: str
    give_verbs: frozenset[str]  # "gave Patriot 13 percent": the name after one gets the figure
    pronouns: frozenset[str]  # subject pronouns: "the stake it agreed to acquire" is the last name's
    range_links: frozenset[str]  # "7,000 to 8,000 employees": the first number counts what the second does
    subject_verbs: frozenset[str]  # words after a sentence's first word that make it a name ("Avon said")
    speech_verbs: frozenset[str]  # the quotes table's cues: "Nadeau said the sale of ..." (the sayer owns nothing)
    speech_auxiliaries: frozenset[str]  # the quotes table's words before a cue ("Nadeau also said")
    verb_second: bool  # main clauses put the finite verb second: "Op dit moment heeft Ryanair 91 vliegtuigen"
    finite_verbs: frozenset[str]  # finite verbs that may stand second, before a subject put after them
    finite_endings: tuple[str, ...]  # endings of other finite verbs there ("kondigde", "daalden")
    adverb_endings: tuple[str, ...]  # an adverb between a subject and its verb: "Boeing inizialmente aveva"
    clause_relatives: frozenset[str]  # relatives on a whole clause: "..., lo que suman 677 pedidos"
    stakes: frozenset[str]  # "a 10% stake in Beta": nouns of a holding
    stake_links: frozenset[str]  # "... stake in Beta", "un 7,9% en el consorcio Xfera": what the share is held in
    time_openers: frozenset[str]  # "Last year Russia ...": a time phrase before the subject
    particles: tuple[str, ...]  # Dutch separable particles: "uitgetrokken" after a number is a participle, no noun
    count_nouns: frozenset[str]  # "desciende a 290 el número de cascos azules": the noun after them counts
    subordinators: frozenset[str]  # "Als de Amerikanen ..., dan moet ...": a condition's subject is not the sentence's
    demonstratives: frozenset[str]  # "este Servicio": a capitalised noun after one points back, no name
    reflexives: frozenset[str]  # "Aldef se dedica a": a reflexive after a sentence's first word makes it a subject
    person_relatives: frozenset[str]  # "ca 80 som bor i Tafjord": a bare count before one counts people
    definites: frozenset[str]  # "the two countries": a small count after one refers back, nobody's
    name_joiners: frozenset[str]  # "Procter & Gamble": a sign joining two capitalised runs into one name
    move_words: frozenset[str]  # "corn up 1,900 old": a bare number after one counts what the list counts
    leads: frozenset[str]  # "Clinton likewise ahead by 3.7 points": the margin is the leader's
    margin_links: frozenset[str]  # the word before the margin ("by")
    nouns_capitalised: bool  # German: "die beiden Bände", "106 Punkten" are nouns, no names
    plural_verb_endings: tuple[str, ...]  # German: "Erwachsene zahlen": a plural verb after a capital, a noun
    number_re: re.Pattern[str]
    number_glue: tuple[str, ...]  # what joins number words written as one ("vierentwintig"); empty: never glued
    place_re: re.Pattern[str] | None
    max_phrase: int

    def phrase(self, words: list[str], start: int, mapping: Container[str]) -> tuple[str, int]:
        """The longest key of ``mapping`` starting at ``words[start]``: (key, word count) or ("", 0)."""
        for size in range(min(self.max_phrase, len(words) - start), 0, -1):
            key = " ".join(words[start : start + size])
            if key in mapping:
                return key, size
        return "", 0

    def phrase_ending(self, words: list[str], end: int, mapping: Container[str]) -> tuple[str, int]:
        """The longest key of ``mapping`` ending just before ``words[end]``: (key, word count)."""
        for size in range(min(self.max_phrase, end), 0, -1):
            key = " ".join(words[end - size : end])
            if key in mapping:
                return key, size
        return "", 0

    def measure_of(self, word: str) -> str | None:
        """The canonical measure of a counted noun, also as the end of a compound where allowed."""
        if word in self.measures:
            return self.measures[word]
        if self.compound_measures:
            for noun, measure in self.measures.items():
                if len(noun) >= 5 and len(word) > len(noun) + 2 and word.endswith(noun):
                    return measure
        return None

    def finite(self, word: str) -> bool:
        """Whether a lower-cased word is a finite verb: a table word or one with a finite ending."""
        ending = len(word) > 4 and bool(self.finite_endings) and word.endswith(self.finite_endings)
        return word in self.finite_verbs or ending

    def participle(self, word: str) -> bool:
        """A past participle with a separable particle ("uitgetrokken", "aangeworven", ``PARTICLES``)."""
        return any(word.startswith(p + "ge") and word.endswith(("en", "d", "t")) and len(word) > len(p) + 4
                   for p in self.particles)  # fmt: skip

    def singular(self, word: str) -> str:
        """A plural noun's singular by the table's suffix rules (good enough to name a measure)."""
        if word in self.irregular_plurals:
            return self.irregular_plurals[word]
        for suffix, repl in self.singular_rules:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                return word[: -len(suffix)] + repl
        return word


def _alternation(words: object) -> str:
    """A regex matching any of the phrases, built as a trie (sre then fails on the first letter).

    Each phrase also matches capitalised and upper-case ("Six million", "NATO"), so patterns need
    no IGNORECASE, which makes every literal comparison slower; a space matches any space or hyphen.
    """
    variants: set[str] = set()
    for word in (str(w) for w in words):  # type: ignore[attr-defined]
        variants.update((word, word[:1].upper() + word[1:], word.upper()))
    trie: dict[str, dict] = {}
    for word in variants:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [_char_pattern(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _char_pattern(char: str) -> str:
    return rf"[{SPACES}\-]+" if char == " " else re.escape(char)


def _number_pattern(module: ModuleType) -> re.Pattern[str]:
    words = _alternation(list(module.NUMBER_WORDS) + list(module.SCALES))
    units = getattr(module, "UNITS", {})
    glued = rf"(?P<glued>{_alternation(units)})?" if units else ""
    hyphened = [u for u in units if u.startswith("-")]  # "six-story" as "22-story"
    glued_words = rf"(?P<glued_words>{_alternation(hyphened)})?" if hyphened else ""
    scales = _alternation(module.SCALES)
    joiners = "".join(rf"{re.escape(j)}[{SPACES}]+|" for j in getattr(module, "NUMBER_JOINERS", ()))
    connector = rf"(?:[{SPACES}\-]+(?:{joiners.rstrip('|')})?)"
    glue = getattr(module, "NUMBER_GLUE", None)  # "tweehonderdvijftig", "vierentwintig", "dreiundzwanzig"
    if glue is not None:
        connector = rf"(?:{connector}|{_alternation([g for g in glue if g])}|)" if any(glue) else rf"(?:{connector}|)"
    # "#" is the pound sign where the table says so (the Wall Street Journal's "#89.7 million"),
    # only before a scaled amount: "#1" is a rank or a hashtag
    pound = rf"|#(?=[{SPACES}]?[\d.,]+[{SPACES}]?(?:{scales}))" if "#" in module.CURRENCIES else ""
    pattern = (
        rf"{BEFORE}(?:(?P<cur>{CURRENCY_SIGNS}{pound})[{SPACES}]?)?"
        rf"(?:(?P<num>{DIGITS})(?:[{SPACES}](?P<frac>[1357]/(?:2|4|8|16|32))(?![\d/]))?"
        rf"(?:[{SPACES}]?(?P<scale>{scales})(?![\w]))?{glued}"
        rf"|(?P<words>(?<![\w\-])(?:{words})(?:{connector}(?:{words}))*(?![\w])){glued_words}"
        rf")(?P<pct>[{SPACES}]?%)?(?(cur){MONEY_AFTER}|{AFTER})"
    )
    return re.compile(pattern)


def _place_pattern(prepositions: tuple[str, ...]) -> re.Pattern[str] | None:
    """A place preposition and the (up to three) words after it, the first capitalised: "in Afghanistan"."""
    if not prepositions:
        return None
    word = r"[^\W\d_][\w'’.\-]*"
    capital = r"[A-ZÀ-ÖØ-Þ]"  # names are capitalised: matching only those keeps the matches few
    return re.compile(
        rf"(?<!\w)(?:{_alternation(prepositions)})[{SPACES}]+({capital}[\w'’.\-]*(?:[{SPACES}]+{word}){{0,2}})"
    )


def _lower(mapping: dict[str, object]) -> dict[str, object]:
    return {str(k).lower(): v for k, v in mapping.items()}


def _cues(words: tuple[str, ...]) -> dict[str, str]:
    return {w.lower(): w for w in words}


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The compiled tables of ``lang`` (its fallback's, else English's).

    A language with no table of its own reads digits, signs and the English words; it does not guess
    counted nouns by English plural endings, which would mean nothing in its words.
    """
    module = table(lang, "figures")
    borrowed = module is None
    module = module or table("en", "figures")
    if module is None:  # pragma: no cover - English always ships
        raise RuntimeError("storyline/lang/en/figures.py is missing")
    phrases = [
        *getattr(module, "UNITS", {}), *module.NUMBER_WORDS, *module.QUALIFIERS, *module.MEASURES, *module.PERCENT,
        *module.PLAN_CUES, *module.PAST_CUES, *module.RELATIVE_TIMES, *module.ALIASES,
        *module.TIME_MODIFIERS,
    ]  # fmt: skip
    return Lexicon(
        lang=(lang or "en"),
        decimal=module.DECIMAL,
        number_words=_lower(module.NUMBER_WORDS),  # type: ignore[arg-type]
        scales=_lower(module.SCALES),  # type: ignore[arg-type]
        weak_numbers=frozenset(module.WEAK_NUMBERS),
        negations=frozenset(w.lower() for w in module.NEGATIONS),
        qualifiers=_lower(module.QUALIFIERS),  # type: ignore[arg-type]
        measures=_lower(module.MEASURES),  # type: ignore[arg-type]
        compound_measures=getattr(module, "COMPOUND_MEASURES", False),
        percent=frozenset(module.PERCENT),
        currencies=_lower(module.CURRENCIES),  # type: ignore[arg-type]
        scaled_currencies=_lower(getattr(module, "SCALED_CURRENCIES", {})),  # type: ignore[arg-type]
        not_counted=frozenset(module.NOT_COUNTED),
        plural_suffixes=() if borrowed else tuple(module.PLURAL_SUFFIXES),
        irregular_plurals=dict(module.IRREGULAR_PLURALS),
        singular_rules=tuple(module.SINGULAR_RULES),
        months=_lower(module.MONTHS),  # type: ignore[arg-type]
        weekdays=frozenset(module.WEEKDAYS),
        age_cues=frozenset(module.AGE_CUES),
        id_cues=frozenset(module.ID_CUES),
        group_labels=frozenset(module.GROUP_LABELS),
        time_cues=frozenset(module.TIME_CUES),
        function_words=frozenset(module.FUNCTION_WORDS),
        titles=frozenset(module.TITLES),
        index_words=frozenset(getattr(module, "INDEX_WORDS", ())),
        index_links=frozenset(getattr(module, "INDEX_LINKS", ())),
        staff_verbs=frozenset(getattr(module, "STAFF_VERBS", ())),
        corporate_suffixes=frozenset(x.rstrip(".") for x in getattr(module, "CORPORATE_SUFFIXES", ())),
        place_prepositions=frozenset(module.PLACE_PREPOSITIONS),
        owner_prepositions=frozenset(module.OWNER_PREPOSITIONS),
        back_links=frozenset(module.BACK_LINKS),
        rate_words=frozenset(getattr(module, "RATE_WORDS", ())),
        denominators=frozenset(getattr(module, "RATE_DENOMINATORS", ())),
        count_links=frozenset(getattr(module, "COUNT_LINKS", ())),
        elisions=tuple(e + q for e in getattr(module, "ELISIONS", ()) for q in "'’"),
        coordinators=frozenset(module.COORDINATORS),
        clause_words=frozenset(module.CLAUSE_WORDS),
        plan_cues=_cues(module.PLAN_CUES),
        past_cues=_cues(module.PAST_CUES),
        relative_times=_lower(module.RELATIVE_TIMES),  # type: ignore[arg-type]
        time_modifiers=_lower(module.TIME_MODIFIERS),  # type: ignore[arg-type]
        since_words=frozenset(module.SINCE_WORDS),
        deadline_words=frozenset(module.DEADLINE_WORDS),
        aliases=_lower(module.ALIASES),  # type: ignore[arg-type]
        organisations=frozenset(module.ORGANISATIONS),
        units=_lower(getattr(module, "UNITS", {})),  # type: ignore[arg-type]
        unsaid_measures=_lower(getattr(module, "UNSAID_MEASURES", {})),  # type: ignore[arg-type]
        goods=frozenset(getattr(module, "GOODS", ())),
        unowned=frozenset(getattr(module, "UNOWNED", ())),
        populations=frozenset(getattr(module, "POPULATIONS", ())),
        offers=frozenset(getattr(module, "OFFERS", ())),
        offer_links=frozenset(getattr(module, "OFFER_LINKS", ())),
        orders=frozenset(getattr(module, "ORDERS", ())),
        order_links=frozenset(getattr(module, "ORDER_LINKS", ())),
        prepositions=frozenset(getattr(module, "PREPOSITIONS", ())),
        determiners=frozenset(getattr(module, "DETERMINERS", ())),
        subject_openers=frozenset(getattr(module, "SUBJECT_OPENERS", ())),
        partitives=frozenset(getattr(module, "PARTITIVES", ())),
        partitive_pronouns=frozenset(getattr(module, "PARTITIVE_PRONOUNS", ())),
        head_links=frozenset(getattr(module, "HEAD_LINKS", ())),
        infinitives=frozenset(getattr(module, "INFINITIVES", ())),
        ellipsis_links=frozenset(getattr(module, "ELLIPSIS_LINKS", ())),
        currency_fractions=_lower(getattr(module, "CURRENCY_FRACTIONS", {})),  # type: ignore[arg-type]
        unit_links=frozenset(getattr(module, "UNIT_LINKS", ())),
        place_adjectives=tuple(getattr(module, "PLACE_ADJECTIVES", ())),
        subject_verbs=frozenset(getattr(module, "SUBJECT_VERBS", ())),
        speech_verbs=frozenset(getattr(table(lang, "quotes"), "CUES", ())) | frozenset(getattr(module, "SAYING", ())),
        speech_auxiliaries=frozenset(getattr(table(lang, "quotes"), "AUXILIARIES", ())),
        verb_second=getattr(module, "VERB_SECOND", False),
        finite_verbs=frozenset(getattr(module, "FINITE_VERBS", ())) | frozenset(getattr(module, "SUBJECT_VERBS", ())),
        finite_endings=tuple(getattr(module, "FINITE_ENDINGS", ())),
        adverb_endings=tuple(getattr(module, "ADVERB_ENDINGS", ())),
        clause_relatives=frozenset(getattr(module, "CLAUSE_RELATIVES", ())),
        subordinators=frozenset(getattr(module, "SUBORDINATORS", ())),
        count_nouns=frozenset(getattr(module, "COUNT_NOUNS", ())),
        particles=tuple(getattr(module, "PARTICLES", ())),
        time_openers=frozenset(getattr(module, "TIME_OPENERS", ())),
        stakes=frozenset(getattr(module, "STAKES", ())),
        stake_links=frozenset(getattr(module, "STAKE_LINKS", ())),
        demonstratives=frozenset(getattr(module, "DEMONSTRATIVES", ())),
        reflexives=frozenset(getattr(module, "REFLEXIVES", ())),
        name_joiners=frozenset(getattr(module, "NAME_JOINERS", ())),
        move_words=frozenset(getattr(module, "MOVE_WORDS", ())),
        leads=frozenset(getattr(module, "LEADS", ())),
        margin_links=frozenset(getattr(module, "MARGIN_LINKS", ())),
        nouns_capitalised=getattr(module, "NOUNS_CAPITALISED", False),
        s_genitive=getattr(module, "S_GENITIVE", False),
        group_adjectives=frozenset(getattr(module, "GROUP_ADJECTIVES", ())),
        clause_speech_verbs=frozenset(getattr(module, "CLAUSE_SPEECH_VERBS", ())),
        plural_verb_endings=tuple(getattr(module, "PLURAL_VERB_ENDINGS", ())),
        definites=frozenset(getattr(module, "DEFINITES", ())),
        person_relatives=frozenset(getattr(module, "PERSON_RELATIVES", ())),
        range_links=frozenset(getattr(module, "RANGE_LINKS", ())),
        possessives=frozenset(getattr(module, "POSSESSIVES", ())),
        relatives=frozenset(getattr(module, "RELATIVES", ())),
        pronouns=frozenset(getattr(module, "PRONOUNS", ())),
        give_verbs=frozenset(getattr(module, "GIVE_VERBS", ())),
        price_moves=frozenset(getattr(module, "PRICE_MOVES", ())),
        price_currency=getattr(module, "PRICE_CURRENCY", "USD"),
        common_words=frozenset(getattr(module, "COMMON_WORDS", ())),
        name_adjectives=frozenset(getattr(module, "COMMON_WORDS", ())) | frozenset(getattr(module, "ADJECTIVES", ())),
        adjectives=frozenset(getattr(module, "ADJECTIVES", ())),
        past_endings=tuple(getattr(module, "PAST_ENDINGS", ())),
        role_openers=frozenset(getattr(module, "ROLE_OPENERS", ())),
        labels=frozenset(getattr(module, "LABELS", ())),
        supply_verbs=frozenset(getattr(module, "SUPPLY_VERBS", ())),
        supply_links=frozenset(getattr(module, "SUPPLY_LINKS", ())),
        deals=frozenset(getattr(module, "DEALS", ())),
        worth=frozenset(getattr(module, "WORTH", ())),
        recipient_prepositions=frozenset(getattr(module, "RECIPIENT_PREPOSITIONS", ())),
        verb_endings=tuple(getattr(module, "VERB_ENDINGS", ())),
        number_re=_number_pattern(module),
        number_glue=tuple(getattr(module, "NUMBER_GLUE", ())),
        place_re=_place_pattern(module.PLACE_PREPOSITIONS),
        max_phrase=max(len(p.split()) for p in phrases),
    )
