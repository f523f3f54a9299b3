"""A learned owner choice: a small linear ranker over a figure's candidate owners and "no owner".

The owner rules (``owners.subject_of``) fit the blocks they were written from and carry over badly
to unseen news (docs/quality.md, Figures). This module scores every option of a figure with more
than one (each candidate name of its sentence, and no owner) by a weighted sum of sparse features
(where the name stands, what lies between it and the number, its shape, the measure's kind, and the
rules' own choice, so the model learns where to trust them) and takes the best. Weights are trained
by ``python -m storyline.figures.train_owner`` (a conditional-logit, softmax over a figure's
options, in numpy) and ship as ``models/owner_ranker.json``. Words come from the language tables
only: the features name a table's class ("a preposition", "a verb of speech"), or the
preposition itself, which is data the weights carry, not a code branch.

Modes (``Options.extra["figures_owner"]``): ``rules`` (the rules alone, the default; see
docs/quality.md for why), ``ranker`` (the ranker decides), ``hybrid`` (the ranker overrides the
rules only where it prefers another option by a margin, ``Model.margin``).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .context import PLACE_TYPES, Name, Tok
from .owners import OWNERLESS, _aside, _maker, _modifier, _owner_less, _subject_position, candidates_of, subject_of
from .sayers import sayer
from .sentence import PUNCT_STOP, Sentence, common_word

MODEL_PATH = Path(__file__).resolve().parent / "models" / "owner_ranker.json"
MODES = ("rules", "ranker", "hybrid")
DEFAULT_MODE = "rules"

# Training collects each scored figure here (see ``train_owner``); None at run time.
COLLECT: list[dict] | None = None


@dataclass(slots=True)
class Model:
    """Feature weights and the hybrid's margin (how much better the ranker's option must score)."""

    weights: dict[str, float]
    margin: float = 0.0

    def score(self, feats: list[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in feats)


_override: list[Model] = []  # a model set in memory (cross-validation), else the shipped one


def load(path: Path) -> Model:
    """A model written by ``train_owner``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model({k: float(v) for k, v in data["weights"].items()}, float(data.get("margin", 0.0)))


@cache
def _shipped() -> Model | None:
    return load(MODEL_PATH) if MODEL_PATH.exists() else None


def set_model(model: Model | None) -> None:
    """Use ``model`` instead of the shipped weights (None: back to the shipped ones)."""
    _override.clear()
    if model is not None:
        _override.append(model)


def model() -> Model | None:
    return _override[0] if _override else _shipped()


def choose_owner(
    s: Sentence, lo: int, hi: int, measure: str, m_lo: int, m_hi: int, mode: str = DEFAULT_MODE
) -> tuple[Name | None, str]:
    """The figure's owner and why: the rules' choice, re-ranked where the mode asks and there is a choice."""
    rule, why = subject_of(s, lo, hi, measure, m_lo, m_hi)
    learned = mode in ("ranker", "hybrid")  # anything else (a typo too) keeps the rules
    if not learned and COLLECT is None:
        return rule, why
    names = candidates_of(s, lo, hi)
    if rule is not None and all(n is not rule for n in names):
        names.append(rule)
    if not names:
        return rule, why
    options: list[Name | None] = [None, *names]
    feats = [features(s, lo, hi, measure, m_lo, m_hi, n, rule, why, len(names)) for n in options]
    if COLLECT is not None:
        COLLECT.append({"start": s.toks[lo].start, "end": s.toks[hi - 1].end, "options": options, "features": feats})
    weights = model()
    if not learned or weights is None:
        return rule, why
    scores = [weights.score(f) for f in feats]
    best = max(range(len(options)), key=lambda k: (scores[k], -k))
    if options[best] is rule:
        return rule, why
    if mode == "hybrid":
        ruled = next(k for k, n in enumerate(options) if n is rule)
        if scores[best] - scores[ruled] < weights.margin:
            return rule, why
    return options[best], f"learned owner ranker (rules: {why or 'no owner'})"


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-8" if n < 9 else "9+"


def features(
    s: Sentence, lo: int, hi: int, measure: str, m_lo: int, m_hi: int,
    name: Name | None, rule: Name | None, why: str, n_names: int,
) -> list[str]:  # fmt: skip
    """The sparse features of one option (a name, or None for "no owner") of one figure."""
    kind = _kind(s, measure)
    chosen = name is rule
    out = [f"rule_chose={chosen}", f"rule_chose={chosen}|why={why or 'none'}", f"rule_chose={chosen}|kind={kind}"]
    if name is None:
        out += ["none", f"none|kind={kind}", f"none|names={_bucket(n_names)}"]
        if measure in OWNERLESS or measure in s.lex.unowned:
            out.append("none|unowned")
        if any(_subject_position(s, n) for n in s.names if n.end <= s.toks[lo].start and s.clause[lo] <= _tok(s, n)):
            out.append("none|clause_has_subject")
        return out
    toks, lex = s.toks, s.lex
    starts = [t.start for t in toks]
    i, j = bisect_left(starts, name.start), bisect_right(starts, name.end - 1)
    after = i >= hi
    side = "after" if after else "before"
    gap = toks[hi:i] if after else toks[j:lo]
    dist = len(gap)
    out += [f"side={side}", f"side={side}|kind={kind}", f"dist={_bucket(dist)}|side={side}"]
    same_clause = s.clause[min(i, len(toks) - 1)] == s.clause[lo]
    out.append(f"same_clause={same_clause}|side={side}")
    if any(t.text == "," for t in gap):
        out.append(f"comma_between|side={side}")
    if any(t.text in PUNCT_STOP and t.text != "," for t in gap):
        out.append("stop_between")
    if any(_verb(t, s) for t in gap):
        out.append(f"verb_between|side={side}")
    preps = [t.low for t in gap if t.low in lex.prepositions]
    if preps:
        out.append(f"prep_between|side={side}")
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.low in lex.prepositions:
        out += [f"prep_before={prev.low}", f"prep_before={prev.low}|kind={kind}", f"prep_before|side={side}"]
        out.append("owner_prep_before" if prev.low in lex.owner_prepositions else "other_prep_before")
    if prev is not None and prev.low in lex.determiners:
        out.append("det_before")
    nxt = toks[j] if j < len(toks) else None
    if nxt is not None and nxt.low in lex.speech_verbs:
        out.append("speech_verb_after")
    elif nxt is not None and _verb(nxt, s):
        out.append("verb_after")
    elif nxt is not None and common_word(nxt, lex):
        out.append("common_word_after")
    words = name.text.lower().split()
    if all(w in lex.aliases and lex.aliases[w].casefold() != w for w in words):
        out += ["demonym", f"demonym|kind={kind}"]  # "German", "African-American": a group or a place, rarely an owner
    if words[-1] in lex.corporate_suffixes:
        out.append("company")
    if prev is not None and prev.text in PUNCT_STOP:
        out.append(f"after_punct={prev.text}|side={side}")
    if name.possessive:
        out += ["possessive", f"possessive|side={side}", f"possessive|dist={_bucket(dist)}"]
    if name.place_pp:
        out.append("place_pp")
    out.append(f"type={name.type or 'guess'}")
    if name.type in PLACE_TYPES or (name.canonical.casefold() in lex.aliases.values()):
        out.append(f"place|kind={kind}")
    nearest = _nearest(s, lo, hi, name, after)
    if nearest:
        out += [f"nearest|side={side}", f"nearest|side={side}|kind={kind}"]
    position = _subject_position(s, name)
    out.append(f"side={side}|same_clause={same_clause}|subject_pos={position}|nearest={nearest}")
    if position:
        out += ["subject_pos", f"subject_pos|kind={kind}"]
    for flag, test in (("maker", _maker), ("modifier", _modifier),
                       ("aside", _aside), ("owner_less", _owner_less)):  # fmt: skip
        if test(s, name):
            out += [flag, f"{flag}|kind={kind}"]
    if not after and sayer(s, name, lo):
        out.append("sayer")
    if not after and i == s.clause[i]:
        out.append("clause_first")
    if s.names and name.start == s.names[0].start:
        out.append("first_name")
    return out + _noun_phrase(s, lo, hi, m_lo, m_hi, i, j, name)


def _noun_phrase(s: Sentence, lo: int, hi: int, m_lo: int, m_hi: int, i: int, j: int, name: Name) -> list[str]:
    """Where the name stands against the number's noun phrase: inside it, right before the number,
    right after the counted noun behind a link word (which one), or opening a relative clause on it."""
    toks, lex = s.toks, s.lex
    out: list[str] = []
    if hi <= i and j <= m_lo:
        out.append("between_number_and_noun")
    if j == lo or (j < lo and all(t.low in lex.qualifiers or t.low in lex.determiners for t in toks[j:lo])):
        out.append("right_before_number" + ("|possessive" * name.possessive))
    if m_hi > hi and m_hi < len(toks) and i > m_hi and i - m_hi <= 3:
        link = toks[m_hi].low
        if link in lex.prepositions or link in lex.partitives:
            out += [f"after_noun_link={link}", "after_noun_link"]
        if link in lex.relatives or i == m_hi:
            out.append("relative_after_noun")
    if s.clause[min(i, len(toks) - 1)] == s.clause[lo] and not (i >= hi):
        out.append("before_same_clause" + ("|subject_pos" * _subject_position(s, name)))
    return out


def _tok(s: Sentence, name: Name) -> int:
    return bisect_left([t.start for t in s.toks], name.start)


def _kind(s: Sentence, measure: str) -> str:
    if measure.startswith("money:"):
        return "money"
    if measure == "percent":
        return "percent"
    if measure in s.lex.goods:
        return "goods"
    if measure in ("people", "troops", "deaths", "injured", "employees", "workers"):
        return "people"
    return "things"


def _verb(tok: Tok, s: Sentence) -> bool:
    """A verb by the tables: a verb of speech or of the subject table, or a past ending on a lowercase word."""
    low = tok.low
    if low in s.lex.speech_verbs or low in s.lex.subject_verbs or low in s.lex.speech_auxiliaries:
        return True
    return common_word(tok, s.lex) and any(low.endswith(e) for e in s.lex.past_endings) and len(low) > 4


def _nearest(s: Sentence, lo: int, hi: int, name: Name, after: bool) -> bool:
    """The name is the closest one on its side of the number."""
    if after:
        return not any(s.toks[hi - 1].end <= n.start < name.start for n in s.names)
    return not any(name.end < n.end <= s.toks[lo].start for n in s.names)
