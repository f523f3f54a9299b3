"""The ``time`` layer (not built yet: its issue fills this package)."""

from __future__ import annotations

from ..model import Document
from ..pipeline import Options


def annotate(doc: Document, options: Options) -> None:
    """Fill ``doc.times``. Placeholder until the layer lands: leaves the layer empty."""
