"""Cross-lingual date anchors: a day and month written in the text, in any language.

Short news items often carry the date of what they report, in the words of their language:
``26 septembre :``, ``(6 кастрычніка)``, ``10 أكتوبر``, ``10월 22일``, ``10月22日``,
``(21.11.)``. The publication dates of one story's items scatter over days or weeks (posted on
several days, or on wikis that lag), while this written date is the event's own and is the same
in every language. Month names come from the CLDR calendars of the 366 base locales in ``babel``
(format and stand-alone, wide and abbreviated: nominative and genitive forms); a name that means
different months in two locales is dropped. A text gets one key ``t:<MMDD>`` per date found.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter

import regex

from .places import locale_data


DATE = "t:"

_TOKEN = regex.compile(r"\p{N}+|[\p{L}\p{M}]+")
_CJK = regex.compile(r"(\p{N}{1,2})\s*[月월]\s*(\p{N}{1,2})\s*[日일]")
_DOTTED = regex.compile(r"(?<![\p{N}.])(\p{N}{1,2})\.(\p{N}{1,2})\.(?!\p{N})")
_MAX_SUFFIX = 3  # case endings and particles that attach to month names
_MIN_NAME = 3
_MIN_ABBREVIATION = 4  # shorter abbreviations are words or names elsewhere (Romanian 'ian': Ian)
_ORDER = (1, -1, 2, -2)  # the nearest month name wins, the one after the number first


def _norm(text: str) -> str:
    """NFKC, lowercase: the form month names and text are compared in."""
    return unicodedata.normalize("NFKC", text).lower()


@functools.cache
def months() -> dict[str, int]:
    """Localized month name -> month number (names of several months are left out)."""
    seen: dict[str, set[int]] = {}
    for _, calendar in locale_data("months"):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in calendar.get(context, {}).get(width, {}).items():
                    name = _norm(name).rstrip(".")
                    shortest = _MIN_NAME if width == "wide" else _MIN_ABBREVIATION
                    if len(name) >= shortest and _TOKEN.fullmatch(name):
                        seen.setdefault(name, set()).add(number)
    return {name: next(iter(nums)) for name, nums in seen.items() if len(nums) == 1}


@functools.lru_cache(maxsize=1 << 16)
def month_of(token: str) -> int | None:
    """The month a word names, with up to ``_MAX_SUFFIX`` letters of ending cut."""
    names = months()
    for cut in range(0, min(_MAX_SUFFIX, len(token) - _MIN_NAME) + 1):
        month = names.get(token[: len(token) - cut])
        if month:
            return month
    return None


def _value(digits: str) -> int:
    """The value of a run of digits of any script."""
    return int("".join(str(unicodedata.digit(ch)) for ch in digits))


def _key(month: int, day: int) -> str | None:
    """The key of a valid day of a month."""
    return f"{DATE}{month:02d}{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def date_keys(text: str) -> Counter[str]:
    """``t:<MMDD>`` keys of the days of a month a text writes out, in any language."""
    text = _norm(text)
    keys = [_key(_value(m), _value(d)) for m, d in _CJK.findall(text)]
    keys += [_key(_value(m), _value(d)) for d, m in _DOTTED.findall(text)]
    tokens = _TOKEN.findall(text)
    for i, token in enumerate(tokens):
        if not token[0].isdigit() or len(token) > 2:
            continue
        for j in (i + step for step in _ORDER if 0 <= i + step < len(tokens)):
            month = None if tokens[j][0].isdigit() else month_of(tokens[j])
            if month:
                keys.append(_key(month, _value(token)))
                break
    return Counter(k for k in keys if k)
