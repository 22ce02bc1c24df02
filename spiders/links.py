"""Links on HTML list pages: pure functions over the decoded page, used by the list spider."""
from __future__ import annotations

from urllib.parse import urlsplit

from spiders.pages import html_document


def list_links(markup: str, base_url: str, selector: str) -> list[str]:
    """Absolute http(s) URLs of the links `selector` matches, in page order, without repeats.

    The selector may match the <a> elements themselves or elements containing them (`ul.list li`).
    """
    urls: list[str] = []
    for element in html_document(markup, base_url).cssselect(selector):
        anchors = [element] if element.tag == "a" else element.iter("a")
        for anchor in anchors:
            url = (anchor.get("href") or "").strip()
            if urlsplit(url).scheme in ("http", "https") and url not in urls:
                urls.append(url)
    return urls


def next_page_url(markup: str, base_url: str, selector: str) -> str | None:
    """The first link `selector` matches other than the page itself, or None on the last page."""
    here = base_url.split("#")[0]
    for url in list_links(markup, base_url, selector):
        if url.split("#")[0] != here:
            return url
    return None
