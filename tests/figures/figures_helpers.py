"""Helpers of the figures tests: the shared data and bare documents for the layer."""

from __future__ import annotations

import os
from pathlib import Path

from storyline.figures import annotate
from storyline.model import Document, Published
from storyline.pipeline import Options

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "../shared"))
SEEDS = SHARED / "corpus" / "seeds"
# The seeds' languages and publication dates, as the lang and time layers find them (issue 5).
SEED_META = {
    "000_b94ca92403931482.txt": ("en", "2020-10-21"),
    "002_b38f0cc794095fb0.txt": ("en", "2021-08-20"),
    "003_78290c01ea519334.txt": ("nb", "2020-12"),
}


def make_doc(text: str, lang: str = "en", published: str | None = "2020-10-21", doc_id: str = "t") -> Document:
    """A document with just what the figures layer reads (sentences are split by the layer)."""
    pub = Published(published, "day" if len(published) == 10 else "month") if published else None
    return Document(id=doc_id, text=text, source=doc_id, lang=lang, published=pub)


def figures_of(text: str, **kwargs: object) -> list[dict]:
    doc = make_doc(text, **kwargs)  # type: ignore[arg-type]
    annotate(doc, Options())
    return [f.to_dict() for f in doc.figures]
