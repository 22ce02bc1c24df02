"""pipeline.analysis: segmentation and extraction in worker processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace

import pytest

from pipeline.analysis import CHUNK, Analysed, AnalysisPool, analyse
from pipeline.records import RawRecord, build_notice


def notices(count: int):
    return [build_notice(RawRecord(title=f"关于第{n}批专项资金申报的通知", url=f"https://a.gov.cn/{n}",
                                   content=f"南京市中小企业请于2025年10月{n % 28 + 1}日前提交申报材料。联系电话：025-83390549"))
            for n in range(count)]


def run(pool: AnalysisPool, items) -> list:
    done = []
    for tag, notice in enumerate(items):
        done.extend(pool.submit(notice, tag))
    done.extend(pool.finish())
    pool.close()
    return done


def test_results_come_back_in_order_and_equal_those_made_here():
    given = notices(CHUNK * 2 + 5)
    done = run(AnalysisPool(2), [replace(n) for n in given])
    assert [tag for tag, _ in done] == list(range(len(given)))
    for (_tag, result), notice in zip(done, given):
        here = analyse(notice)
        assert isinstance(result, Analysed)
        assert result.text_tokens == here.text_tokens and result.title_tokens == here.title_tokens
        assert result.notice.deadlines == here.notice.deadlines and result.notice.deadlines
        assert result.notice.phones == here.notice.phones


def test_a_failing_notice_comes_back_as_its_error_and_the_others_are_analysed():
    given = notices(3)
    given[1] = replace(given[1], text=12345)  # not text: segmentation fails in the worker
    done = run(AnalysisPool(2), given)
    assert isinstance(done[0][1], Analysed) and isinstance(done[2][1], Analysed)
    assert isinstance(done[1][1], str) and done[1][1].startswith(("TypeError", "AttributeError"))


def test_work_of_killed_workers_is_done_here():
    pool = AnalysisPool(2)
    given = notices(CHUNK * 3)
    done = [item for tag, notice in enumerate(given) for item in pool.submit(notice, tag)]
    # what an out-of-memory kill does to the workers (ProcessPoolExecutor keeps them in _processes)
    for process in list(pool._executor._processes.values()):
        process.kill()
    done.extend(pool.finish())
    pool.close()
    assert [tag for tag, _ in done] == list(range(len(given)))
    assert all(isinstance(result, Analysed) for _tag, result in done)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as status:
            return "\nState:\tZ" not in status.read()  # a zombie has ended; nobody may reap it here
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to see the workers")
def test_workers_end_when_the_importing_process_is_killed(repo_root):
    script = textwrap.dedent("""
        import sys, time
        from pipeline.analysis import AnalysisPool
        from pipeline.records import RawRecord, build_notice
        if __name__ == "__main__":
            pool = AnalysisPool(2)
            notice = build_notice(RawRecord(title="通知", content="正文", url="https://a.gov.cn/1"))
            pool.submit(notice, 0)
            pool.finish()  # the workers are up
            print(*pool._executor._processes, flush=True)
            time.sleep(60)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=repo_root, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(repo_root)})
    try:
        workers = [int(pid) for pid in process.stdout.readline().split()]
        assert workers and all(_alive(pid) for pid in workers)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers)
    finally:
        if process.poll() is None:
            process.kill()
