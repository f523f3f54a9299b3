"""How high can any text-reading system score on a stories gold set whose subjects share texts?

    python bench/stories_ceiling.py [../shared/eval/stories/itn-dev]

ITN's gold gives one blurb to each subject it names: "the Nobel Prize in Economics is awarded to
Ben Bernanke, Douglas Diamond and Philip Dybvig" appears three times, word for word, once under
each laureate. A system reads only the text (and language and date), so identical inputs must land
in one cluster. This prints BCubed P/R/F1 of two oracles that know the gold but obey that rule:

* merged: every subject sharing a text with another is merged with it (transitively);
* best: each group of identical texts goes whole to whichever of its subjects scores best
  (a greedy search from the gold partition): an upper bound no real system reaches.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of a predicted partition against the gold."""
    gold_sets: dict[str, set[str]] = defaultdict(set)
    pred_sets: dict[str, set[str]] = defaultdict(set)
    for doc, label in gold.items():
        gold_sets[label].add(doc)
        pred_sets[pred[doc]].add(doc)
    shared = {doc: len(gold_sets[gold[doc]] & pred_sets[pred[doc]]) for doc in gold}
    p = sum(shared[d] / len(pred_sets[pred[d]]) for d in gold) / len(gold)
    r = sum(shared[d] / len(gold_sets[gold[d]]) for d in gold) / len(gold)
    return p, r, 2 * p * r / (p + r)


def merged_oracle(gold: dict[str, str], texts: dict[str, str]) -> dict[str, str]:
    """Gold subjects merged wherever two of them hold the same text."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_text: dict[str, list[str]] = defaultdict(list)
    for doc, text in texts.items():
        by_text[text].append(gold[doc])
    for labels in by_text.values():
        for label in labels[1:]:
            parent[find(label)] = find(labels[0])
    return {doc: find(label) for doc, label in gold.items()}


def best_oracle(gold: dict[str, str], texts: dict[str, str], rounds: int = 2) -> dict[str, str]:
    """Each group of identical texts given whole to the subject that scores best."""
    groups: dict[str, list[str]] = defaultdict(list)
    for doc, text in texts.items():
        groups[text].append(doc)
    ambiguous = [g for g in groups.values() if len({gold[d] for d in g}) > 1]
    pred = dict(gold)
    for _ in range(rounds):
        for group in ambiguous:
            scores = []
            for label in sorted({gold[d] for d in group}):
                pred.update(dict.fromkeys(group, label))
                scores.append((bcubed(gold, pred)[2], label))
            pred.update(dict.fromkeys(group, max(scores)[1]))
    return pred


def main(folder: str = "../shared/eval/stories/itn-dev") -> None:
    docs = [json.loads(line) for line in (Path(folder) / "docs.jsonl").open(encoding="utf-8")]
    gold = {d["id"]: d["event"] for d in docs}
    texts = {d["id"]: " ".join(d["text"].split()) for d in docs}
    shared = sum(1 for t in set(texts.values()) if len({gold[d] for d in texts if texts[d] == t}) > 1)
    print(f"{len(docs)} documents, {len(set(gold.values()))} subjects, {shared} texts under several subjects")
    for name, pred in (("merged", merged_oracle(gold, texts)), ("best", best_oracle(gold, texts))):
        p, r, f = bcubed(gold, pred)
        print(f"{name:7} oracle: BCubed P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
