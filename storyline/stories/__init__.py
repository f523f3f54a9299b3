"""Stories: which articles, in whichever language, tell the same story, and its events.

Cross-document: takes document dicts in the output contract (as ``storyline analyze --format
jsonl`` prints them and as the store yields them) and returns plain dataclasses. See
:mod:`.index` for the levels (copies, events, stories), :mod:`.features` for the
translation-free features and :mod:`.cluster` for the near-linear online clusterer.
"""

from __future__ import annotations

import logging

from .cluster import Clusterer, Params
from .index import (
    Event, Story, StoryIndex, StoryOptions, build_stories, document_events, document_stories, events_of,
    stories_of,
)
from .minhash import DuplicateIndex
from .persist import save_stories, update_stories

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Clusterer", "DuplicateIndex", "Event", "Params", "Story", "StoryIndex", "StoryOptions", "build_stories",
    "document_events", "document_stories", "events_of", "save_stories", "stories_of", "update_stories",
]  # fmt: skip
