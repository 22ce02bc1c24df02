"""Regression tests for problems found in review: each would lose or corrupt data if it came back."""
from __future__ import annotations

import json
from datetime import date

from pipeline.dates import date_from_timestamp, parse_user_date
from pipeline.indexing import IndexSync
from pipeline.ingest import Ingestor, import_files, reextract
from pipeline.records import RawRecord, parse_published
from pipeline.store import Store


def _dump(path, records):
    path.write_text(json.dumps(records, ensure_ascii=False), "utf-8")
    return str(path)


def _record(aid, text, title="关于组织申报2025年度专项资金的通知"):
    return {"文章标识符aid": aid, "标题title": title, "finalContent": text, "时间time": "2025-09-24",
            "公众号名称": "测试号", "链接url": f"https://example.gov.cn/tz/{aid}.html"}


def test_lone_surrogates_do_not_abort_the_import(tmp_path):
    store = Store(tmp_path / "h.db")
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title":"a","content":"x"}\n{"title":"b","content":"y","account":"号\\ud800"}\n', "utf-8")
    summary = import_files([str(path)], store)
    assert summary.counts["new"] == 2
    assert {n.account for n in store.iter_notices()} == {None, "号\ufffd"}


def test_reimporting_an_older_dump_keeps_the_newer_text(tmp_path):
    store = Store(tmp_path / "h.db")
    old = _dump(tmp_path / "old.json", [_record("1", "请于2025年10月20日前提交申报材料。")])
    new = _dump(tmp_path / "new.json", [_record("1", "截止时间提前：请于2025年10月10日前提交申报材料。")])
    import_files([old], store)
    assert import_files([new], store).counts["updated"] == 1
    again = import_files([old], store)
    assert again.counts["unchanged"] == 1 and again.counts["updated"] == 0
    (notice,) = store.iter_notices()
    assert "提前" in notice.text


def test_a_live_page_going_back_to_its_earlier_text_is_an_update(tmp_path):
    """Harvests (keep_newer off) take what the page says now, even an earlier wording."""
    store = Store(tmp_path / "h.db")
    first = RawRecord(title="关于申报的通知", content="请于10月20日前申报。", url="https://example.gov.cn/a.html",
                      published="2025-09-24", source="site")
    second = RawRecord(title="关于申报的通知", content="请于10月10日前申报。", url="https://example.gov.cn/a.html",
                       published="2025-09-24", source="site")
    for raw in (first, second, first):
        with Ingestor(store) as ingestor:
            ingestor.add(raw)
    (notice,) = store.iter_notices()
    assert "10月20日" in notice.text


def test_reextract_does_not_overwrite_text_changed_meanwhile(tmp_path):
    store = Store(tmp_path / "h.db")
    import_files([_dump(tmp_path / "a.json", [_record("1", "请于2025年10月20日前提交申报材料。")])], store)
    (stale,) = store.iter_notices()
    import_files([_dump(tmp_path / "b.json", [_record("1", "请于2025年10月10日前提交申报材料。")])], store)
    stale.kind = "policy"
    assert store.replace_extraction(stale, 999) is False
    (current,) = store.iter_notices()
    assert current.kind == "call" and current.apply_deadline == date(2025, 10, 10)
    assert reextract(store, everything=True)[0] == 1


def test_index_lock_timeout_leaves_notices_stored_and_waiting_for_the_index(tmp_path):
    from index.locking import index_lock

    store = Store(tmp_path / "h.db")
    sync = IndexSync(store, tmp_path / "index")
    sync.index.lock_timeout = 0.2
    with index_lock(tmp_path / "index" / "write.lock", 1, "another writer"):
        summary = import_files([_dump(tmp_path / "a.json", [_record("1", "正文。")])], store, index=sync)
    assert summary.counts["new"] == 1
    assert store.unindexed_ids() == [n.id for n in store.iter_notices()]
    assert sync.catch_up() == 1 and store.unindexed_ids() == []


def test_dates_are_beijing_dates():
    assert date_from_timestamp(1758645000) == date(2025, 9, 24)  # 2025-09-24 00:30 in Beijing
    assert date_from_timestamp(1758645000000) == date(2025, 9, 24)  # milliseconds
    assert parse_published("2025-09-23T16:30:00Z") == date(2025, 9, 24)
    assert parse_published("2025-09-24") == date(2025, 9, 24)
    assert parse_user_date("2025年9月30日") == date(2025, 9, 30)
    assert parse_user_date("today", today=date(2025, 1, 2)) == date(2025, 1, 2)


def test_fifo_paths_are_read(tmp_path):
    import os
    import threading

    fifo = tmp_path / "dump.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(json.dumps([_record("1", "正文。")]), "utf-8"))
    writer.start()
    summary = import_files([str(fifo)], Store(tmp_path / "h.db"))
    writer.join(5)
    assert summary.counts["new"] == 1


def test_a_run_left_running_by_a_killed_harvest_is_marked_killed(tmp_path):
    store = Store(tmp_path / "h.db")
    killed = store.start_run(["site"])
    current = store.start_run(["site"])
    status = {run["id"]: run["status"] for run in store.runs()}
    assert status == {killed: "killed", current: "running"}


def test_eval_rejects_gold_of_the_wrong_shape(tmp_path):
    from click.testing import CliRunner

    from cli import main

    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([{"aid": "1", "deadlines": "2025-10-10"}]), "utf-8")
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "eval", "--gold", str(gold)])
    assert result.exit_code == 1
    assert f"{gold}: entry 0: deadlines: expected a list" in result.output
