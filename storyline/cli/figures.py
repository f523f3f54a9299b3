"""``storyline figures``: reported numbers as series over time, and where sources disagree.

    storyline figures [--db storyline.db] [--subject NATO] [--measure troops] [--format table|jsonl]
    storyline analyze docs/ --format jsonl | storyline figures --input - --format jsonl

Reads analysed documents from the store (or contract JSON lines with ``--input``), builds the series
with :func:`storyline.figures.build_series` and prints them: a table each, or one JSON object a
series. Run over the whole store without filters, the series are also saved in it (derived kind
``series``) for the report and the web app (whose figures page charts them).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import DbOption, fail, open_existing_store, short_source, write_jsonl

FORMATS = ("table", "jsonl")


class FiguresError(Exception):
    """A problem with the command's input, reported as one line and exit code 2."""


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    handle = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    try:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise FiguresError(f"{path}:{number}: not a JSON line ({err.msg})") from None
            if not isinstance(row, dict):
                raise FiguresError(f"{path}:{number}: expected a JSON object per line")
            yield row
    finally:
        if handle is not sys.stdin:
            handle.close()


def figure_series(
    db: str, input_path: Path | None = None, subject: str | None = None, measure: str | None = None
) -> list[dict[str, Any]]:
    """The series as contract dicts, from ``input_path`` (JSON lines) or else the store ``db``."""
    from ..entities.merge import merge
    from ..figures import build_series, save_series
    from ..figures.series import entity_names

    if input_path is not None:
        if str(input_path) != "-" and not input_path.is_file():
            raise FiguresError(f"{input_path}: no such file")
        docs = list(_read_jsonl(input_path))
        names = entity_names(e.to_dict() for e in merge(docs))
        return [s.to_dict() for s in build_series(docs, subject, measure, names)]
    with open_existing_store(db) as store:
        if subject is None and measure is None:
            return save_series(store)
        names = entity_names(store.load_derived("entities"))
        return [s.to_dict() for s in build_series(store.iter_documents(), subject, measure, names)]


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _point_label(point: dict[str, Any]) -> str:
    qualifier = f"{point['qualifier']} " if point["qualifier"] else ""
    when = point["as_of"] or "?"
    if point.get("as_of_mod"):
        when = f"{point['as_of_mod']} {when}"
    kind = "" if point["kind"] == "current" else f", {point['kind']}"
    return f"{qualifier}{_fmt(point['value'])} ({when}{kind}; {point.get('source_name') or short_source(point['source'])})"


def print_table(rows: list[dict[str, Any]]) -> None:
    """Series as a rich table, then their disagreements."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{len(rows)} figure series", show_lines=True)
    for column in ("subject", "measure", "place", "points (as of, source)", "sources"):
        table.add_column(column)
    for row in rows:
        points = " → ".join(_point_label(p) for p in row["points"])
        table.add_row(row["subject"] or "-", row["measure"], row["place"] or "-", points, str(row["sources"]))
    console.print(table)
    disagreements = [(row, d) for row in rows for d in row["disagreements"]]
    if disagreements:
        found = Table(title=f"{len(disagreements)} disagreements")
        for column in ("subject", "measure", "place", "period", "why"):
            found.add_column(column)
        for row, d in disagreements:
            found.add_row(row["subject"] or "-", row["measure"], row["place"] or "-", d["period"], d["reason"])
        console.print(found)


def register(app: typer.Typer) -> None:
    """Add ``figures``."""
    app.command("figures")(figures)


def figures(
    db: DbOption = "storyline.db",
    input_path: Annotated[
        Path | None,
        typer.Option("--input", "-i", help="Analysed documents as JSON lines instead of the store ('-' = stdin)."),
    ] = None,
    subject: Annotated[
        str | None, typer.Option("--subject", help="Only series of this subject (any alias: NATO, Nato, USA).")
    ] = None,
    measure: Annotated[
        str | None, typer.Option("--measure", help="Only series of this measure (troops, people, percent...).")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="table or jsonl (one series a line).")] = "table",
) -> None:
    """Reported numbers as series over time, and where sources disagree."""
    if output_format not in FORMATS:
        fail(f"unknown --format {output_format!r} (expected: {', '.join(FORMATS)})")
    try:
        rows = figure_series(db, input_path, subject, measure)
    except (FiguresError, OSError) as err:
        fail(str(err))
    if output_format == "jsonl":
        write_jsonl(rows)
    else:
        print_table(rows)
