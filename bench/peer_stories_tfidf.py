"""Peer baseline for story clustering: TF-IDF cosine + average-link agglomerative clustering.

The baseline the issue quotes (0.38 BCubed F1 on held-out ITN), run on the dev sets for a
side-by-side comparison. It needs scikit-learn, which storyline does not depend on:

    python3.11 -m venv /work/venvs/stories-peers && /work/venvs/stories-peers/bin/pip install scikit-learn
    python ../shared/eval/scorer/score.py stories --data ../shared/eval/stories \\
        --system '/work/venvs/stories-peers/bin/python bench/peer_stories_tfidf.py --threshold 0.8'

Reads the scorer's JSON lines on stdin, prints ``{"id", "documents"}`` per cluster.
"""

from __future__ import annotations

import argparse
import json
import sys


def main() -> None:
    """Cluster stdin documents with TF-IDF + agglomerative clustering."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=0.8, help="cosine distance at which merging stops")
    args = parser.parse_args()
    docs = [json.loads(line) for line in sys.stdin if line.strip()]
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform([d["text"] for d in docs]).toarray()
    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=args.threshold
    ).fit_predict(matrix)
    clusters: dict[int, list[str]] = {}
    for doc, label in zip(docs, labels, strict=True):
        clusters.setdefault(int(label), []).append(str(doc["id"]))
    for k, members in clusters.items():
        print(json.dumps({"id": f"c{k}", "documents": members}))


if __name__ == "__main__":
    main()
