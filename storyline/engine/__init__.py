"""Engines for corpora that outgrow one machine: Apache Spark (``storyline spark``).

What is distributed and what is not:

- **Per-document analysis runs on the executors.** Every pipeline component is a pure function of
  one document, so ``storyline.pipeline.run`` maps over Spark partitions unchanged; it is nearly
  all of the cost (tens of milliseconds a document, against well under one to store it).
- **Reading runs on the executors too**, with storyline's own readers, a task per group of files;
  inputs that hold many articles (JSON lines, WARC) are reshuffled so that one big file does not
  become one long task.
- **The cross-document steps run on the driver**, over the store (``--db``): entity merging,
  figure series and story clustering read compact per-document features (keys, counts, a day
  number) and compare documents only within blocks (shared keys, nearby days), so their cost grows
  near-linearly with the corpus, and their state is the compact features, not the texts. Loading
  the store streams the analysed documents one partition at a time.

The engine needs the optional ``spark`` extra (``pip install 'storyline[spark]'``) and Java 17+;
``load_spark()`` says clearly which is missing.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class EngineError(Exception):
    """The engine cannot run: pyspark or Java missing, Spark failing to start, or an output folder
    it must not replace."""


def load_spark() -> ModuleType:
    """``storyline.engine.spark``, or an ``EngineError`` saying how to install what it needs."""
    try:
        import pyspark  # noqa: F401 - only checking that it is there
    except ImportError:
        raise EngineError("the Spark engine needs pyspark: pip install 'storyline[spark]'") from None
    return importlib.import_module(f"{__name__}.spark")


__all__ = ["EngineError", "load_spark"]
