"""What Spark's tasks run: plain functions of their input, importable (and testable) without pyspark.

A task never raises for a bad input or a failed analysis: it turns it into an error record naming
the input, so one broken file among millions costs that file, not the job (a raising task is
retried by Spark, then fails the whole stage).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..api import analyze_article
from ..ingest import IngestError, RawArticle, read_path
from ..ingest.readers import format_of
from ..model import Document, Evidence, GenericItem, Published, Sentence, Span
from ..pipeline import Options

log = logging.getLogger(__name__)

# Formats whose one file may hold many articles (crawl exports, web archives): reading them is
# spread over the cluster by a shuffle after the read, since one file is one task.
CONTAINER_FORMATS = frozenset({".jsonl", ".ndjson", ".json", ".warc", ".arc"})
LAYERS = ("entities", "quotes", "figures", "times")


def read_files(paths: Iterable[str]) -> Iterator[RawArticle | IngestError]:
    """Every article (or named error) of the files of one partition, streamed file by file."""
    for path in paths:
        try:
            yield from read_path(path)
        except ImportError:
            raise
        except Exception as err:  # a reader bug on one file must not fail the other files' task
            log.exception("reading %s failed", path)
            yield IngestError(path, f"cannot read ({type(err).__name__}: {err})")


def analyze_records(
    items: Iterable[RawArticle | IngestError], options: Options | None = None
) -> Iterator[tuple[str, str] | IngestError]:
    """``(document id, contract JSON line)`` for each article; errors pass through.

    The models load once per Python worker (module-level caches) and Spark reuses its workers
    across tasks, so a partition pays only for its documents.
    """
    for item in items:
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            doc = analyze_article(item, options)
        except ImportError:
            raise  # the executors' environment lacks a package: every document would fail alike
        except Exception as err:  # annotate() should not raise; if one does, lose the document only
            log.exception("analysing %s failed", item.source)
            yield IngestError(item.source, f"analysis failed ({type(err).__name__}: {err})")
            continue
        yield doc.id, json.dumps(doc.to_dict(), ensure_ascii=False)


def is_container(path: str) -> bool:
    """Whether a file may hold many articles (see ``CONTAINER_FORMATS``)."""
    from pathlib import Path

    return format_of(Path(path)) in CONTAINER_FORMATS


def error_row(error: IngestError) -> dict[str, str]:
    """An error as the ``errors`` output writes it."""
    return {"source": error.source, "problem": error.problem}


def document_from_dict(data: dict[str, Any]) -> Document:
    """A ``Document`` back from its contract dict (as the engine wrote it), for the store.

    Layer items come back as ``GenericItem``s: the store keeps an item's contract dict, so the
    layer's own class is not needed to store it again.
    """
    published = data.get("published")
    return Document(
        id=data["id"],
        text=data["text"],
        source=data.get("source") or "",
        lang=data.get("lang"),
        lang_confidence=data.get("lang_confidence"),
        published=_published(published) if published else None,
        title=data.get("title"),
        url=data.get("url"),
        site=data.get("site"),
        author=data.get("author"),
        meta=data.get("meta") or {},
        spans=[Span(s["kind"], s["start"], s["end"], s.get("rule", "")) for s in data.get("spans", [])],
        sentences=[Sentence(s["start"], s["end"], s.get("kind", "body"), s.get("lang"))
                   for s in data.get("sentences", [])],  # fmt: skip
        **{layer: [_item(item) for item in data.get(layer, [])] for layer in LAYERS},
    )


def _published(data: dict[str, Any]) -> Published:
    evidence = data.get("evidence")
    return Published(
        data["value"], data["precision"], data.get("confidence", 1.0),
        Evidence(**evidence) if evidence else None,
    )  # fmt: skip


def _item(data: dict[str, Any]) -> GenericItem:
    fields = {k: v for k, v in data.items() if k not in ("text", "start", "end")}
    return GenericItem(data["start"], data["end"], data.get("text", ""), fields)
