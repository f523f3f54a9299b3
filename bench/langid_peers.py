#!/usr/bin/env python3
r"""The baselines of docs/quality.md's language table: lingua or py3langid alone, as a scorer system.

Reads the scorer's JSON lines on stdin and prints ``{"id", "source", "lang"}`` lines, so that the
peers are measured by the same ``score.py langid`` command as storyline:

    python ../shared/eval/scorer/score.py langid --data ../shared/eval/langid/itn-dev \\
        --system '.venv/bin/python bench/langid_peers.py lingua'     # or py3langid

Both are storyline dependencies already; lingua loads all its 75 languages (about 12 s).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable


def lingua_detector() -> Callable[[str], str | None]:
    """lingua with all its languages, high accuracy mode (its default)."""
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(text: str) -> str | None:
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language else None

    return detect


def py3langid_detector() -> Callable[[str], str | None]:
    """py3langid with all its languages; its ``no`` is reported as is (the scorer reads it as nb)."""
    import py3langid

    return lambda text: py3langid.classify(text)[0]


PEERS = {"lingua": lingua_detector, "py3langid": py3langid_detector}


def main() -> None:
    """Answer every input line with the chosen peer's language."""
    if len(sys.argv) != 2 or sys.argv[1] not in PEERS:
        sys.exit(f"usage: langid_peers.py {'|'.join(PEERS)}")
    detect = PEERS[sys.argv[1]]()
    for line in sys.stdin:
        if line.strip():
            record = json.loads(line)
            text = record.get("text") or ""
            lang = detect(text) if text.strip() else None
            print(json.dumps({"id": record["id"], "source": record["id"], "lang": lang}), flush=True)


if __name__ == "__main__":
    main()
