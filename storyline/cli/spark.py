"""``storyline spark PATH... --out DIR``: per-document analysis on Apache Spark (docs/spark.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..engine import EngineError, load_spark
from ..store import StoreError
from .common import EXIT_SKIPPED, QuietOption, err_console, fail


def register(app: typer.Typer) -> None:
    """Add ``spark``."""
    app.command("spark")(spark)


def spark(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive), on a filesystem every executor mounts.")],
    out: Annotated[str, typer.Option("--out", help="Output folder (local path or Hadoop URI); an earlier run's output there is replaced.")],
    master: Annotated[str | None, typer.Option("--master", help="Spark master URL (default: spark-submit's, else local[*]).")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Also load the documents into this store and derive entities, series, stories.")] = None,
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="Analysis tasks (default: 4 per core).")] = None,
    quiet: QuietOption = False,
) -> None:
    """Analyse articles on Spark: contract JSON lines in OUT/documents/part-*, bad inputs in OUT/errors.

    Exit code 1 when some inputs were skipped (each is named on stderr), 2 when Spark cannot run.
    """  # fmt: skip

    def say(message: str) -> None:
        if not quiet:
            err_console.print(message, markup=False)

    try:
        report = load_spark().run_spark(paths, out, master=master, db=db, partitions=partitions,
                                         progress=None if quiet else say)
    except (EngineError, StoreError) as err:
        fail(str(err))
    for error in report.errors:
        err_console.print(f"skipped {error}", markup=False, soft_wrap=True)
    say(f"{report.documents} documents analysed in {report.analyse_s:.1f}s, {len(report.errors)} inputs "
        f"skipped -> {out}/documents")  # fmt: skip
    if db:
        say(f"{report.stored} documents stored, {report.already_stored} already stored -> {db}")
        for name, (rows, seconds) in report.derived.items():
            say(f"derived {name}: {rows} rows in {seconds:.1f}s")
    if report.errors:
        raise typer.Exit(EXIT_SKIPPED)
