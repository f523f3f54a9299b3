"""Online, near-linear clustering of documents (or of events) into groups that tell one thing.

The clusterer follows the streaming design of multilingual news clustering systems: items arrive
in date order and each is compared only with the clusters it could belong to, never with the whole
corpus:

1. the item is a weighted sparse vector (TF-IDF over its feature keys, each channel scaled by its
   weight in :class:`Params`), plus an optional dense embedding;
2. candidate clusters come from an inverted index over the item's *rare* keys (a key held by more
   than ``max_df`` of the items indexed so far blocks nothing and is left out), accumulating the
   dot product with each cluster's centroid on the way; clusters idle for more than ``window``
   days are dropped from the postings; with ``wide_min``, clusters sharing that many *frequent*
   anchors with the item within about ``wide_days`` are candidates too (postings by anchor and
   week, so they stay short): at the story level most missed candidates share only such keys;
3. the best ``top_k`` candidates (plus, with embeddings, the nearest active centroids) are scored:
   sparse cosine + embedding similarity above its baseline - a penalty for the distance in days;
   a candidate sharing only dates and years with the item (:func:`only_when`) is none;
4. the item joins the best cluster when the score passes ``threshold``, else starts a new one;
   or, with a learned ``linker`` (:mod:`.linker`), the candidate most probably of the same story
   when that probability passes the model's threshold (the hand score is one of its features).

Adding items later continues the same state, so clusters are updated without a recompute.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .dates import DATE
from .features import ENTITY, NAME, NUMBER, PREFIX, SKELETON, WORD, is_year
from .linker import Linker, load, pair_features
from .places import PLACE
from .state import Vocab, decode_maps, encode_maps, ragged, unragged


@dataclass(slots=True)
class Params:
    """Weights and thresholds of one clustering level (tuned on the dev sets, see docs/quality.md)."""

    threshold: float = 0.3
    channel: dict[str, float] = field(
        default_factory=lambda: {NAME: 0.5, SKELETON: 0.6, PREFIX: 0.5, NUMBER: 0.8, ENTITY: 0.4, PLACE: 0.6, WORD: 0.3}
    )
    word_weight: float = 0.5  # the same-language word cosine counts this much beside the anchors
    embed_weight: float = 2.0  # score += weight * (cosine - embed_base)
    embed_base: float = 0.85
    window: int = 30  # days a cluster stays open after its last item
    day_penalty: float = 0.03  # score -= penalty * days between item and cluster centre...
    day_cap: int = 60  # ... counting at most this many days (a story may span a year)...
    day_evidence: float = 1000.0  # ... and less when item and cluster share more anchors than this
    max_df: float = 0.02  # keys held by more than this share of items do not block...
    max_block: int = 100  # ... nor keys held by more items than this: blocking stays near-linear
    top_k: int = 5
    wide_min: int = 0  # candidates also from this many shared frequent anchors (0: none)...
    wide_days: int = 7  # ... indexed by week: only clusters with an item within about this many days
    linker: str | None = None  # a learned join decision (a train_linker model file) in place of threshold
    same_lang_names: bool = False  # an item joins a cluster in its own language only on a shared name


@dataclass(slots=True)
class Item:
    """What is clustered: an id, a language, a day and its keys with counts (or, ``weighted``,
    an already weighted vector: an event's), plus an optional embedding."""

    id: str
    lang: str
    day: int | None
    keys: Mapping[str, float]
    vector: Any = None
    weighted: bool = False


def normalise(vec: Mapping[str, float]) -> dict[str, float]:
    """L2-normalise anchors (names, numbers, entities) and words separately, so that a long
    tail of same-language words cannot drown the few anchors another language shares."""
    norms = {False: 0.0, True: 0.0}
    for key, value in vec.items():
        norms[key.startswith(WORD)] += value * value
    return {k: v / (math.sqrt(norms[k.startswith(WORD)]) or 1.0) for k, v in vec.items()}


Scored = tuple[int, float, tuple[float, float], float | None]
_NAMES = (NAME, SKELETON, PREFIX, ENTITY)  # the channels of keys that name someone or something  # cluster, hand score, cosines, days


def only_when(shared: list[str]) -> bool:
    """Whether the anchors an item shares with a cluster say only *when*, not *what*: written
    days of the month, the day numbers they were written with, and years. Two reports of one
    day are not one story for that ("10 octobre : une série de bombardements russes" and the
    economics Nobel prize of 10 October shared nothing else, and were one)."""
    days = {NUMBER + key[len(DATE) + 2 :].lstrip("0") for key in shared if key.startswith(DATE)}
    return bool(shared) and all(
        key.startswith(DATE) or key in days or (key.startswith(NUMBER) and is_year(key[len(NUMBER) :]))
        for key in shared
    )


def _by_score(pair: tuple[int, float]) -> tuple[float, int]:
    """Candidates best first, ties to the older cluster: the order is the same whatever the
    layout of the sets of cluster ids it was gathered from (a reloaded index decides as the saved one)."""
    return -pair[1], pair[0]


@dataclass(slots=True)
class Decision:
    """One join decision, as :mod:`.train_linker` records it: the item, each candidate with the
    cluster's size at the time and the pair's features, and the cluster chosen (None: new)."""

    item: str
    candidates: list[tuple[int, int, list[float]]]
    chosen: int | None


@dataclass(slots=True)
class Cluster:
    """A growing cluster: its members and the running sums its centroid is made of."""

    id: int
    members: list[str] = field(default_factory=list)
    langs: Counter[str] = field(default_factory=Counter)
    weights: dict[str, float] = field(default_factory=dict)
    norm2: dict[bool, float] = field(default_factory=lambda: {False: 0.0, True: 0.0})  # by is_word
    chan2: dict[str, float] = field(default_factory=dict)  # squared norm by channel (key prefix)
    dense: Any = None
    day_sum: float = 0.0
    days: int = 0
    first: int | None = None
    last: int | None = None

    def centre(self) -> float | None:
        """The mean day of the dated members."""
        return self.day_sum / self.days if self.days else None

    def scalars(self) -> list[Any]:
        """The running sums and dates of ``to_state``, as one JSON row."""
        return [self.norm2[False], self.norm2[True], self.day_sum, self.days, self.first, self.last,
                list(self.langs.items()), list(self.chan2.items())]  # fmt: skip


def clusters_state(clusters: list[Cluster], vocab: Vocab) -> dict[str, Any]:
    """Clusters as plain data (see :mod:`.state`): weights over ``vocab``, centroids as one matrix."""
    dense = [c for c in clusters if c.dense is not None]
    return {
        "members": [c.members for c in clusters],
        "scalars": [c.scalars() for c in clusters],
        "weights": encode_maps([c.weights for c in clusters], vocab, np.float64),
        "dense_ids": [c.id for c in dense],
        "dense": np.stack([c.dense for c in dense]) if dense else np.zeros((0, 0), dtype=np.float32),
    }


def clusters_from_state(state: dict[str, Any], words: list[str]) -> list[Cluster]:
    """The clusters of ``clusters_state``."""
    clusters = []
    for cid, (members, row, weights) in enumerate(
        zip(state["members"], state["scalars"], decode_maps(state["weights"], words), strict=True)
    ):
        word, other, day_sum, days, first, last, langs, chan2 = row
        clusters.append(Cluster(cid, members, Counter(dict(langs)), weights, {False: word, True: other},
                                dict(chan2), None, day_sum, days, first, last))  # fmt: skip
    for cid, vector in zip(state["dense_ids"], state["dense"], strict=True):
        clusters[cid].dense = vector.copy()
    return clusters


class Clusterer:
    """Online clusterer: ``add`` items one by one (in date order for best results)."""

    def __init__(
        self, params: Params | None = None, linker: Linker | None = None, trace: list[Decision] | None = None
    ) -> None:
        self.params = params or Params()
        self.linker = linker or (load(self.params.linker) if self.params.linker else None)
        self.trace = trace  # decisions are appended here when given (training)
        self.top_k = self.linker.top_k if self.linker else self.params.top_k
        self.clusters: list[Cluster] = []
        self.assign: dict[str, int] = {}
        self.df: Counter[str] = Counter()
        self.n_items = 0
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.wide: dict[tuple[str, int], set[int]] = defaultdict(set)  # (frequent anchor, week) -> clusters
        self._dense_ids: list[int] = []  # row -> cluster id of the matrix of unit centroids
        self._dense_row: dict[int, int] = {}
        self._dense = np.zeros((0, 0), dtype=np.float32)

    # ------------------------------------------------------------------ saved state
    def to_state(self) -> dict[str, Any]:
        """Everything ``add`` reads and writes, as plain data and arrays (see :mod:`.state`):
        a clusterer rebuilt from it decides every later item as this one would."""
        vocab = Vocab(self.df)  # every key an item brings is counted in df first
        clusters = clusters_state(self.clusters, vocab)
        wide_keys = vocab.ids(key for key, _ in self.wide)
        return {
            "n_items": self.n_items,
            "df": np.fromiter(self.df.values(), dtype=np.int64, count=len(self.df)),
            "clusters": clusters,
            "postings": {"keys": vocab.ids(self.postings), **ragged(self.postings.values())},
            "wide": {"keys": wide_keys, "weeks": np.fromiter((week for _, week in self.wide), dtype=np.int64),
                     **ragged(self.wide.values())},  # fmt: skip
            "dense": {"ids": self._dense_ids, "rows": self._dense[: len(self._dense_ids)],
                      "capacity": self._dense.shape[0]},  # fmt: skip
            "words": vocab.words(),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], params: Params, linker: Linker | None = None) -> Clusterer:
        """The clusterer ``to_state`` saved, with these ``params`` (the caller checked they are the saved ones)."""
        words = state["words"]
        self = cls(params, linker)
        self.n_items = state["n_items"]
        self.df = Counter(dict(zip(words, state["df"].tolist())))
        self.clusters = clusters_from_state(state["clusters"], words)
        self.assign = {m: c.id for c in self.clusters for m in c.members}
        postings = state["postings"]
        for key, cids in zip(postings["keys"].tolist(), unragged(postings), strict=True):
            self.postings[words[key]] = set(cids)
        wide = state["wide"]
        for key, week, cids in zip(wide["keys"].tolist(), wide["weeks"].tolist(), unragged(wide), strict=True):
            self.wide[(words[key], week)] = set(cids)
        dense = state["dense"]
        self._dense_ids = list(dense["ids"])
        self._dense_row = {cid: row for row, cid in enumerate(self._dense_ids)}
        rows = dense["rows"]
        self._dense = np.zeros((dense["capacity"], rows.shape[1]), dtype=np.float32)
        self._dense[: len(rows)] = rows
        return self

    # ------------------------------------------------------------------ vectors
    def observe(self, items: Iterable[Item]) -> None:
        """Count document frequencies (a first pass over a batch gives stable IDF weights)."""
        for item in items:
            self.df.update(item.keys.keys())
            self.n_items += 1

    def weigh(self, keys: Mapping[str, float], channel: Mapping[str, float] | None = None) -> dict[str, float]:
        """The TF-IDF vector of an item, each channel scaled by its weight (this level's, or
        ``channel``: the story level weighs events with the document IDF), normalised."""
        n = max(self.n_items, 1)
        weights = self.params.channel if channel is None else channel
        vec: dict[str, float] = {}
        for key, count in keys.items():
            chan = weights.get(key[:2], 0.0)
            if chan <= 0:
                continue
            idf = math.log((n + 1) / (self.df.get(key, 0) + 1)) + 1.0
            vec[key] = chan * (1.0 + math.log(count)) * idf
        return normalise(vec)

    # ------------------------------------------------------------------ matching
    def _blocking_keys(self, vec: dict[str, float]) -> list[str]:
        """The item's keys rare enough to be worth an index lookup."""
        limit = max(3.0, min(self.params.max_df * self.n_items, self.params.max_block))
        return [k for k in vec if self.df.get(k, 0) <= limit]

    def _open(self, cluster: Cluster, day: int | None) -> bool:
        """Whether a cluster is still open to an item of this day."""
        if day is None or cluster.last is None:
            return True
        return cluster.first - self.params.window <= day <= cluster.last + self.params.window

    def candidates(self, vec: dict[str, float], dense: Any, day: int | None) -> dict[int, float]:
        """Candidate clusters with their (blocked) dot product with the item."""
        dots: dict[int, float] = defaultdict(float)
        for key in self._blocking_keys(vec):
            stale = []
            for cid in self.postings.get(key, ()):
                cluster = self.clusters[cid]
                if not self._open(cluster, day):
                    if day is not None and cluster.last is not None and cluster.last + self.params.window < day:
                        stale.append(cid)
                    continue
                dots[cid] += vec[key] * cluster.weights.get(key, 0.0)
            for cid in stale:
                self.postings[key].discard(cid)
        best = dict(sorted(dots.items(), key=_by_score)[: self.top_k])
        for cid in self._wide_candidates(vec, day):
            best.setdefault(cid, 0.0)
        if dense is not None and self._dense_ids:
            for cid in self._dense_neighbours(dense, day):
                best.setdefault(cid, 0.0)
        return best

    def _frequent_anchors(self, vec: dict[str, float]) -> list[str]:
        """The item's anchors too frequent to block (countries, common names, years)."""
        rare = set(self._blocking_keys(vec))
        return [k for k in vec if k not in rare and not k.startswith(WORD)]

    def _wide_candidates(self, vec: dict[str, float], day: int | None) -> list[int]:
        """Clusters sharing ``wide_min`` or more frequent anchors with the item within about
        ``wide_days``: an item whose only rare keys are missing (a short text naming a country
        and a common name) still meets its story, and the week keeps each posting short."""
        if not self.params.wide_min or day is None:
            return []
        week = day // self.params.wide_days
        counts: Counter[int] = Counter()
        for key in self._frequent_anchors(vec):
            near: set[int] = set()
            for w in (week - 1, week, week + 1):
                near.update(self.wide.get((key, w), ()))
            counts.update(near)
        found = [cid for cid, n in sorted(counts.items(), key=_by_score) if n >= self.params.wide_min]
        return found[: self.top_k]

    def _dense_neighbours(self, dense: Any, day: int | None) -> list[int]:
        """The open clusters whose embedding centroid is nearest to the item's."""
        sims = self._dense[: len(self._dense_ids)] @ dense
        order = np.argsort(-sims)[: self.params.top_k * 2]
        out = [self._dense_ids[i] for i in order if self._open(self.clusters[self._dense_ids[i]], day)]
        return out[: self.params.top_k]

    def score(self, item: Item, parts: tuple[dict[str, float], dict[str, float]], dense: Any, cid: int) -> float:
        """Similarity of an item (its anchors and words) to a cluster: sparse cosines +
        embedding similarity - time distance. Words are same-language evidence: against a
        cluster with nothing in the item's language, the anchors stand in for them."""
        return self._score(item, parts, dense, cid)[0]

    def _score(
        self, item: Item, parts: tuple[dict[str, float], dict[str, float]], dense: Any, cid: int
    ) -> tuple[float, tuple[float, float], float | None]:
        """``score`` with the anchor and word cosines and the distance in days it was made of."""
        cluster = self.clusters[cid]
        get = cluster.weights.get
        cos = [0.0, 0.0]
        for is_word, part in enumerate(parts):
            norm2 = cluster.norm2[bool(is_word)]
            if norm2 > 0:
                cos[is_word] = sum(v * get(k, 0.0) for k, v in part.items()) / math.sqrt(norm2)
        raw = (cos[0], cos[1])
        if item.lang not in cluster.langs:
            cos[1] = cos[0]
        total = cos[0] + self.params.word_weight * cos[1]
        if dense is not None and cluster.dense is not None:
            sim = float(cluster.dense @ dense) / (float(np.linalg.norm(cluster.dense)) or 1.0)
            total += self.params.embed_weight * (sim - self.params.embed_base)
        centre = cluster.centre()
        days = None
        if item.day is not None and centre is not None:
            shared = sum(1 for k in parts[0] if k in cluster.weights)
            days = abs(item.day - centre)
            evidence = min(1.0, self.params.day_evidence / (shared or 1))
            total -= self.params.day_penalty * min(days, self.params.day_cap) * evidence
        return total, raw, days

    def choose(self, item: Item, vec: dict[str, float], dense: Any) -> int | None:
        """The cluster the item joins (None: a new one): the best hand score above the threshold,
        or with a linker the most probable candidate above the model's threshold."""
        words = {k: v for k, v in vec.items() if k.startswith(WORD)}
        parts = ({k: v for k, v in vec.items() if k not in words}, words)
        scored = [
            (cid, *self._score(item, parts, dense, cid))
            for cid in self.candidates(vec, dense, item.day)
            if self._may_join(item, [k for k in parts[0] if k in self.clusters[cid].weights], cid)
        ]
        if self.linker is None and self.trace is None:
            best, best_score = None, self.params.threshold
            for cid, s, _, _ in scored:
                if s > best_score:
                    best, best_score = cid, s
            return best
        return self._learned(item, vec, scored)

    def _may_join(self, item: Item, shared: list[str], cid: int) -> bool:
        """Whether the anchors an item shares with a cluster allow a join at all: not when they
        say only *when*; and (``same_lang_names``) within one language, not without a shared name:
        a day's earnings briefs on Compaq, Delta Air Lines and Norton share "third quarter", the
        New York Stock Exchange and cents a share, not a story. Across languages numbers and
        countries are often all two reports share, so they still count there."""
        if only_when(shared):
            return False
        if not self.params.same_lang_names or item.lang not in self.clusters[cid].langs:
            return True
        return any(key.startswith(_NAMES) for key in shared)

    def _learned(self, item: Item, vec: dict[str, float], scored: list[Scored]) -> int | None:
        """The linker's decision over the scored candidates (or the hand one, recorded)."""
        scored.sort(key=lambda c: -c[1])
        chans: dict[str, dict[str, float]] = {}
        for key, value in vec.items():
            chans.setdefault(key[:2], {})[key] = value
        top = scored[0][1] if scored else 0.0
        rows = []
        for rank, (cid, s, cos, days) in enumerate(scored):
            cluster = self.clusters[cid]
            context = (item.lang in cluster.langs, s, top - s, rank, days, len(cluster.members), len(cluster.langs))
            rows.append(pair_features(chans, cluster.weights, cluster.chan2, cos, context))
        best = None
        if self.linker is not None and rows:
            probs = self.linker.probs(rows)
            k = int(np.argmax(probs))
            best = scored[k][0] if probs[k] > self.linker.threshold else None
        elif self.linker is None and scored and scored[0][1] > self.params.threshold:
            best = scored[0][0]
        if self.trace is not None:
            sizes = [len(self.clusters[c[0]].members) for c in scored]
            candidates = [(c[0], n, r) for c, n, r in zip(scored, sizes, rows, strict=True)]
            self.trace.append(Decision(item.id, candidates, best))
        return best

    # ------------------------------------------------------------------ updates
    def add(self, item: Item) -> int:
        """Put one item in its best cluster (or a new one) and return the cluster id."""
        if item.id in self.assign:
            return self.assign[item.id]
        vec = normalise(item.keys) if item.weighted else self.weigh(item.keys)
        dense = None if item.vector is None else np.asarray(item.vector, dtype=np.float32)
        best = self.choose(item, vec, dense)
        if best is None:
            best = self._new_cluster()
        self._join(best, item, vec, dense)
        return best

    def _new_cluster(self) -> int:
        """An empty cluster with the next id."""
        self.clusters.append(Cluster(id=len(self.clusters)))
        return len(self.clusters) - 1

    def _join(self, cid: int, item: Item, vec: dict[str, float], dense: Any) -> None:
        """Add an item's vector to a cluster's sums and index the cluster under its rare keys."""
        cluster = self.clusters[cid]
        cluster.members.append(item.id)
        cluster.langs[item.lang] += 1
        for key, value in vec.items():
            old = cluster.weights.get(key, 0.0)
            cluster.weights[key] = old + value
            grown = 2 * old * value + value * value
            cluster.norm2[key.startswith(WORD)] += grown
            cluster.chan2[key[:2]] = cluster.chan2.get(key[:2], 0.0) + grown
        for key in self._blocking_keys(vec):
            self.postings[key].add(cid)
        if self.params.wide_min and item.day is not None:
            for key in self._frequent_anchors(vec):
                self.wide[(key, item.day // self.params.wide_days)].add(cid)
        if item.day is not None:
            cluster.day_sum += item.day
            cluster.days += 1
            cluster.first = item.day if cluster.first is None else min(cluster.first, item.day)
            cluster.last = item.day if cluster.last is None else max(cluster.last, item.day)
        if dense is not None:
            self._add_dense(cluster, dense)
        self.assign[item.id] = cid

    def _add_dense(self, cluster: Cluster, dense: Any) -> None:
        """Update a cluster's embedding centroid and its row in the (doubling) matrix."""
        cluster.dense = dense.copy() if cluster.dense is None else cluster.dense + dense
        row = self._dense_row.get(cluster.id)
        if row is None:
            row = len(self._dense_ids)
            if row >= self._dense.shape[0]:
                grown = np.zeros((max(64, 2 * row), dense.shape[0]), dtype=np.float32)
                if row:
                    grown[:row] = self._dense[:row]
                self._dense = grown
            self._dense_ids.append(cluster.id)
            self._dense_row[cluster.id] = row
        self._dense[row] = cluster.dense / (float(np.linalg.norm(cluster.dense)) or 1.0)
