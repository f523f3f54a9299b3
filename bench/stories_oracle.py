"""How far can a better join decision take story clustering? The decision replaced by the gold.

    PYTHONPATH=. .venv/bin/python bench/stories_oracle.py [--data ../shared/eval/stories/itn-dev]
        [--level story|event] [--top-k 5,10,20]

At every decision of one level, the item joins the first candidate (by hand score) whose majority
gold subject is the item's, else starts a new cluster: a perfect join decision over the same
candidates, events and features. What it scores bounds what any learned decision (a linker,
:mod:`storyline.stories.train_linker`) can reach; the rest of the gap lies in the candidates
(blocking), the features and the other level. Prints BCubed P/R/F1 per candidate count, against
the hand scorer.
"""

from __future__ import annotations

import argparse

from storyline.stories import cluster
from storyline.stories.index import StoryIndex, StoryOptions
from storyline.stories.train_linker import bcubed, majority, public, read_gold


def oracle_run(docs: list[dict], level: str, top_k: int | None) -> tuple[float, float, float]:
    """BCubed of the stories when the ``level``'s decisions follow the gold (None: the hand scorer)."""
    gold = {d["id"]: d["event"] for d in docs}
    options = StoryOptions()
    index = StoryIndex(options, record=level if top_k else None)
    if top_k:
        getattr(options, level).top_k = top_k

        def decide(self: cluster.Clusterer, item: cluster.Item, vec: dict, scored: list) -> int | None:
            trace = next(t for t in index.traces if t.clusterer is self)
            own = majority(trace.documents[item.id], gold)
            for cid, *_ in sorted(scored, key=lambda c: -c[1]):
                members = [d for m in self.clusters[cid].members for d in trace.documents[m]]
                if own is not None and majority(members, gold) == own:
                    return cid
            return None

        cluster.Clusterer._learned = decide  # type: ignore[method-assign]
    index.add(public(d) for d in docs)
    return bcubed([s.document_ids for s in index.stories()], gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/eval/stories/itn-dev")
    parser.add_argument("--level", choices=("event", "story"), default="story")
    parser.add_argument("--top-k", default="5,10,20")
    args = parser.parse_args()
    docs = read_gold(args.data)
    p, r, f = oracle_run(docs, args.level, None)
    print(f"hand scorer: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    learned = cluster.Clusterer._learned
    for k in (int(x) for x in args.top_k.split(",")):
        p, r, f = oracle_run(docs, args.level, k)
        cluster.Clusterer._learned = learned  # type: ignore[method-assign]
        print(f"gold decision at the {args.level} level, {k} candidates: P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
