"""The SQLite backend: one file, WAL journal, foreign keys, every write in a transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Document
from .base import Store, StoreError
from .migrations import SCHEMA_VERSION, migrate

LAYERS = ("entities", "quotes", "figures", "times")
_KIND_FIELD = {"entities": "type", "quotes": "kind", "figures": "kind", "times": "type"}


class SQLiteStore(Store):
    """Documents and layers in SQLite. Safe to interrupt: a document is written whole or not at all."""

    def __init__(self, path: str, *, create: bool = True) -> None:
        self.path = path
        if not create and not Path(path).exists():
            raise StoreError(f"{path}: no such store (run `storyline build` first)")
        try:
            self.conn = sqlite3.connect(path, isolation_level="DEFERRED")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            version = migrate(self.conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{path}: not a storyline store or corrupt ({err})") from None
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: written by a newer storyline (schema {version} > {SCHEMA_VERSION})")

    # ---------------------------------------------------------------- documents
    def has_document(self, doc_id: str, analysis_version: str | None = None) -> bool:
        row = self.conn.execute("SELECT analysis_version FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None and (analysis_version is None or row[0] == analysis_version)

    def add_source(self, doc_id: str, source: str) -> None:
        with self.conn:
            self.conn.execute("INSERT OR IGNORE INTO sources (doc_id, source) VALUES (?, ?)", (doc_id, source))

    def put_document(self, doc: Document, analysis_version: str) -> None:
        data = doc.to_dict()
        published = data["published"]
        with self.conn:
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
                'INSERT INTO sentences (doc_id, idx, start, "end", kind) VALUES (?, ?, ?, ?, ?)',
                [(doc.id, i, s["start"], s["end"], s["kind"]) for i, s in enumerate(data["sentences"])],
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
                {"start": s, "end": e, "kind": k}
                for s, e, k in self.conn.execute(
                    'SELECT start, "end", kind FROM sentences WHERE doc_id = ? ORDER BY idx', (doc_id,))
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
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO files (path, size, mtime, status, problem) VALUES (?, ?, ?, ?, ?)",
                (path, size, mtime, status, problem),
            )

    # ---------------------------------------------------------------- cross-document results
    def save_derived(self, kind: str, rows: list[dict[str, Any]]) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM derived WHERE kind = ?", (kind,))
            self.conn.executemany(
                "INSERT INTO derived (kind, idx, data_json) VALUES (?, ?, ?)",
                [(kind, i, json.dumps(r, ensure_ascii=False)) for i, r in enumerate(rows)],
            )

    def load_derived(self, kind: str) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute(
            "SELECT data_json FROM derived WHERE kind = ? ORDER BY idx", (kind,))]  # fmt: skip

    def close(self) -> None:
        self.conn.close()
