"""Keeping the Whoosh index in step with the store (the store is the source of truth).

The store's `indexed_hash` column says which content hash the index last saw for each notice, so
an import killed between its store commit and its index commit is repaired by the next run's
`catch_up`. Saved notices go straight to an open index writer (index.IndexWriteSession), committed
every INDEX_BATCH notices; the store records them as indexed only then. An empty index that many
notices wait for (a big first import, a killed one) is instead built whole from the store, in parallel.
Stored tokens are reused: indexing never re-segments. `huiqi import` hands that whole build to a
background process (`build_in_background`), so the import is done once the notices are stored.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.progress import Progress
from pipeline.store import SavedNotice, Store

logger = logging.getLogger(__name__)


# Notices indexed per Whoosh commit. Each commit makes a segment and every segment slows later searches
# a little, so commits are big; notices go to the open writer as they are saved (Whoosh buffers them
# within index.notice_index.WRITER_MEMORY_MB), so a big commit holds no notices here. Measured at 10k
# notices: 2,500 imported 92 notices/s, 5,000 (whose postings overflow the buffer) 57, 1,000 63.
INDEX_BATCH = 2500
CATCH_UP_READ = 500  # stored notices read at a time to catch the index up
# An empty index that must take at least this many notices is built whole (`rebuild`: in parallel,
# into the fewest segments, no merges) rather than through the writer a few thousand at a time.
# Measured at 10k notices: stored first then built whole, 54 + 39 s; written as they were stored, 98 s.
BUILD_WHOLE_FROM = 2000
BUILD_LOG = "background-build.log"  # in the index directory: the last background build's log
BACKGROUND_HOLDER = "huiqi import, in the background"
BACKGROUND_PASSES = 3
BUILDER_START_WAIT = 30.0  # seconds for the background process to start and take the index lock


@dataclass
class BackgroundBuild:
    """An index build running in its own process (see IndexSync.build_in_background)."""

    process: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def exit_code(self) -> int | None:
        """None while it runs."""
        return self.process.poll()

    @property
    def running(self) -> bool:
        return self.exit_code is None

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the build to end; its exit code (0: the index holds every stored notice)."""
        return self.process.wait(timeout)


class IndexSync:
    def __init__(self, store: Store, index_dir: Path, holder: str = "huiqi", batch_size: int = INDEX_BATCH):
        self.store = store
        self.index_dir = Path(index_dir)
        self.holder = holder  # named in "index is locked by …" messages
        self.batch_size = batch_size
        self._session = None  # the index writer notices were added to since the last commit
        self._locked_out = False  # another writer held the lock past the timeout: stop waiting for it
        self._index_matches_store: bool | None = None  # see _may_add_without_lookup
        self._index = None
        # told what is indexed, waiting in the writer and being committed (import_files sets it)
        self.progress = Progress()
        self._committed = 0  # notices committed to the index by this IndexSync

    @property
    def index(self):
        if self._index is None:
            from index import open_index

            self._index = open_index(self.index_dir, holder=self.holder)  # the engine that built it
        return self._index

    def add(self, saved: list[SavedNotice], new_ids: Iterable[str] = ()) -> None:
        """Index freshly saved notices; they are committed once `batch_size` are waiting (or at
        flush). `new_ids` are those the store saved as new (not updates of a notice it held)."""
        if not saved or self._open_session() is None:
            return  # locked out: the store keeps them marked as waiting for the index
        new_ids = set(new_ids)
        known_new = new_ids if new_ids and self._may_add_without_lookup() else ()
        self._session.add(((s.notice, s.title_tokens, s.text_tokens) for s in saved), known_new)
        self.progress.indexing(self._committed, len(self._session))
        if len(self._session) >= self.batch_size:
            self.flush()

    def _open_session(self):
        if self._session is None and not self._locked_out:
            from index import IndexLockedError

            try:
                self._session = self.index.write_session("update")
            except IndexLockedError as exc:
                logger.warning("%s; the store is updated and the next import, harvest or reindex catches up", exc)
                self._locked_out = True
        return self._session

    def _may_add_without_lookup(self) -> bool:
        """Whether notices new to the store can be added to the index without the per-segment lookup
        a replacement costs. Only when the index holds no more documents than the store records as
        indexed: an index left from an earlier database, or a run killed between the index commit
        and the store's record of it, may hold a "new" notice already. Checked once per run; it stays
        true, as every commit adds as many documents as the store then records."""
        if self._index_matches_store is None:
            held = self.index.doc_count() if self.index.exists() else 0
            self._index_matches_store = held <= self.store.indexed_count()
        return self._index_matches_store

    def flush(self) -> bool:
        """Commit the notices added so far and record what the index now holds.

        Returns False when another writer held the index lock past the timeout: the notices are
        safely stored and stay marked as waiting, so the next import, harvest or reindex catches up.
        """
        session, self._session = self._session, None
        if session is not None:
            self.progress.indexing(self._committed, len(session), committing=True)
            committed = session.commit()
            self.store.mark_indexed(committed)  # only what the index really took
            self._committed += len(committed)
            self.progress.indexing(self._committed, 0)
        return not self._locked_out

    def abandon(self) -> None:
        """Drop index work not yet committed (the import is failing); the store keeps those notices
        marked as waiting, so the next run catches up."""
        session, self._session = self._session, None
        if session is not None:
            session.cancel()

    @property
    def locked_out(self) -> bool:
        """Whether another writer held the index lock past the timeout (the notices stay waiting)."""
        return self._locked_out

    def is_empty(self) -> bool:
        return not self.index.exists() or self.index.doc_count() == 0

    def catch_up(self) -> int:
        """Index every notice the store says the index lacks or holds stale; returns how many."""
        self.flush()
        self._locked_out = False  # try the lock again: the other writer may be done by now
        pending = self.store.unindexed_ids()
        if self._builds_whole(pending):
            return self._build_whole()
        for start in range(0, len(pending), CATCH_UP_READ):
            self.add(list(self.store.iter_saved(pending[start:start + CATCH_UP_READ])))
            if self._locked_out:
                return start  # locked: waiting once is enough, the rest stays queued in the store
        self.flush()
        if pending:
            logger.info("indexed %d notices the index was missing", len(pending))
        return len(pending)

    def _builds_whole(self, pending: list[str]) -> bool:
        return len(pending) >= BUILD_WHOLE_FROM and self.is_empty()

    def needs_whole_build(self) -> bool:
        """Whether catching up means building the empty index whole (many notices waiting for it)."""
        return self._builds_whole(self.store.unindexed_ids())

    def build_in_background(self) -> BackgroundBuild:
        """Catch the index up with the store in a new process that outlives this one (its own session:
        Ctrl-C here does not stop it), logging to BUILD_LOG in the index directory. Until it is done,
        `huiqi stats` and `huiqi search` say the notices are waiting and who is building the index; a
        killed build leaves them waiting, and the next import, harvest or reindex catches up."""
        self.flush()
        self.index_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.index_dir / BUILD_LOG
        code_root = str(Path(__file__).resolve().parents[1])  # where the `pipeline` package is
        env = {**os.environ,
               "PYTHONPATH": os.pathsep.join(filter(None, [code_root, os.environ.get("PYTHONPATH")]))}
        with open(log_path, "wb") as log:
            process = subprocess.Popen(_builder_command(self.store.path, self.index_dir), stdin=subprocess.DEVNULL,
                                       stdout=log, stderr=log, env=env, start_new_session=True)
        # return once it holds the index lock, so that a search or `stats` run next already names it
        started = time.monotonic()
        while (self.builder() is None and process.poll() is None
               and time.monotonic() - started < BUILDER_START_WAIT):
            time.sleep(0.05)
        logger.info("building the index in the background: pid %d, log %s", process.pid, log_path)
        return BackgroundBuild(process, log_path)

    def builder(self) -> str | None:
        """Who is writing the index now ("huiqi import, in the background (rebuild) (pid …, since …)"), or None."""
        from index.locking import lock_holder
        from index.storage import LOCK_FILE

        return lock_holder(self.index_dir / LOCK_FILE)

    def _build_whole(self) -> int:
        """Build the empty index from the store. Locked by another writer, the notices stay waiting in
        the store and the next import, harvest or reindex catches up (a failed build raises, and
        leaves them waiting too)."""
        from index import IndexLockedError

        try:
            count = self.rebuild()
        except IndexLockedError as exc:
            logger.warning("%s; the store is updated and the next import, harvest or reindex catches up", exc)
            self._locked_out = True
            return 0
        self.progress.indexing(count, 0)
        logger.info("index built from the store: %d notices", count)
        return count

    def rebuild(self, engine: str | None = None) -> int:
        """Build a fresh index from the store in a new directory and swap it in atomically, with
        `engine` ("whoosh", "tantivy"; default: the index's own, see index.engine)."""
        from index import rebuild_index

        count = rebuild_index(self.index_dir, self._counted(self.store.iter_saved()), engine=engine,
                              holder=self.holder)
        if self._index is not None:
            self._index.close()  # its searcher reads the old generation
            self._index = None
        self.store.clear_indexed()
        self.store.mark_indexed(self.index.indexed_hashes())  # what the new index really holds
        return count

    def _counted(self, saved: Iterable[SavedNotice]) -> Iterable[SavedNotice]:
        """`saved`, telling the progress display how many the rebuild has taken (waiting in its
        writers until the commit that follows)."""
        count = 0
        for count, item in enumerate(saved, 1):
            if count % CATCH_UP_READ == 0:
                self.progress.indexing(0, count)
            yield item
        self.progress.indexing(0, count, committing=True)

    def missing_count(self) -> int:
        """How many stored notices the index lacks, from two counts (cheap enough to check beside
        every search). A first import killed before its index commit leaves them all out."""
        held = self.index.doc_count() if self.index.exists() else 0
        return max(0, self.store.count() - held)

    def doctor(self, repair: bool = False):
        """Compare the index with the store; with `repair`, fix the drift. Returns the drift found."""
        drift = self.index.diff_against(self.store.content_hashes())
        if repair and not drift.clean:
            if drift.outdated or len(drift.missing) >= BUILD_WHOLE_FROM and self.is_empty():
                self.rebuild()  # (an empty index after a killed bulk import is built whole, in parallel)
            else:
                self.store.mark_indexed(self.index.repair(drift, self.store.iter_saved))
        return drift


def being_written(builder: str) -> str:
    """What a search answers while the index it needs is being written (IndexSync.builder)."""
    return f"the index is being written by {builder}; search again when it is done"


def _builder_command(db_path: Path, index_dir: Path) -> list[str]:
    return [sys.executable, "-c", "from pipeline.indexing import catch_up_main; catch_up_main()",
            str(db_path), str(index_dir)]


def catch_up_main() -> None:
    """The background build's process: argv holds the store's path and the index directory. Passes
    again for notices stored while a pass ran (a few passes at most: a notice that cannot be indexed
    stays waiting); exits 1 on failure, the notices then waiting for the next catch-up."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db_path, index_dir = sys.argv[1:3]
    store = Store(db_path)
    sync = IndexSync(store, Path(index_dir), holder=BACKGROUND_HOLDER)
    try:
        for _ in range(BACKGROUND_PASSES):
            if not sync.catch_up() or sync.locked_out:
                break
        waiting = len(store.unindexed_ids())
    except Exception:  # noqa: BLE001 - the log is the only place a detached process reports to
        logger.exception("the background index build failed; the notices stay waiting for the index")
        sys.exit(1)
    finally:
        store.close()
    logger.info("background index build done; %d notices waiting for the index%s", waiting,
                " (another writer held it)" if sync.locked_out else "")
