"""The learned join decision: features, fitting, training on gold ITN subjects, loading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from storyline.stories.evaluate import clusters
from storyline.stories.index import StoryOptions
from storyline.stories.linker import FEATURES, Linker, fit, load
from storyline.stories.train_linker import Setup, bcubed, fold_of, labelled, run, train


@pytest.fixture(scope="module")
def halves(itn_docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """ITN dev split in two by a hash of the gold subject, as the held-out set was drawn."""
    return ([d for d in itn_docs if fold_of(d["event"], 2) == 0], [d for d in itn_docs if fold_of(d["event"], 2) == 1])


@pytest.fixture(scope="module")
def trained(halves: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> Linker:
    """A story-level linker trained on the first half only (one round: quick)."""
    return train([halves[0]], Setup(rounds=1))


def test_linker_fit_is_deterministic_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(400, len(FEATURES)))
    labels = (rows[:, 0] + 0.5 * rows[:, 3] > 0).astype(float)
    first, second = fit(rows, labels), fit(rows, labels)
    assert np.array_equal(first.coef, second.coef)
    assert ((first.probs(rows.tolist()) > 0.5) == labels).mean() > 0.95
    again = Linker.from_dict(json.loads(json.dumps(first.to_dict())))
    assert np.allclose(again.probs(rows[:5].tolist()), first.probs(rows[:5].tolist()), atol=1e-4)
    with pytest.raises(ValueError, match="other features"):
        Linker.from_dict({**first.to_dict(), "features": ["cos n:"]})


def test_linker_recording_decisions_changes_nothing(halves: tuple[list[dict[str, Any]], ...]) -> None:
    docs = halves[1]
    plain, _ = run(docs, None)
    recorded, traces = run(docs, None, Setup(top_k=5))
    assert recorded == plain  # the hand scorer, only watched
    rows, labels = labelled(traces, {d["id"]: d["event"] for d in docs})
    assert len(rows) > 1000 and all(len(r) == len(FEATURES) for r in rows)
    assert 0.02 < np.mean(labels) < 0.5  # both kinds of candidates, most of them wrong


def test_linker_trained_on_half_changes_decisions_on_the_other(
    halves: tuple[list[dict[str, Any]], ...], trained: Linker, tmp_path: Path
) -> None:
    docs = halves[1]
    gold = {d["id"]: d["event"] for d in docs}
    hand, learned = run(docs, None)[0], run(docs, trained)[0]
    assert sorted(map(sorted, hand)) != sorted(map(sorted, learned))
    assert bcubed(learned, gold)[2] > 0.7  # held-out subjects: the same league as the hand scorer
    path = tmp_path / "linker.json"
    path.write_text(json.dumps(trained.to_dict()), encoding="utf-8")
    assert load(str(path)).threshold == trained.threshold
    inputs = [{"id": d["id"], "text": d["text"], "lang": d["lang"], "published": d["date"]} for d in docs]
    assert clusters(inputs, "story", StoryOptions(), str(path)) == learned  # evaluate --linker
    options = StoryOptions()
    options.story.linker = str(path)
    assert clusters(inputs, "story", options) == learned  # Params.linker


def test_linker_is_not_the_default() -> None:
    assert StoryOptions().story.linker is None and StoryOptions().event.linker is None
