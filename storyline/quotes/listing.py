"""Quotations across stored documents, grouped by speaker: what ``storyline quotes`` prints."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .speakers import norm_name


def list_quotes(docs: Iterable[dict[str, Any]], speaker: str | None = None) -> list[dict[str, Any]]:
    """One row a quotation (speaker, date, source, kind, text, offsets), sorted by speaker then date.

    Args:
        docs: documents in the output contract (as the store yields them).
        speaker: keep only quotations whose speaker name or mention contains this (case-insensitive).
    Returns:
        Rows ready for a table or JSON lines; quotations without a speaker come last.
    """
    want = norm_name(speaker) if speaker else ""
    rows = []
    for doc in docs:
        published = (doc.get("published") or {}).get("value")
        for q in doc.get("quotes") or []:
            spk = q.get("speaker") or {}
            name = spk.get("name") or ""
            mention = (spk.get("mention") or {}).get("text") or ""
            if want and want not in norm_name(name) and want not in norm_name(mention):
                continue
            rows.append({
                "speaker": name or None, "mention": mention or None, "date": published,
                "source": doc.get("source") or doc.get("id"), "document": doc.get("id"),
                "kind": q.get("kind"), "cue": (q.get("cue") or {}).get("text"),
                "addressee": (q.get("addressee") or {}).get("text"), "text": q.get("text"),
                "start": q.get("start"), "end": q.get("end"),
            })
    rows.sort(key=lambda r: (r["speaker"] is None, (r["speaker"] or "").lower(), r["date"] or "",
                             r["source"] or "", r["start"] or 0))
    return rows
