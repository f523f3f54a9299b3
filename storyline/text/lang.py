"""Language identification: which language a document, or any span of text, is written in.

No single offline detector is good enough on short news text: py3langid knows 140 languages
but confuses close neighbours (Bokmål/Nynorsk/Danish, Indonesian/Malay, Ukrainian/Russian),
lingua tells neighbours apart better but knows only 75 languages and is slow to load whole.
So ``detect`` runs a cascade (measured in docs/quality.md, "Language identification"):

1. py3langid ranks all its languages (fast: one pass over the bytes);
2. lingua, built lazily for just the plausible candidates of step 1, re-scores them; the two
   log-probabilities are added. A language lingua lacks but a table maps to a stand-in
   (Galician to Portuguese) is scored through the stand-in, less a penalty; one with no
   stand-in (Uzbek, Sinhala, Nepali...) is left to py3langid alone;
3. marker words from the language tables (``storyline/lang/<code>/langid.py``) settle the
   winner against its close neighbours (Indonesian/Malay, Bokmål/Danish, Urdu/Punjabi), and
   bring in languages neither detector knows through a stand-in (Cantonese and Wu count as
   Chinese until their own characters say otherwise).

Codes are ISO 639-1 where one exists (``nb``/``nn`` for Norwegian, never ``no``), else ISO
639-3 (``ckb``, ``pnb``). Only the first ``MAX_CHARS`` characters of a document's body text
are read: past a paragraph, more text changes no decision and only costs time.
"""

from __future__ import annotations

import json
import logging
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from storyline import lang as lang_tables

if TYPE_CHECKING:
    from lingua import Language, LanguageDetector
    from py3langid.langid import LanguageIdentifier

    from storyline.model import Document
    from storyline.pipeline import Options

log = logging.getLogger(__name__)

__all__ = ["annotate", "annotate_spans", "detect", "document_sample", "foreign_paragraphs", "normalise_code"]

# fmt: off
MAX_CHARS = 1500       # body characters read per document (speed; decisions settle long before)
TOP_K = 5              # py3langid candidates passed on to lingua
MIN_PROB = 0.001       # ... if at least this probable
LANGID_WEIGHT = 0.5    # weight of py3langid's log-probability against lingua's
PROXY_PENALTY = 1.5    # log-score cost of a language lingua scores through a neighbour (gl as pt)
UNKNOWN_PENALTY = 1.0  # log-score cost of a language lingua cannot judge at all
UNSEEN_PENALTY = 0.9   # ... of one neither detector knows: one marker word more than its proxy
MARKER_WEIGHT = 1.0    # log-score gain per marker word found
STRIP_NAMES = True     # detect on the lower-case words of a text (names mislead on short ones)
NAMES_MIN_LETTERS = 20 # ... if at least this many letters are left
NAMES_MIN_SHARE = 0.35 # ... and this share of them (a stock table is all names and numbers)
CONFIDENT_LETTERS = 20 # fewer letters than this scale the confidence down ("ok" is no language)
EPSILON = 1e-4         # floor for a probability before its logarithm
FOREIGN_MIN_WORDS = 8  # paragraphs shorter than this are not judged apart from their document
FOREIGN_MIN_PARAGRAPHS = 4     # ... nor paragraphs of documents with fewer paragraphs than this
FOREIGN_MIN_CHARS = 40         # lines shorter than this are headings, not paragraphs
FOREIGN_SAMPLE_CHARS = 200     # a paragraph is screened on its first characters
FOREIGN_ELSEWHERE = 2          # a word found this often in the rest of the document is "shared"
FOREIGN_MAX_SHARED = 0.1       # a paragraph with this share of shared words is the document's language
FOREIGN_MIN_CONFIDENCE = 0.9   # the cascade's confidence needed to mark a paragraph
# fmt: on

# py3langid labels as storyline codes. Its "yue" and "wuu" classes fire on plain Mandarin news,
# so they are folded into Chinese (the marker tables recognise Cantonese and Wu); its "sdh"
# class is what it answers for Kurdish in Arabic script, which news writes in Sorani (ckb);
# "zxx" means "no language".
LANGID_ALIASES: dict[str, str] = {"no": "nb", "sdh": "ckb", "yue": "zh", "wuu": "zh", "zxx": ""}

# Language codes as metadata writes them, mapped to the codes detect() gives.
METADATA_ALIASES: dict[str, str] = {
    "no": "nb", "nor": "nb", "nob": "nb", "nno": "nn", "be-tarask": "be", "iw": "he", "in": "id",
}  # fmt: skip

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060\ufeff]")
# Scripts written without spaces: their markers are matched as substrings, not words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


@dataclass(frozen=True, slots=True)
class Markers:
    """One language's ``langid`` table: its neighbours, stand-in and marker words."""

    neighbours: tuple[str, ...]
    proxy: str | None
    words: frozenset[str]
    substrings: tuple[str, ...]

    def hits(self, tokens: Counter[str], text: str) -> int:
        """How many marker occurrences ``text`` (tokenised as ``tokens``) holds."""
        found = sum(tokens[word] for word in self.words)
        return found + sum(text.count(sub) for sub in self.substrings)


@cache
def marker_tables() -> dict[str, Markers]:
    """Every language's marker table, read once from ``storyline/lang/<code>/langid.py``."""
    tables: dict[str, Markers] = {}
    for code in lang_tables.languages_with("langid"):
        module = lang_tables.table(code, "langid")
        if module is None:
            continue
        markers = frozenset(module.MARKERS)
        tables[code] = Markers(
            neighbours=tuple(module.NEIGHBOURS),
            proxy=module.PROXY,
            words=frozenset(m for m in markers if not _UNSPACED.search(m)),
            substrings=tuple(sorted(m for m in markers if _UNSPACED.search(m))),
        )
    return tables


@cache
def _group(code: str) -> tuple[str, ...]:
    """``code`` and the languages a table says it is confused with, in either direction."""
    tables = marker_tables()
    members = {code, *(tables[code].neighbours if code in tables else ())}
    members.update(other for other, table in tables.items() if code in table.neighbours)
    return tuple(sorted(members))


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model with normalised probabilities (0.7 s to load, so only once)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _lingua_languages() -> dict[str, Language]:
    """lingua's languages by ISO 639-1 code (no model is loaded by this)."""
    from lingua import Language

    return {language.iso_code_639_1.name.lower(): language for language in Language.all()}


@lru_cache(maxsize=256)
def _lingua(codes: frozenset[str]) -> LanguageDetector:
    """A lingua detector for just these languages: loading all 75 would take 12 s."""
    from lingua import LanguageDetectorBuilder

    languages = _lingua_languages()
    return LanguageDetectorBuilder.from_languages(*(languages[c] for c in sorted(codes))).build()


def _langid_probs(text: str) -> dict[str, float]:
    """py3langid's probability of every language, folded into storyline's codes."""
    probs: dict[str, float] = {}
    for label, prob in _identifier().rank(text):
        code = LANGID_ALIASES.get(label, label)
        probs[code] = probs.get(code, 0.0) + prob
    return probs


def _stand_in(code: str) -> str | None:
    """The language lingua scores for ``code``: itself, its table's proxy, or none."""
    if code in _lingua_languages():
        return code
    table = marker_tables().get(code)
    if table and table.proxy in _lingua_languages():
        return table.proxy
    return None


def _lingua_confidences(text: str, codes: frozenset[str]) -> dict[str, float]:
    """lingua's confidence for each of ``codes`` (a lone candidate needs no detector)."""
    if len(codes) == 1:
        return dict.fromkeys(codes, 1.0)
    values = _lingua(codes).compute_language_confidence_values(text)
    return {value.language.iso_code_639_1.name.lower(): value.value for value in values}


def _detector_scores(text: str, probs: dict[str, float]) -> dict[str, float]:
    """Steps 1-2 of the cascade: py3langid's candidates, re-scored by lingua where it can.

    A candidate lingua cannot judge (Uzbek, Aragonese) keeps py3langid's word alone, less a
    penalty: py3langid must prefer it clearly over the languages lingua vouches for.
    """
    ranked = sorted(probs.items(), key=lambda item: item[1], reverse=True)[:TOP_K]
    pool = [code for code, prob in ranked if prob >= MIN_PROB] or [ranked[0][0]]
    stand_ins = {code: s for code in pool if (s := _stand_in(code))}
    confidences = _lingua_confidences(text, frozenset(stand_ins.values())) if stand_ins else {}
    if not any(confidences.values()):  # lingua knows none of them, or rejects all: py3langid decides
        return {code: math.log(probs[code] + EPSILON) for code in pool}
    scores = {}
    for code in pool:
        score = LANGID_WEIGHT * math.log(probs[code] + EPSILON)
        if code not in stand_ins:
            scores[code] = score - UNKNOWN_PENALTY
        else:
            stand_in = stand_ins[code]
            penalty = PROXY_PENALTY if stand_in != code else 0.0
            scores[code] = score + math.log(confidences.get(stand_in, 0.0) + EPSILON) - penalty
    return scores


def _settle(text: str, scores: dict[str, float], allowed: set[str] | None) -> dict[str, float]:
    """Step 3: the favourite against its close neighbours, with the tables' marker words."""
    best = max(scores, key=scores.__getitem__)
    group = [code for code in _group(best) if allowed is None or code in allowed or code == best]
    if len(group) < 2:
        return scores
    tables = marker_tables()
    lowered = _INVISIBLE.sub("", text).lower()
    tokens = Counter(_TOKEN.findall(lowered))
    settled = dict(scores)
    for code in group:
        hits = tables[code].hits(tokens, lowered) if code in tables else 0
        base = scores.get(code)
        if base is None and hits:  # known to neither detector: only its own words bring it in
            proxy = tables[code].proxy
            base = scores[proxy] - UNSEEN_PENALTY if proxy in scores else None
        if base is not None:
            settled[code] = base + MARKER_WEIGHT * hits
    return settled


def detect(text: str, candidates: tuple[str, ...] | None = None) -> tuple[str | None, float]:
    """The language of ``text`` and a confidence in [0, 1].

    Args:
        text: any text: a document, a paragraph, a quotation. Only its first ``MAX_CHARS``
            characters are read.
        candidates: restrict the answer to these codes (say, the languages of a corpus).

    Returns:
        ``(code, confidence)``, or ``(None, 0.0)`` when the text holds no letters (empty,
        whitespace, digits, punctuation) or none of ``candidates`` fits.
    """
    sample = (text or "")[:MAX_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if not letters:
        return None, 0.0
    allowed = {normalise_code(c) for c in candidates} if candidates else None
    content = _without_names(sample)
    probs = _langid_probs(content)
    if allowed is not None:
        probs = {code: prob for code, prob in probs.items() if code in allowed or _proxied(code, allowed)}
        if not probs:
            return None, 0.0
    scores = _settle(sample, _detector_scores(content, probs), allowed)
    if allowed is not None:
        scores = {code: score for code, score in scores.items() if code in allowed}
    scores = {code: score for code, score in scores.items() if code}
    if not scores:
        return None, 0.0
    best = max(scores, key=scores.__getitem__)
    total = sum(math.exp(score - scores[best]) for score in scores.values())
    return best, min(1.0, letters / CONFIDENT_LETTERS) / total


def _without_names(text: str) -> str:
    """``text`` less its capitalised words, unless too little is left.

    News sentences are full of names (Lula da Silva, Anwar Ibrahim) whose spelling belongs to
    another language than the sentence's; the lower-case words carry the language.
    """
    if not STRIP_NAMES:
        return text
    kept = " ".join(word for word in text.split() if not word[:1].isupper())
    letters = sum(ch.isalpha() for ch in kept)
    if letters >= NAMES_MIN_LETTERS and letters >= NAMES_MIN_SHARE * sum(ch.isalpha() for ch in text):
        return kept
    return text


def _proxied(code: str, allowed: set[str]) -> bool:
    """Whether ``code`` stands in for an allowed language (Chinese for Cantonese, say)."""
    return any(table.proxy == code for lang, table in marker_tables().items() if lang in allowed)


def normalise_code(code: str) -> str:
    """A language code as metadata gives it (``NO``, ``en_US``, ``nob``) in detect()'s form."""
    code = code.strip().lower().replace("_", "-")
    code = METADATA_ALIASES.get(code, code)
    primary, _, region = code.partition("-")
    if region and len(primary) == 2 and (len(region) == 2 or region.isdigit()):
        code = METADATA_ALIASES.get(primary, primary)  # en-us, pt-br, es-419: the language
    return code


def document_sample(doc: Document) -> str:
    """The first ``MAX_CHARS`` characters of the body: boilerplate spans are skipped, if any."""
    boilerplate = sorted((s.start, s.end) for s in doc.spans if s.kind == "boilerplate")
    pieces: list[str] = []
    size, pos = 0, 0
    for start, end in [*boilerplate, (len(doc.text), len(doc.text))]:
        if start > pos:
            piece = doc.text[pos:start]
            pieces.append(piece)
            size += len(piece)
            if size >= MAX_CHARS:
                break
        pos = max(pos, end)
    sample = "\n".join(pieces)[:MAX_CHARS]
    # a text that is all boilerplate (a one-line teaser) still has a language
    return sample if any(ch.isalpha() for ch in sample) else doc.text[:MAX_CHARS]


def annotate(doc: Document, options: Options) -> None:
    """Set ``doc.lang`` and ``doc.lang_confidence``; a language from metadata is kept."""
    if doc.lang:
        doc.lang, doc.lang_confidence = normalise_code(doc.lang), 1.0
        return
    try:
        lang, confidence = detect(document_sample(doc), options.languages)
    except Exception:  # a detector failure must not stop the batch
        log.exception("language identification failed on %s", doc.id)
        lang, confidence = None, 0.0
    doc.lang = lang
    doc.lang_confidence = confidence if lang else None


def foreign_paragraphs(doc: Document) -> list[tuple[int, int, str, float]]:
    """``(start, end, lang, confidence)`` of body paragraphs written in another language.

    Running a detector on every paragraph would cost more than the rest of language id, so a
    paragraph is screened first by the share of its words that recur in the rest of the document
    (function words above all: "the", "of", "det", "er"). A paragraph in the document's language
    shares many; only one that shares few goes to the full cascade.
    """
    from storyline.text.clean import line_offsets

    if not doc.lang:
        return []
    # Each paragraph is judged on its opening words: enough to tell, and the cost stays flat.
    paragraphs = [
        (start, end, _TOKEN.findall(doc.text[start : min(end, start + FOREIGN_SAMPLE_CHARS)].lower()))
        for start, end in line_offsets(doc.text)
        if end - start >= FOREIGN_MIN_CHARS and doc.span_kind_at(start) != "boilerplate"
    ]
    if sum(len(words) >= FOREIGN_MIN_WORDS for _, _, words in paragraphs) < FOREIGN_MIN_PARAGRAPHS:
        return []  # too little text around a paragraph to tell "another language" from "the language"
    counts = Counter(_TOKEN.findall(doc.text.lower()))
    same = set(_group(doc.lang))
    found = []
    for start, end, words in paragraphs:
        if len(words) < FOREIGN_MIN_WORDS:
            continue
        own = Counter(words)
        shared = sum(n for w, n in own.items() if counts[w] - n >= FOREIGN_ELSEWHERE)
        if shared / len(words) >= FOREIGN_MAX_SHARED:
            continue
        code, confidence = detect(doc.text[start:end])
        if code and code not in same and confidence >= FOREIGN_MIN_CONFIDENCE:
            found.append((start, end, code, confidence))
    return found


def annotate_spans(doc: Document, options: Options) -> None:
    """Give sentences of paragraphs in another language than the document's their own ``lang``."""
    try:
        paragraphs = foreign_paragraphs(doc)
    except Exception:  # a detector failure must not stop the batch
        log.exception("paragraph language identification failed on %s", doc.id)
        return
    for start, end, code, _ in paragraphs:
        for sentence in doc.sentences:
            if start <= sentence.start < end:
                sentence.lang = code


def main() -> None:
    """Read ``{"id", "text", "lang"?}`` JSON lines on stdin; print contract lines with ``lang``.

    The scorer's input format, so that ``score.py langid`` runs without the rest of the pipeline.
    """
    from storyline.model import Document
    from storyline.pipeline import Options

    options = Options()
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            doc = Document(id=str(record["id"]), text=str(record.get("text") or ""),
                           source=str(record.get("source") or record["id"]), lang=record.get("lang"))
        except (ValueError, KeyError, TypeError) as err:
            print(f"storyline.text.lang: line {number}: {err}", file=sys.stderr)
            continue
        annotate(doc, options)
        print(json.dumps(doc.to_dict(), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
