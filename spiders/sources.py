"""The sources file (TOML, one [[source]] table per source) read and validated into `Source`s.

Every mistake is reported as a `SourceError` naming the file, the source and the key, because a typo
in a cron-driven config must fail loudly on the first run rather than silently skip a source.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from spiders import settings as harvest_settings
from spiders.fence import Fence

SOURCE_TYPES = ("feed", "list", "json")
DEFAULT_MAX_PAGES = 5  # list pages followed through next_selector when max_pages is not given
MAX_PAGES_LIMIT = 200
MAX_ITEMS_LIMIT = 100_000
NAME_PATTERN = re.compile(r"^[\w.-]+$")

# Which keys each type accepts; "name", "type" and "url" are required for all.
COMMON_KEYS = {"name", "type", "url", "domains"}
TYPE_KEYS = {
    "feed": {"content_selector", "max_items"},
    "list": {"link_selector", "next_selector", "max_pages", "content_selector"},
    "json": {"map"},
}
REQUIRED_KEYS = {"feed": set(), "list": {"link_selector"}, "json": set()}


class SourceError(ValueError):
    """A problem in the sources file; `source` and `key` say where (either may be None)."""

    def __init__(self, message: str, *, path: str | Path | None = None, source: str | None = None,
                 key: str | None = None):
        where = []
        if path:
            where.append(str(path))
        if source:
            where.append(f"source {source!r}")
        if key:
            where.append(f"key {key!r}")
        super().__init__(": ".join(where + [message]))
        self.source = source
        self.key = key


@dataclass(frozen=True)
class Source:
    name: str
    type: str  # feed | list | json
    url: str
    link_selector: str | None = None  # list: CSS selector of links to detail pages
    next_selector: str | None = None  # list: CSS selector of the next-page link
    max_pages: int = 1  # list: pages visited per run, following next_selector
    content_selector: str | None = None  # feed, list: CSS selector of the detail page's body
    field_map: dict[str, str] = field(default_factory=dict)  # json: record field -> key in the dump
    domains: tuple[str, ...] = ()  # hosts besides the url's own that the spider may fetch
    max_items: int | None = None  # feed: new article pages followed per run (FEED_MAX_ITEMS by default)

    @property
    def allowed_domains(self) -> list[str]:
        """Hosts (and their subdomains) this source's spider may fetch; nothing else is requested."""
        host = urlsplit(self.url).hostname or ""
        return list(dict.fromkeys([host, *self.domains]))

    @property
    def fence(self) -> Fence:
        """The allowed hosts, on the url's port, over http(s): see spiders/fence.py."""
        return Fence.around(self.url, self.allowed_domains)


def load_sources(path: str | Path) -> list[Source]:
    """Read and validate a sources file. Raises SourceError."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError("file not found", path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(f"not valid TOML: {exc}", path=path) from None
    return parse_sources(data, path=path)


def parse_sources(data: dict, *, path: str | Path | None = None) -> list[Source]:
    unknown = set(data) - {"source"}
    if unknown:
        raise SourceError(f"unknown top-level key(s) {sorted(unknown)}; expected only [[source]] tables",
                          path=path, key=sorted(unknown)[0])
    tables = data.get("source")
    if not isinstance(tables, list) or not tables:
        raise SourceError("no [[source]] tables", path=path)
    sources, seen = [], set()
    for number, table in enumerate(tables, start=1):
        source = _parse_source(table, number, path)
        if source.name in seen:
            raise SourceError("duplicate name", path=path, source=source.name, key="name")
        seen.add(source.name)
        sources.append(source)
    return sources


def _parse_source(table: dict, number: int, path: str | Path | None) -> Source:
    name = table.get("name")
    label = name if isinstance(name, str) and name else f"#{number}"

    def fail(key: str, message: str) -> SourceError:
        return SourceError(message, path=path, source=label, key=key)

    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        raise fail("name", f"expected a name of letters, digits, '.', '_' or '-', got {name!r}")
    kind = table.get("type")
    if kind not in SOURCE_TYPES:
        raise fail("type", f"expected one of {', '.join(SOURCE_TYPES)}, got {kind!r}")
    allowed = COMMON_KEYS | TYPE_KEYS[kind]
    for key in table:
        if key not in allowed:
            used_by = [t for t, keys in TYPE_KEYS.items() if key in keys]
            hint = f" (only for type {' or '.join(used_by)})" if used_by else ""
            raise fail(key, f"unknown key{hint}")
    for key in REQUIRED_KEYS[kind]:
        if key not in table:
            raise fail(key, f"required for type {kind!r}")
    url = _url(table.get("url"), fail)
    return Source(
        name=name,
        type=kind,
        url=url,
        link_selector=_selector(table, "link_selector", fail),
        next_selector=_selector(table, "next_selector", fail),
        max_pages=_max_pages(table, fail),
        content_selector=_selector(table, "content_selector", fail),
        field_map=_field_map(table, fail),
        domains=_domains(table, fail),
        max_items=_max_items(table, kind, fail),
    )


def _url(value, fail) -> str:
    if not isinstance(value, str):
        raise fail("url", f"expected an http(s) URL, got {value!r}")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise fail("url", f"expected an http(s) URL, got {value!r}")
    return value.strip()


def _selector(table: dict, key: str, fail) -> str | None:
    if key not in table:
        return None
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise fail(key, f"expected a CSS selector, got {value!r}")
    from cssselect import GenericTranslator, SelectorError

    try:
        GenericTranslator().css_to_xpath(value)
    except SelectorError as exc:
        raise fail(key, f"invalid CSS selector {value!r}: {exc}") from None
    return value.strip()


def _max_pages(table: dict, fail) -> int:
    if "max_pages" not in table:
        return DEFAULT_MAX_PAGES if "next_selector" in table else 1
    value = table["max_pages"]
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGES_LIMIT:
        raise fail("max_pages", f"expected a whole number from 1 to {MAX_PAGES_LIMIT}, got {value!r}")
    if value > 1 and "next_selector" not in table:
        raise fail("max_pages", "needs next_selector to find the following pages")
    return value


def _max_items(table: dict, kind: str, fail) -> int | None:
    """A feed's cap on the articles followed per run: a feed of 10,000 items must not mean 10,000 pages."""
    if "max_items" not in table:
        return harvest_settings.value("FEED_MAX_ITEMS") if kind == "feed" else None
    value = table["max_items"]
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ITEMS_LIMIT:
        raise fail("max_items", f"expected a whole number from 1 to {MAX_ITEMS_LIMIT}, got {value!r}")
    return value


def _field_map(table: dict, fail) -> dict[str, str]:
    """`map = { title = "headline", published = "date" }`: record field = key in the dump, as `--map`."""
    from pipeline.importer import MAP_TARGETS

    value = table.get("map", {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
    ):
        raise fail("map", f"expected a table of field = \"key in the dump\", got {value!r}")
    for target in value:
        if target not in MAP_TARGETS:
            raise fail("map", f"unknown field {target!r} (known: {', '.join(MAP_TARGETS)})")
    return dict(value)


def _domains(table: dict, fail) -> tuple[str, ...]:
    value = table.get("domains", [])
    if not isinstance(value, list) or not all(isinstance(d, str) and d.strip() for d in value):
        raise fail("domains", f"expected a list of host names, got {value!r}")
    hosts = []
    for domain in value:
        domain = domain.strip().lower()
        if "/" in domain or ":" in domain:
            raise fail("domains", f"expected a host name without scheme, port or path, got {domain!r}")
        hosts.append(domain)
    return tuple(hosts)
