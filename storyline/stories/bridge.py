"""A cross-script name bridge: names in scripts no skeleton joins, linked to the corpus's cased names.

Consonant skeletons join many spellings of a name (Truss, Трасс, ทรัสส์), but not those of
Chinese, Korean, Tamil, Georgian, Persian and the other scripts whose transliterations add
vowels, drop consonants or inflect the name (特朗普, 시진핑이, ბაიდენმა). The multilingual e5
model's *query* embedding of a bare name, though, puts most of them near their Latin spelling
(特朗普 -> Trump 0.87, ლულა -> Lula 0.92, 노벨 -> Nobel 0.93), and next to other names of their own
script too (a script bias: 特朗普 is nearer 习近平 than Trump). So:

1. each document gives *source* names (tokens of caseless scripts, Georgian included: it has
   capitals that running text never uses; short runs of unspaced scripts, Katakana runs and the
   name pieces a middle dot sets off) and *target* names (the capitalised names of cased scripts,
   single and two in a row: ``Rishi Sunak``);
2. every distinct string is embedded once (cached by string, :class:`.embed.Embedder`);
3. the sources of each script are matched to the targets by CSLS (cross-domain similarity local
   scaling, Conneau et al. 2018: twice the cosine less each side's mean cosine to its ``k``
   nearest neighbours on the other side), which takes out the hubness and script bias; a source
   is linked to its best target when their raw cosine passes ``min_cos`` (and, optionally, when
   its CSLS passes that of the best target of *another* skeleton by ``margin``: an inflection of
   the same name is no rival; off by default, as chosen on half A: a margin keeps fewer wrong
   links, and fewer right ones, and F1 drops);
4. a linked source adds the target's name and skeleton keys to its document, so that blocking
   and the sparse score see the name the cased-script documents write.

The bridge is a corpus-level step: it is done over each batch the index adds (with the targets
of earlier batches), not per document.
"""

from __future__ import annotations

import logging
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import regex

from .features import (
    NAME_DOTS, _SHORT_RUN, _UNSPACED, NAME, SKELETON, _classified, _is_cased, _token_keys, fold, skeleton,
)  # fmt: skip

log = logging.getLogger(__name__)

_KATAKANA = regex.compile(r"[\p{Katakana}ー・]{2,}")
_GEORGIAN = regex.compile(r"^\p{Georgian}")
_MIN_LETTERS = 2
_CELLS = 1 << 24  # similarities computed at once (64 MB of float32)


@dataclass(slots=True)
class BridgeParams:
    """How sure a link must be (chosen on half A of itn-dev's split 0, see docs/quality.md)."""

    k: int = 5  # neighbours in each side's CSLS mean
    min_cos: float = 0.84  # raw cosine of a source and its target
    margin: float = 0.0  # CSLS of the best target over the best of another skeleton (0: off)
    pairs: bool = True  # two capitalised names in a row are a target too (Rishi Sunak)
    common: float = 0.1  # a source in more than this share of its script's documents is a word
    common_min: int = 3  # ... and in more documents than this


def script_of(token: str) -> str:
    """The script of a token's first letter, by its Unicode name (``CJK``, ``HANGUL``, ``ARABIC``)."""
    for ch in token:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split()[0]
    return "?"


def is_source(token: str) -> bool:
    """Whether a token is written in a script no skeleton joins: caseless, or Georgian."""
    return not _is_cased(token) or bool(_GEORGIAN.match(token))


def _run_names(run: str, before: str, after: str) -> list[str]:
    """Name candidates of a run of unspaced script: the run when short, its Katakana stretches,
    and the 2-4 characters next to a middle dot (``唐纳德·特朗普``)."""
    out = [run] if len(run) <= _SHORT_RUN else []
    out += [m.group().strip("・") for m in _KATAKANA.finditer(run) if m.group() != run]
    if after and after in NAME_DOTS:
        out += [run[-size:] for size in range(2, min(4, len(run) - 1) + 1)]
    if before and before in NAME_DOTS:
        out += [run[:size] for size in range(2, min(4, len(run) - 1) + 1)]
    return out


def document_names(text: str, pairs: bool = True) -> tuple[list[str], list[str]]:
    """The source and the target names of one text (see the module docstring), in order."""
    sources: list[str] = []
    targets: list[str] = []
    previous: tuple[int, str] | None = None  # end and text of the last target token
    for match, as_name, _, is_name in _classified(text):
        token = match.group()
        if token[0].isdigit() or len(token) < _MIN_LETTERS:
            previous = None
            continue
        if _UNSPACED.match(token):
            before, after = text[max(0, match.start() - 1) : match.start()], text[match.end() : match.end() + 1]
            sources.extend(_run_names(token, before, after))
            previous = None
        elif is_source(token):
            sources.append(token)
            previous = None
        elif is_name and as_name:
            targets.append(token)
            if pairs and previous is not None and text[previous[0] : match.start()] == " ":
                targets.append(previous[1] + " " + token)
            previous = (match.end(), token)
        else:
            previous = None
    return sources, targets


def target_keys(target: str) -> tuple[str, ...]:
    """The name keys a cased-script document gives a target name (each word's, for a pair)."""
    return tuple(key for word in target.split() for key in _token_keys(word)[0])


def target_group(target: str) -> str:
    """What makes two targets one name for the margin: the skeleton of the last word (inflected
    or not, ``Trump``/``Trumpa``/``Donald Trump`` are one rival, not three)."""
    last = fold(target.split()[-1])
    return skeleton(last) or last


def rare_sources(names: Sequence[Sequence[str]], params: BridgeParams) -> list[str]:
    """The distinct source names of some documents (each a list of its sources) less the common
    words of each script (``را``, ``و``, ``에서``: in many of the documents writing that script)."""
    docs: Counter[str] = Counter()
    per_script: Counter[str] = Counter()
    for sources in names:
        unique = set(sources)
        docs.update(unique)
        per_script.update({script_of(s) for s in unique})
    return [
        s
        for s in docs
        if docs[s] <= max(params.common_min, params.common * per_script[script_of(s)])
    ]


def _top_mean(sims: np.ndarray, k: int) -> np.ndarray:
    """Mean of each row's ``k`` largest values (all of them when fewer)."""
    if sims.shape[1] <= k:
        return sims.mean(axis=1)
    return -np.partition(-sims, k - 1, axis=1)[:, :k].mean(axis=1)


def _chunks(rows: int, columns: int) -> range:
    """Row offsets of blocks of about ``_CELLS`` similarities: memory stays flat at any corpus size."""
    return range(0, rows, max(1, _CELLS // max(columns, 1)))


def _target_hubness(smat: np.ndarray, tmat: np.ndarray, k: int) -> np.ndarray:
    """Each target's mean cosine to its ``k`` nearest sources (one script's), block by block."""
    top: np.ndarray | None = None
    for i in _chunks(len(smat), len(tmat)):
        block = tmat @ smat[i : i + max(1, _CELLS // len(tmat))].T
        both = block if top is None else np.hstack([top, block])
        top = both if both.shape[1] <= k else -np.partition(-both, k - 1, axis=1)[:, :k]
    assert top is not None
    return top.mean(axis=1)


def link(
    sources: Sequence[str], targets: Sequence[str], vectors: dict[str, np.ndarray], params: BridgeParams
) -> dict[str, str]:
    """Each source linked to its target (absent: no sure link), CSLS per source script."""
    if not sources or not targets:
        return {}
    tmat = np.stack([vectors[t] for t in targets])
    groups = np.array([hash(target_group(t)) for t in targets])
    by_script: dict[str, list[str]] = defaultdict(list)
    for source in sources:
        by_script[script_of(source)].append(source)
    out: dict[str, str] = {}
    for members in by_script.values():
        smat = np.stack([vectors[s] for s in members])
        hub = _target_hubness(smat, tmat, params.k)
        step = max(1, _CELLS // len(tmat))
        for i in _chunks(len(smat), len(tmat)):
            sims = smat[i : i + step] @ tmat.T
            csls = 2 * sims - _top_mean(sims, params.k)[:, None] - hub[None, :]
            rows = np.arange(len(sims))
            best = np.argmax(csls, axis=1)
            sure = sims[rows, best] >= params.min_cos
            if params.margin > 0:
                rivals = np.where(groups[None, :] == groups[best][:, None], -np.inf, csls).max(axis=1)
                sure &= csls[rows, best] - rivals >= params.margin
            out.update((members[i + r], targets[best[r]]) for r in np.flatnonzero(sure))
    return out


class Bridge:
    """Links the source names of documents to the target names seen so far, through an embedder."""

    def __init__(self, embedder: object, params: BridgeParams | None = None) -> None:
        self.embedder = embedder
        self.params = params or BridgeParams()
        self.targets: Counter[str] = Counter()  # target name -> documents naming it

    def keys(self, texts: Iterable[str]) -> list[Counter[str]]:
        """For each text, the keys its bridged names add (the texts' targets join the known ones)."""
        names = [document_names(t, self.params.pairs) for t in texts]
        for _, targets in names:
            self.targets.update(set(targets))
        sources = rare_sources([srcs for srcs, _ in names], self.params)
        targets = list(self.targets)
        vectors = dict(zip(sources + targets, self.embedder.embed(sources + targets, kind="query"), strict=True))
        links = link(sources, targets, vectors, self.params)
        log.info("bridge: %d of %d source names linked to %d targets", len(links), len(sources), len(targets))
        out = []
        for srcs, _ in names:
            keys: Counter[str] = Counter()
            for source in srcs:
                if source in links:
                    keys.update(k for k in target_keys(links[source]) if k.startswith((NAME, SKELETON)))
            out.append(keys)
        return out
