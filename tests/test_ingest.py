"""The ingest path: import_files and Ingestor (re-imports, updates, bad records, batches, resuming)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from pipeline import ingest
from pipeline.importer import Problem
from pipeline.ingest import Ingestor, import_files
from pipeline.records import MAX_CONTENT_CHARS, MAX_TEXT_CHARS, RawRecord
from pipeline.store import Store

EXPORT_KEYS = ["id", "source_id", "url", "title", "published", "account", "kind", "regions", "deadlines",
               "apply_deadline", "phones", "subjects"]


def counts(summary) -> dict:
    return {k: summary.counts.get(k, 0) for k in ingest.OUTCOMES}


def expect(new=0, updated=0, unchanged=0, duplicate=0, rejected=0) -> dict:
    return dict(new=new, updated=updated, unchanged=unchanged, duplicate=duplicate, rejected=rejected)


def test_samples_twice_new_then_unchanged(store, samples_dir):
    first = import_files([str(samples_dir)], store)
    assert counts(first) == expect(new=62)
    assert first.problems == []
    assert len(first.changed_ids) == 62 == store.count()
    second = import_files([str(samples_dir)], store)
    assert counts(second) == expect(unchanged=62)
    assert second.changed_ids == [] and second.problems == []
    assert store.db.execute("select count(*) from notices where updated_at is not null").fetchone()[0] == 0


def test_ids_are_the_same_in_another_store_and_from_reshared_links(tmp_path, sample_path, sample_records, write_json):
    one, two = Store(tmp_path / "one.db"), Store(tmp_path / "two.db")
    import_files([str(sample_path)], one)
    # the same articles as shared again: other chksm/scene parameters, https
    reshared = [{**r, "链接url": r["链接url"].replace("http://", "https://").replace("#rd", "&scene=21#wechat_redirect")}
                for r in sample_records]
    import_files([str(write_json("reshared.json", reshared))], two)
    assert set(one.content_hashes()) == set(two.content_hashes())
    assert counts(import_files([str(sample_path)], two)) == expect(unchanged=62)
    by_aid = {n.source_id: n.id for n in one.iter_notices()}
    assert by_aid == {n.source_id: n.id for n in two.iter_notices()}
    assert len(set(by_aid.values())) == 62


def test_changed_text_is_updated_and_history_kept(store, make_record, write_json):
    import_files([str(write_json("v1.json", [make_record(1), make_record(2)]))], store)
    changed = make_record(1, finalContent="第1号通知正文（更正）。请于2025年11月15日前提交申报材料。")
    summary = import_files([str(write_json("v2.json", [changed, make_record(2)]))], store)
    assert counts(summary) == expect(updated=1, unchanged=1)
    (notice_id,) = summary.changed_ids
    assert store.get_notice(notice_id).text == "第1号通知正文（更正）。请于2025年11月15日前提交申报材料。"
    assert len(store.history(notice_id)) == 1
    assert store.db["notices"].get(notice_id)["updated_at"] is not None


def test_bad_records_are_reported_and_good_ones_imported(store, make_record, write_json):
    path = write_json("mixed.json", [
        make_record(1),
        make_record(2, 标题title=""),  # no title: kept, with a title derived from its text
        {k: v for k, v in make_record(3).items() if k != "标题title"},
        make_record(9, 标题title="", finalContent=""),  # nothing to derive a title from
        make_record(4, 时间time="下周一"),
        make_record(5, 时间time=1727136000000),  # milliseconds: read as 2024-09-24 in Beijing
        make_record(6, 链接url="http://[::1/s?x=1"),
        make_record(7, finalContent={"html": "<p>不是文本</p>"}),
        make_record(1),  # the same article again
        make_record(8, 时间time="2025年9月24日"),
    ])
    summary = import_files([str(path)], store)
    assert counts(summary) == expect(new=5, duplicate=1, rejected=4)
    assert store.count() == 5
    found = [(p.file, p.record, p.field) for p in summary.problems]
    assert found == [
        (str(path), 3, "title"), (str(path), 4, "published"),
        (str(path), 6, "url"), (str(path), 7, "content"),
    ]
    assert summary.problems[0].message == "missing or empty, and no text to derive one from"
    derived = [n for n in store.iter_notices() if n.title_derived]
    assert sorted(n.source_id for n in derived) == ["9900000002_1", "9900000003_1"]
    assert all(n.title and n.raw_title == "" for n in derived)
    # a duplicate is no problem of its record: it is counted with the reason and the record it repeats
    (duplicate,) = summary.duplicates
    assert (duplicate.record, duplicate.first, duplicate.reason) == (f"{path}#8", f"{path}#0", "url")
    assert summary.duplicate_reasons == {"url": 1}


def test_file_level_problems_do_not_stop_other_files(store, make_record, write_json, tmp_path):
    good = write_json("good.json", [make_record(1)])
    (tmp_path / "input" / "empty.json").write_bytes(b"")
    (tmp_path / "input" / "notes.txt").write_text("说明", encoding="utf-8")
    summary = import_files([str(tmp_path / "input"), str(tmp_path / "missing.json")], store)
    assert counts(summary) == expect(new=1)
    assert sorted((os.path.basename(p.file), p.record, p.message) for p in summary.problems) == [
        ("empty.json", None, "empty file"), ("missing.json", None, "no such file or directory"),
        ("notes.txt", None, "skipped: not a .json/.jsonl/.ndjson file")]
    assert store.get_notice(summary.changed_ids[0]).provenance == f"{good}#0"


def test_malformed_record_counts_as_rejected(store, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"title": "好的通知"}, {"title": oops}, {"title": "另一个通知"}]', encoding="utf-8")
    summary = import_files([str(path)], store)
    assert counts(summary) == expect(new=2, rejected=1)
    assert [(p.record, p.field) for p in summary.problems] == [(1, None)]


@pytest.mark.parametrize("layout", ["array", "lines"])
def test_records_python_cannot_decode_are_rejected_alone(store, make_record, tmp_path, layout):
    # a 5,000-digit integer (over Python's int digits limit) and arrays nested 10,000 deep
    records = [json.dumps(make_record(n), ensure_ascii=False) for n in range(1, 4)]
    records[1:1] = ['{"标题title": "坏", "n": %s}' % ("9" * 5000)]
    records[3:3] = ['{"标题title": "坏", "n": %s}' % ("[" * 10_000 + "]" * 10_000)]
    path = tmp_path / "hostile.json"
    path.write_text("[" + ",\n".join(records) + "]" if layout == "array" else "\n".join(records), encoding="utf-8")
    summary = import_files([str(path)], store)
    assert counts(summary) == expect(new=3, rejected=2)
    assert [str(p) for p in summary.problems] == [
        f"{path}: record 1: unreadable JSON (an integer of more than 4300 digits)",
        f"{path}: record 3: unreadable JSON (nested too deeply)"]
    assert sorted(n.provenance for n in store.iter_notices()) == [f"{path}#{i}" for i in (0, 2, 4)]


@pytest.mark.parametrize("field, value, message", [
    ("文章标识符aid", ["2652054059", 1], "expected text or a number, got list"),
    ("文章标识符aid", {"aid": "2652054059_1"}, "expected text or a number, got dict"),
    ("文章标识符aid", True, "expected text or a number, got bool"),
    ("文章标识符aid", float("nan"), "expected text or a number, got nan"),
    ("source", ["公众号"], "expected text or a number, got list"),
    ("source", float("-inf"), "expected text or a number, got -inf"),
    ("链接url", float("nan"), "expected text, got float"),
    ("时间time", float("nan"), "not a date: nan"),
    ("时间time", float("inf"), "not a date: inf"),
])
def test_ids_and_numbers_that_are_no_values_reject_their_record(store, make_record, write_json, field, value,
                                                                 message):
    # the id fields used to be stored as a Python repr ("['2652054059', 1]"), NaN as "nan"
    path = write_json("odd.json", [make_record(1), make_record(2, **{field: value}), make_record(3)],
                      allow_nan=True)
    summary = import_files([str(path)], store)
    assert counts(summary) == expect(new=2, rejected=1)
    target = {"文章标识符aid": "source_id", "链接url": "url", "时间time": "published"}.get(field, field)
    assert summary.problems == [Problem(str(path), 1, target, message)]


def test_numeric_ids_are_written_out(store, make_record, write_json):
    path = write_json("ids.json", [make_record(1, 文章标识符aid=2652054059), make_record(2, 文章标识符aid=7.5)])
    import_files([str(path)], store)
    assert sorted(n.source_id for n in store.iter_notices()) == ["2652054059", "7.5"]


def test_five_megabyte_record_is_imported_and_its_cut_reported(store, make_record, write_json):
    # an article with an inline image: 5 MB of markup, little text
    image = "data:image/png;base64," + "iVBORw0KGgo" * 480_000
    content = f"<p>关于开展专项资金申报的通知正文。</p><img src=\"{image}\"><p>联系电话：025-83390549</p>"
    path = write_json("big.json", [make_record(1), make_record(2, finalContent=content), make_record(3)])
    assert path.stat().st_size > 5_000_000
    summary = import_files([str(path)], store)
    assert counts(summary) == expect(new=3)
    (problem,) = summary.problems
    assert (problem.file, problem.record, problem.field) == (str(path), 1, "content")
    assert f"{MAX_CONTENT_CHARS:,}" in problem.message
    big = [n for n in store.iter_notices() if n.source_id == make_record(2)["文章标识符aid"]][0]
    assert big.text.startswith("关于开展专项资金申报的通知正文。")


def test_a_page_sized_text_is_cut_to_a_notice_and_the_cut_reported(store, make_record, write_json):
    long_text = "关于开展专项资金申报的通知正文。" + "申报单位应具备相应条件。\n" * 40_000  # ~520,000 characters
    path = write_json("long.json", [make_record(1, finalContent=long_text), make_record(2)])
    summary = import_files([str(path)], store)
    assert counts(summary) == expect(new=2)
    (problem,) = summary.problems
    assert (problem.record, problem.field, problem.message) == (0, "content", f"text cut at {MAX_TEXT_CHARS:,} characters")
    long = [n for n in store.iter_notices() if n.source_id == make_record(1)["文章标识符aid"]][0]
    assert len(long.text) == MAX_TEXT_CHARS and long.text.startswith("关于开展专项资金申报的通知正文。")


def test_an_extractor_failure_rejects_only_that_record(store, make_record, write_json, monkeypatch):
    from pipeline import extract

    real = extract.extract_notice

    def flaky(notice, tokens=None):
        if "第2号" in notice.title:
            raise KeyError("boom")
        return real(notice, tokens)

    monkeypatch.setattr(extract, "extract_notice", flaky)
    path = write_json("dump.json", [make_record(1), make_record(2), make_record(3)])
    summary = import_files([str(path)], store)
    assert counts(summary) == expect(new=2, rejected=1)
    assert summary.problems == [Problem(str(path), 1, "extraction", "KeyError: 'boom'")]


def test_stdin_and_json_lines(store, make_record, monkeypatch, tmp_path):
    import io

    lines = "\n".join(json.dumps(make_record(n), ensure_ascii=False) for n in range(3)) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")), encoding="utf-8"))
    summary = import_files(["-"], store)
    assert counts(summary) == expect(new=3)
    assert {n.provenance for n in store.iter_notices()} == {"<stdin>#0", "<stdin>#1", "<stdin>#2"}


class FakeIndex:
    def __init__(self):
        self.added: list[list[str]] = []
        self.new_ids: list[str] = []
        self.caught_up = 0

    def add(self, saved, new_ids=()):
        self.added.append([s.notice.id for s in saved])
        self.new_ids.extend(new_ids)

    def catch_up(self):
        self.caught_up += 1

    def abandon(self):
        pass


def test_batches_are_saved_and_indexed_as_they_fill(store):
    index = FakeIndex()
    with Ingestor(store, index=index, batch_size=2) as ingestor:
        outcomes = [ingestor.add(RawRecord(title=f"通知{n}", content="正文", url=f"https://a.gov.cn/{n}"))
                    for n in range(5)]
        assert store.count() == 4  # two full batches
    assert outcomes == ["new"] * 5
    assert store.count() == 5
    assert [len(batch) for batch in index.added] == [2, 2, 1]
    assert len(index.new_ids) == 5  # all new to the store
    assert index.caught_up == 1


def test_only_notices_new_to_the_store_are_passed_as_new(store):
    with Ingestor(store, batch_size=10) as ingestor:
        ingestor.add(RawRecord(title="通知", content="正文", url="https://a.gov.cn/1"))
    index = FakeIndex()
    with Ingestor(store, index=index, batch_size=10) as ingestor:
        ingestor.add(RawRecord(title="通知", content="改过的正文", url="https://a.gov.cn/1"))
        ingestor.add(RawRecord(title="另一个通知", content="正文", url="https://a.gov.cn/2"))
    assert len(index.added[0]) == 2
    assert index.new_ids == [n.id for n in store.iter_notices() if n.title == "另一个通知"]


def test_an_interrupted_ingestor_keeps_whole_batches_only(store):
    with pytest.raises(KeyboardInterrupt):
        with Ingestor(store, batch_size=2) as ingestor:
            for n in range(3):
                ingestor.add(RawRecord(title=f"通知{n}", content="正文", url=f"https://a.gov.cn/{n}"))
            raise KeyboardInterrupt
    assert store.count() == 2


# -- killing an import and running it again ---------------------------------------------------------
TIMESTAMP_COLUMNS = {"fetched_at", "created_at", "updated_at"}
COMPARED_TABLES = ["notices", "notice_regions", "notice_deadlines", "notice_phones", "notice_subjects",
                   "notice_tokens", "notice_history", "deadline_changes"]


def table_dump(db_path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_path)
    dump = {}
    for table in COMPARED_TABLES:
        columns = [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] not in TIMESTAMP_COLUMNS]
        dump[table] = sorted(conn.execute(f"select {', '.join(columns)} from {table}").fetchall(), key=repr)
    conn.close()
    return dump


def stored_rows(db_path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("select count(*) from notices").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet, or being migrated


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_import_resumes_to_the_database_of_a_clean_run(tmp_path, make_record, write_json, cli, repo_root, jobs):
    total = 1200  # six batches of 200
    records = [make_record(n, finalContent=f"第{n}号通知正文。南京市中小企业请于2025年10月{n % 28 + 1}日前提交申报材料。"
                                           f"联系电话：025-8339{n % 10000:04d}\r来源：某局\r编辑：张三")
               for n in range(total)]
    records.insert(500, records[10])  # a duplicate across batches
    path = write_json("large.json", records)
    killed_dir = tmp_path / "killed"
    env = {**os.environ, "CI": "1", "PYTHONPATH": str(repo_root)}
    env.pop("HUIQI_DATA", None)
    process = subprocess.Popen([sys.executable, "-m", "cli", "--data-dir", str(killed_dir), "import", "--no-index",
                                "--jobs", jobs, str(path)],
                               cwd=repo_root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while stored_rows(killed_dir / "huiqi.db") == 0:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "no batch was saved within 120 s"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    saved_before = stored_rows(killed_dir / "huiqi.db")
    assert 0 < saved_before < total, "the import finished before it could be killed"
    assert saved_before % 200 == 0  # whole batches only

    cli.data_dir = killed_dir
    resumed = cli("import", "--no-index", "--jobs", jobs, path)
    assert resumed.exit_code == 0, resumed.output
    assert resumed.stdout == (f"{total - saved_before} new, 0 updated, {saved_before} unchanged, 1 duplicate, "
                              "0 rejected\n")

    cli.data_dir = tmp_path / "clean"
    clean = cli("import", "--no-index", path)
    assert clean.stdout == f"{total} new, 0 updated, 0 unchanged, 1 duplicate, 0 rejected\n"

    resumed_tables = table_dump(killed_dir / "huiqi.db")
    assert resumed_tables == table_dump(tmp_path / "clean" / "huiqi.db")
    assert len(resumed_tables["notices"]) == len(resumed_tables["notice_tokens"]) == total
    conn = sqlite3.connect(killed_dir / "huiqi.db")
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    conn.close()


# -- the index after imports: each notice once ----------------------------------------------------
def _import_with_index(store, index_dir, records, write_json, name):
    from pipeline.indexing import IndexSync

    sync = IndexSync(store, index_dir)
    summary = import_files([str(write_json(name, records))], store, index=sync)
    return sync, summary


def test_a_second_import_adds_new_notices_to_the_index_once(tmp_path, make_record, write_json):
    store = Store(tmp_path / "huiqi.db")
    first = [make_record(n) for n in range(3)]
    _import_with_index(store, tmp_path / "index", first, write_json, "first.json")
    more = first + [make_record(n) for n in range(3, 5)]
    sync, summary = _import_with_index(store, tmp_path / "index", more, write_json, "more.json")
    assert counts(summary) == expect(new=2, unchanged=3)
    assert sync.index.doc_count() == 5
    assert store.unindexed_ids() == []


def test_an_index_left_from_an_earlier_database_gets_no_second_copies(tmp_path, make_record, write_json):
    # the database is deleted and the dump imported again: every notice is new to the store, but the
    # old index already holds them
    records = [make_record(n) for n in range(3)]
    _import_with_index(Store(tmp_path / "old.db"), tmp_path / "index", records, write_json, "a.json")
    store = Store(tmp_path / "new.db")
    sync, summary = _import_with_index(store, tmp_path / "index", records, write_json, "b.json")
    assert counts(summary) == expect(new=3)
    assert sync.index.doc_count() == 3
    assert sync.index.search("专项资金", limit=10).total == 3


# -- a big import into an empty index builds it once, at the end ---------------------------------------
class _CountingSync:
    """Records how the index was written: notices added through the writer, and whole builds."""

    def __init__(self, sync, monkeypatch):
        self.added, self.builds = 0, 0
        add, rebuild = sync.add, sync.rebuild

        def counted_add(saved, new_ids=()):
            self.added += len(saved)
            return add(saved, new_ids)

        def counted_rebuild(engine=None):
            self.builds += 1
            return rebuild(engine)

        monkeypatch.setattr(sync, "add", counted_add)
        monkeypatch.setattr(sync, "rebuild", counted_rebuild)


def test_a_parallel_import_into_an_empty_index_stores_first_then_builds_it_whole(tmp_path, sample_path, monkeypatch):
    from pipeline import indexing
    from pipeline.indexing import IndexSync

    monkeypatch.setattr(indexing, "BUILD_WHOLE_FROM", 10)
    store = Store(tmp_path / "huiqi.db")
    sync = IndexSync(store, tmp_path / "index")
    seen = _CountingSync(sync, monkeypatch)
    summary = import_files([str(sample_path)], store, index=sync, workers=2)
    assert counts(summary) == expect(new=62)
    assert (seen.added, seen.builds) == (0, 1)  # nothing went through the writer while storing
    assert sync.index.doc_count() == 62 and store.unindexed_ids() == []
    assert sync.index.search("专精特新", limit=5).total > 0


def test_imports_into_a_filled_index_or_in_one_process_write_it_as_they_store(tmp_path, sample_path, make_record,
                                                                              write_json, monkeypatch):
    from pipeline import indexing
    from pipeline.indexing import IndexSync

    monkeypatch.setattr(indexing, "BUILD_WHOLE_FROM", 10)
    store = Store(tmp_path / "one" / "huiqi.db")
    sync = IndexSync(store, tmp_path / "one" / "index")
    seen = _CountingSync(sync, monkeypatch)
    import_files([str(sample_path)], store, index=sync, workers=1)
    assert (seen.added, seen.builds) == (62, 0)

    more = [make_record(n) for n in range(12)]
    import_files([str(write_json("more.json", more))], store, index=sync, workers=2)
    assert (seen.added, seen.builds) == (62 + 12, 0)  # the index held notices: added to, not rebuilt
    assert sync.index.doc_count() == 74 and store.unindexed_ids() == []


def test_a_store_left_unindexed_by_a_killed_bulk_import_is_built_whole_by_the_next_catch_up(tmp_path, sample_path,
                                                                                              monkeypatch):
    from pipeline import indexing
    from pipeline.indexing import IndexSync

    monkeypatch.setattr(indexing, "BUILD_WHOLE_FROM", 10)
    store = Store(tmp_path / "huiqi.db")
    import_files([str(sample_path)], store, index=None)  # as a run killed before its index was built
    sync = IndexSync(store, tmp_path / "index")
    seen = _CountingSync(sync, monkeypatch)
    assert sync.catch_up() == 62
    assert seen.builds == 1 and sync.index.doc_count() == 62 and store.unindexed_ids() == []
    monkeypatch.setattr(indexing, "BUILD_WHOLE_FROM", 100)  # below it, an empty index is written to
    store2 = Store(tmp_path / "two.db")
    import_files([str(sample_path)], store2, index=None)
    sync2 = IndexSync(store2, tmp_path / "index2")
    seen2 = _CountingSync(sync2, monkeypatch)
    assert sync2.catch_up() == 62 and (seen2.added, seen2.builds) == (62, 0)


def test_doctor_repairs_an_empty_index_by_building_it_whole(tmp_path, sample_path, monkeypatch):
    from index import NoticeIndex
    from pipeline import indexing
    from pipeline.indexing import IndexSync

    monkeypatch.setattr(indexing, "BUILD_WHOLE_FROM", 10)
    store = Store(tmp_path / "huiqi.db")
    import_files([str(sample_path)], store, index=None)
    NoticeIndex(tmp_path / "index").update([])  # an index left empty, as a killed bulk import leaves it
    sync = IndexSync(store, tmp_path / "index")
    seen = _CountingSync(sync, monkeypatch)
    drift = sync.doctor(repair=True)
    assert len(drift.missing) == 62 and seen.builds == 1 and sync.index.doc_count() == 62


def test_the_whole_build_reports_its_notices_waiting_then_indexed(tmp_path, sample_path, monkeypatch):
    from pipeline import indexing
    from pipeline.indexing import IndexSync
    from pipeline.progress import Progress

    class Recorded(Progress):
        def __init__(self):
            self.calls = []

        def indexing(self, indexed, waiting, committing=False):
            self.calls.append((indexed, waiting, committing))

    monkeypatch.setattr(indexing, "BUILD_WHOLE_FROM", 10)
    store = Store(tmp_path / "huiqi.db")
    progress = Recorded()
    import_files([str(sample_path)], store, index=IndexSync(store, tmp_path / "index"), workers=2, progress=progress)
    assert (0, 62, True) in progress.calls  # the commit of the 62 taken, not "committing 0"
    assert progress.calls[-1] == (62, 0, False)


def test_a_failed_build_at_the_end_keeps_the_summary_and_the_notices_waiting(tmp_path, sample_path, monkeypatch):
    from pipeline import indexing
    from pipeline.indexing import IndexSync

    monkeypatch.setattr(indexing, "BUILD_WHOLE_FROM", 10)
    store = Store(tmp_path / "huiqi.db")
    sync = IndexSync(store, tmp_path / "index")

    def broken(engine=None):
        raise RuntimeError("disk full")

    monkeypatch.setattr(sync, "rebuild", broken)
    summary = import_files([str(sample_path)], store, index=sync, workers=2)
    assert counts(summary) == expect(new=62)
    assert any("the index was not built (RuntimeError: disk full)" in p.message for p in summary.problems)
    assert len(store.unindexed_ids()) == 62
    monkeypatch.undo()
    assert IndexSync(store, tmp_path / "index").catch_up() == 62


# -- segmentation and extraction in worker processes ------------------------------------------------
def test_an_import_with_workers_stores_what_a_serial_one_does(tmp_path, sample_path):
    for workers in (1, 2):
        store = Store(tmp_path / f"w{workers}" / "huiqi.db")
        summary = import_files([str(sample_path)], store, workers=workers)
        assert counts(summary) == expect(new=62)
        store.close()
    assert table_dump(tmp_path / "w2" / "huiqi.db") == table_dump(tmp_path / "w1" / "huiqi.db")


def test_small_imports_stay_in_one_process_and_big_ones_use_the_cpus(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert ingest.default_workers(ingest.PARALLEL_MIN_BYTES - 1) == 1
    assert ingest.default_workers(ingest.PARALLEL_MIN_BYTES) == ingest.MAX_WORKERS
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert ingest.default_workers(10 * ingest.PARALLEL_MIN_BYTES) == 2


def test_the_index_commits_at_its_batch_size_and_the_store_records_only_commits(tmp_path, make_record, write_json):
    from pipeline.indexing import IndexSync

    store = Store(tmp_path / "huiqi.db")
    sync = IndexSync(store, tmp_path / "index", batch_size=4)
    with Ingestor(store, index=sync, batch_size=2) as ingestor:
        for n in range(6):
            ingestor.add(RawRecord(title=f"关于第{n}批专项资金申报的通知", content="正文", url=f"https://a.gov.cn/{n}"))
        assert len(store.unindexed_ids()) == 2  # four committed; two added to the open writer
        assert sync.index.doc_count() == 4
    assert store.unindexed_ids() == [] and sync.index.doc_count() == 6


def test_a_failing_import_drops_uncommitted_index_work_and_frees_the_lock(tmp_path):
    from index import NoticeIndex
    from pipeline.indexing import IndexSync

    store = Store(tmp_path / "huiqi.db")
    sync = IndexSync(store, tmp_path / "index", batch_size=100)
    with pytest.raises(KeyboardInterrupt):
        with Ingestor(store, index=sync, batch_size=2) as ingestor:
            for n in range(3):
                ingestor.add(RawRecord(title=f"通知{n}", content="正文", url=f"https://a.gov.cn/{n}"))
            raise KeyboardInterrupt
    assert store.count() == 2 and len(store.unindexed_ids()) == 2  # saved, waiting for the index
    NoticeIndex(tmp_path / "index", lock_timeout=0.1).delete(["x"])  # no lock left behind
    assert IndexSync(store, tmp_path / "index").catch_up() == 2


def test_an_index_batch_of_one_commits_every_saved_batch_and_frees_the_lock(tmp_path):
    # what a harvest uses: it waits on the network between batches, and must not hold the lock then
    from index import NoticeIndex
    from pipeline.indexing import IndexSync

    store = Store(tmp_path / "huiqi.db")
    sync = IndexSync(store, tmp_path / "index", batch_size=1)
    with Ingestor(store, index=sync, batch_size=2) as ingestor:
        for n in range(2):
            ingestor.add(RawRecord(title=f"关于第{n}批专项资金申报的通知", content="正文", url=f"https://a.gov.cn/{n}"))
        assert store.unindexed_ids() == [] and sync.index.doc_count() == 2
        NoticeIndex(tmp_path / "index", lock_timeout=0.1).delete(["x"])  # not held between batches
