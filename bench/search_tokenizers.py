#!/usr/bin/env python3
"""Which FTS5 tokenizer finds words in every language? Recall of single-tokenizer indexes and of
the store's search (word index + trigram index for unspaced scripts) on the ITN blurbs.

Each of the 1,911 ITN dev blurbs (45 languages) gives queries drawn from its own text: a word
(four letters or more) of a spaced script, and the same word without its accents where it has
any; in an unspaced script (Chinese, Thai...) a two- and a three-character substring of a run of
such letters. A query is found when its blurb is among the matches; ``hits`` is the mean number
of matching blurbs (a tokenizer that matches inside words finds more than the word).

    python bench/search_tokenizers.py [--shared ../shared] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storyline.model import Document  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.store.fulltext import NOSPACE, fold, fts5_string, parse, word_pattern  # noqa: E402

TOKENIZERS = {"unicode61 remove_diacritics 0": "unicode61 remove_diacritics 0",
              "unicode61 remove_diacritics 2": "unicode61 remove_diacritics 2",
              "… categories 'L* N* Co M*'": "unicode61 remove_diacritics 2 categories ''L* N* Co M*''",
              "trigram": "trigram"}  # fmt: skip


def script(text: str) -> str:
    """The script of a query, by its first letter's Unicode name (Latin, Cyrillic, CJK, Thai...)."""
    letter = next((ch for ch in text if ch.isalpha()), "?")
    name = unicodedata.name(letter, "?").split()[0]
    return {"CJK": "Han"}.get(name, name.title())


def queries(rows: list[dict], rng: random.Random) -> list[tuple[str, str, int]]:
    """``(kind, query, blurb index)`` drawn from each blurb's text."""
    out = []
    for n, row in enumerate(rows):
        text = row["text"]
        runs = [m.group() for m in NOSPACE_RUN.finditer(text) if len(m.group()) >= 3]
        if runs:
            run = rng.choice(runs)
            for size in (2, 3):
                pieces = [run[at : at + size] for at in range(len(run) - size + 1) if parse(run[at : at + size])]
                if pieces:
                    out.append((f"{size} characters", rng.choice(pieces), n))
            continue
        words = [w for w in word_pattern().findall(text) if len(w) >= 4 and not w.isdigit() and parse(w)]
        if words:
            word = rng.choice(words)
            out.append(("word", word, n))
            if fold(word) != word.lower():
                out.append(("word without accents", fold(word), n))
    return out


NOSPACE_RUN = __import__("re").compile(NOSPACE.pattern + "+")


def single_index(rows: list[dict], tokenizer: str) -> sqlite3.Connection:
    """An in-memory FTS5 table of the blurbs with one tokenizer."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(text, tokenize='{tokenizer}')")
    conn.executemany("INSERT INTO t(rowid, text) VALUES (?, ?)", [(n, r["text"]) for n, r in enumerate(rows)])
    return conn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    lines = (Path(args.shared) / "eval" / "stories" / "itn-dev" / "inputs.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in lines.splitlines()]
    asked = queries(rows, random.Random(args.seed))
    found: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # (system, kind, script)
    for label, tokenizer in TOKENIZERS.items():
        conn = single_index(rows, tokenizer)
        for kind, query, n in asked:
            hits = [r[0] for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (fts5_string(parse(query)[0]),))]
            _count(found[(label, kind, script(query))], n, hits)
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "s.db")) as store:
        for n, row in enumerate(rows):
            store.put_document(Document(id=f"{n:016x}", text=row["text"], lang=row["lang"]), "bench")
        for kind, query, n in asked:
            hits = [int(h["document"]["id"], 16) for h in store.search_documents(query, limit=len(rows))[1]]
            _count(found[("storyline (both)", kind, script(query))], n, hits)
    systems = [*TOKENIZERS, "storyline (both)"]
    print("| query | script | queries | " + " | ".join(f"{s}: found / hits" for s in systems) + " |")
    print("|---|---|---:|" + "---:|" * len(systems))
    for kind, group in sorted({(k, g) for _, k, g in found}, key=lambda kg: (kg[0], -found[(systems[0], *kg)][2])):
        total = found[(systems[0], kind, group)][2]
        if total < 10:
            continue
        cells = " | ".join(f"{found[(s, kind, group)][0] / total:.0%} / {found[(s, kind, group)][1] / total:.1f}"
                           for s in systems)  # fmt: skip
        print(f"| {kind} | {group} | {total} | {cells} |")
    return 0


def _count(cell: list[int], n: int, hits: list[int]) -> None:
    """Add one query's outcome: found, number of hits, one more query."""
    cell[0] += n in hits
    cell[1] += len(hits)
    cell[2] += 1


if __name__ == "__main__":
    raise SystemExit(main())
