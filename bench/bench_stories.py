"""Benchmark of story clustering: time and peak memory from 1k to 100k documents.

    PYTHONPATH=. .venv/bin/python bench/bench_stories.py [--sizes 1000,10000,100000] [--words 150]

Documents are synthetic but shaped like news: each belongs to an event (a handful of names, a
number or two, a date spread over a year, a language with its own vocabulary), and has ``--words``
words drawn from its language with Zipf frequencies; one in ten is a near-copy of another (a wire
reprint). Each size runs in a fresh process (peak RSS is per run). Prints one line per size:
docs, seconds (features, clustering, total), docs/s, peak MB, stories and events found.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta

LANGS = 12
VOCAB = 5000


def letters(i: int) -> str:
    """A number spelled in letters (features split digits from letters: words must be letters)."""
    out = ""
    while True:
        i, r = divmod(i, 26)
        out += chr(97 + r)
        if i == 0:
            return out


def synthetic(n: int, words: int, seed: int = 7) -> list[dict[str, object]]:
    """``n`` news-like documents in events of about 8 documents each."""
    rng = random.Random(seed)
    vocab = [[f"{letters(lang)}q{letters(i)}" for i in range(VOCAB)] for lang in range(LANGS)]
    weights = [1 / (i + 1) for i in range(VOCAB)]
    start = date(2020, 1, 1)
    docs: list[dict[str, object]] = []
    events = max(1, n // 8)
    names = [[f"Na{letters(rng.randrange(10 * events))}" for _ in range(4)] for _ in range(events)]
    for i in range(n):
        if docs and rng.random() < 0.1:
            copy = dict(rng.choice(docs))
            copy["id"], copy["text"] = f"d{i}", str(copy["text"]) + " Copyright."
            docs.append(copy)
            continue
        ev = rng.randrange(events)
        erng = random.Random(ev)
        lang = rng.randrange(LANGS)
        body = rng.choices(vocab[lang], weights, k=words)
        for name in names[ev]:
            body.insert(rng.randrange(len(body)), name)
        body.insert(rng.randrange(len(body)), str(erng.randrange(100, 100000)))
        day = start + timedelta(days=erng.randrange(365) + rng.randrange(3))
        docs.append({"id": f"d{i}", "lang": f"l{lang}", "published": day.isoformat(), "text": " ".join(body) + "."})
    return docs


def run_one(n: int, words: int) -> dict[str, float]:
    """Cluster ``n`` synthetic documents in this process; return the measures."""
    from storyline.stories import StoryIndex
    from storyline.stories.features import extract
    from storyline.stories.places import tables

    docs = synthetic(n, words)
    t0 = time.perf_counter()
    tables()  # the CLDR place names, built once per process
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs[: min(n, 2000)]:
        extract(doc)
    feat_s = (time.perf_counter() - t0) * n / min(n, 2000)
    t0 = time.perf_counter()
    index = StoryIndex()
    index.add(docs)
    stories = index.stories()
    total = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": n, "load_s": round(load_s, 1), "features_s": round(feat_s, 1), "cluster_s": round(total - feat_s, 1), "total_s": round(total, 1),
            "docs_per_s": round(n / total), "peak_mb": round(peak), "stories": len(stories),
            "events": sum(len(s.events) for s in stories)}  # fmt: skip


def main() -> None:
    """Run every size in a child process and print its line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.words)))
        return
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--words", str(args.words)],
                             capture_output=True, text=True, check=True)  # fmt: skip
        print(out.stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
