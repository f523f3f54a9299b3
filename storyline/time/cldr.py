"""Month and weekday names of any language, from CLDR, for languages without a time table.

The time layer's own tables (``storyline/lang/<code>/time.py``) cover the languages it was
measured on. News in every other language still writes dates the same few ways ("20 października",
"10 أكتوبر", "20. lokakuuta", "10월 22일"), and CLDR, which ships inside ``babel``, names the
months and weekdays of some 700 locales in the forms dates use (Polish and Russian months in the
genitive, as in "20 października", beside the nominative). For such a language the layer takes
English's table with its months, weekdays and day-month order replaced by CLDR's: explicit dates
are read in every language; relative words ("last week") stay English-only.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache
from types import ModuleType, SimpleNamespace
from typing import Any

log = logging.getLogger(__name__)

MIN_ABBREVIATION = 4  # shorter abbreviations ("mar", "lis") are words too often
BARE_MONTH_MIN_LENGTH = 6
_PART = re.compile(r"'(?P<lit>[^']*)'|(?P<field>d+|M+|L+|y+|[A-Za-z])|(?P<other>[^'A-Za-z]+)")


def _norm(name: str) -> str:
    """NFKC, lowercase, no abbreviation dot: the form the lexicon compares words in."""
    return unicodedata.normalize("NFKC", name).lower().rstrip(".")


def _names(forms: Any, abbreviations: bool) -> dict[str, int]:
    """Month or weekday names of one locale -> their number (format and stand-alone forms)."""
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated") if abbreviations else ("wide",):
            for number, name in forms.get(context, {}).get(width, {}).items():
                name = _norm(name)
                if width == "wide" or len(name) >= MIN_ABBREVIATION:
                    out.setdefault(name, number)
    return out


def _parts(pattern: str) -> list[tuple[str, str]]:
    """A CLDR date pattern as (kind, text) parts: ``field`` (``d``, ``MMMM``, ``y``) or ``text``
    (quoted literals unquoted, punctuation and spaces as they are)."""
    out = []
    for m in _PART.finditer(pattern):
        kind = "field" if m.group("field") else "text"
        out.append((kind, m.group("field") or m.group("lit") or m.group("other")))
    return out


def _date_order(parts: list[tuple[str, str]]) -> str:
    """``DMY``, ``MDY`` or ``YMD``: the order of day, month and year in a date pattern."""
    letters = {"d": "D", "M": "M", "L": "M", "y": "Y"}
    order = "".join(dict.fromkeys(letters[t[0]] for k, t in parts if k == "field" and t[0] in letters))
    return order if sorted(order) == ["D", "M", "Y"] else "DMY"


def _after_day(parts: list[tuple[str, str]]) -> str:
    """The text right after the day field ('일', '. ', ' de '), stripped."""
    for i, (kind, text) in enumerate(parts[:-1]):
        if kind == "field" and text[0] == "d":
            return parts[i + 1][1]
    return ""


def _connectors(parts: list[tuple[str, str]]) -> set[str]:
    """Words of two letters or more between two fields of a pattern ('de' in Portuguese
    "d 'de' MMMM"); a word after the last field (Ukrainian "y 'р'.") is none, nor are the
    one-character counters of Han and Hangul patterns (年, 년), read as whole dates instead."""
    out: set[str] = set()
    between: list[str] | None = None  # None until the first field
    for kind, text in parts:
        if kind == "field":
            if between is not None:
                out.update(w.lower() for w in re.findall(r"[^\W\d_]{2,}", "".join(between)))
            between = []
        elif between is not None:
            between.append(text)
    return out


@cache
def cldr_table(lang: str | None, base: ModuleType) -> SimpleNamespace | None:
    """``base`` (English's table) with the language's CLDR months, weekdays and date order, or
    ``None`` when CLDR does not know the language."""
    if not lang or lang in ("und", "en"):
        return None
    try:
        from babel import Locale

        locale = Locale.parse(lang.replace("-", "_"))
        months = _names(locale.months, abbreviations=True)
        weekdays = _names(locale.days, abbreviations=False)
        pattern = locale.date_formats["long"].pattern
        short = locale.date_formats["short"].pattern
        symbols = locale.number_symbols
        decimal = (symbols["latn"] if "latn" in symbols else symbols).get("decimal", ".")
    except Exception as err:  # noqa: BLE001 - an unknown or broken locale: English's table as before
        log.debug("no CLDR calendar for %s: %s", lang, err)
        return None
    if not months:
        return None
    table = SimpleNamespace(**{k: v for k, v in vars(base).items() if k.isupper()})
    table.MONTHS = months
    table.WEEKDAYS = weekdays
    table.CASED_MONTHS = False
    # A month name stands alone as a date only when long enough to be no other word: Romanian
    # "mai" is May and "more", Malay "Mac" is March; next to a day or a year every name counts.
    table.BARE_MONTH_MIN_LENGTH = BARE_MONTH_MIN_LENGTH
    parts = _parts(pattern)
    table.DATE_ORDER = _date_order(parts)
    after_day = _after_day(parts).strip()
    suffix = re.match(r"[^\W\d_]+", after_day)
    table.ORDINAL_SUFFIX = re.escape(suffix.group()) if suffix and len(after_day) == len(suffix.group()) else ""  # 'd일'
    table.ORDINAL_DOT = after_day.startswith(".")  # "d. MMMM y": 7. lokakuuta
    table.CONNECTORS = set(base.CONNECTORS) | _connectors(parts)  # "d 'de' MMMM": 21 de novembro
    # "(13.11.)": day and month with stops, where dates are written so and decimals take a comma
    table.DAY_MONTH_DOTS = table.DATE_ORDER == "DMY" and decimal == "," and bool(re.match(r"d+\.\s?M", short))
    return table

