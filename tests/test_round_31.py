"""Round 31 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from pipeline.extract import extract_notice
from pipeline.extract.kind import classify_kind
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice


def _kind(text: str, title: str = "") -> str | None:
    return classify_kind(Notice(title=title, text=text, title_derived=not title))[0]


@pytest.mark.parametrize("text, expected", [
    # a notice announcing the work it opens, past a purpose clause a policy would also open with (r109_04, r117_19)
    ("各有关单位：\n为贯彻落实《某市制造业发展规划》，我局拟组织开展2027年度第二批市级工业设计中心的创建工作，"
     "现将有关事宜通知如下：\n一、基本条件\n企业须在本市注册。", "call"),
    ("各区县发展改革委：\n为贯彻落实市委市政府创新驱动发展战略，经研究，决定开展2027年创新能力建设专项。"
     "现将专项有关事宜通知如下：\n一、支持方向", "call"),
    # (…its matters told without 现将: "现开展…评估服务工作。有关事项通知如下", r95_08)
    ("各县（市）区工信局：\n为摸清企业数字化转型底数，现开展全市规上工业企业数字化水平评估工作。有关事项通知如下：\n"
     "一、评估方式", "call"),
    # (the bureau's own campaign or inspection is none)
    ("各区县：\n为贯彻落实安全生产责任制，决定开展2027年全市工贸企业安全生产大检查工作。现将有关事项通知如下：\n"
     "一、检查范围", "policy"),
])
def test_a_notice_announcing_the_work_it_opens_is_a_call(text, expected):
    assert _kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # opened at its site with ceremony (r103_13, r123_14)
    ("6月2日，由市科技局等单位联合主办的2027年某州科技活动周启动式，在某市第一中学拉开帷幕。本次活动以科普为主题。",
     "event"),
    ("2027年某市“技能夜校”公益培训在市职工文化宫拉开帷幕。首批课程涵盖电工、焊接等方向。", "event"),
    # …but not one inviting entries
    ("第五届某省创新创业大赛在某市会展中心拉开帷幕，欢迎各类企业和团队报名参赛。", None),
])
def test_an_event_opened_at_its_site(text, expected):
    kind = _kind(text)
    assert kind == expected if expected else kind != "event"


@pytest.mark.parametrize("text, expected", [
    # a sentence dated by its day alone (r120_01, r74_13)
    ("科技赋能，宾朋云集。16日上午，第九届某国际经贸洽谈会开幕式在某市国际会展中心举行。副省长出席并致辞。",
     "event"),
    ("23日下午，由市工信局主办的“政策进企业系列活动”启动仪式在某宾馆会议室举行。", "event"),
    # (a day named inside a sentence is no dateline: "据…15日举行的新闻发布会消息", r56_19)
    ("据商务部15日举行的新闻发布会消息，第十届某博览会将于6月26日至30日在某市举办。", "event"),
])
def test_a_report_dated_by_its_day_alone(text, expected):
    assert _kind(text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # the findings of a check or an assessment reported (r106_16, r106_17, r112_20)
    ("关于第二季度全县农村人居环境整治情况督查通报", "各乡镇：\n县督查组于4月对全县12个乡镇开展督查，现将情况通报如下。", "publicity"),
    ("全市2027年1-6月份创新型中小企业评价情况通报", "1-6月份，全市1203家企业通过评价入库。", "publicity"),
    # (a notice forwarding one is what its own title says)
    ("某市人民政府办公室转发省督查组关于专项行动督查情况的通报的通知", "各区县人民政府：\n现将通报转发给你们，请认真贯彻执行。",
     "policy"),
])
def test_a_report_of_findings_is_a_list(title, text, expected):
    assert _kind(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of a collection still open (r120_16, r120_15)
    ("记者从自治区科协获悉，自治区科协日前面向企业征集科技需求。征集时间截止到今年11月20日。", "call"),
    ("日前，市场监管部门向全社会征集规划编制的意见建议。此次征集，时间从即日起截止到2027年8月15日。", "call"),
    # (a running total counted up to a day is no collection)
    ("截止到2027年6月30日，全市累计培育科技型中小企业1200家。", "policy"),
])
def test_a_report_of_a_collection_open_is_a_call(text, expected):
    assert _kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # firms counted as selected or listed, reported (r120_14, r100_14)
    ("今年以来，某市先后有某某科技有限公司等83家企业分4批次入库国家科技型中小企业，增幅达40%。", "publicity"),
    ("记者从市工信局获悉，某市12家企业入选2027年度省级技术创新示范企业。", "publicity"),
    # (a target is no result)
    ("到2027年，力争全市有500家以上企业入库国家科技型中小企业。", "policy"),
])
def test_firms_counted_as_selected_are_a_list(text, expected):
    assert _kind(text) == expected


@pytest.mark.parametrize("title, expected", [
    # a notice carrying out an activity (r100_13, r39_19)
    ("某省人力资源和社会保障厅关于开展2027年民营企业招聘月专项活动的通知", "event"),
    ("某部办公厅关于省级重点实验室在科技活动周期间开展公众开放活动的通知", "event"),
    # (…not one taken part in by applying or entering)
    ("关于开展2027年度优秀科技成果评选活动的通知", "call"),
])
def test_a_notice_carrying_out_an_activity_is_an_event(title, expected):
    assert _kind("各有关单位：\n现将有关事项通知如下。", title) == expected


@pytest.mark.parametrize("text, expected", [
    # a report describing the policy it says was just issued, by its short name (r72_19, r98_13, r100_01)
    ("近日，省科技厅、省财政厅联合制定了《某省科技型中小企业成长计划实施办法》。根据《办法》，今后将重点支持"
     "新材料、生物医药等领域的科技型中小企业。", "interpretation"),
    ("某部近日印发新修订的《企业梯度培育管理办法》。《办法》包含总则、认定程序、动态管理等五章。", "interpretation"),
    # (…not a summary leading into the policy's own text, which publishes it)
    ("近日，某省人民政府办公厅印发《某省制造业数字化转型三年行动计划》（以下简称《行动计划》）。《行动计划》提出，"
     "到2029年培育100家标杆企业。全文如下：\n某省制造业数字化转型三年行动计划\n一、总体要求", "policy"),
])
def test_a_report_describing_a_policy_just_issued_explains_it(text, expected):
    assert _kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of a call just issued (r120_10, r76_03)
    ("本报讯（记者 某某）日前，省工业和信息化厅印发《关于举办第五届“某某杯”中小企业创新创业大赛的通知》，标志着大赛"
     "正式启动。大赛面向全省中小企业和创客团队。", "call"),
    # (…not a policy reported so, which it explains)
    ("本报讯（记者 某某）日前，省工业和信息化厅印发《关于促进中小企业创新发展的若干措施》，提出20条举措。", "interpretation"),
])
def test_a_report_of_a_call_just_issued_is_a_call(text, expected):
    assert _kind(text) == expected


def _subjects(title: str, text: str) -> list[str]:
    notice = extract_notice(build_notice(RawRecord(title=title, content=text, source="t")))
    return sorted(subject.name for subject in notice.subjects)


@pytest.mark.parametrize("title, text, expected", [
    # whom a survey or a report return asks to report (r95_07, r75_18, r40_21)
    ("关于开展全市企业用工需求情况调查的通知",
     "各县（区）经信局：\n现开展企业用工需求情况调查。现将有关事宜通知如下：\n一、调查范围\n全市规模以上工业企业。\n"
     "二、填报时间\n请于2027年5月20日前在线填报。", ["制造企业", "规上企业"]),
    # whom a station or centre to be set up names (r80_19, r124_14, r54_07)
    ("关于做好2027年度博士后科研工作站新设站工作的通知",
     "各有关单位：\n现将有关事项通知如下：\n一、设站条件\n各类企业、科研院所，在本市注册满2年，具有较强的研发能力和稳定的研发投入。\n"
     "二、申报时间\n2027年6月30日前报送。", ["企业", "平台载体", "高校院所"]),
    # those who apply to the issuer directly (r44_03, r93_14, r57_05)
    ("关于征集2027年度技术攻关项目的补充通知",
     "各有关单位：\n现将有关事项补充通知如下：\n一、省属本科高校、科研院所可直接向省科技厅推荐；其他单位通过所在市科技局推荐。\n"
     "二、推荐截止时间为2027年4月30日。", ["高校院所"]),
    # a base for innovation shown or practised (r119_07, r92_04, r124_14)
    ("关于2027年度某省乡村振兴科技创新示范基地拟认定名单的公示", "经县级推荐、专家评审，拟认定以下单位。公示期为5个工作日。",
     ["平台载体"]),
])
def test_applicants_named_by_a_survey_a_station_or_a_direct_channel(title, text, expected):
    assert _subjects(title, text) == expected
