"""A harvest spread over machines: a coordinator, any number of workers, one writer, all through Redis.

- The coordinator (`huiqi harvest --redis URL`) holds the harvest lock and the run record, publishes
  the run (the sources file, the stored URLs, the list and feed validators), puts every source's start
  requests into scrapy-redis's queue, optionally starts local workers, and is the writer.
- A worker (`huiqi harvest-worker --redis URL`, on any machine, no store needed) crawls from the shared
  queue with the usual spiders and polite settings (spiders/redis_queue.py holds the per-site limits
  across workers and the reliable queue). It pushes the harvested records to a Redis list and its
  counts with each acknowledged page, and leaves when the run is over.
- The writer (the coordinator, or `huiqi ingest-queue --redis URL` for what a killed one left) moves
  records from that list to a processing list (BLMOVE), stores them through the Ingestor like any
  harvest, and only after the store's commit removes them from the processing list; on start it puts
  back whatever a killed writer left there. A Redis lease keeps it to one writer.

Validators: detail pages' ETag and Last-Modified travel with their records and are saved after the
commit, list and feed pages' at the end of the run when their source is complete, as in one process.
"""
from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import tomllib
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pipeline.urls import canonical_url
from spiders import settings as harvest_settings
from spiders.context import HarvestContext, SourceStats
from spiders.harvest import (
    LOCK_NAME, LOG_DIR, HarvestError, HarvestReport, _as_stored, harvest_lock, run_log, run_status,
    select_sources,
)
from spiders.sources import load_sources, parse_sources

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.2
INT_FIELDS = ("pages", "new", "updated", "unchanged", "duplicate", "rejected", "failed", "gone", "refused",
              "skipped", "details_tried", "details_ok")
WRITER_OUTCOMES = ("new", "updated", "unchanged", "duplicate", "rejected")


class RedisUnavailable(HarvestError):
    """Redis cannot be reached; the message names the server (without its password)."""


def shown_url(url: str) -> str:
    """A Redis URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password:
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        parts = parts._replace(netloc=f"{parts.username or ''}:***@{host}")
    return urlunsplit(parts)


def open_redis(url: str):
    """A connected client, or RedisUnavailable in one line."""
    import redis

    from spiders.redis_queue import connect

    try:
        server = connect(url)
        server.ping()
    except ValueError as exc:
        raise RedisUnavailable(f"not a Redis URL: {shown_url(url)} ({exc})") from None
    except redis.exceptions.RedisError as exc:
        raise RedisUnavailable(f"cannot reach Redis at {shown_url(url)}: {exc}") from None
    return server


def _text(value) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


# --- the writer ---------------------------------------------------------------------------------------------
class QueueWriter:
    """Drains the items list into the store with the reliable-queue pattern; the one writer."""

    def __init__(self, server, store, index=None):
        from pipeline.ingest import Ingestor

        self.server = server
        self.store = store
        self.ingestor = Ingestor(store, index=index, batch_size=10**9)  # flushed per batch, by us
        self.batch_size = int(harvest_settings.value("WRITER_BATCH"))
        self.wait = float(harvest_settings.value("WRITER_WAIT"))
        self.lease_seconds = float(harvest_settings.value("REDIS_HEARTBEAT"))
        self.token = f"{socket.gethostname()}:{os.getpid()}"
        self.stored = 0

    def acquire(self) -> None:
        """Take the writer's lease, waiting out the lease of a writer that was killed."""
        from spiders.redis_queue import Keys

        deadline = time.monotonic() + self.lease_seconds + 1
        while not self.server.set(Keys.writer, self.token, nx=True, ex=max(1, round(self.lease_seconds))):
            holder = _text(self.server.get(Keys.writer))
            if holder == self.token:
                break
            if time.monotonic() > deadline:
                raise HarvestError(f"another writer is draining the queue ({holder}); there must be only one")
            time.sleep(POLL_SECONDS)

    def renew(self) -> None:
        from spiders.redis_queue import Keys

        self.server.set(Keys.writer, self.token, ex=max(1, round(self.lease_seconds)))

    def release(self) -> None:
        from spiders.redis_queue import Keys

        if _text(self.server.get(Keys.writer)) == self.token:
            self.server.delete(Keys.writer)

    def recover(self) -> int:
        """Put back what a killed writer took but never acknowledged (oldest first, next to be taken)."""
        from spiders.redis_queue import Keys

        moved = 0
        while self.server.lmove(Keys.processing, Keys.items, "LEFT", "RIGHT") is not None:
            moved += 1
        if moved:
            logger.warning("%d harvested records a stopped writer had not stored went back to the queue", moved)
        return moved

    def drain_batch(self, wait: float | None = None) -> int:
        """Take up to WRITER_BATCH records (waiting up to `wait` s for each), store them, acknowledge."""
        from spiders.redis_queue import Keys, load_item

        wait = self.wait if wait is None else wait
        taken = []
        while len(taken) < self.batch_size:
            data = (self.server.blmove(Keys.items, Keys.processing, wait, "RIGHT", "LEFT") if wait > 0
                    else self.server.lmove(Keys.items, Keys.processing, "RIGHT", "LEFT"))
            if data is None:
                break
            taken.append(load_item(data))
            self.renew()
        if not taken:
            return 0
        outcomes: dict[str, int] = {}
        errors: list[str] = []
        validators = []
        for item in taken:
            outcome = self.ingestor.add(item.record, item.file, item.index)
            outcomes[f"{item.source}|{outcome}"] = outcomes.get(f"{item.source}|{outcome}", 0) + 1
            if outcome == "rejected":
                errors.append(json.dumps([item.source, f"rejected {self.ingestor.summary.problems[-1]}"],
                                         ensure_ascii=False))
            elif outcome != "duplicate" and item.url and (item.etag or item.last_modified):
                validators.append((canonical_url(item.url), item.etag, item.last_modified))
        self.ingestor.flush()  # the store's commit
        for url, etag, last_modified in validators:
            self.store.save_http_validators(url, etag, last_modified)
        pipe = self.server.pipeline(transaction=True)
        pipe.delete(Keys.processing)  # acknowledged: one writer, so the processing list is this batch
        for key, count in outcomes.items():
            pipe.hincrby(Keys.outcomes, key, count)
        if errors:
            pipe.rpush(Keys.writer_errors, *errors)
        pipe.execute()
        self.stored += len(taken)
        return len(taken)

    def close(self):
        return self.ingestor.close()


def ingest_queue(redis_url: str, data_dir: str | Path, *, update_index: bool = True) -> dict:
    """`huiqi ingest-queue`: store everything waiting in Redis (and what a killed writer left), then stop."""
    from pipeline.store import Store

    server = open_redis(redis_url)
    store = Store(Path(data_dir) / "huiqi.db")
    index = _index_sync(store, data_dir) if update_index else None
    writer = QueueWriter(server, store, index)
    writer.acquire()
    try:
        recovered = writer.recover()
        while writer.drain_batch(wait=0.0):
            pass
        summary = writer.close()
    finally:
        writer.release()
        store.close()
    return {"recovered": recovered, "records": writer.stored, "summary": summary}


def _index_sync(store, data_dir):
    from pipeline.indexing import IndexSync

    return IndexSync(store, Path(data_dir) / "index", batch_size=1)


# --- the coordinator ------------------------------------------------------------------------------------
def run_distributed_harvest(
    sources_path: str | Path,
    data_dir: str | Path,
    redis_url: str,
    *,
    workers: int = 0,
    only: str | None = None,
    max_items: int | None = None,
    update_index: bool = True,
    recheck_days: int | None = None,
) -> HarvestReport:
    """Run one harvest through Redis (see the module's docstring); the report sums every worker."""
    sources_path = Path(sources_path)
    configured = load_sources(sources_path)
    sources = select_sources(configured, only)
    if max_items is not None and max_items < 1:
        raise HarvestError(f"--max-items must be at least 1, got {max_items}")
    server = open_redis(redis_url)
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc)
    recheck_days = harvest_settings.value("RECHECK_DAYS") if recheck_days is None else recheck_days
    with harvest_lock(data_dir / LOCK_NAME):
        log_path = data_dir / LOG_DIR / f"harvest-{started:%Y%m%dT%H%M%SZ}.log"
        with run_log(log_path):
            return _coordinate(server, redis_url, sources_path.read_text(encoding="utf-8"), sources,
                               {s.name for s in configured}, data_dir, log_path, started, workers, only,
                               max_items, update_index, recheck_days)


def _coordinate(server, redis_url, sources_text, sources, configured_names, data_dir, log_path, started,
                workers, only, max_items, update_index, recheck_days) -> HarvestReport:
    from pipeline.store import Store
    from spiders.redis_queue import Keys

    store = Store(data_dir / "huiqi.db")
    index = _index_sync(store, data_dir) if update_index else None
    writer = QueueWriter(server, store, index)
    writer.acquire()
    local: list[subprocess.Popen] = []
    try:
        if writer.recover() or server.llen(Keys.items):
            while writer.drain_batch(wait=0.0):  # a killed run's records, before the new run starts
                pass
        run_id = store.start_run([s.name for s in sources])
        logger.info("harvest run %d through Redis %s: %d sources, log %s", run_id, shown_url(redis_url),
                    len(sources), log_path)
        pushed = _publish(server, store, run_id, sources_text, sources, configured_names, only, max_items,
                          recheck_days)
        logger.info("harvest run %d: %d start requests queued", run_id, pushed)
        local = [_start_local_worker(redis_url, log_path, n) for n in range(workers)]
        try:
            with heartbeat_thread(server, run_id, writer):
                _drain_until_done(server, writer, run_id, local)
                server.hset(Keys.run, "state", "done")
                for process in local:
                    process.wait()
                summary = writer.close()
        except BaseException as exc:
            server.hset(Keys.run, "state", "stopped")
            per_source = {name: stats.record() for name, stats in _merged_stats(server, sources).items()}
            store.finish_run(run_id, "interrupted" if isinstance(exc, KeyboardInterrupt) else "crashed",
                             _as_stored(per_source))
            raise
        stats = _merged_stats(server, sources)
        for name, url, etag, last_modified in _list_validators(server):
            if name in stats and stats[name].complete:
                store.save_http_validators(url, etag, last_modified)
        per_source = {name: s.record() for name, s in stats.items()}
        status = run_status(per_source)
        store.finish_run(run_id, status, _as_stored(per_source))
    finally:
        for process in local:
            if process.poll() is None:
                process.terminate()
        writer.release()
        server.delete(Keys.coordinator)
        store.close()
    report = HarvestReport(
        run_id=run_id, status=status, started_at=started.replace(microsecond=0).isoformat(),
        finished_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(), sources=per_source,
        log_path=log_path, ingest_problems=[str(p) for p in summary.problems],
    )
    for line in report.lines():
        logger.info("%s", line)
    return report


def _publish(server, store, run_id, sources_text, sources, configured_names, only, max_items,
             recheck_days) -> int:
    """Reset the shared crawl state, publish the run, and queue every source's start requests."""
    from spiders.harvest import _rechecks
    from spiders.redis_queue import Keys, ReliableQueue

    heartbeat = max(1, round(float(harvest_settings.value("REDIS_HEARTBEAT"))))
    stale = [Keys.queue(s.name) for s in sources] + [Keys.taken(s.name) for s in sources]
    stale += [_text(k) for k in server.scan_iter(match=f"{Keys.queue('*')}")]
    server.delete(*Keys.crawl_state(), *stale)
    known = sorted(store.known_urls())
    for start in range(0, len(known), 5000):
        server.sadd(Keys.known, *known[start:start + 5000])
    pages = store.db.execute(  # list, feed and dump pages: workers ask for them conditionally
        "select url, etag, last_modified from http_cache"
        " where url not in (select url from notices where url is not null)").fetchall()
    for start in range(0, len(pages), 5000):
        server.hset(Keys.validators, mapping={url: json.dumps([etag, last_modified])
                                             for url, etag, last_modified in pages[start:start + 5000]})
    server.set(Keys.coordinator, run_id, ex=heartbeat)
    context = HarvestContext(store=store, ingestor=None, known_urls=set(),
                             rechecks=_rechecks(store, recheck_days, sources, configured_names),
                             stats={s.name: SourceStats() for s in sources}, max_items=max_items)
    pushed = 0
    for source in sources:
        spider = spider_class(source.type)(source=source, harvest=context)
        queue = ReliableQueue(server, spider, Keys.queue(source.name))
        for request in asyncio.run(_start_requests(spider)):
            queue.push(request)
            pushed += 1
    server.hset(Keys.run, mapping={"id": run_id, "state": "running", "sources": sources_text,
                                   "only": only or "", "max_items": max_items or 0})
    return pushed


async def _start_requests(spider) -> list:
    return [request async for request in spider.start()]


def spider_class(kind: str):
    from spiders.dump import DumpSpider
    from spiders.feed import FeedSpider
    from spiders.listing import ListSpider

    return {"feed": FeedSpider, "list": ListSpider, "json": DumpSpider}[kind]


def _start_local_worker(redis_url: str, log_path: Path, number: int) -> subprocess.Popen:
    log = open(log_path.with_name(f"{log_path.stem}-worker{number + 1}.log"), "ab")
    project = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(project), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "spiders.distributed", "--redis", redis_url],
                            stdout=log, stderr=subprocess.STDOUT, env=env)


def crawl_done(server, source_names) -> bool:
    from spiders.redis_queue import Keys

    pipe = server.pipeline(transaction=True)
    for name in source_names:
        pipe.llen(Keys.queue(name))
    pipe.hlen(Keys.inflight)
    return not any(pipe.execute())


@contextmanager
def heartbeat_thread(server, run_id, writer):
    """Renew the coordinator's heartbeat and the writer's lease from a thread, so a long store commit
    (or a batch filling slowly) never makes the workers take the coordinator for dead."""
    from spiders.redis_queue import Keys

    seconds = float(harvest_settings.value("REDIS_HEARTBEAT"))
    stop = threading.Event()

    def beat():
        while not stop.wait(max(0.1, seconds / 4)):
            server.set(Keys.coordinator, run_id, ex=max(1, round(seconds)))
            writer.renew()

    thread = threading.Thread(target=beat, name="huiqi-coordinator-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _drain_until_done(server, writer, run_id, local) -> None:
    from spiders.redis_queue import Keys, requeue_dead

    names = [_text(n) for n in [*parse_names(server)]]
    warned = False
    while True:
        requeue_dead(server)
        done = crawl_done(server, names)  # checked before draining: nothing can be added after
        if writer.drain_batch(wait=POLL_SECONDS):
            continue
        if done and not server.llen(Keys.items):
            return
        if local and all(p.poll() is not None for p in local) and not warned:
            logger.warning("every local worker has stopped (exit codes %s); waiting for other workers",
                           [p.returncode for p in local])
            warned = True


def parse_names(server) -> list[str]:
    from spiders.redis_queue import Keys

    text = _text(server.hget(Keys.run, "sources"))
    only = _text(server.hget(Keys.run, "only")) or None
    return [s.name for s in select_sources(parse_sources(tomllib.loads(text)), only)]


def _merged_stats(server, sources) -> dict[str, SourceStats]:
    """Each source's counts summed over every worker's acknowledged pages, plus the writer's outcomes."""
    from spiders.redis_queue import Keys

    max_errors = harvest_settings.value("MAX_ERROR_SAMPLES")
    merged = {s.name: SourceStats(max_errors=max_errors) for s in sources}
    for raw in server.hvals(Keys.workers):
        for name, counts in json.loads(raw).items():
            if name not in merged:
                continue
            total = merged[name]
            for field in INT_FIELDS:
                setattr(total, field, getattr(total, field) + counts.get(field, 0))
            total.entry_failed = total.entry_failed or counts.get("entry_failed", False)
            if counts.get("cut_by") and not total.cut_by:
                total.cut(counts["cut_by"], counts["cut_at"])
            for message in counts.get("errors", []):
                total.error(message)
            for message in counts.get("refusals", []):
                if len(total.refusals) < max_errors:
                    total.refusals.append(message)
    for key, count in server.hgetall(Keys.outcomes).items():
        name, outcome = _text(key).split("|", 1)
        if name in merged and outcome in WRITER_OUTCOMES:
            setattr(merged[name], outcome, getattr(merged[name], outcome) + int(count))
    for raw in server.lrange(Keys.writer_errors, 0, -1):
        name, message = json.loads(raw)
        if name in merged:
            merged[name].error(message)
    return merged


def _list_validators(server):
    from spiders.redis_queue import Keys

    for raw in server.lrange(Keys.list_validators, 0, -1):
        yield tuple(json.loads(raw))


# --- the worker -------------------------------------------------------------------------------------------
class RedisValidators:
    """What a worker's spiders ask the store for (list and feed validators), from the coordinator's copy."""

    def __init__(self, server):
        self.server = server

    def http_validators(self, url: str) -> tuple[str | None, str | None]:
        from spiders.redis_queue import Keys

        raw = self.server.hget(Keys.validators, url)
        return tuple(json.loads(raw)) if raw else (None, None)


@dataclasses.dataclass
class WorkerContext(HarvestContext):
    """A worker's HarvestContext: stored URLs come from Redis, and the in-run duplicate check is
    scrapy-redis's filter (shared by all workers) instead of a set in this process."""

    server: object = None

    def claim(self, url: str) -> bool:
        from spiders.redis_queue import Keys

        return not self.server.sismember(Keys.known, canonical_url(url) or url)


class WorkerSpiderMixin:
    """Makes a source spider a worker's: no start requests of its own (the coordinator queued them),
    items to Redis, each page acknowledged with this worker's counts, caps shared by all workers."""

    worker = "?"
    run_id = "?"

    async def start(self):
        return
        yield

    @property
    def server(self):
        return self.harvest.server

    def on_error(self, failure) -> None:
        try:
            super().on_error(failure)
        finally:
            self.page_done(failure.request)

    def push_item(self, item) -> None:
        from spiders.redis_queue import Keys, dump_item

        self.server.lpush(Keys.items, dump_item(item))

    def page_done(self, request) -> None:
        from spiders.redis_queue import Keys, acknowledge

        counts = json.dumps({name: dataclasses.asdict(stats) for name, stats in self.harvest.stats.items()},
                            ensure_ascii=False)
        pending = [json.dumps([name, url, etag, last_modified])
                   for name, entries in self.harvest.pending_validators.items()
                   for url, etag, last_modified in entries]
        self.harvest.pending_validators.clear()

        def add(pipe):
            pipe.hset(Keys.workers, self.worker, counts)
            if pending:
                pipe.rpush(Keys.list_validators, *pending)

        acknowledge(self.server, request, add)

    def take_item(self) -> bool:
        from spiders.redis_queue import Keys

        if self.item_cap is None:
            return True
        if self.server.incr(Keys.taken(self.source.name)) > self.item_cap[0]:
            self.tally.cut(self.item_cap[1], self.item_cap[0])
            return False
        return True

    def run_over(self) -> bool:
        from spiders.redis_queue import Keys

        state, run_id = self.server.hmget(Keys.run, "state", "id")
        return (_text(state) != "running" or _text(run_id) != self.run_id
                or not self.server.exists(Keys.coordinator))


def worker_spider(kind: str):
    base = spider_class(kind)
    return type(f"Worker{base.__name__}", (WorkerSpiderMixin, base), {})


def wait_for_run(server, *, poll: float = 0.5, timeout: float | None = None) -> str | None:
    """The id of the run being harvested, once there is one (None after `timeout` seconds)."""
    from spiders.redis_queue import Keys

    deadline = None if timeout is None else time.monotonic() + timeout
    announced = False
    while True:
        state, run_id = server.hmget(Keys.run, "state", "id")
        if _text(state) == "running" and server.exists(Keys.coordinator):
            return _text(run_id)
        if not announced:
            logger.info("waiting for a harvest run to be started (huiqi harvest --redis)")
            announced = True
        if deadline is not None and time.monotonic() > deadline:
            return None
        time.sleep(poll)


def run_worker(redis_url: str, *, wait_timeout: float | None = None) -> dict:
    """`huiqi harvest-worker`: crawl the current run's queue until the run is over; returns this
    worker's per-source counts (the run record has the sums over all workers)."""
    from scrapy.crawler import CrawlerProcess
    from twisted.internet import task

    from spiders import harvest as harvest_module
    from spiders.redis_queue import Keys, ReliableQueue, keep_open, requeue_dead

    server = open_redis(redis_url)
    run_id = wait_for_run(server, timeout=wait_timeout)
    if run_id is None:
        return {}
    worker = f"{socket.gethostname()}:{os.getpid()}"
    heartbeat = float(harvest_settings.value("REDIS_HEARTBEAT"))
    server.set(Keys.heartbeat(worker), run_id, ex=max(1, round(heartbeat)))
    requeue_dead(server, alive={worker})
    run = {(_text(k)): _text(v) for k, v in server.hgetall(Keys.run).items()}
    sources = select_sources(parse_sources(tomllib.loads(run["sources"])), run["only"] or None)
    max_items = int(run["max_items"]) or None
    ReliableQueue.worker = worker
    context = WorkerContext(store=RedisValidators(server), ingestor=None, known_urls=set(), rechecks={},
                            stats={s.name: SourceStats(max_errors=harvest_settings.value("MAX_ERROR_SAMPLES"))
                                   for s in sources},
                            max_items=max_items, server=server)
    process = CrawlerProcess(worker_settings(redis_url))
    harvest_module._reactor_used = True
    crawlers = []
    for source in sources:
        cls = worker_spider(source.type)
        cls.worker, cls.run_id = worker, run_id
        crawler = process.create_crawler(cls)
        crawlers.append(crawler)
        process.crawl(crawler, source=source, harvest=context)

    def beat():
        server.set(Keys.heartbeat(worker), run_id, ex=max(1, round(heartbeat)))

    def wake():
        # the engine looks at its scheduler every 5 s when idle; the shared queue fills from elsewhere
        for crawler in crawlers:
            slot = getattr(getattr(crawler, "engine", None), "_slot", None)
            if slot is not None:
                slot.nextcall.schedule()

    from scrapy import signals

    for crawler in crawlers:
        crawler.signals.connect(keep_open, signal=signals.spider_idle)  # a module function: signals hold weak refs
    beats = task.LoopingCall(beat)
    wakes = task.LoopingCall(wake)
    beats.start(max(0.2, heartbeat / 3), now=False)
    wakes.start(POLL_SECONDS, now=False)
    try:
        process.start()
    finally:
        server.delete(Keys.heartbeat(worker))
    logger.info("worker %s: run %s over", worker, run_id)
    return {name: stats.record() for name, stats in context.stats.items()}


def worker_settings(redis_url: str) -> dict:
    """The single-process harvest's settings, with scrapy-redis's scheduler and the shared site limits."""
    from spiders.redis_queue import Keys

    settings = harvest_settings.scrapy_settings()
    settings.update({
        "SCHEDULER": "spiders.redis_queue.ReliableScheduler",
        "SCHEDULER_QUEUE_CLASS": "spiders.redis_queue.ReliableQueue",
        "SCHEDULER_QUEUE_KEY": Keys.queue("%(spider)s"),
        "DUPEFILTER_CLASS": "spiders.redis_queue.CanonicalDupeFilter",
        "SCHEDULER_DUPEFILTER_KEY": Keys.dupefilter,
        "SCHEDULER_PERSIST": True,  # the queue is the run's, not this worker's
        "REDIS_URL": redis_url,
        "DOWNLOAD_DELAY": 0,  # SiteLimitMiddleware spaces requests to a site across all workers
        "DOWNLOADER_MIDDLEWARES": {**settings["DOWNLOADER_MIDDLEWARES"],
                                   "spiders.redis_queue.SiteLimitMiddleware": 950},
        "SPIDER_MIDDLEWARES": {"spiders.redis_queue.RedisOutputMiddleware": 1},
        "ITEM_PIPELINES": {},
    })
    return settings


def main(argv: list[str] | None = None) -> int:
    """`python -m spiders.distributed --redis URL`: one worker (the coordinator's --workers start these)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m spiders.distributed", description=main.__doc__)
    parser.add_argument("--redis", required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s [%(name)s] %(message)s")
    try:
        counts = run_worker(args.redis)
    except HarvestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(counts, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
