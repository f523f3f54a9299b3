"""Benchmark of story clustering: time and peak memory from 1k to 100k documents.

    PYTHONPATH=. .venv/bin/python bench/bench_stories.py [--sizes 1000,10000,100000] [--words 150]
    PYTHONPATH=. .venv/bin/python bench/bench_stories.py --sizes 10000 --incremental 1000

Documents are synthetic but shaped like news: each belongs to an event (a handful of names, a
number or two, a date spread over a year, a language with its own vocabulary), and has ``--words``
words drawn from its language with Zipf frequencies; one in ten is a near-copy of another (a wire
reprint). Each size runs in a fresh process (peak RSS is per run). Prints one line per size:
docs, seconds (features, clustering, total), docs/s, peak MB, stories and events found.

``--incremental K`` measures what a build adding K documents to a store of N costs (the saved
index of :mod:`storyline.stories.persist`): one process indexes N documents and saves the state
in a SQLite store; a second loads it, adds the next K, reads out the stories and saves the state
again (seconds of each, state MB, peak MB); a third clusters all N + K at once for comparison.
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
from pathlib import Path

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
    from storyline.stories.cities import tables as city_tables
    from storyline.stories.features import extract
    from storyline.stories.places import tables

    docs = synthetic(n, words)
    t0 = time.perf_counter()
    tables()  # the CLDR place names, built once per process
    city_tables()  # the GeoNames city names, read once per process
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


def save_state(n: int, words: int, added: int, db: str) -> dict[str, float]:
    """Index the first ``n`` documents and save the state in the store ``db``."""
    from storyline.store import open_store
    from storyline.stories import StoryIndex
    from storyline.stories.persist import STATE_NAME
    from storyline.stories.state import pack

    docs = synthetic(n + added, words)[:n]
    t0 = time.perf_counter()
    index = StoryIndex()
    index.add(docs)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    blob = pack(index.to_state())
    with open_store(db) as store:
        store.save_state(STATE_NAME, blob)
    return {"docs": n, "index_s": round(built, 1), "save_s": round(time.perf_counter() - t0, 1),
            "state_mb": round(len(blob) / 2**20, 1)}  # fmt: skip


def add_to_state(n: int, words: int, added: int, db: str) -> dict[str, float]:
    """Load the state of ``n`` documents from ``db``, add ``added`` more, read out, save again."""
    from storyline.store import open_store
    from storyline.stories import StoryIndex, StoryOptions
    from storyline.stories.persist import STATE_NAME
    from storyline.stories.cities import tables as city_tables
    from storyline.stories.places import tables
    from storyline.stories.state import pack, unpack

    new = synthetic(n + added, words)[n:]
    tables()
    city_tables()
    times = {}
    with open_store(db) as store:
        t0 = time.perf_counter()
        index = StoryIndex.from_state(unpack(store.load_state(STATE_NAME) or b""), StoryOptions())
        times["load_s"] = time.perf_counter() - t0
        index.add(new)
        times["add_s"] = time.perf_counter() - t0 - times["load_s"]
        stories = index.stories()
        times["stories_s"] = time.perf_counter() - t0 - times["load_s"] - times["add_s"]
        blob = pack(index.to_state())
        store.save_state(STATE_NAME, blob)
        total = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": n, "added": added, **{k: round(v, 1) for k, v in times.items()},
            "save_s": round(total - sum(times.values()), 1), "total_s": round(total, 1),
            "state_mb": round(len(blob) / 2**20, 1), "peak_mb": round(peak), "stories": len(stories)}  # fmt: skip


def incremental(size: int, words: int, added: int) -> None:
    """The three processes of ``--incremental`` for one size; one line each."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "state.db")
        for phase in ("save", "add"):
            print(child(["--one", str(size), "--phase", phase, "--added", str(added), "--db", db], words), flush=True)
    print(child(["--one", str(size + added)], words), flush=True)


def child(args: list[str], words: int) -> str:
    """Run this script in a fresh process (peak memory is per process); its output line."""
    out = subprocess.run([sys.executable, __file__, *args, "--words", str(words)],
                         capture_output=True, text=True, check=True)  # fmt: skip
    return out.stdout.strip()


def main() -> None:
    """Run every size in a child process and print its line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--incremental", type=int, default=0, metavar="K", help="add K documents to a saved index")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=("save", "add"), help=argparse.SUPPRESS)
    parser.add_argument("--added", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        phase = {"save": save_state, "add": add_to_state}.get(args.phase or "")
        result = phase(args.one, args.words, args.added, args.db) if phase else run_one(args.one, args.words)
        print(json.dumps(result))
        return
    for size in (int(s) for s in args.sizes.split(",")):
        if args.incremental:
            incremental(size, args.words, args.incremental)
        else:
            print(child(["--one", str(size)], args.words), flush=True)


if __name__ == "__main__":
    main()
