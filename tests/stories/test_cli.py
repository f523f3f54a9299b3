"""The ``stories`` and ``timeline`` commands: output formats, the store round trip, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_db(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the three seeds."""
    db = str(tmp_path_factory.mktemp("db") / "seeds.db")
    result = runner.invoke(app, ["build", str(shared / "corpus" / "seeds"), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    return db


def test_cli_stories_jsonl_one_story_two_languages(seed_db: str) -> None:
    result = runner.invoke(app, ["stories", "--db", seed_db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1
    assert {"id", "label", "documents", "languages", "start", "end", "events"} <= set(rows[0])
    assert rows[0]["languages"] == {"en": 2, "nb": 1}


def test_cli_stories_table(seed_db: str) -> None:
    result = runner.invoke(app, ["stories", "--db", seed_db])
    assert result.exit_code == 0 and "1 stories" in result.stdout


def test_cli_timeline_formats(seed_db: str) -> None:
    story = json.loads(runner.invoke(app, ["stories", "--db", seed_db, "--format", "jsonl"]).stdout.splitlines()[0])
    result = runner.invoke(app, ["timeline", "--db", seed_db, "--story", story["id"], "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        assert {"date", "precision", "kind", "summary", "lang", "sources", "conflicts"} <= set(json.loads(line))
    result = runner.invoke(app, ["timeline", "--db", seed_db, "--entity", "Stoltenberg", "--format", "timelinejs"])
    assert result.exit_code == 0 and "events" in json.loads(result.stdout)
    assert runner.invoke(app, ["timeline", "--db", seed_db]).exit_code == 0
    with open_store(seed_db) as store:
        assert store.load_derived("events") and store.load_derived("timeline")
        assert {"date", "kind", "sources", "story", "entity"} <= set(store.load_derived("timeline")[0])


@pytest.mark.parametrize(
    "args",
    [["stories", "--format", "xml"], ["timeline", "--format", "csv"], ["timeline", "--story", "s-nope"]],
)
def test_cli_errors_exit_2_with_one_line(seed_db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", seed_db])
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


def test_cli_missing_store_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such store" in result.output
