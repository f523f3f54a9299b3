"""``storyline search``: full-text search of the stored documents, best match first, with snippets."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..store import Store
from ..store.fulltext import parse
from .common import (
    DbOption,
    err_console,
    fail,
    open_existing_store,
    short_source,
    write_jsonl,
)

FORMATS = ("table", "jsonl")


def register(app: typer.Typer) -> None:
    """Add ``search``."""
    app.command("search")(search)


def search(
    query: Annotated[str, typer.Argument(help='Words (all must occur), "a phrase", prefix*; case and accents ignored.')],
    db: DbOption = "storyline.db",
    lang: Annotated[str | None, typer.Option("--lang", help="Only documents in this language (a code: en, nb, zh...).")] = None,
    limit: Annotated[int, typer.Option("--limit", help="How many documents to show.")] = 20,
    offset: Annotated[int, typer.Option("--offset", help="Skip this many of the best matches first.")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """Find the stored documents holding every word of QUERY, ranked (bm25), with the text around the matches."""
    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if limit < 1 or offset < 0:
        fail("--limit must be at least 1 and --offset at least 0")
    if not parse(query):
        fail(f"nothing to search for in {query!r}: a query needs a letter or a digit")
    with open_existing_store(db) as store:
        total, rows = search_rows(store, query, lang=lang, limit=limit, offset=offset)
    if fmt == "jsonl":
        write_jsonl(rows)
        return
    _print_table(total, offset, rows)


def search_rows(store: Store, query: str, *, lang: str | None = None, limit: int = 20,
                offset: int = 0) -> tuple[int, list[dict[str, Any]]]:  # fmt: skip
    """``(total, rows)``: the matches as flat rows (document fields, score, snippet, highlights)."""
    total, hits = store.search_documents(query, lang=lang, limit=limit, offset=offset)
    rows = []
    for hit in hits:
        doc = hit["document"]
        rows.append({"id": doc["id"], "score": hit["score"], "lang": doc["lang"],
                     "published": (doc["published"] or {}).get("value"), "title": doc["title"],
                     "source": doc["source"], "snippet": hit["snippet"], "highlights": hit["highlights"]})  # fmt: skip
    return total, rows


def _print_table(total: int, offset: int, rows: list[dict[str, Any]]) -> None:
    """Rows as a rich table; matches in bold. Article text goes in as ``Text``, never as markup."""
    table = Table(show_lines=True)
    for col in ("#", "score", "date", "lang", "document", "snippet"):
        table.add_column(col, overflow="fold")
    for n, row in enumerate(rows, offset + 1):
        snippet = Text(row["snippet"])
        for start, end in row["highlights"]:
            snippet.stylize("bold yellow", start, end)
        document = Text(row["title"] or row["id"])
        document.append(f"\n{short_source(row['source'])}", style="dim")
        table.add_row(str(n), f"{row['score']:.2f}", row["published"] or "", row["lang"] or "", document, snippet)
    if rows:
        Console().print(table)
    shown = f"{offset + 1}-{offset + len(rows)} of " if rows else ""
    err_console.print(f"{shown}{total} matching document{'' if total == 1 else 's'}", markup=False)
