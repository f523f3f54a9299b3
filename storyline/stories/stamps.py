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
* the day lies more than ``MARGIN`` days outside the span of the others.

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
        log.info("%d documents of %s all dated %s, outside the corpus's span: clustered as undated",
                 counts[found], found, date.fromordinal(stamps[found]).isoformat())  # fmt: skip
    return stamps


def _next_stamp(by_group: dict[str, set[int]], counts: dict[str, int], stamps: dict[str, int]) -> str | None:
    """A group whose one day is a stamp, judged against the groups not yet found stamped (one
    stamp far out, 2018, widens the span that hides another, 2021)."""
    for group, group_days in by_group.items():
        if group in stamps or len(group_days) != 1 or counts[group] < MIN_GROUP:
            continue
        others = [g for g in by_group if g != group and g not in stamps]
        if sum(counts[g] for g in others) < MIN_GROUP:
            continue
        first = min(min(by_group[g]) for g in others)
        last = max(max(by_group[g]) for g in others)
        (day,) = group_days
        if last - first >= MIN_SPAN and not first - MARGIN <= day <= last + MARGIN:
            return group
    return None
