"""Whose figure it is: the owner (subject) rules of the figures layer.

``subject_of`` tries the rules in order, from the noun phrase of the number outwards: a name
modifying the counted noun, possessives, an owner after the noun, relative clauses on it, pronouns
pointing back, recipients, the clause's subject (by its position: after determiners, titles,
datelines, a partitive-linked head), the sentence's subject for a clause without one, an apposition
or an opening role phrase. Per-language words come from the tables (``storyline/lang/<code>/figures.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .context import Name, Tok
from .lexicon import Lexicon
from .numbers import Number
from .sayers import sayer
from .sentence import PUNCT_STOP, Sentence, common_word, is_capitalised, qualifier, unsaid

OWNERLESS = frozenset({"people", "deaths", "injured"})  # victims are counted, not owned


def _apposed(s: Sentence, clause_start: int) -> tuple[Name | None, str]:
    """The name a clause is in apposition to: "Scott, 43, a father of seven" is Scott's count."""
    if clause_start == 0:
        return None, ""
    before = [n for n in s.names if n.end <= s.toks[clause_start].start and not _maker(s, n)]
    return (before[-1], "name the phrase is in apposition to") if before else (None, "")


def subject_of(s: Sentence, lo: int, hi: int, measure: str, m_lo: int, m_hi: int) -> tuple[Name | None, str]:
    """Whose figure it is, by the first rule that finds a name.

    In order: a name modifying the counted noun ("8,000 U.S. soldiers"; not a maker of made things,
    "22 new Boeing 787 aircraft", "20 of Boeing's planes"), a possessive right before the number
    ("NATO's 12,000 troops", "Elian's two grandmothers from Cuba"; none after an unnamed one's, "the
    company's C$900 million"), an owner after the counted noun
    ("troops under NATO command"; the buyer after "to" for made things), the possessive name a
    pronoun points back to ("Elian's father, his four grandparents"), the owner of a phrase a
    bracketed figure follows, a recipient ("give Orkem a 53.2% stake"), a possessive heading the
    clause, the name a share goes to (not for a share of what a name owns), the clause's subject
    ("Nato har rundt 11.000 soldater"), the sentence's subject for a clause without one of its own
    ("Qatar Airways, which ..., will purchase 20").
    Lengths and weights, and victims, have no owner but a possessive (people hired or laid off are
    the employer's); a deal's price has none.
    """
    toks, lex, clause_start = s.toks, s.lex, s.clause[lo]
    c_lo, c_hi = toks[clause_start].start, clause_end(s, lo)
    if m_lo >= hi:  # a figure closing the sentence ("fell 12.5 points to 3,010.2.") has an empty phrase after it
        np_lo = toks[hi].start if hi < len(toks) else c_hi
    else:
        np_lo = toks[max(clause_start, m_lo - 3)].start
    np_hi = toks[m_lo].start if m_lo < len(toks) else c_hi
    candidates = candidates_of(s, lo, hi)
    described = _hyphen_described(s, hi, candidates)
    if described:
        return described, "name a hyphened measure describes"
    inside = [n for n in candidates if np_lo <= n.start and n.end <= np_hi and not n.place_pp]
    for name in inside:
        if measure not in lex.goods and not _maker(s, name) and name.text.lower() not in lex.group_adjectives:
            return name, "modifier of the counted noun"  # not a group's adjective: "the two Slavic neighbors"
    if m_hi <= lo:  # "an army of 300,000": the noun before the number has no owner of its own,
        near = toks[max(clause_start, m_lo - 6)].start  # but a possessive: "Ryanair's total number of orders"
        owner = [n for n in candidates if n.possessive and near <= n.start and n.end <= toks[m_lo].start]
        if owner:
            return owner[-1], "possessive before the counted noun"
        if unsaid(s, m_lo):
            return _apposed(s, clause_start)
        return None, ""
    if measure.startswith("money:") and _deal(s, lo, hi, m_hi):
        return None, ""
    target = _offer_target(s, hi, candidates) if measure.startswith("money:") else None
    if target:
        return target, "target of the offer the price is for"
    before = [
        n for n in candidates
        if c_lo <= n.start and n.end <= toks[lo].start and not n.place_pp and n not in inside
    ]  # fmt: skip
    q_lo = lo - qualifier(s, lo)[1]
    q_start = toks[q_lo].start
    right_before = [n for n in before if n.possessive and q_start - n.end <= 1]
    if right_before:
        return right_before[-1], "possessive before the number"
    linked = _linked_possessive(s, q_lo, before)
    if linked:
        return linked, "possessive before the noun the number is linked to"
    owner_tok = toks[q_lo - 1] if q_lo > 0 else None
    if owner_tok is not None and owner_tok.text[:1].islower() and owner_tok.low != owner_tok.text.lower():
        return None, ""  # an unnamed owner's: "the company's C$900 million"
    link = toks[m_hi].low if m_hi < len(toks) else ""
    share = link in lex.partitives and (measure == "percent" or measure.startswith("money:"))  # "9.4% of LIN's"
    if (measure == "percent" or measure.startswith("money:")) and link in lex.prepositions and not share:
        held = [
            n for n in candidates
            if n.possessive and m_hi + 1 < len(toks) and n.start == toks[m_hi + 1].start and not _before_number(s, n)
        ]  # fmt: skip
        if held:  # "a decline of 87.5 cents in Intel's stock": a possessive right after the amount's preposition
            return held[0], "possessive after the amount's preposition"
    if (link in lex.owner_prepositions and not share) or (measure in lex.goods and link in lex.recipient_prepositions):
        after = [n for n in candidates if toks[m_hi].end <= n.start <= toks[m_hi].end + 5]
        if after:
            return after[0], "owner after the counted noun"
    relative = _relative_owner(s, lo, m_hi, candidates) if measure not in lex.goods else None
    if relative:
        return relative, "subject of the relative clause on the counted noun"
    pointed = _pointed_owner(s, lo, m_hi if m_lo == hi else hi, candidates)
    if pointed:
        return pointed, "possessive name a possessive pronoun points back to"
    bracketed = _bracketed_owner(s, lo, candidates) if measure not in lex.unowned else None  # "(1.83 and 2 GHz models)"
    if bracketed:
        return bracketed, "name of the phrase the bracketed figure follows"
    ordered = _orderer(s, q_lo, candidates) if measure in lex.goods else None
    if ordered:
        return ordered, "buyer of the order the things are for"
    ownerless = measure in OWNERLESS and not _staff(s, q_lo)
    given = (_recipient(s, lo, candidates) or _supplied(s, lo, candidates)) \
        if not ownerless and measure not in lex.unowned else None  # lengths are nobody's: "des 2,5 Kilometer Rundkurses"
    if given:
        return given, "name the figure is given to"
    heading = [
        n for n in before
        if not _owner_less(s, n, q_lo) and _subject_position(s, n) and not _modifier(s, n) and not sayer(s, n, lo)
        and not _aside(s, n) and not _listed_with(s, n, q_lo)
    ]  # fmt: skip
    if _definite_count(s, lo, q_lo, measure):
        return None, ""  # "investigators ... the two bomb blasts": things named before, not the subject's
    leader = _leader(s, q_lo, before) if measure in ("percent", "point", "percentage point", "votes") else None
    if leader:
        return leader, "name ahead by the margin"
    if any(n.possessive for n in heading) and not ownerless:  # "Elian's mother perished along with 10 others"
        return next(n for n in heading if n.possessive), "possessive heading the clause"
    if ownerless or measure in lex.unowned:
        return None, ""
    if measure == "percent" and _group_share(s, m_hi if m_lo == hi else hi):
        return None, ""  # "Florida is nearly 3% Polish American", "90 percent of the population"
    if measure == "percent":
        paired = _score_pair(s, lo, hi, candidates)
        if paired:
            return paired, "names before a score, in order (Clinton leading Trump 47.3 percent to 44.4)"
    adjacent = [
        n for n in before if not n.possessive and q_start - n.end <= 1 and not n.place_pp and not _modelled(s, n)
    ]
    if measure == "percent" and adjacent:  # a percent after a name is no model number ("Trump 47.3 percent")
        return adjacent[-1], "name right before the share, its verb left out"  # "..., Gary Johnson 3 percent"
    if measure == "percent" and not _share_of_owned(s, m_hi if m_lo == hi else hi, candidates) \
            and not _stake_in(s, m_hi if m_lo == hi else hi):
        stop = next((n.start for n in s.numbers if n.start >= toks[hi - 1].end), c_hi)
        share_hi = m_hi if m_lo == hi else hi
        whole = _partitive_end(s, share_hi)  # "10% of the populations of Wisconsin": the whole's names
        of = share_hi + 1 < len(toks) and toks[share_hi].low in lex.partitives
        modifier = [  # "22% of Democratic claims": the name modifying the whole's noun
            n for n in candidates if of and n.start == toks[share_hi + 1].start and _before_common(s, n)
        ]
        after = modifier or [
            n for n in candidates if whole <= n.start < min(stop, c_hi) and not n.place_pp and not _before_number(s, n)
        ]
        if after:
            return after[-1], "name the share goes to"
    infinitive = _infinitive_subject(s, lo, before)
    if infinitive:
        return infinitive, "subject of the infinitive the figure is in"
    if heading:
        return heading[-1], "subject of the clause"
    antecedent = _antecedent(s, clause_start, candidates)
    if antecedent:
        return antecedent, "name the relative clause is on"
    if clause_start > 0 and _subjectless(s, clause_start):
        first = [
            n for n in candidates
            if n.start < toks[lo].start and not _owner_less(s, n, q_lo) and _subject_position(s, n) and not _aside(s, n)
            and not _modifier(s, n) and not n.place_pp and not sayer(s, n, lo) and not _in_apposition(s, n)
            and not _subordinate(s, n)
        ]  # fmt: skip
        if first:
            return first[-1], "subject of the sentence (clause without one)"
    whole_owner = _whole_owner(s, m_hi if m_lo == hi else hi, candidates) if measure == "percent" else None
    if whole_owner:
        return whole_owner, "possessive owning the whole the share is of"
    apposed = _apposition_head(s, clause_start, candidates)
    if apposed:
        return apposed, "name the phrase is in apposition to"
    role = _role_holder(s, lo, candidates)
    if role:
        return role, "subject the opening role phrase describes"
    return None, ""


def _stake_in(s: Sentence, share_hi: int) -> bool:
    """A share held in something ("participa en un 7,9% en el consorcio Xfera", "a 10% stake in Beta",
    ``STAKE_LINKS``, ``STAKES``): the name after it is what is held, not whom the share goes to."""
    toks, lex = s.toks, s.lex
    k = share_hi + (share_hi < len(toks) and toks[share_hi].low in lex.stakes)
    return k < len(toks) and toks[k].low in lex.stake_links


def _subordinate(s: Sentence, name: Name) -> bool:
    """A name in a clause a subordinator opens ("Als de Amerikanen het voor het zeggen hadden gehad, dan
    moet ... een omzet van 800 miljoen frank", ``SUBORDINATORS``) is that clause's subject, not the
    sentence's: a later clause without a subject does not go on with it."""
    i = bisect_left([t.start for t in s.toks], name.start)
    start = s.clause[min(i, len(s.toks) - 1)]
    return s.toks[start].low in s.lex.subordinators


def _antecedent(s: Sentence, clause_start: int, candidates: list[Name]) -> Name | None:
    """The name right before ", which" / ", que" opening the figure's clause: the relative clause is on it
    ("por las Escuelas Deportivas Municipales, que han contado con 121 monitores"), wherever it stands."""
    toks = s.toks
    if clause_start < 2 or toks[clause_start - 1].text != "," or toks[clause_start].low not in s.lex.relatives:
        return None
    if toks[clause_start].low == "that" or clause_start + 1 >= len(toks):
        return None  # ", that" opens a said clause as often as a relative one
    nxt = toks[clause_start + 1]  # the relative is the clause's subject: a verb follows, not "que Boeing valora"
    if not nxt.text[:1].islower() or nxt.number >= 0 or nxt.low in s.lex.determiners or nxt.low in s.lex.pronouns:
        return None
    name = next((n for n in candidates if n.end == toks[clause_start - 2].end and not n.possessive), None)
    if name is None or name.place_pp or name.text.lower() in s.lex.units or name.text.lower() in s.lex.measures:
        return None  # nor a unit: "2 GB en 4 GB, waarop ... USD 199"
    i = bisect_left([t.start for t in toks], name.start)
    return None if i > 0 and toks[i - 1].low in s.lex.coordinators else name  # "en Barcelona y Sabadell, que"


def _modelled(s: Sentence, name: Name) -> bool:
    """A model's name: digits in it or a number right before it ("Boeing 787", "787 Dreamliner")."""
    first = bisect_left([t.start for t in s.toks], name.start)
    return any(c.isdigit() for c in name.text) or (first > 0 and s.toks[first - 1].number >= 0)


def _infinitive_subject(s: Sentence, lo: int, before: list[Name]) -> Name | None:
    """A name right before an infinitive marker and its verb is that verb's subject ("Analysts expect Acme
    to report earnings of $1.20 a share", "Cineplex expects Rank Organisation PLC to acquire the 51%";
    ``INFINITIVES``), not the clause's (the one who expects)."""
    toks, starts = s.toks, [t.start for t in s.toks]
    for name in reversed(before):
        k, i = bisect_right(starts, name.end - 1), bisect_left(starts, name.start)
        after_verb = i > 0 and common_word(toks[i - 1], s.lex)  # not "its options with Boeing to purchase five"
        if k + 1 < lo and toks[k].low in s.lex.infinitives and common_word(toks[k + 1], s.lex) and after_verb:
            return name if not name.possessive else None
    return None


def _leader(s: Sentence, q_lo: int, before: list[Name]) -> Name | None:
    """A margin after "by" and a word of leading is the leader's: "average shows Clinton likewise ahead
    by 3.7 percentage points" (the name right before the word, an adverb or auxiliary between)."""
    toks, lex = s.toks, s.lex
    if q_lo < 2 or toks[q_lo - 1].low not in lex.margin_links:
        return None
    lead = next((k for k in range(q_lo - 2, max(q_lo - 5, -1), -1) if toks[k].low in lex.leads), None)
    if lead is None:
        return None
    for k in range(lead - 1, max(lead - 4, -1), -1):
        name = next((n for n in before if n.end == toks[k].end and not n.possessive), None)
        if name is not None:
            return name
        if not (toks[k].text[:1].islower() and toks[k].low not in lex.prepositions):
            return None
    return None


def _before_number(s: Sentence, name: Name) -> bool:
    """A possessive name right before another number owns that one: "44 percent to Trump's 34 percent"."""
    nxt = next((t for t in s.toks if t.start >= name.end), None)
    return nxt is not None and nxt.number >= 0


def _listed_with(s: Sentence, name: Name, q_lo: int) -> bool:
    """A name joined to the figure by a coordinator is listed beside what it counts, not its owner:
    "seized Penrose, Frenchman Frederic Malardeau and six other hostages"."""
    j = next((k for k, t in enumerate(s.toks) if t.start >= name.end), len(s.toks))
    return j + 1 == q_lo and s.toks[j].low in s.lex.coordinators


def _definite_count(s: Sentence, lo: int, q_lo: int, measure: str) -> bool:
    """A small count after a definite article ("the two countries", "all three attacks", "entre las dos
    partes") refers back to things named before: the clause's subject does not own them (a possessive,
    a modifier, an owner after the noun or a relative clause still may, and are tried before)."""
    if measure == "percent" or measure.startswith("money:") or q_lo == 0 or s.toks[lo].number < 0:
        return False
    number = s.numbers[s.toks[lo].number]
    return s.toks[q_lo - 1].low in s.lex.definites and (number.spelled or number.value <= 20)


def candidates_of(s: Sentence, lo: int, hi: int) -> list[Name]:
    """The sentence's names that may own the figure at tokens ``[lo, hi)``: not inside the number,
    no place adjective ("a New York-based company"), group of people or label ("Class C warrants")."""
    toks, lex = s.toks, s.lex
    return [
        n for n in s.names
        if not (toks[lo].start <= n.start < toks[hi - 1].end) and not n.text.lower().endswith(lex.place_adjectives)
        and not _people_group(s, n) and n.text.split()[0].lower() not in lex.labels and not _slug(s, n)
    ]  # fmt: skip


def _slug(s: Sentence, name: Name) -> bool:
    """An upper-case topic line opening the sentence before a dash is a wire's slug, no name: "WHEAT
    SALES - The Commodity Credit Corp ...", "MARKET TALK - USDA net change ..." (one word may be an
    acronym: "NATO -")."""
    words = name.text.split()
    if len(words) < 2 or not all(w.isupper() for w in words) or name.start > s.toks[0].start:
        return False
    nxt = next((t for t in s.toks if t.start >= name.end), None)
    return nxt is not None and nxt.text in ("-", "--", "_")


def _in_apposition(s: Sentence, name: Name) -> bool:
    """A name inside a phrase in apposition to another name ("Acme Corp., a unit of Beta Inc., said it
    earned $5 million"): the phrase describes the name before it, which stays the sentence's subject."""
    toks = s.toks
    c = s.clause[bisect_left([t.start for t in toks], name.start)]
    if c < 2 or toks[c - 1].text != "," or not toks[c].text[:1].islower():
        return False
    if toks[c].low not in s.lex.determiners:  # no article: "Acme, filial de Beta, vendió", a verb after the comma
        end = next((k for k in range(c, len(toks)) if toks[k].text == ","), len(toks))  # the phrase's closing comma
        after = end + 1 < len(toks) and toks[end + 1].text[:1].islower() and s.lex.finite(toks[end + 1].low)
        if not (common_word(toks[c], s.lex) and after):
            return False
    return any(n.end == toks[c - 2].end or n.end == toks[c - 2].end - 1 for n in s.names if n is not name)


def _apposition_head(s: Sentence, clause_start: int, candidates: list[Name]) -> Name | None:
    """A clause opening with a determiner right after a name that is a clause of its own and a comma
    is in apposition to it: "Jim Pattison Industries, a holding company with annual sales of about
    C$1.9 billion" (not "If they are African-American, the real unemployment rate")."""
    toks = s.toks
    if clause_start < 2 or toks[clause_start].low not in s.lex.determiners or toks[clause_start - 1].text != ",":
        return None
    name = next((n for n in candidates if n.end == toks[clause_start - 2].end and not n.place_pp), None)
    if name is None or _maker(s, name):
        return None
    first = bisect_left([t.start for t in toks], name.start)
    return name if s.clause[first] == first else None


def _role_holder(s: Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """A figure in an opening role phrase is the main subject's: "As a father and the grandfather of
    eight children -- ... -- Castro said" (the first later name a verb of the table follows)."""
    toks, lex = s.toks, s.lex
    if not toks or toks[0].low not in lex.role_openers or s.clause[lo] != 0:
        return None
    for name in candidates:
        j = bisect_right([t.start for t in toks], name.end - 1)
        verb = j < len(toks) and (toks[j].low in lex.subject_verbs or toks[j].low in lex.speech_verbs)
        if verb and name.start > toks[lo].end:
            return name
    return None


def _hyphen_described(s: Sentence, hi: int, candidates: list[Name]) -> Name | None:
    """A name right after a number glued to its measure by a hyphen is what it measures: "the 22-story
    Cooperative Bank House"."""
    toks = s.toks
    if hi >= len(toks) or not re.search(r"-[^\W\d]", toks[hi - 1].text):
        return None
    return next((n for n in candidates if n.start == toks[hi].start), None)


def _linked_possessive(s: Sentence, q_lo: int, before: list[Name]) -> Name | None:
    """A possessive heading the noun a link word joins the number to: "raises Ratners's U.S. presence
    to 450 stores" (up to three words between the possessive and the link)."""
    link = q_lo - 1
    if link < 1 or s.toks[link].low not in s.lex.back_links:
        return None
    near = s.toks[max(0, link - 4)].start
    owners = [n for n in before if n.possessive and near <= n.start and n.end <= s.toks[link - 1].end]
    return owners[-1] if owners else None


def _offer_target(s: Sentence, hi: int, candidates: list[Name]) -> Name | None:
    """A price followed by an offer word (``OFFERS``, within four words: "a share", "tender") and its
    link (``OFFER_LINKS``) is for the first name after them in the clause: "a $10-a-share tender offer
    for the shares outstanding of Dataproducts Corp." (the target's; "an offer from DPC" is not)."""
    toks, lex = s.toks, s.lex
    k = next((j for j in range(hi, min(len(toks), hi + 4)) if toks[j].low in lex.offers), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].low not in lex.offer_links:
        return None
    if any(t.text in PUNCT_STOP or t.number >= 0 for t in toks[hi:k]):
        return None
    stop = next((t.start for t in toks[k + 2 :] if t.text in PUNCT_STOP), s.end)
    return next((n for n in candidates if toks[k + 1].end < n.start < stop and not n.place_pp), None)


def _orderer(s: Sentence, q_lo: int, candidates: list[Name]) -> Name | None:
    """Made things counted after an order word, its link (``ORDERS``, ``ORDER_LINKS``), a name and a
    preposition are that buyer's: "an order from Qatar Airways for up to 60 of its new A350 jets", "un
    pedido de Quatar Airways para hasta 60"."""
    toks, lex = s.toks, s.lex
    link = q_lo - 1
    if link < 3 or toks[link].low not in lex.prepositions:
        return None
    name = next((n for n in candidates if n.end == toks[link - 1].end and not n.possessive), None)
    if name is None:
        return None
    first = bisect_left([t.start for t in toks], name.start)
    ordered = first >= 2 and toks[first - 1].low in lex.order_links and toks[first - 2].low in lex.orders
    return name if ordered else None


def _staff(s: Sentence, q_lo: int) -> bool:
    """People counted after a verb of hiring or firing are the employer's: "laying off about 300 people"."""
    words = s.words(max(0, q_lo - s.lex.max_phrase), q_lo)
    return bool(s.lex.phrase_ending(words, len(words), s.lex.staff_verbs)[1])


def _deal(s: Sentence, lo: int, hi: int, m_hi: int) -> bool:
    """An amount naming a deal's price: "$40 billion US airtanker contract" (a deal noun within
    three words after it), "un contrato de 40.000 millones", "a deal worth $5 billion" (one before, behind
    prepositions, determiners and words of worth)."""
    toks, lex = s.toks, s.lex
    after = m_hi
    if after < len(toks) and toks[after].text == "(":  # "US$ 40 billion (GB # 20.1 billion) contract"
        after = next((k + 1 for k in range(after, min(len(toks), after + 8)) if toks[k].text == ")"), after)
    for tok in toks[after : after + 3]:
        if tok.text in PUNCT_STOP or tok.number >= 0 or tok.low in lex.prepositions:
            break  # "11.000 millones de $ en acuerdos": earned in deals, the earner's
        if tok.low in lex.deals:
            return True
    k = lo - 1 - qualifier(s, lo)[1]  # "un contrato de 40.000 millones", "un acuerdo por valor de 7.200"
    for _ in range(4):
        if k < 0 or not (toks[k].low in lex.prepositions or toks[k].low in lex.determiners or toks[k].low in lex.worth):
            return k >= 0 and k < lo - 1 and toks[k].low in lex.deals
        k -= 1
    return False


def _pointed_owner(s: Sentence, lo: int, hi: int, candidates: list[Name]) -> Name | None:
    """The owner a possessive pronoun before the number, or after its share's partitive, points back
    to: the last possessive name before it ("Elian's father, his four grandparents", "Jordan's costs
    because 40 percent of its exports")."""
    toks, lex = s.toks, s.lex
    before = lo - 1 - qualifier(s, lo)[1]
    if before >= 0 and toks[before].low in lex.possessives:
        at = before
    elif hi + 1 < len(toks) and toks[hi].low in lex.partitives and toks[hi + 1].low in lex.possessives:
        at = hi + 1
    else:
        return None
    owners = [n for n in candidates if n.possessive and n.end <= toks[at].start]
    return owners[-1] if owners else None


def _relative_owner(s: Sentence, lo: int, m_hi: int, candidates: list[Name]) -> Name | None:
    """The subject of a relative clause on the counted noun has what it counts: "7,000 to 8,000
    employees that Unisys said would be laid off", "the 28,000 systems Sun shipped", "the 50% stake
    it has agreed to acquire" (a pronoun: the last name before the number). The clause is a name or
    a pronoun right after the noun (or a relative word), followed by a verb; after a unit written
    with the number one common noun may come first ("50% stake")."""
    toks, lex = s.toks, s.lex
    at = m_hi + 1 if m_hi < len(toks) and toks[m_hi].low in lex.relatives else m_hi
    if at == m_hi and at + 1 < len(toks) and common_word(toks[at], lex) and toks[at + 1].low in lex.pronouns:
        at += 1  # "the 50% stake it has agreed to acquire"
    if at > m_hi and at + 1 < len(toks) and toks[at].low in lex.determiners and toks[at + 1].text[:1].isupper():
        at += 1  # "het herstel met 7,9 procent dat de Nasdaq liet optekenen": a determiner before the name
    if at + 1 >= len(toks):
        return None
    if toks[at].low in lex.pronouns:
        verb = common_word(toks[at + 1], lex) or toks[at + 1].low in lex.subject_verbs
        before = [
            n for n in candidates
            if n.end <= toks[lo].start and not (n.possessive or n.place_pp or _modifier(s, n) or _aside(s, n))
        ]  # fmt: skip ("Esselte AB, the Stockholm office supplies company, ... the 22% it doesn't own")
        return before[-1] if verb and before and not _maker(s, before[-1]) else None
    name = next((n for n in candidates if n.start == toks[at].start and not n.possessive and not n.place_pp), None)
    if name is None:
        return None
    j = bisect_right([t.start for t in toks], name.end - 1)
    if j >= len(toks):
        return None
    if at > m_hi:  # after a relative word the name is the clause's subject
        return name if common_word(toks[j], lex) or toks[j].low in lex.subject_verbs else None
    nxt = toks[j]  # no relative word: only a verb after the name makes it a clause ("a 50% U.S. market share")
    verb = nxt.low in lex.subject_verbs or nxt.low in lex.speech_verbs or nxt.low in lex.function_words
    return name if verb or (common_word(nxt, lex) and nxt.low.endswith(lex.past_endings or ("\0",))) else None


def _bracketed_owner(s: Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """A figure in brackets after a phrase is the phrase's owner's: "Democratic statements (54%)"."""
    bracket = lo - 1 - qualifier(s, lo)[1]
    if bracket < 2 or s.toks[bracket].text != "(":
        return None
    if any(t.number >= 0 for t in s.toks[max(0, bracket - 3) : bracket]):
        return None  # "942 million Canadian dollars (US$801.2 million)": the same amount again
    near = s.toks[max(0, bracket - 3)].start
    inside = [n for n in candidates if near <= n.start and n.end <= s.toks[bracket].start and not n.place_pp]
    return inside[-1] if inside else None


def _recipient(s: Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """A name right before "a" and the number (an adjective may come between) gets it: "give Orkem a
    controlling 53.2% stake"; so does one right before the number after a verb of giving (``GIVE_VERBS``):
    "Peabody gave Patriot 13 percent of its coal reserves"."""
    det = lo - 1 - qualifier(s, lo)[1]
    given = next((n for n in candidates if det >= 0 and n.end == s.toks[det].end and not n.possessive), None)
    if given is not None:  # no determiner: "Peabody gave Patriot 13 percent of its coal reserves"
        first = bisect_left([t.start for t in s.toks], given.start)
        return given if first > 0 and s.toks[first - 1].low in s.lex.give_verbs else None
    if det > 1 and s.toks[det].text[:1].islower() and s.toks[det].low not in s.lex.function_words:
        det -= 1
    tok = s.toks[det] if det >= 1 else None
    if tok is None or tok.low not in s.lex.determiners or tok.low in s.lex.subject_openers:
        return None
    if not tok.text[:1].islower():
        return None  # "Flight 103 that killed 259 people": "that" opens a clause
    name = next((n for n in candidates if n.end == s.toks[det - 1].end), None)
    return None if name is None or name.possessive or _subject_position(s, name) else name


def _supplied(s: Sentence, lo: int, candidates: list[Name]) -> Name | None:
    """The one a verb of supplying supplies with the number gets it: "supply the United States Air Force
    (USAF) with 179 new aerial refueling tankers" (``SUPPLY_VERBS``, ``SUPPLY_LINKS``)."""
    toks, lex = s.toks, s.lex
    link = lo - 1 - qualifier(s, lo)[1]
    if link < 2 or toks[link].low not in lex.supply_links:
        return None
    k = link - 1
    if toks[k].text == ")":  # an acronym in brackets after the name
        k = next((j - 1 for j in range(k - 1, max(0, k - 4), -1) if toks[j].text == "("), k)
    name = next((n for n in candidates if n.end == toks[k].end), None)
    if name is None:
        return None
    first = bisect_left([t.start for t in toks], name.start)
    return name if any(t.low in lex.supply_verbs for t in toks[max(0, first - 3) : first]) else None


def _modifier(s: Sentence, name: Name) -> bool:
    """A name between a determiner and a common noun modifies that noun, it is not the subject:
    "The Oklahoma City energy and defense concern said" (a verb the tables list, ``SUBJECT_VERBS`` or
    ``FINITE_VERBS``, may follow a name: "De App Store biedt")."""
    starts = [t.start for t in s.toks]
    i, j = bisect_left(starts, name.start), bisect_right(starts, name.end - 1)
    d = i - 1  # a table adjective or two may stand between: "A new Essex County task force began"
    while d > i - 3 and d > 0 and s.toks[d].text[:1].islower() and s.toks[d].low in s.lex.name_adjectives:
        d -= 1
    if i == 0 or s.toks[d].low not in s.lex.determiners or j >= len(s.toks):
        return False
    nxt, last = s.toks[j], s.toks[j - 1]
    if last.low in s.lex.index_words or name.possessive:
        return False  # "The Financial Times 100-share index shed": the name holds its own head noun; "that
        # Beta's revenue rose": a possessive owns the noun after it
    moved = j + 1 < len(s.toks) and s.toks[j + 1].low in s.lex.price_moves  # "the Vanguard fund rose 1.84%": its own
    return nxt.text[:1].islower() and nxt.low not in s.lex.finite_verbs and nxt.low not in s.lex.function_words \
        and not moved


def _share_of_owned(s: Sentence, hi: int, candidates: list[Name]) -> bool:
    """A share of what a name owns ("9.4% of LIN's stock") is the holder's, not that name's."""
    if hi >= len(s.toks) or s.toks[hi].low not in s.lex.partitives:
        return False
    own = hi + 1 < len(s.toks) and s.toks[hi + 1].low in s.lex.possessives  # "40 percent of its exports"
    return own or _whole_owner(s, hi, candidates) is not None


def _whole_owner(s: Sentence, hi: int, candidates: list[Name]) -> Name | None:
    """The possessive name owning the whole a share is of, where no holder in the clause has the share:
    "Revenue from non-GM accounts was 45% of EDS's total business" (EDS's)."""
    if hi >= len(s.toks) or s.toks[hi].low not in s.lex.partitives:
        return None
    after = s.toks[hi].end
    return next((n for n in candidates if n.possessive and after < n.start <= after + 5), None)


def _group_share(s: Sentence, hi: int) -> bool:
    """A share right before a group of people's name, or of a population (``POPULATIONS``: "90
    percent of the population in Kosovo"), counts a population's make-up, nobody's."""
    if hi >= len(s.toks):
        return False
    if s.toks[hi].low in s.lex.partitives:
        whole = [t for t in s.toks[hi + 1 : hi + 4] if t.low not in s.lex.determiners]
        if whole and (whole[0].low in s.lex.populations or (len(whole) > 1 and whole[1].low in s.lex.populations)):
            return True  # "of the population", "of the Afghan population"
    return any(n.start == s.toks[hi].start and _people_group(s, n) for n in s.names)


def _score_pair(s: Sentence, lo: int, hi: int, candidates: list[Name]) -> Name | None:
    """Two shares joined by a range link right after two names are theirs in order: "shows Clinton
    leading Trump 47.3 percent to 44.4 percent" (Clinton's 47.3, Trump's 44.4)."""
    toks, lex = s.toks, s.lex
    j = hi + 1 if hi < len(toks) and toks[hi].low in lex.percent else hi
    k = lo - 2 if lo >= 2 and toks[lo - 2].low in lex.percent else lo - 1
    if j + 1 < len(toks) and toks[j].low in lex.range_links and toks[j + 1].number >= 0:
        first, mine = lo, -2  # the pair's first share: the first name's
    elif k >= 1 and toks[lo - 1].low in lex.range_links and toks[k - 1].number >= 0:
        first, mine = k - 1, -1
        while first > 0 and toks[first - 1].number == toks[k - 1].number:
            first -= 1
    else:
        return None
    starts = [t.start for t in toks]
    names = [n for n in candidates if toks[s.clause[first]].start <= n.start and n.end <= toks[first].start]
    if len(names) < 2 or first == 0 or names[-1].end != toks[first - 1].end:
        return None
    return names[mine] if bisect_left(starts, names[-2].end) < bisect_left(starts, names[-1].start) else None


def _before_common(s: Sentence, name: Name) -> bool:
    j = bisect_right([t.start for t in s.toks], name.end - 1)
    return j < len(s.toks) and common_word(s.toks[j], s.lex)


def _partitive_end(s: Sentence, hi: int) -> int:
    """Where the whole a share is taken of ends ("10% of the populations of Wisconsin and Michigan
    is ..."): its names are the whole's, not the ones the share goes to. The number's end if no
    partitive follows it."""
    toks, lex = s.toks, s.lex
    if hi >= len(toks) or toks[hi].low not in lex.partitives:
        return toks[hi - 1].end
    k = hi + 1
    while k < len(toks) and toks[k].text not in PUNCT_STOP and toks[k].number < 0 and not (
        toks[k].low in lex.function_words and toks[k].low not in lex.determiners
        and toks[k].low not in lex.prepositions and toks[k].low not in lex.coordinators
    ):  # fmt: skip
        k += 1
    return toks[k - 1].end


def _aside(s: Sentence, name: Name) -> bool:
    """A name in brackets, or one set off by a comma after another and before a stop or a preposition
    ("Toulouse, Francia,", "flown to Toulouse, France for the ceremony"), is an aside."""
    starts = [t.start for t in s.toks]
    i, j = bisect_left(starts, name.start), bisect_right(starts, name.end - 1)
    if i > 0 and s.toks[i - 1].text in "([":
        return True
    k = i - 3 if i > 2 and s.toks[i - 2].text == "." else i - 2  # "Equus Capital Corp., Houston,"
    after_name = i > 1 and s.toks[i - 1].text == "," and k >= 0 and is_capitalised(s.toks[k])
    return after_name and (j >= len(s.toks) or s.toks[j].text in PUNCT_STOP or s.toks[j].low in s.lex.prepositions)


def _owner_less(s: Sentence, name: Name, figure: int = -1) -> bool:
    """A maker (see ``_maker``), or a name right after a number, which is what it counts ("14 Catholics").

    In a verb-second language a name right after a finite verb and before the figure's own first
    token ``figure``, or a count no model number looks like (under 100, or in words), is no maker: the
    subject put after the verb meets the object's count ("heeft Ryanair 91 vliegtuigen met 230
    machines", "heeft Boeing vijf bestellingen van twee klanten").
    """
    toks = s.toks
    starts = [t.start for t in toks]
    first = bisect_left(starts, name.start)
    back = first - 1  # where every noun takes a capital, adjectives may stand between: "10 000 gezählten Einheiten"
    while s.lex.nouns_capitalised and back > first - 3 and back > 0 and toks[back].text[:1].islower() \
            and toks[back].low not in s.lex.function_words and toks[back - 1].number >= 0:
        back -= 1
    index = toks[back].number if back >= 0 else -1
    counted = index >= 0 and not _year_shaped(s.numbers[index])  # "2009 China Eastern Airlines" is a dateline
    subject_then_count = s.lex.verb_second and _count_after_verb(s, first, starts, name, figure)
    return counted or (_maker(s, name) and not subject_then_count)


def _count_after_verb(s: Sentence, first: int, starts: list[int], name: Name, figure: int) -> bool:
    nxt = bisect_right(starts, name.end - 1)
    if first == 0 or nxt >= len(s.toks) or not _finite(s, s.toks[first - 1]):
        return False
    index = s.toks[nxt].number
    small = index >= 0 and (s.numbers[index].value < 100 or not any(c.isdigit() for c in s.numbers[index].text))
    return nxt == figure or small


def _year_shaped(num: Number) -> bool:
    return num.text.isdigit() and len(num.text) == 4 and 1800 <= num.value <= 2100


def _maker(s: Sentence, name: Name) -> bool:
    """A name with a model number in or right after it makes things: "Boeing 787", "Airbus A320"."""
    starts = [t.start for t in s.toks]
    i = bisect_right(starts, name.end - 1)
    first = bisect_left(starts, name.start)
    if s.toks[i - 1].low in s.lex.index_words or any(t.low in s.lex.index_words for t in s.toks[max(0, first - 3) : first]):
        return False  # "The Financial Times 100-share index", "el índice selectivo Ibex-35": an index, its number its name's
    if any(c.isdigit() for c in name.text):
        return True
    return i < len(s.toks) and (s.toks[i].number >= 0 or any(c.isdigit() for c in s.toks[i].text))


def _subject_position(s: Sentence, name: Name) -> bool:
    """Whether a name opens its clause as its subject would.

    Back to the clause's start or a word opening a clause ("that"), only determiners and function
    words that are no prepositions, numbers and dates may come before it ("According to X" and
    "defeat Boeing for $40 billion" name objects); a title noun after a demonym or a determiner may
    ("Russian flag carrier Aeroflot", "la aerolínea Iberia"). A name right before a verb of the
    table, after a common word, is a subject whatever precedes it (a caption run into the story: "An
    American Airlines 777 landing at Heathrow airport Boeing has secured two large orders").
    """
    lex, toks = s.lex, s.toks
    i = bisect_left([t.start for t in toks], name.start)
    j = bisect_right([t.start for t in toks], name.end - 1)
    if 0 < i and j < len(toks) and toks[j].low in lex.subject_verbs and common_word(toks[i - 1], lex):
        return True
    if 1 < i and j < len(toks) and toks[i - 1].low in lex.coordinators and lex.finite(toks[j].low) and common_word(
        toks[i - 2], lex
    ):
        return True  # a second main clause: "... besteld en Air India heeft een deal"
    first = s.clause[min(i, len(toks) - 1)]
    dated = _dateline_end(s, first)
    first = dated if dated <= i else first
    if lex.verb_second and _after_fronted_verb(s, first, i):
        return True
    lowered = 0  # lowercase content words right before the name: a title, if a demonym heads them
    for j in range(i - 1, first - 1, -1):  # backwards, to the clause's start or a word opening a clause
        tok = toks[j]
        if tok.low in lex.subject_openers:
            return not lowered
        if j == first and not lowered and tok.low in lex.common_words and tok.low not in lex.prepositions:
            continue  # a sentence adverb opening the clause: "Attualmente Ryanair dispone di 91 aeromobili"
        if tok.low in lex.not_counted and j - 1 == first and toks[first].low in lex.time_openers:
            return True  # a time phrase opening the clause: "Last year Russia carried out ... 80,000 troops"
        if tok.low not in lex.prepositions and tok.text[:1].islower() and tok.low not in lex.function_words:
            lowered += 1
            continue
        if lowered:  # a title noun after a demonym or a determiner: "Russian flag carrier X", "the airline X"
            titled = (lowered <= 3 and _demonym(tok, lex)) or (lowered <= 2 and tok.low in lex.determiners)
            titled = titled or (lowered <= 5 and tok.low in lex.determiners and _demonym_after(s, i - 1))
            return titled and _subject_position(s, _tok_name(tok))
        if tok.low in lex.prepositions and _dated_opening(s, first, j, i):
            return True  # a date phrase opening the clause before its subject: "En 1999 Acesa compró"
        if tok.low in lex.prepositions or not (
            tok.low in lex.function_words or tok.number >= 0 or tok.low in lex.months or tok.text in PUNCT_STOP
        ):
            return _linked_head(s, first, i)
    return not lowered


def _dated_opening(s: Sentence, first: int, j: int, i: int) -> bool:
    """Whether the preposition at ``j`` opens the clause (or follows a comma there: "Asimismo, en 1999
    Acesa") with only a date between it and the name at ``i``: "En 1999", "In October 1989"."""
    toks, lex = s.toks, s.lex
    if not (j == first or (j > first and toks[j - 1].text == ",")) or j + 1 >= i:
        return False
    between = toks[j + 1 : i]
    dated = any(t.number >= 0 or _timed(t, lex) for t in between)
    return dated and all(t.number >= 0 or _timed(t, lex) or t.low in lex.function_words for t in between)


def _after_fronted_verb(s: Sentence, first: int, i: int) -> bool:
    """In a verb-second language (``VERB_SECOND``) the subject of a main clause that opens with
    something else follows its finite verb: "Op dit moment heeft Ryanair 91 vliegtuigen", "Op zaterdag
    kondigde Boeing 35 nieuwe bestellingen aan", also at the end of a partitive-linked phrase ("Na de
    onthulling daalden de aandelen van Apple met $19,37"); so does one after a verb opening a clause
    after a comma ("Volgens analisten, heeft Boeing ...").

    The verb is a table word (``FINITE_VERBS``, ``SUBJECT_VERBS``) or a lowercase word with a finite
    ending (``FINITE_ENDINGS``); the part before it must not be a subject: it opens with a preposition,
    an adverb (``COMMON_WORDS``), a number, a month or a weekday, or holds a time noun or a number
    ("Vorige maand", "Dit jaar"; not "Het bedrijf heeft Boeing").
    """
    toks = s.toks
    if first > 0 and toks[first - 1].text in ")]":  # the clause goes on after a bracket: "maatschappijen
        return False  # die het vliegtuig (van Airbus) in Europa aankopen moeten US $200.000"
    for k in range(first, i):
        if _finite(s, toks[k]) and (k == i - 1 or _linked_head(s, k + 1, i)) and _fronted(s, first, k):
            return True
    return False


def _finite(s: Sentence, tok: Tok) -> bool:
    lex = s.lex
    if not tok.text[:1].islower():
        return False
    if tok.low in lex.finite_verbs:
        return True
    closed = tok.low in lex.function_words or tok.low in lex.prepositions or tok.low in lex.determiners
    return lex.finite(tok.low) and not closed


def _fronted(s: Sentence, first: int, k: int) -> bool:
    """Whether the words before a verb at ``k`` are a fronted element, not the clause's subject."""
    lex, toks = s.lex, s.toks
    if k == first:
        return first > 0 and toks[first - 1].text == ","
    head = toks[first]
    if head.low in lex.coordinators and first + 1 < k:  # "..., aber bisher hat Gujarat erst etwa 3000 Familien"
        return _fronted(s, first + 1, k)
    if head.low in lex.prepositions or head.low in lex.common_words or head.number >= 0 or _timed(head, lex):
        return True
    return any(t.number >= 0 or t.low in lex.not_counted or _timed(t, lex) for t in toks[first + 1 : k])


def _timed(tok: Tok, lex: Lexicon) -> bool:
    return tok.low in lex.months or tok.low in lex.weekdays


def _linked_head(s: Sentence, first: int, i: int) -> bool:
    """A name at the end of a clause-opening noun phrase linked by a partitive ("of", "de") is its
    subject: "Officials of China agreed", "El acuerdo de Air Canada incluye" (the name is the owner),
    "La compañía irlandesa de bajo costo Ryanair ha anunciado" (a title with a preposition).

    Before the name: a determiner or nothing, then at most five common nouns and adjectives (the
    clause's capitalised first word too when it looks like a plural, "Funcionarios de la ...")
    with one partitive among them, which may be followed by a determiner.
    """
    lex, toks = s.lex, s.toks
    words = toks[first:i]
    if len(words) > 1 and words[0].low in lex.common_words and words[1].low in lex.determiners:
        words = words[1:]  # a sentence adverb before the phrase: "Ieri le azioni di Apple Inc. sono salite"
    if words and words[0].low in lex.determiners:
        words = words[1:]
    if len(words) > 1 and words[-1].low in lex.determiners and words[-2].low in lex.partitives:
        words = words[:-1]  # "de la República Popular China"
    links = [k for k, t in enumerate(words) if t.low in lex.partitives or t.low in lex.head_links]
    if len(links) != 1 or links[0] == 0 or len(words) > 6:
        return False
    for k, tok in enumerate(words):
        if k == links[0]:
            continue
        common = (common_word(tok, lex) or (k == 0 and tok.low in lex.common_words)) and tok.number < 0
        plural_first = k == 0 and words is not toks and tok.low.endswith(lex.plural_suffixes or ("\0",))
        if not (common or (plural_first and tok is toks[first])):
            return False
    return True


def _dateline_end(s: Sentence, first: int) -> int:
    """Where a date opening the clause ends ("10 de junio del 2007 La compañía rusa Aeroflot ha
    negociado"): a run of numbers, a month and link words ending with a number; ``first`` if none."""
    lex, toks = s.lex, s.toks
    month, end = False, first
    for j in range(first, min(len(toks), first + 6)):
        tok = toks[j]
        if tok.number >= 0:
            end = j + 1 if month else end
        elif tok.low in lex.months:
            month = True
        elif tok.low not in lex.prepositions and tok.low not in lex.function_words:
            break
    return end


def _demonym_after(s: Sentence, k: int) -> bool:
    """A lowercase demonym ending a title after its noun, as Romance languages write it: "La compagnia
    low cost irlandese Ryanair", "El fabricante de aviones europeo Airbus" (up to five title words)."""
    tok = s.toks[k]
    alias = s.lex.aliases.get(tok.low)
    return bool(alias) and tok.text[:1].islower() and alias.casefold() != tok.low


def _demonym(tok: Tok, lex: Lexicon) -> bool:
    """A capitalised adjective the alias table knows ("Russian"): it modifies a noun, it names no subject."""
    alias = lex.aliases.get(tok.low)
    return bool(alias) and tok.text[:1].isupper() and alias.casefold() != tok.low


def _people_group(s: Sentence, name: Name) -> bool:
    """A name made of demonyms only ("Polish American", "Lithuanian Americans"), or a demonym listed
    before others, names a group of people, who are counted, not an owner."""
    starts = [t.start for t in s.toks]
    i, j = bisect_left(starts, name.start), bisect_right(starts, name.end - 1)
    if not all(_demonym(t, s.lex) for t in s.toks[i:j]):
        return False
    listed = j < len(s.toks) and (s.toks[j].text == "," or s.toks[j].low in s.lex.coordinators)
    return j - i > 1 or listed  # "Polish, Ukrainian, and Lithuanian Americans": adjectives of one group


def _tok_name(tok: Tok) -> Name:
    return Name(tok.start, tok.end, tok.text, tok.text, None)


def _subjectless(s: Sentence, clause_start: int) -> bool:
    """A clause opening with a verb, an adverb, a preposition or a bracket has the sentence's subject.

    "Qatar Airways, which ..., will also purchase 20", "30 aircraft (24 A320s and 6 A321s)", "...,
    for $1 million"; so has one said by a verb of speech that opens with "that" or "que" and a verb
    ("Ryanair ha anunciado hoy que va a ejercer ... cinco aviones"). A relative clause after a comma
    has it only when a name is what it is on ("Ratners, which controls 25%"; not "his site, which was
    the focus of a trial that led to a $107 million verdict").
    """
    if s.toks[clause_start - 1].text in "([" or _on_the_clause(s, clause_start):
        return True
    tok = s.toks[clause_start]
    if tok.number >= 0:
        return False  # "14 Catholics, six Orthodox, four Protestants": a list, not a clause
    low = tok.low
    if low in s.lex.speech_verbs and tok.text[:1].islower():
        return True  # "Irish low cost airline, Ryanair, announced today that it is exercising ..."
    on_name = s.toks[clause_start - 1].text == "," and any(n.end == s.toks[clause_start - 2].end for n in s.names)
    if low in s.lex.relatives and on_name:
        return True  # "Acme, que tiene 3.000 empleados": a relative on a name ("Ratners, which controls 25%")
    if low in s.lex.subject_openers and clause_start + 1 < len(s.toks):  # "anunciado hoy que va a ejercer"
        said = any(t.low in s.lex.speech_verbs for t in s.toks[max(0, clause_start - 2) : clause_start])
        nxt = s.toks[clause_start + 1]
        return said and common_word(nxt, s.lex) and nxt.low not in s.lex.determiners and nxt.number < 0
    if low in s.lex.relatives and low not in s.lex.subject_openers:  # "site, which was the focus of a trial"
        on = clause_start - 2 if s.toks[clause_start - 1].text == "," else clause_start - 1
        on -= 1 if on > 0 and s.toks[on].text == "." else 0  # "Woodbridge Co., which"
        return on >= 0 and any(n.end == s.toks[on].end for n in s.names)
    return (
        tok.text[:1].islower() and low not in s.lex.determiners and low not in s.lex.subject_openers
        and low not in s.lex.pronouns  # "..., he sought approval to boost his Paribas stake above 10%"
    ) or low in s.lex.coordinators  # fmt: skip


def _on_the_clause(s: Sentence, clause_start: int) -> bool:
    """A relative on the whole clause before it, after a comma (``CLAUSE_RELATIVES``: "..., lo que
    suman 677 pedidos de 47 clientes", "..., waarmee er in totaal 677 toestellen zijn besteld"): the
    clause it opens goes on with that clause's subject. "lo que" may split at its clause word."""
    toks = s.toks
    for k in (clause_start, clause_start - 1):
        words = " ".join(t.low for t in toks[k : clause_start + 1])
        if k > 0 and toks[k - 1].text == "," and words in s.lex.clause_relatives:
            return True
    return False


def clause_end(s: Sentence, i: int) -> int:
    start = s.clause[i]
    j = i
    while j + 1 < len(s.toks) and s.clause[j + 1] == start:
        j += 1
    return s.toks[j].end
