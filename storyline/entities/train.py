"""Train the CRF mention models: ``python -m storyline.entities.train --lang en [de ...]``.

Reads the train part of ``../shared/train/ner/<lang>/train.conllu`` (see :mod:`.corpus` for the
split and the projection onto storyline's tokens), extracts :mod:`.features` and fits a linear-chain
CRF with python-crfsuite (L-BFGS, elastic net: the L1 term prunes most features, keeping the shipped
model a few MB). Writes ``storyline/entities/models/<lang>.crfsuite`` and its name lexicon
``models/<lang>.lexicon.json.gz`` (:mod:`.lexicon`: the other languages' train parts).
``make ner-models`` trains every language, one after the other.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from . import lexicon
from .corpus import LANGUAGES, load, projected, write_dev
from .features import sentence_features

MODELS = Path(__file__).resolve().parent / "models"
# Chosen on the English dev part; c1 (L1) trades a little F1 for a much smaller model.
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
# Small corpora do better without L1 pruning (NorNE: 10-fold cross-validation on its train part).
LANG_PARAMS: dict[str, dict[str, object]] = {"nb": {"c1": 0.01, "c2": 0.1}}
# The models trained with their own language's lexicon (where it measured better), and the folds
# that cross-fit it.
OWN_LEXICON = frozenset({"nb", "ru", "de"})
OWN_FOLDS = 5


def lexicon_counts() -> dict[str, lexicon.Counts]:
    """Name counts of every language's train part (the lexicons are built from them)."""
    return {lang: lexicon.count(projected(load(lang)[0])) for lang in LANGUAGES}


def fit(
    sentences: list[tuple[list[str], list[str]]],
    names: dict[str, str],
    params: dict[str, object],
    path: Path,
    own: bool = False,
    lang: str | None = None,
) -> dict[str, str] | None:
    """Fit a CRF on projected sentences with the other languages' lexicon; write it to ``path``;
    with ``own``, also the language's own lexicon (cross-fitted in training), which it returns."""
    trainer = pycrfsuite.Trainer(verbose=False)
    owns = lexicon.cross_fitted(sentences, OWN_FOLDS) if own else [None] * len(sentences)
    for (words, labels), mine in zip(sentences, owns):
        trainer.append(sentence_features(words, names, mine, lang), labels)
    trainer.set_params({**PARAMS, **params})
    trainer.train(str(path))
    return lexicon.own(lexicon.count(sentences)) if own else None


def train(
    lang: str,
    counts: dict[str, lexicon.Counts],
    out: Path = MODELS,
    params: dict[str, object] | None = None,
    with_own: bool | None = None,
) -> Path:
    """Fit one language's model on its train part (with the other languages' name lexicon, and its
    own if it is in ``OWN_LEXICON``) and write it with its lexicons; also refresh its dev set."""
    train_part, dev_part = load(lang)
    write_dev(lang, dev_part)
    names = lexicon.build(counts, exclude=lang)
    out.mkdir(parents=True, exist_ok=True)
    lexicon.save(names, lexicon.path(lang, out))
    use_own = lang in OWN_LEXICON if with_own is None else with_own
    path = out / f"{lang}.crfsuite"
    params = {**LANG_PARAMS.get(lang, {}), **(params or {})}
    own = fit(list(projected(train_part)), names, params, path, use_own, lang)
    if own is None:
        lexicon.path(lang, out, lexicon.OWN).unlink(missing_ok=True)
    else:
        lexicon.save(own, lexicon.path(lang, out, lexicon.OWN))
    return path


def main(argv: list[str] | None = None) -> None:
    """Command line: train the named languages (default: all) one after the other."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    ap.add_argument("--out", type=Path, default=MODELS)
    ap.add_argument("--c1", type=float, help="L1 weight (default: PARAMS, LANG_PARAMS)")
    ap.add_argument("--c2", type=float, help="L2 weight")
    ap.add_argument("--iterations", type=int, help="L-BFGS iterations")
    ap.add_argument("--own", choices=("yes", "no"), help="the language's own lexicon (default: OWN_LEXICON)")
    args = ap.parse_args(argv)
    counts = lexicon_counts()
    for lang in args.lang:
        began = time.perf_counter()
        given = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
        use = None if args.own is None else args.own == "yes"
        path = train(lang, counts, args.out, {k: v for k, v in given.items() if v is not None}, use)
        size = path.stat().st_size / 1e6
        print(f"{lang}: {path} ({size:.1f} MB) in {time.perf_counter() - began:.0f} s", flush=True)


if __name__ == "__main__":
    main()
