"""The SQLite store: schema and migrations, new/updated/unchanged, history, deadline changes, reading back."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.notice import Amount, Deadline, Phone, Region, Subject
from pipeline.records import RawRecord, build_notice
from pipeline.store import CHILD_TABLES, SCHEMA_VERSION, SavedNotice, Store, StoreError

TABLES = {"notices", *CHILD_TABLES, "notice_tokens", "notice_history", "deadline_changes", "http_cache", "runs",
          "run_sources", "schema_version", "notice_refs", "notice_keys", "notice_links", "call_deadlines", "digests", "watches"}


def notice(n: int = 1, text: str = "第一版正文。", deadline: date | None = date(2025, 10, 31), **extra):
    """A notice with extracted values set by hand (the extractors are tested elsewhere)."""
    built = build_notice(RawRecord(title=f"关于第{n}批专项资金申报的通知", content=text,
                                   url=f"https://www.example.gov.cn/art/{n}.html", published="2025-09-24",
                                   account="测试公众号", source="测试公众号", source_id=f"aid_{n}",
                                   provenance=f"dump.json#{n}"))
    built.kind = "call"
    built.kind_evidence = "现将申报工作通知如下"
    built.regions = [Region("南京市", "320100", "city", "南京市工信局"), Region("江苏省", "320000", "province")]
    built.deadlines = [Deadline(deadline, "17:00", "申报截止", "请于…前提交")] if deadline else []
    built.apply_deadline = deadline
    built.phones = [Phone("025-83390549", "8001", "王老师", "联系电话")]
    built.subjects = [Subject("中小企业", "面向中小企业")]
    built.amounts = [Amount("最高不超过500万元", 500.0, "最高不超过500万元")]
    built.doc_numbers = ["苏工信〔2025〕1号"]
    for key, value in extra.items():
        setattr(built, key, value)
    return built


def saved(item) -> SavedNotice:
    return SavedNotice(item, ["关于", "专项资金"], ["第一版", "正文"])


def rows(store: Store, table: str) -> list[dict]:
    return list(store.db.query(f"select * from {table}"))


# -- schema --------------------------------------------------------------------------------------
def test_new_store_has_schema(store):
    assert TABLES <= set(store.db.table_names())
    assert store.schema_version() == SCHEMA_VERSION == 4
    assert [r["version"] for r in rows(store, "schema_version")] == [1, 2, 3, 4]
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("pragma foreign_keys").fetchone()[0] == 1


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path):
    path = tmp_path / "huiqi.db"
    first = Store(path)
    first.save_batch([saved(notice(1))], 1)
    first.close()
    again = Store(path)
    assert again.count() == 1
    assert [r["version"] for r in rows(again, "schema_version")] == [1, 2, 3, 4]
    assert again.get_notice(notice(1).id).title == "关于第1批专项资金申报的通知"
    again.close()


def _store_of_a_newer_huiqi(tmp_path) -> Path:
    path = tmp_path / "huiqi.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("insert into schema_version (version, applied_at) values (?, ?)", [SCHEMA_VERSION + 1, "x"])
    conn.commit()
    conn.close()
    return path


def test_newer_schema_is_refused(tmp_path):
    path = _store_of_a_newer_huiqi(tmp_path)
    with pytest.raises(StoreError, match=r"schema version 5 is newer than this huiqi \(4\); upgrade huiqi"):
        Store(path)


def test_a_file_that_is_no_database_is_a_store_error(tmp_path):
    path = tmp_path / "huiqi.db"
    path.write_bytes(b"this is not a database, just text " * 200)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(path)


def test_store_creates_its_folder(tmp_path):
    Store(tmp_path / "a" / "b" / "huiqi.db").close()
    assert (tmp_path / "a" / "b" / "huiqi.db").is_file()


# -- opened read-only (commands that only read; tests/test_read_only_data_dir.py runs them in a read-only dir)
def test_a_store_opened_read_only_reads_and_cannot_write(tmp_path):
    path = tmp_path / "huiqi.db"
    writer = Store(path)
    writer.save_batch([saved(notice(1))], 1)
    writer.close()
    reader = Store(path, read_only=True)
    assert reader.get_notice(notice(1).id).title == "关于第1批专项资金申报的通知"
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.mark_indexed({notice(1).id: "h"})
    reader.close()


def test_a_store_opened_read_only_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "huiqi.db", read_only=True)
    assert not (tmp_path / "huiqi.db").exists()


def test_an_older_schema_opened_read_only_is_upgraded_first(tmp_path):
    import sqlite_utils

    from pipeline.store import MIGRATIONS

    path = tmp_path / "huiqi.db"
    db = sqlite_utils.Database(path)
    MIGRATIONS[1](db)
    db["schema_version"].insert({"version": 1, "applied_at": "x"})
    db.close()
    reader = Store(path, read_only=True)
    assert reader.schema_version() == SCHEMA_VERSION
    assert "title_derived" in reader.db["notices"].columns_dict
    reader.close()


def test_newer_schema_opened_read_only_is_refused(tmp_path):
    path = _store_of_a_newer_huiqi(tmp_path)
    with pytest.raises(StoreError, match="is newer than this huiqi"):
        Store(path, read_only=True)


# -- saving ----------------------------------------------------------------------------------------
def test_new_then_unchanged(store):
    first = notice(1)
    assert store.save_batch([saved(first), saved(notice(2))], 3) == {first.id: "new", notice(2).id: "new"}
    assert store.save_batch([saved(notice(1))], 3) == {first.id: "unchanged"}
    row = store.db["notices"].get(first.id)
    assert row["created_at"] and row["updated_at"] is None
    assert row["extractor_version"] == 3 and row["indexed_hash"] is None
    assert rows(store, "notice_history") == [] and rows(store, "deadline_changes") == []


def test_saved_notice_reads_back_equal(store):
    original = notice(1)
    store.save_batch([saved(original)], 1)
    back = store.get_notice(original.id)
    assert back.content_html is None  # left out unless asked for
    back.content_html = original.content_html
    assert back == original
    assert back.export_record() == original.export_record()


def test_children_and_tokens_are_stored(store):
    original = notice(1)
    store.save_batch([saved(original)], 1)
    regions = [(r["position"], r["name"], r["code"], r["level"]) for r in rows(store, "notice_regions")]
    assert regions == [(0, "南京市", "320100", "city"), (1, "江苏省", "320000", "province")]
    assert [(r["date"], r["time"], r["label"]) for r in rows(store, "notice_deadlines")] == [
        ("2025-10-31", "17:00", "申报截止")]
    assert [(r["number"], r["ext"], r["label"]) for r in rows(store, "notice_phones")] == [("025-83390549", "8001", "王老师")]
    assert [r["name"] for r in rows(store, "notice_subjects")] == ["中小企业"]
    (tokens,) = list(store.iter_saved([original.id]))
    assert (tokens.title_tokens, tokens.text_tokens) == (["关于", "专项资金"], ["第一版", "正文"])


def test_changed_text_is_an_update_with_history_and_deadline_change(store):
    first = notice(1)
    store.save_batch([saved(first)], 1)
    created = store.db["notices"].get(first.id)["created_at"]
    changed = notice(1, text="第二版正文：截止时间延长。", deadline=date(2025, 11, 15))
    assert changed.id == first.id and changed.content_hash != first.content_hash
    assert store.save_batch([saved(changed)], 1) == {first.id: "updated"}
    row = store.db["notices"].get(first.id)
    assert row["updated_at"] is not None and row["created_at"] == created
    assert row["content_hash"] == changed.content_hash and row["text"] == "第二版正文：截止时间延长。"
    history = store.history(first.id)
    assert [(h["content_hash"], h["title"]) for h in history] == [(first.content_hash, first.title)]
    assert rows(store, "notice_history")[0]["text"] == "第一版正文。"
    assert [(c["label"], c["old_date"], c["new_date"]) for c in store.deadline_changes(first.id)] == [
        ("申报截止", "2025-10-31", "2025-11-15")]
    # children replaced, not appended
    assert [r["date"] for r in rows(store, "notice_deadlines")] == ["2025-11-15"]
    assert len(rows(store, "notice_regions")) == 2
    assert store.count() == 1
    assert store.stats()["updated"] == 1


def test_update_without_deadline_change_records_none(store):
    store.save_batch([saved(notice(1))], 1)
    store.save_batch([saved(notice(1, text="改了一个字。"))], 1)
    assert store.deadline_changes(notice(1).id) == []
    assert len(store.history(notice(1).id)) == 1


def test_deadline_removed_is_a_change_to_nothing(store):
    store.save_batch([saved(notice(1))], 1)
    store.save_batch([saved(notice(1, text="截止时间另行通知。", deadline=None))], 1)
    assert [(c["label"], c["old_date"], c["new_date"]) for c in store.deadline_changes(notice(1).id)] == [
        ("申报截止", "2025-10-31", None)]


def test_same_notice_twice_in_one_batch_first_wins(store):
    first, second = notice(1), notice(1, text="另一个版本。")
    assert store.save_batch([saved(first), saved(second)], 1) == {first.id: "new"}
    assert store.get_notice(first.id).text == "第一版正文。"


def test_failed_batch_leaves_nothing(store, monkeypatch):
    good = notice(1)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    store.save_batch([saved(good)], 1)
    monkeypatch.setattr(Store, "_insert_children", staticmethod(broken))
    with pytest.raises(RuntimeError):
        store.save_batch([saved(notice(2)), saved(notice(3))], 1)
    assert store.count() == 1
    assert {r["notice_id"] for r in rows(store, "notice_tokens")} == {good.id}


def test_replace_extraction(store):
    original = notice(1)
    store.save_batch([saved(original)], 1)
    store.mark_indexed({original.id: original.content_hash})
    same = store.get_notice(original.id)
    assert store.replace_extraction(same, 2) is False
    assert store.db["notices"].get(original.id)["extractor_version"] == 2
    moved = store.get_notice(original.id)
    moved.deadlines = [Deadline(date(2025, 12, 1), None, "申报截止")]
    moved.subjects = []
    assert store.replace_extraction(moved, 3) is True
    assert [r["date"] for r in rows(store, "notice_deadlines")] == ["2025-12-01"]
    assert rows(store, "notice_subjects") == []
    assert store.db["notices"].get(original.id)["indexed_hash"] is None
    assert [(c["old_date"], c["new_date"]) for c in store.deadline_changes(original.id)] == [("2025-10-31", "2025-12-01")]


# -- reading -------------------------------------------------------------------------------------
def test_find_ids_by_prefix_and_source_id(store):
    items = [notice(n) for n in range(1, 30)]
    store.save_batch([saved(i) for i in items], 1)
    target = items[0]
    assert store.find_ids(target.id) == [target.id]
    assert store.find_ids(target.id[:10]) == [target.id]
    assert store.find_ids(target.id[:10].upper()) == [target.id]
    assert store.find_ids("aid_1") == [target.id]
    first_char = target.id[0]
    assert store.find_ids(first_char) == sorted(i.id for i in items if i.id.startswith(first_char))[:10]
    assert store.find_ids("zzzz") == []
    # LIKE wildcards typed by a user are literal characters, and nothing is no prefix
    assert store.find_ids("%") == store.find_ids("_") == store.find_ids("") == []


def test_iter_notices_newest_first(store):
    old = notice(1, published=date(2024, 1, 1))
    new = notice(2, published=date(2025, 9, 1))
    store.save_batch([saved(old), saved(new)], 1)
    assert [n.id for n in store.iter_notices()] == [new.id, old.id]
    assert [n.id for n in store.iter_notices(where="published < ?", params=["2025-01-01"])] == [old.id]


def test_stats(store):
    store.save_batch([saved(notice(1)), saved(notice(2, kind=None))], 1)
    stats = store.stats()
    assert stats["notices"] == 2
    assert stats["by_kind"] == {"call": 1, "(none)": 1}
    assert stats["by_source"] == {"测试公众号": 2}
    assert stats["by_region"] == {"南京市": 2, "江苏省": 2}
    assert stats["published"] == ("2025-09-24", "2025-09-24")
    assert (stats["with_apply_deadline"], stats["updated"], stats["unindexed"], stats["schema_version"]) == (2, 0, 2, 4)
    assert stats["links"] == {}


def test_index_bookkeeping(store):
    one, two = notice(1), notice(2)
    store.save_batch([saved(one), saved(two)], 1)
    assert store.unindexed_ids() == sorted([one.id, two.id])
    store.mark_indexed({one.id: one.content_hash})
    assert store.unindexed_ids() == [two.id]
    store.clear_indexed()
    assert len(store.unindexed_ids()) == 2


def test_http_validators_and_runs(store):
    assert store.http_validators("https://a.gov.cn/") == (None, None)
    store.save_http_validators("https://a.gov.cn/", '"etag1"', "Tue, 23 Sep 2025 08:00:00 GMT")
    store.save_http_validators("https://a.gov.cn/", '"etag2"', None)
    assert store.http_validators("https://a.gov.cn/") == ('"etag2"', None)
    run = store.start_run(["南京市工信局"], kind="harvest")
    store.finish_run(run, "ok", {"南京市工信局": {"pages": 3, "new": 2, "errors": ["timeout"]}})
    (recorded,) = store.runs()
    assert (recorded["status"], recorded["sources"]) == ("ok", ["南京市工信局"])
    (source,) = recorded["per_source"]
    assert (source["pages"], source["new"], source["unchanged"], source["errors"]) == (3, 2, 0, ["timeout"])


# Arbitrary text survives the store unchanged (titles, text, evidence, list values).
any_text = st.text(max_size=80)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=any_text, text=any_text, evidence=any_text, tags=st.lists(any_text, max_size=3))
def test_arbitrary_text_round_trips_through_the_store(store, title, text, evidence, tags):
    item = notice(1)
    item.id = f"h{abs(hash((title, text, evidence, tuple(tags))))}"
    item.title, item.text, item.title_tags, item.kind_evidence = title, text, tags, evidence
    item.regions = [Region(title, "320100", "city", evidence)]
    item.compute_content_hash()
    store.save_batch([saved(item)], 1)
    back = store.get_notice(item.id)
    back.content_html = item.content_html
    assert back == item
