"""Round 66 of the blind-set method: deadline rules shown by labelled texts of the evaluation sets r540-r626 (rounds
62-65's), each tested here on phrasings written for these tests (the sets' own texts stay outside the project); the
sets r627-r634, collected in this round on themes no earlier round took, measured them blind (r630 and r634 are its final
check). Each row is one case, and its id says which rule it pins or guards; every rule's row fails at the round's start.

Deadlines read by the field's review shape (review_reading): the deadline dates in ISO form."""
import pytest

from round_helpers import review_expected, review_reading

DEADLINES = [
    # a window's label or its 至 closing a line, the date opening the next (r621_10, r562_06: pages setting a field's name
    # and its value on lines of their own)
    pytest.param("关于开展2026年度版权示范单位申报工作的通知", "申报截止日期：\n2026年5月8日 申报机构：各区版权主管部门报市版权局",
                 "2026-04-10", ["2026-05-08"], id="label-then-date-on-its-line"),
    pytest.param("关于公开征集2027年市政府民生实事项目的公告", "征集时间\n\n自公告之日起至\n\n2026年11月20日止\n\n征集内容\n围绕就业、养老等。",
                 "2026-10-20", ["2026-11-20"], id="window-opened-then-end-on-its-line"),
    # (guard) the page's date on its line stays the page's, and a validity's end a validity's
    pytest.param("", "申报截止日期：\n2026年5月8日 申报机构：各区版权主管部门报市版权局\n示范单位申请条件：本市行政区域内的单位。",
                 None, ["2026-05-08"], id="label-then-date-on-its-line-untitled"),
    pytest.param("关于开展2026年度版权示范单位申报工作的通知", "发布日期：\n2026-04-10\n请于2026年5月8日前报送申报材料。",
                 "2026-04-10", ["2026-05-08"], id="guard-publication-date-on-its-line"),
    # (guard) an addressee line's colon ends its line: the date opens the next sentence, which says who acts by it
    pytest.param("关于做好有关工作的通知", "各学院、研究所：\n2026年3月17日前，各单位将申报汇总表报科研处。",
                 "2025-12-20", ["2026-03-17"], id="guard-addressee-colon-then-date"),
    pytest.param("关于公布2026年度示范单位名单的通知", "有效期至\n2028年12月31日\n各单位要加强管理。",
                 "2026-04-10", [], id="guard-validity-end-on-its-line"),
    # a window opened from the notice's day under a heading naming it, closed by the refusal of late papers (r563_07)
    pytest.param("关于申报2026年度社科研究课题的公告", "二、申报说明\n\n申报期限\n\n即日起至1月12日，逾期不候。\n\n申报条件\n课题申请人须具有…",
                 "2026-01-06", ["2026-01-12"], id="opened-window-under-its-heading"),
    pytest.param("关于组织申报2026年度科技项目的通知", "一、申报时间\n自即日起至2026年5月20日，逾期不候。",
                 "2026-04-20", ["2026-05-20"], id="opened-window-under-numbered-heading"),
    # an activity's or a contest's time opened from the notice's day: the window to take part (r577_04, r625_05)
    pytest.param("关于举办2026年防灾减灾科普作品大赛的通知", "二、活动概况\n活动时间：即日起-2026年8月30日 参赛对象：面向社会公众",
                 "2026-07-01", ["2026-08-30"], id="activity-time-opened-today"),
    pytest.param("关于举办“共享阅读”征文活动的通知", "活动时间\n即日起至2026年8月31日\n活动要求\n本活动为公益活动。",
                 "2026-07-01", ["2026-08-31"], id="activity-time-heading-opened-today"),
    # (guard) an activity with days of its own is held on them: no window closes
    pytest.param("关于举办2026年网络安全知识竞赛的通知", "二、活动时间\n2026年9月4日至2026年9月17日\n三、竞赛内容\n网络安全知识。",
                 "2026-08-20", [], id="guard-activity-days-of-its-own"),
    pytest.param("关于举办2026年全民健身展示活动的通知", "活动时间：2026年9月4日至9月6日，地点：市体育中心。",
                 "2026-08-20", [], id="guard-activity-dated-one-line"),
]


@pytest.mark.parametrize("title, text, published, expected", DEADLINES)
def test_round_66_deadlines(title, text, published, expected):
    assert review_reading("deadlines", title, text, published) == review_expected(expected)
