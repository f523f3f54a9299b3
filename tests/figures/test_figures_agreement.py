"""The second, blind annotation of the subject against the gold: its numbers and its failure paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.figures.agreement import (
    DEFAULT_SECOND,
    PARTS,
    AgreementError,
    agree,
    disagreements,
    export,
    load_second,
    main,
    measure,
    strictly_agree,
    table,
)
from storyline.figures.evaluate import DEFAULT_GOLD, load_gold

ROWS = load_gold(DEFAULT_GOLD)


def test_agreement_export_hides_the_subject() -> None:
    items = export(ROWS)
    assert len(items) == 232  # development 5-8 (173) and heldout-3 (59)
    assert all("subject" not in item for item in items)
    assert {item["id"] for item in items} <= {r["id"] for r in ROWS}


def test_agreement_table_numbers_in_range() -> None:
    result = table(measure(ROWS, load_second(DEFAULT_SECOND)))
    assert set(PARTS) | {"development 5-8", "all"} == set(result)
    assert result["all"]["figures"] == 232
    for row in result.values():
        for key in ("agreement", "strict_agreement", "system_value_subject", "system_value_subject_on_agreed"):
            assert 0.0 <= row[key] <= 1.0
        assert row["strict_agreement"] <= row["agreement"]
        assert -1.0 <= row["null_vs_named_kappa"] <= 1.0
    assert result["all"]["agreement"] >= 0.9  # the measured agreement (0.983), as a floor


def test_agreement_matching_follows_the_evaluator() -> None:
    assert agree("U.S.", "United States") and agree(["Iraq", "Baghdad"], ["Baghdad", "Iraq"])
    assert agree(["Airbus", None], None) and not strictly_agree(["Airbus", None], None)
    assert agree("Hillary Clinton", "Clinton") and not agree("Trump", "Clinton")


def test_agreement_disagreements_never_list_a_sealed_block() -> None:
    lines = disagreements(ROWS, load_second(DEFAULT_SECOND))
    sealed = {r["id"] for r in ROWS if r["block"] in ("heldout-2", "heldout-3", "heldout-4")}
    assert lines and not any(line.split()[1] in sealed for line in lines)


def _copy_second(tmp_path: Path, edit: str) -> Path:
    lines = DEFAULT_SECOND.read_text(encoding="utf-8").splitlines()
    if edit == "garble":
        lines[3] = lines[3][:20]
    elif edit == "drop":
        del lines[5]
    path = tmp_path / "second.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_agreement_garbled_line_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy_second(tmp_path, "garble")
    with pytest.raises(AgreementError) as exc:
        load_second(path)
    assert exc.value.problems == [p for p in exc.value.problems if "second.jsonl:4: garbled line" in p]
    assert main(["--second", str(path), "--no-system"]) == 2
    assert "second.jsonl:4: garbled line" in capsys.readouterr().err


def test_agreement_missing_figure_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy_second(tmp_path, "drop")
    dropped = json.loads(DEFAULT_SECOND.read_text(encoding="utf-8").splitlines()[5])
    assert main(["--second", str(path), "--no-system"]) == 2
    err = capsys.readouterr().err
    assert f"missing: no second annotation for {dropped['id']} {dropped['start']}-{dropped['end']}" in err


def test_agreement_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--second", str(tmp_path / "absent.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("agreement: ") and err.count("\n") == 1
