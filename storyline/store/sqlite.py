"""The SQLite backend: one file, WAL journal, foreign keys, every write in a transaction."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from ..model import Document
from . import fulltext
from .base import Store, StoreError
from .migrations import READABLE_VERSION, SCHEMA_VERSION, migrate

LAYERS = ("entities", "quotes", "figures", "times")
_KIND_FIELD = {"entities": "type", "quotes": "kind", "figures": "kind", "times": "type"}
FULLTEXT_VERSION = 3  # the migration that adds the full-text indexes
# Where FTS5's snippet() marks a match: private-use characters, which article text does not use
# (if it did, only the highlighting would be off: every piece is escaped where it is shown).
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
SNIPPET_TOKENS = {"documents_fts": 32, "documents_nospace_fts": 64}  # words; characters for trigrams


class SQLiteStore(Store):
    """Documents and layers in SQLite. Safe to interrupt: a document is written whole or not at all."""

    def __init__(self, path: str, *, create: bool = True, read_only: bool = False) -> None:
        """``read_only`` opens the file with SQLite's ``mode=ro``: no write can reach it, and the
        schema is checked instead of migrated (the web app's guarantee)."""
        self.path = path
        if (not create or read_only) and not Path(path).is_file():
            raise StoreError(f"{path}: no such store (run `storyline build` first)")
        try:
            if read_only:
                self.conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
                version = self._schema_version()
            else:
                self.conn = sqlite3.connect(path, isolation_level="DEFERRED")
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                version = migrate(self.conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{path}: not a storyline store or corrupt ({err})") from None
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: written by a newer storyline (schema {version} > {SCHEMA_VERSION})")
        if version < (READABLE_VERSION if read_only else SCHEMA_VERSION):
            raise StoreError(f"{path}: an older schema ({version} < {SCHEMA_VERSION}); "
                             "run `storyline build` on it to upgrade it")
        self.fulltext = version >= FULLTEXT_VERSION
        self._depth = 0  # nesting of ``transaction`` blocks: only the outermost commits

    def _schema_version(self) -> int:
        """The schema version in force, read without migrating."""
        return self.conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    # ---------------------------------------------------------------- documents
    def has_document(self, doc_id: str, analysis_version: str | None = None) -> bool:
        row = self.conn.execute("SELECT analysis_version FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None and (analysis_version is None or row[0] == analysis_version)

    def add_source(self, doc_id: str, source: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR IGNORE INTO sources (doc_id, source) VALUES (?, ?)", (doc_id, source))

    def put_document(self, doc: Document, analysis_version: str) -> None:
        data = doc.to_dict()
        published = data["published"]
        with self.transaction():
            self.conn.execute("DELETE FROM sentences WHERE doc_id = ?", (doc.id,))
            self.conn.execute("DELETE FROM annotations WHERE doc_id = ?", (doc.id,))
            self.conn.execute(
                """INSERT INTO documents (id, text, lang, lang_confidence, published, published_precision,
                       published_json, title, url, site, author, meta_json, analysis_version)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET lang=excluded.lang, lang_confidence=excluded.lang_confidence,
                       published=excluded.published, published_precision=excluded.published_precision,
                       published_json=excluded.published_json, title=excluded.title, url=excluded.url,
                       site=excluded.site, author=excluded.author, meta_json=excluded.meta_json,
                       analysis_version=excluded.analysis_version""",
                (
                    doc.id, doc.text, doc.lang, doc.lang_confidence,
                    published["value"] if published else None,
                    published["precision"] if published else None,
                    json.dumps(published, ensure_ascii=False) if published else None,
                    doc.title, doc.url, doc.site, doc.author,
                    json.dumps(doc.meta, ensure_ascii=False), analysis_version,
                ),
            )  # fmt: skip
            self.conn.execute("INSERT OR IGNORE INTO sources (doc_id, source) VALUES (?, ?)", (doc.id, doc.source))
            self.conn.executemany(
                'INSERT INTO sentences (doc_id, idx, start, "end", kind, lang) VALUES (?, ?, ?, ?, ?, ?)',
                [(doc.id, i, s["start"], s["end"], s["kind"], s["lang"]) for i, s in enumerate(data["sentences"])],
            )
            rows = [(doc.id, "spans", i, s["start"], s["end"], s["kind"], doc.text[s["start"] : s["end"]],
                     json.dumps(s, ensure_ascii=False)) for i, s in enumerate(data["spans"])]  # fmt: skip
            for layer in LAYERS:
                for i, item in enumerate(data[layer]):
                    rows.append((doc.id, layer, i, item["start"], item["end"], item.get(_KIND_FIELD[layer]),
                                 item.get("text"), json.dumps(item, ensure_ascii=False)))  # fmt: skip
            self.conn.executemany(
                'INSERT INTO annotations (doc_id, layer, idx, start, "end", kind, text, data_json) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def iter_documents(self, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        query = "SELECT * FROM documents"
        params: list[Any] = []
        if ids is not None:
            query += f" WHERE id IN ({','.join('?' * len(ids))})"
            params = list(ids)
        cursor = self.conn.execute(query + " ORDER BY rowid", params)
        columns = [c[0] for c in cursor.description]
        for row in cursor:
            yield self._assemble(dict(zip(columns, row, strict=True)))

    def _assemble(self, row: dict[str, Any]) -> dict[str, Any]:
        doc_id = row["id"]
        sources = [r[0] for r in self.conn.execute(
            "SELECT source FROM sources WHERE doc_id = ? ORDER BY added_at, source", (doc_id,))]  # fmt: skip
        doc: dict[str, Any] = {
            "id": doc_id,
            "source": sources[0] if sources else "",
            "sources": sources,
            "lang": row["lang"],
            "lang_confidence": row["lang_confidence"],
            "published": json.loads(row["published_json"]) if row["published_json"] else None,
            "title": row["title"],
            "url": row["url"],
            "site": row["site"],
            "author": row["author"],
            "meta": json.loads(row["meta_json"]),
            "text": row["text"],
            "spans": [],
            "sentences": [
                {"start": s, "end": e, "kind": k, "lang": lang}
                for s, e, k, lang in self.conn.execute(
                    'SELECT start, "end", kind, lang FROM sentences WHERE doc_id = ? ORDER BY idx', (doc_id,))
            ],  # fmt: skip
            **{layer: [] for layer in LAYERS},
        }
        for layer, data in self.conn.execute(
            "SELECT layer, data_json FROM annotations WHERE doc_id = ? ORDER BY layer, idx", (doc_id,)
        ):
            doc[layer].append(json.loads(data))
        return doc

    def counts(self) -> dict[str, int]:
        out = {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
               for t in ("documents", "sources", "sentences", "annotations", "files")}  # fmt: skip
        for layer, n in self.conn.execute("SELECT layer, count(*) FROM annotations GROUP BY layer"):
            out[f"annotations.{layer}"] = n
        return out

    # ---------------------------------------------------------------- ingest bookkeeping
    def file_done(self, path: str, size: int, mtime: float) -> bool:
        row = self.conn.execute("SELECT size, mtime, status FROM files WHERE path = ?", (path,)).fetchone()
        return row is not None and row[0] == size and row[1] == mtime and row[2] == "done"

    def mark_file(self, path: str, size: int, mtime: float, status: str, problem: str = "") -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO files (path, size, mtime, status, problem) VALUES (?, ?, ?, ?, ?)",
                (path, size, mtime, status, problem),
            )

    # ---------------------------------------------------------------- cross-document results
    def save_derived(self, kind: str, rows: list[dict[str, Any]]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM derived WHERE kind = ?", (kind,))
            self.conn.executemany(
                "INSERT INTO derived (kind, idx, data_json) VALUES (?, ?, ?)",
                [(kind, i, json.dumps(r, ensure_ascii=False)) for i, r in enumerate(rows)],
            )

    def load_derived(self, kind: str) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT data_json FROM derived WHERE kind = ? ORDER BY idx", (kind,))]  # fmt: skip

    def document_versions(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, analysis_version FROM documents ORDER BY rowid"))

    def save_state(self, name: str, data: bytes) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO state (name, data) VALUES (?, ?)", (name, data))

    def load_state(self, name: str) -> bytes | None:
        row = self.conn.execute("SELECT data FROM state WHERE name = ?", (name,)).fetchone()
        return None if row is None else bytes(row[0])

    def drop_states(self) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM state")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite transaction for the whole block, however many writes (and nested blocks) it holds."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.conn:  # commits on success, rolls back on an exception
                yield
        finally:
            self._depth = 0

    # ---------------------------------------------------------------- browsing (indexed queries)
    def find_documents(
        self, *, lang: str | None = None, contains: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        where, params = ["1"], []
        if lang is not None:
            where.append("lang = ?")
            params.append(lang)
        if contains:
            pattern = "%" + contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        condition = " AND ".join(where)
        count = f"SELECT count(*) FROM documents WHERE {condition}"  # noqa: S608 - fixed clauses, bound values
        total = self.conn.execute(count, params).fetchone()[0]
        ids = [r[0] for r in self.conn.execute(
            f"SELECT id FROM documents WHERE {condition} ORDER BY rowid LIMIT ? OFFSET ?",  # noqa: S608 - fixed clauses
            [*params, limit, offset])]  # fmt: skip
        return total, list(self.iter_documents(ids)) if ids else []

    def search_documents(
        self, query: str, *, lang: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        terms = fulltext.parse(query)
        if not terms:
            return 0, []
        if not self.fulltext:  # an old store opened read-only: no index yet
            return self._scan(terms, lang, limit, offset)
        plan = _SearchPlan(terms, lang)
        total = self.conn.execute(f"SELECT count(*) FROM {plan.sql}", plan.params).fetchone()[0]  # noqa: S608
        rows = self.conn.execute(
            f"SELECT d.rowid, d.id, {plan.score} AS score FROM {plan.sql} "  # noqa: S608 - fixed clauses, bound values
            "ORDER BY score DESC, d.rowid LIMIT ? OFFSET ?", [*plan.params, limit, offset]).fetchall()  # fmt: skip
        if not rows:
            return total, []
        docs = {d["id"]: d for d in self.iter_documents([r[1] for r in rows])}
        snippets = self._snippets(plan, [r[0] for r in rows])
        hits = []
        for rowid, doc_id, score in rows:
            doc = docs[doc_id]
            indexed = None if fulltext.boilerplate(doc) else snippets.get(rowid)  # the index's may show boilerplate
            shown = indexed or fulltext.document_snippet(terms, doc)
            hits.append({"document": doc, "score": round(score, 4), **shown})
        return total, hits

    def _scan(self, terms: list[fulltext.Term], lang: str | None, limit: int, offset: int
              ) -> tuple[int, list[dict[str, Any]]]:  # fmt: skip
        """The reference matcher over every title and text (read straight from the table: only the
        page's documents are assembled whole)."""
        rows = self.conn.execute("SELECT id, title, text FROM documents WHERE ? IS NULL OR lang = ? ORDER BY rowid",
                                 (lang, lang))  # fmt: skip
        hits = fulltext.scan(terms, rows)
        window = hits[offset : offset + limit]
        docs = {d["id"]: d for d in self.iter_documents([doc_id for doc_id, _, _ in window])}
        return len(hits), [{"document": docs[doc_id], "score": score, **fulltext.snippet(docs[doc_id]["text"], spans)}
                           for doc_id, score, spans in window]  # fmt: skip

    def _snippets(self, plan: _SearchPlan, rowids: list[int]) -> dict[int, dict[str, Any]]:
        """The indexed snippet of each matching document, its matches marked, by rowid (none for a
        query whose terms are all too short for the trigram index: the caller finds those)."""
        table = "documents_fts" if plan.words else "documents_nospace_fts" if plan.substrings else None
        if table is None:
            return {}
        terms = plan.words or plan.substrings
        cursor = self.conn.execute(
            f"SELECT rowid, snippet({table}, 1, ?, ?, '…', ?) FROM {table} WHERE {table} MATCH ? "  # noqa: S608
            f"AND rowid IN ({','.join('?' * len(rowids))})",
            [MARK_OPEN, MARK_CLOSE, SNIPPET_TOKENS[table], _fts5_query(terms), *rowids])  # fmt: skip
        return {rowid: _marked(text or "") for rowid, text in cursor}

    def iter_layer(self, layer: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        # CROSS JOIN keeps documents the outer loop: rows stream in ingest order, no sort of the
        # whole layer before the first row (a page of items costs a page, not the corpus).
        cursor = self.conn.execute(
            "SELECT d.id, d.title, d.lang, d.published, a.data_json FROM documents d CROSS JOIN annotations a "
            "ON a.doc_id = d.id AND a.layer = ? ORDER BY d.rowid, a.idx", (layer,))  # fmt: skip
        for doc_id, title, lang, published, data in cursor:
            yield {"id": doc_id, "title": title, "lang": lang, "published": published}, json.loads(data)

    def documents_of_sources(self, sources: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for i in range(0, len(sources), 500):  # under SQLite's bound-parameter limit
            chunk = sources[i : i + 500]
            found.update(self.conn.execute(
                f"SELECT source, doc_id FROM sources WHERE source IN ({','.join('?' * len(chunk))})", chunk))  # fmt: skip
        return found

    def describe(self, skip_days: Collection[str] = ()) -> dict[str, Any]:
        langs = dict(self.conn.execute(
            "SELECT coalesce(lang, '?'), count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, 1"))  # fmt: skip
        days = sorted(skip_days)
        skip = f" WHERE substr(published, 1, 10) NOT IN ({', '.join('?' * len(days))})" if days else ""
        low, high = self.conn.execute(f"SELECT min(published), max(published) FROM documents{skip}", days).fetchone()
        return {"documents": sum(langs.values()), "languages": langs,
                "published": {"min": low, "max": high} if low else None}  # fmt: skip

    def close(self) -> None:
        self.conn.close()


class _SearchPlan:
    """The SQL of one search: the documents matching every term, each term through the index that
    can answer it, and the score (bm25, lower is better in FTS5, so negated: higher is better).

    Words go to the word index; terms in a script without spaces to the trigram index when they
    have the three characters a trigram needs, else to ``instr`` over the documents that hold such
    text (the rows of the trigram index, from its ``docsize`` table), narrowed by the other terms
    when there are any.
    """

    def __init__(self, terms: list[fulltext.Term], lang: str | None) -> None:
        self.words = [t for t in terms if not t.nospace]
        self.substrings = [t for t in terms if t.nospace and len(t.text) >= 3]
        short = [t for t in terms if t.nospace and len(t.text) < 3]
        weights = f"{fulltext.TITLE_WEIGHT}, 1.0"
        joins, where, scores, self.params = ["documents d"], [], ["0"], []
        for alias, table, group in (("w", "documents_fts", self.words), ("n", "documents_nospace_fts", self.substrings)):
            if group:
                joins.append(f"JOIN (SELECT rowid, bm25({table}, {weights}) AS s FROM {table} WHERE {table} MATCH ?) "
                             f"{alias} ON {alias}.rowid = d.rowid")  # fmt: skip
                scores.append(f"{alias}.s")
                self.params.append(_fts5_query(group))
        if short:  # only documents with such text can hold the term: the trigram index lists them
            where.append("d.rowid IN (SELECT id FROM documents_nospace_fts_docsize)")
        for term in short:
            where.append("(instr(d.text, ?) > 0 OR instr(coalesce(d.title, ''), ?) > 0)")
            self.params += [term.text, term.text]
        if lang is not None:
            where.append("d.lang = ?")
            self.params.append(lang)
        self.sql = " ".join(joins) + (" WHERE " + " AND ".join(where) if where else "")
        self.score = "-(" + " + ".join(scores) + ")"


def _fts5_query(terms: list[fulltext.Term]) -> str:
    """Terms as an FTS5 query: each quoted, all required."""
    return " AND ".join(fulltext.fts5_string(t) for t in terms)


def _marked(text: str) -> dict[str, Any]:
    """FTS5 snippet text with ``MARK_OPEN``/``MARK_CLOSE`` around matches as ``{"snippet", "highlights"}``."""
    parts = text.replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN)
    return fulltext.joined([(part, n % 2 == 1) for n, part in enumerate(parts) if part])
