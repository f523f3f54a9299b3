"""Readers for each input format, and the walk over paths that dispatches to them."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import logging
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .decode import DecodeError, decode_text, looks_binary, read_bytes

log = logging.getLogger(__name__)

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json", ".jsonl", ".ndjson"}
WARC_EXT = {".warc", ".arc"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSON_EXT | WARC_EXT

META_KEYS = ("title", "date", "url", "site", "author", "lang")
MAX_RECORD_BYTES = 16 * 1024 * 1024  # one JSON line larger than this is not one article
MAX_ARTICLE_CHARS = 2_000_000  # ~300,000 words: a book or a dump, not one article; not analysed


@dataclass(slots=True)
class RawArticle:
    """One article as read: its text (offsets of everything later index it) and metadata."""

    text: str
    source: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class IngestError:
    """An input that could not be read: where, and why (one line a user can act on)."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


# --------------------------------------------------------------------------- plain text
# Header keys accepted at the top of a .txt file, with the aliases scrapers write.
_HEADER_KEYS = {
    "date": "date", "published": "date", "date_publish": "date",
    "title": "title", "headline": "title",
    "url": "url", "link": "url",
    "source": "site", "site": "site", "outlet": "site",
    "author": "author", "by": "author",
    "lang": "lang", "language": "lang",
}  # fmt: skip
_HEADER_LINE = re.compile(r"[ \t]*(?P<key>[A-Za-z_]+)[ \t]*(?::[ \t]*|[ \t]+)(?P<value>[^\n]*)\n?")
# A date header may share its line with the article (seen in scraped exports: " date 2020-12 Det ...").
_DATE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?(?=\s|$)")
_URL_VALUE = re.compile(r"\S+")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split ``key value`` / ``key: value`` header lines off the top of a text.

    Only known keys count, so an article that opens "Breaking: ..." keeps its first line. A
    ``date`` or ``url`` value is read as a token, so the rest of its line is article text.
    """
    meta: dict[str, str] = {}
    pos = 0
    while True:
        match = _HEADER_LINE.match(text, pos)
        if not match or match.group("key").lower() not in _HEADER_KEYS:
            break
        key = _HEADER_KEYS[match.group("key").lower()]
        if key in meta:
            break
        value_start = match.start("value")
        if key in ("date", "url"):
            token = (_DATE_VALUE if key == "date" else _URL_VALUE).match(text, value_start)
            if not token:
                break
            meta[key] = token.group()
            pos = token.end()
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            if pos < len(text) and text[pos] == "\n":
                pos += 1
        else:
            meta[key] = match.group("value").strip()
            pos = match.end()
    return meta, text[pos:]


def read_text(data: bytes, source: str) -> Iterator[RawArticle | IngestError]:
    """A ``.txt`` article with optional header lines."""
    text, encoding = decode_text(data)
    meta, body = split_header(text)
    if encoding not in ("utf-8", "utf-8-sig"):  # a byte-order mark is still UTF-8
        meta["encoding"] = encoding
    yield _article(body, source, meta)


# --------------------------------------------------------------------------- HTML
def read_html(data: bytes, source: str) -> Iterator[RawArticle | IngestError]:
    """Main text and metadata of a web page, with trafilatura (the field's reference extractor)."""
    text, _ = decode_text(data)
    yield from html_to_articles(text, source)


def html_to_articles(html: str, source: str, url: str | None = None) -> Iterator[RawArticle | IngestError]:
    """Shared by the HTML and WARC readers."""
    import trafilatura

    if not re.search(r"<\s*(html|body|p|div|article)\b", html[:65536], re.I):
        yield IngestError(source, "no HTML markup found")
        return
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as err:  # trafilatura raises many kinds on broken markup
        yield IngestError(source, f"malformed HTML ({type(err).__name__}: {err})")
        return
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = (data.get("text") or "").strip()
    if not text:
        yield IngestError(source, "no article text found in the HTML")
        return
    meta = {
        "title": data.get("title"),
        "date": data.get("date"),
        "url": data.get("url") or url,
        "site": data.get("sitename") or data.get("hostname"),
        "author": data.get("author"),
        "lang": data.get("language"),
    }
    yield _article(text, source, meta)


# --------------------------------------------------------------------------- JSON lines
# news-please, common crawler exports and plain names, in order of preference.
_JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "content", "body", "article"),
    "title": ("title", "headline"),
    "date": ("published", "date_publish", "date", "publication_date", "pubdate"),
    "url": ("url", "link"),
    "site": ("source_domain", "site", "source", "outlet"),
    "author": ("author", "authors"),
    "lang": ("lang", "language"),
}


def json_record_to_article(obj: Any, where: str) -> RawArticle | IngestError:
    """One JSON object to an article; ``where`` is ``file#line`` for messages and sources."""
    if not isinstance(obj, dict):
        return IngestError(where, f"expected a JSON object, got {type(obj).__name__}")
    values = {key: _first(obj, names) for key, names in _JSON_FIELDS.items()}
    text = values.pop("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(where, "no article text (fields tried: text, maintext, content, body)")
    if isinstance(values["author"], list):
        values["author"] = ", ".join(map(str, values["author"]))
    source = obj.get("id") or obj.get("url") or where
    meta = {k: (v if v is None else str(v)) for k, v in values.items()}
    return _article(text, str(source), meta)


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if obj.get(name) not in (None, "", []):
            return obj[name]
    return None


TOO_DEEP = "malformed JSON (nested too deeply to be an article record)"


def iter_json_lines(lines: Iterable[str], name: str) -> Iterator[RawArticle | IngestError]:
    """JSON lines (or one JSON array/object) to articles; a bad line is named, the rest go on."""
    numbered = ((n, line) for n, line in enumerate(lines, 1) if line.strip())
    first = next(numbered, None)
    if first is None:
        return
    opening = first[1].strip()
    if opening.startswith("[") or (opening.startswith("{") and not opening.endswith("}")):
        # The first line opens a pretty-printed object or an array: parse the input whole.
        yield from _whole_json(first[1] + "".join(line for _, line in numbered), name)
        return
    for lineno, line in itertools.chain([first], numbered):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield IngestError(f"{name}#{lineno}", f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        except RecursionError:
            yield IngestError(f"{name}#{lineno}", TOO_DEEP)
            continue
        yield json_record_to_article(obj, f"{name}#{lineno}")


def _whole_json(text: str, name: str) -> Iterator[RawArticle | IngestError]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        yield IngestError(name, f"malformed JSON ({err.msg} at line {err.lineno} column {err.colno})")
        return
    except RecursionError:
        yield IngestError(name, TOO_DEEP)
        return
    records = obj if isinstance(obj, list) else [obj]
    for i, record in enumerate(records, 1):
        yield json_record_to_article(record, f"{name}#{i}")


def read_json(data: bytes, source: str) -> Iterator[RawArticle | IngestError]:
    """A ``.json`` file: one object, an array of objects, or JSON lines."""
    text, _ = decode_text(data)
    yield from iter_json_lines(text.splitlines(keepends=True), source)


def stream_json_lines(stream: BinaryIO, source: str) -> Iterator[RawArticle | IngestError]:
    """A ``.jsonl`` file of any size, read a line at a time (crawl exports run to gigabytes)."""
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    if looks_binary(head):
        yield IngestError(source, "binary data, not text")
        return
    yield from iter_json_lines(_decoded_lines(stream, source), source)


def _decoded_lines(stream: BinaryIO, source: str) -> Iterator[str]:
    """Lines as text: UTF-8, else the line's own detected encoding; an oversized line is blanked."""
    for lineno, raw in enumerate(stream, 1):
        if len(raw) > MAX_RECORD_BYTES:
            log.warning("%s#%d: record over %d MiB skipped", source, lineno, MAX_RECORD_BYTES // 2**20)
            yield "\n"  # keeps line numbers right; an empty line is no record
            continue
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                yield decode_text(raw)[0]
            except DecodeError:
                yield "\n"


# --------------------------------------------------------------------------- WARC
def read_warc(stream: BinaryIO, source: str) -> Iterator[RawArticle | IngestError]:
    """Each HTML response record of a WARC/ARC archive (any size: records are streamed)."""
    found = records = 0
    try:
        for record, body in _warc_responses(stream):
            records += 1
            if record is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            found += 1
            where = f"{source}#{url}"
            try:
                html, _ = decode_text(body)
            except DecodeError as err:
                yield IngestError(where, str(err))
                continue
            yield from html_to_articles(html, url or where, url=url)
    except MalformedWarc as err:
        detail = " ".join(str(err).split())[:300]  # warcio's messages run over several lines
        yield IngestError(source, f"malformed WARC: record {records + 1} cannot be parsed ({detail})")
        return
    if not records:
        yield IngestError(source, "malformed WARC (no archive records found)")
    elif not found:
        yield IngestError(source, "no HTML responses in the WARC archive")


class MalformedWarc(Exception):
    """The archive cannot be read on from here."""


def _warc_responses(stream: BinaryIO) -> Iterator[tuple[Any, bytes]]:
    """``(record, body)`` of each HTML response record, ``(None, b"")`` for any other record.

    warcio raises whatever its parser meets on a malformed record (``AttributeError`` for a
    response without a target URI, ``ValueError`` for a bad length, ``EOFError`` for a cut file),
    so every error of reading the archive becomes one ``MalformedWarc``; the processing of a
    record's content stays outside this guard, so a bug of ours is not taken for bad input."""
    from warcio.archiveiterator import ArchiveIterator

    records = iter(ArchiveIterator(stream, arc2warc=True))
    while True:
        try:
            record = next(records)
            html = record.rec_type == "response" and _is_html(record)
            body = record.content_stream().read() if html else b""
        except StopIteration:
            return
        except Exception as err:  # noqa: BLE001 - see the docstring
            if isinstance(err, (AttributeError, TypeError, KeyError, IndexError)):  # warcio tripped on
                raise MalformedWarc("its headers are incomplete or the record is cut short") from err  # missing parts
            raise MalformedWarc(str(err) or type(err).__name__) from err
        yield (record if html else None), body


def _is_html(record: Any) -> bool:
    """Whether a response record's HTTP content type is HTML."""
    ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
    return "html" in ctype.lower()


# --------------------------------------------------------------------------- dispatch
# Readers of whole files (size-capped: one article, or a small JSON array)...
_READERS = {
    **dict.fromkeys(TEXT_EXT, read_text),
    **dict.fromkeys(HTML_EXT, read_html),
    ".json": read_json,
}
# ... and of streams, for containers of many articles that may be far larger than memory.
_STREAM_READERS = {".jsonl": stream_json_lines, ".ndjson": stream_json_lines, **dict.fromkeys(WARC_EXT, read_warc)}


def format_of(path: Path) -> str | None:
    """The reader extension of a path (``a.jsonl.gz`` -> ``.jsonl``), or None if unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in KNOWN_EXT:
        return suffixes[-1]
    return None


def read_path(path: Path | str) -> Iterator[RawArticle | IngestError]:
    """All articles of one file; unreadable files become one ``IngestError``."""
    path = Path(path)
    source = str(path)
    fmt = format_of(path)
    if fmt is None:
        yield IngestError(source, "unknown file type (expected .txt, .html, .json, .jsonl, .warc, or .gz of these)")
        return
    try:
        if fmt in _STREAM_READERS:
            yield from within_limits(_read_stream(path, fmt, source))
            return
        data = read_bytes(path)
        if not data.strip():
            yield IngestError(source, "empty file")
            return
        yield from within_limits(_READERS[fmt](data, source))
    except DecodeError as err:
        yield IngestError(source, str(err))
    except (EOFError, zlib.error) as err:
        yield IngestError(source, f"corrupt gzip data ({err})")
    except OSError as err:
        problem = f"corrupt gzip data ({err})" if "gzip" in str(err).lower() else f"cannot read ({err.strerror or err})"
        yield IngestError(source, problem)


def _read_stream(path: Path, fmt: str, source: str) -> Iterator[RawArticle | IngestError]:
    """Open a container file as a stream (gunzipping JSON lines; warcio reads gzip WARC itself)."""
    if path.stat().st_size == 0:
        yield IngestError(source, "empty file")
        return
    gzipped = path.suffix.lower() == ".gz" and fmt not in WARC_EXT
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as raw:
        stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)
        if not stream.peek(1):
            yield IngestError(source, "empty file")
            return
        yield from _STREAM_READERS[fmt](stream, source)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Files named or found (recursively, sorted, hidden files skipped) under the given paths."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or directory")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[RawArticle | IngestError]:
    """Articles from files, folders, or ``-`` (JSON lines on standard input)."""
    for raw in paths:
        if str(raw) == "-":
            stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
            lines = (ln.decode("utf-8", "replace") if isinstance(ln, bytes) else ln for ln in stdin)
            yield from within_limits(iter_json_lines(lines, "<stdin>"))
            continue
        for item in iter_paths([raw]):
            if isinstance(item, IngestError):
                yield item
            else:
                yield from read_path(item)


def within_limits(items: Iterable[RawArticle | IngestError]) -> Iterator[RawArticle | IngestError]:
    """Articles as read, except those too long to be one article, which become errors: analysis
    time grows with length, and one 15 MB "article" (a dump in a text field) would hold up a
    whole build for minutes to produce nothing a reader wants."""
    for item in items:
        if isinstance(item, RawArticle) and len(item.text) > MAX_ARTICLE_CHARS:
            size = f"{len(item.text) / 1e6:.1f} million characters"
            yield IngestError(item.source, f"article text of {size}, over the {MAX_ARTICLE_CHARS:,} of one article: not analysed")
        else:
            yield item


def _article(text: str, source: str, meta: dict[str, Any]) -> RawArticle | IngestError:
    if not text.strip():
        return IngestError(source, "no article text after the header")
    return RawArticle(text=text, source=source, meta={k: v for k, v in meta.items() if v})
