"""Does ``storyline timeline --entity`` find an entity in every script? Measured on ITN.

    python -m storyline.timeline.evaluate_entity [DIR] [--show]

DIR (default ``$STORYLINE_SHARED/eval/stories/itn-dev``) holds Wikipedia "In the news" blurbs in
45 languages (``docs.jsonl``). The gold has no mentions, so each entity below comes with the
spellings of it read in the blurbs (every blurb of its Wikidata subject, and the blurbs of other
subjects that name it): a blurb is relevant when it writes one of them (a word beginning with it,
so inflected forms count; anywhere in Han script). For each entity, the blurbs ``mentions_entity``
selects are scored against the relevant ones (precision, recall), with rule 6 of
:mod:`.mentions` (other scripts) and without it (``before``: the names as written and their
ASCII folds). ``--show`` lists the blurbs selected but not relevant, and relevant but missed.

Prints one line an entity and ``entity_mentions p=... r=... before_p=... before_r=...`` (micro).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any

from .evaluate_merge import DEFAULT_DIR
from .mentions import Target, mention_offsets

# Read in itn-dev (2026-11-25): the query, then every spelling of the entity its blurbs write.
SPELLINGS: dict[str, tuple[str, ...]] = {
    "Liz Truss": ("Truss", "Трасс", "Трас ", "டிரசு", "டிரஸ்", "ทรัสส์", "卓慧思", "特拉斯", "ට්‍රස්", "ტრასი", "تراس",
                  "ترەس", "טראס", "트러스"),
    "Pelé": ("Pelé", "Pele ", "Пеле", "पेले", "پله", "เปเล่", "펠레", "贝利", "بيليه", "பெலே", "پێلێ"),
    "Jacinda Ardern": ("Ardern", "Ардерн", "آرڈن", "ئاردێرن", "أرديرن", "آردرن", "阿德恩", "ஆடர்ன்"),
    "Mahsa Amini": ("Amini", "Αμίνι", "Амини", "Аміні", "அமினி", "แอมีนี", "ئەمینی", "아미니", "امینی"),
    "Chris Hipkins": ("Hipkins", "Хипкинс", "Гіпкінс", "ہپکنز", "هیپکینز", "ھیپکینز", "هيبكنز", "希普金斯",
                      "இப்கின்சு", "힙킨스"),
    "Giorgia Meloni": ("Meloni", "Мелони", "Мелоні", "梅洛尼", "მელონი"),
    "Vladimir Putin": ("Putin", "Путин", "Путін", "普丁", "普京", "푸틴", "پوتین", "بوتين"),
    "Lula": ("Lula", "Лула", "ලූලා", "لولا دا", "卢拉", "룰라", "ლულა"),
}  # fmt: skip
_HAN = re.compile(r"[\u4e00-\u9fff]")


def relevant(text: str, spellings: tuple[str, ...]) -> bool:
    """Whether a blurb writes one of the spellings (a word starting with it; anywhere in Han)."""
    return any(re.search(("" if _HAN.match(s) else r"(?<!\w)") + re.escape(s), text) for s in spellings)


def score(docs: list[dict[str, Any]], name: str, before: bool) -> tuple[set[str], set[str]]:
    """The blurbs selected for an entity (``before``: without rule 6) and the relevant ones."""
    target = Target.of(name)
    if before:
        target = dataclasses.replace(target, surname="", whole="")
    selected = {d["id"] for d in docs if mention_offsets(d, target)}
    return selected, {d["id"] for d in docs if relevant(d["text"], SPELLINGS[name])}


def _pr(selected: set[str], gold: set[str]) -> tuple[float, float]:
    hit = len(selected & gold)
    return hit / max(1, len(selected)), hit / max(1, len(gold))


def main(argv: list[str] | None = None) -> int:
    """Score every entity of ``SPELLINGS``; print per-entity and micro-averaged P/R."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show", action="store_true", help="list the wrong and missed blurbs")
    args = parser.parse_args(argv)
    docs = [json.loads(line) for line in (args.dir / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    text = {d["id"]: f"{d['lang']}\t{d['text'][:120]}" for d in docs}
    totals = {True: [0, 0, 0], False: [0, 0, 0]}  # before -> [hits, selected, relevant]
    for name in SPELLINGS:
        row = []
        for before in (True, False):
            selected, gold = score(docs, name, before)
            totals[before][0] += len(selected & gold)
            totals[before][1] += len(selected)
            totals[before][2] += len(gold)
            precision, recall = _pr(selected, gold)
            row.append(f"{precision:.3f}/{recall:.3f}")
        print(f"{name}\trelevant={len(gold)}\tbefore P/R={row[0]}\tafter P/R={row[1]}")
        if args.show:
            for doc_id in sorted(selected - gold):
                print("  wrong\t" + text[doc_id])
            for doc_id in sorted(gold - selected):
                print("  missed\t" + text[doc_id])
    (bh, bs, bg), (h, s, g) = totals[True], totals[False]
    after, before = f"p={h / max(1, s):.3f} r={h / max(1, g):.3f}", f"p={bh / max(1, bs):.3f} r={bh / max(1, bg):.3f}"
    print(f"entity_mentions {after} before_{before.replace(' ', ' before_')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
