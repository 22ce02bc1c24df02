"""Round 29 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from pipeline.extract.kind import classify_kind
from pipeline.extract.subjects import extract_subjects
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice


def _kind(title: str, text: str = "") -> str | None:
    return classify_kind(Notice(title=title, raw_title=title, text=text))[0]


@pytest.mark.parametrize("title, expected", [
    # answers or analysis offered explain a policy (r70_20, r78_18, r87_19)
    ("2027年科技型中小企业评价常见问题解答", "interpretation"),
    ("“制造业高质量发展20条”百问百答来了", "interpretation"),
    ("今天的发布会深度解析这些政策措施", "interpretation"),
    ("某市人才新政政策解析", "interpretation"),
    # an event answering questions live is no explainer
    ("企业家发弹幕诉烦恼 公务员当主播答疑问", "policy"),
])
def test_answers_and_analysis_in_a_title_explain(title, expected):
    assert _kind(title) == expected


@pytest.mark.parametrize("title, expected", [
    # a year's programme organised is a call (r87_02, r59_15, n_051)
    ("某省经信厅 某省财政厅关于组织实施2027年度支持专精特新中小企业高质量发展项目的通知", "call"),
    ("关于组织实施2027年促进小微工业企业上规模发展专项资金的函", "call"),
    ("关于组织实施2027年省级工程研究中心建设工作的通知", "call"),
    # a plan carried out is not
    ("关于组织实施《某市制造业数字化转型行动方案》的通知", "policy"),
    # a new post-doctoral station set up (r80_19, r81_12, r71_03)
    ("关于做好2027年度国家级博士后科研工作站新设站工作的通知", "call"),
])
def test_a_programme_organised_or_a_station_set_up_is_a_call(title, expected):
    assert _kind(title) == expected


@pytest.mark.parametrize("text, expected", [
    # any county department named the applicant (r64_08), as its 中小企业主管部门 is
    ("一、按照自愿申报原则，由所在地县（市、区）工业和信息化部门为申报主体，填写申报表，报送至市工业和信息化局。",
     {"政府园区"}),
    ("二、已认定的集群须参与复核，由所在地县（市、区）科技部门作为复核申报主体，提交佐证材料。", {"政府园区"}),
    # a county department that recommends is no applicant
    ("一、申报主体为注册在本市的企业，由县（市、区）工业和信息化部门审核推荐。", {"企业"}),
])
def test_a_county_department_named_the_applicant_is_a_government(text, expected):
    got = {s.name for s in extract_subjects(Notice(title="关于组织推荐2027年度中小企业特色产业集群的通知", text=text, kind="call"))}
    assert got == expected


def test_a_derived_title_skips_the_page_metadata_and_reads_the_notice():
    """An untitled record copied with its page's metadata is classified by its own heading."""
    notice = build_notice(RawRecord(title="", content="发布时间：2027-03-02 10:20:11 来源：某市科学技术局 浏览次数：86\n"
                                                     "政策级别：市级\n关于2027年度某市科技型企业拟入库名单的公示\n经企业申报……",
                                    source="t"))
    assert notice.title == "关于2027年度某市科技型企业拟入库名单的公示"
    assert notice.title_derived
    assert classify_kind(notice)[0] == "publicity"
