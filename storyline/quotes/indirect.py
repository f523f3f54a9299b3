"""Indirect and mixed quotations: reported speech without (or with only some) quotation marks.

Three sentence shapes, read on the tokens of one sentence:

1. SPEAKER CUE [addressee] [that] CLAUSE: "Stoltenberg said the alliance will not leave …",
   "NATO's secretary-general urged the Taliban to “live up to their commitments …”";
2. CLAUSE, SPEAKER CUE / CLAUSE, CUE SPEAKER at the end of the sentence: "The plan is …, U.S.
   commanders say";
3. "according to SOURCE, CLAUSE" and "CLAUSE, according to SOURCE".

The reported clause is the content; it is ``mixed`` when it carries quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import (Attribution, addressee_after, after_quote, is_sentence_end, np_word, span,
                          speaker_backward, speaker_forward, v2_subject)
from .extract import Draft
from .rules import Rules, Token, tokenize

MIN_CONTENT = 4  # words in a reported clause
COMPLEMENT_REACH = 6  # tokens between a cue and its "that"
MEDIAL_REACH = 12  # tokens before an attribution inside the sentence ("The museum, Mr. Obama said, …")
NAME_WORDS = 3  # words of a name apposed to a subject ("Der Arzt des Königs, Miron, behauptet …")
LEADING_REACH = 25  # tokens before the cue of a leading attribution
FAR_REACH = 60  # … or before a cue and its complementizer
TRAILING = 4  # tokens allowed after a sentence-final attribution ("…, he said on Tuesday.")


@dataclass(slots=True)
class Clause:
    """A reported clause and its attribution, as token ranges of one sentence."""

    content: tuple[int, int]
    att: Attribution
    rest: tuple[int, int] | None = None  # the content's second part, after an attribution inside it


def _content_start(toks: list[Token], i: int, rules: Rules) -> int:
    """Where the reported clause starts after a cue: past an addressee and a "that"
    ("sagte, dass …", "sagte, er werde …": past the comma too); -1 where the table says a comma
    sets the clause off and none follows the cue closely ("Die Gruppe Triest gab im Jahre 1910 …
    aus": an object, no reported clause)."""
    if rules.clause_comma:
        return _after_comma(toks, i, rules)
    if i + 1 < len(toks) and toks[i].text == "," and (toks[i + 1].low in rules.complementizers
                                                      or toks[i + 1].low in rules.pronouns):
        i += 1
    i = past_time(toks, i, rules)
    # where a report always has its complementizer, it may stand further off ("kondigde als
    # ``voorzorgsmaatregel ' ' aan dat …", "dijo sobre la integración del nuevo avión que …")
    reach = 2 * COMPLEMENT_REACH if rules.complement_required else COMPLEMENT_REACH
    for k in range(i, min(len(toks), i + reach)):
        if toks[k].low in rules.complementizers:
            # "noted that, like him, Mrs. Clinton had been …": past a comma opening an inserted phrase
            return k + 2 if k + 1 < len(toks) and toks[k + 1].text == "," else k + 1
        if toks[k].text in {",", ".", ";", ":"}:
            break
    return i


def past_time(toks: list[Token], i: int, rules: Rules) -> int:
    """The index after a time phrase starting at ``toks[i]`` ("said Friday …", "announced on
    Friday …", "zei vrijdag …"): the time of the saying, no part of what was said."""
    k = i + 1 if i + 1 < len(toks) and toks[i].low in rules.stopwords and toks[i + 1].low in rules.time_words else i
    if k >= len(toks) or toks[k].low not in rules.time_words:
        return i
    while k < len(toks) and toks[k].low in rules.time_words:
        k += 1
    # "The difference now, he told me on Friday, is that …": a time phrase closing a medial attribution
    return k if k < len(toks) and toks[k].is_word else i


def _adverbial(tok: Token, rules: Rules) -> bool:
    """A word that opens an adverbial phrase, not a clause ("in response to …", "with …")."""
    return tok.low in rules.stopwords and tok.low not in rules.complementizers and tok.low not in rules.pronouns \
        and tok.low not in rules.determiners


def _timed_adverbial(toks: list[Token], i: int, rules: Rules) -> bool:
    """A time phrase and an adverbial phrase from ``toks[i]``, no clause ("said Friday in response
    to U.S. missile attacks …"): the words after an attribution that ends a report."""
    k = past_time(toks, i, rules)
    return i < k < len(toks) and _adverbial(toks[k], rules) and not any(
        t.low in rules.complementizers for t in toks[k:k + COMPLEMENT_REACH])


def _after_comma(toks: list[Token], i: int, rules: Rules) -> int:
    """The reported clause after the first comma within reach of the cue, past a "dass" ("versichert
    auf das bestimmteste, daß …", "verlangt der „Dzennik Polski “, die Polen mögen …"), or after a
    farther ", dass" ("behauptet es nach dem Ereigniß … gehört zu haben, daß …"); -1 if none."""
    for k in range(i, len(toks) - 1):
        if toks[k].text == "," and (k < i + COMPLEMENT_REACH or toks[k + 1].low in rules.complementizers):
            return k + 2 if toks[k + 1].low in rules.complementizers else k + 1
        if toks[k].text in {";", ":"} or is_sentence_end(toks, k, rules):
            break
    return -1


def _leading(toks: list[Token], rules: Rules) -> Clause | None:
    """SPEAKER CUE [addressee] [that] CLAUSE, the cue among the first words of the sentence."""
    for c in range(1, min(len(toks), FAR_REACH)):
        if c >= LEADING_REACH and not (rules.is_cue(toks[c]) and c + 1 < len(toks)
                                       and toks[c + 1].low in rules.complementizers):
            continue  # far into a long sentence only "said that …" ("Megan Hester, senior associate …, said that …")
        prep = int(c + 1 < len(toks) and toks[c + 1].low in rules.stopwords
                   and f"{toks[c].low} {toks[c + 1].low}" in rules.preposition_cues)
        if not (rules.is_report_cue(toks[c]) or prep) or rules.fused_pronoun(toks[c]) or _noun(toks, c, rules):
            continue
        if toks[c - 1].low in rules.coordinators or toks[c - 1].text == "," and toks[c].low in rules.participles:
            # "Rival Hillary Clinton had mocked the complaint, saying …", "Machado … and said …"
            subject = _sentence_subject(toks, c, rules)
            clause = _clause(toks, c, subject, None, c + 1 + prep, rules) if subject is not None else None
            if clause is not None:
                return clause
            continue
        stop = c
        while stop > 0 and toks[stop - 1].low in rules.auxiliaries:
            stop -= 1
        start = speaker_backward(toks, stop, rules)
        located = _company_and_town(toks, stop) if start is None else None
        if located is not None:
            start, stop = located
        elif start is None and stop > 2 and toks[stop - 1].text == ",":
            # "China, Pyongyang's only ally …, said it was …": the subject before an apposition
            comma = next(k for k in range(stop) if toks[k].text == ",")
            first = next(k for k in range(comma) if toks[k].is_word) if any(t.is_word for t in toks[:comma]) else 0
            apposed = toks[comma + 1:stop - 1]
            if 0 < comma < stop - 1 and toks[0].low in rules.determiners and 0 < len(apposed) <= NAME_WORDS \
                    and all(t.is_word and t.is_capitalised for t in apposed):
                start, stop = comma + 1, stop - 1  # "Der Arzt des Königs, Miron, behauptet …": the name
            elif 0 < comma < stop - 1 and all(np_word(t, rules) or t.text == "." for t in toks[first:comma]) \
                    and toks[first].is_capitalised:
                start, stop = first, comma  # '"Lewis W. Teperman, arts bij New York University, zegt dat"': past a mark
            else:
                # "In a statement, one of the attorneys, Justin Bamberg, said …": the name before the comma
                named = speaker_backward(toks, stop - 1, rules)
                if named is not None and toks[named].is_capitalised and toks[named].low not in rules.determiners:
                    start, stop = named, stop - 1
        if start is not None and 0 < start < stop and all(np_word(t, rules) for t in toks[:start]):
            start = 0  # "Foreign policy analysts said …": the whole subject, modifiers included
        if rules.verb_second:
            # "Wir können in der That sagen, daß …": the verb-second subject, not the nearest noun
            sp = v2_subject(toks, c, stop, start, speaker_forward(toks, c + 1, rules), rules)
            if sp is not None and sp[0] == c + 1 and sp[1] < len(toks) \
                    and (toks[sp[1]].text == "," or toks[sp[1]].low in rules.complementizers
                         or sp[1] - sp[0] == 1 and toks[sp[0]].low in rules.pronouns) \
                    and not any(t.low in rules.pronouns for t in toks[:c]):
                # "Jn einer … Rede im Abgeordnetenhaus betonten Ew. Exzellenz, daß …", "Daarnaast
                # kondigde hij aan dat …", "Tijdens een persconferentie op 16 juli zei Jobs dat …": after the cue
                clause = _clause(toks, c, sp, None, sp[1], rules)
                if clause is not None or not _needs_complement(toks[c], rules):
                    return clause
                continue
            start, stop = sp if sp is not None and sp[1] <= c else (start, stop)
        if start is None or (start > 0 and toks[start - 1].is_word and toks[start - 1].low not in rules.stopwords):
            continue
        addr = None if prep or not rules.is_cue(toks[c]) else addressee_after(toks, c + 1, rules, toks[c])
        clause = _clause(toks, c, (start, stop), addr, addr[1] if addr else c + 1 + prep, rules)
        if clause is not None and start > 0 and toks[start - 1].text == "," and _timed_adverbial(toks, c + 1, rules) \
                and sum(t.is_word for t in toks[:start]) >= MIN_CONTENT:
            return None  # "…, New Zealand said Friday in response to …": what was said comes before
        if clause is not None or not _needs_complement(toks[c], rules):
            return clause
    return None


def _sentence_subject(toks: list[Token], c: int, rules: Rules) -> tuple[int, int] | None:
    """The subject opening the sentence whose second verb is the cue ``toks[c]``, past a fronted
    phrase set off by a comma ("On Monday night, Clinton leaned in …, painting …"): a name, a
    pronoun or a determiner phrase followed by its verb, or None."""
    start = 0
    if toks[0].low in rules.stopwords and toks[0].low not in rules.determiners:
        start = next((k + 1 for k in range(c) if toks[k].text == ","), c)
    end = speaker_forward(toks, start, rules)
    if end is None or end >= c - 1 or not toks[end].is_word or toks[end].is_capitalised:
        return None
    return (start, end)


def _noun(toks: list[Token], c: int, rules: Rules) -> bool:
    """Whether the cue word ``toks[c]`` is a noun after a determiner or possessive ("his plan would
    dole out …", "the call came after …"), not a verb of saying."""
    if c + 1 < len(toks) and toks[c + 1].low in rules.complementizers:
        return False  # "Trump's claim that there have been …": a noun of speech reports its clause
    before = toks[c - 1].low
    if before.endswith(("'s", "’s")):  # "the candidate's call came …"; "he's said" is "he has"
        before = before[:-2]
        return toks[c - 1].is_word and before not in rules.pronouns and before not in rules.relatives
    return (before in rules.determiners or before in rules.possessives) and before not in rules.complementizers \
        and before not in rules.pronouns and before not in rules.relatives


def _needs_complement(cue: Token, rules: Rules) -> bool:
    """Whether a cue reports only a clause opened by a complementizer: every cue where the
    language always writes one ("dijo que …", "zei dat …"; "Apple anuncia una nueva gama de iPod"
    reports nothing), and verbs that otherwise take an object ("announces that it has achieved
    fusion ignition", not "Russia announces the annexation of …", "the World Cup concludes with …")."""
    return rules.complement_required or cue.low in rules.that_cues or cue.low in rules.phrase_cues


def _object(toks: list[Token], c: int, body: int, rules: Rules) -> bool:
    """Whether what follows the cue ``toks[c]`` from ``body`` is its object, not a reported clause:
    no complementizer where the language or the verb needs one ("kunngjorde gjennombruddet"), or,
    after an English verb that takes objects, a prepositional phrase ("the FIFA World Cup concludes
    with …"): a noun phrase after "announced" stays a report, as PolNeAR reads it ("… announced
    their support")."""
    if not _needs_complement(toks[c], rules) or toks[body - 1].low in rules.complementizers:
        return False
    marked = body + (toks[body].low in rules.infinitive_markers)
    if marked < len(toks) and toks[marked].low in rules.infinitives:
        return False  # "Cisco dichiara di aver ricevuto il marchio": the subject's own report, in the infinitive
    return rules.complement_required or toks[c].low in rules.that_cues or _adverbial(toks[body], rules)


def _company_and_town(toks: list[Token], stop: int) -> tuple[int, int] | None:
    """The company of the business wires' "Norton Co., Worcester, Mass., said …": three or four
    comma-set runs of capitalised words before the cue, the first a lone word opening the
    sentence when there are four ("Separately, America West Airlines, Phoenix, Ariz., reported …").
    Returns the company's token range, or None."""
    if stop < 4 or toks[stop - 1].text != ",":
        return None
    runs: list[tuple[int, int]] = []
    begin = 0
    for k in range(stop):
        if toks[k].text == ",":
            runs.append((begin, k))
            begin = k + 1
    if len(runs) not in (3, 4) or begin != stop:
        return None
    if any(a == b or not all(t.is_capitalised or t.text == "." for t in toks[a:b]) for a, b in runs):
        return None
    if len(runs) == 4 and runs[0][1] - runs[0][0] != 1:
        return None
    return runs[len(runs) - 3]


def _clause(toks: list[Token], c: int, speaker: tuple[int, int], addr: tuple[int, int] | None, after: int,
            rules: Rules) -> Clause | None:
    """The reported clause after an attribution ending at ``after``, if it is long enough."""
    body = _content_start(toks, after, rules)
    end = len(toks) - 1 if toks[-1].text in ".!?" else len(toks)
    if body < 0 or body >= end or _object(toks, c, body, rules) or sum(t.is_word for t in toks[body:end]) < MIN_CONTENT \
            or not toks[body].is_word and toks[body].text not in "“\"„«‘":
        return None
    return Clause((body, end), Attribution((c, c + 1), speaker, addr, c + 1))



def _trailing(toks: list[Token], rules: Rules) -> Clause | None:
    """CLAUSE, SPEAKER CUE / CLAUSE, CUE SPEAKER / CLAUSE, according to SOURCE."""
    for k in range(len(toks) - 2, 2, -1):
        if toks[k].text != ",":
            continue
        att = after_quote(toks, k + 1, rules)
        if att is None or att.speaker is None or _has_object(toks, att, rules) \
                or (len(toks) - att.last > TRAILING and not _timed_adverbial(toks, att.last, rules)
                    and not (rules.according_at(toks, k + 1) and toks[att.last].text == ",")) \
                or _direct_only(toks, att, rules):
            continue
        if sum(t.is_word for t in toks[:k]) < MIN_CONTENT:
            return None
        return Clause((0, k), att)
    return None


def _has_object(toks: list[Token], att: Attribution, rules: Rules) -> bool:
    """Whether the verb ending an attribution has an object of its own ("Amid a government
    crisis, Liz Truss announces her resignation"): then what comes before it is no reported
    clause. Verbs that take an addressee ("told her aides") are not asked."""
    if att.cue is None or att.cue[1] != att.last or att.last >= len(toks):
        return False
    return toks[att.last].low in rules.possessives and toks[att.cue[0]].low not in rules.object_cues


def _parenthetical(toks: list[Token], rules: Rules) -> Clause | None:
    """CLAUSE, as SPEAKER CUE, CLAUSE: "Er soll, wie Augenzeugen berichten, eine Kurve zu kurz
    genommen haben", "So verlangen, wie Oekonomierat Göthe kürzlich ausführte, manche Böden …": the
    sentence around the parenthesis is reported, in two segments."""
    for k in range(1, len(toks) - 3):
        if toks[k].text != "," or toks[k + 1].low not in rules.as_words:
            continue
        end = speaker_forward(toks, k + 2, rules)
        close = next((m for m in range(k + 2, min(len(toks), k + MEDIAL_REACH)) if toks[m].text in ",.;:"), None)
        if end is None or close is None or toks[close].text != "," \
                or not any(rules.is_report_cue(t) for t in toks[end:close]):
            continue
        cue = next(m for m in range(end, close) if rules.is_report_cue(toks[m]))
        last = len(toks) - 1 if toks[-1].text in ".!?" else len(toks)
        if sum(t.is_word for t in toks[:k]) + sum(t.is_word for t in toks[close + 1:last]) < MIN_CONTENT:
            return None
        return Clause((0, k), Attribution((cue, cue + 1), (k + 2, end), None, close), (close + 1, last))
    return None


def _direct_only(toks: list[Token], att: Attribution, rules: Rules) -> bool:
    """The attribution's verb attributes quoted words only ("Wenn dies Klugheit ist, dann gibt es
    keine Thorheit": no report)."""
    return att.cue is not None and toks[att.cue[0]].low in rules.direct_only_cues


def _medial(toks: list[Token], rules: Rules) -> Clause | None:
    """CLAUSE, SPEAKER CUE, CLAUSE: "The museum, Mr. Obama said, would make visitors face …" (one
    reported sentence in two segments around its attribution)."""
    for k in range(1, min(len(toks) - 2, MEDIAL_REACH)):
        if toks[k].text != ",":
            continue
        att = after_quote(toks, k + 1, rules)
        if att is None or att.speaker is None or att.cue is None or att.last >= len(toks) \
                or toks[att.last].text != "," or _direct_only(toks, att, rules):
            continue
        end = len(toks) - 1 if toks[-1].text in ".!?" else len(toks)
        if sum(t.is_word for t in toks[att.last + 1:end]) < MIN_CONTENT:
            return None
        return Clause((0, k), att, (att.last + 1, end))
    return None


def _subject(toks: list[Token], k: int, rules: Rules) -> tuple[int, int] | None:
    """The subject of a clause before ``toks[k]``: the phrase opening it, or the one after the verb
    that follows a fronted phrase; a pronoun or a phrase of names or nouns, not a bare determiner."""
    start = max((j + 1 for j in range(k) if toks[j].text == ","), default=0)  # the clause holding it
    if toks[start].low in rules.stopwords or toks[start].text[0].islower():
        # a fronted phrase or clause ("Ohne … zu nehmen, eilte er …"): the subject follows the verb
        verb = next((j for j in range(start, k) if toks[j].is_word and toks[j].text[0].islower()
                     and toks[j].low not in rules.stopwords and toks[j].low not in rules.determiners), None)
        if verb is None:
            return None
        start = verb + 1
    end = speaker_forward(toks, start, rules)
    if end is None or end >= k or not any(t.low in rules.pronouns or t.is_capitalised and t.low not in rules.determiners
                                          for t in toks[start:end]):
        return None
    return (start, end)


def _noun_report(toks: list[Token], rules: Rules) -> Clause | None:
    """A noun of speech and its clause ("Die von einigen Wiener Blättern gebrachte Nachricht, dass
    …", "Graf Tisza kam … mit der Mitteilung zu Hilfe, daß …"): the clause after "that" is reported;
    its speaker is the sentence's subject, before the verb or after a fronted phrase ("Zu Beginn der
    Sitzung macht Herr Bürgermeister Josef von Engel die Mittheilung, daß …"), else unknown."""
    for k in range(1, len(toks) - 3):
        if toks[k].low not in rules.report_nouns or not toks[k].is_capitalised or toks[k + 1].text != "," \
                or toks[k + 2].low not in rules.complementizers:
            continue
        speaker = _subject(toks, k, rules)
        clause = _clause(toks, k, speaker or (k, k), None, k + 1, rules)
        if clause is not None and speaker is None:
            clause.att = Attribution((k, k + 1), None, None, k + 1)
        return clause
    return None


def _according_first(toks: list[Token], rules: Rules) -> Clause | None:
    """According to SOURCE, CLAUSE."""
    n = rules.according_at(toks, 0)
    if not n or (rules.capitalised_nouns and speaker_forward(toks, n, rules) is None):
        return None  # "So lebte, nach …": where nouns are capitalised, "so" before a verb is "thus"
    for k in range(n + 1, min(len(toks), n + 12)):
        if toks[k].text == ",":
            end = len(toks) - 1 if toks[-1].text in ".!?" else len(toks)
            if sum(t.is_word for t in toks[k + 1:end]) < MIN_CONTENT:
                return None
            return Clause((k + 1, end), Attribution((0, n), (n, k), None, k))
    return None


def _answered(toks: list[Token], clause: Clause, rules: Rules) -> Clause | None:
    """A second report inside a reported clause: "Ich bat den Kammerherrn, daß …, allein er
    antwortete, es sei üblich, …" holds the answer of "er" after the request; returns it (the
    first clause then ends before it), or None. Only a pronoun or a capitalised subject right
    before a cue followed by a comma counts."""
    body, end = clause.content
    for c in range(body + 2, end - MIN_CONTENT):
        if not rules.is_report_cue(toks[c]) or toks[c + 1].text != ",":
            continue
        subj = toks[c - 1]
        if not (subj.low in rules.pronouns or subj.is_capitalised) or subj.low in rules.stopwords:
            continue
        start = c - 1
        if start > body and toks[start - 1].is_word and toks[start - 1].low not in rules.stopwords:
            continue  # "die Zeugen antworteten": a longer subject is left to the clause rules
        second = _clause(toks, c, (start, c), None, c + 1, rules)
        if second is not None:
            return second
    return None


def _second_verb(toks: list[Token], clause: Clause, rules: Rules) -> Clause | None:
    """A second report of the same speaker inside a reported clause: "Rival Hillary Clinton had
    mocked the complaint, saying anybody who …" reports the complaint, then what she said; returns
    the second (the first then ends before it), or None."""
    body, end = clause.content
    for c in range(body + 1, end - MIN_CONTENT):
        if rules.is_report_cue(toks[c]) and (toks[c - 1].low in rules.coordinators
                                            or toks[c - 1].text == "," and toks[c].low in rules.participles):
            second = _clause(toks, c, clause.att.speaker, None, c + 1, rules)
            if second is not None:
                return second
    return None


def _draft(text: str, toks: list[Token], clause: Clause, marks: re.Pattern[str]) -> Draft | None:
    """The draft of one reported clause, kind mixed when it carries quotation marks."""
    segs = [r for r in (span(toks, clause.content), span(toks, clause.rest)) if r is not None]
    if not segs:
        return None
    kind = "mixed" if any(marks.search(text, a, b) for a, b in segs) else "indirect"
    return Draft(segs, -1, span(toks, clause.att.speaker), span(toks, clause.att.cue),
                 span(toks, clause.att.addressee), True, kind)


def indirect_quotes(text: str, sents: list[tuple[int, int]], rules: Rules,
                    taken: list[tuple[int, int]], marks: re.Pattern[str]) -> list[Draft]:
    """Indirect and mixed quotations of the sentences that hold no direct quotation."""
    out: list[Draft] = []
    taken = sorted(taken)
    j = 0
    last: Draft | None = None  # the report the sentence before held, which a subjunctive one goes on
    for s, e in sents:
        while j < len(taken) and taken[j][1] <= s:
            j += 1
        if j < len(taken) and taken[j][0] < e:
            last = None
            continue
        cued = rules.may_report(text, s, e)
        toks = tokenize(text, s, e) if cued or last is not None else []
        if len(toks) < MIN_CONTENT + 2:
            last = None
            continue
        clause = (_leading(toks, rules) or _according_first(toks, rules) or _noun_report(toks, rules)
                  or _trailing(toks, rules) or _medial(toks, rules)
                  or _parenthetical(toks, rules)) if cued else None
        if clause is None:
            last = _going_on(toks, last, rules)
            if last is not None:
                out.append(last)
            continue
        second = (_answered(toks, clause, rules) or _second_verb(toks, clause, rules)) if clause.rest is None else None
        if second is not None:
            cut = second.att.speaker[0] if second.att.speaker[0] > clause.content[0] else second.att.cue[0]
            while cut > clause.content[0] and not toks[cut - 1].is_word:
                cut -= 1
            first = toks[cut - 1].low if cut > clause.content[0] else ""
            if first in rules.stopwords:  # "…, allein er antwortete": the conjunction goes too
                cut -= 1
                while cut > clause.content[0] and not toks[cut - 1].is_word:
                    cut -= 1
            clause = Clause((clause.content[0], cut), clause.att)
        last = None
        for part in (clause, second):
            draft = _draft(text, toks, part, marks) if part is not None else None
            if draft is not None:
                out.append(draft)
                last = draft
    return out


def after_attribution(text: str, sents: list[tuple[int, int]], rules: Rules, drafts: list[Draft],
                      marks: re.Pattern[str]) -> list[Draft]:
    """Reports that go on after a direct quotation's attribution, by the same speaker: '"We do not
    see a link to terrorism," the mayor said, adding that it would take "more hours" …' (the
    participle's clause, up to the sentence end or the next quotation)."""
    out: list[Draft] = []
    starts = sorted(d.start for d in drafts)
    for d in drafts:
        if d.speaker is None or d.cue is None or not rules.participles:
            continue
        after = max(d.end, d.speaker[1], d.cue[1])
        end = next((e for s, e in sents if s <= after < e), None)
        if end is None:
            continue
        end = min([end] + [s for s in starts if after <= s < end])
        toks = tokenize(text, after, end)
        for c in range(1, min(len(toks), TRAILING + 2)):
            if toks[c - 1].text == "," and toks[c].low in rules.participles:
                clause = _clause(toks, c, (0, 0), None, c + 1, rules)
                segment = span(toks, clause.content) if clause is not None else None
                if segment is not None:
                    kind = "mixed" if marks.search(text, *segment) else "indirect"
                    out.append(Draft([segment], -1, d.speaker, span(toks, (c, c + 1)), None, True, kind))
                break
    return out


def _going_on(toks: list[Token], last: Draft | None, rules: Rules) -> Draft | None:
    """A sentence after a report that goes on in the reported mood, without a cue of its own ("Der
    Letztere erwiderte, er weise … darauf hin, daß … . Der Museumsbau werde künftigen Geschlechtern
    davon Zeugniß geben, …"): more of the same report, by the same speaker; None otherwise."""
    if last is None or not rules.subjunctives or toks[-1].text == "?":
        return None
    for k, tok in enumerate(toks[:-1]):
        if tok.low in rules.subjunctives and not (k > 0 and toks[k - 1].low in rules.first_persons):
            end = len(toks) - 1 if toks[-1].text in ".!" else len(toks)
            return Draft([(toks[0].start, toks[end - 1].end)], -1, last.speaker, None, None, True, "indirect")
    return None
