"""Place-name gazetteers from pycountry, in every language the models cover.

Two uses: a CRF feature (is this token sequence a known country or region?), and the merge key of
a country across languages ("USA", "United States", "De forente stater", "Estados Unidos" all
become ``country:USA``). pycountry ships ISO 3166 names with gettext translations, so no data is
downloaded; lookups are built once and cached.
"""

from __future__ import annotations

import gettext
import unicodedata
from functools import cache, lru_cache

import pycountry

from .tokens import tokenize

# The languages whose country names are read from pycountry's translations (models + fallbacks).
LOCALES = ("de", "es", "fr", "it", "nb", "nl", "pl", "pt", "ru", "da", "sv", "nn")
MAX_NAME_TOKENS = 5


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without diacritics: the comparison form of a name ("Qatar" ~ "Quatar" aside)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> tuple[str, ...]:
    """A name as a tuple of folded tokens, without punctuation tokens (tokenisation-proof key)."""
    return tuple(fold(text[s:e]) for s, e in tokenize(text) if text[s:e][0].isalnum())


def _translations() -> list[gettext.NullTranslations]:
    """pycountry's gettext catalogues of country names, English first (the identity)."""
    out: list[gettext.NullTranslations] = [gettext.NullTranslations()]
    for lang in LOCALES:
        try:
            out.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return out


@cache
def countries() -> dict[tuple[str, ...], str]:
    """Every known name of every country, as a name key, mapped to its ISO alpha-3 code."""
    table: dict[tuple[str, ...], str] = {}
    catalogues = _translations()
    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")}
        for english in list(filter(None, names)):
            for catalogue in catalogues:
                names.add(catalogue.gettext(english))
        for name in filter(None, names):
            # "Korea, Republic of": the part before the comma is the name people write.
            for variant in {name, name.split(",")[0], name.split(" (")[0]}:
                key = name_key(variant)
                if key:
                    table.setdefault(key, country.alpha_3)
    return table


@cache
def regions() -> frozenset[tuple[str, ...]]:
    """Names of ISO 3166-2 subdivisions (states, provinces, counties): places below a country."""
    return frozenset(key for sub in pycountry.subdivisions if (key := name_key(sub.name)))


def lookup(words: list[str]) -> list[str]:
    """A gazetteer tag per token of a tokenised sentence: "C" country, "R" region, "" neither.

    Longest match first, so "United States" is one country, not a miss plus "States".
    """
    folded = [fold(w) for w in words]
    tags = [""] * len(words)
    country_names, region_names = countries(), regions()
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():  # names start capitalised; saves the lookups
            i += 1
            continue
        for n in range(min(MAX_NAME_TOKENS, len(words) - i), 0, -1):
            key = tuple(folded[i : i + n])
            tag = "C" if key in country_names else "R" if key in region_names else ""
            if tag:
                tags[i : i + n] = [tag] * n
                i += n
                break
        else:
            i += 1
    return tags
