"""``storyline report --out DIR``: the static HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..report import REPORT_LANG, write_report
from .common import DbOption, QuietOption, err_console, fail, open_existing_store


def register(app: typer.Typer) -> None:
    """Add ``report``."""
    app.command("report")(report)


def report(
    out: Annotated[Path, typer.Option("--out", help="Folder to write index.html into.")] = Path("out/report"),
    db: DbOption = "storyline.db",
    lang: Annotated[
        str, typer.Option("--lang", help="Preferred language of timeline summaries ('' = each entry's first source's).")
    ] = REPORT_LANG,
    quiet: QuietOption = False,
) -> None:
    """Write a self-contained static HTML report of the store."""
    if out.exists() and not out.is_dir():
        fail(f"{out}: exists and is not a folder")
    with open_existing_store(db) as store:
        index = write_report(store, out, lang or None)
    if not quiet:
        err_console.print(f"report written: {index}", markup=False)
