"""Deadline calendars: RFC 5545 validity (icalendar and vobject), UIDs, updates, alarms, selection."""
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
import vobject

from pipeline import gazetteer
from pipeline.ical import (
    APPLY_LABEL,
    TZID,
    Revision,
    build_calendar,
    deadline_entries,
    revisions_from_store,
    select_deadlines,
)
from pipeline.notice import Deadline, Notice, Phone, Subject
from pipeline.profiles import parse_profile

NOW = datetime(2025, 9, 24, 8, 30, tzinfo=timezone.utc)
SHANGHAI = ZoneInfo(TZID)
D = date.fromisoformat


def notice(id="a1b2c3d4e5f60718", *, title="2025年度省级企业技术中心申报", kind="call", regions=("苏州市",),
           deadlines=None, apply_deadline=D("2025-10-24"), subjects=("企业",), url=None, phones=None):
    if deadlines is None:
        deadlines = [
            Deadline(D("2025-10-24"), None, "网上申报截止", "请于2025年10月24日前完成网上申报。"),
            Deadline(D("2025-10-30"), "17:00", "纸质材料报送截止", "纸质材料于10月30日17:00前报送。"),
        ]
    return Notice(
        id=id, title=title, kind=kind, published=D("2025-09-21"),
        url=url or f"https://mp.weixin.qq.com/s/{id}",
        regions=[gazetteer.lookup(r) for r in regions],
        deadlines=deadlines, apply_deadline=apply_deadline,
        apply_deadline_evidence="请于2025年10月24日前完成网上申报。",
        phones=phones if phones is not None else [Phone("0512-68612345", label="科技处"), Phone("13812345678")],
        subjects=[Subject(s) for s in subjects],
        fetched_at="2025-09-21T02:00:00+00:00",
    )


def parse_both(data: bytes):
    """(icalendar events, vobject events) of one calendar."""
    first = icalendar.Calendar.from_ical(data)
    second = vobject.readOne(data.decode("utf-8"))
    return first.walk("VEVENT"), list(second.vevent_list), first, second


# --- validity, through two parsers ---------------------------------------------------------------

def test_both_parsers_read_one_event_per_deadline():
    data = build_calendar([notice(), notice("ffff000011112222", regions=("南京市",))], now=NOW)
    events, vevents, calendar, _ = parse_both(data)
    assert len(events) == len(vevents) == 4
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [e["UID"] for e in events] == [v.uid.value for v in vevents]
    assert len({str(e["UID"]) for e in events}) == 4


def test_lines_are_crlf_and_folded_at_75_octets():
    data = build_calendar([notice(title="很长的标题" * 30)], now=NOW)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_all_day_deadline():
    events, vevents, *_ = parse_both(build_calendar([notice()], now=NOW))
    event, vevent = events[0], vevents[0]
    assert event.DTSTART == D("2025-10-24") and not isinstance(event.DTSTART, datetime)
    assert event.DTEND == D("2025-10-25")  # all-day: DTEND is the next day
    assert vevent.dtstart.value == D("2025-10-24")
    assert str(event["SUMMARY"]) == vevent.summary.value == "截止：2025年度省级企业技术中心申报（网上申报截止）"


def test_timed_deadline_in_shanghai_with_vtimezone():
    events, vevents, calendar, _ = parse_both(build_calendar([notice()], now=NOW))
    timed, vtimed = events[1], vevents[1]
    expected = datetime(2025, 10, 30, 17, 0, tzinfo=SHANGHAI)
    assert timed.DTSTART == expected and timed.DTSTART.utcoffset() == timedelta(hours=8)
    assert vtimed.dtstart.value == expected and vtimed.dtstart.value.utcoffset() == timedelta(hours=8)
    assert timed["DTSTART"].params["TZID"] == TZID
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == [TZID]


@pytest.mark.parametrize("time_text, expected", [("9:30", (9, 30)), ("24:00", (23, 59)), ("17：00", (17, 0))])
def test_time_forms(time_text, expected):
    n = notice(deadlines=[Deadline(D("2025-10-30"), time_text, "截止")], apply_deadline=None)
    [event] = icalendar.Calendar.from_ical(build_calendar([n], now=NOW)).walk("VEVENT")
    assert (event.DTSTART.hour, event.DTSTART.minute) == expected


def test_time_that_cannot_be_read_falls_back_to_all_day(caplog):
    n = notice(deadlines=[Deadline(D("2025-10-30"), "下午五点", "截止")], apply_deadline=None)
    [event] = icalendar.Calendar.from_ical(build_calendar([n], now=NOW)).walk("VEVENT")
    assert event.DTSTART == D("2025-10-30")
    assert "下午五点" in caplog.text


@pytest.mark.parametrize(
    "title",
    [
        "关于开展2025年度A, B; C类项目申报的通知",
        "第一行\n第二行",
        "反斜杠\\与逗号,分号;",
        "全角，逗号；分号",
    ],
)
def test_titles_with_commas_semicolons_newlines_round_trip(title):
    data = build_calendar([notice(title=title, deadlines=[Deadline(D("2025-10-24"), None, "申报截止")])], now=NOW)
    events, vevents, *_ = parse_both(data)
    summary = f"截止：{title}（申报截止）"
    assert str(events[0]["SUMMARY"]) == summary
    assert vevents[0].summary.value == summary
    raw = data.decode("utf-8").replace("\r\n ", "")  # unfold
    if "," in title:
        assert "\\," in raw
    if ";" in title:
        assert "\\;" in raw
    if "\n" in title:
        assert "第一行\\n第二行" in raw


def test_description_url_and_categories():
    events, vevents, *_ = parse_both(build_calendar([notice()], now=NOW))
    for event, vevent in zip(events, vevents):
        description = str(event["DESCRIPTION"])
        assert description == vevent.description.value
        assert "通知：https://mp.weixin.qq.com/s/a1b2c3d4e5f60718" in description
        assert "电话：0512-68612345（科技处）" in description and "电话：13812345678" in description
        assert str(event["URL"]) == vevent.url.value == "https://mp.weixin.qq.com/s/a1b2c3d4e5f60718"
        assert list(event.categories) == vevent.categories.value == ["call", "苏州市"]
    assert "依据：请于2025年10月24日前完成网上申报。" in str(events[0]["DESCRIPTION"])
    assert "依据：纸质材料于10月30日17:00前报送。" in str(events[1]["DESCRIPTION"])


def test_description_escaping_round_trips():
    n = notice(phones=[Phone("025-84810000", ext="8839", label="联系人：张三, 李四; 王五")])
    events, vevents, *_ = parse_both(build_calendar([n], now=NOW))
    assert "电话：025-84810000转8839（联系人：张三, 李四; 王五）" in vevents[0].description.value
    assert str(events[0]["DESCRIPTION"]) == vevents[0].description.value


def test_several_regions_are_categories():
    [event] = icalendar.Calendar.from_ical(build_calendar(
        [notice(regions=("南京市", "苏州市"), deadlines=[Deadline(D("2025-10-24"))])], now=NOW)).walk("VEVENT")
    assert list(event.categories) == ["call", "南京市", "苏州市"]


# --- UIDs, updates -------------------------------------------------------------------------------

def uids(data: bytes) -> list[str]:
    return [str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]


def test_uids_are_stable_across_exports():
    first = build_calendar([notice()], now=NOW)
    again = build_calendar([notice()], now=NOW + timedelta(days=3))
    assert uids(first) == uids(again)
    assert build_calendar([notice()], now=NOW) == first  # byte-identical with the same `now`


def test_uid_survives_a_moved_deadline_and_other_deadlines():
    before = notice()
    moved = notice(deadlines=[
        Deadline(D("2025-10-31"), None, "网上申报截止"),  # moved a week
        Deadline(D("2025-10-30"), "17:00", "纸质材料报送截止"),
        Deadline(D("2025-10-01"), None, "区级推荐截止"),  # a new deadline appears
    ], apply_deadline=D("2025-10-31"))
    by_label_before = {str(e["SUMMARY"]): str(e["UID"]) for e in
                       icalendar.Calendar.from_ical(build_calendar([before], now=NOW)).walk("VEVENT")}
    by_label_after = {str(e["SUMMARY"]): str(e["UID"]) for e in
                      icalendar.Calendar.from_ical(build_calendar([moved], now=NOW)).walk("VEVENT")}
    for summary, uid in by_label_before.items():
        assert by_label_after[summary] == uid
    assert len(set(by_label_after.values())) == 3


def test_uid_differs_per_notice_and_label():
    a = uids(build_calendar([notice("aaaa")], now=NOW))
    b = uids(build_calendar([notice("bbbb")], now=NOW))
    assert len(set(a)) == 2 and not set(a) & set(b)
    assert all(uid.startswith("aaaa-") and uid.endswith("@huiqi") for uid in a)


def test_repeated_labels_get_distinct_keys():
    n = notice(deadlines=[Deadline(D("2025-10-10")), Deadline(D("2025-10-20")), Deadline(D("2025-10-15"), label="公示")],
               apply_deadline=None)
    keys = [e.key for e in deadline_entries(n)]
    assert keys == ["截止", "公示", "截止#2"]
    assert len(set(uids(build_calendar([n], now=NOW)))) == 3


def test_application_deadline_missing_from_the_list_gets_an_event():
    n = notice(deadlines=[Deadline(D("2025-10-30"), None, "公示期结束")], apply_deadline=D("2025-10-20"))
    entries = deadline_entries(n)
    assert [(e.deadline.date, e.key) for e in entries] == [(D("2025-10-20"), APPLY_LABEL), (D("2025-10-30"), "公示期结束")]
    [event, _] = icalendar.Calendar.from_ical(build_calendar([n], now=NOW)).walk("VEVENT")
    assert "依据：请于2025年10月24日前完成网上申报。" in str(event["DESCRIPTION"])  # apply_deadline_evidence


def test_the_same_notice_twice_is_one_set_of_events():
    assert len(uids(build_calendar([notice(), notice()], now=NOW))) == 2


def test_sequence_and_last_modified_default():
    [event, _] = icalendar.Calendar.from_ical(build_calendar([notice()], now=NOW)).walk("VEVENT")
    assert event["SEQUENCE"] == 0
    assert event["LAST-MODIFIED"].dt == datetime(2025, 9, 21, 2, 0, tzinfo=timezone.utc)  # fetched_at
    assert event["DTSTAMP"].dt == NOW


def test_sequence_and_last_modified_advance_with_a_revision():
    n = notice()
    changed = datetime(2025, 9, 28, 18, 5, tzinfo=SHANGHAI)
    revisions = {(n.id, "网上申报截止"): Revision(2, changed)}
    events, vevents, *_ = parse_both(build_calendar([n], revisions=revisions, now=NOW))
    revised, untouched = events
    assert revised["SEQUENCE"] == 2 and vevents[0].sequence.value == "2"
    assert revised["LAST-MODIFIED"].dt == datetime(2025, 9, 28, 10, 5, tzinfo=timezone.utc)  # written in UTC
    assert "LAST-MODIFIED:20250928T100500Z" in build_calendar([n], revisions=revisions, now=NOW).decode()
    assert untouched["SEQUENCE"] == 0
    assert revised["UID"] == uids(build_calendar([n], now=NOW))[0]


def test_revisions_from_the_store():
    counts = {("n1", "申报截止"): (2, "2025-09-30T01:00:00+00:00"), ("n1", ""): (1, "2025-09-26T01:00:00+00:00")}
    revisions = revisions_from_store(counts)
    assert revisions[("n1", "申报截止")] == Revision(2, datetime(2025, 9, 30, 9, 0, tzinfo=SHANGHAI))
    assert revisions[("n1", "")].sequence == 1


def test_a_revision_of_an_unlabelled_deadline_applies_to_all_its_events():
    n = notice(deadlines=[Deadline(D("2025-10-10")), Deadline(D("2025-10-20"))], apply_deadline=None)
    revisions = revisions_from_store({(n.id, ""): (1, "2025-09-26T01:00:00+00:00")})
    events = icalendar.Calendar.from_ical(build_calendar([n], revisions=revisions, now=NOW)).walk("VEVENT")
    assert [e["SEQUENCE"] for e in events] == [1, 1]


def test_a_deadline_moved_in_the_store_advances_sequence(tmp_path):
    """End to end with the store: save, re-extract with a moved deadline, export with its revisions."""
    from pipeline.store import SavedNotice, Store

    store = Store(tmp_path / "huiqi.db")
    original = notice()
    with time_machine.travel(datetime(2025, 9, 21, 2, 0, tzinfo=timezone.utc), tick=False):
        store.save_batch([SavedNotice(original, [], [])], extractor_version=1)
    moved = notice(deadlines=[Deadline(D("2025-10-31"), None, "网上申报截止"),
                              Deadline(D("2025-10-30"), "17:00", "纸质材料报送截止")], apply_deadline=D("2025-10-31"))
    with time_machine.travel(datetime(2025, 9, 26, 3, 0, tzinfo=timezone.utc), tick=False):
        assert store.replace_extraction(moved, extractor_version=2)
    revisions = revisions_from_store(store.deadline_revisions())
    before = icalendar.Calendar.from_ical(build_calendar([original], now=NOW)).walk("VEVENT")
    after = icalendar.Calendar.from_ical(
        build_calendar([store.get_notice(original.id)], revisions=revisions, now=NOW)).walk("VEVENT")
    assert {str(e["UID"]) for e in after} == {str(e["UID"]) for e in before}
    moved_event = next(e for e in after if "网上申报截止" in str(e["SUMMARY"]))
    assert moved_event.DTSTART == D("2025-10-31")
    assert moved_event["SEQUENCE"] == 1
    assert moved_event["LAST-MODIFIED"].dt == datetime(2025, 9, 26, 3, 0, tzinfo=timezone.utc)
    assert next(e for e in after if "纸质" in str(e["SUMMARY"]))["SEQUENCE"] == 0


# --- alarms ------------------------------------------------------------------------------------------

def triggers(data: bytes) -> list[list[timedelta]]:
    return [[a["TRIGGER"].dt for a in e.walk("VALARM")]
            for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]


def test_default_alarms_seven_and_one_day_before():
    data = build_calendar([notice()], now=NOW)
    assert triggers(data) == [[timedelta(days=-7), timedelta(days=-1)]] * 2
    _, vevents, *_ = parse_both(data)
    alarm = vevents[0].valarm_list[0]
    assert alarm.action.value == "DISPLAY"
    assert alarm.description.value == "7天后截止：2025年度省级企业技术中心申报（网上申报截止）"


@pytest.mark.parametrize(
    "days, expected",
    [((3,), [timedelta(days=-3)]), ((1, 14, 1), [timedelta(days=-14), timedelta(days=-1)]), ((0,), [timedelta(0)]),
     ((), [])],
)
def test_alarm_days(days, expected):
    assert triggers(build_calendar([notice()], alarm_days=days, now=NOW))[0] == expected


@pytest.mark.parametrize("days", [(-1,), (1.5,), ("7",)])
def test_bad_alarm_days(days):
    with pytest.raises(ValueError, match="alarm days"):
        build_calendar([notice()], alarm_days=days, now=NOW)


def test_dtstamp_is_the_current_time_when_not_given():
    with time_machine.travel(datetime(2025, 9, 24, 12, 0, 5, tzinfo=timezone.utc), tick=False):
        data = build_calendar([notice()])
    assert "DTSTAMP:20250924T120005Z" in data.decode()


def test_empty_calendar_is_valid():
    data = build_calendar([], now=NOW)
    assert vobject.readOne(data.decode()).prodid.value
    assert icalendar.Calendar.from_ical(data).walk("VEVENT") == []


# --- selection ---------------------------------------------------------------------------------------

def sample():
    return [
        notice("suzhou", regions=("苏州市",)),
        notice("wuzhong", regions=("吴中区",)),
        notice("jiangsu", regions=("江苏省",)),
        notice("nanjing", regions=("南京市",)),
        notice("research", regions=("江苏省",), subjects=("高校院所",)),
        notice("publicity", kind="publicity", regions=("苏州市",),
               deadlines=[Deadline(D("2025-09-28"), None, "公示期结束")], apply_deadline=None),
    ]


def selected(entries):
    return sorted({e.notice.id for e in entries})


def test_select_by_kind():
    assert selected(select_deadlines(sample(), kind="publicity")) == ["publicity"]
    assert selected(select_deadlines(sample(), kind=["publicity", "call"])) == selected(select_deadlines(sample()))


def test_select_by_region_keeps_notices_inside_it():
    assert selected(select_deadlines(sample(), region="苏州市")) == ["publicity", "suzhou", "wuzhong"]
    assert selected(select_deadlines(sample(), region="320500")) == ["publicity", "suzhou", "wuzhong"]
    with pytest.raises(ValueError):
        select_deadlines(sample(), region="火星市")


def test_select_by_profile_uses_the_matching_rules():
    profile = parse_profile({"name": "x", "region": "苏州市吴中区", "qualifications": ["企业", "中小企业"]})
    # calls only by default: the publicity's objection deadline is not the company's business
    assert selected(select_deadlines(sample(), profile=profile)) == ["jiangsu", "suzhou", "wuzhong"]
    assert selected(select_deadlines(sample(), profile=profile, kind="publicity")) == ["publicity"]


@pytest.mark.parametrize(
    "date_from, date_to, dates",
    [
        (D("2025-10-24"), D("2025-10-24"), [D("2025-10-24")]),  # bounds are inclusive
        (D("2025-10-25"), None, [D("2025-10-30")]),
        (None, D("2025-10-29"), [D("2025-10-24")]),
        (D("2025-10-25"), D("2025-10-29"), []),
    ],
)
def test_select_by_date_range(date_from, date_to, dates):
    entries = select_deadlines([notice()], date_from=date_from, date_to=date_to)
    assert [e.deadline.date for e in entries] == dates


def test_selected_entries_build_a_calendar():
    entries = select_deadlines(sample(), region="吴中区", date_to=D("2025-10-24"))
    events = icalendar.Calendar.from_ical(build_calendar(entries, now=NOW)).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["截止：2025年度省级企业技术中心申报（网上申报截止）"]
    assert str(events[0]["UID"]) == uids(build_calendar([sample()[1]], now=NOW))[0]  # same UID either way
