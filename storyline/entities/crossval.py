"""K-fold cross-validation of a language's model: ``python -m storyline.entities.crossval --lang nb``.

A small corpus (NorNE's 2,410 shared sentences) leaves a held-out part of 200 sentences and 120
entities, where one article moves F1 by 0.03; this gives the steadier figure. The folds are the
split blocks of :mod:`.corpus` (block ``i`` goes to fold ``i % folds``; with 10 folds, fold 9 is
the fixed held-out part). Each fold's model is fitted on the other folds only (its own-language
lexicon too, cross-fitted within them) and scored as the scorer scores (exact character span and
type) on the fold's sentences; the result is the micro F1 over all folds and each fold's.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pycrfsuite

from . import lexicon
from .corpus import BLOCK, Sentence, projected, read_conll, scorer_common, shared_root, split
from .features import sentence_features
from .tagger import decode
from .tokens import tokenize
from .train import LANG_PARAMS, OWN_LEXICON, fit, lexicon_counts

Span = tuple[int, int, str]


def folds(sents: list[Sentence], k: int) -> list[list[Sentence]]:
    """The sentences in ``k`` folds by split block."""
    out: list[list[Sentence]] = [[] for _ in range(k)]
    for i, sent in enumerate(sents):
        out[(i // BLOCK) % k].append(sent)
    return out


def gold_and_text(sent: Sentence) -> tuple[str, set[Span]]:
    """The sentence as the scorer detokenises it and its gold character spans."""
    common = scorer_common()
    text, offs = common.detokenize(sent[0])
    return text, {(offs[s][0], offs[e - 1][1], t) for s, e, t in common.bio_spans(sent[1])}


def predict(
    crf: pycrfsuite.Tagger, text: str, names: dict[str, str], own: dict[str, str] | None, lang: str
) -> set[Span]:
    """The model's character spans in one sentence."""
    tokens = tokenize(text)
    if not tokens:
        return set()
    labels = crf.tag(sentence_features([text[s:e] for s, e in tokens], names, own, lang))
    return {(m.start, m.end, m.type) for m in decode(text, tokens, labels)}


def score(found: int, gold: int, right: int) -> float:
    """F1 from counts."""
    return 2 * right / (found + gold) if found + gold else 0.0


def crossval(
    lang: str, k: int, params: dict[str, object], use_own: bool, train_only: bool = False
) -> tuple[float, list[float]]:
    """Micro F1 over the folds and each fold's F1; with ``train_only``, the folds cover the train
    blocks only, so that choices made on them never see the fixed dev part."""
    sents = read_conll(shared_root() / "train" / "ner" / lang / "train.conllu")
    parts = folds(split(sents)[0] if train_only else sents, k)
    names = lexicon.build(lexicon_counts(), exclude=lang)
    totals = [0, 0, 0]
    per_fold: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for f, held in enumerate(parts):
            train_part = list(projected([s for g, part in enumerate(parts) if g != f for s in part]))
            path = Path(tmp) / f"{f}.crfsuite"
            own = fit(train_part, names, params, path, use_own, lang)
            crf = pycrfsuite.Tagger()
            crf.open(str(path))
            counts = [0, 0, 0]
            for sent in held:
                text, gold = gold_and_text(sent)
                found = predict(crf, text, names, own, lang)
                counts = [counts[0] + len(found), counts[1] + len(gold), counts[2] + len(found & gold)]
            crf.close()
            per_fold.append(score(*counts))
            totals = [a + b for a, b in zip(totals, counts)]
    return score(*totals), per_fold


def main(argv: list[str] | None = None) -> None:
    """Command line: cross-validate one language with its shipped settings or the given ones."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="nb")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--c1", type=float)
    ap.add_argument("--c2", type=float)
    ap.add_argument("--own", choices=("yes", "no"), help="own-language lexicon (default: train.OWN_LEXICON)")
    ap.add_argument("--train-only", action="store_true", help="fold the train blocks only (dev part untouched)")
    args = ap.parse_args(argv)
    given = {k: v for k, v in (("c1", args.c1), ("c2", args.c2)) if v is not None}
    params = {**LANG_PARAMS.get(args.lang, {}), **given}
    use = args.lang in OWN_LEXICON if args.own is None else args.own == "yes"
    f1, per_fold = crossval(args.lang, args.folds, params, use, args.train_only)
    print(f"{args.lang} {args.folds}-fold{' train-only' * args.train_only} F1 {f1:.3f} (folds {' '.join(f'{x:.3f}' for x in per_fold)}) "
          f"params {params} own lexicon {use}")  # fmt: skip


if __name__ == "__main__":
    main()
