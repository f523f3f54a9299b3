#!/usr/bin/env python3
"""Benchmark language identification: start-up cost, docs/s and words/s, peak memory.

Start-up matters as much as throughput: every ``storyline`` command that detects a language
pays it. It is measured first, in this fresh process (import, py3langid's model, the lingua
models the first articles need). Throughput is then measured on real articles (the seeds and
the shared dev corpora, repeated to ``--docs``) through ``annotate`` after the cleaning step,
and on the one-sentence ITN blurbs through ``detect``.

    PYTHONPATH=. .venv/bin/python bench/bench_langid.py [--shared ../shared] [--docs 3000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLE_SETS = ("quotes/polnear-dev", "quotes/redewiedergabe-dev", "time/meantime-en-dev",
                "time/meantime-es-dev")  # fmt: skip


def article_texts(shared: Path) -> list[str]:
    """The seeds, then the article-length inputs of the shared dev sets."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))]
    for rel in ARTICLE_SETS:
        with (shared / "eval" / rel / "inputs.jsonl").open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    return texts


def rate(label: str, count: int, words: int, seconds: float) -> None:
    """Print one throughput line."""
    print(f"{label:<28} {count:>6} docs  {count / seconds:>8.0f} docs/s  {words / seconds:>10.0f} words/s")


def main() -> None:
    """Measure start-up, then throughput on articles and on sentences."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared")
    parser.add_argument("--shared", type=Path, default=Path(default))
    parser.add_argument("--docs", type=int, default=3000, help="articles to analyse (repeated)")
    args = parser.parse_args()
    texts = article_texts(args.shared)

    started = time.perf_counter()
    from storyline.model import Document
    from storyline.pipeline import Options
    from storyline.text import clean, lang

    lang.detect(texts[0])
    first = time.perf_counter() - started
    lang.detect(texts[2])  # the Norwegian seed: the Nordic models
    print(f"start-up: {first:.2f} s to the first language (English seed), "
          f"{time.perf_counter() - started:.2f} s with the Norwegian one")

    docs = []
    for number, text in enumerate(islice(cycle(texts), args.docs)):
        doc = Document(id=str(number), text=text)
        clean.annotate(doc, Options())
        docs.append(doc)
    options = Options()
    started = time.perf_counter()
    for doc in docs:
        lang.annotate(doc, options)
    rate("articles (annotate)", len(docs), sum(len(t.split()) for t in islice(cycle(texts), args.docs)),
         time.perf_counter() - started)
    print(f"peak memory after the articles: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    with (args.shared / "eval" / "langid" / "itn-dev" / "inputs.jsonl").open(encoding="utf-8") as lines:
        sentences = [json.loads(line)["text"] for line in lines]
    for sentence in sentences:  # load every model these languages need before timing
        lang.detect(sentence)
    started = time.perf_counter()
    for sentence in sentences:
        lang.detect(sentence)
    rate("ITN sentences (detect)", len(sentences), sum(len(s.split()) for s in sentences),
         time.perf_counter() - started)
    print(f"peak memory after the sentences (45 languages): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
