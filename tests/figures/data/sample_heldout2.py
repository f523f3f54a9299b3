"""Draw the second held-out block of the figures gold (tbaq and meantime-es-dev sentences with a number, fixed seeds).

Prints candidate rows; they were then annotated by hand following docs/figures-guideline.md."""
import json, random, re, sys
from pathlib import Path
SHARED = str(Path(__file__).resolve().parents[3] / "../shared/eval")
SPLIT = re.compile(r"(?<=[.!?])[\"'”]?\s+(?=[A-Z¿¡\"“`])|\n+")
NUMW = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil|millones)\b", re.I)
def cands(path, corpus):
    for line in open(path):
        d = json.loads(line)
        for s in SPLIT.split(d["text"]):
            s = s.strip()
            if len(s.split()) >= 6 and (re.search(r"\d", s) or NUMW.search(s)):
                yield {"source": f"{corpus}/{d['id']}", "lang": d.get("lang", "en"), "published": d.get("published"), "text": s}
out = []
for corpus, path, n, seed in (("tbaq", f"{SHARED}/time/tbaq/inputs.jsonl", 36, 707), ("meantime-es-dev", f"{SHARED}/time/meantime-es-dev/inputs.jsonl", 14, 7070)):
    c = list(cands(path, corpus))
    print(corpus, len(c), file=sys.stderr)
    out += random.Random(seed).sample(c, n)
for i, r in enumerate(out):
    print(json.dumps({"id": f"h{i:03d}", **r}, ensure_ascii=False))
