"""Ingest: files, folders and JSON lines in; ``RawArticle`` records (or named errors) out.

Readers are chosen by file extension (``.gz`` is peeled off first):

1. ``.txt``/``.text``: optional header lines (``date 2020-12``, ``title: ...``), then the article;
2. ``.html``/``.htm``: main text and metadata with trafilatura;
3. ``.json``/``.jsonl``/``.ndjson``: one article per object (news-please and plain field names);
4. ``.warc``/``.arc``: HTML responses inside web archives, each through the HTML reader.

A reader never raises for bad input: it yields an ``IngestError`` naming the file (and record) and
the problem, so a batch keeps going and the caller decides how to report it.
"""

from __future__ import annotations

from .readers import IngestError, RawArticle, iter_articles, iter_paths, read_path

__all__ = ["IngestError", "RawArticle", "iter_articles", "iter_paths", "read_path"]
