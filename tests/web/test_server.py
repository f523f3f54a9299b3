"""The web app over a real store: pages and API show the seeds, escape untrusted text, serve
nothing outside the data, and cannot change the store."""

from __future__ import annotations

import hashlib
import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest

import storyline
from storyline.api import analysis_version, analyze_article
from storyline.ingest import read_path
from storyline.model import GenericItem
from storyline.pipeline import Options
from storyline.store import open_store
from storyline.web import make_server

TIMEOUT = 10
NB_SENTENCE = "Dette er et viktig første steg på vei til en fredsavtale"
EN_TITLE = "Stoltenberg Rules Out Rushed NATO Exit From Afghanistan"
EVIL = '<script>alert("x")</script>'
# No analysis layers from the pipeline: the tests put their own items, so they hold whatever
# the layers' own code (merged later) finds in the seeds.
BARE = Options(components=("clean", "lang", "sentences"))


FakeItem = GenericItem  # an item as any layer gives one: the app must stay generic


def item(text: str, phrase: str, nth: int = 0, **fields: Any) -> FakeItem:
    """An item over the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return FakeItem(start, start + len(phrase), phrase, fields)


@dataclass
class Site:
    """The running server and what the tests know about its store."""

    host: str
    port: int
    db: Path
    ids: dict[str, str]

    def get(self, path: str, method: str = "GET", headers: dict[str, str] | None = None) -> tuple[int, Any, str]:
        """``(status, headers, body)`` of one request, sent as written (no path normalisation)."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        try:
            conn.request(method, path, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.headers, response.read().decode("utf-8")
        finally:
            conn.close()

    def api(self, path: str) -> Any:
        status, headers, body = self.get(path)
        assert status == 200, body
        assert headers["Content-Type"] == "application/json; charset=utf-8"
        return json.loads(body)


def annotate_nb(path: Path) -> Any:
    """The Norwegian seed with a few items in most layers, so that highlighting and grouping show."""
    doc = analyze_article(next(read_path(path)), BARE)
    text = doc.text
    doc.entities = [item(text, "Stoltenberg", type="PER", canonical="Jens Stoltenberg"),
                    item(text, "Doha", type="LOC", canonical="Doha")]  # fmt: skip
    speaker = {"name": "Jens Stoltenberg", "mention": asdict(item(text, "Stoltenberg"))}
    doc.quotes = [item(text, NB_SENTENCE, kind="direct", direct=True, speaker=speaker),
                  item(text, "Doha", kind="indirect", direct=False, speaker=None)]  # fmt: skip
    doc.times = [item(text, "tre måneder", type="duration", value="P3M", anchor="none")]
    return doc


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, seeds: dict[str, Path]) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("web")
    evil = root / "evil.txt"
    evil.write_text(f"title: <img src=x onerror=alert(1)> {EVIL}\n{EVIL} NATO said <b>hi</b> & left.\n", encoding="utf-8")
    db = root / "web.db"
    storyline.build([next(iter(seeds.values())).parent, evil], db=str(db), options=BARE)
    with open_store(str(db)) as store:
        store.put_document(annotate_nb(seeds["003"]), analysis_version(BARE))
        ids = {d["source"].rsplit("/", 1)[-1][:3]: d["id"] for d in store.iter_documents()}
        source = {d["id"]: d["source"] for d in store.iter_documents()}
        store.save_derived("stories", [{"id": "s1", "label": f"NATO and Afghanistan {EVIL}", "languages": ["en", "nb"],
                                        "documents": [ids["000"], source[ids["003"]]],
                                        "events": [{"id": "e1", "label": f"Doha talks {EVIL}", "start": "2020-12",
                                                    "languages": {"nb": 1}, "documents": [ids["003"]]}]}])  # fmt: skip
        store.save_derived("timeline", [{"date": "2020-10-21", "kind": "statement", "summary": "Stoltenberg: leave together",
                                         "sources": [{"source": source[ids["002"]], "start": 5, "end": 9}]}])  # fmt: skip
        store.save_derived("entities", [{"entity_id": "0123456789abcdef", "canonical": "Jens Stoltenberg", "type": "PER"}])
        store.save_derived("series", [{"series_id": "nato-troops", "subject": "NATO", "measure": "troops", "points": [
            {"value": 12000, "as_of": "2020-10", "source": ids["000"]},
            {"value": 11000, "as_of": "2020-12", "source": f"003 {EVIL}"}]}])  # fmt: skip
    server = make_server(str(db), "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site("127.0.0.1", server.server_address[1], db, ids)
    finally:
        server.shutdown()
        server.server_close()


def test_server_overview_counts_languages(site: Site) -> None:
    data = site.api("/api")
    assert data["documents"] == 4 and data["languages"]["en"] == 3 and data["languages"]["nb"] == 1
    assert data["published"]["min"].startswith("2020")
    assert data["layers"]["quotes"] == 2 and data["layers"]["figures"] == 0 and data["derived"]["stories"] == 1
    assert data["derived"]["events"] >= 1  # the build clustered the seeds into events
    status, _, html = site.get("/")
    assert status == 200 and ">nb 1</a>" in html and ">en 3</a>" in html


def test_server_documents_lists_filters_and_pages(site: Site) -> None:
    status, _, html = site.get("/documents")
    assert status == 200 and EN_TITLE in html and "NATO: Taliban Must Allow Passage" in html
    nb = site.api("/api/documents?lang=nb")
    assert nb["total"] == 1 and nb["items"][0]["id"] == site.ids["003"] and nb["items"][0]["lang"] == "nb"
    found = site.api("/api/documents?q=fredsavtale")
    assert [d["id"] for d in found["items"]] == [site.ids["003"]] and "fredsavtale" in found["items"][0]["snippet"]
    page = site.api("/api/documents?q=stoltenberg&limit=1&offset=1")
    assert page["total"] == 3 and page["limit"] == 1 and page["offset"] == 1 and len(page["items"]) == 1
    assert site.api("/api/documents?q=%25")["total"] == 0  # LIKE wildcards are literal
    status, _, html = site.get("/documents?q=stoltenberg&limit=1")
    assert 'href="/documents?q=stoltenberg&amp;limit=1&amp;offset=1"' in html


def test_server_document_page_marks_spans_and_layers(site: Site) -> None:
    status, _, html = site.get(f"/documents/{site.ids['003']}")
    assert status == 200 and NB_SENTENCE in html
    assert '<div class="text" dir="auto" lang="nb">' in html
    assert 'class="entities quotes"' in html and 'title="quotes: direct speaker Jens Stoltenberg' in html
    assert 'class="times"' in html and "P3M" in html
    assert 'class="credit"' in html  # the photo credit of the seed
    assert "None found in this document." in html and "No figures yet." not in html  # analysed: none, not "yet"
    status, _, html = site.get(f"/documents/{site.ids['002']}")
    assert '<span class="credit" title="credit"' in html and "Francisco Seco/AP Photo" in html
    doc = site.api(f"/api/documents/{site.ids['003']}")
    assert doc["lang"] == "nb" and doc["published"]["value"] == "2020-12"
    first = doc["entities"][0]
    assert doc["text"][first["start"] : first["end"]] == "Stoltenberg"


def test_server_quotes_grouped_by_speaker(site: Site) -> None:
    data = site.api("/api/quotes")
    assert data["quotes"] == 2 and [g["speaker"] for g in data["items"]] == ["Jens Stoltenberg", None]
    assert data["items"][0]["quotes"][0]["document"]["id"] == site.ids["003"]
    assert site.api("/api/quotes?speaker=jens%20stoltenberg")["total"] == 1
    status, _, html = site.get("/quotes")
    assert status == 200 and NB_SENTENCE in html and "unattributed" in html


def test_server_collections_show_what_exists(site: Site) -> None:
    stories = site.api("/api/stories")
    assert stories["derived"][0]["items"][0]["id"] == "s1"
    status, _, html = site.get("/stories")  # documents cited by id or by source are linked
    assert status == 200 and f'<a href="/documents/{site.ids["000"]}" dir="auto" lang="en">{EN_TITLE}</a>' in html
    assert f'<a href="/documents/{site.ids["003"]}" dir="auto" lang="nb">Det skjer nesten tre måneder' in html  # no title: its lead
    assert "Doha talks" in html and html.count(f'<a href="/documents/{site.ids["003"]}"') == 2  # its events
    status, _, html = site.get("/timeline")
    assert status == 200 and "Stoltenberg: leave together" in html
    assert f'href="/documents/{site.ids["002"]}#o5"' in html  # the source, at the entry's offset
    status, _, html = site.get("/times")
    assert status == 200 and "P3M" in html
    entities = site.api("/api/entities")
    assert entities["items"]["total"] == 2 and entities["items"]["items"][0]["canonical"] == "Jens Stoltenberg"
    status, _, html = site.get("/entities")
    assert "<b>Jens Stoltenberg</b>" in html and 'href="/documents/0123456789abcdef"' not in html  # its id is not a document


def test_server_figure_series_drawn_as_chart(site: Site) -> None:
    status, _, html = site.get("/figures")
    assert status == 200 and "No figures yet." in html  # no figure items in the documents yet
    assert '<svg class="chart"' in html and html.count("<circle") == 2 and "2020-10" in html
    assert f'href="/documents/{site.ids["000"]}"' in html  # a point's source that is a stored document
    assert "<script" not in html and "11000 2020-12 003 &lt;script&gt;" in html
    assert site.api("/api/figures")["derived"][0]["items"][0]["series_id"] == "nato-troops"


def test_server_escapes_untrusted_text(site: Site) -> None:
    evil_id = site.ids["evi"]
    for path in ("/figures", f"/documents/{evil_id}", "/documents", "/stories", "/documents?q=%3Cscript%3E"):
        status, _, html = site.get(path)
        assert status == 200, path
        assert "<script" not in html and "<img src=x" not in html and "<b>hi" not in html, path
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    doc = site.api(f"/api/documents/{evil_id}")
    assert EVIL in doc["text"]  # JSON carries the text as it is; its content type keeps it data


@pytest.mark.parametrize("path", [
    "/../etc/passwd", "/documents/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/static/../pyproject.toml",
    "/documents/0123456789abcdef", "/documents/ABCDEF0123456789", "/documents/1", "/style.css/../x",
    "/api/documents/nope", "/templates/base.html", "/web.db",
])  # fmt: skip
def test_server_unknown_paths_are_404(site: Site, path: str) -> None:
    status, headers, body = site.get(path)
    assert status == 404, path
    assert "root:" not in body and "[project]" not in body


def test_server_security_headers(site: Site) -> None:
    for path in ("/", f"/documents/{site.ids['000']}", "/api/documents", "/nope", "/style.css"):
        _, headers, _ = site.get(path)
        csp = headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "unsafe" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"
        assert "Python" not in headers["Server"]


def test_server_is_read_only(site: Site) -> None:
    before = hashlib.sha256(site.db.read_bytes()).hexdigest()
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        status, headers, _ = site.get("/documents", method=method)
        assert status == 405 and headers["Allow"] == "GET, HEAD"
    for path in ("/", "/documents", "/quotes", "/stories", f"/documents/{site.ids['003']}"):
        assert site.get(path)[0] == 200
    status, headers, body = site.get("/documents", method="HEAD")
    assert status == 200 and body == "" and int(headers["Content-Length"]) > 0
    assert hashlib.sha256(site.db.read_bytes()).hexdigest() == before
    with open_store(str(site.db), read_only=True) as store, pytest.raises(Exception, match="readonly"):
        store.save_derived("stories", [])


@pytest.mark.parametrize("query", ["limit=0", "limit=abc", "limit=100000", "offset=-1", "lang=../etc", f"q={'x' * 300}"])
def test_server_rejects_bad_parameters(site: Site, query: str) -> None:
    status, headers, body = site.get(f"/api/documents?{query}")
    assert status == 400 and json.loads(body)["status"] == 400


def test_server_refuses_foreign_host_header(site: Site) -> None:
    assert site.get("/", headers={"Host": "attacker.example"})[0] == 400
    assert site.get("/", headers={"Host": f"localhost:{site.port}"})[0] == 200
