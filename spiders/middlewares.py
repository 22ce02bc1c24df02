"""Retries with exponential backoff that honour Retry-After (Scrapy's own retry middleware retries at once)."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message

from spiders import settings as harvest_settings

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) as seconds from now; None when absent or unreadable."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def backoff_seconds(attempt: int, base: float, cap: float) -> float:
    """Wait before retry number `attempt` (1-based): base, 2·base, 4·base … at most `cap`."""
    return min(cap, base * 2 ** max(0, attempt - 1))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, waiting before each retry.

    The wait is the exponential backoff or the server's Retry-After, whichever is longer. While it
    lasts, the whole site's download slot is slowed to match, so other pages of that site wait too.
    A Retry-After longer than RETRY_AFTER_MAX gives the page up for this run.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = float(harvest_settings.value("RETRY_BACKOFF_BASE"))
        self.backoff_max = float(harvest_settings.value("RETRY_BACKOFF_MAX"))
        self.retry_after_max = float(harvest_settings.value("RETRY_AFTER_MAX"))

    async def process_response(self, request, response, spider=None):  # spider: older Scrapy passes it
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0) + 1
        wait = backoff_seconds(attempt, self.backoff_base, self.backoff_max)
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is not None:
            if asked > self.retry_after_max:
                logger.warning("giving up %s for this run: Retry-After %.0fs exceeds %.0fs",
                               request.url, asked, self.retry_after_max)
                return response
            wait = max(wait, asked)
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._wait(request, wait)
        return retry

    async def process_exception(self, request, exception, spider=None):
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        attempt = request.meta.get("retry_times", 0) + 1
        retry = self._retry(request, exception)
        if retry is None:
            return None
        await self._wait(request, backoff_seconds(attempt, self.backoff_base, self.backoff_max))
        return retry

    async def _wait(self, request, seconds: float) -> None:
        if seconds <= 0:
            return
        from twisted.internet import reactor, task  # not at import time: that would install a reactor

        logger.info("waiting %.1fs before retrying %s", seconds, request.url)
        slot, normal_delay = self._slow_down_site(request, seconds)
        await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))
        if slot is not None and slot.delay == seconds:
            slot.delay = normal_delay  # unless AutoThrottle has set its own value meanwhile

    def _slow_down_site(self, request, seconds: float):
        """Hold the whole site back while we wait: its download slot keeps at least this delay."""
        try:
            downloader = self.crawler.engine.downloader
            slot = downloader.slots.get(downloader.get_slot_key(request))
        except AttributeError:  # Scrapy internals moved: the per-request wait still applies
            return None, None
        if slot is None or slot.delay >= seconds:
            return None, None
        normal_delay, slot.delay = slot.delay, seconds
        return slot, normal_delay
