"""Search results for people (a rich table with snippets and facet counts) and for programs (JSON)."""
from __future__ import annotations

import json
from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text

from index.results import FacetCount, Highlight, SearchHit, SearchResults
from pipeline.dates import today_cn

MATCH_STYLE = "bold yellow"
SNIPPET_STYLE = "dim"
FACETS_SHOWN = 8  # values per facet line; the rest are summed as "other"


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
        return f"{deadline.isoformat()} (closed)"
    if days == 0:
        return f"{deadline.isoformat()} (today)"
    return f"{deadline.isoformat()} ({days} d left)"


def _title_cell(hit: SearchHit) -> Text:
    title = next((h for h in hit.highlights if h.field == "title"), None)
    cell = marked(title) if title else Text(hit.title)
    snippets = [h for h in hit.highlights if h.field == "text"]
    for snippet in snippets:
        cell.append("\n")
        cell.append_text(marked(snippet, SNIPPET_STYLE))
    return cell


def _facet_line(name: str, counts: list[FacetCount]) -> str:
    shown = [f"{c.label} {c.count}" for c in counts[:FACETS_SHOWN]]
    rest = sum(c.count for c in counts[FACETS_SHOWN:])
    if rest:
        shown.append(f"other {rest}")
    return f"{name}: " + (" · ".join(shown) if shown else "—")


def results_table(results: SearchResults, today: date | None = None) -> Table:
    today = today or today_cn()
    first = (results.page - 1) * results.limit
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("title", ratio=6, overflow="fold")  # CJK has no spaces to wrap at
    table.add_column("kind", no_wrap=True)
    table.add_column("region", ratio=1, overflow="fold")
    table.add_column("apply by", no_wrap=True)
    table.add_column("source", ratio=1, overflow="fold")
    for number, hit in enumerate(results.hits, start=first + 1):
        table.add_row(
            str(number),
            _title_cell(hit),
            hit.kind or "—",
            "、".join(hit.region_names) or "—",
            deadline_cell(hit.apply_deadline, today),
            hit.record.get("account") or hit.source or "—",
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
    console.print(f"{results.total} notices · page {results.page} of {results.pages} · sorted by {results.sort}")
    for name in ("kind", "region"):
        console.print(_facet_line(name, results.facets.get(name, [])), highlight=False)


def results_json(results: SearchResults) -> list[dict]:
    """Export-contract records of the page's hits, each with `score` and `highlights`."""
    return [hit.to_json() for hit in results.hits]


def render_json(results: SearchResults) -> str:
    return json.dumps(results_json(results), ensure_ascii=False, indent=2)
