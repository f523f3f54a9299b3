"""Timeline evaluation on SemEval-2015 Task 4 (TimeLine: cross-document event ordering).

    python -m storyline.timeline.evaluate [DIR] [--analyze]

DIR (default ``$STORYLINE_SHARED/eval/timeline/semeval2015-trial``, the shared folder defaulting
to ``../shared``) holds the task's CAT XML documents
(tokens with sentence numbers), their TimeML twins (for the document creation time) and gold
timelines, one per target entity: lines ``order<TAB>date<TAB>docid-sentence-event ...``.

For each target entity the system builds :func:`storyline.timeline.build_timeline` over the
documents with ``entity=<target>``, as the task asks, and with the story layer's events and
stories over them, as a build keeps them (``--analyze`` runs the per-document
pipeline first, so the time, quotes, figures and entity layers are used; without it only the
sentences naming the entity, dated by publication, are found). Dates follow the task's
convention: ``YYYY-MM-DD`` with ``XX`` for what is unknown, cut to what is known (``2007-09-XX``
is the month), ``XXXX-XX-XX`` undated; a system week or quarter becomes the month or year the
format can say. Two measures:

1. date F1, as in timeline summarisation (Martschat & Markert 2018): the set of dates of the
   system timeline against the set of dates of every gold event (undated ones left out),
   micro-averaged over the timelines;
2. the Task 4 measure at sentence granularity: storyline dates sentences, not event tokens, so
   each gold event is reduced to its (document, sentence) unit (the first event of a sentence
   stands for it), each system entry, and each conflicting report shown beside one, to the units
   of its sources. Relations are derived as the task derives them from a timeline: units at one
   position SIMULTANEOUS, at an earlier position BEFORE (system positions number its distinct
   dates; gold position 0, the events the annotators could not place, takes part in none), and
   each dated unit anchored to its date; they are compared as in the task's temporal-awareness
   measure: P = |S ∩ G| / |S|, R = |S ∩ G| / |G|. A timeline is a total order, so its relation
   set is already closed under transitivity.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import build_timeline, story_groups
from .entries import SourceRef, period

log = logging.getLogger(__name__)

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "../shared"))
DEFAULT_DIR = SHARED / "eval" / "timeline" / "semeval2015-trial"

Unit = tuple[str, int]  # (document id, sentence number)


def load_documents(root: Path) -> list[dict[str, Any]]:
    """The CAT XML documents as contract dicts: tokens joined by spaces, one sentence a line,
    with their sentence offsets and the TimeML document creation time as publication date; the
    headline (sentence 0) is the title, not text, as ingest keeps it."""
    docs = []
    for path in sorted((root / "Corpus-trial-data_task4").glob("*.xml")):
        tree = ET.parse(path).getroot()
        doc_id = tree.get("doc_id") or path.stem.split("-")[0].split("_")[0]
        by_sentence: dict[int, list[str]] = defaultdict(list)
        for tok in tree.iter("token"):
            by_sentence[int(tok.get("sentence", 0))].append(tok.text or "")
        text, sentences, numbers = "", [], []
        title = " ".join(by_sentence.pop(0, []))  # sentence 0 is the headline, never annotated
        for number in sorted(by_sentence):
            line = " ".join(by_sentence[number])
            sentences.append({"start": len(text), "end": len(text) + len(line), "kind": "body"})
            numbers.append(number)
            text += line + "\n"
        docs.append({"id": doc_id, "source": path.stem, "lang": "en", "text": text, "title": title,
                     "sentences": sentences, "published": _creation_time(root, path.stem),
                     "sentence_numbers": numbers})  # fmt: skip
    return docs


def _creation_time(root: Path, stem: str) -> str | None:
    """The DCT of a document from its TimeML twin."""
    tml = root / "Corpus-trial-data_task4_TimeML" / f"{stem}.tml"
    if not tml.exists():
        return None
    match = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', tml.read_text(encoding="utf-8"))
    return match.group(1) if match else None


@dataclass(frozen=True, slots=True)
class GoldTimeline:
    """One gold timeline: every dated date of its events, and per (document, sentence) unit the
    position and date of its first event (the unit stands for its events at sentence level)."""

    dates: frozenset[str]
    units: dict[Unit, tuple[int, str | None]]


def task_date(value: str) -> str | None:
    """A date in the task's convention (``YYYY-MM-DD`` with ``XX`` for what is unknown) cut to
    what it knows: ``2007-09-XX`` -> ``2007-09``, ``XXXX-XX-XX`` (or a malformed ``XXX-XX-XX``)
    -> None."""
    parts = []
    for part in value.strip().split("-")[:3]:
        if not part.isdigit():
            break
        parts.append(part)
    return "-".join(parts) if parts and len(parts[0]) == 4 else None


def load_gold(root: Path) -> dict[str, GoldTimeline]:
    """Target entity -> its gold timeline (lines ``position<TAB>date<TAB>doc-sentence-event ...``)."""
    gold: dict[str, GoldTimeline] = {}
    for path in sorted((root / "TimeLines_trial_data_task4_v1.2").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        units: dict[Unit, tuple[int, str | None]] = {}
        dates = set()
        for line in lines[1:]:
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            date = task_date(parts[1])
            dates.add(date)
            for event in parts[2:]:
                doc_id, sentence, _ = event.split("-", 2)
                units.setdefault((doc_id, int(sentence)), (int(parts[0]), date))
        gold[lines[0].strip()] = GoldTimeline(frozenset(dates - {None}), units)  # type: ignore[arg-type]
    return gold


def system_date(date: str, precision: str) -> str | None:
    """A system date in the task's convention, which knows days, months and years only: a week
    becomes its month when it lies in one (else its year), a quarter its year."""
    if precision == "week":
        first, last = period(date, precision)
        a, b = dt.date.fromordinal(first), dt.date.fromordinal(last)
        return f"{a.year:04d}-{a.month:02d}" if (a.year, a.month) == (b.year, b.month) else f"{a.year:04d}"
    if precision == "quarter":
        return date[:4]
    return task_date(date)


def system_units(docs: list[dict[str, Any]], entity: str, **groups: Any) -> dict[Unit, tuple[int, str | None]]:
    """(doc id, sentence) -> (position, date) in the system timeline of an entity (``groups``:
    the story layer's events and stories, as a build keeps them): positions number the distinct
    dates in order, as the task's timelines number their entries."""
    by_id = {d["id"]: d for d in docs}
    dated_refs: list[tuple[str | None, Any]] = []
    for entry in build_timeline(docs, entity=entity, **groups):
        dated_refs += [(system_date(entry.date, entry.precision), ref) for ref in entry.sources]
        # a conflicting report is shown with its own date beside the entry: it is on the timeline
        dated_refs += [(system_date(c["date"], c["precision"]), SourceRef(c["source"], c.get("id", ""), c["lang"],
                        c["start"], c["end"])) for c in entry.conflicts]  # fmt: skip
    order = {date: i + 1 for i, date in enumerate(sorted({d for d, _ in dated_refs if d}))}
    out: dict[Unit, tuple[int, str | None]] = {}
    for date, ref in dated_refs:
        if date is None:
            continue
        doc = by_id[ref.doc_id]
        for sent, number in zip(doc["gold_sentences"], doc["sentence_numbers"], strict=True):
            if sent["start"] <= ref.start < sent["end"] + 1:
                out.setdefault((ref.doc_id, number), (order[date], date))
    return out


def relations(units: dict[Unit, tuple[int, str | None]]) -> set[tuple[Any, ...]]:
    """A timeline's temporal relations, as the task derives them: entries at one position are
    SIMULTANEOUS, at an earlier position BEFORE (a timeline is a total order, so this set is
    closed under transitivity), and each unit with a known date is anchored to it; position 0
    holds the events the annotators could not place, which take part in no relation."""
    items = sorted((u, pos, date) for u, (pos, date) in units.items() if pos > 0)
    rels: set[tuple[Any, ...]] = {("anchor", u, date) for u, _, date in items if date}
    for i, (u, pu, _) in enumerate(items):
        for v, pv, _ in items[i + 1 :]:
            if pu == pv:
                rels.add(("simultaneous", u, v))
            else:
                rels.add(("before", *((u, v) if pu < pv else (v, u))))
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
    groups = story_groups(docs)
    totals: dict[str, int] = defaultdict(int)
    rows = []
    for entity, gold in load_gold(root).items():
        system = system_units(docs, entity, **groups)
        gold_dates, sys_dates = gold.dates, {d for _, d in system.values() if d}
        g_rel, s_rel = relations(gold.units), relations(system)
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
        full = analyze_text(doc["text"], lang="en", published=doc.get("published"), title=doc.get("title")).to_dict()
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
