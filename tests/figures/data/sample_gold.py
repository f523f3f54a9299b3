"""Draw the sentences of the figures gold's tbaq and meantime-es-dev rows (fixed seeds), as JSON lines.

    python tests/figures/data/sample_gold.py heldout-2      # the second held-out block
    python tests/figures/data/sample_gold.py development-2  # the second development block
    python tests/figures/data/sample_gold.py development-3  # the third development block
    python tests/figures/data/sample_gold.py development-4  # the fourth development block

Each row is a sentence of at least six words with a digit or a number word; a block leaves out the
sentences of the blocks drawn before it. The rows were then annotated by hand (docs/figures-guideline.md).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "../shared/eval"
SPLIT = re.compile(r"(?<=[.!?])[\"'”]?\s+(?=[A-Z¿¡\"“`])|\n+")
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
    r"|thousand|million|billion|dozen|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil|millones)\b",
    re.I,
)
CORPORA = {"tbaq": "time/tbaq/inputs.jsonl", "meantime-es-dev": "time/meantime-es-dev/inputs.jsonl"}
BLOCKS = {  # corpus, sentences, seed
    "heldout-2": (("tbaq", 36, 707), ("meantime-es-dev", 14, 7070)),
    "development-2": (("tbaq", 30, 808), ("meantime-es-dev", 12, 8080)),
    "development-3": (("tbaq", 32, 909), ("meantime-es-dev", 10, 9090)),
    "development-4": (("tbaq", 24, 1111), ("meantime-es-dev", 8, 11110)),
}


def candidates(corpus: str) -> Iterator[dict[str, str]]:
    """Sentences of a corpus that may hold a figure."""
    with (SHARED / CORPORA[corpus]).open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for text in (t.strip() for t in SPLIT.split(doc["text"])):
                if len(text.split()) >= 6 and (re.search(r"\d", text) or NUMBER_WORDS.search(text)):
                    yield {"source": f"{corpus}/{doc['id']}", "lang": doc.get("lang", "en"),
                           "published": doc.get("published"), "text": text}  # fmt: skip


def draw(block: str) -> list[dict[str, str]]:
    """The block's sentences, in the order they were annotated."""
    earlier = list(BLOCKS)[: list(BLOCKS).index(block)]
    held = {r["text"] for b in earlier for r in draw(b)}
    rows: list[dict[str, str]] = []
    for corpus, size, seed in BLOCKS[block]:
        pool = [c for c in candidates(corpus) if c["text"] not in held]
        rows += random.Random(seed).sample(pool, size)
    return rows


if __name__ == "__main__":
    for row in draw(sys.argv[1] if len(sys.argv) > 1 else "heldout-2"):
        print(json.dumps(row, ensure_ascii=False))
