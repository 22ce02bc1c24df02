"""What a harvest shows the analyst (issue 15): a run's status, `huiqi runs` in Beijing time, and a
terminal that gets huiqi's summary while Scrapy's log and tracebacks go to the run's log file."""
from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from spider_site import FAST, PROJECT, FixtureSite

from spiders.harvest import TerminalFilter, TracebackFreeFormatter, run_lines, run_status


# -- run status -------------------------------------------------------------------------------------
def sources(*statuses: str) -> dict[str, dict]:
    return {f"source-{n}": {"status": status} for n, status in enumerate(statuses)}


@pytest.mark.parametrize("statuses, expected", [
    (("ok", "ok"), "ok"),
    (("ok", "partial"), "partial"),
    (("ok", "failed"), "partial"),  # one source stored notices, another failed: not a failed run
    (("partial", "failed"), "partial"),
    (("failed",), "failed"),
    (("failed", "failed"), "failed"),  # nothing could be harvested
])
def test_run_status(statuses, expected):
    assert run_status(sources(*statuses)) == expected


# -- runs in Beijing time ---------------------------------------------------------------------------
def test_run_lines_show_beijing_time():
    run = {"id": 4, "kind": "harvest", "status": "partial", "started_at": "2026-12-02T08:15:00+00:00",
           "finished_at": "2026-12-02T08:16:09+00:00", "per_source": []}
    assert run_lines(run) == ["run 4 harvest partial: 2026-12-02 16:15:00 -> 16:16:09 Beijing time (69s)"]


def test_run_lines_across_midnight_in_beijing_show_both_dates():
    run = {"id": 5, "status": "ok", "started_at": "2026-12-02T15:59:30+00:00",
           "finished_at": "2026-12-02T16:00:30+00:00"}
    assert run_lines(run)[0] == "run 5 harvest ok: 2026-12-02 23:59:30 -> 2026-12-03 00:00:30 Beijing time (60s)"


def test_run_lines_of_an_unfinished_run():
    run = {"id": 6, "status": "running", "started_at": "2026-12-02T22:00:00+00:00", "finished_at": None}
    assert run_lines(run)[0] == "run 6 harvest running: 2026-12-03 06:00:00 -> not finished Beijing time"


def test_runs_json_gives_beijing_time_with_its_offset(cli):
    from datetime import datetime

    from pipeline.store import Store

    cli("import", "--no-index", "-")  # nothing on stdin: creates the store
    store = Store(cli.db_path)
    run_id = store.start_run(["gov-list"])
    store.finish_run(run_id, "partial", {"gov-list": {"status": "partial", "errors": ["x: HTTP 500"]}})
    stored = store.runs(1)[0]
    store.close()
    (shown,) = json.loads(cli("runs", "--json").stdout)
    assert shown["started_at"].endswith("+08:00") and shown["finished_at"].endswith("+08:00")
    assert datetime.fromisoformat(shown["started_at"]) == datetime.fromisoformat(stored["started_at"])
    assert stored["started_at"].endswith("+00:00")  # the store stays UTC
    text = cli("runs").stdout
    assert text.startswith(f"run {run_id} harvest partial: ") and " Beijing time " in text.splitlines()[0]


# -- the terminal during a harvest ------------------------------------------------------------------
def record(name: str, level: int, message: str = "m", exc_info=None) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, None, exc_info)


@pytest.mark.parametrize("verbose, shown", [
    (0, {"pipeline.indexing", "spiders.settings"}),
    (1, {"pipeline.indexing", "spiders.settings", "spiders.base", "spiders.middlewares",
         "scrapy.core.scraper", "twisted"}),
    (2, {"pipeline.indexing", "spiders.settings", "spiders.base", "spiders.middlewares",
         "scrapy.core.scraper", "twisted", "scrapy.core.engine"}),
])
def test_terminal_filter_by_verbosity(verbose, shown):
    records = [record("pipeline.indexing", logging.WARNING), record("spiders.settings", logging.WARNING),
               record("spiders.base", logging.WARNING), record("spiders.middlewares", logging.INFO),
               record("scrapy.core.scraper", logging.ERROR), record("twisted", logging.CRITICAL),
               record("scrapy.core.engine", logging.INFO)]
    log_filter = TerminalFilter(verbose)
    assert {r.name for r in records if log_filter.filter(r)} == shown


def test_console_formatter_drops_tracebacks_but_the_log_file_keeps_them():
    try:
        raise ConnectionRefusedError("Connection was refused by other side")
    except ConnectionRefusedError:
        exc_info = sys.exc_info()
    logged = record("scrapy.core.scraper", logging.ERROR, "Error downloading <GET http://x/>", exc_info)
    console = TracebackFreeFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    assert console.format(logged) == "ERROR scrapy.core.scraper: Error downloading <GET http://x/>"
    assert "Traceback (most recent call last)" in logging.Formatter("%(message)s").format(logged)
    twisted_style = record("twisted", logging.CRITICAL, "Unhandled error in Deferred:\nTraceback (most recent "
                                                        "call last):\n  File \"x.py\", line 1\nError: boom")
    assert console.format(twisted_style) == "CRITICAL twisted: Unhandled error in Deferred:"


def closed_port() -> int:
    """A local port nothing listens on (connections to it are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_harvest_with_a_refused_connection_prints_the_summary_only(tmp_path):
    site = FixtureSite().start()
    try:
        port = closed_port()
        sources = tmp_path / "sources.toml"
        sources.write_text(f"""
[[source]]
name = "gov-list"
type = "list"
url = "{site.base}/list/index.html"
link_selector = "ul.list li a"
content_selector = "div.article"
max_pages = 1

[[source]]
name = "dead"
type = "list"
url = "http://127.0.0.1:{port}/list.html"
link_selector = "a"
""", encoding="utf-8")
        data_dir = tmp_path / "data"
        env = {**os.environ, **FAST, "CI": "1"}
        env.pop("HUIQI_DATA", None)
        proc = subprocess.run([sys.executable, "cli.py", "--data-dir", str(data_dir), "harvest", "--sources",
                               str(sources), "--max-items", "1", "--no-index"],
                              cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120)
    finally:
        site.stop()
    assert proc.returncode == 1  # a source failed entirely
    assert proc.stderr == ""  # no Scrapy log, no traceback
    lines = proc.stdout.splitlines()
    # a line per source, each error of a source under it (gov-list's one refused link), then the run
    assert lines[0].startswith("gov-list: ok, cut at --max-items 1, 1 refused, 2 pages, 1 new")
    assert lines[1].startswith("  ") and "refused" in lines[1]
    assert lines[2].startswith("dead: failed, 0 pages")
    assert lines[3] == f"  http://127.0.0.1:{port}/list.html: connection refused"
    assert lines[4] == "failed entirely: dead"
    assert lines[5].startswith("run 1 partial; log: ")
    assert len(lines) == 6
    log = Path(lines[5].split("log: ", 1)[1]).read_text("utf-8")
    assert "ERROR [scrapy." in log and "Traceback (most recent call last)" in log  # all kept in the log file
    shown = CliRunner().invoke(__import__("cli").main, ["--data-dir", str(data_dir), "runs"],
                               catch_exceptions=False).stdout
    assert shown.startswith("run 1 harvest partial: ")
