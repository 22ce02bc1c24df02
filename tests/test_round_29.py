"""Round 29 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from pipeline.extract.kind import classify_kind
from pipeline.extract.subjects import extract_subjects
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice

from round_helpers import kind, untitled_kind


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
    assert kind(title) == expected


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
    assert kind(title) == expected


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



@pytest.mark.parametrize("text, expected", [
    # a status taken from the entities counted (r91_10, r81_20, r86_07, r97_18, r56_10, r97_01)
    ("根据管理办法，经专家评审、厅务会审议，决定撤销“某某科技园孵化器”等5家科技企业孵化器资格（名单详见附件）。", "publicity"),
    ("经复核，1980家众创空间符合备案条件，对42家众创空间取消国家备案资格。", "publicity"),
    ("某某公司等6家企业不符合科技型中小企业条件，现撤销其2027年度入库登记编号，具体名单附后。", "publicity"),
    ("对因企业搬迁、注销等原因已无法运行的9家中心予以撤销资格。", "publicity"),
    # the threat a call makes is no revocation
    ("请各企业于5月10日前提交申报材料。弄虚作假的，取消其申报资格，3年内不得申报。", "call"),
])
def test_revoking_the_counted_entities_status_is_publicity(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of a list published, the list named first (r91_03, r92_20, r88_16)
    ("日前，2027年某省第二批“专精特新”中小企业名单公布，86户企业入选其中。", "publicity"),
    ("近日，2027年度省级中小企业特色产业集群名单出炉，我市3个集群上榜。", "publicity"),
    # …or put up for objections (r94_10)
    ("日前，国家工信部对拟认定第六批专精特新“小巨人”企业进行公示，我市某某电机有限公司等5家企业入选。", "publicity"),
    # …or firms granted an award (r96_20)
    ("近日，记者从市财政部门获悉，我市18家企业获省级制造业高质量发展专项奖励90万元。", "publicity"),
    # a report dated 昨日 of a policy issued explains it (r94_14)
    ("（记者 某某 通讯员 某某）昨日，笔者从市科技局获悉，我市印发《推进高新技术企业高质量发展的若干措施》。", "interpretation"),
    # a meeting held 近期 is an event (r96_06)
    ("近期，市科技局组织召开线上政策宣讲会，宣讲企业研发投入后补助政策。", "event"),
])
def test_reports_in_other_words_and_on_other_days(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, expected", [
    # a press conference named without 新闻 (r94_17, r96_01), a detailed explanation (r93_16)
    ("“推动高质量发展”系列发布会——推进科技自立自强专场", "interpretation"),
    ("国务院新闻办就工业和信息化发展情况举行发布会", "interpretation"),
    ("打造开放高地的示范样板——详解《某自由贸易试验区总体方案》", "interpretation"),
    # a preview of one is an event
    ("某市政府系列发布会预告", "event"),
])
def test_press_conferences_and_detailed_explanations(title, expected):
    assert kind(title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a title announcing applications as a 公告 (r94_05, r47_06), whatever the page's metadata says
    ("2027年度某市“太湖人才计划”申报公告", "政策级别：市级\n发文部门：某市人才办\n一、申报类别……", "call"),
    # a contest one enters (r74_19, r95_02, r41_08)
    ("关于举办某市第八届科普讲解大赛的通知", "", "call"),
    ("关于组织参加2027“紫金奖·工业设计大赛”的通知", "", "call"),
    # its winners' list is a publicity
    ("2027年先进制造业集群竞赛胜出集群名单公示", "", "publicity"),
    # a commendation (r95_17, r90_09, r97_10)
    ("关于表扬第九届科技博览会组织工作先进集体和先进个人的通报", "", "publicity"),
    ("", "经研究，决定对某市人民政府等30个先进集体及某某等45名先进个人予以通报表扬。", "publicity"),
])
def test_application_notices_contests_and_commendations(title, text, expected):
    notice = Notice(title=title, raw_title=title, text=text, title_derived=not title)
    assert classify_kind(notice)[0] == expected


def test_a_pages_policy_level_field_is_no_policy_word():
    notice = Notice(title="", text="政策级别：市级\n政策主题：资质荣誉\n某市领导到企业走访调研。", title_derived=True)
    assert "政策" not in classify_kind(notice)[1]


@pytest.mark.parametrize("title, text, expected", [
    # a zone with its district in brackets is where the firms are registered (r105_09)
    ("关于组织开展2027年度技术先进型服务企业申报推荐工作的通知",
     "申报范围\n1.在某市高新区（某某区）内注册的法人企业。\n2.技术先进型服务企业认定有效期内。", {"技术先进型服务企业"}),
    # a zone that issues or hosts the programme in the title (r79_15, r89_04, r89_10; 10 labelled titles)
    ("关于某某开发区2027年瞪羚企业申报通知", "", {"瞪羚企业"}),
    ("关于高新区组织开展2027年科技企业孵化器认定工作的通知", "", {"孵化器"}),
    # a zone recognised is one
    ("关于组织申报2027年省级绿色园区的通知", "", {"政府园区"}),
])
def test_a_zone_that_hosts_or_issues_is_no_applicant(title, text, expected):
    got = {s.name for s in extract_subjects(Notice(title=title, text=text, kind="call"))}
    assert got == expected


# -- the review of round 29: phrasings a helper ran against the first version of the rules ---------------
@pytest.mark.parametrize("title, text, expected", [
    # a meeting convened or announced ahead is an event, whatever it explains
    ("关于举办专精特新企业政策详解培训会的通知", "", "event"),
    ("关于召开2027年惠企政策解析会的通知", "", "event"),
    ("关于召开2027年度惠企政策发布会的通知", "", "event"),
    ("“高质量发展”系列发布会直播预告", "", "event"),
    ("市政府新闻办将于6月5日举行发布会", "", "event"),
    # a call's promise to commend, a policy's measure to commend
    ("关于2027年度市级标杆工厂培育工作的通知",
     "一、各区于6月10日前将推荐企业名单报送市工信局。二、对推荐工作成效突出的区给予通报表扬。", "call"),
    ("", "为推动制造业高质量发展，现提出以下措施。一、对年度考核优秀的园区给予通报表扬。", "policy"),
    # a call's or a rule's threat to revoke
    ("", "申报截止时间为2027年6月30日。每个单位限报1项，超额申报的取消全部申报资格。", "call"),
    ("", "申报截止时间为2027年6月30日。弄虚作假的，撤销其认定资格，并取消其后3个年度的申报资格。", "call"),
    # a policy reported, whose measures name awards, lists and publicity to come
    ("", "（记者 某某）近日，我市印发《某市促进专精特新发展若干措施》，对当年新增5家以上企业获得国家级“小巨人”称号的区县给予奖励。",
     "interpretation"),
    ("", "为推动发展，现提出以下措施。一、每年遴选不超过10家企业获得最高100万元奖励。", "policy"),
    ("", "（记者 某某）近日，市政府出台《某市人才认定办法》，明确对拟认定人才在市政府网站进行公示。", "interpretation"),
    # a new station's results or approval are no call
    ("关于同意2027年度博士后科研工作站新设站的通知", "", "policy"),
    # untitled records read their heading by the same rules
    ("", "关于举办第九届“创客中国”中小企业创新创业大赛的通知\n各区工信局：\n为激发创新活力，现将有关事项通知如下。", "call"),
    ("", "关于做好2027年度博士后科研工作站新设站工作的通知\n各有关单位：\n现将有关事项通知如下。", "call"),
    ("", "关于表扬2026年度全市科技工作先进单位的通报\n各区政府：\n现将有关事项通报如下。", "publicity"),
    # contests written otherwise, a commendation in the title
    ("关于开展2027年度“数字工匠”技能竞赛的通知", "", "call"),
    ("关于举办第五届科普讲解大赛的补充通知", "", "call"),
    ("关于举办第十届中国创新创业大赛（某省赛区）的通知", "", "call"),
    ("关于对2026年度科技工作先进单位予以通报表扬的通知", "", "publicity"),
])
def test_review_of_round_29_kind(title, text, expected):
    notice = Notice(title=title, raw_title=title, text=text, title_derived=not title)
    assert classify_kind(notice)[0] == expected


@pytest.mark.parametrize("title, text, expected", [
    # zones a call is for stay applicants
    ("关于申报2027年度省级高新区支持资金的通知", "", {"政府园区"}),
    ("关于组织省级高新区开展创新能力评价工作的通知", "", {"政府园区"}),
    ("关于组织开展国家级经开区2027年度综合发展水平考核评价工作的通知", "", {"政府园区"}),
    # county departments named otherwise
    ("关于组织推荐2027年度特色产业集群的通知", "一、由各区（县）工业和信息化部门为申报主体，填写申报表。", {"政府园区"}),
    ("关于组织推荐2027年度特色产业集群的通知", "一、由所在地县（市、区、旗）中小企业主管部门作为申报主体。", {"政府园区"}),
])
def test_review_of_round_29_subjects(title, text, expected):
    got = {s.name for s in extract_subjects(Notice(title=title, text=text, kind="call"))}
    assert got == expected
