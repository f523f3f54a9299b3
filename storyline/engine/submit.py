"""The file to give ``spark-submit``, which runs a Python file rather than a module:

    spark-submit [spark options] "$(python -c 'import storyline.engine.submit as m; print(m.__file__)')" \\
        PATH... --out DIR [--db FILE] [--partitions N]

It runs ``storyline spark`` with the same arguments, on the master and settings spark-submit gives.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    """``storyline spark ARGV...``."""
    from storyline.cli import app

    app(["spark", *argv], prog_name="storyline spark")


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]  # its modules are not top-level
    main(sys.argv[1:])
