"""Do timeline entries merge reports of one thing across languages? Measured on ITN.

    python -m storyline.timeline.evaluate_merge [DIR] [--no-events]

DIR (default ``$STORYLINE_SHARED/eval/stories/itn-dev``) holds Wikipedia "In the news" blurbs in
45 languages, each with the Wikidata subject it reports (``docs.jsonl``: id, lang, date, text,
event). Every blurb goes through the per-document pipeline (its language and posting date given),
then the story index clusters them and one timeline is built over all of them with the events
and stories found (``--no-events``: without), as ``storyline build`` and ``storyline timeline``
do. The gold has no timeline, but it says which blurbs report one subject, so the entries can be
scored as a clustering of blurbs:

* pair precision: of the pairs of blurbs one entry merges, the share reporting one subject (the
  gold files identical texts under several subjects, so 1.0 is out of reach);
* pair recall: of the pairs of blurbs of one subject posted within ``WEEK`` days of each other,
  the share one entry merges (most such pairs report one occurrence; the rest, a subject's
  different occurrences in one week, keep it well under 1: read it as a relative measure).

Prints ``timeline_merge pair_p=... pair_r=... entries=... blurbs=...``, the line CI's gate reads.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from . import build_timeline, story_groups

log = logging.getLogger(__name__)

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "../shared"))
DEFAULT_DIR = SHARED / "eval" / "stories" / "itn-dev"
WEEK = 7


def load(root: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The blurbs as input documents, and each blurb's gold subject."""
    docs, subject = [], {}
    for line in (root / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            docs.append({"id": row["id"], "text": row["text"], "lang": row.get("lang"), "published": row.get("date")})
            subject[row["id"]] = row["event"]
    return docs, subject


def analyzed(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every blurb through the pipeline, keeping its id (one failure skips one blurb)."""
    from ..api import analyze_text

    out = []
    for doc in docs:
        try:
            full = analyze_text(doc["text"], lang=doc["lang"], published=doc["published"]).to_dict()
        except Exception as err:  # noqa: BLE001 - one failing blurb must not stop the evaluation
            log.warning("%s: analysis failed (%s)", doc["id"], err)
            continue
        out.append({**full, "id": doc["id"], "source": doc["id"]})
    return out


def score(entries: list[Any], subject: dict[str, str], posted: dict[str, str]) -> dict[str, float]:
    """Pair precision and pair recall of the entries (see the module docstring)."""
    together: set[tuple[str, str]] = set()
    for entry in entries:
        together.update(itertools.combinations(sorted({s.doc_id for s in entry.sources}), 2))
    right = sum(subject.get(a) == subject.get(b) for a, b in together)
    by_subject: dict[str, list[str]] = defaultdict(list)
    for doc_id, subj in subject.items():
        by_subject[subj].append(doc_id)
    possible = hit = 0
    for ids in by_subject.values():
        for a, b in itertools.combinations(sorted(ids), 2):
            if _days_apart(posted.get(a), posted.get(b)) <= WEEK:
                possible += 1
                hit += (a, b) in together
    return {"pair_p": round(right / len(together), 4) if together else 0.0,
            "pair_r": round(hit / possible, 4) if possible else 0.0}  # fmt: skip


def _days_apart(a: str | None, b: str | None) -> float:
    """Days between two ISO dates (infinite when either is missing or malformed)."""
    try:
        return abs((date.fromisoformat(str(a)[:10]) - date.fromisoformat(str(b)[:10])).days)
    except ValueError:
        return float("inf")


def main(argv: list[str] | None = None) -> int:
    """Print the summary line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--no-events", action="store_true", help="merge without the story layer's events and stories")
    args = parser.parse_args(argv)
    root = Path(args.data)
    if not (root / "docs.jsonl").exists():
        print(f"error: no docs.jsonl under {root}", file=sys.stderr)
        return 2
    docs, subject = load(root)
    full = analyzed(docs)
    entries = build_timeline(full, **({} if args.no_events else story_groups(full)))
    posted = {d["id"]: d["published"] for d in docs}
    result = {**score(entries, subject, posted), "entries": len(entries), "blurbs": len(docs)}
    print("timeline_merge " + " ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
