"""Speed of the time layer, and the dateparser baseline it is compared with.

    python bench/bench_time.py speed [--docs 2000]      # docs/s, words/s, ms/doc, peak MB
    python bench/bench_time.py share [--rounds 5]       # what the layer adds to ``analyze``
    python bench/bench_time.py baseline < inputs.jsonl  # dateparser.search_dates as a scorer system
    python bench/bench_time.py explicit                 # dateparser.parse vs the layer on explicit dates

``speed`` runs ``storyline.time.annotate`` over the seed articles and the MEANTIME/TimeBank dev
texts, repeated to ``--docs`` documents, after a warm-up, and prints throughput with a bootstrap
95% interval over batches. ``baseline`` is the reference the issue names: dateparser's
``search_dates`` anchored on the publication date (``RELATIVE_BASE``), typed ``date``; use it as
``score.py time --system 'python bench/bench_time.py baseline'``. dateparser is already a
dependency of storyline: nothing to install.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

from storyline.model import Document
from storyline.time import annotate
from storyline.time.evaluate import published_of

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[1] / "../shared"))


def corpus() -> list[Document]:
    """Seed articles and the dev sets' texts (with their metadata dates)."""
    docs = []
    for f in sorted((SHARED / "corpus/seeds").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        docs.append(Document(id=f.stem, text=text, lang="nb" if f.name.startswith("003") else "en"))
    sys.path.insert(0, str(SHARED / "eval/scorer"))
    import readers  # noqa: PLC0415 - the scorer's own loader, found at run time

    for name in ("time/meantime-en-dev", "time/meantime-es-dev", "time/tbaq"):
        _, rows = readers.load(SHARED / "eval" / name)
        docs += [Document(id=r["id"], text=r["text"], lang=r["lang"], published=published_of(r["published"]))
                 for r in rows]  # fmt: skip
    return docs


def speed(n_docs: int) -> None:
    """Time ``annotate`` over ``n_docs`` documents in batches; print the figures."""
    base = corpus()
    for doc in base[:50]:
        annotate(doc)  # warm-up: tables and regexes compiled
    batch_times, words, done = [], 0, 0
    while done < n_docs:
        chunk = [base[(done + k) % len(base)] for k in range(100)]
        batch = [Document(id=d.id, text=d.text, lang=d.lang, published=d.published) for d in chunk]
        t0 = time.perf_counter()
        for doc in batch:
            annotate(doc)
        batch_times.append((time.perf_counter() - t0) / len(batch))
        words += sum(len(d.text.split()) for d in batch)
        done += len(batch)
    per_doc = statistics.mean(batch_times)
    boot = sorted(statistics.mean(random.choices(batch_times, k=len(batch_times))) for _ in range(200))
    avg_words = words / done
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"time layer: {done} docs, {avg_words:.0f} words/doc")
    print(f"  {1 / per_doc:.0f} docs/s (95% CI {1 / boot[-5]:.0f}-{1 / boot[4]:.0f}), "
          f"{avg_words / per_doc:.0f} words/s, {per_doc * 1000:.2f} ms/doc, "
          f"{per_doc * 1000 * 600 / avg_words:.2f} ms per 600-word article, peak {peak:.0f} MB")


def share(rounds: int) -> None:
    """``analyze`` over bench_analyze's corpus with and without the time layer, interleaved."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_analyze import corpus_texts  # noqa: PLC0415 - the whole-pipeline bench's corpus

    import storyline.pipeline as pipeline  # noqa: PLC0415
    from storyline.api import analyze_text  # noqa: PLC0415

    texts = [t for t, _ in corpus_texts(SHARED)]
    every = pipeline.Options()
    without = pipeline.Options(components=tuple(c for c in every.components if c != "times"))
    best = {"with": 1e9, "without": 1e9}
    for _ in range(rounds):
        for name, opts in (("with", every), ("without", without)):
            t0 = time.perf_counter()
            for text in texts:
                analyze_text(text, options=opts)
            best[name] = min(best[name], (time.perf_counter() - t0) / len(texts))
    added = best["with"] / best["without"] - 1
    print(f"analyze: {best['without'] * 1000:.2f} ms/doc without the time layer, "
          f"{best['with'] * 1000:.2f} ms/doc with it: +{added:.0%} "
          f"({len(texts)} docs, components: {', '.join(every.components)})")


def explicit() -> None:
    """On explicit dates with a year found with the gold extent: the layer's value vs dateparser's."""
    import dateparser  # noqa: PLC0415 - only this mode needs it

    sys.path.insert(0, str(SHARED / "eval/scorer"))
    import readers  # noqa: PLC0415

    total = ours = theirs = 0
    spent = 0.0
    for name in ("time/meantime-en-dev", "time/meantime-es-dev", "time/tbaq"):
        for row in readers.load(SHARED / "eval" / name)[1]:
            doc = Document(id=row["id"], text=row["text"], lang=row["lang"], published=published_of(row["published"]))
            annotate(doc)
            gold = {(g["start"], g["end"]): g["value"] for g in row["times"]}
            base = dt.datetime.fromisoformat(row["published"][:10])
            for t in doc.times:
                if (t.start, t.end) not in gold or t.type != "date" or t.anchor != "none" or len(t.value) < 7:
                    continue
                total += 1
                ours += t.value == gold[(t.start, t.end)]
                t0 = time.perf_counter()
                got = dateparser.parse(t.text, languages=[row["lang"]], settings={"RELATIVE_BASE": base})
                spent += time.perf_counter() - t0
                theirs += bool(got) and got.date().isoformat()[: len(t.value)] == gold[(t.start, t.end)]
    print(f"{total} explicit dates: the layer right {ours}, dateparser.parse right {theirs} "
          f"({spent / max(total, 1) * 1000:.1f} ms an expression)")


def baseline() -> None:
    """dateparser.search_dates over each input text, anchored on its publication date."""
    from dateparser.search import search_dates  # noqa: PLC0415 - only this mode needs it

    for line in sys.stdin:
        if not line.strip():
            continue
        row = json.loads(line)
        text, pub = row["text"], (row.get("published") or "")[:10]
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(pub)} if len(pub) == 10 else {}
        found = search_dates(text, languages=[row.get("lang") or "en"], settings=settings) or []
        times, pos = [], 0
        for phrase, when in found:
            start = text.find(phrase, pos)
            if start < 0:
                continue
            pos = start + len(phrase)
            times.append({"text": phrase, "start": start, "end": pos, "type": "date",
                          "value": when.date().isoformat(), "anchor": "publication"})
        print(json.dumps({"id": row["id"], "source": row["id"], "times": times}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("speed", "share", "baseline", "explicit"))
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.mode == "speed":
        speed(args.docs)
    elif args.mode == "share":
        share(args.rounds)
    elif args.mode == "explicit":
        explicit()
    else:
        baseline()


if __name__ == "__main__":
    main()
