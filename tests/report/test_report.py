"""The static report: shows what is stored, and never lets article text become markup."""

from __future__ import annotations

from pathlib import Path

import storyline
from storyline.report import text_segments, write_report
from storyline.store import open_store


def test_report_escapes_untrusted_text(tmp_path: Path, db: str) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text('title: <img src=x onerror="alert(1)">\n<script>alert("x")</script> NATO said "hi".\n', encoding="utf-8")
    storyline.build([evil], db=db)
    with open_store(db) as store:
        html = write_report(store, tmp_path / "out").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in html and "&lt;img src=x" in html


def test_report_segments_cover_text_in_order(seed_docs: dict) -> None:
    doc = seed_docs["002"].to_dict()
    segments = text_segments(doc)
    assert "".join(piece for _, piece in segments) == doc["text"]
    assert ("credit", "Francisco Seco/AP Photo") in segments
