"""RSS and Atom feeds into the article links they announce: a pure function over the feed's bytes."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from pipeline.dates import date_of_datetime
from spiders.encoding import decode_html

logger = logging.getLogger(__name__)


class FeedError(ValueError):
    """A response that is not a feed at all (an HTML error page, an empty body)."""


@dataclass
class FeedEntry:
    link: str  # absolute URL of the article page
    title: str
    published: date | None  # the date in China, whatever offset the feed wrote
    summary: str


def parse_feed(body: bytes, url: str) -> list[FeedEntry]:
    """Entries with a link, in feed order. Raises FeedError when the body is not a feed."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        # The XML declaration may lie (encoding="utf-16" on UTF-8 bytes): retry with the codec the
        # bytes fit, given as the HTTP charset, which overrides the declaration.
        codec = decode_html(body).encoding
        parsed = feedparser.parse(body, response_headers={"content-location": url,
                                                          "content-type": f"application/xml; charset={codec}"})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise FeedError(f"not a feed: {problem}")
    if parsed.get("bozo"):
        logger.info("feed %s is malformed but readable: %s", url, parsed.get("bozo_exception"))
    entries = []
    for item in parsed.entries:
        link = _entry_link(item, url)
        if not link:
            logger.warning("feed %s: entry %r has no link; skipped", url, item.get("title", "")[:60])
            continue
        entries.append(
            FeedEntry(
                link=link,
                title=(item.get("title") or "").strip(),
                published=_entry_date(item),
                summary=item.get("summary") or "",
            )
        )
    return entries


def _entry_link(item: dict, base: str) -> str | None:
    """The alternate (article) link; Atom entries may also carry enclosure and related links."""
    for link in item.get("links") or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return urljoin(base, link["href"].strip())
    if item.get("link"):
        return urljoin(base, item["link"].strip())
    guid = item.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) else None


def _entry_date(item: dict) -> date | None:
    """Read the date as written: feedparser's *_parsed fields are UTC and would move 00:30+08:00 a day back."""
    for key in ("published", "updated", "created"):
        raw = (item.get(key) or "").strip()
        if not raw:
            continue
        moment = _parse_datetime(raw)
        if moment is not None:
            return date_of_datetime(moment)
    return None


def _parse_datetime(raw: str) -> datetime | None:
    try:
        return parsedate_to_datetime(raw)  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))  # Atom: RFC 3339
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(raw[:10])
    except ValueError:
        logger.debug("unreadable feed date %r", raw)
        return None
