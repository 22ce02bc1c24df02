"""Cases a reviewer of round 26 (thirteenth session) found by running its first versions: a reward, a
review or a higher tier for 专精特新 firms opened to 中小企业; a date followed by 电话 read as a news
dateline; policy titles on cultivation read as calls; cities named only as where firms are read as
applicants; an acceptance's evaluators read as listed; a collection window opening with a long phrase
missed; a real "??" in a headline dropped; an interpretation's 企业 kept beside a narrower type. Each
was wrong at the commit before these fixes."""
import pytest

from pipeline.extract.kind import classify_kind
from pipeline.extract.subjects import extract_subjects
from pipeline.normalize import derive_title
from pipeline.notice import Notice


def _kind(title: str, text: str = "") -> str | None:
    return classify_kind(Notice(title=title, raw_title=title, text=text, title_derived=not title))[0]


def _tags(title: str, text: str, kind: str = "call") -> set[str]:
    return {s.name for s in extract_subjects(Notice(title=title, text=text, kind=kind))}


@pytest.mark.parametrize("title", [
    "关于组织申报2027年度专精特新中小企业认定奖励资金的通知",
    "关于做好2027年度专精特新中小企业认定复核工作的通知",
    "关于开展专精特新中小企业申报国家级专精特新“小巨人”企业工作的通知",
])
def test_those_holding_a_status_are_not_opened_to_those_seeking_it(title):
    assert "中小企业" not in _tags(title, "请各区组织辖区内企业按要求申报。")


def test_a_date_before_a_phone_call_is_no_dateline():
    text = ("各县区：\n近日，省政府办公厅印发《某省促进中小企业发展若干措施》，现转发给你们，请认真贯彻落实，"
            "并于7月10日电话报送落实情况。")
    assert _kind("关于转发《某省促进中小企业发展若干措施》的通知", text) == "policy"


def test_a_reported_list_is_no_interpretation():
    text = "本报讯（记者 王某）近日，省工业和信息化厅发布《2027年度省级专精特新中小企业名单》，我市35家企业上榜。"
    assert _kind("", text) != "interpretation"


@pytest.mark.parametrize("title", ["关于全面开展优质中小企业梯度培育工作的指导意见", "关于做好科技型企业培育工作的若干措施"])
def test_a_policy_on_cultivation_is_no_call(title):
    assert _kind(title) == "policy"


def test_a_collection_window_opening_with_a_long_phrase():
    text = "为编制好规划，现面向社会公开征集意见建议。\n一、征集时间\n自本通知发布之日起至2027年6月30日\n二、征集内容"
    assert _kind("", text) == "call"


def test_cities_named_as_where_firms_are_are_no_applicants():
    assert _tags("", "申报单位应为在地级及以上城市设有服务网点的数字化转型服务商。") == {"服务商"}


def test_an_acceptances_evaluators_are_not_listed():
    text = "市科技局组织高校院所和企业专家对全市32家孵化器进行了绩效评估。现将结果予以公示。"
    assert _tags("关于2026年度科技企业孵化器绩效评价结果的公示", text, "publicity") == {"孵化器"}


def test_an_interpretations_enterprise_is_covered_by_a_narrower_type():
    text = "符合条件的科技型中小企业均可申请享受研发费用加计扣除优惠。"
    assert _tags("研发费用加计扣除政策解读", text, "interpretation") == {"科技型中小企业"}


def test_a_real_double_question_mark_still_ends_a_derived_title():
    assert derive_title("还在为高企申报发愁??这份指南请收好！详见下文。") == "还在为高企申报发愁"
