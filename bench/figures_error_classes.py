"""Classify the figures layer's errors on development gold, part by part (docs/quality.md, tenth pass).

    PYTHONPATH=. python bench/figures_error_classes.py [--parts development-12 development-13 ...] [--list]

Every gold figure and every system figure falls in one class: right (value, measure and subject),
number not found (a gold figure no system figure overlaps), value wrong, measure wrong (value
right), owner wrong (value and measure right), spurious figure (a system figure no gold figure
overlaps). Owner errors are split three ways: a name where the gold has none ("spurious owner"),
none where the gold names one ("owner missed"), another name ("other owner"). Sealed held-out
blocks are refused: their errors are never listed or counted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from storyline.figures import annotate
from storyline.figures.evaluate import DEFAULT_GOLD, PARTS, SEALED, document, load_gold, same_subject
from storyline.pipeline import Options

CLASSES = ("right", "number not found", "value wrong", "measure wrong", "spurious owner", "owner missed",
           "other owner", "spurious figure")  # fmt: skip


def classify(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(class, detail) for each gold figure and each unmatched system figure of one gold row."""
    doc = document(row)
    annotate(doc, Options())
    system = [f.to_dict() for f in doc.figures]
    out: list[tuple[str, str]] = []
    used: set[int] = set()
    for g in row["figures"]:
        match = next((i for i, f in enumerate(system) if i not in used and f["start"] < g["end"] and g["start"] < f["end"]), None)
        if match is None:
            out.append(("number not found", f"{g['text']!r} {g['measure']}"))
            continue
        used.add(match)
        f = system[match]
        subject = (f["subject"] or {}).get("canonical")
        detail = f"{g['text']!r} gold {g['value']:g} {g['measure']} {g['subject']} | system {f['value']:g} {f['measure']} {subject} ({f['why'].get('subject', '')})"
        if abs(f["value"] - g["value"]) > 1e-3 * max(1.0, abs(g["value"])):
            out.append(("value wrong", detail))
        elif f["measure"] != g["measure"]:
            out.append(("measure wrong", detail))
        elif not same_subject(subject, g["subject"]):
            gold_named = any(x is not None for x in (g["subject"] if isinstance(g["subject"], list) else [g["subject"]]))
            kind = "spurious owner" if not gold_named else "owner missed" if subject is None else "other owner"
            out.append((kind, detail))
        else:
            out.append(("right", detail))
    for i, f in enumerate(system):
        if i not in used:
            out.append(("spurious figure", f"{f['text']!r} {f['measure']}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", nargs="*", help="development parts (default: all)")
    parser.add_argument("--list", action="store_true", help="list each error under its class")
    args = parser.parse_args()
    wanted = set(args.parts or [name for name, _, _ in PARTS])
    rows = [r for r in load_gold(DEFAULT_GOLD) if r.get("block") == "development" and r.get("block") not in SEALED]
    print(f"{'part':<16}" + "".join(f"{c[:14]:>15}" for c in CLASSES))
    total: Counter[str] = Counter()
    for name, lo, hi in PARTS:
        if name not in wanted:
            continue
        counts: Counter[str] = Counter()
        for row in (r for r in rows if lo <= int(r["id"].lstrip("g")) <= hi):
            for kind, detail in classify(row):
                counts[kind] += 1
                if args.list and kind != "right":
                    print(f"  {name} {row['id']} {kind}: {detail}")
        total += counts
        print(f"{name:<16}" + "".join(f"{counts[c]:>15}" for c in CLASSES))
    print(f"{'all':<16}" + "".join(f"{total[c]:>15}" for c in CLASSES))


if __name__ == "__main__":
    main()
