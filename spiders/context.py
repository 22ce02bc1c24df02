"""What one harvest run shares between its spiders, and what it counts per source (no Scrapy here).

Twisted runs every callback on one thread, so the shared sets and counters need no locks.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

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
    refused: int = 0  # links and redirects outside the source's fence; redirects count as failed too
    skipped: int = 0  # deleted articles, robots.txt exclusions, non-HTML responses
    details_tried: int = 0  # detail pages (and dump records) attempted
    details_ok: int = 0  # … and those that were read (including 304 and deleted articles)
    entry_failed: bool = False  # the feed, first list page or dump itself could not be read
    # The limit that stopped the source with links left ("max_pages", "max_items" or "--max-items"),
    # and its value.
    cut_by: str | None = None
    cut_at: int = 0
    errors: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)  # sampled apart, so refusals never crowd out errors
    max_errors: int = 10

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def error(self, message: str) -> None:
        if len(self.errors) < self.max_errors:
            self.errors.append(message)

    def refuse(self, message: str, *, failed: bool) -> None:
        """A URL the fence kept us from; `failed` when it was a page we needed (a redirect's target)."""
        self.refused += 1
        self.failed += failed
        if len(self.refusals) < self.max_errors:
            self.refusals.append(message)

    def cut(self, limit: str, value: int) -> None:
        self.cut_by, self.cut_at = limit, value

    @property
    def complete(self) -> bool:
        """Every page this source tried was fetched, so its list pages may answer 304 next time.

        A cut at max_pages is by design (older list pages are never read); an item cap leaves links
        for the next run, which must re-read the feed or list rather than get a 304.
        """
        return not self.entry_failed and not self.failed and self.cut_by in (None, "max_pages")

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
            "refused": self.refused,
            "skipped": self.skipped,
            "cut": f"{self.cut_by} {self.cut_at}" if self.cut_by else None,
            "errors": [*self.errors, *self.refusals],
        }


def status_line(record: dict) -> str:
    """A source's status with what "ok" alone would hide: "ok, cut at max_pages 2", "partial, 3 refused"."""
    notes = [record["status"]]
    if record.get("cut"):
        notes.append(f"cut at {record['cut']}")
    if record.get("refused"):
        notes.append(f"{record['refused']} refused")
    return ", ".join(notes)


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
