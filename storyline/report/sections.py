"""What each section of the report shows, as plain data: the story first, the documents last.

The report reads the store and the cross-document results kept in it (``entities``, ``series``,
``stories``), computes what is cheap and missing (figure series, the main story's timeline) and
never writes. Every item that comes from a document links to its exact words in the documents
section: :class:`Anchors` hands out the links and remembers the offsets, so the highlighted text
gets an anchor at each of them. Lists are capped so a large store still makes a readable page;
each section says how many it left out.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..figures.series import build_series, entity_names
from ..quotes.listing import speaker_names
from ..web import highlight, views
from ..store import Store
from ..web.chart import disputed_keys, point_key, series_chart

CHART_WIDTH, MIN_CHART_POINTS = 680, 2  # one point is a table row, not a chart
MAX_ENTRIES, MAX_SPEAKERS, MAX_QUOTES, MAX_SERIES, MAX_ENTITIES, MAX_STORIES, MAX_DOCUMENTS = (
    300, 100, 50, 60, 200, 100, 300)  # fmt: skip
MAX_STORY_DOCS = 30
READ_BATCH = 500


def brief(doc: dict[str, Any]) -> dict[str, Any]:
    """What the report keeps of every document while it reads the store: enough to name, date,
    order and link it (full documents are read again only where shown)."""
    return {"id": doc["id"], "source": doc["source"], "sources": doc.get("sources") or [doc["source"]],
            "label": views.doc_label(doc), "lang": doc["lang"], "published": doc["published"],
            "size": len(doc["text"])}  # fmt: skip


@dataclass(slots=True)
class Anchors:
    """Links from the sections to offsets in the documents section, and the offsets linked."""

    docs: dict[str, dict[str, Any]]  # id -> brief
    by_source: dict[str, str]
    shown: dict[str, None]  # the documents the documents section shows (ordered, O(1) lookup)
    linked: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def over(cls, docs: Iterable[dict[str, Any]]) -> Anchors:
        """Anchors over the stored documents; those the documents section shows can be linked."""
        briefs = [brief(d) for d in docs]
        by_source = {s: b["id"] for b in briefs for s in b["sources"]}
        shown = dict.fromkeys(b["id"] for b in in_order(briefs)[:MAX_DOCUMENTS])
        return cls({b["id"]: b for b in briefs}, by_source, shown)

    def prefer(self, ids: list[str]) -> None:
        """Show these documents (a main story's, which the timeline links to) before the others
        when not all fit; the documents section keeps publication order."""
        chosen = list(dict.fromkeys([*ids[:MAX_DOCUMENTS], *(b["id"] for b in in_order(self.docs.values()))]))
        keep = set(chosen[:MAX_DOCUMENTS])
        self.shown = dict.fromkeys(b["id"] for b in in_order(self.docs.values()) if b["id"] in keep)

    def doc_id(self, ref: Any) -> str | None:
        """The id of a stored document named by its id or by one of its sources."""
        ref = str(ref or "")
        return ref if ref in self.docs else self.by_source.get(ref)

    def href(self, ref: Any, start: Any = None) -> str | None:
        """``#d<id>-o<start>`` (the words at ``start``), ``#doc-<id>`` without one, None if not stored."""
        doc_id = self.doc_id(ref)
        if doc_id not in self.shown:
            return None
        if not isinstance(start, int) or not 0 <= start < self.docs[doc_id]["size"]:
            return f"#doc-{doc_id}"
        self.linked.setdefault(doc_id, set()).add(start)
        return f"#d{doc_id}-o{start}"

    def source(self, ref: Any, start: Any = None) -> dict[str, Any]:
        """A source as the page shows it: ``label`` (title or lead), ``lang``, ``published``, ``href``."""
        doc = self.docs.get(self.doc_id(ref) or "")
        if doc is None:
            return {"label": os.path.basename(str(ref)) or str(ref), "lang": None, "published": None, "href": None}
        return {"label": doc["label"], "lang": doc["lang"], "published": published(doc), "href": self.href(ref, start)}


def published(doc: dict[str, Any]) -> str | None:
    """The publication date's value (at its precision), or None."""
    return (doc.get("published") or {}).get("value")


def read_documents(store: Store, ids: list[str]) -> Iterator[dict[str, Any]]:
    """The stored documents of ``ids``, read a batch at a time (a query holds a bounded number
    of parameters, and a story may hold many documents)."""
    for at in range(0, len(ids), READ_BATCH):
        yield from store.iter_documents(ids[at : at + READ_BATCH])


def capped(items: list[Any], limit: int) -> dict[str, Any]:
    """``{"items", "total", "more"}``: the first ``limit`` items and how many were left out."""
    return {"items": items[:limit], "total": len(items), "more": max(0, len(items) - limit)}


def overview(store: Store) -> dict[str, Any]:
    """Documents, languages, date span, items per layer and per cross-document result."""
    return views.overview(store)


def main_story(stories: list[dict[str, Any]], anchors: Anchors) -> tuple[dict[str, Any] | None, list[str] | None]:
    """The story with the most documents, and its document ids (None, meaning every document, when
    there is no story: then the whole store is the story)."""
    if not stories:
        return None, None
    story = min(stories, key=lambda s: (-len(story_doc_ids(s, anchors)), str(s.get("id"))))
    return story, story_doc_ids(story, anchors)


def story_doc_ids(story: dict[str, Any], anchors: Anchors) -> list[str]:
    """A story's stored documents, from ``document_ids`` or else its ``documents`` (sources)."""
    refs = story.get("document_ids") or story.get("documents") or []
    return list(dict.fromkeys(i for i in (anchors.doc_id(r) for r in refs) if i))


def _timeline_function(lang: str | None) -> Callable[[Iterable[dict[str, Any]], Store], list[Any]] | None:
    """The timeline module's ``build_timeline`` over documents of a store (with what the build
    found over the whole store: stamps, events, stories; summaries in ``lang`` where a source is
    written in it), or None where it is not installed."""
    try:
        from ..timeline import build_timeline, store_context  # type: ignore[attr-defined]
    except ImportError:
        return None
    return lambda docs, store: build_timeline(docs, lang=lang, **store_context(store))  # type: ignore[no-any-return]


def timeline(store: Store, stories: list[dict[str, Any]], anchors: Anchors, lang: str | None = None) -> dict[str, Any]:
    """The main story's timeline: dated entries, each with its summary, sources and conflicts.

    From the timeline module when present (``mode: "timeline"``); else a simple one from dated
    quotes and figures (``mode: "simple"``), which the page says."""
    story, ids = main_story(stories, anchors)
    if ids is not None:
        anchors.prefer(ids)
    docs = store.iter_documents() if ids is None else read_documents(store, ids)
    build = _timeline_function(lang)
    if build is not None:
        entries, mode = [e.to_dict() for e in build(docs, store)], "timeline"
    else:
        entries, mode = simple_timeline(docs), "simple"
    out = capped(entries, MAX_ENTRIES)
    return {**out, "items": [_entry(e, anchors) for e in out["items"]], "mode": mode, "story": story}


def _entry(entry: dict[str, Any], anchors: Anchors) -> dict[str, Any]:
    """A timeline entry with its sources (and its conflicting reports' sources) as links."""
    sources = [{**anchors.source(s.get("id") or s.get("source"), s.get("start")), "outlets": s.get("outlets") or []}
               for s in entry.get("sources") or [] if isinstance(s, dict)]  # fmt: skip
    conflicts = [{**c, "from": anchors.source(c.get("source"), c.get("start"))}
                 for c in entry.get("conflicts") or [] if isinstance(c, dict)]  # fmt: skip
    return {**entry, "sources": sources, "conflicts": conflicts}


def simple_timeline(docs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dated quotes (at their document's publication date) and figures (at their as-of date),
    each summarised by its sentence (once: two figures of one sentence are one entry): what the
    page shows until the timeline module is installed."""
    entries = []
    seen: set[tuple[str, str, str, int]] = set()
    for doc in docs:
        pub = doc.get("published") or {}
        dated = [("statement", q, pub.get("value"), pub.get("precision")) for q in doc.get("quotes") or []]
        dated += [("figure", f, (f.get("as_of") or {}).get("value"), None) for f in doc.get("figures") or []]
        for kind, item, date, precision in dated:
            if not date:
                continue
            sent = item.get("sentence") or {"start": item["start"], "end": item["end"]}
            if (key := (date, kind, doc["id"], sent["start"])) in seen:
                continue
            seen.add(key)
            entries.append({
                "date": date, "precision": precision or _precision(date), "kind": kind, "lang": doc["lang"],
                "summary": " ".join(doc["text"][sent["start"] : sent["end"]].split()),
                "sources": [{"id": doc["id"], "source": doc["source"], "start": item["start"], "end": item["end"]}],
            })  # fmt: skip
    entries.sort(key=lambda e: (e["date"], e["kind"], e["sources"][0]["id"], e["sources"][0]["start"]))
    return entries


def _precision(date: str) -> str:
    return {4: "year", 7: "month"}.get(len(date), "day")


def quotes(store: Store, entities: list[dict[str, Any]], anchors: Anchors) -> dict[str, Any]:
    """Who said what: quotes grouped by speaker, most quoted first, each group in date order."""
    groups = []
    for speaker, items in views.group_quotes(store.iter_layer("quotes"), speaker_names(entities)):
        items.sort(key=lambda q: (q["document"].get("published") or "9999", q["document"]["id"], q["start"]))
        shown = [{**q, "from": anchors.source(q["document"]["id"], q["start"]),
                  "cue_text": (q.get("cue") or {}).get("text") if isinstance(q.get("cue"), dict) else q.get("cue")}
                 for q in items[:MAX_QUOTES]]  # fmt: skip
        groups.append({"speaker": speaker, "count": len(items), "direct": sum(bool(q.get("direct")) for q in items),
                       "quotes": shown, "more": max(0, len(items) - MAX_QUOTES)})  # fmt: skip
    return {**capped(groups, MAX_SPEAKERS), "quotes": sum(g["count"] for g in groups)}


def figures(store: Store, anchors: Anchors) -> dict[str, Any]:
    """Figure series with their chart, points (linked, disputed ones flagged) and disagreements;
    computed from the documents when the store holds none yet (``computed``). ``charted``: the
    series of two or more points; ``single``: the rest (one report each, shown as one table)."""
    rows = store.load_derived("series")
    computed = not rows
    if computed:
        names = entity_names(store.load_derived("entities"))
        rows = [s.to_dict() for s in build_series(store.iter_documents(), names=names)]
    shown = []
    for row in rows[:MAX_SERIES]:
        disputed = disputed_keys(row)
        points = [{**p, "disputed": point_key(p) in disputed,
                   "from": anchors.source(p.get("doc_id") or p.get("source"), p.get("start"))}
                  for p in row.get("points") or [] if isinstance(p, dict)]  # fmt: skip
        chart = series_chart(row, CHART_WIDTH) if len(points) >= MIN_CHART_POINTS else None
        shown.append({**row, "points": points, "chart": chart})
    charted = [s for s in shown if s["chart"]]
    return {**capped(shown, MAX_SERIES), "total": len(rows), "more": max(0, len(rows) - MAX_SERIES),
            "computed": computed, "charted": charted, "glance": glance(charted),
            "single": [s for s in shown if not s["chart"]]}  # fmt: skip


def glance(charted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The series the overview names first: those the most sources report (how a figure moved
    from source to source), then the longest; not one article's list of poll shares."""
    return sorted(charted, key=lambda s: (-_int(s.get("sources")), -len(s["points"])))


def entities(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Merged entities, most mentioned first."""
    ordered = sorted(rows, key=lambda e: (-_int(e.get("mentions")), str(e.get("canonical"))))
    return capped(ordered, MAX_ENTITIES)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def stories(rows: list[dict[str, Any]], anchors: Anchors) -> dict[str, Any]:
    """Stories, largest first, with their documents linked and their events."""
    shown = [{**s, "docs": capped([anchors.source(i) for i in story_doc_ids(s, anchors)], MAX_STORY_DOCS)}
             for s in rows]  # fmt: skip
    shown.sort(key=lambda s: (-s["docs"]["total"], str(s.get("id"))))
    return capped(shown, MAX_STORIES)


def in_order(docs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents by publication date (undated last), then source."""
    return sorted(docs, key=lambda d: (published(d) or "9999", d["source"], d["id"]))


def documents(store: Store, anchors: Anchors) -> dict[str, Any]:
    """The documents in publication order, each text cut into highlighted pieces with an anchor
    at every offset another section links to."""
    shown = [{**d, "label": views.doc_label(d), "pieces": highlight.pieces(d, sorted(anchors.linked.get(d["id"], ()))),
              "layer_counts": {layer: len(d.get(layer) or []) for layer in views.LAYERS}}
             for d in in_order(read_documents(store, list(anchors.shown)))]  # fmt: skip
    return {"items": shown, "total": len(anchors.docs), "more": len(anchors.docs) - len(shown)}
