"""The clusterer's candidates: rare keys block, frequent anchors shared within a week do too."""

from __future__ import annotations

from storyline.stories.cluster import Clusterer, Item, Params

FREQUENT = {"c:GB": 1.0, "c:US": 1.0, "d:2022": 1.0}  # a country pair and a year: too common to block


def crowded(params: Params) -> Clusterer:
    """A clusterer whose corpus holds the three frequent anchors in 40 unrelated items."""
    clusterer = Clusterer(params)
    fillers = [Item(f"f{i}", "en", None, {**FREQUENT, f"n:filler{i}": 1.0}) for i in range(40)]
    clusterer.observe(fillers)
    return clusterer


def test_cluster_frequent_anchors_alone_block_nothing() -> None:
    clusterer = crowded(Params())
    first = clusterer.add(Item("a", "en", 100, {**FREQUENT, "n:truss": 1.0}))
    vec = clusterer.weigh(FREQUENT)
    assert first not in clusterer.candidates(vec, None, 103)


def test_cluster_frequent_anchors_shared_within_a_week_make_a_candidate() -> None:
    clusterer = crowded(Params(wide_min=3, wide_days=7))
    first = clusterer.add(Item("a", "en", 100, {**FREQUENT, "n:truss": 1.0}))
    vec = clusterer.weigh(FREQUENT)
    assert first in clusterer.candidates(vec, None, 103)
    assert first not in clusterer.candidates(vec, None, 130)  # a month later: another week's postings
    assert first not in clusterer.candidates(vec, None, None)  # undated items do not use them
    two = clusterer.weigh({"c:GB": 1.0, "c:US": 1.0})
    assert first not in clusterer.candidates(two, None, 103)  # two shared anchors are not enough
