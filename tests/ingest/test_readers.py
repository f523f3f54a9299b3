"""Ingest: every format, and every kind of bad input named with its problem."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from storyline.ingest import IngestError, RawArticle, iter_articles, read_path
from storyline.ingest.document import document_id, parse_published, to_document
from storyline.ingest.readers import split_header

ARTICLE = "NATO has around 12,000 troops in Afghanistan.\n\nStoltenberg said the alliance will stay."


def only(items: list) -> RawArticle | IngestError:
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("head", "meta"),
    [
        ("date 2020-12\ntitle: NATO stays\n", {"date": "2020-12", "title": "NATO stays"}),
        ("Title: NATO stays\nURL https://example.org/a\nlang: en\n", {"title": "NATO stays", "url": "https://example.org/a", "lang": "en"}),
        (" date 2020-12 ", {"date": "2020-12"}),
    ],
)
def test_readers_header_lines(head: str, meta: dict[str, str]) -> None:
    found, body = split_header(head + ARTICLE)
    assert found == meta
    assert body == ARTICLE


def test_readers_header_keeps_article_first_line() -> None:
    text = "Breaking: NATO stays in Afghanistan.\nMore text."
    assert split_header(text) == ({}, text)


def test_readers_seed_003_inline_date_header(seeds: dict[str, Path]) -> None:
    article = only(list(read_path(seeds["003"])))
    assert article.meta == {"date": "2020-12"}
    assert article.text.startswith("Det skjer nesten tre måneder")
    doc = to_document(article)
    assert (doc.published.value, doc.published.precision) == ("2020-12", "month")


def test_readers_jsonl_news_please_fields(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    rows = [
        {"title": "A", "maintext": ARTICLE, "date_publish": "2020-10-21 10:00:00", "language": "en",
         "url": "https://rferl.org/a", "source_domain": "rferl.org"},
        {"id": "x-2", "text": "Nato har rundt 11.000 soldater.", "date": "2020-12", "lang": "nb"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n{broken\n", encoding="utf-8")
    items = list(read_path(path))
    first, second, broken = items
    assert first.source == "https://rferl.org/a" and first.meta["site"] == "rferl.org"
    assert to_document(first).published.value == "2020-10-21"
    assert second.source == "x-2" and to_document(second).lang == "nb"
    assert isinstance(broken, IngestError) and broken.source.endswith("crawl.jsonl#4")
    assert "malformed JSON" in broken.problem


def test_readers_json_array_and_missing_text(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": ARTICLE}, {"title": "no text"}], indent=2), encoding="utf-8")
    good, bad = list(read_path(path))
    assert good.text == ARTICLE and good.source.endswith("a.json#1")
    assert isinstance(bad, IngestError) and "no article text" in bad.problem


def test_readers_gzip_and_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(("date 2021-08-20\n" + ARTICLE).encode()))
    article = only(list(read_path(path)))
    assert article.text == ARTICLE and article.meta["date"] == "2021-08-20"
    bad = tmp_path / "b.txt.gz"
    bad.write_bytes(b"\x1f\x8b\x08not really gzip")
    error = only(list(read_path(bad)))
    assert isinstance(error, IngestError) and "corrupt gzip" in error.problem


HTML = """<!doctype html><html lang="en"><head><title>NATO stays | Example News</title>
<meta property="og:title" content="NATO stays in Afghanistan">
<meta property="article:published_time" content="2020-10-21T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>NATO stays in Afghanistan</h1>
<p>NATO Secretary-General Jens Stoltenberg has said the military alliance will not leave Afghanistan
until security conditions allow, as rising violence threatens to derail peace talks in Qatar.</p>
<p>NATO currently has around 12,000 troops in the country to train and assist the national security
forces, and allies rely on U.S. air power, transport and logistics to operate there.</p>
<p>"We went into Afghanistan together, we will adjust together," Stoltenberg told reporters.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def test_readers_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    article = only(list(read_path(path)))
    assert "around 12,000 troops" in article.text
    assert "Home" not in article.text and "All rights reserved" not in article.text
    assert article.meta["title"] == "NATO stays in Afghanistan"
    assert article.meta["date"] == "2020-10-21"


def write_warc(path: Path, gzip: bool) -> None:
    """A WARC holding one HTML response record: the NATO page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://example.org/nato", "response",
                                           payload=io.BytesIO(HTML.encode()), http_headers=headers)  # fmt: skip
        writer.write_record(record)


def test_readers_warc_html_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    article = only(list(read_path(path)))
    assert article.source == "https://example.org/nato"
    assert "around 12,000 troops" in article.text


def test_readers_malformed_warc_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_text("this is not a web archive\n" * 5, encoding="utf-8")
    error = only(list(read_path(path)))
    assert isinstance(error, IngestError) and error.source == str(path)
    assert "WARC" in error.problem


def test_readers_utf16_with_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("NATO har rundt 11.000 soldater i Afghanistan.".encode("utf-16"))
    article = only(list(read_path(path)))
    assert article.text == "NATO har rundt 11.000 soldater i Afghanistan."
    assert article.meta["encoding"] == "utf-16"


def test_readers_utf8_bom_is_no_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffStoltenberg said NATO would stay.".encode("utf-8"))
    article = only(list(read_path(path)))
    assert article.text == "Stoltenberg said NATO would stay." and "encoding" not in article.meta


def test_readers_deeply_nested_json_is_named(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    error = only(list(read_path(path)))
    assert isinstance(error, IngestError) and "nested too deeply" in error.problem


def test_readers_article_too_long_is_named_not_analysed(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "Stoltenberg said NATO would stay."}\n' + '{"text": "' + "word " * 500_000 + '"}\n')
    good, error = list(read_path(path))
    assert good.text == "Stoltenberg said NATO would stay."
    assert isinstance(error, IngestError) and error.source == f"{path}#2"
    assert "2.5 million characters" in error.problem


def test_readers_warc_record_warcio_cannot_parse_is_named(tmp_path: Path) -> None:
    """A response record without a target URI makes warcio raise AttributeError deep inside
    its parser; the reader names the file and the record instead of a traceback."""
    path = tmp_path / "cut.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    error = only(list(read_path(path)))
    assert isinstance(error, IngestError) and error.source == str(path)
    assert error.problem.startswith("malformed WARC: record 1 cannot be parsed")
    assert "headers are incomplete" in error.problem and "NoneType" not in error.problem  # no Python internals


def test_readers_warc_good_records_kept_before_a_broken_one(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, gzip=False)
    with path.open("ab") as fh:
        fh.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    article, error = list(read_path(path))
    assert "around 12,000 troops" in article.text
    assert isinstance(error, IngestError) and "record 2 cannot be parsed" in error.problem


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", bytes(range(256)) * 10, "binary data"),
        ("notes.docx", b"PK\x03\x04", "unknown file type"),
        ("header-only.txt", b"date 2020-12\ntitle: x\n", "no article text"),
        ("page.html", b"just words, no markup at all", "no HTML markup"),
    ],
)
def test_readers_bad_files_named(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = only(list(read_path(path)))
    assert isinstance(error, IngestError)
    assert error.source == str(path) and problem in error.problem


def test_readers_non_utf8_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = "Stoltenberg sier at Nato blir i Afghanistan. Det er første gang partene møtes, og både "
    path.write_bytes((text * 3).encode("cp1252"))
    article = only(list(read_path(path)))
    assert "første gang" in article.text and "både" in article.text
    assert article.meta["encoding"] != "utf-8"


def test_readers_directory_walk_and_missing_path(tmp_path: Path, seeds: dict[str, Path]) -> None:
    items = list(iter_articles([seeds["000"].parent, tmp_path / "nope"]))
    assert [type(i).__name__ for i in items] == ["RawArticle"] * 3 + ["IngestError"]
    assert "no such file" in items[-1].problem


def test_document_id_stable_under_spacing_and_case() -> None:
    assert document_id("NATO  stays.\n") == document_id("nato stays.")
    assert document_id("NATO stays.") != document_id("NATO leaves.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2020-12", ("2020-12", "month")), ("2021-08-20T10:00:00Z", ("2021-08-20", "day")),
     ("2020", ("2020", "year")), ("2020-13", None), ("sometime", None), (None, None)],
)  # fmt: skip
def test_document_parse_published_precision(value: str | None, expected: tuple[str, str] | None) -> None:
    published = parse_published(value)
    assert (published.value, published.precision) == expected if published else expected is None


def test_readers_jsonl_streamed_gzip_binary_and_mixed_encoding(tmp_path: Path) -> None:
    rows = [json.dumps({"id": f"r{i}", "text": f"NATO article number {i}."}) for i in range(500)]
    path = tmp_path / "crawl.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode()))
    items = list(read_path(path))
    assert len(items) == 500 and items[-1].source == "r499"
    mixed = tmp_path / "mixed.jsonl"
    latin = json.dumps({"id": "l1", "text": "Generalsekretæren sier at både Nato og USA blir værende."}, ensure_ascii=False)
    mixed.write_bytes(rows[0].encode() + b"\n" + latin.encode("cp1252") + b"\n")
    first, second = list(read_path(mixed))
    assert "både" in second.text
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\x00\x01\x02\x03" * 4000)
    (error,) = list(read_path(binary))
    assert isinstance(error, IngestError) and "binary" in error.problem
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress(("\n".join(rows)).encode())[:300])
    assert isinstance(list(read_path(truncated))[-1], IngestError)
