"""``usmx serve``: the monitor's pages as a local web app, a check form and a JSON API.

The pages are the static site's own (same renderer, links rooted at "/"), so what the app
shows is what ``usmx report`` writes. The app binds to 127.0.0.1 unless told otherwise and
loads nothing from the network at view time: the OpenAPI description is served as JSON,
without the documentation UIs that would pull scripts from a CDN.

Every response carries a strict Content-Security-Policy (no scripts at all), and request
bodies are capped before they are read, so a pasted novel or a runaway upload is refused
with a clear message instead of being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import date
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from usmx import __version__
from usmx.errors import UsmxError
from usmx.periods import parse_period
from usmx.report import checking, claimreview
from usmx.report.claimreview import claim_reviews
from usmx.report.documents import Document
from usmx.report.impacts import DEFAULT_IMPACTS, ImpactPage, run_impacts
from usmx.report.inputs import MAX_BODY_BYTES, MAX_TEXT_CHARS, InputError
from usmx.report.pages import ImpactLink, Renderer
from usmx.report.timeline import EVENT_CATEGORIES
from usmx.store import Store
from usmx.summary import answer_dict, indicator_dict, indicator_summary_dict

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

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
        message = (f"the request is too large: the limit is {self.limit:,} bytes "
                   f"(about {MAX_TEXT_CHARS:,} characters of text)")
        if str(scope.get("path", "")).startswith("/api/"):
            body = json.dumps({"detail": message}).encode()
            ctype = b"application/json"
        else:
            body = f"usmx: {message}\n".encode()
            ctype = b"text/plain; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


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


def _published(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"the publication date must be YYYY-MM-DD, got {value!r}") from None


def _document(text: str, url: str, published: date | None, name: str | None = None) -> Document:
    if url.strip() and text.strip():
        raise InputError("give either text or a URL, not both")
    if url.strip():
        return checking.load_url(url, published)
    if not text.strip():
        raise InputError("there is no text to check: paste some text or give a URL")
    return checking.pasted(text, published, name or "pasted text")


def create_app(store_path: Path | None = None, *, store: Store | None = None) -> FastAPI:
    """The web app over the store at ``store_path`` (or the default store), or over ``store``."""
    state = _State(store_path, store)
    app = FastAPI(
        title="usmx",
        version=__version__,
        description="Official U.S.–Mexico figures and a claim checker. All values are unscaled, in each "
                    "indicator's unit (deaths, encounters, USD, pounds, percent).",
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(Guard)  # type: ignore[arg-type]

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

        def run() -> str:
            published = _published(when)
            doc = _document(text, url, published)
            claims = checking.check(state.store, doc)
            return state.renderer.document(doc, claims, root="/", page_url=str(request.url),
                                           reviewed=date.today(), site_url=str(request.base_url))

        try:
            return HTMLResponse(await run_in_threadpool(run))
        except InputError as exc:
            status = exc.http_status
            shown = text if len(text) <= MAX_TEXT_CHARS else ""
            return HTMLResponse(state.renderer.check_form(root="/", error=str(exc), text=shown, url=url,
                                                          published=when), status_code=status)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/docs", include_in_schema=False)
    def docs() -> RedirectResponse:
        return RedirectResponse("/openapi.json")

    # API -------------------------------------------------------------------------------
    @app.get("/api/indicators", summary="Every indicator with its latest figure and direction of travel")
    def api_indicators() -> JSONResponse:
        return JSONResponse(jsonable_encoder([indicator_summary_dict(state.store, ind.id)
                                              for ind in state.store.catalog]))

    @app.get("/api/indicators/{indicator_id}", summary="One indicator: definition, series, revisions",
             responses={404: {"description": "Unknown indicator"}})
    def api_indicator(indicator_id: str) -> JSONResponse:
        return JSONResponse(jsonable_encoder(indicator_dict(state.store, indicator_id)))

    @app.get("/api/value", summary="The official figure for one indicator and period",
             responses={400: {"description": "Bad period or date"},
                        404: {"description": "Unknown indicator or no figure"}})
    def api_value(
        indicator: Annotated[str, Query(description="Indicator id, e.g. sw_border_encounters")],
        period: Annotated[str, Query(description="2022, FY2022, 2022-05, 2022-Q1 or '12m to 2022-02'")],
        as_of: Annotated[date | None, Query(description="Use only figures released by this date")] = None,
    ) -> JSONResponse:
        store = state.store
        ind = store.catalog.get(indicator)
        p = parse_period(period)
        if as_of is not None:
            store = store.as_of(as_of.isoformat())
        a = store.value(ind.id, p)
        if a is None:
            cov = store.coverage(ind.id)
            span = f"{cov[0].label} to {cov[1].label}" if cov else "no data"
            raise HTTPException(404, f"no figure for {ind.id} in {p.label} (coverage: {span})")
        out = answer_dict(a, ind.unit)
        out["revisions"] = [answer_dict(h, ind.unit) for h in store.history(ind.id, p)]
        return JSONResponse(jsonable_encoder(out))

    @app.post("/api/check", summary="Check a text (or a page at an http(s) URL) against the official figures",
              responses={400: {"description": "Bad input"}, 413: {"description": "Input too large"}})
    def api_check(req: CheckRequest) -> JSONResponse:
        doc = _document(req.text or "", req.url or "", req.published, req.name)
        claims = checking.check(state.store, doc)
        cards = state.renderer.cards(claims, charts=False)
        reviews = claim_reviews(cards, doc, claimreview.absolute(req.review_url, "review_url"), date.today())
        return JSONResponse(jsonable_encoder({
            "document": {"name": doc.name, "url": doc.url, "published": doc.published, "characters": len(doc.text)},
            "claims": [c.to_dict() for c in claims],
            "claimreview": reviews,
        }))

    @app.get("/healthz", include_in_schema=False)
    def health() -> PlainTextResponse:
        return PlainTextResponse("ok")

    return app
