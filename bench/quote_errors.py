"""Error analysis of the quotes layer on a gold set: missed gold quotes, false positives, wrong speakers.

    python bench/quote_errors.py ../shared/eval/quotes/redewiedergabe-dev [--pipeline] [--only miss|fp|speaker]

Matches predictions to gold exactly as ``score.py quotes`` does (a prediction covers at least half
of the gold content's characters, best overlap first, one to one) and prints one line per error
with its context, so that rules are fixed from what fails, not guessed. ``--pipeline`` runs the
whole ``analyze`` pipeline (entities before quotes, as users and the CI gate get it) instead of
the quotes layer alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "eval" / "scorer"))
import readers  # noqa: E402
import score  # noqa: E402

from storyline import pipeline  # noqa: E402
from storyline.model import Document  # noqa: E402
from storyline.quotes import annotate  # noqa: E402


def predict(d: dict, full: bool) -> list[dict]:
    """Contract quotes for one gold document."""
    doc = Document(id=d["id"], text=d["text"], source=d["id"], lang=d.get("lang"))
    if full:
        pipeline.run(doc)
    else:
        annotate(doc, pipeline.Options(components=("quotes",)))
    return [q.to_dict() for q in doc.quotes]


def show(text: str, segs: list[list[int]], pad: int = 60) -> str:
    """The segments in their context, the quoted part bracketed."""
    s, e = segs[0][0], segs[-1][1]
    return (text[max(0, s - pad):s] + "[[" + text[s:e] + "]]" + text[e:e + pad]).replace("\n", "¶ ")


def report(d: dict, preds: list[dict], only: str | None) -> None:
    """Print the errors of one document."""
    text, golds = d["text"], d["quotes"]
    preds = [q for q in preds if score.pred_segments(q)]
    gch = [score.chars(g["segments"]) for g in golds]
    pch = [score.chars(score.pred_segments(p)) for p in preds]
    pairs = [(len(gch[i] & pch[j]) / max(1, len(gch[i])), i, j)
             for i in range(len(golds)) for j in range(len(preds))]
    m = score.greedy_match([p for p in pairs if p[0] >= 0.5])
    for i, g in enumerate(golds):
        kind = "direct" if g["direct"] else "indir"
        if i not in m and only in (None, "miss"):
            print(f"MISS {kind} {d['id']} spk={g['speaker_text']!r} | {show(text, g['segments'])}")
        elif i in m and g["speaker"] and only in (None, "speaker"):
            p = preds[m[i]]
            if not score.speaker_ok(g, p.get("speaker")):
                sp = p.get("speaker") or {}
                print(f"SPK {kind} {d['id']} gold={g['speaker_text']!r} pred={sp.get('name')!r}"
                      f"/{(sp.get('mention') or {}).get('text')!r} | {show(text, g['segments'])}")
    if only in (None, "fp"):
        for j, p in enumerate(preds):
            if j not in m.values():
                kind = "direct" if p.get("direct") else p.get("kind")
                print(f"FP {kind} {d['id']} | {show(text, score.pred_segments(p))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("--pipeline", action="store_true")
    ap.add_argument("--only", choices=("miss", "fp", "speaker"))
    args = ap.parse_args()
    _, docs = readers.load(Path(args.data))
    for d in docs:
        report(d, predict(d, args.pipeline), args.only)


if __name__ == "__main__":
    main()
