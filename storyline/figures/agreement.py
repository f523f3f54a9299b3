"""How reliably can a figure's subject be annotated? Agreement of a second, blind annotation with the gold.

    python -m storyline.figures.agreement                 # the table: per part, agreement and system accuracy
    python -m storyline.figures.agreement --export        # the blind task: gold figures without their subject
    python -m storyline.figures.agreement --disagreements # development parts only: where the two annotators differ

The gold (`tests/figures/data/gold.jsonl`) was annotated by one person. A second annotator, who saw
for each figure only its sentence, number span, value and measure (``--export``), wrote the subject
of the figures of development parts 5-8 and of heldout-3 again (`second_subjects.jsonl`, one line a
figure: ``{"id", "start", "end", "subject", "quoted_in_docs"}``, the subject a name, null, or a list
of equally defensible names, the first preferred; ``quoted_in_docs`` marks sentences the guideline or
docs/quality.md quoted as examples before the second annotation, which the second annotator had read).
Two subjects agree as ``evaluate.same_subject`` matches a system's to the gold's (alias resolution,
the last-word rule), either of the alternates on either side; *strictly* when the two preferred
(first) choices agree. The agreement of two
careful annotators is the ceiling a system's subject can be measured against: a target above it
measures the annotators' disagreement, not the system. Sealed blocks are reported as aggregates only.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Document
from ..pipeline import Options
from . import annotate
from .evaluate import DEFAULT_GOLD, SEALED, document, load_gold, same_subject

DEFAULT_SECOND = DEFAULT_GOLD.with_name("second_subjects.jsonl")
# the parts annotated twice: gold id ranges (docs/quality.md lists them)
PARTS = {
    "development-5": (367, 406),
    "development-6": (407, 448),
    "development-7": (449, 492),
    "development-8": (493, 536),
    "heldout-3": (307, 366),
}


class AgreementError(ValueError):
    """The second annotation does not line up with the gold: each problem on its own line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def part_of(row_id: str) -> str | None:
    """The doubly annotated part a gold row belongs to, or None."""
    number = int(row_id.lstrip("g"))
    return next((name for name, (lo, hi) in PARTS.items() if lo <= number <= hi), None)


def export(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The blind task: each gold figure of the doubly annotated parts, without its subject."""
    out = []
    for row in rows:
        if part_of(row["id"]) is None:
            continue
        for f in row["figures"]:
            out.append({
                "id": row["id"], "start": f["start"], "end": f["end"], "number": f["text"],
                "value": f["value"], "measure": f["measure"], "lang": row["lang"], "text": row["text"],
            })  # fmt: skip
    return out


@dataclass(frozen=True, slots=True)
class Second:
    """One figure's second annotation."""

    subject: Any
    quoted: bool = False


def load_second(path: Path) -> dict[tuple[str, int, int], Second]:
    """The second annotation by (row id, start, end); garbled lines raise ``AgreementError``."""
    problems: list[str] = []
    out: dict[tuple[str, int, int], Second] = {}
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                key = (str(item["id"]), int(item["start"]), int(item["end"]))
                subject = item["subject"]
            except (ValueError, KeyError, TypeError) as exc:
                problems.append(f"{path.name}:{number}: garbled line ({exc.__class__.__name__}: {exc})")
                continue
            if not (subject is None or isinstance(subject, (str, list))):
                problems.append(f"{path.name}:{number}: subject must be a name, null or a list of names")
                continue
            if key in out:
                problems.append(f"{path.name}:{number}: {key[0]} {key[1]}-{key[2]} annotated twice")
            out[key] = Second(subject, bool(item.get("quoted_in_docs", False)))
    if problems:
        raise AgreementError(problems)
    return out


def _options(subject: Any) -> list[str | None]:
    return list(subject) if isinstance(subject, list) else [subject]


def agree(first: Any, second: Any) -> bool:
    """Two annotations agree: any option of one matches the other as ``same_subject`` reads it."""
    return any(same_subject(option, first) for option in _options(second))


def strictly_agree(first: Any, second: Any) -> bool:
    """The two preferred (first) choices agree."""
    return same_subject(_preferred(second), _preferred(first))


def _preferred(subject: Any) -> str | None:
    options = _options(subject)
    return options[0] if options else None


def named(subject: Any) -> bool:
    """An annotation names a holder (its preferred option is a name)."""
    return _preferred(subject) is not None


@dataclass(slots=True)
class Part:
    """Agreement counts of one part."""

    figures: int = 0
    agreed: int = 0
    strictly_agreed: int = 0
    unquoted: int = 0  # figures whose sentence the docs had not quoted before the second annotation
    unquoted_agreed: int = 0
    table: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # both named, first only, second only, neither
    system_right_on_agreed: int = 0
    system_right: int = 0
    system_right_second: int = 0  # value right and subject as the second annotator has it

    def add(self, other: Part) -> None:
        """Add another part's counts to this one."""
        for name in self.__slots__:
            if name == "table":
                self.table = [a + b for a, b in zip(self.table, other.table)]
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def kappa(self) -> float:
        """Cohen's kappa of null vs named."""
        n = self.figures
        if not n:
            return 0.0
        both, first, second, neither = self.table
        observed = (both + neither) / n
        p1, p2 = (both + first) / n, (both + second) / n
        chance = p1 * p2 + (1 - p1) * (1 - p2)
        return (observed - chance) / (1 - chance) if chance < 1 else 1.0

    def row(self) -> dict[str, float | int]:
        share = lambda a, b: round(a / b, 3) if b else 0.0
        return {
            "figures": self.figures, "agreed": self.agreed, "agreement": share(self.agreed, self.figures),
            "strict_agreement": share(self.strictly_agreed, self.figures),
            "unquoted_figures": self.unquoted, "unquoted_agreement": share(self.unquoted_agreed, self.unquoted),
            "null_vs_named_kappa": round(self.kappa(), 3),
            "system_value_subject": share(self.system_right, self.figures),
            "system_value_subject_on_agreed": share(self.system_right_on_agreed, self.agreed),
            "system_value_subject_vs_second": share(self.system_right_second, self.figures),
        }  # fmt: skip


def _system_subjects(row: dict[str, Any]) -> list[dict[str, Any]]:
    doc: Document = document(row)
    annotate(doc, Options())
    return [f.to_dict() for f in doc.figures]


def _system_match(gold_figure: dict[str, Any], system: list[dict[str, Any]], used: set[int]) -> tuple[bool, str | None]:
    """Whether the system's figure overlapping the gold one has its value, and that figure's subject."""
    g = gold_figure
    match = next(
        (i for i, f in enumerate(system) if i not in used and f["start"] < g["end"] and g["start"] < f["end"]), None
    )
    if match is None:
        return False, None
    used.add(match)
    f = system[match]
    value_ok = abs(f["value"] - g["value"]) <= 1e-3 * max(1.0, abs(g["value"]))
    return value_ok, (f["subject"] or {}).get("canonical")


def measure(
    rows: list[dict[str, Any]], second: dict[tuple[str, int, int], Second], system: bool = True
) -> dict[str, Part]:
    """Per part counts; every gold figure of the parts must have a second annotation, and no more."""
    parts = {name: Part() for name in PARTS}
    seen: set[tuple[str, int, int]] = set()
    problems: list[str] = []
    for row in rows:
        name = part_of(row["id"])
        if name is None:
            continue
        outputs = _system_subjects(row) if system else []
        used: set[int] = set()
        for g in row["figures"]:
            key = (row["id"], g["start"], g["end"])
            value_ok, subject = _system_match(g, outputs, used) if system else (False, None)
            if key not in second:
                problems.append(f"missing: no second annotation for {key[0]} {key[1]}-{key[2]} {g['text']!r}")
                continue
            seen.add(key)
            _count(parts[name], g["subject"], second[key], value_ok, subject)
    problems += [f"unknown: {k[0]} {k[1]}-{k[2]} is no gold figure of the parts" for k in sorted(set(second) - seen)]
    if problems:
        raise AgreementError(problems)
    return parts


def _count(part: Part, first: Any, second: Second, value_ok: bool, subject: str | None) -> None:
    both_agree = agree(first, second.subject)
    right = value_ok and same_subject(subject, first)
    part.figures += 1
    part.agreed += both_agree
    part.strictly_agreed += strictly_agree(first, second.subject)
    part.unquoted += not second.quoted
    part.unquoted_agreed += both_agree and not second.quoted
    part.table[
        {(True, True): 0, (True, False): 1, (False, True): 2, (False, False): 3}[named(first), named(second.subject)]
    ] += 1
    part.system_right += right
    part.system_right_on_agreed += right and both_agree
    part.system_right_second += value_ok and same_subject(subject, second.subject)


def disagreements(rows: list[dict[str, Any]], second: dict[tuple[str, int, int], Second]) -> list[str]:
    """Development figures the two annotators read differently (sealed blocks never listed)."""
    out = []
    for row in rows:
        name = part_of(row["id"])
        if name is None or name in SEALED or row.get("block") in SEALED:
            continue
        for g in row["figures"]:
            other = second.get((row["id"], g["start"], g["end"]), Second(None)).subject
            if not strictly_agree(g["subject"], other):
                kind = "DIFF" if not agree(g["subject"], other) else "PREF"  # PREF: only the preferred choices differ
                out.append(
                    f"{kind} {row['id']} {g['text']!r} {g['measure']}: first {g['subject']} | second {other} | {row['text']}"
                )
    return out


def _total(parts: dict[str, Part], names: list[str]) -> Part:
    total = Part()
    for name in names:
        total.add(parts[name])
    return total


def table(parts: dict[str, Part]) -> dict[str, dict[str, float | int]]:
    """The printed rows: each part, the development parts together, all parts."""
    development = [n for n in PARTS if n.startswith("development")]
    out = {name: p.row() for name, p in parts.items()}
    out["development 5-8"] = _total(parts, development).row()
    out["all"] = _total(parts, list(PARTS)).row()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storyline.figures.agreement", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--second", type=Path, default=DEFAULT_SECOND, help="the second annotation (JSON lines)")
    parser.add_argument("--export", action="store_true", help="print the blind task (no subjects) as JSON lines")
    parser.add_argument("--disagreements", action="store_true", help="list the development parts' disagreements")
    parser.add_argument("--no-system", action="store_true", help="leave the system's accuracy out (faster)")
    args = parser.parse_args(argv)
    try:
        rows = load_gold(args.gold)
        if args.export:
            for item in export(rows):
                print(json.dumps(item, ensure_ascii=False))
            return 0
        second = load_second(args.second)
        if args.disagreements:
            print("\n".join(disagreements(rows, second)))
            return 0
        result = table(measure(rows, second, system=not args.no_system))
    except AgreementError as exc:
        for problem in exc.problems:
            print(f"agreement: {problem}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"agreement: {exc}", file=sys.stderr)
        return 2
    print_table(result)
    return 0


COLUMNS = (  # header, key, format
    ("figures", "figures", "d"), ("agree", "agreement", ".3f"), ("strict", "strict_agreement", ".3f"),
    ("unquoted", "unquoted_figures", "d"), ("agree", "unquoted_agreement", ".3f"), ("kappa", "null_vs_named_kappa", ".3f"),
    ("system", "system_value_subject", ".3f"), ("|agreed", "system_value_subject_on_agreed", ".3f"),
    ("vs 2nd", "system_value_subject_vs_second", ".3f"),
)  # fmt: skip


def print_table(result: dict[str, dict[str, float | int]]) -> None:
    """The agreement table, one line a part."""
    print(f"{'part':<18}" + "".join(f"{header:>9}" for header, _, _ in COLUMNS))
    for name, m in result.items():
        print(f"{name:<18}" + "".join(f"{m[key]:>9{fmt}}" for _, key, fmt in COLUMNS))
    print(
        "\nagree: share of figures whose two subjects agree (either alternate, evaluate.same_subject); strict: the two"
        " preferred choices agree; unquoted: figures whose sentence the docs had not quoted before the second annotation,"
        " and their agreement; kappa: Cohen's, null vs named (preferred choices); system: the layer's value+subject"
        " accuracy against the gold (first annotation); |agreed: the same on figures both annotators agree on;"
        " vs 2nd: against the second annotation"
    )


if __name__ == "__main__":
    sys.exit(main())
