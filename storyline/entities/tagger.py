"""Mention detection: the shipped CRF models applied to the sentences of a text.

One model per language (``models/<lang>.crfsuite``), loaded once per process. A language without a
model of its own borrows one: first along ``storyline.lang.FALLBACK`` (Nynorsk, Danish, Swedish to
Bokmål), then the ``MODEL`` named by its ``entities`` table, then by script (Cyrillic text to the
Russian model, anything else to the English one, whose casing and gazetteer cues carry over to most
languages written in Latin script). The borrowed model is named in the log, never silent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from .. import lang as langs
from . import lexicon
from .features import sentence_features
from .tokens import tokenize

log = logging.getLogger(__name__)

MODELS = Path(__file__).resolve().parent / "models"
DEFAULT_MODEL = "en"
CYRILLIC_MODEL = "ru"


@dataclass(slots=True, frozen=True)
class Mention:
    """A tagged name: character offsets into the text and its CoNLL type."""

    start: int
    end: int
    type: str


def available() -> list[str]:
    """The languages that ship a model."""
    return sorted(p.stem for p in MODELS.glob("*.crfsuite"))


@cache
def model_name(lang: str | None, cyrillic: bool = False) -> str:
    """The model used for a language: its own, its fallback's, its table's choice, or by script."""
    have = set(available())
    code = (lang or "").lower()
    seen: set[str] = set()
    while code and code not in seen:
        if code in have:
            return code
        seen.add(code)
        code = langs.FALLBACK.get(code, "")
    table = langs.table(lang, "entities")
    choice = getattr(table, "MODEL", None) if table else None
    if choice in have:
        return choice
    fallback = CYRILLIC_MODEL if cyrillic and CYRILLIC_MODEL in have else DEFAULT_MODEL
    log.info("entities: no model for %r, using %r", lang, fallback)
    return fallback


@cache
def tagger(name: str) -> pycrfsuite.Tagger:
    """The opened CRF tagger of one model (opened once per process)."""
    crf = pycrfsuite.Tagger()
    crf.open(str(MODELS / f"{name}.crfsuite"))
    return crf


# Brackets and quotes a mention keeps at its end when it opened them ("Динамо (Киев)").
CLOSING = {"(": ")", "[": "]", "«": "»", "„": "“", "“": "”"}
INITIAL = 3  # a stop right after a word this short ends an initial or abbreviation ("П.", "Дж.")


def mention_end(text: str, tokens: list[tuple[int, int]]) -> int:
    """Where a chunk's mention ends: at its last token that starts with a letter or digit (a slash
    or dash the tagger swept in, "Seco/", is not part of the name), or after a bracket closing one
    it opened, or after the stop of an initial."""
    end, want, prev = -1, [], (0, 0)
    for s, e in tokens:
        piece = text[s:e]
        if piece[:1].isalnum():
            end = e
        elif want and piece == want[-1]:
            want.pop()
            end = e
        elif piece in CLOSING:
            want.append(CLOSING[piece])
        elif piece == "." and prev[1] == s and 0 < s - prev[0] <= INITIAL and text[prev[0] : s].isalpha():
            end = e
        prev = (s, e)
    return end


def decode(text: str, tokens: list[tuple[int, int]], labels: list[str]) -> list[Mention]:
    """Mentions from BIO labels (CoNLL convention: an I- not continuing its type opens a chunk),
    each ending where :func:`mention_end` says."""
    out: list[Mention] = []
    chunk: list[tuple[int, int]] = []
    cur = ""
    for tok, label in zip([*tokens, (0, 0)], [*labels, "O"]):
        typ = label[2:]
        if label == "O" or label.startswith("B-") or typ != cur:
            if cur and (end := mention_end(text, chunk)) > chunk[0][0]:
                out.append(Mention(chunk[0][0], end, cur))
            cur, chunk = ("", []) if label == "O" else (typ, [])
        if cur:
            chunk.append(tok)
    return out


def tag(text: str, start: int, end: int, model: str) -> list[Mention]:
    """The mentions in ``text[start:end]`` (one sentence), offsets into ``text``."""
    tokens = tokenize(text, start, end)
    if not tokens:
        return []
    words = [text[s:e] for s, e in tokens]
    features = sentence_features(words, lexicon.shipped(model), lexicon.shipped(model, lexicon.OWN), model)
    return decode(text, tokens, tagger(model).tag(features))
