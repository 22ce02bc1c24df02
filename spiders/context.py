"""What one harvest run shares between its spiders, and what it counts per source (no Scrapy here).

Twisted runs every callback on one thread, so the shared sets and counters need no locks.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pipeline.urls import canonical_url

logger = logging.getLogger(__name__)

# Outcomes of Ingestor.add, each counted per source.
INGEST_OUTCOMES = ("new", "updated", "unchanged", "duplicate", "rejected")


@dataclass
class SourceStats:
    """Counts for one source in one run; `record()` is what the run record stores."""

    pages: int = 0  # responses received and read, 304s included
    new: int = 0
    updated: int = 0
    unchanged: int = 0  # stored already and identical, or answered 304 Not Modified
    duplicate: int = 0  # the same notice twice in this run (same canonical URL or source id)
    rejected: int = 0  # read, but the record was unusable (no title, bad date …)
    failed: int = 0  # requests that failed after retries, and pages that could not be read
    gone: int = 0  # … of which detail pages answered 404 or 410 (stale links)
    skipped: int = 0  # deleted articles, robots.txt exclusions, off-domain links
    details_tried: int = 0  # detail pages (and dump records) attempted
    details_ok: int = 0  # … and those that were read (including 304 and deleted articles)
    entry_failed: bool = False  # the feed, first list page or dump itself could not be read
    truncated: bool = False  # --max-items stopped the source before it ran out of links
    errors: list[str] = field(default_factory=list)
    max_errors: int = 10

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def error(self, message: str) -> None:
        if len(self.errors) < self.max_errors:
            self.errors.append(message)

    @property
    def complete(self) -> bool:
        """Every page this source tried was fetched, so its list pages may answer 304 next time."""
        return not self.entry_failed and not self.failed and not self.truncated

    @property
    def status(self) -> str:
        """"failed" when nothing could be harvested, "partial" when some pages failed, else "ok".

        Nothing could be harvested when the feed, list or dump itself failed, or when every detail
        page tried failed. Stale links (404/410) alone do not make a source fail: a list that keeps
        one dead link among known pages would otherwise fail every day.
        """
        if self.entry_failed:
            return "failed"
        if self.details_tried and not self.details_ok and self.failed > self.gone:
            return "failed"
        if self.failed or self.rejected:
            return "partial"
        return "ok"

    def record(self) -> dict:
        return {
            "status": self.status,
            "pages": self.pages,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicate": self.duplicate,
            "rejected": self.rejected,
            "failed": self.failed,
            "gone": self.gone,
            "skipped": self.skipped,
            "truncated": self.truncated,
            "errors": list(self.errors),
        }


@dataclass
class HarvestContext:
    """Handed to every spider of a run (as the `harvest` argument) and to the item pipeline."""

    store: object  # pipeline.store.Store
    ingestor: object  # pipeline.ingest.Ingestor
    known_urls: set[str]  # canonical URLs already stored: never fetched again
    rechecks: dict[str, list[tuple[str, str | None, str | None]]]  # source -> (url, etag, last_modified)
    stats: dict[str, SourceStats]
    max_items: int | None = None  # per source: detail pages or dump records
    requested: set[str] = field(default_factory=set)  # canonical URLs requested in this run
    # List, feed and dump validators, saved only when their source fetched everything it tried: a
    # failed detail page must not hide behind a 304 on the next run.
    pending_validators: dict[str, list[tuple[str, str | None, str | None]]] = field(default_factory=dict)
    # Detail pages' validators, saved only after the Ingestor has stored their notices.
    page_validators: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    store_failed: bool = False  # a batch was lost: save no list validators, so the next run re-reads

    def claim(self, url: str) -> bool:
        """True the first time a canonical URL is seen in this run and it is not stored yet."""
        key = canonical_url(url) or url
        if key in self.known_urls or key in self.requested:
            return False
        self.requested.add(key)
        return True


def host_allowed(url: str, domains: list[str]) -> bool:
    """Whether the URL's host is one of `domains` or a subdomain of one (Scrapy's offsite rule)."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains if d)
