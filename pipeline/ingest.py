"""The one path every notice takes: normalise → segment once → extract → store → index.

Importers and spiders hand `RawRecord`s to an `Ingestor`. Records are checked against the store
before any work: an unchanged notice costs one indexed lookup, not a segmentation. Work is saved in
batches, each one store transaction, whose notices then go to the index's open writer (committed every
few thousand notices, see pipeline/indexing.py), so a killed run loses at most one store batch and the
next run picks up where it stopped (the index catches up from the store's `indexed_hash` bookkeeping).
"""
from __future__ import annotations

import logging
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.analysis import Analysed, AnalysisPool, analyse, segment_notice
from pipeline.extract import EXTRACTOR_VERSION, extract_notice, searchable_texts
from pipeline.importer import FieldMap, Problem, expand_paths, read_records
from pipeline.progress import Progress
from pipeline.records import MAX_CONTENT_CHARS, MAX_TEXT_CHARS, RawRecord, RecordError, build_notice
from pipeline.store import SavedNotice, Store

if TYPE_CHECKING:
    from pipeline.indexing import BackgroundBuild

logger = logging.getLogger(__name__)

OUTCOMES = ("new", "updated", "unchanged", "duplicate", "rejected")
PARALLEL_MIN_BYTES = 4_000_000  # about 800 notices: below this an import runs in one process
MAX_WORKERS = 4
DUPLICATE_SAMPLES = 20  # duplicate pairs kept for `import -v`; the rest are only counted

# Why two records are the same notice: what its id was made of (pipeline.urls.notice_id), in words.
DUPLICATE_REASONS = {
    "url": "same canonical URL",
    "source_id": "same source and source id",
    "text": "no URL or source id, and the same text",
}


@dataclass(frozen=True)
class Duplicate:
    """A record skipped because an earlier record of this run is the same notice (same id)."""

    record: str  # where the skipped record is: "file#index"
    first: str  # where the record kept is
    reason: str  # a key of DUPLICATE_REASONS
    key: str  # the URL or "source:source id" they share ("" for the same text)

    def __str__(self) -> str:
        shared = f": {self.key}" if self.key else ""
        return f"{self.record} → {self.first} ({DUPLICATE_REASONS[self.reason]}{shared})"


@dataclass
class IngestSummary:
    counts: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    changed_ids: list[str] = field(default_factory=list)  # new and updated, in order
    duplicate_reasons: Counter = field(default_factory=Counter)  # reason -> duplicates skipped
    duplicates: list[Duplicate] = field(default_factory=list)  # the first DUPLICATE_SAMPLES
    index_build: BackgroundBuild | None = None  # the process building the index, if the import started one

    def line(self) -> str:
        return ", ".join(f"{self.counts.get(k, 0)} {k}" for k in OUTCOMES)

    def duplicate_lines(self, samples: int = 0) -> list[str]:
        """Why records were counted duplicate, on one line, then the first `samples` pairs
        (skipped record → the record kept)."""
        total = sum(self.duplicate_reasons.values())
        if not total:
            return []
        reasons = ", ".join(f"{count:,} {DUPLICATE_REASONS[reason]}"
                            for reason, count in self.duplicate_reasons.most_common())
        lines = [f"{total:,} duplicate skipped: the same notice as an earlier record of this import ({reasons})"]
        shown = self.duplicates[:samples]
        lines += [f"  {duplicate}" for duplicate in shown]
        if shown and total > len(shown):
            lines.append(f"  … and {total - len(shown):,} more")
        return lines

    def to_json(self) -> dict:
        """The counts, every problem (file, record, field, message) and the duplicates by reason."""
        return {
            **{outcome: self.counts.get(outcome, 0) for outcome in OUTCOMES},
            "problems": [{"file": p.file, "record": p.record, "field": p.field, "message": p.message}
                         for p in self.problems],
            "duplicate_reasons": dict(self.duplicate_reasons),
            "duplicates": [{"record": d.record, "first": d.first, "reason": d.reason, "key": d.key}
                           for d in self.duplicates],
            "index_build": {"pid": self.index_build.pid, "log": str(self.index_build.log)}
                           if self.index_build else None,
        }

    def add_duplicate(self, duplicate: Duplicate) -> None:
        self.counts["duplicate"] += 1
        self.duplicate_reasons[duplicate.reason] += 1
        if len(self.duplicates) < DUPLICATE_SAMPLES:
            self.duplicates.append(duplicate)


class Ingestor:
    """Collects raw records and saves them in batches. Use as a context manager."""

    def __init__(self, store: Store, *, index=None, batch_size: int = 200, keep_newer: bool = False,
                 workers: int = 1, progress: Progress | None = None):
        self.store = store
        self.progress = progress or Progress()
        # Importing an old dump must not undo later edits: with keep_newer, a record whose content is
        # an earlier version of the stored notice counts as unchanged. A harvest fetches live pages,
        # where going back to an earlier text is a real edit, so it leaves this off.
        self.keep_newer = keep_newer
        self.index = index  # a pipeline.indexing.IndexSync, or None to leave the index alone
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self._batch: list[SavedNotice] = []
        self._seen: dict[str, str] = {}  # id -> provenance of its first record in this run
        self._where: dict[str, tuple[str, int | None]] = {}  # id -> (file, record) of batched notices
        # With workers, notices are segmented and extracted in other processes (pipeline.analysis)
        # while this one reads, saves and indexes; add() then returns before a notice is analysed.
        self._pool = AnalysisPool(workers) if workers > 1 else None

    def __enter__(self) -> Ingestor:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
            return
        if self._pool is not None:
            self._pool.close(cancel=True)
        if self.index is not None:
            self.index.abandon()  # saved notices stay marked as waiting for the index
        if self._batch:
            logger.warning("discarding %d unsaved notices after %s", len(self._batch), exc_type.__name__)

    def add(self, raw: RawRecord, file: str = "", record: int | None = None) -> str:
        """Process one record; returns its outcome. Bad records are reported, never raised."""
        outcome = self._add(raw, file, record)
        self.report_progress()
        return outcome

    def report_progress(self) -> None:
        counts = self.summary.counts
        self.progress.storing(counts["new"] + counts["updated"] + counts["unchanged"],
                              counts["duplicate"] + counts["rejected"])

    def _add(self, raw: RawRecord, file: str, record: int | None) -> str:
        try:
            notice = build_notice(raw)
        except RecordError as exc:
            return self._reject(Problem(file or raw.provenance, record, exc.field, exc.message))
        except Exception as exc:  # a bug on one odd record must not stop the run
            logger.warning("unexpected error building %s: %s", raw.provenance, exc)
            logger.debug("traceback", exc_info=True)
            return self._reject(Problem(file or raw.provenance, record, None, f"{type(exc).__name__}: {exc}"))
        if isinstance(raw.content, str) and len(raw.content) > MAX_CONTENT_CHARS:
            self.summary.problems.append(Problem(
                file or raw.provenance, record, "content",
                f"{len(raw.content):,} characters; only the first {MAX_CONTENT_CHARS:,} were kept"))
        elif len(notice.text) >= MAX_TEXT_CHARS:
            self.summary.problems.append(Problem(
                file or raw.provenance, record, "content", f"text cut at {MAX_TEXT_CHARS:,} characters"))
        if notice.id in self._seen:
            self.summary.add_duplicate(_duplicate(notice, raw.provenance, self._seen[notice.id]))
            return "duplicate"
        self._seen[notice.id] = raw.provenance
        stored_hash = self.store.existing_state([notice.id]).get(notice.id)
        if stored_hash == notice.content_hash or (
                self.keep_newer and stored_hash and self.store.is_earlier_version(notice.id, notice.content_hash)):
            self.summary.counts["unchanged"] += 1
            return "unchanged"
        where = (file or raw.provenance, record)
        if self._pool is None:
            rejected = self._accept(where, analyse(notice))
        else:
            for done_where, result in self._pool.submit(notice, where):
                self._accept(done_where, result)
            rejected = None
        return rejected or ("new" if stored_hash is None else "updated")

    def _accept(self, where: tuple[str, int | None], result: Analysed | str) -> str | None:
        """Queue an analysed notice for saving, or reject its record; returns "rejected" or None."""
        if isinstance(result, str):
            return self._reject(Problem(where[0], where[1], "extraction", result))
        self._batch.append(SavedNotice(*result))
        self._where[result.notice.id] = where
        if len(self._batch) >= self.batch_size:
            self.flush()
        return None

    def _reject(self, problem: Problem) -> str:
        self.summary.counts["rejected"] += 1
        self.summary.problems.append(problem)
        logger.info("discarding %s", problem)
        return "rejected"

    def flush(self) -> None:
        if not self._batch:
            return
        batch, self._batch = self._batch, []
        try:
            outcomes = self.store.save_batch(batch, EXTRACTOR_VERSION)
        except sqlite3.Error as exc:
            # The batch rolled back whole; save its records one by one so only the culprit is lost.
            logger.warning("saving a batch failed (%s); retrying record by record", exc)
            outcomes = {}
            for saved in batch:
                try:
                    outcomes.update(self.store.save_batch([saved], EXTRACTOR_VERSION))
                except sqlite3.Error as one:
                    file, record = self._where.get(saved.notice.id, (saved.notice.provenance, None))
                    self._reject(Problem(file, record, None, f"could not be stored: {one}"))
        self._where.clear()
        changed = [s for s in batch if outcomes.get(s.notice.id) in ("new", "updated")]
        for notice_id, outcome in outcomes.items():
            self.summary.counts[outcome] += 1
            if outcome != "unchanged":
                self.summary.changed_ids.append(notice_id)
        self.report_progress()
        if self.index is not None and changed:
            self.index.add(changed, new_ids=[s.notice.id for s in changed if outcomes[s.notice.id] == "new"])

    def close(self) -> IngestSummary:
        if self._pool is not None:
            for where, result in self._pool.finish():
                self._accept(where, result)
            self._pool.close()
        self.flush()
        if self.index is not None:
            self.index.catch_up()  # anything a killed earlier run saved but did not index
        return self.summary


def _duplicate(notice, where: str, first: str) -> Duplicate:
    """The record at `where` is the notice first read at `first`: say what made their ids equal."""
    if notice.url:
        return Duplicate(where, first, "url", notice.url)
    if notice.source and notice.source_id:
        return Duplicate(where, first, "source_id", f"{notice.source}:{notice.source_id}")
    return Duplicate(where, first, "text", "")


def default_workers(input_bytes: int) -> int:
    """Worker processes for an import of `input_bytes` of dumps: one per CPU (up to MAX_WORKERS) for
    a big import, none for a small one, where starting them (each loads jieba) costs more than it saves."""
    if input_bytes < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def import_files(paths: list[str], store: Store, *, field_map: FieldMap | None = None, index=None,
                 progress=None, workers: int | None = None, index_in_background: bool = False) -> IngestSummary:
    """Import JSON dumps (files, directories, '-' for stdin) into the store and the index.

    `progress` (a pipeline.progress.Progress) is told the records read, stored and indexed as the
    import goes, and the index phase apart (it is given to `index` for the run).
    `workers`: processes segmenting and extracting (1: this one only; None: `default_workers`).
    `index_in_background`: an empty index built whole at the end (see below, from BUILD_WHOLE_FROM
    notices) is built by a process of its own that outlives this call (`summary.index_build`), instead
    of before this returns.
    """
    field_map = field_map or FieldMap()
    progress = progress or Progress()
    files, problems = expand_paths(paths)
    sizes = {path: os.path.getsize(path) for path in files if path != "-"}
    if workers is None:
        workers = default_workers(sum(sizes.values()))
    # the fraction read is by size, over all files; unknown while stdin is among them
    total_bytes = sum(sizes.values()) if "-" not in files else 0
    done_bytes = read = 0
    previous_progress = getattr(index, "progress", None)
    if index is not None:
        index.progress = progress
    try:
        # A big import into an empty index stores first and builds the index once at the end, whole
        # and in parallel (IndexSync.catch_up), instead of writing it as notices arrive: the main
        # process then keeps up with the workers, and the index gets its fewest segments, unmerged.
        build_at_end = index is not None and workers > 1 and index.is_empty()
        with Ingestor(store, index=None if build_at_end else index, keep_newer=True, workers=workers,
                      progress=progress) as ingestor:
            ingestor.summary.problems.extend(problems)
            for path in files:
                default_source = "stdin" if path == "-" else os.path.splitext(os.path.basename(path))[0]
                for item in read_records(path):
                    if item.problem and item.problem.record is None:
                        ingestor.summary.problems.append(item.problem)  # the whole file: no record read
                        continue
                    read += 1
                    progress.reading(path, read, (done_bytes + item.bytes_read) / total_bytes if total_bytes else None)
                    if item.problem:
                        ingestor.summary.counts["rejected"] += 1
                        ingestor.summary.problems.append(item.problem)
                        ingestor.report_progress()
                        continue
                    raw = field_map.raw_record(item.data, f"{item.file}#{item.index}", default_source)
                    ingestor.add(raw, item.file, item.index)
                done_bytes += sizes.get(path, 0)
        if build_at_end and index_in_background and index.needs_whole_build():
            build = index.build_in_background()
            if build.exit_code not in (None, 0):  # it could not even start: say so now
                ingestor.summary.problems.append(Problem(
                    str(index.index_dir), None, None,
                    f"the background index build stopped at once (exit code {build.exit_code}; log: "
                    f"{build.log}); the notices are stored, `huiqi reindex` builds the index"))
            else:
                ingestor.summary.index_build = build
        elif build_at_end:
            try:
                index.catch_up()
            except Exception as exc:  # the notices are stored: the index can be built from them later
                logger.warning("building the index failed: %s", exc, exc_info=logger.isEnabledFor(logging.DEBUG))
                ingestor.summary.problems.append(Problem(
                    str(index.index_dir), None, None,
                    f"the index was not built ({type(exc).__name__}: {exc}); the notices are stored, "
                    "`huiqi reindex` builds it"))
    finally:
        if previous_progress is not None:
            index.progress = previous_progress
    return ingestor.summary


def _spell_searchable_texts(saved) -> bool:
    """Whether the stored tokens still spell what the notice is searched by: not when it has none, nor when
    the script converter, upgraded, now reads a traditional page otherwise."""
    if saved.title_tokens is None or saved.text_tokens is None:
        return False
    return ("".join(saved.title_tokens), "".join(saved.text_tokens)) == searchable_texts(saved.notice)


def reextract(store: Store, *, index=None, everything: bool = False, progress=None) -> tuple[int, int]:
    """Run the current extractors over stored notices, so improved rules reach old notices.

    Only notices extracted by an older EXTRACTOR_VERSION or with stale tokens (another segmenter, none, or words
    that no longer spell the searchable texts), unless `everything`.
    Returns (notices checked, notices whose extracted values changed).
    """
    from pipeline.segment import SEGMENTER_VERSION

    stale_tokens = set(store.stale_token_ids(SEGMENTER_VERSION))
    ids = ([r[0] for r in store.db.execute("select id from notices order by id")] if everything
           else store.stale_extraction_ids(EXTRACTOR_VERSION, SEGMENTER_VERSION))
    checked = changed = 0
    for start in range(0, len(ids), 200):
        for saved in store.iter_saved(ids[start:start + 200], stated=True):
            notice = saved.notice
            if notice.id in stale_tokens or not _spell_searchable_texts(saved):
                saved.title_tokens, saved.text_tokens = segment_notice(notice)
                store.save_tokens(notice.id, notice.content_hash, SEGMENTER_VERSION, saved.title_tokens,
                                  saved.text_tokens)
            extract_notice(notice, saved.text_tokens)
            changed += store.replace_extraction(notice, EXTRACTOR_VERSION)  # skipped if the text changed meanwhile
            checked += 1
            if progress:
                progress("reextract", checked, len(ids))
    if index is not None:
        index.catch_up()
    return checked, changed
