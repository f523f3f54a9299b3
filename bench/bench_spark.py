#!/usr/bin/env python3
"""Benchmark the Spark engine against the single-machine build: docs/s, words/s, peak MB.

Each corpus size is written as one JSON-lines file of real articles (the seeds and the shared dev
corpora's article texts, each copy given its own id so none is deduplicated), then analysed by:

- ``spark``: ``storyline spark FILE --out DIR --master local[N]`` (no store: analysis only);
- ``spark+db``: the same with ``--db`` (load the store and run the cross-document steps);
- ``build``: ``storyline build FILE --db DB --jobs N`` (analysis, store, cross-document steps).

Each run is a fresh process; its time is wall-clock from start to exit (the Spark rows include
starting the JVM, the build rows loading the models; ``job s`` is the Spark job alone, from the
run's ``_storyline.json``); peak MB is the largest resident size of the
whole process tree (driver, JVM, Python workers), sampled every 0.2 s from /proc.

    python bench/bench_spark.py [--shared ../shared] [--sizes 1000 5000 20000] [--cores 2]

Needs pyspark (``make install-spark``) and Java 17+.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_analyze import corpus_texts  # noqa: E402


def write_corpus(shared: Path, size: int, path: Path) -> int:
    """``size`` articles as JSON lines; returns their word count."""
    from storyline.text.sentences import count_words

    texts = corpus_texts(shared)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(size):
            text = f"{texts[i % len(texts)][0]}\n\n(Copy {i}.)"  # a distinct id for every copy
            words += count_words(text)
            out.write(json.dumps({"id": f"bench-{i}", "text": text}, ensure_ascii=False) + "\n")
    return words


def tree_rss_mb(root: int) -> float:
    """Resident MB of a process and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            rss = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("VmRSS"))
            total += int(rss.split()[1])
        except (OSError, StopIteration):
            continue
    return total / 1024


def timed(cmd: list[str]) -> tuple[float, float]:
    """Run a command; (wall seconds, peak MB of its process tree)."""
    peak = 0.0
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return wall, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--runs", nargs="+", default=["spark", "spark+db", "build"])
    args = parser.parse_args()
    storyline = [sys.executable, "-m", "storyline"]
    print(f"{'size':>6} {'run':<9} {'wall s':>8} {'docs/s':>8} {'words/s':>9} {'peak MB':>8} {'job s':>7}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            words = write_corpus(Path(args.shared), size, corpus)
            commands = {
                "spark": storyline + ["spark", str(corpus), "--out", f"{tmp}/out", "--master", f"local[{args.cores}]", "-q"],
                "spark+db": storyline + ["spark", str(corpus), "--out", f"{tmp}/out", "--master", f"local[{args.cores}]",
                                         "--db", f"{tmp}/spark.db", "-q"],
                "build": storyline + ["build", str(corpus), "--db", f"{tmp}/build.db", "--jobs", str(args.cores), "-q"],
            }  # fmt: skip
            for name in args.runs:
                wall, peak = timed(commands[name])
                manifest = Path(tmp) / "out" / "_storyline.json"  # the Spark job alone, JVM start excluded
                job = f"{json.loads(manifest.read_text())['analyse_s']:.1f}" if manifest.exists() else "-"
                print(f"{size:>6} {name:<9} {wall:>8.1f} {size / wall:>8.1f} {words / wall:>9.0f} {peak:>8.0f} {job:>7}",
                      flush=True)  # fmt: skip
                shutil.rmtree(f"{tmp}/out", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
