"""The static report: one self-contained HTML page of everything in the store.

Article text is untrusted: the page is rendered by Jinja2 with autoescaping on, and the text is
cut into escaped segments by offset, so no byte of an article is ever emitted as markup.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from .._version import __version__
from ..store import Store

LAYERS = ("entities", "quotes", "figures", "times")


def text_segments(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """``(kind, text)`` pieces covering the whole text: ``body`` or a span kind."""
    text = doc["text"]
    pieces: list[tuple[str, str]] = []
    pos = 0
    for span in sorted(doc["spans"], key=lambda s: (s["start"], -s["end"])):
        start, end = max(span["start"], pos), span["end"]
        if end <= pos:
            continue
        if start > pos:
            pieces.append(("body", text[pos:start]))
        pieces.append((span["kind"], text[start:end]))
        pos = end
    if pos < len(text):
        pieces.append(("body", text[pos:]))
    return pieces


def report_context(store: Store) -> dict[str, Any]:
    """Everything the template shows, as plain data (also what tests assert on)."""
    docs = []
    langs: Counter[str] = Counter()
    for doc in store.iter_documents():
        langs[doc["lang"] or "?"] += 1
        docs.append({
            **doc,
            "segments": text_segments(doc),
            "layer_counts": {layer: len(doc[layer]) for layer in LAYERS},
        })  # fmt: skip
    docs.sort(key=lambda d: ((d["published"] or {}).get("value") or "9999", d["source"]))
    return {
        "documents": docs,
        "languages": dict(langs.most_common()),
        "counts": store.counts(),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
    }


def render_report(store: Store) -> str:
    """The report page as an HTML string."""
    env = Environment(
        loader=PackageLoader("storyline.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("report.html").render(**report_context(store))


def write_report(store: Store, out: Path) -> Path:
    """Write ``index.html`` into ``out`` (created if needed) and return its path."""
    out.mkdir(parents=True, exist_ok=True)
    index = out / "index.html"
    tmp = index.with_suffix(".tmp")
    tmp.write_text(render_report(store), encoding="utf-8")
    tmp.replace(index)  # never leave a half-written report behind
    return index
