"""A learned join decision: the probability that an item belongs to a candidate cluster.

The hand scorer of :mod:`.cluster` adds one anchor cosine (every channel in one TF-IDF vector,
each scaled by a hand-set weight), a word cosine and a day penalty, and joins above a threshold.
Multilingual news stream clustering (Miranda et al., 2018) instead feeds *per-feature*
similarities of an item to each candidate cluster to a learned model. This module holds the
features of one (item, candidate) pair and a small logistic regression over them (numpy only,
L2-regularised, fitted by Newton's method: deterministic), saved as JSON. Measured against the
hand scorer on held-out ITN subjects it does not beat it (docs/quality.md, stories, fifth pass),
so it is an option (``Params.linker``, ``evaluate --linker``), not the default.
:mod:`.train_linker` collects the decisions of clustering runs over gold data and fits it.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .dates import DATE
from .features import ENTITY, NAME, NUMBER, PREFIX, SKELETON, WORD
from .places import PLACE, PLACE_PAIR

CHANNELS = (NAME, SKELETON, PREFIX, NUMBER, ENTITY, PLACE, PLACE_PAIR, DATE, WORD)
# fmt: off
FEATURES = (
    *(f"cos {c}" for c in CHANNELS), *(f"shared {c}" for c in CHANNELS),
    "anchor cos", "word cos", "has lang", "hand", "hand margin", "rank", "days", "undated",
    "log size", "log langs", "log item anchors",
)
# fmt: on


def pair_features(
    chans: dict[str, dict[str, float]],
    weights: dict[str, float],
    chan2: dict[str, float],
    cos: tuple[float, float],
    context: tuple[bool, float, float, int, float | None, int, int],
) -> list[float]:
    """The features of one (item, candidate cluster) pair.

    Args:
        chans: the item's weighted vector split by channel (key prefix).
        weights: the cluster's summed vector; ``chan2`` its squared norm per channel.
        cos: the hand scorer's anchor and word cosines (before words are replaced by anchors).
        context: has the cluster the item's language, the hand score, its margin under the best
            candidate's, the candidate's rank, days between item and cluster centre (None when
            either is undated), the cluster's size and its number of languages.
    """
    has_lang, hand, margin, rank, days, size, langs = context
    coss, shared = [], []
    for chan in CHANNELS:
        part = chans.get(chan)
        norm = chan2.get(chan, 0.0)
        if not part or norm <= 0:
            coss.append(0.0)
            shared.append(0.0)
            continue
        dot, hits, own = 0.0, 0, 0.0
        for key, value in part.items():
            own += value * value
            w = weights.get(key)
            if w is not None:
                dot += value * w
                hits += 1
        coss.append(dot / math.sqrt(norm * own) if own > 0 else 0.0)
        shared.append(math.log1p(hits))
    anchors = sum(len(p) for c, p in chans.items() if c != WORD)
    return [
        *coss, *shared, cos[0], cos[1], float(has_lang), hand, margin, float(rank),
        0.0 if days is None else min(days, 60.0) / 30.0, float(days is None),
        math.log(size), math.log(langs), math.log1p(anchors),
    ]  # fmt: skip


@dataclass(slots=True)
class Linker:
    """A logistic regression over :data:`FEATURES` (standardised), the probability above which
    an item joins its most probable candidate, the number of candidates it weighs (more than the
    hand scorer's: a model can tell a weak right one from a strong wrong one), and the level it
    was trained for."""

    coef: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float = 0.5
    top_k: int = 20
    level: str = "story"

    def probs(self, rows: list[list[float]]) -> np.ndarray:
        """Join probabilities of candidate feature rows."""
        x = (np.asarray(rows, dtype=np.float64) - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(x @ self.coef + self.bias)))

    def to_dict(self) -> dict[str, object]:
        return {
            "features": list(FEATURES), "coef": [round(float(c), 6) for c in self.coef],
            "bias": round(self.bias, 6), "mean": [round(float(m), 6) for m in self.mean],
            "scale": [round(float(s), 6) for s in self.scale], "threshold": self.threshold,
            "top_k": self.top_k, "level": self.level,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Linker:
        if list(data["features"]) != list(FEATURES):
            raise ValueError("linker model was trained on other features; retrain it")
        arr = functools.partial(np.asarray, dtype=np.float64)
        coef, mean, scale = arr(data["coef"]), arr(data["mean"]), arr(data["scale"])
        return cls(coef, float(data["bias"]), mean, scale, float(data["threshold"]), int(data["top_k"]), data["level"])


def fit(rows: np.ndarray, labels: np.ndarray, l2: float = 1.0, iterations: int = 30) -> Linker:
    """Fit an L2-regularised logistic regression by Newton's method (deterministic)."""
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale < 1e-9] = 1.0
    x = np.hstack([(rows - mean) / scale, np.ones((len(rows), 1))])
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - labels) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return Linker(w[:-1], float(w[-1]), mean, scale)


@functools.cache
def load(path: str) -> Linker:
    """A model file written by :mod:`.train_linker`, loaded once."""
    return Linker.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
