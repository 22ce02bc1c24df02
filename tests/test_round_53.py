"""Round 53 of the blind-set method: rules shown by labelled texts of the earlier rounds' sets (r430-r447) and of this
round's (r450-r455; r448 and r449 are the round's final check), each tested here on phrasings written for these tests
(the sets' own texts stay outside the project). One table per field, read by one test per field; each row is one case,
and its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, kind, region_names, subjects


SUBJECTS = [
    # a government quality award is won by organisations (firms and institutions in general) and by persons named
    # beside them (r432_12, r446_01, r446_06, r446_12)
    pytest.param("", "现就申报2026年某县人民政府质量奖有关事项通知如下：\n一、申报范围\n县政府质量奖遵循自愿申请原则，申报及评审"
                 "不向申报组织收取任何费用。\n二、申报要求\n申报组织应于10月30日前将申报材料报送县市场监管局。",
                 ["企业"], id="a-quality-awards-applying-organisations"),
    pytest.param("", "某区区长质量奖是区政府设立的最高质量荣誉。\n申报对象为在本区登记注册、合法经营3年以上的组织；从事质量工作"
                 "五年以上的个人。\n请于2026年8月10日前报送申报材料。", ["人才", "企业"],
                 id="a-quality-awards-organisations-and-persons"),
    # (guards: organising applications is no applicant, nor are organisations outside a quality award)
    pytest.param("", "现就申报2026年某县人民政府质量奖有关事项通知如下：\n请各乡镇做好辖区内申报组织工作，符合条件的规模以上工业企业"
                 "于10月30日前报送申报材料。", ["制造企业", "规上企业"], id="organising-a-quality-awards-applications"),
    pytest.param("", "各县区科技局：\n请做好2026年度科技计划项目的申报组织工作，于10月30日前报送推荐材料。严禁任何组织和个人借申报"
                 "名义收取费用。", [], id="organisations-outside-a-quality-award"),
    # the rules a pool of service providers is run by are for those providers (r450_13, r454_06)
    pytest.param("关于《某市中小企业数字化转型城市试点数字化服务商管理办法》的政策解读",
                 "一、政策背景\n为规范数字化服务商管理，修订本办法。\n二、遴选\n遴选遵循自愿申报、专家评审、社会公示等程序。",
                 ["服务商"], id="a-pool-of-providers-rules"),
    # employers insured with the social insurance, whom a job-retention refund is for (r445_09, r445_15)
    pytest.param("", "各参保单位：\n根据2026年失业保险稳岗返还政策规定，现将有关内容公告如下：\n一、享受稳岗返还的条件\n"
                 "参加失业保险并足额缴纳失业保险费12个月以上的单位。\n二、申报截止日期为12月31日，逾期不予受理。",
                 ["企业"], id="insured-employers"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


REGIONS = [
    # a notice naming no issuer: the body applicants take their papers to (r445_09), or the one the address for
    # applications names (r445_03), places it
    pytest.param("", "各参保单位：\n生产经营活动符合云南省产业政策的单位可携带单位公章到楚雄市人力资源和社会保障局二楼失业保险科提交材料，确认申报。\n"
                 "申报截止日期为2026年12月31日。", ["楚雄市"], id="papers-taken-to-a-body"),
    pytest.param("", "一、申报要求\n具备技师以上职业资格、获评郑州市青年技能大师的高技能人才可提出申请。\n二、申报材料\n申报材料报送地址：新郑市人民路277号"
                 "新郑市人力资源和社会保障局402室。\n申报材料报送截止时间为2026年8月27日。", ["新郑市"],
                 id="the-address-applications-go-to"),
    # (guard: a contact line's address still gives none; here the first place named decides)
    pytest.param("", "一、申报要求\n在郑州市工作、具备技师以上职业资格的高技能人才可提出申请。\n联系地址：新郑市人民路277号"
                 "新郑市人力资源和社会保障局402室。\n申报截止时间为2026年8月27日。", ["郑州市"], id="a-contact-address"),
]


@pytest.mark.parametrize("title, text, expected", REGIONS)
def test_regions(title, text, expected):
    assert region_names(title, text) == expected


KINDS = [
    # a result the body decides whose list of entries closes the text as its attachment (r454_02, r451_06)
    pytest.param("", "某科委〔2026〕3号\n各有关单位：\n根据《某区科普项目管理办法》要求，区科委对2025年到期的区级科普项目进行了验收。"
                 "经专家评审，某某科普馆等64个项目通过验收，现拨付剩余资金。\n特此通知。\n附件：2025年某区区级科普项目验收清单\n"
                 "某区科学技术委员会\n2026年1月6日", "publicity", id="an-acceptance-list-attached"),
    pytest.param("", "各市科技局，有关高校：\n现将我省第三批重点科技创新团队自主设计立项的211个项目下达给你们，请认真做好项目的组织实施"
                 "工作。\n附件：第三批省级重点科技创新团队自主设计项目清单\n某省科学技术厅\n2026年11月15日", "publicity",
                 id="projects-issued-with-their-list"),
    # (guards: a plan's task list, and a form a call attaches, are no result)
    pytest.param("", "各区人民政府：\n经市政府研究同意，现将《某市数字经济行动方案》印发给你们，请认真贯彻执行。\n"
                 "附件：2026年数字经济重点项目任务清单\n某市人民政府办公室\n2026年3月1日", "policy", id="a-plans-task-list"),
    pytest.param("", "各县区科技局：\n经研究，决定开展2026年度科技型企业入库培育工作，请于9月30日前报送推荐材料。\n"
                 "附件：2026年度推荐入库企业名单", "call", id="a-calls-form-of-firms-put-forward"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an interest subsidy's period is no deadline, but the window to apply for one is (r455_08)
    pytest.param("1、贷款贴息申报截止时间由2016年9月15日延期至2016年11月30日；\n2、其他事项不变。", ["2016-11-30"],
                 id="the-window-to-apply-for-an-interest-subsidy"),
    # (guard: the subsidy's own period stays out)
    pytest.param("贴息期限为2016年1月1日至2016年12月31日，请于2016年10月30日前报送申报材料。", ["2016-10-30"],
                 id="an-interest-subsidys-period"),
])
def test_deadlines(text, expected):
    assert [str(d.date) for d in extracted("关于贷款贴息申报工作的补充通知", text, "2016-09-18").deadlines] == expected
