"""Round 28 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
from datetime import date

import pytest

from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.regions import extract_regions
from pipeline.extract.subjects import extract_subjects
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice

from round_helpers import kind, record_kind, untitled_kind


@pytest.mark.parametrize("title, expected", [
    # results or approved projects issued as a document announce a list (r68_10, r42_17)
    ("某省人民政府办公厅关于印发全省园区高质量发展综合评价结果（2026）的通知", "publicity"),
    ("某市市场监督管理局关于印发2027年第二批地方标准立项计划的通知", "publicity"),
    ("关于印发2027年度市级科技项目计划的通知", "publicity"),
    ("某省工业和信息化厅关于印发2027年某省技术创新项目计划的通知", "publicity"),  # (r83_15)
    # not a work plan or a rule issued
    ("关于印发2027年度科技工作计划的通知", "policy"),
    ("关于印发某市科技计划项目管理办法的通知", "policy"),
])
def test_results_issued_as_a_document_are_a_list(title, expected):
    assert kind(title) == expected


@pytest.mark.parametrize("text, expected", [
    # a report that a list or a result was published (r71_14, r72_20)
    ("近日，某省工信厅公布首批数字化转型示范区建设名单，某市某区、某县等12个地区入选。\n示范区将在三年内……", "publicity"),
    ("某某新闻讯 3月2日，省科技厅网站发布关于2026年度县域创新考核结果的通报。\n通报称，……", "publicity"),
    # …or put up for objections (r82_15, r86_20)
    ("某某网讯（记者 某某）日前，市经济信息委公示了2027年度市级企业技术中心拟认定名单，共有60家企业技术中心入选。",
     "publicity"),
    # not a call's own words: the applicants' proof goes to the unit that nominates them (提名单位)
    ("近日，省科协发布通知，请各单位于8月31日前将公示证明提交至提名单位。", "call"),
])
def test_a_report_of_a_list_published_is_publicity(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a plain "关于…的通知" heading whose body names whom it recognises (r81_14, r80_11)
    ("国家某局关于确定知识产权示范园区的通知",
     "国家某局关于确定知识产权示范园区的通知\n各省知识产权局：\n经地方申报推荐、专家评审等程序，确定某市高新区等25个园区为国家知识产权示范园区（名单见附件）。\n"
     "各地要加强指导……", "publicity"),
    ("关于确定第二批重点培育单位的通知",
     "关于确定第二批重点培育单位的通知\n各有关协会：\n经对申请材料进行审核，确定某某协会等16家协会为第二批重点培育单位。现就有关事项通知如下……", "publicity"),
    # a plain notice whose body is a rule stays a policy
    ("关于加强科技计划项目管理的通知", "关于加强科技计划项目管理的通知\n各有关单位：\n为加强项目管理，现提出以下要求：一、……", "policy"),
])
def test_a_plain_notice_naming_whom_it_recognises_is_publicity(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, text", [
    # a relay asking its readers to apply as the forwarded notice says (r81_01, r81_19)
    ("", "各县（市、区）科技局：\n现将省科技厅《关于组织2027年度国际合作项目的通知》转发给你们，请按照通知要求组织项目申报。"),
    ("", "各州（市）科协：\n现将《关于开展第九届某某青年奖评选工作的通知》转发给你们，请按照文件要求做好候选人推荐工作。"),
])
def test_a_relay_asking_to_apply_as_required_is_a_call(title, text):
    assert untitled_kind(text) == "call"


@pytest.mark.parametrize("title", [
    # an application guide wherever the title names it
    "关于发布2027年度重点研发计划项目申报指南的通知",
    "关于转发《科技部关于发布某重点专项2027年度项目申报指南的通知》的通知",
    "关于印发2027年度市级科技计划项目申报指南（修订版）的通知",
])
def test_a_title_naming_an_application_guide_is_a_call(title):
    assert kind(title) == "call"


@pytest.mark.parametrize("title, text", [
    # a demonstration's 创建工作 organised, forwarded or relayed (r81_13, r81_15, r59_17)
    ("关于组织开展2027年度数字经济示范城市创建工作的通知", ""),
    ("关于转发《某部关于开展2027—2028年度绿色商场示范创建工作的通知》的通知", ""),
    ("", "各设区市商务局：\n根据商务部办公厅《关于开展2027年度外贸示范企业创建工作的通知》要求，为做好创建工作，现就有关事项通知如下：\n"
         "一、做好工作总结……"),
])
def test_a_demonstration_created_on_application_is_a_call(title, text):
    got = record_kind(title, text)
    assert got == "call"


@pytest.mark.parametrize("text", [
    # a press conference held today or yesterday (r78_08, r82_14)
    "本报讯（记者 某某）省政府新闻办昨日召开新闻发布会，介绍我省支持民营经济发展的若干措施。",
    "某某网讯 市政府新闻办今天上午举行新闻发布会，市科技局负责人解读了新出台的政策。",
])
def test_a_press_conference_held_today_or_yesterday_explains_a_policy(text):
    assert untitled_kind(text) == "interpretation"


@pytest.mark.parametrize("title, text, expected", [
    # a newspaper named as the source of a report on a policy just issued (r79_12, r79_08)
    ("《某市科技创新券管理办法》出台", "2027-03-15 10:29:00  来源：某州日报\n近日，市科技局出台了《某市科技创新券管理办法》。"
     "《办法》共5章20条……", "interpretation"),
    # not the bureau's own site naming itself as the source (of a text that does not go on to describe the policy:
    # one that does is a report whatever its source, round 31)
    ("《某市科技创新券管理办法》出台", "2027-03-15 10:29:00  来源：某市科技局\n近日，市科技局出台了《某市科技创新券管理办法》。"
     "详见附件。", "policy"),
])
def test_a_newspaper_report_of_a_policy_just_issued_explains_it(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list put up as a 公告 (r77_03, r50_18)
    ("根据有关文件精神，现将2027年度专项资金分配和项目计划予以公告（具体见附件）。\n公告时间：2027年8月9日—8月18日。",
     "publicity"),
    # not a call announcing its matters
    ("为做好2027年度项目申报工作，现将有关事项公告如下：\n一、申报条件……", "call"),
])
def test_a_list_put_up_as_a_notice_is_publicity(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title", [
    # reports or forms to hand in (r75_20, r39_08; guide: submissions are a call)
    "关于填报2027年度市级科技计划项目年度报告的通知",
    "关于编报《2027年科技企业孵化器年度报告》的通知",
])
def test_a_report_to_hand_in_is_a_call(title):
    assert kind(title) == "call"


@pytest.mark.parametrize("title, text, expected", [
    # places a list counts are listed as 政府园区 (r52_19, r72_20, r71_14)
    ("关于拟授予某县等3县“省级园林县城”称号的公示",
     "经专家现场验收，拟授予某县等3县“省级园林县城”称号，现予以公示。", {"政府园区"}),
    ("2027年度制造业十强县名单公示", "经考核，拟确定甲县等10个县（市）为全省制造业发展十强县（市），现予以公示。", {"政府园区"}),
    # not firms counted in a place
    ("2027年度专精特新企业名单公示", "经审核，拟认定甲县等3个区县的15家企业为专精特新中小企业，现予以公示。",
     {"专精特新中小企业"}),
])
def test_places_a_list_counts(title, text, expected):
    assert {s.name for s in extract_subjects(Notice(title=title, text=text, kind="publicity"))} == expected


def _regions(title, text):
    return [r.name for r in extract_regions(build_notice(RawRecord(title=title, content=text, source="t", source_id="1")))]


def test_a_demonstration_county_is_no_place():
    # 示范县 is not 河南's 范县 (r81_10)
    assert _regions("关于开展2027年度全国科普示范县（市、区）创建工作的通知",
                    "各省、自治区、直辖市科协：\n现开展第三批示范县创建工作。") == ["全国"]


def test_a_national_level_in_a_glued_signature_is_no_central_body():
    # a flattened attachment list glued to a zone bureau's signature: "国家级…申请表" is no ministry (r78_03)
    text = ("区内各有关单位：现组织开展2027年度科技奖励资金的申报工作。联系方式：区科技局85093609"
            "附件1：国家级科技重大专项奖励资金申请表高新区科技局2027年6月9日。")
    assert "全国" not in _regions("", text)


@pytest.mark.parametrize("text, expected", [
    # a university's office passing a call to its own schools, or organising its own applications:
    # the university applies (r75_10, r79_05, r79_16, r80_05, r80_08, r82_13)
    ("各学院（部）、研究院：\n现将市科技局《关于组织申报2027年度市级科技计划项目的通知》转发给你们，请积极组织申报。", {"高校院所"}),
    ("各有关单位：\n根据省科技厅通知要求，现将我校2027年度省级重点实验室组织推荐工作通知如下。", {"高校院所"}),
    # not an academy of sciences writing to its institutes, nor a bureau writing to firms
    ("中国科学院各研究所：\n现将有关事项通知如下，请组织申报。", set()),
    ("各有关企业：\n现将市科技局《关于组织申报2027年度市级科技计划项目的通知》转发给你们，请积极组织申报。", {"企业"}),
])
def test_a_university_relaying_a_call_to_its_schools_applies_itself(text, expected):
    got = {s.name for s in extract_subjects(Notice(title="关于组织申报2027年度市级科技计划项目的通知", text=text, kind="call"))}
    assert got == expected


# --- the review of round 28's rules: phrasings a helper confirmed were read wrongly, now right ----------

@pytest.mark.parametrize("title, text, expected", [
    # a guide put up for comment is a draft, a policy
    ("关于对2027年度省重点研发计划项目申报指南征求意见的通知", "", "policy"),
    # a campaign a city carries on, or its plan, is no demonstration applied for
    ("关于做好全国文明城市创建工作的通知", "", "policy"),
    ("关于印发某市开展省级示范城市创建工作实施方案的通知", "", "policy"),
    ("关于转发《关于深入开展文明城市创建工作的通知》的通知", "", "policy"),
    # a government's works are not projects selected from applications
    ("关于印发2027年度某县政府投资项目计划的通知", "", "policy"),
    # a plain notice whose recognition is background to a review the holders apply for
    ("关于2027年度高新技术企业资格复核有关事项的通知",
     "关于2027年度高新技术企业资格复核有关事项的通知\n各有关企业：\n2024年，经专家评审，省科技厅认定某公司等120家企业为"
     "高新技术企业。请上述企业于2027年6月30日前将复核申请材料报送市科技局。", "call"),
    # …or to a rule, with no review of its own
    ("关于加强知识产权示范园区管理的通知",
     "关于加强知识产权示范园区管理的通知\n各市知识产权局：\n2026年，我局确定某市高新区等25个园区为示范园区。"
     "为加强示范园区管理，现就有关事项通知如下：一、……", "policy"),
])
def test_review_titles_and_plain_notices(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a call's promise that results will be put up is no list
    ("各有关企业：\n请符合条件的企业于2027年6月30日前将申报材料报送市工信局。经专家评审后，认定结果将在市工信局网站予以公告。",
     "call"),
    # a report of a policy on results, a 白名单 scheme, or statistics published, is no list
    ("本报讯（记者 某某）近日，省政府办公厅发布关于进一步加强绩效考核结果运用的实施意见，提出十条举措。", "interpretation"),
    ("近日，市政府办公室发布关于建立重点企业白名单服务制度的实施意见。", "policy"),
    # a request to cultivate talent is no call
    ("各有关单位：\n请按照文件要求做好人才推荐和培养工作。", "policy"),
])
def test_review_bodies(text, expected):
    assert untitled_kind(text) == expected


def test_review_places_whose_firms_are_counted():
    text = "经审核，拟认定甲县等5个县（市）的32家企业为省级专精特新中小企业，现予以公示。"
    assert {s.name for s in extract_subjects(Notice(title="2027年度专精特新中小企业名单公示", text=text,
                                                    kind="publicity"))} == {"专精特新中小企业"}


@pytest.mark.parametrize("text, expected", [
    # a university's call to firms, a government's call naming its applicants, a hospital's to its wards
    ("各有关企业：\n为推动我校科技成果转化，现面向社会征集合作企业，请有意向的企业于5月31日前报名。", {"企业"}),
    ("各市人社局，各技师学院：\n现组织申报2027年度技能人才项目。申报单位须为在本省注册的企业。", {"企业"}),
    ("各科室、院部：\n现组织申报2027年度院内科研项目，请于5月31日前报送。", set()),
])
def test_review_no_university_applying(text, expected):
    got = {s.name for s in extract_subjects(Notice(title="关于组织申报2027年度项目的通知", text=text, kind="call"))}
    assert got == expected


@pytest.mark.parametrize("title", ["关于进一步规范县级融资平台管理的通知", "关于防范县域金融风险的通知"])
def test_review_fan_county_is_no_word_tail(title):
    assert "范县" not in _regions(title, "")


@pytest.mark.parametrize("text", [
    # a report that applications have opened (r54_09; r60_08, r67_20, r69_07, r71_05, r79_16 say so too)
    "3月2日，记者从市人才办获悉，2027年某市“青年英才计划”申报工作已于近日启动，将遴选支持100名青年人才。",
    "各有关单位：\n2027年度市级科技计划项目申报工作已经开始，现将有关事项说明如下：\n一、支持方向……",
    # …or a selection or review (r46_21, r51_06, r86_02)
    "相关各企业：\n2027年度省级工业设计中心认定工作已经开始，现将省工信厅通知转发给你们。",
    "今日（3月15日），第七批专精特新“小巨人”企业申报和第四批“小巨人”企业复核工作正式开启。",
])
def test_a_report_that_applications_opened_is_a_call(text):
    assert untitled_kind(text) == "call"


@pytest.mark.parametrize("text, expected", [
    # an application guide's heading may name the project first (r88_11, r73_08)
    ("各区科技局：\n为加快关键核心技术攻关，现面向全市征集技术需求，有关事项通知如下：\n一、项目征集条件\n1.需求提出单位应为……",
     "call"),
    # …under a policy database's labels heading the page it stores (r88_11)
    ("发布时间：2027-07-02\n政策级别：市级\n发文部门：某市科学技术局\n政策主题：引导扶持\n各区科技局：\n"
     "为加快关键核心技术攻关，现面向全市征集技术需求，有关事项通知如下：\n一、项目征集条件\n……", "call"),
    # a report that units were approved (r88_08, r79_18)
    ("某某快报讯（记者 某某）近日，省发展改革委印发了《关于同意建设2027年某省工程研究中心的通知》，其中，"
     "某某工程研究中心等 14 家工程研究中心获批。", "publicity"),
])
def test_round_28_late_rules(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # papers sent (送) straight to a body, like those reported (报) to one (r90_04, r58_19, r73_03)
    ("各区县经信局：\n请组织辖区内规模以上企业填写调查表，认真核对并汇总，于2027年8月20日前将汇总表送我局技术科。", ["2027-08-20"]),
    ("各区科技局于2027年11月11日下午17:00前将书面申报书分送我局相关科室。", ["2027-11-11"]),
    ("各区统一在2027年9月22日17:00前将书面申报材料统一送市科技局受理窗口。", ["2027-09-22"]),
    # not goods carried to a market, nor a gift to citizens
    ("2027年9月22日前运送市场的农产品须经检验。", []),
])
def test_papers_sent_to_a_body_close_a_window(text, expected):
    deadlines, _, _ = extract_deadlines(Notice(title="通知", text=text, published=date(2027, 8, 1), kind="call"))
    assert [d.date.isoformat() for d in deadlines] == expected


def test_a_survey_to_send_to_the_bureau_is_a_call():
    text = "各区县经信局：\n请组织辖区内规模以上企业填写调查表，认真核对并汇总，于8月20日前将汇总表送我局技术科。"
    assert untitled_kind(text) == "call"
