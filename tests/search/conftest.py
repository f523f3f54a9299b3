"""A store of real text for the search tests: the three seeds and 400 ITN blurbs (45 languages,
Chinese and Thai among them), analysed without the slow layers (search reads title and text)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import storyline
from storyline.api import analysis_version, analyze_text
from storyline.pipeline import Options
from storyline.store import open_store

BARE = Options(components=("clean", "lang", "sentences"))
ITN_DOCS = 400
EN_TITLE = "Stoltenberg Rules Out Rushed NATO Exit From Afghanistan"


@pytest.fixture(scope="session")
def itn_rows(shared: Path) -> list[dict]:
    """The first ``ITN_DOCS`` blurbs of the ITN dev set, as given (``id``, ``text``, ``lang``)."""
    lines = (shared / "eval" / "stories" / "itn-dev" / "inputs.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:ITN_DOCS]]


@pytest.fixture(scope="session")
def search_db(tmp_path_factory: pytest.TempPathFactory, seeds: dict[str, Path], itn_rows: list[dict]) -> str:
    """The store (read it; copy it to change it)."""
    db = str(tmp_path_factory.mktemp("search") / "search.db")
    storyline.build(list(seeds.values()), db=db, options=BARE)
    with open_store(db) as store:
        for row in itn_rows:
            doc = analyze_text(row["text"], row["lang"], row["published"], source=f"itn:{row['id']}", options=BARE)
            store.put_document(doc, analysis_version(BARE))
    return db


def downgrade_to_v2(db: str) -> None:
    """Make ``db`` what a store written before full-text search is: schema 2, no index objects."""
    conn = sqlite3.connect(db)
    with conn:
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE name LIKE 'documents_%fts%' "
                                       "OR name = 'documents_nospace' ORDER BY type = 'table'").fetchall():  # fmt: skip
            if kind in ("table", "view", "trigger") and not name.endswith(("_data", "_idx", "_docsize", "_config")):
                conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        conn.execute("DELETE FROM schema_migrations WHERE version > 2")
    conn.close()
