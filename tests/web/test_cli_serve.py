"""``storyline serve``: one clear error line for an unusable store, a warning off loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from storyline.web import Server, is_loopback

runner = CliRunner()


def test_serve_missing_store_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.db"), "--port", "0"])
    assert result.exit_code == 2 and "no such store" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "missing.db").exists()


def test_serve_invalid_store_exits_2(tmp_path: Path) -> None:
    notdb = tmp_path / "notes.db"
    notdb.write_text("hello, not a database\n" * 50, encoding="utf-8")
    result = runner.invoke(app, ["serve", "--db", str(notdb), "--port", "0"])
    assert result.exit_code == 2 and "not a storyline store" in result.stderr and "Traceback" not in result.output
    assert notdb.read_text(encoding="utf-8").startswith("hello")


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", False), ("0.0.0.0", True)])  # noqa: S104 - the case under test
def test_serve_warns_off_loopback(tmp_path: Path, seeds: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
                                  host: str, warned: bool) -> None:  # fmt: skip
    db = tmp_path / "s.db"
    storyline.build([seeds["003"]], db=str(db))
    monkeypatch.setattr(Server, "serve_forever", lambda self: None)  # start, then return at once
    result = runner.invoke(app, ["serve", "--db", str(db), "--host", host, "--port", "0"])
    assert result.exit_code == 0, result.output
    assert ("not on loopback" in result.stderr) is warned and "read-only at http://" in result.stderr


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True), ("127.5.0.1", True),
    ("0.0.0.0", False), ("192.168.1.10", False), ("example.org", False), ("", False),
])  # fmt: skip
def test_serve_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
