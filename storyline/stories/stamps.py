"""Publication dates that are stamps, not dates: one day shared by every document of a source.

Collections often carry a date that says when a batch was imported, crawled or converted rather
than when each piece was published: a feed stamps its import day, a CMS migration its migration
day, a calendar conversion shifts a whole edition. Such a date is worse than none for clustering:
it holds the source's documents apart from every story they belong to (the day penalty and the
windows trust it). ``itn-dev`` shows it twice: all 52 Persian blurbs are dated 2021-04-20 and
all 19 Danish ones 2018-01-05, although they report events of 2022-23 like the other 43 wikis.

A day is taken as a stamp when, for one group of documents (their site, or their language when
they name no site):

* the group has at least ``MIN_GROUP`` dated documents and they all share that one day;
* the other groups' dated documents are at least ``MIN_GROUP`` and span at least ``MIN_SPAN`` days
  (a corpus of one day's news is not evidence of anything);
* no document of another group lies within ``MARGIN`` days of it: the day is isolated from the
  corpus's other dates (outside their span, or in a gap of a mixed corpus: the Danish stamp
  2018-01-05 among US news of 2016 and ITN blurbs of 2022-23).

Documents so stamped are clustered as undated (their stated date is kept for display), and the
timeline (:func:`storyline.timeline.unstamped`) keeps only their dates that need no publication
date ("20 October 2022", not "Monday").
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

MIN_GROUP = 10
MIN_SPAN = 30
MARGIN = 30


def source_group(doc: dict[str, Any]) -> str:
    """The group a document's dates are compared within: the site of a URL source (its host),
    else the language (editions of one wiki, one feed per language)."""
    source = str(doc.get("source") or "")
    host = urlsplit(source).netloc if "://" in source else ""
    return host.lower() or f"lang:{doc.get('lang') or 'und'}"


def stamped_days(groups: Sequence[str], days: Sequence[int | None]) -> dict[str, int]:
    """The groups whose single shared day is a stamp, with that day (see the module docstring).

    Args:
        groups: the group of each document (:func:`source_group`).
        days: the publication day (proleptic ordinal) of each document, or None.
    """
    by_group: dict[str, set[int]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for group, day in zip(groups, days, strict=True):
        if day is not None:
            by_group[group].add(day)
            counts[group] += 1
    stamps: dict[str, int] = {}
    while found := _next_stamp(by_group, counts, stamps):
        stamps[found] = min(by_group[found])
        log.info("%d documents of %s all dated %s, far from any other document: clustered as undated",
                 counts[found], found, date.fromordinal(stamps[found]).isoformat())  # fmt: skip
    return stamps


def _next_stamp(by_group: dict[str, set[int]], counts: dict[str, int], stamps: dict[str, int]) -> str | None:
    """A group whose one day is a stamp, judged against the groups not yet found stamped (one
    stamp can sit next to another: both are judged against the real dates)."""
    for group, group_days in by_group.items():
        if group in stamps or len(group_days) != 1 or counts[group] < MIN_GROUP:
            continue
        others = [g for g in by_group if g != group and g not in stamps]
        if sum(counts[g] for g in others) < MIN_GROUP:
            continue
        first = min(min(by_group[g]) for g in others)
        last = max(max(by_group[g]) for g in others)
        (day,) = group_days
        near = any(abs(other - day) <= MARGIN for g in others for other in by_group[g])
        if last - first >= MIN_SPAN and not near:
            return group
    return None


STAMPS_KIND = "stamps"


def stamp_rows(stamps: dict[str, int]) -> list[dict[str, Any]]:
    """Stamps as rows a store keeps (``save_derived``): the group and its stamped day."""
    return [{"group": group, "day": date.fromordinal(day).isoformat()} for group, day in sorted(stamps.items())]


def load_stamps(store: Any) -> dict[str, int]:
    """The stamps a build found over the whole store (the stories step saves them), so that a
    timeline of a few of its documents knows them too; a store built before has none."""
    out: dict[str, int] = {}
    for row in store.load_derived(STAMPS_KIND):
        try:
            out[str(row["group"])] = date.fromisoformat(str(row["day"])).toordinal()
        except (KeyError, TypeError, ValueError):
            continue
    return out
