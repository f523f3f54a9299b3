"""The per-document pipeline: named components run in order over one ``Document``.

Each component is a pure function of one document (``annotate(doc, options) -> None`` filling its
layer), so the pipeline maps over a Spark partition exactly as over a local list. Components are
named here with the import path of their ``annotate`` function and imported lazily, so that a run
that turns a layer off never pays for loading its models.

The order matters, and is the order of the list:

1. ``clean``: boilerplate, caption and credit spans (everything later skips boilerplate);
2. ``lang``: the document's language (later stages pick their language tables by it);
3. ``sentences``: sentence boundaries (the provenance unit of every item);
   ``span_lang``: the language of paragraphs written in another language than the document;
4. ``times``: time expressions, anchored; infers the publication date when metadata lacks one;
5. ``entities``: people, organisations, places with canonical names;
6. ``quotes``: quotations and speakers (speakers resolve against entities);
7. ``figures``: numeric claims (subjects from entities, as-of dates from times).
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .model import Document

log = logging.getLogger(__name__)

Annotator = Callable[[Document, "Options"], None]

# fmt: off
COMPONENTS: dict[str, str] = {
    "clean":     "storyline.text.clean:annotate",
    "lang":      "storyline.text.lang:annotate",
    "sentences": "storyline.text.sentences:annotate",
    "span_lang": "storyline.text.lang:annotate_spans",
    "times":     "storyline.time:annotate",
    "entities":  "storyline.entities:annotate",
    "quotes":    "storyline.quotes:annotate",
    "figures":   "storyline.figures:annotate",
}
# fmt: on

DEFAULT_PIPELINE = tuple(COMPONENTS)


@dataclass(slots=True)
class Options:
    """Settings passed unchanged through every component (one object, as trafilatura's Extractor)."""

    components: tuple[str, ...] = DEFAULT_PIPELINE
    languages: tuple[str, ...] | None = None  # restrict language id to these, if given
    extra: dict[str, object] = field(default_factory=dict)


_loaded: dict[str, Annotator] = {}


def component(name: str) -> Annotator:
    """The ``annotate`` function of a named component, imported on first use."""
    if name not in _loaded:
        if name not in COMPONENTS:
            raise KeyError(f"unknown pipeline component {name!r}; known: {', '.join(COMPONENTS)}")
        module_name, func_name = COMPONENTS[name].split(":")
        _loaded[name] = getattr(importlib.import_module(module_name), func_name)
    return _loaded[name]


def run(doc: Document, options: Options | None = None) -> Document:
    """Run the pipeline's components over one document, in order, and return it."""
    options = options or Options()
    trace = os.environ.get("STORYLINE_TRACE")
    for name in DEFAULT_PIPELINE:
        if name not in options.components:
            continue
        if trace:
            log.warning("storyline: %s on %s", name, doc.id)
        component(name)(doc, options)
    return doc


def run_all(docs: Iterable[Document], options: Options | None = None) -> Iterator[Document]:
    """Run the pipeline over many documents lazily (one at a time: memory stays flat)."""
    for doc in docs:
        yield run(doc, options)
