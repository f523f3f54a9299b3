"""Near-duplicates: a wire text reprinted with small edits is one copy group."""

from __future__ import annotations

from storyline.stories.minhash import DuplicateIndex, signature

WIRE = (
    "NATO Secretary-General Jens Stoltenberg has said the military alliance will not leave Afghanistan "
    "until security conditions allow, as rising violence threatens to derail ongoing intra-Afghan peace "
    "talks in Qatar. The talks offer the best chance for peace in a generation, Stoltenberg said."
)


def test_minhash_copies_grouped_and_others_not() -> None:
    index = DuplicateIndex()
    assert index.add("a", WIRE) == "a"
    assert index.add("b", "Reuters - " + WIRE + " Copyright 2020.") == "a"
    assert index.add("c", WIRE.replace("Qatar", "Doha")) == "a"
    assert index.add("d", "The Taliban and the Afghan government agreed on rules for the talks in Doha.") == "d"
    assert index.groups() == {"a": ["a", "b", "c"], "d": ["d"]}


def test_minhash_empty_text_is_its_own_group() -> None:
    assert signature("  ") is None
    index = DuplicateIndex()
    assert index.add("e", "") == "e"
    assert index.add("e", WIRE) == "e"  # already indexed: unchanged
