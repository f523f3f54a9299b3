"""Sayers: a name that says a clause with a subject of its own owns none of its figures.

"Nadeau said the sale of the three non-food businesses ...", "Cuban authorities estimated that 100,000
women participated", "Marous, chairman and chief executive officer, also said the company expects
sales ... to rise 8.5%": the figures are the said clause's, not the sayer's (but "Avon said it had
243,677 warrants": "it" is Avon). Kept apart from the owner rules (``owners.py``) they serve.
"""

from __future__ import annotations

from bisect import bisect_right

from .context import Name
from .sentence import Sentence, common_word, plural_noun, qualifier


def sayer(s: Sentence, name: Name, lo: int) -> bool:
    """A name saying a clause with a subject of its own owns nothing in it: "Nadeau said the sale of
    the three non-food businesses", "Cuban authorities estimated that 100,000 women participated" (but
    "Avon said it had 243,677 warrants": "it" is Avon)."""
    j = first = _past_apposition(s, bisect_right([t.start for t in s.toks], name.end - 1), lo)
    for _ in range(2):  # the name modifies the sayer: "Cuban authorities estimated that", "Boeing officials said that"
        if j < lo and s.toks[j].low not in s.lex.speech_verbs and common_word(s.toks[j], s.lex):
            j += 1 if plural_noun(s.toks[j].low, s.lex) else 0
    if j > first and not (j + 1 < len(s.toks) and s.toks[j + 1].low in s.lex.subject_openers):
        return False  # "RFE/RL journalists report the news in 27 languages": an object, not a clause
    if j < lo and s.toks[j].low in s.lex.speech_auxiliaries:
        j += 1  # "Nadeau also said", "Nadeau has said"
    if j + 1 >= lo or s.toks[j].low not in s.lex.speech_verbs:
        return j + 1 == lo and s.toks[j].low in s.lex.clause_speech_verbs  # "Dole said 70 percent of the cocaine"
    k = _said_clause_start(s, j, lo)
    q_lo = lo - qualifier(s, lo)[1]
    if k == q_lo and k < lo:  # "says over four hundred hate groups have been identified"
        return True
    nxt = s.toks[k]
    if nxt.low in s.lex.determiners and k + 1 == q_lo:
        return False  # the verb's object, no said clause: "Kekkila reported a 5.6 million markka loss"
    if nxt.text[:1].isupper() and any(n.start == nxt.start for n in s.names):
        return True  # the said clause opens with another name: "Acme reported that Beta's revenue rose 5%"
    if nxt.number >= 0:  # the said clause opens with the figure: "estimated that 100,000 women participated"
        # (with a later one after a verb that takes only a clause, "said 70 percent ... and 40 percent"; not after
        # one that may take a figure: "Boeing announced 35 new orders ..., bringing the total to 677")
        return k == lo or s.toks[j].low in s.lex.clause_speech_verbs
    if nxt.low in s.lex.determiners:  # "la propria intenzione di esercitare": the sayer's own, as "its"
        own = k + 1 < len(s.toks) and s.toks[k + 1].low in s.lex.possessives
        return nxt.low not in s.lex.possessives and nxt.text[:1].islower() and not own
    linked = k + 1 < len(s.toks) and s.toks[k + 1].low in s.lex.partitives  # "reported earnings of $16.3 million"
    return common_word(nxt, s.lex) and plural_noun(nxt.low, s.lex) and not linked  # "says women and children make up"


def _past_apposition(s: Sentence, j: int, lo: int) -> int:
    """Past a person's title between commas right after a sayer's name (no article: a company's
    description has one, "Diversified, the holding company for ..., said"), where a verb of speech
    follows it ("Marous, chairman and chief executive officer, also said the company expects sales ...
    8.5%"); else ``j``."""
    toks = s.toks
    if j + 1 >= lo or toks[j].text != "," or toks[j + 1].low in s.lex.determiners:
        return j
    close = next((m for m in range(j + 1, min(lo, j + 12)) if toks[m].text == ","), None)
    if close is None or close + 1 >= lo:
        return j
    verb = close + 1 + (toks[close + 1].low in s.lex.speech_auxiliaries)
    return close + 1 if verb < lo and toks[verb].low in s.lex.speech_verbs else j


def _said_clause_start(s: Sentence, verb: int, lo: int) -> int:
    """The first token of the clause a speech verb says: after "that" ("said that the sale ..."), also
    behind a short time phrase ("said on Tuesday that the lowest-paid bank workers make $12")."""
    lex, toks = s.lex, s.toks
    for m in range(verb + 1, min(lo, verb + 4)):
        if toks[m].low in lex.subject_openers:
            between = toks[verb + 1 : m]
            timed = all(t.low in lex.prepositions or t.low in lex.weekdays or t.low in lex.months for t in between)
            return m + 1 if timed else verb + 1
    return verb + 1
