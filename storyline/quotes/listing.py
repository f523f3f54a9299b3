"""Quotations across stored documents, grouped by speaker: what ``storyline quotes`` prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from .speakers import norm_name

SPEAKER_TYPES = frozenset({"PER", "ORG"})
DOMINANT = 0.8  # share of the mentions an entity needs to take a name other entities share


def speaker_name(quote: dict[str, Any]) -> str | None:
    """The speaker's name of a quote item, whatever shape the layer gives it (dict, string, None)."""
    speaker = quote.get("speaker")
    if isinstance(speaker, dict):
        name = speaker.get("name") or (speaker.get("mention") or {}).get("text")
        return str(name) if name else None
    return str(speaker) if speaker else None


def speaker_names(entities: Iterable[dict[str, Any]]) -> Callable[[dict[str, Any]], str | None]:
    """A quote's speaker by the canonical name of the person or organisation it is a variant of
    in the corpus entities (the store's derived ``entities``), so "Obama" in one article and
    "Barack Obama" in another are one speaker. A name that is a variant of several entities goes
    to the one with ``DOMINANT`` of their mentions, if any ("Obama": Barack Obama, 165 mentions,
    not a headline's "Derelict Obama", 8); else, and for names of no entity, it stays as the quotes
    layer gave it."""
    owners: dict[str, Counter[str]] = {}
    for ent in entities:
        canonical = ent.get("canonical")
        if ent.get("type") in SPEAKER_TYPES and isinstance(canonical, str) and canonical:
            for name in {canonical, *(v for v in ent.get("variants") or [] if isinstance(v, str))}:
                owners.setdefault(name.casefold(), Counter())[canonical] += int(ent.get("mentions") or 1)

    def name(quote: dict[str, Any]) -> str | None:
        raw = speaker_name(quote)
        found = owners.get(raw.casefold()) if raw else None
        if not found:
            return raw
        best, count = found.most_common(1)[0]
        return best if len(found) == 1 or count >= DOMINANT * sum(found.values()) else raw

    return name


def _spelled_in_script(speaker: str) -> Callable[[str], bool]:
    """Whether a name writes the speaker in another script ("Лиз Трасс" for "Liz Truss"): the
    timeline's entity matcher, rule 6 of :mod:`storyline.timeline.mentions` (imported here, not
    at the top: the timeline package imports the figures and stories layers)."""
    from ..timeline.mentions import Target, spelled

    target = Target.of(speaker)
    return lambda name: bool(name) and bool(spelled(name, target))


def list_quotes(
    docs: Iterable[dict[str, Any]], speaker: str | None = None, entities: Iterable[dict[str, Any]] = ()
) -> list[dict[str, Any]]:
    """One row a quotation (speaker, date, source, kind, text, offsets), sorted by speaker then date.

    Args:
        docs: documents in the output contract (as the store yields them).
        speaker: keep only quotations whose speaker name or mention contains this (case-insensitive)
            or writes it in another script.
        entities: the corpus entities (derived ``entities`` rows): speakers by their canonical name.
    Returns:
        Rows ready for a table or JSON lines; quotations without a speaker come last.
    """
    want = norm_name(speaker) if speaker else ""
    spelled = _spelled_in_script(speaker) if speaker else None
    canonical = speaker_names(entities)
    rows = []
    for doc in docs:
        published = (doc.get("published") or {}).get("value")
        for q in doc.get("quotes") or []:
            spk = q.get("speaker") if isinstance(q.get("speaker"), dict) else {}
            name = (canonical(q) if spk.get("name") else None) or spk.get("name") or ""
            mention = (spk.get("mention") or {}).get("text") or ""
            asked = not want or want in norm_name(name) or want in norm_name(mention)
            if not asked and not (spelled and (spelled(name) or spelled(mention))):
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
