"""``storyline serve``: the read-only web app over the store (HTML pages and a JSON API)."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from ..store import StoreError
from ..web import is_loopback, make_server
from .common import DbOption, QuietOption, err_console, fail


HostOption = Annotated[str, typer.Option("--host", help="Address to listen on (loopback unless you mean to share).")]
PortOption = Annotated[int, typer.Option("--port", help="Port to listen on (0 picks a free one).", min=0, max=65535)]


def register(app: typer.Typer) -> None:
    """Add ``serve``."""
    app.command("serve")(serve)


def serve(
    db: DbOption = "storyline.db",
    host: HostOption = "127.0.0.1",
    port: PortOption = 8001,
    quiet: QuietOption = False,
) -> None:
    """Browse the store in a web browser: documents, quotes, figures, stories, timeline, and /api/... JSON.

    The store is opened read-only; the app serves nothing but its data.
    """
    try:
        server = make_server(db, host, port, quiet=quiet)
    except StoreError as err:
        fail(str(err))
    except OSError as err:
        fail(f"cannot listen on {host}:{port}: {err.strerror or err}")
    if not is_loopback(host):
        err_console.print(
            f"[bold yellow]warning:[/] listening on {host}, not on loopback: anyone who can reach this "
            "machine can read every stored article (there is no login). Use --host 127.0.0.1 to keep it local.",
            soft_wrap=True,
        )
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")  # a failed request is logged, not shown
    err_console.print(f"serving {db} read-only at {server.url}  (Ctrl-C to stop)", markup=False, highlight=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
