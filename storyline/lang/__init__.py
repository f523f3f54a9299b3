"""Per-language knowledge, kept apart from code: one package per ISO 639-1 code.

``storyline/lang/<code>/<table>.py`` holds one table of one language (quote verbs, month names,
number formats, measure nouns...). Adding a language is adding files; no code branches on a
language. Lookups fall back along ``FALLBACK`` (Nynorsk to Bokmål, say) and then return ``None``,
which every caller treats as "no knowledge of this language" rather than an error.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

# A language with no table of its own borrows its nearest neighbour's.
FALLBACK: dict[str, str] = {"nn": "nb", "no": "nb", "da": "nb", "sv": "nb"}


@cache
def table(lang: str | None, name: str) -> ModuleType | None:
    """The module ``storyline.lang.<lang>.<name>``, or its fallback's, or ``None``."""
    seen: set[str] = set()
    code = (lang or "").lower()
    while code and code not in seen:
        seen.add(code)
        try:
            return importlib.import_module(f"storyline.lang.{code}.{name}")
        except ModuleNotFoundError as err:
            if err.name not in {f"storyline.lang.{code}", f"storyline.lang.{code}.{name}"}:
                raise
        code = FALLBACK.get(code, "")
    return None


def languages_with(name: str) -> list[str]:
    """The language codes that ship a table called ``name`` (for docs and tests)."""
    from importlib import resources

    root = resources.files("storyline.lang")
    return sorted(
        entry.name
        for entry in root.iterdir()
        if entry.is_dir() and (entry / f"{name}.py").is_file()
    )


@cache
def company_forms() -> frozenset[str]:
    """The company forms of every language's figures table ("Inc.", "PLC", "ASA"), lower case,
    with and without their full stop: part of a company's name, never a name of their own."""
    out: set[str] = set()
    for lang in languages_with("figures"):
        for form in getattr(table(lang, "figures"), "CORPORATE_SUFFIXES", ()):
            out.update((form, form.rstrip(".")))
    return frozenset(out)


@cache
def honorifics() -> frozenset[str]:
    """The honorifics of every language's entities table ("mr", "frau", "mme"), folded: words
    that open a person's name without naming anyone, so no anchor two reports can share."""
    return frozenset(word for lang in languages_with("entities")
                     for word in getattr(table(lang, "entities"), "HONORIFICS", ()))  # fmt: skip
