"""The NER training data: reading, the deterministic train/dev split, and label projection.

The shared training files (``../shared/train/ner/<lang>/train.conllu``, token<TAB>BIO-tag) are split
by blocks of consecutive sentences (every tenth block of 50 is dev), so neighbouring sentences of one
article stay on one side and the split is the same on every machine, in milliseconds; CI regenerates
the dev sets with ``python -m storyline.entities.corpus``.

The models never see gold tokens at run time, only the text. So training text is made exactly as the
scorer makes it (its ``detokenize``), re-tokenised with :mod:`.tokens`, and the gold entity spans are
projected onto those tokens: the model learns on the tokenisation it will meet.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from .tokens import tokenize

LANGUAGES = ("en", "de", "es", "nl", "nb", "pl", "ru", "fr", "it", "pt")
BLOCK = 50  # sentences per split block
DEV_EVERY = 10  # one block in ten is dev
REPO = Path(__file__).resolve().parents[2]
DEV_ROOT = REPO / "build" / "ner-dev"

Sentence = tuple[list[str], list[str]]  # tokens, BIO tags

# German umlauts and sharp s mis-decoded in the shared German CoNLL file ("Baden-Wьrttemberg",
# "Straяe", "№bernahme"): a token mixing ASCII letters with these characters gets them back, so the
# model learns the words real German text writes (and its gazetteer matches "Österreich").
_MOJIBAKE = str.maketrans("ьдцяÿ№ƒ÷", "üäößßÜÄÖ")
_MIXED = re.compile(r"(?=.*[a-zA-Z])(?=.*[ьдцяÿ№ƒ÷])")


def shared_root() -> Path:
    """The shared data folder: ``$STORYLINE_SHARED`` or ``../shared`` beside the repository."""
    return Path(os.environ.get("STORYLINE_SHARED", REPO.parent / "shared")).resolve()


def scorer_common() -> ModuleType:
    """The scorer's ``common`` module, whose ``detokenize`` and ``bio_spans`` define the dev text."""
    path = str(shared_root() / "eval" / "scorer")
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module("common")


def repair(token: str) -> str:
    """A token with its mis-decoded German letters restored (any other token unchanged)."""
    return token.translate(_MOJIBAKE) if _MIXED.match(token) else token


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a token<TAB>tag file (document-start markers dropped)."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                if toks:
                    sents.append((toks, tags))
                toks, tags = [], []
            elif cols[-2] != "-DOCSTART-":
                toks.append(repair(cols[-2]))
                tags.append(cols[-1])
    if toks:
        sents.append((toks, tags))
    return sents


def split(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): every ``DEV_EVERY``-th block of ``BLOCK`` consecutive sentences is dev."""
    train: list[Sentence] = []
    dev: list[Sentence] = []
    for i, sent in enumerate(sents):
        (dev if (i // BLOCK) % DEV_EVERY == DEV_EVERY - 1 else train).append(sent)
    return train, dev


def load(lang: str) -> tuple[list[Sentence], list[Sentence]]:
    """The (train, dev) halves of one language's shared training file."""
    return split(read_conll(shared_root() / "train" / "ner" / lang / "train.conllu"))


def write_dev(lang: str, dev: list[Sentence], root: Path = DEV_ROOT) -> Path:
    """Write one language's dev part as a scorer data set (``dataset.json`` + ``dev.conllu``)."""
    folder = root / lang
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "dev.conllu", "w", encoding="utf-8") as fh:
        for toks, tags in dev:
            fh.writelines(f"{t}\t{g}\n" for t, g in zip(toks, tags))
            fh.write("\n")
    meta = {
        "task": "ner",
        "format": "ner-conll",
        "lang": lang,
        "name": f"ner-{lang}-dev",
        "file": "dev.conllu",
        "source": f"train/ner/{lang}/train.conllu, blocks of {BLOCK} sentences, every {DEV_EVERY}th "
        "(storyline.entities.corpus); never trained on",
    }
    (folder / "dataset.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return folder


def project(sent: Sentence) -> tuple[list[str], list[str]]:
    """The sentence's text re-tokenised with :func:`tokenize`, with gold types projected as BIO.

    A token takes the type of the gold entity holding its first character; "B-" when it is the
    first token inside that entity.
    """
    common = scorer_common()
    toks, tags = sent
    text, offs = common.detokenize(toks)
    owner = [-1] * len(text)
    types: list[str] = []
    for k, (s, e, typ) in enumerate(common.bio_spans(tags)):
        types.append(typ)
        for c in range(offs[s][0], offs[e - 1][1]):
            owner[c] = k
    words: list[str] = []
    labels: list[str] = []
    prev = -1
    for s, e in tokenize(text):
        k = owner[s]
        words.append(text[s:e])
        labels.append("O" if k < 0 else ("I-" if k == prev else "B-") + types[k])
        prev = k
    return words, labels


def projected(sents: list[Sentence]) -> Iterator[tuple[list[str], list[str]]]:
    """Every sentence projected (empty ones dropped)."""
    for sent in sents:
        words, labels = project(sent)
        if words:
            yield words, labels


def main(argv: list[str] | None = None) -> None:
    """Write the dev sets of the given languages (all by default) under ``build/ner-dev``."""
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    ap.add_argument("--out", type=Path, default=DEV_ROOT)
    args = ap.parse_args(argv)
    for lang in args.lang:
        train, dev = load(lang)
        folder = write_dev(lang, dev, args.out)
        print(f"{lang}: {len(train)} train, {len(dev)} dev sentences -> {folder}")


if __name__ == "__main__":
    main()
