#!/usr/bin/env python3
"""Benchmark full-text search: milliseconds per query, LIKE scan vs the FTS5 indexes, by store size.

Documents are made from the shared corpora's real texts (the seeds, the PolNeAR and
redewiedergabe dev inputs, the ITN blurbs in 45 languages): each takes one text as its home (its
language, its first line as title) and adds random paragraphs of the same language until it holds
about ``--chars`` characters, so a store of any size has real vocabulary in real proportions. The
store grows through ``put_document`` (the triggers keep the index), and at each size every query
runs through ``find_documents(contains=...)`` (the LIKE scan) and ``search_documents`` (the
indexes), first page of 50 with the total count, as the web app asks; the median of the repeats is
reported. Also: store size, the indexes' share of it, ingest speed with and without them, and
how long the migration takes to back-fill the indexes of the largest store (an upgrade).

    python bench/bench_search.py [--shared ../shared] [--sizes 1000 10000 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.model import Document  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.store.migrations import m003_fulltext  # noqa: E402

# (label, search query, LIKE needle): a common word, a rare name, a prefix, a phrase, a Norwegian
# word, a Chinese name (trigram index), a two-character Chinese word (scan), nothing at all.
QUERIES = [("common word", "nato", "nato"), ("rare name", "Stoltenberg", "Stoltenberg"),
           ("prefix", "taliban*", "taliban"), ("phrase", '"prime minister"', "prime minister"),
           ("Norwegian", "soldater", "soldater"), ("Chinese, 3 chars", "习近平", "习近平"),
           ("Chinese, 2 chars", "总统", "总统"), ("no match", "zzyzxq", "zzyzxq")]  # fmt: skip


def texts(shared: Path) -> list[tuple[str | None, str]]:
    """``(language, text)`` of every real text of the shared corpora."""
    out: list[tuple[str | None, str]] = [(None, p.read_text(encoding="utf-8"))
                                         for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))]  # fmt: skip
    for name, lang in (("quotes/polnear-dev", "en"), ("quotes/redewiedergabe-dev", "de"), ("stories/itn-dev", None)):
        for line in (shared / "eval" / name / "inputs.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append((row.get("lang") or lang, row["text"]))
    return out


def make_documents(pool: list[tuple[str | None, str]], chars: int, seed: int = 7) -> Callable[[int], Document]:
    """A function giving document ``n``: a home text plus random paragraphs of its language."""
    paragraphs: dict[str | None, list[str]] = {}
    for lang, text in pool:
        paragraphs.setdefault(lang, []).extend(p.strip() for p in text.split("\n") if p.strip())

    def document(n: int) -> Document:
        rng = random.Random(seed * 1_000_003 + n)
        lang, home = pool[rng.randrange(len(pool))]
        parts = [home]
        while sum(map(len, parts)) < chars:
            parts.append(rng.choice(paragraphs[lang]))
        title = home.strip().split("\n", 1)[0][:90]
        return Document(id=f"{n:016x}", text="\n\n".join(parts), source=f"bench/{n}", lang=lang, title=title)

    return document


def timed(call: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median milliseconds of ``call`` over ``repeat`` runs after one warm-up, and its result."""
    result = call()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def fill(db: str, document: Callable[[int], Document], start: int, stop: int, *, index: bool = True) -> float:
    """Put documents ``start..stop`` in the store; documents a second. ``index=False`` drops the
    full-text triggers first (what ingest costs without the index)."""
    with open_store(db) as store:
        if not index:
            for (name,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                store.conn.execute(f'DROP TRIGGER "{name}"')
        docs = [document(n) for n in range(start, stop)]
        t0 = time.perf_counter()
        for doc in docs:
            store.put_document(doc, "bench")
        return len(docs) / (time.perf_counter() - t0)


def sizes(db: str) -> tuple[float, float, float]:
    """The store's size, the word index's and the trigram index's, in MB."""
    with open_store(db) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mb = {name: size / 1e6 for name, size in store.conn.execute(
            "SELECT CASE WHEN name LIKE 'documents_fts%' THEN 'words' WHEN name LIKE 'documents_nospace_fts%' "
            "THEN 'trigrams' ELSE 'rest' END, sum(pgsize) FROM dbstat GROUP BY 1")}  # fmt: skip
    return sum(mb.values()), mb.get("words", 0.0), mb.get("trigrams", 0.0)


def backfill_seconds(db: str) -> float:
    """Seconds the full-text migration takes to index the documents already stored (an upgrade)."""
    conn = sqlite3.connect(db)
    for table in ("documents_fts", "documents_nospace_fts"):
        conn.execute(f"DROP TABLE {table}")  # the triggers stay: the migration's IF NOT EXISTS keeps them
    t0 = time.perf_counter()
    with conn:
        m003_fulltext(conn)
    conn.close()
    return time.perf_counter() - t0


def measure(db: str, repeat: int) -> dict[str, tuple[float, float, int, int]]:
    """``label -> (LIKE ms, FTS5 ms, LIKE total, FTS5 total)``."""
    out = {}
    with open_store(db, read_only=True) as store:
        for label, query, needle in QUERIES:
            like_ms, (like_total, _) = timed(lambda n=needle: store.find_documents(contains=n, limit=50), repeat)
            fts_ms, (fts_total, _) = timed(lambda q=query: store.search_documents(q, limit=50), repeat)
            out[label] = (like_ms, fts_ms, like_total, fts_total)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chars", type=int, default=3000, help="about how long each document is")
    args = parser.parse_args()
    document = make_documents(texts(Path(args.shared)), args.chars)
    results, facts, done = {}, {}, 0
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        for size in sorted(args.sizes):
            rate = fill(db, document, done, size)
            done = size
            results[size] = measure(db, args.repeat)
            facts[size] = (*sizes(db), rate)
        backfill = backfill_seconds(db)
        plain = str(Path(tmp) / "plain.db")
        plain_rate = fill(plain, document, 0, min(args.sizes), index=False)
        indexed_rate = fill(str(Path(tmp) / "again.db"), document, 0, min(args.sizes))
    head = " | ".join(f"{s:,} docs: LIKE / FTS5 (ms)" for s in sorted(args.sizes))
    print(f"| query | {head} | matches at {max(args.sizes):,} (LIKE / FTS5) |")
    print("|---|" + "---:|" * (len(args.sizes) + 1))
    for label, query, _ in QUERIES:
        cells = " | ".join(f"{results[s][label][0]:.1f} / {results[s][label][1]:.1f}" for s in sorted(args.sizes))
        last = results[max(args.sizes)][label]
        print(f"| {label} `{query}` | {cells} | {last[2]:,} / {last[3]:,} |")
    print()
    print("| documents | store (MB) | word index (MB) | trigram index (MB) | ingest while growing (docs/s) |")
    print("|---:|---:|---:|---:|---:|")
    for size in sorted(args.sizes):
        total, words, trigrams, rate = facts[size]
        print(f"| {size:,} | {total:.1f} | {words:.1f} | {trigrams:.1f} | {rate:,.0f} |")
    print(f"\nput_document at {min(args.sizes):,} documents: {indexed_rate:,.0f} docs/s with the indexes, "
          f"{plain_rate:,.0f} without; upgrading a store of {max(args.sizes):,} (back-fill): {backfill:.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
