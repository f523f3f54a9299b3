"""Search through the web app (page and API) and the ``storyline search`` command."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.api import analysis_version, analyze_text
from storyline.cli import app as cli
from storyline.store import open_store
from storyline.web.server import App

from .conftest import BARE, EN_TITLE, downgrade_to_v2
from .test_search_store import GARBAGE

EVIL = 'Breaking: <script>alert("nato")</script> & <img src=x onerror=alert(1)> Zanzibar summit ends.'
runner = CliRunner()


@pytest.fixture(scope="module")
def web_db(search_db: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The search store plus an article whose text is markup."""
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    shutil.copy(search_db, db)
    with open_store(db) as store:
        store.put_document(analyze_text(EVIL, "en", source="evil.txt", options=BARE), analysis_version(BARE))
    return db


def get(db: str, target: str) -> tuple[int, str]:
    response = App(db).respond(target)
    return response.status, response.body.decode("utf-8")


def test_search_api_ranked_with_snippets(web_db: str) -> None:
    status, body = get(web_db, "/api/documents?q=Stoltenberg&limit=2")
    data = json.loads(body)
    assert status == 200 and data["total"] == 3 and data["order"] == "relevance" and len(data["items"]) == 2
    first = data["items"][0]
    assert first["title"] == EN_TITLE and first["score"] > data["items"][1]["score"]
    assert [first["snippet"][s:e] for s, e in first["highlights"]] and first["words"] > 100
    zh = json.loads(get(web_db, "/api/documents?q=%E4%B9%A0%E8%BF%91%E5%B9%B3")[1])  # 习近平
    assert zh["total"] == 1 and zh["items"][0]["lang"] == "zh"
    assert json.loads(get(web_db, "/api/documents?q=nato&lang=nb")[1])["total"] >= 1
    plain = json.loads(get(web_db, "/api/documents?limit=1")[1])
    assert plain["order"] == "ingest" and "highlights" not in plain["items"][0]


def test_search_page_escapes_then_marks(web_db: str) -> None:
    status, html = get(web_db, "/documents?q=script+zanzibar")
    assert status == 200 and "1 document matching" in html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;<mark>script</mark>&gt;alert(&#34;nato&#34;)&lt;/<mark>script</mark>&gt;" in html
    assert "<mark>Zanzibar</mark>" in html


def test_search_result_opens_with_its_matches_marked(web_db: str) -> None:
    html = get(web_db, "/documents?q=zanzibar+script")[1]
    (link,) = re.findall(r'href="(/documents/[0-9a-f]{16}\?q=[^"]+)"', html)
    status, page = get(web_db, link.replace("&amp;", "&"))
    assert status == 200 and "<script>" not in page
    assert page.count('<span class="match" title="search: zanzibar script"') == 3  # script, script, Zanzibar
    assert re.search(r'<a href="#o(\d+)">first match</a>', page)
    api = json.loads(get(web_db, link.replace("/documents/", "/api/documents/"))[1])
    assert "match" not in json.dumps(api)  # the JSON stays the output contract


@pytest.mark.parametrize("query", GARBAGE[:12])
def test_search_web_garbage_query_is_answered(web_db: str, query: str) -> None:
    from urllib.parse import quote

    for path in ("/documents", "/api/documents"):
        status, body = get(web_db, f"{path}?q={quote(query, safe='')}")
        assert status in (200, 400) and "Traceback" not in body  # 400: a parameter over 200 characters


def test_search_web_old_store_read_only(web_db: str, tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    shutil.copy(web_db, db)
    downgrade_to_v2(db)
    before = Path(db).read_bytes()
    data = json.loads(get(db, "/api/documents?q=Stoltenberg")[1])
    assert data["total"] == 3 and data["items"][0]["title"] == EN_TITLE
    assert Path(db).read_bytes() == before  # the reader neither upgraded nor wrote


def test_search_cli_table_and_jsonl(web_db: str) -> None:
    result = runner.invoke(cli, ["search", "Stoltenberg", "--db", web_db, "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "Stoltenberg Rules Out" in result.stdout and "1-2 of 3 matching documents" in result.stderr
    result = runner.invoke(cli, ["search", "script", "--db", web_db, "--format", "jsonl"])
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["source"] == "evil.txt" and [row["snippet"][s:e] for s, e in row["highlights"]] == ["script", "script"]
    result = runner.invoke(cli, ["search", "nato", "--db", web_db, "--lang", "nb", "--format", "jsonl"])
    assert {json.loads(line)["lang"] for line in result.stdout.splitlines()} == {"nb"}


@pytest.mark.parametrize(("args", "message"), [(["nato", "--db", "{tmp}/absent.db"], "no such store"),
                                               (["nato", "--format", "xml"], "--format"),
                                               (["nato", "--limit", "0"], "--limit"),
                                               (['" * "'], "nothing to search for")])  # fmt: skip
def test_search_cli_errors_one_line_exit_2(web_db: str, tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(cli, ["search", *args] + ([] if "--db" in args else ["--db", web_db]))
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
