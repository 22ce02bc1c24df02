"""Cases a reviewer of round 21 (ninth session) found, five of them wrong at the commit before the fixes
(the others guard the narrowed cues): a condition cue that swallowed papers handed in by a date
("将设备投入使用证明报送"), a press conference announced at the end of a policy (or a rule for monthly
briefings) read as the text's own event, and lists "sent down" to act on read as a published result."""
from datetime import date

import pytest

from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.kind import classify_kind
from pipeline.notice import Notice

PUBLISHED = date(2027, 8, 1)


def _dates(text):
    deadlines, _, _ = extract_deadlines(Notice(title="通知", text=text, published=PUBLISHED, kind="call"))
    return [d.date.isoformat() for d in deadlines]


def _kind(title, text, derived=False):
    return classify_kind(Notice(title=title, text=text, title_derived=derived))[0]


@pytest.mark.parametrize("text", [
    "请各企业于2027年9月30日前将设备投入使用证明报送区经信局。",
    "项目单位须于2027年9月30日前将项目投入运行后的运行报告提交市科技局。",
])
def test_papers_about_a_project_running_handed_in_by_a_date_keep_their_deadline(text):
    assert _dates(text) == ["2027-09-30"]


@pytest.mark.parametrize("text", [
    "支持对象：2027年6月30日前建成投产的技术改造项目。",
    "申报对象：于2027年9月底前竣工验收并投入使用的标准厂房。",
])
def test_a_project_built_and_running_by_a_date_is_still_a_condition(text):
    assert _dates(text) == []


def test_a_press_conference_announced_with_a_verb_other_than_dingyu_is_an_event():
    text = "省政府新闻办将于2027年10月13日上午10:00举行新闻发布会，介绍《某省支持科技创新若干措施》有关情况。"
    assert _kind("", text, derived=True) == "event"


def test_a_policy_closing_with_its_press_conference_to_come_is_no_event():
    body = "为进一步支持中小企业发展，结合本省实际，制定如下措施。" * 8
    text = body + "\n一、加大财政支持。\n二、优化服务。\n省政府新闻办定于2027年3月5日举行新闻发布会进行政策解读。"
    assert _kind("", text, derived=True) != "event"


def test_a_rule_for_monthly_briefings_is_no_event():
    text = "各部门将于每月第一周召开例行新闻发布会，通报重点工作进展。\n第一条 为规范政务公开，制定本办法。"
    assert _kind("关于印发某市政务公开工作办法的通知", text) == "policy"


def test_a_list_sent_down_to_act_on_is_no_published_result():
    text = ("各有关单位：\n现将2027年度高新技术企业复核名单下发给你们，请组织名单内企业于2027年9月20日前"
            "通过系统提交复核材料。")
    assert _kind("关于开展2027年度高新技术企业复核工作的通知", text) == "call"
    text = "各县区：\n现将参训学员名单印发给你们，请通知学员按时报到。"
    assert _kind("关于举办2027年科技管理干部培训班的通知", text) != "publicity"


def test_a_list_sent_down_as_the_result_is_publicity():
    text = "各市、县（区）：\n经评审，确定了28个试点市县，现将名单印发你们。"
    assert _kind("", text, derived=True) == "publicity"
