"""A first big import returns once the notices are stored and builds the index in a background process
(pipeline.indexing.IndexSync.build_in_background); `stats` and `search` say who is writing the index
until it is done, and a killed build leaves the notices waiting for the next catch-up."""
from __future__ import annotations

import json
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import wechat_record
from test_drill import run_huiqi

from index.locking import index_lock, lock_holder
from pipeline.indexing import BACKGROUND_HOLDER, BUILD_WHOLE_FROM

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="waits for the background process by its pid")

RECORDS = BUILD_WHOLE_FROM  # the fewest notices whose first import builds the index whole


@pytest.fixture(scope="module")
def dump(tmp_path_factory) -> Path:
    records = [wechat_record(n, finalContent=f"第{n}号通知。南京市中小企业请于2025年10月{n % 28 + 1}日前提交专项资金"
                                             f"申报材料。联系电话：025-8339{n % 10000:04d}")
               for n in range(RECORDS)]
    path = tmp_path_factory.mktemp("dump") / "dump.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path


def builder_pid(stderr: str) -> int:
    found = re.search(r"background process \(pid (\d+)\)", stderr)
    assert found, stderr
    return int(found[1])


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


def wait_until_gone(pid: int, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while alive(pid):
        assert time.monotonic() < deadline, f"the background build (pid {pid}) did not end"
        time.sleep(0.1)


def test_a_first_big_import_is_searchable_once_its_background_build_ends(tmp_path, dump):
    data_dir = tmp_path / "data"
    imported = run_huiqi(data_dir, "import", "--jobs", 2, dump)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == f"{RECORDS} new, 0 updated, 0 unchanged, 0 duplicate, 0 rejected\n"
    pid = builder_pid(imported.stderr)
    assert "background-build.log" in imported.stderr
    # the import returned once the build held the index lock: until it ends, the notices are waiting
    # and the commands that read the index say who is writing it
    stats = run_huiqi(data_dir, "stats", "--json")
    figures = json.loads(stats.stdout)
    if alive(pid) and figures["unindexed"]:  # (a fast machine may be done by now)
        assert f"pid {pid}" in figures["index_builder"]
        search = run_huiqi(data_dir, "search", "专项资金", "--json", "--limit", 1)
        if search.returncode == 0 and "waiting for the index" not in search.stderr:
            # the build ended before the search opened the index (it takes a second): it found every notice
            assert json.loads(search.stdout)["total"] == RECORDS, search.stderr
        else:
            assert f"pid {pid}" in search.stderr, search.stderr
    wait_until_gone(pid)

    assert run_huiqi(data_dir, "doctor").stdout == "index matches the store\n"
    listed = json.loads(run_huiqi(data_dir, "search", "专项资金", "--json", "--limit", 1).stdout)
    assert listed["total"] == RECORDS
    assert "0 notices waiting for the index" in (data_dir / "index" / "background-build.log").read_text()
    assert json.loads(run_huiqi(data_dir, "stats", "--json").stdout)["index_builder"] is None


def test_wait_for_index_builds_it_before_returning(tmp_path, dump):
    data_dir = tmp_path / "data"
    imported = run_huiqi(data_dir, "import", "--jobs", 2, "--wait-for-index", dump)
    assert imported.returncode == 0, imported.stderr
    assert "background" not in imported.stderr
    assert run_huiqi(data_dir, "doctor").stdout == "index matches the store\n"


def test_a_killed_background_build_leaves_the_notices_waiting_and_repair_catches_up(tmp_path, dump):
    data_dir = tmp_path / "data"
    imported = run_huiqi(data_dir, "import", "--jobs", 2, dump)
    pid = builder_pid(imported.stderr)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pytest.skip("the background build ended before it could be killed")
    wait_until_gone(pid)
    stats = json.loads(run_huiqi(data_dir, "stats", "--json").stdout)
    if stats["unindexed"] == 0:
        pytest.skip("the background build swapped its index in before it was killed")
    assert stats["unindexed"] == RECORDS and stats["index_builder"] is None
    assert "run `huiqi reindex`" in run_huiqi(data_dir, "search", "专项资金").stderr  # no index was swapped in
    assert run_huiqi(data_dir, "doctor", "--repair").returncode == 0
    assert run_huiqi(data_dir, "doctor").stdout == "index matches the store\n"


def test_a_build_that_cannot_start_is_reported_as_a_problem_of_the_import(tmp_path, dump, monkeypatch):
    import pipeline.indexing
    from pipeline.indexing import IndexSync
    from pipeline.ingest import import_files
    from pipeline.store import Store

    monkeypatch.setattr(pipeline.indexing, "_builder_command", lambda *_: [sys.executable, "-c", "raise SystemExit(3)"])
    store = Store(tmp_path / "huiqi.db")
    summary = import_files([str(dump)], store, index=IndexSync(store, tmp_path / "index"), workers=2,
                           index_in_background=True)
    assert summary.counts["new"] == RECORDS and summary.index_build is None
    assert [p.message for p in summary.problems] == [
        f"the background index build stopped at once (exit code 3; log: {tmp_path / 'index' / 'background-build.log'}); "
        "the notices are stored, `huiqi reindex` builds the index"]
    assert len(store.unindexed_ids()) == RECORDS


def test_search_and_stats_name_the_writer_the_missing_notices_wait_for(tmp_path):
    data_dir = tmp_path / "data"
    dump = tmp_path / "one.json"
    dump.write_text(json.dumps([wechat_record(1, finalContent="南京市专项资金申报通知。")], ensure_ascii=False), "utf-8")
    assert run_huiqi(data_dir, "import", dump).returncode == 0
    second = tmp_path / "two.json"
    second.write_text(json.dumps([wechat_record(2, finalContent="苏州市专项资金申报通知。")], ensure_ascii=False), "utf-8")
    assert run_huiqi(data_dir, "import", "--no-index", second).returncode == 0
    assert "doctor --repair" in run_huiqi(data_dir, "search", "专项资金").stderr  # nobody is writing the index
    with index_lock(data_dir / "index" / "write.lock", 5, BACKGROUND_HOLDER):
        search = run_huiqi(data_dir, "search", "专项资金")
        stats = run_huiqi(data_dir, "stats")
    assert "1 stored notices are waiting for the index, which huiqi import, in the background (pid" in search.stderr
    assert "doctor --repair" not in search.stderr
    assert "waiting for the index: 1 (being written by huiqi import, in the background (pid" in stats.stdout


def test_lock_holder_names_the_writer_only_while_it_writes(tmp_path):
    lock = tmp_path / "write.lock"
    assert lock_holder(lock) is None  # no file yet
    taken, release = threading.Event(), threading.Event()

    def writer() -> None:
        with index_lock(lock, timeout=5, operation="huiqi reindex"):
            taken.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert taken.wait(10)
        assert lock_holder(lock).startswith(f"huiqi reindex (pid {os.getpid()}, since ")
    finally:
        release.set()
        thread.join()
    assert lock_holder(lock) is None
