"""What every source spider shares: conditional requests, detail pages, and honest failure counting.

A spider instance serves one source of the sources file. It never fetches a URL that is stored
already (the store's canonical URLs) or was requested earlier in the run, stays inside the source's
fence (spiders/fence.py), and re-checks recently published notices with conditional requests. Every
failure ends in `on_error`, which counts it for the run record; nothing is retried here (the
middleware does that).
"""
from __future__ import annotations

import logging

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from spiders.context import HarvestContext
from spiders.encoding import decode_html
from spiders.items import HarvestedRecord
from spiders.middlewares import FenceRefused, RobotsUnreadable
from spiders.pages import PageUnavailable, page_record, parse_detail_page
from spiders.sources import Source

logger = logging.getLogger(__name__)

HTML_TYPES = (b"text/html", b"application/xhtml", b"text/plain")


class SourceSpider(scrapy.Spider):
    """Base of the feed, list and dump spiders; subclasses provide `entry_request`."""

    def __init__(self, source: Source, harvest: HarvestContext, **kwargs):
        super().__init__(name=source.name, **kwargs)
        self.source = source
        self.harvest = harvest
        self.fence = source.fence  # FenceMiddleware checks every request against it
        self.tally = harvest.stats[source.name]
        # The smaller of --max-items and the source's own cap (a feed's max_items), with its name.
        caps = [(n, name) for n, name in ((harvest.max_items, "--max-items"), (source.max_items, "max_items"))
                if n is not None]
        self.item_cap = min(caps, default=None)
        self.items_left = self.item_cap[0] if self.item_cap else None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.drop_non_html, signal=signals.headers_received)
        return spider

    async def start(self):
        for url, etag, last_modified in self.harvest.rechecks.get(self.source.name, []):
            yield self.request(url, self.parse_detail, role="recheck", validators=(etag, last_modified))
        yield self.entry_request()

    def entry_request(self) -> scrapy.Request:
        raise NotImplementedError

    def closed(self, reason: str) -> None:
        """Scrapy calls this at the end; anything but "finished" (a shutdown signal) cut the crawl short."""
        if reason != "finished":
            self.tally.failed += 1
            self.tally.error(f"crawl stopped early ({reason})")
            logger.warning("%s: crawl stopped early (%s)", self.name, reason)

    # --- requests ---------------------------------------------------------------------------------
    def request(self, url: str, callback, *, role: str, validators=(None, None), **cb_kwargs) -> scrapy.Request:
        """A GET that asks for 304 Not Modified when we hold the page's ETag or Last-Modified."""
        etag, last_modified = validators
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, headers=headers, cb_kwargs=cb_kwargs,
            meta={"role": role, "handle_httpstatus_list": [304]},
        )

    def stored_validators(self, url: str) -> tuple[str | None, str | None]:
        return self.harvest.store.http_validators(url)

    def follow_detail(self, url: str, *, found_on: str, **cb_kwargs) -> scrapy.Request | None:
        """A request for a detail page linked from `found_on`, or None when the link is outside the
        fence, known, or over the item cap."""
        if not self.may_follow(url, found_on):
            return None
        if not self.harvest.claim(url):
            return None
        if not self.take_item():
            return None
        return self.request(url, self.parse_detail, role="detail", **cb_kwargs)

    def may_follow(self, url: str, found_on: str) -> bool:
        """Whether a link found on a page is inside the fence; a link outside is counted and named."""
        reason = self.fence.refusal(url)
        if reason:
            self.tally.refuse(f"{found_on}: link {url} refused: {reason}", failed=False)
            logger.info("%s: not following %s: %s", self.name, url, reason)
        return not reason

    def take_item(self) -> bool:
        if self.items_left is None:
            return True
        if self.items_left <= 0:
            self.tally.cut(self.item_cap[1], self.item_cap[0])
            return False
        self.items_left -= 1
        return True

    def drop_non_html(self, headers, body_length, request, spider=None) -> None:
        """An attachment linked as an article (a PDF, a .doc) is not downloaded: its headers say enough.

        parse_detail receives the response without its body and skips it as not an HTML page.
        """
        content_type = headers.get("Content-Type")
        if request.meta.get("role") in ("detail", "recheck") and content_type and not is_html(content_type):
            raise StopDownload(fail=False)

    def remember_validators(self, response: scrapy.http.Response) -> None:
        """Keep a feed/list/dump page's validators; they are saved only if the source ends cleanly."""
        first_url = (response.meta.get("redirect_urls") or [response.url])[0]
        etag, last_modified = response_validators(response)
        if etag or last_modified:
            self.harvest.pending_validators.setdefault(self.name, []).append((first_url, etag, last_modified))

    # --- detail pages -----------------------------------------------------------------------------
    def parse_detail(self, response: scrapy.http.Response, entry=None):
        """A detail page into a HarvestedRecord; `entry` (a feed entry) fills a missing title or date."""
        self.tally.pages += 1
        self.tally.details_tried += 1
        if response.status == 304:
            self.tally.details_ok += 1
            self.tally.unchanged += 1
            return
        content_type = response.headers.get("Content-Type") or b""
        if content_type and not is_html(content_type):
            self.tally.details_ok += 1
            self.tally.skipped += 1
            self.tally.error(f"{response.url}: skipped, not an HTML page ({content_type.decode('latin-1')})")
            return
        markup = decode_html(response.body, content_type).text
        try:
            page = parse_detail_page(markup, response.url, content_selector=self.source.content_selector)
        except PageUnavailable as exc:
            self._unavailable(response.url, exc)
            return
        self.tally.details_ok += 1
        for warning in page.warnings:
            logger.warning("%s: %s: %s", self.name, response.url, warning)
        etag, last_modified = response_validators(response)
        yield HarvestedRecord(
            record=page_record(
                page,
                source=self.name,
                fallback_title=getattr(entry, "title", None),
                fallback_published=getattr(entry, "published", None),
            ),
            source=self.name,
            url=response.url,
            etag=etag,
            last_modified=last_modified,
        )

    def _unavailable(self, url: str, exc: PageUnavailable) -> None:
        if exc.reason == "deleted":
            # The page was read correctly; it just holds no article any more.
            self.tally.details_ok += 1
            self.tally.skipped += 1
            self.tally.error(f"{url}: deleted by the publisher ({exc.detail})")
            logger.info("%s: %s deleted by the publisher; not indexed", self.name, url)
        else:
            self.tally.failed += 1
            label = "blocked by a verification page" if exc.reason == "blocked" else "no article found"
            self.tally.error(f"{url}: {label} ({exc.detail})")
            logger.warning("%s: %s: %s (%s)", self.name, url, label, exc.detail)

    # --- failures ---------------------------------------------------------------------------------
    def on_error(self, failure) -> None:
        request = failure.request
        role = request.meta.get("role", "detail")
        first_url = (request.meta.get("redirect_urls") or [request.url])[0]  # what the list linked to
        if failure.check(FenceRefused):
            self._refused(role, first_url, failure.value)
            return
        message, skip = describe_failure(failure, self.settings)
        text = f"{first_url}: {message}"
        if role == "entry":
            self.tally.entry_failed = True
            self.tally.error(text)
            logger.error("%s: cannot read the source itself: %s", self.name, text)
            return
        if role in ("detail", "recheck"):
            self.tally.details_tried += 1
        if skip:
            self.tally.skipped += 1
            logger.info("%s: skipped %s", self.name, text)
            return
        self.tally.failed += 1
        if role in ("detail", "recheck") and failure.check(HttpError):
            if failure.value.response.status in (404, 410):
                self.tally.gone += 1
        self.tally.error(text)
        logger.warning("%s: failed %s", self.name, text)

    def _refused(self, role: str, first_url: str, refused: FenceRefused) -> None:
        """A request outside the fence: a page we wanted and could not have, unless it is the source."""
        text = f"{first_url}: {refused}" if refused.redirect else str(refused)
        logger.warning("%s: %s", self.name, text)
        if role == "entry":
            self.tally.entry_failed = True
            self.tally.refuse(text, failed=False)  # the source failed as a whole
            return
        if role in ("detail", "recheck"):
            self.tally.details_tried += 1
        self.tally.refuse(text, failed=True)


def is_html(content_type: bytes) -> bool:
    return content_type.lower().startswith(HTML_TYPES)


def response_validators(response) -> tuple[str | None, str | None]:
    def header(name: str) -> str | None:
        value = response.headers.get(name)
        return value.decode("latin-1").strip() if value else None

    return header("ETag"), header("Last-Modified")


def describe_failure(failure, settings) -> tuple[str, bool]:
    """A one-line reason for a failed request, and whether it is a deliberate skip, not a failure."""
    value = failure.value
    if failure.check(HttpError):
        response = value.response
        message = f"HTTP {response.status}"
        retry_after = response.headers.get("Retry-After")
        if retry_after:
            message += f" (Retry-After: {retry_after.decode('latin-1')})"
        retries = response.meta.get("retry_times", 0) if response.request is not None else 0
        return message + (f" after {retries} retries" if retries else ""), False
    if failure.check(RobotsUnreadable):
        # a failure to see in the run record, not a page the site forbids; a network error reads as
        # it would for the page itself ("connection refused")
        if isinstance(value.cause, Exception):
            return describe_failure(Failure(value.cause), settings)
        return str(value), False
    if failure.check(IgnoreRequest):
        reason = str(value)
        if "robots.txt" in reason:
            return "forbidden by robots.txt", True
        if "max size" in reason.lower() or "DOWNLOAD_MAXSIZE" in reason:  # compressed, larger once inflated
            return too_large(failure.request, settings), False
        if "redirection" in reason:
            return f"redirect loop (more than {settings.getint('REDIRECT_MAX_TIMES')} redirects)", False
        return reason or "ignored", False
    # Scrapy 2.13+ raises its own download exceptions; older ones raise Twisted's. Match by name.
    name = type(value).__name__
    if "Cancelled" in name:  # the download handler cancels a body as it passes DOWNLOAD_MAXSIZE
        return too_large(failure.request, settings), False
    if "Timeout" in name:
        return f"timed out after {settings.getfloat('DOWNLOAD_TIMEOUT'):g}s (retries exhausted)", False
    if "DNSLookup" in name or "CannotResolveHost" in name:
        return "DNS lookup failed", False
    if "ConnectionRefused" in name:
        return "connection refused", False
    if "DataLoss" in name or name in ("ResponseFailed", "ResponseNeverReceived", "ConnectionLost"):
        return f"connection lost mid-response ({name})", False
    return f"{name}: {value}", False


def too_large(request, settings) -> str:
    cap = request.meta.get("download_maxsize") or settings.getint("DOWNLOAD_MAXSIZE")
    return f"larger than the {cap / 2**20:g} MiB size cap"
