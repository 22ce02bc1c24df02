"""`NoticeIndex`: the Whoosh index of notices under one directory (data/index by default).

Writers (update, delete, repair, rebuild) hold the directory's lock (index/locking.py) and commit once
per call; a write session (`write_session`, used by imports) holds it from its first document to its
commit. Searches take no lock and see the last commit. A NoticeIndex keeps one searcher open across
searches (with the filter sets and facet tables built for it) and replaces it when the index has a newer
commit or `current` points at another generation; `close()` releases it. The facet table of each commit
is saved in its generation directory (facets-<Whoosh generation>.bin, written by the commit, or by the
first search when a commit could not), so a new process loads it instead of reading every document's
kind and regions again. Searches ranked by relevance are scored in bulk by a BulkScorer kept with the
searcher (index/whoosh_bulk.py). The store is the source of truth: the index can always be rebuilt from it
(`rebuild`), and `diff_against` tells `huiqi doctor` what drifted.

A generation without documents (a first import killed before its first index commit) reads as an empty
index. One that cannot be read (files lost or cut short by a full disk) raises IndexUnreadableError,
and `diff_against` reports it as needing a rebuild, which `huiqi doctor --repair` does.
"""
from __future__ import annotations

import itertools
import json
import logging
import os
import struct
import sys
import zlib
from array import array
from bisect import bisect_left
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Iterable
from datetime import datetime, timezone
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import collectors, sorting
from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher, ReadTooFar
from whoosh.multiproc import MpWriter
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25F
from whoosh.writing import SegmentWriter

from index import storage
from index.base import (DEFAULT_LOCK_TIMEOUT, READ_RETRIES, IndexBase, analysis_meta, check_page, kind_label,
                        rebuild_generation, region_label, unique_docs)
from index.filters import SearchFilters, filter_query
from index.locking import IndexLockedError, NoticeIndexError
from index.query import parse_query
from index.results import FacetCount, SearchHit, SearchResults
from index.schema import IndexDoc, as_index_doc, build_document, notice_schema
from index.whoosh_bulk import BulkScorer, Unsupported
from index.whoosh_codec import NoticeCodec
from pipeline.normalize import strip_bidi_controls

logger = logging.getLogger(__name__)

FILTER_CACHE_SIZE = 64  # filter queries whose matching documents are kept per searcher
# Whoosh buffers a commit's postings up to this much memory, then sorts them through temporary files,
# which cost a 2,500-notice import commit about a third more CPU at 128 MB (measured at 10k notices).
WRITER_MEMORY_MB = 256
# Segments are written as separate files, not one compound file: Whoosh (whoosh-reloaded 2.7.5) opens
# each part of a compound file by copying it into memory (BytesIO over the mmap), which made every new
# search process at 100k notices read about 3 GB and take 2-3 s before its first search.
COMPOUND_SEGMENTS = False
# Each Whoosh commit's facet table, saved in its generation directory as facets-<Whoosh generation>.bin
# (see _FacetTable): a new process loads it instead of walking the scope postings again.
FACET_FILE_PREFIX = "facets-"
# How commits on the import path merge segments (merge_small_segments): once MERGE_AT_SEGMENTS segments
# are small (fewer than MERGE_CAP_DOCS live documents), the smallest are merged into one of at most
# MERGE_CAP_DOCS. Whoosh's own policy (MERGE_SMALL) may instead merge half the index at one commit: a
# 100-notice import into a 100k store once spent 210 s rewriting 46,000 documents. Merging is lazy
# because rewriting costs about 5 ms a notice: with 6 a 30k import merged 20,800 notices and took 388 s
# instead of 289; with 24 it merges none until 60k. Segments cost searches, though (a 100k import left
# 26, searching at p50 106 ms against 77 ms for the 2 of a rebuild): bigger ones are left to a rebuild
# (`huiqi reindex`, `doctor --repair`).
MERGE_CAP_DOCS = 10_000
MERGE_AT_SEGMENTS = 24
# A full rebuild of at least REBUILD_PARALLEL_FROM notices runs REBUILD_PROCS Whoosh sub-writers
# (whoosh.multiproc.MpWriter; one segment each, no final merge): 10k notices took 68.7 s with one
# writer and 35.5 s with two on a 2-core machine. Below that, starting processes costs more than it saves.
REBUILD_PROCS = 2
REBUILD_PARALLEL_FROM = 2000
FACET_FILE_MAGIC = b"huiqi facets 1\n"
# Searches ranked by relevance are scored in bulk (index/whoosh_bulk.py) unless filters allow fewer
# documents than this: matching 10 portfolios restricted to their 30-200 calls each at 100k notices
# took 3.7 s with Whoosh's matchers and 4.8 s in bulk, which reads whole posting lists.
BULK_MIN_ALLOWED = 2000


def _meta() -> dict:
    return {**analysis_meta(), "created_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat()}


class NoticeIndex(IndexBase):
    """The Whoosh index in `directory` (what it shares with the tantivy engine: index/base.py)."""

    engine = "whoosh"

    def __init__(self, directory: str | Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT, holder: str | None = None,
                 words: Callable[[list[str]], dict] | None = None):
        super().__init__(directory, lock_timeout, holder, words)
        # The searcher searches reuse, the generation it reads, and the documents each filter query
        # matches in it; all replaced together.
        self._searcher = None
        self._searcher_generation: Path | None = None
        self._filter_docs: OrderedDict = OrderedDict()
        self._facets: _FacetTable | None = None
        self._docnums: dict[str, int] | None = None
        self._bulk: BulkScorer | None = None

    # -- state --------------------------------------------------------------------------------
    def _reader_index(self):
        """The current generation, opened for reading (resolved once, so a swap cannot mix two)."""
        generation = storage.current_generation(self.directory)
        if generation is None:
            raise self._missing()
        return whoosh_index.open_dir(str(generation), schema=notice_schema(), readonly=True)

    def _writer_index(self):
        """The current generation for writing, created on first use. Call with the lock held."""
        generation = storage.current_generation(self.directory)
        if generation is None:
            generation = storage.new_generation(self.directory)
            whoosh_index.create_in(str(generation), notice_schema())
            storage.write_meta(generation, _meta())
            storage.make_current(self.directory, generation)
        return whoosh_index.open_dir(str(generation), schema=notice_schema())

    def _read(self, action: Callable):
        """Run `action(whoosh_index)` on a fresh reader, retrying if a commit removed files under it.
        Raises IndexUnreadableError when the generation stays unreadable."""
        for attempt in range(READ_RETRIES):
            try:
                return action(self._reader_index())
            except NoticeIndexError:
                raise
            except (OSError, whoosh_index.EmptyIndexError) as exc:
                if attempt == READ_RETRIES - 1:
                    raise self._unreadable(exc) from exc
                logger.debug("index changed while opening (%s); retrying", exc)
                time.sleep(0.05 * (attempt + 1))
            except Exception as exc:  # whatever a damaged file makes Whoosh raise
                raise self._unreadable(exc) from exc

    def doc_count(self) -> int:
        return self._read(lambda ix: ix.doc_count())

    # -- writing ------------------------------------------------------------------------------
    def write_session(self, operation: str = "update") -> IndexWriteSession:
        """An open writer for documents that arrive over time, committed together (see
        IndexWriteSession). Raises IndexLockedError when another writer holds the lock too long."""
        return IndexWriteSession(self, operation)

    def rebuild(self, docs: Iterable[IndexDoc]) -> int:
        """Rebuild from `docs` into a new generation and swap it in (see `rebuild`)."""
        count = rebuild(self.directory, docs, self.lock_timeout, self.holder)
        self.close()  # searches move to the new generation; the old one's files are let go
        return count

    # -- drift --------------------------------------------------------------------------------
    def indexed_hashes(self) -> dict[str, str]:
        """id -> content_hash of every indexed notice (read from columns, not stored documents)."""

        def read(ix) -> dict[str, str]:
            with ix.reader() as reader:
                if reader.doc_count_all() == 0:  # a generation without segments has no columns either
                    return {}
                ids = reader.column_reader("id")
                hashes = reader.column_reader("content_hash")
                return {ids[n]: hashes[n] for n in reader.all_doc_ids()}

        if not self.exists():
            return {}
        return self._read(read)

    # -- searching ----------------------------------------------------------------------------
    def search(self, query: str | None = "", filters: SearchFilters | None = None, sort: str = "relevance",
               limit: int = 20, page: int = 1, highlight: bool = True,
               within: Collection[str] | None = None) -> SearchResults:
        """Notices matching `query` (see index/query.py) and `filters`, one page of them, with facet
        counts over all matches; with `within`, only notices of those ids (the calls a portfolio may
        apply for, chosen by the store). Raises FilterError (a ValueError) for bad filters or options."""
        check_page(sort, limit, page)
        parsed = parse_query(query)
        restrict = filter_query(filters)
        with self._search_lock:
            for attempt in range(READ_RETRIES):
                try:
                    searcher = self._current_searcher()
                    allowed = self._allowed(searcher, restrict, within)
                    return self._search(searcher, parsed, allowed, sort, limit, page, highlight)
                except (OSError, whoosh_index.EmptyIndexError) as exc:
                    self._drop_searcher()
                    if attempt == READ_RETRIES - 1:
                        raise self._unreadable(exc) from exc
                    logger.debug("index changed while searching (%s); retrying", exc)
                    time.sleep(0.05 * (attempt + 1))

    # -- the searcher kept between searches ---------------------------------------------------
    def _current_searcher(self):
        """The kept searcher if it still reads the last commit of the current generation, else a new
        one. Whoosh's own Searcher.refresh() is not used: reusing segment readers, it keeps segments a
        merge removed and misses deletions made since (whoosh-reloaded 2.7.5)."""
        generation = storage.current_generation(self.directory)
        if generation is None:
            self._drop_searcher()
            raise self._missing()
        searcher = self._searcher
        if searcher is not None and generation == self._searcher_generation:
            if searcher._ix.latest_generation() == searcher.reader().generation():
                return searcher
        self._drop_searcher()
        try:
            ix = whoosh_index.open_dir(str(generation), schema=notice_schema(), readonly=True)
            self._searcher = ix.searcher(weighting=BM25F())
        except (OSError, whoosh_index.EmptyIndexError):
            raise  # perhaps a commit removing files meanwhile: the caller retries
        except Exception as exc:  # whatever a damaged file makes Whoosh raise
            raise self._unreadable(exc) from exc
        self._searcher_generation = generation
        return self._searcher

    def _drop_searcher(self) -> None:
        searcher, self._searcher, self._searcher_generation = self._searcher, None, None
        self._filter_docs.clear()
        self._facets = None
        self._docnums = None
        self._bulk = None
        if searcher is not None:
            try:
                searcher.close()
            except Exception as exc:  # files of a generation pruned meanwhile
                logger.debug("closing the index searcher: %s", exc)

    def _allowed(self, searcher, restrict, within: Collection[str] | None):
        """The documents the filters and `within` allow, as a query, or None for all."""
        allowed = self._filter_set(searcher, restrict)
        if within is None:
            return allowed
        if self._docnums is None:  # id -> document number, read once per searcher
            ids = searcher.reader().column_reader("id") if searcher.doc_count_all() else []
            self._docnums = {notice_id: docnum for docnum, notice_id in enumerate(ids)}
        docs = {self._docnums[i] for i in within if i in self._docnums}
        if allowed is not None:
            docs &= allowed.docs
        return _InDocs(searcher, docs)

    def _filter_set(self, searcher, restrict):
        """The documents `restrict` matches in the kept searcher, as a query (computed once per
        searcher)."""
        if restrict is None:
            return None
        try:
            docs = self._filter_docs.pop(restrict)
        except KeyError:
            docs = _InDocs(searcher, searcher._filter_to_comb(restrict))
        except TypeError:  # an unhashable query: not cached
            return _InDocs(searcher, searcher._filter_to_comb(restrict))
        self._filter_docs[restrict] = docs
        while len(self._filter_docs) > FILTER_CACHE_SIZE:
            self._filter_docs.popitem(last=False)
        return docs

    def _facet_table(self, searcher) -> _FacetTable:
        if self._facets is None:
            self._facets = _FacetTable.load_or_build(searcher, self._searcher_generation)
        return self._facets

    def _search(self, searcher, parsed, allowed, sort, limit, page, highlight) -> SearchResults:
        # Every match is collected: the facets count them all, so no low-scoring block may be skipped.
        # Ranked by relevance, the matches are scored in bulk (index/whoosh_bulk.py) rather than one by
        # one through Whoosh's matchers; the facets are counted from the set of matched documents
        # afterwards, at C speed, instead of by a categorizer called per match (Whoosh's groupedby).
        sortedby = _sort_facet(sort, parsed.empty)
        # The words are matched only within the filtered documents (Require scores by the words
        # alone), so Whoosh skips to the next allowed document instead of visiting every match
        query = parsed.query
        if allowed is not None:
            # (a query of exclusions alone, "-公示", is no empty one: it keeps them)
            query = allowed if isinstance(query, wq.Every) else wq.Require(query, allowed)
        # Bulk scoring reads each term's whole posting list; within a few allowed documents (a
        # portfolio's calls, a narrow filter) Whoosh's matchers skip to them and read less.
        narrow = allowed is not None and len(allowed.docs) < BULK_MIN_ALLOWED
        ranked = self._bulk_search(searcher, query, page * limit) if sortedby is None and not narrow else None
        if ranked is not None:
            matched, top_n = ranked
        else:
            if sortedby is None:
                collector = collectors.UnlimitedCollector()
            else:
                collector = collectors.SortingCollector(sortedby, limit=page * limit)
            searcher.search_with_collector(query, collector)
            results = collector.results()
            matched, top_n = results.docs(), results.top_n
        shown = [(score, strip_bidi_controls(searcher.stored_fields(docnum)))  # highlight spans index the result
                 for score, docnum in top_n[(page - 1) * limit : page * limit]]  # past the last page: none
        marked_fields = [(s["id"], s.get("title", ""), s.get("text", ""), s["record"].get("title") or "")
                         for _, s in shown]
        highlights = (self._highlights(marked_fields, parsed.highlight_terms) if highlight
                      else [[] for _ in shown])
        hits = []
        for (score, stored), marked in zip(shown, highlights):
            score = score if sort == "relevance" and not parsed.empty else None
            hits.append(SearchHit(stored["id"], score, stored["record"], stored.get("source", ""), marked))
        kinds, regions = self._facet_table(searcher).counts(matched)
        return SearchResults(
            hits=hits,
            total=len(matched),
            page=page,
            limit=limit,
            # what the order really is: a listing without query words is by date, not relevance
            sort="published" if sort == "relevance" and parsed.empty else sort,
            facets={"kind": _facet_counts(kinds, kind_label), "region": _facet_counts(regions, region_label)},
        )


    def _bulk_search(self, searcher, query, top: int):
        """(matched document numbers, the `top` best as (score, document number)) scored in bulk, or
        None for a query shape only Whoosh evaluates."""
        try:
            if self._bulk is None or self._bulk.searcher is not searcher:
                self._bulk = BulkScorer(searcher)
            matched, top_n = self._bulk.search(query, top)
        except Unsupported as exc:
            logger.debug("searching with Whoosh's matchers: %s", exc)
            return None
        return matched.tolist(), top_n


class _FacetTable:
    """Each document's kind and scope regions by document number, so facets are counted over any set of
    matched documents without visiting the index again. The distinct kinds and scope tuples are kept
    once, and per document only their index (an array): compact on disk, and counting a few distinct
    indices is cheaper than counting the values of every match.

    Built once per commit: saved beside the Whoosh index of a generation, keyed by the Whoosh
    generation (every commit, merge or deletion makes a new one) and the segments it reads, and loaded
    by any later searcher of that commit, in this process or another."""

    def __init__(self, kinds: list, kind_of: array, scopes: list[tuple], scope_of: array):
        self.kinds = kinds  # the distinct kinds (a document without one has "")
        self.kind_of = kind_of  # document number -> index into kinds
        self.scopes = scopes  # the distinct scope tuples; (None,) for "no region"
        self.scope_of = scope_of  # document number -> index into scopes

    @classmethod
    def build(cls, searcher) -> _FacetTable:
        kinds: dict = {}
        scopes: dict = {}
        kind_of: list[int] = []
        scope_of: list[int] = []
        for reader, _offset in searcher.reader().leaf_readers():  # in document number order
            count = reader.doc_count_all()
            values = reader.column_reader("kind") if reader.has_column("kind") else [None] * count
            kind_of.extend(kinds.setdefault(value, len(kinds)) for value in values)
            codes: list[list[str]] = [[] for _ in range(count)]
            if "scope" in reader.indexed_field_names():
                for btext in reader.lexicon("scope"):
                    code = btext.decode("utf-8")
                    for docnum in reader.postings("scope", btext).all_ids():
                        codes[docnum].append(code)
            # a document without a scope region is counted under None ("no region")
            scope_of.extend(scopes.setdefault(tuple(c) if c else (None,), len(scopes)) for c in codes)
        return cls(list(kinds), _index_array(kind_of, len(kinds)), list(scopes),
                   _index_array(scope_of, len(scopes)))

    @classmethod
    def load_or_build(cls, searcher, generation: Path | None) -> _FacetTable:
        """The table saved for the searcher's commit, else built (and saved for the next process)."""
        key = _facet_key(searcher.reader())
        if key is None or generation is None:  # an index without segments: nothing worth saving
            return cls.build(searcher)
        path = generation / f"{FACET_FILE_PREFIX}{key['generation']}.bin"
        try:
            table = cls.from_bytes(path.read_bytes(), key)
        except FileNotFoundError:
            table = None
        except OSError as exc:
            logger.debug("reading the facet table %s: %s", path, exc)
            table = None
        if table is None:
            table = cls.build(searcher)
            table.save(path, key)
        return table

    def counts(self, docs: Collection[int]) -> tuple[Counter, Counter]:
        kinds = Counter()
        for index, count in Counter(map(self.kind_of.__getitem__, docs)).items():
            kinds[self.kinds[index]] = count
        regions = Counter()
        for index, count in Counter(map(self.scope_of.__getitem__, docs)).items():
            for code in self.scopes[index]:
                regions[code] += count
        return kinds, regions

    # -- the saved table -----------------------------------------------------------------------
    # magic, crc32 of the rest, header length, a JSON header (key, distinct values, array types),
    # then the two index arrays as raw bytes. The checksum turns a torn or damaged file into a
    # rebuild rather than wrong facets.
    def to_bytes(self, key: dict) -> bytes:
        header = json.dumps({
            "key": key, "byteorder": sys.byteorder, "docs": len(self.kind_of), "kinds": self.kinds,
            "scopes": self.scopes, "kind_type": self.kind_of.typecode, "scope_type": self.scope_of.typecode,
        }, ensure_ascii=False).encode("utf-8")
        body = struct.pack("<I", len(header)) + header + self.kind_of.tobytes() + self.scope_of.tobytes()
        return FACET_FILE_MAGIC + struct.pack("<I", zlib.crc32(body)) + body

    @classmethod
    def from_bytes(cls, data: bytes, key: dict) -> _FacetTable | None:
        """The table in `data`, or None when it is damaged or saved for another commit."""
        try:
            if not data.startswith(FACET_FILE_MAGIC):
                return None
            body = memoryview(data)[len(FACET_FILE_MAGIC) + 4:]
            if zlib.crc32(body) != struct.unpack_from("<I", data, len(FACET_FILE_MAGIC))[0]:
                return None
            start = 4 + struct.unpack_from("<I", body)[0]
            header = json.loads(bytes(body[4:start]))
            if header["key"] != key or header["byteorder"] != sys.byteorder:
                return None
            docs = header["docs"]
            kind_of, scope_of = array(header["kind_type"]), array(header["scope_type"])
            middle = start + docs * kind_of.itemsize
            kind_of.frombytes(body[start:middle])
            scope_of.frombytes(body[middle:])
            if len(kind_of) != docs or len(scope_of) != docs:
                return None
            return cls(header["kinds"], kind_of, [tuple(s) for s in header["scopes"]], scope_of)
        except (ValueError, KeyError, TypeError, IndexError, struct.error) as exc:
            logger.debug("ignoring a damaged facet table: %s", exc)
            return None

    def save(self, path: Path, key: dict) -> None:
        """Write atomically, then remove the tables of earlier commits. Never raises: a read-only data
        dir or a full disk only costs the next process a rebuild."""
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_bytes(self.to_bytes(key))
            os.replace(temporary, path)
        except OSError as exc:
            logger.debug("not saving the facet table %s: %s", path, exc)
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass
            return
        for old in path.parent.glob(FACET_FILE_PREFIX + "*"):
            # only older commits' files (and their leftover temporary files): a process still
            # reading an older commit must not remove the table of a newer one
            if _facet_file_generation(old.name) < key["generation"]:
                try:
                    old.unlink()
                except OSError:
                    pass


def _facet_key(reader) -> dict | None:
    """What decides the documents' numbering and content: the Whoosh generation read and its segments
    (id, documents, deletions), which also catches a generation number reused after damage."""
    generation = reader.generation()
    if generation is None:
        return None
    segments = []
    for leaf, _offset in reader.leaf_readers():
        segment = leaf.segment()
        segments.append([segment.segment_id(), leaf.doc_count_all(), segment.deleted_count()])
    return {"generation": generation, "segments": segments}


def _facet_file_generation(name: str) -> int:
    """The Whoosh generation in a facet file's name (facets-5.bin, facets-5.bin.4711.tmp); a name
    that has none sorts last, so it is never taken for an older commit's file."""
    try:
        return int(name[len(FACET_FILE_PREFIX):].split(".", 1)[0])
    except ValueError:
        return sys.maxsize


def _index_array(indices: list[int], distinct: int) -> array:
    typecode = "B" if distinct <= 1 << 8 else "H" if distinct <= 1 << 16 else "I"
    return array(typecode, indices)


def save_facet_table(generation: Path) -> None:
    """Build and save the facet table of the last commit in `generation`, so the first search after an
    import or rebuild loads it. Never raises: the commit is done, and a search builds it anyway."""
    try:
        ix = whoosh_index.open_dir(str(generation), schema=notice_schema(), readonly=True)
        with ix.searcher() as searcher:
            key = _facet_key(searcher.reader())
            if key is not None:
                _FacetTable.build(searcher).save(generation / f"{FACET_FILE_PREFIX}{key['generation']}.bin", key)
    except Exception as exc:
        logger.debug("not saving the facet table of %s: %s", generation, exc)


class _InDocs(wq.Query):
    """The documents of a set (global document numbers of `searcher`), as a query that scores nothing:
    a filter the words are matched within."""

    def __init__(self, searcher, docs):
        self.docs = frozenset(docs)
        ordered = sorted(self.docs)
        self._segments = {}  # id(segment searcher) -> its sorted document numbers
        for segment, offset in searcher.leaf_searchers():
            start, end = bisect_left(ordered, offset), bisect_left(ordered, offset + segment.doc_count_all())
            self._segments[id(segment)] = [d - offset for d in ordered[start:end]]
        self._count = sum(map(len, self._segments.values()))

    def estimate_size(self, ixreader) -> int:
        return self._count

    def mask(self, count: int):
        """The set as a boolean array over the searcher's document numbers (index/whoosh_bulk.py)."""
        if getattr(self, "_mask", None) is None or len(self._mask) != count:
            import numpy as np

            self._mask = np.zeros(count, dtype=bool)
            self._mask[np.fromiter(self.docs, dtype=np.int64, count=len(self.docs))] = True
        return self._mask

    def matcher(self, searcher, context=None):
        docnums = self._segments.get(id(searcher))
        return _SortedDocsMatcher(docnums) if docnums else NullMatcher()


class _SortedDocsMatcher(ListMatcher):
    def skip_to(self, docnum):
        # a binary search: Whoosh's ListMatcher steps through the list one document at a time
        if not self.is_active():
            raise ReadTooFar
        self._i = bisect_left(self._ids, docnum, self._i)


class IndexWriteSession:
    """A Whoosh writer kept open while documents arrive, then committed once: a long import adds
    thousands of notices in one segment instead of a segment per small commit, and every segment
    costs each later search a little (0.3 ms at p50 per segment, measured at 10k notices).

    Holds the index's writers' lock from creation to `commit` or `cancel`. Adding a notice a second
    time in one session commits the first copy before replacing it, as Whoosh replaces documents of
    earlier commits only.
    """

    def __init__(self, index: NoticeIndex, operation: str):
        self._index = index
        self._lock = index._lock(operation)
        self._lock.__enter__()
        try:
            self._ix = index._writer_index()
            self._generation = Path(self._ix.storage.folder)
            self._writer = self._new_writer()
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        self.indexed: dict[str, str] = {}  # id -> content_hash of every document added
        self._in_writer: set[str] = set()  # ids added since the writer's last commit

    def _new_writer(self):
        try:
            return self._ix.writer(limitmb=WRITER_MEMORY_MB, compound=COMPOUND_SEGMENTS, codec=NoticeCodec())
        except whoosh_index.LockError as exc:  # a writer that ignored our lock
            raise IndexLockedError(f"the index at {self._index.directory} is being written by another process") from exc

    def __len__(self) -> int:
        return len(self.indexed)

    def delete(self, ids: Iterable[str]) -> None:
        for notice_id in ids:
            self._writer.delete_by_term("id", notice_id)

    def add(self, docs: Iterable[IndexDoc | tuple], known_new: Collection[str] = ()) -> None:
        """Add or replace documents; ids in `known_new` are added without the lookup (see
        NoticeIndex.update). A notice whose tokens do not spell it is logged and skipped."""
        for doc in map(as_index_doc, docs):
            fields = _fields_or_none(doc)
            if fields is None:
                continue
            notice_id = fields["id"]
            if notice_id in self._in_writer:  # the copy in this writer would stay beside the new one
                self._writer.commit(mergetype=merge_small_segments)
                self._writer = self._new_writer()
                self._in_writer.clear()
            if notice_id in known_new and notice_id not in self.indexed:
                self._writer.add_document(**fields)
            else:
                self._writer.update_document(**fields)
            self._in_writer.add(notice_id)
            self.indexed[notice_id] = fields["content_hash"]

    def commit(self) -> dict[str, str]:
        """Commit and release the lock; returns id -> content_hash of the documents indexed."""
        try:
            self._writer.commit(mergetype=merge_small_segments)
        finally:
            self._lock.__exit__(None, None, None)
        # the next search (often a new process, after an import) then loads the facets instead of
        # building them: the same work, done once here
        save_facet_table(self._generation)
        return self.indexed

    def cancel(self) -> None:
        """Drop what this session added since its last commit, and release the lock."""
        try:
            self._writer.cancel()
        finally:
            self._lock.__exit__(None, None, None)


class _SubWriters(MpWriter):
    """Whoosh's multiprocess writer, made safe to fail: a sub-writer that died is reported at the next
    batch handed out (MpWriter would go on filling a job queue nobody empties, and wait on it), and
    cancel() stops the sub-writers (MpWriter's only flags its own copies of them, so a failed rebuild
    never exited)."""

    def _enqueue(self):
        dead = [task for task in self.tasks if task.exitcode not in (None, 0)]
        if dead:
            raise NoticeIndexError(f"an index sub-writer stopped (exit code {dead[0].exitcode})")
        super()._enqueue()

    def cancel(self):
        for task in self.tasks:
            task.terminate()
        for task in self.tasks:
            task.join()
        self.tasks = []  # (MpWriter.cancel would only flag them)
        SegmentWriter.cancel(self)


def merge_small_segments(writer, segments: list) -> list:
    """A Whoosh merge policy (commit(mergetype=…)) whose cost is bounded: see MERGE_CAP_DOCS. Returns
    the segments kept as they are; those merged are added to the commit's new segment."""
    # live documents: a big segment that lost most of its notices to updates becomes small again
    candidates = sorted((s for s in segments if s.doc_count() < MERGE_CAP_DOCS), key=lambda s: s.doc_count())
    if len(candidates) < MERGE_AT_SEGMENTS:
        return segments
    merged, total = [], 0
    for segment in candidates:
        if merged and total + segment.doc_count() > MERGE_CAP_DOCS:
            break
        merged.append(segment)
        total += segment.doc_count()
    if len(merged) < 2:
        return segments
    for segment in merged:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return [s for s in segments if s not in merged]


def _fields_or_none(doc: IndexDoc) -> dict | None:
    """The document's fields, or None (logged) for a notice that cannot be indexed."""
    try:
        return build_document(doc.notice, doc.title_tokens, doc.text_tokens)
    except ValueError as exc:
        logger.warning("not indexing %s: %s", doc.notice.id, exc)
        return None


def _sort_facet(sort: str, empty_query: bool):
    """None sorts by score; otherwise a Whoosh facet. A listing without query sorts by date."""
    newest = sorting.FieldFacet("published", reverse=True)
    if sort == "deadline":
        return sorting.MultiFacet([sorting.FieldFacet("closes_sort"), newest])
    if sort == "published" or empty_query:
        return sorting.MultiFacet([newest, sorting.FieldFacet("closes_sort")])
    return None


def _facet_counts(groups: dict, label: Callable[[str | None], str]) -> list[FacetCount]:
    counts = []
    for value, count in groups.items():
        if isinstance(value, bytes):
            value = value.decode("utf-8")
        counts.append(FacetCount(value, label(value), count))
    return sorted(counts, key=lambda c: (-c.count, c.label))


def rebuild(directory: str | Path, docs: Iterable[IndexDoc], lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
            holder: str | None = None) -> int:
    """Build a new index of `docs` beside the current one and swap it in atomically (see
    base.rebuild_generation). Returns the number of documents indexed."""

    def build(generation: Path) -> int:
        ix = whoosh_index.create_in(str(generation), notice_schema())
        unique = unique_docs(docs)
        first = list(itertools.islice(unique, REBUILD_PARALLEL_FROM))
        procs = min(REBUILD_PROCS, len(os.sched_getaffinity(0))) if len(first) >= REBUILD_PARALLEL_FROM else 1
        if procs > 1:  # each sub-writer buffers its own postings: together they use what one would
            writer = _SubWriters(ix, procs=procs, multisegment=True, limitmb=WRITER_MEMORY_MB // procs,
                                 compound=COMPOUND_SEGMENTS, codec=NoticeCodec())
        else:
            writer = ix.writer(limitmb=WRITER_MEMORY_MB, compound=COMPOUND_SEGMENTS, codec=NoticeCodec())
        count = 0
        try:
            for doc in itertools.chain(first, unique):
                fields = _fields_or_none(doc)
                if fields is not None:
                    writer.add_document(**fields)  # a fresh index: nothing to replace
                    count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit(optimize=procs == 1)
        indexed = ix.doc_count_all()
        if indexed != count:  # MpWriter drops a sub-writer's segment it does not receive within 1 s
            raise NoticeIndexError(f"the rebuilt index holds {indexed} of {count} notices; the current index is kept")
        storage.write_meta(generation, _meta())
        save_facet_table(generation)  # before the swap: the first search already loads it
        return count

    count = rebuild_generation(directory, build, lock_timeout, holder)
    logger.info("index %s rebuilt: %d documents", directory, count)
    return count
