"""Language identification on whole articles of the shared corpora whose language is known.

The sentence-level set (``score.py langid``) is the hard case; this checks the easy one stays
perfect: whole news articles in en, de, es, it, nl, nb. Prints accuracy per set and language,
the errors, and docs/s.

    PYTHONPATH=. .venv/bin/python bench/eval_langid_articles.py [--shared ../shared] [--detector lingua]

``--detector lingua`` or ``py3langid`` measures that peer alone (bench/langid_peers.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from storyline.text.lang import detect

sys.path.insert(0, str(Path(__file__).resolve().parent))
from langid_peers import PEERS  # noqa: E402

# Sets of whole articles, with the language of every article unless their records name it.
ARTICLE_SETS: dict[str, str | None] = {
    "eval/quotes/polnear-dev/inputs.jsonl": "en",
    "eval/quotes/redewiedergabe-dev/inputs.jsonl": "de",
    "eval/time/meantime-en-dev/inputs.jsonl": "en",
    "eval/time/meantime-es-dev/inputs.jsonl": "es",
    "eval/stories/meantime-cdcr-dev/docs.jsonl": None,  # en, es, it, nl: a "lang" field each
}
SEEDS = {"000": "en", "002": "en", "003": "nb"}


def articles(shared: Path) -> Iterator[tuple[str, str, str, str]]:
    """(set, id, gold language, text) for every article of the known-language sets."""
    for rel, lang in ARTICLE_SETS.items():
        with (shared / rel).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield rel.split("/")[2], record["id"], lang or record["lang"], record["text"]
    for path in sorted((shared / "corpus/seeds").glob("*.txt")):
        yield "seeds", path.name, SEEDS[path.name[:3]], path.read_text(encoding="utf-8")


def main() -> None:
    """Detect every article's language and print accuracy per set and language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[1] / "../shared")
    parser.add_argument("--shared", type=Path, default=Path(default))
    parser.add_argument("--detector", choices=["storyline", *PEERS], default="storyline")
    args = parser.parse_args()
    docs = list(articles(args.shared))
    identify = PEERS[args.detector]() if args.detector in PEERS else lambda text: detect(text)[0]
    identify(docs[0][3])  # load the models before timing
    started = time.perf_counter()
    predictions = [identify(text) for _, _, _, text in docs]
    elapsed = time.perf_counter() - started
    total: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    errors = []
    for (name, doc_id, gold, _), pred in zip(docs, predictions, strict=True):
        total[name, gold] += 1
        right[name, gold] += pred == gold
        if pred != gold:
            errors.append(f"  {name} {doc_id}: gold {gold}, predicted {pred}")
    print(f"{'set':<22} {'lang':<5} {'docs':>5} {'accuracy':>9}")
    for key in sorted(total):
        print(f"{key[0]:<22} {key[1]:<5} {total[key]:>5} {right[key] / total[key]:>9.4f}")
    for lang in sorted({gold for _, gold in total}):
        n = sum(v for (_, g), v in total.items() if g == lang)
        ok = sum(v for (_, g), v in right.items() if g == lang)
        print(f"{'all sets':<22} {lang:<5} {n:>5} {ok / n:>9.4f}")
    n, ok = sum(total.values()), sum(right.values())
    print(f"{'all':<22} {'*':<5} {n:>5} {ok / n:>9.4f}")
    print("errors:" if errors else "errors: none", *errors, sep="\n")
    print(f"speed: {len(docs) / elapsed:.0f} docs/s ({len(docs)} articles, {elapsed:.2f} s, models loaded)")


if __name__ == "__main__":
    main()
