"""A local fixture website for the harvest tests: static pages from tests/files/site plus faults.

Served on 127.0.0.1 at a random port from a thread. Text files are templates: {{BASE}} is this site,
{{OTHER}} the same server under another host name (an off-domain link), {{TODAY}}, {{IN_20_DAYS}} and
{{IN_30_DAYS}} dates relative to today (so "recently published" stays recent). Pages carry an ETag,
feeds a Last-Modified, and conditional requests get 304. Every request is logged for assertions.

Faults by path:
  /faults/flaky.html   500 on the first request, then the page
  /faults/busy.html    429 with Retry-After: 1 on the first request, then the page
  /faults/slow.html    answers after SLOW_SECONDS (longer than the tests' download timeout)
  /faults/loop.html    redirects to /faults/loop2.html, which redirects back
  anything missing     404
`latency` (seconds, default 0) delays every answer but robots.txt (a slow government site), and
`in_flight` / `peak_in_flight` record how many requests the site was answering at once (counted from
arrival until the answer starts, so a client holding its answer is never counted).
`set_version(path, 2)` serves the file's "-v2" sibling at `path` (an article edited between runs).
`route(path, body, headers)` serves a test's own response at `path` (hostile pages, redirects, huge
bodies); with `length=False` the body has no Content-Length and ends when the connection closes.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

SITE_ROOT = Path(__file__).parent / "files" / "site"
PROJECT = Path(__file__).resolve().parents[1]
SLOW_SECONDS = 2.5
FEED_LAST_MODIFIED = "Wed, 24 Sep 2025 00:00:00 GMT"
TEXT_SUFFIXES = {".html", ".xml", ".json", ".txt"}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}
# Pages whose header declares no charset, so the page's own (GBK, or wrong) meta tag decides.
NO_CHARSET_HEADER = {"/gov/gbk.html", "/gov/wrong-meta.html"}


def render(path: Path, base: str, other: str | None = None, today: date | None = None) -> bytes:
    """A fixture file with its placeholders filled in; non-UTF-8 files are served as they are."""
    raw = path.read_bytes()
    if path.suffix not in TEXT_SUFFIXES:
        return raw
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    today = today or date.today()
    values = {
        "{{BASE}}": base,
        "{{OTHER}}": other or base.replace("127.0.0.1", "localhost"),
        "{{TODAY}}": today.isoformat(),
        "{{IN_20_DAYS}}": _chinese_date(today + timedelta(days=20)),
        "{{IN_30_DAYS}}": _chinese_date(today + timedelta(days=30)),
    }
    for key, value in values.items():
        text = text.replace(key, value)
    return text.encode("utf-8")


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass
class LoggedRequest:
    path: str
    query: str
    host: str
    headers: dict[str, str]
    status: int  # 0 while the response is still being sent
    at: float  # arrival, time.monotonic()


@dataclass
class Route:
    status: int
    body: bytes
    headers: dict[str, str]
    length: bool  # send a Content-Length header


class FixtureSite:
    def __init__(self, root: Path = SITE_ROOT):
        self.root = root
        self.requests: list[LoggedRequest] = []
        self.hits: Counter = Counter()
        self.versions: dict[str, int] = {}
        self.routes: dict[str, Route] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.latency = 0.0  # seconds before answering any path but /robots.txt
        self.in_flight = 0  # requests being answered now
        self.peak_in_flight = 0  # the most answered at once since start (or reset_peak)

    # --- lifecycle --------------------------------------------------------------------------------
    def start(self) -> FixtureSite:
        site = self

        class Handler(SiteHandler):
            pass

        Handler.site = site
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- test controls ----------------------------------------------------------------------------
    def set_version(self, path: str, version: int) -> None:
        self.versions[path] = version

    def route(self, path: str, body: bytes = b"", headers: dict[str, str] | None = None, *, status: int = 200,
              length: bool = True) -> None:
        self.routes[path] = Route(status, body, dict(headers or {}), length)

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.route(path, headers={"Location": location}, status=status)

    def reset_peak(self) -> None:
        with self._lock:
            self.peak_in_flight = self.in_flight

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def requested(self, path: str) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def log(self, request: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def file_for(self, path: str) -> Path | None:
        if self.versions.get(path, 1) > 1:
            stem, dot, suffix = path.rpartition(".")
            path = f"{stem}-v{self.versions[path]}.{suffix}"
        candidate = (self.root / path.lstrip("/")).resolve()
        if self.root.resolve() not in candidate.parents or not candidate.is_file():
            return None
        return candidate


class SiteHandler(BaseHTTPRequestHandler):
    site: FixtureSite
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep pytest output clean
        pass

    def handle_error(self):  # the client gave up on a slow response: expected
        pass

    def do_GET(self):
        parts = urlsplit(self.path)
        path = parts.path
        with self.site._lock:
            self.site.hits[path] += 1
            hit = self.site.hits[path]
        # Logged on arrival (the status is filled in when known): a harvest that gave up on a slow
        # page has still made the request.
        logged = LoggedRequest(path, parts.query, self.headers.get("Host", ""), dict(self.headers.items()),
                               0, time.monotonic())
        self.site.log(logged)
        with self.site._lock:
            self.site.in_flight += 1
            self.site.peak_in_flight = max(self.site.peak_in_flight, self.site.in_flight)
        try:
            if self.site.latency and path != "/robots.txt":
                time.sleep(self.site.latency)
        finally:
            # counted off before the answer is sent: a client that has its answer is never counted
            with self.site._lock:
                self.site.in_flight -= 1
        logged.status = self._respond(path, hit)

    def _respond(self, path: str, hit: int) -> int:
        if path == "/faults/flaky.html" and hit == 1:
            return self._send(500, b"<h1>Internal Server Error</h1>")
        if path == "/faults/busy.html" and hit == 1:
            return self._send(429, b"<h1>Too Many Requests</h1>", {"Retry-After": "1"})
        if path == "/faults/loop.html":
            return self._send(302, b"", {"Location": "/faults/loop2.html"})
        if path == "/faults/loop2.html":
            return self._send(302, b"", {"Location": "/faults/loop.html"})
        if path == "/faults/slow.html":
            time.sleep(SLOW_SECONDS)
        if path in self.site.routes:
            return self._send_route(self.site.routes[path])
        file = self.site.file_for(path)
        if file is None:
            return self._send(404, b"<h1>Not Found</h1>")
        host = self.headers.get("Host", f"127.0.0.1:{self.site.port}")
        body = render(file, f"http://{host}")
        content_type = CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        if path in NO_CHARSET_HEADER:
            content_type = "text/html"
        headers = {"Content-Type": content_type}
        if file.suffix == ".xml":
            headers["Last-Modified"] = FEED_LAST_MODIFIED
            if self.headers.get("If-Modified-Since") == FEED_LAST_MODIFIED:
                return self._send(304, b"", headers)
        if path != "/feeds/rss.xml":  # the RSS feed validates by Last-Modified only
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", headers)
        return self._send(200, body, headers)

    def _send_route(self, route: Route) -> int:
        if route.length:
            return self._send(route.status, route.body, route.headers)
        try:  # no length: the body ends when the connection closes (HTTP/1.0 style)
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True
        return route.status

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> int:
        try:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return status


# --- running a harvest against the site -------------------------------------------------------------
# Twisted's reactor runs once per process, so each harvest runs in a subprocess
# (`python -m spiders.harvest`, which prints the report as JSON). Delays, timeouts and retry backoff
# are shrunk through HUIQI_* environment overrides; the defaults themselves stay polite.
FAST = {
    "HUIQI_DOWNLOAD_DELAY": "0",
    "HUIQI_AUTOTHROTTLE_ENABLED": "0",
    "HUIQI_DOWNLOAD_TIMEOUT": "1",  # the slow page answers after 2.5 s
    "HUIQI_DNS_TIMEOUT": "2",
    "HUIQI_RETRY_TIMES": "1",
    "HUIQI_RETRY_BACKOFF_BASE": "0.1",
}


@dataclass
class Harvest:
    exit_code: int
    report: dict | None
    stderr: str
    requests: list[LoggedRequest]

    def source(self, name: str) -> dict:
        return self.report["sources"][name]

    def requested(self, path: str) -> list[LoggedRequest]:
        return [r for r in self.requests if r.path == path]


def write_sources(template: str, base: str, directory: Path) -> Path:
    """directory/sources.toml from a sources template whose {base} is the fixture site's address."""
    path = directory / "sources.toml"
    path.write_text(template.format(base=base), encoding="utf-8")
    return path


def harvest(site: FixtureSite, sources: Path, data_dir: Path, *args: str, index: bool = False,
            env: dict[str, str] | None = None) -> Harvest:
    """One harvest in a subprocess; without the search index unless asked (it has its own tests)."""
    site.clear_log()
    proc = subprocess.run(
        [sys.executable, "-m", "spiders.harvest", "--sources", str(sources), "--data-dir", str(data_dir),
         *([] if index else ["--no-index"]), *args],
        cwd=PROJECT, env={**os.environ, **FAST, **(env or {})}, capture_output=True, text=True, timeout=120,
    )
    report = json.loads(proc.stdout) if proc.stdout.strip() else None
    return Harvest(proc.returncode, report, proc.stderr, list(site.requests))
