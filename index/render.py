"""Search results for people (a rich table with snippets and facet counts) and for programs (JSON)."""
from __future__ import annotations

import json
from datetime import date
from urllib.parse import urlsplit

from rich.console import Console
from rich.table import Table
from rich.text import Text

from index.results import FacetCount, Highlight, SearchHit, SearchResults
from pipeline.dates import today_cn

MATCH_STYLE = "bold yellow"
SNIPPET_STYLE = "dim"
FACETS_SHOWN = 8  # values per facet line; the rest are summed as "other"
SHORT_ID = 8  # characters of the id shown; `huiqi show` takes any unique prefix
KIND_SHORT = {"interpretation": "interpr."}  # the one kind name too wide for an 80-column table


def marked(highlight: Highlight, base_style: str = "") -> Text:
    """A fragment as rich Text with its matched words styled."""
    text = Text(highlight.text, style=base_style)
    for start, end in highlight.spans:
        text.stylize(MATCH_STYLE, start, end)
    return text


def deadline_cell(deadline: date | None, today: date) -> str:
    if deadline is None:
        return "—"
    days = (deadline - today).days
    if days < 0:
        return f"{deadline.isoformat()}\n(closed)"
    if days == 0:
        return f"{deadline.isoformat()}\n(today)"
    return f"{deadline.isoformat()}\n({days} d left)"


def link_text(url: str) -> Text:
    """A URL folded to its host, as a terminal hyperlink where the terminal supports them."""
    host = urlsplit(url).netloc or url
    return Text(f"{host}/…" if len(url) > len(host) + 9 else url, style=f"{SNIPPET_STYLE} link {url}")


def _title_cell(hit: SearchHit) -> Text:
    title = next((h for h in hit.highlights if h.field == "title"), None)
    cell = marked(title) if title else Text(hit.title)
    snippets = [h for h in hit.highlights if h.field == "text"]
    for snippet in snippets:
        cell.append("\n")
        cell.append_text(marked(snippet, SNIPPET_STYLE))
    origin = hit.issuer or hit.record.get("account") or hit.source
    url = hit.record.get("url")
    if origin or url:
        cell.append("\n")
        cell.append(origin or "", style=SNIPPET_STYLE)
        if url:
            cell.append(" · " if origin else "", style=SNIPPET_STYLE)
            cell.append_text(link_text(url))
    return cell


def _facet_line(name: str, counts: list[FacetCount]) -> str:
    shown = [f"{c.label} {c.count}" for c in counts[:FACETS_SHOWN]]
    rest = sum(c.count for c in counts[FACETS_SHOWN:])
    if rest:
        shown.append(f"other {rest}")
    return f"{name}: " + (" · ".join(shown) if shown else "—")


def results_table(results: SearchResults, today: date | None = None) -> Table:
    """One row per hit: short id (what `huiqi show` takes), title with snippets, issuer and link,
    kind, region and the apply deadline counted from `today` (the --open-on date when given)."""
    today = today or today_cn()
    table = Table(show_lines=True, expand=True)
    table.add_column("id", no_wrap=True, style="cyan")
    table.add_column("title", ratio=6, overflow="fold")  # CJK has no spaces to wrap at
    table.add_column("kind", no_wrap=True)
    table.add_column("region", overflow="fold", min_width=6, max_width=12)  # 6 cells: "region", 江苏省
    table.add_column("apply by", no_wrap=True)
    for hit in results.hits:
        table.add_row(
            hit.id[:SHORT_ID],
            _title_cell(hit),
            KIND_SHORT.get(hit.kind or "", hit.kind or "—"),
            "、".join(hit.region_names) or "—",
            deadline_cell(hit.apply_deadline, today),
        )
    return table


def render_table(results: SearchResults, console: Console | None = None, today: date | None = None) -> None:
    """Print the hits as a table, a count line and facet counts by kind and region."""
    console = console or Console()
    if results.total == 0:
        console.print("no matching notices")
        return
    if results.hits:
        console.print(results_table(results, today))
    else:
        console.print(f"page {results.page} is past the last page ({results.pages})")
    console.print(f"{results.total} notices · page {results.page} of {results.pages} · sorted by {results.sort}"
                  " · `huiqi show ID` for one notice", highlight=False)
    for name in ("kind", "region"):
        console.print(_facet_line(name, results.facets.get(name, [])), highlight=False)


def results_json(results: SearchResults) -> dict:
    """The page as JSON: totals, paging, facet counts and the hits as export-contract records with
    `score` and `highlights` (under `results`)."""
    return {
        "total": results.total, "page": results.page, "pages": results.pages, "limit": results.limit,
        "sort": results.sort,
        "facets": {name: [{"value": c.value, "label": c.label, "count": c.count} for c in counts]
                   for name, counts in results.facets.items()},
        "results": [hit.to_json() for hit in results.hits],
    }


def render_json(results: SearchResults) -> str:
    return json.dumps(results_json(results), ensure_ascii=False, indent=2)
