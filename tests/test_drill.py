"""The reliability drills behind the README's "Reliability" section: the long runs, minutes rather than
seconds, so they are marked `drill`, left out of `make test` (setup.cfg) and run by `make drill`, which
then runs the JSON fuzz (tests/test_json_fuzz.py) at HUIQI_FUZZ_EXAMPLES examples per test.

- a hostile harvest at full size: the hostile list of tests/test_harvest_hostile.py, a 52 MB page and a
  feed of 10,000 items under the default item cap, against the local fixture site;
- kill chains: a 1,200-record import SIGKILLed at seeded random moments nine times running (the first
  during the very first import, after its first store commit and before any index commit), then run to
  its end; the store must equal a single clean import's, and search, doctor and the workers must show
  no trace of the kills;
- concurrent readers: 30 read commands in parallel while imports run back to back.

Everything runs the real CLI in subprocesses. Each drill prints its figures (counts, seconds, peak
resident memory); nothing asserts a duration.
"""
from __future__ import annotations

import json
import os
import random
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, SAMPLE_PATH, wechat_record
from spider_site import FixtureSite, harvest, write_sources
from test_harvest_hostile import HTML, serve_feed, serve_hostile_list, utf8
from test_ingest import stored_rows, table_dump

from pipeline.store import Store

pytestmark = [
    pytest.mark.drill,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to find the processes an import left"),
]

TOTAL = 1200  # six store batches of 200; the index commits once, at the end (INDEX_BATCH is 2,500)
MARKER = "HUIQI_DRILL_RUN"  # set in a command's environment; every process it starts inherits it


def drill_records(total: int, edition: int = 1) -> list[dict]:
    """`total` WeChat records whose texts give every child table rows (a region, a deadline, a phone,
    an applicant type); each later `edition` corrects every text, so importing it updates every notice."""
    correction = f"（第{edition}次更正）" if edition > 1 else ""
    records = [wechat_record(n, finalContent=f"第{n}号通知正文{correction}。南京市中小企业请于2025年10月{n % 28 + 1}日"
                                             f"前提交申报材料。联系电话：025-8339{n % 10000:04d}\r来源：某局\r编辑：张三")
               for n in range(total)]
    records.insert(500, records[10])  # a duplicate across batches
    return records


def write_dump(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def figures(capsys):
    """figures(drill, name=value, …): prints the drill's figures past pytest's capture."""

    def report(drill: str, **values) -> None:
        with capsys.disabled():
            print(f"\n[drill] {drill}: " + ", ".join(f"{name.replace('_', ' ')} {value}"
                                                     for name, value in values.items()))

    return report


# --- running the CLI --------------------------------------------------------------------------------

def huiqi_command(data_dir: Path, *args) -> list[str]:
    return [sys.executable, "-m", "cli", "--data-dir", str(data_dir), *map(str, args)]


def huiqi_env(marker: str = "") -> dict[str, str]:
    env = {**os.environ, "CI": "1", "PYTHONPATH": str(ROOT), MARKER: marker}
    env.pop("HUIQI_DATA", None)
    return env


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mib: float  # the largest process of the command: itself or one of its workers


def run_huiqi(data_dir: Path, *args, marker: str = "") -> Finished:
    """`huiqi ARGS…` to its end; wait4 gives its peak memory (outputs go to files: no pipe to drain)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(huiqi_command(data_dir, *args), cwd=ROOT, env=huiqi_env(marker),
                                   stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Finished(process.returncode, out.read().decode("utf-8"), err.read().decode("utf-8"), seconds,
                        usage.ru_maxrss / 1024)


def processes_marked(marker: str) -> list[int]:
    """Live processes whose environment carries MARKER=marker (a zombie's environment reads empty)."""
    needle = f"{MARKER}={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:  # ended meanwhile
            continue
        if needle in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


def orphans_after(marker: str, grace: float = 30.0) -> list[int]:
    """The processes marked `marker` still alive after `grace` seconds (workers watch their parent and
    leave within a moment of its death)."""
    deadline = time.monotonic() + grace
    while (alive := processes_marked(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute("pragma integrity_check").fetchone()[0]
    finally:
        conn.close()


def stored_ids(db_path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    try:
        return {row[0] for row in conn.execute("select id from notices")}
    finally:
        conn.close()


def searched_ids(data_dir: Path, query: str) -> set[str]:
    """Every id `huiqi search QUERY --json` finds, page by page (1,000 at most a page)."""
    found: set[str] = set()
    for page in range(1, 100):
        result = run_huiqi(data_dir, "search", query, "--json", "--limit", 1000, "--page", page)
        assert result.returncode == 0 and result.stderr == "", result.stderr
        records = json.loads(result.stdout)["results"]
        found |= {record["id"] for record in records}
        if len(records) < 1000:
            return found
    raise AssertionError("more than 99 pages of results")


# --- hostile harvest at full size -------------------------------------------------------------------
# First in the module: the harvest is then the drill session's first child process, and the children's
# peak resident size read after it is its own.

GIANT = 52 * 1024 * 1024  # the page the drill found accepted under the old 64 MiB cap
LONG_FEED = 10_000
FEED_CAP = 500  # spiders/settings.py FEED_MAX_ITEMS, the default left in force here

DRILL_SOURCES = """
[[source]]
name = "hostile"
type = "list"
url = "{base}/hostile/list.html"
link_selector = "ul a"

[[source]]
name = "giant"
type = "list"
url = "{base}/drill/list.html"
link_selector = "ul a"

[[source]]
name = "long-feed"
type = "feed"
url = "{base}/drill/feed.xml"
"""


def serve_giant_pages(site: FixtureSite) -> None:
    """/drill/list.html: a 52 MB page with and without Content-Length, and one page of normal size."""
    giant = ("<p>" + "很长的页面。" * 100 + "</p>").encode() * (GIANT // 1800)
    site.route("/drill/giant.html", giant, HTML)
    site.route("/drill/giant-unannounced.html", giant, HTML, length=False)
    site.route("/drill/ok.html", utf8("关于申报超大页面对照的通知"), HTML)
    anchors = "".join(f'<li><a href="/drill/{name}.html">通知</a></li>'
                      for name in ("giant", "giant-unannounced", "ok"))
    site.route("/drill/list.html", f"<ul>{anchors}</ul>".encode(), HTML)


def serve_long_feed(site: FixtureSite) -> None:
    """/drill/feed.xml: LONG_FEED items, every one of them a page that exists."""
    serve_feed(site, "drill", LONG_FEED, LONG_FEED)


def test_a_hostile_harvest_at_full_size_stays_in_its_fence_and_its_caps(tmp_path, figures):
    site, other = FixtureSite().start(), FixtureSite().start()
    try:
        serve_hostile_list(site, other)
        serve_giant_pages(site)
        serve_long_feed(site)
        sources = write_sources(DRILL_SOURCES, site.base, tmp_path)
        peak_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.monotonic()
        result = harvest(site, sources, tmp_path / "data", env={"HUIQI_DOWNLOAD_TIMEOUT": "10"})
        seconds = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    finally:
        site.stop()
        other.stop()
    assert result.report is not None, result.stderr

    assert other.requests == []
    assert {r.host for r in result.requests} == {f"127.0.0.1:{site.port}"}
    hostile = result.source("hostile")
    # refused: six redirects and a link; failed: those six redirects and three pages over the size cap
    assert (hostile["refused"], hostile["failed"]) == (7, 9)

    giant = result.source("giant")
    assert giant["new"] == 1, giant
    assert [e.split(": ", 1)[1] for e in giant["errors"]] == ["larger than the 5 MiB size cap"] * 2

    feed = result.source("long-feed")
    assert (feed["new"], feed["cut"]) == (FEED_CAP, f"max_items {FEED_CAP}")
    assert len([r for r in result.requests if r.path.startswith("/drill/items/")]) == FEED_CAP

    store = Store(tmp_path / "data" / "huiqi.db")
    try:
        notices = list(store.iter_notices())
    finally:
        store.close()
    assert {urlsplit(n.url).netloc for n in notices} == {f"127.0.0.1:{site.port}"}
    assert max(len(n.text) for n in notices) < 100_000  # no page-sized blob

    figures("hostile harvest", requests=len(result.requests), notices_stored=len(notices),
            refused=hostile["refused"],
            pages_over_the_size_cap=sum("size cap" in e for e in hostile["errors"] + giant["errors"]),
            feed_items_followed=f"{FEED_CAP} of {LONG_FEED:,}",
            seconds=f"{seconds:.0f}",
            peak_RSS=f"{peak / 1024:.0f} MiB" if peak > peak_before else f"at most {peak / 1024:.0f} MiB")


# --- kill chains ------------------------------------------------------------------------------------

ROUNDS = 9  # killed imports per chain
CHAINS = [(1, 1), (2, 2), (3, 2)]  # (seed, --jobs): one chain in one process, two with worker processes


@pytest.fixture(scope="module")
def drill_dump(tmp_path_factory) -> Path:
    return write_dump(tmp_path_factory.mktemp("dump") / "drill.json", drill_records(TOTAL))


@pytest.fixture(scope="module")
def clean_import(drill_dump, tmp_path_factory) -> tuple[Path, Finished]:
    """A data dir holding one uninterrupted import of the drill dump."""
    data_dir = tmp_path_factory.mktemp("clean") / "data"
    finished = run_huiqi(data_dir, "import", "--jobs", 1, drill_dump)
    assert finished.stdout == f"{TOTAL} new, 0 updated, 0 unchanged, 1 duplicate, 0 rejected\n", finished.stderr
    return data_dir, finished


def import_killed(data_dir: Path, dump: Path, jobs: int, marker: str, delay: float,
                  after_rows: int | None = None) -> tuple[bool, float, int]:
    """Starts an import and SIGKILLs it `delay` seconds after it started, or after it stored more than
    `after_rows` notices. Returns whether the kill landed (else the import had finished), the run's age
    then and how many processes it had started by then (its workers)."""
    with tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(huiqi_command(data_dir, "import", "--jobs", jobs, dump), cwd=ROOT,
                                   env=huiqi_env(marker), stdout=subprocess.DEVNULL, stderr=err)
        try:
            while after_rows is not None and stored_rows(data_dir / "huiqi.db") <= after_rows:
                assert process.poll() is None, "the import ended before storing a batch"
                time.sleep(0.01)
            children = 0
            try:
                process.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                children = len(processes_marked(marker)) - 1
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=60)
            age = time.monotonic() - started
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        err.seek(0)
        assert process.returncode in (0, -signal.SIGKILL), err.read().decode("utf-8")
        return process.returncode == -signal.SIGKILL, age, children


@pytest.mark.parametrize("seed, jobs", CHAINS)
def test_a_chain_of_killed_imports_converges_on_a_clean_import(tmp_path, drill_dump, clean_import, figures,
                                                              seed, jobs):
    rng = random.Random(seed)
    clean_dir, clean = clean_import
    data_dir = tmp_path / "killed"
    db = data_dir / "huiqi.db"
    # While notices are left to store, a kill falls within half a second of the run's first new batch
    # (so each run stores about one batch); then anywhere in a run (opening the store, reading the dump,
    # the index catching up), within the time the last run that was not killed took.
    rows, longest = 0, clean.seconds
    rounds: list[str] = []
    for n in range(ROUNDS):
        marker = f"{tmp_path.name}-{n}"
        if rows < TOTAL:
            killed, age, children = import_killed(data_dir, drill_dump, jobs, marker, rng.uniform(0, 0.5),
                                                  after_rows=rows)
        else:
            killed, age, children = import_killed(data_dir, drill_dump, jobs, marker, rng.uniform(0, longest))
        if not killed:
            longest = age
        assert orphans_after(marker) == [], f"round {n}: processes outlived the killed import"
        rows = stored_rows(db)
        assert integrity(db) == "ok", f"round {n}"
        # a killed run must never make stored notices look absent: search finds them, or says they
        # are missing from the index (exit 1); doctor reports drift or none, and never fails
        search = run_huiqi(data_dir, "search", "专项资金")
        assert "Traceback" not in search.stderr and search.returncode in (0, 1), search.stderr
        if rows:
            assert search.stdout != "no matching notices\n" or "not in the search index" in search.stderr
        doctor = run_huiqi(data_dir, "doctor")
        assert doctor.returncode in (0, 1) and doctor.stderr == "", doctor.stderr
        workers = f" with {children} child process{'es' * (children > 1)}" if children else ""
        behind = ", index behind" if doctor.returncode else ""
        rounds.append(f"{'killed' if killed else 'finished'} at {age:.1f} s{workers}, {rows} stored{behind}")

    final = run_huiqi(data_dir, "import", "--jobs", jobs, drill_dump, marker=f"{tmp_path.name}-final")
    assert final.returncode == 0, final.stderr
    counted = re.fullmatch(r"(\d+) new, 0 updated, (\d+) unchanged, 1 duplicate, 0 rejected\n", final.stdout)
    assert counted and int(counted[1]) + int(counted[2]) == TOTAL, final.stdout
    assert orphans_after(f"{tmp_path.name}-final") == []

    tables = table_dump(db)
    assert tables == table_dump(clean_dir / "huiqi.db")  # notices, child tables, tokens, history
    assert len(tables["notices"]) == len(tables["notice_tokens"]) == TOTAL
    assert integrity(db) == "ok"
    doctor = run_huiqi(data_dir, "doctor")
    assert (doctor.returncode, doctor.stdout) == (0, "index matches the store\n")
    assert searched_ids(data_dir, "专项资金") == stored_ids(db)

    landed = sum(r.startswith("killed") for r in rounds)
    figures(f"kill chain seed {seed}, --jobs {jobs}", kills_landed=f"{landed} of {ROUNDS}", rounds="; ".join(rounds),
            then=final.stdout.strip(), orphans=0,
            clean_import=f"{clean.seconds:.1f} s, peak RSS {clean.peak_rss_mib:.0f} MiB")


# --- concurrent readers -----------------------------------------------------------------------------

READERS = 30
READER_THREADS = 10  # commands in flight at once


def reader_commands(out_dir: Path, aid: str) -> list[tuple]:
    """READERS read commands, every kind of read the CLI offers, in turn."""
    kinds = [
        lambda n: ("search", "专项资金"),
        lambda n: ("search", "申报", "--json", "--limit", 1000),
        lambda n: ("search", "--in-scope-of", "南京市", "--sort", "deadline"),
        lambda n: ("show", aid),
        lambda n: ("stats",),
        lambda n: ("export", "--format", "csv", "-o", out_dir / f"{n}.csv"),
        lambda n: ("export", "-o", out_dir / f"{n}.jsonl"),
    ]
    return [kinds[n % len(kinds)](n) for n in range(READERS)]


def test_readers_in_parallel_with_imports_never_meet_a_lock_or_a_traceback(tmp_path, drill_dump, sample_records,
                                                                           figures):
    data_dir = tmp_path / "data"
    seeded = run_huiqi(data_dir, "import", SAMPLE_PATH)
    assert seeded.returncode == 0, seeded.stderr
    readers_done = False
    imports: list[Finished] = []

    def import_until_the_readers_are_done() -> None:
        while not readers_done:  # the dump, then editions updating every notice
            edition = len(imports) + 1
            dump = drill_dump if edition == 1 else write_dump(tmp_path / f"edition{edition}.json",
                                                              drill_records(TOTAL, edition))
            imports.append(run_huiqi(data_dir, "import", "--jobs", 2, dump))

    commands = reader_commands(tmp_path, sample_records[0]["文章标识符aid"])
    started = time.monotonic()
    with ThreadPoolExecutor(READER_THREADS + 1) as pool:
        writer = pool.submit(import_until_the_readers_are_done)
        while stored_rows(data_dir / "huiqi.db") <= len(sample_records):  # the first import is writing
            assert not writer.done(), writer.exception()
            time.sleep(0.01)
        try:
            reads = list(pool.map(lambda args: run_huiqi(data_dir, *args), commands))
        finally:
            readers_done = True
        writer.result()
    seconds = time.monotonic() - started

    for args, read in zip(commands, reads):
        assert read.returncode == 0, (args, read.stderr)
        assert "Traceback" not in read.stderr and "lock" not in read.stderr.lower(), (args, read.stderr)
    assert [i.returncode for i in imports] == [0] * len(imports), [i.stderr for i in imports]
    assert imports[0].stdout.startswith(f"{TOTAL} new, ")
    assert all(i.stdout.startswith(f"0 new, {TOTAL} updated, ") for i in imports[1:])
    assert integrity(data_dir / "huiqi.db") == "ok"
    doctor = run_huiqi(data_dir, "doctor")
    assert (doctor.returncode, doctor.stdout) == (0, "index matches the store\n")

    figures("concurrent readers", reader_runs=len(reads), failed=0, imports_meanwhile=len(imports),
            seconds=f"{seconds:.0f}", slowest_read_seconds=f"{max(r.seconds for r in reads):.1f}",
            reader_peak_RSS=f"{max(r.peak_rss_mib for r in reads):.0f} MiB",
            import_peak_RSS=f"{max(i.peak_rss_mib for i in imports):.0f} MiB")
