"""The timeline of a story or of an entity: dated, sourced, merged entries with conflicts.

Cross-document: takes document dicts in the output contract and returns :class:`Entry` items
(see :mod:`.entries` for what becomes an entry, :mod:`.merge` for merging and conflicts,
:mod:`.export` for TimelineJS).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from ..stories.features import day_number
from ..stories.index import build_stories, document_events, document_stories, events_of, stories_of
from ..stories.minhash import DuplicateIndex
from ..stories.stamps import load_stamps, source_group, stamped_days
from .entries import Candidate, anchor_keys, candidates, mention_events, nearest_date, without_headline
from .export import timelinejs
from .mentions import Target, carried, mention_offsets, words
from .merge import Entry, merge

log = logging.getLogger(__name__)
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Entry", "build_timeline", "mentions_entity", "query_timeline", "save_main_timeline", "store_context", "story_groups", "timelinejs",
    "unstamped",
]  # fmt: skip

TIMELINE_KIND = "timeline"  # derived rows: the timeline last built (a build's: its main story's)
READER_LANG = "en"  # the language of the web app's and report's pages: a build's summaries in it where a source has it


def mentions_entity(doc: dict[str, Any], name: str) -> bool:
    """Whether a document mentions an entity (word-bounded name variants, in any script: see
    :mod:`.mentions`)."""
    return bool(mention_offsets(doc, Target.of(name)))


def _about(c: Candidate, offsets: list[int], target: Target) -> bool:
    """Whether a candidate's sentence concerns the entity: it mentions it, or its speaker is it."""
    i = bisect.bisect_left(offsets, c.ref.start)
    return (i < len(offsets) and offsets[i] < c.ref.end) or target.names(k for k, _, _ in words(c.speaker))


def build_timeline(
    documents: Iterable[dict[str, Any]],
    entity: str | None = None,
    lang: str | None = None,
    stamps: Mapping[str, int] | None = None,
    events: Mapping[str, str] | None = None,
    stories: Mapping[str, str] | None = None,
) -> list[Entry]:
    """The timeline of a set of documents (a story's), optionally only what concerns an entity.

    Args:
        documents: contract document dicts (with their times, quotes and figures layers).
        entity: keep only documents and entries that mention this entity.
        lang: preferred language of summaries.
        stamps: publication dates known to be stamps (:func:`storyline.stories.stamps.load_stamps`:
            found over a whole store); else found among ``documents``.

    Returns:
        Entries in date order.
    """
    target = Target.of(entity) if entity else None
    kept: list[tuple[dict[str, Any], list[int]]] = []
    groups, days = [], []
    for doc in documents:
        groups.append(source_group(doc))
        days.append(day_number(doc))
        direct = mention_offsets(doc, target) if target else []
        if not target or direct:
            kept.append((doc, direct))
    stamps = stamped_days(groups, days) if stamps is None else stamps
    copies = DuplicateIndex()
    cands: list[Candidate] = []
    for doc, direct in kept:
        day = day_number(doc)
        if day is not None and stamps.get(source_group(doc)) == day:
            doc = unstamped(doc)
        doc = without_headline(doc)
        try:
            found = candidates(doc)
        except (KeyError, TypeError, ValueError) as err:
            log.warning("%s: timeline candidates skipped (%s)", doc.get("id"), err)
            continue
        copies.add(str(doc.get("id")), doc.get("text") or "")
        doc_id = str(doc.get("id"))
        for c in found:
            c.event = events.get(doc_id) if events else None
            c.story = stories.get(doc_id) if stories else None
        cands += _entity_candidates(doc, found, direct, target) if target else found
    return merge(cands, copies.group, lang)


def unstamped(doc: dict[str, Any]) -> dict[str, Any]:
    """A document whose publication date is a stamp (:mod:`storyline.stories.stamps`: one day
    shared by all of its source, far outside the corpus), as if undated: no publication date,
    only the time expressions that need none ("20 October 2022", not "Monday" or "20 October",
    which were read against the stamp), and figures dated only by those."""
    times = [t for t in doc.get("times") or [] if isinstance(t, dict) and t.get("anchor") == "none"]
    kept = {(t.get("start"), t.get("end")) for t in times}
    figures = []
    for fig in doc.get("figures") or []:
        as_of = fig.get("as_of") if isinstance(fig, dict) else None
        if isinstance(fig, dict) and not (isinstance(as_of, dict) and (as_of.get("start"), as_of.get("end")) in kept):
            fig = {**fig, "as_of": None}
        figures.append(fig)
    return {**doc, "published": None, "times": times, "figures": figures}


def _entity_candidates(
    doc: dict[str, Any], found: list[Candidate], direct: list[int], target: Target
) -> list[Candidate]:
    """The candidates of a document that concern the entity, with its undated mentions as events,
    each dated by the date nearest the entity where its sentence holds several; a candidate that
    names the entity (not only by a pronoun) is marked, so that it is preferred as a summary."""
    offsets = carried(doc, direct)
    found = found + mention_events(doc, offsets, {(c.ref.start, c.ref.end) for c in found})
    own = anchor_keys(" ".join(w.capitalize() for w in target.name))  # every entry names it: no anchor
    out = []
    for c in found:
        if not _about(c, offsets, target):
            continue
        if not c.lead:
            c.keys = c.keys - own  # what a text leads with about her is one report: her name counts
        when = nearest_date(c, offsets)
        if when:
            c.date, c.precision = when
        c.named = _about(c, direct, target)
        out.append(c)
    return out


def story_groups(documents: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Each document's event and story, the story index run over the documents (what a build
    keeps in a store): ``build_timeline(documents, **story_groups(documents))``."""
    stories = build_stories(documents)
    return {"events": document_events(e for s in stories for e in s.events), "stories": document_stories(stories)}


def store_context(store: Any) -> dict[str, Any]:
    """What a build found over a whole store that a timeline of some of its documents uses: the
    stamped publication dates, and each document's event and story (``build_timeline``'s
    ``stamps``, ``events`` and ``stories``)."""
    return {"stamps": load_stamps(store), "events": events_of(store), "stories": stories_of(store)}


def query_timeline(store: Any, ids: list[str] | None, entity: str | None, lang: str | None) -> list[Entry]:
    """The timeline of a store's documents (``ids``: a story's; None: all), or of an entity in
    them, with what the build found over the whole store; nothing is saved, so a read-only
    store (the web app's) serves it too."""
    docs: Iterable[dict[str, Any]] = store.iter_documents(ids)
    if entity:
        docs = (d for d in docs if mentions_entity(d, entity))
    return build_timeline(docs, entity=entity, lang=lang, **store_context(store))


def save_main_timeline(store: Any) -> list[dict[str, Any]]:
    """The cross-document step of a build: the timeline of the largest story (stories come
    largest first), kept as derived ``timeline`` rows for the web app and the CLI, its summaries
    in the pages' language where a source writes it (as the report's)."""
    stories = store.load_derived("stories")
    if not stories:
        store.save_derived(TIMELINE_KIND, [])
        return []
    main = stories[0]
    docs = store.iter_documents(list(main.get("document_ids") or []))
    entries = build_timeline(docs, lang=READER_LANG, **store_context(store))
    rows = [{**e.to_dict(), "story": main.get("id"), "entity": None} for e in entries]
    store.save_derived(TIMELINE_KIND, rows)
    return rows
