"""``storyline export documents``: the stored documents as JSON lines or CSV."""

from __future__ import annotations

import csv
import sys
from typing import Annotated

import typer

from .common import DbOption, fail, open_existing_store, write_jsonl

CSV_COLUMNS = ("id", "source", "lang", "published", "precision", "title", "url", "site", "sentences", "words")


def register(app: typer.Typer) -> None:
    """Add ``export``."""
    app.command("export")(export)


def export(
    what: Annotated[str, typer.Argument(help="What to export: documents.")],
    db: DbOption = "storyline.db",
    output_format: Annotated[str, typer.Option("--format", help="jsonl (full contract) or csv (one row each).")] = "jsonl",
) -> None:
    """Export stored documents: JSON lines in the output contract, or a CSV summary."""
    if what != "documents":
        fail(f"unknown export {what!r} (expected: documents)")
    if output_format not in ("jsonl", "csv"):
        fail(f"unknown --format {output_format!r} (expected: jsonl, csv)")
    with open_existing_store(db) as store:
        docs = store.iter_documents()
        if output_format == "jsonl":
            write_jsonl(docs)
            return
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for doc in docs:
            published = doc["published"] or {}
            writer.writerow([
                doc["id"], ";".join(doc["sources"]), doc["lang"], published.get("value"),
                published.get("precision"), doc["title"], doc["url"], doc["site"],
                len(doc["sentences"]), len(doc["text"].split()),
            ])  # fmt: skip
