"""Near-duplicate detection: one wire story reprinted by ten outlets is one source, not ten.

MinHash over word shingles estimates the Jaccard similarity of two texts from a short signature;
locality-sensitive hashing (LSH) over bands of the signature finds the candidate pairs without
comparing every document with every other (Broder 1997; Leskovec et al., *Mining of Massive
Datasets*, ch. 3):

1. the text is folded (lowercase, letters and digits only) and cut into overlapping ``SHINGLE``-word
   shingles, each hashed with CRC32 (stable across processes and machines);
2. ``NUM_PERM`` universal hash permutations give the signature (the minimum of each);
3. the signature is cut into ``BANDS`` bands; documents sharing any band are candidates;
4. a candidate whose signatures agree on at least ``threshold`` of the positions is a copy, and
   joins the copy group of the first-seen document (the group's representative).

The index is incremental: ``add`` one document at a time, in any order.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from typing import Any

import numpy as np

from .state import ragged, split

SHINGLE = 4
NUM_PERM = 64
BANDS = 16
_PRIME = np.uint64((1 << 61) - 1)
_RNG = np.random.default_rng(20201202)  # fixed: signatures must be comparable across runs
_A = _RNG.integers(1, 1 << 31, NUM_PERM, dtype=np.uint64)
_B = _RNG.integers(0, 1 << 31, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[int]:
    """CRC32 hashes of the text's overlapping word shingles (a short text: its words)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {zlib.crc32(w.encode()) for w in words}
    return {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text (None for a text without words)."""
    hashes = shingles(text)
    if not hashes:
        return None
    values = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    permuted = (values[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return (permuted.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


class DuplicateIndex:
    """Copy groups of near-identical texts, found through LSH bands of MinHash signatures."""

    def __init__(self, threshold: float = 0.7) -> None:
        self.threshold = threshold
        self.buckets: dict[int, list[str]] = defaultdict(list)
        self.signatures: dict[str, np.ndarray] = {}
        self.group: dict[str, str] = {}  # document id -> id of its group's representative

    def add(self, doc_id: str, text: str) -> str:
        """Index a document; return the representative of its copy group (itself if new)."""
        if doc_id in self.group:
            return self.group[doc_id]
        sig = signature(text)
        self.group[doc_id] = doc_id
        if sig is None:
            return doc_id
        rows = NUM_PERM // BANDS
        bands = [zlib.crc32(sig[b * rows : (b + 1) * rows].tobytes()) | (b << 32) for b in range(BANDS)]
        best, best_sim = None, self.threshold
        for band in bands:
            for other in self.buckets.get(band, ()):
                sim = float(np.mean(self.signatures[other] == sig))
                if sim >= best_sim:
                    best, best_sim = other, sim
        for band in bands:
            self.buckets[band].append(doc_id)
        self.signatures[doc_id] = sig
        if best is not None:
            self.group[doc_id] = self.group[best]
        return self.group[doc_id]

    def groups(self) -> dict[str, list[str]]:
        """Representative -> all members of its group (representative first)."""
        out: dict[str, list[str]] = defaultdict(list)
        for doc_id, rep in self.group.items():
            out[rep].append(doc_id)
        return dict(out)

    def to_state(self) -> dict[str, Any]:
        """The index as plain data and arrays (see :mod:`.state`): documents by their position in
        ``ids``, signatures as one matrix, every bucket in its order (which of equal matches wins depends on it)."""
        ids = list(self.group)
        at = {doc_id: n for n, doc_id in enumerate(ids)}
        signed = list(self.signatures)
        signatures = [self.signatures[d] for d in signed]
        return {
            "threshold": self.threshold,
            "ids": ids,
            "group": np.fromiter((at[rep] for rep in self.group.values()), dtype=np.int64, count=len(ids)),
            "signed": np.fromiter((at[d] for d in signed), dtype=np.int64, count=len(signed)),
            "signatures": np.stack(signatures) if signatures else np.zeros((0, NUM_PERM), dtype=np.uint32),
            "bands": np.fromiter(self.buckets, dtype=np.int64, count=len(self.buckets)),
            "buckets": ragged([at[d] for d in bucket] for bucket in self.buckets.values()),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> DuplicateIndex:
        """The index ``to_state`` saved."""
        self = cls(state["threshold"])
        ids = state["ids"]
        self.group = dict(zip(ids, (ids[n] for n in state["group"].tolist()), strict=True))
        self.signatures = dict(zip((ids[n] for n in state["signed"].tolist()), state["signatures"], strict=True))
        buckets = state["buckets"]
        members = split([ids[n] for n in buckets["values"].tolist()], buckets["lengths"])
        self.buckets.update(zip(state["bands"].tolist(), members, strict=True))
        return self
