"""``storyline timeline`` (its issue adds the command here)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the command to the app; nothing until the layer lands."""
