"""Which search engine serves an index directory, and opening or rebuilding it with that engine.

Two engines sit behind one interface: Whoosh (`NoticeIndex`, the default, pure Python) and tantivy
(`TantivyIndex`, the optional `tantivy` extra). A generation's meta.json names the engine that built
it (a generation without the name is Whoosh's, as before engines were named), and an existing index
keeps its engine: only a rebuild with another `engine` (`huiqi reindex --engine …`) changes it. A
directory without an index gets the engine named by the setting HUIQI_INDEX_ENGINE (default whoosh).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from index import storage
from index.locking import NoticeIndexError
from index.schema import IndexDoc

ENGINES = ("whoosh", "tantivy")
DEFAULT_ENGINE = "whoosh"
ENGINE_SETTING = "HUIQI_INDEX_ENGINE"  # the engine a new index is built with


class UnknownEngineError(NoticeIndexError, ValueError):
    """An engine name that is not one of ENGINES."""


def _checked(engine: str) -> str:
    name = engine.strip().lower()
    if name not in ENGINES:
        raise UnknownEngineError(f"unknown index engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if name == "tantivy":
        from index.tantivy_index import _tantivy

        _tantivy()  # raises TantivyMissingError naming the extra
    return name


def configured_engine() -> str:
    """The engine for a new index: HUIQI_INDEX_ENGINE, else whoosh. Raises for an unknown name or
    tantivy without its extra installed."""
    return _checked(os.environ.get(ENGINE_SETTING) or DEFAULT_ENGINE)


def index_engine(directory: str | Path) -> str | None:
    """The engine that built the directory's current generation, or None when there is no index."""
    generation = storage.current_generation(Path(directory))
    if generation is None:
        return None
    return storage.read_meta(generation).get("engine") or DEFAULT_ENGINE


def engine_class(engine: str):
    if _checked(engine) == "tantivy":
        from index.tantivy_index import TantivyIndex

        return TantivyIndex
    from index.notice_index import NoticeIndex

    return NoticeIndex


def open_index(directory: str | Path, **kwargs):
    """The index in `directory` with the engine that built it, or, for a directory without an index,
    the configured engine (configured_engine). `kwargs` go to the engine (lock_timeout, holder)."""
    return engine_class(index_engine(directory) or configured_engine())(directory, **kwargs)


def rebuild_index(directory: str | Path, docs: Iterable[IndexDoc], engine: str | None = None, **kwargs) -> int:
    """Rebuild the index from `docs` into a new generation and swap it in, with `engine` (default: the
    index's own engine, else the configured one). This is how an index changes engine."""
    name = _checked(engine) if engine else (index_engine(directory) or configured_engine())
    if name == "tantivy":
        from index.tantivy_index import rebuild
    else:
        from index.notice_index import rebuild
    return rebuild(directory, docs, **kwargs)
