"""Sentences: the provenance unit of every extracted item.

Segmentation is sentencex (Wikimedia's multilingual segmenter: abbreviation lists for ~250
languages, fast enough to disappear from profiles). Lines are segmented one at a time, so a headline
or a caption without final punctuation never runs into the next paragraph. Each sentence records
whether it is body text or lies in a boilerplate/caption/credit span.
"""

from __future__ import annotations

import re
from functools import cache

from sentencex import segment

from ..lang import table
from ..model import Document, Sentence
from ..pipeline import Options
from .clean import line_offsets

# sentencex's Norwegian and Swedish rules split "21. november" and "kl. 14.30"; its Danish rules,
# from the same family of abbreviations and date forms, do not.
SEGMENTER_LANGUAGE = {"nb": "da", "nn": "da", "no": "da", "sv": "da"}


def split_sentences(text: str, lang: str | None, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    code = SEGMENTER_LANGUAGE.get(lang or "", lang or "en")
    out: list[tuple[int, int]] = []
    for line_start, line_end in line_offsets(text[start:end]):
        pos = start + line_start
        stop = start + line_end
        for piece in segment(code, text[pos:stop]):
            found = text.find(piece, pos, stop + 1) if piece else -1
            if found < 0:  # the segmenter normalised something: fall back to the whole line rest
                out.append((pos, stop))
                pos = stop
                break
            s, e = _trim(text, found, found + len(piece))
            if e > s:
                out.append((s, e))
            pos = found + len(piece)
        if pos < stop and text[pos:stop].strip():
            out.append(_trim(text, pos, stop))
    return _join(text, out, lang)


@cache
def _join_rules(lang: str | None) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """The language's ``(end of one, start of next)`` patterns that make two segments one."""
    module = table(lang, "sentences")
    return [(re.compile(a), re.compile(b)) for a, b in getattr(module, "JOIN", [])]


def _join(text: str, spans: list[tuple[int, int]], lang: str | None) -> list[tuple[int, int]]:
    """Merge consecutive segments of one line the language's join rules say belong together."""
    rules = _join_rules(lang)
    if not rules:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and "\n" not in text[out[-1][1]:start]:
            prev_start, prev_end = out[-1]
            if any(a.search(text, prev_start, prev_end) and b.match(text, start, end) for a, b in rules):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def annotate(doc: Document, options: Options) -> None:
    """Fill ``doc.sentences``, each tagged ``body`` or with the kind of span it lies in."""
    doc.sentences = [
        Sentence(s, e, doc.span_kind_at(s)) for s, e in split_sentences(doc.text, doc.lang)
    ]


_WORD = re.compile(r"\w+")


def count_words(text: str) -> int:
    """Words as the benchmarks count them (runs of word characters)."""
    return len(_WORD.findall(text))


def title_case(text: str) -> bool:
    """Whether a sentence is a headline in Title Case, where capitals say nothing about names
    (all-capitals headlines are left alone: taggers' training news has many)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() and not w.isupper() for w in words) >= 0.8 * len(words)


def title_case_title(text: str) -> bool:
    """Whether a document's title is in Title Case, small words aside ("Derelict Obama and
    Clinton"): the looser test only a title may pass, as a body sentence's long words are rarely
    all capitalised but its short ones often are ("Obama met Xi in Beijing")."""
    words = [w for w in text.split() if w[:1].isalpha() and (w[0].isupper() or len(w) > 3)]
    return len(words) >= 3 and sum(w[0].isupper() and not w.isupper() for w in words) >= 0.8 * len(words)
