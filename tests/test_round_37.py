"""Round 37 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import deadline_dates, kind, subjects, untitled_kind


@pytest.mark.parametrize("title, text", [
    # a press conference a government body held on a topic, without 新闻 (r184_16, r184_20)
    ("", "新华社北京5月10日电 10日，国务院新闻办公室就一季度工业经济运行情况举行发布会，工业和信息化部新闻发言人表示，"
         "将加大对中小企业的支持力度。"),
    ("某省：前三季度中小企业运行稳中向好",
     "据某网，10月20日，某省人民政府新闻办就民营经济发展有关情况召开发布会，省工业和信息化厅副厅长介绍，全省新培育"
     "专精特新中小企业300家。"),
])
def test_a_press_conference_held_on_a_topic_is_an_interpretation(title, text):
    assert (kind(title, text) if title else untitled_kind(text)) == "interpretation"


def test_a_product_launch_held_by_a_firm_is_no_press_conference_of_government():
    text = "本报讯 9月1日，某科技公司就新一代工业机器人举行发布会，来自各地的300余名客户参加。"
    assert untitled_kind(text) != "interpretation"


@pytest.mark.parametrize("text", [
    # the work organised, then its matters announced (r188_08, r170_04; all 53 labelled texts so worded are calls)
    "各市工业和信息化局：\n为推动优质中小企业梯度培育，省厅近期组织2025年第一批创新型中小企业评价和复核工作。"
    "现将有关事项通知如下：\n一、评价对象",
    "各有关单位：\n根据工业和信息化部办公厅有关要求，现组织2025年度中小企业特色产业集群推荐工作，有关事项通知如下：",
])
def test_work_organised_then_its_matters_announced_is_a_call(text):
    assert untitled_kind(text) == "call"


def test_a_check_organised_then_announced_is_no_call():
    text = "各县区工信局：\n省厅近期组织全省工贸企业安全生产检查工作。现将有关事项通知如下：\n一、检查范围"
    assert untitled_kind(text) != "call"


@pytest.mark.parametrize("title, text", [
    # a title naming a meeting, whatever list words name its topic (r184_09, r156_20; all 8 labelled so are events)
    ("某县2025年高新技术企业评审结果分析研讨会",
     "9月6日，县科技局组织召开高新技术企业评审结果分析研讨会，分析第一批评审结果。"),
    ("某区拟认定企业技术中心培育工作推进会", "10月12日，区工信局召开企业技术中心培育工作推进会。"),
])
def test_a_title_naming_a_meeting_is_an_event(title, text):
    assert kind(title, text) == "event"


def test_a_list_titled_as_a_list_stays_a_list():
    assert kind("关于2025年高新技术企业评审结果的公示", "经专家评审，现将结果予以公示。") == "publicity"


@pytest.mark.parametrize("text", [
    # a notice reported issued, saying who may make an application (r184_03; the 6 labelled texts saying
    # "可提出…申请" are all calls)
    "本报讯 近日，省工业和信息化厅印发通知，组织开展2025年专精特新中小企业认定工作。创新型中小企业可提出认定申请。",
    "某某社4月8日电，工业和信息化部日前发布通知，启动第七批专精特新“小巨人”企业培育工作。省级专精特新中小企业"
    "可提出第七批专精特新“小巨人”企业申请。",
])
def test_a_report_of_a_notice_saying_who_may_make_an_application_is_a_call(text):
    assert untitled_kind(text) == "call"


def test_a_report_of_a_policy_granting_what_firms_may_apply_for_is_no_call():
    text = ("本报讯 近日，市政府印发《关于支持制造业高质量发展的若干措施》。《措施》明确，符合条件的企业可提出贷款贴息申请，"
            "最高补贴100万元。")
    assert untitled_kind(text) != "call"


# -- the review's cases (41 phrasings by a reviewer who did not see the sets) ------------------------------------
@pytest.mark.parametrize("text", [
    # a firm's product launch, though its division ends in 部
    "9月3日，某智家生物医疗事业部就新一代超低温冰箱产品举行发布会，发布了三款新品。",
    "本报讯 9月5日，某集团在总部就新一代电动装载机举行发布会，200余家经销商参加。",
])
def test_a_firms_launch_is_no_government_press_conference(text):
    assert untitled_kind(text) != "interpretation"


def test_a_press_conference_announced_ahead_is_an_event():
    text = ("记者9月11日从省政府新闻办获悉，省政府新闻办就《关于支持民营经济发展的若干措施》出台有关情况定于9月12日上午10时"
            "举行发布会，欢迎媒体记者参加。")
    assert untitled_kind(text) == "event"


def test_a_list_presented_at_a_press_conference_is_no_interpretation():
    text = ("9月5日，省工信厅就专精特新企业培育情况举行发布会，会上发布了第七批省级专精特新中小企业名单，共1276家企业入选。")
    assert untitled_kind(text) != "interpretation"


@pytest.mark.parametrize("text", [
    # the applying work organised, its words between the kind of work and 工作
    "各县（市、区）科技局：\n市科技局组织2025年度第三批科技型中小企业评价入库工作，现将有关事项通知如下：\n一、评价对象",
    "各市工业和信息化局：\n为推动大中小企业融通创新，现组织大企业“发榜”工作，有关事项通知如下：\n一、发榜主体",
])
def test_applying_work_organised_with_words_before_its_work_is_a_call(text):
    assert untitled_kind(text) == "call"


@pytest.mark.parametrize("text", [
    # a body's own work organised: a self-check, an assessment, a campaign, a party organisation, a rule on applying
    "各县（市、区）发展改革局：\n为减轻企业负担，市发展改革委组织开展涉企违规收费自查自纠工作，现将有关事项通知如下：",
    "各县（市、区）人民政府：\n市政府组织开展2025年度各县（市、区）高质量发展综合考核工作，现将有关事项通知如下：",
    "各有关单位：\n为进一步加强非公有制企业党组织建设工作，现将有关事项通知如下：",
    "各有关单位：\n为进一步规范我市科技计划项目申报组织管理工作，现将有关事项通知如下：",
    "各县区应急管理局：\n为深化安全生产治理，市应急管理局组织开展2025年度工贸行业安全生产“百日攻坚”工作，现将有关事项通知如下：",
])
def test_a_bodys_own_work_organised_is_no_call(text):
    assert untitled_kind(text) != "call"


@pytest.mark.parametrize("text", [
    # an application made by a day or to a body, in a report of a notice issued
    "本报讯 近日，市工信局发布通知，启动2025年度技术改造项目奖补工作。符合条件的企业可于10月31日前提出申请。",
    "近日，区科技局印发通知，组织开展2025年度研发费用补助工作。辖区企业可向所在区科技部门提出申请。",
])
def test_a_report_of_a_notice_naming_where_or_by_when_to_apply_is_a_call(text):
    assert untitled_kind(text) == "call"


@pytest.mark.parametrize("text", [
    # a policy the reported notice issues; an appeal against a decision
    "近日，市政府办公室印发通知，出台《关于支持中小企业发展的若干措施》。《若干措施》明确，符合条件的企业可提出贷款贴息申请。",
    "近日，省科技厅发布通知，因存在虚报研发费用等问题，撤销5家企业的高新技术企业资格。相关企业可提出行政复议申请。",
])
def test_a_report_of_a_policy_or_a_decision_is_no_call(text):
    assert untitled_kind(text) != "call"


@pytest.mark.parametrize("title", [
    # a policy on attracting or growing talent names its beneficiaries (r149_03, r158_07, r162_19, r149_09, r134_08)
    "某市关于实施人才发展新政策的若干意见",
    "某市“一事一议”引进顶尖人才（团队）实施办法（试行）",
    "某市推进科技创新人才集聚项目管理办法",
])
def test_a_talent_policy_targets_talent(title):
    assert subjects(title, "第一条 为加快集聚各类人才，制定本办法。第二条 本办法自印发之日起施行。") == ["人才"]


@pytest.mark.parametrize("title", [
    "某省“十四五”实施创新驱动、人才强省战略规划",  # a strategy's slogan
    "关于加强新时代高技能人才队伍建设的实施意见",  # workforce building
])
def test_a_policy_naming_talent_otherwise_is_not_for_talent(title):
    assert "人才" not in subjects(title, "第一条 为推动高质量发展，制定本规划。")


@pytest.mark.parametrize("text", [
    # an official named by title visiting, the report opening with its day (r190_06, r190_05; all 10 labelled
    # texts so opening are events)
    "3月10日，某县县委书记王某调研经开区、某镇重点项目建设工作。县委副书记参加调研。",
    "2月27日，县委副书记、县长陈某带队深入企业和重点项目一线，开展“四下基层”调研，督导节后复工复产工作。",
])
def test_a_report_of_an_officials_visit_is_an_event(text):
    assert untitled_kind(text) == "event"


def test_a_preamble_recalling_a_leaders_visit_is_no_report():
    text = ("9月17日，习近平总书记考察湖南时的重要讲话精神为我们指明了方向。为贯彻落实，现就支持制造业高质量发展提出如下"
            "措施：一、加大技术改造支持力度。")
    assert untitled_kind(text) != "event"


@pytest.mark.parametrize("title", [
    # an agreement signed, headlined so (r190_03, r184_05, r175_07; the 3 labelled titles so ending are events)
    "某市科技局与某市科技局签订战略合作协议",
    "省科技厅与我市签署科技创新战略合作框架协议",
])
def test_a_headline_of_an_agreement_signed_is_an_event(title):
    assert kind(title, "根据协议，双方将在技术联合攻关、科技成果转化、人才培养交流等方面开展合作。") == "event"


@pytest.mark.parametrize("text", [
    # a notice reported issued that organises applying work (r190_16, r169_05; the 5 labelled texts so worded are calls)
    "据某某微信公众号21日消息，工业和信息化部近日印发通知，组织开展第七批专精特新“小巨人”企业培育工作。各省级中小企业"
    "主管部门负责组织初核和推荐工作。",
    "本报讯 日前，省科技厅下发通知，启动2025年度省级新型研发机构认定工作。",
])
def test_a_report_of_a_notice_organising_applying_work_is_a_call(text):
    assert untitled_kind(text) == "call"


def test_a_report_of_a_notice_organising_a_check_is_no_call():
    text = "本报讯 近日，省应急管理厅印发通知，组织开展全省工贸企业安全生产大检查工作。"
    assert untitled_kind(text) != "call"


@pytest.mark.parametrize("title", [
    # a contest headlined as launched (r190_14, r190_17, r176_17; the 4 labelled titles so ending are calls)
    "2025年“创客中国”某市中小企业创新创业大赛启动",
    "第十四届中国创新创业大赛（某省赛区）正式启动",
    "2025年某省科技创业大赛即将开赛",
])
def test_a_contest_headlined_as_launched_is_a_call(title):
    assert kind(title, "本报讯 记者某某报道：近日，大赛由市中小企业发展促进中心等单位共同举办，分初赛、复赛和决赛。") == "call"


@pytest.mark.parametrize("title", ["第十四届中国创新创业大赛某省赛区决赛举行", "某市创新创业大赛启动仪式举行"])
def test_a_contest_round_held_stays_an_event(title):
    assert kind(title, "9月6日，大赛在某市高新区举行，20个项目参加路演。") == "event"


# -- the second review's cases (39 phrasings by a reviewer who did not see the sets) -----------------------------
@pytest.mark.parametrize("text", [
    # a visit reported that goes on to cite a speech, and one by a town head
    "3月20日，市委书记王某某到高新区调研科技创新工作，强调要深入学习贯彻习近平总书记关于科技创新的重要讲话精神。",
    "5月8日，某镇镇长李某带队走访辖区重点企业，了解企业生产经营情况。",
])
def test_more_reports_of_an_officials_visit_are_events(text):
    assert untitled_kind(text) == "event"


@pytest.mark.parametrize("text", [
    # a rule telling leaders to visit from a start date; a report of a policy whose preamble recalls a visit
    "各乡镇、各部门：\n现将有关事项通知如下：一、自2025年4月1日起，县委书记、县长每季度至少深入包联企业调研一次，"
    "帮助企业解决实际困难。",
    "本报讯（记者 李某）近日，为深入贯彻习近平总书记考察湖南时的殷切嘱托，省工业和信息化厅等六部门联合印发"
    "《湖南省制造业数字化转型行动方案》。",
])
def test_a_rule_or_a_policy_recalling_a_visit_is_no_report_of_one(text):
    assert untitled_kind(text) != "event"


def test_a_question_on_signing_an_agreement_is_no_signing():
    text = "问：科技成果转化中如何签订技术许可协议？\n答：应当明确许可方式、许可范围和许可期限。"
    assert kind("科技成果转化中如何签订技术许可协议", text) != "event"


@pytest.mark.parametrize("title, text, expected", [
    # a reward for the firms that attract talent goes to the firms its text lists
    ("某市企业引进高层次人才奖励办法", "第一条 为鼓励企业引才，制定本办法。第二条 奖励对象为：在本市依法注册、"
     "纳税的企业。", ["企业"]),
    # the archives of talent, and a development plan, target no one
    ("关于加强引进人才档案管理工作的通知", "各单位：为规范引进人才档案管理，现就有关事项通知如下：一、严格档案审核。", []),
    ("某省“十四五”人才发展规划", "第一章 发展环境 第二章 总体要求 深化人才发展体制机制改革。", []),
    # a talent policy whose object comes after the talent it attracts
    ("一图读懂｜某市吸引青年人才来某留某就业创业十条措施", "近日，某市出台《十条措施》。1.对来某就业的全日制本科以上"
     "毕业生给予生活补贴。", ["人才"]),
])
def test_the_talent_topic_only_where_nothing_else_names_the_beneficiaries(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the end of a month ending a clause after a closing cue (r190_15, r184_07), as before 前
    ("兑现奖励时限范围为2024年的，申报时间截至2025年4月底；范围为2025年上半年的，申报时间截至2025年7月底。",
     ["2025-04-30", "2025-07-31"]),
    ("本报讯 目前大赛报名通道仍在开启，报名将截至7月底，大赛将于8月上旬举行初赛。", ["2025-07-31"]),
    ("请各企业于2025年9月底前完成申报。", ["2025-09-30"]),
    ("力争9月底，全市完成技术改造企业100家。", []),  # a target, not a deadline
])
def test_the_end_of_a_month_closing_an_intake_is_its_last_day(text, expected):
    assert deadline_dates("关于组织申报2025年度奖补资金的通知", text, "2025-03-01") == expected
