"""The story index saved in the store between builds: equivalence, validity checks, fallbacks."""

from __future__ import annotations

import io
import json
import logging
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.store import open_store
from storyline.stories import StoryIndex, StoryOptions, update_stories
from storyline.stories import index as index_module
from storyline.stories.persist import STATE_NAME
from storyline.stories.state import FORMAT, MAGIC, StateError, pack, unpack

VERSION = "test-v1"


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents whose features are extracted (the document-level work)."""
    seen: list[str] = []
    original = index_module.extract

    def counting(doc: dict[str, Any]) -> Any:
        seen.append(doc["id"])
        return original(doc)

    monkeypatch.setattr(index_module, "extract", counting)
    return seen


@pytest.fixture
def seed_store(tmp_path: Path, seed_docs: dict[str, Any]) -> Any:
    """A store holding the two English seeds, their stories saved (the index with them)."""
    store = open_store(str(tmp_path / "seeds.db"))
    for key in ("000", "002"):
        store.put_document(seed_docs[key], VERSION)
    first = update_stories(store)
    assert not first.incremental and first.added == 2 and not first.notice
    yield store
    store.close()


def one_story_of_three(rows: list[dict[str, Any]]) -> bool:
    """The seeds' story: the three articles, in English and Norwegian."""
    return len(rows) == 1 and len(rows[0]["document_ids"]) == 3 and rows[0]["languages"] == {"en": 2, "nb": 1}


def test_persist_saved_then_added_equals_in_process_incremental(itn_docs: list[dict[str, Any]]) -> None:
    docs = sorted(itn_docs, key=lambda d: (d["date"], d["id"]))
    first, second = docs[:1000], docs[1000:]
    in_process = StoryIndex()
    in_process.add(first)
    saved = pack(in_process.to_state())
    in_process.add(second)
    reloaded = StoryIndex.from_state(unpack(saved), StoryOptions())
    assert reloaded.add(second) == len(second)
    expected = [s.to_dict() for s in in_process.stories()]
    assert [s.to_dict() for s in reloaded.stories()] == expected
    assert sum(len(s["document_ids"]) for s in expected) == len(docs)


class FakeE5:
    """Deterministic unit vectors from the text (the embedding paths without the optional model)."""

    def passage(self, texts: list[str]) -> np.ndarray:
        rows = [np.random.default_rng(zlib.crc32(t.encode())).normal(size=16) for t in texts]
        return np.array([r / np.linalg.norm(r) for r in rows], dtype=np.float32)

    query = passage  # the name bridge's (.bridge) embeddings of bare names


def test_persist_round_trip_with_embeddings(itn_docs: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.stories import embed

    monkeypatch.setattr(embed, "_model", FakeE5)
    options = StoryOptions(embed=True)
    docs = sorted(itn_docs, key=lambda d: (d["date"], d["id"]))[:600]
    in_process = StoryIndex(options)
    in_process.add(docs[:400])
    saved = pack(in_process.to_state())
    in_process.add(docs[400:])
    reloaded = StoryIndex.from_state(unpack(saved), options)
    reloaded.add(docs[400:])
    assert reloaded.events._dense_ids and reloaded.event_dense
    assert reloaded.bridge is not None and reloaded.bridge.targets  # the names seen before the save
    assert [s.to_dict() for s in reloaded.stories()] == [s.to_dict() for s in in_process.stories()]


def test_persist_third_seed_joins_the_story_extracting_only_itself(
    seed_store: Any, seed_docs: dict[str, Any], extracted: list[str]
) -> None:
    seed_store.put_document(seed_docs["003"], VERSION)
    update = update_stories(seed_store)
    assert update.incremental and update.added == 1 and not update.notice
    assert extracted == [seed_docs["003"].id]
    assert one_story_of_three(update.rows)
    assert seed_store.load_derived("stories") == update.rows
    assert {e["story"] for e in seed_store.load_derived("events")} == {update.rows[0]["id"]}
    again = update_stories(seed_store)  # nothing new: the saved index as it is
    assert again.incremental and again.added == 0 and again.rows == update.rows


@pytest.mark.parametrize(
    "damage",
    [lambda blob: blob[: len(blob) // 2], lambda blob: blob[:-40] + bytes(40), lambda blob: b"not a state at all"],
    ids=["truncated", "overwritten", "foreign"],
)
def test_persist_corrupt_state_recomputes_with_one_notice(
    seed_store: Any, seed_docs: dict[str, Any], damage: Any, caplog: pytest.LogCaptureFixture, extracted: list[str]
) -> None:
    seed_store.save_state(STATE_NAME, damage(seed_store.load_state(STATE_NAME)))
    seed_store.put_document(seed_docs["003"], VERSION)
    with caplog.at_level(logging.WARNING, logger="storyline.stories"):
        update = update_stories(seed_store)
    assert not update.incremental and "unreadable" in update.notice
    assert len(caplog.records) == 1 and "clustering all 3 documents again" in caplog.records[0].getMessage()
    assert sorted(extracted) == sorted(d.id for d in seed_docs.values())
    assert one_story_of_three(update.rows)
    assert update_stories(seed_store).incremental  # the new index was saved in its place


def test_persist_other_options_recompute(seed_store: Any, extracted: list[str]) -> None:
    update = update_stories(seed_store, StoryOptions(duplicate_threshold=0.8))
    assert not update.incremental and "other options" in update.notice and len(extracted) == 2
    assert update_stories(seed_store, StoryOptions(duplicate_threshold=0.8, cache_dir="/tmp")).incremental


def test_persist_reanalysed_or_deleted_document_recomputes(seed_store: Any, seed_docs: dict[str, Any]) -> None:
    seed_store.put_document(seed_docs["002"], "test-v2")
    update = update_stories(seed_store)
    assert not update.incremental and f"document {seed_docs['002'].id} was re-analysed" in update.notice
    with seed_store.transaction():
        seed_store.conn.execute("DELETE FROM documents WHERE id = ?", (seed_docs["000"].id,))
    update = update_stories(seed_store)
    assert not update.incremental and "was deleted" in update.notice
    assert [r["document_ids"] for r in update.rows] == [[seed_docs["002"].id]]


def test_persist_rows_and_state_are_saved_together(seed_store: Any, seed_docs: dict[str, Any],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    before = seed_store.load_derived("stories"), seed_store.load_state(STATE_NAME)

    def broken(name: str, data: bytes) -> None:
        raise OSError("disk full")

    seed_store.put_document(seed_docs["003"], VERSION)
    monkeypatch.setattr(seed_store, "save_state", broken)
    with pytest.raises(OSError):
        update_stories(seed_store)
    monkeypatch.undo()
    assert (seed_store.load_derived("stories"), seed_store.load_state(STATE_NAME)) == before


def test_persist_blob_never_unpickles() -> None:
    body = io.BytesIO()
    text = json.dumps({"x": {"$array": 0}}).encode()
    body.write(len(text).to_bytes(8, "big") + text)
    np.save(body, np.array([{"run": "code"}], dtype=object), allow_pickle=True)
    blob = MAGIC + FORMAT.to_bytes(2, "big") + zlib.compress(body.getvalue())
    with pytest.raises(StateError):
        unpack(blob)
    with pytest.raises(TypeError):
        pack({"x": np.array([object()], dtype=object)})
    with pytest.raises(StateError, match="format"):
        unpack(MAGIC + (FORMAT + 1).to_bytes(2, "big") + zlib.compress(b""))


def test_persist_cli_rebuild_and_build_rebuild(shared: Path, tmp_path: Path, extracted: list[str]) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    seeds = shared / "corpus" / "seeds"
    assert runner.invoke(app, ["build", str(seeds), "--db", db, "-q"]).exit_code == 0
    assert len(extracted) == 3
    result = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0 and len(extracted) == 3  # the saved index, nothing new
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    result = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl", "--rebuild"])
    assert result.exit_code == 0 and len(extracted) == 6 and "note:" not in result.output
    assert [json.loads(line) for line in result.stdout.splitlines()] == rows
    result = runner.invoke(app, ["build", str(seeds), "--db", db, "--rebuild"])
    assert result.exit_code == 0 and "derived stories: 1 rows" in result.output and len(extracted) == 9
    with open_store(db) as store:
        store.save_state(STATE_NAME, b"garbage")
    result = runner.invoke(app, ["stories", "--db", db])
    assert result.exit_code == 0 and "note: the saved story index is unreadable" in result.output
    assert "Traceback" not in result.output and "1 stories" in result.stdout


def test_persist_evaluate_batches_cluster_every_document_once(itn_docs: list[dict[str, Any]]) -> None:
    from storyline.stories.evaluate import clusters

    docs = itn_docs[:600]
    found = clusters(docs, "story", StoryOptions(), batches=3)
    assert sorted(m for c in found for m in c) == sorted(d["id"] for d in docs)


def test_persist_build_says_when_the_saved_index_is_set_aside(shared: Path, tmp_path: Path) -> None:
    seeds = sorted((shared / "corpus" / "seeds").glob("*.txt"))
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for seed in seeds[:2]:
        (first / seed.name).write_bytes(seed.read_bytes())
    (later / seeds[2].name).write_bytes(seeds[2].read_bytes())
    db = str(tmp_path / "notice.db")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(first), "--db", db, "-q"]).exit_code == 0
    with open_store(db) as store:
        store.save_state(STATE_NAME, b"garbage")
    result = runner.invoke(app, ["build", str(later), "--db", db])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert "note: stories: the saved story index is unreadable" in result.output
    with open_store(db) as store:
        stories = store.load_derived("stories")
    assert len(stories) == 1 and len(stories[0]["documents"]) == 3  # recomputed over all three
