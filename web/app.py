"""The web application: routes, the token check, errors as pages, templates.

Routes (every one GET/HEAD only: the site is read-only):

    /                          search: query box, every filter of `huiqi search`, facets, snippets, pages
    /notices/{id}              one notice: every extracted value with its evidence marked in the text
    /clients                   the profiles of --profiles
    /clients/{key}             a client's open matching calls, near misses, calendar and feed links
    /calendar/{key}.ics        a client's deadlines (subscribe: webcal://…)
    /feed/{key}.atom           a client's open matching calls as Atom
    /calendar.ics              the deadlines of a search (the search page's parameters)
    /api/search                the search as JSON (`huiqi search --json`)
    /api/notices/{id}          the notice's export record
    /api/clients, /api/clients/{key}   profiles; a client's matches and near misses as export records

`{key}` is a profile's file name without `.toml`. A token, when set, is required on every request:
`Authorization: Bearer TOKEN`, or `?token=TOKEN` (calendar apps and feed readers cannot send headers; a
page opened with it sets a cookie so the links on it work without it).
"""
from __future__ import annotations

import hmac
import logging
from contextlib import asynccontextmanager
from datetime import date
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qs, quote

import jinja2
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline import lifecycle
from pipeline.dates import today_cn
from pipeline.normalize import strip_bidi_controls
from pipeline.notice import KINDS
from pipeline.store import StoreError
from web import markup, params
from web.params import BadRequest
from web.site import NotFound, Site, Unavailable

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TOKEN_COOKIE = "huiqi_token"
ICS_TYPE = "text/calendar; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                 b"frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),  # a ?token= must not travel in a Referer
]
RELATION_TEXT = {"amends": "amends", "amended_by": "amended by", "results_of": "results of",
                 "has_results": "results in"}


def create_app(data_dir: str | Path, profiles_dir: str | Path | None = None, token: str | None = None,
               warm_up: bool = True) -> Starlette:
    """The ASGI app over the store in `data_dir` (opened read-only). With `token`, every request must
    carry it. Raises StoreError when there is no store (checked now, not on the first visit)."""
    site = Site(data_dir, profiles_dir)
    site.check()
    templates = _templates()

    def page(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
        context = {"request": request, "has_clients": site.profiles_dir is not None,
                   "token_query": _token_query(token), **context}
        return HTMLResponse(templates.get_template(name).render(context), status_code=status)

    # -- search --------------------------------------------------------------------------------------
    def search_page(request: Request):
        search = params.search_request(request.query_params)
        on = search.filters.open_on or today_cn()
        results = site.search(search, on)
        return page(request, "search.html", {
            "search": search, "results": results, "on": on, "kinds": KINDS,
            "facets": _facet_links(search, results), "active": _active_filters(search),
            "pages": _page_links(search, results),
            "vocabulary": _subject_tags(),
            "calendar_url": _with_token(search.url("/calendar.ics", page=None, sort=None, limit=None), token),
        })

    def api_search(request: Request):
        from index.render import results_json

        search = params.search_request(request.query_params)
        results = site.search(search, search.filters.open_on or today_cn())
        return JSONResponse(strip_bidi_controls(results_json(results)))

    def search_calendar(request: Request):
        search = params.search_request(request.query_params, paged=False)
        ics = site.search_calendar(search, params.day(request.query_params, "from"),
                                   params.day(request.query_params, "to"))
        return Response(ics, media_type=ICS_TYPE, headers={"content-disposition": 'inline; filename="huiqi.ics"'})

    # -- one notice ------------------------------------------------------------------------------------
    def notice_page(request: Request):
        notice = site.notice(request.path_params["notice_id"])
        on = params.day(request.query_params, "on", today_cn())
        evidences = markup.evidence_list(notice)
        text = markup.marked_text(notice.text, evidences)
        return page(request, "notice.html", {
            "notice": notice, "on": on, "evidences": evidences, "text": text,
            "status": lifecycle.status(notice, on),
            "steps": lifecycle.steps_text(lifecycle.next_steps(notice, on)),
            "edits": site.deadline_edits(notice.id), "versions": site.earlier_versions(notice.id),
            "relation_text": RELATION_TEXT,
        })

    def api_notice(request: Request):
        notice = site.notice(request.path_params["notice_id"])
        on = params.day(request.query_params, "on", today_cn())
        return JSONResponse(strip_bidi_controls(notice.export_record(on)))

    # -- clients ---------------------------------------------------------------------------------------
    def clients_page(request: Request):
        on = params.day(request.query_params, "on", today_cn())
        clients, problems = site.clients()
        rows = [(client, site.client_matches(client, on)) for client in clients]
        return page(request, "clients.html", {"rows": rows, "problems": problems, "on": on,
                                              "profiles_dir": site.profiles_dir})

    def client_page(request: Request):
        client = site.client(request.path_params["key"])
        on = params.day(request.query_params, "on", today_cn())
        found = site.client_matches(client, on)
        calendar_url = request.url_for("client_calendar", key=client.key)
        return page(request, "client.html", {
            "client": client, "found": found, "on": on, "steps_text": lifecycle.steps_text,
            "calendar_url": str(calendar_url) + _token_query(token),
            "webcal_url": "webcal://" + str(calendar_url).split("://", 1)[1] + _token_query(token),
            "feed_url": str(request.url_for("client_feed", key=client.key)) + _token_query(token),
        })

    def api_clients(request: Request):
        clients, problems = site.clients()
        return JSONResponse(strip_bidi_controls({
            "clients": [{"profile": c.key, "name": c.profile.name, "region": c.profile.region.name,
                         "qualifications": list(c.profile.qualifications)} for c in clients],
            "invalid": problems}))

    def api_client(request: Request):
        client = site.client(request.path_params["key"])
        on = params.day(request.query_params, "on", today_cn())
        found = site.client_matches(client, on)
        return JSONResponse(strip_bidi_controls({
            "profile": client.key, "name": client.profile.name, "on": on.isoformat(),
            "matches": [m.to_record() for m in found.matches],
            "near_misses": [m.to_record() for m in found.near_misses]}))

    def client_calendar(request: Request):
        client = site.client(request.path_params["key"])
        ics = site.client_calendar(client, params.day(request.query_params, "from"),
                                   params.day(request.query_params, "to"))
        return Response(ics, media_type=ICS_TYPE,
                        headers={"content-disposition": f"inline; filename*=UTF-8''{quote(client.key)}.ics"})

    def client_feed(request: Request):
        client = site.client(request.path_params["key"])
        on = params.day(request.query_params, "on", today_cn())
        link = str(request.url.remove_query_params("token"))
        return Response(site.client_feed(client, on, link=link), media_type=ATOM_TYPE)

    # -- errors ----------------------------------------------------------------------------------------
    def error(request: Request, status: int, message: str) -> Response:
        path = request.url.path
        if path.startswith("/api/"):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        if path.endswith((".ics", ".atom")) or path.startswith("/static/"):
            return PlainTextResponse(message + "\n", status_code=status)
        return page(request, "error.html", {"status": status, "message": message}, status)

    async def bad_request(request, exc):
        return error(request, 400, str(exc))

    async def not_found(request, exc):
        return error(request, 404, str(exc))

    async def unavailable(request, exc):
        return error(request, 503, str(exc))

    async def http_error(request, exc: HTTPException):
        message = {404: "no such page", 405: "this site is read-only: GET only"}.get(exc.status_code, exc.detail)
        return error(request, exc.status_code, message)

    async def server_error(request, exc):  # logged with its traceback; the visitor gets one line
        logger.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return error(request, 500, "internal error: the server log has the details")

    @asynccontextmanager
    async def lifespan(_app):
        if warm_up:
            from starlette.concurrency import run_in_threadpool

            await run_in_threadpool(site.warm_up)
        yield

    routes = [
        Route("/", search_page, name="search"),
        Route("/notices/{notice_id}", notice_page, name="notice"),
        Route("/clients", clients_page, name="clients"),
        Route("/clients/{key}", client_page, name="client"),
        Route("/calendar.ics", search_calendar, name="search_calendar"),
        Route("/calendar/{key}.ics", client_calendar, name="client_calendar"),
        Route("/feed/{key}.atom", client_feed, name="client_feed"),
        Route("/api/search", api_search, name="api_search"),
        Route("/api/notices/{notice_id}", api_notice, name="api_notice"),
        Route("/api/clients", api_clients, name="api_clients"),
        Route("/api/clients/{key}", api_client, name="api_client"),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes, lifespan=lifespan,
        exception_handlers={BadRequest: bad_request, NotFound: not_found, Unavailable: unavailable,
                            StoreError: unavailable, HTTPException: http_error, Exception: server_error},
    )
    app.state.site = site
    app.add_middleware(GuardMiddleware, token=token)
    return app


class GuardMiddleware:
    """Adds the security headers to every response and, with a token, refuses requests without it
    (401). A page opened with a good ?token= sets a cookie holding it, so its links work."""

    def __init__(self, app, token: str | None = None):
        self.app = app
        self.token = token

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        set_cookie = False
        if self.token:
            given = _given_tokens(scope)
            if not any(hmac.compare_digest(value.encode(), self.token.encode()) for value in given.values()):
                response = PlainTextResponse(
                    "a token is required: send the header 'Authorization: Bearer <HUIQI_TOKEN>' or add ?token=\n",
                    status_code=401, headers={"www-authenticate": "Bearer"})
                return await response(scope, receive, _with_headers(send, False, ""))
            path = scope.get("path", "")
            is_page = not path.startswith(("/api/", "/static/")) and not path.endswith((".ics", ".atom"))
            set_cookie = is_page and "query" in given and "cookie" not in given
        await self.app(scope, receive, _with_headers(send, set_cookie, self.token or ""))


def _with_headers(send, set_cookie: bool, token: str):
    async def sending(message):
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", [])) + SECURITY_HEADERS
            if set_cookie:
                cookie = f"{TOKEN_COOKIE}={quote(token)}; Path=/; HttpOnly; SameSite=Strict"
                headers.append((b"set-cookie", cookie.encode("latin-1")))
            message = {**message, "headers": headers}
        await send(message)

    return sending


def _given_tokens(scope) -> dict[str, str]:
    """The tokens a request carries, by where: header, query, cookie."""
    from urllib.parse import unquote

    given: dict[str, str] = {}
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            kind, _, credential = value.decode("latin-1").partition(" ")
            if kind.lower() == "bearer" and credential.strip():
                given["header"] = credential.strip()
        elif name == b"cookie":
            cookie = SimpleCookie()
            try:
                cookie.load(value.decode("latin-1"))
            except Exception:  # noqa: BLE001 - a malformed cookie header carries no token
                continue
            if TOKEN_COOKIE in cookie:
                given["cookie"] = unquote(cookie[TOKEN_COOKIE].value)
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    if query.get("token"):
        given["query"] = query["token"][-1]
    return given


def _with_token(url: str, token: str | None) -> str:
    return url + ("&" if "?" in url else "?") + _token_query(token)[1:] if token else url


def _token_query(token: str | None) -> str:
    """What subscription URLs shown on a page need: ?token=… when a token is set (the visitor has it)."""
    return f"?token={quote(token, safe='')}" if token else ""


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True,
        # every printed value loses bidi controls (titles are untrusted); Markup was cleaned when built
        finalize=lambda value: value if isinstance(value, Markup) else
        strip_bidi_controls(value) if isinstance(value, str) else value,
    )
    env.filters["safe_url"] = markup.safe_url
    env.filters["marked"] = markup.marked
    env.filters["short"] = lambda value, n=12: (value or "")[:n]
    env.globals["quote"] = lambda value: quote(str(value), safe="")
    env.globals["days_left"] = _days_left
    env.globals["status_of"] = lifecycle.status
    return env


def _days_left(deadline: str | date | None, on: date) -> str:
    if not deadline:
        return "no deadline found"
    day = date.fromisoformat(deadline) if isinstance(deadline, str) else deadline
    days = (day - on).days
    return "closed" if days < 0 else "closes today" if days == 0 else f"{days} d left"


def _facet_links(search: params.SearchRequest, results) -> dict[str, list[dict]]:
    """Each facet value with its count and the URL of this search narrowed to it."""
    links: dict[str, list[dict]] = {}
    for name, counts in (results.facets if results else {}).items():
        links[name] = [{"label": c.label, "count": c.count,
                        "url": search.url(**{name: c.value}) if c.value else None,
                        "active": search.typed.get(name) == c.value}
                       for c in counts]
    return links


def _active_filters(search: params.SearchRequest) -> list[dict]:
    return [{"name": name, "value": value, "remove": search.url(**{name: None})}
            for name, value in search.typed.items()]


def _page_links(search: params.SearchRequest, results) -> list[dict]:
    """Page numbers around the current one, with first and last."""
    if results is None or results.pages <= 1:
        return []
    shown = sorted({1, results.pages, *range(max(1, search.page - 2), min(results.pages, search.page + 2) + 1)})
    links, previous = [], 0
    for number in shown:
        if number - previous > 1:
            links.append({"gap": True})
        links.append({"number": number, "url": search.url(page=number), "current": number == search.page})
        previous = number
    return links


def _subject_tags() -> list[str]:
    from pipeline import vocabulary

    return list(vocabulary.tag_names())
