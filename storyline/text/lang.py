"""Language identification (placeholder until the language-id work lands: py3langid alone)."""

from __future__ import annotations

from functools import cache

from ..model import Document
from ..pipeline import Options


@cache
def _identifier():  # noqa: ANN202 - third-party type
    import py3langid

    return py3langid


def detect(text: str, candidates: tuple[str, ...] | None = None) -> tuple[str | None, float]:
    """The language code of ``text`` and a confidence; ``(None, 0.0)`` for text without letters."""
    if not any(ch.isalpha() for ch in text):
        return None, 0.0
    code, score = _identifier().classify(text[:2000])
    return ("nb" if code == "no" else code), float(score)


def annotate(doc: Document, options: Options) -> None:
    """Set ``doc.lang`` unless metadata already did."""
    if doc.lang:
        return
    body = "\n".join(doc.text[s.start : s.end] for s in doc.sentences) if doc.sentences else doc.text
    doc.lang, doc.lang_confidence = detect(body or doc.text)
