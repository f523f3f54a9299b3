"""``storyline build PATH...``: ingest and analyse into the store, idempotently."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..api import build as build_store
from ..store import StoreError
from .common import EXIT_SKIPPED, DbOption, QuietOption, err_console, fail


def register(app: typer.Typer) -> None:
    """Add ``build``."""
    app.command("build")(build)


def build(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for JSON lines on stdin.")],
    db: DbOption = "storyline.db",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes analysing in parallel.")] = 1,
    quiet: QuietOption = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Stories from all documents, not only new.")] = False,
) -> None:
    """Ingest and analyse articles into the store; re-running skips what is already there.

    Exit code 1 when some inputs were skipped (each is named on stderr), 2 on bad arguments.
    """
    progress = Progress(
        TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err_console, disable=quiet, transient=True,
    )  # fmt: skip
    with progress:
        task = progress.add_task("", total=None)

        def advance(source: str) -> None:
            progress.update(task, advance=1, description=source[-60:])

        try:
            report = build_store(paths, db=db, progress=advance, jobs=jobs, rebuild=rebuild)
        except StoreError as err:
            fail(str(err))
    for error in report.errors:
        err_console.print(f"skipped {error}", markup=False, soft_wrap=True)
    for notice in report.notices:
        err_console.print(f"note: {notice}", markup=False, soft_wrap=True)
    if not quiet:
        err_console.print(
            f"{report.documents_added} documents added, {report.documents_seen - report.documents_added} "
            f"already stored, {report.files_skipped_unchanged} unchanged files skipped, "
            f"{len(report.errors)} inputs skipped -> {db}",
            markup=False,
            soft_wrap=True,  # one line, whatever the terminal's width: scripts read it
        )
        for name, (rows, seconds) in report.derived.items():
            err_console.print(f"derived {name}: {rows} rows in {seconds:.1f}s", markup=False)
    if report.errors:
        raise typer.Exit(EXIT_SKIPPED)
