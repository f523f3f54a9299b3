"""A runner for the scorer without the rest of the pipeline: ``python -m storyline.entities.evaluate``.

Reads the scorer's JSON lines (``{"id", "text", "lang"?}``) on stdin and writes contract lines with
the entities layer filled, e.g.::

    python ../shared/eval/scorer/score.py ner --data build/ner-dev/en \
        --system 'python -m storyline.entities.evaluate'

Each input is one sentence in the NER sets, so the whole text is treated as one sentence.
"""

from __future__ import annotations

import json
import sys

from ..model import Document, Sentence
from ..pipeline import Options
from . import annotate


def main() -> None:
    """Annotate every stdin line and print its contract line."""
    options = Options()
    for line in sys.stdin:
        if not line.strip():
            continue
        row = json.loads(line)
        text = row.get("text") or ""
        doc = Document(id=str(row["id"]), text=text, source=str(row["id"]), lang=row.get("lang"),
                       sentences=[Sentence(0, len(text))])  # fmt: skip
        annotate(doc, options)
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
