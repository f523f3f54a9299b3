#!/usr/bin/env python3
"""Benchmark ``analyze``: docs/s, words/s, peak memory, per-component time, growth with size.

Real articles (the seeds and the shared dev corpora's article texts) are repeated to reach each
corpus size; each size runs in a fresh process so its peak memory is its own. A warm-up document
is analysed first, so model loading is reported apart from throughput.

    python bench/bench_analyze.py [--shared ../shared] [--sizes 200 1000 3000] [--components ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus_texts(shared: Path) -> list[tuple[str, str | None]]:
    """``(text, lang)`` of real articles: the seeds, then the dev sets' article-length inputs."""
    from storyline.ingest import read_path

    texts = [(next(read_path(p)).text, None) for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))]
    for rel in ("quotes/polnear-dev", "time/meantime-en-dev", "time/meantime-es-dev"):
        path = shared / "eval" / rel / "inputs.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row["text"], None))
    return texts


def worker(shared: Path, size: int, components: list[str] | None) -> dict[str, float]:
    """Analyse ``size`` documents in this process; return the measurements."""
    import storyline.pipeline as pipeline
    from storyline.api import analyze_text
    from storyline.text.sentences import count_words

    options = pipeline.Options(components=tuple(components)) if components else pipeline.Options()
    spent: dict[str, float] = defaultdict(float)
    for name in options.components:  # time each component by wrapping it
        real = pipeline.component(name)

        def timed(doc, opts, _real=real, _name=name):  # noqa: ANN001, ANN202
            t0 = time.perf_counter()
            _real(doc, opts)
            spent[_name] += time.perf_counter() - t0

        pipeline._loaded[name] = timed
    texts = corpus_texts(shared)
    t0 = time.perf_counter()
    analyze_text(texts[0][0], options=options)  # warm-up: loads models
    load_s = time.perf_counter() - t0
    spent.clear()
    words = 0
    t0 = time.perf_counter()
    for i in range(size):
        text, lang = texts[i % len(texts)]
        analyze_text(text, lang=lang, options=options)
        words += count_words(text)
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": size, "words": words, "wall_s": wall, "load_s": load_s, "docs_per_s": size / wall,
            "words_per_s": words / wall, "peak_mb": peak_mb,
            **{f"share_{k}": v / wall for k, v in spent.items()}}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 3000])
    parser.add_argument("--components", nargs="+", help="only these pipeline components")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    if args.worker:
        print(json.dumps(worker(shared, args.worker, args.components)))
        return 0
    print(f"{'docs':>6} {'words':>9} {'load s':>7} {'docs/s':>8} {'words/s':>9} {'peak MB':>8}  time share by component")
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--shared", str(shared), "--worker", str(size)]
        if args.components:
            cmd += ["--components", *args.components]
        result = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
        shares = " ".join(f"{k[6:]}={v:.0%}" for k, v in result.items() if k.startswith("share_"))
        print(f"{result['docs']:>6} {result['words']:>9} {result['load_s']:>7.2f} {result['docs_per_s']:>8.1f} "
              f"{result['words_per_s']:>9.0f} {result['peak_mb']:>8.0f}  {shares}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
