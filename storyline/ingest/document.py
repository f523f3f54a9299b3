"""From a ``RawArticle`` to a ``Document``: the stable id and the metadata the pipeline trusts."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

from ..model import Document, Evidence, Published
from ..text.lang import normalise_code
from .readers import RawArticle

_ISO_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T ].*)?$")


def normalise_for_id(text: str) -> str:
    """The text as compared for identity: Unicode-compatible forms, case and spacing folded."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def document_id(text: str) -> str:
    """A stable id: the same article ingested twice (or from two paths) gets the same id."""
    return hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def parse_published(value: str | None, field: str = "date") -> Published | None:
    """A metadata date with the precision it was given in: ``2020-12`` is a month.

    ISO forms are read exactly; anything else goes to dateparser with day precision only when it
    names a day. An unreadable value gives ``None`` rather than a guess.
    """
    if not value:
        return None
    value = str(value).strip()
    match = _ISO_DATE.match(value)
    evidence = Evidence(source="metadata", text=value, rule=field)
    if match:
        year, month, day = match.group("y"), match.group("m"), match.group("d")
        try:
            if day:
                iso = datetime(int(year), int(month), int(day)).strftime("%Y-%m-%d")
                return Published(iso, "day", 1.0, evidence)
            if month:
                if not 1 <= int(month) <= 12:
                    return None
                return Published(f"{year}-{int(month):02d}", "month", 1.0, evidence)
            return Published(year, "year", 1.0, evidence)
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]})
    if parsed is None:
        return None
    return Published(parsed.strftime("%Y-%m-%d"), "day", 0.9, evidence)


def to_document(raw: RawArticle) -> Document:
    """A ``Document`` ready for the pipeline: id, source, metadata language, date and title."""
    meta = dict(raw.meta)
    lang = meta.pop("lang", None)
    return Document(
        id=document_id(raw.text),
        text=raw.text,
        source=raw.source,
        lang=metadata_lang(lang),
        lang_confidence=1.0 if lang else None,
        published=parse_published(meta.pop("date", None)),
        title=meta.pop("title", None),
        url=meta.pop("url", None),
        site=meta.pop("site", None),
        author=meta.pop("author", None),
        meta=meta,
    )


def metadata_lang(value: str | None) -> str | None:
    """A language code as metadata gives it (``en-US``, ``NO``, ``nob``) in storyline's form."""
    if value is None or not str(value).strip():
        return None
    return normalise_code(str(value)) or None
