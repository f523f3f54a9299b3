"""Who said it: the cue, speaker and addressee phrases next to a quotation.

Patterns are read on tokens, left to right, a bounded number of tokens from the quotation, so the
cost is linear in the text. After a quotation the extractor tries, in order:

1. an "according to" phrase and a speaker ("…, ifølge NRK", "…, so Merkel");
2. cue then speaker, the V2 / inverted order ("…, said Stoltenberg", "…, sier Stoltenberg til
   NRK", "…, a déclaré M. Macron", "…, déclare-t-il");
3. speaker then cue ("…, Stoltenberg told reporters", "…, he added").

Before a quotation it reads "SPEAKER CUE [addressee] [:|,|that] “…”". The speaker phrase is a
name, a pronoun or a descriptive phrase ("a joint NATO statement", "NATO's secretary-general").
"""

from __future__ import annotations

from dataclasses import dataclass

from .rules import SENTENCE_END, Rules, Token

MAX_SPEAKER = 8  # tokens in a speaker phrase read forward
CLOSED_REACH = 3  # words before the cue after a quotation that ends its sentence ("…!“ the old man cried)
MAX_BEFORE_CUE = 20  # tokens between a quotation and a following cue ("…,” Rep. X (D-N.C.), head of …, said)
APPOSITION = frozenset(",()")
DASH_TOKENS = frozenset("—–-―")


@dataclass(slots=True)
class Attribution:
    """The cue, speaker mention and addressee found for a quotation (token index spans)."""

    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    addressee: tuple[int, int] | None
    last: int  # one past its last token


def span(toks: list[Token], r: tuple[int, int] | None) -> tuple[int, int] | None:
    """Character offsets of a token range."""
    if r is None or r[0] >= r[1]:
        return None
    return toks[r[0]].start, toks[r[1] - 1].end


# Abbreviations that end with a full stop inside a sentence (titles, initials are handled apart).
ABBREVIATIONS = frozenset("""
mr mrs ms dr rep sen gov lt col gen sgt capt st jr sr prof rev hon no nr vs etc inc co corp ltd
präs hr fr frl angekl dt bzw sog vgl mme mlle sr sra dra
""".split())


def _is_abbrev_dot(toks: list[Token], i: int) -> bool:
    """A full stop right after an abbreviation or an initial ("Mr.", "Rep.", "H.", "Präs.")."""
    if toks[i].text != "." or i == 0 or toks[i - 1].end != toks[i].start or not toks[i - 1].is_word:
        return False
    word = toks[i - 1].text
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def is_sentence_end(toks: list[Token], i: int) -> bool:
    """A token that ends a sentence (a stop not after an abbreviation, ! or ?)."""
    return toks[i].text in SENTENCE_END and not _is_abbrev_dot(toks, i)


def _np_word(tok: Token, rules: Rules) -> bool:
    """A token that may stand inside a speaker phrase."""
    return tok.is_word and tok.low not in rules.stopwords and not rules.is_cue(tok)


def speaker_forward(toks: list[Token], i: int, rules: Rules) -> int | None:
    """End index of a speaker phrase starting at ``toks[i]`` (after a cue), or None."""
    if i >= len(toks) or not toks[i].is_word:
        return None
    first = toks[i]
    if first.low in rules.pronouns:
        return i + 1
    if not (first.is_capitalised or first.low in rules.determiners):
        return None
    if first.low in rules.stopwords or rules.is_cue(first):
        return None
    proper = first.low not in rules.determiners  # a name goes on over capitalised words only
    j = i
    while j < len(toks) and j - i < MAX_SPEAKER:
        tok = toks[j]
        if proper and j > i and tok.is_word and not (tok.is_capitalised or tok.low in rules.titles):
            if not (tok.low in rules.links and j + 1 < len(toks) and toks[j + 1].is_capitalised):
                break
        if _np_word(tok, rules) or (j > i and tok.low in rules.determiners):
            j += 1
        elif _is_abbrev_dot(toks, j) and j + 1 < len(toks) and toks[j + 1].is_capitalised:
            j += 1
        else:
            break
    return j if j > i else None


def speaker_backward(toks: list[Token], j: int, rules: Rules, floor: int = 0) -> int | None:
    """Start index of a speaker phrase ending just before ``toks[j]`` (a cue), or None."""
    k = j
    while k > floor:
        tok = toks[k - 1]
        if _np_word(tok, rules) or tok.low in rules.determiners or _is_abbrev_dot(toks, k - 1):
            k -= 1
        elif tok.low in rules.links and k - 1 > floor and toks[k - 2].is_word and j - k < MAX_SPEAKER:
            k -= 1
        else:
            break
        if j - k >= MAX_SPEAKER + 4:
            break
    if k == j:
        return None
    return trim_speaker(toks, k, j, rules)


def trim_speaker(toks: list[Token], k: int, j: int, rules: Rules) -> int | None:
    """Cut leading words that belong to the clause, not the speaker ("In the interview Trump")."""
    while k < j and toks[k].low in rules.links and toks[k].low not in rules.determiners:
        k += 1
    # the last determiner or capitalised run that reaches the cue starts the phrase
    start = None
    for m in range(j - 1, k - 1, -1):
        tok = toks[m]
        if tok.low in rules.determiners and tok.low not in rules.pronouns:
            start = m
            break
        if not (tok.is_capitalised or tok.low in rules.titles or tok.low in rules.links
                or tok.text == "."):
            if start is None and m == j - 1:
                # a bare lower-case head ("officials said"): keep up to two words
                start = max(k, j - 2)
            break
        start = m
    if start is None:
        return None
    if toks[start].low in rules.pronouns and start + 1 < j:
        start += 1
    while start < j and toks[start].low in rules.links:
        start += 1
    return start if start < j else None


def _skip_aux(toks: list[Token], i: int, rules: Rules, limit: int = 3) -> int:
    """Index after auxiliaries and adverbs that may precede a cue ("has also said")."""
    n = 0
    while i < len(toks) and toks[i].low in rules.auxiliaries and n < limit:
        i += 1
        n += 1
    return i


def _aux_before(toks: list[Token], c: int, floor: int, rules: Rules) -> int:
    """Index of the first auxiliary directly before a cue ("he has said" -> index of "has")."""
    while c > floor and toks[c - 1].low in rules.auxiliaries:
        c -= 1
    return c


def addressee_after(toks: list[Token], i: int, rules: Rules, cue: Token) -> tuple[int, int] | None:
    """The addressee or outlet after a cue or a speaker: "told reporters", "til NRK"."""
    if i >= len(toks):
        return None
    if toks[i].low in rules.addressee_preps:
        i += 1
        if i < len(toks) and toks[i].is_word and toks[i].low not in rules.stopwords:
            j = i
            while j < len(toks) and j - i < MAX_SPEAKER and _np_word(toks[j], rules):
                j += 1
            return (i, j)
        return None
    elif not (cue.low in rules.object_cues and toks[i].is_word and toks[i].low not in rules.complementizers):
        return None
    if i < len(toks) and (toks[i].is_capitalised or toks[i].low in rules.determiners or cue.low in rules.object_cues):
        j = i
        while j < len(toks) and j - i < MAX_SPEAKER and _np_word(toks[j], rules):
            j += 1
        return (i, j) if j > i else None
    return None


def _with_addressee(toks: list[Token], cue: int, sp: tuple[int, int], after: int,
                    rules: Rules) -> Attribution:
    """An attribution, extended by the addressee phrase that follows it if any."""
    addr = addressee_after(toks, after, rules, toks[cue])
    last = addr[1] if addr else after
    return Attribution((cue, cue + 1), sp, addr, last)


def _cue_then_speaker(toks: list[Token], i: int, rules: Rules) -> Attribution | None:
    """"…, said Stoltenberg" / "…, sier Stoltenberg til NRK" / "…, a déclaré M. X"."""
    c = _skip_aux(toks, i, rules)
    if c + 1 < len(toks) and rules.fused_pronoun(toks[c]) and rules.is_cue(toks[c + 1]):
        return _with_addressee(toks, c + 1, (c, c + 1), c + 2, rules)  # "a-t-il déclaré"
    if c >= len(toks) or not rules.is_cue(toks[c]):
        return None
    if rules.fused_pronoun(toks[c]):
        return _with_addressee(toks, c, (c, c + 1), c + 1, rules)
    s = _skip_aux(toks, c + 1, rules)  # "sagte nun Laporte"
    end = speaker_forward(toks, s, rules)
    if end is None:
        return None
    return _with_addressee(toks, c, (s, end), end, rules)


def _speaker_then_cue(toks: list[Token], i: int, rules: Rules) -> Attribution | None:
    """"…, Stoltenberg told reporters" / "…, he added" / "…, Rep. X (D-N.C.), head of …, said"."""
    if i >= len(toks) or not toks[i].is_word:
        return None
    first = toks[i]
    if not (first.is_capitalised or first.low in rules.pronouns or first.low in rules.determiners):
        return None
    depth = 0  # inside "(D-N.C.)" a full stop ends nothing
    for c in range(i + 1, min(len(toks), i + MAX_BEFORE_CUE)):
        tok = toks[c]
        depth += (tok.text == "(") - (tok.text == ")")
        if depth > 0 or tok.text == ")":
            continue
        if rules.is_cue(tok):
            stop = _aux_before(toks, c, i, rules)
            if stop == i:
                return None
            return _with_addressee(toks, c, (i, stop), c + 1, rules)
        if is_sentence_end(toks, c) or (not tok.is_word and tok.text not in APPOSITION and tok.text != "."):
            return None
        if c - i >= MAX_SPEAKER and tok.text not in APPOSITION and "," not in {t.text for t in toks[i:c]}:
            return None
    return None


def _according(toks: list[Token], i: int, rules: Rules) -> Attribution | None:
    """"…, according to the report" / "…, ifølge NRK" / "…, so Merkel"."""
    n = rules.according_at(toks, i)
    if not n:
        return None
    end = speaker_forward(toks, i + n, rules)
    if end is None:
        return None
    return Attribution((i, i + n), (i + n, end), None, end)


def _signature(toks: list[Token], i: int, rules: Rules) -> Attribution | None:
    """"“…” ― Adriana Rodarte": a dash and a name closing the paragraph sign the quotation."""
    end = speaker_forward(toks, i, rules)
    if end is None or not toks[i].is_capitalised or any(t.is_word for t in toks[end:]):
        return None
    return Attribution(None, (i, end), None, end)


def after_quote(toks: list[Token], i: int, rules: Rules, closed: bool = False) -> Attribution | None:
    """The attribution right after a quotation whose following tokens start at ``toks[i]``.

    ``closed``: the quotation ended its own sentence ("…!“ rief er"); then only a cue or a short
    subject may follow, not a whole new sentence that happens to hold a cue."""
    if i < len(toks) and toks[i].text in DASH_TOKENS:
        signed = _signature(toks, i + 1, rules)
        if signed is not None:
            return signed
    while i < len(toks) and toks[i].text in {",", "—", "–", "-", "―"}:
        i += 1
    if i >= len(toks):
        return None
    new_sentence = is_sentence_end(toks, i)
    if new_sentence:
        i += 1
        return _speaker_then_cue(toks, i, rules) if i < len(toks) and toks[i].low in rules.pronouns else None
    found = _according(toks, i, rules) or _cue_then_speaker(toks, i, rules) or _speaker_then_cue(toks, i, rules)
    if found is not None and closed and found.cue is not None and found.cue[0] - i > CLOSED_REACH:
        return None
    return found


def before_quote(toks: list[Token], rules: Rules) -> tuple[Attribution | None, bool]:
    """The attribution in the tokens before a quotation (same sentence) and whether it is direct.

    Direct: nothing but punctuation, an addressee, a short adverbial or "that" between cue and
    quotation ("Trump said in a statement: “…”"); otherwise the quotation is embedded in a clause
    ("urged the Taliban to “live up …”"), a mixed quotation."""
    for c in range(len(toks) - 1, -1, -1):
        if not rules.is_cue(toks[c]):
            continue
        stop = _aux_before(toks, c, 0, rules)
        start = speaker_backward(toks, stop, rules)
        end = speaker_forward(toks, c + 1, rules)
        # verb-second languages invert after a fronted phrase: "Auf diese Worte erwiderte Siegfried: „…“"
        inverted = rules.verb_second and end is not None and all(not t.is_word for t in toks[end:])
        if start is not None and not inverted:
            att = _with_addressee(toks, c, (start, stop), c + 1, rules)
        elif end is not None and toks[c].low not in rules.object_cues and toks[c + 1].low not in rules.pronouns:
            att = _with_addressee(toks, c, (c + 1, end), end, rules)
        else:
            # "… before asking her, “…”": the subject of the sentence speaks
            first = next((k for k, t in enumerate(toks[:c]) if t.is_word), None)
            subj = speaker_forward(toks, first, rules) if first is not None else None
            if subj is None:
                continue
            att = _with_addressee(toks, c, (first, subj), c + 1, rules)
        gap = toks[att.last:]
        # "said that “…”" reports the quotation inside a clause: mixed, not direct
        direct = (not gap or gap[-1].text in {":", ",", "—", "–"}
                  or (len(gap) <= 2 and all(not t.is_word for t in gap)))
        direct = direct and not any(t.low in rules.complementizers for t in gap)
        return att, direct and len(gap) <= 12
    return None, False


def sentence_tail(toks: list[Token]) -> list[Token]:
    """The tokens after the last sentence end (the start of the current sentence)."""
    for k in range(len(toks) - 1, -1, -1):
        if is_sentence_end(toks, k):
            return toks[k + 1:]
    return toks


def dash_attribution(toks: list[Token], rules: Rules) -> tuple[int, Attribution] | None:
    """In a dash paragraph, the first ", sier X" after some quoted words: (comma index, attribution)."""
    for k in range(1, len(toks) - 1):
        if toks[k].text in {",", "?", "!", "…"} or (toks[k].text in DASH_TOKENS and k > 1):
            att = after_quote(toks, k + 1, rules)
            if att is not None and att.speaker is not None:
                return k, att
    return None
