"""The ``figures`` layer: numeric claims with what they count, whose, where and as of when.

``annotate(doc, options)`` fills ``doc.figures`` with :class:`Figure` items (contract in
``docs/output.md``: ``text, start, end, value, unit, measure, qualifier, kind, subject, place,
as_of, sentence``). ``build_series(docs)`` lines up figures across documents into series of the
same subject, measure and place, and flags where sources disagree.
"""

from __future__ import annotations

import logging

from ..model import Document
from ..pipeline import Options
from .extract import Figure, document_figures
from .lexicon import lexicon
from .ranker import DEFAULT_MODE
from .series import Series, build_series, save_series

__all__ = ["Figure", "Series", "annotate", "build_series", "save_series"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


def annotate(doc: Document, options: Options) -> None:
    """Fill ``doc.figures``; bad input is logged and leaves the layer empty, never raises.

    ``options.extra["figures_owner"]`` picks how owners are chosen: ``rules`` (default), ``ranker``
    or ``hybrid`` (see ``storyline.figures.ranker``).
    """
    try:
        owner = str(options.extra.get("figures_owner", DEFAULT_MODE))
        doc.figures = list(document_figures(doc, lexicon(doc.lang), owner))
    except Exception:  # noqa: BLE001 - one bad document must not stop a batch
        log.exception("figures: skipped document %s", doc.id)
        doc.figures = []
