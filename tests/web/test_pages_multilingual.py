"""The web app as a reader meets it on a real multilingual store (the seeds and a slice of ITN's
news blurbs in a dozen languages, scripts and directions): every link the app prints answers,
filters find what a reader types, untitled documents are named by their words, right-to-left
text reads right to left, and pages past the end say so."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest

import storyline
from storyline.store import open_store
from storyline.web import App
from storyline.web.views import number

INDONESIA = {"aa51c89262a2", "b3df283175f6", "c60f64bcd65a", "5b6bbaa5dbbc", "3dafd21cc595", "2f96624666ae",
             "93b9c0db3b7c", "c08a8e2b5bc3"}  # ITN's reports of the Cianjur earthquake's toll  # fmt: skip
MORBI = {"a9cc70f237d6", "c9de4c546dcb"}  # the Morbi bridge's toll, 135 and "at least 141" on one day


def itn_slice(shared: Path) -> list[dict[str, Any]]:
    """Blurbs in languages with subtags (zh-yue, zh-classical), right-to-left ones (ar, fa), the
    reports of Liz Truss's resignation, the Cianjur earthquake's death toll as it grew, and two
    reports of one day on the Morbi bridge's toll that disagree."""
    rows = [json.loads(line) for line in (shared / "eval/stories/itn-dev/inputs.jsonl").open(encoding="utf-8")]
    taken: dict[str, int] = {}

    def wanted(row: dict[str, Any]) -> bool:
        if row["id"] in INDONESIA | MORBI or "Truss" in row["text"]:
            return True
        if row["lang"] in ("zh-yue", "zh-classical", "ar", "fa") and taken.get(row["lang"], 0) < 5:
            taken[row["lang"]] = taken.get(row["lang"], 0) + 1
            return True
        return False

    return [r for r in rows if wanted(r)]


@pytest.fixture(scope="module")
def app(shared: Path, seeds: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> App:
    root = tmp_path_factory.mktemp("multilingual")
    blurbs = root / "itn.jsonl"
    blurbs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in itn_slice(shared)), encoding="utf-8")
    db = root / "store.db"
    storyline.build([seeds["000"].parent, blurbs], db=str(db))
    return App(str(db))


def get(app: App, target: str, status: int = 200) -> str:
    response = app.respond(target)
    assert response.status == status, (target, response.body[:300])
    return response.body.decode()


def api(app: App, target: str) -> Any:
    return json.loads(get(app, "/api" + target))


def links(html: str) -> list[str]:
    """The app's own links on a page (not fragments, not the web)."""
    return [unescape(h) for h in re.findall(r'href="([^"#][^"]*)"', html) if h.startswith("/")]


def test_pages_language_links_answer(app: App) -> None:
    """The overview links every language to its documents; Wikipedia's codes with a subtag are
    languages too (they were refused with a 400)."""
    overview = get(app, "/")
    targets = [h for h in links(overview) if "lang=" in h]
    assert "/documents?lang=zh-yue" in targets and "/documents?lang=zh-classical" in targets
    for target in targets:
        lang = target.split("lang=")[1]
        found = api(app, target)
        assert found["total"] >= 1 and {d["lang"] for d in found["items"]} == {lang}, target
    assert json.loads(get(app, "/api/documents?lang=en;drop", 400))["error"].startswith("lang must be")


def test_pages_every_own_link_answers(app: App) -> None:
    """From every page of the menu, each link the app prints (pagers, filters, documents, speakers,
    and a document's offsets) answers 200, and each offset it links to is an anchor there."""
    seen: set[str] = set()
    todo = ["/", "/documents", "/quotes", "/entities", "/figures", "/times", "/stories", "/timeline"]
    while todo and len(seen) < 250:
        target = todo.pop(0)
        if target in seen:
            continue
        seen.add(target)
        html = get(app, target)
        for link in links(html):
            path, _, fragment = link.partition("#")
            if fragment and path.startswith("/documents/"):
                assert f'id="{fragment}"' in get(app, path), link
            if path not in seen and not path.startswith("/api"):
                todo.append(path)
    assert len(seen) > 60


@pytest.mark.parametrize("page", ["timeline", "quotes", "entities", "figures", "times", "stories", "documents"])
def test_pages_past_the_last_page_say_so(app: App, page: str) -> None:
    """An offset past the end (an old bookmark, a hand-edited URL) is an empty page that says how
    many there are and links back, not "No quotes yet." (nor a 500 on the timeline)."""
    html = get(app, f"/{page}?offset=100000")
    assert "Nothing past item" in html and f'<a href="/{page}">back to the first page</a>' in html
    assert "yet.</p>" not in html and "No documents match" not in html


def test_pages_quotes_found_by_part_of_the_name_and_by_words(app: App) -> None:
    """A reader types "Stoltenberg" or "truss", not the canonical name (as ``storyline quotes
    --speaker`` takes it), and words of the quotation in any accent ("avgar" finds the Swedish
    "avgår"); a name's letters inside another word do not match; ``lang`` keeps one language's
    quotes (a page that cannot filter by language says so rather than ignore it)."""
    by = {g["speaker"]: g for g in api(app, "/quotes?speaker=Stoltenberg")["items"]}
    assert list(by) == ["Jens Stoltenberg"] and by["Jens Stoltenberg"]["count"] >= 8
    assert {q["document"]["lang"] for q in by["Jens Stoltenberg"]["quotes"]} == {"en", "nb"}
    truss = api(app, "/quotes?speaker=truss")
    assert truss["items"][0]["speaker"] == "Liz Truss"  # and any group whose mention names her
    assert all("Truss" in f"{g['speaker']} {q['speaker']['mention']['text']}" for g in truss["items"] for q in g["quotes"])
    # the Swedish "meddelar att hon avgår" reports; the French "annonce sa démission" is an announcement
    assert {q["document"]["lang"] for q in truss["items"][0]["quotes"]} >= {"sv"}
    assert api(app, "/quotes?speaker=li")["total"] == 0
    found = api(app, "/quotes?q=avgar")
    assert found["quotes"] >= 1 and all("avgår" in q["text"] for g in found["items"] for q in g["quotes"])
    nb = api(app, "/quotes?q=fredsavtale&speaker=stoltenberg")
    assert nb["quotes"] == 1 and nb["items"][0]["quotes"][0]["document"]["lang"] == "nb"
    html = get(app, "/quotes?q=fredsavtale")
    assert 'name="q" value="fredsavtale"' in html and "matching “fredsavtale”" in html
    swedish = api(app, "/quotes?lang=sv")
    assert swedish["quotes"] >= 1 and {q["document"]["lang"] for g in swedish["items"] for q in g["quotes"]} == {"sv"}
    assert '<option value="sv" selected>' in get(app, "/quotes?lang=sv")
    assert json.loads(get(app, "/api/entities?lang=sv", 400))["error"] == "lang filters /documents and /quotes only"
    assert "No quotes match." in get(app, "/quotes?q=zzzqqq") and "No quotes yet" not in get(app, "/quotes?q=zzzqqq")


def test_pages_untitled_documents_named_by_their_words(app: App) -> None:
    """NRK's article and ITN's blurbs have no title: lists, quotes and the page itself name them by
    their opening words, never by a hash a reader cannot recognise."""
    nb = api(app, "/documents?lang=nb&q=fredsavtale")["items"][0]
    assert nb["title"] is None and nb["label"].startswith("Det skjer nesten tre måneder")
    html = get(app, "/documents?lang=nb")
    assert f'dir="auto" lang="nb">{nb["label"]}</a>' in html and f">{nb['id']}</a>" not in html
    page = get(app, f"/documents/{nb['id']}")
    assert f"<title>{nb['label']} · storyline</title>" in page and f'<h1 dir="auto" lang="nb">{nb["label"]}</h1>' in page
    quotes = get(app, "/quotes?speaker=truss")
    assert ">Storbritanniens premiärminister Liz Truss" in quotes  # a Swedish blurb, by its words
    assert not re.search(r">[0-9a-f]{16}</a>", quotes + get(app, "/figures") + get(app, "/timeline"))


def test_pages_right_to_left_text_reads_right_to_left(app: App) -> None:
    """Arabic and Persian blurbs: their text, and their names in lists, get ``dir="auto"`` so the
    browser lays them out right to left (and isolates them inside a left-to-right line)."""
    for lang in ("ar", "fa"):
        doc = api(app, f"/documents?lang={lang}&limit=1")["items"][0]
        page = get(app, f"/documents/{doc['id']}")
        assert f'<div class="text" dir="auto" lang="{lang}">' in page
        assert f'<h1 dir="auto" lang="{lang}">' in page
        assert f'dir="auto" lang="{lang}">{doc["label"]}</a>' in get(app, f"/documents?lang={lang}")
    times = get(app, "/times?limit=500")  # each item's words in its language, laid out in its direction
    assert '<td dir="auto" lang="ar">' in times and '<td dir="auto" lang="nb">' in times


def test_pages_figures_read_as_series(app: App) -> None:
    """The figures page draws each series and lists its points as a reader reads them: values with
    thousands separators, kind, the words as written, and the source by its words, language and
    date, linked to the figure's offsets; disputed points flagged (the Morbi bridge's toll of one
    day), with the sources named by their words; a toll that grows from one day's report to the
    next (the earthquake's) is no disagreement."""
    html = get(app, "/figures")
    nato = html[html.index("NATO · troops") :]
    nato = nato[: nato.index("</section>")]
    assert '<svg class="chart"' in nato and ">about 12,000</td>" in nato and ">about 11,000</td>" in nato
    assert "<td>11.000</td>" in nato  # as the Norwegian text writes it
    assert re.search(r'href="/documents/[0-9a-f]{16}#o\d+" dir="auto" lang="nb">Det skjer nesten', nato)
    assert '<span class="meta">nb · 2020-12</span>' in nato
    toll = html[html.index("<h2>deaths · Indonesia") :]  # no subject: no placeholder dash before the measure
    toll = toll[: toll.index("</section>")]
    assert '<tr class="disputed">' not in toll and "sources disagree" not in toll
    bridge = html[html.index("<h2>deaths · India") :]
    bridge = bridge[: bridge.index("</section>")]
    assert bridge.count('<tr class="disputed">') == 2 and "sources disagree for 2022-10-31" in bridge
    assert "“In India, a footbridge collapse in Morbi, Gujarat, results…” (2022-10-31) says exactly 135" in bridge
    assert not re.search(r">[0-9a-f]{16}</a>", html)


def test_pages_numbers_and_counts_read_as_words(app: App) -> None:
    """Counts carry thousands separators and agree in number ("1 sentence"); every count on the
    overview links to its page (cross-document ones too), and no kind that nothing computes is listed."""
    overview = get(app, "/")
    data = api(app, "/")
    assert "figures" not in data["derived"] and data["derived"]["series"] >= 1
    for kind, page in (("series", "figures"), ("stories", "stories"), ("events", "stories"), ("entities", "entities")):
        assert re.search(rf'<td>{kind} <span class="meta">\(across documents\)</span></td><td><a href="/{page}">', overview)
    ar = api(app, "/documents?lang=ar&limit=1")["items"][0]
    page = get(app, f"/documents/{ar['id']}")
    assert "· 1 sentence ·" in page and "None found in this document." in page  # a one-line blurb, no quotes
    assert [number(v) for v in (12000, 2.5, 1500000.0, 0, None, True)] == ["12,000", "2.5", "1,500,000", "0", "", "True"]


def test_pages_empty_store_says_so(db: str) -> None:
    """A store that holds nothing yet: every page answers and says what to do or that there is none."""
    open_store(db).close()
    empty = App(db)
    assert "No documents yet: run <code>storyline build PATH</code>." in get(empty, "/documents")
    assert "No documents match." in get(empty, "/documents?q=Stoltenberg")
    for page in ("quotes", "entities", "figures", "times", "stories", "timeline"):
        assert f"No {page} yet." in get(empty, f"/{page}"), page


def test_pages_money_measures_named_for_a_reader(shared: Path, tmp_path: Path) -> None:
    """MEANTIME's "Boeing secures $11bn of aircraft deals": its money series is headed "money (USD)",
    not the internal key "money:USD"."""
    rows = [json.loads(line) for line in (shared / "eval/stories/meantime-cdcr-dev/inputs.jsonl").open(encoding="utf-8")]
    path = tmp_path / "boeing.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows if r["text"].startswith("Boeing secures $11bn")),
                    encoding="utf-8")  # fmt: skip
    storyline.build([path], db=str(tmp_path / "boeing.db"))
    html = get(App(str(tmp_path / "boeing.db")), "/figures")
    assert "· money (USD)" in html and "money:USD</h2>" not in html and "· money:USD" not in html


def test_pages_stories_list_documents_by_their_words_folded(app: App) -> None:
    """A story's documents (the Cianjur earthquake: eight blurbs in six languages) fold under a
    count, each named by its words with language and date; an event's fold when more than three."""
    html = get(app, "/stories")
    cianjur = html[html.index("Cianjur") :]
    cianjur = cianjur[: cianjur.index("</section>")]
    stories = api(app, "/stories")["derived"][0]["items"]
    story = next(s for s in stories if "Cianjur" in s["label"])
    assert f"<details><summary>{len(story['documents'])} documents</summary>" in cianjur
    for row in cianjur[cianjur.index("<table>") :].split("<tr>")[2:]:  # an event a row
        shown = row.count('<a href="/documents/')
        assert (f"<details><summary>{shown} documents</summary>" in row) is (shown > 3), row
    assert re.search(r'dir="auto" lang="fr">21 novembre : en Indonésie, un séisme[^<]*</a> <span class="meta">fr · 2022-11-2', cianjur)


def test_pages_collections_find_by_name(app: App) -> None:
    """Every collection page has a search box: entities by name or variant in any script, figure
    series by subject, measure and place, stories by their or their events' labels, timeline
    entries by their words; the layer's items below by their words and names; a miss says so."""
    entities = api(app, "/entities?q=stoltenberg")
    assert [e["canonical"] for e in entities["derived"][0]["items"]] == ["Jens Stoltenberg"]
    assert entities["items"]["total"] >= 10  # his mentions in English and Norwegian
    html = get(app, "/entities?q=stoltenberg")
    assert 'name="q" value="stoltenberg"' in html and "1 entity named “stoltenberg”" in html
    assert '<a href="/quotes?speaker=Jens%20Stoltenberg">quotes</a>' in html
    assert api(app, "/quotes?speaker=Jens%20Stoltenberg")["quotes"] >= 8
    assert '<a href="/documents?q=%22Jens%20Stoltenberg%22">documents</a>' in html
    assert api(app, "/documents?q=%22Jens%20Stoltenberg%22")["total"] == 3
    series = api(app, "/figures?q=NATO%20troops")["derived"][0]["items"]
    assert [(s["subject"], s["measure"]) for s in series] == [("NATO", "troops")]
    assert [s["label"] for s in api(app, "/stories?q=cianjur")["derived"][0]["items"]] == [
        next(s["label"] for s in api(app, "/stories?limit=500")["derived"][0]["items"] if "Cianjur" in s["label"])]
    timeline = api(app, "/timeline?q=sunak")["derived"][0]
    assert timeline["total"] >= 1 and all("Sunak" in e["summary"] for e in timeline["items"])
    assert "No stories match “zzzqqq”." in get(app, "/stories?q=zzzqqq")
    assert "No entity is named “zzzqqq”." in get(app, "/entities?q=zzzqqq")


def test_pages_entities_read_as_a_table_of_names(app: App) -> None:
    """The entities page lists name, type, variants, languages, mentions, and the documents by
    their words (folded, the first few), not a column of hashes or file paths."""
    html = get(app, "/entities")
    table = html[html.index("<table>") : html.index("</table>")]
    assert "<th>name</th><th>type</th><th>variants</th><th>languages</th>" in table
    assert not re.search(r">[0-9a-f]{12,16}</a>", table) and "/work/shared" not in table.split("<details>")[0]
    nato = html[html.index("<b>NATO</b>") :]
    nato = nato[: nato.index("<b>", 3)]
    assert re.search(r'dir="auto" lang="en">Stoltenberg Rules Out Rushed NATO Exit From Afghanistan</a> <span class="meta">en · 2020-10</span>', nato)


def test_pages_timeline_of_an_entity_or_a_story_is_computed_for_the_page(app: App) -> None:
    """An entity's row links to its timeline and a story to its own, computed on request and not
    kept (the app reads its store only): the kept timeline stays the build's main story's."""
    entities = get(app, "/entities?q=stoltenberg")
    assert '<a href="/timeline?entity=Jens%20Stoltenberg">timeline</a>' in entities
    his = api(app, "/timeline?entity=Jens%20Stoltenberg")
    assert his["filters"]["entity"] == "Jens Stoltenberg" and his["derived"][0]["total"] >= 4
    assert all(e["entity"] == "Jens Stoltenberg" for e in his["derived"][0]["items"])
    assert "2020-10-21" in {e["date"] for e in his["derived"][0]["items"]}  # his statement of that day
    html = get(app, "/timeline?entity=Jens%20Stoltenberg&q=Afghanistan")
    assert "computed for this page" in html and '<input type="hidden" name="entity" value="Jens Stoltenberg">' in html
    story = api(app, "/stories?q=cianjur")["derived"][0]["items"][0]
    assert f'href="/timeline?story={story["id"]}"' in get(app, "/stories?q=cianjur")
    entries = api(app, f"/timeline?story={story['id']}")["derived"][0]
    assert entries["total"] >= 1 and {s["id"] for e in entries["items"] for s in e["sources"]} <= set(story["document_ids"])
    assert "No dated entry about “Nobody Atall”." in get(app, "/timeline?entity=Nobody%20Atall")
    get(app, "/timeline?story=s-nope", status=404)
    kept = api(app, "/timeline")["derived"][0]["items"]
    assert kept and all(e["entity"] is None for e in kept)
