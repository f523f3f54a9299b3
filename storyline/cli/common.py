"""What the commands share: options, the error exit, the consoles."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from ..api import DEFAULT_DB
from ..store import Store, StoreError, open_store

err_console = Console(stderr=True, highlight=False)

DbOption = Annotated[str, typer.Option("--db", help="The store: a SQLite file.", envvar="STORYLINE_DB")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]
DEFAULT_DB_PATH = DEFAULT_DB

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one clear line on stderr and exit: the CLI never shows a traceback for user errors."""
    err_console.print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True)
    raise typer.Exit(code)


def open_existing_store(db: str) -> Store:
    """Open a store that must already exist (read commands)."""
    if not Path(db).exists():
        fail(f"{db}: no such store (run `storyline build PATH --db {db}` first)")
    try:
        return open_store(db, create=False)
    except StoreError as err:
        fail(str(err))


def short_source(source: str | None) -> str:
    """A source as a table shows it: a file's name rather than its whole path; ids and URLs as they are."""
    if not source:
        return ""
    if "://" in source or "/" not in source:
        return source
    return Path(source).name


def write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object a line on stdout (UTF-8, unescaped non-ASCII)."""
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()
