"""The search engines the index tests run on (this module holds no tests): Whoosh always, tantivy when
its extra is installed (`pip install -e '.[tantivy]'`; the test extra includes it)."""
from __future__ import annotations

import pytest

from index.engine import engine_class
from index.tantivy_index import available as tantivy_available

ENGINES = (
    pytest.param("whoosh", id="whoosh"),
    pytest.param("tantivy", id="tantivy",
                 marks=pytest.mark.skipif(not tantivy_available(), reason="the tantivy extra is not installed")),
)


def make_index(engine: str, directory, **kwargs):
    """An index of `engine` in `directory` (NoticeIndex or TantivyIndex)."""
    return engine_class(engine)(directory, **kwargs)
