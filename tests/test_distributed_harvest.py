"""The distributed harvest (spiders/distributed.py) against the harvest tests' fixture site.

Each test module run starts its own redis-server (Debian's package; `make test` installs it) on a free
loopback port with a temporary directory, and stops it. Coordinators, workers and writers are the
real CLI in subprocesses; tests wait on state (Redis keys, the site's request log, process exits),
never on a sleep.
"""
from __future__ import annotations

import os
import pickle
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from spider_site import FAST, FixtureSite, harvest, write_sources
from test_harvest import SOURCES, STORED_FIRST_RUN

from pipeline.store import Store

redis = pytest.importorskip("redis", reason="the distributed extra (redis, scrapy-redis) is not installed")
pytest.importorskip("scrapy_redis", reason="the distributed extra (scrapy-redis) is not installed")

PROJECT = Path(__file__).resolve().parents[1]
HUIQI = [sys.executable, "-c", "from cli import main; main()"]
DISTRIBUTED = {**FAST, "HUIQI_REDIS_HEARTBEAT": "2", "HUIQI_WRITER_WAIT": "0.2"}
LATENCY = 0.2  # seconds per page: requests overlap, so the per-site cap has something to hold
SITE_CAP = 2  # CONCURRENT_REQUESTS_PER_DOMAIN
SHARING_A1 = ("atom", "gov-list")  # the two sources that link /articles/a1.html
WAIT = 90  # seconds any awaited state may take before the test fails (a bound, not a measurement)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, what: str, timeout: float = WAIT, poll: float = 0.02):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(poll)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (make test installs Debian's redis-server as root)")
    port = free_port()
    directory = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory),
                                "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)

    def answers():
        try:
            return client.ping()
        except redis.exceptions.ConnectionError:
            assert process.poll() is None, "redis-server exited"
            return False

    wait_for(answers, "redis-server to answer")
    yield url
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def server(redis_url):
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


@pytest.fixture(scope="module")
def site():
    fixture = FixtureSite().start()
    fixture.latency = LATENCY
    yield fixture
    fixture.stop()


@pytest.fixture(scope="module")
def sources_file(site, tmp_path_factory) -> Path:
    return write_sources(SOURCES, site.base, tmp_path_factory.mktemp("config"))


def cli(*args: str, env: dict | None = None, **popen) -> subprocess.Popen:
    return subprocess.Popen([*HUIQI, *args], cwd=PROJECT, env={**os.environ, **DISTRIBUTED, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def finished(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=WAIT * 2)
    return process.returncode, out, err


def fresh_site(site: FixtureSite) -> None:
    """The faults answer as on a first visit (flaky: 500 first), and the logs start empty."""
    site.hits.clear()
    site.clear_log()
    site.reset_peak()


def stored(data_dir: Path) -> dict[str, str]:
    db = Store(data_dir / "huiqi.db")
    try:
        return db.content_hashes()
    finally:
        db.close()


def last_run(data_dir: Path) -> dict:
    db = Store(data_dir / "huiqi.db")
    try:
        return db.runs(limit=1)[0]
    finally:
        db.close()


@pytest.fixture(scope="module")
def reference(site, sources_file, tmp_path_factory):
    """A single-process harvest of the site: what every distributed harvest must store."""
    fresh_site(site)
    data_dir = tmp_path_factory.mktemp("single")
    run = harvest(site, sources_file, data_dir)
    assert run.report is not None, run.stderr
    return {"run": run, "stored": stored(data_dir), "peak": site.peak_in_flight,
            "requests": Counter(r.path for r in run.requests)}


@pytest.fixture(scope="module")
def two_workers(site, sources_file, redis_url, reference, tmp_path_factory):
    """A coordinator with two local workers, then a second run into the same store."""
    redis.Redis.from_url(redis_url).flushdb()
    data_dir = tmp_path_factory.mktemp("distributed")
    fresh_site(site)
    first = finished(cli("--data-dir", str(data_dir), "harvest", "--sources", str(sources_file), "--no-index",
                         "--redis", redis_url, "--workers", "2"))
    first_requests = Counter(r.path for r in site.requests)
    peak = site.peak_in_flight
    first_stored, first_run = stored(data_dir), last_run(data_dir)
    fresh_site(site)
    second = finished(cli("--data-dir", str(data_dir), "harvest", "--sources", str(sources_file), "--no-index",
                          "--redis", redis_url, "--workers", "2"))
    return {"first": first, "requests": first_requests, "peak": peak, "stored": first_stored,
            "run": first_run, "second": second, "second_requests": list(site.requests),
            "second_run": last_run(data_dir), "data_dir": data_dir}


# --- without a Redis -----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["harvest", "--sources", "{sources}", "--redis", "{url}"],
                                     ["harvest-worker", "--redis", "{url}"],
                                     ["ingest-queue", "--redis", "{url}"]])
def test_unreachable_redis_is_one_line_and_exit_1(command, tmp_path):
    from cli import main

    sources = write_sources(SOURCES, "http://127.0.0.1:9", tmp_path)
    url = f"redis://:secret@127.0.0.1:{free_port()}/0"
    args = [part.format(sources=sources, url=url) for part in command]
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path / "data"), *args])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot reach Redis at redis://:***@127.0.0.1:"), lines
    assert "secret" not in result.stderr
    assert not (tmp_path / "data" / "huiqi.db").exists()


def test_workers_need_redis(tmp_path):
    from cli import main

    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "harvest", "--workers", "2"])
    assert result.exit_code == 2
    assert "--workers needs --redis" in result.stderr


def test_single_process_harvest_does_not_import_redis(tmp_path):
    """Without --redis nothing changes: the harvest module and the CLI import no Redis client."""
    code = ("import sys, cli, spiders.harvest; "
            "assert not [m for m in sys.modules if m.startswith(('redis', 'scrapy_redis'))], 'redis imported'")
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT, check=True, timeout=60)


# --- two workers and the writer ----------------------------------------------------------------------


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_process_stores(two_workers, reference):
    code, out, err = two_workers["first"]
    assert code == 1, err  # the broken source failed entirely, as in one process
    assert "failed entirely: broken" in out
    assert two_workers["stored"] == reference["stored"]  # same ids, same content hashes
    assert len(two_workers["stored"]) == len(STORED_FIRST_RUN)


@pytest.mark.slow
def test_no_page_is_fetched_twice(two_workers, reference):
    """Every page is requested as often as by one process (retries and redirect hops included), so
    no stored page twice; robots.txt is read once per source by each process that crawls it."""
    distributed, single = two_workers["requests"], reference["requests"]
    assert {path: n for path, n in distributed.items() if path != "/robots.txt"} == \
        {path: n for path, n in single.items() if path != "/robots.txt"}
    assert distributed["/articles/a1.html"] == 1  # linked by two feeds, once with utm_source


@pytest.mark.slow
def test_site_concurrency_never_exceeds_the_cap_across_workers(two_workers):
    """Two workers, each allowed the cap on its own, hold it together. (A single process with the
    tests' DOWNLOAD_DELAY=0 does not: Scrapy 2.19 starts every queued request of a slot at once when
    there is no delay, and the fixture site recorded 5 at once; the polite default delay hides it.)"""
    assert 1 <= two_workers["peak"] <= SITE_CAP


@pytest.mark.slow
def test_run_record_sums_all_workers_and_names_failed_sources(two_workers, reference):
    run = two_workers["run"]
    assert run["status"] == "partial"
    recorded = {r["source"]: r for r in run["per_source"]}
    single = reference["run"].report["sources"]
    keys = ("pages", "new", "updated", "unchanged", "failed", "rejected")
    for name, counts in single.items():
        if name not in SHARING_A1:
            assert {k: recorded[name][k] for k in keys} == {k: counts[k] for k in keys}, name
    # /articles/a1.html counts for whichever of its two sources reached it first, in one process or
    # in many: the two sources' sums are fixed, and they differ from one process by that page at most.
    for key in keys:
        assert sum(recorded[n][key] for n in SHARING_A1) == sum(single[n][key] for n in SHARING_A1), key
    shifts = {recorded[n]["pages"] - single[n]["pages"] for n in SHARING_A1}
    assert shifts in ({0}, {-1, 1}), shifts
    assert recorded["broken"]["status"] == "failed"
    assert recorded["gov-list"]["status"] == "ok, cut at max_pages 2, 1 refused"
    assert any("/faults/slow.html: timed out" in e for e in recorded["faults"]["errors"])


@pytest.mark.slow
def test_second_run_fetches_nothing_new(two_workers, reference):
    code, out, err = two_workers["second"]
    assert code == 1, err
    run = two_workers["second_run"]
    assert all(r["new"] == 0 and r["updated"] == 0 for r in run["per_source"])
    requests = two_workers["second_requests"]
    by_path = {r.path: r for r in requests}
    for path in ("/feeds/rss.xml", "/feeds/atom.xml", "/list/index.html"):
        assert by_path[path].status == 304, path  # the validators were shared
    again = [r for r in requests if r.path in STORED_FIRST_RUN]
    assert again and all(r.status == 304 for r in again)  # only conditional re-checks of recent notices
    assert stored(two_workers["data_dir"]) == reference["stored"]


# --- faults ----------------------------------------------------------------------------------------------


def claims(server, worker_pid: int | None = None) -> list[tuple[str, str]]:
    """(in-flight field, URL path) of the requests workers hold, optionally only one worker's."""
    held = []
    for field, data in server.hgetall("huiqi:inflight").items():
        field = field.decode()
        if worker_pid is None or field.split("|", 1)[0].endswith(f":{worker_pid}"):
            held.append((field, urlsplit(pickle.loads(data)["url"]).path))
    return held


@pytest.mark.slow
def test_worker_killed_mid_page_loses_nothing(site, sources_file, server, redis_url, reference, tmp_path):
    data_dir = tmp_path / "data"
    fresh_site(site)
    coordinator = cli("--data-dir", str(data_dir), "harvest", "--sources", str(sources_file), "--no-index",
                      "--redis", redis_url)
    workers = [cli("harvest-worker", "--redis", redis_url) for _ in range(2)]

    def stored_page_in_flight():
        """A worker holding a page that must be stored, while the site is answering it (mid-page)."""
        answering = {r.path for r in list(site.requests) if r.status == 0}
        for worker in workers:
            held = [path for _, path in claims(server, worker.pid) if path in STORED_FIRST_RUN & answering]
            if held:
                return worker, held[0]
        return None

    victim, path = wait_for(stored_page_in_flight, "a worker to be fetching a page that must be stored",
                            poll=0.005)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=WAIT)
    code, out, err = finished(coordinator)
    survivor = [w for w in workers if w is not victim][0]
    assert finished(survivor)[0] == 0
    assert code == 1, err
    assert "failed entirely: broken" in out  # the run ended normally, with its summary
    assert stored(data_dir) == reference["stored"]
    assert len(site.requested(path)) >= 2  # the killed worker's page was done again by the other
    log = Path(out.strip().splitlines()[-1].split("log: ", 1)[1])
    assert "requests of stopped workers went back to the queue" in log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_writer_killed_mid_batch_loses_nothing(site, sources_file, server, redis_url, reference, tmp_path):
    data_dir = tmp_path / "data"
    fresh_site(site)
    # The writer fills a batch until the items stop coming for a while: a batch is open for long.
    slow_writer = {"HUIQI_WRITER_BATCH": "1000", "HUIQI_WRITER_WAIT": "5"}
    coordinator = cli("--data-dir", str(data_dir), "harvest", "--sources", str(sources_file), "--no-index",
                      "--redis", redis_url, env=slow_writer)
    workers = [cli("harvest-worker", "--redis", redis_url) for _ in range(2)]
    wait_for(lambda: server.llen("huiqi:items:processing") >= 3, "the writer to hold a batch of 3")
    coordinator.send_signal(signal.SIGKILL)
    coordinator.wait(timeout=WAIT)
    taken = [pickle.loads(data) for data in server.lrange("huiqi:items:processing", 0, -1)]
    assert len(taken) >= 3  # never acknowledged
    for worker in workers:  # they stop once the coordinator's heartbeat is gone and they are idle
        assert finished(worker)[0] == 0

    recovered = finished(cli("--data-dir", str(data_dir), "ingest-queue", "--redis", redis_url, "--no-index"))
    assert recovered[0] == 0, recovered[2]
    assert f"({len(taken)} taken back from a stopped writer)" in recovered[1]
    db = Store(data_dir / "huiqi.db")
    urls = db.known_urls()
    db.close()
    from pipeline.urls import canonical_url

    assert all(canonical_url(item.url) in urls for item in taken if item.url)
    assert server.llen("huiqi:items:processing") == 0

    fresh_site(site)
    rerun = finished(cli("--data-dir", str(data_dir), "harvest", "--sources", str(sources_file), "--no-index",
                         "--redis", redis_url, "--workers", "2"))
    assert rerun[0] == 1, rerun[2]
    # as in one process's second run, the faults source (every new page failing again) fails too
    assert "failed entirely: faults, broken" in rerun[1], rerun[1]
    assert stored(data_dir) == reference["stored"]
