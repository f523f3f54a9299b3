"""The timeline of a story or of an entity: dated, sourced, merged entries with conflicts.

Cross-document: takes document dicts in the output contract and returns :class:`Entry` items
(see :mod:`.entries` for what becomes an entry, :mod:`.merge` for merging and conflicts,
:mod:`.export` for TimelineJS).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from ..stories.features import fold
from ..stories.minhash import DuplicateIndex
from .entries import Candidate, candidates
from .export import timelinejs
from .merge import Entry, merge

log = logging.getLogger(__name__)
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Entry", "build_timeline", "mentions_entity", "timelinejs"]


def name_variants(name: str) -> set[str]:
    """Folded forms an entity goes by in text: the full name, and for a multi-word proper name
    its last word ("Steve Jobs" -> "Jobs"; not "iTunes store" -> "store")."""
    words = name.split()
    variants = {fold(name)}
    if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) >= 4:
        variants.add(fold(words[-1]))
    return variants - {""}


def _mentions(folded_text: str, names: Iterable[str], variants: set[str]) -> bool:
    """Whether folded text or an entity layer's names hold one of the variants."""
    return any(v in folded_text for v in variants) or any(fold(str(n)) in variants for n in names if n)


def mentions_entity(doc: dict[str, Any], name: str) -> bool:
    """Whether a document mentions an entity: by the entity layer when present, else by the
    folded name (or its last word) in the folded text."""
    names = [e.get(k) for e in doc.get("entities") or [] for k in ("canonical", "entity_id", "text")]
    return _mentions(fold(doc.get("text") or ""), names, name_variants(name))


def _about(c: Candidate, name: str) -> bool:
    """Whether a candidate's sentence concerns the entity (its mentions, speaker or text)."""
    return _mentions(fold(c.summary), [*c.mentions, c.speaker], name_variants(name))


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
    for doc in documents:
        if entity and not mentions_entity(doc, entity):
            continue
        try:
            found = candidates(doc)
        except (KeyError, TypeError, ValueError) as err:
            log.warning("%s: timeline candidates skipped (%s)", doc.get("id"), err)
            continue
        copies.add(str(doc.get("id")), doc.get("text") or "")
        cands.extend(c for c in found if not entity or _about(c, entity))
    return merge(cands, copies.group, lang)
