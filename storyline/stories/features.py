"""Compact, translation-free features of one document, for blocking and scoring story clusters.

Articles about one event in different languages share few words but many *anchors*: the names of
the people, places and organisations involved, the numbers reported, and the dates. Each anchor is
reduced to a key that survives language and script:

1. names: capitalised tokens (every token in scripts without case) transliterated to ASCII
   (``anyascii``), lowercased, diacritics gone, genitive ``-s`` stripped: ``Natos`` -> ``nato``;
2. name skeletons: the consonants of a name with doubled letters and ``h`` dropped, so that the
   spellings of one name in different scripts meet: ``Truss``, ``Трасс`` (``Trass``), ``ทรัสส์``
   (``thrass``) and ``تراس`` (``trs``) all give ``trs``;
3. numbers: digits of any script, separators removed (``4,500`` = ``4 500`` = ``4500``);
4. words: every other token, lowercased (same-language evidence, weighted low by its document
   frequency);
5. canonical entities from the entity layer, when a document has them (``e:<entity_id>``);
6. countries (:mod:`.places`), pairs of countries named together, cities (:mod:`.cities`:
   ``Peshawar`` = ``Пешаваре`` = ``白沙瓦``), and days of a month written out (:mod:`.dates`).

A document's features are a dict key -> count plus its day number; they are a pure function of the
document dict, so they can be computed once per document and cached with it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import regex
from anyascii import anyascii

from ..lang import company_forms
from .cities import city_keys
from .dates import date_keys
from .places import place_keys, place_pairs

# fmt: off
# Prefixes of feature keys: the channel of a key decides its weight in scoring.
NAME, SKELETON, PREFIX, NUMBER, WORD, ENTITY = "n:", "k:", "p:", "d:", "w:", "e:"
# fmt: on

_TOKEN = regex.compile(r"\p{N}+(?:[.,'’ ]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
# Scripts written without spaces between words: cut into character bigrams instead.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_DIGITS = re.compile(r"^\d+(?:[.,'’ ]\d{3})*(?:[.,]\d+)?$")
_VOWELS = set("aeiouyw")
# Sounds that scripts and transliteration conventions swap: Chinese and Korean have no r/l
# contrast (Truss: TeLaSi, TeuLeoSeu), nor voiced/voiceless pairs (Sunak: SuNag), and write a
# final -n as -ng (Macron: MaKeLong, Thai makhrng).
_MERGE = {"z": "s", "c": "k", "q": "k", "x": "ks", "j": "y", "v": "b", "f": "b", "p": "b", "d": "t",
          "g": "k", "r": "l"}  # fmt: skip
_NG = re.compile(r"ng(?![aeiouy])")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_MIN_WORD = 4  # shorter tokens in cased scripts are mostly function words
_SHORT_RUN = 8
_PROCLITIC = regex.compile(r"^(?:[وفبلك]?ال|لل)(?=\p{Arabic}{3})")  # and/with/to + the
NAME_DOTS = frozenset("·・•‧")  # between the parts of a transliterated name in CJK text
_STOPS = frozenset(".!?:\n")
_PREFIX = 5  # names inflected by suffixes (Nepalm, Peleko, Pokhara-ma) meet on their first letters


@dataclass(slots=True)
class DocFeatures:
    """What the clusterer keeps of a document: id, language, day, keys with counts, and an
    optional embedding (a list of floats from :mod:`storyline.stories.embed`)."""

    id: str
    lang: str
    day: int | None
    keys: Counter[str] = field(default_factory=Counter)
    vector: Any = None
    surface: dict[str, str] = field(default_factory=dict)  # name key -> its first spelling here


@functools.lru_cache(maxsize=1 << 18)
def fold(token: str) -> str:
    """ASCII, lowercase, no diacritics: the script-independent spelling of a token."""
    ascii_form = anyascii(unicodedata.normalize("NFKC", token))
    return re.sub(r"[^a-z0-9]", "", ascii_form.lower())


def strip_genitive(key: str) -> str:
    """``natos`` -> ``nato``, ``afghanistans`` -> ``afghanistan`` (Nordic and German genitives),
    leaving short words and ``-ss`` endings alone (``truss``)."""
    if len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return key


@functools.lru_cache(maxsize=1 << 18)
def skeleton(key: str) -> str:
    """The consonant skeleton of a folded name: transliterations of one name agree on it more
    often than on their vowels (``truss``/``trass``/``thrass`` -> ``trs``)."""
    out: list[str] = []
    key = key.replace("dzh", "j")  # Cyrillic Дж writes a Latin J: Джонсон, Johnson
    for ch in _NG.sub("n", key):
        if ch in _VOWELS or ch == "h" or ch.isdigit():
            continue
        ch = _MERGE.get(ch, ch)
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def is_year(digits: str) -> bool:
    """Whether a number key's digits read as a year (1800-2099)."""
    return bool(_YEAR.match(digits))


def number_key(token: str) -> str | None:
    """The value of a numeric token as a string of ASCII digits, or None if it is no number.

    Separators are dropped (``4,500`` and ``4 500`` and ``4500`` meet); decimals keep their digits
    (``2.5`` -> ``25``: rare enough not to collide in practice)."""
    digits = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in token)
    if not _DIGITS.match(digits):
        return None
    return re.sub(r"\D", "", digits).lstrip("0") or "0"


def word_count(text: str) -> int:
    """How many words a text has; in a script written without spaces, two characters count as
    one word (a Chinese word averages under two characters), so that "a sentence of six words"
    means the same in Chinese or Thai as in English."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // 2


def _is_cased(token: str) -> bool:
    """True for tokens in a script with letter case (Latin, Cyrillic, Greek, Armenian)."""
    return any(ch.lower() != ch.upper() for ch in token)


def _unspaced_keys(token: str) -> list[str]:
    """Character bigrams of a run of unspaced script; a short run (often a transliterated name
    set off by spaces, as in Thai) is also a name candidate. Bigrams are keyed by their
    romanisation, so that the traditional and simplified forms of a word meet (習近 = 习近)."""
    keys = [WORD + (fold(token[i : i + 2]) or token[i : i + 2]) for i in range(max(1, len(token) - 1))]
    if len(token) <= _SHORT_RUN:
        name = fold(token)
        keys.append(NAME + name)
        if len(skeleton(name)) >= 3:
            keys.append(SKELETON + skeleton(name))
    return keys


def _body_ranges(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """The character ranges of the text to read: the whole text minus boilerplate spans."""
    text = doc.get("text") or ""
    cuts = sorted((s["start"], s["end"]) for s in doc.get("spans") or [] if s.get("kind") == "boilerplate")
    ranges, pos = [], 0
    for start, end in cuts:
        if start > pos:
            ranges.append((pos, start))
        pos = max(pos, end)
    if pos < len(text):
        ranges.append((pos, len(text)))
    return ranges


@functools.lru_cache(maxsize=1 << 18)
def _token_keys(token: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The keys of a token (tokens repeat: computed once): its keys as a name, as a plain word,
    and whether it always counts as a name (caseless script, acronym) whatever its position.
    A number or a run of unspaced script has its keys in the first slot and is 'always'."""
    if token[0].isdigit():
        num = number_key(token)
        if num is not None:
            return ((NUMBER + num,) if len(num) > 1 or is_year(num) else ()), (), True
    if _UNSPACED.match(token):
        return tuple(_unspaced_keys(token)), (), True
    key = fold(token)
    if not key:
        return (), (), True
    word = (WORD + key[:8],) if len(key) >= _MIN_WORD else ()  # an 8-letter prefix: a poor stemmer
    if len(key) < 2 or key in company_forms():
        return (), word, False  # "Inc.", "Corp.", "ASA": in every company's name, no anchor
    name = strip_genitive(key)
    as_name = [NAME + name]
    if len(skeleton(name)) >= 3:
        as_name.append(SKELETON + skeleton(name))
    bare = _PROCLITIC.sub("", token)
    if bare != token and len(skeleton(fold(bare))) >= 3:
        as_name.append(SKELETON + skeleton(fold(bare)))  # البرازيل, al-Brazil: Brazil
    if len(name) > _PREFIX:
        as_name.append(PREFIX + name[:_PREFIX])
    always = not _is_cased(token) or (token.isupper() and len(token) > 1)
    return tuple(as_name), word, always


def _classified(text: str) -> Iterator[tuple[regex.Match[str], tuple[str, ...], tuple[str, ...], bool]]:
    """Each token of a text with its keys as a name and as a word, and whether it reads as a
    name here: always (caseless scripts, acronyms, numbers), or capitalised other than as a short
    word opening a sentence (a capital after a full stop is weak evidence of a name)."""
    after_stop = True
    for match in _TOKEN.finditer(text):
        token = match.group()
        as_name, as_word, always = _token_keys(token)
        yield match, as_name, as_word, always or (token[0].isupper() and (not after_stop or len(token) >= 4))
        after_stop = not _STOPS.isdisjoint(text[match.end() : match.end() + 2])


def text_keys(text: str, surface: dict[str, str] | None = None) -> Counter[str]:
    """Name, skeleton, number and word keys of a stretch of text (``surface`` collects the
    spelling of each name key, for labels)."""
    keys: list[str] = []
    for match, as_name, as_word, is_name in _classified(text):
        token = match.group()
        if is_name:
            keys.extend(as_name)
            if surface is not None and as_name and as_name[0].startswith(NAME):
                surface.setdefault(as_name[0], token)
        else:
            keys.extend(as_word)
        if _UNSPACED.match(token):
            before, after = text[max(0, match.start() - 1) : match.start()], text[match.end() : match.end() + 1]
            keys.extend(_dotted_name_keys(token, before, after))
    return Counter(keys)


def name_keys(text: str) -> list[frozenset[str]]:
    """The keys of each name a text writes (spelling, skeleton, prefix: an inflected or
    transliterated spelling of the name shares one of them), one set a name, numbers left out."""
    return [keys for _, _, keys, unspaced in name_spans(text) if not unspaced]


def name_spans(text: str) -> Iterator[tuple[int, int, frozenset[str], bool]]:
    """Each name a text writes with its offsets, its keys and whether it is in unspaced script:
    the names of :func:`name_keys`, then a short run of unspaced script (a Thai name set off by
    spaces: its spelling and skeleton) and each name part a dot sets off in one (its skeleton)."""
    for match, as_name, _, is_name in _classified(text):
        token, start = match.group(), match.start()
        if not _UNSPACED.match(token):
            if is_name and as_name and as_name[0].startswith(NAME):
                yield start, match.end(), frozenset(as_name), False
            continue
        run = frozenset(k for k in as_name if not k.startswith(WORD))
        if run:
            yield start, match.end(), run, True
        before, after = text[max(0, start - 1) : start], text[match.end() : match.end() + 1]
        for at, piece, key in _dotted_pieces(token, before, after):
            yield start + at, start + at + len(piece), frozenset((key,)), True


def _dotted_pieces(run: str, before: str, after: str) -> list[tuple[int, str, str]]:
    """The name parts a middle dot sets off inside Chinese or Japanese text, as (offset in the
    run, piece, skeleton key) (``美国前总统唐纳德·特朗普``: the run ends with 唐纳德, Donald; the
    next starts with 特朗普, Trump): the last 2-4 characters of a run before a dot, the first 2-4
    of a run after one, where their skeleton has three consonants or more."""
    pieces = []
    if after in NAME_DOTS and len(run) > 2:
        pieces += [(len(run) - size, run[-size:]) for size in range(2, min(4, len(run) - 1) + 1)]
    if before in NAME_DOTS and len(run) > 2:
        pieces += [(0, run[:size]) for size in range(2, min(4, len(run) - 1) + 1)]
    keyed = ((at, piece, skeleton(fold(piece))) for at, piece in pieces)
    return [(at, piece, SKELETON + skel) for at, piece, skel in keyed if len(skel) >= 3]


def _dotted_name_keys(run: str, before: str, after: str) -> list[str]:
    """Skeletons of the name parts a middle dot sets off inside Chinese or Japanese text
    (:func:`_dotted_pieces`)."""
    return [key for _, _, key in _dotted_pieces(run, before, after)]


def entity_keys(doc: dict[str, Any], surface: dict[str, str] | None = None) -> Counter[str]:
    """Keys of the canonical entities from the entity layer (absent layer: nothing). The folded
    canonical name is the key (the same across documents by design, whatever an id means)."""
    keys: Counter[str] = Counter()
    for ent in doc.get("entities") or []:
        ident = fold(str(ent.get("canonical") or "")) or str(ent.get("entity_id") or "").lower()
        if ident:
            key = ENTITY + ident
            keys[key] += 1
            if surface is not None:
                surface.setdefault(key, ent.get("canonical") or ent.get("text") or str(ident))
    return keys


def day_number(doc: dict[str, Any]) -> int | None:
    """The publication day as a proleptic ordinal (month/year precision: its first day)."""
    pub = doc.get("published")
    value = pub.get("value") if isinstance(pub, dict) else pub
    if not value or not isinstance(value, str):
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)).toordinal()
    except ValueError:
        return None


def extract(doc: dict[str, Any]) -> DocFeatures:
    """The features of one document dict in the output contract (only ``id`` and ``text`` are
    required; ``lang``, ``published``, ``spans`` and ``entities`` are used when present)."""
    text = doc.get("text") or ""
    keys: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for start, end in _body_ranges(doc):
        keys.update(text_keys(text[start:end], surface))
        keys.update(place_keys(text[start:end]))
        keys.update(date_keys(text[start:end]))
        keys.update(city_keys(text[start:end]))
    keys.update(entity_keys(doc, surface))
    keys.update(place_pairs(keys))
    return DocFeatures(
        id=str(doc.get("id", "")), lang=doc.get("lang") or "und", day=day_number(doc), keys=keys, surface=surface
    )
