"""``storyline figures``: the command over contract JSON lines, and its one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.api import build
from storyline.cli import app
from storyline.model import Document
from storyline.store import open_store

runner = CliRunner()


def _write(tmp_path: Path, docs: list[Document]) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in docs), encoding="utf-8")
    return path


def test_cli_figures_jsonl_one_series_a_line(tmp_path: Path, figure_seeds: list[Document]) -> None:
    result = runner.invoke(
        app, ["figures", "--input", str(_write(tmp_path, figure_seeds)), "--format", "jsonl", "--subject", "NATO"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["measure"] for r in rows} == {"troops", "countries"}
    troops = next(r for r in rows if r["measure"] == "troops")
    assert set(troops) >= {"series_id", "subject", "measure", "place", "points", "disagreements"}
    assert set(troops["points"][0]) >= {"value", "qualifier", "kind", "as_of", "source", "start", "end"}


def test_cli_figures_table(tmp_path: Path, figure_seeds: list[Document]) -> None:
    result = runner.invoke(app, ["figures", "--input", str(_write(tmp_path, figure_seeds))])
    assert result.exit_code == 0, result.output
    assert "figure series" in result.stdout and "12,000" in result.stdout


def test_cli_figures_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["figures", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output and "Traceback" not in missing.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\nnot json\n', encoding="utf-8")
    broken = runner.invoke(app, ["figures", "--input", str(bad)])
    assert broken.exit_code == 2 and "bad.jsonl:2" in broken.output
    wrong = runner.invoke(app, ["figures", "--input", str(bad), "--format", "xml"])
    assert wrong.exit_code == 2 and "--format" in wrong.output


def test_cli_figures_from_a_built_store(tmp_path: Path, seeds: dict[str, Path]) -> None:
    db = str(tmp_path / "seeds.db")
    build([str(p) for p in seeds.values()], db=db)
    result = runner.invoke(app, ["figures", "--db", db, "--format", "jsonl", "--measure", "troops"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    nato = next(r for r in rows if r["subject"] == "NATO")
    assert {p["value"] for p in nato["points"]} >= {12000, 11000, 10000, 0}
    saved = runner.invoke(app, ["figures", "--db", db, "--format", "jsonl"])
    assert saved.exit_code == 0
    with open_store(db) as store:
        assert any(row["subject"] == "NATO" for row in store.load_derived("series"))
