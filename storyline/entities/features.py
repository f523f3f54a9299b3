"""CRF features of a tokenised sentence: cheap, string-valued, cached per word form.

What a token looks like (its lower-cased form, shape, affixes, gazetteer tag) depends only on the
word, so it is computed once per distinct word and kept in a bounded cache; the per-sentence work is
then joining neighbours' cached values. That is what keeps tagging far faster than a neural tagger.
"""

from __future__ import annotations

from functools import lru_cache

from .. import lang as langs
from .gazetteer import countries, fold, lookup

MIN_STEM = 3  # letters left after cutting an ending ("Ulmer" -> "ulm"; "Oder" stays whole)


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


@lru_cache(maxsize=64)
def name_suffixes(lang: str | None) -> tuple[dict[str, str], tuple[int, ...]]:
    """The language's name-typing word endings ("departementet" -> ORG) from its ``entities`` table
    and their lengths, longest first (empty without a table): one dict look-up per length."""
    table = langs.table(lang, "entities") if lang else None
    found = getattr(table, "NAME_SUFFIXES", {}) if table else {}
    return found, tuple(sorted({len(end) for end in found}, reverse=True))


@lru_cache(maxsize=200_000)
def suffix_type(low: str, lang: str | None) -> str:
    """The type a word's longest listed ending suggests ("miljøverndepartementet" -> ORG), or ""."""
    found, lengths = name_suffixes(lang)
    return next((found[low[-n:]] for n in lengths if low[-n:] in found), "")


@lru_cache(maxsize=64)
def stem_endings(lang: str | None) -> tuple[frozenset[str], tuple[int, ...]]:
    """The language's case and derivation endings (``STEM_ENDINGS`` of its ``entities`` table) and
    their lengths, longest first; empty without one (then no stem features are made)."""
    table = langs.table(lang, "entities") if lang else None
    endings = frozenset(getattr(table, "STEM_ENDINGS", ()) if table else ())
    return endings, tuple(sorted({len(end) for end in endings}, reverse=True))


@lru_cache(maxsize=200_000)
def stem(low: str, lang: str | None) -> str:
    """A lower-cased word without its longest listed ending ("hessischen", "hessen" -> "hess";
    "frankfurter" -> "frankfurt"): inflected and derived forms of one name meet on it."""
    endings, lengths = stem_endings(lang)
    for n in lengths:
        if len(low) - n >= MIN_STEM and low[-n:] in endings:
            return low[:-n]
    return low


_STEMMED: dict[tuple[int, str | None], tuple[dict[str, str], dict[str, str]]] = {}


def stemmed(lexicon: dict[str, str], lang: str | None) -> dict[str, str]:
    """A lexicon keyed by stems (the shortest word of a stem gives its label), built once per
    lexicon object (a few live at a time: the shipped ones, the training folds')."""
    key = (id(lexicon), lang)
    hit = _STEMMED.get(key)
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    index: dict[str, str] = {}
    for word in sorted(lexicon, key=len):
        index.setdefault(stem(word, lang), lexicon[word])
    if len(_STEMMED) > 16:
        _STEMMED.clear()
    _STEMMED[key] = (lexicon, index)
    return index


@lru_cache(maxsize=64)
def stemmed_places(lang: str | None) -> frozenset[str]:
    """Stems of one-word country names (pycountry, all its languages) and of the language's CLDR
    territory names (countries, continents, regions: babel)."""
    names = {key[0] for key in countries() if len(key) == 1}
    try:
        from babel import Locale

        names |= {fold(n) for n in Locale.parse(lang).territories.values() if " " not in n}
    except Exception:  # noqa: BLE001 - no CLDR locale: the pycountry names alone
        pass
    return frozenset(stem(n, lang) for n in names)


def stem_features(word: str, low: str, lexicon: dict[str, str], own: dict[str, str] | None, lang: str | None) -> list[str]:
    """The word's stem and, for a capitalised word, what the stem-keyed lexicons (:func:`stemmed`)
    and the place names say of its stem ("Deutschlands", "Frankfurter" -> LOC as "Deutschland",
    "Frankfurt")."""
    base = stem(low, lang)
    out = ["st=" + base]
    if not word[:1].isupper() or len(word) < MIN_STEM + 1:
        return out
    if known := lexicon.get(base):
        out.append("slex=" + known)
    if own and (mine := own.get(base)):
        out.append("sown=" + mine)
    if stem(fold(low), lang) in stemmed_places(lang):
        out.append("sC")
    return out


def genitive(word: str, lexicon: dict[str, str], own: dict[str, str] | None) -> list[str]:
    """What a name in the bare -s genitive ("Natos", "Norges", "Stortingets") is without it: the
    lexicons and the country gazetteer looked up on the stem."""
    if len(word) < 4 or word[-1] != "s" or not word[0].isupper():
        return []
    stem = word[:-1].lower()
    out = []
    if known := lexicon.get(stem):
        out.append("glex=" + known)
    if own and (mine := own.get(stem)):
        out.append("gown=" + mine)
    if (fold(stem),) in countries():
        out.append("gC")
    return out


def sentence_features(
    words: list[str], lexicon: dict[str, str], own: dict[str, str] | None = None, lang: str | None = None
) -> list[list[str]]:
    """The feature strings of every token of one sentence (the CRF's input), with the model's name
    lexicon of other languages, its own language's lexicon (:mod:`.lexicon`, when it has one) and
    its language's name endings (``NAME_SUFFIXES`` of its ``entities`` table)."""
    described = [word_features(w) for w in words]
    gaz = lookup(words)
    lex = [lexicon.get(d[0], "") for d in described]
    n = len(words)
    low = described
    stems = stem_endings(lang)[0]
    if stems:
        by_stem, own_by_stem = stemmed(lexicon, lang), stemmed(own, lang) if own else None
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
        if typ := suffix_type(low[i][0], lang):
            feats.append("sfx=" + typ)
        feats += genitive(words[i], lexicon, own)
        if stems:
            feats += stem_features(words[i], low[i][0], by_stem, own_by_stem, lang)
        out.append(feats)
    return out

