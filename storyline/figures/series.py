"""Figures across documents: series of the same claim over time, and where sources disagree.

A series is every figure with the same subject, measure and place (names normalised through the
alias tables of all languages, so "Nato", "NATO" and "Natos" are one subject; "soldater", "troops"
and "personnel" are one measure, and so is a counted noun recorded as written with the shared key
its language's ``SERIES_MEASURES`` maps it to: Spanish "pedido" is English "order"), ordered by
as-of date, each point with its source. Figures without a subject line up only when their own
sentence names the place and the measure counts something: "24 people" alone, a place the figures
layer inferred from the rest of the document, or a bare percentage or sum of money ("43 percent",
"$200": of what?) say nothing to line up, and grouping them filled US election news with series of
unrelated amounts.

Two points disagree when they come from different sources, hold for the same period (the same
as-of day where both give one, else month, or year when only the year is known), are both facts or both plans, their values are
further apart than their qualifiers allow ("around 12,000" covers 10,800 to 13,200; "more than
500" anything from 500 up) and yet comparable: within a factor of ``COMPARABLE`` of each other, or
one of them a negation ("no troops"). Values orders of magnitude apart are two quantities that
share a subject and a measure, not two reports of one. Percentages and sums of money never
disagree: the layer does not know what they are a share or a price of (a candidate's 24 percent
of small donors and 47 percent in a poll). One pass over the figures, one sort of each period's points: near-linear.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from ..lang import company_forms, languages_with, table
from .extract import INFERRED_PLACE
from .lexicon import Lexicon, lexicon

# How far a stated value may be from the truth, by qualifier: (low factor, high factor).
TOLERANCE: dict[str | None, tuple[float, float]] = {
    None: (0.98, 1.02),  # an unqualified count is usually rounded
    "exactly": (1.0, 1.0),
    "about": (0.9, 1.1),
    "nearly": (0.9, 1.0),
    "more than": (1.0, math.inf),
    "at least": (1.0, math.inf),
    "up to": (0.0, 1.0),
    "less than": (0.0, 1.0),
}
FACT_KINDS = frozenset({"current", "past", "negation"})
# Measures that do not say what is counted: without a subject they line nothing up.
GENERIC_MEASURES = ("percent", "point", "money")  # "money": a price whose currency the text leaves unsaid
COMPARABLE = 3.0  # two reports of one quantity are within this factor of each other
_WALK = 50  # values looked at below the highest comparable one (keeps big periods near-linear)
_KEY_RE = re.compile(r"[^\w]+")


@cache
def _aliases() -> dict[str, str]:
    """Alias → canonical name over every language's figures table (and each canonical itself)."""
    out: dict[str, str] = {}
    for lang in languages_with("figures"):
        module = table(lang, "figures")
        for alias, canonical in getattr(module, "ALIASES", {}).items():
            out.setdefault(_KEY_RE.sub("", alias.lower()), canonical)
            out.setdefault(_KEY_RE.sub("", canonical.lower()), canonical)
    return out


def canonical_name(name: str | None) -> str | None:
    """A subject's or place's name as series group it: alias-resolved, else as given."""
    if not name:
        return None
    text = re.sub(r"^(the|la|le|les|l')\s+", "", name.strip(), flags=re.IGNORECASE)
    text = re.sub(r"['’]s?$", "", text)
    words = text.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in company_forms():
        words.pop()  # "Meridian National Corp." is "Meridian National"
    text = " ".join(words).rstrip(",") if len(words) > 0 else text
    return _aliases().get(_KEY_RE.sub("", text.lower()), text)


@cache
def _series_measures(lang: str | None) -> dict[str, str]:
    """A language's ``SERIES_MEASURES``: its counted nouns as written, by the shared measure key."""
    return dict(getattr(table(lang, "figures"), "SERIES_MEASURES", {}))


def series_measure(measure: str, lang: str | None) -> str:
    """A figure's measure as series group it: a counted noun recorded as written in one language
    is the shared key its table maps it to ("pedido" in Spanish, "bestelling" in Dutch: order), so
    one subject's orders line up across translations; a figure's own ``measure`` stays as written."""
    return _series_measures(lang).get(measure, measure)


def _key(name: str | None) -> str:
    return _KEY_RE.sub("", name.lower()) if name else ""


@dataclass(slots=True)
class Point:
    """One figure of one source on a series."""

    value: float
    qualifier: str | None
    kind: str
    as_of: str | None
    as_of_mod: str | None
    source: str
    doc_id: str
    start: int
    end: int
    text: str
    why: dict[str, str] = field(default_factory=dict)
    source_name: str = ""  # how a reader knows the document (see :func:`source_name`)
    published: str = ""  # the document's publication day, when known (a toll holds as of its report)

    @property
    def bounds(self) -> tuple[float, float]:
        low, high = TOLERANCE.get(self.qualifier, TOLERANCE[None])
        return self.value * low, self.value * high

    def to_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value, "qualifier": self.qualifier, "kind": self.kind, "as_of": self.as_of,
            "as_of_mod": self.as_of_mod,
            "source": self.source, "doc_id": self.doc_id, "start": self.start, "end": self.end,
            "text": self.text, "why": self.why, "source_name": self.source_name or self.source,
            "published": self.published or None,
        }  # fmt: skip


@dataclass(slots=True)
class Series:
    """Figures of one subject, measure and place, in as-of order, with their disagreements."""

    series_id: str
    subject: str | None
    measure: str
    place: str | None
    points: list[Point] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    place_inferred: bool = False  # no source states the place: the documents are mostly about it

    @property
    def explain(self) -> str:
        if self.place_inferred:
            return (f"grouped because subject={self.subject or '-'}, measure={self.measure} "
                    f"(place={self.place}: what every source is mostly about, not stated with the figure)")  # fmt: skip
        return f"grouped because subject={self.subject or '-'}, measure={self.measure}, place={self.place or '-'}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "series_id": self.series_id, "subject": self.subject, "measure": self.measure,
            "place": self.place, "explain": self.explain,
            "sources": len({p.source for p in self.points}),
            "points": [p.to_dict() for p in self.points], "disagreements": self.disagreements,
        }  # fmt: skip


def _canonical_of(arg: dict[str, Any] | None) -> str | None:
    if not arg:
        return None
    return canonical_name(arg.get("canonical") or arg.get("text"))


NAME_CHARS = 60  # the opening words of an untitled document, as a reason names it


def source_name(doc: Mapping[str, Any]) -> str:
    """A document as a reader knows it: its title, else its opening words (from its first body
    sentence, cut at a word near ``NAME_CHARS``), in quotation marks; then its outlet (site, else the
    URL's host) and publication date where known: “Boeing rolls out first 787 Dreamliner to go…”
    (2011-08-08). A disagreement that named its sources by ids ("a3f9... says exactly 40") told a
    reader nothing; most wire and crawl texts have no title."""
    title = " ".join(str(doc.get("title") or "").split())
    if not title:
        sentences = [s for s in doc.get("sentences") or () if s.get("kind", "body") == "body"]
        start = int(sentences[0].get("start", 0)) if sentences else 0
        title = " ".join(str(doc.get("text") or "")[start : start + 4 * NAME_CHARS].split())
    if len(title) > NAME_CHARS:
        title = title[:NAME_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    url = str(doc.get("url") or "")
    outlet = doc.get("site") or (url.split("://", 1)[-1].split("/", 1)[0] if "://" in url else "")
    published = _published_day(doc)
    where = ", ".join(x for x in (str(outlet), published) if x)
    name = f"“{title}”" if title else str(doc.get("source") or doc.get("id") or "?")
    return f"{name} ({where})" if where else name


def _point(doc: dict[str, Any], fig: dict[str, Any], name: str = "") -> Point:
    qualifier = fig.get("qualifier")
    as_of = fig.get("as_of") or {}
    return Point(
        value=float(fig.get("value", 0)),
        qualifier=qualifier.get("canonical") if isinstance(qualifier, dict) else qualifier,
        kind=fig.get("kind", "current"), as_of=as_of.get("value"), as_of_mod=as_of.get("mod"),
        source=str(doc.get("source") or doc.get("id") or ""), doc_id=str(doc.get("id") or ""),
        start=int(fig.get("start", 0)), end=int(fig.get("end", 0)), text=str(fig.get("text", "")),
        why=dict(fig.get("why") or {}), source_name=name, published=_published_day(doc),
    )  # fmt: skip


def _published_day(doc: Mapping[str, Any]) -> str:
    published = doc.get("published") or ""
    return str(published.get("value") or "" if isinstance(published, Mapping) else published)[:10]


def _period(as_of: str | None) -> str:
    """The moment two points must share to disagree: the day where both say it, else the month
    (a toll that rises from 14 on 18 January to 18 the next day is news, not a disagreement)."""
    value = as_of or ""
    return value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else value[:7]


def _disagreements(points: list[Point], toll: bool = False) -> list[dict[str, Any]]:
    """For each period, the two sources furthest apart whose values cannot both hold, given their
    qualifiers, and yet are comparable (see the module docstring). A ``toll`` (the dead, the injured:
    a count of what happened to people) holds as of its report, not of the event's date: ITN's
    "21 novembre : ... un séisme ... au moins 162 morts" of the 21st and "252" of the 22nd both
    date the earthquake, and had disagreed."""
    buckets: dict[tuple[str, str], list[Point]] = {}
    givers: dict[float, set[str]] = {}  # value -> the sources giving it anywhere on the series
    for p in points:
        givers.setdefault(p.value, set()).add(p.source)
        if p.as_of:
            group = "fact" if p.kind in FACT_KINDS else "plan"
            as_of = max(p.as_of, p.published) if toll and p.published else p.as_of
            buckets.setdefault((group, _period(as_of)), []).append(p)
    out: list[dict[str, Any]] = []
    for (group, period), bucket in buckets.items():
        if len({p.source for p in bucket}) < 2:
            continue
        pair = _furthest_conflict(bucket, givers)
        if pair is None:
            continue
        low, high = pair
        out.append({
            "period": period, "kind": group, "points": [low.to_dict(), high.to_dict()],
            "reason": (
                f"{low.source_name or low.source} says {low.qualifier or 'exactly'} {low.value:g} and "
                f"{high.source_name or high.source} says "
                f"{high.qualifier or 'exactly'} {high.value:g} for {period}: the ranges their "
                "qualifiers allow do not overlap"
            ),
        })  # fmt: skip
    out.sort(key=lambda d: str(d["period"]))
    return out


def _furthest_conflict(bucket: list[Point], both: Mapping[float, set[str]]) -> tuple[Point, Point] | None:
    """The pair of points of different sources with the widest gap between their ranges, among
    pairs that conflict and are comparable, and that no one source gives both of (it would be
    telling two quantities apart, in this period or another: the series' keys missed what
    distinguishes them; ``both``: value -> the sources giving it); None if no pair does. Sorted by
    value, each point
    only looks up the highest values it is comparable with (bucket sizes of big corpora)."""
    ordered = sorted(bucket, key=lambda p: (p.value, p.source))
    values = [p.value for p in ordered]
    best: tuple[float, Point, Point] | None = None
    for low in ordered:
        reach = math.inf if low.value <= 0 else low.value * COMPARABLE
        top = bisect.bisect_right(values, reach) - 1
        for high in reversed(ordered[max(0, top + 1 - _WALK) : top + 1]):
            if high.value <= low.value:
                break
            if both[low.value] & both[high.value]:
                continue  # a source that gives both values tells two quantities apart ("30 short-haul, 12 long-haul")
            if high.source != low.source and high.bounds[0] > low.bounds[1]:
                gap = high.bounds[0] - low.bounds[1]
                if best is None or gap > best[0]:
                    best = (gap, low, high)
                break
    return None if best is None else (best[1], best[2])


def _lines_up(fig: dict[str, Any], subject: str | None, place: str | None) -> bool:
    """Whether a figure can join a series: it has a subject, or its sentence names its place and
    its measure says what is counted."""
    if subject:
        return True
    measure = str(fig.get("measure") or "")
    stated = (fig.get("why") or {}).get("place") != INFERRED_PLACE
    return bool(place) and stated and not measure.startswith(GENERIC_MEASURES)


@dataclass(slots=True)
class _Claim:
    """A figure on its way into a series: its grouping keys, and its point."""

    subject: str | None
    measure: str
    place: str | None
    stated: bool  # the place is in the figure's own sentence (not the document's main place)
    point: Point
    unit_kind: str = "count"  # see :func:`unit_kind`


def _claims(
    docs: Iterable[dict[str, Any]], measure: str | None, names: Mapping[str, str], dated: list[tuple[str, str, int | None]]
) -> list[_Claim]:
    """Every figure that can join a series (see :func:`_lines_up`), its names made canonical:
    a subject that is an entity mention takes its corpus entity's name (``names``: per-document
    entity id -> corpus canonical name), else the alias tables'. Each document's id, source group
    and publication day go to ``dated`` (for :func:`_drop_stamped`: documents stream by once)."""
    from ..stories.features import day_number
    from ..stories.stamps import source_group

    out: list[_Claim] = []
    for doc in docs:
        dated.append((str(doc.get("id") or ""), source_group(doc), day_number(doc)))
        shared_keys = _series_measures(doc.get("lang"))  # see series_measure
        name = ""  # the document's source_name, made once its first figure lines up
        entity_at = {e.get("start"): e.get("entity_id") for e in doc.get("entities") or () if names} if names else {}
        for fig in doc.get("figures") or ():
            subj, place = _person_name(_canonical_of(fig.get("subject"))), _canonical_of(fig.get("place"))
            corpus = names.get(str(entity_at.get((fig.get("subject") or {}).get("start")))) if entity_at else None
            subj = canonical_name(corpus) if subj and corpus else subj
            written = str(fig.get("measure"))
            shared = _fate(doc, fig, shared_keys.get(written, written))
            if not _lines_up(fig, subj, place) or (measure and measure not in (shared, written)):
                continue
            stated = (fig.get("why") or {}).get("place") != INFERRED_PLACE
            name = name or source_name(doc)
            out.append(_Claim(subj, shared, place, stated, _point(doc, fig, name), unit_kind(fig)))
    return out


def unit_kind(fig: Mapping[str, Any]) -> str:
    """What kind of quantity a figure is: ``money``, ``percent``, a unit written with it (``km``),
    else ``count``. Part of every series' key, so a sum of money never lines up with a count, even
    where both were read with one noun ("800 orders at 200 million per aircraft" had put a price in
    Boeing's series of orders), and no disagreement compares the two."""
    unit, measure = str(fig.get("unit") or ""), str(fig.get("measure") or "")
    if unit.startswith("money") or measure.startswith("money"):
        return "money"
    if "percent" in (unit, measure):
        return "percent"
    return f"unit:{unit}" if unit else "count"


_FATE_TOKENS = re.compile(r"[^\W\d_]+|\d+|[.,;:!?()\[\]«»\"“”„—–]")  # words, digits, stops
_FATE_BEFORE, _FATE_AFTER = 3, 5  # content words looked at before the number, and after its noun


def _fate(doc: dict[str, Any], fig: dict[str, Any], measure: str) -> str:
    """What happened to the people a count counts, where its sentence says it next to the number
    (the language's ``FATES``): "killing 40 people" and "100 people have died" are deaths, "wounding
    at least 1,000 people" the injured. A series of "people" in Nairobi had lined up the dead with
    the wounded, and 40 dead disagreed with 1,000 wounded.

    The words looked at run from the number (before its qualifier) and from its counted noun, and
    stop at punctuation, another number, a coordinator or a clause word: in "entraîne la mort d'au
    moins 46 personnes et en blesse au moins 80 autres" (ITN, the Larissa crash) the 46 are dead
    and the 80 injured, where the nearest fate word either side had made both injured; function
    words ("the deaths of 135 people") are passed over."""
    fates = _fates(doc.get("lang"))
    sentence = fig.get("sentence") or {}
    if measure not in fates.get("", ()) or "start" not in sentence:
        return measure
    text, lex = str(doc.get("text") or ""), lexicon(doc.get("lang"))
    qualifier, noun = fig.get("qualifier"), fig.get("measure_span")
    lo = int(qualifier.get("start", fig.get("start", 0))) if isinstance(qualifier, dict) else int(fig.get("start", 0))
    hi = int(fig.get("end", 0))
    if isinstance(noun, dict) and int(noun.get("start", -1)) >= hi:
        hi = int(noun.get("end", hi))
    before = _FATE_TOKENS.findall(text[sentence["start"] : lo].lower())[::-1]
    after = _FATE_TOKENS.findall(text[hi : sentence["end"]].lower())
    after = after[1:] if after and after[0] in lex.relatives else after  # "11 people who died"
    return _fate_near(before, _FATE_BEFORE, lex, fates) or _fate_near(after, _FATE_AFTER, lex, fates) or measure


def _fate_near(tokens: list[str], limit: int, lex: Lexicon, fates: Mapping[str, Any]) -> str | None:
    """The fate of the first fate word among the first ``limit`` content words of ``tokens``, up to
    the first stop (see :func:`_fate`)."""
    seen = 0
    for tok in tokens:
        if tok in fates:
            return str(fates[tok])
        if not tok[0].isalpha() or tok in lex.coordinators or tok in lex.clause_words:
            return None
        seen += tok not in lex.function_words and tok not in lex.determiners
        if seen == limit:
            return None
    return None


@cache
def _fates(lang: str | None) -> Mapping[str, Any]:
    """A language's ``FATES`` (word -> measure), with the measures they refine under ``""``."""
    module = table(lang, "figures")
    fates = dict(getattr(module, "FATES", {}))
    fates[""] = frozenset(getattr(module, "FATE_OF", ()))
    return fates


@cache
def _tolls() -> frozenset[str]:
    """The measures of what happened to people (every language's ``FATES`` values, and ``deaths``):
    tolls, which hold as of their report."""
    fates = (table(lang, "figures") for lang in languages_with("figures"))
    return frozenset(v for module in fates for v in getattr(module, "FATES", {}).values()) | {"deaths", "injured"}


@cache
def _titles() -> frozenset[str]:
    """Titles before a person's name in every language's figures table ("Mr.", "Sen.", "minister")."""
    return frozenset(t for lang in languages_with("figures") for t in getattr(table(lang, "figures"), "TITLES", ()))


def _person_name(name: str | None) -> str | None:
    """A subject without the titles before it: "Mr. Trump" is Trump."""
    if not name:
        return name
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _titles():
        words.pop(0)
    return " ".join(words)


def _full_names(claims: list[_Claim]) -> dict[str, str]:
    """A one-word subject that is the last word of exactly one longer subject of the corpus is
    that subject ("Trump" is "Donald Trump"; "Clinton" stays itself when Bill and Hillary both are)."""
    longer: dict[str, set[str]] = {}
    for claim in claims:
        words = (claim.subject or "").split()
        if len(words) > 1:
            longer.setdefault(_key(words[-1]), set()).add(claim.subject or "")
    return {last: next(iter(names)) for last, names in longer.items() if len({_key(n) for n in names}) == 1}


def entity_names(entities: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Per-document entity id -> the corpus entity's canonical name, from the corpus entities
    (the store's derived ``entities``, :func:`storyline.entities.merge.merge`'s rows)."""
    return {str(member): str(ent["canonical"]) for ent in entities if ent.get("canonical")
            for member in ent.get("members") or ()}  # fmt: skip


def _drop_stamped(dated: list[tuple[str, str, int | None]], claims: list[_Claim]) -> None:
    """A figure dated by its document's publication, where that date is an import stamp (one day
    for a whole source, far from every other document: :mod:`storyline.stories.stamps`), has no
    as-of date: ITN's Danish blurbs all carry 2018-01-05. ``dated``: (document id, source group,
    publication day) of every document read."""
    from ..stories.stamps import stamped_days

    stamps = stamped_days([g for _, g, _ in dated], [d for _, _, d in dated])
    if not stamps:
        return
    stamped = {doc_id: date.fromordinal(stamps[g]).isoformat() for doc_id, g, _ in dated if g in stamps}
    for claim in claims:
        day = stamped.get(claim.point.doc_id)
        if day and (claim.point.as_of or "").startswith(day):
            claim.point.as_of, claim.point.as_of_mod = None, None


def _spelled_in_script(subject: str) -> Callable[[str], bool]:
    """Whether a subject is the asked one written in another script ("Трасс", "Лиз Трасс" for
    "Liz Truss"): a name of no more words than asked, none lowercase, that rule 6 of
    :mod:`storyline.timeline.mentions` finds at its start or last word (imported here: the
    timeline package imports this module)."""
    from ..timeline.mentions import Target, spelled

    target = Target.of(subject)

    def same(name: str) -> bool:
        words = name.split()
        if not words or len(words) > len(subject.split()) or any(w[:1].islower() for w in words):
            return False
        return not {0, name.rfind(words[-1])}.isdisjoint(spelled(name, target))

    return same


def build_series(
    docs: Iterable[dict[str, Any]],
    subject: str | None = None,
    measure: str | None = None,
    names: Mapping[str, str] | None = None,
) -> list[Series]:
    """Series over documents in the output contract (as ``analyze --format jsonl`` prints them).

    ``names`` (:func:`entity_names`) names subjects by their corpus entity, so "Trump" in one
    article and "Donald Trump" in another are one subject where the entity merge says so.

    Places the figures layer inferred from the rest of a document (not from the figure's sentence)
    group a figure only with a series whose place some source states; otherwise it joins its
    subject and measure without a place, so that one subject's figures are not split by what
    each document happened to be mostly about."""
    dated: list[tuple[str, str, int | None]] = []
    claims = _claims(docs, measure, names or {}, dated)
    _drop_stamped(dated, claims)
    full = _full_names(claims)
    spellings: dict[str, Counter[str]] = {}
    want = _key(_person_name(canonical_name(subject))) if subject else None
    other_script = _spelled_in_script(subject) if subject else None
    stated = {(_key(c.subject), c.measure, _key(c.place), c.unit_kind) for c in claims if c.stated}
    groups: dict[tuple[str, str, str, str], Series] = {}
    guessed: dict[tuple[str, str, str, str], set[str | None]] = {}  # place-less series: inferred places
    for claim in claims:
        name = full.get(_key(claim.subject), claim.subject) if claim.subject and " " not in claim.subject else claim.subject
        asked = want is None or want in (_key(name), _key(claim.subject))
        if not asked and not (other_script and other_script(claim.subject or "")):
            continue
        key = (_key(name), claim.measure, _key(claim.place), claim.unit_kind)
        place = claim.place
        if not claim.stated and key not in stated:
            key, place = (key[0], key[1], "", key[3]), None
            guessed.setdefault(key, set()).add(claim.place)
        elif not key[2]:
            guessed.setdefault(key, set()).add(None)
        series = groups.get(key)
        if series is None:
            digest = hashlib.sha1("|".join(key[:3] if key[3] == "count" else key).encode()).hexdigest()[:12]  # ids of counts kept
            series = groups[key] = Series(digest, name, key[1], place)
        series.points.append(claim.point)
        if name:
            spellings.setdefault(key[0], Counter())[name] += 1
    for key, places in guessed.items():
        if len(places) == 1 and None not in places:
            groups[key].place, groups[key].place_inferred = next(iter(places)), True
    for series in groups.values():  # the subject as most sources spell it ("Hillary", not "HIllary")
        if series.subject:
            series.subject = spellings[_key(series.subject)].most_common(1)[0][0]
    out = sorted(groups.values(), key=lambda s: (-len(s.points), s.series_id))
    for series in out:
        series.points.sort(key=lambda p: (p.as_of or "", p.source, p.start))
        if not series.measure.startswith(GENERIC_MEASURES):  # a share or sum of what? unknown
            series.disagreements = _disagreements(series.points, series.measure in _tolls())
    return out


DERIVED_KIND = "series"  # what the web app's figures page reads from the store


def save_series(store: Any) -> list[dict[str, Any]]:
    """Build the series over every document of an open store and keep them in it (for build/report)."""
    rows = [s.to_dict() for s in build_series(store.iter_documents(), names=entity_names(store.load_derived("entities")))]
    store.save_derived(DERIVED_KIND, rows)
    return rows
