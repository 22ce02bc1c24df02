"""Cases a reviewer of round 20 (ninth session) found, each wrong at the commit before the fixes: rules
that fired too widely (a call's quota read as a recognition, a forwarded management notice read as a
call, interviews a survey conducts read as explainers, an issued policy's dates read as a comment window,
the same firms counted twice read as a second applicant) or too narrowly (a year before the title's verb,
a headline ending in "！", counts written "共120家", "：120家", "105家省级…")."""
from datetime import date

import pytest

from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.kind import classify_kind
from pipeline.extract.subjects import extract_subjects
from pipeline.notice import Notice

SUBMIT = "请于2027年5月10日前报送申报材料。"


def kind(title, text=SUBMIT, derived=False):
    return classify_kind(Notice(title=title, text=text, title_derived=derived))[0]


def test_a_call_stating_its_quota_is_no_recognition_announced():
    text = ("各有关单位：\n省工信厅决定认定30个左右省级智能制造示范工厂，现将有关事项通知如下：\n一、申报条件\n"
            "具有独立法人资格的工业企业。\n" + SUBMIT)
    assert kind("", text, derived=True) == "call"


@pytest.mark.parametrize("title", [
    "转发省科技厅《关于进一步加强高新技术企业认定管理工作的通知》",
    "关于转发省工信厅《关于规范省级专精特新中小企业认定管理的通知》的通知",
    "转发省工信厅《关于暂停受理2027年度省级企业技术中心认定申请的通知》",
])
def test_forwarded_notices_that_manage_or_suspend_a_recognition_are_no_calls(title):
    assert kind(title, "各有关单位：\n请认真贯彻执行。") == "policy"


@pytest.mark.parametrize("title, text, expected", [
    ("关于公开遴选2027年度某项目拟入选实施主体的公告", "现将拟入选名单予以公示，公示期为5个工作日。", "publicity"),
    ("关于公开选拔2027年度某专项拟立项项目的公告", "现将拟立项项目予以公示，公示期为5个工作日。", "publicity"),
    ("关于2027年度公开征集某某技术需求入库项目的通知", SUBMIT, "call"),
    ("关于申报2027年度文化产业发展规划重点项目的通知", SUBMIT, "call"),
    ("关于做好2027年度谋划重点项目储备工作的通知", SUBMIT, "call"),
    ("关于开展2027年度民营企业入户访谈调研工作的通知", "请各县区于2027年4月30日前报送调研报告。", "call"),
    ("关于征集“企业家访谈”栏目参与企业的通知", SUBMIT, "call"),
    ("某县开展企业技术中心备案工作 助力更多企业上榜", SUBMIT, "call"),
    ("省级企业技术中心认定即将启动 预计10月底前完成认定", "近日，省工信厅印发通知。", "call"),
    ("2027年省级专精特新中小企业认定工作正式启动！", "近日，省工信厅印发通知。", "call"),
    ("某区顺利完成2027年度科技型中小企业评价入库工作！", "近日，有关工作顺利完成。", "publicity"),
])
def test_title_rules_of_round_20_neither_too_wide_nor_too_narrow(title, text, expected):
    assert kind(title, text) == expected


def _policy_dates(text):
    deadlines, _, _ = extract_deadlines(Notice(title="x", text=text, kind="policy", published=date(2027, 3, 16)))
    return [d.date.isoformat() for d in deadlines]


def test_an_issued_policy_that_took_comments_has_no_comment_window():
    text = "经征求各成员单位意见，现将《某工作方案》印发给你们。\n材料报送时间：2027年11月30日前报送。"
    assert _policy_dates(text) == []


def test_a_drafts_own_windows_are_not_its_comment_window():
    text = ("我局起草了《某办法（征求意见稿）》，现公开征求社会各界意见。\n征集时间：2027年3月16日至2027年3月22日\n"
            "第十条 申报时间：2027年4月1日至4月30日。\n三、填报时间：2027年5月1日至5月31日")
    assert _policy_dates(text) == ["2027-03-22"]


def test_a_comment_window_headed_for_feedback():
    text = "我局起草了《某办法（征求意见稿）》，现公开征求社会各界意见。\n反馈时间：2027年3月16日至2027年3月22日"
    assert _policy_dates(text) == ["2027-03-22"]


def _listed(text, title="关于公布2027年度第一批入库名单的通知"):
    return {s.name for s in extract_subjects(Notice(title=title, text=text, kind="publicity"))}


@pytest.mark.parametrize("text", [
    "经专家评审，拟认定某某公司等356家企业为高新技术企业，其中，新认定企业200家、重新认定企业156家，现予以公示。",
    "拟认定高新技术企业356家，其中，新认定企业200家、重新认定企业156家，现予以公示。",
])
def test_the_listed_type_counted_again_adds_no_firms(text):
    assert _listed(text) == {"高新技术企业"}


def test_persons_counted_for_an_institute_name_no_institute():
    text = "经研究，拟确定张某某等12名同志为省产业技术研究院项目经理，现予以公示。"
    assert "平台载体" not in _listed(text, title="关于公布2027年度项目经理名单的通知")


@pytest.mark.parametrize("text, expected", [
    ("经评审，现将2027年度省级绿色制造名单予以公布，绿色工厂共120家、绿色工业园区共4个。", {"制造企业", "政府园区"}),
    ("经评审，现将2027年度省级绿色制造名单予以公布，绿色工厂：120家。", {"制造企业"}),
    ("现将2027年度105家省级绿色工厂、4家绿色供应链管理企业名单予以公布。", {"制造企业"}),
])
def test_counts_written_in_other_ways(text, expected):
    assert _listed(text) == expected
