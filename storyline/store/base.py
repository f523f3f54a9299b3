"""What every storage backend offers: the contract callers code against."""

from __future__ import annotations

import abc
import contextlib
from collections.abc import Collection, Iterator
from typing import Any

from ..model import Document
from . import fulltext


def doc_ref(doc: dict[str, Any]) -> dict[str, Any]:
    """The few fields that name a document next to one of its items."""
    return {"id": doc["id"], "title": doc["title"], "lang": doc["lang"],
            "published": (doc["published"] or {}).get("value")}  # fmt: skip


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
    def document_versions(self) -> dict[str, str]:
        """Every stored document's id -> the analysis version it is stored with, in ingest order
        (a cross-document step that saved its state notices what was added, re-analysed or deleted)."""

    @abc.abstractmethod
    def save_state(self, name: str, data: bytes) -> None:
        """Keep a cross-document step's saved state (an opaque blob), replacing the one before."""

    @abc.abstractmethod
    def load_state(self, name: str) -> bytes | None:
        """The state saved under ``name``, or None."""

    @abc.abstractmethod
    def drop_states(self) -> None:
        """Forget every saved state: the next run of each step recomputes from all documents."""

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside the block are kept together or not at all, where the backend can (a
        step's derived rows and its saved state stay a consistent pair). This default, for a
        backend without transactions, writes each call on its own."""
        yield

    @abc.abstractmethod
    def close(self) -> None:
        """Flush and close."""

    # Read queries for browsing (the web app). Defaults work on any backend through
    # ``iter_documents``; a backend overrides them with indexed queries.

    def find_documents(
        self, *, lang: str | None = None, contains: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """``(total, page)``: documents in ``lang`` whose title or text contains ``contains``
        (case-insensitive), the page as contract dicts in ingest order."""
        needle = (contains or "").casefold()
        hits = [d for d in self.iter_documents()
                if (lang is None or d["lang"] == lang)
                and (not needle or needle in f"{d['title'] or ''}\n{d['text']}".casefold())]  # fmt: skip
        return len(hits), hits[offset : offset + limit]

    def search_documents(
        self, query: str, *, lang: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """``(total, page)``: the documents (in ``lang``) holding every term of ``query``, best first.

        ``query`` is user input, parsed by ``fulltext.parse`` (words, ``"phrases"``, ``prefix*``;
        nothing in it is syntax, so it never fails; one holding no letter or digit finds nothing).
        Each hit is ``{"document": contract dict, "score": higher is better, "snippet": text around
        a match, "highlights": [[start, end], ...] of the matches in the snippet}``. The snippet is
        article text: whoever shows it escapes it.

        This default scans every document with the reference matcher; a backend answers from an
        index, with its own score (the order of equal matches may differ, the set may not).
        """
        rows = ((doc, doc["title"], doc["text"]) for doc in self.iter_documents() if lang in (None, doc["lang"]))
        hits = fulltext.scan(fulltext.parse(query), rows)
        return len(hits), [{"document": doc, "score": score, **fulltext.snippet(doc["text"], spans)}
                           for doc, score, spans in hits[offset : offset + limit]]  # fmt: skip

    def iter_layer(self, layer: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """Every item of one layer (``entities``, ``quotes``...) with a reference to its document:
        ``({"id", "title", "lang", "published"}, item)``, in ingest order."""
        for doc in self.iter_documents():
            ref = doc_ref(doc)
            for item in doc.get(layer) or []:
                yield ref, item

    def documents_of_sources(self, sources: list[str]) -> dict[str, str]:
        """The stored document id of each of ``sources`` that names one (cross-document results
        cite documents by source; a reader links them)."""
        wanted = set(sources)
        return {s: doc["id"] for doc in self.iter_documents() for s in doc["sources"] if s in wanted}

    def describe(self, skip_days: Collection[str] = ()) -> dict[str, Any]:
        """Corpus facts: ``documents``, ``languages`` (code -> count, most first), ``published``
        (``{"min", "max"}`` of the publication dates, or None), leaving out dates on ``skip_days``
        (ISO days: import stamps, :mod:`storyline.stories.stamps`, are no publication dates)."""
        langs: dict[str, int] = {}
        dates = []
        for doc in self.iter_documents():
            langs[doc["lang"] or "?"] = langs.get(doc["lang"] or "?", 0) + 1
            if doc["published"] and doc["published"]["value"][:10] not in skip_days:
                dates.append(doc["published"]["value"])
        return {
            "documents": sum(langs.values()),
            "languages": dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
            "published": {"min": min(dates), "max": max(dates)} if dates else None,
        }

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
