"""The application factory: the HTTP API, the dashboard pages and their static files.

Everything a page loads comes from this application (plotly.js and Swagger UI from the
Python packages that ship them), so the dashboard works with no network at all.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import AsyncIterator, Callable
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from frontwire import __version__
from frontwire.serve import api, mapsvg, pages
from frontwire.serve.cache import RecordCache
from frontwire.serve.fetch import fetch_page
from frontwire.serve.security import MAX_BODY_BYTES, BodySizeLimit, SecurityHeaders
from frontwire.store import Store

DESCRIPTION = """Who claims what happened, where and when, in news about the Russia-Ukraine war.

Read endpoints are open. Endpoints that add documents need the operator's token, sent as
`Authorization: Bearer <token>` (or `X-Frontwire-Token: <token>`); without a configured
token they are disabled. Lists take `limit` (at most 500) and `offset` and answer
`{"total", "limit", "offset", "items"}`."""


def create_app(store_url: str | None, token: str | None = None, *, boundaries: dict | None = None,
               fetch: Callable[[str, int], tuple[str, str]] | None = None,
               max_body_bytes: int = MAX_BODY_BYTES, warm: bool = False) -> FastAPI:
    """The web application over the store at ``store_url``.

    ``token``: the operator's token for the endpoints that add documents (None: no writes).
    ``boundaries``: GeoJSON of Ukraine's oblasts for the map (default: the geo stage's, when
    it provides them; else the map draws points). ``fetch``: how a URL is fetched, ``(url, max_bytes) -> (final_url,
    html)``; the default refuses private addresses. ``warm``: on start, fill the record
    cache in the background (the overview's series take a second on a large record), so the
    first reader does not wait for it.
    """
    app = FastAPI(title="frontwire", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  lifespan=_warming if warm else None)
    app.state.store = Store(store_url)
    app.state.cache = RecordCache(app.state.store.engine)
    app.state.token = token or None
    app.state.boundaries = boundaries if boundaries is not None else default_boundaries()
    app.state.map_paths = mapsvg.region_paths(app.state.boundaries)
    app.state.fetch = fetch or fetch_page
    app.state.max_body_bytes = max_body_bytes
    app.state.templates = Environment(loader=PackageLoader("frontwire.serve", "templates"),
                                      autoescape=select_autoescape(("html",), default=True),
                                      trim_blocks=True, lstrip_blocks=True)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("frontwire.serve", "static")]), name="static")
    _add_vendor_routes(app)
    _add_error_handlers(app)

    # Outermost first: the size guard runs before anything reads a body.
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    return app


@contextlib.asynccontextmanager
async def _warming(app: FastAPI) -> AsyncIterator[None]:
    threading.Thread(target=warm_cache, args=(app,), name="frontwire-warm", daemon=True).start()
    yield


def warm_cache(app: FastAPI) -> None:
    """Compute what the overview reads from the whole record (errors are the pages' to report)."""
    from frontwire.serve import derived

    st, kept = app.state.store, app.state.cache
    try:
        record = derived.summary(kept, st)
        derived.air_series(kept, st)
        derived.latest_news(kept, st)
        if record.span:
            derived.claimants(kept, st, 12, record.span.first, record.span.last)
    except Exception:  # noqa: BLE001 - a page that needs it computes it again and shows the error
        pass


def default_boundaries() -> dict | None:
    """Ukraine's oblasts from the geo stage, when it offers them (else None: points)."""
    try:
        from frontwire import geo
    except ImportError:
        return None
    provider = getattr(geo, "oblast_boundaries", None)
    if not callable(provider):
        return None
    try:
        found = provider()
    except Exception:  # the map falls back to points rather than failing the application
        return None
    return found if isinstance(found, dict) else None


# Files from other packages, served under /vendor: (package, path inside it, media type).
VENDOR = {
    "plotly.min.js": ("plotly", "package_data/plotly.min.js", "text/javascript"),
    "swagger-ui-bundle.js": ("fastapi_offline", "static/swagger-ui-bundle.js", "text/javascript"),
    "swagger-ui.css": ("fastapi_offline", "static/swagger-ui.css", "text/css"),
}


def vendor_path(name: str) -> str | None:
    package, inner, _ = VENDOR[name]
    try:
        path = str(resources.files(package).joinpath(inner))
    except ModuleNotFoundError:
        return None
    return path if os.path.exists(path) else None


def _add_vendor_routes(app: FastAPI) -> None:
    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> FileResponse:
        if name not in VENDOR:
            raise HTTPException(404, "no such file")
        path = vendor_path(name)
        if path is None:
            raise HTTPException(404, f"{name} is not installed")
        return FileResponse(path, media_type=VENDOR[name][2],
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        return pages.render(request, "docs.html", title="API")


def _add_error_handlers(app: FastAPI) -> None:
    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith(("/api", "/openapi", "/vendor", "/static")) and \
            "text/html" in request.headers.get("accept", "")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if wants_html(request):
            return pages.render(request, "error.html", status_code=exc.status_code,
                                title=f"Error {exc.status_code}", message=str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        problems = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]
        if wants_html(request):
            message = "; ".join(f"{'.'.join(str(x) for x in p['loc'][1:])}: {p['msg']}" for p in problems)
            return pages.render(request, "error.html", status_code=422, title="Bad request", message=message)
        return JSONResponse({"detail": problems}, status_code=422)
