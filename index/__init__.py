"""The Whoosh search index of notices: Chinese analysis, filters, ranking, highlights, facets,
incremental updates, atomic rebuilds and drift checks. The store is the source of truth.

Modules: analysis (jieba words -> index terms), synonyms (+ synonyms.toml), query (search box
language), filters (search options), schema (fields, one document per notice), highlight (snippets),
locking (writers' lock), storage (generations and the `current` link), base (what both engines share),
notice_index (NoticeIndex, rebuild), results (dataclasses), render (table and JSON); tantivy_index (TantivyIndex, the optional
second engine behind the same interface) and engine (open_index, rebuild_index: which engine serves
a directory).

Importing this package does not load jieba; only segmenting a query or raw text does.
"""
from index.engine import ENGINES, configured_engine, index_engine, open_index, rebuild_index
from index.filters import FilterError, SearchFilters, parse_filter_date, parse_filters
from index.locking import IndexLockedError, NoticeIndexError
from index.base import DEFAULT_LOCK_TIMEOUT, SORTS, IndexMissingError, IndexUnreadableError
from index.notice_index import NoticeIndex, rebuild
from index.results import Drift, FacetCount, Highlight, SearchHit, SearchResults
from index.schema import IndexDoc, as_index_doc, build_document

__all__ = [
    "DEFAULT_LOCK_TIMEOUT", "SORTS", "Drift", "FacetCount", "FilterError", "Highlight", "IndexDoc",
    "IndexLockedError", "as_index_doc", "IndexMissingError", "IndexUnreadableError", "NoticeIndex",
    "NoticeIndexError", "SearchFilters", "SearchHit", "SearchResults", "build_document", "parse_filter_date",
    "parse_filters", "rebuild", "ENGINES", "configured_engine", "index_engine", "open_index", "rebuild_index",
]
