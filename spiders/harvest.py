"""The harvest run: lock, log file, run record, one Scrapy process for every selected source.

`run_harvest` is what `huiqi harvest` calls. Twisted's reactor cannot be restarted, so it can run
once per Python process; cron starts a fresh process each day anyway. Scrapy is imported only here,
inside the run, so other commands start fast.

Sources that share a domain are crawled one after another (different sites in parallel), so no site
ever sees more than the per-domain concurrency, whichever sources point at it.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from spiders import settings as harvest_settings
from spiders.context import HarvestContext, SourceStats, status_line
from spiders.sources import Source, SourceError, load_sources

logger = logging.getLogger(__name__)

LOCK_NAME = "harvest.lock"
LOG_DIR = "logs"
LOG_FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"
# Loggers whose warnings a harvest shows on the terminal: huiqi's library and the harvest's settings.
# The crawl's (Scrapy's, Twisted's, and our spiders', whose failures the summary lists once each)
# write to the run's log file only, unless -v.
TERMINAL_LOGGERS = ("huiqi", "cli", "pipeline", "index", "spiders.settings", "spiders.sources")
OWN_LOGGERS = ("spiders",)  # shown with -v at their level (INFO), other crawl loggers from WARNING


def _under(name: str, loggers: tuple[str, ...]) -> bool:
    return any(name == logger_name or name.startswith(logger_name + ".") for logger_name in loggers)


class HarvestError(RuntimeError):
    """A harvest that cannot start; the message says why in one line."""


class HarvestLocked(HarvestError):
    """Another harvest holds the lock (an overlapping cron run)."""


_reactor_used = False  # Twisted's reactor runs once per process


@dataclass
class HarvestReport:
    run_id: int
    status: str  # "ok" | "partial" | "failed"
    started_at: str
    finished_at: str
    sources: dict[str, dict]  # name -> the per-source record (see SourceStats.record)
    log_path: Path
    ingest_problems: list[str] = field(default_factory=list)

    @property
    def failed_sources(self) -> list[str]:
        """Sources that produced nothing at all: the CLI exits non-zero when there are any."""
        return [name for name, stats in self.sources.items() if stats["status"] == "failed"]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed_sources else 0

    def lines(self) -> list[str]:
        """A plain-text summary: one line per source, then the failures."""
        out = []
        for name, s in self.sources.items():
            out.append(
                f"{name}: {status_line(s)}, {s['pages']} pages, {s['new']} new, {s['updated']} updated, "
                f"{s['unchanged']} unchanged, {s['failed']} failed, {s['rejected']} rejected, "
                f"{s['skipped']} skipped"
            )
            out.extend(f"  {error}" for error in s["errors"])
        if self.failed_sources:
            out.append(f"failed entirely: {', '.join(self.failed_sources)}")
        out.append(f"run {self.run_id} {self.status}; log: {self.log_path}")
        return out

    def to_dict(self) -> dict:
        return {
            "run_id": self.run_id, "status": self.status, "started_at": self.started_at,
            "finished_at": self.finished_at, "sources": self.sources, "log_path": str(self.log_path),
            "failed_sources": self.failed_sources, "ingest_problems": self.ingest_problems,
        }


def run_harvest(
    sources_path: str | Path,
    data_dir: str | Path,
    *,
    only: str | None = None,
    max_items: int | None = None,
    update_index: bool = True,
    recheck_days: int | None = None,
) -> HarvestReport:
    """Harvest the sources of `sources_path` into the store under `data_dir`.

    `only` picks one source by name; `max_items` caps the detail pages (or dump records) per source;
    `recheck_days` overrides RECHECK_DAYS. Raises SourceError for a bad sources file or unknown
    `only`, HarvestLocked when another harvest is running, HarvestError for other reasons not to
    start; what happens during the run is counted in the report, not raised.
    """
    configured = load_sources(sources_path)
    sources = select_sources(configured, only)
    if max_items is not None and max_items < 1:
        raise HarvestError(f"--max-items must be at least 1, got {max_items}")
    if _reactor_used:
        raise HarvestError("a harvest already ran in this process (Twisted's reactor cannot restart); "
                           "start a new process")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc)
    with harvest_lock(data_dir / LOCK_NAME):
        log_path = data_dir / LOG_DIR / f"harvest-{started:%Y%m%dT%H%M%SZ}.log"
        with run_log(log_path):
            return _run(sources, {s.name for s in configured}, data_dir, log_path, started, max_items,
                        update_index,
                        harvest_settings.value("RECHECK_DAYS") if recheck_days is None else recheck_days)


def run_status(per_source: dict[str, dict]) -> str:
    """A run's status from its sources': "failed" only when every source failed (nothing could be
    harvested), "partial" when some failed or lost pages while others worked, else "ok"."""
    statuses = [record["status"] for record in per_source.values()]
    if statuses and all(status == "failed" for status in statuses):
        return "failed"
    if any(status in ("failed", "partial") for status in statuses):
        return "partial"
    return "ok"


def run_times(run: dict) -> dict:
    """A stored run record with its times (UTC in the store) in Beijing time, ISO with +08:00."""
    from pipeline.dates import beijing_time

    return {**run, **{key: beijing_time(run[key]).isoformat() for key in ("started_at", "finished_at")
                      if run.get(key)}}


def run_lines(run: dict) -> list[str]:
    """One stored run record (an item of `Store.runs()`) as text for `huiqi runs`, in Beijing time."""
    from pipeline.dates import beijing_time

    started = beijing_time(run["started_at"]) if run.get("started_at") else None
    finished = beijing_time(run["finished_at"]) if run.get("finished_at") else None
    when = f"{started:%Y-%m-%d %H:%M:%S}" if started else "?"
    if finished is None:
        when += " -> not finished"
    else:
        same_day = started is not None and finished.date() == started.date()
        when += f" -> {finished:%H:%M:%S}" if same_day else f" -> {finished:%Y-%m-%d %H:%M:%S}"
    when += " Beijing time"
    if started and finished:
        when += f" ({(finished - started).total_seconds():.0f}s)"
    lines = [f"run {run['id']} {run.get('kind', 'harvest')} {run['status']}: {when}"]
    for source in run.get("per_source", []):
        lines.append(
            f"  {source['source']}: {source['status']}, {source['pages']} pages, {source['new']} new, "
            f"{source['updated']} updated, {source['unchanged']} unchanged, {source['failed']} failed, "
            f"{source['rejected']} rejected"
        )
        lines.extend(f"    {error}" for error in source.get("errors") or [])
    return lines


def select_sources(sources: list[Source], only: str | None) -> list[Source]:
    if only is None:
        return sources
    chosen = [s for s in sources if s.name == only]
    if not chosen:
        raise SourceError(f"no source named {only!r} (sources: {', '.join(s.name for s in sources)})")
    return chosen


def _run(sources, configured_names, data_dir, log_path, started, max_items, update_index,
         recheck_days) -> HarvestReport:
    from pipeline.store import Store

    store = Store(data_dir / "huiqi.db")
    try:
        run_id = store.start_run([s.name for s in sources])
        logger.info("harvest run %d: %d sources, log %s", run_id, len(sources), log_path)
        stats = {s.name: SourceStats(max_errors=harvest_settings.value("MAX_ERROR_SAMPLES")) for s in sources}
        try:
            summary, context = _crawl_into_store(store, sources, configured_names, stats, max_items,
                                                 update_index, recheck_days, data_dir)
        except BaseException as exc:  # interrupted or crashed: the run record must still say so
            store.finish_run(run_id, "interrupted" if isinstance(exc, KeyboardInterrupt) else "crashed",
                             _as_stored({name: s.record() for name, s in stats.items()}))
            raise
        # Validators only now that the notices are stored (see HarvestContext).
        for url, etag, last_modified in context.page_validators:
            store.save_http_validators(url, etag, last_modified)
        for name, source_stats in stats.items():
            if source_stats.complete and not context.store_failed:
                for url, etag, last_modified in context.pending_validators.get(name, []):
                    store.save_http_validators(url, etag, last_modified)
        per_source = {name: s.record() for name, s in stats.items()}
        status = run_status(per_source)
        store.finish_run(run_id, status, _as_stored(per_source))
    finally:
        store.close()
    report = HarvestReport(
        run_id=run_id,
        status=status,
        started_at=started.replace(microsecond=0).isoformat(),
        finished_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        sources=per_source,
        log_path=log_path,
        ingest_problems=[str(p) for p in summary.problems],
    )
    for line in report.lines():
        logger.info("%s", line)
    return report


def _as_stored(per_source: dict[str, dict]) -> dict[str, dict]:
    """Per-source records as the store keeps them: the status carries its notes (a cut, refusals),
    since the run record has no columns for them, and `huiqi runs` shows it as it is."""
    return {name: {**record, "status": status_line(record)} for name, record in per_source.items()}


def _crawl_into_store(store, sources, configured_names, stats, max_items, update_index, recheck_days,
                      data_dir):
    global _reactor_used
    from pipeline.ingest import Ingestor

    index = None
    if update_index:
        from pipeline.indexing import IndexSync

        # commit each saved batch: between batches a harvest waits on the network, and an open
        # writer would hold the index lock through the wait
        index = IndexSync(store, data_dir / "index", batch_size=1)
    ingestor = Ingestor(store, index=index)
    context = HarvestContext(
        store=store,
        ingestor=ingestor,
        known_urls=store.known_urls(),
        rechecks=_rechecks(store, recheck_days, sources, configured_names),
        stats=stats,
        max_items=max_items,
    )
    _reactor_used = True
    crawl(sources, context)
    return ingestor.close(), context


def _rechecks(store, days: int, sources: list[Source], configured_names: set[str]) -> dict:
    recent = store.recent_pages(days)
    owners = store.page_sources([url for url, _, _ in recent])
    return assign_rechecks(recent, sources, owners, configured_names)


def assign_rechecks(
    recent: list[tuple[str, str | None, str | None]],
    sources: list[Source],
    owners: dict[str, str] | None = None,
    configured_names: set[str] | None = None,
) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """Which selected source re-checks each recently published stored page.

    The source that stored the notice does (same content_selector, so an unchanged page parses to
    the same text). A page whose source is configured but not selected (`--only`) waits for its
    own; a page whose source is gone from the file goes to a feed or list source serving its domain.
    """
    owners = owners or {}
    configured_names = configured_names or set()
    crawlers = {s.name: s for s in sources if s.type in ("feed", "list")}
    rechecks: dict[str, list] = {}
    for page in recent:
        url, owner = page[0], owners.get(page[0])
        if owner in crawlers:
            chosen = crawlers[owner]
        elif owner in configured_names:
            continue
        else:
            chosen = next((s for s in crawlers.values() if url in s.fence), None)
        if chosen is not None:
            rechecks.setdefault(chosen.name, []).append(page)
    return rechecks


def domain_groups(sources: list[Source]) -> list[list[Source]]:
    """Sources grouped so that any two sharing a domain are in one group (crawled in turn)."""
    groups: list[tuple[set[str], list[Source]]] = []
    for source in sources:
        domains = set(source.allowed_domains)
        merged = [g for g in groups if g[0] & domains]
        for group in merged:
            groups.remove(group)
            domains |= group[0]
        groups.append((domains, [s for g in merged for s in g[1]] + [source]))
    return [members for _, members in groups]


def crawl(sources: list[Source], context: HarvestContext) -> None:
    """Run every source's spider in one CrawlerProcess; returns when all are done."""
    from scrapy.crawler import CrawlerProcess
    from twisted.internet import defer

    from spiders.dump import DumpSpider
    from spiders.feed import FeedSpider
    from spiders.listing import ListSpider

    spider_classes = {"feed": FeedSpider, "list": ListSpider, "json": DumpSpider}
    process = CrawlerProcess(harvest_settings.scrapy_settings())

    @defer.inlineCallbacks
    def crawl_in_turn(group: list[Source]):
        for source in group:
            try:
                yield process.crawl(spider_classes[source.type], source=source, harvest=context)
            except Exception as exc:  # a spider that crashed must not stop the other sources
                logger.exception("%s: crawl crashed", source.name)
                context.stats[source.name].entry_failed = True
                context.stats[source.name].error(f"crawl crashed: {type(exc).__name__}: {exc}")

    for group in domain_groups(sources):
        crawl_in_turn(group)
    process.start()


@contextmanager
def harvest_lock(path: Path):
    """An exclusive lock held for the run; the kernel drops it if the process dies."""
    import fcntl

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+")
    except PermissionError:
        # the same words as the store's, for a write command in a read-only data dir
        raise HarvestError(f"{path.parent}: the data dir is read-only, so a harvest cannot write to it") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown process"
        handle.close()
        raise HarvestLocked(f"another harvest is running ({holder}); lock file {path}") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}, started {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%SZ}\n")
    handle.flush()
    try:
        yield
    finally:
        handle.seek(0)
        handle.truncate()
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


@contextmanager
def run_log(path: Path, level: int = logging.INFO):
    """Send everything logged during the run (ours and Scrapy's) at `level` and above to `path`.

    The root logger is lowered to `level` for the run; handlers already attached (the CLI's console)
    keep the level they had, so the console gets no noisier.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    previous_level = root.level
    pinned = [h for h in root.handlers if h.level == logging.NOTSET]
    for handler in pinned:
        handler.setLevel(previous_level)
    file_handler = logging.FileHandler(path, encoding="utf-8")
    file_handler.setLevel(level)
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(file_handler)
    if previous_level > level:  # NOTSET (0) already lets everything through
        root.setLevel(level)
    try:
        yield path
    finally:
        root.removeHandler(file_handler)
        file_handler.close()
        root.setLevel(previous_level)
        for handler in pinned:
            handler.setLevel(logging.NOTSET)


class TerminalFilter(logging.Filter):
    """What a harvest shows on the terminal, by -v count (the run's log file gets everything):

    - 0 (or -q): warnings of huiqi's library and of the harvest's settings; not Scrapy's or
      Twisted's log, nor the spiders' per-page messages, which the summary lists once per failed
      source or page;
    - 1 (-v): also the spiders' messages, and Scrapy's and Twisted's warnings and errors;
    - 2 (-vv): everything the console's level lets through.
    """

    def __init__(self, verbose: int):
        super().__init__()
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if self.verbose >= 2:
            return True
        if _under(record.name, TERMINAL_LOGGERS):
            return True
        if self.verbose == 1:
            return _under(record.name, OWN_LOGGERS) or record.levelno >= logging.WARNING
        return False


class TracebackFreeFormatter(logging.Formatter):
    """The console's formatter without tracebacks (logged exceptions, and Twisted's failures that
    carry theirs in the message): one line each; -vv shows them and the log file keeps them."""

    def __init__(self, inner: logging.Formatter | None):
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None  # shared with the log file's handler
        try:
            text = self.inner.format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
        return text.split("\nTraceback (most recent call last):", 1)[0]


@contextmanager
def terminal_logging(verbose: int):
    """For the run, keep the crawl's log and tracebacks off the console (the stderr handlers the
    caller configured) as TerminalFilter says; the run's log file (run_log) is not affected."""
    console = [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler]
    log_filter = TerminalFilter(verbose)
    formatters = [h.formatter for h in console]
    for handler in console:
        handler.addFilter(log_filter)
        if verbose < 2:
            handler.setFormatter(TracebackFreeFormatter(handler.formatter))
    try:
        yield
    finally:
        for handler, formatter in zip(console, formatters):
            handler.removeFilter(log_filter)
            handler.setFormatter(formatter)


def main(argv: list[str] | None = None) -> int:
    """`python -m spiders.harvest`: the harvest without the CLI, printing the report as JSON (tests use it)."""
    parser = argparse.ArgumentParser(prog="python -m spiders.harvest", description=main.__doc__)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--only")
    parser.add_argument("--max-items", type=int)
    parser.add_argument("--no-index", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        with terminal_logging(verbose=0):
            report = run_harvest(args.sources, args.data_dir, only=args.only, max_items=args.max_items,
                                 update_index=not args.no_index)
    except (SourceError, HarvestError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
