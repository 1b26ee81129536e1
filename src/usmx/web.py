"""``usmx serve``: the monitor's pages as a local web app, a check form and a JSON API.

The pages are the static site's own (same renderer, links rooted at "/"), so what the app
shows is what ``usmx report`` writes. The app binds to 127.0.0.1 unless told otherwise and
loads nothing from the network at view time: the OpenAPI description is served as JSON,
without the documentation UIs that would pull scripts from a CDN.

Every response carries a strict Content-Security-Policy (no scripts at all), and request
bodies are capped before they are read, so a pasted novel or a runaway upload is refused
with a clear message instead of being held in memory.

A local app is still reachable from every page the browser has open. So it answers only
to the host names it is told to (localhost names by default: a page on another site that
makes its own name resolve to 127.0.0.1 gets a 400), and refuses a state-changing request
whose Origin or Referer is another site (a 403 for a cross-site form post). Checks run in
worker threads of their own, at most ``CHECK_WORKERS`` at once (and ``FETCH_WORKERS`` pages
being fetched), each within a time budget
that the check itself keeps (a thread cannot be stopped from outside); the event loop only
waits, so ``/healthz`` answers at once however many checks are in flight. An HTML page
shows at most ``MAX_CARDS_PER_PAGE`` verdict cards; the JSON API always gives every claim.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from datetime import date
from functools import cached_property, partial
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import anyio
import anyio.to_thread
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from usmx import __version__
from usmx.catalog import UnknownIndicator
from usmx.check import CheckTimeout
from usmx.errors import UsmxError
from usmx.periods import PeriodError, parse_period
from usmx.report import checking, claimreview
from usmx.report.claimreview import claim_reviews
from usmx.report.documents import Document
from usmx.report.impacts import DEFAULT_IMPACTS, ImpactPage, run_impacts
from usmx.report.inputs import MAX_BODY_BYTES, MAX_TEXT_CHARS, InputError, TooLarge
from usmx.report.pages import ImpactLink, Renderer
from usmx.report.timeline import EVENT_CATEGORIES
from usmx.store import Store, StoreBusy
from usmx.summary import answer_dict, indicator_dict, indicator_summary_dict
from usmx.units import json_safe

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # "same-origin", not "no-referrer": with no-referrer a browser sends "Origin: null" on the app's
    # own form posts, which could then not be told from a cross-site one; other sites still get nothing
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}

# The names the app answers to unless told more (``usmx serve --allowed-host``).
LOCAL_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")
CHECK_BUDGET_S = 20.0  # one check, fetching included
# Checks at once (CPU work; more wait their turn, within their budget). More threads would
# not check faster on a small machine, and would leave the event loop less of the interpreter.
CHECK_WORKERS = 4
FETCH_WORKERS = 64  # pages being fetched at once (waiting on the network)
MAX_CARDS_PER_PAGE = 30  # a card with its chart takes tens of milliseconds to draw
GRACE_S = 1.0
_UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
T = TypeVar("T")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class Guard:
    """Pure ASGI middleware: security headers on every response, and a cap on request bodies.

    The body is read in full (up to ``limit`` bytes) before the app sees it and replayed to
    it; a body over the limit, by its header or as it streams in, gets a 413 at once.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _v in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                         if k.lower().encode() not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, send_with_headers)
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send_with_headers)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                await self._refuse(scope, send_with_headers)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        await _plain_or_json(scope, send, 413, f"the request is too large: the limit is {self.limit:,} bytes "
                                               f"(about {MAX_TEXT_CHARS:,} characters of text)")


async def _plain_or_json(scope: Scope, send: Send, status: int, message: str) -> None:
    """A one-line refusal: JSON under /api/, plain text elsewhere."""
    if str(scope.get("path", "")).startswith("/api/"):
        body = json.dumps({"detail": message}).encode()
        ctype = b"application/json"
    else:
        body = f"usmx: {message}\n".encode()
        ctype = b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _host_name(netloc: str) -> str:
    """The host of a ``Host`` header or an origin's netloc, without port, brackets or final dot."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:netloc.find("]")] if "]" in netloc else netloc[1:]
    return netloc.rsplit(":", 1)[0].rstrip(".") if netloc.count(":") <= 1 else netloc


class SameSite:
    """Pure ASGI middleware: a Host allow-list, and no state-changing request from another site.

    The Host check defeats DNS rebinding (a site that points its own name at 127.0.0.1 to
    read this app through the visitor's browser). The Origin check (or the Referer, when a
    browser sends no Origin) defeats cross-site form posts. A request with neither header
    is not from a page in a browser (curl, a script) and is served.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] = LOCAL_HOSTS) -> None:
        self.app = app
        self.allowed = frozenset(_host_name(h) for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers") or []}
        host = headers.get(b"host", b"").decode("latin-1").strip()
        if _host_name(host) not in self.allowed:
            names = ", ".join(sorted(self.allowed))
            await _plain_or_json(scope, send, 400, f"this server answers to {names} only, not to the host "
                                                   f"{host[:100]!r} (usmx serve --allowed-host adds a name)")
            return
        if scope.get("method") in _UNSAFE_METHODS:
            for header in (b"origin", b"referer"):
                value = headers.get(header)
                if value is None:
                    continue
                text = value.decode("latin-1").strip()
                try:
                    netloc = urlsplit(text).netloc.lower() if text != "null" else ""
                except ValueError:
                    netloc = ""
                if netloc != host.lower():
                    await _plain_or_json(scope, send, 403, f"a request from another site is refused "
                                                           f"({header.decode().capitalize()}: {text[:100]!r})")
                    return
                break
        await self.app(scope, receive, send)


class Overtime(UsmxError, RuntimeError):
    """A check that did not finish within the request's time budget."""

    exit_code = 3
    http_status = 503


class Checks:
    """Runs checks in worker threads within ``budget`` seconds, queueing included.

    A check has two stages with a limit each: loading (a URL fetch waits on the network, so
    up to ``fetchers`` at once) and checking (CPU work, so up to ``workers`` at once: more
    would only share the same cores). Each stage's thread gets the deadline and stops itself
    there (``CheckTimeout``, or the fetch's own timeout); the request stops waiting at the
    same moment (plus ``GRACE_S``), so a client never waits much past the budget, and the
    thread of a check whose client has gone ends by the deadline too.
    """

    def __init__(self, budget: float = CHECK_BUDGET_S, workers: int = CHECK_WORKERS,
                 fetchers: int = FETCH_WORKERS) -> None:
        self.budget = budget
        self.workers = workers
        self.fetchers = fetchers
        self._limiters: dict[str, anyio.CapacityLimiter] = {}

    def deadline(self) -> float:
        return time.monotonic() + self.budget

    async def run(self, work: Callable[[float], T], deadline: float, stage: str = "check") -> T:
        """``work(deadline)`` in a thread of ``stage`` ("load" or "check"), or ``Overtime``."""
        if stage not in self._limiters:  # made on the event loop that will use it
            self._limiters[stage] = anyio.CapacityLimiter(self.fetchers if stage == "load" else self.workers)

        def bounded(deadline: float) -> T:
            if time.monotonic() > deadline:
                raise CheckTimeout("no worker was free in time")
            return work(deadline)

        try:
            # the worker stops itself at the deadline and says how far it got; waiting a little
            # longer lets that message through, and still bounds a worker stuck outside the check
            with anyio.fail_after(max(0.0, deadline - time.monotonic()) + GRACE_S):
                return await anyio.to_thread.run_sync(bounded, deadline, limiter=self._limiters[stage],
                                                      abandon_on_cancel=True)
        except CheckTimeout as exc:
            raise Overtime(f"the check took longer than {self.budget:g} seconds, the limit for one request "
                           f"({exc}); check a shorter text, or use the command line") from None
        except TimeoutError:
            raise Overtime(f"the check did not finish within {self.budget:g} seconds (the server is busy, or the "
                           f"page is slow to fetch); try again later") from None


class CheckRequest(BaseModel):
    """Text to check, or the http(s) URL of a page to fetch and check."""

    text: str | None = Field(default=None, description=f"Text to check (at most {MAX_TEXT_CHARS:,} characters).")
    url: str | None = Field(default=None, description="An http(s) URL to fetch and check instead of text.")
    published: date | None = Field(default=None, description="Publication date, for 'last year' and the like.")
    name: str | None = Field(default=None, description="A name for the document in the output.")
    review_url: str | None = Field(
        default=None, description="The absolute http(s) URL of the page that will publish these reviews; "
                                  "without it the ClaimReview blocks carry no url (no page hosts them yet).")


class _State:
    """The store, the renderer and cached pages: built once, since the store does not change."""

    def __init__(self, store_path: Path | None, store: Store | None) -> None:
        self._store_path = store_path
        self._store = store
        self.pages: dict[str, str] = {}

    @cached_property
    def store(self) -> Store:
        if self._store is not None:
            return self._store
        from usmx.store import open_store

        return open_store(self._store_path)

    @cached_property
    def renderer(self) -> Renderer:
        from usmx.events import load_events

        return Renderer(self.store, list(load_events()), EVENT_CATEGORIES)

    @cached_property
    def impacts(self) -> list[ImpactPage]:
        return run_impacts(self.store, self.renderer.events, DEFAULT_IMPACTS)

    def page(self, key: str, build: Callable[[], str]) -> str:
        if key not in self.pages:
            self.pages[key] = build()
        return self.pages[key]


def _json(data: Any) -> JSONResponse:
    """A JSON response that is valid JSON whatever the data (no ``Infinity``; see ``json_safe``)."""
    return JSONResponse(json_safe(jsonable_encoder(data)))


def _json_bytes(data: Any) -> bytes:
    """``data`` as JSON bytes, made in the worker thread: a long check's JSON is not encoded on the event loop."""
    return json.dumps(json_safe(jsonable_encoder(data)), ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).encode("utf-8")


def _published(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(f"the publication date must be YYYY-MM-DD, got {value!r}") from None
    return _in_range(day)


def _in_range(day: date | None) -> date | None:
    from usmx.text.dateline import check_published
    from usmx.text.document import DocumentError

    if day is None:
        return None
    try:
        return check_published(day)
    except DocumentError as exc:
        raise InputError(str(exc)) from None


def _document(text: str, url: str, published: date | None, name: str | None = None, *,
              allow_private: bool | None = None, deadline: float | None = None) -> Document:
    if url.strip() and text.strip():
        raise InputError("give either text or a URL, not both")
    if url.strip():
        if deadline is None:
            return checking.load_url(url, published, allow_private)
        return checking.load_url(url, published, allow_private, timeout=max(0.1, deadline - time.monotonic()))
    if not text.strip():
        raise InputError("there is no text to check: paste some text or give a URL")
    return checking.pasted(text, published, name or "pasted text")


def create_app(store_path: Path | None = None, *, store: Store | None = None,
               allowed_hosts: Iterable[str] = LOCAL_HOSTS, allow_private: bool | None = None,
               check_budget: float = CHECK_BUDGET_S, check_workers: int = CHECK_WORKERS,
               fetch_workers: int = FETCH_WORKERS, max_cards: int = MAX_CARDS_PER_PAGE) -> FastAPI:
    """The web app over the store at ``store_path`` (or the default store), or over ``store``.

    ``allowed_hosts`` are the host names it answers to; ``allow_private`` lets the URL check
    fetch pages on private addresses (None: ``USMX_ALLOW_PRIVATE`` decides); ``check_budget``
    is the seconds one check may take, fetching included.
    """
    state = _State(store_path, store)
    checks = Checks(check_budget, check_workers, fetch_workers)
    app = FastAPI(
        title="usmx",
        version=__version__,
        description="Official U.S.–Mexico figures and a claim checker. All values are unscaled, in each "
                    "indicator's unit (deaths, encounters, USD, pounds, percent).",
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(SameSite, allowed_hosts=tuple(allowed_hosts))  # type: ignore[arg-type]
    app.add_middleware(Guard)  # type: ignore[arg-type]  # outermost: its headers go on every refusal too

    def html_error(status: int, message: str) -> HTMLResponse:
        return HTMLResponse(state.renderer.error_page("/", status, message), status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return html_error(exc.status_code, str(exc.detail))

    @app.exception_handler(UsmxError)
    async def usmx_error(request: Request, exc: UsmxError) -> Response:
        """Every usmx error, mapped to its status in one place (see usmx.errors)."""
        return await http_error(request, StarletteHTTPException(exc.http_status, str(exc)))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        # FastAPI's own handler echoes the input, and fails on a body that is not UTF-8
        errors = jsonable_encoder(exc.errors(), custom_encoder={bytes: lambda b: b.decode("utf-8", "replace")})
        return JSONResponse({"detail": json_safe(errors)}, status_code=422)

    @app.exception_handler(StoreBusy)
    async def store_busy(request: Request, exc: StoreBusy) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})
        return PlainTextResponse(f"usmx: {exc}\n", status_code=503, headers={"Retry-After": "5"})

    # pages -----------------------------------------------------------------------------
    def impact_links() -> list[ImpactLink]:
        return [ImpactLink(p.slug, p.title, p.spec.indicator, p.spec.event, p.ok, p.error) for p in state.impacts]

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/index.html", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(state.page("index", lambda: state.renderer.index(root="/", impacts=impact_links(),
                                                                              form=True)))

    @app.get("/indicators/{indicator_id}.html", response_class=HTMLResponse, include_in_schema=False)
    def indicator_page(indicator_id: str) -> HTMLResponse:
        if indicator_id not in state.store.catalog:
            raise HTTPException(404, f"unknown indicator {indicator_id!r}")
        return HTMLResponse(state.page(f"ind:{indicator_id}", lambda: state.renderer.indicator(indicator_id, root="/")))

    @app.get("/indicators/{indicator_id}.csv", include_in_schema=False)
    def indicator_csv(indicator_id: str) -> Response:
        if indicator_id not in state.store.catalog:
            raise HTTPException(404, f"unknown indicator {indicator_id!r}")
        return Response(state.renderer.indicator_csv(indicator_id), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{indicator_id}.csv"'})

    @app.get("/events.html", response_class=HTMLResponse, include_in_schema=False)
    def events_page() -> HTMLResponse:
        return HTMLResponse(state.page("events", lambda: state.renderer.events_page(root="/")))

    @app.get("/impact/{slug}.html", response_class=HTMLResponse, include_in_schema=False)
    def impact_page(slug: str) -> HTMLResponse:
        found = next((p for p in state.impacts if p.slug == slug and p.ok), None)
        if found is None:
            raise HTTPException(404, f"no impact analysis {slug!r}")
        return HTMLResponse(state.page(f"impact:{slug}", lambda: state.renderer.impact(found, root="/")))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        item = resources.files("usmx.report").joinpath("static").joinpath(name)
        if "/" in name or name.startswith(".") or not item.is_file():
            raise HTTPException(404, "no such file")
        media = {"css": "text/css; charset=utf-8"}.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        return Response(item.read_bytes(), media_type=media)

    @app.get("/check", response_class=HTMLResponse, include_in_schema=False)
    def check_form() -> HTMLResponse:
        return HTMLResponse(state.renderer.check_form(root="/"))

    @app.post("/check", response_class=HTMLResponse, include_in_schema=False)
    async def check_form_post(request: Request) -> HTMLResponse:
        body = (await request.body()).decode("utf-8", errors="replace")
        form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
        text, url, when = form.get("text", ""), form.get("url", ""), form.get("published", "")
        page_url = str(request.url)
        site_url = str(request.base_url)

        def load(deadline: float) -> Document:
            return _document(text, url, _published(when), allow_private=allow_private, deadline=deadline)

        def run(doc: Document, deadline: float) -> str:
            doc = checking.dated(state.store, doc)
            claims = checking.check(state.store, doc, deadline)
            return state.renderer.document(doc, claims, root="/", page_url=page_url, reviewed=date.today(),
                                           site_url=site_url, limit=max_cards)

        try:
            deadline = checks.deadline()
            doc = await checks.run(load, deadline, "load") if url.strip() else load(deadline)
            return HTMLResponse(await checks.run(partial(run, doc), deadline))
        except InputError as exc:
            status, error = exc.http_status, str(exc)
        except Overtime as exc:
            status, error = 503, str(exc)
        shown = text if len(text) <= MAX_TEXT_CHARS else ""
        return HTMLResponse(state.renderer.check_form(root="/", error=error, text=shown, url=url, published=when),
                            status_code=status)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/docs", include_in_schema=False)
    def docs() -> RedirectResponse:
        return RedirectResponse("/openapi.json")

    # API -------------------------------------------------------------------------------
    @app.get("/api/indicators", summary="Every indicator with its latest figure and direction of travel")
    def api_indicators() -> JSONResponse:
        return _json([indicator_summary_dict(state.store, ind.id) for ind in state.store.catalog])

    @app.get("/api/indicators/{indicator_id}", summary="One indicator: definition, series, revisions",
             responses={404: {"description": "Unknown indicator"}})
    def api_indicator(indicator_id: str) -> JSONResponse:
        return _json(indicator_dict(state.store, indicator_id))

    @app.get("/api/value", summary="The official figure for one indicator and period",
             responses={400: {"description": "Bad period or date"},
                        404: {"description": "Unknown indicator or no figure"}})
    def api_value(
        indicator: Annotated[str, Query(description="Indicator id, e.g. sw_border_encounters")],
        period: Annotated[str, Query(description="2022, FY2022, 2022-05, 2022-Q1 or '12m to 2022-02'")],
        as_of: Annotated[date | None, Query(description="Use only figures released by this date")] = None,
    ) -> JSONResponse:
        store = state.store
        try:
            ind = store.catalog.get(indicator)
        except UnknownIndicator as exc:
            raise HTTPException(404, str(exc)) from None
        try:
            p = parse_period(period)
        except PeriodError as exc:
            raise HTTPException(400, str(exc)) from None
        if as_of is not None:
            store = store.as_of(as_of.isoformat())
        a = store.value(ind.id, p)
        if a is None:
            cov = store.coverage(ind.id)
            span = f"{cov[0].label} to {cov[1].label}" if cov else "no data"
            raise HTTPException(404, f"no figure for {ind.id} in {p.label} (coverage: {span})")
        out = answer_dict(a, ind.unit)
        out["revisions"] = [answer_dict(h, ind.unit) for h in store.history(ind.id, p)]
        return _json(out)

    @app.post("/api/check", summary="Check a text (or a page at an http(s) URL) against the official figures",
              responses={400: {"description": "Bad input"}, 403: {"description": "Request from another site"},
                         413: {"description": "Input too large"},
                         503: {"description": "The check did not finish within the time budget"}})
    async def api_check(req: CheckRequest) -> Response:
        def load(deadline: float) -> Document:
            return _document(req.text or "", req.url or "", _in_range(req.published), req.name,
                             allow_private=allow_private, deadline=deadline)

        def run(doc: Document, deadline: float) -> bytes:
            doc = checking.dated(state.store, doc)
            claims = checking.check(state.store, doc, deadline)
            cards = state.renderer.cards(claims, charts=False)
            reviews = claim_reviews(cards, doc, claimreview.absolute(req.review_url, "review_url"), date.today())
            return _json_bytes({
                "document": {"name": doc.name, "url": doc.url, "published": doc.published,
                             "characters": len(doc.text)},
                "claims": [c.to_dict() for c in claims],
                "claimreview": reviews,
            })

        try:
            deadline = checks.deadline()
            fetching = isinstance(req.url, str) and bool(req.url.strip())
            doc = await checks.run(load, deadline, "load") if fetching else load(deadline)
            return Response(await checks.run(partial(run, doc), deadline), media_type="application/json")
        except TooLarge as exc:
            raise HTTPException(413, str(exc)) from None
        except InputError as exc:
            raise HTTPException(400, str(exc)) from None
        except Overtime as exc:
            raise HTTPException(503, str(exc)) from None

    @app.post("/api/ledger", summary="A text's dated claims, forecasts and recommendations with their status today",
              responses={400: {"description": "Bad input"}, 413: {"description": "Input too large"}})
    def api_ledger(req: CheckRequest) -> JSONResponse:
        try:
            doc = _document(req.text or "", req.url or "", req.published, req.name)
            doc = checking.dated(state.store, doc)
            claims = checking.check(state.store, doc)
        except TooLarge as exc:
            raise HTTPException(413, str(exc)) from None
        except InputError as exc:
            raise HTTPException(400, str(exc)) from None
        ledger = state.renderer.ledger(doc, claims)
        return JSONResponse(jsonable_encoder(None if ledger is None else ledger.to_dict()))

    @app.get("/healthz", include_in_schema=False)
    async def health() -> PlainTextResponse:
        # on the event loop itself, never queued behind checks in worker threads
        return PlainTextResponse("ok")

    return app
