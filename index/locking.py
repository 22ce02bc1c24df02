"""The writers' lock of an index directory: one writer at a time, waiting up to a timeout.

An advisory `flock` on `<index>/write.lock`, held by import, harvest, doctor --repair and reindex while
they write. The operating system releases it when the holder exits, so a killed run leaves no stale
lock. The holder writes who it is into the file, so a writer that gives up can say who is writing.
Searches never take the lock.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.05


class NoticeIndexError(Exception):
    """An index problem the CLI reports in one line."""


class IndexLockedError(NoticeIndexError):
    """Another writer holds the index lock past the timeout."""


def _holder_of(handle) -> str:
    try:
        handle.seek(0)
        info = json.loads(handle.read() or "{}")
    except (OSError, ValueError):
        return "another process"
    if not info:
        return "another process"
    return f"{info.get('operation', 'a writer')} (pid {info.get('pid', '?')}, since {info.get('since', '?')})"


def lock_holder(path: Path) -> str | None:
    """Who holds the lock at `path` now ("huiqi reindex (rebuild) (pid 12, since …)"), or None.
    Asks with a shared lock, released at once: a writer polling for the lock waits one poll more."""
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        return None
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _holder_of(handle)
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return None


@contextmanager
def index_lock(path: Path, timeout: float, operation: str):
    """Hold the lock at `path` for the block; raise IndexLockedError after `timeout` seconds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")
    try:
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(
                        f"the index at {path.parent} is locked by {_holder_of(handle)}; "
                        f"gave up after {timeout:g} s. Try again when it finishes."
                    ) from None
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"operation": operation, "pid": os.getpid(),
                                 "since": datetime.now().isoformat(timespec="seconds")}))
        handle.flush()
        logger.debug("index lock %s taken for %s", path, operation)
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()
