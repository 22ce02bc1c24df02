"""Deadline extraction: table-driven cases from the guide's rulings and general notice phrasings."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.extract.deadlines import (
    add_working_days,
    cn_number,
    extract_deadlines,
    find_signing_date,
    normalise_date_fragment,
)
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _notice(text: str, published: date | None = date(2025, 9, 20), kind: str = "call") -> Notice:
    return Notice(title="通知", text=text, published=published, kind=kind)


def _dates(text: str, **kwargs) -> list[str]:
    deadlines, _, _ = extract_deadlines(_notice(text, **kwargs))
    return [d.date.isoformat() for d in deadlines]


# --------------------------------------------------------------------------------------------------
# Fragments
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fragment, anchor, expected", [
    ("2025年10月10日", None, date(2025, 10, 10)),
    ("二〇二五年十月十日", None, date(2025, 10, 10)),
    ("二○二三年六月十九日", None, date(2023, 6, 19)),
    ("十一月三十日", date(2025, 9, 1), date(2025, 11, 30)),
    ("十月十日", date(2025, 9, 1), date(2025, 10, 10)),
    ("2025.10.20", None, date(2025, 10, 20)),
    ("2025/1/5", None, date(2025, 1, 5)),
    ("10月8号", date(2025, 9, 1), date(2025, 10, 8)),
    ("2018年 1月 31日", None, date(2018, 1, 31)),
    # a month well before the publication month is next year (guide)
    ("1月10日", date(2025, 12, 15), date(2026, 1, 10)),
    ("7月17日", date(2017, 9, 25), date(2017, 7, 17)),
    # impossible dates and year-less dates without an anchor give nothing
    ("2025年2月30日", None, None),
    ("10月10日", None, None),
])
def test_normalise_date_fragment(fragment, anchor, expected):
    assert normalise_date_fragment(fragment, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    ("二〇二五", 2025), ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31), ("九", 9), ("15", 15), ("十a", None),
])
def test_cn_number(text, expected):
    assert cn_number(text) == expected


@pytest.mark.parametrize("start, count, expected", [
    (date(2025, 9, 19), 5, date(2025, 9, 25)),   # guide ruling: Fri 19th is day 1
    (date(2025, 9, 30), 5, date(2025, 10, 13)),  # National Day week, Sat 11 Oct is a working day
    (date(2025, 9, 27), 1, date(2025, 9, 28)),   # Sat, then Sun 28 Sep adjusted to a working day
])
def test_add_working_days_uses_the_official_calendar(start, count, expected):
    assert add_working_days(start, count) == expected


def test_add_working_days_outside_the_calendar_falls_back_to_weekdays(caplog):
    assert add_working_days(date(2035, 3, 2), 3) == date(2035, 3, 6)  # Fri 2, Mon 5, Tue 6
    assert "no PRC holiday calendar" in caplog.text


# --------------------------------------------------------------------------------------------------
# Which dates are deadlines
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # cues after the date
    ("请于2025年10月31日前将申报材料报送至市科技局。", ["2025-10-31"]),
    ("企业须在10月15日之前完成网上填报。", ["2025-10-15"]),
    ("材料受理至2025年11月5日止，逾期不予受理。", ["2025-11-05"]),
    # cues before the date
    ("申报截止日期：二〇二五年十一月十日。", ["2025-11-10"]),
    ("受理截止时间为2025.10.20。", ["2025-10-20"]),
    ("项目申报从即日起至10月30日。", ["2025-10-30"]),
    # windows contribute their end; a bare day as the end; a year-less end after a full start
    ("网上申报时间：2025年9月22日—2025年10月9日。", ["2025-10-09"]),
    ("公示期为2025年9月15日至22日。", ["2025-09-22"]),
    ("公示时间自2025年9月17日起至9月23日止。", ["2025-09-23"]),
    ("报名时间为9月25日～10月12日。", ["2025-10-12"]),
    # a list after one cue shares it
    ("两批的截止时间分别为10月9日、11月28日。", ["2025-10-09", "2025-11-28"]),
    # a comment window of a draft
    ("现向社会公开征求意见，反馈截止时间为2025年10月9日。", ["2025-10-09"]),
    # the act named in the next clause
    ("请符合条件的个人于2025年9月24日之前，通过平台完成奖励申请。", ["2025-09-24"]),
    # inclusive marks, office hours, a start time in a window, a window named with 期间
    ("请各单位于10月20日（含）前报送推荐材料。", ["2025-10-20"]),
    ("纸质材料请于2025年10月31日下班前送达。", ["2025-10-31"]),
    ("网上申报时间：2025年10月9日9:00—10月20日17:00。", ["2025-10-20"]),
    ("申报受理时间为2025年10月20日至10月31日期间。", ["2025-10-31"]),
])
def test_deadline_cues(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    # eligibility and reference dates (guide)
    "2024年5月1日起新引进的人才。",
    "2025年10月10日前人才到岗工作满6个月。",
    "申报省级中心的须在2024年10月24日之前获市级认定。",
    "截至2024年12月31日，在我市企业缴纳社保满一年的员工。",
    "申报人应为1985年1月1日及以后出生。",
    "申请日在2023年5月31日及之前的发明专利。",
    "项目单位须为2023年12月31日前在本省注册的企业。",
    # reference periods, validity, effect
    "在2025年3月16日至2025年12月31日期间签订贷款合同的经营主体。",
    "本办法自2025年10月1日起施行，有效期至2027年9月30日。",
    "二、申报要求\n项目实施周期：2026年1月1日—2028年12月31日。",
    "二、申报条件\n统计时间截至2025年6月30日。",
    "二、申报条件\n上半年营业收入（截至2025年6月30日）不低于1000万元。",
    "2025年10月1日之前，代理机构已经提交的申请继续受理。",
    # openings, events, signing dates, cited titles
    "预计系统将于9月22日左右开放。",
    "直播时间：9月28日14:30，欢迎收看。",
    "江苏省工业和信息化厅\n2025年9月17日",
    "根据《关于2025年10月31日前完成清理工作的通知》要求，现开展工作。",
    # a date long before publication with a deadline cue is a condition, not a window
    "论著须于2019年3月1日前公开发表，成果须于2019年3月1日前完成转化。",
    # recurring dates have no calendar date
    "每月10日前报送上月经营数据。",
    # 前 that is not "before": 前后 (around), 前三季度
    "请于国庆节10月1日前后关注申报系统通知。",
])
def test_not_deadlines(text):
    assert _dates(text) == []


@pytest.mark.parametrize("kind, expected", [
    ("policy", ["2025-10-09"]),  # the comment window only, not the plan's task date
    ("call", ["2025-10-09", "2025-12-31"]),
    ("interpretation", ["2025-10-09"]),
])
def test_policy_keeps_only_its_comment_window(kind, expected):
    text = "各地于2025年12月31日前完成改造任务并报送总结材料。如有意见，请于2025年10月9日前反馈。"
    assert _dates(text, kind=kind) == expected


def test_interpretation_keeps_the_application_deadline_it_restates():
    assert _dates("问：何时截止？答：申报截止时间为2025年10月31日。", kind="interpretation") == ["2025-10-31"]


def test_years_roll_into_next_year_for_early_months():
    assert _dates("请于1月10日前提交申报材料。", published=date(2025, 12, 15)) == ["2026-01-10"]


def test_time_of_day_and_label():
    deadlines, _, _ = extract_deadlines(_notice(
        "网上申报截至10月22日（周三）17:00整，书面材料递交截至10月24日（周五）下午5点半。"
        "报名截止时间为10月12日17时。"))
    got = [(d.date.isoformat(), d.time, d.label) for d in deadlines]
    assert got == [("2025-10-12", "17:00", "报名截止"),
                   ("2025-10-22", "17:00", "网上申报截止"),
                   ("2025-10-24", "17:30", "纸质材料报送")]
    assert deadlines[0].evidence.startswith("报名截止时间")


def test_same_date_twice_keeps_the_more_informative_one():
    deadlines, _, _ = extract_deadlines(_notice(
        "一、申报时间\n2025年8月30日—2025年9月30日\n二、要求\n企业需于9月30日17:00前完成线上申报。"))
    assert len(deadlines) == 1 and deadlines[0].time == "17:00"


def test_full_width_digits_through_build_notice():
    notice = build_notice(RawRecord(title="申报丨测试", content="请于２０２５年１０月２０日前提交申报材料。",
                                    published="2025-09-20"))
    notice.kind = "call"
    deadlines, apply, _ = extract_deadlines(notice)
    assert [d.date for d in deadlines] == [date(2025, 10, 20)] and apply == date(2025, 10, 20)


@pytest.mark.parametrize("text, expected", [
    # deadlines in a table flattened one cell per line, under a 截止时间 column
    ("申报时间安排如下：\n环节\n截止时间\n网上申报\n2025年11月10日\n纸质材料报送\n2025年11月20日",
     ["2025-11-10", "2025-11-20"]),
    # a bare date under a heading that names the deadline
    ("一、申报截止时间\n2025年10月31日\n二、联系方式", ["2025-10-31"]),
    # a table of other dates is not a deadline column
    ("序号\n企业名称\n成立日期\n1\n某某公司\n2019年3月1日", []),
    # the notice's signing date below a deadline heading is not a deadline
    ("三、截止时间\n2025年10月31日\n某某市科学技术局\n2025年9月17日", ["2025-10-31"]),
    # a date column too far below its header, past prose, is not read as one
    ("截止时间\n请各单位认真组织，做好申报材料的审核把关，确保材料真实完整。\n2025年10月31日", []),
    # the application system closing, or acceptance stopping, on a date
    ("申报系统将于2025年11月5日17:00关闭。", ["2025-11-05"]),
    ("市科技局将于11月10日停止受理申报材料。", ["2025-11-10"]),
    # month.day with 日/号
    ("网上填报改为11.20日截止。", ["2025-11-20"]),
    ("审核时间为1.5个工作日，补贴3.5万元。", []),
    # registering on a platform is an act; registering a company is a condition
    ("请于10月15日前登录“某某平台”（http://example.gov.cn）注册（如已注册请直接登录）并上传材料。", ["2025-10-15"]),
    ("2024年10月15日前在本市注册的企业可申报。", []),
    # 认定时间截至 is the application window of a recognition; 认定时间在…前 is a condition
    ("申报省级绿色工厂认定时间截至2025年11月14日。", ["2025-11-14"]),
    ("二、申报条件\n认定时间在2025年6月30日前的企业。", []),
    # a supplement handed in later: the clause's nouns (销售, 购置) describe the papers
    ("新购置检测设备的发票清单（可在2025年11月28日前另行补交）。", ["2025-11-28"]),
])
def test_general_phrasings(text, expected):
    assert _dates(text) == expected


def test_an_optional_later_supplement_is_not_the_apply_deadline():
    text = "申报单位于2025年10月20日前将申报材料报送市经信局。设备发票可在2025年11月30日前另行补充提供。"
    deadlines, apply, _ = extract_deadlines(_notice(text))
    assert [d.date.isoformat() for d in deadlines] == ["2025-10-20", "2025-11-30"]
    assert apply == date(2025, 10, 20)


# --------------------------------------------------------------------------------------------------
# Counted windows
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, kind, expected", [
    ("公示期自2025年9月19日起5个工作日。", date(2025, 9, 21), "publicity", ["2025-09-25"]),
    ("公示期自2025年9月30日起5个工作日，如有异议请书面反映。", date(2025, 9, 30), "publicity", ["2025-10-13"]),
    # from the notice's own date when stated that way
    ("对名单有异议的，可自发布之日起7日内实名书面反映。\n某市科学技术局\n2025年3月4日",
     date(2025, 3, 6), "publicity", ["2025-03-10"]),
    ("现予以公示，公示期为5个工作日。\n某市工业和信息化局\n2025年9月19日",
     date(2025, 9, 21), "publicity", ["2025-09-25"]),
    # explicit dates win over the count beside them
    ("公示时间为五个工作日（9月2日至9月8日）。", date(2025, 9, 4), "publicity", ["2025-09-08"]),
    # a count without a start is not a date
    ("拟支持项目将进行为期7个工作日的公示。", date(2025, 9, 4), "call", []),
])
def test_counted_windows(text, published, kind, expected):
    assert _dates(text, published=published, kind=kind) == expected


# --------------------------------------------------------------------------------------------------
# apply_deadline
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, expected", [
    # online and paper for the applicant: the later one
    ("网上填报时间为10月8日至10月20日，纸质材料请于10月25日前寄送至市工信局。", "call", "2025-10-25"),
    # the applicant's date, not the bureaus' review dates after it
    ("企业于10月10日前完成网上申报。各县（市、区）科技局于10月15日前完成审核推荐。", "call", "2025-10-10"),
    ("（一）个人网上申报：9月1日~9月30日。\n（二）单位审核：9月1日~10月12日。\n（三）区初审：9月8日~10月20日。",
     "call", "2025-09-30"),
    # only a bureau date carries the applicants' materials: that one (guide ruling), not its summary table
    ("申报材料审核推荐截止时间为2025年10月11日17:30，推荐项目汇总表截止时间为2025年10月13日17:30。",
     "call", "2025-10-11"),
    # a bureau as the subject forwards; the enterprises' own date is the apply date
    ("企业于10月20日前在系统提交申请。请各设区市于10月30日前将申报材料报送我厅。", "call", "2025-10-20"),
    # a list or a pledge named in the sentence does not make the applicant's date a bureau's
    ("申报企业须未列入失信名单，并于10月20日前提交信用承诺书和申报材料。", "call", "2025-10-20"),
    # forwarding by bureaus is not the applicant's date
    ("企业线上填报截止时间为11月3日；企业的纸质材料由各区县统一报至市局，截止时间为11月17日。", "call", "2025-11-03"),
    # the applicant's date set elsewhere: null (guide ruling)
    ("市局受理截止时间为2025年11月21日。企业的申报截止日期按属地安排确定。", "call", None),
    ("请各市于2025年10月25日前报送推荐材料，企业申报截止时间按当地要求执行。", "call", None),
    # not a call: null even with a window
    ("公示期为2025年9月22日至2025年9月28日。", "publicity", None),
    ("申报截止时间：2025年9月15日。申报截止时间：2025年9月25日。", "digest", None),
    ("如有意见，请于2025年10月9日前反馈。", "policy", None),
])
def test_apply_deadline(text, kind, expected):
    _, apply, evidence = extract_deadlines(_notice(text, kind=kind))
    assert (apply.isoformat() if apply else None) == expected
    assert bool(evidence) == (expected is not None)


def test_signing_date():
    assert find_signing_date("正文。\n南京市科学技术局\n2025年9月1日\n（此件主动公开）") == date(2025, 9, 1)
    assert find_signing_date("某 某 委 员 会\n二○二三年六月十九日") == date(2023, 6, 19)
    assert find_signing_date("请于2025年10月1日前报送。") is None
    assert find_signing_date("二、申报时间\n企业申报从即日起至2025年10月31日。") is None


# --------------------------------------------------------------------------------------------------
# The external notices (dev-set floors are in tests/test_golden.py)
# --------------------------------------------------------------------------------------------------

@pytest.mark.shared
def test_external_notices_do_not_crash_and_dates_are_plausible():
    path = SHARED / "external" / "notices.json"
    if not path.exists():
        pytest.skip("shared external notices absent")
    from pipeline.extract.kind import classify_kind

    for row in json.loads(path.read_text("utf-8")):
        notice = build_notice(RawRecord(title=row["title"], content=row["content"], published=row["published"]))
        notice.kind, _ = classify_kind(notice)
        deadlines, apply, _ = extract_deadlines(notice)
        assert [d.date for d in deadlines] == sorted({d.date for d in deadlines})
        assert apply is None or apply in {d.date for d in deadlines}
        assert all(1990 < d.date.year < 2100 for d in deadlines)


# --------------------------------------------------------------------------------------------------
# National phrasings (issue 11): enumerations, numbered items, changed dates, stated years, tracks
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    # dates enumerated before one cue share it, and run forward within the publication year
    ("全年分三批受理，请企业分别于4月10日、7月10日、11月10日前提交申报书。", date(2025, 2, 20),
     ["2025-04-10", "2025-07-10", "2025-11-10"]),
    ("请各单位分别于3月15日、6月15日和9月15日前报送季度材料。", date(2025, 6, 1),
     ["2025-03-15", "2025-06-15", "2025-09-15"]),
    # a date opening a numbered item, with or without a comma after its cue
    ("二、11月14日前将盖章的申报书报送区科技局。", date(2025, 10, 8), ["2025-11-14"]),
    ("（二）11月14日前，各园区将汇总后的材料报送我局。", date(2025, 10, 8), ["2025-11-14"]),
    # a changed deadline, with its time
    ("现将网上填报截止时间调整为：2025年11月3日18时，逾期系统关闭。", date(2025, 10, 8), ["2025-11-03"]),
    # the time zone named after a time
    ("请申报人于11月6日17:00（北京时间）前，通过管理平台完成全部材料的在线提交。", date(2025, 10, 8), ["2025-11-06"]),
    # a window under a heading or after a clause naming it, followed by a comma
    ("三、受理时间：\n2025年10月8日——10月28日，逾期不予受理。", date(2025, 10, 8), ["2025-10-28"]),
    ("公示期为5个工作日，自2025年10月9日至2025年10月15日，如有异议请书面反映。", date(2025, 10, 9),
     ["2025-10-15"]),
    # "no later than"
    ("纸质申报书须不晚于2025年11月7日寄出，以邮戳为准。", date(2025, 10, 8), ["2025-11-07"]),
    # an objection sent in by a date, the objection named in the clause before
    ("对名单中的单位有异议的，请于2025年10月20日前以书面形式实名反映。", date(2025, 10, 13), ["2025-10-20"]),
    # a comment window named "如有修改意见"
    ("如有具体修改意见，请于2025年11月2日前发送至指定邮箱。", date(2025, 10, 8), ["2025-11-02"]),
])
def test_national_phrasings(text, published, expected):
    kind = "policy" if "修改意见" in text else "call"
    assert _dates(text, published=published, kind=kind) == expected


def test_a_condition_in_the_clause_after_an_item_date_is_not_a_deadline():
    assert _dates("三、2025年11月1日之前，服务机构已经提交的备案继续有效。", published=date(2025, 10, 8)) == []


@pytest.mark.parametrize("text, published, kind, expected", [
    ("自即日起7日内，对公示对象有异议的，可实名向我局反映。", date(2025, 3, 13), "publicity", ["2025-03-19"]),
    ("对拟认定名单有异议的，请在公布之日起10天内以书面形式向我局反映。", date(2025, 6, 3), "publicity",
     ["2025-06-12"]),
    # the window named after the count
    ("请各街道自本通知印发之日起10个工作日内报送推荐材料。", date(2025, 3, 3), "call", ["2025-03-14"]),
    # the start in brackets after the window's name, or with its 起 dropped
    ("公示期（公示之日起5个工作日）内如有异议，请向区科技局反映。", date(2025, 3, 3), "publicity", ["2025-03-07"]),
    ("自名单发布之日七日内，对名单持有异议的，请书面提出。", date(2025, 6, 3), "publicity", ["2025-06-09"]),
])
def test_counted_windows_from_the_notice(text, published, kind, expected):
    assert _dates(text, published=published, kind=kind) == expected


def test_bracketed_asides_do_not_name_the_window():
    text = "请于10月16日12时前将推荐函（附公示情况及公示结果说明）、承诺书一式两份报送我厅。"
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2025, 9, 20)))
    assert [(d.date.isoformat(), d.label) for d in deadlines] == [("2025-10-16", "主管部门报送")]


def test_an_extension_drops_the_date_it_replaces():
    text = ("9月1日，我局印发申报通知，申报截止日期为9月12日。因系统维护，现将企业申报截止时间延长至9月26日，"
            "区级审核时间延长至10月10日。其余事项不变。")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2025, 9, 10)))
    assert [d.date.isoformat() for d in deadlines] == ["2025-09-26", "2025-10-10"]
    assert apply == date(2025, 9, 26)


# --------------------------------------------------------------------------------------------------
# A notice without publication or signing date takes the year it states
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the latest full date stated, before the older numbers of the documents cited
    ("根据《某某办法》（某科规〔2020〕5号），申报时间为2022年3月1日至3月20日。纸质材料于3月25日前报送。",
     ["2022-03-20", "2022-03-25"]),
    ("省里调研时间为2024年3月1日-4月20日。请于4月8日前报送调研材料。", ["2024-04-08"]),
    # failing a full date, the latest document number: a programme year ("2026年度") may be the next one
    ("现将《关于组织2026年度专项资金申报的通知》（某工信发〔2025〕88号）转发给你们，请于11月20日前报送。",
     ["2025-11-20"]),
    # a document number whose closing bracket was lost in copying, before a condition's year
    ("现将省厅文件（某工信函〔202317号）转发给你们，2020年已获评的企业无需申报，请于9月12日前报送。",
     ["2023-09-12"]),
    # failing all, the latest year it names, not the end of a period
    ("为做好2024年度科技创新券兑付工作（2024—2026年试行），请各区于3月26日前报送汇总材料。", ["2024-03-26"]),
    ("请于4月8日前报送调研材料。", []),
])
def test_year_stated_in_the_text_when_nothing_else_dates_the_notice(text, expected):
    assert _dates(text, published=None) == expected


# --------------------------------------------------------------------------------------------------
# apply_deadline: tracks, the sentence's subject, local notices
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # dates per track: the first-named track's, the later of its own online and paper dates
    ("1. 网上填报时间。甲类项目从即日起至10月10日；乙类项目从即日起至2026年6月30日。\n"
     "2. 纸质材料报送截止时间：甲类项目是2025年10月17日前；乙类项目是2026年7月10日前。", "2025-10-17"),
    ("请各单位于2025年10月9日17:00前，境外合作项目申报单位于2025年10月30日17:00前，在系统提交申报书。",
     "2025-10-09"),
    ("1.青年交流项目：请各单位于10月28日前完成网上填报；\n2.联合研究项目：请各单位于10月14日前完成网上填报。",
     "2025-10-28"),
    # one programme: online and paper dates, the later one
    ("某某项目申报截止时间为10月20日。纸质材料请于10月25日前寄送至市科技局。", "2025-10-25"),
])
def test_apply_deadline_per_track(text, expected):
    _, apply, _ = extract_deadlines(_notice(text))
    assert (apply.isoformat() if apply else None) == expected


def test_a_bureau_named_at_the_start_of_the_sentence_acts_by_its_later_dates():
    text = ("一、请各区主管部门做好宣传动员，并于10月12日前将本区联系人报送我局。\n"
            "二、请各区主管部门认真做好审核推荐工作，并于10月30日前，将推荐企业申报材料报送我局。")
    _, apply, _ = extract_deadlines(_notice(text))
    assert apply == date(2025, 10, 30)  # bureau dates only: the one carrying the materials


@pytest.mark.parametrize("bureau", ["县(市)区科技局", "县（市、区）科技局", "市（州）工信部门"])
def test_a_bureau_written_with_its_levels_in_brackets_forwards_after_its_review(bureau):
    # r40_12: the applicant's date is the one to the county bureau, not the bureau's to the city
    text = ("1、依托单位组织填报申报书，于4月6日前将纸质版报送至所在地县(市)区科技局。\n"
            f"2、{bureau}对申报材料初审后，于4月17日前将纸质版、电子版报送至市科技局。")
    _, apply, _ = extract_deadlines(_notice(text, published=date(2027, 3, 6)))
    assert apply == date(2027, 4, 6)


@pytest.mark.parametrize("text, expected", [
    # days of one month written once (r43_02): the window ends on the second day
    ("现予以公示。公示时间：2027年3月3-9日。", ["2027-03-09"]),
    ("申报时间为10月8—20日，逾期不予受理。", ["2027-10-20"]),
])
def test_a_day_range_within_one_month(text, expected):
    assert _dates(text, published=date(2027, 3, 3)) == expected


def test_the_act_after_a_clause_saying_how():
    # r43_07: "请于…前，通过“…系统”（网址），组织…填报" — the means clause stands between the date and the act
    text = ("（三）请于7月8日前，通过“某省企业技术中心认定评价系统”（http://123.232.119.114:8088/login），"
            "组织推荐企业在线填报申请材料，并正式行文将申报材料报送省发展改革委。")
    assert _dates(text, published=date(2027, 6, 16)) == ["2027-07-08"]
    # a date whose next clause says how and nothing after it asks anything stays out
    assert _dates("截至2027年6月30日，通过认定的企业共120家，全市规模不断扩大。", published=date(2027, 7, 1)) == []


@pytest.mark.parametrize("text", [
    # r44_07, r44_21: a statement of how a consultation went tells of its window, which is closed
    "现将征求意见情况说明如下：\n一、就《某市城市绿化档案管理办法》（征求意见稿）向社会公开征求意见，从2027年11月2日开始，"
    "至12月2日结束。\n二、征集期内未收到意见。\n某市市政和园林局\n2027年12月5日",
    "某市科技局起草了《若干政策（征求意见稿）》，并于2027年11月2日—12月2日公开征求社会意见，截至12月5日，各反馈渠道"
    "均未收到反馈意见，特此说明。\n某市科学技术局\n2027年12月5日",
])
def test_a_comment_window_closed_before_the_notice_is_history(text):
    # (signed after the window; a re-posted draft with no date of its own keeps it: test_review_round_22)
    assert _dates(text, published=date(2027, 12, 5), kind="policy") == []


def test_applicants_following_their_district_notice_have_no_date_here():
    text = ("一、请申报企业按照所在区主管部门发布的申报通知要求报送材料。\n"
            "二、请各区主管部门于10月30日前，将推荐企业申报材料报送我局。")
    deadlines, apply, _ = extract_deadlines(_notice(text))
    assert [d.date.isoformat() for d in deadlines] == ["2025-10-30"] and apply is None


# --------------------------------------------------------------------------------------------------
# Second round (se / nw sets): parts of the day, e-mail, counted windows, reminders, re-posts
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a part of the day named between the date and its cue
    ("请入选单位于12月3日下午下班前将联系人信息以公函形式发送至指定邮箱。", ["2025-12-03"]),
    ("请各单位务必于10月9日上午前，将盖章申报书交我局。", ["2025-10-09"]),
    # sending by e-mail is handing in, with or without 前
    ("请各单位于10月15日将确认回执发至工作邮箱。", ["2025-10-15"]),
    # a step to finish on the date, with or without 于; a project's own work is not a window
    ("请各企业于10月31日完成网上申报。", ["2025-10-31"]),
    ("3.各区县科技局11月6日完成初审推荐。", ["2025-11-06"]),
    ("项目须于2026年12月31日完成建设。", []),
    # 前往 is a journey, not a cue
    ("入选代表于10月24日前往会场参加培训。", []),
])
def test_second_round_cues(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("拟认定名单公示期自本通知下发之日起5个工作日，如有异议请书面反映。", date(2025, 3, 3), ["2025-03-07"]),
    ("对名单有异议的，可自名单公布之日起7日内向我局实名反映。", date(2025, 3, 3), ["2025-03-09"]),
])
def test_counted_windows_from_the_notice_issued(text, published, expected):
    assert _dates(text, published=published, kind="publicity") == expected


def test_a_reminder_drops_the_deadline_its_readers_missed():
    text = ("前期通知要求各项目单位于5月20日前报送年度总结，截至目前仍有部分单位未按要求报送。"
            "请相关单位于6月18日前报送年度总结。\n某某局\n2025年6月10日")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2025, 6, 10)))
    assert [d.date.isoformat() for d in deadlines] == ["2025-06-18"] and apply == date(2025, 6, 18)


def test_a_date_before_the_notice_stays_when_nothing_says_it_passed():
    # a signing line later than the dates above it (a page typed after the fact): the dates stay
    text = "请各镇街于7月17日前将报名名单发至邮箱。\n某某局\n2025年7月26日"
    assert _dates(text, published=date(2025, 9, 1)) == ["2025-07-17"]


def test_a_reposted_page_takes_the_year_of_the_notice_it_carries():
    text = "请于7月8日前将推荐材料报送我部。\n某某部办公厅\n2019年6月3日"
    assert _dates(text, published=date(2021, 3, 1)) == ["2019-07-08"]


def test_date_parts_on_lines_of_their_own_are_joined():
    text = "四、请于\n8\n月\n6\n日前将申报书报送我厅。\n某某厅\n2019\n年\n6\n月\n3\n日"
    assert _dates(text, published=date(2021, 3, 1)) == ["2019-08-06"]


@pytest.mark.parametrize("text, expected", [
    # the agency reviewing what reached it carries nothing on; the date the papers reach it does
    ("申报书经推荐单位审核推荐至评估中心的截止时间为10月10日。评估中心对申报材料形式审查的截止时间为10月16日。",
     "2025-10-10"),
    # a later step for the selected applicants only, or for corrections, is not the application
    ("请各申报单位于9月5日前将申报材料报送我局。获得推荐资格的单位须于9月25日前在系统完成正式填报。",
     "2025-09-05"),
    ("申报截止时间为10月10日。被退回的项目须在10月20日前补正材料后重新提交。", "2025-10-10"),
    # a changed review date does not replace the applicants' changed date
    ("一、申报截止时间调整至2025年10月10日\n二、专业机构对申报材料审查的截止时间调整为10月15日。", "2025-10-10"),
])
def test_apply_deadline_follow_up_steps_and_agency_reviews(text, expected):
    deadlines, apply, _ = extract_deadlines(_notice(text))
    assert apply is not None and apply.isoformat() == expected
    assert apply in {d.date for d in deadlines} and len(deadlines) == 2


def test_an_adjusted_date_drops_the_one_it_replaces():
    text = "原通知要求各单位于9月12日前完成申报。现将申报截止时间调整至9月26日。"
    assert _dates(text, published=date(2025, 9, 10)) == ["2025-09-26"]


# --------------------------------------------------------------------------------------------------
# Third round (r3a / r3b sets): 将 phrases, split digits, the year of a numbered notice, whose date
# it is, a list's window counted from its own date, long texts
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # 于 DATE，将 … 报送 without 前: the handing-in verb ends however long a list of papers
    ("参评单位于10月16日，将评价报告（一式两份并附光盘）、年度统计表（一式三份）和承诺书报送至管委会三楼。",
     ["2025-10-16"]),
    # a space left inside a two-digit day or month by a page that sets each digit apart
    ("各单位线上提交材料截止至 10月2 7 日 17:00，逾期系统关闭。", ["2025-10-27"]),
    ("纸质材料报送截止时间为2025年1 1月3日。", ["2025-11-03"]),
])
def test_third_round_cues(text, expected):
    assert _dates(text) == expected


def test_a_notice_without_date_takes_its_own_number_year_over_a_past_reference_date():
    text = ("某科发〔2024〕21号\n各有关单位：\n一、支持对象为2023年7月1日以后通过验收的项目。\n"
            "二、请各单位于5月15日前将申报材料报送市科技局。")
    assert _dates(text, published=None) == ["2024-05-15"]


@pytest.mark.parametrize("text, expected", [
    # a bureau opens the sentence without 请; its later clause only says how it sends
    ("一、企业网上填报截止时间为2025年11月3日。\n"
     "二、各县区对申报项目逐一核实后汇总，以正式文件于2025年11月6日前上报市发展改革委。", "2025-11-03"),
    # the applicant is the clause's subject; review words describe the papers it sends
    ("网上申报截止时间为10月8日。各申报单位在10月12日前将经主管部门审核盖章后的纸质材料送交所在区科技局，"
     "各区科技局于10月16日前统一送市科技局。", "2025-10-12"),
    # the applicant named handing in within a step shared with a bureau's review
    ("一、企业网上填报截止时间为10月10日。\n"
     "二、区主管部门对材料进行审核，须在10月20日前完成企业修改提交、区级审核、企业打印报送等全部工作。"
     "各区主管部门须在10月22日前行文推荐至市局。", "2025-10-20"),
])
def test_apply_deadline_roles_third_round(text, expected):
    _, apply, _ = extract_deadlines(_notice(text))
    assert apply is not None and apply.isoformat() == expected


@pytest.mark.parametrize("text, expected", [
    # a list's objection window with no start date runs from the notice's own date
    ("经专家评审，某某公司等12家单位拟认定为市级工程中心，现予公示。对名单有异议的，请于10个工作日内"
     "向市科技局实名书面反映。\n市科技局\n2025年3月3日", ["2025-03-14"]),
    # … even when a later clause of the sentence states another date
    ("现对拟入库企业予以公示，公示期为5个工作日，如有异议请书面反映，同时请未备案的企业于3月20日前"
     "登录系统进行备案。", ["2025-03-07", "2025-03-20"]),
    # … nor a step the bureau takes after the window
    ("现予以公示，公示期为5个工作日。公示期满无异议的，将于10个工作日内拨付补助资金。", ["2025-03-07"]),
    # … but not when the count's own clause dates the window
    ("现予以公示，公示时间为5天（2025年3月3日至3月7日）。公示期内如有异议，请书面反映。", ["2025-03-07"]),
])
def test_a_list_window_without_start_counts_from_the_notice(text, expected):
    assert _dates(text, published=date(2025, 3, 3), kind="publicity") == expected


def test_long_texts_are_read_whole():
    # a text whose sentence ends were lost, and one with long runs of blanks: both were quadratic
    # (minutes for 200,000 characters; under a second now, measured by hand, not asserted here)
    unit = "请各申报单位于2025年10月20日前将申报材料报送至市科技局，各区主管部门审核后于10月25日前报送汇总表，"
    run_on = (unit * (200_000 // len(unit) + 1))[:200_000]
    blanks = "请于10月20日前报送申报材料。" + " " * 60_000 + "\n" + "\t" * 60_000 + "。"
    for text in (run_on, blanks):
        deadlines, _, _ = extract_deadlines(_notice(text))
        assert date(2025, 10, 20) in {d.date for d in deadlines}


# --------------------------------------------------------------------------------------------------
# Fourth round
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a date whose 年 and 月 were lost in copying, after a cue
    ("三、材料受理截止时间为2025613日，逾期不予受理。", ["2025-06-13"]),
    ("原定的项目受理截止时间顺延到2025417日。", ["2025-04-17"]),
    ("请于318日前将申报书报送我局。", ["2025-03-18"]),
    ("请于1030日前将申报书报送我局。", ["2025-10-30"]),
    # digits that split two ways, or count days, are not dates
    ("请于115日前将申报书报送我局。", []),
    ("请于受理后240日内完成审查。", []),
    ("请于收到通知后120日内报送验收材料。", []),
    # an aside between the cue and its date
    ("受理截止日期（以网上提交时间为准）为2025年10月12日。", ["2025-10-12"]),
])
def test_fourth_round_date_forms(text, expected):
    assert _dates(text, published=date(2025, 3, 1)) == expected


def test_a_flattened_table_runs_past_ten_lines():
    rows = "".join(f"第{n}轮\n{month}月{day}日\n{month}月{day + 3}日\n"
                   for n, (month, day) in enumerate([(4, 10), (5, 12), (6, 9), (7, 14), (8, 11)], 1))
    text = "各轮次时间安排如下：\n轮次\n线上申报截止时间\n纸质材料报送截止时间\n" + rows + "某某市科学技术局"
    assert _dates(text, published=date(2025, 4, 1)) == [
        "2025-04-10", "2025-04-13", "2025-05-12", "2025-05-15", "2025-06-09", "2025-06-12",
        "2025-07-14", "2025-07-17", "2025-08-11", "2025-08-14"]


def test_a_standing_yearly_date_is_no_date_of_the_notice():
    text = ("依照现行办法，企业应在每年4月1日至4月30日向所在市主管部门提出申请。"
            "今年受系统升级影响，申请时间顺延一个月，具体安排另行通知。")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2025, 3, 10)))
    assert deadlines == [] and apply is None


def test_naming_a_contact_person_is_no_application():
    text = ("一、请各企业按照指引随时提出申请，成熟一个办理一个。\n"
            "二、请于4月8日前将负责申报工作的联络员名单报送我局。")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2025, 4, 1)))
    assert [d.date for d in deadlines] == [date(2025, 4, 8)] and apply is None


# --------------------------------------------------------------------------------------------------
# Fifth round
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # A publicity the unit already held is a precondition of its papers, not a window.
    "项目经本单位内部公示无异议后，由申报单位于6月18日前将申请书报送市科技局。",
    "申报单位须于6月18日前将推荐材料寄送我厅，并在报送函中写明内部公示情况。",
])
def test_a_publicity_already_held_leaves_the_date_to_the_applicant(text):
    _, apply, _ = extract_deadlines(_notice(text, published=date(2025, 6, 1)))
    assert apply == date(2025, 6, 18)


def test_a_day_typed_without_its_ri_before_qian():
    text = "请各申报单位于11月20前将纸质材料一式两份报送区工信局。"
    assert _dates(text, published=date(2025, 11, 1)) == ["2025-11-20"]


def test_a_bare_cue_after_the_bureaus_step_is_the_bureaus_date():
    text = ("一、申报单位网上填报截止时间为2025年5月9日。各区科技局应及时完成网上审核，截止时间为"
            "2025年5月16日，并将汇总表报送市局。")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2025, 4, 20)))
    assert [d.date for d in deadlines] == [date(2025, 5, 9), date(2025, 5, 16)]
    assert apply == date(2025, 5, 9)


def test_the_applicant_delivers_after_the_bureaus_stamp():
    text = ("一、网上填报截止时间为2025年5月9日。\n"
            "二、申报单位应在线打印申请书，经所在区科技局盖章后连同推荐函于5月14日前送至市政务服务中心窗口。")
    _, apply, _ = extract_deadlines(_notice(text, published=date(2025, 4, 20)))
    assert apply == date(2025, 5, 14)


def test_a_pipe_flattened_table_keeps_its_deadline_column():
    text = ("各类项目受理时间如下：\n|\n序号 |\n类别 |\n受理截止时间 |\n|\n1 |\n"
            "甲类（含子类一;子类二）项目在线填报与审核 |\n2025年7月3日 |\n|\n2 |\n乙类项目 |\n2025年7月21日 |\n")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2025, 6, 1)))
    assert [d.date for d in deadlines] == [date(2025, 7, 3), date(2025, 7, 21)]
    assert apply == date(2025, 7, 21)


@pytest.mark.parametrize("text, expected", [
    # 年 and 月 lost in copying, a one-digit day: the digits are no day of a month, so 8月6日
    ("请各县区于86日前将推荐汇总表寄至市经信局，过时不候。", ["2025-08-06"]),
    # …but "25日前" is a day of some month, never 2月5日; and a count stays a count
    ("请于25日前将申报书送达市科技局。", []),
    ("请于45日内将申报书送达市科技局。", []),
])
def test_a_one_digit_day_whose_month_was_lost(text, expected):
    assert _dates(text, published=date(2025, 7, 10)) == expected


def test_a_range_opening_its_sentence_before_the_act_it_is_open_for():
    text = "三、进度安排\n2026年3月2日—3月20日，集中受理各地推荐材料。逾期不予受理。"
    deadlines, apply, _ = extract_deadlines(_notice(text, published=None))
    assert [d.date for d in deadlines] == [date(2026, 3, 20)]
    assert apply == date(2026, 3, 20)


def test_a_range_before_what_applicants_did_in_it_is_a_reference_period():
    text = "（二）研发投入\n2025年1月1日至12月31日，申报单位研发投入不低于300万元。"
    assert _dates(text, published=date(2026, 2, 1)) == []


def test_results_sent_up_for_the_record_by_a_date():
    text = "各区县要做好本地评审工作，并于2026年4月18日前将评审结果报市工信局备案。"
    assert _dates(text, published=date(2026, 3, 30), kind="publicity") == ["2026-04-18"]


def test_a_reader_asked_to_object_within_days_from_today():
    text = "对名单如有异议，请于即日起5个自然日内以书面形式向市科技局反映。"
    assert _dates(text, published=date(2026, 5, 11), kind="publicity") == ["2026-05-15"]


def test_a_comma_inside_an_aside_does_not_cut_the_act_from_its_date():
    text = "2.请指导企业备齐材料,汇总后于10月12日前将纸质版(一式一份)和电子版(U盘形式,一式两份)报送我厅。"
    assert _dates(text) == ["2025-10-12"]


@pytest.mark.parametrize("text", [
    # …but what follows an aside is still read for conditions
    "企业须于2025年10月31日前（含当日，以发票日期为准）购置设备并完成安装验收。",
    "2025年10月31日前（含当日，以营业执照为准）完成工商登记的企业。",
])
def test_conditions_past_an_aside_are_not_deadlines(text):
    assert _dates(text) == []


def test_a_date_opening_its_line_under_a_heading_that_names_the_window():
    text = "三、受理时间\n2025年11月3日前，逾期不再受理。\n四、材料要求\n材料一式三份。"
    deadlines, apply, _ = extract_deadlines(_notice(text))
    assert [d.date for d in deadlines] == [date(2025, 11, 3)] and apply == date(2025, 11, 3)


@pytest.mark.parametrize("text", [
    "二、申报条件\n2025年6月30日前，已在本市注册并正常经营。",
    # under a window's heading, a date that opens a condition or an arrangement is still not its end
    "二、申报时间\n2025年10月31日前，已纳入培育库的企业直接进入评审。",
    "二、申报时间\n2025年12月31日前，各地已经组织的项目继续执行。",
])
def test_a_date_opening_its_line_as_a_reference_point(text):
    assert _dates(text) == []


@pytest.mark.parametrize("text", [
    "四、各区县推荐材料报送截止日期，第一批2026年4月8日；第二批2026年6月18日；第三批2026年9月8日。",
    "四、时间安排\n申报截止日期：第一批2026年4月8日；第二批2026年6月18日；第三批2026年9月8日。",
])
def test_batches_named_after_one_cue(text):
    assert _dates(text, published=date(2026, 3, 2)) == ["2026-04-08", "2026-06-18", "2026-09-08"]


def test_batches_of_a_condition_are_not_deadlines():
    text = "二、申报条件\n企业注册成立时间截止日期，第一批2026年4月10日；第二批2026年6月10日。"
    assert _dates(text, published=date(2026, 3, 2)) == []


def test_a_range_named_as_the_period_to_hand_in():
    text = "三、工作程序\n企业按照通知列明的申报材料，自2026年3月15日至4月10日期间上传。"
    assert _dates(text, published=date(2026, 3, 1)) == ["2026-04-10"]
    # a period in which something happened stays a reference period
    assert _dates("对2026年1月1日至6月30日期间签订的贷款合同给予贴息。", published=date(2026, 3, 1)) == []


def test_a_call_in_batches_applies_by_the_batch_open_when_it_was_issued():
    text = ("二、本年度名称变更工作分三批进行，各企业报送材料的时间节点为：第一批截止时间为4月19日，"
            "第二批截止时间为6月4日，第三批截止时间为10月22日。")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2026, 4, 16)))
    assert [(d.date.isoformat(), d.label) for d in deadlines] == [
        ("2026-04-19", "第一批申报截止"), ("2026-06-04", "第二批申报截止"), ("2026-10-22", "第三批申报截止")]
    assert apply == date(2026, 4, 19)
    # a notice issued after the first batch closed applies by the next one
    _, apply, _ = extract_deadlines(_notice(text, published=date(2026, 5, 2)))
    assert apply == date(2026, 6, 4)


def test_online_and_paper_dates_are_no_batches():
    text = "请于2026年5月10日前完成网上申报，并于2026年5月15日前将纸质材料报送市科技局。"
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2026, 4, 16)))
    assert apply == date(2026, 5, 15) and not any(d.label.startswith("第") for d in deadlines)


def test_a_batch_with_an_online_and_a_paper_date_applies_by_the_later():
    text = ("三、时间安排\n第一批：网上申报截止时间为2026年4月19日，纸质材料报送截止时间为2026年4月22日；"
            "第二批：网上申报截止时间为2026年6月4日，纸质材料报送截止时间为2026年6月8日。")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2026, 4, 1)))
    assert apply == date(2026, 4, 22)
    assert {d.label for d in deadlines if d.date.month == 6} == {"第二批网上申报截止", "第二批纸质材料报送"}


def test_a_programme_named_after_the_batches_is_no_batch():
    text = ("二、重点新产品项目第二批网上申报截止时间为2026年6月1日，第三批网上申报截止时间为2026年9月1日，"
            "常年申报类一般项目网上申报截止时间为2026年5月15日。")
    deadlines, _, _ = extract_deadlines(_notice(text, published=date(2026, 5, 6)))
    assert {d.date.isoformat(): d.label for d in deadlines}["2026-05-15"] == "网上申报截止"


@pytest.mark.parametrize("text, published, expected", [
    ("一、请各有关单位尽快开展结项工作，于1月底前提交验收材料。", date(2027, 1, 20), ["2027-01-31"]),
    ("请于2028年2月底之前将申报材料报送市科技局。", date(2028, 1, 5), ["2028-02-29"]),  # a leap year
    # a month's end that is not before a cue stays no date
    ("预计2027年3月底公布评审结果。", date(2027, 1, 5), []),
])
def test_the_end_of_a_month(text, published, expected):
    assert _dates(text, published=published) == expected


def test_only_the_applicants_dates_are_labelled_with_their_batch():
    text = ("2026年第一批高新技术企业认定申报，企业于2026年5月10日前在线提交申报材料，"
            "各区科技局于2026年5月20日前完成审核推荐。")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2026, 4, 16)))
    labels = {d.date.isoformat(): d.label for d in deadlines}
    assert labels["2026-05-10"].startswith("第一批") and not labels["2026-05-20"].startswith("第一批")
    assert apply == date(2026, 5, 10)


@pytest.mark.parametrize("text, expected", [
    # a bare 报 before the body that receives the papers hands them in, with or without 前
    ("各市（州）汇总后，于2027年8月15日报省农业农村厅。", ["2027-08-15"]),
    ("请各县区于2027年12月10日前报我局（产业科）。", ["2027-12-10"]),
    # 报 before no body is no handing in, nor are 通报 and 汇报
    ("本项目于2027年8月15日报道。", []),
    ("区科技局将于2027年8月15日通报区内各企业申报情况。", []),
    ("区科技局将于2027年8月15日汇报区政府。", []),
])
def test_handing_in_to_a_body_with_a_bare_bao(text, expected):
    assert _dates(text, published=date(2027, 7, 1)) == expected


def test_a_covering_notes_date_anchors_the_year_and_comments_close_a_window():
    text = ("各镇，旗直各有关部门：\n现将《关于加快科技创新的实施意见（讨论稿）》下发给你们，征求各单位意见。"
            "请各单位将修改意见经主要领导签字后，于1月15日前报送政府办。\n某某县人民政府办公室\n2028年1月11日\n"
            "关于加快科技创新的实施意见\n一、总体要求\n到2030年，全县研发投入大幅提升。")
    from pipeline.extract.deadlines import find_signing_date

    assert find_signing_date(text) == date(2028, 1, 11)
    # published a week later on the site: the window still closes after the notice's own date
    deadlines, _, _ = extract_deadlines(_notice(text, published=date(2028, 1, 16), kind="policy"))
    assert [(d.date.isoformat(), d.label) for d in deadlines] == [("2028-01-15", "意见反馈截止")]




def test_a_drafts_window_for_sending_comments_closes_whatever_its_heading():
    text = ("我局起草了《某市工业设计中心认定管理办法（征求意见稿）》，现公开征求社会各界意见。\n"
            "征集时间：2027年3月16日至2027年3月22日\n电子邮箱：abc@example.cn\n"
            "第十条 企业应于每年7月底前报送上一年度运行情况。")
    # the draft's own rule (每年…7月底前) is no window of this notice
    assert _dates(text, published=date(2027, 3, 16), kind="policy") == ["2027-03-22"]
    # a policy that is no draft keeps only its comment windows, as before
    plain = "征集时间：2027年3月16日至2027年3月22日\n第十条 企业应于2027年7月31日前报送运行情况。"
    assert _dates(plain, published=date(2027, 3, 16), kind="policy") == []


@pytest.mark.parametrize("sent", ["书面意见和建议", "意见、建议", "意见及建议"])
def test_a_drafts_readers_sending_opinions_and_suggestions_close_its_window(sent):
    # "意见和建议" as much as "意见建议" (r38_19, a 银川 draft; 厦门 and 遵义 drafts write "意见建议")
    text = (f"现将《某市住房保障管理办法（修订草案征求意见稿）》予以公布，广泛征求社会各界意见。\n"
            f"请于2027年11月28日前将{sent}以邮寄、传真或者电子邮件的方式送市司法局。")
    deadlines, _, _ = extract_deadlines(_notice(text, published=date(2027, 10, 29), kind="policy"))
    assert [(d.date.isoformat(), d.label) for d in deadlines] == [("2027-11-28", "意见反馈截止")]


def test_a_numbered_item_after_a_comma_starts_a_new_sentence():
    # a page that lost its line breaks (r37_18, r37_03): the later item's 公示 is not this date's window
    text = ("一、需求申报各县(市、区)科技局广泛发动企业填报需求报名表,并于10月12日前汇总盖章后提交至市科技局高新处,"
            "二、择优匹配市科技局对科技特派员与入驻企业进行匹配,并报局长办公会议审议后公示人选名单,联系电话:2051677")
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2027, 10, 7)))
    assert [(d.date.isoformat(), d.label) for d in deadlines] == [("2027-10-12", "申报截止")]
    assert apply == date(2027, 10, 12)


def test_a_publicity_tells_of_steps_before_it_as_past():
    text = "经各县推荐，于2027年6月10日报省农业农村厅，经专家评审，现将拟认定名单予以公示，公示期为2027年7月1日至7月7日。"
    assert _dates(text, published=date(2027, 7, 1), kind="publicity") == ["2027-07-07"]


def test_dates_listed_for_one_act_are_successive_batches():
    text = "申报企业可分批次于3月5日、6月5日、8月5日、10月5日前将申报材料一式四份报送至区工信局。"
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2027, 4, 2)))
    assert [(d.date.isoformat(), d.label) for d in deadlines] == [
        ("2027-03-05", "第1批申报截止"), ("2027-06-05", "第2批申报截止"),
        ("2027-08-05", "第3批申报截止"), ("2027-10-05", "第4批申报截止")]
    assert apply == date(2027, 6, 5)  # the batch open when the notice was issued
    notice = _notice(text, published=date(2027, 4, 2))
    notice.deadlines, notice.apply_deadline = deadlines, apply
    assert notice.closing_deadline().date == date(2027, 10, 5)  # open through its last batch
    assert notice.closing_deadline(on=date(2027, 7, 1)).date == date(2027, 8, 5)


def test_dates_of_different_acts_are_no_batches():
    text = "请于2027年5月10日前完成网上申报，并于2027年5月15日前将纸质材料报送市科技局。"
    deadlines, apply, _ = extract_deadlines(_notice(text, published=date(2027, 4, 16)))
    assert not any(d.label.startswith("第") for d in deadlines) and apply == date(2027, 5, 15)


def test_a_line_opening_with_a_date_and_its_cue_is_that_lines_deadline():
    text = "三、申报时间\n7月31日前，初审材料报送；\n8月5日、6日，知识产权集中审核；\n8月10日前，报送审核情况表纸质版至各县（市、区）科技部门。"
    assert _dates(text, published=date(2027, 7, 1)) == ["2027-07-31", "2027-08-10"]


@pytest.mark.parametrize("text", [
    "网上申报和纸质材料报送截止时间分别为2027年9月30日、10月10日。",
    "请于9月20日、9月30日前分别完成网上填报和纸质材料报送。",
    "请申报单位、各区科技局分别于9月30日、10月15日前报送材料。",
    "纸质材料集中受理截止时间为：2027年10月8日、10月9日。",  # two days of one intake
])
def test_dates_given_to_several_acts_or_one_intake_are_no_batches(text):
    deadlines, _, _ = extract_deadlines(_notice(text, published=date(2027, 7, 1)))
    assert len(deadlines) == 2 and not any(d.label.startswith("第") for d in deadlines)


@pytest.mark.parametrize("text, expected", [
    # a line opening with a date is a deadline only when the line hands papers in, with no one named before
    ("请于2027年10月31日前完成申报。\n2027年12月31日前，经认定的企业须将年度运行报告报送市工信局。", ["2027-10-31"]),
    ("二、申报条件\n2027年9月30日前，已向税务部门报送研发费用加计扣除信息；", []),
    ("2027年11月30日前，区科技局将审核意见反馈申报单位。", []),
])
def test_lines_opening_with_a_date_that_hand_nothing_in(text, expected):
    assert _dates(text, published=date(2027, 7, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    # a changed date is the window's new end; the date it replaces closes nothing
    ("网上申报时间由原来的5月20日调整为6月10日（逾期不予受理）。", ["2027-06-10"]),
    ("各区报送申报材料的截止时间由5月31日和6月30日，分别调整为6月30日和7月31日。", ["2027-06-30", "2027-07-31"]),
    ("企业提交年度报表的截止时间由原定的2027年8月14日延后至2027年9月15日。", ["2027-09-15"]),
])
def test_changed_dates_end_their_windows(text, expected):
    assert _dates(text, published=date(2027, 4, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    # a page that lost 年, 月 and 日 runs the digits into the time of day
    ("（三）受理截止时间为2027101218:00，逾期将不予受理。", ["2027-10-12"]),
    ("请各申报单位于202731118:00前将申报材料扫描件报送至指定邮箱。", ["2027-03-11"]),
    ("项目单位可于101818时前审核并提交申报书。", ["2027-10-18"]),
])
def test_dates_whose_units_were_lost_before_a_time(text, expected):
    assert _dates(text, published=date(2027, 2, 1)) == expected


@pytest.mark.parametrize("text", [
    "项目总投资202331118万元。",          # an amount, no time after it
    "本次共受理申报项目1012项，18:00前完成审核。",  # a count before a time
])
def test_digit_runs_that_are_no_lost_dates(text):
    assert _dates(text, published=date(2027, 2, 1)) == []


@pytest.mark.parametrize("text, expected", [
    # a date that lost only its 月, as a range's end after the dash
    ("三、申报时间\n申报单位须于2027年812日9:00-2027年823日24:00期间完成申报，逾期不予受理。", ["2027-08-23"]),
    # a window's end named 截止期
    ("对公示内容有异议的，请以书面形式提出，公示截止期为2027年11月6日。", ["2027-11-06"]),
    # a range opening its line, then the applicants logging in to the system to apply
    ("（一）材料提交及受理\n2027年10月20日9:00至11月5日17:00，申报单位登录某某政策申报系统，填写申报书并提交佐证材料。",
     ["2027-11-05"]),
])
def test_more_ways_a_window_ends(text, expected):
    assert _dates(text, published=date(2027, 8, 1)) == expected


def test_a_reference_period_before_a_condition_is_no_window():
    text = "2026年1月1日至12月31日，申报单位研发投入不低于500万元。"
    assert _dates(text, published=date(2027, 8, 1)) == []


def test_a_counted_window_whose_dates_follow_in_its_clause_ends_on_the_stated_date():
    # counted from the notice's date it would end on 9-26; the clause states the window itself (r25)
    text = "本公示自发布之日起7日内为异议期（2025年9月21日起至2025年9月27日止），任何单位可向市科技局提出异议。"
    assert _dates(text, kind="publicity") == ["2025-09-27"]



def test_a_round_that_ends_on_a_date_closes_then():
    # "申报工作将于…结束" (r14): the round's end is the deadline; an event's end is no deadline
    assert _dates("凡本县企事业单位均可申报。申报工作将于10月20日结束。") == ["2025-10-20"]
    assert _dates("本次展会于10月20日结束，欢迎参观。") == []


@pytest.mark.parametrize("text, expected", [
    # a project that must be running by a date is a condition on the applicant, not a window
    ("申报对象：列入2027年某市数字化改造项目库、于2027年9月底前完成建设并投入运行的项目。", []),
    ("申报对象：2027年6月30日前建成并投入使用的标准厂房。", []),
    # …but a report on it handed in by a date is an act
    ("请于2027年9月30日前将项目投入使用情况报送区经信局。", ["2027-09-30"]),
])
def test_a_project_running_by_a_date_is_a_condition(text, expected):
    assert _dates(text, published=date(2027, 8, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-day intake closes that day, at the end of its hours
    ("四、材料报送\n纸质材料集中受理时间为：2025年10月16日8:30-17:30，逾期不予受理。", [("2025-10-16", "17:30")]),
    ("受理日期：10月16日9:00至12:00，地点：市民中心三楼。", [("2025-10-16", "12:00")]),
    ("受理日期：2025年10月16日，逾期不予受理。", [("2025-10-16", None)]),
    # hours in the afternoon, and the last of two ranges of hours
    ("纸质材料集中受理时间为：2025年10月16日下午2:00-5:00，逾期不予受理。", [("2025-10-16", "17:00")]),
    ("请于2025年10月16日下午2点至5点半到市政务中心报送纸质材料。", [("2025-10-16", "17:30")]),
    ("材料受理时间为2025年10月16日上午9:00-12:00，下午14:00-17:00，逾期不予受理。", [("2025-10-16", "17:00")]),
    ("材料受理时间为2025年10月16日9:00-12:00、14:00-17:30，逾期不予受理。", [("2025-10-16", "17:30")]),
    # a window of days keeps its end, and a plain time its own
    ("申报受理时间为2025年10月8日至10月16日。", [("2025-10-16", None)]),
    ("请于2025年10月16日17:00前报送。", [("2025-10-16", "17:00")]),
    # a date alone after 受理时间 may be when intake opens
    ("网上受理时间为2025年10月8日，截止时间为2025年10月31日。", [("2025-10-31", None)]),
    ("申报受理时间为2025年10月8日，届时系统开放。", []),
    ("集中受理时间为2025年10月8日，此后随到随审。", []),
    ("受理时间为2025年10月8日以后，请企业按要求提交。", []),
])
def test_a_one_day_intake_closes_at_the_end_of_its_hours(text, expected):
    deadlines, _, _ = extract_deadlines(_notice(text))
    assert [(d.date.isoformat(), d.time) for d in deadlines] == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a block of fields whose labels are spaced out to line up: each label reads whole
    ("经评审，拟认定以下单位，现予以公示。\n公 示 期：2027年3月2日至3月8日\n受理部门：某市科技局", "publicity",
     ["2027-03-08"]),
    ("现组织申报2027年度某专项。\n申 报 时 间:2027年3月1日—3月20日\n联 系 人:李四", "call", ["2027-03-20"]),
    # spaced characters inside a sentence are no label
    ("请于2027年3月20日前报送材料。\n注 意 事 项 请认真阅读。", "call", ["2027-03-20"]),
])
def test_spaced_out_labels_read_whole(text, kind, expected):
    assert _dates(text, published=date(2027, 3, 1), kind=kind) == expected


@pytest.mark.parametrize("text", [
    # whole years a report covers (r64_17, r63_15): no window to act in
    "参加年度考核的，需提供考核材料及相关附件，材料内容和数据从2026年1月1日计算至2026年12月31日。",
    "对参评载体在2026年1月1日-12月31日的运营发展情况进行考核评价，现将评估结果予以公示。",  # (read right before too)
])
def test_whole_years_are_a_period_not_a_deadline(text):
    assert _dates(text, published=date(2027, 3, 1)) == []


def test_a_window_open_all_year_still_ends():
    # (a window's own words before the range keep it one)
    text = "本年度项目常年受理，申报受理时间为2027年1月1日至12月31日，逾期不予受理。"
    assert _dates(text, published=date(2027, 1, 1)) == ["2027-12-31"]
