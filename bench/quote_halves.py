"""Split a quotes gold set in two halves by a hash of the sample id, as data folders the scorer reads.

    python bench/quote_halves.py ../shared/eval/quotes/redewiedergabe-dev /tmp/rwd

    python bench/quote_halves.py ../shared/eval/quotes/polnear-dev /tmp/pn

writes ``/tmp/rwd-A`` and ``/tmp/rwd-B``, each with the layout of the source folder
(``dataset.json``, ``metadata.tsv`` and ``inputs.jsonl`` filtered, and the samples: REDEWIEDERGABE's
``rwk_*.tsv``, or PolNeAR's ``text/*.txt`` with their ``attributions/*.ann``, one per annotator).
A sample (its file stem, the scorer's document id) is in half A when ``int(sha256(id), 16)`` is
even, else in B. Half A is for studying errors and tuning rules; half B is only ever scored as a
whole, so that its numbers say how rules tuned on A carry over to text they were not made from.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path


def half(sample_id: str) -> str:
    """``"A"`` or ``"B"``: the half of one sample, from its id alone."""
    return "A" if int(hashlib.sha256(sample_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def _samples(src: Path) -> list[Path]:
    """The files naming one sample each: REDEWIEDERGABE's tables or PolNeAR's texts."""
    return sorted(src.glob("rwk_*.tsv")) + sorted((src / "text").glob("*.txt"))


def _sample_files(src: Path) -> list[Path]:
    """Every file of a sample, annotations included (PolNeAR's ``STEM_ANNOTATOR.ann``)."""
    return _samples(src) + sorted((src / "attributions").glob("*.ann"))


def _sample_id(path: Path) -> str:
    """The scorer's document id of a sample file: its stem, less an annotation's annotator suffix."""
    return path.stem.rsplit("_", 1)[0] if path.suffix == ".ann" else path.stem


def write_half(src: Path, dest: Path, name: str) -> int:
    """Copy the samples of half ``name`` into ``dest``; returns their number."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copy(src / "dataset.json", dest / "dataset.json")
    kept = {p.stem for p in _samples(src) if half(p.stem) == name}
    for path in _sample_files(src):
        if _sample_id(path) in kept:
            target = dest / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    meta = (src / "metadata.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
    header = meta[0].rstrip("\n").split("\t")
    col = header.index("filename") if "filename" in header else 0  # PolNeAR's / REDEWIEDERGABE's
    rows = [row for row in meta[1:] if row.split("\t")[col].removesuffix(".tsv") in kept]
    (dest / "metadata.tsv").write_text("".join(meta[:1] + rows), encoding="utf-8")
    lines = (src / "inputs.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (dest / "inputs.jsonl").write_text(
        "".join(x for x in lines if json.loads(x)["id"] in kept), encoding="utf-8")
    return len(kept)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("prefix", help="output folders are PREFIX-A and PREFIX-B")
    args = ap.parse_args()
    for name in ("A", "B"):
        n = write_half(args.data, Path(f"{args.prefix}-{name}"), name)
        print(f"{args.prefix}-{name}: {n} samples")


if __name__ == "__main__":
    main()
