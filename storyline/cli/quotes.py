"""``storyline quotes``: who said what, with date and source, grouped by speaker."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..quotes.listing import list_quotes
from .common import DbOption, fail, open_existing_store, short_source, write_jsonl

FORMATS = ("table", "jsonl")
TEXT_WIDTH = 90  # characters of a quotation shown in the table


def register(app: typer.Typer) -> None:
    """Add ``quotes``."""
    app.command("quotes")(quotes)


def quotes(
    db: DbOption = "storyline.db",
    speaker: Annotated[str | None, typer.Option("--speaker", help="Only quotations by this speaker (part of the name).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List the quotations of the store with date and source, grouped by speaker."""
    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    with open_existing_store(db) as store:
        rows = list_quotes(store.iter_documents(), speaker, store.load_derived("entities"))
    if fmt == "jsonl":
        write_jsonl(rows)
        return
    _print_table(rows)


def _print_table(rows: list[dict[str, Any]]) -> None:
    """Rows as a rich table, one section a speaker."""
    table = Table(show_lines=False)
    for col in ("speaker", "date", "source", "kind", "quotation"):
        table.add_column(col, overflow="fold")
    previous: str | None = None
    for n, r in enumerate(rows):
        new = n == 0 or r["speaker"] != previous
        if new and n:
            table.add_section()
        text = r["text"] or ""
        table.add_row((r["speaker"] or "(unknown)") if new else "", r["date"] or "", short_source(r["source"]),
                      r["kind"] or "", text if len(text) <= TEXT_WIDTH else text[:TEXT_WIDTH - 1] + "…")
        previous = r["speaker"]
    Console().print(table)
