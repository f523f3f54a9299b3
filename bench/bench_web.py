#!/usr/bin/env python3
"""Benchmark ``storyline serve``: milliseconds per request of each page and API route, by store size.

Real article texts (the seeds and the PolNeAR dev inputs) are analysed once (clean, lang,
sentences) and stored again under fresh ids until the store holds each size; every document gets
a few items in every layer (entities, quotes with 20 speakers, figures, times) at real word
offsets, so the layer pages have data to group. Each route is fetched over HTTP from a server on
a loopback port; the median of the repeats is reported.

    python bench/bench_web.py [--shared ../shared] [--sizes 1000 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import copy
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.model import GenericItem  # noqa: E402

ROUTES = ("/", "/documents", "/documents?q=taliban", "/documents?lang=en&offset=500", "/documents/{id}",
          "/quotes", "/entities", "/figures", "/api/documents", "/api/documents/{id}", "/api/quotes")  # fmt: skip


BenchItem = GenericItem  # an item as any layer gives one: the app must stay generic


def base_documents(shared: Path) -> list[Any]:
    """The real texts analysed once without the (slower, not measured here) analysis layers."""
    from storyline.api import analyze_article, analyze_text
    from storyline.ingest import read_path
    from storyline.pipeline import Options

    bare = Options(components=("clean", "lang", "sentences"))
    docs = [analyze_article(next(read_path(p)), bare) for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))]
    for line in (shared / "eval" / "quotes" / "polnear-dev" / "inputs.jsonl").read_text(encoding="utf-8").splitlines():
        docs.append(analyze_text(json.loads(line)["text"], options=bare))
    return docs


def with_layers(doc: Any, n: int) -> Any:
    """A copy of ``doc`` under a fresh id, with items on its first words."""
    out = copy.deepcopy(doc)
    out.id = f"{n:016x}"
    words, pos = [], 0
    for word in out.text.split()[:40]:
        pos = out.text.index(word, pos)
        words.append(BenchItem(pos, pos + len(word), word))
        pos += len(word)
    speaker = {"name": f"Speaker {n % 20}"}
    out.entities = [BenchItem(w.start, w.end, w.text, {"type": "PER", "canonical": w.text}) for w in words[:8]]
    out.quotes = [BenchItem(w.start, w.end, w.text, {"kind": "direct", "speaker": speaker}) for w in words[8:10]]
    out.figures = [BenchItem(w.start, w.end, w.text, {"value": n, "measure": "troops"}) for w in words[10:12]]
    out.times = [BenchItem(w.start, w.end, w.text, {"type": "date", "value": "2020-12"}) for w in words[12:14]]
    return out


def fill(db: str, docs: list[Any], size: int) -> None:
    """Store ``size`` documents (copies of the real ones, with layers)."""
    from storyline.api import analysis_version
    from storyline.store import open_store

    with open_store(db) as store:
        for n in range(size):
            store.put_document(with_layers(docs[n % len(docs)], n), analysis_version())


def time_routes(db: str, repeat: int) -> dict[str, float]:
    """Median milliseconds per route, over HTTP."""
    from storyline.web import make_server

    server = make_server(db, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    out = {}
    try:
        for route in ROUTES:
            path = route.format(id=f"{7:016x}")
            times = []
            for _ in range(repeat):
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                t0 = time.perf_counter()
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                times.append((time.perf_counter() - t0) * 1000)
                conn.close()
                if response.status != 200:
                    raise RuntimeError(f"{path}: HTTP {response.status}")
            out[route] = statistics.median(times)
    finally:
        server.shutdown()
        server.server_close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = base_documents(Path(args.shared))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            db = str(Path(tmp) / f"bench-{size}.db")
            fill(db, docs, size)
            results[size] = time_routes(db, args.repeat)
    print("| route | " + " | ".join(f"{s:,} docs (ms)" for s in args.sizes) + " |")
    print("|---|" + "---:|" * len(args.sizes))
    for route in ROUTES:
        print(f"| `{route}` | " + " | ".join(f"{results[s][route]:.1f}" for s in args.sizes) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
