"""Schema migrations, applied in order inside transactions and recorded (sqlite-utils' way).

Add a migration by appending a function to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(conn: sqlite3.Connection) -> None:
    """Documents, their sources, sentences, typed annotation spans, ingest log, derived results."""
    conn.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            lang TEXT,
            lang_confidence REAL,
            published TEXT,
            published_precision TEXT,
            published_json TEXT,
            title TEXT,
            url TEXT,
            site TEXT,
            author TEXT,
            meta_json TEXT NOT NULL DEFAULT '{}',
            analysis_version TEXT NOT NULL,
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_lang ON documents(lang);
        CREATE TABLE sources (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (doc_id, source)
        );
        CREATE TABLE sentences (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE TABLE annotations (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            layer TEXT NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT,
            text TEXT,
            data_json TEXT NOT NULL,
            PRIMARY KEY (doc_id, layer, idx)
        );
        CREATE INDEX annotations_layer_kind ON annotations(layer, kind);
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mtime REAL NOT NULL,
            status TEXT NOT NULL,
            problem TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE derived (
            kind TEXT NOT NULL,
            idx INTEGER NOT NULL,
            data_json TEXT NOT NULL,
            PRIMARY KEY (kind, idx)
        );
        """
    )


def m002_sentence_lang(conn: sqlite3.Connection) -> None:
    """The language of a sentence, where it differs from its document's."""
    conn.execute("ALTER TABLE sentences ADD COLUMN lang TEXT")


MIGRATIONS: list[Migration] = [m001_initial, m002_sentence_lang]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date; returns the version now in force."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    for version, migration in enumerate(MIGRATIONS, 1):
        if version in done:
            continue
        with conn:  # one transaction per migration: all or nothing
            migration(conn)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, migration.__name__))
    return max(done | {len(MIGRATIONS)})
