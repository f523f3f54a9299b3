"""storyline's quotes layer and textacy's ``direct_quotations`` side by side, same data, same measure.

    python bench/compare_quotes.py [--data ../shared/eval/quotes/polnear-dev] [--peer-python PY]

Both systems run through ``score.py quotes`` (the shared scorer) on the same set in one run; the
table shows direct-quote P/R/F1, all-quote F1, speaker accuracy, speed and textacy's exception
count. The peer needs its own venv (see ``bench/textacy_quotes.py`` for the two install lines);
without it only storyline's row is printed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "eval" / "scorer" / "score.py"
PEER_PYTHON = "/work/venvs/quotes-peers/bin/python"
KEYS = ("direct_p", "direct_r", "direct_f1", "all_f1", "speaker_acc", "docs_per_s")


def score(system: str, data: str) -> tuple[dict[str, float], str]:
    """The scorer's summary values for one system command, and its stderr."""
    proc = subprocess.run([sys.executable, str(SCORER), "quotes", "--data", data, "--system", system],
                          capture_output=True, text=True, cwd=REPO, check=False)
    line = next((l for l in reversed(proc.stdout.splitlines()) if l.startswith("quotes direct_p=")), "")
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}, proc.stderr


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "eval" / "quotes" / "polnear-dev"))
    ap.add_argument("--peer-python", default=PEER_PYTHON)
    args = ap.parse_args()
    rows = [("storyline", f"PYTHONPATH={REPO} {sys.executable} -m storyline.quotes.evaluate")]
    if Path(args.peer_python).exists():
        rows.append(("textacy direct_quotations", f"{args.peer_python} {REPO / 'bench' / 'textacy_quotes.py'}"))
    else:
        print(f"peer venv not found at {args.peer_python}: storyline only", file=sys.stderr)
    print(f"data: {args.data}")
    print(f"{'system':28}" + "".join(f"{k:>12}" for k in KEYS) + f"{'exceptions':>12}")
    for name, cmd in rows:
        vals, err = score(cmd, args.data)
        m = re.search(r"textacy_errors=(\d+) docs=(\d+)", err)
        exc = f"{m.group(1)}/{m.group(2)}" if m else "0"
        print(f"{name:28}" + "".join(f"{vals.get(k, 0.0):>12.3f}" for k in KEYS) + f"{exc:>12}")


if __name__ == "__main__":
    main()
