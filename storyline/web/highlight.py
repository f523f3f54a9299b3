"""Cut a document's text into pieces that carry the marks covering them, for highlighting.

Spans (boilerplate, caption, credit) and the items of every layer may nest and overlap (a quote
holds entities and dates), so the text is cut at every start and end and each piece lists all the
marks over it. Pieces are plain strings: the template escapes them, so no article byte is markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..store import fulltext
from .views import LAYERS

# The fields that best say what an item is, in the order a tooltip shows them.
LABEL_FIELDS = ("type", "kind", "canonical", "value", "measure", "as_of", "precision")


def label(layer: str, item: dict[str, Any]) -> str:
    """A short tooltip for an item: its layer and its defining fields (speaker for quotes)."""
    parts = [str(item[k]) for k in LABEL_FIELDS if item.get(k) not in (None, "", [], {})]
    speaker = item.get("speaker")
    if isinstance(speaker, dict) and speaker.get("name"):
        parts.append(f"speaker {speaker['name']}")
    return f"{layer}: {' '.join(parts)}".strip()


def marks(doc: dict[str, Any], extra: Iterable[tuple[int, int, str, str]] = ()) -> list[tuple[int, int, str, str]]:
    """``(start, end, css class, tooltip)`` of every span and layer item (and of ``extra`` marks)
    with a valid range."""
    size = len(doc["text"])
    found = [(s["start"], s["end"], s["kind"], s["kind"]) for s in doc.get("spans") or []] + list(extra)
    for layer in LAYERS:
        found += [(i["start"], i["end"], layer, label(layer, i)) for i in doc.get(layer) or []]
    return [m for m in found if isinstance(m[0], int) and isinstance(m[1], int) and 0 <= m[0] < m[1] <= size]


def pieces(doc: dict[str, Any], anchors: Iterable[int] = (),
           extra: Iterable[tuple[int, int, str, str]] = ()) -> list[dict[str, Any]]:  # fmt: skip
    """Consecutive pieces covering the whole text: ``{"start", "anchor", "text", "classes", "labels"}``;
    ``anchor`` is true where an item starts, and at each of ``anchors`` (offsets that other parts of
    a page link to, such as a timeline entry's sentence), so the page can link to them. ``extra``:
    more marks (``search_marks``)."""
    text = doc["text"]
    found = marks(doc, extra)
    extra = {a for a in anchors if isinstance(a, int) and 0 <= a < len(text)}
    cuts = sorted({0, len(text), *extra, *(m[0] for m in found), *(m[1] for m in found)})
    starts: dict[int, list[int]] = {a: [] for a in extra}
    for n, m in enumerate(found):
        starts.setdefault(m[0], []).append(n)
    active: set[int] = set()
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        active = {n for n in active if found[n][1] > start} | set(starts.get(start, ()))
        on = [found[n] for n in sorted(active, key=lambda n: (found[n][0], -found[n][1]))]
        out.append({
            "start": start,
            "anchor": start in starts,
            "text": text[start:end],
            "classes": sorted({m[2] for m in on}),
            "labels": list(dict.fromkeys(m[3] for m in on)),
        })  # fmt: skip
    return out


def search_marks(doc: dict[str, Any], query: str | None) -> list[tuple[int, int, str, str]]:
    """The marks of ``query``'s matches in a document's text (the ``match`` class), for a page
    reached from search results: the same matching rules as the search."""
    found = fulltext.match(fulltext.parse(query), doc.get("title"), doc["text"]) if query else None
    return [(start, end, "match", f"search: {query}") for start, end in (found[1] if found else [])]


def snippet_pieces(item: dict[str, Any]) -> list[tuple[str, bool]]:
    """A search hit's ``snippet`` cut into ``(text, is a match)`` pieces at its ``highlights``.

    The template escapes every piece and wraps the matches in ``<mark>``: the text is escaped
    first, then marked, so no article byte becomes markup. Highlights that are not in-range
    ``[start, end]`` pairs in order are ignored.
    """
    text = str(item.get("snippet") or "")
    pieces, pos = [], 0
    for pair in item.get("highlights") or []:
        if not (isinstance(pair, list | tuple) and len(pair) == 2 and all(isinstance(x, int) for x in pair)):
            continue
        start, end = pair
        if pos <= start < end <= len(text):
            pieces += [(text[pos:start], False), (text[start:end], True)]
            pos = end
    pieces.append((text[pos:], False))
    return [p for p in pieces if p[0]]
