"""The document model: what every stage reads and writes.

Every offset anywhere in storyline is a Python string index into ``Document.text``, the raw input
text as ingested (header lines removed, nothing else changed). Cleaning never rewrites the text; it
marks spans. That is what lets any extracted item be traced back to the exact characters of its
source.

Analysis layers (entities, quotes, figures, times) are lists of items owned by their own
subpackages; the only thing the model asks of an item is ``start``, ``end``, ``text`` and a
``to_dict()`` giving its JSON form in the output contract (``docs/output.md``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, runtime_checkable

SPAN_KINDS = ("boilerplate", "caption", "credit")
PRECISIONS = ("year", "month", "day")


@runtime_checkable
class Item(Protocol):
    """An extracted item of an analysis layer (entity, quote, figure, time expression)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The item as a JSON-ready dict of the output contract."""
        ...


@dataclass(slots=True)
class GenericItem:
    """A layer item of any layer, fields as given: for items made outside a layer's own code
    (imported annotations, test fixtures, benchmarks)."""

    start: int
    end: int
    text: str
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, **self.fields}


@dataclass(slots=True)
class Span:
    """A marked region of the raw text: boilerplate, a photo caption or a photo credit."""

    kind: str
    start: int
    end: int
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "rule": self.rule}


@dataclass(slots=True)
class Sentence:
    """A sentence of the raw text; ``kind`` is ``body`` or the kind of span it falls in."""

    start: int
    end: int
    kind: str = "body"
    lang: str | None = None  # set only where it differs from the document's language

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "lang": self.lang}


@dataclass(slots=True)
class Evidence:
    """Where a value was read: a metadata field, or a span of the text."""

    source: str  # "metadata" | "text" | "default"
    text: str = ""
    start: int | None = None
    end: int | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


@dataclass(slots=True)
class Published:
    """A publication date with its precision: ``2020-12`` is a month, not the first of December."""

    value: str
    precision: str  # year | month | day
    confidence: float = 1.0
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }


@dataclass(slots=True)
class Document:
    """One article: raw text, metadata and every analysis layer, each item with offsets."""

    id: str
    text: str
    source: str = ""
    lang: str | None = None
    lang_confidence: float | None = None
    published: Published | None = None
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    figures: list[Any] = field(default_factory=list)
    times: list[Any] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (binary search: sentences are sorted and disjoint)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            sent = self.sentences[mid]
            if offset < sent.start:
                hi = mid
            elif offset >= sent.end:
                lo = mid + 1
            else:
                return sent
        return None

    def span_kind_at(self, offset: int) -> str:
        """``body`` or the kind of the marked span covering ``offset``."""
        for span in self.spans:
            if span.start <= offset < span.end:
                return span.kind
        return "body"

    def to_dict(self) -> dict[str, Any]:
        """The document in the output contract (``docs/output.md``)."""
        return {
            "id": self.id,
            "source": self.source,
            "lang": self.lang,
            "lang_confidence": None if self.lang_confidence is None else round(self.lang_confidence, 3),
            "published": self.published.to_dict() if self.published else None,
            "title": self.title,
            "url": self.url,
            "site": self.site,
            "author": self.author,
            "meta": self.meta,
            "text": self.text,
            "spans": [s.to_dict() for s in self.spans],
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "figures": [f.to_dict() for f in self.figures],
            "times": [t.to_dict() for t in self.times],
        }
