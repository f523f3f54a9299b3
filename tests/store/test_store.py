"""The SQLite store: idempotent, resumable builds; bad input never harms stored data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import storyline
from storyline.store import StoreError, open_store
from storyline.store.migrations import SCHEMA_VERSION


def counts(db: str) -> dict[str, int]:
    with open_store(db) as store:
        return store.counts()


def test_store_build_seeds_and_rebuild_is_noop(seeds: dict[str, Path], db: str) -> None:
    first = storyline.build([seeds["000"].parent], db=db)
    assert (first.documents_added, first.errors) == (3, [])
    before = counts(db)
    assert before["documents"] == 3 and before["sentences"] > 60
    again = storyline.build([seeds["000"].parent], db=db)
    assert again.documents_added == 0 and again.files_skipped_unchanged == 3
    assert counts(db) == before


def test_store_same_article_two_paths_one_document(seeds: dict[str, Path], tmp_path: Path, db: str) -> None:
    copy = tmp_path / "copy" / "reprint.txt"
    copy.parent.mkdir()
    shutil.copy(seeds["002"], copy)
    report = storyline.build([seeds["002"], copy], db=db)
    assert report.documents_added == 1 and report.documents_seen == 2
    with open_store(db) as store:
        (doc,) = list(store.iter_documents())
    assert sorted(doc["sources"]) == sorted([str(seeds["002"]), str(copy)])


def test_store_round_trip_matches_analysis(seeds: dict[str, Path], db: str, seed_docs: dict) -> None:
    storyline.build([seeds["003"]], db=db)
    with open_store(db) as store:
        (stored,) = list(store.iter_documents())
    fresh = seed_docs["003"].to_dict()
    for key in ("id", "text", "lang", "published", "spans", "sentences", "entities", "quotes", "figures", "times"):
        assert stored[key] == json.loads(json.dumps(fresh[key])), key


def test_store_bad_files_leave_store_intact(seeds: dict[str, Path], tmp_path: Path, db: str) -> None:
    storyline.build([seeds["000"].parent], db=db)
    before = counts(db)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (bad / "broken.jsonl").write_text('{"text": "unterminated\n', encoding="utf-8")
    (bad / "latin1.txt").write_bytes("Nato har rundt 11.000 soldater i Afghanistan, sier generalsekretæren.".encode("latin-1"))
    report = storyline.build([bad], db=db)
    problems = {Path(e.source.split("#")[0]).name: e.problem for e in report.errors}
    assert set(problems) == {"empty.txt", "binary.txt", "broken.jsonl"}
    assert report.documents_added == 1  # the Latin-1 article is decoded, not lost
    after = counts(db)
    assert after["documents"] == before["documents"] + 1
    assert after["sentences"] >= before["sentences"]


def test_store_interrupted_build_resumes(seeds: dict[str, Path], db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.api as api

    real = api.analyze_article
    calls = {"n": 0}

    def crash_on_second(raw, options=None):  # noqa: ANN001, ANN202 - test double
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(raw, options)

    monkeypatch.setattr(api, "analyze_article", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        storyline.build([seeds["000"].parent], db=db)
    assert counts(db)["documents"] == 1
    monkeypatch.setattr(api, "analyze_article", real)
    report = storyline.build([seeds["000"].parent], db=db)
    assert report.documents_added == 2 and report.files_skipped_unchanged == 1
    assert counts(db)["documents"] == 3


def test_store_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not sqlite at all " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="notes.db"):
        open_store(str(path))
    assert path.read_text(encoding="utf-8").startswith("not sqlite")


def test_store_schema_versioned(db: str) -> None:
    with open_store(db) as store:
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_store_derived_rows_replace(db: str) -> None:
    with open_store(db) as store:
        store.save_derived("stories", [{"id": 1}, {"id": 2}])
        store.save_derived("stories", [{"id": 3}])
        assert store.load_derived("stories") == [{"id": 3}]
        assert store.load_derived("nothing") == []


def test_store_state_blobs_and_nested_transaction(db: str) -> None:
    with open_store(db) as store:
        assert store.load_state("stories") is None
        store.save_state("stories", b"\x00one")
        store.save_state("stories", b"\x00two")
        assert store.load_state("stories") == b"\x00two"
        with pytest.raises(RuntimeError), store.transaction():
            store.save_derived("stories", [{"id": 1}])
            with store.transaction():
                store.save_state("stories", b"three")
            raise RuntimeError("interrupted")
        assert store.load_state("stories") == b"\x00two" and store.load_derived("stories") == []
        store.drop_states()
        assert store.load_state("stories") is None


def test_store_parallel_build_same_result(seeds: dict[str, Path], tmp_path: Path) -> None:
    serial, parallel = str(tmp_path / "serial.db"), str(tmp_path / "parallel.db")
    storyline.build([seeds["000"].parent], db=serial)
    report = storyline.build([seeds["000"].parent], db=parallel, jobs=2)
    assert report.documents_added == 3
    with open_store(serial) as a, open_store(parallel) as b:
        assert list(a.iter_documents()) == list(b.iter_documents())


def test_store_build_derives_cross_document_results(seeds: dict[str, Path], db: str) -> None:
    report = storyline.build([seeds["000"].parent], db=db)
    assert list(report.derived) == ["entities", "series", "stories", "timeline"]  # in this order
    with open_store(db) as store:
        series = store.load_derived("series")
        (story,) = store.load_derived("stories")
        timeline = store.load_derived("timeline")
    nato = [s for s in series if s["subject"] == "NATO" and s["measure"] == "troops"]
    assert [p["value"] for p in nato[0]["points"]] == [10000, 12000, 11000, 0]
    # the main story's timeline is there for the web app, Doha deal to the ministers' meeting
    assert {e["story"] for e in timeline} == {story["id"]}
    dates = [e["date"] for e in timeline]
    assert dates == sorted(dates) and "2020-02" in dates and "2021-08-20" in dates
    again = storyline.build([seeds["000"].parent], db=db)
    assert again.derived == {}  # nothing new: nothing recomputed


def test_store_inside_the_ingested_folder_is_not_input(seeds: dict[str, Path], tmp_path: Path) -> None:
    """``storyline build .`` with the store in that folder: the database and its journals are
    neither read as articles nor reported as unknown files, on the first run or the next."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(seeds["002"], folder / "article.txt")
    db = str(folder / "storyline.db")
    first = storyline.build([folder], db=db)
    again = storyline.build([folder], db=db)
    assert (first.documents_added, first.errors) == (1, [])
    assert (again.documents_added, again.errors, again.files_skipped_unchanged) == (0, [], 1)
