"""The web app (``storyline serve``): a read-only, datasette-style browser over the store.

HTML pages and a JSON API (``/api/...``) show the same data; see ``server`` for the security
rules that let it show untrusted article text safely.
"""

from __future__ import annotations

from .server import App, Server, is_loopback, make_server

__all__ = ["App", "Server", "is_loopback", "make_server"]
