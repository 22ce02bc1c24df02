"""The item pipeline: hands each harvested record to the Ingestor and counts the outcome per source."""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem
from scrapy.logformatter import LogFormatter

from pipeline.urls import canonical_url

logger = logging.getLogger(__name__)


class IngestPipeline:
    """Records go through `Ingestor.add` (normalise, extract, store, index), exactly as imports do.

    Rejected records are dropped with the Ingestor's reason. A stored detail page's ETag and
    Last-Modified are kept so later runs can re-check it with a conditional request.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):  # spider: older Scrapy passes it; newer does not
        harvest = self.crawler.spider.harvest
        stats = harvest.stats[item.source]
        try:
            outcome = harvest.ingestor.add(item.record, item.file, item.index)
        except Exception as exc:  # a store failure (disk full, locked database) loses a whole batch
            harvest.store_failed = True
            stats.failed += 1
            stats.error(f"{item.record.provenance}: not stored: {type(exc).__name__}: {exc}")
            logger.exception("%s: storing %s failed", item.source, item.record.provenance)
            raise DropItem(f"not stored: {exc}") from exc
        stats.count(outcome)
        if outcome == "rejected":
            problem = harvest.ingestor.summary.problems[-1]
            stats.error(f"rejected {problem}")
            raise DropItem(f"rejected: {problem}")
        if outcome == "duplicate":
            raise DropItem(f"duplicate of a record already harvested in this run: {item.record.provenance}")
        if item.url and (item.etag or item.last_modified):
            # Saved by the runner once the Ingestor has flushed: validators for a notice lost in a
            # crash would turn the next run's re-check into a 304 and hide the page for good.
            harvest.page_validators.append((canonical_url(item.url), item.etag, item.last_modified))
        return item


class HarvestLogFormatter(LogFormatter):
    """Dropped items are logged with their reason only: the record itself may be a whole page."""

    def dropped(self, item, exception, response, spider):
        entry = super().dropped(item, exception, response, spider)
        entry["msg"] = "Dropped: %(exception)s"
        entry["level"] = logging.INFO
        return entry
