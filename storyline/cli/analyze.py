"""``storyline analyze PATH...|-``: per-document analysis to stdout, no store."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import analyze_paths
from ..ingest import IngestError
from .common import EXIT_SKIPPED, EXIT_USAGE, QuietOption, err_console, fail, write_jsonl


def register(app: typer.Typer) -> None:
    """Add ``analyze``."""
    app.command("analyze")(analyze)


def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - (JSON lines on stdin).")],
    output_format: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
    quiet: QuietOption = False,
) -> None:
    """Print one JSON object per document: the output contract of docs/output.md."""
    if output_format != "jsonl":
        fail(f"unknown --format {output_format!r} (expected: jsonl)", EXIT_USAGE)
    skipped = 0

    def documents():  # noqa: ANN202 - a generator of dicts
        nonlocal skipped
        for item in analyze_paths(paths):
            if isinstance(item, IngestError):
                skipped += 1
                err_console.print(f"skipped {item}", markup=False, soft_wrap=True)
                continue
            yield item.to_dict()

    write_jsonl(documents())
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)
