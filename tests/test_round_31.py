"""Round 31 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import kind, subjects, untitled_kind


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
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # opened at its site with ceremony (r103_13, r123_14)
    ("6月2日，由市科技局等单位联合主办的2027年某州科技活动周启动式，在某市第一中学拉开帷幕。本次活动以科普为主题。",
     "event"),
    ("2027年某市“技能夜校”公益培训在市职工文化宫拉开帷幕。首批课程涵盖电工、焊接等方向。", "event"),
    # …but not one inviting entries
    ("第五届某省创新创业大赛在某市会展中心拉开帷幕，欢迎各类企业和团队报名参赛。", None),
])
def test_an_event_opened_at_its_site(text, expected):
    got = untitled_kind(text)
    assert got == expected if expected else got != "event"


@pytest.mark.parametrize("text, expected", [
    # a sentence dated by its day alone (r120_01, r74_13)
    ("科技赋能，宾朋云集。16日上午，第九届某国际经贸洽谈会开幕式在某市国际会展中心举行。副省长出席并致辞。",
     "event"),
    ("23日下午，由市工信局主办的“政策进企业系列活动”启动仪式在某宾馆会议室举行。", "event"),
    # (a day named inside a sentence is no dateline: "据…15日举行的新闻发布会消息", r56_19)
    ("据商务部15日举行的新闻发布会消息，第十届某博览会将于6月26日至30日在某市举办。", "event"),
])
def test_a_report_dated_by_its_day_alone(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # the findings of a check or an assessment reported (r106_16, r106_17, r112_20)
    ("关于第二季度全县农村人居环境整治情况督查通报", "各乡镇：\n县督查组于4月对全县12个乡镇开展督查，现将情况通报如下。", "publicity"),
    ("全市2027年1-6月份创新型中小企业评价情况通报", "1-6月份，全市1203家企业通过评价入库。", "publicity"),
    # (a notice forwarding one is what its own title says)
    ("某市人民政府办公室转发省督查组关于专项行动督查情况的通报的通知", "各区县人民政府：\n现将通报转发给你们，请认真贯彻执行。",
     "policy"),
])
def test_a_report_of_findings_is_a_list(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of a collection still open (r120_16, r120_15)
    ("记者从自治区科协获悉，自治区科协日前面向企业征集科技需求。征集时间截止到今年11月20日。", "call"),
    ("日前，市场监管部门向全社会征集规划编制的意见建议。此次征集，时间从即日起截止到2027年8月15日。", "call"),
    # (a running total counted up to a day is no collection)
    ("截止到2027年6月30日，全市累计培育科技型中小企业1200家。", "policy"),
])
def test_a_report_of_a_collection_open_is_a_call(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # firms counted as selected or listed, reported (r120_14, r100_14)
    ("今年以来，某市先后有某某科技有限公司等83家企业分4批次入库国家科技型中小企业，增幅达40%。", "publicity"),
    ("记者从市工信局获悉，某市12家企业入选2027年度省级技术创新示范企业。", "publicity"),
    # (a target is no result)
    ("到2027年，力争全市有500家以上企业入库国家科技型中小企业。", "policy"),
])
def test_firms_counted_as_selected_are_a_list(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, expected", [
    # a notice carrying out an activity (r100_13, r39_19)
    ("某省人力资源和社会保障厅关于开展2027年民营企业招聘月专项活动的通知", "event"),
    ("某部办公厅关于省级重点实验室在科技活动周期间开展公众开放活动的通知", "event"),
    # (…not one taken part in by applying or entering)
    ("关于开展2027年度优秀科技成果评选活动的通知", "call"),
])
def test_a_notice_carrying_out_an_activity_is_an_event(title, expected):
    assert kind(title, "各有关单位：\n现将有关事项通知如下。") == expected


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
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of a call just issued (r120_10, r76_03)
    ("本报讯（记者 某某）日前，省工业和信息化厅印发《关于举办第五届“某某杯”中小企业创新创业大赛的通知》，标志着大赛"
     "正式启动。大赛面向全省中小企业和创客团队。", "call"),
    # (…not a policy reported so, which it explains)
    ("本报讯（记者 某某）日前，省工业和信息化厅印发《关于促进中小企业创新发展的若干措施》，提出20条举措。", "interpretation"),
])
def test_a_report_of_a_call_just_issued_is_a_call(text, expected):
    assert untitled_kind(text) == expected


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
    assert subjects(title, text) == expected


# The review's cases (a helper's own phrasings, /tmp/review31): each went wrong on a rule of this round before
# the rule was narrowed or widened.
@pytest.mark.parametrize("title, text, expected", [
    # 相关事项 as well as 有关事项 (c1.7)
    ("关于市级智能工厂培育的通知", "各县（市、区）工信局：\n为加快制造业智能化改造，我局决定开展2027年度市级智能工厂培育工作，现将相关事项通知如下：\n一、培育对象\n本市规模以上工业企业。\n二、工作程序\n企业自愿申请，县级工信局审核推荐。", "call"),
    # 现就 as well as 现将 (c1.8)
    ("关于市级工业设计中心认定的通知", "各县（市、区）工信局：\n为提升工业设计创新能力，决定开展2027年度市级工业设计中心培育工作，现就有关事项通知如下：\n一、培育对象\n本市注册的工业企业设计中心。\n二、工作程序\n企业自愿申请，县级工信局审核推荐。", "call"),
    # the bureau's own inspection (c1.9)
    ("关于开展全市工业企业节能监察的通知", "各县（市、区）工信局：\n为落实能耗双控要求，决定开展2027年度全市重点用能工业企业节能监察工作。现将有关事项通知如下：\n一、监察对象\n年综合能耗5000吨标准煤以上的重点用能企业。\n二、监察内容\n能源管理制度落实、淘汰落后用能设备等情况。\n三、工作要求\n各地要按时完成监察任务。", "policy"),
    # a bare day with its hour (c2.6)
    ("成果转化有了“直通车”", "15日上午9时，2027年某市科技成果转化对接会在高新区会展中心举行，20余家高校院所带来300余项成果。", "event"),
    # a day inside a sentence is no dateline (c2.8)
    ("某市科技局关于科技型企业入库管理有关事项的通知", "各区县科技局：\n为规范科技型企业入库管理，现就有关事项通知如下：\n一、入库企业实行动态管理，各区县科技局应于每季度结束后15日，在本部门网站公布新增入库企业名单。\n二、对不再符合条件的企业，及时调出库。\n请遵照执行。", "policy"),
    # nor a day of each quarter (c2.9)
    ("关于建立政企常态化沟通机制的通知", "各县（市、区）人民政府，市各有关部门：\n为进一步畅通政企沟通渠道，经市政府同意，建立政企常态化沟通机制，现将有关事项通知如下：\n一、定期恳谈。每季度第一个月的10日，市政府召开政企恳谈会，听取企业意见建议。\n二、问题交办。恳谈会收集的问题由市营商办交办。\n请认真贯彻执行。", "policy"),
    # a text making a policy after a report's opening (c3.8)
    ("加快推进重大项目建设 我市提出十条举措", "2027年2月10日，全市一季度重大项目集中开工仪式在高新区举行。为进一步加快项目建设，经市政府同意，现就加快推进重大项目建设提出如下意见：\n一、强化要素保障……\n二、优化审批服务……\n各地各部门要认真贯彻落实。", "policy"),
    # a work campaign opened is no event (c4.6)
    ("2027年度专精特新中小企业认定启动", "2027年度省级专精特新中小企业认定工作在全省拉开帷幕。\n各有关企业：\n为做好2027年度专精特新中小企业认定工作，现将有关事项通知如下：\n一、认定对象\n在省内注册的中小企业。\n二、认定程序\n企业登录省企业服务平台在线提交申请材料。", "call"),
    # an accident reported is no list (c5.6)
    ("关于近期几起典型安全生产事故的通报", "各县（市、区）应急管理局，各有关企业：\n近期，我省接连发生几起较大生产安全事故，教训深刻。为深刻汲取事故教训，举一反三，现将有关情况通报如下，并提出以下要求：\n一、各地要立即开展隐患排查……\n二、企业要落实主体责任……", "policy"),
    # nor a change to a call (c5.9)
    ("关于调整2027年度科技型中小企业评价入库时间的通报", "各区县科技局，各有关企业：\n因全国科技型中小企业信息服务平台系统升级，2027年度第一批科技型中小企业评价入库截止时间延至6月30日。请尚未填报的企业抓紧登录平台填报。", "call"),
    # a running total crossing a comma (c6.6)
    ("一季度我市政务服务办件量同比增长18%", "今年以来，市政务服务中心共受理各类申请事项，截止到3月31日，累计办件32.6万件，同比增长18%，按时办结率100%。", "policy"),
    # a target (c7.5)
    ("关于加快培育专精特新中小企业的通知", "各县（市、区）人民政府，市各有关部门：\n为加快构建优质企业梯度培育体系，到2029年，力争全市新增100家企业入选省级专精特新中小企业，20家企业入选国家级专精特新“小巨人”企业。现将有关事项通知如下：\n一、建立培育库……\n二、加大政策支持……\n请认真贯彻落实。", "policy"),
    # a quota (c7.6)
    ("关于实施“雏鹰”企业培育计划的通知", "各区县科技局：\n为培育壮大科技型企业群体，我局决定实施“雏鹰”企业培育计划，每年遴选50家企业入库培育，对入库企业给予重点支持。\n请认真贯彻执行。", "policy"),
    # an activity entered by applying (c8.5)
    ("关于开展2027年度“揭榜挂帅”活动的通知", "各有关单位：\n现面向全市企业发布技术需求榜单，请有意揭榜的高校、科研院所和企业于5月31日前提交揭榜方案。", "call"),
    # a notice acting on the policy it reports (c9.6)
    ("关于贯彻落实《某省促进民营经济高质量发展若干措施》的通知", "各县（市、区）人民政府，市各有关部门：\n近日，省政府办公厅印发了《某省促进民营经济高质量发展若干措施》（以下简称《若干措施》）。为确保《若干措施》在我市落地见效，经市政府同意，现就有关事项通知如下：\n一、《若干措施》明确的各项奖补政策，各地要确保资金及时足额兑付。\n二、各部门要制定配套细则。\n请认真贯彻落实。", "policy"),
    # …or issuing it (c9.8)
    ("某市科技局关于印发科技创新券管理办法的通知", "各区县科技局，各有关单位：\n近日，市科技局制定了《某市科技创新券管理办法》（以下简称《办法》）。《办法》共五章二十六条，已经局党组会议审议通过，现印发给你们，请遵照执行。\n附件：某市科技创新券管理办法", "policy"),
    # …or relaying it (c9.9)
    ("某市人民政府办公室关于转发《某省制造业数字化转型若干措施》的通知", "各县（市、区）人民政府，市政府各部门：\n近日，省政府办公厅出台了《某省制造业数字化转型若干措施》（以下简称《措施》）。《措施》聚焦智能化改造、数字化转型和网络化联接，现将《措施》全文转发给你们，请结合实际认真贯彻落实。", "policy"),
    # …or opening a call under it (c9.12)
    ("数字化转型服务商遴选 这些事项要知道", "各设区市工信局：\n近日，省工信厅出台了《某省中小企业数字化转型服务商遴选管理办法》（以下简称《办法》）。根据《办法》，现将2027年度服务商遴选工作有关事项通知如下：\n一、遴选对象\n在省内注册的数字化转型服务机构。", "call"),
    # …or announcing the work it opens (c9.7)
    ("2027年科技型中小企业评价来了", "各区县科技局，各有关企业：\n近日，科技部修订印发了《科技型中小企业评价办法》（以下简称《办法》）。根据《办法》，决定开展2027年度我市科技型中小企业评价工作，现将有关事项通知如下：\n一、评价对象\n在本市注册的科技型中小企业。\n二、评价程序\n企业登录全国科技型中小企业信息服务平台自主评价，填报相关信息。", "call"),
])
def test_the_reviews_kind_cases(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a survey contractor's call: the survey scope is not who applies (c10.10)
    ("关于征集工业经济运行监测调查服务机构的公告", "为做好全市工业经济运行监测，现面向社会征集调查服务机构。\n一、调查范围\n全市规模以上工业企业，约2000家。\n二、申报条件\n具有统计调查资质的咨询服务机构，注册资本不低于100万元。\n三、报名截止时间\n2027年4月20日。", ["服务商"]),
    # a statistical scope named in a sentence is no heading (c10.11)
    ("关于组织申报2027年度市级科技计划项目的通知", "各区县科技局：\n现将有关事项通知如下：\n一、申报条件\n在本市注册成立一年以上的科技型中小企业。\n二、研发费用\n研发费用归集口径按照统计部门统计范围执行，规模以上工业企业与其他企业适用相同标准。\n三、申报时间\n请于2027年5月31日前提交。", ["科技型中小企业"]),
    # nor the set-up conditions named in a sentence (c11.8)
    ("关于开展2027年度院士专家工作站绩效评估的通知", "各设区市科协：\n现将有关事项通知如下：\n一、评估对象\n2024年以前建站的省级院士专家工作站。\n二、评估内容\n对照建站条件，重点评估柔性引进院士团队、规模以上工业企业合作等情况。\n三、报送时间\n请于2027年5月31日前报送自评材料。", ["平台载体"]),
    # directly to firms is no application channel (c12.10)
    ("关于组织申报2027年度市级技术改造项目的通知", "各县（市、区）工信局：\n现将有关事项通知如下：\n一、申报条件\n在本市注册的规模以上工业企业。\n二、工作要求\n各高校、科研院所要主动对接，直接向企业推荐适用的科技成果。\n三、申报截止时间为2027年5月31日。", ["制造企业", "规上企业"]),
])
def test_the_reviews_subjects_cases(title, text, expected):
    assert subjects(title, text) == expected
