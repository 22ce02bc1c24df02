"""`huiqi serve`: the web app under uvicorn, bound to loopback unless told otherwise.

Any other address needs a token (HUIQI_TOKEN): without one the server refuses to start, since the
store would be open to whoever reaches the port.
"""
from __future__ import annotations

import ipaddress
import logging
from pathlib import Path
from urllib.parse import unquote_plus

logger = logging.getLogger(__name__)

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class ServeError(ValueError):
    """The server cannot start as asked (one line for the CLI)."""


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def check_binding(host: str, token: str | None) -> None:
    """Refuse an address other than loopback without a token. Raises ServeError."""
    if not is_loopback(host) and not (token or "").strip():
        raise ServeError(f"--host {host} is not loopback: set HUIQI_TOKEN (a long random secret) so that every "
                         "request must carry it (behind a reverse proxy too)")


def serve(data_dir: str | Path, *, host: str = "127.0.0.1", port: int = 8080, profiles_dir: str | Path | None = None,
          token: str | None = None, log_level: str = "info") -> None:
    """Run the site until interrupted. Raises ServeError or StoreError before binding."""
    import uvicorn

    from web.app import create_app

    token = (token or "").strip() or None
    check_binding(host, token)
    app = create_app(data_dir, profiles_dir, token=token)
    # proxy headers are trusted from loopback only (uvicorn's default): a reverse proxy on this machine
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, proxy_headers=True, server_header=False)
    logging.getLogger("uvicorn.access").addFilter(RedactToken())  # after Config has set up uvicorn's logging
    logger.info("serving %s read-only on http://%s:%d/", data_dir, host, port)
    uvicorn.Server(config).run()


class RedactToken(logging.Filter):
    """Access-log lines without the value of a ?token= (subscription URLs carry it), however its name is
    written: the names are decoded as the token check decodes them (?tok%65n= is a token too)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_url(a) if isinstance(a, str) else a for a in record.args)
        return True


def redact_url(text: str) -> str:
    """`text` with the value of every query parameter whose decoded name is token replaced by ***."""
    path, mark, query = text.partition("?")
    if not mark:
        return text
    parts = []
    for part in query.split("&"):
        name, equals, _value = part.partition("=")
        parts.append(f"{name}=***" if equals and _is_token_name(name) else part)
    return path + mark + "&".join(parts)


def _is_token_name(name: str) -> bool:
    try:
        decoded = unquote_plus(name, errors="strict")
    except UnicodeDecodeError:
        decoded = unquote_plus(name, encoding="latin-1")
    return decoded.strip().lower() == "token"
