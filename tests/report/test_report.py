"""The static report on the seeds: it tells the story (timeline, who said what, figure series as
charts, entities, stories) before the documents, links every item to its words, says "none" where
the store holds nothing, never lets article text become markup, and renders the same every time."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import storyline
from storyline.report import render_report, report_context, sections, write_report
from storyline.store import open_store

GENERATED = re.compile(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC")
SCRIPT, BREAKOUT = '<script>alert("x")</script>', '"><img src=x onerror=alert(1)>'
EVIL = f"{SCRIPT} {BREAKOUT}"
SECTIONS = ("overview", "timeline", "quotes", "figures", "entities", "stories", "documents")


def build(seeds_dir: Path, db: Path) -> str:
    storyline.build([seeds_dir], db=str(db))
    return str(db)


@pytest.fixture(scope="module")
def seeds_db(seeds: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> str:
    return build(seeds["000"].parent, tmp_path_factory.mktemp("report") / "seeds.db")


@pytest.fixture(scope="module")
def seeds_report(seeds_db: str) -> tuple[dict[str, Any], str]:
    with open_store(seeds_db) as store:
        return report_context(store), render_report(store)


def section(html: str, name: str) -> str:
    """The HTML of one numbered section (up to the next one)."""
    start = html.index(f'<h2 id="{name}">')
    later = [html.index(f'<h2 id="{n}">') for n in SECTIONS if html.index(f'<h2 id="{n}">') > start]
    return html[start : min(later, default=len(html))]


def test_report_sections_in_story_order(seeds_report: tuple[dict[str, Any], str]) -> None:
    _, html = seeds_report
    positions = [html.index(f'<h2 id="{name}">') for name in SECTIONS]
    assert positions == sorted(positions)
    toc = html[html.index('<nav class="toc">') : html.index("</nav>")]
    assert all(f'href="#{name}"' in toc for name in SECTIONS)
    overview = section(html, "overview")
    assert "2020-10 – 2021-08-20" in overview and "en 2" in overview and "nb 1" in overview


def test_report_nato_troops_series_is_a_chart(seeds_report: tuple[dict[str, Any], str]) -> None:
    context, html = seeds_report
    nato = next(s for s in context["figures"]["items"] if (s["subject"], s["measure"]) == ("NATO", "troops"))
    assert sorted(p["value"] for p in nato["points"]) == [0, 10000, 11000, 12000]
    assert {p["kind"] for p in nato["points"]} >= {"current", "negation"}
    figures = section(html, "figures")
    block = figures[figures.index("NATO · troops") :]
    svg = block[block.index('<svg class="chart"') : block.index("</svg>")]
    labels = re.findall(r">([\d,]+)</text>", svg)
    assert {"12,000", "11,000", "10,000", "0"} <= set(labels)
    assert svg.count("<circle") + svg.count("<rect") >= 4  # one mark per point, the negation a square
    # Every point links to its words in the documents section.
    assert all(p["from"]["href"].startswith("#d") for p in nato["points"])


def test_report_quotes_grouped_by_speaker(seeds_report: tuple[dict[str, Any], str]) -> None:
    context, html = seeds_report
    groups = {g["speaker"]: g for g in context["quotes"]["items"]}
    assert "Jens Stoltenberg" in groups and "Stoltenberg" not in groups
    jens = groups["Jens Stoltenberg"]
    assert jens["count"] >= 8 and jens["direct"] >= 4
    assert {q["from"]["lang"] for q in jens["quotes"]} == {"en", "nb"}
    quotes = section(html, "quotes")
    assert "<h3>Jens Stoltenberg" in quotes
    assert "Dette er et viktig første steg" in quotes  # the Norwegian dash quotations
    assert "“We went into Afghanistan together" in quotes


def test_report_timeline_dated_and_sourced(seeds_report: tuple[dict[str, Any], str]) -> None:
    context, html = seeds_report
    timeline = context["timeline"]
    assert timeline["mode"] in ("timeline", "simple") and timeline["items"]
    dates = [e["date"] for e in timeline["items"]]
    assert dates == sorted(dates)
    assert any(e["date"].startswith("2020-12") and "11.000" in e["summary"] for e in timeline["items"])
    assert any(e["kind"] == "statement" and e["date"].startswith("2020-10") for e in timeline["items"])
    assert all(s["href"] for e in timeline["items"] for s in e["sources"])
    if timeline["mode"] == "simple":
        assert "A simple timeline" in section(html, "timeline")
        told = [(e["date"], e["kind"], e["summary"]) for e in timeline["items"]]
        assert len(set(told)) == len(told)  # two figures of one sentence are one entry


def test_report_links_resolve_to_anchors(seeds_report: tuple[dict[str, Any], str]) -> None:
    _, html = seeds_report
    ids = set(re.findall(r' id="([^"]+)"', html))
    targets = set(re.findall(r' href="#([^"]+)"', html))
    assert targets and targets <= ids
    assert any(t.startswith("d") and "-o" in t for t in targets)  # offsets inside the texts


def test_report_documents_highlight_layers(seeds_report: tuple[dict[str, Any], str]) -> None:
    _, html = seeds_report
    documents = section(html, "documents")
    assert documents.count("<article") == 3
    assert 'class="quotes"' in documents and "figures" in documents and 'class="credit' in documents
    assert "Francisco Seco/AP Photo" in documents


def test_report_empty_store_says_none(tmp_path: Path, db: str) -> None:
    with open_store(db) as store:
        html = write_report(store, tmp_path / "out").read_text(encoding="utf-8")
    for name in SECTIONS[1:]:
        assert '<p class="none">None' in section(html, name), name
    assert "0 documents" in html


def test_report_deterministic_apart_from_timestamp(seeds: dict[str, Path], seeds_report: tuple[dict[str, Any], str],
                                                   tmp_path: Path) -> None:  # fmt: skip
    again = build(seeds["000"].parent, tmp_path / "again.db")
    with open_store(again) as store:
        html = render_report(store)
    assert GENERATED.sub("", html) == GENERATED.sub("", seeds_report[1])


def test_report_escapes_untrusted_text(tmp_path: Path, db: str) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(
        f"title: {EVIL}\ndate 2020-12-02\n\n{EVIL} NATO has around 12,000 troops in Afghanistan.\n\n"
        f"«We will stay <script>alert(1)</script> here, {BREAKOUT} and we will not leave,» said Jens Stoltenberg.\n",
        encoding="utf-8",
    )
    storyline.build([evil], db=db)
    with open_store(db) as store:
        doc = next(store.iter_documents())
        store.save_derived("entities", [{"canonical": EVIL, "type": "PER", "variants": [EVIL], "languages": ["en"],
                                         "mentions": 1, "documents": [doc["source"]]}])  # fmt: skip
        store.save_derived("stories", [{"id": EVIL, "label": EVIL, "languages": {"en": 1}, "documents": [doc["source"]],
                                        "document_ids": [doc["id"]], "events": [{"label": EVIL, "start": "2020"}]}])  # fmt: skip
        store.save_derived("series", [{"series_id": "x", "subject": EVIL, "measure": EVIL, "points": [
            {"value": 1, "as_of": "2020", "kind": EVIL, "source": EVIL, "text": EVIL},
            {"value": 2, "as_of": EVIL, "kind": "plan", "source": doc["source"], "text": EVIL}]}])  # fmt: skip
        context = report_context(store)
        html = write_report(store, tmp_path / "out").read_text(encoding="utf-8")
    assert BREAKOUT in context["quotes"]["items"][0]["quotes"][0]["text"]
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    for name in ("quotes", "figures", "entities", "stories", "documents"):
        assert "&lt;img src=x" in section(html, name), name
    assert "default-src 'none'" in html


def test_report_flags_disagreements(tmp_path: Path, db: str) -> None:
    high = {"value": 12000, "qualifier": "about", "kind": "current", "as_of": "2020-10", "source": "rferl", "start": 3}
    low = {"value": 8000, "qualifier": None, "kind": "current", "as_of": "2020-10", "source": "nrk", "start": 9}
    with open_store(db) as store:
        store.save_derived("series", [{"series_id": "s", "subject": "NATO", "measure": "troops", "place": "Afghanistan",
                                       "points": [low, high, {**high, "as_of": "2021-08", "value": 0, "kind": "negation"}],
                                       "disagreements": [{"period": "2020-10", "points": [low, high],
                                                          "reason": "nrk says exactly 8000 and rferl about 12000"}]}])  # fmt: skip
        context = report_context(store)
        html = write_report(store, tmp_path / "out").read_text(encoding="utf-8")
    series = context["figures"]["charted"][0]
    assert [p["disputed"] for p in series["points"]] == [True, True, False]
    figures = section(html, "figures")
    assert figures.count('<tr class="disputed">') == 2 and 'stroke="#d00"' in figures
    assert "disagreement for 2020-10: nrk says exactly 8000" in figures
    assert "1 disagreement" in section(html, "overview")


def test_report_caps_documents_keeping_the_main_story(seeds: dict[str, Path], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    db = build(seeds["000"].parent, tmp_path / "capped.db")
    with open_store(db) as store:
        nb = next(d for d in store.iter_documents() if d["lang"] == "nb")
        store.save_derived("stories", [{"id": "s", "label": "Doha", "document_ids": [nb["id"]], "languages": {"nb": 1}}])
        monkeypatch.setattr(sections, "MAX_DOCUMENTS", 1)
        context = report_context(store)
        html = render_report(store)
    assert [d["id"] for d in context["documents"]["items"]] == [nb["id"]] and context["documents"]["more"] == 2
    assert "… and 2 more documents not shown." in section(html, "documents")
    assert set(re.findall(r' href="#([^"]+)"', html)) <= set(re.findall(r' id="([^"]+)"', html))
    assert context["timeline"]["story"]["label"] == "Doha"
    assert all(s["href"] for e in context["timeline"]["items"] for s in e["sources"])


def test_report_timeline_summaries_in_the_readers_language(seeds_db: str) -> None:
    """An entry reported in English and Norwegian (the Doha deal of February 2020) is summed up in
    the page's language, English, by default, and in Norwegian for a Norwegian reader."""
    with open_store(seeds_db) as store:
        english = report_context(store)["timeline"]["items"]
        norwegian = report_context(store, "nb")["timeline"]["items"]
    both = [i for i, e in enumerate(english) if len({s.get("lang") for s in e["sources"]} - {None}) > 1]
    assert both, "an entry with sources in two languages"
    assert all(english[i]["lang"] == "en" and norwegian[i]["lang"] == "nb" for i in both)



def test_report_build_keeps_the_main_timeline_in_the_pages_language(shared: Path, tmp_path: Path) -> None:
    """The timeline a build keeps for the web app is summed up as the report's is: in English
    where an English source reports the entry, not in its most central source's language (ITN's
    reports of Liz Truss's resignation in a dozen languages had been summed up in French)."""
    rows = (json.loads(line) for line in (shared / "eval" / "stories" / "itn-dev" / "docs.jsonl").open(encoding="utf-8"))
    truss = [{"id": d["id"], "text": d["text"], "lang": d["lang"], "published": d["date"]}
             for d in rows if d["event"] == "Q272201" and d["date"] >= "2022-10-20"]  # fmt: skip
    path = tmp_path / "truss.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in truss), encoding="utf-8")
    with open_store(build(path, tmp_path / "truss.db")) as store:
        saved = store.load_derived("timeline")
    english = [e for e in saved if "en" in {s.get("lang") for s in e["sources"]}]
    assert english and all(e["lang"] == "en" for e in english)


def test_report_right_to_left_text_reads_right_to_left(shared: Path, tmp_path: Path) -> None:
    """ITN's Arabic and Persian blurbs: their text, titles and names in source lines get
    ``dir="auto"``, so a browser lays them out right to left inside the English page."""
    rows = [json.loads(line) for line in (shared / "eval/stories/itn-dev/inputs.jsonl").open(encoding="utf-8")]
    rtl = [r for r in rows if r["lang"] in ("ar", "fa")][:6]
    path = tmp_path / "rtl.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rtl), encoding="utf-8")
    with open_store(build(path, tmp_path / "rtl.db")) as store:
        html = render_report(store)
    documents = section(html, "documents")
    assert documents.count('<div class="text" dir="auto" lang="ar">') + documents.count(
        '<div class="text" dir="auto" lang="fa">') == len(rtl)  # fmt: skip
    assert documents.count('<h3 dir="auto" lang="') == len(rtl)
    assert re.search(r'<a href="#doc-[0-9a-f]{16}" dir="auto" lang="(ar|fa)">', documents)


def test_report_counts_read_as_words(shared: Path, tmp_path: Path) -> None:
    """Over a thousand ITN blurbs: counts carry thousands separators ("1,1xx documents"), and a count
    of one is singular."""
    lines = (shared / "eval/stories/itn-dev/inputs.jsonl").read_text(encoding="utf-8").splitlines()[:1300]
    path = tmp_path / "itn.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(build(path, tmp_path / "itn.db")) as store:
        context, html = report_context(store), render_report(store)
    documents = context["overview"]["documents"]
    assert documents > 1000 and f"<b>{documents:,}</b>documents" in html and f">{documents:,} documents ·" in html
    assert f'<span class="meta">({documents:,})</span>' in html  # the contents
    assert re.search(r"· 1 sentence\s", section(html, "documents"))


def test_report_money_measures_named_for_a_reader(shared: Path, tmp_path: Path) -> None:
    """MEANTIME's "Boeing secures $11bn of aircraft deals": "money (USD)", not the key "money:USD"."""
    rows = [json.loads(line) for line in (shared / "eval/stories/meantime-cdcr-dev/inputs.jsonl").open(encoding="utf-8")]
    path = tmp_path / "boeing.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows if r["text"].startswith("Boeing secures $11bn")),
                    encoding="utf-8")  # fmt: skip
    with open_store(build(path, tmp_path / "boeing.db")) as store:
        figures = section(render_report(store), "figures")
    assert "money (USD)" in figures and "money:USD" not in figures
