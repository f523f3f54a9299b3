"""A multilingual name lexicon learned from the training data: which words are usually names, and of
which type ("hiroshima" LOC, "disney" ORG, "trump" PER).

Names cross languages far more than other words do, so a model trained on a small corpus (Norwegian
NorNE, 2,200 sentences) learns from the names the other nine corpora annotate. The lexicon is built
from the *train* parts only (never a dev part) by :mod:`.train`. The model of language X is trained
and run with the lexicon of the *other* languages (leave-one-language-out, shipped beside it as
``models/<X>.lexicon.json.gz``): with its own names in it, the feature would fire on every training
name and on far fewer unseen ones, and the model would learn to trust it too much.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent / "models"
MIN_COUNT = 2  # a name seen once may be an annotation slip
OTHERS, OWN = "lexicon", "own"  # the two lexicons a model may ship (file name parts)

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


def own(counts: Counts) -> dict[str, str]:
    """A language's own capitalised words -> their usual label ("PER" ..., or "O": "Regierung",
    "Montag"), from its labelled text; seen at least ``MIN_COUNT`` times."""
    return {w: max(sorted(c), key=c.__getitem__) for w, c in counts.items() if sum(c.values()) >= MIN_COUNT}


def cross_fitted(sentences: list[tuple[list[str], list[str]]], folds: int) -> list[dict[str, str]]:
    """For each sentence, the :func:`own` lexicon of the sentences outside its fold (by position):
    at training time the feature then fires as it will on unseen text, not on every training word."""
    parts = [count(sentences[f::folds]) for f in range(folds)]
    lexicons = []
    for f in range(folds):
        pooled: Counts = defaultdict(Counter)
        for g, part in enumerate(parts):
            if g != f:
                for word, c in part.items():
                    pooled[word].update(c)
        lexicons.append(own(pooled))
    return [lexicons[i % folds] for i in range(len(sentences))]


def path(model: str, folder: Path = MODELS, kind: str = OTHERS) -> Path:
    """Where a lexicon of a model is kept (``OTHERS``: the other languages', ``OWN``: its own)."""
    return folder / f"{model}.{kind}.json.gz"


def save(lexicon: dict[str, str], target: Path) -> None:
    """Write a lexicon (sorted, gzipped JSON: small and diff-stable)."""
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(dict(sorted(lexicon.items())), fh, ensure_ascii=False, separators=(",", ":"))


@cache
def shipped(model: str, kind: str = OTHERS) -> dict[str, str]:
    """A lexicon shipped with a model (empty when absent: the model then runs without it)."""
    target = path(model, kind=kind)
    if not target.exists():
        return {}
    with gzip.open(target, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def misc_words() -> frozenset[str]:
    """Words some shipped lexicon types MISC: nationalities, religions, events ("canadian",
    "jewish", "olympic"), which are no one's first name or surname."""
    words: set[str] = set()
    for target in sorted(MODELS.glob(f"*.{OTHERS}.json.gz")):  # read once, not kept (``shipped`` caches)
        with gzip.open(target, "rt", encoding="utf-8") as fh:
            words.update(word for word, kind in json.load(fh).items() if kind == "MISC")
    return frozenset(words)


# What may stand before a sentence's first word: opening quotes, brackets and dashes.
OPENING = frozenset("\"'«»„“”‘’‚‹›([–—-")


@cache
def opening_words(model: str) -> frozenset[str]:
    """The common words that open sentences in a model's language (``models/<lang>.openers.txt``,
    written by :mod:`.openers`; empty when absent)."""
    target = MODELS / f"{model}.openers.txt"
    if not target.exists():
        return frozenset()
    return frozenset(line.strip() for line in target.read_text(encoding="utf-8").splitlines() if line.strip())
