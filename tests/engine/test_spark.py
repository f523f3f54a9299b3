"""The Spark engine on real text: its output equals ``storyline analyze``'s, bad inputs are named and
do not stop the job, re-running is idempotent, and its store serves the read commands.

One local[2] SparkSession serves the module. Skipped only where pyspark is not installed
(``pip install '.[spark]'``; Java 17+ must be on PATH).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install '.[spark]' (make install-spark)")

from storyline.api import analyze_paths, build  # noqa: E402
from storyline.cli import app  # noqa: E402
from storyline.engine import EngineError, load_spark  # noqa: E402
from storyline.ingest import IngestError  # noqa: E402
from storyline.store import open_store  # noqa: E402

ITN_DOCS = 300
engine = load_spark()


@pytest.fixture(scope="module")
def spark() -> Any:
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = engine.spark_session("local[2]", app_name="storyline-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(shared: Path, seeds: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The seeds, a few hundred ITN blurbs as JSON lines, and three bad inputs."""
    folder = tmp_path_factory.mktemp("inputs")
    lines = (shared / "eval/stories/itn-dev/inputs.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "itn.jsonl").write_text("\n".join(lines[:ITN_DOCS]) + "\n", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x", "text": cut off}\n', encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not an article \x00" * 50)
    good = [str(p) for p in seeds.values()] + [str(folder / "itn.jsonl")]
    bad = [str(folder / "broken.jsonl"), str(folder / "binary.txt"), str(folder / "missing.html")]
    return {"good": good, "bad": bad, "folder": folder}


def read_output(out: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The documents of a run by (id, source): one text under two sources is two records."""
    docs = [json.loads(line) for part in sorted((out / "documents").glob("part-*"))
            for line in part.read_text(encoding="utf-8").split("\n") if line]  # fmt: skip (not splitlines: U+2028)
    keyed = {(d["id"], d["source"]): d for d in docs}
    assert len(keyed) == len(docs)
    return keyed


@pytest.fixture(scope="module")
def first_run(spark: Any, inputs: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("spark") / "out"
    report = engine.run_spark(inputs["good"] + inputs["bad"], str(out), spark=spark, partitions=4)
    return out, report


def test_spark_output_equals_single_machine_analyze(first_run: Any, inputs: dict[str, Any]) -> None:
    out, report = first_run
    expected = {(doc.id, doc.source): doc.to_dict() for doc in analyze_paths(inputs["good"])
                if not isinstance(doc, IngestError)}  # fmt: skip
    got = read_output(out)
    assert len(expected) == ITN_DOCS + 3 and report.documents == len(got)
    assert got.keys() == expected.keys()
    for key, doc in expected.items():
        assert got[key] == json.loads(json.dumps(doc, ensure_ascii=False)), key
    assert sum(len(d["entities"]) + len(d["times"]) for d in got.values()) > ITN_DOCS  # layers filled


def test_spark_bad_inputs_are_reported_and_do_not_stop_the_job(first_run: Any, inputs: dict[str, Any]) -> None:
    out, report = first_run
    folder = inputs["folder"]
    problems = {e.source: e.problem for e in report.errors}
    assert problems.keys() == {f"{folder}/broken.jsonl#1", f"{folder}/binary.txt", f"{folder}/missing.html"}
    assert problems[f"{folder}/missing.html"] == "no such file or directory"
    written = [json.loads(line) for line in (out / "errors" / "part-00000").read_text().splitlines()]
    assert {row["source"] for row in written} == problems.keys()
    manifest = json.loads((out / "_storyline.json").read_text())
    assert manifest["status"] == "done" and manifest["documents"] == report.documents and manifest["errors"] == 3


def test_spark_rerun_replaces_its_output_and_refuses_what_it_cannot_do(
    spark: Any, first_run: Any, inputs: dict[str, Any], tmp_path: Path
) -> None:
    out, report = first_run
    before = read_output(out)
    again = engine.run_spark(inputs["good"] + inputs["bad"], str(out), spark=spark, partitions=3)
    assert read_output(out) == before and again.documents == report.documents
    assert len(list((out / "documents").glob("part-*"))) == 3  # the earlier run's parts are gone
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    with pytest.raises(EngineError, match="not standard input"):
        engine.run_spark(["-"], str(tmp_path / "stdin"), spark=spark)
    with pytest.raises(EngineError, match="not a storyline output folder"):
        engine.run_spark(inputs["good"][:1], str(foreign), spark=spark)
    assert (foreign / "notes.txt").read_text() == "keep me"


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Derived rows compared as sets of JSON with sorted lists: the store's document order (input
    order for ``build``, part-file order for Spark) may order an entity's variants differently."""

    def norm(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        if isinstance(value, list):
            return sorted((norm(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value

    return sorted(json.dumps(norm(row), sort_keys=True) for row in rows)


def test_spark_store_matches_build_and_serves_the_commands(spark: Any, inputs: dict[str, Any], tmp_path: Path) -> None:
    small = inputs["folder"] / "itn60.jsonl"
    small.write_text("".join((inputs["folder"] / "itn.jsonl").open(encoding="utf-8").readlines()[:60]))
    paths = inputs["good"][:3] + [str(small)]
    db, reference = str(tmp_path / "spark.db"), str(tmp_path / "build.db")
    report = engine.run_spark(paths, str(tmp_path / "out"), spark=spark, db=db, partitions=3)
    build(paths, db=reference)
    assert report.stored == report.documents == 63 and set(report.derived) == {"entities", "series", "stories", "timeline"}
    with open_store(db) as got, open_store(reference) as want:
        assert {d["id"]: d for d in got.iter_documents()} == {d["id"]: d for d in want.iter_documents()}
        for kind in ("entities", "series", "stories", "events"):
            assert canonical(got.load_derived(kind)) == canonical(want.load_derived(kind)), kind
    again = engine.run_spark(paths, str(tmp_path / "out"), spark=spark, db=db, partitions=2)
    assert again.stored == 0 and again.already_stored == 63
    result = CliRunner().invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0 and any("Afghanistan" in line for line in result.stdout.splitlines())


def test_cli_spark_runs_and_names_skipped_inputs(inputs: dict[str, Any], tmp_path: Path, spark: Any) -> None:
    (tmp_path / "seed.txt").write_bytes(Path(inputs["good"][0]).read_bytes())
    command = ["spark", str(tmp_path), inputs["bad"][2], "--out", str(tmp_path / "o"), "--master", "local[2]"]
    for _ in range(2):  # the second run must not read the first one's output inside the input folder
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 1, result.output
        assert "skipped" in result.output and "missing.html: no such file or directory" in result.output
        assert "1 documents analysed" in result.output and "1 inputs skipped" in result.output
        assert len(read_output(tmp_path / "o")) == 1


def test_spark_without_java_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setattr(engine.shutil, "which", lambda name: None)
    with pytest.raises(EngineError, match="needs Java 17 or later"):
        engine.spark_session("local[1]")


def test_spark_job_failure_is_named_by_its_python_cause() -> None:
    java = ("org.apache.spark.SparkException: Job aborted due to stage failure: Task 0 in stage 1.0 failed\n"
            "org.apache.spark.api.python.PythonException: Traceback (most recent call last):\n"
            '  File "storyline/text/sentences.py", line 14, in <module>\n'
            "ModuleNotFoundError: No module named 'sentencex'\n\tat org.apache.spark.api.python.BasePythonRunner")  # fmt: skip
    assert engine._python_cause(Exception(java)) == "ModuleNotFoundError: No module named 'sentencex'"
