"""Figures across languages, checked without gold: translations of one article report the same numbers.

MEANTIME's multilingual release (``../shared/eval/stories/meantime-cdcr-dev``) holds 60 Wikinews
articles each in English, Spanish, Italian and Dutch (``docs.jsonl``: ``event`` is the article). A
translation states the figures its English original states, so for each article the figures the
layer finds in a translation are scored against those it finds in the English text: precision,
recall and F1 of the translation's set, a pair matching when the values agree within 0.1% (level
``value``), and also the measure as series group it (level ``value+measure``: Spanish "pedidos"
and English "orders" are one measure through ``SERIES_MEASURES``). Both sides are the layer's own
output, so this measures agreement, not accuracy: an English error the translation shares scores
as a match. It also counts the series that ``build_series`` finds over the whole set whose points
come from two languages or more (same subject, measure and place across translations).

    python -m storyline.figures.parallel [--shared ../shared] [--system CMD] [--raw-measures]

``--errors LANG`` lists the figures of a translation and of English left unmatched at
``value+measure``, and the matched ones whose subjects differ. ``--system`` runs another annotator
instead of the layer in process: a command reading the input JSON lines on stdin and printing
contract lines (``python -m storyline.figures.evaluate --annotate`` of another tree measures that
tree's layer); ``--raw-measures`` groups by the measures as figures carry them (what series did
before ``SERIES_MEASURES``). The closing line
``figures-parallel key=value ...`` is what ``eval/gate.py`` reads.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .evaluate import annotate_lines
from .series import build_series, canonical_name, series_measure

DATA = Path("eval") / "stories" / "meantime-cdcr-dev"
PIVOT = "en"  # the original every translation is compared with
TOLERANCE = 1e-3  # values agree within 0.1%
LEVELS = ("value", "value+measure", "value+measure+subject")
LISTED = "value+measure"  # the level whose unmatched figures ``--errors`` lists


def load(shared: Path) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The input lines (id, text, lang, published) and each document's metadata (event, lang) by id."""
    folder = shared / DATA
    inputs = (folder / "inputs.jsonl").read_text(encoding="utf-8").splitlines()
    meta = {}
    for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        meta[row["id"]] = {"event": row["event"], "lang": row["lang"]}
    return [line for line in inputs if line.strip()], meta


def annotated(lines: list[str], system: str | None) -> list[dict[str, Any]]:
    """Contract dicts of the input lines: the figures layer in process, or ``system``'s output."""
    if not system:
        return list(annotate_lines(lines))
    proc = subprocess.run(system, shell=True, input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))


Claim = tuple[float, str, str, str]  # value, measure (as series group it), text as written, subject key


def _agree(ours: Claim, theirs: Claim, level: str) -> bool:
    if not _same_value(ours[0], theirs[0]):
        return False
    return level == "value" or (ours[1] == theirs[1] and (level == "value+measure" or ours[3] == theirs[3]))


def _pairs(ours: list[Claim], theirs: list[Claim], level: str) -> list[tuple[int, int]]:
    """One-to-one matches of two figure lists, greedily in text order: (our index, their index)."""
    used: set[int] = set()
    pairs = []
    for j, claim in enumerate(ours):
        for i, other in enumerate(theirs):
            if i not in used and _agree(claim, other, level):
                used.add(i)
                pairs.append((j, i))
                break
    return pairs


def _matches(ours: list[Claim], theirs: list[Claim], level: str) -> tuple[set[int], set[int]]:
    """The matched indices of each list (see ``_pairs``)."""
    pairs = _pairs(ours, theirs, level)
    return {j for j, _ in pairs}, {i for _, i in pairs}


def _figures(doc: dict[str, Any], normalise: bool) -> list[Claim]:
    lang = doc.get("lang")
    out = []
    for fig in doc.get("figures") or ():
        measure = str(fig.get("measure"))
        value = float(fig.get("value", 0))
        subject = canonical_name((fig.get("subject") or {}).get("canonical") or (fig.get("subject") or {}).get("text"))
        shared = series_measure(measure, lang) if normalise else measure
        out.append((value, shared, str(fig.get("text")), (subject or "").casefold()))
    return out


def agreement(
    docs: Iterable[dict[str, Any]], meta: dict[str, dict[str, Any]], normalise: bool = True,
    errors: list[str] | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """P/R/F1 per translation language and level, every article's translation against its original;
    the figures left unmatched at ``value+measure`` are appended to ``errors`` when given."""
    by_event: dict[str, dict[str, list[Claim]]] = {}
    for doc in docs:
        info = meta.get(str(doc.get("id"))) or meta.get(str(doc.get("source")))  # analyze keeps the input id as source
        if info is not None:
            by_event.setdefault(info["event"], {})[info["lang"]] = _figures(doc, normalise)
    counts: dict[str, dict[str, list[int]]] = {}
    for event, langs in sorted(by_event.items()):
        pivot = langs.get(PIVOT)
        if pivot is None:
            continue
        for lang, figures in sorted(langs.items()):
            if lang == PIVOT:
                continue
            for level in LEVELS:
                mine, theirs = _matches(figures, pivot, level)
                tally = counts.setdefault(lang, {}).setdefault(level, [0, 0, 0])
                tally[0] += len(mine)
                tally[1] += len(figures)
                tally[2] += len(pivot)
                if errors is not None and level == LISTED:
                    errors.extend(_unmatched(event, lang, figures, pivot, mine, theirs))
                    errors.extend(_other_subjects(event, lang, figures, pivot))
    return {lang: {level: _prf(*c) for level, c in levels.items()} for lang, levels in sorted(counts.items())}


def _unmatched(
    event: str, lang: str, ours: list[Claim], pivot: list[Claim], mine: set[int], theirs: set[int]
) -> list[str]:
    only = [f"{lang} only: {t!r} {v:g} {m}" for j, (v, m, t, _) in enumerate(ours) if j not in mine]
    missed = [f"{PIVOT} only: {t!r} {v:g} {m}" for i, (v, m, t, _) in enumerate(pivot) if i not in theirs]
    return [f"{lang} {event} {line}" for line in only + missed]


def _other_subjects(event: str, lang: str, ours: list[Claim], pivot: list[Claim]) -> list[str]:
    """Figures matched at ``value+measure`` whose subjects differ ("subject: '91' 91 aircraft: nl - / en
    ryanair"): where the owner rules of one language read another's word order wrongly."""
    out = []
    for j, i in _pairs(ours, pivot, LISTED):
        if ours[j][3] != pivot[i][3]:
            value, measure, text, subject = ours[j]
            owners = f"{lang} {subject or '-'} / {PIVOT} {pivot[i][3] or '-'}"
            out.append(f"{lang} {event} subject: {text!r} {value:g} {measure}: {owners}")
    return out


def _prf(tp: int, n_sys: int, n_ref: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_ref if n_ref else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "figures": n_sys, "english": n_ref}


def multilingual_series(docs: list[dict[str, Any]], normalise: bool = True) -> tuple[int, int]:
    """(series with points in two languages or more, all series) that ``build_series`` finds."""
    lang_of = {str(d.get("id")): d.get("lang") for d in docs}
    grouped = docs if normalise else [{**d, "lang": None} for d in docs]  # no language: no SERIES_MEASURES
    series = build_series(grouped)
    multi = sum(len({lang_of.get(p.doc_id) for p in s.points}) >= 2 for s in series)
    return multi, len(series)


def report(
    docs: list[dict[str, Any]], meta: dict[str, dict[str, Any]], normalise: bool, echo: Callable[[str], None],
    errors: str | None = None,
) -> dict[str, float]:
    """Print the table (after the unmatched figures of language ``errors``, if given); return the
    summary scores (macro F1 over the translation languages)."""
    listed: list[str] | None = [] if errors else None
    result = agreement(docs, meta, normalise, listed)
    for line in listed or ():
        if line.startswith(f"{errors} "):
            echo(line.split(" ", 1)[1])
    echo(f"{'lang':<6}{'figures':>8}{'english':>8}   " + "".join(f"{level + ' P / R / F1':<26}" for level in LEVELS))
    for lang, levels in result.items():
        cells = "".join(f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}".ljust(26) for m in levels.values())
        echo(f"{lang:<6}{levels['value']['figures']:>8.0f}{levels['value']['english']:>8.0f}   {cells}")
    multi, total = multilingual_series(docs, normalise)
    echo(f"series: {total}, of which with points in two languages or more: {multi}")
    summary: dict[str, float] = {}
    for level in LEVELS:
        key = level.replace("+", "_")
        summary.update({f"{lang}_{key}_f1": levels[level]["f1"] for lang, levels in result.items()})
        summary[f"{key}_f1"] = sum(x[level]["f1"] for x in result.values()) / max(1, len(result))
    summary["multilingual_series"] = multi
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storyline.figures.parallel", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared")
    parser.add_argument("--system", help="a command annotating input lines on stdin (default: this layer)")
    parser.add_argument("--raw-measures", action="store_true", help="group by measures as written (no SERIES_MEASURES)")
    parser.add_argument(
        "--errors", metavar="LANG",
        help="list the figures of LANG and English that do not match, then those whose subjects differ",
    )
    args = parser.parse_args(argv)
    if not (args.shared / DATA).is_dir():
        print(f"figures-parallel: {args.shared / DATA} not found", file=sys.stderr)
        return 2
    lines, meta = load(args.shared)
    docs = annotated(lines, args.system)
    summary = report(docs, meta, not args.raw_measures, print, args.errors)
    pairs = (f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in summary.items())
    print("figures-parallel " + " ".join(pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
