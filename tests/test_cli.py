"""The command line: exit codes, one-line errors, the output contract on stdout."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()

CONTRACT_KEYS = {"id", "source", "lang", "published", "title", "text", "spans", "sentences",
                 "entities", "quotes", "figures", "times"}  # fmt: skip


def test_cli_analyze_seed_prints_contract(seeds: dict[str, Path]) -> None:
    result = runner.invoke(app, ["analyze", str(seeds["003"]), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    doc = json.loads(line)
    assert CONTRACT_KEYS <= set(doc)
    assert doc["lang"] == "nb" and doc["published"]["value"] == "2020-12"
    assert doc["published"]["precision"] == "month"
    for sent in doc["sentences"]:
        assert doc["text"][sent["start"] : sent["end"]].strip()


def test_cli_analyze_stdin_keeps_ids_and_text() -> None:
    rows = [{"id": "a1", "text": "NATO has around 12,000 troops in Afghanistan.", "lang": "en", "published": "2020-10-21"},
            {"id": "a2", "text": "Nato har rundt 11.000 soldater i Afghanistan, sier Stoltenberg."}]  # fmt: skip
    result = runner.invoke(app, ["analyze", "-"], input="".join(json.dumps(r) + "\n" for r in rows))
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in docs] == ["a1", "a2"]
    assert docs[0]["text"] == rows[0]["text"] and docs[0]["published"]["value"] == "2020-10-21"
    assert docs[1]["lang"] == "nb"


def test_cli_build_report_export(seeds: dict[str, Path], db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(seeds["000"].parent), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "report"
    result = runner.invoke(app, ["report", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Stoltenberg Rules Out Rushed NATO Exit From Afghanistan" in html
    result = runner.invoke(app, ["export", "documents", "--db", db, "--format", "csv"])
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 4
    result = runner.invoke(app, ["export", "documents", "--db", db])
    assert [json.loads(x)["lang"] for x in result.stdout.splitlines()] == ["en", "en", "nb"]


def test_cli_build_bad_file_exit_1_named(tmp_path: Path, db: str) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["build", str(bad), "--db", db])
    assert result.exit_code == 1
    assert f"{bad}: binary data" in result.stderr
    assert "Traceback" not in result.output


def test_cli_errors_one_line_exit_2(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    for args in (["report", "--db", missing], ["export", "documents", "--db", missing],
                 ["export", "tables", "--db", missing], ["analyze", "-", "--format", "xml"]):  # fmt: skip
        result = runner.invoke(app, args, input="")
        assert result.exit_code == 2, (args, result.output)
        assert "error:" in result.stderr and "Traceback" not in result.output


def test_cli_build_on_non_store_file(tmp_path: Path, seeds: dict[str, Path]) -> None:
    notdb = tmp_path / "x.db"
    notdb.write_text("hello " * 1000, encoding="utf-8")
    result = runner.invoke(app, ["build", str(seeds["000"]), "--db", str(notdb)])
    assert result.exit_code == 2 and "not a storyline store" in result.stderr
    assert notdb.read_text(encoding="utf-8").startswith("hello")


def test_cli_build_names_a_legacy_encoding(tmp_path: Path, db: str) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Nato har rundt 11.000 soldater i Afghanistan, sier generalsekretæren i Brüssel.".encode("cp1252"))
    result = runner.invoke(app, ["build", str(latin), "--db", db])
    assert result.exit_code == 0, result.output
    assert f"note: {latin}: not UTF-8, decoded as cp1252" in result.stderr
