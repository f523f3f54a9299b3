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
from ..quotes.speakers import norm_name
from ..store import Store, fulltext
from ..stories.stamps import load_stamps
from ..timeline import READER_LANG, query_timeline

LAYERS = ("entities", "quotes", "figures", "times")
SNIPPET = 240
LABEL_CHARS, MAX_LABELS = 80, 500  # a document's name in a list; how many untitled ones a page names
DEFAULT_LIMIT = 50
DOC_ID = re.compile(r"[0-9a-f]{16}")
MAX_LINK_CHECKS = 2000
QUOTES_PER_GROUP, MAX_GROUP = 10, 500

# Pages over one layer and the cross-document results that belong with it: (layer, derived kinds).
COLLECTIONS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "entities": ("entities", ("entities",)),
    "figures": ("figures", ("series",)),
    "times": ("times", ()),
    "stories": (None, ("stories", "events")),
    "timeline": (None, ("timeline",)),
}
# The fields of a derived row that name it: what a page's ``q`` is matched against.
NAME_FIELDS = ("canonical", "variants", "label", "subject", "measure", "place", "summary", "events")
DERIVED_KINDS = tuple(dict.fromkeys(kind for _, kinds in COLLECTIONS.values() for kind in kinds))


@dataclass(frozen=True, slots=True)
class Page:
    """A window of a list: ``?limit=&offset=``."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def window(self, total: int, items: list[Any]) -> dict[str, Any]:
        """The paginated answer every list shares."""
        return {"total": total, "limit": self.limit, "offset": self.offset, "items": items}


def number(value: Any) -> str:
    """A number as a reader writes it (``12,000``, ``2.5``, ``1,500,000``); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}"


def measure(value: Any) -> str:
    """A series' measure as a reader names it: ``money:USD`` is "money (USD)"."""
    kind, _, unit = str(value or "").partition(":")
    return f"{kind} ({unit})" if unit else kind


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
        "label": doc_label(doc),
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


def doc_label(doc: dict[str, Any]) -> str:
    """The title, else the opening words of the body (cut at ``LABEL_CHARS``): how a reader
    recognises an article (most news-crawl and wire texts have no title; an id tells them nothing)."""
    label = " ".join(str(doc["title"]).split()) if doc.get("title") else snippet(doc).lstrip("…")
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"


def labels(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``{"label", "lang", "published"}`` of the stored documents of ``ids`` (the first
    ``MAX_LABELS``: a page's worth): how a page names a document it links to."""
    wanted = list(islice(dict.fromkeys(ids), MAX_LABELS))
    docs = store.iter_documents(wanted) if wanted else ()
    return {d["id"]: {"label": doc_label(d), "lang": d["lang"], "published": (d["published"] or {}).get("value")}
            for d in docs}  # fmt: skip


def with_labels(store: Store, refs: Iterable[dict[str, Any]]) -> None:
    """Give each document reference (``id``, ``title``...) of a page its ``label``, reading only
    the untitled documents."""
    refs = list(refs)
    found = labels(store, (r["id"] for r in refs if not r.get("title")))
    for ref in refs:
        title = " ".join(str(ref.get("title") or "").split())
        ref["label"] = title or found.get(ref["id"], {}).get("label", ref["id"])


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document in the output contract (every layer, plus ``sources``), or None."""
    return next(iter(store.iter_documents([doc_id])), None)


def layer_items(store: Store, layer: str, page: Page, q: str | None = None) -> dict[str, Any]:
    """A window of one layer's items across the store, each with ``document`` naming its document;
    with ``q``, the items whose words or names match it (see ``_matches``)."""
    if q and (terms := fulltext.parse(q)):
        found = [(ref, item) for ref, item in store.iter_layer(layer) if _matches(terms, item)]
        total, rows = len(found), found[page.offset : page.offset + page.limit]
    else:
        total = store.counts().get(f"annotations.{layer}", 0)
        rows = list(islice(store.iter_layer(layer), page.offset, page.offset + page.limit))
    with_labels(store, (ref for ref, _ in rows))
    return page.window(total, [{"document": ref, **item} for ref, item in rows])


def derived(store: Store, kind: str, page: Page, q: str | None = None) -> dict[str, Any]:
    """A window of the cross-document results of one kind (stories, series, timeline...); with
    ``q``, the rows whose names match it (see ``_matches``)."""
    rows = store.load_derived(kind)
    if q and (terms := fulltext.parse(q)):
        rows = [row for row in rows if _matches(terms, row)]
    return {"kind": kind, **page.window(len(rows), rows[page.offset : page.offset + page.limit])}


def _matches(terms: list[fulltext.Term], row: dict[str, Any]) -> bool:
    """Whether a derived row or a layer item matches a query by the rules of the document search
    (every word, accents aside, "a phrase", prefix*) in its ``text`` and ``NAME_FIELDS`` (a nested
    value by its name: a story's events by their labels, a figure's subject by its canonical name)."""
    names = [row.get("text"), *(row.get(key) for key in NAME_FIELDS)]
    flat = [v for value in names for v in (value if isinstance(value, list) else [value])]
    words = [str(v.get("canonical") or v.get("label") or v.get("text") or "") if isinstance(v, dict) else str(v or "")
             for v in flat]  # fmt: skip
    return fulltext.match(terms, None, " · ".join(w for w in words if w)) is not None


def collection(store: Store, name: str, page: Page, q: str | None = None) -> dict[str, Any]:
    """A collection page: its cross-document results by kind and its layer's items, same window;
    ``q`` keeps the rows named by its words and the items that hold them ("Truss", "NATO troops")."""
    layer, kinds = COLLECTIONS[name]
    return {
        "name": name,
        "filters": {"q": q},
        "derived": [derived(store, kind, page, q) for kind in kinds],
        "items": layer_items(store, layer, page, q) if layer else None,
    }


def timeline(store: Store, page: Page, q: str | None = None, entity: str | None = None,
             story: str | None = None) -> dict[str, Any] | None:
    """The timeline page: the one a build or the CLI kept, or, asked for by ``entity`` (its
    timeline) or ``story`` (a story's, by its id), one computed for the page and not kept (the app
    only reads its store). None for a story the store does not have."""
    if not (entity or story):
        return collection(store, "timeline", page, q)
    ids = None
    if story:
        row = next((r for r in store.load_derived("stories") if r.get("id") == story), None)
        if row is None:
            return None
        ids = list(row.get("document_ids") or [])
    entries = query_timeline(store, ids, entity, READER_LANG)
    rows = [{**e.to_dict(), "story": story, "entity": entity} for e in entries]
    if q and (terms := fulltext.parse(q)):
        rows = [row for row in rows if _matches(terms, row)]
    window = {"kind": "timeline", **page.window(len(rows), rows[page.offset : page.offset + page.limit])}
    return {"name": "timeline", "filters": {"q": q, "entity": entity, "story": story}, "derived": [window], "items": None}


def quotes(store: Store, page: Page, speaker: str | None = None, q: str | None = None,
           lang: str | None = None) -> dict[str, Any]:  # fmt: skip
    """Quotations grouped by speaker (most quoted first; unattributed ones last), a window of groups.

    ``speaker`` keeps the quotes whose speaker's name or mention holds it as whole words, case and
    punctuation aside ("Stoltenberg" finds Jens Stoltenberg's, as ``storyline quotes --speaker``
    does); ``q`` those whose text matches it by the rules of the document search; ``lang`` those of
    documents in that language. Each group lists its first ``QUOTES_PER_GROUP`` quotes and its
    ``count``; filtered to a speaker, up to ``MAX_GROUP``.
    """
    name = speaker_names(store.load_derived("entities"))
    rows: Iterable[tuple[dict[str, Any], dict[str, Any]]] = store.iter_layer("quotes")
    if lang is not None:
        rows = ((ref, item) for ref, item in rows if ref["lang"] == lang)
    if speaker is not None and (want := norm_name(speaker)):
        rows = ((ref, item) for ref, item in rows if _names_hold(want, name(item), _mention(item)))
    if q and (terms := fulltext.parse(q)):
        rows = ((ref, item) for ref, item in rows if fulltext.match(terms, None, str(item.get("text") or "")))
    ordered = group_quotes(rows, name)
    shown = MAX_GROUP if speaker else QUOTES_PER_GROUP
    groups = [{"speaker": who, "count": len(qs), "quotes": qs[:shown]}
              for who, qs in ordered[page.offset : page.offset + page.limit]]  # fmt: skip
    with_labels(store, (quote["document"] for group in groups for quote in group["quotes"]))
    return {
        "filters": {"speaker": speaker, "q": q, "lang": lang},
        "languages": [code for code in store.describe()["languages"] if code != "?"],
        "quotes": sum(len(group) for _, group in ordered),
        **page.window(len(ordered), groups),
    }


def _mention(quote: dict[str, Any]) -> str | None:
    """The words that name a quote's speaker in its text ("NATO Secretary-General Jens Stoltenberg")."""
    speaker = quote.get("speaker")
    mention = speaker.get("mention") if isinstance(speaker, dict) else None
    return mention.get("text") if isinstance(mention, dict) else None


def _names_hold(want: str, *names: str | None) -> bool:
    """Whether a folded name ``want`` is whole words of one of ``names`` ("li" is not in "Liz Truss")."""
    return any(f" {want} " in f" {norm_name(n)} " for n in names if n)


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
