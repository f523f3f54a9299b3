"""Shared fixtures: where the shared data lives, the seed articles, fresh stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", REPO.parent / "shared")).resolve()
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only shared folder (gold data, seeds, training data)."""
    if not SEEDS.is_dir():
        pytest.fail(f"shared data not found at {SHARED} (set STORYLINE_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared: Path) -> dict[str, Path]:
    """The three seed articles by their number: '000', '002', '003'."""
    return {p.name[:3]: p for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_docs(seeds: dict[str, Path]) -> dict[str, object]:
    """The seeds analysed by the whole default pipeline (once per test session)."""
    from storyline.api import analyze_article
    from storyline.ingest import read_path

    return {key: analyze_article(next(read_path(path))) for key, path in seeds.items()}


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A path for a fresh store."""
    return str(tmp_path / "test.db")
