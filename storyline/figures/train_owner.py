"""Train the learned owner ranker (``ranker``) and measure it by leave-one-block-out cross-validation.

python -m storyline.figures.train_owner [--cv] [--l2 0.3] [--margin 1.0] [--out storyline/figures/models/owner_ranker.json]

Only the development blocks and heldout-1 are read (never a sealed block: ``evaluate.SEALED``).
For every gold figure the layer finds with the right value, the options of its owner (the
sentence's candidate names and "no owner") are collected with their features; an option is right
when it matches the gold subject as ``evaluate`` matches it. The model is a conditional logit
(softmax over a figure's options, L2-regularised) fitted by full-batch gradient descent from
zero: deterministic. ``--cv`` trains on all blocks but one development block, scores that block
with ``evaluate.score`` (rules, ranker, hybrid), and pools the counts over the development folds (eleven since the eighth pass), for
each regularisation and margin of the grid; the weights written are then fitted on every row.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import numpy as np

from ..pipeline import Options
from . import annotate, ranker
from .evaluate import DEFAULT_GOLD, PARTS as FOLDS, SEALED, document, load_gold, same_subject, score

TRAINED = ("development", "heldout-1")
L2_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
MARGIN_GRID = (0.0, 0.5, 1.0, 2.0)
STEPS = 600
RULE = "rule_chose="  # the features saying what the rules chose


def fold_of(row: dict[str, Any]) -> str:
    """The development block of a row (by its id), or its block's name."""
    number = int(row["id"].lstrip("g"))
    if row.get("block") == "development":
        return next(name for name, lo, hi in FOLDS if lo <= number <= hi)
    return str(row.get("block"))


def examples(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One example per gold figure with a choice: its options' features, which are right, its fold."""
    out: list[dict[str, Any]] = []
    for row in rows:
        ranker.COLLECT = []
        try:
            doc = document(row)
            annotate(doc, Options(extra={"figures_owner": "rules"}))
            records = ranker.COLLECT
        finally:
            ranker.COLLECT = None
        for gold in row["figures"]:
            fig = next((f for f in doc.figures if f.start < gold["end"] and gold["start"] < f.end), None)
            if fig is None:
                continue
            record = next((r for r in records if r["start"] <= fig.start < r["end"]), None)
            if record is None:
                continue
            right = [same_subject(o.canonical if o else None, gold["subject"]) for o in record["options"]]
            if any(right) and not all(right):
                names = [o.text if o else None for o in record["options"]]
                out.append({"features": record["features"], "right": right, "fold": fold_of(row), "id": row["id"],
                            "figure": gold["text"], "names": names})  # fmt: skip
    return out


def fit(train: list[dict[str, Any]], l2: float, blind: bool = False) -> ranker.Model:
    """Conditional-logit weights over the training examples' features; ``blind`` leaves out the
    features that say what the rules chose (a ranker on its own)."""
    vocab = sorted({f for ex in train for feats in ex["features"] for f in feats if not (blind and f.startswith(RULE))})
    index = {f: k for k, f in enumerate(vocab)}
    rows, owners, right = [], [], []
    for e, ex in enumerate(train):
        for feats, ok in zip(ex["features"], ex["right"]):
            rows.append([index[f] for f in feats if f in index])
            owners.append(e)
            right.append(ok)
    x = np.zeros((len(rows), len(vocab)))
    for r, cols in enumerate(rows):
        for c in cols:
            x[r, c] += 1.0
    group, ok = np.array(owners), np.array(right, dtype=bool)
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):  # Adam on the mean negative log-likelihood
        s = x @ w
        top = np.full(len(train), -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        all_sum, ok_sum = np.zeros(len(train)), np.zeros(len(train))
        np.add.at(all_sum, group, e)
        np.add.at(ok_sum, group, e * ok)
        p_all, p_ok = e / all_sum[group], np.where(ok, e / ok_sum[group], 0.0)
        grad = x.T @ (p_all - p_ok) / len(train) + l2 * w / len(train)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return ranker.Model({f: round(float(w[k]), 4) for k, f in enumerate(vocab) if abs(w[k]) >= 1e-4})


def cross_validate(rows: list[dict[str, Any]], exs: list[dict[str, Any]]) -> dict[str, Any]:
    """Pooled value+subject and full F1 over the development folds for rules and every setting."""
    by_fold = {name: [r for r in rows if fold_of(r) == name] for name, _, _ in FOLDS}
    pooled: dict[str, dict[str, list[int]]] = {}
    per_fold: dict[str, dict[str, float]] = {}

    def add(key: str, fold: str, result: dict[str, dict[str, float]]) -> None:
        for level in ("value+subject", "value+measure+subject"):
            counts = pooled.setdefault(key, {}).setdefault(level, [0, 0, 0])
            for k, name in enumerate(("tp", "system", "gold")):
                counts[k] += int(result[level][name])
        per_fold.setdefault(key, {})[fold] = result["value+subject"]["f1"]

    for fold, fold_rows in by_fold.items():
        add("rules", fold, score(fold_rows, owner="rules"))
        train = [e for e in exs if e["fold"] != fold]
        for l2 in L2_GRID:
            ranker.set_model(fit(train, l2, blind=True))
            add(f"blind ranker l2={l2}", fold, score(fold_rows, owner="ranker"))
            ranker.set_model(fit(train, l2))
            add(f"ranker l2={l2}", fold, score(fold_rows, owner="ranker"))
            for margin in MARGIN_GRID:
                ranker.model().margin = margin
                add(f"hybrid l2={l2} margin={margin}", fold, score(fold_rows, owner="hybrid"))
        ranker.set_model(None)
    return {key: {"pooled": {lv: _f1(*c) for lv, c in levels.items()}, "folds": per_fold[key]}
            for key, levels in pooled.items()}  # fmt: skip


def _f1(tp: int, n_sys: int, n_gold: int) -> float:
    return round(2 * tp / (n_sys + n_gold), 3) if n_sys + n_gold else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storyline.figures.train_owner", description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-development-block-out cross-validation first")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--blind", action="store_true", help="without the features saying what the rules chose")
    parser.add_argument("--margin", type=float, default=1.0, help="the hybrid's margin written with the weights")
    parser.add_argument("--out", default=str(ranker.MODEL_PATH))
    args = parser.parse_args(argv)
    rows = [r for r in load_gold(DEFAULT_GOLD) if r.get("block") in TRAINED and r.get("block") not in SEALED]
    exs = examples(rows)
    print(f"{len(rows)} rows, {len(exs)} figures with a choice of owner", file=sys.stderr)
    if args.cv:
        for key, result in cross_validate(rows, exs).items():
            folds = " ".join(f"{v:.3f}" for v in result["folds"].values())
            vs, full = result["pooled"]["value+subject"], result["pooled"]["value+measure+subject"]
            print(f"{key:<28} value+subject {vs:.3f}  full {full:.3f}  folds {folds}")
    model = fit(exs, args.l2, args.blind)
    data = {"l2": args.l2, "margin": args.margin, "blind": args.blind, "steps": STEPS, "trained_on": list(TRAINED),
            "figures": len(exs), "weights": dict(sorted(model.weights.items()))}  # fmt: skip
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=0, sort_keys=False, ensure_ascii=False)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
