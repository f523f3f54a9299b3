"""``storyline entities``: the corpus's merged entities, with their variants, languages and counts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..entities.merge import CorpusEntity, store_entities
from .common import DbOption, fail, open_existing_store, write_jsonl

TYPES = ("PER", "ORG", "LOC", "MISC")
JSONL_FIELDS = ("entity_id", "canonical", "type", "variants", "languages", "mentions", "documents")


def register(app: typer.Typer) -> None:
    """Add ``entities``."""
    app.command("entities")(entities)


def entities(
    db: DbOption = "storyline.db",
    entity_type: Annotated[
        str | None, typer.Option("--type", help="Only this type: PER, ORG, LOC or MISC.")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="Output format: table or jsonl.")] = "table",
    limit: Annotated[int, typer.Option("--limit", help="At most this many entities (0: all).", min=0)] = 0,
    explain: Annotated[bool, typer.Option("--explain", help="jsonl: add the rule behind every variant.")] = False,
) -> None:
    """List the entities of the store, merged across documents and languages, most mentioned first."""
    if output_format not in ("table", "jsonl"):
        fail(f"unknown --format {output_format!r} (expected: table or jsonl)")
    wanted = entity_type.upper() if entity_type else None
    if wanted and wanted not in TYPES:
        fail(f"unknown --type {entity_type!r} (expected one of: {', '.join(TYPES)})")
    with open_existing_store(db) as store:
        merged = store_entities(store)
    rows = [e for e in merged if wanted is None or e.type == wanted]
    rows = rows[:limit] if limit else rows
    if output_format == "jsonl":
        fields = (*JSONL_FIELDS, "members", "merges") if explain else JSONL_FIELDS
        write_jsonl({k: v for k, v in e.to_dict().items() if k in fields} for e in rows)
    else:
        _print_table(rows)


def _print_table(rows: list[CorpusEntity]) -> None:
    """The entities as a rich table (variants and documents shortened to fit)."""
    table = Table(show_lines=False)
    for name, justify in (("entity", "left"), ("type", "left"), ("mentions", "right"), ("docs", "right"),
                          ("languages", "left"), ("variants", "left")):  # fmt: skip
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for e in rows:
        variants = ", ".join(e.variants[:6]) + (" ..." if len(e.variants) > 6 else "")
        table.add_row(e.canonical, e.type, str(e.mentions), str(len(e.documents)), " ".join(e.languages), variants)
    Console().print(table)
