"""The story index kept in the store between builds: a build clusters only what it added.

``save_stories`` (the ``stories`` step of a build, and ``storyline stories``) loads the index the
previous run saved, adds the documents stored since, recomputes the story level over events (it
is cheap) and saves the stories, their events, the stamped dates and the index again, in one
transaction: an interrupted run leaves the old consistent pair or the new one.

The saved index is used only while it describes the store: it carries a fingerprint of the
options it was built with and the analysis version of every document it was fed. It is set aside
for a recompute over every document, with one notice, when it is missing, of another format,
unreadable, built with other options, or when a document it holds was re-analysed or deleted
(the clusters it joined cannot be taken apart). ``rebuild`` asks for that recompute.

The incremental result is exactly what one process adding the same batches would reach
(``add(A); add(B)``): an online clusterer depends on the order of arrival, so it may differ from
one pass over every document at once (docs/quality.md measures by how much).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .._version import __version__
from .index import EVENTS_KIND, STORIES_KIND, StoryIndex, StoryOptions
from .stamps import STAMPS_KIND, stamp_rows
from .state import FORMAT, StateError, pack, unpack

log = logging.getLogger(__name__)

STATE_NAME = "stories"
CHUNK = 500  # documents fetched by id at a time (under SQLite's limit on bound parameters)


@dataclass(slots=True)
class Update:
    """What one run of the stories step did."""

    rows: list[dict[str, Any]]
    added: int  # documents clustered in this run
    incremental: bool  # continued a saved index (else: every document again)
    notice: str = ""  # why a saved index was set aside ("" when there was none, or it was used)


def options_fingerprint(options: StoryOptions) -> str:
    """What the saved clusters depend on besides the documents: thresholds, channel weights,
    embeddings on or off, the code's version (the cache folder changes nothing)."""
    settings = dataclasses.asdict(options)
    settings.pop("cache_dir", None)
    text = json.dumps([__version__, FORMAT, settings], sort_keys=True)
    return hashlib.sha1(text.encode()).hexdigest()


@dataclass(slots=True)
class Saved:
    """A saved index found usable, with the documents (id -> analysis version) it was fed."""

    index: StoryIndex
    versions: dict[str, str]


def load_index(store: Any, options: StoryOptions, versions: dict[str, str]) -> tuple[Saved | None, str]:
    """The saved index if it still describes the store (``versions``: what it holds now), else
    None and why (``""``: nothing was saved)."""
    blob = store.load_state(STATE_NAME)
    if blob is None:
        return None, ""
    try:
        state = unpack(blob)
        if state["options"] != options_fingerprint(options):
            return None, "the saved story index was built with other options"
        saved = dict(zip(*state["versions"], strict=True))
        changed = next((doc_id for doc_id, version in saved.items() if versions.get(doc_id) != version), None)
        if changed is not None:
            what = "deleted" if changed not in versions else "re-analysed"
            return None, f"document {changed} was {what} since the story index was saved"
        return Saved(StoryIndex.from_state(state["index"], options), saved), ""
    except StateError as err:
        return None, f"the saved story index is unreadable ({err})"
    except Exception as err:  # noqa: BLE001 - a blob of the right format but wrong content: recompute
        return None, f"the saved story index is unreadable ({type(err).__name__}: {err})"


def documents_by_id(store: Any, ids: list[str]) -> Iterator[dict[str, Any]]:
    """The stored documents of ``ids`` (in ingest order), a chunk at a time."""
    for start in range(0, len(ids), CHUNK):
        yield from store.iter_documents(ids[start : start + CHUNK])


def update_stories(store: Any, options: StoryOptions | None = None, rebuild: bool = False) -> Update:
    """Bring the stories of an open store up to date: the saved index plus the documents stored
    since (or, when it cannot be used or ``rebuild``, every document) -> stories, events and
    stamps saved with the index, together."""
    options = options or StoryOptions()
    versions = store.document_versions()
    saved, notice = (None, "") if rebuild else load_index(store, options, versions)
    if notice:
        log.warning("stories: %s; clustering all %d documents again", notice, len(versions))
    if saved is None:
        index = StoryIndex(options)
        added = index.add(d for d in store.iter_documents() if d["id"] in versions)  # none stored meanwhile
    else:
        index = saved.index
        added = index.add(documents_by_id(store, [d for d in versions if d not in saved.versions]))
    stories = index.stories()
    rows = [s.to_dict() for s in stories]
    blob = None
    if saved is None or added:  # an index loaded and given nothing new is the one saved
        blob = pack({"options": options_fingerprint(options), "versions": [list(versions), list(versions.values())],
                     "index": index.to_state()})  # fmt: skip
    with store.transaction():
        store.save_derived(STORIES_KIND, rows)
        store.save_derived(STAMPS_KIND, stamp_rows(index.stamps))
        store.save_derived(EVENTS_KIND, [{**e.to_dict(), "story": s.id} for s in stories for e in s.events])
        if blob is not None:
            store.save_state(STATE_NAME, blob)
    log.info("stories: %d documents clustered (%s)", added, "incremental" if saved else "all")
    return Update(rows, added, saved is not None, notice)


def save_stories(store: Any, options: StoryOptions | None = None) -> list[dict[str, Any]]:
    """Cluster the documents of an open store into stories and keep them in it, with their events
    flat beside them and the stamped publication dates found (the cross-document step of build;
    the CLI, report, web app and timeline read them back). Incremental: see the module."""
    return update_stories(store, options).rows
