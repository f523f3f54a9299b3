"""Measure the figures layer on the hand-annotated gold, or run it alone over contract lines.

python -m storyline.figures.evaluate [--gold tests/figures/data/gold.jsonl] [--errors] [--lang en] [--block development] [--ids g903-g948] [--owner rules|ranker|hybrid]
    precision / recall / F1 for the number alone, its value, and value+measure+subject
    (the guideline in docs/figures-guideline.md says how the gold was made and scored); `--errors`
    lists no sealed held-out block's errors unless `--block` names it;
python -m storyline.figures.evaluate --annotate < docs.jsonl > out.jsonl
    fill the figures layer of documents given as JSON lines ({id, text, lang?, published?},
    as the shared scorer feeds systems): a runner that needs nothing else of the pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..model import Document, Published
from ..pipeline import Options, run
from . import annotate
from . import ranker
from .ranker import DEFAULT_MODE, MODES
from .series import canonical_name

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "tests" / "figures" / "data" / "gold.jsonl"


# Held-out blocks whose errors no pass has looked at: ``--errors`` leaves them out unless ``--block`` names them.
SEALED = ("heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6")

# Development blocks by gold id range (docs/quality.md, Figures): `--parts` scores each; the owner ranker's folds.
PARTS = (
    ("development-1", 0, 108), ("development-2", 191, 232), ("development-3", 233, 274),
    ("development-4", 275, 306), ("development-5", 367, 406), ("development-6", 407, 448),
    ("development-7", 449, 492), ("development-8", 493, 536), ("development-9", 537, 578),
    ("development-10", 579, 620), ("development-11", 621, 662), ("development-12", 663, 710),
    ("development-13", 759, 806), ("development-14", 807, 854), ("development-15", 855, 902),
    ("development-16", 903, 948), ("development-17", 949, 994), ("development-18", 1041, 1086),
    ("development-19", 1087, 1132), ("development-20", 1133, 1178),
    ("development-21", 1224, 1268), ("development-22", 1269, 1313), ("development-23", 1314, 1358),
    ("development-24", 1359, 1403), ("development-25", 1404, 1448), ("development-26", 1449, 1493),
    ("development-27", 1494, 1538), ("development-28", 1539, 1583), ("development-29", 1584, 1628),
    ("development-30", 1629, 1668), ("development-31", 1669, 1708), ("development-32", 1709, 1748),
    ("development-33", 1749, 1788),
)  # fmt: skip


def _published(value: Any) -> Published | None:
    if isinstance(value, dict):
        value = value.get("value")
    if not value:
        return None
    value = str(value)[:10]
    return Published(value, {4: "year", 7: "month"}.get(len(value), "day"))


def document(row: dict[str, Any]) -> Document:
    """A document from an input line (id, text, lang, published; entities and times when given)."""
    return Document(
        id=str(row.get("id", "")), text=str(row.get("text", "")), source=str(row.get("source", row.get("id", ""))),
        lang=row.get("lang"), published=_published(row.get("published")),
        entities=list(row.get("entities") or []), times=list(row.get("times") or []),
    )  # fmt: skip


def annotate_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Contract dicts with the figures layer, for JSON input lines."""
    for line in lines:
        if line.strip():
            doc = document(json.loads(line))
            annotate(doc, Options())
            yield doc.to_dict()


def same_subject(system: str | None, gold: Any) -> bool:
    """Subjects agree: both absent, equal after alias resolution, or one is the other's last word."""
    options = gold if isinstance(gold, list) else [gold]
    sys_name = canonical_name(system)
    for option in options:
        gold_name = canonical_name(option)
        if sys_name is None or gold_name is None:
            if sys_name is None and gold_name is None:
                return True
            continue
        a, b = sys_name.casefold(), gold_name.casefold()
        if a == b or a.split()[-1] == b or b.split()[-1] == a:
            return True
    return False


def _counts() -> dict[str, list[int]]:
    levels = ("number", "value", "value+measure", "value+subject", "value+measure+subject")
    return {level: [0, 0, 0] for level in levels}  # tp, n_sys, n_gold


def score(
    rows: list[dict[str, Any]], errors: list[str] | None = None, pipeline: bool = False, owner: str = DEFAULT_MODE
) -> dict[str, dict[str, float]]:
    """P/R/F1 per level over gold rows; mismatches are appended to ``errors`` when given.

    Each row is one document; ``pipeline`` runs every component on it (entities, times... as
    merged) instead of the figures layer alone; ``owner`` picks how owners are chosen (``ranker.MODES``).
    """
    counts = _counts()
    options = Options(extra={"figures_owner": owner})
    for row in rows:
        doc = document(row)
        if pipeline:
            run(doc, options)
        else:
            annotate(doc, options)
        system = [f.to_dict() for f in doc.figures]
        gold = row["figures"]
        for level in counts:
            counts[level][1] += len(system)
            counts[level][2] += len(gold)
        used: set[int] = set()
        for g in gold:
            match = next(
                (i for i, f in enumerate(system) if i not in used and f["start"] < g["end"] and g["start"] < f["end"]),
                None,
            )
            if match is None:
                if errors is not None:
                    errors.append(f"MISS {row['id']} {g['text']!r} {g['measure']} {g['subject']} | {row['text'][:90]}")
                continue
            used.add(match)
            f = system[match]
            counts["number"][0] += 1
            value_ok = abs(f["value"] - g["value"]) <= 1e-3 * max(1.0, abs(g["value"]))
            counts["value"][0] += value_ok
            subject = (f["subject"] or {}).get("canonical")
            measure_ok, subject_ok = f["measure"] == g["measure"], same_subject(subject, g["subject"])
            full = value_ok and measure_ok and subject_ok
            counts["value+measure"][0] += value_ok and measure_ok
            counts["value+subject"][0] += value_ok and subject_ok
            counts["value+measure+subject"][0] += full
            if not full and errors is not None:
                errors.append(
                    f"DIFF {row['id']} {g['text']!r}: gold {g['value']:g} {g['measure']} {g['subject']} | "
                    f"system {f['value']:g} {f['measure']} {subject} ({f['why'].get('subject', '')})"
                )
        if errors is not None:
            for i, f in enumerate(system):
                if i not in used:
                    subject = (f["subject"] or {}).get("canonical")
                    errors.append(f"EXTRA {row['id']} {f['text']!r} {f['measure']} {subject} | {row['text'][:90]}")
    return {level: _prf(*c) for level, c in counts.items()}


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "system": n_sys,
        "gold": n_gold,
    }


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold rows (one sentence each, see docs/figures-guideline.md)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storyline.figures.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--errors", action="store_true", help="list misses, extras and wrong arguments")
    parser.add_argument("--lang", help="only the gold sentences of this language")
    parser.add_argument("--block", help="only the gold sentences of this block (development, heldout-1, ...)")
    parser.add_argument("--ids", help="only the gold rows of this id range (one development part: g903-g948)")
    parser.add_argument("--parts", action="store_true", help="score each development part apart (PARTS)")
    parser.add_argument("--pipeline", action="store_true", help="run the whole pipeline, not the layer alone")
    parser.add_argument("--owner", choices=MODES, default=DEFAULT_MODE, help="how owners are chosen")
    parser.add_argument("--model", type=Path, help="owner ranker weights to use instead of the shipped ones")
    parser.add_argument("--annotate", action="store_true", help="annotate JSON lines from stdin instead")
    args = parser.parse_args(argv)
    if args.annotate:
        for out in annotate_lines(sys.stdin):
            print(json.dumps(out, ensure_ascii=False))
        return 0
    if args.model:
        ranker.set_model(ranker.load(args.model))
    errors: list[str] | None = [] if args.errors else None
    rows = [r for r in load_gold(args.gold) if args.lang in (None, r["lang"]) and args.block in (None, r.get("block"))]
    if args.ids:
        first, last = (int(part.strip().lstrip("g")) for part in args.ids.split("-"))
        rows = [r for r in rows if first <= int(r["id"].lstrip("g")) <= last]
    if args.parts:
        return _print_parts(rows, args.pipeline, args.owner)
    result = score(rows, errors, args.pipeline, args.owner)
    if errors:  # a sealed block's errors are listed only when it is asked for by name
        sealed = {r["id"] for r in rows if r.get("block") in SEALED and r.get("block") != args.block}
        errors = [line for line in errors if line.split()[1] not in sealed]
    for line in errors or ():
        print(line)
    langs = sorted({r["lang"] for r in rows})
    print(f"figures gold: {len(rows)} sentences, {sum(len(r['figures']) for r in rows)} figures ({', '.join(langs)})")
    print(f"{'level':<24}{'P':>7}{'R':>7}{'F1':>7}")
    for level, m in result.items():
        print(f"{level:<24}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}")
    print(f"\n{'subset':<28}{'gold':>5}{'number F1':>10}  value+measure+subject P / R / F1")
    for name, subset in _subsets(rows).items():
        part = score(subset, pipeline=args.pipeline, owner=args.owner)
        m, n = part["value+measure+subject"], part["number"]
        print(f"{name:<28}{m['gold']:>5}{n['f1']:>10.3f}  {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}")
    summary = " ".join(f"{level.replace('+', '_')}_f1={m['f1']:.3f}" for level, m in result.items())
    print(f"\nfigures {summary}")
    return 0


def _print_parts(rows: list[dict[str, Any]], pipeline: bool, owner: str) -> int:
    """One line per development part (and per unsealed other block): number F1, value+measure+subject P/R/F1."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        number = int(row["id"].lstrip("g"))
        block = row.get("block", "development")
        if block in SEALED:
            continue  # a sealed block is read only when named (--block), never in passing
        name = next((n for n, lo, hi in PARTS if lo <= number <= hi), block) if block == "development" else block
        groups.setdefault(name, []).append(row)
    print(f"{'part':<18}{'gold':>5}{'number F1':>10}  value+measure+subject P / R / F1")
    for name, part in groups.items():
        m, n = (lambda r: (r["value+measure+subject"], r["number"]))(score(part, pipeline=pipeline, owner=owner))
        print(f"{name:<18}{m['gold']:>5}{n['f1']:>10.3f}  {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}")
    return 0


def _subsets(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows by block (development, held-out), by corpus (the source's first path part), by language."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault("block " + row.get("block", "development"), []).append(row)
    for row in rows:
        out.setdefault("corpus " + row["source"].split("/")[0], []).append(row)
    for row in rows:
        out.setdefault("lang " + row["lang"], []).append(row)
    return out


if __name__ == "__main__":
    sys.exit(main())
