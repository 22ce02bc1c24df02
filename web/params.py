"""Query parameters of the web pages, read into the values the library takes.

Every value a page or API takes comes through here, so a bad one is one `BadRequest` with a message fit
for a 400 page (never a traceback): a bad date, an unknown kind, region or subject, page 0, an unknown
sort. The search parameters carry the names of `huiqi search`'s options (`in_scope_of` for
--in-scope-of …), so a page's URL reads like the command and can be bookmarked and shared.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping
from urllib.parse import urlencode

from index import SORTS, FilterError, SearchFilters, parse_filters
from index.query import distinct_clauses, split_clauses
from pipeline.dates import parse_user_date
from pipeline.normalize import fold_characters
from pipeline.notice import KINDS

FILTER_NAMES = ("kind", "region", "in_scope_of", "subject", "open_on", "deadline_before", "deadline_after",
                "since", "until")
DATE_FILTERS = ("open_on", "deadline_before", "deadline_after", "since", "until")
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_QUERY_CHARS = 500  # a search box, not a document


class BadRequest(ValueError):
    """A query parameter that cannot be used; the message names it and says what is expected."""


@dataclass
class SearchRequest:
    """One search as the URL gives it: the words, the filters as typed, sort and page."""

    query: str = ""
    typed: dict[str, str] = field(default_factory=dict)  # filter name -> value as typed (kept for links)
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: str = "relevance"
    page: int = 1
    limit: int = DEFAULT_LIMIT

    @property
    def is_empty(self) -> bool:
        return not self.query and not self.typed

    def params(self, **changes) -> dict[str, str]:
        """The URL parameters of this search with `changes` (None removes one); the page is reset to 1
        unless given, since another filter makes another list."""
        values: dict[str, str | int | None] = {"q": self.query, **self.typed}
        if self.sort != "relevance":
            values["sort"] = self.sort
        if self.limit != DEFAULT_LIMIT:
            values["limit"] = self.limit
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v not in (None, "") and not (k == "page" and v == 1)}

    def url(self, path: str = "/", **changes) -> str:
        query = urlencode(self.params(**changes))
        return f"{path}?{query}" if query else path


def search_request(args: Mapping[str, str], *, paged: bool = True) -> SearchRequest:
    """The search a URL's parameters describe. Raises BadRequest."""
    query = (args.get("q") or "").strip()
    if len(query) > MAX_QUERY_CHARS:
        raise BadRequest(f"q: at most {MAX_QUERY_CHARS} characters")
    try:  # at most index.query.MAX_QUERY_TERMS distinct words and phrases (a long query holds the searcher)
        distinct_clauses(split_clauses(fold_characters(query)))
    except FilterError as exc:
        raise BadRequest(f"q: {exc}") from None
    typed = {name: args[name].strip() for name in FILTER_NAMES if (args.get(name) or "").strip()}
    kind = typed.get("kind")
    if kind is not None and kind not in KINDS:
        raise BadRequest(f"kind: unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
    for name, value in typed.items():  # one by one, so the message names the parameter
        try:
            parse_filters(**{name: value})
            if name in ("region", "in_scope_of"):
                _check_region(value)
        except FilterError as exc:
            raise BadRequest(f"{name}: {exc}") from None
    filters = parse_filters(**typed)
    sort = args.get("sort") or "relevance"
    if sort not in SORTS:
        raise BadRequest(f"sort: unknown sort {sort!r}: expected one of {', '.join(SORTS)}")
    page = positive_int(args, "page", 1) if paged else 1
    limit = positive_int(args, "limit", DEFAULT_LIMIT, most=MAX_LIMIT) if paged else DEFAULT_LIMIT
    return SearchRequest(query, typed, filters, sort, page, limit)


def positive_int(args: Mapping[str, str], name: str, default: int, most: int | None = None) -> int:
    value = args.get(name)
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except ValueError:
        raise BadRequest(f"{name}: expected a whole number, got {value!r}") from None
    if number < 1 or (most is not None and number > most):
        bound = f"from 1 to {most}" if most is not None else "1 or more"
        raise BadRequest(f"{name}: expected {bound}, got {number}")
    return number


def day(args: Mapping[str, str], name: str, default: date | None = None) -> date | None:
    """A date parameter: YYYY-MM-DD (also 2025/9/30, 2025年9月30日) or today. Raises BadRequest."""
    value = (args.get(name) or "").strip()
    if not value:
        return default
    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise BadRequest(f"{name}: {exc}") from None


def _check_region(value: str) -> None:
    from index.filters import resolve_region

    resolve_region(value)
