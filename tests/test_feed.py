"""Atom feeds of notices: validity through feedparser, entry order and ids, escaping, summaries."""
from datetime import date, datetime, timedelta, timezone

import feedparser
import pytest

from pipeline import gazetteer, lifecycle
from pipeline.feed import ENTRY_ID_PREFIX, KIND_SCHEME, REGION_SCHEME, build_feed, summary_text
from pipeline.notice import Deadline, Notice, Subject

D = date.fromisoformat
NOW = datetime(2025, 9, 24, 8, 30, tzinfo=timezone.utc)
ON = D("2025-10-20")  # four days before the application deadline: closing
FEED = dict(title="苏州企业的申报通知", feed_id="urn:huiqi:profile:suzhou-firm", on=ON)


def notice(id="a1b2c3d4e5f60718", *, title="2025年度市级研发机构认定申报", kind="call", published=D("2025-09-21"),
           regions=("苏州市",), deadlines=None, apply_deadline=D("2025-10-24"), subjects=("企业",), url=None,
           related=()):
    if deadlines is None:
        deadlines = [
            Deadline(D("2025-10-24"), None, "网上申报截止"),
            Deadline(D("2025-10-30"), "17:00", "纸质材料报送截止"),
        ]
    return Notice(
        id=id, title=title, kind=kind, published=published,
        url=url if url is not None else f"https://example.gov.cn/tzgg/{id}.html",
        regions=[gazetteer.lookup(r) for r in regions],
        deadlines=deadlines, apply_deadline=apply_deadline,
        subjects=[Subject(s) for s in subjects],
        related=list(related),
    )


def parse(data: bytes):
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


# --- validity, order and ids ----------------------------------------------------------------------

def test_feed_is_well_formed_atom_with_its_title_and_id():
    parsed = parse(build_feed([notice()], link="https://example.org/feeds/suzhou.xml", **FEED))
    assert parsed.feed.title == "苏州企业的申报通知"
    assert parsed.feed.id == "urn:huiqi:profile:suzhou-firm"
    assert [l.href for l in parsed.feed.links if l.rel == "self"] == ["https://example.org/feeds/suzhou.xml"]
    assert len(parsed.entries) == 1


def test_entries_newest_first_ties_by_id():
    notices = [
        notice("0000000000000003", published=D("2025-09-20")),
        notice("0000000000000002", published=D("2025-09-22")),
        notice("0000000000000001", published=D("2025-09-22")),
        notice("0000000000000004", published=D("2025-09-01")),
    ]
    parsed = parse(build_feed(notices, **FEED))
    assert [e.id for e in parsed.entries] == [
        ENTRY_ID_PREFIX + "0000000000000001",
        ENTRY_ID_PREFIX + "0000000000000002",
        ENTRY_ID_PREFIX + "0000000000000003",
        ENTRY_ID_PREFIX + "0000000000000004",
    ]
    # with no `updated` given, an entry's updated is its publication day at 00:00 in Beijing
    assert parsed.entries[0].updated == "2025-09-22T00:00:00+08:00"
    assert parsed.feed.updated == "2025-09-22T00:00:00+08:00"  # the newest entry's


def test_entry_ids_stable_across_builds_and_title_changes():
    first = build_feed([notice(), notice("ffff000011112222")], **FEED)
    again = build_feed([notice(), notice("ffff000011112222")], **FEED)
    assert first == again  # byte-identical when nothing changed
    retitled = build_feed([notice(title="2025年度市级研发机构认定申报（更正）"), notice("ffff000011112222")], **FEED)
    ids = [e.id for e in parse(first).entries]
    assert ids == [e.id for e in parse(retitled).entries]
    assert ids == [ENTRY_ID_PREFIX + "a1b2c3d4e5f60718", ENTRY_ID_PREFIX + "ffff000011112222"]


def test_duplicate_notice_gives_one_entry():
    parsed = parse(build_feed([notice(), notice()], **FEED))
    assert len(parsed.entries) == 1


def test_updated_mapping_changes_order_and_feed_updated():
    older, newer = notice("1111111111111111", published=D("2025-09-01")), notice("2222222222222222",
                                                                                 published=D("2025-09-20"))
    by_published = parse(build_feed([older, newer], **FEED))
    assert [e.id[-4:] for e in by_published.entries] == ["2222", "1111"]
    moved = datetime(2025, 10, 2, 3, 4, 5, tzinfo=timezone.utc)  # the store saw the older call's deadline move
    by_updated = parse(build_feed([older, newer], updated={"1111111111111111": moved}, **FEED))
    assert [e.id[-4:] for e in by_updated.entries] == ["1111", "2222"]
    assert by_updated.entries[0].updated == "2025-10-02T03:04:05+00:00"
    assert by_updated.feed.updated == "2025-10-02T03:04:05+00:00"
    # the store's naive UTC ISO strings are read as UTC
    as_text = parse(build_feed([older, newer], updated={"1111111111111111": "2025-10-02T03:04:05"}, **FEED))
    assert as_text.entries[0].updated_parsed[:6] == (2025, 10, 2, 3, 4, 5)


def test_empty_feed_is_valid_and_byte_stable_with_now():
    data = build_feed([], now=NOW, **FEED)
    parsed = parse(data)
    assert parsed.entries == []
    assert parsed.feed.updated == "2025-09-24T08:30:00+00:00"
    assert build_feed([], now=NOW, **FEED) == data
    assert build_feed([], now=NOW + timedelta(days=1), **FEED) != data


def test_feed_needs_title_and_id():
    with pytest.raises(ValueError):
        build_feed([], title="", feed_id="urn:huiqi:profile:x", on=ON, now=NOW)


# --- escaping of untrusted text -------------------------------------------------------------------

def test_markup_in_title_is_text_not_markup():
    title = "关于<script>alert(1)</script>的通知 & R&D 补贴 &amp; 奖励"
    data = build_feed([notice(title=title, url="https://example.gov.cn/a?x=1&y=2")], **FEED)
    assert b"<script>" not in data
    entry = parse(data).entries[0]
    assert entry.title == title  # the reader shows it literally, entities included
    assert entry.title_detail.type == "text/plain"
    assert entry.link == "https://example.gov.cn/a?x=1&y=2"


def test_bidi_and_xml_invalid_characters_are_dropped():
    data = build_feed([notice(title="申报\u202e通知\x0b（第二批）\x00")], **FEED)
    assert "\u202e".encode("utf-8") not in data
    assert parse(data).entries[0].title == "申报通知（第二批）"


def test_untitled_notice_without_url_is_still_valid():
    parsed = parse(build_feed([notice(title="", url="")], **FEED))
    entry = parsed.entries[0]
    assert entry.title == "（无标题）"
    assert "links" not in entry or not [l for l in entry.links if l.rel == "alternate"]
    assert entry.content[0].value  # content stands in for the missing link


# --- what an entry says ---------------------------------------------------------------------------

def test_summary_states_status_and_next_steps_on_the_day():
    entry = parse(build_feed([notice()], **FEED)).entries[0]
    assert entry.content[0].type == "text/plain"
    text = entry.content[0].value
    assert "状态（2025-10-20）：即将截止（closing）" in text
    assert "下一步：网上申报截止 closes 10-24, then 纸质材料报送截止 by 10-30 17:00" in text
    assert "申报截止：2025-10-24" in text
    assert "地区：苏州市" in text and "申报对象：企业" in text


def test_summary_follows_the_day_it_is_stated_for():
    late = parse(build_feed([notice()], **{**FEED, "on": D("2025-10-27")})).entries[0].content[0].value
    assert "（closed）" in late
    assert "下一步：纸质材料报送截止 closes 10-30 17:00" in late  # only the pending step
    assert "网上申报截止 closes" not in late
    early = summary_text(notice(), D("2025-09-25"))
    assert "申报中（open）" in early


def test_related_links_in_summary():
    link = lifecycle.Link(id="9999aaaabbbbcccc", source_id=None, relation=lifecycle.AMENDED_BY,
                          evidence="延期通知", published=D("2025-10-10"), title="关于延长申报时间的通知")
    text = parse(build_feed([notice(related=[link])], **FEED)).entries[0].content[0].value
    assert "关联：被修改（amended_by）9999aaaabbbbcccc《关于延长申报时间的通知》" in text
    assert "关联" not in summary_text(notice(), ON)


def test_policy_has_no_status_line():
    text = summary_text(notice(kind="policy", deadlines=[], apply_deadline=None), ON)
    assert "状态" not in text and "下一步" not in text
    assert "地区：苏州市" in text


def test_categories_link_and_published():
    entry = parse(build_feed([notice(regions=("苏州市", "南京市"))], **FEED)).entries[0]
    assert [(t.term, t.scheme) for t in entry.tags] == [
        ("call", KIND_SCHEME), ("苏州市", REGION_SCHEME), ("南京市", REGION_SCHEME)]
    assert entry.link == "https://example.gov.cn/tzgg/a1b2c3d4e5f60718.html"
    assert entry.published == "2025-09-21T00:00:00+08:00"


def test_summary_of_a_call_in_batches_names_the_batch_closing_next():
    batches = Notice(id="b1b2c3d4e5f60718", title="2025年度高新技术企业认定申报", kind="call", published=D("2025-09-01"),
                     text="……", apply_deadline=D("2025-09-30"), deadlines=[
                         Deadline(D("2025-09-30"), "09:00", "第一批申报截止"),
                         Deadline(D("2025-10-31"), "17:30", "第二批申报截止")])
    assert "申报截止：2025-09-30 09:00" in summary_text(batches, D("2025-09-20"))
    assert "申报截止：2025-10-31 17:30" in summary_text(batches, D("2025-10-08"))
    assert "（open）" in summary_text(batches, D("2025-10-08"))
