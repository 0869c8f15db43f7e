"""The review page's HTTP server: Flask on 127.0.0.1, reachable only with the run's token.

Every request must name the per-run random token as the first path segment (``/TOKEN/…``, so the
page's relative links and module imports carry it), send a ``Host`` of this server, and, when it
sends an ``Origin`` (browsers do on every POST and module load), this server's origin; a POST
without one is refused too. Anything else gets 403. Only the page's own files (a fixed list read
from ``geo/review/static`` at start), Leaflet's files (from ``XStatic-Leaflet``, else the npm
cache of ``geo assets fetch``) and the JSON API are served: no path from a request reaches the
file system. Responses carry a Content-Security-Policy that allows nothing but this origin, so
even a text from the data that was (wrongly) made markup could not run.
"""

from __future__ import annotations

import hmac
import secrets
import socket
import threading
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, jsonify, request
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from geo.errors import GeoError, GeoIOError
from geo.gazetteer import default_gazetteer
from geo.gazetteer.outlines import country_outlines
from geo.maps.assets import CdnAsset, cached_asset, leaflet_version
from geo.maps.leaflet import packaged_leaflet
from geo.review.places import country_at, point_place
from geo.review.session import ReviewSession
from geo.temporal.edtf import parse_edtf

__all__ = ["ReviewServer", "create_app"]

#: The page's files and their media types.
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css"}
#: Leaflet's files the page loads, by the name it asks for.
_LEAFLET = {"leaflet.js": "dist/leaflet.js", "leaflet.css": "dist/leaflet.css"}
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_MAX_BODY = 32 * 1024 * 1024


def _error(message: str) -> Response:
    response = jsonify({"ok": False, "error": message})
    response.status_code = 400
    return response


def _static_files() -> dict[str, tuple[bytes, str]]:
    folder = files("geo.review").joinpath("static")
    found = {}
    for item in folder.iterdir():
        suffix = Path(item.name).suffix
        if item.is_file() and suffix in _TYPES:
            found[item.name] = (item.read_bytes(), _TYPES[suffix])
    return found


def _leaflet_files() -> dict[str, tuple[bytes, str]]:
    packaged = packaged_leaflet()
    if packaged is not None:  # XStatic-Leaflet; its stylesheet's images are data: URIs
        return {
            "leaflet.js": (packaged.raw_script, _TYPES[".js"]),
            "leaflet.css": (packaged.raw_style, _TYPES[".css"]),
        }
    version = leaflet_version()
    found = {}
    for name, path in _LEAFLET.items():
        cached = cached_asset(CdnAsset("leaflet", version, path))
        if cached is not None:
            found[name] = (cached.read_bytes(), _TYPES[Path(name).suffix])
    return found


@dataclass
class _Guard:
    token: str
    port: int = 0
    hosts: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)

    def bind(self, port: int) -> None:
        self.port = port
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    def allowed(self) -> bool:
        head, _, _rest = request.path.lstrip("/").partition("/")
        if not hmac.compare_digest(head.encode(), self.token.encode()):
            return False
        if request.host not in self.hosts:
            return False
        origin = request.headers.get("Origin")
        if origin is not None and origin not in self.origins:
            return False
        return not (request.method != "GET" and origin is None)


def create_app(session: ReviewSession, *, token: str) -> tuple[Flask, _Guard]:
    """Return the Flask application serving ``session`` under ``/token/`` and its request guard.

    The guard learns the port when the server is bound (:class:`ReviewServer` does it).
    """
    app = Flask("geo.review", static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = _MAX_BODY
    guard = _Guard(token)
    static = _static_files()
    leaflet = _leaflet_files()
    lock = threading.Lock()  # one save or gazetteer lookup at a time

    @app.before_request
    def _check() -> Response | None:
        if not guard.allowed():
            return Response("forbidden\n", status=403, mimetype="text/plain")
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cache-Control"] = "no-store"
        return response

    def _file(found: tuple[bytes, str] | None) -> Response:
        if found is None:
            abort(404)
        return Response(found[0], mimetype=None, content_type=found[1])

    @app.get("/<token_>/")
    def _page(token_: str) -> Response:
        return _file(static.get("index.html"))

    @app.get("/<token_>/static/<name>")
    def _static(token_: str, name: str) -> Response:
        return _file(static.get(name))

    @app.get("/<token_>/leaflet/<name>")
    def _leaflet(token_: str, name: str) -> Response:
        return _file(leaflet.get(name))

    @app.get("/<token_>/api/state")
    def _state(token_: str) -> Response:
        with lock:
            state = session.state()
        state["map"] = {"leaflet": bool(leaflet), "leaflet_version": leaflet_version()}
        return jsonify(state)

    @app.get("/<token_>/api/outlines")
    def _outlines(token_: str) -> Response:
        return jsonify(country_outlines())

    @app.get("/<token_>/api/places")
    def _places(token_: str) -> Response:
        query = request.args.get("q", "").strip()
        country = request.args.get("country") or None
        if not query or len(query) > 200:
            return jsonify([])
        with lock:
            try:
                found = default_gazetteer().lookup(query, country=country, limit=8)
            except GeoError as exc:
                return _error(str(exc))
        return jsonify(
            [
                {
                    "place": c.name,
                    "gazetteer_id": c.id,
                    "feature_class": c.feature_class,
                    "country": c.country,
                    "geo_precision": c.geo_precision,
                    "lon": c.lon,
                    "lat": c.lat,
                    "match": c.match,
                }
                for c in found
            ]
        )

    @app.get("/<token_>/api/point")
    def _point(token_: str) -> Response:
        try:
            lon, lat = float(request.args["lon"]), float(request.args["lat"])
            precision = int(request.args.get("precision", "2"))
            name = request.args.get("name", "").strip() or None
            country = country_at(lon, lat)
            return jsonify(point_place(lon, lat, precision=precision, name=name, country=country))
        except (KeyError, ValueError) as exc:  # InputError is a ValueError
            return _error(str(exc))

    @app.get("/<token_>/api/date")
    def _date(token_: str) -> Response:
        value = request.args.get("value", "")
        try:
            bounds = parse_edtf(value)
        except GeoError as exc:
            return jsonify({"ok": False, "error": str(exc)})
        return jsonify(
            {"ok": True, "start": bounds.iso_start, "end": bounds.iso_end, "precision": bounds.precision}
        )

    @app.post("/<token_>/api/save")
    def _save(token_: str) -> Response:
        payload: Any = request.get_json(silent=True)
        with lock:
            try:
                saved = session.save(payload)
            except GeoError as exc:
                return _error(str(exc))
        return jsonify(
            {
                "ok": True,
                "events": str(saved.events_path),
                "decisions": str(saved.decisions_path),
                "features": len(saved.applied.collection.features),
                "pending": len(saved.applied.pending),
            }
        )

    return app, guard


class _QuietHandler(WSGIRequestHandler):
    """No line per request on standard error (each would repeat the token)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


class ReviewServer:
    """The review application served on ``127.0.0.1`` in a background thread.

    Parameters
    ----------
    session
        What to review.
    port
        TCP port; 0 picks a free one.

    Raises
    ------
    GeoIOError
        If the port cannot be bound (in use, or privileged).
    """

    def __init__(self, session: ReviewSession, *, port: int = 0) -> None:
        self.token = secrets.token_urlsafe(24)
        app, guard = create_app(session, token=self.token)
        try:  # bound here: werkzeug would print and exit on a port in use
            listening = socket.create_server(("127.0.0.1", port))
        except OSError as exc:
            raise GeoIOError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from exc
        with listening:  # werkzeug serves a duplicate of the socket
            bound = listening.getsockname()[1]
            self._server: BaseWSGIServer = make_server(
                "127.0.0.1", bound, app, threaded=True, request_handler=_QuietHandler, fd=listening.fileno()
            )
        guard.bind(bound)
        self.port = bound
        self._serving = False
        self._thread = threading.Thread(target=self._server.serve_forever, name="geo-review", daemon=True)

    @property
    def url(self) -> str:
        """The page's address, token included."""
        return f"http://127.0.0.1:{self.port}/{self.token}/"

    def start(self) -> ReviewServer:
        """Serve in a background thread."""
        self._serving = True
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted."""
        self._serving = True
        self._server.serve_forever()

    def stop(self) -> None:
        """Stop serving (if it started: shutdown waits for the loop) and close the socket."""
        if self._serving:
            self._server.shutdown()
        self._server.server_close()
