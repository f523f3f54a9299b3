"""The timeline of a story or of an entity: dated, sourced, merged entries with conflicts.

Cross-document: takes document dicts in the output contract and returns :class:`Entry` items
(see :mod:`.entries` for what becomes an entry, :mod:`.merge` for merging and conflicts,
:mod:`.export` for TimelineJS).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable
from typing import Any

from ..stories.minhash import DuplicateIndex
from .entries import Candidate, candidates, mention_events, nearest_date
from .export import timelinejs
from .mentions import Target, carried, mention_offsets, words
from .merge import Entry, merge

log = logging.getLogger(__name__)
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Entry", "build_timeline", "mentions_entity", "timelinejs"]


def mentions_entity(doc: dict[str, Any], name: str) -> bool:
    """Whether a document mentions an entity (word-bounded name variants, see :mod:`.mentions`)."""
    return bool(mention_offsets(doc, Target.of(name)))


def _about(c: Candidate, offsets: list[int], target: Target) -> bool:
    """Whether a candidate's sentence concerns the entity: it mentions it, or its speaker is it."""
    i = bisect.bisect_left(offsets, c.ref.start)
    return (i < len(offsets) and offsets[i] < c.ref.end) or target.names(k for k, _, _ in words(c.speaker))


def build_timeline(
    documents: Iterable[dict[str, Any]], entity: str | None = None, lang: str | None = None
) -> list[Entry]:
    """The timeline of a set of documents (a story's), optionally only what concerns an entity.

    Args:
        documents: contract document dicts (with their times, quotes and figures layers).
        entity: keep only documents and entries that mention this entity.
        lang: preferred language of summaries.

    Returns:
        Entries in date order.
    """
    copies = DuplicateIndex()
    cands: list[Candidate] = []
    target = Target.of(entity) if entity else None
    for doc in documents:
        direct = mention_offsets(doc, target) if target else []
        if target and not direct:
            continue
        try:
            found = candidates(doc)
        except (KeyError, TypeError, ValueError) as err:
            log.warning("%s: timeline candidates skipped (%s)", doc.get("id"), err)
            continue
        copies.add(str(doc.get("id")), doc.get("text") or "")
        cands += _entity_candidates(doc, found, direct, target) if target else found
    return merge(cands, copies.group, lang)


def _entity_candidates(
    doc: dict[str, Any], found: list[Candidate], direct: list[int], target: Target
) -> list[Candidate]:
    """The candidates of a document that concern the entity, with its undated mentions as events,
    each dated by the date nearest the entity where its sentence holds several; a candidate that
    names the entity (not only by a pronoun) is marked, so that it is preferred as a summary."""
    offsets = carried(doc, direct)
    found = found + mention_events(doc, offsets, {(c.ref.start, c.ref.end) for c in found})
    out = []
    for c in found:
        if not _about(c, offsets, target):
            continue
        when = nearest_date(c, offsets)
        if when:
            c.date, c.precision = when
        c.named = _about(c, direct, target)
        out.append(c)
    return out
