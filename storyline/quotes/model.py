"""The quote items of the output contract: a quotation, its speaker, cue and addressee."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("direct", "indirect", "mixed")


@dataclass(slots=True)
class Mention:
    """A stretch of the raw text (speaker mention, cue, addressee) with its offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Speaker:
    """Who said it: the fullest name found in the document and the mention that introduced it."""

    name: str
    mention: Mention

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mention": self.mention.to_dict()}


@dataclass(slots=True)
class Quote:
    """One quotation; ``segments`` are its pieces when an attribution splits it ("“…,” he said, “…”")."""

    text: str
    start: int
    end: int
    kind: str
    segments: list[tuple[int, int]] = field(default_factory=list)
    speaker: Speaker | None = None
    cue: Mention | None = None
    addressee: Mention | None = None
    sentence: tuple[int, int] | None = None

    @property
    def direct(self) -> bool:
        """True for direct quotations only (mixed ones quote words inside reported speech)."""
        return self.kind == "direct"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "direct": self.direct,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "segments": [[s, e] for s, e in (self.segments or [(self.start, self.end)])],
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]} if self.sentence else None,
        }
