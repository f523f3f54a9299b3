"""Timeline candidates of one document: dated events, statements and figures, with offsets.

Read from the contract layers, never from the raw text alone:

1. events: each body sentence holding a calendar time expression (``times`` items of type
   ``date`` or ``time`` whose TIMEX3 ``value`` is a year, quarter, month, week or day) is an event
   dated by its most precise expression; so is the lead (the first body sentence of six words or
   more: what the article reports), dated by the publication date when it holds no date;
2. statements: each quotation (``quotes``) is a statement dated by a time expression of its
   sentence (not a start, "since 2003", nor a future bound, "by May", nor a date more than a month
   before publication, which the statement talks about), else by the publication date;
3. figures: each reported figure (``figures``: a sum, a share, a toll, a count of a measure the
   figures layer's tables know, or any count of ten or more; not "two lengthy interviews" nor
   "four grandparents", which are details of a sentence) is dated by its ``as_of`` value, else as
   a statement.

The summary of an entry is the sentence that holds it (extractive, in the document's language).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..stories.cities import city_keys
from ..stories.dates import date_keys
from ..stories.features import NAME, NUMBER, SKELETON, text_keys, word_count
from ..stories.places import place_keys
from ..lang import honorifics
from ..text.clean import DATELINE_LINE

SUMMARY_CHARS = 320
SAID_WITHIN = 31  # days before publication in which a dated statement may have been made
LEAD_WORDS = 6
LEAD_SENTENCES = 3  # where an article's lead may name the day it reports on
SMALL_COUNT = 10  # a bare count under this of a noun no table knows is a detail, not a reported figure
TABLE_MEASURE = "table noun"  # how the figures layer says a measure is one of its tables' (``why``)
# TIMEX3 calendar values: 2020, 2020-12, 2020-12-02, 2020-12-02T14:30, 2021-Q1, 2020-W49.
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-W(\d{2}))?(?:T.*)?$")
_RANK = {"year": 0, "quarter": 1, "month": 2, "week": 3, "day": 4}
# A headline run into the first sentence by its dateline, without a full stop or a line break
# (Wikinews as MEANTIME keeps it): "Boeing secures $11bn of aircraft deals April 27, 2005 An
# American Airlines 777 ...". The dateline is a full date (its year written: "April 27, 2005",
# "10 giugno 2007", or the compact "27-Apr-05" the time layer does not read) after two words or
# more and before a capital.
_COMPACT_DATE = re.compile(r"(?<![\w-])\d{1,2}-[A-Z][a-z]{2}-\d{2}(?![\w-])")
_YEAR = re.compile(r"\d{4}")
_HEADLINE = re.compile(r"^\W*\w+\W+\w[^.!?:;]*$")
_SPACE = re.compile(r"\s+")
_INITIAL = re.compile(r"(?<!\w)(?:\w|[A-Z][a-z]{1,2})\.")  # "V. S.", "U.S.", "Inc.": no sentence end in a headline
# A wire dateline opening a sentence: a place in capitals, its country or state, the agency, a
# dash or underscore ("MOSCOW (AP)_ ", "CAGUAS, Puerto Rico (AP)_ ", "HAVANA (Reuters) -- ").
_WIRE_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][\w.'’ -]{0,40}?)? ?\([A-Z][\w ]{0,20}\) ?(?:_|--|-|–|—)\s*")


Dated = tuple[int, tuple[str, str]]  # (offset, (date, precision)) of a time expression


@dataclass(slots=True)
class SourceRef:
    """Where an entry is read: a document, its language and the offsets of the sentence."""

    source: str
    doc_id: str
    lang: str
    start: int
    end: int
    outlets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "start": self.start, "end": self.end,
                               "id": self.doc_id, "lang": self.lang}  # fmt: skip
        if self.outlets:
            out["outlets"] = self.outlets
        return out


@dataclass(slots=True)
class Candidate:
    """One dated item of one document, before entries reported by several sources merge."""

    date: str
    precision: str
    kind: str  # event | statement | figure
    summary: str
    ref: SourceRef
    keys: frozenset[str]
    speaker: str = ""
    figure: dict[str, Any] | None = None
    mentions: frozenset[str] = frozenset()
    times: tuple[Dated, ...] = ()  # every date of an event's sentence, with its offset
    named: bool = False  # names the entity the timeline follows (a summary to prefer)
    by_publication: bool = False  # dated by its document's publication, not by its own text
    lead: bool = False  # the sentence is its document's lead: what the document reports
    told_on: str = ""  # the day its document was posted, when it names its day only from it ("Thursday")
    event: str | None = None  # the story layer's event of its document (see :mod:`.merge`)
    story: str | None = None  # ... and its story


def parse_value(value: Any) -> tuple[str, str] | None:
    """A TIMEX3 value as (date, precision), or None for durations, sets and vague references."""
    if not isinstance(value, str):
        return None
    match = _VALUE.match(value.strip())
    if not match:
        return None
    year, month, day, quarter, week = match.groups()
    if day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    if quarter:
        return f"{year}-Q{quarter}", "quarter"
    if week:
        return f"{year}-W{week}", "week"
    return year, "year"


def more_precise(a: tuple[str, str] | None, b: tuple[str, str] | None) -> tuple[str, str] | None:
    """The more precise of two parsed dates (the first on a tie)."""
    if a is None or (b is not None and _RANK[b[1]] > _RANK[a[1]]):
        return b
    return a


def period(date: str, precision: str) -> tuple[int, int]:
    """The first and last day (proleptic ordinals) of a dated period."""
    year = int(date[:4])
    if precision == "day":
        day = dt.date(year, int(date[5:7]), int(date[8:10])).toordinal()
        return day, day
    if precision == "month":
        first = dt.date(year, int(date[5:7]), 1)
        return first.toordinal(), (first + dt.timedelta(days=31)).replace(day=1).toordinal() - 1
    if precision == "quarter":
        month = 3 * (int(date[6]) - 1) + 1
        first = dt.date(year, month, 1)
        return first.toordinal(), (first + dt.timedelta(days=92)).replace(day=1).toordinal() - 1
    if precision == "week":
        first = dt.date.fromisocalendar(year, int(date[6:8]), 1)
        return first.toordinal(), first.toordinal() + 6
    return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()


def near_publication(when: tuple[str, str], published: tuple[str, str]) -> bool:
    """Whether a date can be when a statement reported at ``published`` was made: within the
    ``SAID_WITHIN`` days before publication ("on October 21", "Friday"), not a date the statement
    talks about ("the 9/11 attacks in 2001")."""
    try:
        first, last = period(*when)
        pub_first, pub_last = period(*published)
    except ValueError:
        return False
    return last >= pub_first - SAID_WITHIN and first <= pub_last


def published_date(doc: dict[str, Any]) -> tuple[str, str] | None:
    """The publication date with its precision."""
    pub = doc.get("published")
    if isinstance(pub, dict):
        parsed = parse_value(pub.get("value"))
        return None if parsed is None else (parsed[0], pub.get("precision") or parsed[1])
    return parse_value(pub)


def _sentence_of(doc: dict[str, Any], start: int, item: dict[str, Any] | None = None) -> tuple[int, int]:
    """The (start, end) of the sentence holding an offset: the item's own ``sentence`` field, the
    sentences layer, or the text between the nearest line breaks/full stops."""
    if item and isinstance(item.get("sentence"), dict):
        return int(item["sentence"]["start"]), int(item["sentence"]["end"])
    for sent in doc.get("sentences") or []:
        if sent["start"] <= start < sent["end"]:
            return sent["start"], sent["end"]
    text = doc.get("text") or ""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right_dot, right_nl = text.find(". ", start), text.find("\n", start)
    ends = [e for e in (right_dot + 1 if right_dot >= 0 else -1, right_nl) if e >= 0]
    return left, min(ends) if ends else len(text)


def _is_boilerplate(doc: dict[str, Any], offset: int) -> bool:
    """Whether an offset falls in a boilerplate span (not the article's own text)."""
    return any(s.get("kind") == "boilerplate" and s["start"] <= offset < s["end"] for s in doc.get("spans") or [])


def anchor_keys(text: str) -> frozenset[str]:
    """Names, name skeletons, numbers, countries, cities and written days of a sentence: what two reports
    of one fact share, in any language ("Wielkiej Brytanii" and "Yhdistyneen kuningaskunnan" are
    both the United Kingdom; "(20 października)" and "(20.10.)" both 20 October)."""
    keys = {k for k in text_keys(text) if k.startswith((NAME, SKELETON, NUMBER))}
    keys -= {NAME + word for word in honorifics()}  # "Mrs", "Mr": every other report has them
    return frozenset(keys | set(place_keys(text)) | set(city_keys(text)) | set(date_keys(text)))


def _entity_mentions(doc: dict[str, Any], start: int, end: int) -> frozenset[str]:
    """Canonical names of the entities mentioned between two offsets, lowercased."""
    out = set()
    for ent in doc.get("entities") or []:
        if start <= ent.get("start", -1) < end:
            out.update(str(x).lower() for x in (ent.get("canonical"), ent.get("entity_id"), ent.get("text")) if x)
    return frozenset(out)


def _sentence_dates(
    doc: dict[str, Any], when_said: bool = False, since: bool = True
) -> dict[tuple[int, int], tuple[str, str]]:
    """The most precise calendar date of every sentence that holds one. ``when_said``: only
    dates that can say when a statement was made or a figure held, not "since 2003" (a start)
    nor "by December 25" (a future bound); ``since=False``: not "since 2003" either."""
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for sent, found in _sentence_times(doc, when_said, since and not when_said).items():
        for _, parsed in found:
            out[sent] = more_precise(out.get(sent), parsed)  # type: ignore[assignment]
    return out


def _sentence_times(
    doc: dict[str, Any], when_said: bool = False, since: bool = True
) -> dict[tuple[int, int], list[Dated]]:
    """Every calendar date of every sentence, with its offset (see :func:`_sentence_dates`;
    ``since``: with the dates a state started)."""
    out: dict[tuple[int, int], list[Dated]] = {}
    for item in doc.get("times") or []:
        if item.get("type", "date") not in ("date", "time") or _is_boilerplate(doc, item.get("start", 0)):
            continue
        if (when_said and item.get("future")) or (not since and str(item.get("signal", "")).upper() == "SINCE"):
            continue
        parsed = parse_value(item.get("value"))
        if parsed is None:
            continue
        sent = _sentence_of(doc, int(item["start"]), item)
        if DATELINE_LINE.match(str(doc.get("text") or "")[sent[0] : sent[1]].strip()):
            continue  # "JOHANNESBURG, August 7 (Xinhua) --" dates the report, it is no event
        out.setdefault(sent, []).append((int(item["start"]), parsed))
    return out


def without_headline(doc: dict[str, Any]) -> dict[str, Any]:
    """A document whose first sentence is or opens with what is no text of the report, with that
    part as boilerplate and the sentence starting after it: the title ingest found, written as
    the text's first line ("Stoltenberg Rules Out Rushed NATO Exit From Afghanistan": the
    report's headline, no event of it), a headline and dateline run into the text (see
    ``_COMPACT_DATE``), or a wire dateline ("MOSCOW (AP)_ The mayor of Moscow has ..."). No
    summary is or runs over a title or opens with a dateline, and a dateline dates nothing (it
    is when the report was written, as the publication date says). Unchanged otherwise."""
    sentences = sorted((s for s in doc.get("sentences") or [] if isinstance(s, dict)), key=lambda s: s["start"])
    text = doc.get("text") or ""
    firsts = [s for s in sentences if s.get("kind") != "boilerplate" and not _is_boilerplate(doc, s["start"])
              and not DATELINE_LINE.match(text[s["start"] : s["end"]].strip())]  # fmt: skip
    title = " ".join(str(doc.get("title") or "").split())
    if len(firsts) > 1 and title and " ".join(text[firsts[0]["start"] : firsts[0]["end"]].split()) == title:
        spans = [*(doc.get("spans") or []), {"kind": "boilerplate", "start": firsts[0]["start"], "end": firsts[0]["end"]}]
        return {**doc, "spans": spans, "sentences": [s for s in sentences if s is not firsts[0]]}
    if not firsts:
        return doc
    top, body, first = firsts[0]["start"], None, firsts[0]
    for first in firsts[:2]:  # a headline the splitter cut at an abbreviation: "Apple Inc." "verdubbelt ..."
        body = _wire_dateline_end(text, first) or _headline_end(doc, text, first)
        if body is not None or word_count(text[top : first["end"]]) >= LEAD_WORDS:
            break
    if body is None:
        return doc
    spans = [*(doc.get("spans") or []), {"kind": "boilerplate", "start": top, "end": body}]
    moved = [{**s, "start": body} if s is first else s for s in sentences if s is first or s["end"] > body]
    return {**doc, "spans": spans, "sentences": moved, **_resentenced(doc, first)}


def _wire_dateline_end(text: str, first: dict[str, Any]) -> int | None:
    """Where the report starts after a wire dateline opening its first sentence, if one does."""
    match = _WIRE_DATELINE.match(text, first["start"], first["end"])
    return match.end() if match and match.end() < first["end"] else None


def _headline_end(doc: dict[str, Any], text: str, first: dict[str, Any]) -> int | None:
    """Where the report starts after a headline and its dateline run into the first sentence; a
    headline may hold initials ("in de V. S. 09-Apr-08 Afgelopen februari")."""
    ends = [m.end() for m in _COMPACT_DATE.finditer(text, first["start"], first["end"])]
    ends += [int(t["end"]) for t in doc.get("times") or [] if isinstance(t, dict) and first["start"] <= t.get("start", -1)
             and t.get("end", 0) <= first["end"] and _YEAR.search(str(t.get("text", "")))
             and (parse_value(t.get("value")) or ("", ""))[1] == "day"]  # fmt: skip
    for end in sorted(ends):
        after = _SPACE.match(text, end, first["end"])
        headline = _INITIAL.sub("x", text[first["start"] : end])
        if after and text[after.end() : after.end() + 1].isupper() and _HEADLINE.match(headline):
            return after.end()
    return None


def _resentenced(doc: dict[str, Any], first: dict[str, Any]) -> dict[str, Any]:
    """The times, quotes and figures of a document with the ``sentence`` field that names its first
    sentence removed: they are found in the sentences layer again, the sentence now shorter."""
    whole = {"start": first["start"], "end": first["end"]}
    out = {}
    for layer in ("times", "quotes", "figures"):
        items = doc.get(layer) or []
        out[layer] = [{k: v for k, v in it.items() if k != "sentence"} if isinstance(it, dict)
                      and it.get("sentence") == whole else it for it in items]  # fmt: skip
    return out


def _candidate(doc: dict[str, Any], kind: str, span: tuple[int, int], when: tuple[str, str], **extra: Any) -> Candidate:
    """A candidate whose summary is the sentence ``span`` of the document."""
    text = doc.get("text") or ""
    summary = " ".join(text[span[0] : span[1]].split())[:SUMMARY_CHARS]
    ref = SourceRef(source=doc.get("source") or str(doc.get("id")), doc_id=str(doc.get("id")),
                    lang=doc.get("lang") or "und", start=span[0], end=span[1])  # fmt: skip
    return Candidate(date=when[0], precision=when[1], kind=kind, summary=summary, ref=ref,
                     keys=anchor_keys(summary), mentions=_entity_mentions(doc, *span), **extra)  # fmt: skip


def _speaker(quote: dict[str, Any]) -> str:
    """The speaker's name of a quote ('' when unknown)."""
    speaker = quote.get("speaker")
    if isinstance(speaker, dict):
        return str(speaker.get("name") or (speaker.get("mention") or {}).get("text") or "")
    return str(speaker or "")


def _figure_date(fig: dict[str, Any]) -> tuple[tuple[str, str] | None, bool]:
    """A figure's as-of date (a TIMEX3 value or a dict holding one), and whether the text says
    it (an as-of that is only the publication date yields to a date in the sentence)."""
    as_of = fig.get("as_of")
    explicit = True
    if isinstance(as_of, dict):
        explicit = as_of.get("source") != "published"
        as_of = as_of.get("value")
    return parse_value(as_of), explicit


def reported_figure(fig: dict[str, Any]) -> bool:
    """Whether a figure is one a timeline reports: money, a share or any unit, a qualified or
    large count, or a count of what the figures layer's tables know (people, deaths, jobs,
    aircraft); not a small bare count of any other noun ("after two lengthy interviews with the
    boy's father", "Elian's four grandparents", "two men carried a banner"), which is a detail
    of its sentence: the sentence stays an event when it holds a date."""
    if fig.get("unit") or fig.get("qualifier"):
        return True
    try:
        value = abs(float(fig.get("value")))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True
    why = fig.get("why") if isinstance(fig.get("why"), dict) else {}
    return value >= SMALL_COUNT or value != int(value) or str(why.get("measure", "")).startswith(TABLE_MEASURE)


def candidates(doc: dict[str, Any]) -> list[Candidate]:
    """Every timeline candidate of one contract document dict (bad items are skipped)."""
    times = _sentence_times(doc)
    dated = _sentence_dates(doc)
    said = _sentence_dates(doc, when_said=True)
    fallback = published_date(doc)
    reported = _report_date(doc, said) or fallback
    out: list[Candidate] = []
    for quote in doc.get("quotes") or []:
        if not isinstance(quote, dict) or quote.get("start") is None or _is_boilerplate(doc, quote["start"]):
            continue
        span = _sentence_of(doc, int(quote["start"]), quote)
        when = said.get(span)
        if when is None or (fallback and not near_publication(when, fallback)):
            when = reported
        if when:
            out.append(_candidate(doc, "statement", span, when, speaker=_speaker(quote), by_publication=when is fallback))
    for fig in doc.get("figures") or []:
        if not isinstance(fig, dict) or fig.get("start") is None or _is_boilerplate(doc, fig["start"]):
            continue
        if not reported_figure(fig):  # a detail of its sentence, which may still be an event
            continue
        span = _sentence_of(doc, int(fig["start"]), fig)
        as_of, explicit = _figure_date(fig)
        when = (as_of if explicit else None) or said.get(span) or as_of or fallback
        if when:  # an as-of date that is only the publication date is no date of the text's
            by_publication = when is fallback or (when is as_of and not explicit)
            out.append(_candidate(doc, "figure", span, when, figure=fig, by_publication=by_publication))
    lead = _lead_span(doc)
    if lead is not None:
        # what a text leads with happened lately: not at "the worst crash since the 1970s"
        own = _sentence_dates(doc, since=False).get(lead) or fallback
        dated.pop(lead, None)
        if own:
            dated[lead] = own
    out = _figures_said(out)
    taken = {(c.ref.start, c.ref.end) for c in out}  # a quoted or counted sentence is not also an event
    out.extend(_candidate(doc, "event", span, when, times=tuple(times.get(span, ())), by_publication=when is fallback)
               for span, when in sorted(dated.items()) if span not in taken)  # fmt: skip
    unique: dict[tuple[str, int, int, str], Candidate] = {}
    written = [(int(t["start"]), str(t.get("text") or ""), str(t.get("value") or ""))
               for t in doc.get("times") or [] if isinstance(t, dict) and t.get("start") is not None]  # fmt: skip
    for c in out:  # two quotes of one sentence are one statement
        c.lead = (c.ref.start, c.ref.end) == lead
        c.told_on = _told_on(c, written, fallback)
        unique.setdefault((c.kind, c.ref.start, c.ref.end, str((c.figure or {}).get("value"))), c)
    return list(unique.values())


def _figures_said(found: list[Candidate]) -> list[Candidate]:
    """A quoted sentence that gives a figure of the day it was said is one entry, the figure's,
    attributed to the speaker ("Air India says the new airliner will save US$ 300 million in fuel
    a year": not a statement and a figure of one sentence on one day, side by side)."""
    figures: dict[tuple[int, int, str], list[Candidate]] = {}
    for c in found:
        if c.kind == "figure":
            figures.setdefault((c.ref.start, c.ref.end, c.date), []).append(c)
    out = []
    for c in found:
        counted = figures.get((c.ref.start, c.ref.end, c.date), []) if c.kind == "statement" else []
        for fig in counted:
            fig.speaker = fig.speaker or c.speaker
        if not counted:
            out.append(c)
    return out


def _told_on(c: Candidate, written: list[tuple[int, str, str]], posted: tuple[str, str] | None) -> str:
    """The day a candidate's document was posted, when the candidate's day is written only
    relative to it, without a digit ("President Bill Clinton Thursday condemned ...",
    "yesterday"): what that report tells happened on the days around its own; else ''.
    ``written``: the document's time expressions as (offset, text, value)."""
    naming = [text for at, text, value in written if c.ref.start <= at < c.ref.end and value.startswith(c.date)]
    if c.by_publication or posted is None or not naming or any(ch.isdigit() for w in naming for ch in w):
        return ""
    return posted[0]


def _report_date(doc: dict[str, Any], said: dict[tuple[int, int], tuple[str, str]]) -> tuple[str, str] | None:
    """The day the article reports on: the day its lead names ("Apple announced Friday", "died
    yesterday") when that falls within ``SAID_WITHIN`` days before publication. Statements and
    figures without a date of their own were made then, not on the publication day. The lead is
    the first of the first ``LEAD_SENTENCES`` body sentences (of ``LEAD_WORDS`` words or more:
    not a dateline) that holds a day."""
    published = published_date(doc)
    if published is None:
        return None
    for span in _body_spans(doc)[:LEAD_SENTENCES]:
        when = said.get(span)
        if when and when[1] == "day":
            return when if near_publication(when, published) else None
    return None


def _body_spans(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """The body sentences of ``LEAD_WORDS`` words or more, outside boilerplate, in order."""
    text = doc.get("text") or ""
    spans = [(s["start"], s["end"]) for s in doc.get("sentences") or [] if s.get("kind", "body") == "body"]
    if not doc.get("sentences"):
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    return [(a, b) for a, b in spans if word_count(text[a:b]) >= LEAD_WORDS and not _is_boilerplate(doc, a)
            and not DATELINE_LINE.match(text[a:b].strip())]  # "DAR ES SALAAM, Tanzania (AP) _" leads nothing


def mention_events(doc: dict[str, Any], offsets: list[int], taken: set[tuple[int, int]]) -> list[Candidate]:
    """Events of an entity's timeline that name no date: each body sentence of ``LEAD_WORDS``
    words or more that mentions the entity (offsets) and is no candidate yet ("Jobs then moved
    on to talk about podcasting", "It is slated for release on June 24") is dated by publication:
    what a news sentence states without a date holds when it is written (the SemEval-2015 gold
    anchors such events to the document creation time). Statements, which happen at the event
    the lead reports, take that day instead (:func:`_report_date`)."""
    when = published_date(doc)
    if when is None:
        return []
    out = []
    for span in _body_spans(doc):
        i = bisect.bisect_left(offsets, span[0])
        if span not in taken and i < len(offsets) and offsets[i] < span[1]:
            out.append(_candidate(doc, "event", span, when, by_publication=True))
    return out


def nearest_date(c: Candidate, offsets: list[int]) -> tuple[str, str] | None:
    """For an event whose sentence holds dates of different years ("started in 1976, and
    launched the iTunes Music Store in 2003"), the date nearest a mention of the entity the
    timeline follows (offsets in the candidate's document); None when nothing is to change."""
    if len({when[0][:4] for _, when in c.times}) < 2:
        return None
    inside = [o for o in offsets if c.ref.start <= o < c.ref.end]
    if not inside:
        return None
    return min(c.times, key=lambda t: (min(abs(t[0] - o) for o in inside), -_RANK[t[1][1]]))[1]


def _lead_span(doc: dict[str, Any]) -> tuple[int, int] | None:
    """The first body sentence of at least ``LEAD_WORDS`` words (datelines and bylines are
    shorter); in a text of one sentence, that sentence whatever its kind or length (a news
    blurb: "Finland blir medlem i NATO.", or one the cleaner took for a photo caption because
    it says "(pictured)")."""
    spans = _body_spans(doc)
    if spans:
        return spans[0]
    sentences = doc.get("sentences") or []
    if len(sentences) == 1 and not _is_boilerplate(doc, sentences[0]["start"]):
        return sentences[0]["start"], sentences[0]["end"]
    return None
