"""The HTTP side of the web app: routes, parameters, headers, and a standard-library server.

Article text is untrusted, so the app is built to show it and nothing else:

1. Only the routes below answer; a document id must match ``ID`` exactly, every other path is 404
   (no file is ever served from a path: the one stylesheet is a fixed package resource).
2. HTML comes from Jinja2 with autoescaping on; JSON is ``application/json``; every answer carries
   a strict Content-Security-Policy (no scripts at all), ``nosniff``, no framing, no referrer.
3. The store is opened read-only (SQLite ``mode=ro``) for each request: no code path can write.
4. Only GET and HEAD are served (anything else is 405), and on a loopback address only requests
   naming a loopback host are answered, which defeats DNS-rebinding pages.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from .._version import __version__
from ..store import Store, open_store
from . import highlight, views
from .chart import disputed_keys, point_key, series_chart

log = logging.getLogger(__name__)

ID = re.compile(r"[0-9a-f]{16}")
LANG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,12}){0,3}", re.IGNORECASE)  # en, ckb, zh-yue, zh-classical (Wikipedia codes)
MAX_LIMIT, MAX_TEXT_PARAM = 500, 200
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")  # fmt: skip
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}
HTML, JSON, CSS = "text/html; charset=utf-8", "application/json; charset=utf-8", "text/css; charset=utf-8"
NAV = ("documents", "quotes", "entities", "figures", "times", "stories", "timeline")
ROW_DOCS = 5  # documents an entity lists (the rest are counted)
LANG_PAGES = frozenset({"documents", "quotes"})  # the routes that take ?lang= (elsewhere it would be ignored)
OWN_TEMPLATES = frozenset({"entities", "figures", "stories", "timeline"})  # collections with a page of their own; the rest use the generic one


class HTTPError(Exception):
    """An answer other than 200, with the short message shown to the client."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(slots=True)
class Response:
    """What the handler writes: status, content type, body, and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Params:
    """The validated query parameters every route may use."""

    page: views.Page
    lang: str | None = None
    q: str | None = None
    speaker: str | None = None
    entity: str | None = None
    story: str | None = None

    def query(self, **change: Any) -> str:
        """This query string with some parameters changed (for pager links)."""
        current = {"lang": self.lang, "q": self.q, "speaker": self.speaker, "entity": self.entity, "story": self.story,
                   "limit": self.page.limit if self.page.limit != views.DEFAULT_LIMIT else None,
                   "offset": self.page.offset or None}  # fmt: skip
        current.update(change)
        return urlencode({k: v for k, v in current.items() if v not in (None, "", 0)})


def parse_params(query: str) -> Params:
    """Validate ``limit``, ``offset``, ``lang``, ``q``, ``speaker``, ``entity``, ``story``; anything
    malformed is a 400."""
    try:
        raw = {k: v[-1] for k, v in parse_qs(query, max_num_fields=20).items()}
    except ValueError:
        raise HTTPError(HTTPStatus.BAD_REQUEST, "too many query parameters") from None
    limit = _int(raw.get("limit"), "limit", views.DEFAULT_LIMIT, 1, MAX_LIMIT)
    offset = _int(raw.get("offset"), "offset", 0, 0, 10**9)
    lang = raw.get("lang") or None
    if lang is not None and not LANG.fullmatch(lang):
        raise HTTPError(HTTPStatus.BAD_REQUEST, "lang must be a language code such as en, nb or zh-yue")
    return Params(views.Page(limit, offset), lang, _text(raw.get("q"), "q"), _text(raw.get("speaker"), "speaker"),
                  _text(raw.get("entity"), "entity"), _text(raw.get("story"), "story"))


def _int(value: str | None, name: str, default: int, low: int, high: int) -> int:
    """An integer parameter within bounds."""
    if value is None or value == "":
        return default
    if not re.fullmatch(r"[0-9]{1,10}", value) or not low <= int(value) <= high:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"{name} must be an integer from {low} to {high}")
    return int(value)


def _text(value: str | None, name: str) -> str | None:
    """A free-text parameter, stripped, bounded in length."""
    value = (value or "").strip()
    if len(value) > MAX_TEXT_PARAM:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"{name} is longer than {MAX_TEXT_PARAM} characters")
    return value or None


Route = Callable[[Store, Params, dict[str, str]], dict[str, Any]]


def _document(store: Store, params: Params, args: dict[str, str]) -> dict[str, Any]:
    doc = views.document(store, args["doc_id"])
    if doc is None:
        raise HTTPError(HTTPStatus.NOT_FOUND, "no such document")
    return doc


def _timeline(store: Store, params: Params, args: dict[str, str]) -> dict[str, Any]:
    data = views.timeline(store, params.page, params.q, params.entity, params.story)
    if data is None:
        raise HTTPError(HTTPStatus.NOT_FOUND, "no such story")
    return data


ROUTES: list[tuple[re.Pattern[str], str, Route]] = [
    (re.compile(r"/"), "overview", lambda store, p, a: views.overview(store)),
    (re.compile(r"/documents"), "documents", lambda store, p, a: views.documents(store, p.page, p.lang, p.q)),
    (re.compile(rf"/documents/(?P<doc_id>{ID.pattern})"), "document", _document),
    (re.compile(r"/quotes"), "quotes", lambda store, p, a: views.quotes(store, p.page, p.speaker, p.q, p.lang)),
    (re.compile(r"/timeline"), "collection", _timeline),
    (re.compile(rf"/(?P<name>{'|'.join(views.COLLECTIONS)})"), "collection",
     lambda store, p, a: views.collection(store, a["name"], p.page, p.q)),
]  # fmt: skip


class App:
    """Answers a request target (path and query) with a ``Response``; knows nothing of sockets."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.env = Environment(
            loader=PackageLoader("storyline.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.tests["weburl"] = lambda v: isinstance(v, str) and v.startswith(("https://", "http://"))
        self.env.filters["chart"] = series_chart
        self.env.filters["snippet_pieces"] = highlight.snippet_pieces
        self.env.filters["basename"] = lambda v: str(v or "").rstrip("/").rsplit("/", 1)[-1]
        self.env.filters["counts"] = counts
        self.env.filters["number"] = views.number
        self.env.filters["measure"] = views.measure
        self.env.filters["disputed_points"] = lambda row: [point_key(p) in disputed_keys(row) for p in row.get("points") or []
                                                           if isinstance(p, dict)]  # fmt: skip
        pages = {kind: name for name, (_, kinds) in views.COLLECTIONS.items() for kind in kinds}
        self.env.globals.update(columns=columns, nav=NAV, version=__version__, derived_page=pages, row_docs=ROW_DOCS)
        self.css = resources.files("storyline.web").joinpath("static/style.css").read_bytes()

    def check(self) -> None:
        """Open the store once, so that a missing or invalid one fails at start-up (``StoreError``)."""
        open_store(self.db, read_only=True).close()

    def respond(self, target: str) -> Response:
        """The answer to ``GET target``."""
        parts = urlsplit(target)
        path = parts.path
        if path == "/style.css":
            return Response(200, CSS, self.css, {"Cache-Control": "max-age=3600"})
        api = path == "/api" or path.startswith("/api/")
        path = (path[4:] if api else path).rstrip("/") or "/"
        try:
            params = parse_params(parts.query)
            for pattern, name, route in ROUTES:
                if match := pattern.fullmatch(path):
                    break
            else:
                raise HTTPError(HTTPStatus.NOT_FOUND, "not found")
            if params.lang is not None and name not in LANG_PAGES:
                raise HTTPError(HTTPStatus.BAD_REQUEST, "lang filters /documents and /quotes only")
            with open_store(self.db, read_only=True) as store:
                data = route(store, params, match.groupdict())
                if api:
                    return Response(200, JSON, dumps(data))
                known = views.known_documents(store, data) if name == "collection" else {}
                labels = views.labels(store, shown(data, known)) if data.get("name") in OWN_TEMPLATES else {}
            return Response(200, HTML, self.page(name, data, params, path, parts.query, known, labels).encode())
        except HTTPError as err:
            return self.error(err, api)
        except Exception as err:  # noqa: BLE001 - a failure is a 500 page, never a traceback to the client
            log.exception("%s failed: %r", target, err)
            return self.error(HTTPError(HTTPStatus.INTERNAL_SERVER_ERROR, "the store could not be read"), api)

    def page(self, name: str, data: dict[str, Any], params: Params, path: str, query: str,
             known: dict[str, str], labels: dict[str, dict[str, Any]]) -> str:  # fmt: skip
        """The HTML page of a route; ``known``: strings in ``data`` naming a document -> its id (linked);
        ``labels``: document id -> its title or opening words, language and date (what a link to it says)."""
        context = {"data": data, "params": params, "path": path, "known": known, "labels": labels,
                   "api_url": f"/api{path}?{query}".rstrip("?")}  # fmt: skip
        if name == "document":
            context["label"] = views.doc_label(data)
            found = highlight.search_marks(data, params.q)
            # Every sentence start is an anchor too: the timeline links a source by its sentence.
            context["pieces"] = highlight.pieces(data, [s["start"] for s in data["sentences"]], extra=found)
            context["first_match"] = found[0][0] if found else None
        template = data["name"] if name == "collection" and data.get("name") in OWN_TEMPLATES else name
        return self.env.get_template(f"{template}.html").render(**context)

    def error(self, err: HTTPError, api: bool) -> Response:
        """An error as JSON (API) or as a page."""
        if api:
            return Response(err.status, JSON, dumps({"error": err.message, "status": int(err.status)}))
        page = self.env.get_template("error.html").render(status=int(err.status), message=err.message, path="")
        return Response(err.status, HTML, page.encode())


def shown(data: dict[str, Any], known: dict[str, str]) -> list[str]:
    """The ids of the documents a collection page names: an entity's first ``ROW_DOCS`` (its
    template lists no more), else every one the page's data names."""
    if data.get("name") == "entities":
        refs = (d for e in data["derived"][0]["items"] for d in (e.get("documents") or [])[:ROW_DOCS])
        return [known[r] for r in refs if r in known]
    return list(known.values())


def dumps(data: Any) -> bytes:
    """JSON bytes (UTF-8, non-ASCII kept: the content type says the charset)."""
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def counts(value: Any) -> list[tuple[str, int | None]]:
    """``(key, count)`` pairs of a ``{"en": 2}`` mapping, or ``(item, None)`` of a plain list."""
    if isinstance(value, dict):
        return [(str(k), v if isinstance(v, int) else None) for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [(str(v), None) for v in value]
    return []


def columns(rows: list[dict[str, Any]], skip: tuple[str, ...] = ()) -> list[str]:
    """The keys of a list of dicts in first-seen order, less ``skip`` (a generic table's header)."""
    return [k for k in dict.fromkeys(k for row in rows for k in row) if k not in skip]


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (the only safe default to listen on)."""
    host = host.strip("[]")
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Handler(BaseHTTPRequestHandler):
    """GET and HEAD through the ``App``; every other method is 405."""

    server: Server
    server_version = "storyline"
    sys_version = ""
    timeout = 30  # seconds a client may stall mid-request before its thread is freed

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(body=False)

    def _not_allowed(self) -> None:
        self.close_connection = True  # the request body is never read
        self._send(Response(405, JSON, dumps({"error": "read-only: only GET and HEAD", "status": 405}),
                            {"Allow": "GET, HEAD"}), body=True)  # fmt: skip

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed  # noqa: N815

    def _answer(self, *, body: bool) -> None:
        if not self.server.host_allowed(self.headers.get("Host")):
            self._send(Response(400, JSON, dumps({"error": "unexpected Host header", "status": 400})), body=body)
            return
        self._send(self.server.app.respond(self.path), body=body)

    def _send(self, response: Response, *, body: bool) -> None:
        self.send_response(response.status)
        headers = {**SECURITY_HEADERS, "Content-Type": response.content_type,
                   "Content-Length": str(len(response.body)), **response.headers}  # fmt: skip
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if not self.server.quiet:
            super().log_message(format, *args)


class Server(ThreadingHTTPServer):
    """A threading HTTP server bound to one ``App``."""

    daemon_threads = True

    def __init__(self, app: App, host: str, port: int, *, quiet: bool = False) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.app = app
        self.quiet = quiet
        self.loopback = is_loopback(host)
        super().__init__((host.strip("[]"), port), Handler)

    def host_allowed(self, header: str | None) -> bool:
        """On loopback, only requests addressed to a loopback name (a rebinding page's is not)."""
        if not self.loopback or not header:
            return True
        try:
            hostname = urlsplit(f"//{header}").hostname
        except ValueError:
            return False
        return hostname is not None and is_loopback(hostname)

    @property
    def url(self) -> str:
        """Where the app answers."""
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in str(host) else f"http://{host}:{port}/"


def make_server(db: str, host: str = "127.0.0.1", port: int = 8001, *, quiet: bool = False) -> Server:
    """A server over the store at ``db``, bound and ready (``serve_forever()``); port 0 picks one.

    Raises ``StoreError`` when the store is missing or unusable, ``OSError`` when the address is.
    """
    app = App(db)
    app.check()
    return Server(app, host, port, quiet=quiet)
