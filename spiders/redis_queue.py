"""The Redis side of a distributed harvest: scrapy-redis's scheduler, queue and duplicate filter made
reliable, the cross-worker per-site limits, and the worker's spider middleware.

scrapy-redis pops a request from the shared queue and forgets it, so a worker killed mid-page would
lose it. Here a pop moves the request into an in-flight hash under the worker's name (one Lua script,
atomic), and the request is acknowledged only when its page is done: when its callback's requests
and items are in Redis, when its errback has counted the failure, or when a redirect or retry that
replaces it is queued. The in-flight requests of a worker whose heartbeat stopped go back to the
queue (`requeue_dead`). The duplicate filter is scrapy-redis's, keyed on the canonical URL (the same
article under two URLs is fetched once, as in a single-process harvest) and checked in the same
script that queues, so a kill between the two cannot lose a request.

Every worker holds the same per-site limits as one process: at most CONCURRENT_REQUESTS_PER_DOMAIN
requests in flight to a host across all workers (a lease in a sorted set, expiring if its holder
dies), and DOWNLOAD_DELAY between the starts of two requests to a host, whichever worker makes them.
Times are the Redis server's, so the workers' clocks do not matter.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
import random
import uuid
from urllib.parse import urlsplit

from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import FifoQueue
from scrapy_redis.scheduler import Scheduler

from pipeline.urls import canonical_url
from spiders import settings as harvest_settings

logger = logging.getLogger(__name__)

PREFIX = "huiqi"
CLAIM = "huiqi_claim"  # request.meta key: the in-flight entry of the request being worked on


class Keys:
    """Every Redis key of the distributed harvest, in one place."""

    run = f"{PREFIX}:run"  # hash: id, state (running | done), sources (TOML), only, max_items, coordinator
    coordinator = f"{PREFIX}:coordinator"  # the coordinator's heartbeat
    writer = f"{PREFIX}:writer"  # the one writer's lease
    dupefilter = f"{PREFIX}:dupefilter"  # scrapy-redis fingerprints, shared by every source
    inflight = f"{PREFIX}:inflight"  # hash: "worker|queue|uuid" -> request taken from the queue
    known = f"{PREFIX}:known"  # set: canonical URLs stored before the run (never fetched again)
    validators = f"{PREFIX}:validators"  # hash: list/feed/dump URL -> json [etag, last_modified]
    items = f"{PREFIX}:items"  # list: pickled harvested records, for the writer
    processing = f"{PREFIX}:items:processing"  # list: the writer's batch until it is stored
    workers = f"{PREFIX}:workers"  # hash: worker -> json per-source counts of acknowledged work
    list_validators = f"{PREFIX}:list-validators"  # list: json [source, url, etag, last_modified]
    outcomes = f"{PREFIX}:outcomes"  # hash: "source|outcome" -> count, from the writer
    writer_errors = f"{PREFIX}:writer-errors"  # list: json [source, message]

    @staticmethod
    def queue(source: str) -> str:
        return f"{PREFIX}:requests:{source}"

    @staticmethod
    def taken(source: str) -> str:  # items taken against a source's cap
        return f"{PREFIX}:taken:{source}"

    @staticmethod
    def heartbeat(worker: str) -> str:
        return f"{PREFIX}:heartbeat:{worker}"

    @staticmethod
    def site(host: str) -> tuple[str, str]:  # (leases, next start time)
        return f"{PREFIX}:site:{host}:leases", f"{PREFIX}:site:{host}:next"

    @classmethod
    def crawl_state(cls) -> list[str]:
        """Fixed keys of one run's crawl (not the items, which outlive a run until stored)."""
        return [cls.dupefilter, cls.inflight, cls.known, cls.validators, cls.workers, cls.list_validators,
                cls.outcomes, cls.writer_errors]


# --- Lua: each step that must not be cut in two by a kill ----------------------------------------------
ENQUEUE = """
if ARGV[3] ~= '' then redis.call('HDEL', KEYS[3], ARGV[3]) end
if ARGV[4] == '1' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('LPUSH', KEYS[2], ARGV[2])
return 1
"""  # a request replacing a claimed one (redirect, retry) acknowledges it in the same step
POP = """
local data = redis.call('RPOP', KEYS[1])
if not data then return false end
redis.call('HSET', KEYS[2], ARGV[1], data)
return data
"""
REQUEUE = """
local data = redis.call('HGET', KEYS[1], ARGV[1])
if not data then return 0 end
redis.call('RPUSH', KEYS[2], data)
redis.call('HDEL', KEYS[1], ARGV[1])
return 1
"""  # RPUSH: the request is the next one popped
ACQUIRE_SITE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return false end
local start = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
redis.call('SET', KEYS[2], tostring(start + tonumber(ARGV[3])), 'EX', 3600)
redis.call('ZADD', KEYS[1], start + tonumber(ARGV[4]), ARGV[1])
redis.call('EXPIRE', KEYS[1], 3600)
return tostring(start - now)
"""  # returns the seconds to wait before starting, or nil when the site's cap is reached


def connect(url: str):
    """A Redis client for `url` (redis://[:password@]host:port/db)."""
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=5, socket_keepalive=True, health_check_interval=30)


def fingerprint(request: Request) -> str:
    """A request's identity for the shared duplicate filter: method and canonical URL."""
    url = canonical_url(request.url) or request.url
    return hashlib.sha1(f"{request.method} {url}".encode()).hexdigest()


class CanonicalDupeFilter(RFPDupeFilter):
    """scrapy-redis's duplicate filter on canonical URLs; redirect hops pass, so a redirect loop ends
    in a reported error after REDIRECT_MAX_TIMES, as in a single-process harvest."""

    def request_fingerprint(self, request):
        return fingerprint(request)

    def request_seen(self, request):
        if request.meta.get("redirect_times"):
            return False
        return super().request_seen(request)


def enqueue(server, queue_key: str, request_data: bytes, request: Request) -> bool:
    """Queue a serialised request unless its fingerprint was seen; acknowledge the claim it carries."""
    filtered = not request.dont_filter and not request.meta.get("redirect_times")
    return bool(server.eval(ENQUEUE, 3, Keys.dupefilter, queue_key, Keys.inflight, fingerprint(request),
                            request_data, request.meta.get(CLAIM, ""), "1" if filtered else "0"))


class ReliableQueue(FifoQueue):
    """scrapy-redis's FIFO queue whose pop leaves the request in the in-flight hash until acknowledged."""

    worker = "?"  # set by the worker before the crawl starts

    def push(self, request):
        enqueue(self.server, self.key, self._encode_request(request), request)

    def pop(self, timeout=0):
        claim = f"{self.worker}|{self.key}|{uuid.uuid4().hex}"
        data = self.server.eval(POP, 2, self.key, Keys.inflight, claim)
        if not data:
            return None
        request = self._decode_request(data)
        request.meta[CLAIM] = claim
        return request


class ReliableScheduler(Scheduler):
    """scrapy-redis's scheduler whose duplicate check and push are one step (see ReliableQueue.push)."""

    def enqueue_request(self, request):
        if self.queue.push(request) is False:
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def has_pending_requests(self):
        return len(self) > 0


def acknowledge(server, request: Request, *extra) -> None:
    """The request's page is done: drop its in-flight entry, with `extra` (callables adding to the same
    transaction: the worker's counts, validators) in one MULTI."""
    claim = request.meta.pop(CLAIM, None)
    pipe = server.pipeline(transaction=True)
    if claim:
        pipe.hdel(Keys.inflight, claim)
    for add in extra:
        add(pipe)
    pipe.execute()


def requeue_dead(server, alive=None) -> int:
    """Put the requests taken by workers whose heartbeat has stopped back at the head of their queue."""
    returned = 0
    for field in server.hkeys(Keys.inflight):
        text = field.decode() if isinstance(field, bytes) else field
        worker, queue_key, _ = text.split("|", 2)
        if alive is not None and worker in alive:
            continue
        if server.exists(Keys.heartbeat(worker)):
            continue
        returned += server.eval(REQUEUE, 2, Keys.inflight, queue_key, text)
    if returned:
        logger.warning("%d requests of stopped workers went back to the queue", returned)
    return returned


# --- worker components ----------------------------------------------------------------------------------
class SiteLimitMiddleware:
    """Holds every worker to one site's limits: a lease among CONCURRENT_REQUESTS_PER_DOMAIN per host for
    the length of a download, and DOWNLOAD_DELAY (with jitter) between the starts of two requests."""

    POLL_SECONDS = 0.05

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.limit = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") or 1
        self.delay = float(harvest_settings.value("DOWNLOAD_DELAY"))
        self.jitter = float(harvest_settings.value("DOWNLOAD_DELAY_JITTER"))
        # a lease outlives any download (timeouts end them) and ends on its own if its worker dies
        self.lease = 2 * settings.getfloat("DOWNLOAD_TIMEOUT") + float(harvest_settings.value("REDIS_HEARTBEAT"))
        self.server = connect(settings["REDIS_URL"])

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        from twisted.internet import reactor, task  # not at import time: that would install a reactor

        host = (urlsplit(request.url).hostname or "").lower()
        token = uuid.uuid4().hex
        delay = self.delay * random.uniform(1 - self.jitter, 1 + self.jitter) if self.delay else 0.0
        leases, next_start = Keys.site(host)
        while True:
            wait = self.server.eval(ACQUIRE_SITE, 2, leases, next_start, token, self.limit, delay, self.lease)
            if wait is not None:
                break
            await maybe_deferred_to_future(task.deferLater(reactor, self.POLL_SECONDS, lambda: None))
        request.meta["huiqi_site_lease"] = (leases, token)
        if float(wait) > 0:
            await maybe_deferred_to_future(task.deferLater(reactor, float(wait), lambda: None))
        return None

    def process_response(self, request, response, spider=None):
        self._release(request)
        return response

    def process_exception(self, request, exception, spider=None):
        self._release(request)
        return None

    def _release(self, request) -> None:
        lease = request.meta.pop("huiqi_site_lease", None)
        if lease:
            self.server.zrem(*lease)


class RedisOutputMiddleware:
    """The outermost spider middleware of a worker: a page's requests go to the shared queue and its
    items to the writer's list as they come, then the page is acknowledged with the worker's counts.

    Nothing is left for Scrapy to process after the acknowledgement, so a worker killed at any point
    either acknowledged the page with all it produced, or the page is done again by another worker.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_spider_output_async(self, response, result, spider=None):
        try:
            async for output in result:
                self._hand_over(output)
        finally:
            self.crawler.spider.page_done(response.request)
        return
        yield  # an async generator that yields nothing

    def process_spider_output(self, response, result, spider=None):
        try:
            for output in result:
                self._hand_over(output)
        finally:
            self.crawler.spider.page_done(response.request)
        return
        yield

    def _hand_over(self, output) -> None:
        if isinstance(output, Request):
            self.crawler.engine.crawl(output)  # scheduled at once: ReliableScheduler pushes it to Redis
        elif output is not None:
            self.crawler.spider.push_item(output)


def dump_item(item) -> bytes:
    """A harvested record for the writer's list. Pickle, like scrapy-redis's requests: Redis is trusted."""
    return pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)


def load_item(data: bytes):
    return pickle.loads(data)


def keep_open(spider) -> None:
    """spider_idle handler: a worker's spider waits for more requests until the run is over."""
    if not spider.run_over():
        raise DontCloseSpider
