"""Fixtures of the figures tests: the seed articles with only the figures layer run on them."""

from __future__ import annotations

import pytest

from storyline.figures import annotate
from storyline.model import Document
from storyline.pipeline import Options

from .figures_helpers import SEED_META, SEEDS, make_doc


@pytest.fixture(scope="session")
def figure_seeds() -> list[Document]:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    docs = []
    for name, (lang, published) in SEED_META.items():
        doc = make_doc((SEEDS / name).read_text(encoding="utf-8"), lang, published, doc_id=name)
        annotate(doc, Options())
        docs.append(doc)
    return docs
