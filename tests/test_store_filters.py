"""Search filters decided by the store (Store.filtered_ids): the same notices as each engine's own
filters, for every filter of `huiqi search`; export and saved searches by filters alone need no index."""
from __future__ import annotations

import json
from datetime import date

import pytest

from index import SearchFilters, parse_filters
from index.filters import filter_clauses
from index_engines import ENGINES, make_index
from pipeline.store import SavedNotice, Store
from test_index_search import NOTICES
from test_index_support import as_doc, make_notice

FILTER_SETS = [
    {"kind": "call"}, {"kind": "publicity"},
    {"region": "江苏省"}, {"region": "苏州市"}, {"region": "320506"}, {"region": "全国"},
    {"in_scope_of": "吴中区"}, {"in_scope_of": "杭州"},
    {"subject": "高企"}, {"subject": "专精特新小巨人企业"}, {"subject": "中小企业"},
    {"open_on": date(2025, 9, 16)}, {"open_on": date(2025, 10, 1)}, {"open_on": date(2025, 9, 11)},
    {"deadline_before": date(2025, 9, 29)}, {"deadline_after": date(2025, 10, 1)},
    {"deadline_after": date(2025, 9, 25), "deadline_before": date(2025, 9, 30)},
    {"since": date(2025, 9, 12)}, {"until": date(2025, 9, 1)},
    {"kind": "call", "in_scope_of": "吴中区", "open_on": date(2025, 9, 16)},
    {"region": "浙江省", "kind": "publicity"},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("filters") / "huiqi.db")
    store.save_batch([SavedNotice(*as_doc(n)) for n in NOTICES], 1)
    return store


@pytest.fixture(scope="module", params=ENGINES)
def index(request, tmp_path_factory):
    ix = make_index(request.param, tmp_path_factory.mktemp(f"filters-{request.param}") / "index")
    ix.update(as_doc(n) for n in NOTICES)
    return ix


@pytest.mark.parametrize("given", FILTER_SETS, ids=lambda g: ",".join(f"{k}={v}" for k, v in g.items()))
def test_the_store_selects_what_each_engine_selects(store, index, given):
    filters = SearchFilters(**given)
    by_engine = {hit.id for hit in index.search("", filters, limit=100).hits}
    assert store.filtered_ids(filter_clauses(filters)) == by_engine


def test_a_filter_answer_is_kept_until_the_store_changes(store, tmp_path):
    clauses = filter_clauses(SearchFilters(kind="event"))
    first = store.filtered_ids(clauses)
    assert store.filtered_ids(clauses) is first  # kept
    event = make_notice("expo", "2025年某市科技成果对接会", "欢迎企业报名参加。", kind="event", published=date(2025, 9, 3))
    store.save_batch([SavedNotice(*as_doc(event))], 1)
    assert store.filtered_ids(clauses) == {"expo"}
    other = Store(store.path)  # a commit by another connection
    other.db.execute("delete from notices where id = 'expo'")
    assert store.filtered_ids(clauses) == frozenset()


def test_listings_are_newest_first(store):
    listed = store.newest_first(store.filtered_ids(filter_clauses(SearchFilters(region="江苏省"))))
    published = dict(store.db.execute("select id, published from notices"))
    assert [published[i] for i in listed] == sorted((published[i] for i in listed), reverse=True)


def test_export_and_saved_searches_by_filters_alone_need_no_index(cli, tmp_path, make_record, write_json):
    data = tmp_path / "data"
    records = [make_record(n) for n in range(3)]
    assert cli("--data-dir", str(data), "import", "--no-index", str(write_json("d.json", records))).exit_code == 0
    result = cli("--data-dir", str(data), "export", "--format", "json", "--since", "2000-01-01")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3
    words = cli("--data-dir", str(data), "export", "--query", "专项资金")
    assert words.exit_code != 0 and "needs the search index" in words.output


def test_a_rolled_back_write_leaves_no_answer_behind(tmp_path):
    store = Store(tmp_path / "huiqi.db")
    clauses = filter_clauses(SearchFilters(kind="event"))
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            conn.execute("insert into notices (id, kind, published) values ('fair', 'event', '2027-09-03')")
            assert store.filtered_ids(clauses) == {"fair"}
            raise RuntimeError("abandoned")
    assert store.filtered_ids(clauses) == frozenset()


def test_a_filtered_export_is_newest_first(cli, tmp_path, make_record, write_json):
    data = tmp_path / "data"
    records = [make_record(n) for n in range(6)]
    for n, record in enumerate(records):  # stored in an order unlike their dates
        record["时间time"] = f"2025-0{(n * 5) % 6 + 1}-15"
    assert cli("--data-dir", str(data), "import", str(write_json("d.json", records))).exit_code == 0
    for args in (["--since", "2000-01-01"], ["--query", "专项资金", "--since", "2000-01-01"]):
        result = cli("--data-dir", str(data), "export", "--format", "json", *args)
        published = [r["published"] for r in json.loads(result.stdout)]
        assert len(published) == 6 and published == sorted(published, reverse=True), args
