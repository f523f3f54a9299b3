"""Name normalisation: from a mention's surface form to its merge key, saying which rule applied.

A key is language-independent where it can be: ``country:<ISO alpha-3>`` for any name of a country
in any covered language (pycountry, plus the ``ALIASES`` of ``storyline/lang/<code>/entities.py``),
otherwise ``name:<folded tokens>`` (case-folded, diacritics and dots removed, Cyrillic
transliterated), so "NATO", "Nato" and "N.A.T.O." share one key. Titles are stripped first
("Secretary-General Jens Stoltenberg") and an English possessive last ("Britain's").

Rules that need evidence from other names (a genitive "Natos" is "Nato" only if "Nato" exists; a
surname is a full name's only if that full name exists) live in :mod:`.variants`, which applies
them within a document and across documents alike.
"""

from __future__ import annotations

import re

import hashlib
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from .. import lang as langs
from .gazetteer import countries, fold
from .tokens import tokenize

COUNTRY = "country:"
CITY = "city:"  # a GeoNames id, given across documents (storyline.entities.merge)
NAME = "name:"


@dataclass(slots=True, frozen=True)
class Name:
    """A normalised mention: the cleaned surface form, its merge key and the rule that made it."""

    display: str
    key: str
    rule: str
    tokens: tuple[str, ...]


@cache
def table(lang: str | None) -> ModuleType | None:
    """The ``entities`` table of a language (or its fallback, or English when it has none)."""
    return langs.table(lang, "entities") or langs.table("en", "entities")


def _field(lang: str | None, name: str, default: Any) -> Any:
    """One field of the language's ``entities`` table, or ``default``."""
    tab = table(lang)
    return getattr(tab, name, default) if tab else default


def titles(lang: str | None) -> frozenset[str]:
    """Words that precede a name without being part of it, in this language."""
    return _field(lang, "TITLES", frozenset())


def honorifics(lang: str | None) -> frozenset[str]:
    """Words before a name that only a person's name follows ("Mr.", "Frau", "Mme"), folded."""
    return _field(lang, "HONORIFICS", frozenset())


def aliases(lang: str | None) -> dict[str, str]:
    """Folded surface forms mapped to canonical keys, in this language."""
    return _field(lang, "ALIASES", {})


def genitive_suffixes(lang: str | None) -> tuple[str, ...]:
    """Suffixes of an uninflected genitive ("-s" in Norwegian and German), if the language has one."""
    return _field(lang, "GENITIVE", ())


def transliterate(text: str, lang: str | None) -> str:
    """Latin letters for a non-Latin script, by the language's ``TRANSLITERATE`` table."""
    mapping: dict[str, str] = _field(lang, "TRANSLITERATE", {})
    return "".join(mapping.get(ch, ch) for ch in text) if mapping else text


@cache
def country_keys() -> dict[str, str]:
    """pycountry's names of every country (all covered languages), as folded strings."""
    return {" ".join(key).replace(".", ""): code for key, code in countries().items()}


def key_of(folded: tuple[str, ...], lang: str | None) -> tuple[str, str]:
    """The merge key of folded name tokens and the rule that gave it (country, alias or name)."""
    plain = " ".join(folded).replace(".", "")
    code = country_keys().get(plain)
    if code:
        return COUNTRY + code, "country"
    latin = transliterate(plain, lang)
    alias = aliases(lang).get(latin) or aliases(lang).get(plain)
    if alias:
        return alias, "alias"
    return NAME + latin, "name"


@lru_cache(maxsize=50_000)
def normalize(text: str, lang: str | None, person: bool = True) -> Name:
    """The :class:`Name` of a mention's text: possessive and (for a person) titles stripped, key
    looked up. "NATO Foreign Ministers" keeps its words: they are the name of a meeting."""
    spans = [(s, e) for s, e in tokenize(text) if text[s].isalnum() or text[s] in "'’"]
    rule = ""
    drop = titles(lang) if person else frozenset()
    while len(spans) > 1 and fold(text[spans[0][0] : spans[0][1]]).rstrip(".") in drop:
        spans = spans[1:]
        rule = "title"
    inner = [i for i, (s, e) in enumerate(spans[:-2]) if fold(text[s:e]).rstrip(".") in drop]
    if inner:  # a title after its office's place, two words or more before the end: "Miami-Dade Mayor Alex Penelas"
        spans = spans[inner[-1] + 1 :]
        rule = "title"
    if rule == "title" and len(spans) > 2 and text[spans[0][0]].islower():
        spans = spans[-2:]  # the rest of the office: "Secretary of State Madeleine Albright"
    while len(spans) > 1 and text[spans[-1][0]] in "'’":
        spans = spans[:-1]
        rule = rule or "possessive"
    spans = [(s, e) for s, e in spans if text[s].isalnum()] or spans
    if not spans:
        return Name(text, NAME + fold(text), "name", ())
    display = text[spans[0][0] : spans[-1][1]]
    folded = tuple(fold(text[s:e]) for s, e in spans)
    key, how = key_of(folded, lang)
    return Name(display, key, f"{rule}+{how}" if rule else how, folded)


def strip_genitive(name: Name, lang: str | None, known: set[str] | dict[str, object]) -> Name | None:
    """The name without a genitive suffix, if the language inflects so and the stem is a known
    name (in ``known``) or a country; else ``None``. "Natos" -> "Nato", "USAs" -> "USA"."""
    if not name.tokens or name.key.startswith(COUNTRY):
        return None
    last = name.tokens[-1]
    for suffix in genitive_suffixes(lang):
        if len(last) > len(suffix) + 1 and last.endswith(suffix):
            stem = (*name.tokens[:-1], last[: -len(suffix)])
            key, how = key_of(stem, lang)
            if key in known or key.startswith(COUNTRY) or how == "alias":
                display = name.display[: len(name.display) - len(suffix)]
                return Name(display, key, "genitive+" + how, stem)
    return None


def entity_id(key: str) -> str:
    """The stable id of an entity: a short hash of its merge key (same key, same id, everywhere)."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@cache
def country_name(code: str) -> str:
    """The English common name of a country by ISO alpha-3 ("USA" -> "United States"): CLDR's
    (babel) where it is plain ("Russia", "Brunei", "Vatican City"), else ISO's ("Bosnia and
    Herzegovina", not "Bosnia & Herzegovina"; "Congo, The Democratic Republic of the" turned
    into "The Democratic Republic of the Congo", since CLDR's "Congo - Kinshasa" is a label)."""
    import pycountry
    from babel import Locale

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    cldr = Locale("en").territories.get(country.alpha_2, "")
    if cldr and not re.search(r"&| - |SAR|\(", cldr):
        return cldr
    name = getattr(country, "common_name", None) or country.name
    head, _, tail = name.partition(", ")
    return f"{tail} {head}" if tail else re.sub(r"\s*\(.*\)$", "", name)