"""Variant rules that need evidence from other names: genitives, short forms, acronyms.

:func:`resolve` takes normalised names (with their type and language) and decides which of them are
variants of another, by rules applied in order, each one a dictionary lookup (blocking by stem, by
last token, by initials), so the cost stays linear in the number of distinct names:

1. ``genitive``: "Natos" is "Nato" when "Nato" is also a name here (languages with a bare -s
   genitive only: ``GENITIVE`` in ``storyline/lang/<code>/entities.py``); "Afghanistans" is the
   country Afghanistan whether or not the bare form occurs. ``inflected-country``: a one-word
   place that is a country's CLDR name in any locale with a case ending ("Украины", "Канаде") is
   that country.
2. ``short-form``: a one-word person name is the one full name ending (or starting) with that word,
   if exactly one such full name is known ("Stoltenberg" -> "Jens Stoltenberg"), or, over a
   corpus, the full name ending with it that holds ``DOMINANT`` of the mentions of all of them
   ("Trump" -> "Donald Trump", not Ivanka or Melania Trump); a middle initial first joins a
   full name to the same name without it ("Donald J. Trump" -> "Donald Trump").
3. ``acronym``: a multi-word name whose capitalised words' initials spell a one-word upper-case
   name is that name ("North Atlantic Treaty Organization" -> "NATO").
4. ``spelling``: one-word names of the same type from *different* languages that differ by one
   letter, seven letters or more ("Brussel" / "Brussels"), blocked by type and first three letters;
   the more mentioned spelling is kept.
   Within one language a one-letter difference is as likely another name, so it is left alone.

The same function serves one document (in :func:`storyline.entities.annotate`) and a whole corpus
(in :mod:`.merge`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .lexicon import misc_words
from .names import COUNTRY, NAME, Name, strip_genitive


@dataclass(slots=True, frozen=True)
class Named:
    """One distinct name to resolve: its normalised form, its (majority) type, its language and
    how many mentions it stands for (the more frequent spelling wins a ``spelling`` merge)."""

    name: Name
    type: str
    lang: str | None
    weight: int = 1


def _genitives(items: list[Named], keys: dict[int, str], rules: dict[int, str]) -> None:
    """Rule 1: strip a genitive -s when the stem is a known name or a country."""
    known = set(keys.values())
    for i, item in enumerate(items):
        stem = strip_genitive(item.name, item.lang, known - {keys[i]})
        if stem is not None:
            keys[i] = stem.key
            rules[i] = stem.rule


def _last_words(items: list[Named], keys: dict[int, str]) -> dict[str, set[str]]:
    """Full person names (two words or more) by their last and first word: the short-form block."""
    block: dict[str, set[str]] = defaultdict(set)
    for i, item in enumerate(items):
        words = keys[i][len(NAME) :].split() if keys[i].startswith(NAME) else []
        if item.type == "PER" and len(words) >= 2:
            block[words[-1]].add(keys[i])
            block[words[0]].add(keys[i])
    return block


DOMINANT = 0.8  # share of the mentions a full name needs to take a surname shared with others


def _middle_initials(items: list[Named], keys: dict[int, str], rules: dict[int, str]) -> None:
    """Rule 2a: "Donald J. Trump" is "Donald Trump", and "Crooked Hillary Clinton" (an epithet
    the tagger took in) is "Hillary Clinton", when that name is known too and at least as
    frequent."""
    weight: dict[str, int] = defaultdict(int)
    for i, item in enumerate(items):
        if item.type == "PER":
            weight[keys[i]] += item.weight
    for i, item in enumerate(items):
        words = keys[i][len(NAME) :].split() if keys[i].startswith(NAME) else []
        if item.type != "PER" or len(words) != 3:
            continue
        shorter = [f"{words[0]} {words[2]}"] if len(words[1].rstrip(".")) == 1 else []
        shorter.append(f"{words[1]} {words[2]}")
        for bare in (NAME + s for s in shorter):
            if bare in weight and weight[bare] >= weight[keys[i]]:
                keys[i] = bare
                rules[i] = rules[i] + "+short-form" if rules[i] else "short-form"
                break


def _dominant(names: set[str], last: str, weight: dict[str, int]) -> str | None:
    """The one full name of a block, or the one ending with ``last`` that holds ``DOMINANT`` of
    the block's mentions (None when weights are all 1: one document)."""
    if len(names) == 1:
        return next(iter(names))
    ending = [n for n in names if n.endswith(" " + last)]
    total = sum(weight[n] for n in ending)
    best = max(ending, key=lambda n: (weight[n], n), default=None)
    if best is None or len(ending) < 2 or total <= len(ending):
        return None
    return best if weight[best] >= DOMINANT * total else None


def _short_forms(items: list[Named], keys: dict[int, str], rules: dict[int, str]) -> None:
    """Rule 2: a one-word person name joins the only (or the dominant) full name it ends or starts
    (a word the tagger typed MISC as well, when it names no country)."""
    _middle_initials(items, keys, rules)
    block = _last_words(items, keys)
    weight: dict[str, int] = defaultdict(int)
    for i, item in enumerate(items):
        weight[keys[i]] += item.weight
    for i, item in enumerate(items):
        words = keys[i][len(NAME) :].split() if keys[i].startswith(NAME) else []
        short = len(words) == 1 and words[0] in block and _may_be_person(item)
        target = _dominant(block[words[0]], words[0], weight) if short else None
        if target is not None:
            keys[i] = target
            rules[i] = rules[i] + "+short-form" if rules[i] else "short-form"


def _may_be_person(item: Named) -> bool:
    """A one-word name the short-form rule may give to a person: one typed a person, or one the
    tagger called MISC that names no country and that no language's lexicon calls MISC ("Elian",
    246 times MISC beside "Elian Gonzalez"; not "Cuban", "Canadian", "Jewish")."""
    if item.type == "PER":
        return True
    word = item.name.display
    return item.type == "MISC" and inflected_country(word) is None and word.lower() not in misc_words()


def _company_short_forms(items: list[Named], keys: dict[int, str], rules: dict[int, str]) -> None:
    """Rule 2b: a one-word name the tagger took for a person or MISC, left alone by rule 2, that
    opens exactly one organisation's name of several words is that organisation ("Compaq", tagged a person four times beside "Compaq
    Computer Corp", had become the "he" of its president's quote); never a country or a name some
    person's full name holds."""
    firsts: dict[str, set[str]] = defaultdict(set)
    people: set[str] = set()
    for i, item in enumerate(items):
        words = keys[i][len(NAME) :].split() if keys[i].startswith(NAME) else []
        if item.type == "ORG" and len(words) >= 2 and _name_goes_on(item.name.display):
            firsts[words[0]].add(keys[i])
        elif item.type == "PER" and len(words) >= 2:
            people.update(words)
    for i, item in enumerate(items):
        words = keys[i][len(NAME) :].split() if keys[i].startswith(NAME) else []
        if item.type not in ("PER", "MISC") or len(words) != 1 or rules[i] or words[0] in people:
            continue  # an organisation's own short name ("NATO" beside "NATO Foreign Ministers") stays
        if len(firsts.get(words[0], ())) != 1:
            continue
        if inflected_country(item.name.display) is None and words[0] not in misc_words():  # not "Nederlandse"
            keys[i] = next(iter(firsts[words[0]]))
            rules[i] = "short-form"


def _name_goes_on(display: str) -> bool:
    """Whether a name's second word continues it (a capital or a digit: "Compaq Computer Corp")
    rather than coordinating two names the tagger took as one ("Obama and Xi", which had made
    Obama an organisation)."""
    words = display.split()
    return len(words) >= 2 and (words[1][:1].isupper() or words[1][:1].isdigit())


def initials(display: str) -> str:
    """The folded initials of a name's capitalised words ("North Atlantic Treaty Organization");
    an abbreviation with full stops gives all its letters ("U.S. Navy": USN, not the U.N.)."""
    words = [w for w in display.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w.replace(".", "") if w.count(".") >= 2 else w[0] for w in words).casefold()


def _acronyms(items: list[Named], keys: dict[int, str], rules: dict[int, str]) -> None:
    """Rule 3: a multi-word name joins the upper-case one-word name its initials spell. A
    person joins only an acronym that is itself taken for a person ("JFK"): "Alex Penelas" and
    "Andy Pasztor" are not the AP."""
    acronyms: dict[str, set[str]] = defaultdict(set)
    for i, item in enumerate(items):
        if keys[i].startswith(NAME) and item.name.display.isupper() and " " not in item.name.display:
            acronyms[keys[i]].add(item.type)
    for i, item in enumerate(items):
        if len(item.name.tokens) < 2 or keys[i].startswith(COUNTRY):
            continue
        target = NAME + initials(item.name.display)
        if len(target) <= len(NAME) + 1 or target not in acronyms or target == keys[i] or _country_code(target):
            continue
        if item.type == "PER" and "PER" not in acronyms[target]:
            continue
        keys[i] = target
        rules[i] = "acronym"


def _country_code(key: str) -> bool:
    """Whether a name key is a two-letter country code: "US" in a Spanish text is the United
    States, not "Universidad de Stanford" whose initials spell it."""
    code = key[len(NAME) :]
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def one_edit(a: str, b: str) -> bool:
    """Whether two different words differ by exactly one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


SPELLING_MIN = 7
SPELLING_BLOCK = 50  # a larger block is a common prefix, not a spelling variant: skipped


def _spellings(items: list[Named], keys: dict[int, str], rules: dict[int, str]) -> None:
    """Rule 4: one-word names one letter apart, across languages, join the more mentioned one."""
    weight: dict[str, int] = defaultdict(int)
    for i, item in enumerate(items):
        weight[keys[i]] += item.weight
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        word = keys[i][len(NAME) :] if keys[i].startswith(NAME) else ""
        if len(word) >= SPELLING_MIN and " " not in word:
            blocks[item.type, word[:3]].append(i)
    for members in blocks.values():
        if len(members) > SPELLING_BLOCK:
            continue
        rank = {i: (-weight[keys[i]], keys[i]) for i in members}
        for i in members:
            for j in members:
                if items[i].lang != items[j].lang and rank[j] < rank[i] and one_edit(keys[i], keys[j]):
                    keys[i], rules[i] = keys[j], "spelling"


@lru_cache(maxsize=50_000)
def inflected_country(display: str) -> str | None:
    """The ISO alpha-3 code of a one-word place name that is a country's name in some language
    with a case ending ("Украины", "Канаде", "Brasiliens"), by CLDR's names of every locale
    (:mod:`storyline.stories.places`); None for other words."""
    from ..stories.places import country_of_word

    code = country_of_word(display)
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else None


def _inflected_countries(items: list[Named], keys: dict[int, str], rules: dict[int, str]) -> None:
    """Rule 1b: a one-word place that is an inflected country name is that country."""
    for i, item in enumerate(items):
        if item.type == "LOC" and keys[i].startswith(NAME) and len(item.name.tokens) == 1:
            code = inflected_country(item.name.display)
            if code:
                keys[i], rules[i] = COUNTRY + code, "inflected-country"


def resolve(items: list[Named]) -> tuple[list[str], list[str]]:
    """The final key of every item and the rule that gave it (its own rule if none merged it)."""
    keys = {i: item.name.key for i, item in enumerate(items)}
    rules = {i: "" for i in range(len(items))}
    _genitives(items, keys, rules)
    _inflected_countries(items, keys, rules)
    _short_forms(items, keys, rules)
    _company_short_forms(items, keys, rules)
    _acronyms(items, keys, rules)
    _spellings(items, keys, rules)
    return [keys[i] for i in range(len(items))], [rules[i] or items[i].name.rule for i in range(len(items))]
