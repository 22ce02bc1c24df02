"""What both index engines share (index/notice_index.py: Whoosh, index/tantivy_index.py: tantivy).

`IndexBase` holds the directory of generations (index/storage.py), its writers' lock, the lifetime of
the searcher kept between searches, one-commit writes through the engine's write session, and the drift
check of `huiqi doctor`. An engine supplies `write_session`, `indexed_hashes`, `_drop_searcher`,
`_outdated(meta)` (why a generation must be rebuilt, or None) and its search.
"""
from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from index import storage
from index.analysis import ANALYZER_VERSION
from index.highlight import hit_highlights
from index.synonyms import synonyms_fingerprint
from index.locking import NoticeIndexError, index_lock
from index.results import Drift
from index.schema import IndexDoc, as_index_doc

logger = logging.getLogger(__name__)

DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a writer waits for another one
SORTS = ("relevance", "deadline", "published")
READ_RETRIES = 5  # a commit may remove files between a reader's listing and its opening them


class IndexMissingError(NoticeIndexError):
    """No index has been built in the directory yet."""


class IndexUnreadableError(NoticeIndexError):
    """The current generation cannot be read: files lost or cut short (a full disk, a crash)."""


class IndexBase:
    """The index in `directory`. `holder` names the writing command in the lock ("huiqi harvest"), so
    another writer that times out can say who holds it. `words(ids)` gives {id: (title words, text
    words)} as segmented at import (Store.tokens_of): snippets are then marked without running jieba."""

    engine = ""

    def __init__(self, directory: str | Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT, holder: str | None = None,
                 words: Callable[[list[str]], dict] | None = None):
        self.directory = Path(directory)
        self.lock_timeout = lock_timeout
        self.holder = holder
        self._words = words
        self._search_lock = threading.RLock()  # serialises searches on one instance

    def close(self) -> None:
        """Release the searcher kept open between searches (the next search opens a new one)."""
        with self._search_lock:
            self._drop_searcher()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _drop_searcher(self) -> None:
        raise NotImplementedError

    # -- state --------------------------------------------------------------------------------
    def exists(self) -> bool:
        return storage.current_generation(self.directory) is not None

    def _lock(self, operation: str):
        label = f"{self.holder} ({operation})" if self.holder else operation
        return index_lock(self.directory / storage.LOCK_FILE, self.lock_timeout, label)

    def _missing(self) -> IndexMissingError:
        return IndexMissingError(f"no index in {self.directory}: run `huiqi reindex` to build it")

    def _unreadable(self, exc: Exception) -> IndexUnreadableError:
        logger.debug("reading the index failed", exc_info=exc)
        return IndexUnreadableError(f"the index at {self.directory} cannot be read ({type(exc).__name__}: {exc}); "
                                    "run `huiqi doctor --repair` to rebuild it from the store")

    def _highlights(self, shown: list[tuple[str, str, str, str]], terms) -> list[list]:
        """Highlights of each shown (id, title, text as indexed, title as written), from the words stored at
        import where the caller gave them (`words`). A title indexed in simplified characters (a page written
        in traditional ones) is shown as written, its matched words marked at the same places."""
        words = self._words([notice_id for notice_id, *_ in shown]) if self._words and shown else {}
        marked = []
        for notice_id, title, text, written_title in shown:
            hit = hit_highlights(title, text, terms, words.get(notice_id))
            if hit and hit[0].field == "title" and title != written_title and len(title) == len(written_title):
                hit[0] = dataclasses.replace(hit[0], text=written_title)
            marked.append(hit)
        return marked

    # -- writing ------------------------------------------------------------------------------
    def write_session(self, operation: str = "update"):
        raise NotImplementedError

    def _commit(self, operation: str, docs: Iterable = (), delete_ids: Iterable[str] = (),
                known_new: Collection[str] = ()) -> dict[str, str]:
        """Delete, then add or replace, in one writer commit. Returns id -> content_hash indexed.
        Ids in `known_new` are added without looking for an earlier version (see `update`)."""
        session = self.write_session(operation)
        try:
            session.delete(delete_ids)
            session.add(docs, known_new)
        except BaseException:
            session.cancel()
            raise
        indexed = session.commit()
        logger.info("index %s: %s committed (%d documents)", self.directory, operation, len(indexed))
        return indexed

    def update(self, docs: Iterable, known_new: Collection[str] = ()) -> dict[str, str]:
        """Add or replace notices (new and changed ones) in one commit. `docs` are IndexDocs,
        (notice, title_tokens, text_tokens) tuples or SavedNotices. Returns id -> content_hash of the
        documents indexed, for the store to record; a notice whose tokens do not spell its title and
        text is logged and skipped.

        Replacing means looking the id up in the index; `known_new` names ids the caller knows the index
        cannot hold, and they are simply added. Naming an id the index does hold would leave it there twice."""
        return self._commit("update", docs=docs, known_new=frozenset(known_new))

    def delete(self, ids: Iterable[str]) -> int:
        """Remove notices by id in one commit; returns how many ids were asked for."""
        ids = list(ids)
        if ids:
            self._commit("delete", delete_ids=ids)
        return len(ids)

    def repair(self, drift: Drift, load_docs: Callable[[list[str]], Iterable[IndexDoc]]) -> dict[str, str]:
        """Fix `drift` in one commit: delete extra ids, (re)index missing and stale ones, whose
        documents `load_docs(ids)` gives (e.g. store.iter_saved). An outdated index needs `rebuild`."""
        todo = drift.missing + drift.stale
        if not todo and not drift.extra:
            return {}
        return self._commit("doctor --repair", docs=load_docs(todo) if todo else (), delete_ids=drift.extra)

    # -- drift --------------------------------------------------------------------------------
    def indexed_hashes(self) -> dict[str, str]:
        raise NotImplementedError

    def diff_against(self, store_hashes: dict[str, str]) -> Drift:
        """What differs from the store's id -> content_hash (Store.content_hashes)."""
        if not self.exists():
            return Drift(missing=sorted(store_hashes), outdated=f"no index in {self.directory}")
        try:
            indexed = self.indexed_hashes()
        except IndexUnreadableError as exc:  # rebuilt by `huiqi doctor --repair`, like an outdated index
            return Drift(missing=sorted(store_hashes), outdated=str(exc))
        drift = Drift(
            missing=sorted(set(store_hashes) - set(indexed)),
            extra=sorted(set(indexed) - set(store_hashes)),
            stale=sorted(i for i in set(store_hashes) & set(indexed) if store_hashes[i] != indexed[i]),
        )
        drift.outdated = self.outdated()
        return drift

    def outdated(self) -> str | None:
        """Why the current generation must be rebuilt by this huiqi (its analysis, synonyms or engine
        format changed), or None. Cheap: reads the generation's meta only."""
        generation = storage.current_generation(self.directory)
        if generation is None:
            return None
        meta = storage.read_meta(generation)
        if meta.get("analyzer_version") != ANALYZER_VERSION:
            return (f"index built with analyzer version {meta.get('analyzer_version')}, this huiqi uses "
                    f"{ANALYZER_VERSION}: run `huiqi reindex`")
        if meta.get("synonyms") != synonyms_fingerprint():
            return "the synonym table changed since the index was built: run `huiqi reindex`"
        return self._outdated(meta)

    def _outdated(self, meta: dict) -> str | None:
        """Why a generation with this meta must be rebuilt by this engine, or None."""
        return None


def rebuild_generation(directory: str | Path, build: Callable[[Path], int], lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
                       holder: str | None = None) -> int:
    """Build a new generation beside the current one with `build(generation)` (which returns the
    documents it indexed) and swap it in atomically; the old one keeps serving searches until the
    swap. Holds the writers' lock throughout, so no update is lost; a failed build leaves nothing."""
    root = Path(directory)
    with index_lock(root / storage.LOCK_FILE, lock_timeout, f"{holder} (rebuild)" if holder else "rebuild"):
        previous = storage.current_generation(root)
        generation = storage.new_generation(root)
        try:
            count = build(generation)
        except BaseException:
            storage.discard_generation(generation)
            raise
        storage.make_current(root, generation)
        storage.prune_generations(root, keep=[generation] + ([previous] if previous else []))
    return count


def unique_docs(docs: Iterable) -> Iterator[IndexDoc]:
    """`docs` as IndexDocs, each id once: ids are unique in the store; a rebuild guards all the same."""
    seen: set[str] = set()
    for doc in map(as_index_doc, docs):
        if doc.notice.id in seen:
            logger.warning("not indexing %s twice in one rebuild", doc.notice.id)
            continue
        seen.add(doc.notice.id)
        yield doc


def analysis_meta() -> dict:
    """What a generation's terms depend on, recorded in its meta.json by either engine."""
    from pipeline.segment import SEGMENTER_VERSION

    return {"analyzer_version": ANALYZER_VERSION, "segmenter_version": SEGMENTER_VERSION,
            "synonyms": synonyms_fingerprint()}


def check_page(sort: str, limit: int, page: int) -> None:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}: expected one of {', '.join(SORTS)}")
    if limit < 1 or page < 1:
        raise ValueError("limit and page must be at least 1")


def kind_label(value: str | None) -> str:
    return value or "unclassified"


def region_label(code: str | None) -> str:
    if not code:
        return "no region"
    from pipeline import gazetteer

    region = gazetteer.by_code(code)
    return region.name if region else code
