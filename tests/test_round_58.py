"""Round 58 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r501 (r502-r509 were
collected during the round; two of them are its final check), each tested here on phrasings written for these tests (the
sets' own texts stay outside the project). One table per field, read by one test per field; each row is one case, and
its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, field_values, holds, record_kind

_PREAMBLE = ("为深入贯彻落实党的二十大精神，全面推进质量强市建设，弘扬工匠精神，激发各类市场主体追求卓越的内生动力，推动全市经济社会"
             "高质量发展，加快建设现代化产业体系，")

KINDS = [
    # a government's decision conferring an award, however long the preamble before it, in a body asking nothing (r496_09,
    # r496_12, r446_09)
    pytest.param("", _PREAMBLE + "根据《某市市长质量奖管理办法》有关规定，经评审委员会综合评定，市政府决定授予某某电气股份有限公司、"
                 "某某食品有限公司“2024年度某市市长质量奖”称号。", "publicity", id="an-award-decided-after-a-long-preamble"),
    # (guard: an award to be decided on by the government, in a call)
    pytest.param("", _PREAMBLE + "评审结果经公示后，由市政府决定授予获奖组织“市长质量奖”称号并给予奖励。\n请符合条件的企业于2025年6月30日前"
                 "提交申报材料。", "call", id="an-award-the-government-will-decide"),
    # …and an award conferred by the title's decision (r446_09), not a rule issued (颁发 in its older sense)
    pytest.param("关于颁发第九届市长质量奖的决定", "各县区人民政府：\n经综合考评，决定授予某某水泥有限公司“第九届市长质量奖”。",
                 "publicity", id="an-award-conferred-by-the-titles-decision"),
    pytest.param("关于颁发《某市质量奖管理办法》的通知", "各县区人民政府：\n现将《某市质量奖管理办法》印发给你们，请遵照执行。",
                 "policy", id="a-rule-issued-by-颁发"),
    # a list's window given as dates right after 公示期, in a body asking nothing (r496_08, r500_05; all 13 labelled texts so
    # worded are lists)
    pytest.param("", "根据有关文件精神，经党组会议研究同意，下达各县区老字号企业奖补资金共计17万元（明细见附表）。\n公示期2025年3月3日~"
                 "3月7日。如有异议，请在公示期内向市商务局反映。", "publicity", id="a-publicity-window-of-dates-after-its-name"),
    # (guard: a call's timetable naming the month of its later publicity)
    pytest.param("", "各有关单位：\n请于2026年9月30日前提交申报材料。\n四、工作安排\n专家评审时间2026年10月，公示时间2026年11月。",
                 "call", id="a-calls-timetable-naming-its-publicity-month"),
    # an evaluation, review or acceptance its units take part in is a call by its title (r502_04; all 17 labelled titles
    # so worded are calls), not its results
    pytest.param("关于开展2025年度省重点实验室绩效评估工作的通知", "各有关单位：\n现将有关事项通知如下：\n一、评估对象\n已纳入管理序列的"
                 "省重点实验室。\n二、评估内容\n对2025年度的运行绩效进行综合评价。", "call", id="an-evaluation-units-take-part-in"),
    pytest.param("关于公布2024年度省重点实验室绩效评估结果的通知", "各有关单位：\n现将评估结果予以公布。", "publicity",
                 id="an-evaluations-results"),
    # …and so are matters opening on the return or review the notice organises (r509_10, r442_13; all 9 labelled texts so
    # opening are calls), not a review's rules issued
    pytest.param("", "各市科技局，各有关单位：\n为做好我省2025年度火炬统计调查工作，现将有关事项通知如下。\n一、调查内容\n高新技术企业"
                 "统计调查。\n二、工作要求\n请各市科技局认真贯彻落实。", "call", id="matters-opening-on-the-survey-organised"),
    pytest.param("", "各县区人民政府：\n为做好2025年度目标考核工作，现将考核办法印发给你们，请认真贯彻执行。", "policy",
                 id="a-reviews-rules-issued"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert record_kind(title, text) == expected


# A sentence opening with an earlier year than the notice's own recalls an award (the third review's); a programme year
# or a date opening it recalls nothing: the year's own award, decided after the year ends (the whole change's review).
DATED_AWARDS = [
    pytest.param("2024年，市政府决定授予某某电气股份有限公司“市长质量奖”称号。今年评审工作即将开展，具体事项另行通知。",
                 "2025-03-10", "policy", id="last-years-award-recalled"),
    pytest.param("2024年度市长质量奖经组织申报、资格审查、现场评审和社会公示，市政府决定授予某某电气股份有限公司、某某食品有限公司"
                 "“2024年度某市市长质量奖”称号。", "2025-02-10", "publicity", id="a-programme-years-award-decided"),
    pytest.param("2024年12月28日，经市政府常务会议研究，市政府决定授予某某电气股份有限公司、某某食品有限公司“市长质量奖”称号。",
                 "2025-01-06", "publicity", id="an-award-decided-on-a-date-of-the-year-before"),
]


@pytest.mark.parametrize("text, published, expected", DATED_AWARDS)
def test_awards_against_the_notices_year(text, published, expected):
    assert extracted("", text, published).kind == expected


SUBJECTS = [
    # a task list's solvers and what they must be (r500_10), or under a heading of their requirements (r478_03)
    pytest.param("关于发布2025年度技术榜单的通知", "一、揭榜要求\n牵头揭榜方应为在本市注册的企业，具有独立法人资格。\n"
                 "二、请于2025年6月30日前提交揭榜方案。", ["企业"], id="what-a-task-lists-solvers-must-be"),
    pytest.param("关于发布2025年度技术榜单的通知", "二、提报流程\n（一）揭榜方基本要求\n1.国内外有研究开发能力的高校、科研机构、企业等"
                 "创新主体；\n2.能针对榜单需求提出可行方案。\n（二）请于2025年6月30日前提交揭榜意向。", ["企业", "高校院所"],
                 id="a-task-lists-solvers-under-their-heading"),
    # a county a publicity names as the programme county it selects (r500_02, r506_08, r463_16)
    pytest.param("", "经专家评审，拟推荐融安县（金桔）为水果推进县，德保县（柑橘）为水果示范县，现予以公示，公示期5个工作日。",
                 ["政府园区"], id="a-county-named-before-its-designation"),
    pytest.param("", "经组织专家评审，最终确定2025年蔬菜标准化生产试点县为梨树县，现将评审结果进行公示，公示期为2025年5月6日至5月10日。",
                 ["政府园区"], id="a-county-named-after-its-designation"),
    # (guard: a firm recommended for a programme county's list)
    pytest.param("", "经专家评审，拟推荐某某农业有限公司（大米）为示范县重点企业，现予以公示，公示期5个工作日。", ["企业"],
                 id="a-firm-of-a-programme-county"),
    # a university or research institute a publicity lists by its name (r502_05, r496_01, r509_08, n_049, r433_02)
    pytest.param("", "经公开遴选、专家评审等程序，确定某省农业科学院为“优质小麦”项目牵头单位，现予以公示，公示期为5个工作日。",
                 ["高校院所"], id="an-institute-listed-by-its-name"),
    # (guards: a technician college, an institute a firm runs, a school and an institute's group)
    pytest.param("", "经组织专家评审和公示，确定某市技师学院等5所院校为2025年度高技能人才培训基地，现予以公布。", ["平台载体"],
                 id="a-technician-college-listed"),
    pytest.param("", "经专家评审，现对中国某工业集团公司某飞行控制研究所等10家拟认定高新技术企业予以公示，公示期为10个工作日。",
                 ["高新技术企业"], id="an-institute-a-firm-runs"),
    pytest.param("", "经评审，决定授予某某电气股份有限公司、某某大学附属中学、某研究所精密加工组等3家组织“市长质量奖”，现予公布。",
                 ["企业"], id="a-school-and-an-institutes-group-listed"),
    # merchants a consumption campaign enlists are firms (r501_07, r501_08, r472_11, r507_06), and so are the firms a
    # title collects as the campaign's participants (r507_06)
    pytest.param("关于征集2025年超市送券促消费活动参与商家的公告", "一、参与商家基本条件\n在本市经营的超市。\n二、请于2025年5月30日前"
                 "报名。", ["企业"], id="merchants-a-campaign-enlists"),
    pytest.param("关于征集2025年家居以旧换新活动参与企业的公告", "现诚邀各销售单位参与。\n请于2025年5月30日前报名。", ["企业"],
                 id="firms-a-title-collects-as-participants"),
    # (guard: persons serving firms a title collects)
    pytest.param("关于征集参与企业诊断服务专家的公告", "现面向社会征集诊断服务专家。\n请于2025年5月30日前报名。", [],
                 id="experts-serving-firms-a-title-collects"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert sorted(subject.name for subject in extracted(title, text).subjects) == expected


# The first code review, of parts 1 and 2 (30 cases, 17 of them regressions against the round's start, mended in part 3):
# calls recalling or describing an award decision or their own publicity window, governments reviewing their own work,
# institutes named as venues, hosts, reviewers, firms or academies, counties describing themselves, what solvers must
# have, consumers buying at merchants.
REVIEW_GUARDS = [
    pytest.param("kind", "",
                 "各县（区）人民政府，市各有关部门：\n近年来，我市深入实施质量强市战略，坚持以质量提升推动产业转型升级，持续"
                 "完善政府质量奖励制度，广泛开展质量管理先进经验交流和质量提升示范推广活动，培育了一批质量标杆组织，2024年"
                 "市政府决定授予某某电气股份有限公司、某某食品有限公司“市长质量奖”称号，示范引领作用明显。\n为做好2025"
                 "年度市长质量奖评审工作，请符合条件的组织于2025年10月31日前向所在县（区）市场监管局提交申报材料。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-call-recalling-last-years-award-decision"),
    pytest.param("kind", "",
                 "各有关单位：\n一、评审程序\n市长质量奖评审按照企业自愿申报、县区市场监管部门初审推荐、资料评审、现场评审"
                 "、综合评议、社会公示等程序进行，评审结果经市质量强市工作领导小组审议通过后，报市政府决定授予获奖组织“市长质"
                 "量奖”称号。\n二、申报时间\n请于2025年10月31日前提交申报材料。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-call-procedure-reported-to-the-government-to-decide"),
    pytest.param("kind", "",
                 "各有关单位：\n评审结果经公示后，由市政府决定授予获奖组织“市长质量奖”称号。\n请于2025年10月31日"
                 "前提交申报材料。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-call-short-sentence-award-by-the-government"),
    pytest.param("kind", "",
                 "为深入贯彻落实质量强国战略，全面推进质量强市建设，弘扬工匠精神，激发各类市场主体追求卓越的内生动力，根据《某"
                 "市市长质量奖管理办法》有关规定，经组织申报、资格审查、资料评审、现场评审、社会公示，市政府决定授予某某电气股"
                 "份有限公司、某某食品有限公司第六届“市长质量奖”。",
                 "2025-09-10", None, ["publicity"], [],
                 id="kind-award-decided-after-long-preamble-winners-uncounted"),
    pytest.param("kind", "",
                 "为深入贯彻落实质量强国战略，全面推进质量强市建设，弘扬工匠精神，激发各类市场主体追求卓越的内生动力，根据《某"
                 "市市长质量奖管理办法》有关规定，经组织申报、资格审查、资料评审、现场评审、社会公示，市政府研究决定，授予某某"
                 "电气股份有限公司、某某食品有限公司第六届“市长质量奖”。",
                 "2025-09-10", None, ["publicity"], [],
                 id="kind-award-decided-by-study-then-a-comma"),
    pytest.param("kind", "关于颁发第五届“某市市长质量奖”的决定",
                 "各县（区）人民政府，市各有关单位：\n经评审，市政府决定颁发第五届“某市市长质量奖”。",
                 "2025-09-10", None, ["publicity"], [],
                 id="kind-title-conferring-a-quoted-award"),
    pytest.param("kind", "关于颁发某市科学技术奖励办法的决定",
                 "各县（区）人民政府，市各有关单位：\n现将修订后的某市科学技术奖励办法颁发施行。",
                 "2025-09-10", None, ["policy"], ["publicity"],
                 id="kind-title-issuing-an-unquoted-award-rule"),
    pytest.param("kind", "",
                 "各有关企业：\n为加快培育瞪羚企业，现开展2025年度市级瞪羚企业认定工作。企业自愿申报，县区工信部门审核推"
                 "荐后，市工信局组织专家评审，对拟认定企业名单在市工信局网站公示，公示期2025年11月10日至11月14日。"
                 "\n请于2025年10月20日前提交申报材料。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-call-describing-its-later-publicity-window"),
    pytest.param("apply_deadline", "",
                 "各有关企业：\n现开展2025年度市级瞪羚企业认定工作。\n三、工作程序\n1.企业申报。请于2025年10"
                 "月20日前提交申报材料。\n2.专家评审。\n3.名单公示。公示期2025年11月10日至11月14日。",
                 "2025-09-10", None, ["2025-10-20"], [],
                 id="apply-deadline-call-whose-timetable-step-names-the-publicity-window"),
    pytest.param("kind", "",
                 "根据有关文件精神，经局党组会议研究同意，拨付各县区外贸稳增长奖补资金共计86万元（明细见附表）。\n公示期2"
                 "025年9月15日至9月19日。如有异议，请在公示期内向市商务局反映。",
                 "2025-09-12", None, ["publicity"], [],
                 id="kind-funds-list-with-a-plain-publicity-window"),
    pytest.param("kind", "",
                 "根据有关文件精神，经局党组会议研究同意，拨付各县区外贸稳增长奖补资金共计86万元（明细见附表）。\n公示期间"
                 "2025年9月15日至9月19日。如有异议，请在公示期内向市商务局反映。",
                 "2025-09-12", None, ["publicity"], [],
                 id="kind-funds-list-with-a-gongshiqijian-window"),
    pytest.param("kind", "关于开展2025年度各县区营商环境评估工作的通知",
                 "各县（区）人民政府，市各有关部门：\n为持续优化营商环境，市发展改革委将委托第三方机构对各县区营商环境开展评"
                 "估，评估结果纳入全市高质量发展综合考核。请各县区指定专人负责对接。",
                 "2025-09-10", None, ["policy"], ["call"],
                 id="kind-title-assessing-the-counties-business-environment"),
    pytest.param("kind", "关于开展2025年度政府规章立法后评估工作的通知",
                 "市政府各部门：\n根据年度立法工作计划，市司法局将对《某市物业管理办法》等3部政府规章开展立法后评估，请各实"
                 "施部门认真总结实施情况。",
                 "2025-09-10", None, ["policy"], ["call"],
                 id="kind-title-post-legislation-evaluation"),
    pytest.param("kind", "关于做好2022年立项市级重点实验室建设期满验收工作的通知",
                 "各有关单位：\n2022年立项的市级重点实验室建设期已满，请各实验室依托单位对照任务书做好总结，于2025年"
                 "10月31日前提交验收申请材料。",
                 "2025-09-10", None, ["call"], [],
                 id="kind-title-lab-acceptance-units-apply-for"),
    pytest.param("kind", "",
                 "市各部门：\n为做好2025年度市级部门预算绩效评价工作，现将有关事项通知如下：\n一、评价范围\n市级各部"
                 "门2024年度项目支出。\n二、工作要求\n各部门要高度重视，认真贯彻落实。",
                 "2025-09-10", None, ["policy"], ["call"],
                 id="kind-matters-opening-on-a-budget-performance-evaluation"),
    pytest.param("kind", "",
                 "各县（区）工信局，各有关企业：\n为做好2025年度工业企业能源消费统计调查工作，现将具体事项通知如下：\n"
                 "一、调查对象\n年综合能源消费量1000吨标准煤以上的工业企业。\n二、填报方式\n请企业登录平台填报。",
                 "2025-09-10", None, ["call"], [],
                 id="kind-matters-opening-on-a-survey-with-specific-matters"),
    pytest.param("subjects", "关于2025年度市级专精特新中小企业拟认定名单的公示",
                 "经企业申报、县区推荐、专家评审，拟认定南京某某环境科学研究所有限公司等10家企业为2025年度市级专精特新中"
                 "小企业，现予以公示。",
                 "2025-09-12", None, ["专精特新中小企业"], ["高校院所"],
                 id="subjects-firm-named-as-a-research-institute-co-ltd"),
    pytest.param("subjects", "关于2025年度市级临床重点专科拟立项建设单位的公示",
                 "经单位申报、专家评审，拟确定浙江大学医学院附属第一医院等5家单位为市级临床重点专科建设单位，现予以公示。",
                 "2025-09-12", None, [], ["高校院所"],
                 id="subjects-hospital-of-a-universitys-medical-college"),
    pytest.param("subjects", "关于2025年度市级众创空间拟备案名单的公示",
                 "经申报、审核，拟备案位于仙林大学城的某某创客空间等3家单位为市级众创空间，现予以公示。",
                 "2025-09-12", None, ["孵化器"], ["高校院所"],
                 id="subjects-space-located-in-a-university-town"),
    pytest.param("subjects", "关于拟聘任2025年度市政府科技顾问的公示",
                 "经推荐、审核，拟聘任中国科学院院士张三、某某大学教授李四等10人为市政府科技顾问，现予以公示。",
                 "2025-09-12", None, [], ["高校院所"],
                 id="subjects-advisers-named-with-their-academy"),
    pytest.param("subjects", "关于2025年度市级科技计划项目拟立项名单的公示",
                 "受市科技局委托，某某大学科技评估中心对申报项目进行了评审，拟立项项目20项，现予以公示。",
                 "2025-09-12", None, [], ["高校院所"],
                 id="subjects-university-centre-as-the-reviewer"),
    pytest.param("subjects", "关于第五届某市工业设计大赛获奖名单的公示",
                 "本届大赛由市工信局主办、某某艺术学院承办，经初赛、复赛和决赛，评选出金奖企业3家、银奖企业5家，现予以公示。",
                 "2025-09-12", None, ["企业"], ["高校院所"],
                 id="subjects-contest-organised-by-an-art-college"),
    pytest.param("subjects", "关于2025年度市级产学研联合创新项目拟立项名单的公示",
                 "经申报、评审，拟对某某机械有限公司和某某理工大学联合申报的“智能装备关键技术”等3个项目予以立项，现予以公示"
                 "。",
                 "2025-09-12", None, ["企业", "高校院所"], [],
                 id="subjects-university-applying-jointly-after-a-firm"),
    pytest.param("subjects", "关于2025年度市级产学研联合创新项目拟立项名单的公示",
                 "经申报、评审，拟对某某理工大学联合申报的“智能装备关键技术”等3个项目予以立项，现予以公示。",
                 "2025-09-12", None, ["高校院所"], [],
                 id="subjects-university-applying-alone-for-a-project"),
    pytest.param("subjects", "关于2025年度沭阳县花木产业扶持资金拟奖补企业的公示",
                 "沭阳县为全国花木第一大县，为进一步做大做强花木产业，经企业申报、乡镇审核、县农业农村局复核，拟对某某园艺有限"
                 "公司等20家企业给予奖补，现予以公示。",
                 "2025-09-12", None, ["企业"], ["政府园区"],
                 id="subjects-county-describing-itself-in-a-firms-list"),
    pytest.param("subjects", "关于拟推荐全国休闲农业重点县的公示",
                 "经县级申报、市级推荐、专家评审，拟推荐沭阳县为“全国休闲农业重点县”，现予以公示，公示期5个工作日。",
                 "2025-09-12", None, ["政府园区"], [],
                 id="subjects-county-recommended-for-a-quoted-designation"),
    pytest.param("subjects", "关于发布2025年度市级关键核心技术攻关榜单的通知",
                 "各有关单位：\n一、揭榜要求\n揭榜方应具备与高校、科研院所开展产学研合作的良好基础。\n二、请有意向的企业"
                 "于2025年10月31日前提交揭榜方案。",
                 "2025-09-10", None, ["企业"], ["高校院所"],
                 id="subjects-solvers-must-have-worked-with-universities"),
    pytest.param("subjects", "关于征集2025年度企业技术需求的通知",
                 "各县（区）科技局，各有关企业：\n为推动产学研协同创新，现面向全市企业征集技术需求。\n一、征集对象\n本市"
                 "注册的工业企业。\n二、填报内容\n（一）需求名称及内容\n（二）揭榜方要求\n具有相关研究基础的高校、科研"
                 "院所。\n三、请于2025年10月31日前报送需求表。",
                 "2025-09-10", None, ["制造企业"], ["高校院所"],
                 id="subjects-needs-form-field-naming-the-solvers-wanted"),
    pytest.param("subjects", "关于开展2025年家电以旧换新补贴申领工作的通知",
                 "广大市民朋友：\n为提振消费，个人消费者在参与活动的商家购买一级能效家电，可于2025年12月31日前通过“"
                 "某某市民”APP申请补贴。",
                 "2025-09-10", None, [], ["企业"],
                 id="subjects-consumers-claiming-a-subsidy-at-merchants"),
    pytest.param("subjects", "关于征集2025年促消费活动参与商户的公告",
                 "一、参与商户基本条件\n在本市依法经营的零售、餐饮门店。\n二、请于2025年10月31日前报名。",
                 "2025-09-10", None, ["企业"], [],
                 id="subjects-campaign-enlisting-shanghu"),
]


# The second code review (part 3 and the whole round; 25 cases, 19 of them regressions against the round's start or part
# 2, mended in part 4): calls relaying or reporting an award call, recalling last year's award after a comma, or with a
# dated window in their timetable; lists whose objections or winners are asked by a date; surveys of firms on a
# government's topics; institutes as the reviewers' universities, co-hosts, venues, hospitals, partners or persons'
# colleges; plain 揭榜方条件 headings; solvers serving the posting firms; consumers at merchants.
SECOND_REVIEW_GUARDS = [
    pytest.param("kind", "",
                 "各有关单位：近年来，我市深入实施质量强市战略，坚持以质量提升推动产业转型升级，持续完善政府质量奖励制度，培育"
                 "了一批质量标杆组织，质量工作成效明显，2024年，市政府决定授予某某电气股份有限公司、某某食品有限公司“市长"
                 "质量奖”称号，示范引领作用明显。为做好2025年度市长质量奖评审工作，现将有关事项通知如下：一、申报条件（一"
                 "）在本市行政区域内依法注册登记2年以上；（二）质量管理水平在全市同行业处于领先地位。二、申报方式 申报组织登"
                 "录“某市质量奖申报系统”在线填报，系统开放时间另行通知。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-flattened-call-recalling-last-years-award-after-a-year-and-comma"),
    pytest.param("kind", "",
                 "第一条 为弘扬工匠精神，推动全市质量提升，根据有关法律法规，结合本市实际，制定本办法。\n第二条 市长质量奖"
                 "每两年评选一次，每次获奖组织不超过5个。\n第十条 评审委员会办公室对申报组织进行资格审查，组织质量管理专家"
                 "开展资料评审和现场评审，形成评审报告，评审委员会综合评议后提出获奖建议名单，经社会公示无异议后，市政府决定授"
                 "予获奖组织“市长质量奖”称号，颁发奖杯和证书。\n第十一条 本办法自发布之日起施行。",
                 "2025-09-10", None, ["policy"], ["publicity"],
                 id="kind-untitled-award-rule-clause-on-the-governments-decision"),
    pytest.param("kind", "",
                 "各县（区）市场监管局，各有关单位：\n根据省市场监管局《关于开展2025年度江苏省质量奖推荐工作的通知》要求"
                 "，现将有关事项转发给你们。省质量奖每两年评选一次，面向在省内依法注册满3年、质量管理水平处于全省同行业领先地"
                 "位的企业和其他组织，经组织推荐、资格审查、资料评审、现场评审和综合评议后，省政府决定授予获奖组织“江苏省质量"
                 "奖”称号并给予奖励。具体申报条件和材料要求详见附件。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-county-relay-of-a-provincial-award-call-describing-the-decision"),
    pytest.param("kind", "",
                 "日前，市市场监管局印发《关于开展2025年度市长质量奖评审工作的通知》，正式启动第六届市长质量奖评审。通知明"
                 "确，本届评审面向在本市依法注册满3年、质量管理水平处于全市同行业领先地位、近三年未发生重大质量安全事故的企业"
                 "和其他组织，经资格审查、资料评审、现场评审和综合评议后，市政府决定授予获奖组织“市长质量奖”称号，并给予每家"
                 "50万元奖励。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-report-of-an-award-call-just-issued"),
    pytest.param("kind", "",
                 "各有关单位：\n评审结果经公示无异议后，报市政府研究决定，授予获奖组织“市长质量奖”称号。\n请符合条件的组"
                 "织于2025年10月31日前提交申报材料。",
                 "2025-09-10", None, ["call"], ["publicity"],
                 id="kind-call-asking-by-a-date-whose-award-is-reported-for-decision-then-a-comma"),
    pytest.param("kind", "",
                 "为深入实施质量强市战略，树立一批质量标杆，激励全市各类组织追求卓越质量，推动全市经济社会高质量发展，根据《某"
                 "市市长质量奖管理办法》有关规定，经资格审查、资料评审、现场评审和综合评议，市政府决定授予某某电气股份有限公司"
                 "、某某食品有限公司第六届“市长质量奖”称号，各给予50万元奖励。\n请获奖组织于2025年10月15日前将奖"
                 "励资金拨付账户信息报送市市场监管局质量发展处。",
                 "2025-09-20", None, ["publicity"], ["call"],
                 id="kind-award-decision-asking-the-winners-for-account-details"),
    pytest.param("kind", "",
                 "根据有关文件精神，经局党组会议研究同意，拨付各县区外贸稳增长奖补资金共计86万元（明细见附表）。\n公示期2"
                 "025年9月15日至9月19日。对公示内容有异议的，请于2025年9月19日前以书面形式实名提交市商务局外贸"
                 "处。",
                 "2025-09-12", None, ["publicity"], ["call"],
                 id="kind-funds-list-dated-window-objections-submitted-by-a-date"),
    pytest.param("apply_deadline", "",
                 "各有关企业：为加快培育创新型中小企业，现将有关事项通知如下：一、申报对象 在本市注册的中小企业。二、时间安排"
                 "（一）网上填报：2025年9月15日—10月15日；（二）专家评审：2025年10月下旬；（三）名单公示：公"
                 "示日期2025年11月3日至11月7日。三、联系方式 市工信局中小企业处，电话：0527-84356789。",
                 "2025-09-10", None, ["2025-10-15"], [],
                 id="apply-deadline-flattened-call-timetable-with-a-gongshi-riqi-window"),
    pytest.param("kind", "",
                 "根据有关文件精神，经局党组会议研究同意，拟对某某餐饮管理有限公司等12家单位给予“老字号”传承发展奖补（明细"
                 "见附表）。\n公示时段：2025.9.15—2025.9.19。",
                 "2025-09-12", None, ["publicity"], [],
                 id="kind-numeric-publicity-window-of-a-reward-list"),
    pytest.param("kind", "",
                 "为深入实施创新驱动发展战略，激励广大科技工作者勇攀科技高峰，推动全市经济社会高质量发展，根据《某市科学技术奖"
                 "励办法》有关规定，经形式审查、专业组评审、奖励委员会审定和社会公示，市政府决定向“大型风电主轴承精密制造关键"
                 "技术”等30个项目颁发2024年度某市科学技术奖。",
                 "2025-09-20", None, ["publicity"], [],
                 id="kind-award-conferred-by-deciding-to-present-it-to-projects"),
    pytest.param("kind", "关于开展2025年度中小企业营商环境满意度问卷调查工作的通知",
                 "各有关企业：\n为全面了解我市中小企业发展环境，持续优化营商环境，市工信局组织开展2025年度中小企业营商环"
                 "境满意度问卷调查。请各企业负责人扫描下方二维码，如实填写问卷，问卷填写时间截至2025年10月20日。\n联"
                 "系人：王女士，电话：0527-84356789。",
                 "2025-09-10", None, ["call"], ["policy"],
                 id="kind-title-firms-business-environment-questionnaire"),
    pytest.param("kind", "关于做好2025年度工业企业安全生产风险隐患摸底调查工作的通知",
                 "各县（区）应急管理局，各有关企业：\n为全面掌握全市工业企业安全生产风险底数，现组织开展安全生产风险隐患摸底"
                 "调查。请各企业登录“某市安全生产信息平台”，如实填报风险点位、隐患排查治理等信息。",
                 "2025-09-10", None, ["call"], ["policy"],
                 id="kind-title-firms-safety-risk-return"),
    pytest.param("subjects", "关于2025年度市级工业互联网标杆工厂拟认定名单的公示",
                 "根据《关于开展2025年度市级工业互联网标杆工厂申报工作的通知》，经企业申报、县区推荐，市工信局组织来自东南"
                 "大学、南京理工大学等高校的专家进行评审，拟认定某某机械有限公司等12家企业为2025年度市级工业互联网标杆工"
                 "厂，现予以公示。",
                 "2025-09-12", None, [], ["高校院所"],
                 id="subjects-review-experts-drawn-from-named-universities"),
    pytest.param("subjects", "关于第三届某市工业设计大赛获奖名单的公示",
                 "本届大赛由市工信局主办，某某大学、某某职业技术学院承办，经初赛、复赛和决赛，评选出金奖企业3家、银奖企业5家"
                 "，现予以公示。",
                 "2025-09-12", None, ["企业"], ["高校院所"],
                 id="subjects-contest-co-hosted-by-a-university-and-a-college"),
    pytest.param("subjects", "关于2025年度省级临床重点专科建设项目拟立项名单的公示",
                 "经医疗机构申报、专家评审，拟确定某某大学第一医院、某某医科大学第二医院等8家医疗机构的12个专科为2025年"
                 "度省级临床重点专科建设项目，现予以公示。",
                 "2025-09-12", None, [], ["高校院所"],
                 id="subjects-university-hospitals-named-without-fushu"),
    pytest.param("subjects", "关于2025年度市级科技计划项目拟立项名单的公示",
                 "市科技局于2025年8月28日在某某理工大学学术交流中心组织召开了项目答辩评审会，经专家评审、局党组会议审定"
                 "，拟立项项目35项，现予以公示。",
                 "2025-09-12", None, [], ["高校院所"],
                 id="subjects-review-meeting-held-at-a-university"),
    pytest.param("subjects", "关于2025年度市级企业技术中心拟认定名单的公示",
                 "经企业申报、县区推荐、专家评审，拟认定某某智能装备有限公司等15家企业技术中心为2025年度市级企业技术中心"
                 "。上述企业均与国内知名大学建立了长期产学研合作关系，现予以公示。",
                 "2025-09-12", None, ["企业"], ["高校院所"],
                 id="subjects-firms-list-partnering-with-unnamed-well-known-universities"),
    pytest.param("subjects", "关于2025年度市级科技特派员拟选派名单的公示",
                 "经个人申报、单位推荐、专家评审，拟选派某某农业大学园艺学院张三等20人为2025年度市级科技特派员，现予以公"
                 "示。",
                 "2025-09-12", None, ["人才"], ["高校院所"],
                 id="subjects-science-envoys-named-after-their-college"),
    pytest.param("subjects", "关于2025年度市级产学研合作项目拟立项名单的公示",
                 "经申报、评审，拟对某某机械有限公司与某某科技大学合作的“高端轴承精密加工”等8个项目予以立项，现予以公示。",
                 "2025-09-12", None, ["企业", "高校院所"], [],
                 id="subjects-project-of-a-firm-and-a-university-joined-by-yu"),
    pytest.param("subjects", "关于拟推荐第二批国家创新型县（市）的公示",
                 "经县（市）申报、设区市推荐、专家评审，拟推荐沭阳县为第二批国家创新型县（市），现予以公示。",
                 "2025-09-12", None, ["政府园区"], [],
                 id="subjects-county-recommended-as-an-innovative-county-city"),
    pytest.param("subjects", "关于发布2025年度市级关键核心技术攻关榜单的通知",
                 "各有关单位：\n为加快突破产业关键核心技术，现将2025年度市级关键核心技术攻关榜单予以发布，诚邀各方揭榜。"
                 "\n一、揭榜方条件\n1.在中国境内注册、具有独立法人资格的企业、高等院校、科研院所或新型研发机构。\n2."
                 "具有完成榜单任务所需的研发团队和条件。\n二、请有意向的单位于2025年10月31日前提交揭榜申报书。",
                 "2025-09-10", None, ["企业", "高校院所"], [],
                 id="subjects-task-list-plain-solvers-conditions-heading"),
    pytest.param("subjects", "关于发布2025年度企业技术需求榜单的通知",
                 "各有关单位：\n为推动产学研深度融合，现将2025年度企业技术需求榜单予以发布。\n一、揭榜要求\n揭榜方应"
                 "为发榜企业提供完整的技术解决方案，并与发榜企业就成果知识产权归属作出书面约定。\n二、揭榜方式\n请有意向的"
                 "高校、科研院所于2025年10月31日前提交揭榜方案。",
                 "2025-09-10", None, ["高校院所"], ["企业"],
                 id="subjects-solvers-must-provide-a-solution-for-the-posting-firms"),
    pytest.param("subjects", "关于开展2025年电动自行车以旧换新补贴申领工作的通知",
                 "广大市民朋友：\n为提振消费，个人消费者在本次参与活动的商家购买新车，可于2025年12月31日前通过“某某"
                 "市民”APP申请补贴。",
                 "2025-09-10", None, [], ["企业"],
                 id="subjects-consumers-buying-at-merchants-of-this-round"),
    pytest.param("subjects", "关于开展2025年电动自行车以旧换新补贴申领工作的通知",
                 "广大市民朋友：\n为提振消费，个人消费者到参加活动的商家购买新车后，向商家申请开具发票，可于2025年12月"
                 "31日前通过“某某市民”APP申请补贴。",
                 "2025-09-10", None, [], ["企业"],
                 id="subjects-consumers-asking-the-merchant-for-an-invoice"),
]


# The third code review (part 4 and the whole round; 20 cases, 10 of them regressions against the round's start or part
# 3, mended in part 5): calls asking materials beside objections, this year's award opening with its year, lists citing
# a rule's article, holders of an award conferred before, co-hosting and reviewing universities, a university first after
# a colon, solvers able to complete the tasks, merchants recruited 面向社会; quadratic work on long 、-lists.
THIRD_REVIEW_GUARDS = [
    pytest.param("apply_deadline", "",
                 "各有关企业：\n为鼓励企业争创质量标杆，对获得市政府授予“市长质量奖”称号的企业，给予一次性奖励30万元。请"
                 "2024年度获奖企业于10月31日前向市市场监管局提交奖励资金申请表及相关证明材料，逾期视为自动放弃。\n联"
                 "系人：王某，电话：0512-68251234。",
                 "2025-09-20", None, ["2025-10-31"], [],
                 id="apply-deadline-reward-claimed-by-the-holders-of-a-conferred-award"),
    pytest.param("kind", "",
                 "各有关企业：\n为鼓励企业争创质量标杆，对获得市政府授予“市长质量奖”称号的企业，给予一次性奖励30万元。请"
                 "符合条件的企业于10月31日前向市市场监管局提交奖励资金申请表及相关证明材料，逾期视为自动放弃。\n联系人："
                 "王某，电话：0512-68251234。",
                 "2025-09-20", None, ["call"], ["publicity"],
                 id="kind-reward-claimed-by-qualified-firms-after-a-held-award"),
    pytest.param("kind", "",
                 "各有关单位：\n为激发全市中小企业创新活力，市工信局、市科技局联合举办2025年某某市创新创业大赛。大赛设一"
                 "等奖3名、二等奖5名、三等奖10名，对获得一等奖的项目授予“某某市创新之星”称号，并给予最高20万元奖励。请"
                 "参赛企业于10月31日前登录大赛官网完成报名，获奖项目优先推荐参加省赛。",
                 "2025-09-20", None, ["call"], ["publicity"],
                 id="kind-contest-call-naming-the-title-its-first-prize-earns"),
    pytest.param("kind", "",
                 "各有关单位：\n为做好2025年度市级工程技术研究中心认定工作，现就有关要求通知如下。申报单位请于10月15"
                 "日前将申报材料报送至市科技局，逾期不予受理；对形式审查结果如有异议，可在结果公示期间向市科技局提出。形式审查"
                 "结果将在市科技局网站公示，公示期间2025年10月20日至10月24日。",
                 "2025-09-20", None, ["call"], ["publicity"],
                 id="kind-call-asking-materials-and-objections-in-one-sentence"),
    pytest.param("kind", "",
                 "2025年，经企业自主申报、各区推荐、专家评审和社会公示，市政府决定授予某某电气股份有限公司、某某食品有限公"
                 "司、某某精密机械有限公司“市长质量奖”称号，授予某某纺织有限公司“市长质量奖提名奖”。希望获奖组织珍惜荣誉，"
                 "再接再厉。",
                 "2025-09-20", None, ["publicity"], ["call"],
                 id="kind-award-list-of-this-year-opening-with-the-year-and-a-comma"),
    pytest.param("kind", "",
                 "根据《某某市市长质量奖管理办法》第十二条规定，经组织推荐、专家评审和社会公示，市政府决定授予某某电气股份有限"
                 "公司、某某食品有限公司“市长质量奖”称号。希望获奖组织珍惜荣誉，发挥示范引领作用。",
                 "2025-09-20", None, ["publicity"], ["policy"],
                 id="kind-award-list-citing-an-article-of-its-rule"),
    pytest.param("kind", "",
                 "根据《某某市专精特新中小企业认定管理办法》第九条规定，经企业申报、区县推荐、专家评审，拟认定某某电子有限公司"
                 "、某某机械有限公司为2025年度市级专精特新中小企业。公示期间2025年9月22日至9月26日，联系电话：0"
                 "512-68251234。",
                 "2025-09-20", None, ["publicity"], ["policy"],
                 id="kind-funds-list-with-a-dated-window-citing-an-article"),
    pytest.param("kind", "",
                 "经评审委员会评审并报请市政府同意，决定授予某某电气股份有限公司、某某食品有限公司“市长质量奖”称号。希望获奖"
                 "组织珍惜荣誉，发挥示范作用。",
                 "2025-09-20", None, ["publicity"], ["policy", "call"],
                 id="kind-award-list-reported-for-approval-then-a-comma"),
    pytest.param("kind", "",
                 "各区工信局：现将省工信厅《关于2025年度省级智能制造示范工厂遴选工作的通知》转发给你们。本次遴选面向在省内"
                 "注册、具有独立法人资格的工业企业，经企业自愿申请、设区市推荐、专家评审后，省工信厅将对拟入选名单进行公示，公"
                 "示期间2025年12月1日至12月5日。请各区按照文件要求认真组织辖区企业申报，市级推荐时间另行通知。",
                 "2025-09-20", None, ["call"], ["publicity"],
                 id="kind-untitled-relay-describing-the-provinces-later-window"),
    pytest.param("subjects", "关于2025年度某某市科技创新示范企业拟认定名单的公示",
                 "本次评选活动由市科协、南京大学联合主办，经企业申报、各区推荐、专家评审，拟认定某某电子科技有限公司等15家企"
                 "业为2025年度某某市科技创新示范企业，现予以公示。公示期为2025年9月22日至9月26日。",
                 "2025-09-20", None, ["企业"], ["高校院所"],
                 id="subjects-selection-co-hosted-by-a-university"),
    pytest.param("subjects", "关于2025年度某某市智能制造示范工厂拟认定名单的公示",
                 "本次评选邀请东南大学、南京理工大学等高校专家组成评审组，经资格审查、专家评审，拟认定某某精密机械有限公司等1"
                 "2家企业为2025年度某某市智能制造示范工厂，现予以公示。公示期为2025年9月22日至9月26日。",
                 "2025-09-20", None, ["制造企业"], ["高校院所"],
                 id="subjects-selection-reviewers-invited-from-universities"),
    pytest.param("subjects", "关于2025年度某某市产学研合作示范单位拟认定名单的公示",
                 "经单位申报、专家评审，拟认定以下2家单位为2025年度某某市产学研合作示范单位：南京工业大学、某某新材料有限"
                 "公司。现予以公示，公示期为2025年9月22日至9月26日。",
                 "2025-09-20", None, ["高校院所"], [],
                 id="subjects-university-first-entry-after-a-colon"),
    pytest.param("subjects", "关于2025年度某某市产学研合作示范单位拟认定名单的公示",
                 "经单位申报、专家评审，拟认定某某新材料有限公司和南京工业大学为2025年度某某市产学研合作示范单位，现予以公"
                 "示。公示期为2025年9月22日至9月26日。",
                 "2025-09-20", None, ["高校院所", "企业"], [],
                 id="subjects-firm-and-university-listed-with-he"),
    pytest.param("subjects", "关于2025年度某某市青年科技奖拟推荐人选的公示",
                 "经个人申请、单位推荐、专家评审，拟推荐南京大学王某某、东南大学李某某、某某智能装备有限公司张某某为2025年"
                 "度某某市青年科技奖人选，现予以公示。公示期为2025年9月22日至9月26日。",
                 "2025-09-20", None, ["人才"], ["高校院所", "企业"],
                 id="subjects-persons-recommended-with-their-universities"),
    pytest.param("subjects", "关于发布2025年度某某市关键核心技术攻关“揭榜挂帅”榜单的通知",
                 "各有关单位：\n现将2025年度关键核心技术攻关榜单予以发布，欢迎有能力的单位揭榜。\n一、揭榜要求\n揭榜"
                 "方应为有能力独立完成攻关任务的高校、科研院所或企业，具有较强的研发团队。\n二、揭榜时间\n请揭榜方于202"
                 "5年10月31日前通过“某某科技服务平台”提交揭榜申请书。",
                 "2025-09-20", None, ["高校院所", "企业"], [],
                 id="subjects-solvers-able-to-complete-the-tasks"),
    pytest.param("subjects", "关于发布2025年度某某市关键核心技术攻关“揭榜挂帅”榜单的通知",
                 "各有关单位：\n现将2025年度关键核心技术攻关榜单予以发布，欢迎有能力的单位揭榜。\n一、揭榜要求\n揭榜"
                 "方应为在本市注册的高校、科研院所或企业，具有较强的研发团队。\n二、揭榜时间\n请揭榜方于2025年10月3"
                 "1日前通过“某某科技服务平台”提交揭榜申请书。",
                 "2025-09-20", None, ["高校院所", "企业"], [],
                 id="subjects-solvers-registered-here"),
    pytest.param("subjects", "关于2025年度自治区数字乡村试点拟推荐名单的公示",
                 "经各盟市推荐、专家评审，拟推荐土默特左旗为自治区数字乡村试点县（旗），现予以公示。公示期为2025年9月22"
                 "日至9月26日。",
                 "2025-09-20", None, ["政府园区"], [],
                 id="subjects-banner-designated-as-a-pilot-county-qi"),
    pytest.param("subjects", "关于开展2025年家电以旧换新补贴活动商家招募工作的通知",
                 "为进一步激发消费活力，现面向社会公开招募参与商家。符合条件的商家须使用“某某惠民”平台核销补贴，按规定为消费"
                 "者开具发票。请有意向的商家于10月20日前将报名表发送至指定邮箱。",
                 "2025-09-20", None, ["企业"], [],
                 id="subjects-merchants-enlisted-mianxiang-shehui"),
    pytest.param("subjects", "关于开展2025年家电以旧换新补贴活动商家招募工作的通知",
                 "为进一步激发消费活力，现面向全市招募合作商家。符合条件的商家须使用“某某惠民”平台核销补贴，按规定为消费者开"
                 "具发票。请有意向的商家于10月20日前将报名表发送至指定邮箱。",
                 "2025-09-20", None, ["企业"], [],
                 id="subjects-partner-merchants-enlisted-mianxiang-quanshi"),
]


@pytest.mark.parametrize("field, title, text, published, account, must_hold, must_not_hold",
                         REVIEW_GUARDS + SECOND_REVIEW_GUARDS + THIRD_REVIEW_GUARDS)
def test_guards(field, title, text, published, account, must_hold, must_not_hold):
    read = field_values(extracted(title, text, published, account), field)
    assert holds(read, must_hold, must_not_hold), read
