"""``storyline timeline``: the dated, sourced timeline of a story or of an entity."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..timeline import TIMELINE_KIND, Entry, query_timeline, timelinejs
from .common import DbOption, fail, open_existing_store, short_source, write_jsonl
from .stories import DERIVED_KIND, compute_stories

FORMATS = ("table", "jsonl", "timelinejs")
DERIVED_TIMELINE = TIMELINE_KIND  # the last timeline asked for (the web app shows it)


def register(app: typer.Typer) -> None:
    """Add ``timeline``."""
    app.command("timeline")(timeline)


def story_documents(db: str, story_id: str) -> list[str]:
    """The document ids of a story (stories are computed first if the store has none)."""
    store = open_existing_store(db)
    with store:
        rows = store.load_derived(DERIVED_KIND)
    if not rows:
        rows = compute_stories(db)
    for row in rows:
        if row["id"] == story_id:
            return list(row["document_ids"])
    fail(f"no story {story_id!r} (see `storyline stories --db {db}`)")


def timeline_entries(db: str, story: str | None, entity: str | None, lang: str | None) -> list[Entry]:
    """The entries of a story, an entity (or both: the entity within the story), or everything;
    kept in the store as the current timeline."""
    ids = story_documents(db, story) if story else None
    store = open_existing_store(db)
    with store:
        entries = query_timeline(store, ids, entity, lang)
        store.save_derived(DERIVED_TIMELINE, [{**e.to_dict(), "story": story, "entity": entity} for e in entries])
    return entries


def _table(entries: list[Entry]) -> Table:
    """The entries as a rich table."""
    table = Table(title=f"{len(entries)} entries")
    for column in ("date", "kind", "summary", "lang", "sources", "conflicts"):
        table.add_column(column, overflow="fold")
    for e in entries:
        sources = "\n".join(f"{short_source(s.source)} [{s.start}:{s.end}]" for s in e.sources)
        table.add_row(e.date, e.kind, e.summary, e.lang, sources, str(len(e.conflicts) or ""))
    return table


def timeline(
    db: DbOption = "storyline.db",
    story: Annotated[str | None, typer.Option("--story", help="A story id from `storyline stories`.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only what concerns this entity.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Preferred language of summaries.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="table, jsonl or timelinejs.")] = "table",
) -> None:
    """Dated events, statements and figures, each with its sources; conflicts side by side.

    JSON lines: {"date", "precision", "kind", "summary", "lang", "sources": [{"source", "start",
    "end"}], "conflicts"}; --format timelinejs prints one TimelineJS (Knight Lab) JSON document.
    """
    if output_format not in FORMATS:
        fail(f"unknown --format {output_format!r} (expected: {', '.join(FORMATS)})")
    entries = timeline_entries(db, story, entity, lang)
    if output_format == "jsonl":
        write_jsonl(e.to_dict() for e in entries)
    elif output_format == "timelinejs":
        title: Any = entity or story or "Timeline"
        sys.stdout.write(json.dumps(timelinejs(entries, title=title), ensure_ascii=False, indent=1) + "\n")
    else:
        Console().print(_table(entries))
