"""The time layer on the seed articles, on sentences in each language, and against the dev gold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.lang import languages_with
from storyline.model import Document
from storyline.time import annotate, sentence_dates
from storyline.time.evaluate import published_of

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "../shared"))
SEEDS = SHARED / "corpus/seeds"
needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared data not found")


def seed(prefix: str, lang: str, published: str | None = None) -> Document:
    """A seed article as ingest gives it (the " date 2020-12 " header of 003 moved to metadata)."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    if text.startswith(" date "):
        text = text.split(" ", 3)[3]
    doc = Document(id=prefix, text=text, lang=lang, published=published_of(published))
    annotate(doc)
    return doc


def times(text: str, lang: str, published: str | None) -> dict[str, tuple[str, str]]:
    """Expression text -> (type, value) for one text."""
    doc = Document(id="t", text=text, lang=lang, published=published_of(published))
    annotate(doc)
    return {t.text: (t.type, t.value) for t in doc.times}


@needs_shared
def test_annotate_seed_002_date_of_dated_caption_and_friday() -> None:
    doc = seed("002", "en")
    assert doc.published is not None
    assert (doc.published.value, doc.published.precision) == ("2021-08-20", "day")
    ev = doc.published.evidence
    assert ev is not None and doc.text[ev.start : ev.end] == "August 20, 2021"
    friday = next(t for t in doc.times if t.text == "Friday")
    assert friday.value == "2021-08-20" and friday.anchor == "publication"


@needs_shared
def test_annotate_seed_000_year_only_from_future_events() -> None:
    doc = seed("000", "en")
    assert doc.published is None or doc.published.value in ("2020-10-21", "2020-10")
    assert doc.published is not None and doc.published.precision == "month"
    found = {t.text: t for t in doc.times}
    assert found["October 21"].value == "2020-10-21"
    assert found["May 2021"].value == "2021-05" and found["May 2021"].signal == "BY"
    assert (found["early next year"].value, found["early next year"].mod) == ("2021", "START")
    assert found["2003"].signal == "SINCE"
    assert found["December 25"].value == "2020-12-25"


@needs_shared
def test_annotate_seed_003_metadata_month_kept_and_uncertainty_carried() -> None:
    doc = seed("003", "nb", "2020-12")
    assert doc.published is not None and doc.published.evidence.source == "metadata"
    assert (doc.published.value, doc.published.precision) == ("2020-12", "month")
    found = {t.text: t for t in doc.times}
    assert found["21. november"].value == "2020-11-21"
    assert found["februar"].value == "2020-02" and found["februar"].signal == "IN"
    assert found["2003"].signal == "SINCE"
    today = found["i dag"]
    assert today.value == "2020-12" and today.approx  # the day is not known: the month is


@needs_shared
def test_annotate_through_the_pipeline_keeps_ingested_header_date() -> None:
    from storyline.api import analyze_article
    from storyline.ingest import read_path

    by_seed = {path.name[:3]: analyze_article(next(read_path(path))) for path in sorted(SEEDS.glob("*.txt"))}
    header = by_seed["003"].published
    assert header is not None and (header.value, header.precision) == ("2020-12", "month")
    assert header.evidence is not None and header.evidence.source == "metadata"
    assert {t.text: t.value for t in by_seed["003"].times}["21. november"] == "2020-11-21"
    assert by_seed["002"].published is not None and by_seed["002"].published.value == "2021-08-20"
    assert by_seed["000"].published is None or by_seed["000"].published.value.startswith("2020-10")


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("He spoke on October 21.", "en", "2020-10-22", {"October 21": ("date", "2020-10-21")}),
        ("It will shrink early next year.", "en", "2020-10-22", {"early next year": ("date", "2021")}),
        ("Troops leave by May 2021.", "en", "2020-10-22", {"May 2021": ("date", "2021-05")}),
        ("Sales fell last week and in the first quarter.", "en", "2020-10-22",
         {"last week": ("date", "2020-W42"), "the first quarter": ("date", "2020-Q1")}),
        ("The plant closed two years ago after six months of talks.", "en", "2020-10-22",
         {"two years ago": ("date", "2018"), "six months": ("duration", "P6M")}),
        ("Deliveries run from 2009 to 2011, the 6-year-old said at 9 a.m. Tuesday.", "en", "2020-10-22",
         {"2009": ("date", "2009"), "2011": ("date", "2011"), "9 a.m. Tuesday": ("time", "2020-10-20T09:00")}),
        ("Stocks fell late Tuesday and rose early Friday.", "en", "2008-10-09",
         {"late Tuesday": ("date", "2008-10-07"), "early Friday": ("date", "2008-10-03")}),
        ("Profit rose in the first half, and in the last half of 1989 a year earlier.", "en", "1989-10-26",
         {"the first half": ("date", "1989-H1"), "the last half of 1989": ("date", "1989-H2")}),
        ("In 1995 he was promoted, and the following year he was appointed attaché.", "en", "1998-04-18",
         {"1995": ("date", "1995"), "the following year": ("date", "1996")}),
        ("Relatives said they would appeal the ruling, announced Wednesday, as soon as Tuesday.", "en", "2000-01-07",
         {"Wednesday": ("date", "2000-01-05"), "Tuesday": ("date", "2000-01-11")}),
        ("The dividend is payable Jan. 2 to holders of record Dec. 15; he starts in January.", "en", "1989-11-02",
         {"Jan. 2": ("date", "1990-01-02"), "Dec. 15": ("date", "1989-12-15"), "January": ("date", "1990-01")}),
        ("Over the weekend, in the past, current talks; the year ended March 31 and for the year.", "en", "1989-10-30",
         {"the weekend": ("date", "1989-W43-WE"), "the past": ("date", "PAST_REF"), "current": ("date", "PRESENT_REF"),
          "the year": ("date", "1989")}),
        ("Elian was found on Thanksgiving Day. In nineteen ninety-six it rose. Talks broke off at noon Saturday. "
         "The offer ends 5 p.m. EST Nov. 9.", "en", "1999-12-02",
         {"Thanksgiving Day": ("date", "1999-11-25"), "nineteen ninety-six": ("date", "1996"),
          "noon Saturday": ("time", "1999-11-27T12:00"), "5 p.m. EST Nov. 9": ("time", "1999-11-09T17:00")}),
        ("Mr. Reupke, 52 years old, saw the 20th century and January this year.", "en", "1998-02-19",
         {"the 20th century": ("date", "19"), "January this year": ("date", "1998-01")}),
        ("Net rose in the third quarter. The latest period and the 1988 period; each Thursday.", "en", "1989-10-26",
         {"the third quarter": ("date", "1989-Q3"), "The latest period": ("date", "1989-Q3"),
          "the 1988 period": ("date", "1988-Q3"), "each Thursday": ("set", "XXXX-WXX-4")}),
        ("The Mac came in 1984. One year later he was fired; three days later he left.", "en", "2011-10-06",
         {"One year later": ("date", "1985"), "three days later": ("date", "1985")}),
        ("Møtet er kl. 14.30 i morgen.", "nb", "2021-10-14",
         {"14.30": ("time", "2021-10-14T14:30"), "i morgen": ("date", "2021-10-15")}),
        ("Lova gjeld frå neste veke, sa ho måndag.", "nn", "2021-10-14",
         {"neste veke": ("date", "2021-W42"), "måndag": ("date", "2021-10-11")}),
        ("Avtalen kom i februar i år, 21. november og for to år siden.", "nb", "2020-12-15",
         {"februar": ("date", "2020-02"), "i år": ("date", "2020"), "21. november": ("date", "2020-11-21"),
          "to år siden": ("date", "2018")}),
        ("Er kam am 21. November 2020 und vor zwei Jahren im Mai.", "de", "2021-01-10",
         {"21. November 2020": ("date", "2020-11-21"), "vor zwei Jahren": ("date", "2019"), "Mai": ("date", "2020-05")}),
        ("Il est parti la semaine dernière, il y a deux ans, le 3 mars 2019.", "fr", "2021-01-10",
         {"la semaine dernière": ("date", "2020-W53"), "il y a deux ans": ("date", "2019"),
          "le 3 mars 2019": ("date", "2019-03-03")}),
        ("El mes pasado, el lunes y hace dos años.", "es", "2010-08-09",
         {"El mes pasado": ("date", "2010-07"), "el lunes": ("date", "2010-08-09"), "hace dos años": ("date", "2008")}),
        # ITN, Swedish (it fell back to the Norwegian table, "januari" and "december" unread)
        ("Kevin McCarthy väljs till talman efter 15 valomgångar – det högsta antalet sedan 1859.(7 januari 2023)",
         "sv", "2023-01-07", {"7 januari 2023": ("date", "2023-01-07"), "1859": ("date", "1859")}),
        ("Pelé avlider, 82 år gammal. (29 december 2022) Han dog i går, för två år sedan var han frisk.", "sv",
         "2022-12-30", {"29 december 2022": ("date", "2022-12-29"), "i går": ("date", "2022-12-29"),
                        "två år sedan": ("date", "2020")}),
        ("Møtet ble holdt 12.03.19 i Oslo.", "nb", "2019-03-20", {"12.03.19": ("date", "2019-03-12")}),
        ("Mødet blev holdt den 3. marts, og i maj kommer det næste; i går sagde hun nej.", "da", "2021-06-02",
         {"den 3. marts": ("date", "2021-03-03"), "maj": ("date", "2021-05"), "i går": ("date", "2021-06-01")}),
    ],
)
def test_normalize_expressions_in_each_language(text: str, lang: str, published: str, expected: dict) -> None:
    found = times(text, lang, published)
    for key, value in expected.items():
        assert found.get(key) == value, (key, found)


def test_lexicon_tables_cover_the_issue_languages() -> None:
    assert {"en", "nb", "nn", "de", "fr", "es", "sv", "da"} <= set(languages_with("time"))


def test_pubdate_none_without_evidence() -> None:
    doc = Document(id="x", text="The minister said on Friday that talks would go on in March.", lang="en")
    annotate(doc)
    assert doc.published is None
    assert {t.value for t in doc.times} == {"XXXX-WXX-5", "XXXX-03"}


def test_pubdate_dateline_day_precision() -> None:
    doc = Document(id="x", text="Airbus delivers jet October 04, 2005 Within one month, it said today.", lang="en")
    annotate(doc)
    assert doc.published is not None and (doc.published.value, doc.published.precision) == ("2005-10-04", "day")
    assert {t.text: t.value for t in doc.times}["today"] == "2005-10-04"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Troops leave Kabul\nPublished: 21 November 2020, updated November 23\nThey left.", "en", "2020-11-21"),
        ("Soldatene reiser\nPublisert 21.11.2020 kl. 14.30\nDe dro fredag.", "nb", "2020-11-21"),
        ("Troops leave. A report published on March 3, 2019 said so.", "en", None),
    ],
)
def test_pubdate_published_label_only_at_line_start(text: str, lang: str, expected: str | None) -> None:
    doc = Document(id="x", text=text, lang=lang)
    annotate(doc)
    assert (doc.published.value if doc.published else None) == expected


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01 31/31/31 99:99", "🙂" * 50, "2020-13-45 Feb. 30, 2020",
     "and quarter siden 31 2020-13-45 1990s 7/8/07 later by 2020-02-30 0000 will"],
)
def test_annotate_bad_input_never_raises(text: str, caplog: pytest.LogCaptureFixture) -> None:
    for lang in ("xx", "en", "de"):
        doc = Document(id="bad", text=text, lang=lang, published=published_of("2020-12"))
        annotate(doc)
        assert isinstance(doc.times, list)
    assert not [r for r in caplog.records if "skipped document" in r.getMessage()]  # handled, not swallowed


def test_sentence_dates_prefers_own_date_then_publication() -> None:
    doc = Document(id="s", text="Talks began on October 7. They went on.", lang="en",
                   published=published_of("2020-10-22"))
    annotate(doc)
    out = doc.to_dict()
    out["sentences"] = [{"start": 0, "end": 25}, {"start": 26, "end": 39}]
    dates = sentence_dates(out)
    assert [(d["value"], d["source"]) for d in dates] == [("2020-10-07", "expression"), ("2020-10-22", "publication")]


@needs_shared
def test_normalize_month_precise_publication_keeps_month_days_in_their_year() -> None:
    found = times("Talks began on March 3 and on October 21. Troops will leave by December 25.", "en", "2020-10")
    assert found == {"March 3": ("date", "2020-03-03"), "October 21": ("date", "2020-10-21"),
                     "December 25": ("date", "2020-12-25")}


@pytest.mark.parametrize(("name", "floor"), [("meantime-en-dev", 0.80), ("meantime-es-dev", 0.70)])
def test_evaluate_value_f1_on_dev(name: str, floor: float) -> None:
    root = Path(__file__).resolve().parents[2]
    system = f"{sys.executable} -m storyline.time.evaluate"
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval/scorer/score.py"), "time", "--data", str(SHARED / "eval/time" / name),
         "--system", system],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(root)}, check=True, timeout=120,
    )
    summary = dict(kv.split("=") for kv in proc.stdout.strip().splitlines()[-1].split()[1:])
    assert float(summary["value_f1"]) >= floor


def test_annotate_year_range_is_two_dates_with_both_ends() -> None:
    doc = Document(id="r", text="Sales fell between 1985 and 1987.", lang="en")
    annotate(doc)
    assert [(t.text, t.value, t.range) for t in doc.times] == [("1985", "1985", ("1985", "1987")),
                                                              ("1987", "1987", ("1985", "1987"))]
    assert [t.signal for t in doc.times] == ["", "UNTIL"]


def test_annotate_age_is_no_duration() -> None:
    doc = Document(id="a", text="Mr. Reupke, 52 years old, left after 27 years.", lang="en")
    annotate(doc)
    assert [(t.text, t.value) for t in doc.times] == [("27 years", "P27Y")]


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("Как минимум 272 человека погибли и более 2000 получили ранения.", "ru", []),  # ITN, West Java quake
        ("More than 2000 people were injured in the quake.", "en", []),
        ("At least 1800 homes were destroyed.", "en", []),
        ("The company was founded in 2000 and more than 1,500 work there.", "en", ["2000"]),
        ("Around 2000, the company moved to Oslo.", "en", ["2000"]),  # "around" may be a year
    ],
)  # fmt: skip
def test_time_no_year_after_a_comparative_count(text: str, lang: str, years: list[str]) -> None:
    from storyline.api import analyze_text

    assert [t.to_dict()["value"] for t in analyze_text(text, lang=lang).times] == years


def test_time_two_digit_year_far_from_publication_is_no_date() -> None:
    """ITN nb: "verdensrekord i maraton med tiden 2.01.09" (2022) is a record time, not 2 January 2009."""
    found = times("Eliud Kipchoge setter ny verdensrekord i maraton med tiden 2.01.09 i Berlin.", "nb", "2022-09-25")
    assert "2.01.09" not in found
