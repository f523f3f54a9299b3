"""Full-text search, backend-neutral: what a query means, and a reference matcher in Python.

A query is untrusted user input, so it is never handed to a search engine's own syntax. It is
parsed here into terms, each a word, a ``"quoted phrase"`` or a ``prefix*``; a document matches
when it holds every term. A backend turns the terms into its own syntax with each term quoted
(FTS5: ``"term"``, inner quotes doubled), so operators (``AND``, ``NEAR(``, ``col:``, ``^``) typed
by a user are plain words: a query can find nothing, never fail.

Words are matched case- and diacritic-insensitively (``maneder`` finds ``måneder``, as SQLite's
``unicode61 remove_diacritics 2`` tokenizer folds them). Scripts written without spaces between
words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) have no words to match, so a term in them
is matched as a substring instead, case-insensitively (the SQLite store keeps a trigram index
for those; Thai marks are letters there, not diacritics to drop).

``match`` (``scan`` over many documents) and ``snippet`` are the reference semantics: the default
``Store.search_documents`` runs them over every document, and the SQLite backend uses them where
its indexes cannot answer.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .migrations import NOSPACE_CHARS

MAX_TERMS = 16  # more terms than anyone types; bounds the cost of a pasted paragraph
SNIPPET_CHARS = 240
TITLE_WEIGHT = 4.0  # a word in the title counts as much as four in the text (bm25 column weight too)
NOSPACE = re.compile(NOSPACE_CHARS)
QUOTED = re.compile(r'"([^"]*)"')
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
LATIN_DIACRITICS = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True, slots=True)
class Term:
    """One thing a document must hold: ``text`` as the user typed it (a quoted phrase may have
    spaces: its words must follow each other), or any word starting so for a ``prefix``."""

    text: str
    prefix: bool = False

    @property
    def nospace(self) -> bool:
        """True for a term in a script written without spaces: it matches as a substring."""
        return NOSPACE.search(self.text) is not None

    def words(self) -> list[str]:
        """The term's folded words, as a word index would tokenize it."""
        return [fold(w) for w in word_pattern().findall(self.text)]


def parse(query: str | None) -> list[Term]:
    """The terms of a user's query; ``[]`` when it holds nothing searchable (only punctuation).

    ``"quoted words"`` are a phrase; a trailing ``*`` on a word makes it a prefix; an unpaired
    quote is ignored. Every other character is text, never an operator.
    """
    query = (query or "").encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be bound
    query = unicodedata.normalize("NFC", CONTROL.sub(" ", query))  # FTS5 reads NUL as a string's end
    terms: list[Term] = []
    pos = 0
    for quoted in QUOTED.finditer(query):
        terms += _words(query[pos : quoted.start()])
        terms.append(Term(quoted.group(1).strip()))  # its words in order: the index's phrase
        pos = quoted.end()
    terms += _words(query[pos:].replace('"', " "))
    return list(dict.fromkeys(t for t in terms if _searchable(t.text)))[:MAX_TERMS]


def _words(chunk: str) -> list[Term]:
    """Unquoted text: one term per space-separated word, ``word*`` a prefix."""
    out = []
    for word in chunk.split():
        stem = word.rstrip("*")
        out.append(Term(stem, prefix=stem != word and len(stem) >= 2))
    return out


def _searchable(text: str) -> bool:
    """A term holds at least one letter or digit (punctuation alone matches nothing in an index)."""
    return any(ch.isalnum() for ch in text)


@functools.cache
def word_pattern() -> re.Pattern[str]:
    """A word as the word index's tokenizer sees one (``unicode61``, categories ``L* N* Co M*``):
    letters, digits, private-use characters and combining marks, so that a Hindi or Tamil word
    with its vowel signs is one word; anything else separates words. Built on first use (~15 ms)."""
    marks = {c for c in range(0x20000) if unicodedata.category(chr(c)).startswith("M")}
    starts = sorted(c for c in marks if c - 1 not in marks)
    ends = sorted(c for c in marks if c + 1 not in marks)
    spans = "".join(f"{chr(a)}-{chr(b)}" for a, b in zip(starts, ends, strict=True))
    return re.compile(f"(?:[^\\W_]|[{spans}\ue000-\uf8ff])+")


def fold(word: str) -> str:
    """A word as the word index keeps it: lower case, and Latin letters without their diacritics
    (``Måneder`` -> ``maneder``, as ``remove_diacritics 2`` does; other scripts keep their marks:
    ``й`` is not ``и``)."""
    word = word.lower()
    if word.isascii():
        return word
    out = []
    for ch in unicodedata.normalize("NFD", word):
        if LATIN_DIACRITICS.match(ch) and out and out[-1].isascii():
            continue  # a diacritic on a Latin base letter
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def fts5_string(term: Term) -> str:
    """A term as an FTS5 string: quoted (so nothing in it is syntax), ``*`` after it for a prefix."""
    return '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")


# ---------------------------------------------------------------- the reference matcher
def match(terms: list[Term], title: str | None, text: str) -> tuple[float, list[tuple[int, int]]] | None:
    """``(score, spans of text)`` if the document holds every term, else None.

    The score counts occurrences (a title occurrence weighs ``TITLE_WEIGHT``); ``spans`` are the
    ``(start, end)`` offsets in ``text`` of every occurrence, in order.
    """
    if not terms:
        return None
    words = [t for t in terms if not t.nospace]
    if words:  # a quick necessary test before the word-by-word one
        loose = _loose(f"{title or ''}\n{text}")
        if not all(_loose(w) in loose for t in words for w in t.words()):
            return None
    score, spans = 0.0, []
    title_words, text_words = (_tokens(title or ""), _tokens(text)) if words else ([], [])
    for term in terms:
        in_title = len(_find(term, title or "", title_words))
        found = _find(term, text, text_words)
        if not in_title and not found:
            return None
        score += TITLE_WEIGHT * in_title + len(found)
        spans += found
    return score, sorted(set(spans))


def scan(terms: list[Term], rows: Iterable[tuple[Any, str | None, str]]) -> list[tuple[Any, float, list[tuple[int, int]]]]:
    """``(key, score, spans)`` of each ``(key, title, text)`` row holding every term, best first
    (equal scores in row order): a search without an index."""
    hits = []
    for n, (key, title, text) in enumerate(rows):
        found = match(terms, title, text)
        if found:
            hits.append((-found[0], n, key, found[1]))
    hits.sort(key=lambda h: h[:2])
    return [(key, -score, spans) for score, _, key, spans in hits]


def _loose(text: str) -> str:
    """Lower case without any marks of the U+0300 block: every word's ``fold`` is inside the
    ``_loose`` of any text holding the word, so a word missing from it is missing from the text."""
    return LATIN_DIACRITICS.sub("", unicodedata.normalize("NFD", text.lower()))


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """``(folded word, start, end)`` of each word of ``text``."""
    return [(fold(m.group()), m.start(), m.end()) for m in word_pattern().finditer(text)]


def _find(term: Term, text: str, tokens: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Where ``term`` occurs in ``text``: a substring for a no-space script, else a run of words."""
    if term.nospace:  # as a trigram index does: case folded, diacritics kept
        needle, lower = term.text.lower(), text.lower()
        if len(lower) != len(text):  # lowering changed the length: offsets would drift; match as typed
            needle, lower = term.text, text
        return [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), lower)]
    words = term.words()
    n = len(words)
    hits = []
    for i in range(len(tokens) - n + 1):
        if all(tokens[i + k][0] == w for k, w in enumerate(words[:-1])) and (
            tokens[i + n - 1][0].startswith(words[-1]) if term.prefix else tokens[i + n - 1][0] == words[-1]
        ):
            hits.append((tokens[i][1], tokens[i + n - 1][2]))
    return hits


def document_snippet(terms: list[Term], doc: dict[str, Any]) -> dict[str, Any]:
    """The snippet of a document (a contract dict) around its first match of ``terms`` in its
    body: a match in boilerplate ("Accessibility links Breaking News ...") is shown only when
    the body has none."""
    found = match(terms, doc["title"], doc["text"])
    spans = found[1] if found else []
    cuts = boilerplate(doc)
    body = [(s, e) for s, e in spans if not any(a <= s < b for a, b in cuts)]
    shown = _richest(doc["text"], body or spans)
    first = shown[0][0] if shown else 0
    floor = max((b for a, b in cuts if b <= first), default=0) if body else 0
    return snippet(doc["text"], shown, not_before=floor)


MAX_WINDOWS = 200  # a common word matched all over a long text: the first windows are enough


def _richest(text: str, spans: list[tuple[int, int]], size: int = SNIPPET_CHARS) -> list[tuple[int, int]]:
    """The matches from the one whose snippet window shows the most different matched words
    ("Stoltenberg troops": a passage with both before one with Stoltenberg twice)."""
    best, best_count = 0, -1
    for i, (start, _) in enumerate(spans[:MAX_WINDOWS]):
        window = [text[s:e].casefold() for s, e in spans[i:] if s < start + size * 2 // 3]
        if len(set(window)) > best_count:
            best, best_count = i, len(set(window))
    return spans[best:]


def boilerplate(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of a document's boilerplate spans (menus, banners, share buttons)."""
    return [(int(sp["start"]), int(sp["end"])) for sp in doc.get("spans") or []
            if isinstance(sp, dict) and sp.get("kind") == "boilerplate"]  # fmt: skip


def snippet(text: str, spans: list[tuple[int, int]], size: int = SNIPPET_CHARS, not_before: int = 0) -> dict[str, Any]:
    """``{"snippet", "highlights"}``: about ``size`` characters of ``text`` around the first of
    ``spans`` (whitespace collapsed), starting no earlier than ``not_before`` (the end of the
    boilerplate before it), and the ``[start, end]`` of each span inside the snippet."""
    start = max(0, not_before, spans[0][0] - size // 3) if spans else not_before
    if start > not_before and text[start - 1 : start].isalnum():  # not mid-word: from the next space
        space = text.find(" ", start, spans[0][0] if spans else start + 30)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + size)
    marked = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
    pieces, pos = [], start
    for s, e in marked:
        pieces += [(text[pos:s], False), (text[s:e], True)]
        pos = e
    pieces.append((text[pos:end], False))
    return joined([(p, hit) for p, hit in pieces if p], lead=start > 0, tail=end < len(text))


def joined(pieces: list[tuple[str, bool]], *, lead: bool = False, tail: bool = False) -> dict[str, Any]:
    """Snippet pieces ``(text, is a match)`` as one string (whitespace collapsed, ``…`` where the
    text goes on) and the ``[start, end]`` of each match in it."""
    out, highlights = "…" if lead else "", []
    for piece, hit in pieces:
        piece = re.sub(r"\s+", " ", piece)
        if out in ("", "…") or out.endswith(" "):
            piece = piece.lstrip()
        if hit and piece:
            highlights.append([len(out), len(out) + len(piece)])
        out += piece
    out = out.rstrip()
    return {"snippet": out + ("…" if tail else ""), "highlights": highlights}
