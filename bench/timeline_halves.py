"""Timeline merging on ITN by halves of its subjects: a reading not tuned on the blurbs studied.

    PYTHONPATH=. .venv/bin/python bench/timeline_halves.py [--data ../shared/eval/stories/itn-dev]
        [--cache FILE] [--show SUBJECT] [--misses N]

One timeline is built over all the blurbs (as ``python -m storyline.timeline.evaluate_merge``);
the subjects are split in two by a hash of their Wikidata id (``fold_of``, as
``bench/stories_halves.py`` splits them) and the pair precision and recall of
:func:`storyline.timeline.evaluate_merge.score` are printed for half A (the one studied), half B
(held out) and the whole: precision over the merged pairs touching a half's blurbs, recall over
its subjects' pairs. ``--cache`` keeps the analysed blurbs and the story groups (a pickle) so
that a change to the merging alone is measured in seconds; delete it after changing a
per-document layer. ``--show`` lists the entries one subject's blurbs fall into; ``--misses``
the half-A subjects with the most unmerged pairs.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.stories.train_linker import fold_of
from storyline.timeline import build_timeline, story_groups
from storyline.timeline.evaluate_merge import DEFAULT_DIR, analyzed, load, score


def prepared(root: Path, cache: Path | None) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, str], dict[str, str]]:
    """The analysed blurbs, their story groups, each blurb's subject and posting day."""
    docs, subject = load(root)
    if cache and cache.exists():
        full, groups = pickle.loads(cache.read_bytes())
    else:
        full = analyzed(docs)
        groups = story_groups(full)
        if cache:
            cache.write_bytes(pickle.dumps((full, groups)))
    return full, groups, subject, {d["id"]: d["published"] for d in docs}


def half_score(entries: list[Any], subject: dict[str, str], posted: dict[str, str], half: int | None) -> dict[str, float]:
    """Pair precision and recall over the subjects of one half (None: all)."""
    if half is None:
        return score(entries, subject, posted)
    keep = {d for d, s in subject.items() if fold_of(s, 2) == half}
    recall = score(entries, {d: s for d, s in subject.items() if d in keep}, posted)["pair_r"]
    touching = [e for e in entries if any(s.doc_id in keep for s in e.sources)]
    return {"pair_p": score(touching, subject, posted)["pair_p"], "pair_r": recall}


def show(entries: list[Any], subject: dict[str, str], text: dict[str, str], subj: str) -> None:
    """The entries a subject's blurbs fall into, each with its blurbs."""
    for entry in entries:
        ids = [s.doc_id for s in entry.sources if subject.get(s.doc_id) == subj]
        if ids:
            print(f"== {entry.date} {entry.kind} sources={len(entry.sources)} of subject={len(ids)}")
            for s in entry.sources[:6]:
                mark = "*" if subject.get(s.doc_id) == subj else " "
                print(f"  {mark} {s.lang:4} {text.get(s.doc_id, '')[:110]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(DEFAULT_DIR))
    parser.add_argument("--cache", default=None)
    parser.add_argument("--show", default=None)
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    full, groups, subject, posted = prepared(Path(args.data), Path(args.cache) if args.cache else None)
    entries = build_timeline(full, **groups)
    for name, half in (("A", 0), ("B", 1), ("whole", None)):
        found = half_score(entries, subject, posted, half)
        print(f"{name:5} pair_p={found['pair_p']:.4f} pair_r={found['pair_r']:.4f}")
    text = {d["id"]: d["text"] for d in full}
    if args.show:
        show(entries, subject, text, args.show)
    if args.misses:
        spread: Counter[str] = Counter()
        for entry in entries:
            for subj, n in Counter(subject.get(s.doc_id) for s in entry.sources).items():
                spread[subj] += 1 if n else 0
        size = Counter(subject.values())
        worst = sorted((s for s in size if fold_of(s, 2) == 0), key=lambda s: spread[s] - size[s] / 10, reverse=True)
        for subj in worst[: args.misses]:
            print(f"{subj}: {size[subj]} blurbs in {spread[subj]} entries")


if __name__ == "__main__":
    main()
