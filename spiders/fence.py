"""Where a source's spider may go: its hosts, over http(s), on its port (a pure rule; no Scrapy here).

A URL is inside a source's fence when its scheme is http or https, its host is one of the source's
domains or a subdomain of one, and its port is the source's: the port of the source's url, or when
that url uses the default port, the default ports of both schemes (sites move from http to https).
Every request a spider makes and every redirect it would follow is checked against the fence
(spiders/middlewares.py); a URL outside it is refused, and the refusal says which part is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Fence:
    domains: tuple[str, ...]  # host names; their subdomains are inside too
    ports: frozenset[tuple[str, int]]  # (scheme, port) pairs

    @classmethod
    def around(cls, url: str, domains: list[str] | tuple[str, ...]) -> Fence:
        """The fence of a source whose url is `url` and whose hosts are `domains`."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        port = parts.port or DEFAULT_PORTS.get(scheme)
        if DEFAULT_PORTS.get(scheme) == port:
            ports = frozenset(DEFAULT_PORTS.items())
        else:
            ports = frozenset({(scheme, port)})
        return cls(tuple(_host(d) for d in domains if d), ports)

    def refusal(self, url: str) -> str | None:
        """Why `url` is outside the fence, or None when it is inside."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return "not a valid URL"
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS:
            return f"scheme {scheme + ':' if scheme else '(none)'} is not http(s)"
        host = _host(parts.hostname or "")
        if not any(host == d or host.endswith("." + d) for d in self.domains):
            return f"host {host or '(none)'} is not among the source's domains"
        port = port or DEFAULT_PORTS[scheme]
        if (scheme, port) not in self.ports:
            allowed = ", ".join(f"{s}:{p}" for s, p in sorted(self.ports))
            return f"{scheme}:{port} is not the source's port ({allowed})"
        return None

    def __contains__(self, url: str) -> bool:
        return self.refusal(url) is None


def _host(name: str) -> str:
    """Host names compare case-insensitively and without the root's trailing dot (example.org.)."""
    return name.strip().lower().rstrip(".")
