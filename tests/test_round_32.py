"""Round 32 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from pipeline.extract import extract_notice
from pipeline.extract.kind import classify_kind
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice


def _kind(title: str, text: str) -> str | None:
    return classify_kind(Notice(title=title, text=text))[0]


def _untitled_kind(text: str) -> str | None:
    return classify_kind(Notice(title="", text=text, title_derived=True))[0]


def _extracted(title: str, text: str, published: str = "2027-03-01") -> Notice:
    return extract_notice(build_notice(RawRecord(title=title, content=text, source="t", published=published)))


@pytest.mark.parametrize("text, expected", [
    # a month's end asked for under a plain heading (r134_07)
    ("某省知识产权局办公室 某省教育厅办公室关于组织开展省级知识产权试点示范高校建设工作的通知\n各市知识产权局、教育局，各有关高校：\n"
     "两部门决定联合开展省级知识产权试点示范高校建设工作，并制定了《工作方案》。请各市知识产权局、教育局、各有关高校按照"
     "《工作方案》要求，于2027年5月底前完成2027年度试点示范高校申报和推荐工作。\n特此通知。", "call"),
    # (a standing duty in a rule is none: "每年1月底前报送上一年度" has no 于 before it)
    ("某市关于印发企业技术中心管理办法的通知\n各区：\n第十条 企业技术中心每年1月底前报送上一年度运行情况。", "policy"),
])
def test_a_month_end_is_a_date_to_submit_by(text, expected):
    assert _untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a decision approving what it names and counts (r134_12, and a notice of the Jiangsu account)
    ("某省科学技术厅关于批准建设2027年省重点实验室的通知\n各有关单位：\n"
     "经申报受理、形式审查、专家论证等程序，决定批准建设某省先进材料重点实验室等14个省重点实验室。\n"
     "请依托单位按照规定开展建设。", "publicity"),
    # (a quota is none: "决定批准不超过10个…")
    ("某市科学技术局关于组织建设2027年市重点实验室的通知\n各有关单位：\n"
     "经研究，决定批准不超过10个市重点实验室建设，请于2027年6月30日前报送申报材料。", "call"),
])
def test_a_decision_approving_counted_entities_is_a_list(text, expected):
    assert _untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a contest or one of its rounds held at a site (r131_01, r131_09)
    ("9月6日-7日，由省科技厅主办的第十二届某省创新创业大赛决赛在某市高新区成功举办。大赛主办、承办以及参赛等单位"
     "相关负责人共300多人出席了活动。", "event"),
    ("某市新闻网讯（记者 王某）6月18日，第八届某省创新创业大赛（某市分赛区）在某县举行，副市长为获奖企业颁奖。", "event"),
    # (one still taking entries is not: "…欢迎报名")
    ("第十三届某省创新创业大赛启动仪式暨宣讲会在某市成功举办，欢迎符合条件的企业报名参赛。报名截止时间为2027年6月30日。",
     "call"),
])
def test_a_contest_held_at_a_site_is_an_event(text, expected):
    assert _untitled_kind(text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a result whose list is attached (r131_10, n_063, two notices of the Jiangsu account)
    ("2027年某省中小企业创新创业大赛总决赛获奖项目公布",
     "为促进中小企业创新发展，某省工业和信息化厅举办2027年中小企业创新创业大赛。\n"
     "9月20日，经项目路演、专家评分，产生大赛总决赛一、二、三等奖（获奖名单见附件1）。", "publicity"),
    # (a call naming its contact list is none: no result is decided there)
    ("关于组织2027年某市创新券兑付的通知",
     "为贯彻落实创新驱动发展战略，各区负责受理（各区联系人名单见附件）。请企业登录系统提交兑付申请。", "policy"),
])
def test_a_result_with_its_list_attached_is_a_list(title, text, expected):
    assert _kind(title, text) == expected


def test_an_explainer_saying_it_explains_as_follows():
    # "下面就…做如下解读" in the other order from "解读如下" (r131_12)
    text = ("《某县促进工业发展的若干意见》（以下简称《若干意见》）对产业发展提出了新要求，下面就其中相关内容作如下解读：\n"
            "一、技改项目如何奖励？\n企业提供设备发票，经审核后给予奖励。")
    assert _untitled_kind(text) == "interpretation"


@pytest.mark.parametrize("title, text", [
    # a central body organising a meeting or a press conference reported (r131_19, r131_08)
    ("信息技术发展司召开工业互联网平台工作推进会",
     "2027年5月6日，工业和信息化部信息技术发展司组织召开工业互联网平台工作推进会。部分地方主管部门参加会议。"),
    ("新闻办就一季度工业经济运行情况举行发布会",
     "国务院新闻办公室于2027年4月20日（星期二）下午3时举行新闻发布会，介绍一季度工业经济运行情况，并答记者问。"),
])
def test_a_report_of_a_central_body_organising_is_national(title, text):
    assert [region.name for region in _extracted(title, text).regions] == ["全国"]


def test_a_report_of_a_local_body_organising_keeps_its_place():
    text = "2027年5月6日，某某市工业和信息化局于市民中心召开全市工业经济推进会。各区工信部门参加会议。"
    assert [region.name for region in _extracted("工业经济推进会召开", text.replace("某某市", "泉州市")).regions] == ["泉州市"]
