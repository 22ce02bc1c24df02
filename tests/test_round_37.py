"""Round 37 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project), and the cases
of the round's two reviews (41 and 39 phrasings by reviewers who did not see the sets).

Each table row is one case; its id says which rule it pins or guards. A row without a title is a record
without one (the body decides)."""
import pytest

from round_helpers import deadline_dates, record_kind, subjects

# (title, text, the kind it is)
KIND_CASES = [
    # a press conference a government body held on a topic, without 新闻 (r184_16, r184_20)
    pytest.param("", "新华社北京5月10日电 10日，国务院新闻办公室就一季度工业经济运行情况举行发布会，工业和信息化部新闻发言人"
                     "表示，将加大对中小企业的支持力度。", "interpretation", id="press-conference-on-a-topic"),
    pytest.param("某省：前三季度中小企业运行稳中向好",
                 "据某网，10月20日，某省人民政府新闻办就民营经济发展有关情况召开发布会，省工业和信息化厅副厅长介绍，全省新培育"
                 "专精特新中小企业300家。", "interpretation", id="press-conference-under-a-headline"),
    pytest.param("", "记者9月11日从省政府新闻办获悉，省政府新闻办就《关于支持民营经济发展的若干措施》出台有关情况定于9月12日"
                     "上午10时举行发布会，欢迎媒体记者参加。", "event", id="press-conference-announced-ahead"),
    # applying work organised, then its matters announced (r188_08, r170_04; all 53 labelled texts so worded are calls)
    pytest.param("", "各市工业和信息化局：\n为推动优质中小企业梯度培育，省厅近期组织2025年第一批创新型中小企业评价和复核工作。"
                     "现将有关事项通知如下：\n一、评价对象", "call", id="work-organised-announced"),
    pytest.param("", "各有关单位：\n根据工业和信息化部办公厅有关要求，现组织2025年度中小企业特色产业集群推荐工作，有关事项通知如下：",
                 "call", id="work-organised-announced-after-a-comma"),
    pytest.param("", "各县（市、区）科技局：\n市科技局组织2025年度第三批科技型中小企业评价入库工作，现将有关事项通知如下：\n"
                     "一、评价对象", "call", id="work-organised-words-before-its-work"),
    pytest.param("", "各市工业和信息化局：\n为推动大中小企业融通创新，现组织大企业“发榜”工作，有关事项通知如下：\n一、发榜主体",
                 "call", id="work-organised-quoted"),
    # a title naming a meeting, whatever list words name its topic (r184_09, r156_20; all 8 labelled so are events)
    pytest.param("某县2025年高新技术企业评审结果分析研讨会", "9月6日，县科技局组织召开高新技术企业评审结果分析研讨会，"
                 "分析第一批评审结果。", "event", id="meeting-title-with-results"),
    pytest.param("某区拟认定企业技术中心培育工作推进会", "10月12日，区工信局召开企业技术中心培育工作推进会。", "event",
                 id="meeting-title-with-proposed"),
    pytest.param("关于2025年高新技术企业评审结果的公示", "经专家评审，现将结果予以公示。", "publicity", id="list-title-stays"),
    # a notice reported issued, saying who may make an application (r184_03; the 6 labelled texts saying "可提出…申请"
    # are all calls), by a day or to a body too
    pytest.param("", "本报讯 近日，省工业和信息化厅印发通知，组织开展2025年专精特新中小企业认定工作。创新型中小企业可提出认定"
                     "申请。", "call", id="reported-notice-may-apply"),
    pytest.param("", "某某社4月8日电，工业和信息化部日前发布通知，启动第七批专精特新“小巨人”企业培育工作。省级专精特新中小企业"
                     "可提出第七批专精特新“小巨人”企业申请。", "call", id="reported-notice-may-apply-for-a-status"),
    pytest.param("", "本报讯 近日，市工信局发布通知，启动2025年度技术改造项目奖补工作。符合条件的企业可于10月31日前提出申请。",
                 "call", id="reported-notice-apply-by-a-day"),
    pytest.param("", "近日，区科技局印发通知，组织开展2025年度研发费用补助工作。辖区企业可向所在区科技部门提出申请。", "call",
                 id="reported-notice-apply-to-a-body"),
    # a notice reported issued that organises applying work (r190_16, r169_05; the 5 labelled texts so worded are calls)
    pytest.param("", "据某某微信公众号21日消息，工业和信息化部近日印发通知，组织开展第七批专精特新“小巨人”企业培育工作。"
                     "各省级中小企业主管部门负责组织初核和推荐工作。", "call", id="reported-notice-organising-work"),
    pytest.param("", "本报讯 日前，省科技厅下发通知，启动2025年度省级新型研发机构认定工作。", "call",
                 id="reported-notice-starting-work"),
    # an official named by title visiting, the report opening with its day (r190_06, r190_05; all 10 labelled texts so
    # opening are events), also citing a speech, also a town head
    pytest.param("", "3月10日，某县县委书记王某调研经开区、某镇重点项目建设工作。县委副书记参加调研。", "event",
                 id="official-visit"),
    pytest.param("", "2月27日，县委副书记、县长陈某带队深入企业和重点项目一线，开展“四下基层”调研，督导节后复工复产工作。",
                 "event", id="official-visit-after-a-comma"),
    pytest.param("", "3月20日，市委书记王某某到高新区调研科技创新工作，强调要深入学习贯彻习近平总书记关于科技创新的重要讲话"
                     "精神。", "event", id="official-visit-citing-a-speech"),
    pytest.param("", "5月8日，某镇镇长李某带队走访辖区重点企业，了解企业生产经营情况。", "event", id="town-head-visit"),
    # an agreement signed, headlined so (r190_03, r184_05, r175_07; the 3 labelled titles so ending are events)
    pytest.param("某市科技局与某市科技局签订战略合作协议", "根据协议，双方将在技术联合攻关、科技成果转化、人才培养交流等方面"
                 "开展合作。", "event", id="agreement-signed"),
    pytest.param("省科技厅与我市签署科技创新战略合作框架协议", "根据协议，双方将在技术联合攻关、科技成果转化、人才培养交流等"
                 "方面开展合作。", "event", id="framework-agreement-signed"),
    # a contest headlined as launched (r190_14, r190_17, r176_17; the 4 labelled titles so ending are calls), not a
    # round of it held
    pytest.param("2025年“创客中国”某市中小企业创新创业大赛启动", "本报讯 记者某某报道：近日，大赛由市中小企业发展促进中心"
                 "等单位共同举办，分初赛、复赛和决赛。", "call", id="contest-launched"),
    pytest.param("第十四届中国创新创业大赛（某省赛区）正式启动", "本报讯 记者某某报道：近日，大赛由市中小企业发展促进中心"
                 "等单位共同举办，分初赛、复赛和决赛。", "call", id="contest-round-launched"),
    pytest.param("2025年某省科技创业大赛即将开赛", "本报讯 记者某某报道：近日，大赛由市中小企业发展促进中心等单位共同举办，"
                 "分初赛、复赛和决赛。", "call", id="contest-about-to-start"),
    pytest.param("第十四届中国创新创业大赛某省赛区决赛举行", "9月6日，大赛在某市高新区举行，20个项目参加路演。", "event",
                 id="contest-final-held"),
    pytest.param("某市创新创业大赛启动仪式举行", "9月6日，大赛在某市高新区举行，20个项目参加路演。", "event",
                 id="contest-launch-ceremony-held"),
]

# (title, text, a kind it is not): what the rules must not reach
NOT_KIND_CASES = [
    # firms' product launches (also through a 事业部 or 总部), and a list presented at a press conference
    pytest.param("", "本报讯 9月1日，某科技公司就新一代工业机器人举行发布会，来自各地的300余名客户参加。", "interpretation",
                 id="firms-launch"),
    pytest.param("", "9月3日，某智家生物医疗事业部就新一代超低温冰箱产品举行发布会，发布了三款新品。", "interpretation",
                 id="firms-division-launch"),
    pytest.param("", "本报讯 9月5日，某集团在总部就新一代电动装载机举行发布会，200余家经销商参加。", "interpretation",
                 id="firms-headquarters-launch"),
    pytest.param("", "9月5日，省工信厅就专精特新企业培育情况举行发布会，会上发布了第七批省级专精特新中小企业名单，共1276家"
                     "企业入选。", "interpretation", id="list-presented-at-a-press-conference"),
    # a body's own work organised: a check, a self-check, an assessment, a party organisation, a rule on applying, a
    # campaign
    pytest.param("", "各县区工信局：\n省厅近期组织全省工贸企业安全生产检查工作。现将有关事项通知如下：\n一、检查范围", "call",
                 id="check-organised"),
    pytest.param("", "各县（市、区）发展改革局：\n为减轻企业负担，市发展改革委组织开展涉企违规收费自查自纠工作，现将有关事项"
                     "通知如下：", "call", id="self-check-organised"),
    pytest.param("", "各县（市、区）人民政府：\n市政府组织开展2025年度各县（市、区）高质量发展综合考核工作，现将有关事项通知"
                     "如下：", "call", id="assessment-organised"),
    pytest.param("", "各有关单位：\n为进一步加强非公有制企业党组织建设工作，现将有关事项通知如下：", "call",
                 id="party-organisation"),
    pytest.param("", "各有关单位：\n为进一步规范我市科技计划项目申报组织管理工作，现将有关事项通知如下：", "call",
                 id="rule-on-applying"),
    pytest.param("", "各县区应急管理局：\n为深化安全生产治理，市应急管理局组织开展2025年度工贸行业安全生产“百日攻坚”工作，"
                     "现将有关事项通知如下：", "call", id="campaign-organised"),
    pytest.param("", "本报讯 近日，省应急管理厅印发通知，组织开展全省工贸企业安全生产大检查工作。", "call",
                 id="reported-notice-organising-a-check"),
    # a policy reported or issued by a reported notice, and an appeal against a decision
    pytest.param("", "本报讯 近日，市政府印发《关于支持制造业高质量发展的若干措施》。《措施》明确，符合条件的企业可提出贷款"
                     "贴息申请，最高补贴100万元。", "call", id="policy-reported"),
    pytest.param("", "近日，市政府办公室印发通知，出台《关于支持中小企业发展的若干措施》。《若干措施》明确，符合条件的企业可"
                     "提出贷款贴息申请。", "call", id="policy-issued-by-a-reported-notice"),
    pytest.param("", "近日，省科技厅发布通知，因存在虚报研发费用等问题，撤销5家企业的高新技术企业资格。相关企业可提出行政复议"
                     "申请。", "call", id="appeal"),
    # a preamble recalling a leader's visit, a rule telling leaders to visit from a start date, a policy reported
    pytest.param("", "9月17日，习近平总书记考察湖南时的重要讲话精神为我们指明了方向。为贯彻落实，现就支持制造业高质量发展提出"
                     "如下措施：一、加大技术改造支持力度。", "event", id="preamble-recalling-a-visit"),
    pytest.param("", "各乡镇、各部门：\n现将有关事项通知如下：一、自2025年4月1日起，县委书记、县长每季度至少深入包联企业调研"
                     "一次，帮助企业解决实际困难。", "event", id="rule-from-a-start-date"),
    pytest.param("", "本报讯（记者 李某）近日，为深入贯彻习近平总书记考察湖南时的殷切嘱托，省工业和信息化厅等六部门联合印发"
                     "《湖南省制造业数字化转型行动方案》。", "event", id="policy-report-recalling-a-visit"),
    # a question on signing an agreement
    pytest.param("科技成果转化中如何签订技术许可协议", "问：科技成果转化中如何签订技术许可协议？\n答：应当明确许可方式、许可范围"
                 "和许可期限。", "event", id="question-on-signing"),
]


def _kind_of(title: str, text: str) -> str | None:
    return record_kind(title, text)


@pytest.mark.parametrize("title, text, expected", KIND_CASES)
def test_kind(title, text, expected):
    assert _kind_of(title, text) == expected


@pytest.mark.parametrize("title, text, excluded", NOT_KIND_CASES)
def test_kind_the_rules_must_not_reach(title, text, excluded):
    assert _kind_of(title, text) != excluded


TALENT_POLICY_TEXT = "第一条 为加快集聚各类人才，制定本办法。第二条 本办法自印发之日起施行。"


@pytest.mark.parametrize("title, text, expected", [
    # a policy on attracting or growing talent targets 人才 (r149_03, r158_07, r162_19, r149_09, r134_08), where
    # neither its title nor a list names the beneficiaries
    pytest.param("某市关于实施人才发展新政策的若干意见", TALENT_POLICY_TEXT, ["人才"], id="talent-policy"),
    pytest.param("某市“一事一议”引进顶尖人才（团队）实施办法（试行）", TALENT_POLICY_TEXT, ["人才"], id="talent-attracted"),
    pytest.param("某市推进科技创新人才集聚项目管理办法", TALENT_POLICY_TEXT, ["人才"], id="talent-gathered"),
    pytest.param("一图读懂｜某市吸引青年人才来某留某就业创业十条措施", "近日，某市出台《十条措施》。1.对来某就业的全日制本科"
                 "以上毕业生给予生活补贴。", ["人才"], id="talent-measures-named-after"),
    pytest.param("某市企业引进高层次人才奖励办法", "第一条 为鼓励企业引才，制定本办法。第二条 奖励对象为：在本市依法注册、"
                 "纳税的企业。", ["企业"], id="reward-for-firms-attracting-talent"),
    pytest.param("关于加强引进人才档案管理工作的通知", "各单位：为规范引进人才档案管理，现就有关事项通知如下：一、严格档案审核。",
                 [], id="talent-archives"),
    pytest.param("某省“十四五”人才发展规划", "第一章 发展环境 第二章 总体要求 深化人才发展体制机制改革。", [],
                 id="talent-development-plan"),
])
def test_talent_policy_subjects(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title", [
    pytest.param("某省“十四五”实施创新驱动、人才强省战略规划", id="strategy-slogan"),
    pytest.param("关于加强新时代高技能人才队伍建设的实施意见", id="workforce-building"),
])
def test_a_policy_naming_talent_otherwise_is_not_for_talent(title):
    assert "人才" not in subjects(title, "第一条 为推动高质量发展，制定本规划。")


@pytest.mark.parametrize("text, expected", [
    # the end of a month ending a clause after a closing cue (r190_15, r184_07), as before 前
    pytest.param("兑现奖励时限范围为2024年的，申报时间截至2025年4月底；范围为2025年上半年的，申报时间截至2025年7月底。",
                 ["2025-04-30", "2025-07-31"], id="month-ends-by-batch"),
    pytest.param("本报讯 目前大赛报名通道仍在开启，报名将截至7月底，大赛将于8月上旬举行初赛。", ["2025-07-31"],
                 id="month-end-of-an-intake"),
    pytest.param("请各企业于2025年9月底前完成申报。", ["2025-09-30"], id="month-end-before"),
    pytest.param("力争9月底，全市完成技术改造企业100家。", [], id="target-no-deadline"),
])
def test_the_end_of_a_month_closing_an_intake_is_its_last_day(text, expected):
    assert deadline_dates("关于组织申报2025年度奖补资金的通知", text, "2025-03-01") == expected
