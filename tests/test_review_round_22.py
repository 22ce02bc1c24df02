"""Cases a reviewer of round 22 (tenth session) found: regressions of its first versions (a call's own
date read as a comment window because "意见和建议" stood in its sentence; a list of grades after a comma
cut a date off from its act; a derived title emptied when no marked act followed its purpose clause;
"开展…申报/推荐活动" headlines read as events) and phrasings the rules first missed (levels in brackets
before 科学技术局 or 经济和信息化局, a blank before a place after a number, local 小巨人 quoted with other
marks). Each was wrong at the commit before these fixes."""
from datetime import date

import pytest

from pipeline import gazetteer
from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.kind import classify_kind
from pipeline.extract.phones import extract_phones
from pipeline.extract.subjects import extract_subjects
from pipeline.normalize import derive_title
from pipeline.notice import Notice

PUBLISHED = date(2027, 9, 10)


def _deadlines(text, kind="call", published=PUBLISHED):
    deadlines, apply, _ = extract_deadlines(Notice(title="通知", text=text, published=published, kind=kind))
    return [d.date.isoformat() for d in deadlines], (apply.isoformat() if apply else None)


def test_a_calls_papers_with_opinions_attached_keep_the_calls_date():
    text = "符合条件的企业请于2027年10月15日前登录系统填报申请表并上传证明材料，对政策实施的意见和建议可一并在系统中填写。"
    assert _deadlines(text) == (["2027-10-15"], "2027-10-15")


@pytest.mark.parametrize("sent", ["意见和建议", "意见建议"])
def test_a_call_for_suggestions_closes_on_its_suggestions_date(sent):
    text = ("为做好2028年度市科技计划项目指南编制工作，现面向全市征集项目指南建议。\n"
            f"请各单位于2027年10月20日前将《项目指南建议表》及相关{sent}报送至市科技局计划处，逾期不予受理。")
    assert _deadlines(text) == (["2027-10-20"], "2027-10-20")


@pytest.mark.parametrize("sent", ["意见或建议", "建议和意见"])
def test_a_drafts_comment_window_in_other_words(sent):
    text = (f"现将《某市促进科技成果转化若干措施（征求意见稿）》予以公布。\n"
            f"请于2027年10月10日前将{sent}发送至电子邮箱kjj@example.cn。")
    assert _deadlines(text, kind="policy") == (["2027-10-10"], None)


@pytest.mark.parametrize("text", [
    "请于2027年10月20日前，一、二类项目申报单位将申报材料报送至市科技局。",
    "请于2027年10月20日前，一、二等奖获奖企业将项目实施情况报告报送至市科技局。",
])
def test_grades_listed_after_a_comma_do_not_end_the_sentence(text):
    assert _deadlines(text) == (["2027-10-20"], "2027-10-20")


@pytest.mark.parametrize("bureau", ["县（市、区）科学技术局", "市（州）经济和信息化局", "县（市、区）发展和改革局"])
def test_bureaus_of_other_names_with_levels_in_brackets_forward(bureau):
    text = ("1、依托单位组织填报申报书，于4月6日前将纸质版报送至所在地县（市、区）主管部门。\n"
            f"2、{bureau}对申报材料初审后，于4月17日前将纸质版、电子版报送至市主管部门。")
    assert _deadlines(text, published=date(2027, 3, 6))[1] == "2027-04-06"


def test_a_place_after_a_blank_after_a_number_is_no_unit():
    text = "四、联系方式\n新会区科工商务局 6182672 台山市科工商务局 5524695"
    numbers = [p.number for p in extract_phones(Notice(text=text, regions=[gazetteer.lookup("江门市")]))]
    assert numbers == ["0750-6182672", "0750-5524695"]


def _derived_subjects(text, kind="call"):
    notice = Notice(title=derive_title(text), title_derived=True, text=text, kind=kind)
    return {s.name for s in extract_subjects(notice)}


def test_a_derived_title_whose_act_is_a_named_bureau_keeps_the_act():
    text = ("为加快培育专精特新中小企业，推动中小企业高质量发展，市工信局组织开展2027年度专精特新中小企业申报工作。\n"
            "一、申报条件\n（一）在本市注册、具有独立法人资格的企业；\n（二）请于2027年10月20日前提交申报材料。")
    titled = {s.name for s in extract_subjects(Notice(title="关于开展2027年度专精特新中小企业申报工作的通知",
                                                      text=text, kind="call"))}
    # (the 中小企业 that apply for the status: vocabulary applied_for_by)
    assert _derived_subjects(text) == titled == {"专精特新中小企业", "中小企业"}


def test_whom_a_purpose_clause_supports_is_targeted():
    text = ("为支持科技型中小企业加大研发投入，根据《某市科技创新条例》，现开展2027年度研发费用补助申报工作。"
            "请符合条件的单位于2027年10月20日前提交申报材料。")
    assert "科技型中小企业" in _derived_subjects(text)


@pytest.mark.parametrize("title", [
    "我区开展2027年度知识产权贯标奖补申报活动",
    "苏州工业园区开展2027年度科技成果转化项目推荐活动",
    "我市开展2027年度“最美科技工作者”推选活动",
    "我市开展2027年度“科技副总”选聘活动",
    "我市开展中小企业数字化转型免费诊断服务活动",
    # (second review) a contest or collection announced ahead
    "关于2027年度“优秀民营企业家”评选活动预告",
    "活动预告丨“专精特新”优质产品征集活动",
    "活动预告｜第十届“创客中国”中小企业创新创业大赛某赛区报名启动",
])
def test_an_activity_one_applies_to_is_no_event(title):
    text = "请有关企业于2027年10月15日前将申请材料报送区科技局。"
    assert classify_kind(Notice(title=title, text=text))[0] == "call"


@pytest.mark.parametrize("title", [
    "关于2027年科技”小巨人”企业拟培育名单的公示",  # the closing mark typed for the opening one
    "关于2027年成长型“小巨人”企业拟培育名单的公示",
])
def test_local_little_giants_however_quoted_are_not_miits(title):
    tags = {s.name for s in extract_subjects(Notice(title=title, text="现将名单予以公示。", kind="publicity"))}
    assert "专精特新小巨人企业" not in tags


# --- the second review, of the rules r43 and r44 showed -------------------------------------------

@pytest.mark.parametrize("title", ["惠企政策合集中小企业必看", "最新惠企政策合集约百条速览"])
def test_roundups_whose_titles_lost_their_punctuation(title):
    assert classify_kind(Notice(title=title, text="一、关于组织申报…的通知\n二、关于开展…的通知"))[0] == "digest"


def test_terms_are_no_means_before_an_act():
    # "按照合同约定，完成全部建设内容" is the project's own task, not the act of the earlier date
    text = "项目须于2027年12月31日前，按照合同约定，完成全部建设内容并报送验收材料。申报截止时间为6月30日。"
    assert _deadlines(text, published=date(2027, 6, 1)) == (["2027-06-30"], "2027-06-30")


def test_a_draft_reposted_after_its_window_still_lists_it():
    # no date of its own in the text: only a statement signed after the window tells of it as past
    text = "现将《某市促进条例（征求意见稿）》公开征求意见。征求意见时间为2027年9月5日至10月4日。"
    assert _deadlines(text, kind="policy", published=date(2027, 10, 6))[0] == ["2027-10-04"]


def test_a_campaign_carried_out_is_no_event_held():
    text = "近日，市工信局开展了2027年度“专精特新”企业梯度培育活动，经专家评审，共有35家企业入选，名单如下："
    assert classify_kind(Notice(title="", text=text, title_derived=True))[0] != "event"
