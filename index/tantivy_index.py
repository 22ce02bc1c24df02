"""`TantivyIndex`: the notices in a tantivy index (Rust, via the optional `tantivy` extra), behind the
same interface as the Whoosh `NoticeIndex`.

Same directory layout (index/storage.py generations, `current` link) and the same writers' lock
(index/locking.py); the generation's meta.json says `"engine": "tantivy"`, and the tantivy files live
in its `tantivy/` subdirectory (tantivy writes a meta.json of its own).

Same terms: a document is built by index/schema.py build_document from the tokens stored at import,
and its title, tags and text are analysed by index/analysis.py exactly as the Whoosh tokenizer does,
then handed to tantivy pre-tokenized, sub-terms at their compound's position. tantivy never segments.
Same queries: the search box is parsed by index/query.py and its Whoosh query tree (terms, phrases,
OR, AND, exclusion, synonyms with their weights) is translated node by node. Scores differ: tantivy's
BM25 has its own idf and quantised field lengths, so equal-looking hits may swap places.

Filters are terms and integer ranges of this index (kind, region codes with their ancestors, scope
codes, subjects, publication and closing day numbers), built here from SearchFilters as
index/filters.py builds them for Whoosh. Facets are tantivy aggregations over all matches; sorting by
date uses precomputed sort keys (fast fields) that order ties as the Whoosh engine does.
"""
from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Collection, Iterable
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

from index import storage
from index.analysis import analyse_text
from index.base import (DEFAULT_LOCK_TIMEOUT, READ_RETRIES, IndexBase, analysis_meta, check_page, kind_label,
                        rebuild_generation, region_label, unique_docs)
from index.filters import AnyOf, SearchFilters, Term, filter_clauses
from index.locking import IndexLockedError, NoticeIndexError
from index.query import parse_query
from index.results import FacetCount, SearchHit, SearchResults
from index.schema import NO_DEADLINE, IndexDoc, as_index_doc, build_document
from pipeline.normalize import strip_bidi_controls

logger = logging.getLogger(__name__)

ENGINE = "tantivy"
EXTRA_HINT = "install huiqi's tantivy extra: pip install -e '.[tantivy]'"
# Bump when the tantivy schema or what goes into it changes: `huiqi doctor` then asks for a reindex.
SCHEMA_VERSION = 1
TANTIVY_DIR = "tantivy"  # inside a generation, beside huiqi's meta.json
WRITER_HEAP_BYTES = 256_000_000  # tantivy buffers this much per writer before it writes a segment
FACET_SIZE = 100_000  # region codes counted at most (China has about 3,200)
NONE_VALUE = "-"  # the kind and scope of a notice without one (facets count it as "unclassified" / "no region")
SEARCHED = ("title", "tags", "text")
# Date sort keys: day numbers (date.toordinal) packed into one integer, the second key in the low bits.
DAY_BITS = 21  # 2**21 days > 2999-12-31
NO_DEADLINE_DAY = NO_DEADLINE.date().toordinal()


class TantivyMissingError(NoticeIndexError):
    """The tantivy engine is asked for but the package is not installed."""


def _tantivy():
    try:
        import tantivy
    except ImportError:
        raise TantivyMissingError(f"the tantivy search engine is not installed: {EXTRA_HINT}") from None
    return tantivy


def available() -> bool:
    try:
        _tantivy()
    except TantivyMissingError:
        return False
    return True


@cache
def _schema():
    tantivy = _tantivy()
    builder = tantivy.SchemaBuilder()
    # identity: `id` for deletes; `id_hash` (id, unit separator, content hash) read back by indexed_hashes
    builder.add_text_field("id", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("id_hash", tokenizer_name="raw", index_option="basic")
    for name in SEARCHED:  # pre-tokenized: the tokenizer named here never runs on them
        builder.add_text_field(name, tokenizer_name="raw", index_option="position")
    builder.add_text_field("kind", tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_text_field("subjects", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("region", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("scope", tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_integer_field("published", indexed=True, fast=True)  # day numbers
    builder.add_integer_field("closes", indexed=True, fast=True)
    builder.add_integer_field("by_published", fast=True)  # sort keys, see _sort_keys
    builder.add_integer_field("by_deadline", fast=True)
    builder.add_bytes_field("stored", stored=True)  # JSON: id, source, title, text, record
    return builder.build()


def _meta() -> dict:
    return {
        "engine": ENGINE,
        **analysis_meta(),
        "tantivy_schema_version": SCHEMA_VERSION,
        "created_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    }


def _create(generation: Path):
    """A new, empty tantivy index in `generation`, with its meta written."""
    path = generation / TANTIVY_DIR
    path.mkdir()
    ix = _tantivy().Index(_schema(), str(path), reuse=False)
    storage.write_meta(generation, _meta())
    return ix


def _open(generation: Path):
    """The tantivy index of `generation`. Raises NoticeIndexError for another engine's generation."""
    path = generation / TANTIVY_DIR
    if not path.is_dir():
        engine = storage.read_meta(generation).get("engine", "whoosh")
        if engine != ENGINE:
            raise NoticeIndexError(f"the index at {generation.parent} was built by the {engine} engine; "
                                   f"open it with index.open_index, or `huiqi reindex --engine {ENGINE}`")
        raise FileNotFoundError(f"{path} is missing")
    return _tantivy().Index.open(str(path))


# -- documents ----------------------------------------------------------------------------------------

def _day(value) -> int | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).toordinal()


def _sort_keys(published: int | None, closes: int | None) -> tuple[int, int]:
    """(by_published, by_deadline): newest first then soonest closing (sorted descending), and soonest
    closing then newest (ascending). No deadline sorts last; no publication date sorts as the newest,
    as the Whoosh engine's date column does."""
    mask = (1 << DAY_BITS) - 1
    published, closes = mask if published is None else published, closes or NO_DEADLINE_DAY
    return (published << DAY_BITS) | (mask - closes), (closes << DAY_BITS) | (mask - published)


def _pre_tokenized(tantivy, value: str, original: str):
    """The field value's index terms (index/analysis.py, sub-terms at their compound's position)."""
    tokens = [tantivy.Token(t.text, t.pos, t.start, t.end) for t in analyse_text(value, index=True)]
    return tantivy.PreTokenizedString(original, tokens)


def _document(doc: IndexDoc):
    """The tantivy document of a notice, or None (logged) when it cannot be indexed."""
    tantivy = _tantivy()
    notice = doc.notice
    try:
        fields = build_document(notice, doc.title_tokens, doc.text_tokens)  # the Whoosh document's values
    except ValueError as exc:
        logger.warning("not indexing %s: %s", notice.id, exc)
        return None
    out = tantivy.Document()
    out.add_text("id", fields["id"])
    out.add_text("id_hash", f"{fields['id']}\x1f{fields['content_hash']}")
    title, text = fields["_stored_title"], fields["_stored_text"]  # what the tokens spell
    out.add_pre_tokenized_text("title", _pre_tokenized(tantivy, fields["title"], title))
    out.add_pre_tokenized_text("text", _pre_tokenized(tantivy, fields["text"], text))
    if fields.get("tags"):
        out.add_pre_tokenized_text("tags", _pre_tokenized(tantivy, fields["tags"], ""))
    out.add_text("kind", fields.get("kind") or NONE_VALUE)
    for subject in filter(None, (fields.get("subjects") or "").split(",")):
        out.add_text("subjects", subject)
    for code in (fields.get("region") or "").split():
        out.add_text("region", code)
    for code in (fields.get("scope") or "").split() or [NONE_VALUE]:
        out.add_text("scope", code)
    published, closes = _day(fields.get("published")), _day(fields.get("closes"))
    if published is not None:
        out.add_integer("published", published)
    if closes is not None:
        out.add_integer("closes", closes)
    by_published, by_deadline = _sort_keys(published, closes)
    out.add_integer("by_published", by_published)
    out.add_integer("by_deadline", by_deadline)
    stored = {"id": fields["id"], "source": fields.get("source", ""), "title": title, "text": text,
              "record": fields["record"]}
    out.add_bytes("stored", json.dumps(stored, ensure_ascii=False).encode("utf-8"))
    return out, fields["id"], fields["content_hash"]


# -- queries ------------------------------------------------------------------------------------------

def translate(query, schema):
    """The tantivy query for a Whoosh query tree made by index/query.py parse_query: terms, phrases
    (`Phrase`), OR (summing the alternatives' scores, as Whoosh's union does), AND, AND NOT, every
    document and nothing. Boosts carry over."""
    tantivy = _tantivy()
    from whoosh import query as wq

    Query, Occur = tantivy.Query, tantivy.Occur

    def boosted(q, boost):
        return q if boost == 1.0 else Query.boost_query(q, float(boost))

    if isinstance(query, wq.Term):
        return boosted(Query.term_query(schema, query.fieldname, query.text), query.boost)
    if isinstance(query, wq.Phrase):
        return boosted(Query.phrase_query(schema, query.fieldname, list(query.words)), query.boost)
    if isinstance(query, wq.AndNot):
        return Query.boolean_query([(Occur.Must, translate(query.a, schema)),
                                    (Occur.MustNot, translate(query.b, schema))])
    if isinstance(query, wq.Or):
        parts = [(Occur.Should, translate(q, schema)) for q in query.subqueries]
        return boosted(Query.boolean_query(parts), query.boost)
    if isinstance(query, wq.And):
        parts = [(Occur.Must, translate(q, schema)) for q in query.subqueries]
        return boosted(Query.boolean_query(parts), query.boost)
    if isinstance(query, wq.Every):
        return Query.all_query()
    if query is wq.NullQuery or isinstance(query, type(wq.NullQuery)):
        return Query.empty_query()
    raise TypeError(f"no tantivy translation for the query {query!r}")


def _every():
    from whoosh import query as wq

    return wq.Every


def filter_query(filters: SearchFilters | None, schema):
    """One tantivy query every filter must match (the clauses of index/filters.py), or None."""
    tantivy = _tantivy()
    Query, Occur, FieldType = tantivy.Query, tantivy.Occur, tantivy.FieldType

    def translated(clause):
        if isinstance(clause, Term):
            return Query.term_query(schema, clause.field, clause.value)
        if isinstance(clause, AnyOf):
            return Query.term_set_query(schema, clause.field, list(clause.values))
        return Query.range_query(schema, clause.field, FieldType.Integer,
                                 _day(clause.start) if clause.start else None, _day(clause.end) if clause.end else None)

    parts = [translated(clause) for clause in filter_clauses(filters)]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return Query.boolean_query([(Occur.Must, part) for part in parts])


# -- the index ----------------------------------------------------------------------------------------

class _KeptSearcher:
    """The tantivy index and searcher searches reuse, and the commit they read (tantivy's meta.json)."""

    def __init__(self, ix, generation: Path):
        self.index = ix
        self.generation = generation
        self.commit = _commit_stamp(generation)  # taken before the reader, so a later commit is seen next time
        ix.config_reader("manual")  # a new reader, of the last commit; reloaded only by replacing it
        self.searcher = ix.searcher()
        self.is_closed = False

    def close(self) -> None:
        self.is_closed = True
        self.searcher = self.index = None


def _commit_stamp(generation: Path):
    """What identifies the last commit: tantivy replaces its meta.json on every commit."""
    try:
        st = os.stat(generation / TANTIVY_DIR / "meta.json")
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


class TantivyIndex(IndexBase):
    """The tantivy index in `directory`; the same interface and behaviour as NoticeIndex (what they
    share: index/base.py)."""

    engine = ENGINE

    def __init__(self, directory: str | Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT, holder: str | None = None,
                 words: Callable[[list[str]], dict] | None = None):
        _tantivy()  # a clear error now rather than at the first search
        super().__init__(directory, lock_timeout, holder, words)
        self._searcher: _KeptSearcher | None = None

    @property
    def _searcher_generation(self) -> Path | None:
        return self._searcher.generation if self._searcher else None

    def _read(self, action: Callable):
        """Run `action(kept_searcher)` on the current commit, retrying while a commit replaces files."""
        with self._search_lock:
            for attempt in range(READ_RETRIES):
                try:
                    return action(self._current_searcher())
                except NoticeIndexError:
                    raise
                except (OSError, ValueError) as exc:  # tantivy reports a missing or cut file as ValueError
                    self._drop_searcher()
                    if attempt == READ_RETRIES - 1:
                        raise self._unreadable(exc) from exc
                    logger.debug("index changed while reading (%s); retrying", exc)
                    time.sleep(0.05 * (attempt + 1))
                except Exception as exc:
                    self._drop_searcher()
                    raise self._unreadable(exc) from exc

    def _current_searcher(self) -> _KeptSearcher:
        generation = storage.current_generation(self.directory)
        if generation is None:
            raise self._missing()
        kept = self._searcher
        if kept is not None and kept.generation == generation:
            if _commit_stamp(generation) == kept.commit:
                return kept
            ix = kept.index  # a newer commit of the same generation: a searcher of it, the index kept open
        else:
            ix = _open(generation)
        self._drop_searcher()
        self._searcher = _KeptSearcher(ix, generation)
        return self._searcher

    def _drop_searcher(self) -> None:
        kept, self._searcher = self._searcher, None
        if kept is not None:
            kept.close()

    def doc_count(self) -> int:
        return self._read(lambda kept: kept.searcher.num_docs)

    # -- writing ------------------------------------------------------------------------------
    def write_session(self, operation: str = "update") -> TantivyWriteSession:
        return TantivyWriteSession(self, operation)

    def rebuild(self, docs: Iterable[IndexDoc]) -> int:
        count = rebuild(self.directory, docs, self.lock_timeout, self.holder)
        self.close()
        return count

    # -- drift --------------------------------------------------------------------------------
    def indexed_hashes(self) -> dict[str, str]:
        """id -> content_hash of every live document (from the id_hash terms, no stored documents read)."""
        if not self.exists():
            return {}

        def read(kept) -> dict[str, str]:
            if kept.searcher.num_docs == 0:
                return {}
            everything = _tantivy().Query.all_query()  # terms of deleted documents are left out
            pairs = kept.searcher.terms_with_prefix("id_hash", "", filter_query=everything)
            return dict(term.rsplit("\x1f", 1) for term, _count in pairs)

        return self._read(read)

    def _outdated(self, meta: dict) -> str | None:
        if meta.get("tantivy_schema_version") != SCHEMA_VERSION:
            return (f"tantivy index built with schema version {meta.get('tantivy_schema_version')}, "
                    f"this huiqi uses {SCHEMA_VERSION}: run `huiqi reindex`")
        return None

    # -- searching ----------------------------------------------------------------------------
    def search(self, query: str | None = "", filters: SearchFilters | None = None, sort: str = "relevance",
               limit: int = 20, page: int = 1, highlight: bool = True,
               within: Collection[str] | None = None) -> SearchResults:
        """As NoticeIndex.search: one page of matches, facet counts over all of them."""
        check_page(sort, limit, page)
        parsed = parse_query(query)
        schema = _schema()
        restrict = filter_query(filters, schema)
        if within is not None:
            Query, Occur = _tantivy().Query, _tantivy().Occur
            ids = Query.term_set_query(schema, "id", sorted(set(within)))
            restrict = ids if restrict is None else Query.boolean_query([(Occur.Must, restrict), (Occur.Must, ids)])
        # an empty query is Every (all notices) or, with exclusions only, Every without them
        words = None if isinstance(parsed.query, _every()) else translate(parsed.query, schema)
        return self._read(lambda kept: self._search(kept, parsed, words, restrict, sort, limit, page, highlight))

    def _search(self, kept, parsed, words, restrict, sort, limit, page, highlight) -> SearchResults:
        tantivy = _tantivy()
        Query, Occur, Order = tantivy.Query, tantivy.Occur, tantivy.Order
        if restrict is not None:  # the filter scores nothing: the words alone rank
            restrict = Query.const_score_query(restrict, 0.0)
        parts = [q for q in (words, restrict) if q is not None]
        if not parts:
            query = Query.all_query()
        elif len(parts) == 1:
            query = parts[0]
        else:
            query = Query.boolean_query([(Occur.Must, part) for part in parts])
        searcher = kept.searcher
        offset = (page - 1) * limit
        by_relevance = sort == "relevance" and not parsed.empty
        if by_relevance:
            result = searcher.search(query, limit, count=True, offset=offset)
        elif sort == "deadline":
            result = searcher.search(query, limit, count=True, order_by_field="by_deadline", offset=offset,
                                     order=Order.Asc)
        else:
            result = searcher.search(query, limit, count=True, order_by_field="by_published", offset=offset,
                                     order=Order.Desc)
        shown = [(score, strip_bidi_controls(json.loads(searcher.doc(address).get_first("stored"))))
                 for score, address in result.hits]
        marked_fields = [(s["id"], s["title"], s["text"], s["record"].get("title") or "") for _, s in shown]
        highlights = (self._highlights(marked_fields, parsed.highlight_terms) if highlight
                      else [[] for _ in shown])
        hits = []
        for (score, stored), marked in zip(shown, highlights):
            hits.append(SearchHit(stored["id"], float(score) if by_relevance else None, stored["record"],
                                  stored.get("source", ""), marked))
        facets = searcher.aggregate(query, {
            "kind": {"terms": {"field": "kind", "size": FACET_SIZE}},
            "scope": {"terms": {"field": "scope", "size": FACET_SIZE}},
        })
        return SearchResults(
            hits=hits,
            total=result.count,
            page=page,
            limit=limit,
            sort="published" if sort == "relevance" and parsed.empty else sort,
            facets={"kind": _facet_counts(facets["kind"], kind_label),
                    "region": _facet_counts(facets["scope"], region_label)},
        )


def _facet_counts(aggregation: dict, label: Callable[[str | None], str]) -> list[FacetCount]:
    counts = []
    for bucket in aggregation.get("buckets", []):
        value = None if bucket["key"] == NONE_VALUE else bucket["key"]
        counts.append(FacetCount(value, label(value), bucket["doc_count"]))
    return sorted(counts, key=lambda c: (-c.count, c.label))


class TantivyWriteSession:
    """A tantivy writer kept open while documents arrive, committed once (see IndexWriteSession).
    Holds the writers' lock from creation to `commit` or `cancel`. tantivy applies a delete to the
    documents added before it only, so a notice added twice in one session is simply replaced."""

    def __init__(self, index: TantivyIndex, operation: str):
        self._index = index
        self._lock = index._lock(operation)
        self._lock.__enter__()
        try:
            self._writer = _writer_of(self._writer_index(), index.directory)
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        self.indexed: dict[str, str] = {}

    def _writer_index(self):
        """The current generation, created (empty, with its meta) on first use. The lock is held."""
        root = self._index.directory
        generation = storage.current_generation(root)
        if generation is None:
            generation = storage.new_generation(root)
            ix = _create(generation)
            storage.make_current(root, generation)
            return ix
        try:
            return _open(generation)
        except NoticeIndexError:
            raise
        except Exception as exc:
            raise self._index._unreadable(exc) from exc

    def __len__(self) -> int:
        return len(self.indexed)

    def delete(self, ids: Iterable[str]) -> None:
        for notice_id in ids:
            self._writer.delete_documents_by_term("id", notice_id)

    def add(self, docs: Iterable, known_new: Collection[str] = ()) -> None:
        """Add or replace documents; ids in `known_new` (not yet added in this session) skip the delete."""
        for doc in map(as_index_doc, docs):
            built = _document(doc)
            if built is None:
                continue
            document, notice_id, content_hash = built
            if notice_id not in known_new or notice_id in self.indexed:
                self._writer.delete_documents_by_term("id", notice_id)
            self._writer.add_document(document)
            self.indexed[notice_id] = content_hash

    def commit(self) -> dict[str, str]:
        try:
            self._writer.commit()
            self._writer.wait_merging_threads()  # merges done and the tantivy writer released under our lock
        finally:
            self._lock.__exit__(None, None, None)
        return self.indexed

    def cancel(self) -> None:
        try:
            self._writer.rollback()
            self._writer.wait_merging_threads()
        finally:
            self._lock.__exit__(None, None, None)


def _writer_of(ix, directory: Path):
    try:
        return ix.writer(WRITER_HEAP_BYTES)
    except ValueError as exc:  # tantivy's own lock file: a writer that ignored ours
        if "lock" in str(exc).lower():
            raise IndexLockedError(f"the index at {directory} is being written by another process") from exc
        raise


def rebuild(directory: str | Path, docs: Iterable[IndexDoc], lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
            holder: str | None = None) -> int:
    """Build a tantivy index of `docs` in a new generation and swap it in atomically (see
    base.rebuild_generation). Returns the documents indexed."""

    def build(generation: Path) -> int:
        writer = _writer_of(_create(generation), Path(directory))
        count = 0
        try:
            for doc in unique_docs(docs):
                built = _document(doc)
                if built is not None:
                    writer.add_document(built[0])
                    count += 1
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise
        return count

    count = rebuild_generation(directory, build, lock_timeout, holder)
    logger.info("index %s rebuilt (tantivy): %d documents", directory, count)
    return count
