"""Full-text search in the store: finds words across languages and scripts, ranks, survives any
query, stays in step with re-ingests, and upgrades an older store in place."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.api import analysis_version
from storyline.store import Store, open_store
from storyline.store.fulltext import Term, parse
from storyline.store.migrations import SCHEMA_VERSION, m003_fulltext

from .conftest import BARE, EN_TITLE, downgrade_to_v2

GARBAGE = ['"', "AND OR", "*", "NEAR(", "<script>", "title:x", 'a"b', ")(", "-", "^", "NOT", "OR", "x*y*",
           "'; DROP TABLE documents; --", "\x00", "{col1 col2}: x", "%", "_", "* AND *", "\"\"\"", "a" * 300,
           " ".join(["nato"] * 40), "NEAR(nato taliban, 2)", "北", "ก", "a\x00b",
           "\udcff nato", "nato\u200b", "\ue000nato\ue001"]  # fmt: skip


def ids(hits: list[dict]) -> list[str]:
    return [h["document"]["id"] for h in hits]


def marked(hit: dict) -> list[str]:
    """The matched words in a hit's snippet."""
    return [hit["snippet"][s:e] for s, e in hit["highlights"]]


def with_text(rows: list[dict], needle: str) -> int:
    return sum(needle in r["text"] for r in rows)


def test_search_parse_quotes_every_operator() -> None:
    assert parse('Stoltenberg "tre måneder" generalsekret* AND') == [
        Term("Stoltenberg"), Term("tre måneder"), Term("generalsekret", prefix=True), Term("AND")]
    assert parse('" * <> -') == [] and parse(None) == []
    assert parse('an "unpaired quote') == [Term("an"), Term("unpaired"), Term("quote")]
    assert [t.nospace for t in parse("习近平 Kabul ฟินแลนด์")] == [True, False, True]


def test_search_finds_stoltenberg_title_first(search_db: str) -> None:
    with open_store(search_db, read_only=True) as store:
        total, hits = store.search_documents("Stoltenberg")
    assert total == 3 and hits[0]["document"]["title"] == EN_TITLE  # a title match weighs more
    scores = [h["score"] for h in hits]
    assert all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    for hit in hits:
        assert marked(hit) and {w.casefold() for w in marked(hit)} == {"stoltenberg"}


@pytest.mark.parametrize(("query", "found"), [("soldater", {"nb"}), ("Kabul", {"en", "nb"}), ("maneder", {"nb"}),
                                              ("MÅNEDER", {"nb"}), ("generalsekret*", {"nb"})])  # fmt: skip
def test_search_norwegian_words_and_diacritics(search_db: str, query: str, found: set[str]) -> None:
    with open_store(search_db, read_only=True) as store:
        total, hits = store.search_documents(query)
    assert total >= 1 and {h["document"]["lang"] for h in hits} == found
    assert all(marked(h) for h in hits if h["document"]["lang"] == "nb")


def test_search_korean_word_with_its_particle_by_prefix(search_db: str) -> None:
    """Korean is spaced, but particles cling to words: 키프로스의 (of Cyprus) is one word."""
    with open_store(search_db, read_only=True) as store:
        assert store.search_documents("키프로스")[0] == 0
        total, hits = store.search_documents("키프로스*")
    assert total == 1 and marked(hits[0]) == ["키프로스의"]


def test_search_tamil_word_keeps_its_vowel_signs(search_db: str) -> None:
    """Combining marks belong to the word: சூறாவளி (cyclone) is one word, not three pieces."""
    with open_store(search_db, read_only=True) as store:
        total, hits = store.search_documents("சூறாவளி")
        assert total >= 1 and all(h["document"]["lang"] == "ta" and marked(h) == ["சூறாவளி"] for h in hits)
        assert store.search_documents("சூறா")[0] == 0 and store.search_documents("சூறா*")[0] == total


@pytest.mark.parametrize("query", ["习近平", "总统", "中國", "地震", "ฟินแลนด์", "นายกรัฐมนตรี"])
def test_search_chinese_and_thai_substrings(search_db: str, itn_rows: list[dict], query: str) -> None:
    """No spaces between words: a query is found inside a clause, by the trigram index (3+ characters)
    or by a scan (2), exactly where the text holds it."""
    with open_store(search_db, read_only=True) as store:
        total, hits = store.search_documents(query)
    assert total == with_text(itn_rows, query) >= 1
    assert all(query in h["document"]["text"] and query in marked(h) for h in hits)


def test_search_phrase_and_prefix(search_db: str) -> None:
    with open_store(search_db, read_only=True) as store:
        (nb,) = ids(store.search_documents('"tre måneder"')[1])
        assert store.search_documents('"måneder tre"')[0] == 0  # a phrase keeps its order
        assert store.search_documents("tre måneder")[0] >= 1
        assert store.search_documents('"Stoltenberg Rules Out"')[0] == 1
        prefix = store.search_documents("Stolten*")[0]
        assert prefix == store.search_documents("Stoltenberg")[0] and store.search_documents("Stolten")[0] == 0
    assert nb


@pytest.mark.parametrize("query", GARBAGE)
def test_search_garbage_query_never_fails(search_db: str, query: str) -> None:
    with open_store(search_db, read_only=True) as store:
        total, hits = store.search_documents(query, limit=5)
    assert isinstance(total, int) and len(hits) <= 5
    assert all(isinstance(h["snippet"], str) for h in hits)
    if not parse(query):
        assert (total, hits) == (0, [])


@pytest.mark.parametrize(("query", "lang"), [("Stoltenberg", None), ("nato", None), ("nato", "en"), ("nob*", None),
                                             ('"Nobel Prize"', None), ("总统", None), ("习近平 中国", None),
                                             ("Finland NATO", None), ("росс*", "ru"), ("100%", None),
                                             ("Украины", None), ("நியூசிலாந்து", None), ("ජනාධිපති", None)])  # fmt: skip
def test_search_index_matches_reference_scan(search_db: str, query: str, lang: str | None) -> None:
    """The SQLite indexes find exactly what the backend-neutral matcher finds (order aside)."""
    with open_store(search_db, read_only=True) as store:
        fast = store.search_documents(query, lang=lang, limit=1000)
        slow = Store.search_documents(store, query, lang=lang, limit=1000)
    assert fast[0] == slow[0] and set(ids(fast[1])) == set(ids(slow[1]))


def test_search_pages_are_windows_of_one_ranking(search_db: str) -> None:
    with open_store(search_db, read_only=True) as store:
        total, everything = store.search_documents("nob*", limit=500)
        pages = [store.search_documents("nob*", limit=7, offset=o) for o in range(0, total, 7)]
    assert total > 14 and all(p[0] == total for p in pages)
    assert [i for p in pages for i in ids(p[1])] == ids(everything)


def fts_instances(store: Store) -> int:
    """Every (word, document, position) the word index holds: a duplicated row would add to it."""
    store.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, documents_fts, 'row')")
    return store.conn.execute("SELECT sum(cnt) FROM temp.v").fetchone()[0]


def test_search_reingest_keeps_one_row_per_document(search_db: str, tmp_path: Path, seed_docs: dict) -> None:
    db = str(tmp_path / "copy.db")
    shutil.copy(search_db, db)
    doc = seed_docs["000"]
    count = "SELECT count(*) FROM documents"
    in_titles = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'title : rushed'"
    with open_store(db) as store:
        before, stored = fts_instances(store), store.conn.execute(count).fetchone()
        total = store.search_documents("Stoltenberg")[0]
        for _ in range(2):
            store.put_document(doc, analysis_version(BARE))
        assert fts_instances(store) == before and store.search_documents("Stoltenberg")[0] == total
        store.put_document(replace(doc, title="Zanzibar headline"), "another analysis")
        assert ids(store.search_documents("Zanzibar")[1]) == [doc.id]
        assert store.conn.execute(in_titles).fetchone()[0] == 0  # the old title left the index
        for title, found in (("斯托尔滕贝格排除仓促撤军", [doc.id]), (doc.title, [])):  # into the trigram index, and out
            store.put_document(replace(doc, title=title), analysis_version(BARE))
            assert ids(store.search_documents("斯托尔滕贝格")[1]) == found
        assert store.conn.execute(count).fetchone() == stored and fts_instances(store) == before


def test_search_old_store_upgraded_and_backfilled(search_db: str, tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    shutil.copy(search_db, db)
    downgrade_to_v2(db)
    with open_store(db, read_only=True) as store:  # a reader does without the index: a scan
        assert not store.fulltext
        old = store.search_documents("nato", limit=1000)
    with open_store(db) as store:  # a writer upgrades in place
        assert store.fulltext
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == list(range(1, SCHEMA_VERSION + 1))
        new = store.search_documents("nato", limit=1000)
        assert new[0] == old[0] > 0 and set(ids(new[1])) == set(ids(old[1]))
        assert store.search_documents("习近平")[0] == 1  # the trigram index was back-filled too
        instances = fts_instances(store)
        with store.conn:
            m003_fulltext(store.conn)  # rerunning the migration (interrupted upgrade) changes nothing
        assert fts_instances(store) == instances
    with open_store(db, read_only=True) as store:
        assert store.fulltext and store.search_documents("nato")[0] == old[0]


def test_search_snippet_skips_boilerplate(search_db: str) -> None:
    """The RFE/RL seed opens with "Accessibility links / Breaking News" (boilerplate spans): its
    snippet starts at the first match in the body, and a match only in boilerplate still shows."""
    with open_store(search_db) as store:
        _, hits = store.search_documents("Stoltenberg")
        first = next(h for h in hits if h["document"]["title"] == EN_TITLE or EN_TITLE in h["document"]["text"])
        assert "Accessibility" not in first["snippet"] and first["snippet"].lstrip("…").startswith("Stoltenberg")
        _, only_boilerplate = store.search_documents("Accessibility")
        assert only_boilerplate and only_boilerplate[0]["snippet"].startswith("Accessibility")


def test_search_snippet_window_with_most_terms() -> None:
    from storyline.store.fulltext import document_snippet, parse

    text = "Stoltenberg spoke. " + "Filler words here. " * 20 + "Stoltenberg said 12,000 troops stay."
    shown = document_snippet(parse("Stoltenberg troops"), {"title": "", "text": text, "spans": []})
    assert "troops" in shown["snippet"] and len(shown["highlights"]) >= 2
    first_word = shown["snippet"].lstrip("…").split()[0]
    assert f" {first_word} " in f" {text} "  # whole words only: never "…ords here."
