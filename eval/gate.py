#!/usr/bin/env python3
"""The CI quality gate: run the shared scorer on dev data and fail if any score drops below its floor.

Each ``eval/floors/<part>.json`` names a scorer task, a dev set under ``../shared/eval``, a document
limit (so the gate stays quick), the system command and the floors: the last achieved scores,
rounded down. A task the shared scorer lacks (figures) names instead a ``command`` that prints the
same closing ``TASK key=value ...`` line. A floor is raised (``--raise``) when a change improves a score, and never lowered
without a note in docs/quality.md saying why (trafilatura's eval gate, made for several tasks).

    python eval/gate.py [--shared ../shared] [--only quotes] [--raise]
"""

from __future__ import annotations

import argparse
import json
import math
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EPSILON = 0.005  # run-to-run noise allowed below a floor (timing-free scores are deterministic)


def summary_line(output: str, task: str) -> dict[str, float]:
    """The scorer's closing ``TASK key=value ...`` line as numbers."""
    for line in reversed(output.splitlines()):
        if line.startswith(task + " "):
            pairs = (item.split("=", 1) for item in line.split()[1:] if "=" in item)
            return {k: float(v) for k, v in pairs if _is_number(v)}
    raise RuntimeError(f"the scorer printed no '{task} ...' summary line")


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def run_gate(spec_path: Path, shared: Path) -> tuple[dict[str, float], str]:
    """Run one floor file's evaluation; returns the summary scores and the scorer's output."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    if spec.get("prepare"):
        subprocess.run(spec["prepare"], shell=True, cwd=ROOT, check=True)
    if spec.get("command"):  # an evaluator of our own, for a task the shared scorer lacks
        command = spec["command"].replace("{shared}", shlex.quote(str(shared)))
        proc = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"evaluator failed ({proc.returncode}): {command}\n{proc.stdout}{proc.stderr}")
        return summary_line(proc.stdout, spec["task"]), proc.stdout
    data = spec["data"] if Path(spec["data"]).is_absolute() or spec["data"].startswith(".") else str(shared / "eval" / spec["data"])
    cmd = [sys.executable, str(shared / "eval" / "scorer" / "score.py"), spec["task"], "--data", data,
           "--system", spec["system"]]  # fmt: skip
    if spec.get("limit"):
        cmd += ["--limit", str(spec["limit"])]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise RuntimeError(f"scorer failed ({proc.returncode}): {shlex.join(cmd)}\n{output}")
    return summary_line(proc.stdout, spec["task"]), output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder")
    parser.add_argument("--only", action="append", help="only these floor files (by name)")
    parser.add_argument("--raise", dest="raise_floors", action="store_true", help="raise floors to the new scores")
    args = parser.parse_args()
    shared = Path(args.shared).resolve()
    specs = sorted((ROOT / "eval" / "floors").glob("*.json"))
    if args.only:
        specs = [s for s in specs if s.stem in args.only]
    if not specs:
        print("eval gate: no floor files matched", file=sys.stderr)
        return 1 if args.only else 0
    failures = 0
    print(f"{'gate':<22} {'metric':<16} {'floor':>7} {'score':>7}  verdict")
    for spec_path in specs:
        try:
            scores, output = run_gate(spec_path, shared)
        except (RuntimeError, subprocess.CalledProcessError) as err:
            print(f"{spec_path.stem:<22} error: {err}")
            failures += 1
            continue
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        for metric, floor in spec["floors"].items():
            score = scores.get(metric)
            ok = score is not None and score >= floor - EPSILON
            failures += not ok
            shown = "missing" if score is None else f"{score:.3f}"
            print(f"{spec_path.stem:<22} {metric:<16} {floor:>7.3f} {shown:>7}  {'ok' if ok else 'BELOW FLOOR'}")
            if args.raise_floors and score is not None and score > floor:
                spec["floors"][metric] = math.floor(score * 100) / 100
        if args.raise_floors:
            spec_path.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"eval gate: {'FAILED' if failures else 'passed'} ({failures} below floor or broken)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
