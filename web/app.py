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
page opened with it sets a cookie so the links on it work without it). A client's calendar and feed
also take that client's own token (`client_token`: an HMAC of the profile key under the site token),
which opens nothing else, so the links a client is given do not open the site. Without a token, a
request that came through a proxy (X-Forwarded-For, Forwarded) is refused: the site would be public.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import re
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

from index import FilterError
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
CLIENT_TOKEN_HEX = 32  # 128 bits of the HMAC: enough to guess none, short enough for a URL
# the paths a client's own token opens (the path as decoded, as the routes match it)
CLIENT_PATHS = re.compile(r"/calendar/(?P<ics>[^/]+)\.ics|/feed/(?P<atom>[^/]+)\.atom")
# headers a reverse proxy adds: a site without a token must not be reached through one
PROXY_HEADERS = (b"x-forwarded-for", b"forwarded")
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
                   "client_query": lambda key: _token_query(client_token(token, key)), **context}
        return HTMLResponse(templates.get_template(name).render(context), status_code=status)

    # -- search --------------------------------------------------------------------------------------
    def search_page(request: Request):
        search = params.search_request(request.query_params)
        on = search.filters.open_on or today_cn()
        results = site.search(search, on)
        missing = site.missing_count()
        return page(request, "search.html", {
            "search": search, "results": results, "on": on, "kinds": KINDS, "missing": missing,
            "builder": site.index_builder() if missing else None,
            "facets": _facet_links(search, results), "active": _active_filters(search),
            "pages": _page_links(search, results),
            "vocabulary": _subject_tags(),
            "calendar_url": _with_token(search.url("/calendar.ics", page=None, sort=None, limit=None), token),
        })

    def api_search(request: Request):
        from index.render import results_json

        search = params.search_request(request.query_params)
        results = site.search(search, search.filters.open_on or today_cn())
        # `huiqi search` warns on stderr; the JSON stays the same object, the header says it
        return JSONResponse(strip_bidi_controls(results_json(results)),
                            headers={"x-huiqi-index-missing": str(site.missing_count())})

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
        # the key quoted whole (a file name may hold # ? or a space); the client's own token, never the site's
        base, key = str(request.base_url), quote(client.key, safe="")
        query = _token_query(client_token(token, client.key))
        calendar_url = f"{base}calendar/{key}.ics"
        return page(request, "client.html", {
            "client": client, "found": found, "on": on, "steps_text": lifecycle.steps_text,
            "calendar_url": calendar_url + query,
            "webcal_url": "webcal://" + calendar_url.split("://", 1)[1] + query,
            "feed_url": f"{base}feed/{key}.atom" + query,
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
    app = _GuardedStarlette(
        token=token, routes=routes, lifespan=lifespan,
        exception_handlers={BadRequest: bad_request, FilterError: bad_request, NotFound: not_found,
                            Unavailable: unavailable, StoreError: unavailable, HTTPException: http_error,
                            Exception: server_error},
    )
    app.state.site = site
    return app


class _GuardedStarlette(Starlette):
    """Starlette with GuardMiddleware outside its error middleware too, so a 500 gets the security
    headers like every other response."""

    def __init__(self, *args, token: str | None = None, **kwargs):
        self.guard_token = token
        super().__init__(*args, **kwargs)

    def build_middleware_stack(self):
        return GuardMiddleware(super().build_middleware_stack(), token=self.guard_token)


def client_token(token: str | None, key: str) -> str | None:
    """The token of one client's calendar and feed: HMAC-SHA256 of the profile key under the site token
    (hex, truncated). It opens only /calendar/KEY.ics and /feed/KEY.atom. None without a site token."""
    if not token:
        return None
    return hmac.new(token.encode(), key.encode(), hashlib.sha256).hexdigest()[:CLIENT_TOKEN_HEX]


class GuardMiddleware:
    """Adds the security headers to every response. With a token, refuses requests without it (401),
    except a client's calendar and feed with that client's token; a page opened with a good ?token=
    sets a cookie holding it (or replaces a stale one), so its links work. Without a token, refuses
    requests that came through a proxy (403): the site would be published without one."""

    def __init__(self, app, token: str | None = None):
        self.app = app
        self.token = token

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not self.token:
            if any(name.lower() in PROXY_HEADERS for name, _ in scope.get("headers", [])):
                response = PlainTextResponse(
                    "this site has no token and is reached through a proxy: start `huiqi serve` with HUIQI_TOKEN "
                    "set, so that a site a proxy publishes asks for it\n", status_code=403)
                return await response(scope, receive, _with_headers(send))
            return await self.app(scope, receive, _with_headers(send))
        given = _given_tokens(scope)
        path = scope.get("path", "")
        if not any(_same(value, self.token) for value in given.values()) and not self._client_allowed(path, given):
            response = PlainTextResponse(
                "a token is required: send the header 'Authorization: Bearer <HUIQI_TOKEN>' or add ?token=\n",
                status_code=401, headers={"www-authenticate": "Bearer"})
            return await response(scope, receive, _with_headers(send))
        cookie = None
        is_page = not path.startswith(("/api/", "/static/")) and not path.endswith((".ics", ".atom"))
        query = given.get("query")
        if is_page and query is not None and _same(query, self.token) and given.get("cookie") != query:
            cookie = f"{TOKEN_COOKIE}={quote(self.token, safe='')}; Path=/; HttpOnly; SameSite=Strict"
            if scope.get("scheme") == "https":
                cookie += "; Secure"
        await self.app(scope, receive, _with_headers(send, cookie))

    def _client_allowed(self, path: str, given: dict[str, str]) -> bool:
        """Whether the request is for a client's calendar or feed and carries that client's token (in the
        query or the header; a cookie only ever holds the site token)."""
        found = CLIENT_PATHS.fullmatch(path)
        if found is None:
            return False
        expected = client_token(self.token, found["ics"] or found["atom"])
        return any(_same(given[where], expected) for where in ("query", "header") if where in given)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def _with_headers(send, cookie: str | None = None):
    async def sending(message):
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", [])) + SECURITY_HEADERS
            if cookie:
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
    """Each facet value with its count and the URL of this search narrowed to it; the value the search
    is filtered by is active (none when the search has no such filter: "no region" is a value too)."""
    links: dict[str, list[dict]] = {}
    for name, counts in (results.facets if results else {}).items():
        links[name] = [{"label": c.label, "count": c.count,
                        "url": search.url(**{name: c.value}) if c.value else None,
                        "active": name in search.typed and search.typed[name] == c.value}
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
