"""The engine's task functions and its CLI guard, without Spark: they run wherever storyline does."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.engine import EngineError, load_spark
from storyline.engine.tasks import analyze_records, document_from_dict, read_files
from storyline.ingest import IngestError


def test_tasks_document_from_dict_round_trips_the_contract(seed_docs: dict[str, object]) -> None:
    for doc in seed_docs.values():
        data = doc.to_dict()
        assert json.loads(json.dumps(document_from_dict(data).to_dict())) == json.loads(json.dumps(data))


def test_tasks_read_and_analyze_turn_bad_input_into_errors(seeds: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "NATO has around 12,000 troops in Afghanistan."}\nnot json\n')
    out = list(analyze_records(read_files([str(seeds["003"]), str(bad), str(tmp_path / "gone.txt")])))
    lines = [r for r in out if not isinstance(r, IngestError)]
    errors = {e.source: e.problem for e in out if isinstance(e, IngestError)}
    assert [json.loads(line)["source"] for _, line in lines] == [str(seeds["003"]), "ok"]
    assert errors.keys() == {f"{bad}#2", str(tmp_path / "gone.txt")}
    assert errors[f"{bad}#2"].startswith("malformed JSON")


def test_cli_spark_without_pyspark_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now raises ImportError
    with pytest.raises(EngineError, match=r"pip install 'storyline\[spark\]'"):
        load_spark()
    result = CliRunner().invoke(app, ["spark", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "needs pyspark" in result.output and "Traceback" not in result.output
