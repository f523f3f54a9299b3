"""What every storage backend offers: the contract callers code against."""

from __future__ import annotations

import abc
from collections.abc import Iterator
from typing import Any

from ..model import Document


class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message names the file and the problem."""


class Store(abc.ABC):
    """Documents with their layers, ingest bookkeeping, and cross-document results."""

    @abc.abstractmethod
    def has_document(self, doc_id: str, analysis_version: str | None = None) -> bool:
        """True if the document is stored (and analysed by ``analysis_version``, if given)."""

    @abc.abstractmethod
    def add_source(self, doc_id: str, source: str) -> None:
        """Record one more place a stored document was found (reprints, re-ingests)."""

    @abc.abstractmethod
    def put_document(self, doc: Document, analysis_version: str) -> None:
        """Store a document and all its layers atomically, replacing an older analysis."""

    @abc.abstractmethod
    def iter_documents(self, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Documents as output-contract dicts (every layer, plus ``sources``), in ingest order."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Row counts per table (documents, sources, sentences, annotations per layer...)."""

    @abc.abstractmethod
    def file_done(self, path: str, size: int, mtime: float) -> bool:
        """True if this file, unchanged, was fully ingested before (resume skips it)."""

    @abc.abstractmethod
    def mark_file(self, path: str, size: int, mtime: float, status: str, problem: str = "") -> None:
        """Record a file's ingest outcome (``done`` or ``error``)."""

    @abc.abstractmethod
    def save_derived(self, kind: str, rows: list[dict[str, Any]]) -> None:
        """Replace the cross-document results of one kind (entities, series, stories...)."""

    @abc.abstractmethod
    def load_derived(self, kind: str) -> list[dict[str, Any]]:
        """The cross-document results of one kind, in saved order."""

    @abc.abstractmethod
    def close(self) -> None:
        """Flush and close."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
