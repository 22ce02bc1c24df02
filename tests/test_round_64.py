"""Round 64 of the blind-set method: rules shown by labelled texts of the evaluation sets r563-r588 (round 63's, its
final check r563 and r568 among them) and r589-r611 (collected in this round in three waves on themes no earlier round
took; r594 and r595 are its final check), each tested here on phrasings written for these tests (the sets' own texts
stay outside the project). One table per field, read by one test per field, then the two code reviews' cases kept as
guard tables; each row is one case, and its id says which rule it pins or guards.

Three of the round's rules were taken back after the second review broke them again (the README's round 64 paragraph
lists them): a research call's 申报者 as persons (r563_02), persons asked for objections or counsel as no applicants
(r604_10, r582_09) and a year named with its month as an undated notice's year (r603_06). Their texts are kept here
as guards where they read right, so whoever tries again starts from them."""
import pytest

from round_helpers import deadline_reading, review_expected, review_reading, subjects

SUBJECTS = [
    # cities, or districts and counties in one word, counted in a list and listed by what follows (r599_11, r599_09,
    # r562_10)
    pytest.param("关于绿色出行创建考核评价结果的公示",
                 "经综合评价，甲市等97个城市已达到绿色出行创建目标，现将有关城市名单予以公示，公示期为2026年12月12日至16日。",
                 ["政府园区"], id="cities-counted"),
    pytest.param("关于第二批市级现代农业示范片区拟创建名单的公示",
                 "经审核，拟确定甲区等4个县区创建第二批市级现代农业示范片区，现将拟创建名单予以公示。", ["政府园区"],
                 id="districts-and-counties-counted"),
    # (guard: the firms of counted cities are firms)
    pytest.param("关于2026年度专精特新中小企业名单的公示",
                 "经审核，甲市等5个城市的32家企业符合条件，现将名单予以公示。", ["专精特新中小企业"],
                 id="firms-of-counted-cities"),
    # (guards of rules taken back: a 申报者 defined as a unit is no person; persons of all walks of life entering a
    # contest are persons)
    pytest.param("关于2026年度技术改造项目申报的通知",
                 "一、申报条件\n申报者应为在本市注册的企业。\n二、申报时间\n2026年5月30日前。", ["企业"],
                 id="applicants-defined-as-firms"),
    pytest.param("关于举办2026年“城市印象”摄影大赛的通知",
                 "一、参赛对象：社会各界人士均可参加。\n二、投稿时间\n即日起至2026年6月30日。", ["人才"],
                 id="persons-entering-a-contest"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


DEADLINES = [
    # a window opened 即日起至 for those nominated or nominating, named last (r607_04, r607_07)
    pytest.param("关于开展2026年度志愿服务先进典型推荐活动的通知", "即日起至10月15日，凡在本年度志愿服务工作中表现突出的注册志愿者、"
                 "志愿服务团队皆可参与推选。", "2026-09-20", ["2026-10-15"], "2026-10-15", id="window-for-those-nominated"),
    pytest.param("某省启动第三届优秀志愿者推荐命名活动", "即日起至9月底，各市文明办将进行初选并接受自荐，各类媒体也可向同级文明办"
                 "推荐。", "2026-09-01", ["2026-09-30"], "2026-09-30", id="window-for-those-nominating"),
    # (guard: a subsidy the public may also claim in the period is no window)
    pytest.param("关于开展新能源汽车消费补贴活动的通知", "即日起至12月31日，在本市购买新能源汽车的个人和企业，也可申请消费补贴。",
                 "2026-09-01", [], None, id="subsidy-claimed-in-a-period"),
    # a comma inside an aside does not end the act after a date (r597_06)
    pytest.param("关于开展专利产业化优秀案例征集工作的通知",
                 "请各省级知识产权局于2026年3月1日前，将案例汇总表（电子版和加盖公章后的PDF扫描件，见附件2）和全部案例文件汇总后"
                 "发送至联系邮箱。", "2026-01-20", ["2026-03-01"], "2026-03-01", id="act-past-an-aside"),
    # (guard of a rule taken back: a period's end year is not an undated notice's)
    pytest.param("", "各区总工会：\n一、实施期限\n2024—2026年\n二、工作安排\n各单位要填写推荐表，于8月7日前报送市总工会经济部。",
                 None, [], None, id="period-end-year"),
]


@pytest.mark.parametrize("title, text, published, dates, apply_by", DEADLINES)
def test_deadlines(title, text, published, dates, apply_by):
    assert deadline_reading(title, text, published) == (dates, apply_by)


# Part 1's code review (invented notices at the edges of its rules, read without the sets): 26 cases, 17 regressions,
# all five rules too wide at an edge; part 2 narrowed each. Kept as guards: the 22 that read right at the round's end
# (of the other four, three pin rules taken back and one, a 申报者 under a 申报要求 heading, reads as at the start).
REVIEW_GUARDS = [
    # (guard) 申报者应具有独立法人资格…工业企业 defines the applicant as a firm; 应 followed by 具有, not 为/是
    pytest.param("subjects", "关于组织申报2026年度市级技术改造专项资金项目的通知",
                 "一、申报条件\n申报者应具有独立法人资格，在本市注册登记且经营状况良好的工业企业。",
                 "2026-04-20", ["制造企业"], id="r1-must-not-unit-shall-have-legal-person"),
    # (guard) 申报者须在本市依法注册，具有独立法人资格 is a legal-person unit, not a person
    pytest.param("subjects", "关于组织申报2026年度市级技术改造专项资金项目的通知",
                 "一、申报条件\n（一）申报者须在本市依法注册，具有独立法人资格；\n（二）申报者需近三年无重大安全事故。",
                 "2026-04-20", ["企业"], id="r1-must-not-unit-registered-here"),
    # (guard) the 申报者 who may choose a direction is the 申报单位 the next section defines as a firm
    pytest.param("subjects", "关于组织申报2026年度产业关键核心技术攻关项目的通知",
                 "一、申报方向\n申报者可在以下方向中选择一个方向申报：智能制造、新材料、生物医药。\n二、申报条件\n申报单位须为在本市注册的企业。",
                 "2026-04-20", ["企业"], id="r1-must-not-unit-chooses-direction"),
    # the rule's own stated exclusion 申报者可以是企业; 可以? may backtrack to 可 + 以是)
    pytest.param("subjects", "关于组织申报2026年度市级技术改造专项资金项目的通知",
                 "一、申报条件\n申报者可以是在本市注册的工业企业。\n二、申报时间\n2026年5月30日前。",
                 "2026-04-20", ["制造企业"], id="r1-guard-may-be-a-firm"),
    # a publicity listing cities counted (等6个城市) lists places -> 政府园区
    pytest.param("subjects", "关于2026年度城市一刻钟便民生活圈建设评估结果的公示",
                 "经综合评估，南京等6个城市达到一刻钟便民生活圈建设目标，现将有关城市名单予以公示，公示期为2026年4月20日至24日。",
                 "2026-04-20", ["政府园区"], id="r2-cities-reach-target"),
    # districts and counties counted in one word (等14个区县) are the places listed
    pytest.param("subjects", "关于第二批省级县域商业建设示范县名单的公示",
                 "经评审，拟将甲区、乙县等14个区县纳入第二批省级县域商业建设示范县名单，现予以公示。",
                 "2026-04-20", ["政府园区"], id="r2-districts-counties-into-list"),
    # (guard) the cities only locate the 312 firms listed (共…家企业 after, without 的)
    pytest.param("subjects", "关于2026年度省级专精特新中小企业名单的公示",
                 "经审核，南京、苏州等13个城市共312家企业符合条件，现将名单予以公示。",
                 "2026-04-20", ["专精特新中小企业"], id="r2-must-not-cities-then-firms-count"),
    # (guard) 等9个城市、35家企业 counts where the listed firms are; only firms are recognised
    pytest.param("subjects", "关于2026年度省级外贸综合服务企业名单的公示",
                 "经审核，拟认定苏州、无锡等9个城市、35家企业为省级外贸综合服务企业，现予以公示。",
                 "2026-04-20", ["企业"], id="r2-must-not-cities-comma-firms"),
    # (guard) 分布于…等9个城市 says where the listed factories are, the cities are not listed
    pytest.param("subjects", "关于2026年度省级绿色工厂名单的公示",
                 "经评审，拟认定以下企业为绿色工厂，本批绿色工厂分布于徐州、淮安等9个城市，现予以公示。",
                 "2026-04-20", ["制造企业"], id="r2-must-not-factories-spread-over-cities"),
    # (guard) 分布于…等12个区县 locates firms; the new 区县 word makes it a listed place
    pytest.param("subjects", "关于2026年度省级服务型制造示范企业名单的公示",
                 "经评审，拟认定80家企业为省级服务型制造示范企业，分布于苏州、无锡等12个区县。",
                 "2026-04-20", ["制造企业"], id="r2-must-not-firms-spread-over-districts"),
    # (guard) a call's background sentence counting cities with policies names no applicant
    pytest.param("subjects", "关于2026年度中小企业数字化转型试点项目申报的通知",
                 "一、申报对象\n在本省注册的中小企业。目前南京、苏州等8个城市已出台配套支持政策。\n二、申报时间\n2026年5月30日前。",
                 "2026-04-20", ["中小企业"], id="r2-must-not-background-cities-in-call"),
    # (guard) 均可…提出建议 in a call for ideas names who may submit (persons), not onlookers
    pytest.param("subjects", "关于开展2026年度产业发展“金点子”征集活动的通知",
                 "一、征集对象\n社会各界人士均可围绕本市产业发展提出建议。\n二、征集时间\n即日起至2026年6月30日。",
                 "2026-04-20", ["人才"], id="r3-must-not-idea-call-persons-may-suggest"),
    # (guard) 建言献策 is the contest's theme in quotes; 均可参加 makes persons the entrants
    pytest.param("subjects", "关于开展2026年度产业发展“金点子”征集活动的通知",
                 "一、征集对象\n社会各界人士均可参加“我为家乡建言献策”主题征集。\n二、征集时间\n即日起至2026年6月30日。",
                 "2026-04-20", ["人才"], id="r3-must-not-theme-named-jianyan-xiance"),
    # (guard) persons invited to submit entries; the feedback clause after a half-width comma is aside
    pytest.param("subjects", "关于开展2026年度产业发展“金点子”征集活动的通知",
                 "欢迎社会各界人士踊跃投稿,对活动有任何建议可通过邮箱反馈意见。",
                 "2026-04-20", ["人才"], id="r3-must-not-contest-feedback-after-ascii-comma"),
    # (guard) the programme year 2026年度 dates the notice; 2027年3月 is a project's completion condition
    pytest.param("deadlines", "",
                 "各区工信局：\n为做好2026年度技术改造项目申报工作，现将有关事项通知如下。申报项目原则上应在2027年3月前竣工投产。请各区于8月7日前报送推荐汇总表。",
                 None, ["2026-08-07"], id="r4-must-not-later-completion-month"),
    # (guard) a future acceptance month is no year of the notice
    pytest.param("deadlines", "",
                 "各区工信局：\n为做好2026年度技术改造项目申报工作，现将有关事项通知如下。项目建设期不超过2年，最迟于2028年6月完成验收。请各区于8月7日前报送推荐汇总表。",
                 None, ["2026-08-07"], id="r4-must-not-later-acceptance-month"),
    # (guard) the event month 2027年1月 is after the hand-in; the notice's year is 2026
    pytest.param("apply_deadline", "",
                 "各区人社局：\n根据工作安排，2026年度职业技能竞赛决赛将于2027年1月举行。请各区于8月7日前报送参赛选手名单。",
                 None, "2026-08-07", id="r4-must-not-final-held-next-january"),
    # reads right at base and head): the act 报送 lies past the aside's comma
    pytest.param("apply_deadline", "关于开展2026年度知识产权优秀案例征集工作的通知",
                 "请各申报单位于2026年3月1日前，将案例申报表（电子版和加盖公章的PDF扫描件，见附件2）报送至市市场监督管理局。",
                 "2026-01-20", "2026-03-01", id="r5-act-past-aside-with-comma"),
    # (guard) 获得授权 inside the list of papers is no condition on the date; the date closes the hand-in
    pytest.param("deadlines", "关于组织申报2026年度市级知识产权示范企业的通知",
                 "请各申报企业于2026年3月1日前，将申报材料（含申报书、营业执照复印件，获得授权的发明专利证书复印件）报送至市市场监督管理局。",
                 "2026-01-20", ["2026-03-01"], id="r5-must-not-aside-names-granted-patents"),
    # (guard) 年龄 is a field of the form described in the aside, not an eligibility condition
    pytest.param("apply_deadline", "关于组织申报2026年度市级知识产权示范企业的通知",
                 "请各申报企业于2026年3月1日前，将申报材料（申报书一式两份，须注明企业负责人年龄、学历等信息）报送至市市场监督管理局。",
                 "2026-01-20", "2026-03-01", id="r5-must-not-aside-asks-for-age"),
    # (guard) an exemption inside the aside does not turn the hand-in date into a condition
    pytest.param("deadlines", "关于组织申报2026年度市级知识产权示范企业的通知",
                 "请各申报企业于2026年3月1日前，将申报材料（申报书，已获得国家级示范企业认定的无需提交）报送至市市场监督管理局。",
                 "2026-01-20", ["2026-03-01"], id="r5-must-not-aside-exempts-recognised"),
    # a bureau named inside the aside does not make the date a reviewer's
    pytest.param("apply_deadline", "关于组织申报2026年度市级知识产权示范企业的通知",
                 "请各申报企业于2026年3月1日前，将申报材料（纸质版一式两份，经所在区市场监管局审核盖章）报送至市市场监督管理局。",
                 "2026-01-20", "2026-03-01", id="r5-guard-bureau-aside"),
]

# The second code review (parts 1 and 2, 3b2a345..5079536): 25 cases, 17 regressions, every rule broken again. Part 3
# took three rules back (申报者, objections and counsel, a year with its month) and narrowed the rest (counted cities
# without 为, an aside's papers not read for conditions, 也可 only nominating). Kept: the 22 that read right at the end.
SECOND_REVIEW_GUARDS = [
    # (guard) 申报者 is a firm; 课题 it has undertaken is a condition, not a topic a person chooses (comma is no stop in the
    # 30-char lookahead)
    pytest.param("subjects", "关于组织申报2026年度市级企业技术中心的通知",
                 "一、申报条件\n申报者须为在本市注册的工业企业，且近三年承担过市级以上科研课题。\n二、申报时间\n2026年5月30日前。",
                 "2026-04-20", ["制造企业", "平台载体"], id="a1-must-not-unit-that-undertook-research-topics"),
    # (guard) 申报者 defined as universities/institutes; 选题 names the topic list, the applicants are units not persons
    pytest.param("subjects", "关于征集2026年度市科技计划软科学研究项目的通知",
                 "一、申报条件\n申报者须为本市高校、科研院所，每家单位围绕选题方向限报2项。\n二、申报时间\n2026年5月30日前。",
                 "2026-04-20", ["高校院所"], id="a2-must-not-institutions-limited-per-topic"),
    # (guard) 申报者 defined as registered units in the same sentence; 选题 follows within 30 chars but names no person
    pytest.param("subjects", "关于征集2026年度决策咨询研究课题的通知",
                 "一、申报条件\n申报者须为在本市登记注册的企事业单位或社会组织，选题须从课题指南中选取。\n二、申报时间\n2026年5月30日前。",
                 "2026-04-20", ["企业"], id="a3-must-not-units-choose-from-topic-guide"),
    # (guard) 作为 contains 为: the counted districts are where applicants sit, not applicants
    pytest.param("subjects", "关于开展2026年度中小企业“智改数转”诊断服务申报的通知",
                 "今年选取江宁区、浦口区等5个区县作为试点地区，试点地区内符合条件的中小企业均可申报。申报截止时间为2026年5月30日。",
                 "2026-04-20", ["中小企业"], id="b3-must-not-pilot-districts-where-firms-apply"),
    # (guard) the list is of firms the cities own (所属企业, no 家 count); 为 within 8 chars makes the cities listed
    pytest.param("subjects", "关于2026年度省级专精特新中小企业拟认定名单的公示",
                 "拟认定南京、苏州等13个城市所属企业为省级专精特新中小企业，现予以公示。",
                 "2026-04-20", ["专精特新中小企业"], id="b4-must-not-firms-belonging-to-counted-cities"),
    # (guard) 以…为主: the cities' bureaus recommended; 为 here is part of 为主, the list is of factories
    pytest.param("subjects", "关于2026年度省级绿色工厂拟认定名单的公示",
                 "经企业申报、南京等8个城市为主的各地工信部门推荐、专家评审，拟认定以下企业为省级绿色工厂，现予以公示。",
                 "2026-04-20", ["制造企业"], id="b2-must-not-cities-recommending-mainly"),
    # (guard) counted districts are where applicants are; the SMEs apply
    pytest.param("subjects", "关于组织申报2026年度中小企业特色产业集群的通知",
                 "一、申报对象\n江宁区、浦口区等8个区县为首批试点，区县内的中小企业均可申报。\n二、申报时间\n2026年5月30日前。",
                 "2026-04-20", ["中小企业"], id="b1-must-not-pilot-districts-first-batch-in-call"),
    # a list of cities counted as 20余个: same meaning as the rule's 20个 case
    pytest.param("subjects", "关于第三批国家级城市更新试点城市名单的公示",
                 "经评审，拟将北京、上海等20余个城市列入第三批城市更新试点城市名单，现予以公示，公示期为2026年4月20日至24日。",
                 "2026-04-20", ["政府园区"], id="b5-cities-about-counted-loosely-listed"),
    # (guard) same call for ideas as the guard 社会各界人士均可…提出建议, written without 可: persons are the submitters
    pytest.param("subjects", "关于开展“十五五”规划编制公开征集意见建议活动的通知",
                 "一、征集对象\n热忱欢迎社会各界人士围绕我市“十五五”发展目标和重点任务提出意见建议。\n二、征集时间\n即日起至2026年6月30日。",
                 "2026-04-20", ["人才"], id="c1-must-not-idea-call-persons-put-forward-without-ke"),
    # (guard) 文学爱好者 invited to submit entries (投稿); 积极建言献策 within 12 chars blocks the 爱好者 term (another term still tags
    # 人才)
    pytest.param("subjects", "关于举办2026年“美丽乡村”主题征文活动的通知",
                 "一、征文对象\n热忱欢迎广大文学爱好者踊跃投稿、积极建言献策。\n二、征稿时间\n即日起至2026年6月30日。",
                 "2026-04-20", ["人才"], id="c2-must-not-entrants-who-also-give-counsel"),
    # (guard) a call for ideas whose 征集对象 section names persons who send in their counsel: they are the submitters
    pytest.param("subjects", "关于开展“我为家乡发展献一策”金点子征集活动的通知",
                 "一、征集对象\n欢迎社会各界人士积极建言献策，请于2026年6月30日前将建议发送至指定邮箱。",
                 "2026-04-20", ["人才"], id="c3-must-not-idea-call-counsel-by-email"),
    # objection-raisers in a publicity (rule's aim), phrased with a comma and 可: they are no applicants
    pytest.param("subjects", "关于2026年度工业企业技术改造奖励资金拟支持名单的公示",
                 "经审核，现将符合条件的38家工业企业予以公示。公示期间，社会各界人士如有异议，可在2026年4月27日前以书面形式向市工信局反映。",
                 "2026-04-20", ["制造企业"], id="c4-persons-may-object-in-publicity"),
    # (guard) the only year is a birth-month condition; it does not date the notice (year unknown -> no date)
    pytest.param("deadlines", "",
                 "各区人社局：\n一、推荐条件\n年龄在45周岁以下（1981年1月以后出生）。\n二、工作安排\n请各区于8月7日前将推荐表报送市人社局人才处。",
                 None, [], id="d1-must-not-birth-month-condition"),
    # (guard) a past reference month (a cited plan issued 2019年5月) is no year of this notice; 2019-08-07 would be
    # invented
    pytest.param("deadlines", "",
                 "各区工信局：\n根据2019年5月省工信厅印发的工作方案要求，现组织开展绿色工厂推荐工作。请各区于8月7日前报送推荐汇总表。",
                 None, [], id="d2-must-not-past-event-month"),
    # (guard) a project's completion month alone (the code review's case without 2026年度) is a condition's year, not the
    # notice's
    pytest.param("deadlines", "",
                 "各区工信局：\n申报项目原则上应在2027年6月前竣工投产。请各区于8月7日前报送推荐汇总表。",
                 None, [], id="d3-must-not-lone-completion-month"),
    # (guard) a data reference month (2024年12月末) is past; the notice's year is unknown
    pytest.param("apply_deadline", "",
                 "各区商务局：\n企业须以2024年12月末统计数据为准填报。请各区于8月7日前报送汇总表。",
                 None, None, id="d4-must-not-data-reference-month"),
    # (guard) the clause now runs past the aside, so 获得授权 among the listed papers reads as a condition
    pytest.param("deadlines", "关于组织申报2026年度市级知识产权示范企业的通知",
                 "请各申报企业于2026年3月1日前，将申报书（一式两份，加盖公章）、营业执照及获得授权的发明专利证书复印件报送至市市场监督管理局。",
                 "2026-01-20", ["2026-03-01"], id="e1-must-not-papers-after-aside-name-granted-patents"),
    # (guard) 发表 describes papers to hand in, found past the aside now that the comma inside it no longer ends the
    # clause
    pytest.param("apply_deadline", "关于2026年度市社会科学基金项目申报的通知",
                 "请各申报人于2026年5月8日前，将申报书（一式三份，A4纸双面打印）和近三年公开发表的代表性论文报送至市社科联科研处。",
                 "2026-04-20", "2026-05-08", id="e2-must-not-papers-after-aside-name-published-papers"),
    # (guard) 缴纳 names a paper (社保缴纳证明), not a condition; read now because the aside's comma no longer ends the clause
    pytest.param("deadlines", "关于开展2026年度高层次人才安家补贴申报的通知",
                 "请符合条件的人才于2026年6月30日前，将申请表（纸质版一式两份，电子版发送至邮箱）和近6个月社保缴纳证明提交至区人才办。",
                 "2026-05-20", ["2026-06-30"], id="e3-must-not-papers-after-aside-social-insurance"),
    # (guard) the code review's subsidy guard with 申报 for 申请: a purchase period, not a call's window
    pytest.param("deadlines", "关于开展新能源汽车消费补贴活动的通知",
                 "即日起至12月31日，在本市购买新能源汽车的个人和企业，也可申报消费补贴。",
                 "2026-09-01", [], id="f2-must-not-subsidy-period-also-declared"),
    # (guard) the public voting for candidates already chosen (投票推选) is an event's period, not a nomination window
    pytest.param("deadlines", "“最美志愿者”网络投票活动开启",
                 "即日起至10月31日，广大网友也可登录活动页面为心目中的最美志愿者投票推选。",
                 "2026-10-10", [], id="f3-must-not-voting-period"),
    # nominating bodies named last with 也可…推荐 (rule's target)
    pytest.param("apply_deadline", "关于开展2026年度“最美科技工作者”推荐活动的通知",
                 "即日起至10月15日，各区科协、市级学会将组织推荐，各高校、科研院所也可直接推荐。",
                 "2026-09-20", "2026-10-15", id="f4-window-also-nominated-by-units"),
]


@pytest.mark.parametrize("field, title, text, published, expected", REVIEW_GUARDS + SECOND_REVIEW_GUARDS)
def test_code_review_guards(field, title, text, published, expected):
    assert review_reading(field, title, text, published) == review_expected(expected)
