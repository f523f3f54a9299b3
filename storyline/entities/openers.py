"""Common words that open a sentence, cut off the names the tagger glued them to.

A capitalised word at a sentence's start looks like a name to the CRF: Italian "Attualmente
Ryanair dispone di 91 aeromobili" gave the person "Attualmente Ryanair", whose figures then had
"Attualmente Ryanair" as subject; so did Spanish "Además Boeing", Dutch "Daarnaast Airbus", French
"Hier Macron". The words that do this are the language's common words: in its NER training text
they are written in lower case in mid-sentence far more often than capitalised, and they never
begin a gold name. German capitalises its nouns everywhere, so "Regierung" never qualifies, while
"Gestern" and "Die" do.

The tables are learned from the *train* parts of ``../shared/train/ner/<lang>`` (never a dev part)
and shipped as ``models/<lang>.openers.txt``, one lower-case word a line, most frequent first;
regenerate them (deterministic, a few seconds a language) with::

    python -m storyline.entities.openers [--lang en de ...]

A table belongs to a model (a language that borrows a model borrows its table too); the rule that
uses it is ``storyline.entities.drop_opener``, the loader ``lexicon.opening_words``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable

from .lexicon import MODELS, OPENING

MIN_PLAIN = 5  # seen as a common word (lower case, or first outside a name) at least this often
MAX_CAPITALISED = 0.1  # capitalised in mid-sentence at most this share of its common uses
MAX_IN_NAME = 0.1  # inside a gold name at most this share of its common uses
MIN_OPENS = 1  # the first word of a sentence, outside a name, at least this often
SIZE = 2000  # the most frequent words kept

Sentence = tuple[list[str], list[str]]  # gold tokens, BIO tags


def _initial(tokens: list[str], k: int) -> bool:
    """Whether token ``k`` is a sentence's first word (after opening punctuation only)."""
    return all(t in OPENING for t in tokens[:k])


def common_words(sentences: Iterable[Sentence], size: int = SIZE) -> list[str]:
    """The language's common words, most frequent first: seen at least ``MIN_PLAIN`` times lower
    case in mid-sentence or as a sentence's first word outside a gold name, capitalised in
    mid-sentence rarely (German nouns are), never the first word of a gold name and rarely inside
    one, and the first word of a sentence at least ``MIN_OPENS`` times (English "jobs" and Spanish
    "vista" are common words, but "Jobs" and "Vista Alegre" open sentences as names). Ties are
    broken alphabetically, so the table is the same on every run."""
    plain: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    named: Counter[str] = Counter()
    opens: Counter[str] = Counter()  # first word of a sentence outside a name
    begins: set[str] = set()  # first word of a gold name
    for tokens, tags in sentences:
        for k, (token, tag) in enumerate(zip(tokens, tags)):
            if not token.isalpha():
                continue
            word = token.lower()
            if tag != "O":
                named[word] += 1
                if tag.startswith("B-") or k == 0 or tags[k - 1] == "O":
                    begins.add(word)
            if _initial(tokens, k):
                plain[word] += tag == "O"  # "Daarnaast" opens sentences only
                opens[word] += tag == "O" and token[0].isupper()
            elif token[0].islower():
                plain[word] += 1
            elif token[0].isupper():
                upper[word] += 1
    words = [
        w
        for w, n in plain.items()
        if n >= MIN_PLAIN and upper[w] <= MAX_CAPITALISED * n and named[w] <= MAX_IN_NAME * n
        and opens[w] >= MIN_OPENS and w not in begins
    ]
    return sorted(words, key=lambda w: (-plain[w], w))[:size]


def main(argv: list[str] | None = None) -> None:
    """Write ``models/<lang>.openers.txt`` for the given languages (all by default)."""
    from .corpus import LANGUAGES, load

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    ap.add_argument("--size", type=int, default=SIZE)
    args = ap.parse_args(argv)
    for lang in args.lang:
        words = common_words(load(lang)[0], args.size)
        path = MODELS / f"{lang}.openers.txt"
        path.write_text("".join(w + "\n" for w in words), encoding="utf-8")
        print(f"{lang}: {len(words)} words -> {path.name} ({', '.join(words[:8])}, ...)")


if __name__ == "__main__":
    main()
