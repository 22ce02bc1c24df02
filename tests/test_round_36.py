"""Round 36 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from pipeline.extract import extract_notice
from pipeline.extract.kind import classify_kind
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice
from pipeline.segment import segment
from round_helpers import deadline_dates, extracted, kind, record_kind, subjects, untitled_kind


@pytest.mark.parametrize("title, text", [
    # a meeting named, then its day, then its site (r152_09, r157_14)
    ("去年某省工业增加值增长创新高",
     "全省工业和信息化工作会议近日在西宁召开。记者从会上了解到，2025年全省规上工业增加值增长8%。"),
    ("某市推进新区建设 全年完成投资500亿元",
     "某社某市1月12日电 某市第十五届人民代表大会第二次会议12日在市会议中心开幕，市长作政府工作报告。"),
    ("某市数字经济规模突破千亿元", "2025数字经济论坛今天在某市开幕，来自全国的200余名专家学者参加。"),
])
def test_a_meeting_named_then_dated_at_its_site_is_an_event(title, text):
    assert kind(title, text) == "event"


def test_a_dated_fair_inviting_entries_is_not_reported_held():
    text = "2025中小企业数字化转型博览会10月18日在某国际会展中心举办，欢迎有意参展的企业报名，报名截止10月10日。"
    assert untitled_kind(text) != "event"


@pytest.mark.parametrize("text", [
    # a date opening a clause after a comma, then the act (r171_07; all 4 labelled texts so worded are calls)
    "高新区有关企业：请高新区符合要求的规上工业企业，8月24日前填报备案申报表（一式两份），报送至高新区科创局。",
    "各有关单位：请有意向的单位，2025年9月30日之前将申请书提交至市科技局成果转化科。",
    # an intake's time stated as ending on a day (r174_19, r167_06, r166_01, r139_08)
    "本报讯 第五届创业创新大赛市选拔赛即将启动，我市创新创业团队即日起可报名参赛，报名时间截至6月15日。",
    "2025年度标准化资助资金申报工作已经开始，申报日期截至2025年4月30日，逾期不予受理。",
])
def test_an_untitled_body_asking_by_a_date_is_a_call(text):
    assert untitled_kind(text) == "call"


def test_the_call_is_explained_by_the_sentence_asking():
    evidence = classify_kind(Notice(title="", text="省里拟开展联合创新中心的建设与备案工作。\n"
                                    "请符合要求的规上工业企业，8月24日前填报备案申报表，报送至区科创局。",
                                    title_derived=True))[1]
    assert evidence.startswith("请符合要求的规上工业企业")


@pytest.mark.parametrize("text", [
    # a report of a notice issued that says who may apply (r174_17; all 8 labelled texts saying so are calls)
    "日报消息（记者 某某）近日，市工业和信息化局发布通知，拟对2024年度作出突出贡献的企业进行奖励。我市工业企业可申报"
    "强优企业上台阶奖、技术创新奖等。",
    "本报讯 日前，省科技厅发布通知，启动2025年度科技型企业研发奖补工作，符合条件的企业均可申报。",
])
def test_a_report_of_a_notice_saying_who_may_apply_is_a_call(text):
    assert untitled_kind(text) == "call"


def test_a_report_of_a_policy_granting_what_firms_may_request_stays_an_interpretation():
    text = ("本报讯（记者 某某）近日，省政府办公厅印发《关于支持民营经济发展的若干措施》。《措施》明确，符合条件的企业"
            "可申请贷款贴息。")
    assert untitled_kind(text) == "interpretation"


def test_a_traditional_script_text_imported_with_its_tokens_reads_its_terms():
    # import segments the stored (traditional) text once; its tokens split terms the simplified dictionary
    # knows ("規上工業企業"), so extraction segments the converted text instead (r171_07)
    text = ("高新區有關企業：省科技廳、省經信廳擬在全省開展企校聯合創新中心的建設與備案工作。"
            "請高新區符合要求的規上工業企業，8月24日前填報備案申報表（一式兩份），報送至高新區科創局。")
    notice = build_notice(RawRecord(title="關於企校聯合創新中心備案的通知", content=text, source="t",
                                    published="2020-06-28"))
    from_tokens = extract_notice(notice, segment(notice.text))
    assert {"规上企业", "制造企业"} <= {subject.name for subject in from_tokens.subjects}


def test_the_applicants_own_province_is_not_the_issuers():
    # "由所在省…主管部门推荐": 在 is 所在's, not a body acting in the procedure (r174_18)
    text = ("根据国务院办公厅有关通知，我部将继续对工业稳增长和转型升级成效明显市（州）予以激励支持。有关事项通知如下：\n"
            "一、请各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门积极组织评选推荐。\n"
            "二、计划单列市本级由所在省工业和信息化主管部门推荐，不占用所在省名额。")
    assert [region.name for region in extracted("工业稳增长和转型升级成效明显市（州）申报指南", text).regions] == ["全国"]


@pytest.mark.parametrize("title, text", [
    # parks named after firms as those applying (r167_08; r167_01 is labelled so for "企业、园区申报材料")
    ("关于开展2025年度绿色制造名单推荐工作的通知",
     "请各县区工业和信息化主管部门组织辖区内符合条件的企业、园区自愿申报绿色工厂、绿色工业园区。"),
    ("关于开展2025年度工业发展突出贡献奖励申报工作的通知",
     "申报主体为本市2024年度在工业发展工作中作出突出贡献的企业和园区。"),
])
def test_parks_named_after_firms_as_applicants_are_parks(title, text):
    assert "政府园区" in subjects(title, text)


def test_parks_addressed_first_are_no_applicants():
    # (an addressee line naming parks first tags none: n_024, r162_14)
    text = "各县市区工信部门，有关园区、企业：根据省工信厅通知，现组织开展2025年专项资金项目申报工作，请企业于6月30日前申报。"
    assert "政府园区" not in subjects("关于做好2025年专项资金项目申报工作的通知", text)


@pytest.mark.parametrize("title, text", [
    # a university science park recognised or rated is an incubator (r136_06, r172_18)
    ("关于开展第三批某市大学科技园认定工作的通知", "申报单位应为依托高校建设、具有独立法人资格的大学科技园运营机构。"),
    ("科技部 教育部关于发布国家大学科技园绩效评价结果的通知", "经各单位自评、专家评审，现将评价结果予以发布。"),
])
def test_a_university_science_park_is_an_incubator(title, text):
    assert "孵化器" in subjects(title, text)


def test_a_plan_naming_fairs_among_its_measures_is_a_policy():
    # (r172_20; the 53 other labelled texts saying "特制定本…" are policies or explainers)
    text = ("为深入实施人才强市战略，结合我市实际，特制定本行动计划。\n一、行动目标\n到2027年，全市集聚50万名大学生来本市就业创业。\n"
            "二、主要举措\n1.拓宽引才渠道。通过举办高层次人才招聘会、重点高校校园招聘会，全力搭建高校毕业生与用人单位供需对接平台。")
    assert untitled_kind(text) == "policy"


@pytest.mark.parametrize("text, expected", [
    # a window "…期间" whose end is restated in brackets, with the act and its object after it (r171_03)
    ("2025年3月12日—3月21日（截至3月21日23:59）期间进行项目申报。", ["2025-03-21"]),
    ("申报企业于2025年3月12日至3月21日期间进行网上申报。", ["2025-03-21"]),
])
def test_a_window_restated_in_brackets_before_its_act_is_a_deadline(text, expected):
    assert deadline_dates("关于开展2024年国际市场拓展支持政策申报审核工作的通知", text, "2025-02-28") == expected


def test_a_regional_round_of_a_contest_is_entered():
    # "…大赛某赛区比赛" is a round of a contest one enters, as "…大赛" is (r171_08)
    assert kind("关于举办第十三届中国创新创业大赛某省赛区比赛的通知",
                "为深入实施创新驱动发展战略，省科技厅将举办第十三届中国创新创业大赛某省赛区比赛。现将有关事项通知如下：") == "call"


@pytest.mark.parametrize("title", [
    # a review the holders take part in, organised (r172_16; all 8 labelled titles so worded are calls)
    "关于开展化工园区复评和扩园工作的通知",
    "关于组织开展2025年度省级工程研究中心复审工作的通知",
])
def test_a_review_organised_in_a_title_is_a_call(title):
    assert kind(title) == "call"


def test_a_hitech_zone_is_named_officially():
    # 大连's national high-tech zone is officially a 高新技术产业园区 (r147_04, r172_03 label it so)
    record = RawRecord(title="", content="各相关企业：现组织开展绿色技术申报工作，请有意申报企业于7月9日前将材料报送至管委会。",
                       account="大连高新区经济发展局", source="t", published="2024-07-02")
    assert [region.name for region in extract_notice(build_notice(record)).regions] == ["大连高新技术产业园区"]


# The review's regressions, mended: none of these is what the rules above read.
@pytest.mark.parametrize("title, text, expected", [
    # a plan's bureaus reporting by a date after a comma apply for nothing
    ("某市推进制造业智能化改造三年行动方案（2025—2027年）",
     "为加快制造业智能化改造，制定本方案。\n四、保障措施\n建立工作调度机制，各责任单位，12月10日前将年度推进情况报送市经信局汇总。",
     "policy"),
    # a meeting named, then dated with its year, at its site
    ("供需对接促进产业链协同", "2025年产业链供需对接大会2025年9月12日在南京开幕，300余家企业参加。", "event"),
    # a fair's own arrangements are the fair, though they say 制定本方案
    ("", "为办好2025年民营企业招聘月活动，制定本方案。\n一、活动时间：3月1日—3月31日\n二、活动安排：举办现场招聘会10场。",
     "event"),
])
def test_the_reviews_cases_of_kind(title, text, expected):
    assert record_kind(title, text) == expected


@pytest.mark.parametrize("text", [
    # a policy reported grants what firms may apply for: still an interpretation
    "本报讯（记者 某某）近日，市政府印发《关于加快科技创新的若干政策》。《政策》明确，首次认定的高新技术企业可申报50万元奖励。",
    "新华社北京电 近日，国务院印发《关于推动创新创业高质量发展的意见》。根据《意见》，符合条件的创业团队均可申报创业担保贷款。",
])
def test_a_policy_reported_granting_what_firms_may_apply_for_is_no_call(text):
    assert untitled_kind(text) == "interpretation"


def test_firms_in_a_park_are_no_park():
    text = "一、申报对象\n申报对象为我区规上工业企业和园区内规上服务业企业。\n二、申报时间\n请于2025年6月30日前提交申报材料。"
    assert "政府园区" not in subjects("关于组织开展2025年度企业研发投入奖补申报工作的通知", text)


@pytest.mark.parametrize("title, text", [
    # a ceremony or a training course held, reported by its day (r176_02, r176_08)
    ("某区举办重点项目集中开工和集中签约仪式",
     "4月2日，某市某区举办重点项目集中开工和集中签约仪式。2025年全区计划新开工项目40个，总投资达95亿元。"),
    ("", "为提升县域产业集群发展水平，5月20日-23日，省工业和信息化厅在某市举办中小企业特色产业集群发展专题培训班。"),
    # a training course opened at its site (r132_20, r176_06)
    ("", "本报讯 昨日上午，由市委组织部、市人社局等8部门联合主办的产业人才系列培训班在某职业技术学院开班。"),
])
def test_a_ceremony_or_course_held_is_an_event(title, text):
    assert record_kind(title, text) == "event"


def test_a_news_headline_with_policy_words_over_a_meeting_held_is_an_event():
    # the title's 政策 is the news, the body a meeting held (r176_11)
    text = ("为推动惠企政策落实到位，工业和信息化部副部长某某4月8日、9日两天分别主持召开了东中部9省（市）、西部9省（区）"
            "支持中小企业政策落实情况电视电话会议，听取各地落实情况。")
    assert kind("工信部力促惠企政策落实 推动中小企业复工", text) == "event"


def test_a_policy_title_over_a_meeting_that_made_it_stays_a_policy():
    text = "3月5日，市政府召开常务会议，审议通过本办法。为促进中小企业发展，制定本办法。第一条 …"
    assert kind("某市促进中小企业发展办法", text) == "policy"


def test_a_ministry_holding_a_meeting_in_a_headline_is_national():
    # "工业和信息化部召开…座谈会": the ministry is the headline's subject (r175_12; r144_17, r176_01 labelled 全国 too)
    text = "2025年6月13日，工业和信息化部党组书记、部长主持召开第十次制造业企业座谈会，听取企业意见建议。"
    names = [region.name for region in extracted("工业和信息化部召开第十次制造业企业座谈会", text, "2025-06-14").regions]
    assert names == ["全国"]


# The second review's cases, mended or filled.
@pytest.mark.parametrize("title, text, expected", [
    # (the use of a review's results, or a training on it, is no review organised)
    ("关于做好2025年度高新技术企业复核结果运用的通知",
     "各区科技局：根据复核结果，对复核不合格的企业停止兑现有关奖励，已兑现的予以追回。请各区认真落实。", "policy"),
    ("关于开展省级企业技术中心复核工作培训的通知",
     "各市工业和信息化局：定于9月10日在某市举办省级企业技术中心复核工作培训，请各市组织相关企业参加。", "event"),
    # (a contest's regional round, bracketed, or a selection round)
    ("关于举办第十四届中国创新创业大赛（某省赛区）比赛的通知", "", "call"),
    ("关于举办第十四届中国创新创业大赛某省赛区选拔赛的通知", "", "call"),
    # (a policy titled by its name, adopted at a meeting its body recalls)
    ("某省支持小微企业发展十条政策",
     "1月20日，省政府召开第12次常务会议，研究通过本政策。一、加大财政奖补力度，对新升规企业给予10万元奖励。", "policy"),
])
def test_the_second_reviews_cases_of_kind(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text", [
    "7月15日上午，首期专精特新企业高管研修班在某大学开班，60余名企业负责人参加。",
    "近日，全省中小企业服务机构负责人专题培训班在某市委党校顺利结业。",
    "第十四届中国创新创业大赛某省赛区比赛在某市落幕，20个项目获奖。",
])
def test_a_course_opened_or_closed_and_a_contest_ended_are_events(text):
    assert untitled_kind(text) == "event"


@pytest.mark.parametrize("title, text", [
    # a news report left a policy by the other rules is an event (r138_20, r161_18, r174_08, r175_20, r176_04)
    ("某省聚焦高质量发展 推动经济开新局",
     "中国报道讯（某某 报道）4月20日上午，省政府新闻办公室举办系列发布会，省发展改革委主任出席并介绍有关情况。"),
    ("进百户企业 促科技创新", "本报讯（全媒体记者 某某）自4月10日起，市政协开展为期一个月的专题调研活动，深入120家科技型中小企业。"),
    ("", "■记者 某某\n本报讯 全市发改系统多举措推进项目建设，今年实施省市重点建设项目341个。"),
    # (the review's: a reporter on a line of their own, with nothing else to tell a report)
    ("某市外贸进出口总值同比增长12%", "本报首席记者 王强\n\n前三季度，全市外贸进出口总值达1200亿元，同比增长12%。"),
])
def test_a_news_report_is_no_policy(title, text):
    assert record_kind(title, text) == "event"


@pytest.mark.parametrize("title, text", [
    # (a policy's own title, or a text making a policy, stays a policy whatever its byline)
    ("某市支持民营经济发展若干措施", "本报讯 为支持民营经济发展，结合我市实际，制定本措施。一、加大财政支持力度。"),
    ("某省促进中小企业发展三年行动计划", "来源：某某日报\n一、总体要求\n到2027年，全省专精特新中小企业达到5000家。"),
    # (the review's: titles ending in 要点 or with a bracketed suffix, and a text adopting itself)
    ("某市2025年促进中小企业发展工作要点", "来源：某某日报\n一、加大梯度培育力度。二、强化融资服务。"),
    ("某市工业和信息化专项资金管理实施细则（试行）",
     "来源：某某日报\n第一条 为规范专项资金管理，根据有关规定，制定本实施细则。"),
])
def test_a_policy_with_a_byline_stays_a_policy(title, text):
    assert kind(title, text) == "policy"


def test_an_untitled_regulation_under_a_news_source_stays_a_policy():
    # "制定本条例": the text makes the regulation (the review's phrasing)
    text = "来源：某某日报\n某市优化营商环境条例\n第一条 为了持续优化营商环境，根据有关法律法规，结合本市实际，制定本条例。"
    assert untitled_kind(text) == "policy"
