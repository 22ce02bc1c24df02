"""A call's life (issue 13): amendments and results linked to their call in either arrival order, the
call's current deadlines and history, status, calendar updates, and the cases that must not link.

Every notice here is invented (places such as 青山市 are made up); none is copied from a real one.
"""
from __future__ import annotations

import json
from datetime import date

import icalendar
import pytest

from pipeline import lifecycle
from pipeline.extract import extract_notice
from pipeline.ical import build_calendar, revisions_from_store, select_deadlines
from pipeline.notice import Deadline
from pipeline.records import RawRecord, build_notice
from pipeline.store import SavedNotice, Store

D = date.fromisoformat
BUREAU = "青山市科学技术局"

CALL = dict(
    sid="call", title="关于组织申报2025年度青山市企业研发机构建设项目的通知", published="2025-09-20",
    text="青科发〔2025〕31号\n各县（市、区）科技局，各有关单位：\n现将2025年度企业研发机构建设项目申报工作通知如下。\n"
         "一、申报对象\n在青山市注册的高新技术企业。\n二、申报时间\n网上申报截止时间为2025年10月24日17:00，"
         "纸质材料报送截止时间为2025年10月31日。\n联系电话：0571-86001234\n" + BUREAU + "\n2025年9月20日")
EXTENSION = dict(
    sid="ext", title="关于延长2025年度青山市企业研发机构建设项目申报时间的通知", published="2025-10-20",
    text="各有关单位：\n我局于2025年9月20日发布了《关于组织申报2025年度青山市企业研发机构建设项目的通知》"
         "（青科发〔2025〕31号），应部分单位要求，现将网上申报截止时间由2025年10月24日延长至2025年11月14日，"
         "纸质材料报送截止时间延长至2025年11月21日。其他事项不变。\n" + BUREAU + "\n2025年10月20日")
RESULTS = dict(
    sid="res", title="关于2025年度青山市企业研发机构建设项目拟立项名单的公示", published="2025-12-10",
    text="根据《关于组织申报2025年度青山市企业研发机构建设项目的通知》要求，经专家评审，现将拟立项名单予以公示，"
         "公示期为2025年12月10日至12月16日。\n" + BUREAU + "\n2025年12月10日")


def make(spec: dict, **changes):
    spec = {**spec, **changes}
    raw = RawRecord(title=spec["title"], content=spec["text"], published=spec["published"], source="test",
                    source_id=spec["sid"], provenance=f"test#{spec['sid']}")
    notice = extract_notice(build_notice(raw))
    notice.compute_content_hash()
    return notice


def save(store: Store, *notices):
    return store.save_batch([SavedNotice(n, [n.title], [n.text]) for n in notices], 1)


def by_sid(store: Store, sid: str):
    (notice,) = [n for n in store.iter_notices() if n.source_id == sid]
    return notice


def relations(notice) -> list[tuple[str, str]]:
    return [(link.relation, link.source_id) for link in notice.related]


# --- reading one notice ------------------------------------------------------------------------------


def test_relation_of_each_kind_of_notice():
    assert lifecycle.relation(make(CALL))[0] is None
    assert lifecycle.relation(make(EXTENSION))[0] == lifecycle.AMENDS
    assert lifecycle.relation(make(RESULTS))[0] == lifecycle.RESULTS_OF


@pytest.mark.parametrize("title", [
    "关于2025年度青山市企业研发机构建设项目申报工作的补充通知",
    "关于调整青山市企业研发机构建设项目申报截止时间的通知",
    "青山市企业研发机构建设项目申报截止日期提前的通知",
    "关于青山市企业研发机构建设项目申报通知的更正公告",
])
def test_amendment_titles(title):
    assert lifecycle.relation(make(EXTENSION, title=title))[0] == lifecycle.AMENDS


def test_an_amendment_without_a_cue_in_its_title_is_read_from_its_body():
    notice = make(EXTENSION, title="关于青山市企业研发机构建设项目有关事项的通知")
    rel, evidence = lifecycle.relation(notice)
    assert rel == lifecycle.AMENDS and "延长至2025年11月14日" in evidence


def test_a_call_that_defers_late_applicants_or_cites_its_policy_amends_nothing():
    text = ("根据《青山市研发机构建设管理办法》（青科规〔2024〕2号），现组织申报。申报截止时间为2025年10月24日，"
            "逾期申报的顺延至下一批次。")
    assert lifecycle.relation(make(CALL, text=text))[0] is None
    # a call announcing a programme whose name holds 调整 is not a change of anything
    assert lifecycle.relation(make(CALL, title="关于组织申报2025年度产业结构调整专项资金项目的通知"))[0] is None


def test_a_call_citing_a_title_in_its_title_is_not_read_for_cues_inside_the_citation():
    title = "关于转发《关于延长某项目申报时间的通知》的通知"
    assert lifecycle.relation(make(CALL, title=title, text="请各单位按要求申报。"))[0] is None


def test_own_and_cited_document_numbers():
    call = make(CALL)
    assert lifecycle.own_doc_numbers(call) == ["青科发〔2025〕31号"]
    extension = make(EXTENSION)
    assert lifecycle.own_doc_numbers(extension) == []  # the one it holds follows a cited title
    assert [r.value for r in lifecycle.references(extension) if r.method == "doc_number"] == ["青科发〔2025〕31号"]


def test_document_number_brackets_compare_equal():
    assert lifecycle.doc_number_key("青科发[2025] 31号") == lifecycle.doc_number_key("青科发〔2025〕31号")
    assert lifecycle.doc_number_key("青科发（2025）31号") == lifecycle.doc_number_key("青科发【2025】31号")


def test_title_keys_drop_the_frame_and_the_issuer():
    a = lifecycle.title_key("青山市科学技术局关于组织申报2025年度企业研发机构项目的通知")
    b = lifecycle.title_key("关于组织申报 2025年度企业研发机构项目 的通知")
    assert a == b == "申报2025年度企业研发机构项目"


# --- linking in the store -------------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["call first", "amendment first"])
def test_an_extension_links_to_its_call_in_either_arrival_order(store, order):
    notices = [make(CALL), make(EXTENSION)]
    for notice in (notices if order == "call first" else notices[::-1]):
        save(store, notice)
    call, extension = by_sid(store, "call"), by_sid(store, "ext")
    assert relations(call) == [("amended_by", "ext")]
    assert relations(extension) == [("amends", "call")]
    link = extension.related[0]
    assert link.method == "doc_number" and link.confidence == pytest.approx(0.95)
    assert "青科发〔2025〕31号" in link.evidence
    # the call's current deadlines are the extension's; what they replaced is its history
    assert call.apply_deadline == D("2025-11-21")
    assert [(d.label, d.date) for d in call.deadlines] == [("网上申报截止", D("2025-11-14")),
                                                          ("纸质材料报送", D("2025-11-21"))]
    assert [(c.old, c.new, c.by) for c in call.deadline_history] == [
        (D("2025-10-24"), D("2025-11-14"), extension.id), (D("2025-10-31"), D("2025-11-21"), extension.id)]
    # the stated values stay what the call's own text says
    stated = store.get_notice(call.id, stated=True)
    assert stated.apply_deadline == D("2025-10-31") and stated.related == []


@pytest.mark.parametrize("order", ["call first", "results first"])
def test_results_link_to_their_call_in_either_arrival_order(store, order):
    notices = [make(CALL), make(RESULTS)]
    for notice in (notices if order == "call first" else notices[::-1]):
        save(store, notice)
    call, results = by_sid(store, "call"), by_sid(store, "res")
    assert relations(call) == [("has_results", "res")]
    assert relations(results) == [("results_of", "call")]
    assert results.related[0].method == "title"
    assert lifecycle.status(call, D("2025-12-11")) == "results"
    assert lifecycle.status(call, D("2025-10-20")) == "open"  # the results were not out yet


def test_one_batch_holding_the_whole_family(store):
    save(store, make(RESULTS), make(EXTENSION), make(CALL))
    assert relations(by_sid(store, "call")) == [("amended_by", "ext"), ("has_results", "res")]


def test_programme_link_needs_the_same_issuer_and_year(store):
    uncited = ("各有关单位：\n应部分单位要求，现将2025年度企业研发机构建设项目网上申报截止时间延长至2025年11月14日。"
               "其他事项按原通知执行。\n" + BUREAU + "\n2025年10月20日")
    save(store, make(CALL), make(EXTENSION, text=uncited))
    link = by_sid(store, "ext").related[0]
    assert (link.relation, link.source_id, link.method) == ("amends", "call", "programme")
    assert 0.6 <= link.confidence <= 0.8


def test_no_link_to_another_years_call(store):
    last_year = make(CALL, sid="call2024", title="关于组织申报2024年度青山市企业研发机构建设项目的通知",
                     published="2024-09-20", text=CALL["text"].replace("〔2025〕31号", "〔2024〕12号")
                     .replace("2025年", "2024年"))
    uncited = make(EXTENSION, text="应部分单位要求，现将2025年度项目网上申报截止时间延长至2025年11月14日。原通知其他事项不变。\n"
                                   + BUREAU)
    save(store, last_year, uncited)
    assert by_sid(store, "ext").related == [] and by_sid(store, "call2024").related == []


def test_no_link_to_another_issuers_call_of_the_same_programme(store):
    other = make(CALL, sid="other", text=CALL["text"].replace(BUREAU, "白水市科学技术局").replace("青科发", "白科发"))
    uncited = make(EXTENSION, text="应部分单位要求，现将2025年度项目网上申报截止时间延长至2025年11月14日。原通知其他事项不变。\n"
                                   + BUREAU)
    save(store, other, uncited)
    assert by_sid(store, "ext").related == []


def test_a_similar_title_alone_never_links(store):
    # a results list of another programme with a near-identical name, no citation, another issuer
    results = make(RESULTS, title="关于2025年度青山市企业研发机构建设项目拟立项名单的公示",
                   text="经专家评审，现将拟立项名单予以公示。\n白水市科学技术局\n2025年12月10日")
    save(store, make(CALL), results)
    assert by_sid(store, "res").related == []


def test_an_amendment_published_before_a_call_is_not_its_amendment(store):
    early = make(EXTENSION, published="2025-09-01")
    save(store, make(CALL), early)
    assert by_sid(store, "ext").related == []


def test_an_edit_that_drops_the_citation_unlinks_and_restores_the_call(store):
    save(store, make(CALL), make(EXTENSION))
    assert by_sid(store, "call").apply_deadline == D("2025-11-21")
    save(store, make(EXTENSION, title="关于举办研发机构建设培训班的通知", text="定于2025年11月5日举办培训。\n白水市科学技术局"))
    call = by_sid(store, "call")
    assert call.related == [] and call.apply_deadline == D("2025-10-31") and call.deadline_history == []
    back = [(r["old_date"], r["new_date"]) for r in store.deadline_changes(call.id) if r["amended_by"] is None]
    assert sorted(back) == [("2025-11-14", "2025-10-24"), ("2025-11-21", "2025-10-31")]


def test_a_linked_call_is_reindexed(store):
    save(store, make(CALL))
    call = by_sid(store, "call")
    store.mark_indexed({call.id: call.content_hash})
    save(store, make(EXTENSION))
    assert call.id in store.unindexed_ids()


def _an_older_store(path, *statements: str) -> Store:
    """A store holding the call and its extension, set back by `statements` to an older schema, then
    opened (and so upgraded) by this huiqi."""
    import sqlite3

    first = Store(path)
    save(first, make(CALL), make(EXTENSION))
    first.close()
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return Store(path)


def test_links_are_made_for_notices_stored_before_links_existed(tmp_path):
    """A schema-2 store (no links) gets its links when huiqi upgrades it."""
    upgraded = _an_older_store(
        tmp_path / "huiqi.db",
        *(f"drop table {table}" for table in ("notice_links", "notice_refs", "notice_keys", "call_deadlines",
                                              "digests", "watches")),
        "delete from schema_version where version >= 3")
    assert relations(by_sid(upgraded, "call")) == [("amended_by", "ext")]
    upgraded.close()


# --- what users see ------------------------------------------------------------------------------------


def test_calendar_keeps_the_calls_uid_bumps_sequence_and_adds_no_event_for_the_amendment(store):
    save(store, make(CALL))
    before = icalendar.Calendar.from_ical(build_calendar(select_deadlines(store.iter_notices())))
    save(store, make(EXTENSION))
    entries = select_deadlines(store.iter_notices())
    after = icalendar.Calendar.from_ical(build_calendar(
        entries, revisions=revisions_from_store(store.deadline_revisions())))
    events_before = {str(e["uid"]): e for e in before.walk("VEVENT")}
    events_after = {str(e["uid"]): e for e in after.walk("VEVENT")}
    assert set(events_after) == set(events_before)  # same UIDs, no second event for the extension
    for uid, event in events_after.items():
        assert event.decoded("dtstart") > events_before[uid].decoded("dtstart")
        assert int(event.get("sequence", 0)) == int(events_before[uid].get("sequence", 0)) + 1


@pytest.mark.parametrize("on, expected", [
    ("2025-09-10", "upcoming"),  # not published yet
    ("2025-10-01", "open"),
    ("2025-11-16", "closing"),   # 5 days left of the extended deadline
    ("2025-11-22", "closed"),
    ("2025-12-10", "results"),
])
def test_status_through_the_calls_life(store, on, expected):
    save(store, make(CALL), make(EXTENSION), make(RESULTS))
    assert by_sid(store, "call").export_record(D(on))["status"] == expected


def test_upcoming_until_the_stated_window_opens():
    call = make(CALL, text="申报时间：2025年10月8日至10月20日17:00。\n" + BUREAU)
    assert lifecycle.status(call, D("2025-10-01")) == "upcoming"
    assert lifecycle.status(call, D("2025-10-08")) == "open"


def test_next_steps_name_each_pending_deadline(store):
    save(store, make(CALL))
    call = by_sid(store, "call")
    assert lifecycle.steps_text(lifecycle.next_steps(call, D("2025-10-01"))) == \
        "网上申报截止 closes 10-24 17:00, then 纸质材料报送 by 10-31"
    assert lifecycle.steps_text(lifecycle.next_steps(call, D("2025-10-25"))) == "纸质材料报送 closes 10-31"


def test_cli_export_show_and_match(cli, write_json, repo_root, tmp_path):
    rows = [{"aid": s["sid"], "title": s["title"], "content": s["text"], "published": s["published"]}
            for s in (CALL, EXTENSION, RESULTS)]
    assert cli("import", "--no-index", write_json("family.json", rows)).exit_code == 0
    records = {r["source_id"]: r for r in map(json.loads, cli("export", "--on", "2025-11-16").stdout.splitlines())}
    assert records["call"]["status"] == "closing" and records["call"]["apply_deadline"] == "2025-11-21"
    assert [(r["relation"], r["source_id"]) for r in records["call"]["related"]] == [
        ("amended_by", "ext"), ("has_results", "res")]
    assert set(records["ext"]["related"][0]) == {"id", "source_id", "relation", "evidence"}
    shown = cli("show", "call").stdout
    assert "amended by" in shown and "results in" in shown
    assert "网上申报截止 2025-10-24 → 2025-11-14" in shown
    profile = tmp_path / "firm.toml"
    profile.write_text('name = "青山某科技公司"\nregion = "杭州市"\nqualifications = ["高新技术企业"]\n', "utf-8")
    matched = json.loads(cli("match", profile, "--on", "2025-11-01", "--json").stdout)
    assert [m["source_id"] for m in matched] == ["call"]  # the extension is not offered as a second call
    assert matched[0]["match"]["next_steps"][0] == {"date": "2025-11-14", "time": "17:00", "label": "网上申报截止"}


# --- found in review: corrections, restated dates, unchanged labels, years, batches -------------------------


def revision_of(store: Store, notice_id: str, label: str) -> int:
    return store.deadline_revisions().get((notice_id, label), (0, ""))[0]


def test_a_corrected_extension_moves_the_call_again_and_bumps_its_sequence(store):
    save(store, make(CALL), make(EXTENSION))
    call = by_sid(store, "call")
    assert revision_of(store, call.id, "网上申报截止") == 1
    corrected = EXTENSION["text"].replace("2025年11月14日", "2025年11月28日")
    save(store, make(EXTENSION, text=corrected))
    call = by_sid(store, "call")
    assert [d.date for d in call.deadlines if d.label == "网上申报截止"] == [D("2025-11-28")]
    assert revision_of(store, call.id, "网上申报截止") == 2
    rows = [(r["old_date"], r["new_date"]) for r in store.deadline_changes(call.id) if r["label"] == "网上申报截止"]
    assert rows == [("2025-10-24", "2025-11-14"), ("2025-11-14", "2025-11-28")]
    assert call.id in store.unindexed_ids()


def test_undoing_a_link_records_the_way_back_and_never_lowers_the_sequence(store):
    save(store, make(CALL), make(EXTENSION))
    call_id = by_sid(store, "call").id
    save(store, make(EXTENSION, title="关于举办研发机构建设培训班的通知", text="定于2025年11月5日举办培训。\n白水市科学技术局"))
    assert revision_of(store, call_id, "网上申报截止") == 2
    last = store.deadline_changes(call_id)[-1]
    assert (last["old_date"], last["new_date"], last["amended_by"]) in {
        ("2025-11-14", "2025-10-24", None), ("2025-11-21", "2025-10-31", None)}


def test_a_date_brought_forward_is_not_undone_by_the_old_date_restated(store):
    text = ("各有关单位：\n根据《关于组织申报2025年度青山市企业研发机构建设项目的通知》（青科发〔2025〕31号），"
            "原定于2025年10月24日截止的网上申报时间提前至2025年10月17日。\n" + BUREAU)
    save(store, make(CALL), make(EXTENSION, title="关于提前2025年度青山市企业研发机构建设项目网上申报截止时间的通知",
                                  text=text))
    call = by_sid(store, "call")
    assert [d.date for d in call.deadlines if d.label == "网上申报截止"] == [D("2025-10-17")]
    assert [(c.old, c.new) for c in call.deadline_history] == [(D("2025-10-24"), D("2025-10-17"))]


def test_a_deadline_said_to_be_unchanged_stays_and_the_other_moves():
    call = make(CALL)
    amendment = lifecycle.Amendment("x", D("2025-10-20"), [
        Deadline(D("2025-11-14"), None, "申报截止"), Deadline(D("2025-10-31"), None, "纸质材料报送")],
        D("2025-11-14"))
    lifecycle.apply_amendments(call, [amendment])
    assert [(d.label, d.date) for d in call.deadlines] == [("纸质材料报送", D("2025-10-31")),
                                                          ("网上申报截止", D("2025-11-14"))]


def test_a_title_without_a_year_does_not_link_to_last_years_call(store):
    generic = "关于开展青山市企业研发机构建设项目申报工作的通知"
    last_year = make(CALL, sid="call2024", title=generic, published="2024-09-20",
                     text=CALL["text"].replace("〔2025〕31号", "〔2024〕12号").replace("2025年", "2024年"))
    extension = make(EXTENSION, published="2025-10-20",
                     text=f"根据《{generic}》要求，现将网上申报截止时间延长至2025年11月14日。其他事项不变。\n" + BUREAU)
    save(store, last_year, extension)
    assert by_sid(store, "ext").related == []
    this_year = make(CALL, sid="call2025", title=generic, published="2025-09-20")
    save(store, this_year)
    assert relations(by_sid(store, "ext")) == [("amends", "call2025")]


def test_another_batch_of_the_same_programme_is_another_call(store):
    first = make(CALL, title="关于组织申报2025年第一批青山市企业研发机构建设项目的通知")
    extension = make(EXTENSION, title="关于延长2025年第二批青山市企业研发机构建设项目申报时间的通知",
                     text="应部分单位要求，现将网上申报截止时间延长至2025年11月14日。其他事项按原通知执行。\n" + BUREAU)
    save(store, first, extension)
    assert by_sid(store, "ext").related == []


def test_reextraction_of_linked_notices_changes_nothing(store):
    from pipeline.ingest import reextract

    save(store, make(CALL), make(EXTENSION), make(RESULTS))
    reextract(store, everything=True)  # the test's stand-in tokens may give other values once
    assert reextract(store, everything=True) == (3, 0)  # links and current deadlines are not extraction


def test_an_amended_calls_closing_date_for_the_filters_is_its_current_one(store):
    from index.filters import filter_clauses, parse_filters

    save(store, make(CALL))
    open_on = filter_clauses(parse_filters(open_on="2025-11-10"))
    assert store.filtered_ids(open_on) == frozenset()  # closed on 10-31 as first stated
    save(store, make(EXTENSION))  # extended to 11-21
    assert by_sid(store, "call").id in store.filtered_ids(open_on)


def test_closing_dates_are_computed_for_notices_stored_before_they_were_kept(tmp_path):
    upgraded = _an_older_store(tmp_path / "huiqi.db", "update notices set closes = null",
                               "delete from schema_version where version = 4")
    closes = dict(upgraded.db.execute("select source_id, closes from notices"))
    assert closes == {"call": "2025-11-21", "ext": "2025-11-21"}  # the call's current (amended) date
    upgraded.close()


def test_a_new_call_re_examines_only_notices_it_could_be_the_target_of(store, monkeypatch):
    """A notice citing a call's title is re-examined when a notice with that title arrives, unless it
    was published before it (no call published after a notice is its target): imports in date order
    stay linear however many notices share a title."""
    save(store, make(CALL), make(RESULTS))
    examined = []
    link_one = Store._link_one

    def counting(self, conn, source, now):
        examined.append(source)
        return link_one(self, conn, source, now)

    monkeypatch.setattr(Store, "_link_one", counting)
    rerun = make(CALL, sid="rerun", published="2026-01-05", text=CALL["text"].replace("2025年9月20日", "2026年1月5日"))
    save(store, rerun)
    results = by_sid(store, "res")
    assert results.id not in examined and rerun.id in examined
    assert relations(results) == [("results_of", "call")]
    # a notice published after the new one is still re-examined
    examined.clear()
    late_results = make(RESULTS, sid="late", published="2026-02-01")
    save(store, late_results)
    examined.clear()
    save(store, make(CALL, sid="third", published="2026-01-20"))
    assert late_results.id in examined
