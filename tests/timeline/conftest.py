"""Fixtures of the stories tests: the shared data and the three seed articles, analysed once."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "../shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder (skips the test when it is not there)."""
    if not SHARED.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_docs(shared: Path) -> list[dict[str, Any]]:
    """The three seed articles as contract dicts, through the per-document pipeline."""
    from storyline.api import analyze_paths

    return [d.to_dict() for d in analyze_paths([shared / "corpus" / "seeds"])]


@pytest.fixture(scope="session")
def itn_docs(shared: Path) -> list[dict[str, Any]]:
    """The ITN dev blurbs with their gold event."""
    path = shared / "eval" / "stories" / "itn-dev" / "docs.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for doc in docs:
        doc["published"] = doc["date"]
    return docs
