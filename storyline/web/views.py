"""What each page shows, as plain JSON-ready data: the HTML pages render it, ``/api/...`` returns it.

Every function takes an open ``Store`` and returns dicts and lists only. They are generic over the
layers and the cross-document results: a layer or a derived kind that holds nothing yet gives an
empty list (the page says "none yet"), and fields added later by a layer show without code changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any

from ..quotes.listing import speaker_name, speaker_names
from ..store import Store
from ..stories.stamps import load_stamps

LAYERS = ("entities", "quotes", "figures", "times")
SNIPPET = 240
DEFAULT_LIMIT = 50
DOC_ID = re.compile(r"[0-9a-f]{16}")
MAX_LINK_CHECKS = 2000
QUOTES_PER_GROUP, MAX_GROUP = 10, 500

# Pages over one layer and the cross-document results that belong with it: (layer, derived kinds).
COLLECTIONS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "entities": ("entities", ("entities",)),
    "figures": ("figures", ("series", "figures")),
    "times": ("times", ()),
    "stories": (None, ("stories", "events")),
    "timeline": (None, ("timeline",)),
}
DERIVED_KINDS = tuple(dict.fromkeys(kind for _, kinds in COLLECTIONS.values() for kind in kinds))


@dataclass(frozen=True, slots=True)
class Page:
    """A window of a list: ``?limit=&offset=``."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def window(self, total: int, items: list[Any]) -> dict[str, Any]:
        """The paginated answer every list shares."""
        return {"total": total, "limit": self.limit, "offset": self.offset, "items": items}


def overview(store: Store) -> dict[str, Any]:
    """Counts, languages, date span, and how many items each layer and derived kind holds."""
    counts = store.counts()
    stamps = {date.fromordinal(day).isoformat() for day in load_stamps(store).values()}
    return {
        **store.describe(stamps),
        "sources": counts.get("sources", 0),
        "sentences": counts.get("sentences", 0),
        "layers": {layer: counts.get(f"annotations.{layer}", 0) for layer in LAYERS},
        "derived": {kind: len(store.load_derived(kind)) for kind in DERIVED_KINDS},
    }


def documents(store: Store, page: Page, lang: str | None = None, q: str | None = None) -> dict[str, Any]:
    """Documents, optionally of one language; with a query ``q``, the full-text matches best first,
    each with the ``snippet`` around its matches and their ``highlights`` (else in ingest order)."""
    if q:
        total, hits = store.search_documents(q, lang=lang, limit=page.limit, offset=page.offset)
        items = [{**summary(h["document"]), "score": h["score"], "highlights": h["highlights"],
                  **({"snippet": h["snippet"]} if h["highlights"] else {})}  # matched in the title only: the lead
                 for h in hits]  # fmt: skip
    else:
        total, docs = store.find_documents(lang=lang, limit=page.limit, offset=page.offset)
        items = [summary(doc) for doc in docs]
    return {
        "filters": {"lang": lang, "q": q},
        "order": "relevance" if q else "ingest",
        "languages": list(store.describe()["languages"]),
        **page.window(total, items),
    }


def summary(doc: dict[str, Any]) -> dict[str, Any]:
    """A document in a list: its metadata, sizes, layer counts and its first lines as a snippet."""
    published = doc["published"] or {}
    return {
        "id": doc["id"],
        "title": doc["title"],
        "source": doc["source"],
        "lang": doc["lang"],
        "published": published.get("value"),
        "precision": published.get("precision"),
        "words": len(doc["text"].split()),
        "sentences": len(doc["sentences"]),
        "layers": {layer: len(doc.get(layer) or []) for layer in LAYERS},
        "snippet": snippet(doc),
    }


def snippet(doc: dict[str, Any]) -> str:
    """About ``SNIPPET`` characters of body text from the first sentence outside marked spans (so not a
    navigation line or a caption)."""
    text = doc["text"]
    marked = [(s["start"], s["end"]) for s in doc["spans"]]
    body = [s["start"] for s in doc["sentences"]
            if s["kind"] == "body" and not any(a <= s["start"] < b for a, b in marked)]  # fmt: skip
    start = body[0] if body else 0
    piece = " ".join(text[start : start + SNIPPET].split())
    return ("…" if start > 0 else "") + piece + ("…" if start + SNIPPET < len(text) else "")


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document in the output contract (every layer, plus ``sources``), or None."""
    return next(iter(store.iter_documents([doc_id])), None)


def layer_items(store: Store, layer: str, page: Page) -> dict[str, Any]:
    """A window of one layer's items across the store, each with ``document`` naming its document."""
    total = store.counts().get(f"annotations.{layer}", 0)
    rows = islice(store.iter_layer(layer), page.offset, page.offset + page.limit)
    return page.window(total, [{"document": ref, **item} for ref, item in rows])


def derived(store: Store, kind: str, page: Page) -> dict[str, Any]:
    """A window of the cross-document results of one kind (stories, series, timeline...)."""
    rows = store.load_derived(kind)
    return {"kind": kind, **page.window(len(rows), rows[page.offset : page.offset + page.limit])}


def collection(store: Store, name: str, page: Page) -> dict[str, Any]:
    """A collection page: its cross-document results by kind and its layer's items, same window."""
    layer, kinds = COLLECTIONS[name]
    return {
        "name": name,
        "derived": [derived(store, kind, page) for kind in kinds],
        "items": layer_items(store, layer, page) if layer else None,
    }


def quotes(store: Store, page: Page, speaker: str | None = None) -> dict[str, Any]:
    """Quotations grouped by speaker (most quoted first; unattributed ones last), a window of groups.

    Each group lists its first ``QUOTES_PER_GROUP`` quotes and its ``count``; filtered to one
    ``speaker``, up to ``MAX_GROUP`` of theirs.
    """
    name = speaker_names(store.load_derived("entities"))
    rows = store.iter_layer("quotes")
    if speaker is not None:
        rows = ((ref, item) for ref, item in rows if (name(item) or "").casefold() == speaker.casefold())
    ordered = group_quotes(rows, name)
    shown = MAX_GROUP if speaker else QUOTES_PER_GROUP
    window = ordered[page.offset : page.offset + page.limit]
    return {
        "filters": {"speaker": speaker},
        "quotes": sum(len(group) for _, group in ordered),
        **page.window(len(ordered), [{"speaker": name, "count": len(qs), "quotes": qs[:shown]} for name, qs in window]),
    }


def group_quotes(
    rows: Iterable[tuple[dict[str, Any], dict[str, Any]]], name: Callable[[dict[str, Any]], str | None] = speaker_name
) -> list[tuple[str | None, list[dict[str, Any]]]]:
    """``(speaker, quotes)`` from ``(document ref, quote)`` rows, each quote with ``document``:
    most quoted first, unattributed (None) last. ``name`` gives a quote's speaker (the report maps
    it to the entity's canonical name)."""
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for ref, item in rows:
        groups.setdefault(name(item), []).append({"document": ref, **item})
    return sorted(groups.items(), key=lambda kv: (kv[0] is None, -len(kv[1]), kv[0] or ""))


def known_documents(store: Store, data: Any) -> dict[str, str]:
    """The strings in ``data`` that name stored documents (ids, sources), mapped to the document id:
    a page links those, and not, say, an entity id of the same shape."""
    candidates = list(islice(dict.fromkeys(_strings(data)), MAX_LINK_CHECKS))
    known = {s: s for s in candidates if DOC_ID.fullmatch(s) and store.has_document(s)}
    return {**store.documents_of_sources([s for s in candidates if s not in known]), **known}


def _strings(data: Any) -> Iterator[str]:
    """Every string value anywhere in nested data (not the keys)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
