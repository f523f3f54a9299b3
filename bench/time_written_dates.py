"""How often the time layer reads the day and month a short news item writes, in any language.

    PYTHONPATH=. .venv/bin/python bench/time_written_dates.py [../shared/eval/stories/itn-dev]

No time gold exists beyond English and Spanish, but the ITN blurbs of 45 languages often write
the date of what they report ("20 octobre :", "(20 października)", "10월 22일"), and each is
posted within days of that date. For every blurb in which the language-independent detector of
:mod:`storyline.stories.dates` finds a day of a month, this counts whether the time layer, run
with the blurb's language and posting date, returns a ``date`` expression of that month and day
whose full date lies 0-60 days before or up to 7 days after the posting: read (right month-day),
and dated (plausible year too). Prints both per language and overall.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from storyline.model import Document
from storyline.stories.dates import date_keys
from storyline.time import annotate
from storyline.time.evaluate import published_of


def check(row: dict) -> tuple[bool, bool] | None:
    """(read, dated) for one blurb, or None when it writes no day of a month."""
    wanted = {k[2:] for k in date_keys(row["text"])}
    if not wanted:
        return None
    doc = Document(id=row["id"], text=row["text"], source=row["id"], lang=row.get("lang"),
                   published=published_of(row.get("published")))  # fmt: skip
    annotate(doc, None)
    posted = dt.date.fromisoformat(row["published"][:10])
    read = dated = False
    for t in doc.times:
        if t.type != "date" or len(t.value) < 10 or t.value[5:10].replace("-", "") not in wanted:
            continue
        read = True
        try:
            lag = (posted - dt.date.fromisoformat(t.value[:10])).days
        except ValueError:
            continue
        dated |= -7 <= lag <= 60
    return read, dated


def main(folder: str = "../shared/eval/stories/itn-dev") -> None:
    rows = [json.loads(line) for line in (Path(folder) / "inputs.jsonl").open(encoding="utf-8")]
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        result = check(row)
        if result is None:
            continue
        c = counts.setdefault(row.get("lang") or "und", Counter())
        c["written"] += 1
        c["read"] += result[0]
        c["dated"] += result[1]
    total = sum(counts.values(), Counter())
    print(f"{'lang':8}{'written':>8}{'read':>7}{'dated':>7}")
    for lang, c in sorted(counts.items(), key=lambda kv: -kv[1]["written"]):
        print(f"{lang:8}{c['written']:>8}{c['read']:>7}{c['dated']:>7}")
    print(f"{'all':8}{total['written']:>8}{total['read']:>7}{total['dated']:>7}")
    print(f"written_dates read={total['read'] / total['written']:.3f} dated={total['dated'] / total['written']:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
