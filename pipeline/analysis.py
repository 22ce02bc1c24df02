"""Segmenting and extracting notices: in this process, or in worker processes for big imports.

Both are CPU work on one notice that never touches the store, so a big import hands them to a pool of
worker processes while this process reads records, saves batches and updates the index. Results come
back in the order the notices were given, so batches, outcomes and problems are those of a serial run.
"""
from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple

from pipeline.notice import Notice

logger = logging.getLogger(__name__)

CHUNK = 32  # notices per task: enough to make the cost of sending them to a worker small
CHUNKS_IN_FLIGHT_PER_WORKER = 2  # bounds memory while keeping every worker busy


class Analysed(NamedTuple):
    notice: Notice  # with its extracted values filled in
    title_tokens: list[str]
    text_tokens: list[str]


def analyse(notice: Notice) -> Analysed | str:
    """Segment the notice once and run the extractors on the tokens. Returns the error as text when
    an extractor fails, so one odd notice never stops an import."""
    from pipeline.extract import extract_notice

    try:
        title_tokens, text_tokens = segment_notice(notice)
        extract_notice(notice, text_tokens)
    except Exception as exc:
        logger.warning("extraction failed for %s: %s", notice.provenance or notice.id, exc)
        logger.debug("traceback", exc_info=True)
        return f"{type(exc).__name__}: {exc}"
    return Analysed(notice, title_tokens, text_tokens)


def segment_notice(notice: Notice) -> tuple[list[str], list[str]]:
    """The words of the notice's title and text, for extraction and the index: those of its searchable
    texts (without a converter's pinyin, in simplified characters for a page written in traditional ones)."""
    from pipeline.extract import searchable_texts
    from pipeline.segment import segment

    title, text = searchable_texts(notice)
    return segment(title), segment(text)


def _analyse_chunk(notices: list[Notice]) -> list[Analysed | str]:
    return [analyse(notice) for notice in notices]


def _exit_with_parent() -> None:
    """Worker initializer: end the worker when the importing process dies (a kill -9, say). A worker
    holds both ends of its task pipe, so it would otherwise wait for work forever."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class AnalysisPool:
    """`workers` processes analysing notices, CHUNK at a time.

    `submit(notice, tag)` queues a notice and returns the (tag, result) pairs finished so far, in
    submission order; `finish()` waits for the rest. If a worker dies (killed for memory, say), its
    chunk is analysed here and so is everything after it: the import goes on, only slower.
    """

    def __init__(self, workers: int):
        # spawn, not fork: the parent holds SQLite connections and may run a progress thread, and
        # neither survives a fork safely. Each worker loads jieba once, on its first chunk.
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_exit_with_parent)
        self._max_in_flight = workers * CHUNKS_IN_FLIGHT_PER_WORKER
        self._chunk: list[tuple[Notice, Any]] = []
        self._in_flight: deque[tuple[Future | None, list[tuple[Notice, Any]]]] = deque()

    def submit(self, notice: Notice, tag: Any) -> list[tuple[Any, Analysed | str]]:
        self._chunk.append((notice, tag))
        if len(self._chunk) < CHUNK:
            return []
        self._send()
        done = []
        while len(self._in_flight) > self._max_in_flight or (self._in_flight and self._head_done()):
            done.extend(self._receive())
        return done

    def finish(self) -> list[tuple[Any, Analysed | str]]:
        self._send()
        done = []
        while self._in_flight:
            done.extend(self._receive())
        return done

    def close(self, cancel: bool = False) -> None:
        """Stop the workers; with `cancel`, drop the work not yet done (the run is being abandoned)."""
        if self._executor is not None:
            self._executor.shutdown(wait=not cancel, cancel_futures=cancel)
            self._executor = None
        if cancel:
            self._chunk.clear()
            self._in_flight.clear()

    def _send(self) -> None:
        if not self._chunk:
            return
        chunk, self._chunk = self._chunk, []
        future = None
        if self._executor is not None:
            try:
                future = self._executor.submit(_analyse_chunk, [notice for notice, _tag in chunk])
            except Exception as exc:  # broken pool, shut down, or a replacement worker that cannot start
                self._give_up_workers(exc)
        self._in_flight.append((future, chunk))

    def _head_done(self) -> bool:
        future = self._in_flight[0][0]
        return future is None or future.done()

    def _receive(self) -> list[tuple[Any, Analysed | str]]:
        future, chunk = self._in_flight.popleft()
        results = None
        if future is not None:
            try:
                results = future.result()
            except (BrokenProcessPool, CancelledError, OSError) as exc:  # cancelled: another chunk failed
                self._give_up_workers(exc)
        if results is None:  # no workers (any more): analyse the chunk here
            results = [analyse(notice) for notice, _tag in chunk]
        return [(tag, result) for (_notice, tag), result in zip(chunk, results)]

    def _give_up_workers(self, exc: BaseException) -> None:
        if self._executor is not None:
            logger.warning("a worker process failed (%s); analysing the rest of the import in this process", exc)
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
