"""Cross-lingual place anchors: every localized country name in CLDR mapped to its ISO code.

Blurbs in Chinese, Thai, Korean, Arabic or Tamil share neither Latin-script names nor digits with
the rest, but they name the countries involved: ``美國``, ``สหรัฐอเมริกา``, ``미국``, ``الولايات
المتحدة`` and ``அமெரிக்கா`` are all ``US`` in the CLDR territory names that ship inside ``babel``
(366 locales) and in pycountry's gettext catalogs: ~97,000 names and stems, built into dicts once
per process (~1 s). A document gets one key ``c:<code>`` per mention.

Matching is dict lookups (each word's own result cached for the process):

* scripts without spaces (Han, Kana, Thai): every substring of up to ``_MAX_UNSPACED`` characters
  is looked up (``颶風伊恩先後襲擊開曼群島、古巴`` finds ``KY`` and ``CU``);
* spaced scripts: phrases of up to ``_MAX_WORDS`` words, the last word matched by prefix, since
  case endings and particles attach to names (``Японии``, ``Slovenian``, ``미국에서``,
  ``ஜப்பானில்``): a name is also indexed under its stem (the name less its last character), and a
  word is looked up with up to ``_MAX_SUFFIX`` characters cut off its end.
"""

from __future__ import annotations

import functools
import gettext
import logging
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from pathlib import Path

import regex

log = logging.getLogger(__name__)

PLACE = "c:"
PLACE_PAIR = "j:"  # two countries named together: rarer, and so more telling, than either
MAX_PAIRED = 4  # a text naming more countries (a long article) pairs none: pairs would swamp it

_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+")
_SHORT_OK = regex.compile(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]+$")  # 2-character names
_MAX_WORDS = 4
_MAX_SUFFIX = 4
_MAX_UNSPACED = 10
_MIN_CHARS = 3  # shorter names (outside Han/Hangul/Kana) are mostly ambiguous abbreviations
_NOT_PLACES = frozenset({"ZZ", "EU", "EZ", "UN", "QO"})  # unknown region, unions, outlying
_MIN_STEM = 5  # a name this long is also indexed less its last letter (Япония -> Япони)


def norm(text: str) -> str:
    """NFKC, lowercase: the form names and text are compared in."""
    return unicodedata.normalize("NFKC", text).lower()


def base_locales() -> list[str]:
    """The base CLDR locales in babel (language, or language and script: ``zh_Hant``)."""
    from babel import localedata

    return [
        code
        for code in localedata.locale_identifiers()
        if "_" not in code or (code.count("_") == 1 and len(code.split("_")[1]) == 4)
    ]


@dataclass(frozen=True, slots=True)
class Tables:
    """The name tables, built once per process (~1 s, ~100,000 names)."""

    unspaced: dict[str, str]  # names in unspaced scripts -> code
    spaced: dict[str, str]  # names of spaced scripts (words joined by a space) and stems -> code
    firsts: frozenset[str]  # first words of the names of several words
    longest: int  # the most words in a name


@functools.cache
def tables() -> Tables:
    """The name tables. A name that two codes share in different locales is dropped (it
    anchors nothing)."""
    seen: dict[str, set[str]] = {}
    for terr, name in _names():
        seen.setdefault(norm(name), set()).add(terr)
    unspaced: dict[str, str] = {}
    spaced: dict[str, str] = {}
    firsts: set[str] = set()
    longest = 1
    for name, codes in seen.items():
        if len(codes) != 1:
            continue
        terr = next(iter(codes))
        if _UNSPACED.fullmatch(name):
            if len(name) >= 2:
                unspaced[name] = terr
            continue
        words = _WORDS.findall(name)
        if not words:
            continue
        key = " ".join(words)
        if len(key) < _MIN_CHARS and not _SHORT_OK.match(key):
            continue
        if len(words) > 1:
            firsts.add(words[0])
            longest = max(longest, len(words))
        spaced.setdefault(key, terr)
        if len(words[-1]) >= _MIN_STEM:
            spaced.setdefault(key[:-1], terr)
    return Tables(unspaced, spaced, frozenset(firsts), min(longest, _MAX_WORDS))


def locale_data(field: str) -> Iterator[tuple[str, Any]]:
    """(code, one field of its CLDR data: ``territories``, ``months``) for every base locale,
    one locale in memory at a time: babel keeps every locale it loads (~0.4 MB each, 150 MB for
    all 366), which had doubled every process's peak for tables of a few megabytes."""
    from babel import Locale, localedata

    for code in base_locales():
        try:
            value = getattr(Locale.parse(code), field)
        except Exception as err:  # noqa: BLE001 - one broken locale must not lose the others
            log.debug("locale %s skipped: %s", code, err)
            continue
        yield code, value
        cache = getattr(localedata, "_cache", None)  # babel's private cache: cleared if it is there
        if isinstance(cache, dict):
            cache.clear()


def _names() -> Iterator[tuple[str, str]]:
    """(code, localized name) pairs: CLDR country names, then pycountry's translations.

    (The exemplar cities of CLDR time zones were tried as well: they lowered ITN dev F1 by 0.01.)"""
    for _, names in locale_data("territories"):
        for terr, name in names.items():
            if terr.isalpha() and len(terr) == 2 and terr not in _NOT_PLACES:
                yield terr, name
    yield from _pycountry_names()


def _pycountry_names() -> Iterator[tuple[str, str]]:
    """Country names in the gettext catalogs that ship inside pycountry (~160 languages)."""
    import pycountry

    folder = Path(pycountry.LOCALES_DIR)
    countries = list(pycountry.countries)
    for mo in sorted(folder.glob("*/LC_MESSAGES/iso3166-1.mo")):
        try:
            with mo.open("rb") as handle:
                catalog = gettext.GNUTranslations(handle)
        except (OSError, ValueError) as err:
            log.debug("%s skipped: %s", mo, err)
            continue
        for country in countries:
            for attr in ("name", "official_name", "common_name"):
                english = getattr(country, attr, None)
                if english:
                    yield country.alpha_2, catalog.gettext(english)


def run_codes(run: str, names: dict[str, str], longest: int = _MAX_UNSPACED) -> tuple[str, ...]:
    """Codes of the names found in a run of unspaced script, longest match first at each
    position, matches not overlapping (names of 2 characters up to ``longest``)."""
    out, i = [], 0
    while i < len(run):
        for size in range(min(longest, len(run) - i), 1, -1):
            code = names.get(run[i : i + size])
            if code:
                out.append(code)
                i += size
                break
        else:
            i += 1
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def _unspaced_codes(run: str) -> tuple[str, ...]:
    """Country codes of a run of unspaced script (:func:`run_codes`; runs repeat)."""
    return run_codes(run, tables().unspaced)


def phrase_code(words: list[str], names: dict[str, str], max_suffix: int = _MAX_SUFFIX) -> str | None:
    """The code of a phrase whose last word may carry an ending (cut up to ``max_suffix``)."""
    head = " ".join(words[:-1])
    last = words[-1]
    for cut in range(0, min(max_suffix, len(last) - 2) + 1):
        stem = last[: len(last) - cut]
        if cut and len(stem) < 4 and not _SHORT_OK.match(stem):
            break  # a short name takes no ending: 'Man' is not in 'mantan'
        code = names.get(f"{head} {stem}" if head else stem)
        if code:
            return code
    return None


@functools.lru_cache(maxsize=1 << 18)
def _word(token: str) -> tuple[bool, str | None]:
    """Whether a token is (or holds) unspaced script, and the code it names alone (words
    repeat: each is looked up once)."""
    if _UNSPACED.search(token):
        return True, None
    return False, phrase_code([token], tables().spaced)


def country_of_word(word: str, max_suffix: int = 1) -> str | None:
    """The ISO alpha-2 code of one word that is a country's name in some locale, with at most
    ``max_suffix`` letters of case ending ("Украины", "Канаде", "Brasiliens"): stricter than
    clustering's matching, for naming an entity ("Larissa" is no "Larisi", Russia)."""
    if _UNSPACED.search(word):
        return tables().unspaced.get(word)
    return phrase_code([norm(word)], tables().spaced, max_suffix)


def _spaced_codes(words: list[str], found: Tables) -> list[str]:
    """Codes of the names in a sequence of words, longest phrase first; phrases of several
    words are tried only from a word that begins such a name."""
    out, i = [], 0
    while i < len(words):
        size, code = 1, None
        if words[i] in found.firsts:
            for size in range(min(found.longest, len(words) - i), 1, -1):
                code = phrase_code(words[i : i + size], found.spaced)
                if code:
                    break
        if not code:
            size, code = 1, _word(words[i])[1]
        if code:
            out.append(code)
        i += size
    return out


def place_keys(text: str) -> Counter[str]:
    """``c:<ISO code>`` keys of the countries and territories a text names, in any language."""
    found = tables()
    codes: list[str] = []
    words: list[str] = []
    for match in _WORDS.finditer(norm(text)):
        token = match.group()
        if _word(token)[0]:
            codes.extend(_spaced_codes(words, found))
            words = []
            codes.extend(code for run in _UNSPACED.findall(token) for code in _unspaced_codes(run))
        else:
            words.append(token)
    codes.extend(_spaced_codes(words, found))
    return Counter(PLACE + code for code in codes)


def place_pairs(keys: Counter[str]) -> Counter[str]:
    """``j:<code>+<code>`` keys of the pairs of countries among a document's place keys
    (``Hurricane Ian ... Cuba ... United States``; an election in one country reported from
    another names both). A text naming more than ``MAX_PAIRED`` countries gets none."""
    codes = sorted(k[len(PLACE) :] for k in keys if k.startswith(PLACE))
    if len(codes) > MAX_PAIRED:
        return Counter()
    return Counter(f"{PLACE_PAIR}{a}+{b}" for i, a in enumerate(codes) for b in codes[i + 1 :])
