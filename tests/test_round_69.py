"""Round 69 of the blind-set method: rules shown by labelled texts of the evaluation sets r540-r658 (rounds 62-69's),
each tested here on phrasings written for these tests (the sets' own texts stay outside the project); the sets r651-r658,
collected in the round on themes no earlier round took (carbon peak, metrology, the seed industry, industrial tourism and
heritage, trade in services, human-resources services, the emergency industry, the north-west's and Guizhou's places),
measured them blind (r653 and r657 its final check). Each row is one case, its id saying which rule it pins or guards;
the rule rows fail at the round's start (f275c1f), the guards read right there and here.

Kind:
- a title announcing a public selection or a recruitment by its own verb ("…产业投资基金管理机构遴选公告", "关于招募…基金
  管理机构的公告": r575_06, r575_07, both calls) is a call, as "关于公开遴选…的公告" was; not one naming a result or a
  proposal (遴选结果, 拟遴选);
- an untitled page opening on a question or on the question's or the answer's label ("《…测评指标》有哪些特点？", "问题：…
  是否有扶持政策？", "答：…": r615_13, r618_13, r634_13, r647_12, all labelled interpretation) is a question-and-answer
  explainer, as a title ending in a question is; not an addressee line a garbled page closes with "?" (r619_04).
Deadlines: two numeric dates joined by a slash are a range, as ISO 8601 writes an interval ("申报日期 : 2023-05-09/2023-06-16",
"申报时间:2021-12-14 / 2021-12-29": r655_04, r656_06, r612_05, all labelled with the end)."""
import pytest

from round_helpers import deadline_reading, kind, untitled_kind

DEADLINE = "请于2026年6月30日前提交申报材料。"

KINDS = [
    # a selection or a recruitment announced by its title (r575_06, r575_07)
    pytest.param("某经开区产业投资基金管理机构遴选公告",
                 "为加快产业发展，现面向社会公开择优遴选该基金的管理机构。具体事项公告如下：\n一、基金基本情况\n基金规模10亿元。",
                 "call", id="selection-announced"),
    pytest.param("关于招募某省省级政府投资基金管理机构的公告",
                 "为完善政府投资基金运营机制，现面向社会公开遴选基金管理机构，有关事项公告如下：\n一、基本要素", "call",
                 id="recruitment-announced"),
    pytest.param("某市科技创新专家库专家选聘公告", "为加强专家库建设，现面向社会公开选聘评审专家。", "call",
                 id="experts-engaged"),
    # (guards: a selection's result, a proposed selection, a recruitment read right before)
    pytest.param("关于某产业投资基金管理机构遴选结果的公告", "经评审，确定某某资本为基金管理机构，现予公告。", "publicity",
                 id="guard-selection-result"),
    pytest.param("关于拟遴选某基金管理机构的公告", "经评审，拟确定某某资本为基金管理机构，现予公示，公示期5个工作日。", "publicity",
                 id="guard-selection-proposed"),
    pytest.param("2026年度优秀志愿者招募公告", "为做好志愿服务工作，现面向社会招募志愿者，请于2026年6月30日前报名。", "call",
                 id="guard-volunteers-recruited"),
]

UNTITLED_KINDS = [
    # an untitled page opening on a question or an answer (r615_13, r618_13, r634_13, r647_12)
    pytest.param("《某自治区示范单位测评指标》有哪些特点？\n2021年，我区修订了测评指标，测评指标分为9类。", "interpretation",
                 id="opens-on-a-question"),
    pytest.param("问题：国家对老旧农机报废是否有扶持政策？\n答复：农业农村部等部门联合印发了实施指导意见。", "interpretation",
                 id="opens-on-the-question-label"),
    pytest.param("答：工业互联网是工业经济数字化转型的关键支撑。当前，新一轮科技革命蓬勃兴起。", "interpretation",
                 id="opens-on-the-answer-label"),
    # (guards: a garbled addressee line, a question inside a call's body, a heading then addressees)
    pytest.param("各相关企业：?\n为做好2026年度研发费用补助申报工作，" + DEADLINE, "call", id="guard-garbled-addressee-line"),
    pytest.param("各有关单位：\n为什么要开展这项工作？" + DEADLINE, "call", id="guard-question-after-addressees"),
    pytest.param("关于开展2026年度高新技术企业认定工作的通知\n各有关单位：\n现开展认定，" + DEADLINE, "call",
                 id="guard-heading-and-addressees"),
]

DEADLINES = [
    # two numeric dates joined by a slash (r655_04, r656_06, r612_05)
    pytest.param("关于组织开展2026年度人力资源服务业发展扶持资金项目申报工作的通知",
                 "• 申报日期 : 2026-05-09/2026-06-16\n一、申报范围\n省级人力资源服务产业园。", "2026-05-09",
                 (["2026-06-16"], "2026-06-16"), id="iso-interval"),
    pytest.param("关于开展2026年度商业企业入库扶持申报受理工作的通知",
                 "现开展2026年商业企业入库扶持的申报受理工作。\n申报时间:2026-06-14 / 2026-06-29\n一、扶持范围\n首次纳入限额以上统计的企业。",
                 "2026-06-01", (["2026-06-29"], "2026-06-29"), id="iso-interval-spaced"),
    pytest.param("关于组织开展2026年度人力资源服务业发展扶持资金项目申报工作的通知",
                 "• 申报日期 : 2026/05/09/2026/06/16\n一、申报范围\n省级人力资源服务产业园。", "2026-05-09",
                 (["2026-06-16"], "2026-06-16"), id="iso-interval-slashed-dates"),
    # (guards: a range in words, a results notice's interval)
    pytest.param("关于组织开展2026年度人力资源服务业发展扶持资金项目申报工作的通知",
                 "申报时间：2026年5月9日至6月16日。\n一、申报范围\n省级人力资源服务产业园。", "2026-05-09",
                 (["2026-06-16"], "2026-06-16"), id="guard-range-in-words"),
    pytest.param("关于公布2026年度项目验收结果的通知", "验收时间：2026-05-09/2026-06-16，已完成验收的项目如下。", "2026-06-20",
                 ([], None), id="guard-results-interval"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_round_69_title_kinds(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", UNTITLED_KINDS)
def test_round_69_untitled_kinds(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, text, published, expected", DEADLINES)
def test_round_69_deadlines(title, text, published, expected):
    assert deadline_reading(title, text, published) == expected
