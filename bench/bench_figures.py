#!/usr/bin/env python3
"""Benchmark the figures layer: its share of ``analyze`` time, and series over many documents.

1. Layer cost: real articles (the seeds and the shared dev corpora's article texts) analysed by the
   default pipeline with and without the figures component, interleaved in one process after a
   warm-up; prints docs/s both ways, the figures layer's own time and its share of the total.
2. Series: ``build_series`` over synthetic contract documents (3 figures each, subjects, measures
   and places drawn from pools with their aliases, as-of months over four years); prints documents
   per second and peak memory.

    python bench/bench_figures.py [--shared ../shared] [--docs 600] [--series-docs 100000] [--owner hybrid]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SUBJECTS = ["NATO", "Nato", "Natos", "U.S.", "USA", "United States", "Norway", "norske", "Taliban"] + [
    f"Org {i}" for i in range(300)
]
MEASURES = ["troops", "people", "deaths", "injured", "percent", "money:USD", "countries", "jobs", "votes", "attacks"]
PLACES = ["Afghanistan", "Kabul", "Iraq", "Mali", "Syria"] + [f"Place {i}" for i in range(100)]
QUALIFIERS = [None, None, "about", "more than", "nearly", "at least"]


def layer_cost(shared: Path, docs: int, owner: str = "rules") -> dict[str, float]:
    """Seconds for ``docs`` articles with and without figures, and the figures layer's own time;
    ``owner`` is how the layer chooses owners (rules, ranker, hybrid)."""
    from bench_analyze import corpus_texts

    import storyline.pipeline as pipeline
    from storyline.api import analyze_text

    texts = corpus_texts(shared)
    full = pipeline.Options(extra={"figures_owner": owner})
    without = pipeline.Options(components=tuple(c for c in full.components if c != "figures"))
    real = pipeline.component("figures")
    spent = [0.0]

    def timed(doc, opts) -> None:  # noqa: ANN001
        t0 = time.perf_counter()
        real(doc, opts)
        spent[0] += time.perf_counter() - t0

    pipeline._loaded["figures"] = timed
    analyze_text(texts[0][0], options=full)  # warm-up: models and tables load here
    spent[0] = 0.0
    wall = {"with": 0.0, "without": 0.0}
    for i in range(docs):
        text = texts[i % len(texts)][0]
        for name, options in (("with", full), ("without", without))[:: 1 if i % 2 else -1]:
            t0 = time.perf_counter()
            analyze_text(text, options=options)
            wall[name] += time.perf_counter() - t0
    return {"docs": docs, "with_s": wall["with"], "without_s": wall["without"], "figures_s": spent[0]}


def synthetic_docs(n: int, seed: int = 6) -> list[dict[str, Any]]:
    """Contract documents with three figures each (only the fields series read)."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        figures = []
        for _ in range(3):
            year, month = rng.randint(2019, 2022), rng.randint(1, 12)
            qualifier = rng.choice(QUALIFIERS)
            figures.append({
                "text": "1", "start": 0, "end": 1, "value": float(rng.choice([500, 2500, 8000, 10000, 12000])),
                "measure": rng.choice(MEASURES), "kind": rng.choice(["current", "current", "past", "plan"]),
                "qualifier": {"canonical": qualifier} if qualifier else None,
                "subject": {"text": (s := rng.choice(SUBJECTS)), "canonical": s},
                "place": {"text": (p := rng.choice(PLACES)), "canonical": p},
                "as_of": {"value": f"{year}-{month:02d}"},
            })  # fmt: skip
        docs.append({"id": f"d{i}", "source": f"site{i % 500}/d{i}", "figures": figures})
    return docs


def series_cost(n: int) -> dict[str, float]:
    from storyline.figures import build_series

    docs = synthetic_docs(n)
    t0 = time.perf_counter()
    series = build_series(docs)
    wall = time.perf_counter() - t0
    disagreements = sum(len(s.disagreements) for s in series)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": n, "wall_s": wall, "series": len(series), "disagreements": disagreements, "peak_mb": peak_mb}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--docs", type=int, default=600, help="articles for the layer-cost run")
    parser.add_argument("--owner", default="rules", help="owner choice of the figures layer: rules, ranker, hybrid")
    parser.add_argument("--series-docs", type=int, default=100_000, help="synthetic documents for series")
    args = parser.parse_args()
    cost = layer_cost(Path(args.shared).resolve(), args.docs, args.owner)
    added = cost["with_s"] / cost["without_s"] - 1
    per_doc_ms = cost["figures_s"] * 1000 / cost["docs"]
    print(f"analyze, {cost['docs']} articles: {cost['docs'] / cost['without_s']:.1f} docs/s without figures, "
          f"{cost['docs'] / cost['with_s']:.1f} docs/s with; figures layer {per_doc_ms:.2f} ms/doc, "
          f"{cost['figures_s'] / cost['with_s']:.1%} of analyze time; wall-clock added {added:+.1%}")  # fmt: skip
    result = series_cost(args.series_docs)
    print(f"series over {result['docs']:,} documents: {result['wall_s']:.2f} s "
          f"({result['docs'] / result['wall_s']:,.0f} docs/s), {result['series']:,} series, "
          f"{result['disagreements']:,} disagreements, peak {result['peak_mb']:.0f} MB")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
