"""Train a learned join decision (:mod:`.linker`) for one level of the story index on gold sets.

    python -m storyline.stories.train_linker [--data DIR ...] [--out PATH] [--level story|event]
        [--top-k N] [--rounds N] [--l2 X] [--no-language] [--cv FOLDS [--repeats N]]

On-policy, as in imitation learning (DAgger): the index clusters the gold documents, and at every
decision of the level each candidate's features are recorded with a label (does the candidate
cluster's majority gold subject equal the item's?); a logistic regression is fitted to all
decisions so far, the index clusters again with it, and so on for ``--rounds``. The join
threshold is the one scoring the best BCubed F1 on the training documents.

``--cv K`` is the honest measure: the gold subjects are split into K folds by a hash of their id;
each fold is clustered alone by a model trained on the other folds, beside the hand scorer on the
same documents, and the fold's gold is written under ``--folds DIR`` with the model so the shared
scorer can check the numbers. Deterministic: the same data gives the same model. Measured so, it
does not beat the hand scorer (docs/quality.md, stories, fifth pass): no model ships.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .index import StoryIndex, StoryOptions, Trace
from .linker import FEATURES, Linker, fit

DEFAULT_DATA = ("../shared/eval/stories/itn-dev",)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(4, 17))
# Features that tell whether the item's language is already in the cluster. Each ITN wiki posts
# a subject once, so on ITN they learn "a cluster in your language is another subject": true of
# the gold, false of a news stream (a story has many articles in each language).
LANGUAGE = ("has lang", "log langs", "word cos", "cos w:", "shared w:")


def read_gold(path: str) -> list[dict[str, Any]]:
    """The gold documents of one set (``docs.jsonl``: id, text, lang, date, event)."""
    with open(Path(path) / "docs.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def public(doc: dict[str, Any]) -> dict[str, Any]:
    """What a system is given of a gold document (as the shared scorer gives it)."""
    out = {"id": doc["id"], "text": doc["text"], "lang": doc.get("lang")}
    if doc.get("published") or doc.get("date"):
        out["published"] = doc.get("published") or doc.get("date")
    return out


def fold_of(event: str, folds: int, repeat: int = 0) -> int:
    """The fold of a gold subject, from a hash of its id (as the held-out half was drawn);
    each repeat salts the hash for another split."""
    salt = f"{repeat}:" if repeat else ""
    return int(hashlib.sha1((salt + event).encode("utf-8")).hexdigest(), 16) % folds


@dataclass(slots=True)
class Setup:
    """What is trained: the level, candidates per decision, features left out, DAgger rounds, L2."""

    level: str = "story"
    top_k: int = 20
    drop: tuple[str, ...] = ()
    rounds: int = 2
    l2: float = 1.0


def run(
    docs: list[dict[str, Any]], linker: Linker | None, setup: Setup | None = None
) -> tuple[list[list[str]], list[Trace]]:
    """Cluster documents into stories with a linker at its level (None: the hand scorer); with
    a ``setup``, record that level's decisions over its ``top_k`` candidates."""
    options = StoryOptions()
    if setup is not None:
        getattr(options, setup.level).top_k = setup.top_k
    index = StoryIndex(
        options,
        {linker.level: linker} if linker else None,
        setup.level if setup else None,
    )
    index.add(public(d) for d in docs)
    return [s.document_ids for s in index.stories()], index.traces


def majority(doc_ids: list[str], gold: dict[str, str]) -> str | None:
    """The most frequent gold subject of some documents (ties: the smallest id)."""
    counts = Counter(gold[d] for d in doc_ids if d in gold)
    return min(counts, key=lambda e: (-counts[e], e)) if counts else None


def labelled(traces: list[Trace], gold: dict[str, str]) -> tuple[list[list[float]], list[float]]:
    """Feature rows and labels of every recorded candidate: 1 when the candidate cluster's
    majority subject (at the time of the decision) is the item's."""
    rows, labels = [], []
    for trace in traces:
        for decision in trace.decisions:
            own = majority(trace.documents[decision.item], gold)
            for cid, size, row in decision.candidates:
                members = [d for m in trace.clusterer.clusters[cid].members[:size] for d in trace.documents[m]]
                rows.append(row)
                labels.append(float(own is not None and own == majority(members, gold)))
    return rows, labels


def bcubed(clusters: list[list[str]], gold: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of clusters against gold subjects (the shared scorer's)."""
    pred = {d: k for k, members in enumerate(clusters) for d in members}
    ids = list(gold)
    for d in ids:
        pred.setdefault(d, f"single-{d}")
    by_pred: dict[Any, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for d in ids:
        by_pred.setdefault(pred[d], set()).add(d)
        by_gold.setdefault(gold[d], set()).add(d)
    p = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_pred[pred[d]]) for d in ids) / len(ids)
    r = sum(len(by_pred[pred[d]] & by_gold[gold[d]]) / len(by_gold[gold[d]]) for d in ids) / len(ids)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def train(sets: list[list[dict[str, Any]]], setup: Setup, log: Any = None) -> Linker:
    """Fit a linker on gold sets (each clustered alone), DAgger-style over ``setup.rounds``."""
    rows: list[list[float]] = []
    labels: list[float] = []
    linker: Linker | None = None
    for k in range(setup.rounds):
        for docs in sets:
            got = labelled(run(docs, linker, setup)[1], {d["id"]: d["event"] for d in docs})
            rows += got[0]
            labels += got[1]
        x = np.asarray(rows)
        x[:, [FEATURES.index(n) for n in setup.drop]] = 0.0  # a constant 0 column keeps a 0 weight
        linker = fit(x, np.asarray(labels), setup.l2)
        linker.top_k, linker.level = setup.top_k, setup.level
        linker.threshold = best_threshold(sets, linker)
        if log:
            log(f"round {k}: {len(rows)} decisions, {int(sum(labels))} positive, threshold {linker.threshold}")
    assert linker is not None
    return linker


def best_threshold(sets: list[list[dict[str, Any]]], linker: Linker) -> float:
    """The join probability scoring the best mean BCubed F1 over the training sets."""
    best, best_f = 0.5, -1.0
    for t in THRESHOLDS:
        linker.threshold = t
        f = float(np.mean([bcubed(run(docs, linker)[0], {d["id"]: d["event"] for d in docs})[2] for docs in sets]))
        if f > best_f:
            best, best_f = t, f
    return best


def cross_validate(docs: list[dict[str, Any]], folds: int, repeats: int, setup: Setup, out: Path) -> None:
    """Per fold: hand scorer vs a linker trained on the other folds, on the fold's documents alone."""
    rows = []
    for rep in range(repeats):
        for f in range(folds):
            test = [d for d in docs if fold_of(d["event"], folds, rep) == f]
            linker = train([[d for d in docs if fold_of(d["event"], folds, rep) != f]], setup)
            gold = {d["id"]: d["event"] for d in test}
            hand = bcubed(run(test, None)[0], gold)
            learned = bcubed(run(test, linker)[0], gold)
            write_fold(out / f"split{rep}-fold{f}", test, linker)
            rows.append((hand, learned))
            print(
                f"split {rep} fold {f}: {len(test)} docs, {len(set(gold.values()))} subjects; hand P {hand[0]:.3f} "
                f"R {hand[1]:.3f} F1 {hand[2]:.3f}; learned P {learned[0]:.3f} R {learned[1]:.3f} F1 {learned[2]:.3f} "
                f"(threshold {linker.threshold})",
                flush=True,
            )
    gains = [l[2] - h[2] for h, l in rows]
    print(
        f"mean F1: hand {np.mean([h[2] for h, _ in rows]):.3f}, learned {np.mean([l[2] for _, l in rows]):.3f}; "
        f"gain {np.mean(gains):+.3f} (min {min(gains):+.3f}, max {max(gains):+.3f})"
    )


def write_fold(path: Path, docs: list[dict[str, Any]], linker: Linker) -> None:
    """A fold as a gold set the shared scorer reads, with the model trained without it."""
    path.mkdir(parents=True, exist_ok=True)
    meta = {"task": "stories", "format": "jsonl", "file": "docs.jsonl", "gold": "event"}
    (path / "dataset.json").write_text(json.dumps(meta), encoding="utf-8")
    with open(path / "docs.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    (path / "linker.json").write_text(json.dumps(linker.to_dict(), indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--data",
        nargs="+",
        default=list(DEFAULT_DATA),
        help="gold story sets (docs.jsonl with event)",
    )
    parser.add_argument("--out", default="linker.json", help="where the model goes")
    parser.add_argument("--level", choices=("event", "story"), default="story")
    parser.add_argument("--top-k", type=int, default=20, help="candidates per decision")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of on-policy collection (DAgger)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument(
        "--no-language",
        action="store_true",
        help=f"leave out the features of language identity ({', '.join(LANGUAGE)})",
    )
    parser.add_argument(
        "--cv",
        type=int,
        default=0,
        help="cross-validate over this many folds of subjects instead",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=1,
        help="--cv over this many splits (salted hashes)",
    )
    parser.add_argument(
        "--folds",
        default="/tmp/storyline-linker-folds",
        help="where --cv writes each fold",
    )
    args = parser.parse_args(argv)
    setup = Setup(
        args.level,
        args.top_k,
        LANGUAGE if args.no_language else (),
        args.rounds,
        args.l2,
    )
    sets = [read_gold(d) for d in args.data]
    if args.cv:
        cross_validate(
            [d for docs in sets for d in docs],
            args.cv,
            args.repeats,
            setup,
            Path(args.folds),
        )
        return 0
    linker = train(sets, setup, log=lambda m: print(m, file=sys.stderr))
    Path(args.out).write_text(json.dumps(linker.to_dict(), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
