"""Where candidate recall is lost: does the item's gold cluster reach the scorer, and if not, why?

    PYTHONPATH=. .venv/bin/python bench/stories_candidates.py [--data ../shared/eval/stories/itn-dev]
        [--level story|event]

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


def measure(docs: list[dict[str, Any]], level: str, options: StoryOptions | None = None) -> dict[int, Counter[str]]:
    """Bucket counts per pass (0: the level's online pass, 1: the story merge pass)."""
    gold = {d["id"]: d["event"] for d in docs}
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
        counts.setdefault(key, Counter())[bucket(self, vec, item.day, gold_cids) if gold_cids else "new"] += 1
        return original(self, item, vec, dense)

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
    args = parser.parse_args()
    counts = measure(read_gold(args.data), args.level)
    print("pass\tdecisions\tnew\t" + "\t".join(BUCKETS) + "\t(share of decisions with a gold cluster)")
    for key in sorted(counts):
        c = counts[key]
        has = sum(c[b] for b in BUCKETS) or 1
        shares = "\t".join(f"{c[b]} ({c[b] / has:.0%})" for b in BUCKETS)
        print(f"{key}\t{sum(c.values())}\t{c['new']}\t{shares}")


if __name__ == "__main__":
    main()
