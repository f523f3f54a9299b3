"""A written date alone is no evidence of one story: two reports of one day stay apart."""

from __future__ import annotations

from typing import Any

from storyline.stories.cluster import Clusterer, Item, only_when
from storyline.stories.features import WORD, extract
from storyline.stories.index import story_params

BOMBING, ECONOMICS = "1b5de5974b31", "195b0f1b1229"  # "10 octobre : une série de bombardements..."
ECONOMICS_RO = "3b54cd27b79c"  # "10 octombrie Premiul Nobel pentru Științe Economice ... Ben Bernanke"


def shared_anchors(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The anchor keys (not words) two documents share."""
    keys_a, keys_b = extract(a).keys, extract(b).keys
    return [k for k in keys_a if k in keys_b and not k.startswith(WORD)]


def test_cluster_when_two_reports_sharing_only_their_date_stay_apart(itn_docs: list[dict[str, Any]]) -> None:
    by_id = {d["id"]: d for d in itn_docs}
    bombing, economics = by_id[BOMBING], by_id[ECONOMICS]
    assert bombing["text"].startswith("10 octobre") and economics["text"].startswith("10 octobre")
    shared = shared_anchors(bombing, economics)
    assert "t:1010" in shared and only_when(shared)  # the written date and its day number, nothing else
    clusterer = Clusterer(story_params())
    items = [Item(d["id"], d["lang"], 738803, extract(d).keys) for d in (bombing, economics)]
    clusterer.observe(items)
    assert clusterer.add(items[0]) != clusterer.add(items[1])


def test_cluster_when_a_shared_name_beside_the_date_is_evidence(itn_docs: list[dict[str, Any]]) -> None:
    by_id = {d["id"]: d for d in itn_docs}
    shared = shared_anchors(by_id[ECONOMICS], by_id[ECONOMICS_RO])
    assert "t:1010" in shared and "k:blnk" in shared and not only_when(shared)  # Bernanke as well
    assert not only_when([]) and only_when(["t:1010", "d:10", "d:2022"]) and not only_when(["t:1010", "d:70"])
