"""The store: SQLite by default, behind an interface a PostgreSQL backend can implement.

Callers use ``open_store(path_or_url)`` and the ``Store`` methods only; SQL stays in the backend.
"""

from __future__ import annotations

from .base import Store, StoreError
from .sqlite import SQLiteStore


def open_store(location: str, *, create: bool = True, read_only: bool = False) -> Store:
    """Open (and migrate) the store at a path, or a ``sqlite:///path`` URL.

    ``read_only`` opens an existing store so that nothing can write to it (readers such as the
    web app); it implies ``create=False``.
    """
    if location.startswith(("postgres://", "postgresql://")):
        raise StoreError("the PostgreSQL backend is not available yet; use a SQLite file path")
    if location.startswith("sqlite:///"):
        location = location.removeprefix("sqlite:///")
    return SQLiteStore(location, create=create, read_only=read_only)


__all__ = ["SQLiteStore", "Store", "StoreError", "open_store"]
