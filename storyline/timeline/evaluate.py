"""Timeline evaluation on SemEval-2015 Task 4 (TimeLine: cross-document event ordering).

    python -m storyline.timeline.evaluate [DIR] [--analyze]

DIR (default ``$STORYLINE_SHARED/eval/timeline/semeval2015-trial``, the shared folder defaulting
to ``../shared``) holds the task's CAT XML documents
(tokens with sentence numbers), their TimeML twins (for the document creation time) and gold
timelines, one per target entity: lines ``order<TAB>date<TAB>docid-sentence-event ...``.

For each target entity the system builds :func:`storyline.timeline.build_timeline` over the
documents (``--analyze`` runs the per-document pipeline first, so the time and entity layers are
used; without it only the lead sentences dated by publication are found). Two measures:

1. date F1, as in timeline summarisation (Martschat & Markert 2018): the set of dates of the
   system timeline against the gold one (undated ``XXXX`` entries left out), micro-averaged;
2. the Task 4 measure at sentence granularity: storyline dates sentences, not event tokens, so
   each gold event is reduced to its (document, sentence) unit with the gold date, each system
   entry to the units of its sources; the timeline's relations between units (BEFORE when the
   dates differ, SIMULTANEOUS when equal, plus each unit's anchoring to its date) are compared as
   in the task's temporal-awareness measure: P = |S ∩ G| / |S|, R = |S ∩ G| / |G|. A timeline is
   a total order, so its relation set is already closed under transitivity.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

from . import build_timeline

log = logging.getLogger(__name__)

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "../shared"))
DEFAULT_DIR = SHARED / "eval" / "timeline" / "semeval2015-trial"

Unit = tuple[str, int]  # (document id, sentence number)


def load_documents(root: Path) -> list[dict[str, Any]]:
    """The CAT XML documents as contract dicts: tokens joined by spaces, one sentence a line,
    with their sentence offsets and the TimeML document creation time as publication date."""
    docs = []
    for path in sorted((root / "Corpus-trial-data_task4").glob("*.xml")):
        tree = ET.parse(path).getroot()
        doc_id = tree.get("doc_id") or path.stem.split("-")[0].split("_")[0]
        by_sentence: dict[int, list[str]] = defaultdict(list)
        for tok in tree.iter("token"):
            by_sentence[int(tok.get("sentence", 0))].append(tok.text or "")
        text, sentences, numbers = "", [], []
        for number in sorted(by_sentence):
            line = " ".join(by_sentence[number])
            sentences.append({"start": len(text), "end": len(text) + len(line), "kind": "body"})
            numbers.append(number)
            text += line + "\n"
        docs.append({"id": doc_id, "source": path.stem, "lang": "en", "text": text, "sentences": sentences,
                     "published": _creation_time(root, path.stem), "sentence_numbers": numbers})  # fmt: skip
    return docs


def _creation_time(root: Path, stem: str) -> str | None:
    """The DCT of a document from its TimeML twin."""
    tml = root / "Corpus-trial-data_task4_TimeML" / f"{stem}.tml"
    if not tml.exists():
        return None
    match = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', tml.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def load_gold(root: Path) -> dict[str, dict[Unit, str]]:
    """Target entity -> {(doc id, sentence): gold date} (first date seen for a unit)."""
    gold: dict[str, dict[Unit, str]] = {}
    for path in sorted((root / "TimeLines_trial_data_task4_v1.2").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        units: dict[Unit, str] = {}
        for line in lines[1:]:
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            for event in parts[2:]:
                doc_id, sentence, _ = event.split("-", 2)
                units.setdefault((doc_id, int(sentence)), parts[1])
        gold[lines[0].strip()] = units
    return gold


def system_units(docs: list[dict[str, Any]], entity: str) -> dict[Unit, str]:
    """(doc id, sentence) -> date of the system timeline of an entity."""
    by_id = {d["id"]: d for d in docs}
    out: dict[Unit, str] = {}
    for entry in build_timeline(docs, entity=entity):
        for ref in entry.sources:
            doc = by_id[ref.doc_id]
            for sent, number in zip(doc["gold_sentences"], doc["sentence_numbers"], strict=True):
                if sent["start"] <= ref.start < sent["end"] + 1:
                    out.setdefault((ref.doc_id, number), entry.date)
    return out


def dated(date: str) -> bool:
    """Whether a gold or system date is a real date (not XXXX-XX-XX)."""
    return bool(date) and not date.startswith("XXXX")


def relations(units: dict[Unit, str]) -> set[tuple[Any, ...]]:
    """The timeline's temporal relations: pairwise order of dated units and their anchoring."""
    items = sorted((u, d) for u, d in units.items() if dated(d))
    rels: set[tuple[Any, ...]] = {("anchor", u, d) for u, d in items}
    for i, (u, du) in enumerate(items):
        for v, dv in items[i + 1 :]:
            if du == dv:
                rels.add(("simultaneous", u, v))
            else:
                first, second = (u, v) if du < dv else (v, u)
                rels.add(("before", first, second))
    return rels


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(root: Path, analyze: bool = False) -> dict[str, Any]:
    """Scores per target entity and micro-averaged."""
    docs = load_documents(root)
    for doc in docs:
        doc["gold_sentences"] = doc["sentences"]
    if analyze:
        docs = [_analyzed(d) for d in docs]
    totals: dict[str, int] = defaultdict(int)
    rows = []
    for entity, gold in load_gold(root).items():
        system = system_units(docs, entity)
        gold_dates = {d[:10] for d in gold.values() if dated(d)}
        sys_dates = {d[:10] for d in system.values() if dated(d)}
        g_rel, s_rel = relations(gold), relations(system)
        counts = {"date_tp": len(gold_dates & sys_dates), "date_sys": len(sys_dates), "date_gold": len(gold_dates),
                  "rel_tp": len(g_rel & s_rel), "rel_sys": len(s_rel), "rel_gold": len(g_rel)}  # fmt: skip
        for key, value in counts.items():
            totals[key] += value
        rows.append({"entity": entity, **counts,
                     "date_f1": round(prf(counts["date_tp"], counts["date_sys"], counts["date_gold"])[2], 3),
                     "task4_f1": round(prf(counts["rel_tp"], counts["rel_sys"], counts["rel_gold"])[2], 3)})  # fmt: skip
    dp, dr, df = prf(totals["date_tp"], totals["date_sys"], totals["date_gold"])
    tp, tr, tf = prf(totals["rel_tp"], totals["rel_sys"], totals["rel_gold"])
    summary = {"date_p": dp, "date_r": dr, "date_f1": df, "task4_p": tp, "task4_r": tr, "task4_f1": tf}
    return {"timelines": rows, "summary": {k: round(v, 4) for k, v in summary.items()}}


def _analyzed(doc: dict[str, Any]) -> dict[str, Any]:
    """A document through the per-document pipeline, keeping its id and gold sentence table."""
    from ..api import analyze_text

    try:
        full = analyze_text(doc["text"], lang="en", published=doc.get("published")).to_dict()
    except Exception as err:  # noqa: BLE001 - one failing document must not stop the evaluation
        log.warning("%s: analysis failed (%s)", doc["id"], err)
        return doc
    keep = {k: doc[k] for k in ("id", "source", "sentence_numbers", "gold_sentences")}
    return {**full, **keep}


def main(argv: list[str] | None = None) -> int:
    """Print the per-timeline table and one summary line ``timeline key=value ...``."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--analyze", action="store_true", help="run the per-document pipeline first")
    args = parser.parse_args(argv)
    root = Path(args.data)
    if not (root / "TimeLines_trial_data_task4_v1.2").exists():
        print(f"error: no SemEval-2015 Task 4 data under {root}", file=sys.stderr)
        return 2
    result = evaluate(root, analyze=args.analyze)
    for row in result["timelines"]:
        print(json.dumps(row))
    print("timeline " + " ".join(f"{k}={v}" for k, v in result["summary"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
