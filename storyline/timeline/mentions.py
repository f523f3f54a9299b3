"""Where a document mentions a target entity: word-bounded name variants, with their offsets.

A timeline of an entity keeps the sentences that mention it, so a mention must be a mention of
that entity and not of a longer name that contains it:

1. words, not characters: "iPhone 3G" is not found in "iPhone 3GS", "Jobs" not in "jobsite";
2. variants: the full name; the name with one word inserted ("iTunes Music Store" for "iTunes
   store"); for a multi-word name, its tail of two or more words ("Apple Corps" for "Beatles
   Apple Corps") and its last word when that is a proper name of four letters or more ("Jobs");
3. a definite description by the head noun ("the store") when the name ends in a common noun
   (lowercase in the name) and the document names the entity elsewhere;
4. a sentence opening with a personal pronoun ("He founded NeXT", from the language's
   ``timeline`` table) right after a sentence about the entity is about it too;
5. not the first words of a longer entity of the entity layer whose name is no variant of the
   target: the "iPod" of "iPod Nano" is the iPod Nano; "Apple Corps" is still Beatles Apple Corps;
6. in another script, a name whose consonant skeleton (:mod:`storyline.stories.features`) is the
   target's surname's: "Трасс", "ทรัสส์", "تراس", "特拉斯" (after a name dot, or a short run) are
   Liz Truss. Latin script spells the surname (rule 2: "Torres" is no Truss); a skeleton of
   fewer than three consonants meets too many words (Pelé, "bl"); each script keeps apart the
   sounds it writes apart (:func:`_sound`: "Даллас" is no Truss). A first name written before
   the surname must agree with the target's ("Лиз Трасс", not "Фернандо Торрес"); a caseless
   script needs it (a title reads as a name there), except after a name dot. A first name and
   surname written together meet on the skeleton of both, in any script ("Mahsa Aminiy",
   "مهسا امینی": Mahsa Amini, whose surname alone, "mn", is too short).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from .. import lang as langs
from ..stories.features import _UNSPACED, NAME, NAME_DOTS, fold, name_spans, skeleton

_WORD = re.compile(r"\w+")
_ARTICLES = ("the",)  # the definite article a head noun needs to refer back to the name
PRONOUN_WORDS = 4  # how near the start of a sentence a carrying pronoun stands
TAIL_WORDS = 2  # the shortest tail of a longer name that still names the entity
LAST_WORD_CHARS = 4  # "Jobs" names Steve Jobs; "Ford" would, "Air" would not
SKELETON_MIN = 3  # consonants a skeleton needs to name someone in another script
_LATIN = regex.compile(r"\p{Latin}")
_HAN, _HANGUL = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]"), regex.compile(r"\p{Hangul}")
_STRICT, _R_L, _PINYIN, _LOOSE = "rdgpbvfz", "r", "p", ""  # letters kept apart in skeletons (_sound)
_CASELESS = regex.compile(r"^[^\p{Lu}\p{Ll}]+$")  # Arabic, Hebrew, Thai, Indic, Hangul, Han...


def words(text: str) -> list[tuple[str, int, int]]:
    """The folded words of a text with their offsets (empty folds, e.g. punctuation, dropped)."""
    out = []
    for match in _WORD.finditer(text):
        key = fold(match.group())
        if key:
            out.append((key, match.start(), match.end()))
    return out


@dataclass(frozen=True, slots=True)
class Target:
    """A target entity's name as folded word sequences: what names it, and how it is referred to."""

    name: tuple[str, ...]
    variants: frozenset[tuple[str, ...]]
    head: str  # the common-noun head of the name ("store"), '' for a proper name
    surname: str = ""  # a proper name's folded last word, if its skeleton is long enough (rule 6)
    whole: str = ""  # its first and last words folded together ("mahsaamini"), '' for one word
    first: str = ""  # its first name folded, '' for a one-word name

    @classmethod
    def of(cls, name: str) -> Target:
        raw = name.split()
        folded = tuple(fold(w) for w in raw if fold(w))
        variants = {folded}
        for i in range(1, len(folded) - TAIL_WORDS + 1):
            variants.add(folded[i:])
        if len(raw) > 1 and raw[-1][:1].isupper() and len(raw[-1]) >= LAST_WORD_CHARS:
            variants.add(folded[-1:])
        head = folded[-1] if len(raw) > 1 and raw[-1][:1].islower() else ""
        proper = [fold(w) for w in raw if w[:1].isupper() and fold(w)]
        surname = proper[-1] if proper and raw[-1][:1].isupper() else ""
        whole = proper[0] + surname if len(proper) > 1 and surname else ""
        return cls(
            folded, frozenset(v for v in variants if v), head,
            surname if len(_sound(surname, _LOOSE)) >= SKELETON_MIN else "",
            whole if len(_sound(whole, _LOOSE)) > SKELETON_MIN else "",  # two names: one more
            proper[0] if len(proper) > 1 else "",
        )  # fmt: skip

    def names(self, key: Iterable[str]) -> bool:
        """Whether a folded word sequence (an entity's name) is this entity: a variant, or the
        full name's words in order with one word inserted."""
        seq = tuple(key)
        return seq in self.variants or (len(seq) == len(self.name) + 1 and _gapped(seq, 0, self.name) == len(seq))


def _gapped(seq: tuple[str, ...] | list[str], i: int, name: tuple[str, ...]) -> int:
    """The end index of ``name`` matched in ``seq`` from ``i`` allowing one inserted word after
    its first word, or -1."""
    n = len(name)
    if n < 2 or tuple(seq[i : i + 1]) != name[:1]:
        return -1
    if tuple(seq[i + 2 : i + n + 1]) == name[1:]:
        return i + n + 1
    return -1


def _longer_names(doc: dict[str, Any], target: Target) -> set[tuple[str, ...]]:
    """Names of the entity layer that begin with a variant of the target and go on ("iPod
    Nano"), as folded words: another entity, wherever the document writes them (one sense per
    document, so "the iPod nano" is the iPod Nano even where the layer missed it)."""
    out = set()
    for ent in doc.get("entities") or []:
        if not isinstance(ent, dict):
            continue
        for name in {str(ent.get(k)) for k in ("canonical", "text") if ent.get(k)}:
            key = tuple(k for k, _, _ in words(name))
            if not target.names(key) and any(len(key) > len(v) and key[: len(v)] == v for v in target.variants):
                out.add(key)
    return out


def mention_offsets(doc: dict[str, Any], target: Target) -> list[int]:
    """Start offsets of the document's mentions of the target (see the module docstring)."""
    toks = words(doc.get("text") or "")
    keys = [k for k, _, _ in toks]
    found: list[tuple[int, int]] = []
    for i in range(len(keys)):
        ends = [i + len(v) for v in target.variants if tuple(keys[i : i + len(v)]) == v]
        ends.append(_gapped(keys, i, target.name))
        end = max(ends)
        if end > i:
            found.append((toks[i][1], toks[end - 1][2]))
    others = _longer_names(doc, target) if found else set()
    at = {s: i for i, (_, s, _) in enumerate(toks)}
    starts = [s for s, _ in found if not any(tuple(keys[at[s] : at[s] + len(o)]) == o for o in others)]
    if starts and target.head:
        starts += [toks[i + 1][1] for i in range(len(keys) - 1) if keys[i] in _ARTICLES and keys[i + 1] == target.head]
    if target.surname or target.whole:
        starts += spelled(doc.get("text") or "", target)
    return sorted(set(starts))


def spelled(text: str, target: Target) -> list[int]:
    """Start offsets of the names that spell the target in another script (rule 6)."""
    spans = list(name_spans(text))
    out = []
    for i, (start, end, keys, unspaced) in enumerate(spans):
        token = text[start:end]
        if unspaced and not _name_part(text, start, keys):
            continue
        apart = _apart(token)
        firsts = _firsts(text, spans, i)
        whole = [s for s, f in firsts if target.whole and _sound(f + token, apart) == _sound(target.whole, apart)]
        if whole:
            out.append(whole[0])
        elif _LATIN.search(token):
            continue  # Latin script spells a surname (rule 2)
        elif target.surname and _sound(token, apart) == _sound(target.surname, apart):
            if any(_agree(_sound(f, apart), _sound(target.first, apart), apart) for _, f in firsts):
                out.append(start)
            elif apart == _STRICT and (not firsts or not target.first) and _alike(fold(token), target.surname):
                out.append(start)  # a cased script: no capitalised first name before it to check
            elif apart != _STRICT and _bare(text, start, token, target, apart):
                out.append(start)  # caseless: no first name agrees (a title reads as a name there)
    return out


def _bare(text: str, start: int, token: str, target: Target, apart: str) -> bool:
    """Whether a surname of a caseless script is the target with no first name agreeing: for a
    name with a first name, only after a name dot (特拉斯 for Liz Truss); for a one-word name,
    outside Han (where any name part of three syllables can meet it), on a skeleton keeping p and
    b apart too ("ทรัสส์" for Truss; "نوبل", Nobel, is no Nepal)."""
    if target.first:
        return text[start - 1 : start] in NAME_DOTS
    return not _HAN.search(token) and _sound(token, apart + "p") == _sound(target.surname, apart + "p")


def _apart(token: str) -> str:
    """The letters a token's script keeps apart in skeletons (see :func:`_sound`)."""
    if _HAN.search(token):
        return _PINYIN
    if _HANGUL.search(token):
        return _LOOSE
    return _R_L if _CASELESS.match(token) else _STRICT


def _alike(word: str, surname: str) -> bool:
    """A bare surname in a cased script: it starts as the target's and is not shorter by more
    than one letter ("Трас"; not the sentence-opening "Στις" for "States")."""
    return word[:1] == surname[:1] and len(word) >= len(surname) - 1


def _agree(first: str, target: str, apart: str) -> bool:
    """Whether the skeleton of a first name agrees with the target's: it starts with the same
    consonant and is the other's start ("ls": Liz, Лиз, ليز; "lsbt": Elizabeth) or one letter
    away ("ysnt", جاسيندا, for "yknt", Jacinda); Hangul, the first consonant (리즈 'lijeu')."""
    if not first or not target or first[0] != target[0]:
        return False
    return apart == _LOOSE or first.startswith(target) or target.startswith(first) or _near(first, target)


def _near(a: str, b: str) -> bool:
    """Whether two strings are at most one substitution, insertion or deletion apart."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    return len(a) == len(b) + 1 and any(a[:i] + a[i + 1 :] == b for i in range(len(a)))


def _sound(word: str, apart: str) -> str:
    """The skeleton a name is compared on, the letters ``apart`` not merged: a cased script
    (Cyrillic, Greek) writes voicing and r/l as Latin does ("Пекин" is no Hipkins, "Даллас" no
    Truss), Arabic, Thai or Indic scripts r/l at least; pinyin all but p/b (Truss is 特拉斯,
    Putin 普丁, not Biden 拜登); Hangul none (트러스, 힙킨스 'hibkinseu'). Cyrillic writes a Latin
    h as х, 'kh' (Хипкинс)."""
    key = fold(word).replace("dzh", "j").replace("kh", "h")
    return skeleton("".join(ch.upper() if ch in apart else ch for ch in key))


def _firsts(text: str, spans: list[tuple[int, int, frozenset[str], bool]], i: int) -> list[tuple[int, str]]:
    """What may be the first name written right before a surname, as (mention start, spelling): the
    name before it across white space; else the last characters of a run of unspaced script
    before it, 1-3 before a name dot (莉兹·特拉斯), 2-6 before a space (Thai ``ของแมฮ์ซอ แอมีนี``)."""
    start = spans[i][0]
    if i and spans[i - 1][1] < start and not text[spans[i - 1][1] : start].strip():
        return [(spans[i - 1][0], text[spans[i - 1][0] : spans[i - 1][1]])]
    dot = text[start - 1 : start] in NAME_DOTS
    end = start - 1 if dot else len(text[:start].rstrip())
    if end == start or not _UNSPACED.match(text[end - 1 : end]):
        return []
    sizes = range(1, 4) if dot else range(2, 7)  # guesses: the mention starts at the surname
    return [(start, text[end - n : end]) for n in sizes if end - n >= 0]


def _name_part(text: str, start: int, keys: frozenset[str]) -> bool:
    """Whether a name of unspaced script can be a surname: a whole short run (Thai ``ทรัสส์``),
    or the part right after a name dot (``莉兹·特拉斯``), not the first name before one."""
    return any(k.startswith(NAME) for k in keys) or text[start - 1 : start] in NAME_DOTS


def carried(doc: dict[str, Any], offsets: list[int]) -> list[int]:
    """The offsets of mentions plus the starts of sentences that continue one by a pronoun
    (rule 5 of the module docstring); unchanged for a language without a ``timeline`` table."""
    table = langs.table(doc.get("lang"), "timeline")
    pronouns = getattr(table, "PRONOUNS", None)
    if not pronouns or not offsets:
        return offsets
    text = doc.get("text") or ""
    out, about = list(offsets), False
    for sent in sorted(doc.get("sentences") or [], key=lambda s: s["start"]):
        start, end = sent["start"], sent["end"]
        i = bisect.bisect_left(offsets, start)
        if i < len(offsets) and offsets[i] < end:
            about = True
        elif about and any(k in pronouns for k, _, _ in words(text[start:end])[:PRONOUN_WORDS]):
            out.append(start)
        else:
            about = False
    return sorted(out)
