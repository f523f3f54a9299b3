"""The ``storyline`` command line: a thin typer app over functions that return data.

One module a command (spaCy's layout); each defines ``register(app)``. Exit codes:
0 success; 1 some inputs were skipped as unreadable (named on stderr); 2 bad arguments or
unusable input (nothing done).
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="storyline",
    help="Turn raw multilingual news articles into a sourced account of the story they tell.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "build", "analyze", "report", "export", "search",
    "entities", "quotes", "figures", "stories", "timeline", "serve", "spark",
)  # fmt: skip

for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}").register(app)


def main() -> None:
    """Console-script entry point."""
    app()
