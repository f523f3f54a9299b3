"""The docs say what the code does: README commands exist, its imports work, the contract holds."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_docs_readme_opens_with_the_two_commands() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == ["make demo", "make test"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M), ".ci/run must call the README's test command"


def test_docs_readme_commands_exist() -> None:
    documented = set(re.findall(r"^\| `storyline (\w+)", README, re.M))
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert documented == registered, (documented ^ registered)
    runner = CliRunner()
    for command in sorted(documented):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, (command, result.output)


def test_docs_readme_python_imports_work() -> None:
    for module, names in re.findall(r"^from (storyline[\w.]*) import ([\w, ]+?)\s*(?:#|$)", README, re.M):
        imported = importlib.import_module(module)
        for name in (n.strip() for n in names.split(",")):
            assert hasattr(imported, name), f"README imports {name} from {module}"


def test_docs_output_contract_lists_every_field(seed_docs: dict) -> None:
    contract = (REPO / "docs" / "output.md").read_text(encoding="utf-8")
    for field in seed_docs["000"].to_dict():
        assert f"`{field}`" in contract, f"docs/output.md does not document {field!r}"


def test_docs_no_merge_conflict_markers_committed() -> None:
    import subprocess

    files = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    marker = re.compile(r"^(<{7}|>{7}) ", re.M)
    for name in files:
        path = REPO / name
        if path.suffix in {".py", ".md", ".html", ".css", ".json", ".toml", ".txt"} and path.is_file():
            assert not marker.search(path.read_text(encoding="utf-8", errors="replace")), name
