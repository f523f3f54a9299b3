"""The Spark runner: per-document analysis over a cluster, output as JSON-lines part files.

The job, in Spark's terms:

1. the driver lists the input files (as ``storyline build`` does) and ``parallelize``s their paths;
2. ``flatMap(read_files)``: each task reads its files with storyline's own readers (JSON lines and
   WARC streamed, gzip peeled), so a bad file is an error record, not a failed task;
3. when some input may hold many articles (JSON lines, WARC), a ``repartition`` spreads the
   articles over the cluster: one 10 GB crawl export would otherwise be one task;
4. ``mapPartitions(analyze_records)``: the pipeline over each document, models loaded once per
   Python worker; errors go to an accumulator keyed by partition (exact under task retries);
5. ``saveAsTextFile``: ``OUT/documents/part-NNNNN``, one contract object (docs/output.md) a line;
   the driver writes ``OUT/errors/part-00000`` (``{"source", "problem"}`` lines) and
   ``OUT/_storyline.json`` (what ran, counts).

Then, with a store, the driver streams the documents into it (``toLocalIterator``: one partition
in memory at a time) and runs the cross-document steps there (see ``storyline.engine``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyspark.accumulators import AccumulatorParam
from py4j.protocol import Py4JJavaError
from pyspark.sql import SparkSession

from .._version import __version__
from ..api import analysis_version
from ..derive import derive_all
from ..ingest import IngestError, iter_paths
from ..pipeline import Options
from ..store import open_store
from . import EngineError
from .tasks import analyze_records, document_from_dict, error_row, is_container, read_files

log = logging.getLogger(__name__)

MANIFEST = "_storyline.json"
DOCUMENTS, ERRORS = "documents", "errors"
LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
TASKS_PER_CORE = 4  # Spark's tuning guide: 2-4 tasks a core keeps every core busy to the end


@dataclass(slots=True)
class SparkReport:
    """What a Spark run did."""

    out: str
    documents: int = 0
    errors: list[IngestError] = field(default_factory=list)
    files: int = 0
    partitions: int = 0
    analyse_s: float = 0.0
    stored: int = 0
    already_stored: int = 0
    derived: dict[str, tuple[int, float]] = field(default_factory=dict)


def spark_session(master: str | None = None, app_name: str = "storyline", *, quiet: bool = False) -> Any:
    """A SparkSession (``getOrCreate``: under ``spark-submit`` or in a notebook, the running one).

    Without a master from the caller or ``spark-submit``, the run is local on every core. A local
    run's Python workers run this interpreter unless ``PYSPARK_PYTHON`` says otherwise, so that they
    see the same packages as the driver (on a cluster, ``PYSPARK_PYTHON`` names the executors'
    environment: docs/spark.md).
    """
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise EngineError("the Spark engine needs Java 17 or later: none on PATH and JAVA_HOME unset")
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # under spark-submit: its master and settings rule
    local = master.startswith("local") if master else not submitted
    if local and not os.environ.get("PYSPARK_PYTHON"):
        os.environ["PYSPARK_PYTHON"] = sys.executable  # read by SparkContext when it starts
    if not submitted:  # quiet JVM logging; under spark-submit its settings rule
        builder = builder.config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={LOG_CONFIG.as_uri()}")
    if quiet:
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    try:
        spark = builder.getOrCreate()
    except Exception as err:  # py4j/JVM start failures come as several exception types
        raise EngineError(f"Spark did not start ({type(err).__name__}: {str(err).splitlines()[0]})") from None
    return spark


def run_spark(
    paths: Iterable[str | Path],
    out: str,
    *,
    spark: Any = None,
    master: str | None = None,
    db: str | None = None,
    partitions: int | None = None,
    options: Options | None = None,
    progress: Callable[[str], None] | None = None,
) -> SparkReport:
    """Analyse files on Spark into ``out``; optionally load the result into a store and derive.

    Args:
        paths: input files or folders, on a filesystem every executor mounts at the same path.
        out: the output folder (any Hadoop URI: a local path, ``hdfs://``, ``s3a://``); replaced
            if it holds an earlier storyline run, refused if it holds anything else.
        spark: a running SparkSession (else one is started on ``master``).
        db: a store to load the analysed documents into, then run the cross-document steps on.
        partitions: analysis tasks (default: four per core of the cluster).
        options: pipeline options, shipped to every task.
        progress: called with a short message at each phase.
    """
    paths = list(paths)
    if any(str(p) == "-" for p in paths):
        raise EngineError("the Spark engine reads files, not standard input: save the JSON lines to a file")
    say = progress or (lambda message: None)
    own_session = spark is None
    spark = spark or spark_session(master, quiet=progress is None)
    try:
        report = _analyse(spark.sparkContext, paths, out, db, partitions, options, say)
        if db:
            say(f"loading {report.documents} documents into {db}")
            _load_store(spark.sparkContext, f"{out.rstrip('/')}/{DOCUMENTS}", db, options, report)
    except Py4JJavaError as err:
        raise EngineError(f"the Spark job failed: {_python_cause(err)}") from None
    finally:
        if own_session:
            spark.stop()  # the JVM and its Python workers hold ~1 GB the cross-document steps can use
    if db and report.stored:
        say("deriving entities, series and stories")
        with open_store(db) as store:
            report.derived = derive_all(store)
    return report


def _analyse(sc: Any, paths: list[str | Path], out: str, db: str | None, partitions: int | None,
             options: Options | None, say: Callable[[str], None]) -> SparkReport:  # fmt: skip
    """The Spark job: files in, ``OUT/documents`` and ``OUT/errors`` and the manifest out."""
    report = SparkReport(out=out)
    own = [out, *([db, f"{db}-wal", f"{db}-shm", f"{db}-journal"] if db else [])]
    files = _input_files(paths, report, own)
    report.files = len(files)
    output = _Output(sc, out)
    output.prepare()
    report.partitions = partitions or max(1, sc.defaultParallelism * TASKS_PER_CORE)
    say(f"analysing {len(files)} files in {report.partitions} tasks on {sc.master}")
    started = time.perf_counter()
    counts = sc.accumulator({}, PartitionResults())
    if files:
        articles = sc.parallelize(files, min(len(files), report.partitions)).mapPartitions(read_files)
        if any(is_container(f) for f in files):
            articles = articles.repartition(report.partitions)
        documents = articles.mapPartitionsWithIndex(_analysis_task(options, counts))
    else:
        documents = sc.parallelize([], 1)
    documents.saveAsTextFile(output.path(DOCUMENTS))
    report.analyse_s = time.perf_counter() - started
    for n_docs, errors in counts.value.values():
        report.documents += n_docs
        report.errors.extend(errors)
    report.errors.sort(key=lambda e: (e.source, e.problem))
    sc.parallelize([json.dumps(error_row(e), ensure_ascii=False) for e in report.errors], 1) \
        .saveAsTextFile(output.path(ERRORS))  # fmt: skip
    output.write_manifest(report, options)
    return report


def _python_cause(err: Exception) -> str:
    """The Python exception inside a failed job's Java error (the first ``NameError: ...`` line),
    for one clear line instead of a JVM stack trace."""
    causes = re.findall(r"^(\w+(?:Error|Exception): .*)$", str(err), re.M)
    return causes[0] if causes else str(err).splitlines()[0]


def _input_files(paths: Iterable[str | Path], report: SparkReport, own: list[str]) -> list[str]:
    """The files to read (absolute, so that executors find them); missing paths are errors. The
    run's own output and store are never input, even inside a folder being read."""
    skip = [Path(p).resolve() for p in own if "://" not in p]
    files = []
    for path in iter_paths(paths):
        if isinstance(path, IngestError):
            report.errors.append(path)
            continue
        resolved = path.resolve()
        if not any(resolved == s or s in resolved.parents for s in skip):
            files.append(str(path if path.is_absolute() else resolved))
    return files


def _analysis_task(options: Options | None, counts: Any) -> Callable[[int, Iterator], Iterator[str]]:
    """The function Spark runs on each partition: JSON lines out, counts and errors to ``counts``."""

    def task(index: int, items: Iterator) -> Iterator[str]:
        n_docs, errors = 0, []
        for result in analyze_records(items, options):
            if isinstance(result, IngestError):
                errors.append(result)
                continue
            n_docs += 1
            yield result[1]
        counts.add({index: (n_docs, errors)})

    return task


class PartitionResults(AccumulatorParam):
    """Task results keyed by partition: a retried or recomputed task replaces its earlier result
    instead of adding to it, so the counts are exact."""

    def zero(self, value: dict) -> dict:
        return {}

    def addInPlace(self, value1: dict, value2: dict) -> dict:  # noqa: N802 - pyspark's name
        value1.update(value2)
        return value1


class _Output:
    """The output folder, through Hadoop's FileSystem API so that it may be local, HDFS or S3."""

    def __init__(self, sc: Any, out: str) -> None:
        jvm = sc._jvm
        self.sc = sc
        self.root = jvm.org.apache.hadoop.fs.Path(out)
        self.fs = self.root.getFileSystem(sc._jsc.hadoopConfiguration())
        self.out = out.rstrip("/")
        self.jvm = jvm

    def path(self, name: str) -> str:
        return f"{self.out}/{name}"

    def _child(self, name: str) -> Any:
        return self.jvm.org.apache.hadoop.fs.Path(self.root, name)

    def prepare(self) -> None:
        """Make way for this run: an earlier run's output is replaced (re-running is idempotent);
        a folder holding anything else is refused rather than deleted."""
        if self.fs.exists(self.root):
            if not self.fs.getFileStatus(self.root).isDirectory():
                raise EngineError(f"{self.out}: exists and is not a folder")
            if self.fs.listStatus(self.root) and not self.fs.exists(self._child(MANIFEST)):
                raise EngineError(f"{self.out}: not empty and not a storyline output folder (no {MANIFEST}); "
                                  "choose a new or empty --out")  # fmt: skip
            for name in (DOCUMENTS, ERRORS):
                self.fs.delete(self._child(name), True)
        self._write(MANIFEST, {"status": "running", "storyline": __version__})

    def write_manifest(self, report: SparkReport, options: Options | None) -> None:
        self._write(MANIFEST, {
            "status": "done", "storyline": __version__, "analysis_version": analysis_version(options),
            "files": report.files, "documents": report.documents, "errors": len(report.errors),
            "partitions": report.partitions, "analyse_s": round(report.analyse_s, 1), "master": self.sc.master,
        })  # fmt: skip

    def _write(self, name: str, data: dict[str, Any]) -> None:
        stream = self.fs.create(self._child(name), True)
        try:
            stream.write(bytearray(json.dumps(data, indent=1).encode("utf-8") + b"\n"))
        finally:
            stream.close()


def _load_store(sc: Any, documents_path: str, db: str, options: Options | None, report: SparkReport) -> None:
    """Stream the analysed documents into the store, as ``build`` would have written them.
    Documents already stored with this analysis only gain the new source, so loading twice leaves
    the store as it was."""
    version = analysis_version(options)
    with open_store(db) as store:
        for line in sc.textFile(documents_path).toLocalIterator():
            data = json.loads(line)
            if store.has_document(data["id"], version):
                store.add_source(data["id"], data.get("source") or "")
                report.already_stored += 1
                continue
            store.put_document(document_from_dict(data), version)
            report.stored += 1
