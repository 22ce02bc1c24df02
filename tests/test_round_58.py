"""Round 58 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r501 (r502-r509 were
collected during the round; two of them are its final check), each tested here on phrasings written for these tests (the
sets' own texts stay outside the project). One table per field, read by one test per field; each row is one case, and
its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, kind, untitled_kind

_PREAMBLE = ("为深入贯彻落实党的二十大精神，全面推进质量强市建设，弘扬工匠精神，激发各类市场主体追求卓越的内生动力，推动全市经济社会"
             "高质量发展，加快建设现代化产业体系，")

KINDS = [
    # a government's decision conferring an award, however long the preamble before it (r496_09, r496_12, r446_09)
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
    # a list's window given as dates right after 公示期 (r496_08, r500_05; all 13 labelled texts so worded are lists)
    pytest.param("", "根据有关文件精神，经党组会议研究同意，下达各县区老字号企业奖补资金共计17万元（明细见附表）。\n公示期2025年3月3日~"
                 "3月7日。如有异议，请在公示期内向市商务局反映。", "publicity", id="a-publicity-window-of-dates-after-its-name"),
    # (guard: a call's timetable naming the month of its later publicity)
    pytest.param("", "各有关单位：\n请于2026年9月30日前提交申报材料。\n四、工作安排\n专家评审时间2026年10月，公示时间2026年11月。",
                 "call", id="a-calls-timetable-naming-its-publicity-month"),
    # an evaluation, review or acceptance its units take part in is a call by its title (r502_04; all 20 labelled titles
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
    assert (kind(title, text) if title else untitled_kind(text)) == expected


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
