"""The Python API: analyse one text, or build a store from files.

    >>> import storyline
    >>> doc = storyline.analyze_text("NATO has around 12,000 troops in Afghanistan.", lang="en")
    >>> doc.to_dict()["lang"]
    'en'
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ._version import __version__
from .ingest import IngestError, RawArticle, iter_articles
from .ingest.document import _lang_code, document_id, parse_published, to_document
from .ingest.readers import format_of, iter_paths, read_path
from .model import Document
from .pipeline import DEFAULT_PIPELINE, Options, run
from .store import Store, open_store

log = logging.getLogger(__name__)

DEFAULT_DB = "storyline.db"


def analysis_version(options: Options | None = None) -> str:
    """Identifies what produced a stored analysis: a different one makes ``build`` redo it."""
    components = (options or Options()).components
    return hashlib.sha1(f"{__version__}|{','.join(components)}".encode()).hexdigest()[:12]


def analyze_text(
    text: str,
    lang: str | None = None,
    published: str | None = None,
    *,
    source: str = "",
    title: str | None = None,
    options: Options | None = None,
) -> Document:
    """Analyse one article's text and return the ``Document`` with every layer filled.

    Args:
        text: the raw article text; every offset in the result indexes it.
        lang: its language code if known (else identified).
        published: its publication date if known (``2020-12`` or ``2020-12-02``; else inferred).
        source: where it came from, kept as provenance.
        title: its headline, if known.
        options: pipeline options (which components run).
    """
    doc = Document(
        id=document_id(text),
        text=text,
        source=source,
        lang=_lang_code(lang),
        lang_confidence=1.0 if lang else None,
        published=parse_published(published),
        title=title,
    )
    return run(doc, options)


def analyze_article(raw: RawArticle, options: Options | None = None) -> Document:
    """Analyse an ingested article (metadata applied)."""
    return run(to_document(raw), options)


def analyze_paths(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[Document | IngestError]:
    """Analysed documents (or errors naming the bad input) from files, folders or ``-``."""
    for item in iter_articles(paths):
        yield item if isinstance(item, IngestError) else analyze_article(item, options)


@dataclass(slots=True)
class BuildReport:
    """What a build did: counts, and every input that was skipped, with the reason."""

    documents_added: int = 0
    documents_seen: int = 0
    files_skipped_unchanged: int = 0
    errors: list[IngestError] = field(default_factory=list)


def build(
    paths: Iterable[str | Path],
    db: str = DEFAULT_DB,
    options: Options | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Ingest and analyse files into the store, idempotently and resumably.

    A document already stored with the same analysis is not analysed again (its new source is
    recorded); an unchanged file fully ingested before is not even read. Each document is committed
    on its own, so an interrupted build keeps what it finished and the next run resumes.
    """
    options = options or Options()
    version = analysis_version(options)
    report = BuildReport()
    with open_store(db) as store:
        for raw in paths:
            if str(raw) == "-":
                _build_articles(store, iter_articles(["-"]), version, options, report, progress)
                continue
            for path in iter_paths([raw]):
                if isinstance(path, IngestError):
                    report.errors.append(path)
                    continue
                _build_file(store, path, version, options, report, progress)
    return report


def _build_file(store: Store, path: Path, version: str, options: Options, report: BuildReport,
                progress: Callable[[str], None] | None) -> None:  # fmt: skip
    stat = path.stat()
    if store.file_done(str(path), stat.st_size, stat.st_mtime):
        report.files_skipped_unchanged += 1
        if progress:
            progress(str(path))
        return
    errors_before = len(report.errors)
    _build_articles(store, read_path(path), version, options, report, progress)
    problems = report.errors[errors_before:]
    unreadable = format_of(path) is None or (problems and problems[0].source == str(path))
    status = "error" if unreadable else "done"
    store.mark_file(str(path), stat.st_size, stat.st_mtime, status, "; ".join(p.problem for p in problems))


def _build_articles(store: Store, items: Iterable[RawArticle | IngestError], version: str, options: Options,
                    report: BuildReport, progress: Callable[[str], None] | None) -> None:  # fmt: skip
    for item in items:
        if isinstance(item, IngestError):
            report.errors.append(item)
            continue
        report.documents_seen += 1
        doc_id = document_id(item.text)
        if store.has_document(doc_id, version):
            store.add_source(doc_id, item.source)
        else:
            store.put_document(analyze_article(item, options), version)
            report.documents_added += 1
        if progress:
            progress(item.source)


__all__ = [
    "DEFAULT_DB", "DEFAULT_PIPELINE", "BuildReport", "Options",
    "analysis_version", "analyze_article", "analyze_paths", "analyze_text", "build",
]  # fmt: skip
