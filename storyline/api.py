"""The Python API: analyse one text, or build a store from files.

    >>> import storyline
    >>> doc = storyline.analyze_text("NATO has around 12,000 troops in Afghanistan.", lang="en")
    >>> doc.to_dict()["lang"]
    'en'
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ._version import __version__
from .derive import derive_all
from .ingest import IngestError, RawArticle, iter_articles
from .ingest.document import document_id, metadata_lang, parse_published, to_document
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
        lang=metadata_lang(lang),
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
    notices: list[str] = field(default_factory=list)  # read, but worth a word (legacy encodings)
    derived: dict[str, tuple[int, float]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _FileDone:
    """Marks, in the stream of work, that every article of a file has gone before it."""

    path: str
    size: int
    mtime: float
    status: str
    problem: str


def build(
    paths: Iterable[str | Path],
    db: str = DEFAULT_DB,
    options: Options | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
    rebuild: bool = False,
) -> BuildReport:
    """Ingest and analyse files into the store, idempotently and resumably.

    A document already stored with the same analysis is not analysed again (its new source is
    recorded); an unchanged file fully ingested before is not even read. Analysis runs in ``jobs``
    processes; all writes go through this one, each document committed on its own, so an
    interrupted build keeps what it finished and the next run resumes. When documents were added,
    the cross-document steps (``derive.py``: entities, figure series, stories) run over the store;
    the stories step clusters only the documents added, unless ``rebuild`` (which runs the steps
    from all documents, even when nothing was added).
    """
    options = options or Options()
    version = analysis_version(options)
    report = BuildReport()
    with open_store(db) as store, _mapper(jobs) as map_work:
        work = _pending_work(store, paths, version, report, progress)
        for done in map_work(functools.partial(_analyze_work, options=options), work):
            if isinstance(done, _FileDone):
                store.mark_file(done.path, done.size, done.mtime, done.status, done.problem)
                continue
            store.put_document(done, version)
            report.documents_added += 1
            if progress:
                progress(done.source)
        if report.documents_added or rebuild:
            report.derived = derive_all(store, rebuild=rebuild, notices=report.notices)
    return report


def _analyze_work(item: RawArticle | _FileDone, options: Options) -> Document | _FileDone:
    """The per-item step of a build: analyse an article, pass a file marker through."""
    return item if isinstance(item, _FileDone) else analyze_article(item, options)


@contextlib.contextmanager
def _mapper(jobs: int) -> Iterator[Callable[..., Iterable]]:
    """``map`` in this process, or an ordered ``imap`` over a pool of ``jobs`` processes."""
    if jobs <= 1:
        yield map
        return
    import multiprocessing

    def batched_map(fn: Callable, items: Iterable) -> Iterator:
        # Work is drawn from ``items`` in this thread, a batch at a time: the generator reads the
        # store, and a SQLite connection belongs to the thread that made it.
        items = iter(items)
        while batch := list(itertools.islice(items, jobs * 8)):
            yield from pool.map(fn, batch, chunksize=2)

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield batched_map


def _pending_work(store: Store, paths: Iterable[str | Path], version: str, report: BuildReport,
                  progress: Callable[[str], None] | None) -> Iterator[RawArticle | _FileDone]:  # fmt: skip
    """Articles that need analysis, each file followed by its marker; the rest is booked here."""
    own = _store_files(store)
    for raw in paths:
        if str(raw) == "-":
            yield from _pending_articles(store, iter_articles(["-"]), version, report, progress)
            continue
        for path in iter_paths([raw]):
            if isinstance(path, IngestError):
                report.errors.append(path)
                continue
            if path.resolve() in own:
                continue  # the store itself, inside a folder being ingested
            stat = path.stat()
            if store.file_done(str(path), stat.st_size, stat.st_mtime):
                report.files_skipped_unchanged += 1
                continue
            errors_before = len(report.errors)
            yield from _pending_articles(store, read_path(path), version, report, progress)
            problems = report.errors[errors_before:]
            unreadable = format_of(path) is None or (problems and problems[0].source == str(path))
            yield _FileDone(str(path), stat.st_size, stat.st_mtime, "error" if unreadable else "done",
                            "; ".join(p.problem for p in problems))  # fmt: skip


def _store_files(store: Store) -> set[Path]:
    """The files of the store being written (the database and its journals), never input."""
    path = getattr(store, "path", None)
    if not path:
        return set()
    base = Path(path).resolve()
    return {base, *(base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal"))}


def _pending_articles(store: Store, items: Iterable[RawArticle | IngestError], version: str,
                      report: BuildReport, progress: Callable[[str], None] | None) -> Iterator[RawArticle]:  # fmt: skip
    for item in items:
        if isinstance(item, IngestError):
            report.errors.append(item)
            continue
        report.documents_seen += 1
        if item.meta.get("encoding"):
            report.notices.append(f"{item.source}: not UTF-8, decoded as {item.meta['encoding']}")
        doc_id = document_id(item.text)
        if store.has_document(doc_id, version):
            store.add_source(doc_id, item.source)
            if progress:
                progress(item.source)
        else:
            yield item


__all__ = [
    "DEFAULT_DB", "DEFAULT_PIPELINE", "BuildReport", "Options",
    "analysis_version", "analyze_article", "analyze_paths", "analyze_text", "build",
]  # fmt: skip
