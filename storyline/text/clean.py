"""Cleaning: find boilerplate, captions and credits inside plain text, without changing it.

Scraped text mixes the article with navigation lines, embed failures, teaser links, image tags,
outlet trailers and photo captions. This stage marks them as ``Span(kind, start, end, rule)`` over
the raw text, line by line, with patterns from the per-language ``boilerplate`` tables
(``storyline/lang/*/boilerplate.py``). All languages' tables apply at once: cleaning runs before
language identification (so that boilerplate does not sway it), and the patterns are specific
enough not to collide. Captions are marked, not dropped: they carry dates and facts.

Rules, in order, for each non-blank line:

1. an end marker ("With reporting by AP") makes it and every later line boilerplate;
2. a whole-line navigation/trailer pattern, or a teaser prefix ("LES OGSÅ:"), is boilerplate, and
   a short unpunctuated line right after a teaser is the teaser's link text;
3. a photo credit at the end of a line is a ``credit`` span and the rest of the line a ``caption``;
   a caption marker ("(file photo)") makes the line a caption;
4. a short unpunctuated line directly above a caption (an image title) is a caption too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import languages_with, table
from ..model import Document, Span
from ..pipeline import Options

SHORT_LINE_WORDS = 12
_TERMINAL = re.compile(r"[.!?:;…\"”»’']\s*$")


@dataclass(frozen=True, slots=True)
class Patterns:
    """All languages' boilerplate tables, compiled into one alternation per rule."""

    lines: re.Pattern[str]
    prefixes: re.Pattern[str]
    end_markers: re.Pattern[str]
    credits: re.Pattern[str]
    caption_markers: re.Pattern[str]


def _alternation(parts: list[str], template: str) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in parts) or r"(?!x)x"
    return re.compile(template.format(body), re.IGNORECASE)


@cache
def patterns() -> Patterns:
    """Compile once: the union of every language's ``boilerplate`` table."""
    merged: dict[str, list[str]] = {}
    for code in languages_with("boilerplate"):
        module = table(code, "boilerplate")
        for name in ("LINES", "TRAILERS", "PREFIXES", "END_MARKERS", "CREDITS", "CAPTION_MARKERS"):
            merged.setdefault(name, []).extend(getattr(module, name, []))
    return Patterns(
        lines=_alternation(merged["LINES"] + merged["TRAILERS"], r"^(?:{})$"),
        prefixes=_alternation(merged["PREFIXES"], r"^(?:{})"),
        end_markers=_alternation(merged["END_MARKERS"], r"^(?:{})$"),
        # A credit ends its line and follows a sentence end, a bracket or the line start.
        credits=_alternation(merged["CREDITS"], r"(?:^|(?<=[.!?)\]»”\"]\s)|(?<=[.!?)\]»”\"]))\s*(?:{})\s*$"),
        caption_markers=_alternation(merged["CAPTION_MARKERS"], r"(?:{})"),
    )


def line_offsets(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, with surrounding whitespace excluded."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            out.append((start, start + len(stripped)))
    return out


def find_spans(text: str) -> list[Span]:
    """The boilerplate, caption and credit spans of a text, sorted by offset."""
    pats = patterns()
    lines = line_offsets(text)
    spans: list[Span] = []
    kinds: list[str] = ["body"] * len(lines)
    after_teaser = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if pats.end_markers.match(line):
            for j in range(i, len(lines)):
                kinds[j] = "boilerplate"
                spans.append(Span("boilerplate", *lines[j], rule="after-end-marker" if j > i else "end-marker"))
            break
        if pats.lines.match(line):
            kinds[i] = "boilerplate"
            spans.append(Span("boilerplate", start, end, rule="line"))
            after_teaser = False
            continue
        if pats.prefixes.match(line):
            kinds[i] = "boilerplate"
            spans.append(Span("boilerplate", start, end, rule="teaser"))
            after_teaser = True
            continue
        if after_teaser and _is_short_heading(line):
            kinds[i] = "boilerplate"
            spans.append(Span("boilerplate", start, end, rule="teaser-link"))
            continue
        after_teaser = False
        kinds[i] = _mark_caption(text, start, end, spans)
    _mark_image_titles(text, lines, kinds, spans)
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def _mark_caption(text: str, start: int, end: int, spans: list[Span]) -> str:
    """Mark a caption line (with its credit) and return the line's kind."""
    pats = patterns()
    line = text[start:end]
    credit = pats.credits.search(line)
    if credit:
        cstart = start + credit.start() + (len(credit.group()) - len(credit.group().lstrip()))
        if cstart > start:
            spans.append(Span("caption", start, start + len(text[start:cstart].rstrip()), rule="credit-follows"))
        spans.append(Span("credit", cstart, end, rule="credit"))
        return "caption"
    if pats.caption_markers.search(line):
        spans.append(Span("caption", start, end, rule="caption-marker"))
        return "caption"
    return "body"


def _mark_image_titles(text: str, lines: list[tuple[int, int]], kinds: list[str], spans: list[Span]) -> None:
    """A short unpunctuated line right above a caption, on the line before it, is an image title."""
    for i in range(len(lines) - 1):
        start, end = lines[i]
        next_start = lines[i + 1][0]
        if (
            kinds[i] == "body"
            and kinds[i + 1] == "caption"
            and text.count("\n", end, next_start) == 1
            and _is_short_heading(text[start:end])
        ):
            kinds[i] = "caption"
            spans.append(Span("caption", start, end, rule="image-title"))


def _is_short_heading(line: str) -> bool:
    return len(line.split()) <= SHORT_LINE_WORDS and not _TERMINAL.search(line)


# A wire dateline on a line of its own: "WASHINGTON _", "HAVANA (AP) --", "(Undated)".
DATELINE_LINE = re.compile(r"^(?:.{0,80}?(?:^|[\s)])(?:_|--|-|–|—)|\([^()]{1,40}\))\s*$")


def guess_title(text: str, spans: list[Span]) -> str | None:
    """The first line, when it reads as a headline (short, unpunctuated, not boilerplate, not a
    wire dateline)."""
    for start, end in line_offsets(text):
        if any(s.start <= start < s.end for s in spans):
            continue
        line = text[start:end]
        if DATELINE_LINE.match(line.strip()):
            return None
        if len(line.split()) <= 25 and not re.search(r"[.!?:][\"'”’»)\]]*\s*$", line) and not line.startswith(("–", "-", "—")):
            return line
        return None
    return None


def annotate(doc: Document, options: Options) -> None:
    """Fill ``doc.spans``; take the headline as title when metadata gave none."""
    doc.spans = find_spans(doc.text)
    if not doc.title:
        doc.title = guess_title(doc.text, doc.spans)
