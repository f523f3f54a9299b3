"""The store's browsing queries: the SQLite ones answer as the backend-neutral defaults do, and a
read-only store refuses every write."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline
from storyline.pipeline import Options
from storyline.store import Store, StoreError, open_store


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds: dict[str, Path]) -> str:
    db = str(tmp_path_factory.mktemp("queries") / "q.db")
    storyline.build(list(seeds.values()), db=db, options=Options(components=("clean", "lang", "sentences")))
    return db


@pytest.mark.parametrize(("lang", "contains"), [(None, None), ("nb", None), (None, "STOLTENBERG"), ("en", "Doha"),
                                                (None, "100%"), (None, "nothing-like-this")])  # fmt: skip
def test_store_find_documents_matches_default(seeds_db: str, lang: str | None, contains: str | None) -> None:
    with open_store(seeds_db, read_only=True) as store:
        for limit, offset in ((50, 0), (1, 1)):
            fast = store.find_documents(lang=lang, contains=contains, limit=limit, offset=offset)
            slow = Store.find_documents(store, lang=lang, contains=contains, limit=limit, offset=offset)
            assert fast[0] == slow[0] and [d["id"] for d in fast[1]] == [d["id"] for d in slow[1]]


def test_store_layer_describe_sources_match_default(seeds_db: str) -> None:
    with open_store(seeds_db, read_only=True) as store:
        assert list(store.iter_layer("spans")) == list(Store.iter_layer(store, "spans"))
        assert store.describe() == Store.describe(store)
        assert store.describe()["languages"] == {"en": 2, "nb": 1}
        sources = [d["source"] for d in store.iter_documents()] + ["not/a/source.txt"]
        assert store.documents_of_sources(sources) == Store.documents_of_sources(store, sources)
        assert len(store.documents_of_sources(sources)) == 3
        span = store.describe()["published"]
        assert span is not None
        day = span["min"][:10]  # a day left out (a stamp) leaves the span without it
        assert store.describe({day}) == Store.describe(store, {day})
        assert (store.describe({day})["published"] or {}).get("min", "9999")[:10] > day


def test_store_read_only_refuses_writes(seeds_db: str, tmp_path: Path) -> None:
    before = Path(seeds_db).read_bytes()
    with open_store(seeds_db, read_only=True) as store, pytest.raises(Exception, match="readonly"):
        store.add_source(next(store.iter_documents())["id"], "elsewhere.txt")
    assert Path(seeds_db).read_bytes() == before
    with pytest.raises(StoreError, match="no such store"):
        open_store(str(tmp_path / "absent.db"), read_only=True)
    assert not (tmp_path / "absent.db").exists()
