"""Merge timeline candidates reported by several sources into entries; keep conflicts visible.

Candidates are blocked by kind and month (a year-precision date blocks with its year), so each
is compared with a handful of others, never with the whole collection. Two candidates are one
entry when

1. their dates agree (equal, or one refines the other: ``2020-12`` and ``2020-12-02``), and
2. they tell the same thing: their sentences share enough anchors (names, name skeletons,
   numbers, whatever the language: :func:`..stories.features.text_keys`); statements also need
   the same speaker when both have one; copies of one wire text always agree.

The story layer's groups are further evidence for what a document reports (its lead): the leads
of two documents of one event (one occurrence) are one entry when they share an anchor and their
days are close; of one story (an arc), when they overlap almost as much as in 2., or share a
number no date writes or a name and a place, and were posted within a few days, or, written in
two scripts (which share little else), share a place on one day (:data:`EVIDENCE`). Leads that
share nothing, and a text's other sentences, never merge on that evidence alone.

Conflicts stay side by side in the entry rather than being resolved: a figure for the same
measure and date with another value, or the same event reported on another day of the month.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..figures.extract import INFERRED_PLACE
from ..figures.series import COMPARABLE, GENERIC_MEASURES, series_measure
from ..stories.cities import CITY
from ..stories.features import NUMBER, SKELETON, fold, is_year, name_keys
from ..stories.places import PLACE
from .entries import _RANK, Candidate, SourceRef, period

SAME = 0.25  # Jaccard of anchors above which two sentences report the same thing
CONFLICT = 0.5  # ... and above which a different date or value is a conflict, not another entry
LATER_REPORT_DAYS = 14  # how long after a dated event an undated report of it may follow...
LATER_SAME = 0.35  # ... and the anchor overlap that makes it the same (stricter than SAME)
CONFLICT_DAYS = 7  # reports of one occurrence disagree on its day by a few days, not by weeks
APPROX = 0.1  # "around 12,000" and "12,500" agree; "12,000" and "10,000" do not


@dataclass(slots=True)
class Entry:
    """A dated timeline entry: summary, all its sources, and the conflicting reports."""

    date: str
    precision: str
    kind: str
    summary: str
    lang: str
    sources: list[SourceRef]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    members: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date, "precision": self.precision, "kind": self.kind,
            "summary": self.summary, "lang": self.lang,
            "sources": [s.to_dict() for s in self.sources], "conflicts": self.conflicts,
        }  # fmt: skip


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two key sets (0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def dates_agree(a: Candidate, b: Candidate) -> bool:
    """Equal dates, or one within the other: a prefix (coarser form: ``2020-12`` and
    ``2020-12-02``), or a day, week or month inside a quarter or week ("the quarter ended
    30 December 2006" and "the last quarter", 2006-Q4)."""
    if a.date.startswith(b.date) or b.date.startswith(a.date):
        return True
    try:
        (a_first, a_last), (b_first, b_last) = period(a.date, a.precision), period(b.date, b.precision)
    except ValueError:
        return False
    return (a_first <= b_first and b_last <= a_last) or (b_first <= a_first and a_last <= b_last)


def _canonical(value: Any) -> str:
    """A figure argument (a string or a dict with a canonical form) folded."""
    if isinstance(value, dict):
        value = value.get("canonical") or value.get("name") or value.get("text") or ""
    return fold(str(value or ""))


def _figure_key(c: Candidate) -> tuple[str, str, str] | None:
    """What a figure counts, of whom and where, folded; None when the figure layer does not say."""
    fig = c.figure or {}
    written = str(fig.get("measure") or fig.get("unit") or "")
    measure = _canonical(series_measure(written, c.ref.lang))  # "aerei", "aviones": aircraft, as series
    stated = (fig.get("why") or {}).get("place") != INFERRED_PLACE  # a guess from the rest of the text
    return (_canonical(fig.get("subject")), measure, _canonical(fig.get("place")) if stated else "") if measure else None


def comparable(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures that differ can be two reports of one quantity, as series judge it
    (:mod:`storyline.figures.series`): a measure that says what is counted (a share or a sum of
    what?) and values within ``COMPARABLE`` of each other, or one a negation."""
    if str(a.get("measure") or "").startswith(GENERIC_MEASURES):
        return False
    try:
        x, y = sorted((abs(float(a.get("value"))), abs(float(b.get("value")))))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return x == 0 or y <= COMPARABLE * x


def values_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal values, or within ``APPROX`` of each other when either is qualified ("around",
    "some", "nearly": any qualifier but an exact one)."""
    try:
        x, y = float(a.get("value")), float(b.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(a.get("value")) == str(b.get("value"))
    if x == y:
        return True
    qualified = any(_canonical(f.get("qualifier")) not in ("", "exact", "exactly") for f in (a, b))
    return qualified and abs(x - y) <= APPROX * max(abs(x), abs(y))


def _relation(entry: Entry, c: Candidate, copies: dict[str, str]) -> str:
    """``same``, ``conflict`` or ``other``: how a candidate stands to an entry."""
    head = entry.members[0]
    if any(copies.get(m.ref.doc_id) == copies.get(c.ref.doc_id) and m.summary == c.summary for m in entry.members):
        return "same"
    if any(m.ref.doc_id == c.ref.doc_id for m in entry.members):
        return "other"  # a text's other sentences say other things: each is an entry of its own
    sim = max(jaccard(m.keys, c.keys) for m in entry.members)
    if c.kind == "figure":
        key = _figure_key(c)
        if key is None or key != _figure_key(head) or not dates_agree(head, c):
            return "other"
        if values_agree(head.figure or {}, c.figure or {}):
            return "same"
        # whose count it is must be known for two counts to disagree (as series require): "it
        # carries 305 to 550 passengers" and "it carries 200 to 350" are two aircraft
        disagree = key[0] and comparable(head.figure or {}, c.figure or {})
        return "conflict" if disagree and not _both_written(entry.members, c) else "other"
    if c.kind == "statement" and head.speaker and c.speaker and fold(head.speaker) != fold(c.speaker):
        return "other"
    if dates_agree(head, c):
        same = CONFLICT if _body_sentences(head, c) else SAME
        return "same" if sim >= same and _anchors_shared(head, c) >= 2 else "other"
    if any(copies.get(m.ref.doc_id, m.ref.doc_id) == copies.get(c.ref.doc_id, c.ref.doc_id) for m in entry.members):
        return "other"  # one text giving two dates tells of two moments, it does not contradict itself
    if later_report(head, c) or later_report(c, head):
        return "same" if sim >= LATER_SAME and _anchors_shared(head, c) >= 2 else "other"
    # Another day is a conflicting report only between what two texts lead with (their reports of
    # an occurrence), sharing what "same" asks (two anchors, not one name twice): a statement is
    # dated by when it was said, and an article's other sentences about "Hillary Clinton" on
    # Thursday and Monday tell of two campaign days.
    if not (c.lead and head.lead and c.kind == head.kind == "event"):
        return "other"
    shared = max(_anchors_shared(m, c) for m in entry.members)
    return "conflict" if sim >= CONFLICT and shared >= 2 and _dates_conflict(entry.members, c) else "other"


def _body_sentences(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates are sentences their texts don't lead with and date only by their
    posting: on one day, such sentences of two texts naming Hillary Clinton and Donald Trump tell
    two things unless they say much the same (``CONFLICT``'s overlap, not ``SAME``'s)."""
    return all(x.by_publication and not x.lead for x in (a, b))


def _both_written(members: list[Candidate], c: Candidate) -> bool:
    """Whether a figure's sentence also writes the number of a member's figure, or a member's
    sentence the figure's: two quantities one text gives side by side ("Ryanair has 91 aircraft
    and 230 on order", "kills at least 162 people and injures at least 700"), which no report
    contradicts."""
    return any(_number_key(m) in c.keys or _number_key(c) in m.keys for m in members)


def _number_key(c: Candidate) -> str | None:
    """The anchor key of a figure's number as written ("91", "6.800": ``d:6800``), None for a
    number in words or a single digit (no anchor)."""
    digits = "".join(ch for ch in str((c.figure or {}).get("text") or "") if ch.isdigit())
    return NUMBER + digits if len(digits) > 1 else None


def _anchors_shared(a: Candidate, b: Candidate) -> int:
    """How many anchors two candidates share, a name and its skeleton counted once ("Clinton" in
    both is one anchor, though both its spelling and its skeleton are keys)."""
    shared = a.keys & b.keys
    skeletons = sum(k.startswith(SKELETON) for k in shared)
    return max(len(shared) - skeletons, skeletons)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the story layer's grouping of two documents takes for their leads to report one
    thing: the group (``level``, a :class:`Candidate` field: ``event`` or ``story``), the anchor
    overlap (Jaccard, ``same``) and the anchors shared (``shared``) at least, how far apart their
    days may be when one of them is only the day its report was posted (``days``), and whether
    two days the texts name that differ are a conflict (one occurrence) or another entry (an arc
    of several)."""

    level: str
    same: float
    shared: int
    days: int
    one_occurrence: bool
    telling: str = ""  # what the anchors shared must hold besides: see :func:`_tells`


# An event is one occurrence: its documents' leads need only share an anchor; a story is an
# arc of events: its leads must overlap about as much as two dated reports (SAME) and be close.
# Leads of one story in other languages share few of their words (Pelé's death in Sorani Kurdish,
# Korean or Tamil: "Brazil", "82" and the day; Liz Truss's resignation in Russian and English:
# "Великобритании", "Трасс"): a number that is no date, or a name and a place, on days as close,
# is as telling as the overlap; in two scripts, which spell no word alike, a place on one day is.
EVIDENCE = (
    Evidence("event", 0.0, 1, 7, True),
    Evidence("story", 0.2, 1, 3, False),
    Evidence("story", 0.0, 2, 3, False, telling="number"),
    Evidence("story", 0.0, 2, 3, False, telling="name"),
    Evidence("story", 0.0, 1, 0, False, telling="place"),
)


def _group_relation(entry: Entry, c: Candidate, evidence: Evidence) -> str:
    """How the lead of a document stands to an entry holding the lead of another document of its
    group (the story layer found that both report one occurrence, or one arc): ``same`` when
    their anchors overlap enough and their days are close (equal, one refining the other, or one
    of them only the day its report was posted, within ``evidence.days``); ``conflict`` when they
    give different values of one figure on one day, or, for one occurrence, when both texts name
    a day and the days differ; else ``other``."""
    if any(m.ref.doc_id == c.ref.doc_id for m in entry.members):
        return "other"
    group = getattr(c, evidence.level)
    leads = [m for m in entry.members if m.lead and getattr(m, evidence.level) == group]
    if not leads or max(jaccard(m.keys, c.keys) for m in leads) < evidence.same:
        return "other"
    if max(_anchors_shared(m, c) for m in leads) < evidence.shared:
        return "other"
    if evidence.telling:
        leads = [m for m in leads if _anchors_shared(m, c) >= evidence.shared and _tells(m, c, evidence.telling)]
        if not leads:
            return "other"
    head = leads[0]
    if c.figure and head.figure and dates_agree(head, c) and _figure_key(c) == _figure_key(head) is not None:
        # (the event stands for whose count it is: tolls of one hurricane have no owner)
        if not values_agree(head.figure, c.figure) and comparable(head.figure, c.figure) and not _both_written(leads, c):
            return "conflict"  # on another day, another value is the count updated
    close = evidence.days
    if any(dates_agree(m, c) for m in leads):
        return "same"
    # a report dated only by its posting joins one near it; one that writes its own day does not
    # join an entry whose reports write another (the physics Nobel of 4 October, posted on the 5th,
    # beside a medicine Nobel written as the 3rd, in one event of the story layer)
    written_apart = not c.by_publication and any(not m.by_publication for m in leads)
    if not written_apart and any(_days_apart(m, c) <= close and (m.by_publication or c.by_publication) for m in leads):
        return "same"
    differ = evidence.one_occurrence and not c.by_publication and _dates_conflict(leads, c)
    return "conflict" if differ else "other"


def _tells(a: Candidate, b: Candidate, telling: str) -> bool:
    """Whether two candidates share what ``telling`` asks: ``number``, a number that is no year
    nor the day or month of their dates ("82", Pelé's age, not the "29" of "29 December");
    ``name``, a name (its skeleton: "Трасс" and "Truss" are both ``tls``) and a place (a country
    or a city); ``place``, a place, their summaries written in two scripts (two reports in one
    script that share only a country are two things: they would share their names too). Only
    between languages, whose reports of one thing share few words: two texts in one language
    are held to the overlap (two Washington Post leads of one day naming Donald Trump and a
    state are two things)."""
    if a.ref.lang and a.ref.lang == b.ref.lang:
        return False
    shared = a.keys & b.keys
    places = any(k.startswith((PLACE, CITY)) for k in shared)
    if telling == "place":
        return places and _script(a.summary) != _script(b.summary)
    if telling == "name":
        return places and any(k.startswith(SKELETON) for k in shared)
    dated = {part.lstrip("0") for c in (a, b) for part in c.date[5:10].split("-") if part}
    return any(k.startswith(NUMBER) and not is_year(k[len(NUMBER):]) and k[len(NUMBER):] not in dated
               for k in shared)  # fmt: skip


def _script(text: str) -> str:
    """The script most of a text's letters are written in, by their Unicode names (``LATIN``,
    ``CYRILLIC``, ``CJK``, ``ARABIC``); a Latin name in a Chinese sentence does not make it Latin."""
    scripts = Counter(unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


def _dates_conflict(members: list[Candidate], c: Candidate) -> bool:
    """Whether a candidate's other day is another report of the occurrence its nearest member
    that names a day tells: days at most ``CONFLICT_DAYS`` apart, and not each text naming
    someone the other does not (the physics Nobel of 4 October beside the medicine Nobel of the
    3rd, both "Nobel" and "octobre", are two occurrences, not two dates of one). Two reports
    posted on different days that each name their day only from their own ("Friday",
    "Thursday": no digit written) tell the news of each day, not two dates of one occurrence."""
    naming = [m for m in members if not m.by_publication]  # a day only posted on is no report of a day
    if not naming:
        return False
    nearest = max(naming, key=lambda m: jaccard(m.keys, c.keys))
    if nearest.told_on and c.told_on and nearest.told_on != c.told_on:
        return False  # "the bombs went off Friday", "Clinton Thursday condemned", posted a week apart
    return _days_apart(nearest, c) <= CONFLICT_DAYS and not _names_apart(nearest.summary, c.summary)


def _names_apart(a: str, b: str) -> bool:
    """Whether each text names someone or something the other does not (a name is written in
    both when one of its keys, spelling, skeleton or prefix, is among the other's)."""
    names_a, names_b = name_keys(a), name_keys(b)
    keys_a, keys_b = frozenset().union(*names_a), frozenset().union(*names_b)
    return any(not n & keys_b for n in names_a) and any(not n & keys_a for n in names_b)


def _days_apart(a: Candidate, b: Candidate) -> float:
    """Days between the dates of two candidates (their periods' nearest days)."""
    try:
        a_first, a_last = period(a.date, a.precision)
        b_first, b_last = period(b.date, b.precision)
    except ValueError:
        return float("inf")
    return max(0, a_first - b_last, b_first - a_last)


def later_report(first: Candidate, then: Candidate) -> bool:
    """Whether ``then`` is dated only by its publication, within ``LATER_REPORT_DAYS`` after the
    date ``first`` gives: a later report of the same thing ("Svante Pääbo is awarded the Nobel
    Prize", posted four days after the award), which disagrees with nothing. Only what a text
    leads with is such a report: its other undated sentences hold on the day it is written,
    and two of them a week apart naming one candidate tell of two campaign days."""
    if not then.by_publication or not then.lead or then.date < first.date:
        return False
    try:
        gap = date.fromisoformat(then.date[:10]) - date.fromisoformat(first.date[:10])
    except ValueError:
        return then.date[:7] == first.date[:7]  # month or year precision: the same month
    return gap.days <= LATER_REPORT_DAYS


def _add_source(entry: Entry, c: Candidate, copies: dict[str, str]) -> None:
    """Add a candidate's source to an entry; a copy of a text already there is an outlet of it."""
    for ref in entry.sources:
        if (ref.doc_id, ref.start, ref.end) == (c.ref.doc_id, c.ref.start, c.ref.end):
            return
        if copies.get(ref.doc_id, ref.doc_id) == copies.get(c.ref.doc_id, c.ref.doc_id) and ref.doc_id != c.ref.doc_id:
            if c.ref.source not in ref.outlets and c.ref.source != ref.source:
                ref.outlets.append(c.ref.source)
            return
    entry.sources.append(c.ref)


def _conflict(c: Candidate) -> dict[str, Any]:
    """How a conflicting report is shown beside the entry."""
    out: dict[str, Any] = {"date": c.date, "precision": c.precision, "summary": c.summary, "lang": c.ref.lang,
                           "source": c.ref.source, "id": c.ref.doc_id,
                           "start": c.ref.start, "end": c.ref.end}  # fmt: skip
    if c.figure is not None:
        out["value"] = c.figure.get("value")
    return out


def _refine(entry: Entry, c: Candidate) -> None:
    """Take the candidate's date when it is more precise than the entry's."""
    if _RANK.get(c.precision, 0) > _RANK.get(entry.precision, 0) and c.date.startswith(entry.date):
        entry.date, entry.precision = c.date, c.precision


def merge(cands: list[Candidate], copies: dict[str, str] | None = None, lang: str | None = None) -> list[Entry]:
    """Entries from candidates, in date order.

    Args:
        cands: the candidates of every document.
        copies: document id -> id of its copy group's representative (near-duplicates).
        lang: the reader's preferred language for summaries.
    """
    copies = copies or {}
    blocks: dict[tuple[str, str], list[Entry]] = {}
    groups: dict[tuple[str, str, int], list[Entry]] = {}  # (level, group, week) -> entries holding a lead of it
    placed: dict[tuple[str, str, str, int], Entry] = {}  # (kind, month, document, sentence start) -> its entry
    for c in sorted(cands, key=lambda c: (-_RANK.get(c.precision, 0), c.date, c.ref.doc_id, c.ref.start)):
        key = (c.kind, c.date[:7] if c.precision != "year" else c.date[:4])
        block = blocks.setdefault(key, [])
        if c.precision == "year":  # a bare year may refine into any month of it
            block = [e for (kind, d), es in blocks.items() if kind == c.kind and d[:4] == c.date for e in es] or block
        entry, relation = placed.get((*key, c.ref.doc_id, c.ref.start)), "same"  # its sentence's other figure
        if entry is None:
            entry, relation = _place(block, lambda e: _relation(e, c, copies))
        for evidence in EVIDENCE if c.lead else ():
            if entry is None:
                near = _grouped(groups, c, evidence, evidence.days)
                entry, relation = _place(near, functools.partial(_group_relation, c=c, evidence=evidence))
        if entry is None:
            entry, relation = Entry(c.date, c.precision, c.kind, c.summary, c.ref.lang, [c.ref], members=[c]), "new"
            blocks[key].append(entry)
        elif relation == "same":
            _refine(entry, c)
            entry.members.append(c)
            _add_source(entry, c, copies)
        else:
            entry.conflicts.append(_conflict(c))
            continue
        placed[(*key, c.ref.doc_id, c.ref.start)] = entry
        if c.lead:
            _index(groups, entry, c)
    entries = [e for es in blocks.values() for e in es]
    for entry in entries:
        _choose_summary(entry, lang)
    entries.sort(key=lambda e: (e.date, _RANK.get(e.precision, 0), e.kind, e.summary))
    return entries


def _group_weeks(c: Candidate, evidence: Evidence, widen: int) -> list[tuple[str, str, int]]:
    """The keys under which the entries of the candidate's group are found: its level, its group
    and each week its date's period (widened by ``widen`` days each side) touches."""
    group = getattr(c, evidence.level)
    if group is None:
        return []
    try:
        first, last = period(c.date, c.precision)
    except ValueError:
        return []
    return [(evidence.level, group, week) for week in range((first - widen) // 7, (last + widen) // 7 + 1)]


def _grouped(
    groups: dict[tuple[str, str, int], list[Entry]], c: Candidate, evidence: Evidence, days: int
) -> list[Entry]:
    """The entries holding a lead of the candidate's group dated within ``days`` of it (blocked
    by week, so that a story of thousands of documents costs a few comparisons per lead)."""
    found: dict[int, Entry] = {}
    for key in _group_weeks(c, evidence, days):
        for entry in groups.get(key, ()):
            found.setdefault(id(entry), entry)
    return list(found.values())


def _index(groups: dict[tuple[str, str, int], list[Entry]], entry: Entry, c: Candidate) -> None:
    """Note that the entry holds a lead of the candidate's event and story, in its weeks."""
    for evidence in EVIDENCE:
        for key in _group_weeks(c, evidence, 0):
            held = groups.setdefault(key, [])
            if all(e is not entry for e in held):
                held.append(entry)


def _place(entries: list[Entry], relation: Callable[[Entry], str]) -> tuple[Entry | None, str]:
    """The first entry the candidate is the same as or conflicts with, and which of the two."""
    for entry in entries:
        found = relation(entry)
        if found != "other":
            return entry, found
    return None, "other"


def _choose_summary(entry: Entry, lang: str | None) -> None:
    """The summary: a sentence in the preferred language if a source has one, else the most
    central sentence (sharing most anchors with the others) in its own language; in an entity's
    timeline one that names the entity before one that only refers to it ("He ..."). Only a
    report of the entry's date tells what happened then: a later report that joined it (dated by
    its posting, days after) may tell what followed ("Rishi Sunak succeeds Liz Truss", posted on
    25 October in the entry of her resignation on the 20th), so it is the summary only when no
    report of that date is there. The entry is of the summary's kind (the leads of one event
    joined a French blurb the quotes layer read as a statement: the entry is an event)."""
    dated = [m for m in entry.members if m.date.startswith(entry.date) or entry.date.startswith(m.date)]
    dated = dated or entry.members
    pool = [m for m in dated if lang and m.ref.lang == lang] or dated
    best = max(pool, key=lambda m: (m.named, sum(len(m.keys & o.keys) for o in entry.members), -len(m.summary)))
    entry.summary, entry.lang, entry.kind = best.summary, best.ref.lang, best.kind
