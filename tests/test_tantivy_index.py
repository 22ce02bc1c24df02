"""The tantivy engine beside Whoosh: which engine an index directory uses (recorded in the generation's
meta, never changed silently), drift and repair through `huiqi doctor`'s IndexSync, and agreement of the
two engines' results on the judged queries and the benchmark's query mix.

The search behaviour shared by both engines is tested by test_index_search.py, test_index_maintenance.py,
test_index_relevance.py and test_index_recovery.py, which run on each engine."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("tantivy", reason="the tantivy extra is not installed")

from index import NoticeIndex, SearchFilters, index_engine, open_index, parse_filters, rebuild_index, storage
from index.engine import ENGINE_SETTING, UnknownEngineError, configured_engine
from index.tantivy_index import SCHEMA_VERSION, TantivyIndex, TantivyMissingError
from index.locking import NoticeIndexError
from pipeline.indexing import IndexSync
from pipeline.ingest import import_files
from pipeline.store import Store
from test_index_relevance import JUDGED, ndcg
from test_index_support import as_doc, make_notice, sample_docs

ROOT = Path(__file__).resolve().parents[1]


def notices(*words: str) -> list:
    return [as_doc(make_notice(f"n{i}", f"{word}专项资金申报通知", f"组织开展{word}专项资金申报。"))
            for i, word in enumerate(words)]


# -- which engine ---------------------------------------------------------------------------------------

def test_the_engine_is_recorded_in_the_generation_meta(tmp_path):
    ix = TantivyIndex(tmp_path / "index")
    ix.update(notices("苹果"))
    meta = storage.read_meta(storage.current_generation(ix.directory))
    assert meta["engine"] == "tantivy" and meta["tantivy_schema_version"] == SCHEMA_VERSION
    assert (storage.current_generation(ix.directory) / "tantivy" / "meta.json").is_file()  # beside huiqi's own
    assert index_engine(ix.directory) == "tantivy"


def test_open_index_keeps_the_engine_that_built_the_index(tmp_path, monkeypatch):
    TantivyIndex(tmp_path / "t").update(notices("苹果"))
    NoticeIndex(tmp_path / "w").update(notices("苹果"))
    monkeypatch.setenv(ENGINE_SETTING, "whoosh")
    assert isinstance(open_index(tmp_path / "t"), TantivyIndex)
    monkeypatch.setenv(ENGINE_SETTING, "tantivy")
    assert type(open_index(tmp_path / "w")) is NoticeIndex  # a generation without an engine name is Whoosh's
    assert index_engine(tmp_path / "w") == "whoosh"


def test_a_new_index_gets_the_configured_engine(tmp_path, monkeypatch):
    monkeypatch.delenv(ENGINE_SETTING, raising=False)
    assert configured_engine() == "whoosh" and type(open_index(tmp_path / "a")) is NoticeIndex
    monkeypatch.setenv(ENGINE_SETTING, "Tantivy")
    ix = open_index(tmp_path / "b", lock_timeout=1, holder="huiqi import")
    assert isinstance(ix, TantivyIndex) and ix.lock_timeout == 1 and ix.holder == "huiqi import"
    assert index_engine(tmp_path / "b") is None  # nothing is written until the first commit
    ix.update(notices("苹果"))
    assert index_engine(tmp_path / "b") == "tantivy"


def test_an_unknown_engine_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv(ENGINE_SETTING, "lucene")
    with pytest.raises(UnknownEngineError, match="unknown index engine 'lucene': expected one of whoosh, tantivy"):
        open_index(tmp_path / "index")
    with pytest.raises(UnknownEngineError):
        rebuild_index(tmp_path / "index", [], engine="sphinx")


def test_tantivy_without_its_extra_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "tantivy", None)  # import tantivy now fails
    monkeypatch.setenv(ENGINE_SETTING, "tantivy")
    with pytest.raises(TantivyMissingError, match=r"pip install -e '\.\[tantivy\]'"):
        open_index(tmp_path / "index")
    assert isinstance(TantivyMissingError("x"), NoticeIndexError)  # reported by the CLI in one line


def test_a_whoosh_generation_is_not_read_as_tantivy(tmp_path):
    NoticeIndex(tmp_path / "index").update(notices("苹果"))
    with pytest.raises(NoticeIndexError, match="built by the whoosh engine"):
        TantivyIndex(tmp_path / "index").search("苹果")


def test_rebuild_with_another_engine_switches_and_back(tmp_path):
    directory = tmp_path / "index"
    NoticeIndex(directory).update(notices("苹果", "香蕉"))
    assert rebuild_index(directory, notices("苹果", "香蕉", "橙子"), engine="tantivy") == 3
    assert index_engine(directory) == "tantivy"
    assert open_index(directory).search("橙子").total == 1
    assert rebuild_index(directory, notices("苹果")) == 1  # without an engine: the index's own
    assert index_engine(directory) == "tantivy"
    rebuild_index(directory, notices("苹果", "香蕉"), engine="whoosh")
    assert type(open_index(directory)) is NoticeIndex and open_index(directory).doc_count() == 2


# -- doctor and reindex through IndexSync -------------------------------------------------------------------

@pytest.fixture
def tantivy_store(tmp_path, make_record, write_json, monkeypatch):
    monkeypatch.setenv(ENGINE_SETTING, "tantivy")
    store = Store(tmp_path / "huiqi.db")
    sync = IndexSync(store, tmp_path / "index")
    import_files([str(write_json("five.json", [make_record(n) for n in range(5)]))], store, index=sync, workers=1)
    yield store, sync
    store.close()


def test_an_import_builds_a_tantivy_index_that_matches_the_store(tantivy_store):
    store, sync = tantivy_store
    assert index_engine(sync.index_dir) == "tantivy"
    assert isinstance(sync.index, TantivyIndex)
    assert sync.index.indexed_hashes() == store.content_hashes()
    assert sync.doctor().clean
    assert store.unindexed_ids() == []


def test_doctor_finds_and_repairs_drift_in_a_tantivy_index(tantivy_store):
    store, sync = tantivy_store
    hashes = store.content_hashes()
    gone, changed = sorted(hashes)[:2]
    ix = TantivyIndex(sync.index_dir)
    ix.delete([gone])
    stale = next(iter(store.iter_saved([changed])))
    stale.notice.content_hash = "0" * 32
    ix.update([stale])
    ix.update(notices("多余"))  # n0: in the index, not in the store

    drift = IndexSync(store, sync.index_dir).doctor()
    assert (drift.missing, drift.extra, drift.stale, drift.outdated) == ([gone], ["n0"], [changed], None)
    IndexSync(store, sync.index_dir).doctor(repair=True)
    assert IndexSync(store, sync.index_dir).doctor().clean
    assert index_engine(sync.index_dir) == "tantivy"  # repaired in place, same engine


def test_an_outdated_tantivy_schema_is_rebuilt_by_doctor_with_the_same_engine(tantivy_store):
    store, sync = tantivy_store
    generation = storage.current_generation(sync.index_dir)
    meta = storage.read_meta(generation)
    storage.write_meta(generation, {**meta, "tantivy_schema_version": SCHEMA_VERSION - 1})
    drift = IndexSync(store, sync.index_dir).doctor()
    assert drift.outdated and "huiqi reindex" in drift.outdated
    IndexSync(store, sync.index_dir).doctor(repair=True)
    assert storage.current_generation(sync.index_dir) != generation
    assert index_engine(sync.index_dir) == "tantivy"
    assert IndexSync(store, sync.index_dir).doctor().clean


def test_reindex_with_an_engine_switches_the_store_backed_index(tantivy_store):
    store, sync = tantivy_store
    assert sync.rebuild(engine="whoosh") == 5
    assert index_engine(sync.index_dir) == "whoosh" and type(sync.index) is NoticeIndex
    assert sync.doctor().clean and store.unindexed_ids() == []
    assert sync.rebuild(engine="tantivy") == 5 and isinstance(sync.index, TantivyIndex)
    assert sync.doctor().clean


# -- the two engines agree ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The 62 sample notices in each engine."""
    root = tmp_path_factory.mktemp("both")
    whoosh, tantivy = NoticeIndex(root / "whoosh"), TantivyIndex(root / "tantivy")
    whoosh.update(sample_docs())
    tantivy.update(sample_docs())
    return whoosh, tantivy


def top_ids(ix, query: str, filters: SearchFilters | None = None) -> list[str]:
    return [hit.record["source_id"] for hit in ix.search(query, filters, limit=10, highlight=False).hits]


def test_judged_queries_match_the_same_notices_and_rank_alike(both):
    """Both engines index the same terms, so every query matches the same notices. Their BM25 differ
    (tantivy's idf and quantised field lengths), so notices with nearly equal scores may swap places:
    the top 10 may differ only at its edge (a notice tied at place 10), and nDCG@10 by little."""
    whoosh, tantivy = both
    queries = json.loads(JUDGED.read_text(encoding="utf-8"))["queries"]
    overlaps, same_order, gaps = [], 0, []
    for entry in queries:
        query = entry["query"]
        assert whoosh.search(query, limit=1).total == tantivy.search(query, limit=1).total, query
        ours, theirs = top_ids(whoosh, query), top_ids(tantivy, query)
        assert len(ours) == len(theirs), query
        overlaps.append(len(set(ours) & set(theirs)) / len(ours))
        same_order += ours == theirs
        gaps.append(abs(ndcg(ours, entry["relevant"]) - ndcg(theirs, entry["relevant"])))
    assert min(overlaps) >= 0.9  # at most one notice of ten differs
    assert sum(overlaps) / len(overlaps) >= 0.98
    assert same_order >= 0.8 * len(queries)
    assert max(gaps) <= 0.05


BENCH_QUERIES = ("高新技术企业", "专精特新", "企业技术中心", "数字化转型", "人工智能", "软件企业 评估",
                 "智能工厂 OR 绿色工厂", "专项资金", "首台套", '"中小企业数字化转型"', "技术改造 奖励",
                 "专精特新 -公示", "拟认定 名单 公示", "高企", "AI", "")
BENCH_FILTERS = (None, {"kind": "call"}, {"region": "江苏省"}, {"in_scope_of": "苏州市吴中区"},
                 {"kind": "call", "open_on": "2025-09-24"}, {"deadline_after": "2025-09-01", "deadline_before": "2025-12-31"},
                 {"subject": "中小企业"}, {"since": "2025-09-01", "until": "2025-09-20"})


@pytest.mark.parametrize("filters", BENCH_FILTERS, ids=lambda f: json.dumps(f, ensure_ascii=False))
def test_the_benchmark_mix_gives_the_same_totals_facets_records_and_highlights(both, filters):
    whoosh, tantivy = both
    parsed = parse_filters(**(filters or {}))
    for query in BENCH_QUERIES:
        for sort in ("relevance", "deadline", "published"):
            ours = whoosh.search(query, parsed, sort=sort, limit=100)
            theirs = tantivy.search(query, parsed, sort=sort, limit=100)
            assert (theirs.total, theirs.sort, theirs.facets) == (ours.total, ours.sort, ours.facets), (query, sort)
            by_id = {hit.id: hit for hit in ours.hits}
            assert set(by_id) == {hit.id for hit in theirs.hits}, (query, sort)
            for hit in theirs.hits:
                assert hit.record == by_id[hit.id].record and hit.highlights == by_id[hit.id].highlights
            if sort != "relevance" or not query:
                # the same date order; notices equal in both dates may come in either order
                key = closing if sort == "deadline" else (lambda h: h.published)
                assert [key(h) for h in theirs.hits] == [key(h) for h in ours.hits], (query, sort)


def closing(hit) -> str:
    """The date a deadline sort orders by: the apply deadline, else the latest deadline."""
    dates = [d["date"] for d in hit.record["deadlines"]]
    return hit.record["apply_deadline"] or max(dates, default="none")


def test_an_exclusion_alone_is_applied_under_filters(both):
    """`-公示` with a filter lists the filtered notices without 公示. (The Whoosh engine lists every
    filtered notice in that case: its search drops a query without wanted words when filters are
    given. Reported to the lead; not asserted here.)"""
    _, tantivy = both
    filtered = tantivy.search("", SearchFilters(kind="call"), limit=100)
    without = tantivy.search("-公示", SearchFilters(kind="call"), limit=100)
    with_word = tantivy.search("公示", SearchFilters(kind="call"), limit=100)
    assert without.total == filtered.total - with_word.total
    assert not {h.id for h in without.hits} & {h.id for h in with_word.hits}


def test_date_sorts_agree_on_notices_without_dates(tmp_path):
    """Sort keys: no deadline sorts last by deadline; no publication date sorts as the newest, first
    by publication (the Whoosh engine's order, kept so the engines agree)."""
    docs = [as_doc(make_notice("dated", "甲申报", "甲。", published=date(2025, 9, 1), apply_deadline=date(2025, 9, 30))),
            as_doc(make_notice("open", "乙申报", "乙。", published=date(2025, 9, 5))),
            as_doc(make_notice("undated", "丙申报", "丙。", published=None, apply_deadline=date(2025, 10, 1)))]
    results = {}
    for engine, ix in (("whoosh", NoticeIndex(tmp_path / "w")), ("tantivy", TantivyIndex(tmp_path / "t"))):
        ix.update(docs)
        results[engine] = {sort: [h.id for h in ix.search("申报", sort=sort).hits] for sort in ("deadline", "published")}
    assert results["tantivy"] == results["whoosh"]
    assert results["tantivy"]["deadline"] == ["dated", "undated", "open"]
    assert results["tantivy"]["published"] == ["undated", "open", "dated"]


def test_the_cli_switches_engines_and_every_command_follows(cli, sample_path):
    pytest.importorskip("tantivy")
    assert cli("import", sample_path).exit_code == 0
    before = json.loads(cli("search", "专精特新", "--kind", "call", "--json").stdout)
    switched = cli("reindex", "--engine", "tantivy")
    assert switched.exit_code == 0 and "with tantivy" in switched.stdout
    after = json.loads(cli("search", "专精特新", "--kind", "call", "--json").stdout)
    assert after["total"] == before["total"]
    assert {r["id"] for r in after["results"]} == {r["id"] for r in before["results"]}
    assert cli("doctor").stdout.strip() == "index matches the store"
    assert cli("reindex").exit_code == 0
    assert index_engine(cli.data_dir / "index") == "tantivy"  # a plain reindex keeps the engine
