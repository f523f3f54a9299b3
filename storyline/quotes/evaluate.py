"""Run the quotes layer alone over the scorer's JSON lines: ``python -m storyline.quotes.evaluate``.

Reads ``{"id", "text", "lang"?, "published"?}`` lines on stdin and prints contract lines with the
``quotes`` layer filled, so that ``score.py quotes`` (and ``make eval-quotes``) can measure the
layer without the rest of the pipeline.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

from ..model import Document
from ..pipeline import Options
from . import annotate


def run(lines: Iterable[str]) -> Iterator[dict[str, object]]:
    """Contract dicts (id, lang, quotes) for each JSON input line."""
    options = Options(components=("quotes",))
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        doc = Document(id=str(row["id"]), text=str(row.get("text") or ""), source=str(row["id"]),
                       lang=row.get("lang"))
        annotate(doc, options)
        yield {"id": doc.id, "source": doc.source, "lang": doc.lang,
               "quotes": [q.to_dict() for q in doc.quotes]}


def main() -> None:
    """Entry point: stdin to stdout."""
    for out in run(sys.stdin):
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
