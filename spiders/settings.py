"""Scrapy settings for the harvest, in one place, with the polite defaults spelled out.

Every value below can be overridden from the environment as HUIQI_<NAME> (for example
HUIQI_DOWNLOAD_DELAY=5); tests use this to shrink delays and timeouts without weakening the defaults.
Scrapy is not imported here, so reading these constants costs nothing.
"""
from __future__ import annotations

import logging
import os

logger = logging.getLogger(__name__)

VERSION = "0.1"

# --- who we are -----------------------------------------------------------------------------------
# A descriptive user agent: site operators can tell what visits them and why. Set HUIQI_CONTACT to an
# e-mail address or URL so they can reach the person running the harvest.
CONTACT = ""
USER_AGENT = f"huiqi/{VERSION} (policy-notice harvester; daily, polite; Scrapy)"

# --- politeness -----------------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8  # across all sources of a run
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # never more than 2 requests in flight to one site
DOWNLOAD_DELAY = 2.0  # seconds between requests to one site
DOWNLOAD_DELAY_JITTER = 0.5  # each delay is randomised between 0.5x and 1.5x
AUTOTHROTTLE_ENABLED = True  # slows down further when a site answers slowly
AUTOTHROTTLE_START_DELAY = 3.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0  # aim for one request in flight per site on average
COOKIES_ENABLED = False  # no sessions: we read public pages only

# --- time limits and retries ----------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30  # seconds for one response
DNS_TIMEOUT = 20
RETRY_ENABLED = True
RETRY_TIMES = 3  # after the first attempt
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# Backoff before retry n (1-based) is RETRY_BACKOFF_BASE * 2**(n-1) seconds, at most RETRY_BACKOFF_MAX;
# a Retry-After header asks for longer and is honoured up to RETRY_AFTER_MAX (beyond that we give up
# on the page for this run instead of holding the crawl).
RETRY_BACKOFF_BASE = 5.0
RETRY_BACKOFF_MAX = 120.0
RETRY_AFTER_MAX = 600.0
REDIRECT_MAX_TIMES = 5  # redirect loops end here

# --- size caps ------------------------------------------------------------------------------------
# A notice page is tens of kilobytes; a few megabytes allows for inline images and bloated templates.
# A larger response is cut off while it downloads (also when it arrives compressed or without a
# Content-Length) and counted as a failure "larger than the … size cap".
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024  # HTML pages: detail and list pages
FEED_MAXSIZE = 16 * 1024 * 1024  # an RSS or Atom feed may carry every article's full text
DUMP_MAXSIZE = 1024 * 1024 * 1024  # JSON dumps may be large
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024  # logged for feeds and dumps; pages are cut off before this
# Attachments are never downloaded: a page's attachment links are kept in its notice, and an article
# link that answers with a non-HTML type (a PDF linked from a feed) is dropped once its headers arrive.
FEED_MAX_ITEMS = 500  # new articles followed per feed and run, unless the source sets max_items

# --- incremental harvesting -----------------------------------------------------------------------
# Stored notices published within this many days are re-requested (conditionally) on each run, so an
# edit such as a deadline brought forward (截止时间提前) is caught.
RECHECK_DAYS = 14
MAX_ERROR_SAMPLES = 10  # error messages kept per source in the run record

# --- distributed harvest (`huiqi harvest --redis`, spiders/distributed.py) -------------------------
# A worker that has not renewed its heartbeat for this many seconds is taken for dead: the requests it
# had taken from the shared queue go back to it, and its hold on a site's concurrency ends.
REDIS_HEARTBEAT = 15.0
WRITER_BATCH = 200  # items the writer stores per store transaction (then acknowledges in Redis)
WRITER_WAIT = 2.0  # seconds the writer waits for more items before storing a smaller batch

# --- output ---------------------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Settings passed to Scrapy (the rest are ours).
SCRAPY_SETTINGS = (
    "USER_AGENT", "ROBOTSTXT_OBEY", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY", "DOWNLOAD_DELAY_JITTER", "AUTOTHROTTLE_ENABLED", "AUTOTHROTTLE_START_DELAY",
    "AUTOTHROTTLE_MAX_DELAY", "AUTOTHROTTLE_TARGET_CONCURRENCY", "COOKIES_ENABLED", "DOWNLOAD_TIMEOUT",
    "DNS_TIMEOUT", "RETRY_ENABLED", "RETRY_TIMES", "RETRY_HTTP_CODES", "REDIRECT_MAX_TIMES",
    "DOWNLOAD_MAXSIZE", "DOWNLOAD_WARNSIZE", "FEED_EXPORT_ENCODING", "LOG_LEVEL",
)
ENV_PREFIX = "HUIQI_"


def value(name: str):
    """A setting from this module, overridden by HUIQI_<NAME> when set (coerced to the default's type)."""
    default = globals()[name]
    raw = os.environ.get(ENV_PREFIX + name)
    if raw is None:
        return default
    try:
        return _coerce(raw, default)
    except ValueError:
        logger.warning("ignoring %s%s=%r: expected %s", ENV_PREFIX, name, raw, type(default).__name__)
        return default


def _coerce(raw: str, default):
    if isinstance(default, bool):
        if raw.strip().lower() in ("1", "true", "yes", "on"):
            return True
        if raw.strip().lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(raw)
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, list):
        return [int(x) for x in raw.split(",") if x.strip()]
    return raw


def user_agent() -> str:
    contact = value("CONTACT")
    agent = value("USER_AGENT")
    return f"{agent[:-1]}; +{contact})" if contact and agent.endswith(")") else agent


def scrapy_settings() -> dict:
    """The settings dict for CrawlerProcess: the constants above plus our middleware and pipeline."""
    settings = {name: value(name) for name in SCRAPY_SETTINGS}
    settings["USER_AGENT"] = user_agent()
    settings.update(
        {
            # Our retry middleware adds backoff and Retry-After to Scrapy's; it takes the built-in's slot.
            # The fence takes the offsite middleware's: it checks port and scheme too, checks each
            # request before robots.txt is fetched for it, and reports what it refuses (Scrapy's drops
            # a redirect off the domains silently).
            "DOWNLOADER_MIDDLEWARES": {
                "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
                "spiders.middlewares.FenceMiddleware": 50,
                # robots.txt that cannot be read keeps the site out of the run (Scrapy's would allow all)
                "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
                "spiders.middlewares.StrictRobotsTxtMiddleware": 100,
                "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
                "spiders.middlewares.BackoffRetryMiddleware": 550,
                # Before Scrapy's meta-refresh check (580) decodes the page.
                "spiders.middlewares.CharsetLabelMiddleware": 585,
            },
            # Only http(s) can be fetched at all, whatever slips past the fence.
            "DOWNLOAD_HANDLERS": {"file": None, "data": None, "s3": None, "ftp": None},
            "ITEM_PIPELINES": {"spiders.pipelines.IngestPipeline": 300},
            "BOT_NAME": "huiqi",
            # No control ports: an unattended cron job needs neither the telnet console nor Scrapy's
            # remote-control server (which runs code sent to it).
            "TELNETCONSOLE_ENABLED": False,
            "REMOTE_CONTROL_ENABLED": False,
            "HTTPCACHE_ENABLED": False,
            "LOG_ENABLED": True,
            # Scrapy's own stats dump at close is noise in our log; the run record says what happened.
            "STATS_DUMP": False,
            # Our on_error reports each failure once; Scrapy's own give-up message would repeat it.
            "RETRY_GIVE_UP_LOG_LEVEL": "INFO",
            "LOG_FORMATTER": "spiders.pipelines.HarvestLogFormatter",
            # Logging is the caller's: the CLI's console handler and the run's log file.
            "LOG_INSTALL_ROOT_HANDLER": False,
            # Requests are de-duplicated by canonical URL before they are made (HarvestContext.claim).
            # Scrapy's fingerprint filter would also silently swallow the second hop of a redirect
            # loop, which must instead end in a reported error after REDIRECT_MAX_TIMES.
            "DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter",
            "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        }
    )
    return settings
