"""Downloader middlewares: the crawl fence, charset labels Scrapy cannot decode with, and retries with
exponential backoff that honour Retry-After (Scrapy's own retry middleware retries at once)."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred
from w3lib.url import safe_url_string

from spiders import settings as harvest_settings
from spiders.encoding import without_unusable_charset

logger = logging.getLogger(__name__)

REDIRECT_STATUSES = (301, 302, 303, 307, 308)


class FenceRefused(IgnoreRequest):
    """A request, or the target of a redirect, outside the source's fence (spiders/fence.py)."""

    def __init__(self, target: str, reason: str, *, redirect: bool):
        super().__init__(f"{'redirect to ' if redirect else ''}{target} refused: {reason}")
        self.target = target
        self.reason = reason
        self.redirect = redirect  # the server sent us there, rather than a link we chose


class FenceMiddleware:
    """Keeps every request of a source's spider inside the source's fence, and says what it refused.

    Requests are checked before anything is fetched for them (robots.txt included), which covers the
    redirects Scrapy follows (a new request each). A redirect Scrapy will not follow (to file:, data:
    and other schemes) reaches the spider as its 3xx response; it is refused here as well, so the run
    record names the target instead of reporting "HTTP 302".
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):  # spider: older Scrapy passes it
        reason = self.crawler.spider.fence.refusal(request.url)
        if reason:
            raise FenceRefused(request.url, reason, redirect=bool(request.meta.get("redirect_urls")))

    def process_response(self, request, response, spider=None):
        location = response.headers.get("Location")
        if response.status not in REDIRECT_STATUSES or not location:
            return response
        target = urljoin(request.url, safe_url_string(location))
        reason = self.crawler.spider.fence.refusal(target)
        if reason:
            raise FenceRefused(target, reason, redirect=True)
        return response


class RobotsUnreadable(IgnoreRequest):
    """A request not made because its site's robots.txt could not be read; `cause` is the exception
    that fetching it ended with, or the HTTP status text of a server error."""

    def __init__(self, cause: Exception | str):
        super().__init__(f"robots.txt could not be read ({cause}): the site is left for the next run")
        self.cause = cause


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, except for a robots.txt that cannot be read: after a network
    error or time-out (retries included) or a server error (5xx), the site is kept out of this run, as
    RFC 9309 (2.3.1.4) asks; Scrapy would then fetch everything, disallowed pages included. A missing
    robots.txt (4xx) still allows all."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._unreadable: dict[str, Exception | str] = {}  # netloc -> why its robots.txt is unread

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500:
            self._refuse_site(netloc, f"HTTP {response.status}")
            return
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        if isinstance(exc, IgnoreRequest):  # refused before it was fetched (the fence): as Scrapy does
            super()._robots_error(exc, netloc)
            return
        self._refuse_site(netloc, exc)

    def _refuse_site(self, netloc: str, cause: Exception | str) -> None:
        logger.warning("%s: robots.txt could not be read (%s): the site is left for the next run", netloc, cause)
        self._unreadable[netloc] = cause
        waiting = self._parsers[netloc]
        self._parsers[netloc] = None
        waiting.callback(None)

    async def robot_parser(self, request):
        # Requests that arrive while robots.txt is being fetched wait on one shared Deferred, and
        # Twisted's Deferred.asFuture hands its result to the first of them and None to the others,
        # which Scrapy reads as "no robots.txt: allow everything" (a distributed harvest under load
        # fetched a disallowed page so). The parser's final state is read from the table instead.
        resolved = await super().robot_parser(request)
        final = self._parsers.get(urlparse_cached(request).netloc)
        return resolved if isinstance(final, Deferred) else final

    def process_request_2(self, rp, request):
        cause = self._unreadable.get(urlparse_cached(request).netloc)
        if rp is None and cause is not None:
            raise RobotsUnreadable(cause)
        super().process_request_2(rp, request)


class CharsetLabelMiddleware:
    """Drops a Content-Type charset that names no page charset (`charset=rot13`) from responses.

    Scrapy decodes an HTML response itself to look for a meta refresh, and a label Python knows as a
    codec but not as a text encoding makes that raise LookupError, failing the page. Without the label
    our decoder (spiders/encoding.py) goes by the page's meta charset and the bytes, as it would anyway.
    """

    def process_response(self, request, response, spider=None):
        content_type = response.headers.get("Content-Type")
        if not isinstance(response, TextResponse) or not content_type:
            return response
        usable = without_unusable_charset(content_type)
        if usable == content_type:
            return response
        headers = response.headers.copy()
        headers["Content-Type"] = usable
        return response.replace(headers=headers, encoding=None)  # else replace() keeps the old label


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
