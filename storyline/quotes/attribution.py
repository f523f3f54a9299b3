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

import re

from dataclasses import dataclass

from .rules import SENTENCE_END, Rules, Token

MAX_SPEAKER = 8  # tokens in a speaker phrase read forward
CLOSED_REACH = 3  # words before the cue after a quotation that ends its sentence ("…!“ the old man cried)
MAX_BEFORE_CUE = 20  # tokens between a quotation and a following cue ("…,” Rep. X (D-N.C.), head of …, said)
APPOSITION = frozenset(",()")
CLAUSE_BREAKS = frozenset(",;:()—–-!?")  # "„Pfui! “) -- I. Präsident bemerkt": the clause after them
OPENING_MARKS = frozenset("„“«»‚\"")
CLOSING_MARKS = frozenset("“”»«‘\"")
QUOTED_NAME = 4  # words of a name in quotation marks ("„New= Yorker Handelsztg. “")
PERCEPTION_REACH = 10  # tokens between a verb of perception and the cue it governs
IMPERSONAL = frozenset({"it", "es", "det", "il", "man", "on"})  # pronouns that name no speaker
NO_SUBJECT = frozenset({"it", "es", "det", "il"})  # ... and that never stand for one ("man" may: "sagt man")
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
präs hr hrn fr frl angekl dt bzw sog vgl mme mlle sr sra dra ew abg vors se geb gest
""".split())


ROMAN = frozenset("IVX")


def _is_abbrev_dot(toks: list[Token], i: int) -> bool:
    """A full stop right after an abbreviation or an initial ("Mr.", "Rep.", "H.", "Präs.")."""
    if toks[i].text != "." or i == 0 or toks[i - 1].end != toks[i].start or not toks[i - 1].is_word:
        return False
    word = toks[i - 1].text
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def _ordinal_dot(toks: list[Token], i: int) -> bool:
    """A full stop glued to a number of one or two digits or a Roman numeral: an ordinal ("am 9.
    September", "Heinrich III.")."""
    if toks[i].text != "." or i == 0 or toks[i - 1].end != toks[i].start:
        return False
    word = toks[i - 1].text
    return (word.isdigit() and len(word) <= 2) or (2 <= len(word) <= 4 and set(word) <= ROMAN)


def is_sentence_end(toks: list[Token], i: int, rules: Rules | None = None) -> bool:
    """A token that ends a sentence (a stop not after an abbreviation, ! or ?), unless the sentence
    goes on in lower case ("Die „Saarztg. “schreibt …") or, where the table says so, the stop marks
    an ordinal number ("berichtet unterm 9. September: …")."""
    if toks[i].text not in SENTENCE_END or _is_abbrev_dot(toks, i):
        return False
    if rules is not None and rules.ordinal_stops and _ordinal_dot(toks, i):
        return False
    j = i + 1
    while j < len(toks) and j - i <= 2 and toks[j].text in CLOSING_MARKS:
        j += 1
    return not (j > i + 1 and j < len(toks) and toks[j].is_word and toks[j].text[0].islower())


def np_word(tok: Token, rules: Rules) -> bool:
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
    noun = False  # where nouns are capitalised, a determiner phrase ends after its noun (and name)
    j = i
    while j < len(toks) and j - i < MAX_SPEAKER:
        tok = toks[j]
        if j > i and tok.low in rules.auxiliaries:
            break  # "Der Mönch hatte …": the verb ends the subject
        if noun and tok.is_word and not tok.is_capitalised and not (
                tok.low in rules.links and j + 1 < len(toks) and toks[j + 1].is_capitalised):
            break  # "der König seinen Mund …": the noun ends the subject
        noun = noun or (rules.capitalised_nouns and j > i and tok.is_capitalised)
        if proper and j > i and tok.is_word and not (tok.is_capitalised or tok.low in rules.titles):
            if not (tok.low in rules.links and j + 1 < len(toks) and toks[j + 1].is_capitalised):
                break
        if np_word(tok, rules) or (j > i and tok.low in rules.determiners):
            j += 1
        elif tok.text in OPENING_MARKS and _quoted_name(toks, j, 1):
            j = _quoted_name(toks, j, 1)  # "sagt die „Kreuzzeitung “"
        elif _is_abbrev_dot(toks, j) and j + 1 < len(toks) and toks[j + 1].is_capitalised:
            j += 1
        elif tok.text == "," and rules.capitalised_nouns and not (proper or noun) and _adjective_list(toks, j + 1):
            j += 1  # "die milde lächelnde, freundliche Matrone": adjectives before the noun
        else:
            break
    return j if j > i else None


def _adjective_list(toks: list[Token], i: int) -> bool:
    """Lower-case words from ``toks[i]`` up to a capitalised noun (German adjectives after a comma)."""
    k = i
    while k < len(toks) and k - i < 3 and toks[k].is_word and toks[k].text[0].islower():
        k += 1
    return i < k < len(toks) and toks[k].is_word and toks[k].is_capitalised


def _quoted_name(toks: list[Token], m: int, step: int) -> int | None:
    """A name in quotation marks starting (``step`` 1) or ending (-1) at the mark ``toks[m]``
    (newspapers as sources: "die „Kreuzzeitung “"): the index past it (or of its opening mark)."""
    inner = OPENING_MARKS if step < 0 else CLOSING_MARKS
    for n in range(m + step, m + step * (2 * QUOTED_NAME + 1), step):  # words and their dots
        if not 0 <= n < len(toks):
            return None
        tok = toks[n]
        if tok.text in inner and abs(n - m) > 1:
            first = toks[min(n, m) + 1]
            return (n + 1 if step > 0 else n) if first.is_capitalised else None
        if not (tok.is_word or tok.text in ".-="):
            return None
    return None


def _counted(word: str) -> bool:
    """A number that is no year: the head of a counted phrase, never of a speaker ("who in 2010
    said": the year is a time before the verb; whose sayer lies further back)."""
    return word.isdigit() and not (len(word) == 4 and 1800 <= int(word) <= 2100) or \
        bool(re.fullmatch(r"\d[\d.,]*", word)) and not word.isdigit()


def speaker_backward(toks: list[Token], j: int, rules: Rules, floor: int = 0) -> int | None:
    """Start index of a speaker phrase ending just before ``toks[j]`` (a cue), or None."""
    if j - 1 > floor and toks[j - 1].text == ")":
        # "Sen. David Perdue (R-Ga.) said": the party or state in brackets belongs to the name
        opening = next((m for m in range(j - 2, max(floor, j - 10) - 1, -1) if toks[m].text == "("), None)
        if opening is not None and opening > floor and toks[opening - 1].is_capitalised:
            j = opening
    if j - 1 >= floor and j - 1 >= 0 and _counted(toks[j - 1].text):
        return None  # a count is no speaker's head: "149 confirmed orders have been received"
    k = j
    while k > floor:
        tok = toks[k - 1]
        if np_word(tok, rules) or tok.low in rules.determiners or _is_abbrev_dot(toks, k - 1):
            k -= 1
        elif k - 2 >= floor and toks[k - 2].low in rules.determiners and tok.is_word and tok.low not in rules.stopwords:
            k -= 1  # "The report says …": a cue word after a determiner is the noun
        elif tok.text in CLOSING_MARKS and _quoted_name(toks, k - 1, -1) is not None:
            k = _quoted_name(toks, k - 1, -1)  # "Die „Saarztg. “schreibt"
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
                or tok.text == "." or tok.text in OPENING_MARKS or tok.text in CLOSING_MARKS):
            if start is None and m == j - 1 and not rules.capitalised_nouns:
                # a bare lower-case head ("officials said"): keep up to two words (never a German noun)
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
            while j < len(toks) and j - i < MAX_SPEAKER and np_word(toks[j], rules):
                j += 1
            return (i, j)
        return None
    elif not (cue.low in rules.object_cues and toks[i].is_word and toks[i].low not in rules.complementizers):
        return None
    if i < len(toks) and (toks[i].is_capitalised or toks[i].low in rules.determiners or cue.low in rules.object_cues):
        j = i
        while j < len(toks) and j - i < MAX_SPEAKER and np_word(toks[j], rules):
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
    # "…,” panel Chairman Rep. Jason Chaffetz said": a lower-case modifier before a title or name
    modifier = (not rules.capitalised_nouns and i + 1 < len(toks) and first.low not in rules.stopwords
                and not rules.is_cue(first) and (toks[i + 1].is_capitalised or toks[i + 1].low in rules.titles))
    if not (first.is_capitalised or first.low in rules.pronouns or first.low in rules.determiners or modifier):
        return None
    depth = 0  # inside "(D-N.C.)" a full stop ends nothing
    for c in range(i + 1, min(len(toks), i + MAX_BEFORE_CUE)):
        tok = toks[c]
        depth += (tok.text == "(") - (tok.text == ")")
        if depth > 0 or tok.text == ")":
            continue
        if rules.is_cue(tok):
            stop = _aux_before(toks, c, i, rules)
            if stop == i or (rules.verb_second and toks[c - 1].text == ","):
                # "-- Sehen Sie, Herr Britte, rief Walmor, …": after quoted words a verb-second
                # language puts the verb first; a phrase set off before it is a vocative
                return None
            return _with_addressee(toks, c, (i, stop), c + 1, rules)
        if is_sentence_end(toks, c, rules) or (not tok.is_word and tok.text not in APPOSITION and tok.text != "."):
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
    new_sentence = is_sentence_end(toks, i, rules)
    if new_sentence:
        i += 1
        return _speaker_then_cue(toks, i, rules) if i < len(toks) and toks[i].low in rules.pronouns else None
    found = _according(toks, i, rules) or _cue_then_speaker(toks, i, rules) or _speaker_then_cue(toks, i, rules)
    if found is not None and rules.verb_second and found.cue is not None and found.speaker is not None \
            and found.speaker[0] == i and _not_a_subject(toks, found.speaker, rules):
        # "„…“ Also schloß der Christ", "„…“ Damit unterbrach er …": a fronted adverb; the subject
        # follows the cue
        c = found.cue[0]
        end = speaker_forward(toks, c + 1, rules)
        if end is not None and (toks[c + 1].low in rules.pronouns or toks[c + 1].low in rules.determiners) \
                and toks[c + 1].low not in NO_SUBJECT and toks[i].low not in rules.pronouns:
            found = _with_addressee(toks, c, (c + 1, end), end, rules)
    if found is not None and closed and found.cue is not None and found.cue[0] - i > CLOSED_REACH:
        return None
    return found


def verb_then_subject(toks: list[Token], rules: Rules) -> Attribution | None:
    """After a quotation whose sentence goes on (a comma inside its closing mark), a verb-second
    language puts any verb and then the subject: "„Meine Mutter, “stellte er mich ihr vor" is
    attributed though "stellte … vor" is no verb of speech. Only a pronoun or a determiner phrase
    counts as the subject, so a noun after the verb ("„…, “meinte Sorge") stays for the cue rules."""
    if not rules.verb_second or len(toks) < 2:
        return None
    verb, first = toks[0], toks[1]
    if not (verb.is_word and verb.text[0].islower()) or verb.low in rules.stopwords \
            or verb.low in rules.complementizers or verb.low in rules.determiners or verb.low in rules.pronouns:
        return None
    if first.low in rules.pronouns and first.low not in IMPERSONAL:
        return Attribution((0, 1), (1, 2), None, 2)
    end = speaker_forward(toks, 1, rules) if first.low in rules.determiners else None
    return Attribution((0, 1), (1, end), None, end) if end is not None else None


def _not_a_subject(toks: list[Token], sp: tuple[int, int], rules: Rules) -> bool:
    """A phrase before a verb-second cue that is a fronted adverb, not the subject: one word ("Also
    schloß der Christ") or, where nouns are capitalised, one with a lower-case non-noun ("Also
    lockend sprach der Rabbi")."""
    words = toks[sp[0]:sp[1]]
    return len(words) == 1 or (rules.capitalised_nouns and any(
        t.is_word and t.text[0].islower() and t.low not in rules.determiners and t.low not in rules.links
        for t in words))


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
        sp = v2_subject(toks, c, stop, start, end, rules) if rules.verb_second else None
        if sp is not None:
            att = _with_addressee(toks, c, sp, max(sp[1], c + 1), rules)
        elif start is not None:
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
        heard = _heard(toks, c, rules)
        if heard is not None:
            att = Attribution(att.cue, heard, att.addressee, att.last)
        gap = toks[att.last:]
        while gap and gap[-1].text == '"':
            gap = gap[:-1]  # '"… schreef Jobs het volgende:" "Ik heb …"': a segment's stray mark
        # "said that “…”" reports the quotation inside a clause: mixed, not direct
        direct = (not gap or gap[-1].text in {":", ",", "—", "–"}
                  or (len(gap) <= 2 and all(not t.is_word for t in gap)))
        direct = direct and not any(t.low in rules.complementizers for t in gap)
        return att, direct and len(gap) <= 12
    return None, False


def _heard(toks: list[Token], c: int, rules: Rules) -> tuple[int, int] | None:
    """Who is heard speaking: the object of a verb of perception before an infinitive cue ("und
    hörte sie mit halb erstickter Stimme ausrufen: „…“"), or None."""
    for k in range(c - 1, max(-1, c - PERCEPTION_REACH), -1):
        if toks[k].text in CLAUSE_BREAKS:
            return None
        if toks[k].low in rules.perception and k + 1 < c:
            nxt = toks[k + 1]
            if nxt.low in rules.pronouns and nxt.low not in IMPERSONAL:
                return (k + 1, k + 2)
            end = speaker_forward(toks, k + 1, rules) if nxt.low in rules.determiners else None
            return (k + 1, end) if end is not None and end <= c else None
    return None


def v2_subject(toks: list[Token], c: int, stop: int, start: int | None, end: int | None,
                rules: Rules) -> tuple[int, int] | None:
    """The subject of a verb-second clause with the cue ``toks[c]``, or None.

    The phrase before the cue is the subject only when it fills the whole field before the verb
    ("Der Präsident sagte: …"); after a fronted adverbial the subject follows the verb ("Um
    Mitternacht sagte er ihm: …", "Weiter sagt die „Kreuzzeitung “: …"); in a verb-final clause it
    is the clause's pronoun ("…, worauf er lachend erwiderte: …")."""
    clause = max((k + 1 for k in range(stop) if toks[k].text in CLAUSE_BREAKS), default=0)
    while clause < stop and not toks[clause].is_word and (toks[clause].text not in OPENING_MARKS
                                                          or toks[clause].text == '"' and clause == 0):
        clause += 1  # past a stray straight mark opening a segment ('"De president … zei het volgende:"')
    if clause == stop and clause > 2 and toks[clause - 1].text == ",":
        first = next(k for k in range(clause) if toks[k].text == ",")
        if 0 < first < clause - 2 and toks[0].is_capitalised and all(
                t.is_capitalised and np_word(t, rules) or t.text == "." for t in toks[:first]):
            return (0, first)  # "Louis Gallois, president en CEO van het bedrijf, verklaarde het volgende: …"
    if start is not None and start == clause:
        if stop - start == 1 and c + 1 < len(toks) and toks[c + 1].low in rules.pronouns \
                and toks[c + 1].low not in NO_SUBJECT:
            return (c + 1, c + 2)  # "Daarnaast kondigde hij aan": one fronted word, then the subject
        if stop - start == 1 and end is not None and toks[c + 1].low in rules.determiners \
                and end < len(toks) and toks[end].text == ",":
            return (c + 1, end)  # "Neuerdings verlangt die Kommission, daß …": the same, a noun phrase
        return None  # the plain order: the phrase before the cue is read as usual
    lone = end == c + 2 and toks[c + 1].low in rules.determiners and toks[c + 1].low not in rules.pronouns
    if end is not None and toks[c + 1].low not in NO_SUBJECT and not lone and (
            toks[c + 1].low in rules.pronouns or toks[c].low not in rules.object_cues):
        return (c + 1, end)  # a lone article is no subject ("zei het volgende:")
    if clause > 0 or start is None:
        for k in range(clause, stop):
            if toks[k].low in rules.pronouns and toks[k].low not in NO_SUBJECT:
                return (k, k + 1)
    if start is not None and clause < start and toks[clause].is_capitalised and toks[start].is_capitalised \
            and toks[start].low not in rules.determiners and stop == c and all(
                np_word(t, rules) and t.low not in rules.determiners for t in toks[clause:start]):
        return (clause, stop)  # "Chief executive Thomas Enders zei …": a title run into the name
    if clause < stop and toks[clause].is_word:
        head = speaker_forward(toks, clause, rules)
        if head is not None and head <= stop:
            return (clause, head)
    # "Nun näherte der König … und sagte: …" (adverb, verb, subject) and, after a subordinate
    # clause, "…, sprang Jener auf und rief aus: …" (verb, subject)
    verb = clause + 1 if clause < stop and toks[clause].low in rules.stopwords else clause
    if verb + 1 < stop and toks[verb].is_word \
            and toks[verb].text[0].islower() and toks[verb].low not in rules.stopwords:
        head = speaker_forward(toks, verb + 1, rules)
        if head is not None and head <= stop:
            return (verb + 1, head)
    return None


def sentence_tail(toks: list[Token], rules: Rules | None = None) -> list[Token]:
    """The tokens after the last sentence end (the start of the current sentence), past the
    closing mark of that sentence („… sehen. “Nun näherte …")."""
    for k in range(len(toks) - 1, -1, -1):
        if is_sentence_end(toks, k, rules):
            while k + 1 < len(toks) and toks[k + 1].text in CLOSING_MARKS and (
                    toks[k + 1].start == toks[k].end or (k + 2 < len(toks) and toks[k + 2].start == toks[k + 1].end)):
                k += 1  # glued to the stop, or (detokenised text) to the next word
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
