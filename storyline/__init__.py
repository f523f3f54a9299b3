"""storyline: a sourced account of the story a pile of multilingual news articles tells.

Public API::

    import storyline
    doc = storyline.analyze_text(text, lang=None, published=None)   # -> Document; .to_dict()
    storyline.build(["articles/"], db="storyline.db")                 # -> BuildReport
"""

from __future__ import annotations

import logging

from ._version import __version__

from .api import BuildReport, analyze_paths, analyze_text, build  # noqa: E402
from .model import Document, Published, Sentence, Span  # noqa: E402
from .pipeline import Options  # noqa: E402
from .store import open_store  # noqa: E402

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "BuildReport", "Document", "Options", "Published", "Sentence", "Span",
    "__version__", "analyze_paths", "analyze_text", "build", "open_store",
]  # fmt: skip
