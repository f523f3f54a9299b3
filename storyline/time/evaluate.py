"""Run the time layer alone over the scorer's JSON lines: ``python -m storyline.time.evaluate``.

Reads ``{"id", "text", "lang"?, "published"?}`` per line on stdin and prints each document in the
output contract with ``published`` and ``times`` filled, so that
``../shared/eval/scorer/score.py time|pubdate --system 'python -m storyline.time.evaluate'``
measures this layer without the rest of the pipeline (``make eval-time``).
"""

from __future__ import annotations

import json
import sys

from ..model import Document, Evidence, Published
from . import annotate


def published_of(value: str | None) -> Published | None:
    """Metadata's date as a ``Published`` with the precision its form shows."""
    if not value:
        return None
    day = str(value)[:10]
    precision = {4: "year", 7: "month"}.get(len(day), "day")
    return Published(day, precision, 1.0, Evidence("metadata", str(value)))


def main() -> None:
    """Annotate each input line's document and print it as one JSON line."""
    for line in sys.stdin:
        if not line.strip():
            continue
        row = json.loads(line)
        doc = Document(id=str(row["id"]), text=row["text"], source=str(row["id"]), lang=row.get("lang"),
                       published=published_of(row.get("published")))  # fmt: skip
        annotate(doc, None)
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
