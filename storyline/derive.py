"""Cross-document steps, run over the whole store after a build: what no single article can tell.

Each step reads the stored documents (contract dicts) and saves its result as derived rows of
one kind, which the CLI, the report and the web app read back. Like the pipeline's components,
steps are named with the import path of their function and imported lazily. Order matters:

1. ``entities``: one canonical entity for the many names it goes by, across documents and languages;
2. ``series``: figures on the same measure lined up over time, with disagreements;
3. ``stories``: articles grouped into events and stories across languages;
4. ``timeline``: the main (largest) story's timeline, so that the web app and the report have one
   right after a build (``storyline timeline`` replaces it with the one it is asked for).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from .store import Store

log = logging.getLogger(__name__)

# fmt: off
STEPS: dict[str, str] = {
    "entities": "storyline.entities.merge:store_entities",
    "series":   "storyline.figures.series:save_series",
    "stories":  "storyline.stories.persist:save_stories",
    "timeline": "storyline.timeline:save_main_timeline",
}
# fmt: on


def step(name: str) -> Callable[[Store], list[Any]]:
    """The function of a named cross-document step, imported on first use."""
    module_name, func_name = STEPS[name].split(":")
    return getattr(importlib.import_module(module_name), func_name)


class _Collector(logging.Handler):
    """Keeps the messages of the warnings logged while it is attached."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def collected_warnings(into: list[str]) -> Iterator[None]:
    """Append to ``into`` the warnings storyline's modules log meanwhile: a step that had to
    recompute everything (a saved story index set aside) says so to whoever ran the build, who
    would otherwise wonder why an update of ten documents took minutes."""
    collector = _Collector()
    logger = logging.getLogger("storyline")
    logger.addHandler(collector)
    try:
        yield
    finally:
        logger.removeHandler(collector)
        into.extend(collector.messages)


def derive_all(
    store: Store, names: tuple[str, ...] | None = None, rebuild: bool = False, notices: list[str] | None = None
) -> dict[str, tuple[int, float]]:
    """Run the cross-document steps over the store; ``{name: (rows saved, seconds)}``. A step may
    keep a state between runs to redo only what the new documents change (stories); ``rebuild``
    forgets those states first, so that every step recomputes from all documents. The steps'
    warnings are appended to ``notices`` when given."""
    done: dict[str, tuple[int, float]] = {}
    if rebuild:
        store.drop_states()
    with collected_warnings(notices if notices is not None else []):
        for name in STEPS:
            if names is not None and name not in names:
                continue
            started = time.perf_counter()
            rows = step(name)(store)
            done[name] = (len(rows), time.perf_counter() - started)
            log.info("derived %s: %d rows in %.2fs", name, *done[name])
    return done
