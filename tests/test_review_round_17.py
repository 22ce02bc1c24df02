"""Cases a helper's review of extraction round 17 found wrong (invented phrasings), and the parts of
round 17's rules its first tests left unpinned: forwarded notices on matters nobody applies for; plain
headings over a programme changed, suspended or announced for later; a counted window beside a period the
papers cover; zones of a county or of two names; applicants who hold a team; experts who are not applicants;
a zone that leads firms; firms on a list of offenders or putting persons forward."""
from __future__ import annotations

import pytest

from pipeline.extract.kind import classify_kind
from pipeline.notice import Notice
from tests.test_extract_deadlines import _dates
from tests.test_extract_regions import names
from tests.test_extract_subjects import tags


def _kind(title: str, text: str) -> str | None:
    return classify_kind(Notice(title=title, raw_title=title, text=text))[0]


@pytest.mark.parametrize("title, text, expected", [
    # a forwarded notice is a call only when its title speaks of applying or assessing
    ("关于转发省安委办《关于做好2027年元旦春节期间安全生产工作的通知》的通知", "请按要求做好节日期间安全生产工作。", "policy"),
    ("关于转发省科技厅《关于开展2027年度科技企业孵化器考核评价工作的通知》的通知", "请各区做好孵化器自查材料的审核、汇总。",
     "call"),
    # a plain heading over application headings: not when it changes or suspends a programme, nor when the
    # call comes later
    ("关于调整市级科技企业孵化器认定条件的通知",
     "关于调整市级科技企业孵化器认定条件的通知\n各区科技局：\n一、申报条件\n孵化面积由5000平方米调整为3000平方米。", "policy"),
    ("关于暂停受理2027年度示范项目的通知",
     "关于暂停受理2027年度示范项目的通知\n各有关单位：\n一、申报材料\n已提交的申报材料予以退回。", "policy"),
    ("关于促进科技成果转化的通知",
     "关于促进科技成果转化的通知\n各有关单位：\n一、申报条件\n在本市注册的企业。\n二、申报程序\n每年3月另行发布申报通知。",
     "policy"),
    # the closing time in so many words, with nothing else deciding
    ("某区2027年度中小企业发展专项资金有关事项的通知", "本批项目受理时间截止到2027年10月31日。", "call"),
])
def test_kind(title, text, expected):
    assert _kind(title, text) == expected


def test_a_counted_window_keeps_its_end_beside_a_period_its_papers_cover():
    text = "请于本通知发布之日起10个工作日内报送自查报告（自查期间为2024年1月1日至2025年6月30日）。"
    assert "2025-10-10" in _dates(text)  # ten working days from 2025-09-20, over the National Day holiday


@pytest.mark.parametrize("title, expected", [
    ("合肥市高新区关于开展2027年研发补助申报的通知", ["合肥高新技术产业开发区"]),  # the full city name
    ("楚雄州高新区关于开展2027年研发补助申报的通知", ["楚雄高新技术产业开发区"]),  # a prefecture's short form
    # a county's 经开区 is most often a provincial 经济开发区 named otherwise: the county stays the region
    ("长沙县经开区关于开展2027年研发补助申报的通知", ["长沙县"]),
    # two zones of one city: the city
    ("合肥高新区、合肥经开区联合开展2027年研发补助申报的通知", ["合肥市"]),
])
def test_zones(title, expected):
    assert names(title, "……") == expected


@pytest.mark.parametrize("title, text, kind, expected", [
    # a team the applicants are, not one they must hold
    ("关于组织申报2027年度创业领军项目的通知", "一、申报对象\n申报对象为拥有核心技术的高层次人才创业团队。", "call", {"人才"}),
    # experts whose services firms ask for, or a station named for them, are no applicants
    ("关于征集2027年企业专家服务需求的通知", "请各企业填写需求表。", "call", set()),
    ("关于遴选省级院士专家工作站的通知", "请各市推荐。", "call", {"平台载体"}),
    ("关于建立2027年某市科技专家库的通知", "请符合条件的人员登录系统填报。", "call", {"人才"}),
    # a zone that leads firms applies with them
    ("关于开展2027年国家科技创新基地建设申报的通知", "一、申报主体\n省级以上高新区牵头组织企业联合申报。", "call",
     {"企业", "政府园区"}),
    # firms on a list of offenders, or putting persons forward, are no firms recognised
    ("关于开展2027年度失信企业名单核查工作的通知", "请各县市区市场监管局核查。", "call", set()),
    ("关于开展2027年度企业质量官推荐工作的通知", "请各县市区推荐。", "call", set()),
    # a national agricultural park is created by a county government
    ("关于开展2027年国家现代农业产业园创建申报的通知", "请各市农业农村局组织推荐。", "call", {"政府园区"}),
    ("2027年度某市绿色工厂、绿色工业园区名单公示", "经企业申报、专家评审，现予公示。", "publicity", {"制造企业", "政府园区"}),
    # the programme an event prepares for is its topic
    ("关于举办2027年高新技术企业申报实务培训会的通知", "", "event", set()),
    ("关于召开专精特新企业培育工作推进会的通知", "", "event", set()),
])
def test_subjects(title, text, kind, expected):
    assert tags(title, text, kind) == expected
