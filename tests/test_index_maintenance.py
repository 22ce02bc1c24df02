"""Keeping the index in step with the store: incremental updates, deletes, drift and repair, the
atomic rebuild swap, the writers' lock, and searches running while a writer commits."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace

import pytest

from index import IndexDoc, IndexLockedError, index_engine, open_index, rebuild_index
from index import storage
from index.analysis import ANALYZER_VERSION
from index.locking import index_lock
from index_engines import ENGINES, make_index
from test_index_support import as_doc, make_notice


def notice_docs(count: int, start: int = 0, word: str = "批次") -> list[IndexDoc]:
    return [as_doc(make_notice(f"n{i}", f"第{i}号{word}通知", f"这是第{i}号{word}的正文。")) for i in range(start, start + count)]


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """Every test of this module runs on each search engine (index_engines.ENGINES)."""
    return request.param


@pytest.fixture
def index(engine, tmp_path):
    ix = make_index(engine, tmp_path / "index", lock_timeout=5)
    ix.update([
        as_doc(make_notice("a", "苹果产业扶持资金申报", "苹果种植企业可申报扶持资金。")),
        as_doc(make_notice("b", "智能工厂认定名单公示", "拟认定智能工厂名单予以公示。")),
        as_doc(make_notice("c", "中试平台备案通知", "开展中试平台备案工作。")),
    ])
    return ix


def found(ix, query: str) -> set[str]:
    return {hit.id for hit in ix.search(query, limit=100).hits}


# -- incremental update and delete ------------------------------------------------------------------------

def test_changed_notice_is_found_by_new_words_not_old(index):
    changed = make_notice("a", "香蕉产业扶持资金申报", "香蕉种植企业可申报扶持资金。")
    indexed = index.update([as_doc(changed)])
    assert indexed == {"a": changed.content_hash}
    assert found(index, "香蕉") == {"a"}
    assert found(index, "苹果") == set()
    assert index.doc_count() == 3


def test_new_notice_is_added_alongside_the_others(index):
    index.update([as_doc(make_notice("d", "绿色工厂名单", "绿色工厂拟认定名单。"))])
    assert index.doc_count() == 4
    assert found(index, "绿色工厂") == {"d"}
    assert found(index, "智能工厂") == {"b"}


def test_known_new_notices_are_added_and_the_others_replaced(index):
    changed = make_notice("a", "香蕉产业扶持资金申报", "香蕉种植企业可申报扶持资金。")
    new = make_notice("d", "绿色工厂名单", "绿色工厂拟认定名单。")
    index.update([as_doc(changed), as_doc(new)], known_new={"d"})
    assert index.doc_count() == 4
    assert found(index, "扶持资金") == {"a"}
    assert found(index, "绿色工厂") == {"d"}


def test_notice_whose_tokens_do_not_spell_it_is_skipped(index, caplog):
    stale = as_doc(make_notice("e", "人才计划申报", "人才计划申报通知。"))
    bad = IndexDoc(replace(stale.notice, text="改过的正文。"), stale.title_tokens, stale.text_tokens)
    good = as_doc(make_notice("f", "博士后基地", "博士后创新实践基地。"))
    assert set(index.update([bad, good])) == {"f"}
    assert "not indexing e" in caplog.text
    assert found(index, "人才计划") == set()


def test_update_takes_plain_tuples_and_saved_notices(index):
    from pipeline.store import SavedNotice

    first = as_doc(make_notice("t", "元组通知", "以元组传入。"))
    second = as_doc(make_notice("s", "存储通知", "以存储对象传入。"))
    index.update([tuple(first)])
    index.update([SavedNotice(*second)])
    assert found(index, "元组") == {"t"} and found(index, "存储") == {"s"}


def test_notice_stored_without_tokens_is_segmented_for_the_index(index):
    notice = make_notice("u", "无分词通知", "没有保存分词结果的通知。")
    assert index.update([(notice, None, None)]) == {"u": notice.content_hash}
    assert found(index, "分词") == {"u"}


def test_delete_removes_notices(index):
    assert index.delete(["b", "missing-id"]) == 2
    assert found(index, "智能工厂") == set()
    assert index.doc_count() == 2


def test_indexed_hashes(index):
    hashes = index.indexed_hashes()
    assert set(hashes) == {"a", "b", "c"}
    assert all(len(h) == 32 for h in hashes.values())


# -- drift and repair ---------------------------------------------------------------------------------------

def test_drift_reports_missing_extra_and_stale_and_repair_fixes_it(index):
    store = {
        "a": index.indexed_hashes()["a"],  # in step
        "b": "0" * 32,  # changed in the store since indexing
        "d": "1" * 32,  # never indexed
    }  # "c" was deleted from the store
    drift = index.diff_against(store)
    assert (drift.missing, drift.extra, drift.stale) == (["d"], ["c"], ["b"])
    assert not drift.clean
    assert drift.summary() == "index drift: 1 missing, 1 extra, 1 stale"

    current = {
        "b": make_notice("b", "智能工厂认定名单公示（更正）", "更正后的智能工厂名单。"),
        "d": make_notice("d", "绿色工厂名单", "绿色工厂拟认定名单。"),
    }
    asked = []

    def load(ids):
        asked.extend(ids)
        return [as_doc(current[i]) for i in ids]

    index.repair(drift, load)
    assert sorted(asked) == ["b", "d"]
    store.update({i: n.content_hash for i, n in current.items()})
    assert index.diff_against(store).clean
    assert found(index, "更正") == {"b"}
    assert found(index, "中试平台") == set()


def test_outdated_analyzer_version_is_drift(index):
    generation = storage.current_generation(index.directory)
    meta = json.loads((generation / storage.META_FILE).read_text())
    meta["analyzer_version"] = ANALYZER_VERSION - 1
    (generation / storage.META_FILE).write_text(json.dumps(meta))
    drift = index.diff_against(index.indexed_hashes())
    assert drift.outdated and "huiqi reindex" in drift.outdated
    assert not drift.clean


def test_an_index_built_with_other_synonyms_is_outdated(index):
    assert index.outdated() is None
    generation = storage.current_generation(index.directory)
    meta = json.loads((generation / storage.META_FILE).read_text())
    meta["synonyms"] = "0" * 12  # the fingerprint of another synonym table
    (generation / storage.META_FILE).write_text(json.dumps(meta))
    assert "synonym" in index.outdated() and "huiqi reindex" in index.outdated()
    assert index.diff_against(index.indexed_hashes()).outdated == index.outdated()


def test_drift_without_an_index(engine, tmp_path):
    drift = make_index(engine, tmp_path / "index").diff_against({"x": "h"})
    assert drift.missing == ["x"] and drift.outdated


# -- rebuild ---------------------------------------------------------------------------------------------

def _reader_of_current_generation(index):
    """A reader of the generation `current` points at now, in the engine's own terms (doc_count, close)."""
    if index_engine(index.directory) == "tantivy":
        from index.tantivy_index import _open

        searcher = _open(storage.current_generation(index.directory)).searcher()

        class Reader:
            def doc_count(self):
                return searcher.num_docs

            def close(self):
                pass

        return Reader()
    return index._reader_index().searcher()


def test_rebuild_swaps_in_a_new_generation(index):
    old_generation = storage.current_generation(index.directory)
    old_reader = _reader_of_current_generation(index)  # a search that started before the swap
    try:
        count = rebuild_index(index.directory, notice_docs(4))
        assert count == 4
        new_generation = storage.current_generation(index.directory)
        assert new_generation != old_generation
        assert (index.directory / storage.CURRENT).is_symlink()
        assert index.doc_count() == 4
        assert found(index, "苹果") == set()
        assert len(found(index, "批次")) == 4
        # the earlier search still reads the old generation to the end
        assert old_reader.doc_count() == 3
        assert old_generation.is_dir()
    finally:
        old_reader.close()
    # the next swap removes the generation before the previous one
    index.rebuild(notice_docs(2))
    assert not old_generation.exists()
    assert new_generation.is_dir()
    assert index.doc_count() == 2


def test_failed_rebuild_leaves_the_index_serving(index):
    def docs():
        yield from notice_docs(2)
        raise RuntimeError("store read failed")

    before = storage.current_generation(index.directory)
    with pytest.raises(RuntimeError):
        rebuild_index(index.directory, docs())
    assert storage.current_generation(index.directory) == before
    assert found(index, "苹果") == {"a"}
    generations = [p.name for p in index.directory.glob(storage.GENERATION_PREFIX + "*")]
    assert generations == [before.name]


def test_rebuild_into_an_empty_directory(engine, tmp_path):
    ix = make_index(engine, tmp_path / "fresh")
    assert not ix.exists()
    assert ix.rebuild(notice_docs(3)) == 3
    assert ix.exists() and ix.doc_count() == 3


# -- the writers' lock ----------------------------------------------------------------------------------------

def test_writer_gives_up_after_the_timeout_with_a_clear_message(index):
    ix = open_index(index.directory, lock_timeout=0.3)
    with index_lock(index.directory / storage.LOCK_FILE, 1, "reindex"):
        started = time.monotonic()
        with pytest.raises(IndexLockedError) as error:
            ix.update(notice_docs(1))
        waited = time.monotonic() - started
    assert waited >= 0.3  # it waited its timeout (a hang is caught by the suite's timeout, not a window)
    message = str(error.value)
    assert "locked by reindex" in message and f"pid {os.getpid()}" in message and "0.3 s" in message
    # searches do not take the lock
    assert found(index, "苹果") == {"a"}


def test_writer_waits_for_the_lock_to_be_released(index):
    held, releasing = threading.Event(), threading.Event()

    def hold():
        with index_lock(index.directory / storage.LOCK_FILE, 1, "import"):
            held.set()
            time.sleep(0.4)
            releasing.set()  # still inside the lock: a writer that did not wait would finish before this

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    index.update(notice_docs(1))
    assert releasing.is_set()  # ordered by events, not by a measured duration
    holder.join()
    assert found(index, "批次") == {"n0"}


def test_lock_message_names_the_holding_command(index):
    holder = open_index(index.directory, holder="huiqi harvest")
    waiting = open_index(index.directory, lock_timeout=0.1)
    with holder._lock("update"):
        with pytest.raises(IndexLockedError, match=r"locked by huiqi harvest \(update\)"):
            waiting.delete(["a"])


def test_rebuild_respects_the_lock(index):
    with index_lock(index.directory / storage.LOCK_FILE, 1, "import"):
        with pytest.raises(IndexLockedError, match="locked by import"):
            rebuild_index(index.directory, notice_docs(1), lock_timeout=0.2)


# -- searches while a writer commits ----------------------------------------------------------------------------

BATCH, BATCHES = 5, 12


def test_search_in_another_thread_sees_only_whole_commits(engine, tmp_path):
    ix = make_index(engine, tmp_path / "index")
    ix.update(notice_docs(BATCH))
    errors, totals = [], []
    done = threading.Event()

    def write():
        try:
            for b in range(1, BATCHES):
                ix.update(notice_docs(BATCH, start=b * BATCH))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            done.set()

    writer = threading.Thread(target=write)
    writer.start()
    while not done.is_set():
        try:
            totals.append(ix.search("批次", limit=1).total)
        except Exception as exc:
            errors.append(exc)
    writer.join()
    assert not errors
    assert totals == sorted(totals)
    assert all(t % BATCH == 0 for t in totals)
    assert len(set(totals)) > 2  # searches ran between commits
    assert ix.search("批次").total == BATCH * BATCHES


def test_search_in_another_process_during_an_import(engine, tmp_path):
    directory = tmp_path / "index"
    ix = make_index(engine, directory)
    ix.update(notice_docs(BATCH))
    stop = tmp_path / "stop"
    script = textwrap.dedent(f"""
        import pathlib
        from index import open_index
        ix = open_index(pathlib.Path({str(directory)!r}))
        stop = pathlib.Path({str(stop)!r})
        totals = [ix.search("批次", limit=1).total]
        print("ready", flush=True)
        while not stop.exists():
            totals.append(ix.search("批次", limit=1).total)
        totals.append(ix.search("批次", limit=1).total)
        print(" ".join(map(str, totals)))
    """)
    reader = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "ready"  # jieba loaded, searching
        for b in range(1, BATCHES):
            ix.update(notice_docs(BATCH, start=b * BATCH))
        ix.rebuild(notice_docs(BATCH * BATCHES))
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    totals = [int(t) for t in out.split()]
    assert totals == sorted(totals)
    assert all(t % BATCH == 0 for t in totals)
    assert totals[0] < totals[-1] == BATCH * BATCHES
    assert len(set(totals)) > 2  # the reader saw commits land while it searched


# -- the searcher kept between searches ---------------------------------------------------------------------

def test_kept_searcher_is_reused_until_a_commit(index):
    assert found(index, "苹果") == {"a"}
    kept = index._searcher
    assert found(index, "智能工厂") == {"b"}
    assert index._searcher is kept  # no commit: the same searcher
    index.update([as_doc(make_notice("a", "香蕉产业扶持资金申报", "香蕉种植企业可申报扶持资金。"))])
    assert found(index, "苹果") == set() and found(index, "香蕉") == {"a"}
    assert index._searcher is not kept and kept.is_closed


def test_kept_searcher_sees_replacements_deletes_and_merges(engine, tmp_path):
    """Many small commits (both engines merge their segments) through another instance: the kept
    searcher of this one counts every notice once, and never an old version or a deleted one."""
    ix = make_index(engine, tmp_path / "index")
    writer = make_index(engine, tmp_path / "index")
    writer.update(notice_docs(BATCH))
    assert ix.search("批次").total == BATCH
    for b in range(1, BATCHES):
        writer.update(notice_docs(BATCH, start=b * BATCH))
        writer.update(notice_docs(1, start=0, word="版本"))  # n0 replaced, again and again
        assert ix.search("批次").total == (b + 1) * BATCH - 1
        assert ix.search("版本").total == 1
    writer.delete([f"n{i}" for i in range(BATCH)])
    assert ix.search("批次").total == (BATCHES - 1) * BATCH
    assert ix.search("版本").total == 0
    assert ix.search("").total == ix.doc_count() == (BATCHES - 1) * BATCH


def test_kept_searcher_follows_a_rebuild_by_another_writer(index):
    assert found(index, "苹果") == {"a"}
    old_generation = index._searcher_generation
    rebuild_index(index.directory, notice_docs(3))  # another process's `huiqi reindex`
    assert found(index, "苹果") == set() and len(found(index, "批次")) == 3
    assert index._searcher_generation == storage.current_generation(index.directory) != old_generation
    rebuild_index(index.directory, notice_docs(2))  # prunes the generation the first searcher read
    assert len(found(index, "批次")) == 2


def test_filters_and_facets_follow_commits(index):
    from datetime import date

    from index import SearchFilters

    def call(i, code, closes):
        return as_doc(make_notice(f"k{i}", f"第{i}号申报通知", f"申报第{i}号。", kind="call", regions=(code,),
                                  apply_deadline=closes))

    index.update([call(1, "320500", date(2025, 10, 1)), call(2, "330100", date(2025, 12, 1))])
    filters = SearchFilters(kind="call", region="江苏省", deadline_before=date(2025, 11, 1))
    first = index.search("", filters)
    again = index.search("", filters)  # from the filter set kept for this searcher
    assert [h.id for h in first.hits] == [h.id for h in again.hits] == ["k1"]
    assert again.facets == first.facets
    assert {(c.label, c.count) for c in index.search("申报").facets["region"]} >= {("苏州市", 1), ("杭州市", 1)}
    index.update([call(3, "320506", date(2025, 10, 15)), call(1, "330100", date(2025, 10, 1))])
    assert [h.id for h in index.search("", filters).hits] == ["k3"]
    regions = {(c.label, c.count) for c in index.search("申报").facets["region"]}
    assert ("杭州市", 2) in regions and ("吴中区", 1) in regions and ("苏州市", 1) not in regions


def test_close_releases_the_searcher_and_searching_reopens(index):
    with open_index(index.directory) as ix:
        assert found(ix, "苹果") == {"a"}
        kept = ix._searcher
    assert ix._searcher is None and kept.is_closed
    assert found(ix, "苹果") == {"a"}
    index.rebuild(notice_docs(1))
    assert index._searcher is None  # the instance that rebuilt let its searcher go
    assert found(index, "批次") == {"n0"}


# -- a writer kept open while notices arrive ---------------------------------------------------------

def test_write_session_commits_once_and_holds_the_lock_until_then(index):
    session = index.write_session("import")
    session.add([as_doc(make_notice("d", "绿色工厂名单", "绿色工厂拟认定名单。"))], known_new={"d"})
    session.add([as_doc(make_notice("e", "绿色园区名单", "绿色园区拟认定名单。"))], known_new={"e"})
    assert found(index, "绿色") == set()  # nothing committed yet
    other = open_index(index.directory, lock_timeout=0.1)
    with pytest.raises(IndexLockedError):
        other.delete(["a"])
    assert session.commit() == {"d": make_notice("d", "绿色工厂名单", "绿色工厂拟认定名单。").content_hash,
                                "e": make_notice("e", "绿色园区名单", "绿色园区拟认定名单。").content_hash}
    assert found(index, "绿色") == {"d", "e"}
    other.delete(["a"])  # the lock is free again
    assert index.doc_count() == 4


def test_a_notice_added_twice_in_one_session_is_indexed_once_as_given_last(index):
    session = index.write_session()
    session.add([as_doc(make_notice("d", "绿色工厂名单", "绿色工厂拟认定名单。"))], known_new={"d"})
    session.add([as_doc(make_notice("d", "智慧园区名单", "智慧园区拟认定名单。"))], known_new={"d"})
    session.commit()
    assert index.doc_count() == 4
    assert found(index, "智慧园区") == {"d"} and found(index, "绿色工厂") == set()


def test_a_cancelled_session_adds_nothing_and_frees_the_lock(index):
    session = index.write_session()
    session.add([as_doc(make_notice("d", "绿色工厂名单", "绿色工厂拟认定名单。"))])
    session.cancel()
    assert index.doc_count() == 3 and found(index, "绿色工厂") == set()
    open_index(index.directory, lock_timeout=0.1).delete(["a"])


# -- a parallel rebuild (Whoosh) ------------------------------------------------------------------------------

def _answers(ix, queries):
    results = [ix.search(q, limit=200, highlight=True) for q in queries]
    return [(r.total, sorted((h.id, round(h.score or 0, 6), tuple(h.highlights)) for h in r.hits), r.facets)
            for r in results]


def test_a_parallel_rebuild_answers_as_one_writer_does(tmp_path, monkeypatch):
    """Above REBUILD_PARALLEL_FROM notices the Whoosh rebuild runs sub-writers in other processes, one
    segment each: the same documents, scores, highlights and facets as a single writer's index."""
    from index import notice_index

    docs = notice_docs(60) + notice_docs(40, start=60, word="专项") + [
        as_doc(make_notice("x", "苹果产业扶持资金申报", "苹果种植企业可申报扶持资金。"))]
    queries = ["批次", "专项 OR 苹果", "第7号", '"扶持资金"', ""]
    single = make_index("whoosh", tmp_path / "single")
    assert single.rebuild(docs) == len(docs)
    monkeypatch.setattr(notice_index, "REBUILD_PARALLEL_FROM", 10)
    monkeypatch.setattr(notice_index.os, "sched_getaffinity", lambda _pid: {0, 1})
    parallel = make_index("whoosh", tmp_path / "parallel")
    assert parallel.rebuild(docs) == len(docs)
    segments = parallel._reader_index().reader().leaf_readers()
    assert len(segments) == 2  # one per sub-writer: it really ran in parallel
    assert parallel.doc_count() == len(docs)
    assert _answers(parallel, queries) == _answers(single, queries)


# -- merges on the import path (Whoosh) -----------------------------------------------------------------------

def test_import_commits_merge_only_small_segments(tmp_path, monkeypatch):
    """A commit merges the smallest segments once enough are small, into one no bigger than the cap, and
    never rewrites a big segment (Whoosh's own policy could merge half the index at one commit)."""
    from index import notice_index

    monkeypatch.setattr(notice_index, "MERGE_CAP_DOCS", 25)
    monkeypatch.setattr(notice_index, "MERGE_AT_SEGMENTS", 3)
    ix = make_index("whoosh", tmp_path / "index")
    ix.rebuild(notice_docs(40))  # one big segment
    start = 40
    sizes_seen = []
    for batch in (6, 6, 6, 6, 6, 6):
        ix.update(notice_docs(batch, start=start), known_new={f"n{i}" for i in range(start, start + batch)})
        start += batch
        sizes_seen.append(sorted(r.doc_count_all() for r, _ in ix._reader_index().reader().leaf_readers()))
    assert all(40 in sizes for sizes in sizes_seen)  # the big segment stays as it is
    assert max(max(s for s in sizes if s != 40) for sizes in sizes_seen) <= 25  # merges stay under the cap
    assert any(len(a) > len(b) for a, b in zip(sizes_seen, sizes_seen[1:]))  # and they happen
    assert ix.doc_count() == 76
    assert len(found(ix, "批次")) == 76


def test_a_failed_parallel_rebuild_stops_its_sub_writers(tmp_path, monkeypatch):
    """A store read that fails halfway through a parallel rebuild leaves the index as it was, and the
    command can exit: no sub-writer process is left waiting for work."""
    import multiprocessing

    from index import notice_index

    monkeypatch.setattr(notice_index, "REBUILD_PARALLEL_FROM", 10)
    monkeypatch.setattr(notice_index.os, "sched_getaffinity", lambda _pid: {0, 1})
    ix = make_index("whoosh", tmp_path / "index")
    ix.rebuild(notice_docs(5))
    before = storage.current_generation(ix.directory)

    def docs():
        yield from notice_docs(700)
        raise RuntimeError("store read failed")

    with pytest.raises(RuntimeError):
        ix.rebuild(docs())
    assert multiprocessing.active_children() == []
    assert storage.current_generation(ix.directory) == before
    assert ix.doc_count() == 5
