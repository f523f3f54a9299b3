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


# Characters of scripts written without spaces between words: Thai and Lao, Burmese, Khmer,
# Hiragana and Katakana, CJK ideographs (with extension A, the compatibility block and the
# supplementary planes). A word tokenizer sees a whole clause of them as one word. Shipped with
# m003 (every store's trigram view holds these ranges): widening it takes a new migration.
NOSPACE_CHARS = ("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                 "\uf900-\ufaff\U00020000-\U0002ffff]")


def m003_fulltext(conn: sqlite3.Connection) -> None:
    """Full-text indexes over title and text, kept in step with ``documents`` by triggers.

    ``documents_fts`` (``unicode61 remove_diacritics 2``: words, case and Latin diacritics folded;
    combining marks belong to their word, so a Hindi or Tamil word with its vowel signs is one
    word) holds every document; ``documents_nospace_fts`` (``trigram``: any substring of three characters or
    more) holds only the documents with text in a script written without spaces, which a word
    index cannot split, so a corpus without such text pays nothing for it. Both are external-
    content tables (the text is stored once, in ``documents``), back-filled from the documents
    already stored. Every statement is idempotent: a migration interrupted midway reruns cleanly.
    """
    glob = f"'*{NOSPACE_CHARS}*'"
    has_nospace = f"(coalesce({{0}}.text, '') GLOB {glob} OR coalesce({{0}}.title, '') GLOB {glob})"
    statements = [
        ("CREATE VIEW IF NOT EXISTS documents_nospace AS SELECT rowid AS rowid, title, text FROM documents d "
         f"WHERE {has_nospace.format('d')}"),
        ("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', "
         "content_rowid='rowid', tokenize="
         "'unicode61 remove_diacritics 2 categories ''L* N* Co M*''')"),
        ("CREATE VIRTUAL TABLE IF NOT EXISTS documents_nospace_fts USING fts5(title, text, "
         "content='documents_nospace', content_rowid='rowid', tokenize='trigram')"),
    ]
    for table, where in (("documents_fts", "1"), ("documents_nospace_fts", has_nospace)):
        insert = (f"INSERT INTO {table}(rowid, title, text) "
                  f"SELECT new.rowid, new.title, new.text WHERE {where.format('new')};")  # fmt: skip
        delete = (f"INSERT INTO {table}({table}, rowid, title, text) "
                  f"SELECT 'delete', old.rowid, old.title, old.text WHERE {where.format('old')};")  # fmt: skip
        statements += [  # an update takes the old row out before putting the new one in
            f"CREATE TRIGGER IF NOT EXISTS {table}_insert AFTER INSERT ON documents BEGIN {insert} END",
            f"CREATE TRIGGER IF NOT EXISTS {table}_delete AFTER DELETE ON documents BEGIN {delete} END",
            (f"CREATE TRIGGER IF NOT EXISTS {table}_update AFTER UPDATE OF title, text ON documents "
             f"BEGIN {delete} {insert} END"),
            f"INSERT INTO {table}({table}) VALUES ('rebuild')",
        ]
    for statement in statements:
        conn.execute(statement)


def m004_state(conn: sqlite3.Connection) -> None:
    """Saved states of the cross-document steps (the story index between builds): one blob each."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS state (
               name TEXT PRIMARY KEY,
               data BLOB NOT NULL,
               saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
           )"""
    )


MIGRATIONS: list[Migration] = [m001_initial, m002_sentence_lang, m003_fulltext, m004_state]
SCHEMA_VERSION = len(MIGRATIONS)
# The oldest schema a read-only reader accepts: later migrations add only indexes, which a reader
# does without (search falls back to a scan) until a writer upgrades the store, and the saved
# states of cross-document steps, which only a writer reads.
READABLE_VERSION = 2


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
