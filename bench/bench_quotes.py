#!/usr/bin/env python3
"""Benchmark the quotes layer: docs/s, words/s, peak memory, and its share of ``analyze`` time.

The texts are real articles (the seeds, PolNeAR dev, REDEWIEDERGABE dev samples), repeated to
``--docs``. The layer runs alone first (its own throughput), then the whole default pipeline runs
over the same documents with and without ``quotes``, so the added share is measured, not guessed.

    python bench/bench_quotes.py [--shared ../shared] [--docs 1000]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus(shared: Path) -> list[tuple[str, str]]:
    """``(text, lang)`` of real articles."""
    texts = [(p.read_text(encoding="utf-8"), "nb" if p.name.startswith("003") else "en")
             for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))]
    for rel in ("quotes/polnear-dev", "quotes/redewiedergabe-dev"):
        path = shared / "eval" / rel / "inputs.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                texts.append((row["text"], row.get("lang") or "en"))
    return texts


def layer_alone(texts: list[tuple[str, str]], n: int) -> dict[str, float]:
    """Throughput of ``storyline.quotes.annotate`` on its own."""
    from storyline.model import Document
    from storyline.pipeline import Options
    from storyline.quotes import annotate

    options = Options(components=("quotes",))
    words, found = 0, 0
    t0 = time.perf_counter()
    for i in range(n):
        text, lang = texts[i % len(texts)]
        doc = Document(id=str(i), text=text, lang=lang)
        annotate(doc, options)
        words += len(text.split())
        found += len(doc.quotes)
    wall = time.perf_counter() - t0
    return {"docs": n, "words": words, "quotes": found, "wall_s": wall, "docs_per_s": n / wall,
            "words_per_s": words / wall}


def pipeline_share(texts: list[tuple[str, str]], n: int) -> dict[str, float]:
    """Wall time of the default pipeline with and without quotes over the same documents."""
    from storyline import pipeline
    from storyline.api import analyze_text

    with_q = pipeline.Options()
    without = pipeline.Options(components=tuple(c for c in pipeline.DEFAULT_PIPELINE if c != "quotes"))
    analyze_text(texts[0][0], options=with_q)  # warm-up: models load outside the timing
    times = {}
    for name, opts in (("without", without), ("with", with_q)):
        t0 = time.perf_counter()
        for i in range(n):
            text, lang = texts[i % len(texts)]
            analyze_text(text, lang=lang, options=opts)
        times[name] = time.perf_counter() - t0
    return {"analyze_s_without_quotes": times["without"], "analyze_s_with_quotes": times["with"],
            "quotes_added_share": (times["with"] - times["without"]) / times["without"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--pipeline-docs", type=int, default=200)
    args = ap.parse_args()
    texts = corpus(Path(args.shared))
    out = layer_alone(texts, args.docs)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.update(pipeline_share(texts, args.pipeline_docs))
    for k, v in out.items():
        print(f"{k:28} {v:.3f}" if isinstance(v, float) else f"{k:28} {v}")


if __name__ == "__main__":
    main()
