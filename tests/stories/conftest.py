"""Fixtures of the stories and timeline tests: the seeds as contract dicts, the ITN blurbs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def seed_dicts(seed_docs: dict[str, Any]) -> list[dict[str, Any]]:
    """The three seed articles as contract dicts (through the whole default pipeline)."""
    return [seed_docs[key].to_dict() for key in sorted(seed_docs)]


@pytest.fixture(scope="session")
def itn_docs(shared: Path) -> list[dict[str, Any]]:
    """The ITN dev blurbs with their gold event, dated by their posting."""
    path = shared / "eval" / "stories" / "itn-dev" / "docs.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for doc in docs:
        doc["published"] = doc["date"]
    return docs
