"""CRF features of a tokenised sentence: cheap, string-valued, cached per word form.

What a token looks like (its lower-cased form, shape, affixes, gazetteer tag) depends only on the
word, so it is computed once per distinct word and kept in a bounded cache; the per-sentence work is
then joining neighbours' cached values. That is what keeps tagging far faster than a neural tagger.
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import lookup


@lru_cache(maxsize=200_000)
def shape(word: str) -> str:
    """Collapsed character classes: "Stoltenberg" -> "Xx", "U.S." -> "X.X.", "1,500" -> "d,d"."""
    out: list[str] = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


@lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[str, str, tuple[str, ...]]:
    """The word's lower-cased form and shape (what its neighbours see) and its own features."""
    low = word.lower()
    sh = shape(word)
    feats = [
        "w=" + low,
        "s=" + sh,
        "p2=" + low[:2],
        "p3=" + low[:3],
        "p4=" + low[:4],
        "x2=" + low[-2:],
        "x3=" + low[-3:],
        "x4=" + low[-4:],
        "x5=" + low[-5:],  # compound heads: -stadt, -fjord, -partei
        "l=" + str(min(len(word), 8)),
    ]
    if "-" in word[1:]:  # "Nato-sjefen", "US-Präsident": the name before the hyphen
        feats.append("hp=" + low.split("-", 1)[0])
    return low, sh, tuple(feats)


def sentence_features(
    words: list[str], lexicon: dict[str, str], own: dict[str, str] | None = None
) -> list[list[str]]:
    """The feature strings of every token of one sentence (the CRF's input), with the model's name
    lexicon of other languages and its own language's lexicon (:mod:`.lexicon`, when it has one)."""
    described = [word_features(w) for w in words]
    gaz = lookup(words)
    lex = [lexicon.get(d[0], "") for d in described]
    n = len(words)
    low = described
    out: list[list[str]] = []
    for i in range(n):
        feats = list(described[i][2])
        prev_shape = low[i - 1][1] if i else "BOS"
        next_shape = low[i + 1][1] if i + 1 < n else "EOS"
        feats += (
            "w-1=" + (low[i - 1][0] if i else "BOS"),
            "w+1=" + (low[i + 1][0] if i + 1 < n else "EOS"),
            "w-2=" + (low[i - 2][0] if i > 1 else "BOS"),
            "w+2=" + (low[i + 2][0] if i + 2 < n else "EOS"),
            "s-1=" + prev_shape,
            "s+1=" + next_shape,
            "s3=" + prev_shape + "_" + low[i][1] + "_" + next_shape,
            "w01=" + low[i][0] + "_" + (low[i + 1][0] if i + 1 < n else "EOS"),
            "w-10=" + (low[i - 1][0] if i else "BOS") + "_" + low[i][0],
        )
        if gaz[i]:
            feats.append("g=" + gaz[i])
        if i + 1 < n and gaz[i + 1]:
            feats.append("g+1=" + gaz[i + 1])
        if i and gaz[i - 1]:
            feats.append("g-1=" + gaz[i - 1])
        if lex[i]:
            feats.append("lex=" + lex[i])
        if i and lex[i - 1]:
            feats.append("lex-1=" + lex[i - 1])
        if i + 1 < n and lex[i + 1]:
            feats.append("lex+1=" + lex[i + 1])
        if i == 0:
            feats.append("first")
        if own and (known := own.get(low[i][0])):
            feats.append("own=" + known)
        out.append(feats)
    return out

