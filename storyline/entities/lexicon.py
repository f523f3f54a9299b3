"""A multilingual name lexicon learned from the training data: which words are usually names, and of
which type ("hiroshima" LOC, "disney" ORG, "trump" PER).

Names cross languages far more than other words do, so a model trained on a small corpus (Norwegian
NorNE, 2,200 sentences) learns from the names the other nine corpora annotate. The lexicon is built
from the *train* parts only (never a dev part) by :mod:`.train`, and shipped as
``models/lexicon.json.gz``; a model of language X is trained with the lexicon of the other languages
(leave-one-language-out), so that its feature weights reflect how the lexicon behaves on unseen text.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

PATH = Path(__file__).resolve().parent / "models" / "lexicon.json.gz"
MIN_COUNT = 2  # a name seen once may be an annotation slip

Counts = dict[str, Counter[str]]  # folded word -> {"PER": n, ..., "O": n capitalised non-name}


def count(sentences: Iterable[tuple[list[str], list[str]]]) -> Counts:
    """How often each capitalised word is tagged as each type (or "O") in labelled sentences."""
    counts: Counts = defaultdict(Counter)
    for words, labels in sentences:
        for word, label in zip(words, labels):
            if label != "O" and word[:1].isalpha():
                counts[word.lower()][label[2:]] += 1
            elif word[:1].isupper():
                counts[word.lower()]["O"] += 1
    return counts


def build(per_language: Mapping[str, Counts], exclude: str | None = None) -> dict[str, str]:
    """The lexicon (word -> type) pooled over languages, leaving out ``exclude``: a word is a name
    when it was tagged at least ``MIN_COUNT`` times, and at least as often as it was not."""
    pooled: Counts = defaultdict(Counter)
    for lang, counts in per_language.items():
        if lang != exclude:
            for word, c in counts.items():
                pooled[word].update(c)
    lexicon: dict[str, str] = {}
    for word, c in pooled.items():
        names = {t: n for t, n in c.items() if t != "O"}
        if names and sum(names.values()) >= max(MIN_COUNT, c["O"]):
            lexicon[word] = max(sorted(names), key=names.__getitem__)
    return lexicon


def save(lexicon: dict[str, str], path: Path = PATH) -> None:
    """Write the lexicon (sorted, gzipped JSON: small and diff-stable)."""
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(dict(sorted(lexicon.items())), fh, ensure_ascii=False, separators=(",", ":"))


@cache
def shipped() -> dict[str, str]:
    """The shipped lexicon (empty when absent: the models then run without it)."""
    if not PATH.exists():
        return {}
    with gzip.open(PATH, "rt", encoding="utf-8") as fh:
        return json.load(fh)
