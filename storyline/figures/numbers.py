"""Numbers as written, and their values: digits with any grouping, words, scales, signs.

The value of "4.500" depends on the digit groups more than on the language: a single separator
followed by exactly three digits groups thousands ("4.500" is 4,500 in an English text, "11.000" in
a Norwegian one), unless that separator is the language's decimal mark and a scale word or percent
sign follows or a currency sign comes before ("1.250 million" and "$108.625" in English, "2,500
prosent" would be 2.5 in Norwegian). Two different
separators: the last one is the decimal mark. Spaces group thousands ("12 000").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from .lexicon import SPACES, Lexicon

_SPACE_RE = re.compile(f"[{SPACES}]")
_WORD_SPLIT = re.compile(rf"[{SPACES}\-]+")


@dataclass(slots=True, frozen=True)
class Number:
    """A number found in the text: its span, its value and the unit written with it, if any."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None  # "percent" | "money:USD" | ... | None
    spelled: bool  # written in words ("two dozen") rather than digits


def parse_digits(digits: str, decimal: str, scaled: bool) -> float:
    """The value of a digit string with separators, read by the shape of its digit groups."""
    digits = _SPACE_RE.sub("", digits)
    has_comma, has_dot = "," in digits, "." in digits
    if has_comma and has_dot:
        mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        other = "." if mark == "," else ","
        return float(digits.replace(other, "").replace(mark, "."))
    if not (has_comma or has_dot):
        return float(digits)
    sep = "," if has_comma else "."
    parts = digits.split(sep)
    grouped = len(parts) > 2 or (len(parts[1]) == 3 and parts[0] != "0" and not (scaled and sep == decimal))
    if grouped:
        return float("".join(parts))
    return float(digits.replace(sep, "."))


def times(value: float, scale: float) -> float:
    """``value * scale`` in decimal, so that "$65.4 billion" is 65,400,000,000 and not the
    binary product's 65,400,000,000.00001."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def price_value(num: Number, lex: Lexicon) -> float:
    """A bare number's value when a currency word follows it, read as a currency sign before it reads:
    "16.125 Canadian dollars" is a price in eighths, as "$108.625" is; "63,188 dólares" in Spanish."""
    if num.spelled or num.unit is not None or not re.fullmatch(r"\d+[.,]\d{3}", num.text):
        return num.value
    return parse_digits(num.text, lex.decimal, True)


def parse_words(phrase: str, lex: Lexicon) -> float | None:
    """The value of a number in words ("two dozen", "sixty-five", "tre tusen"), or None."""
    words = [p for w in _WORD_SPLIT.split(phrase.lower()) if w for p in _unglued(w, lex)]
    total, current, seen, i = 0.0, 0.0, False, 0
    while i < len(words):
        key, size = lex.phrase(words, i, lex.number_words)
        if size and (key not in lex.scales or not seen):
            current += lex.number_words[key]
            seen = True
            i += size
            continue
        key, size = lex.phrase(words, i, lex.scales)  # the longest scale: "cinco mil millones" is 5e9
        if not size:
            i += 1  # a joiner ("and", "og")
            continue
        scale = lex.scales[key]
        if scale >= 1000:
            total += (current or 1) * scale
            current = 0.0
        else:
            current = (current or 1) * scale
        seen = True
        i += size
    return total + current if seen else None


def _unglued(word: str, lex: Lexicon) -> list[str]:
    """A number written as one word where the language glues them ("tweehonderdvijftig", "vierentwintig",
    "dreiundzwanzig", ``NUMBER_GLUE``), split into its number words (longest first); else the word."""
    if not lex.number_glue or word in lex.number_words or word in lex.scales:
        return [word]
    keys = sorted({*lex.number_words, *lex.scales, *(g for g in lex.number_glue if g)}, key=len, reverse=True)
    parts: list[str] = []
    i = 0
    while i < len(word):
        key = next((k for k in keys if " " not in k and word.startswith(k, i)), None)
        if key is None:
            return [word]
        parts.append(key)
        i += len(key)
    return parts


def _unit(match: re.Match[str], lex: Lexicon) -> str | None:
    if match.group("pct"):
        return "percent"
    glued = match.groupdict().get("glued") or match.groupdict().get("glued_words")
    if glued:
        return lex.units.get(glued.lower(), glued.lower())
    sign = match.group("cur")
    if sign:
        return "money:" + lex.currencies.get(sign.lower(), "USD")
    return None


def word_positions(low: str, words: frozenset[str]) -> list[int]:
    """Offsets of whole-word occurrences of ``words`` in lower-cased text."""
    out = []
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            after = pos + len(word)
            if (pos == 0 or not low[pos - 1].isalnum()) and (after >= len(low) or not low[after].isalnum()):
                out.append(pos)
            pos = low.find(word, pos + 1)
    out.sort()
    return out


def find_numbers(text: str, start: int, end: int, lex: Lexicon) -> Iterator[Number]:
    """Every number in ``text[start:end]`` with its value (words that are only scales are skipped),
    in text order; a range of shares joined by a hyphen gives two ("15-20%", "16-17 percent")."""
    found = [n for n in (_number(m, lex) for m in lex.number_re.finditer(text, start, end)) if n is not None]
    found += list(_percent_ranges(text, start, end, lex))
    yield from sorted(found, key=lambda n: n.start)


def _percent_ranges(text: str, start: int, end: int, lex: Lexicon) -> Iterator[Number]:
    """The two ends of a hyphened range of shares, which the number pattern leaves alone (a hyphen
    joins scores and dates too: "6-3", "1945-1990"): "15-20%", "16-17 percent"."""
    words = "|".join(re.escape(w) for w in sorted(lex.percent, key=len, reverse=True))
    pattern = rf"(?<![\w.,\-])(\d{{1,3}}(?:[.,]\d+)?)-(\d{{1,3}}(?:[.,]\d+)?)([{SPACES}]?%|[{SPACES}](?:{words})\b)?"
    for match in re.finditer(pattern, text[start:end], re.IGNORECASE):
        if not match.group(3):
            continue
        base = start + match.start()
        low, high = match.group(1), match.group(2) + match.group(3)
        yield Number(base, base + len(low), low, parse_digits(low, lex.decimal, True), "percent", False)
        second = base + len(low) + 1
        value = parse_digits(match.group(2), lex.decimal, True)
        yield Number(second, second + len(high), high, value, "percent", False)


def _number(match: re.Match[str], lex: Lexicon) -> Number | None:
    if match.group("num"):
        scale_word = (match.group("scale") or "").lower()
        # a currency sign makes "$1.625" a price, as a scale word makes "1.250 million" one
        scaled = bool(scale_word) or bool(match.group("pct")) or bool(match.group("cur"))
        value = times(parse_digits(match.group("num"), lex.decimal, scaled), lex.scales.get(scale_word, 1))
        if match.group("frac"):  # "9 1/2": a stock price in eighths
            top, bottom = match.group("frac").split("/")
            value += int(top) / int(bottom)
        spelled = False
    else:
        words = match.group("words")
        if words.lower() in lex.scales and _WORD_SPLIT.split(words.lower())[0] not in lex.number_words:
            return None  # "millions of people": no numeral, no figure ("mil millones" has one)
        parsed = parse_words(words, lex)
        if parsed is None:
            return None
        value, spelled = parsed, True
    return Number(match.start(), match.end(), match.group(0), value, _unit(match, lex), spelled)
