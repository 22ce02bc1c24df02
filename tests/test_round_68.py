"""Round 68 of the blind-set method: rules shown by labelled texts of the evaluation sets r540-r647 (rounds 62-68's),
each tested here on phrasings written for these tests (the sets' own texts stay outside the project); the sets r643-r650,
collected in the round on themes no earlier round took (talent offices, 专精特新, growth-firm ladders, service-oriented
manufacturing, foreign-invested firms, rural science envoys, industry-university research, small-business service
bodies), measured them blind (r644 and r649 its final check). Each row is one case, its id saying which rule it pins or
guards; the rule rows fail at the round's start (1b16530), the guards read right there and here.

Subjects:
- a generic 企业 referring back to the applicants ("申报企业按照…提出申请", "请企业合理安排时间") is covered by a narrower
  type read anywhere, not only one a sentence states (r575_04, r619_07, r647_06); not the firms a bureau is asked to
  rally ("宣传发动相关企业积极填报"), nor other firms listed beside the type;
- firms named as where the persons applying work ("…科技型企业的专业技术人员", "各类企业的主要领导人", "在…企事业单位和
  社会组织工作的…人才": r643_02, r648_04, r650_09) are not applicants where persons are; a firm applying for the
  persons it hires is, and a firm's staff counted in its own conditions is no person applying;
- a reward for the foreign capital a firm has received ("利用外资奖励", "外资专项激励资金", "促进外资增长奖励资金", "有实际
  使用外资的企业": r575_04, r647_06, r647_07, r647_12, r647_13, all labelled 外资企业) is for foreign-invested firms; not
  the statistics of the capital a city used;
- a type negated by 未 ("估值超过1亿元人民币的未上市企业", r645_04) is not read, as one negated by 非 was not."""
import pytest

from round_helpers import review_expected, review_reading

DEADLINE = "请于2026年6月30日前提交材料。"
FOREIGN_HQ = "各企业：\n现组织开展2026年度地区总部认定申报工作。一、申报对象：在本区登记注册的符合条件的外商投资企业"

ROWS = [
    # 企业 referring back to the applicants beside a narrower type (r575_04, r619_07, r647_06)
    pytest.param("subjects", "", FOREIGN_HQ + "。二、申报时间：6月1日至7月31日，请申报企业按时提交材料。", ["外资企业"],
                 id="requested-applicants-refer-back"),
    # (guards: firms a bureau rallies, other firms listed beside the type, a request with nothing narrower)
    pytest.param("subjects", "", FOREIGN_HQ + "。二、申报时间：6月1日至7月31日，请各区发动相关企业积极申报。", ["企业", "外资企业"],
                 id="guard-rallied-firms"),
    pytest.param("subjects", "", FOREIGN_HQ + "以及其他企业。二、申报时间：6月1日至7月31日。", ["企业", "外资企业"],
                 id="guard-other-firms-listed"),
    pytest.param("subjects", "关于组织申报2026年度研发资助的通知",
                 "根据《某区促进产业发展办法》第五条中“对已建立内部研发机构且当年研发投入增长的规模以上工业企业给予资助”的规定，现开展申报。\n"
                 "审核时间较长，请各区宣传发动相关企业积极填报，于2026年6月30日前提交材料。", ["企业", "制造企业", "规上企业"],
                 id="guard-rallied-firms-beside-a-cited-type"),
    # firms where the persons applying work (r643_02, r648_04, r650_09)
    pytest.param("subjects", "关于开展2026年度市级领军人才选拔工作的通知",
                 "在本市行政区域内具有独立法人资格的企事业单位和社会组织工作的高层次专业技术人才，近2年内在本市缴纳社会保险满12个月，"
                 "符合下列条件的，可提出申报：\n（一）具有较高水平。\n请于2026年6月30日前报送。", ["人才"],
                 id="persons-working-in-units-apply"),
    pytest.param("subjects", "关于开展2026年度优秀企业家评选工作的通知",
                 "评选范围：在本市注册的各类企业的主要领导人。请于2026年6月30日前报送推荐材料。", ["人才"],
                 id="firms-leaders-apply"),
    # (guards: a firm applying for the persons it brings in; a firm's staff counted in its own conditions; envoys from
    # firms, read right before)
    pytest.param("subjects", "关于开展2026年度高层次人才引进奖励申报的通知", "由企业申报其新引进的高层次人才，" + DEADLINE,
                 ["人才", "企业"], id="guard-firm-applies-for-its-hires"),
    pytest.param("subjects", "关于开展2026年度高新技术企业培育资金申报的通知",
                 "申报条件：企业的科技人员占职工总数的比例不低于10%。" + DEADLINE, ["企业"], id="guard-firm-s-staff-as-its-condition"),
    pytest.param("subjects", "关于开展2026年度科技特派员选派工作的通知",
                 "选派对象为农业部门、科技推广机构、科技型企业的专业技术人员，经本人自愿申请，于2026年6月30日前报送。", ["人才"],
                 id="guard-envoys-from-firms"),
    # a reward for foreign capital received (r575_04, r647_06, r647_07, r647_12, r647_13)
    pytest.param("subjects", "关于开展2026年度利用外资奖励资金申报工作的通知", "各有关企业：\n请符合条件的企业于2026年6月30日前提交申报材料。",
                 ["外资企业"], id="foreign-capital-reward-title"),
    pytest.param("subjects", "关于开展2026年度合肥市外资专项激励资金申报工作的通知",
                 "一、申报时间\n2026年2月23日至3月1日。\n二、申报要求\n企业根据属地原则向所属区利用外资统计主管部门提交申报材料，逾期不予受理。",
                 ["外资企业"], id="foreign-capital-incentive-fund-title"),
    pytest.param("subjects", "关于开展2026年度商务发展资金申报的通知",
                 "对有实际使用外资的企业，按当年实际使用外资额给予补助，请于2026年6月30日前提交申报材料。", ["外资企业"],
                 id="firms-with-foreign-capital-used"),
    pytest.param("subjects", "", "各企业：\n现组织开展2026年促进外资增长奖励资金申报工作。一、申报对象：在本区登记注册的符合条件的外商投资企业。"
                 "二、申报时间：6月1日至7月31日，请申报企业按时提交材料。", ["外资企业"], id="foreign-growth-reward-body"),
    # (guard: the foreign capital a city used, counted)
    pytest.param("subjects", "关于开展2026年度商务发展资金申报的通知",
                 "2025年全市实际使用外资209亿元，同比增长11%。请符合条件的商贸企业于2026年6月30日前提交申报材料。", ["企业"],
                 id="guard-foreign-capital-statistics"),
    # a type negated by 未 (r645_04)
    pytest.param("subjects", "关于开展2026年度独角兽企业培育申报的通知",
                 "申报条件：成立不超过5年、估值超过1亿元人民币的未上市企业，" + DEADLINE, ["独角兽企业"], id="not-yet-listed-firms"),
    # (guard: firms about to list are 上市企业, as the vocabulary has them)
    pytest.param("subjects", "关于开展2026年度上市后备企业申报的通知", "申报条件：拟上市的本市企业，" + DEADLINE, ["上市企业"],
                 id="guard-firms-about-to-list"),
]


# Every row is of one shape: field, title, text, expected.
@pytest.mark.parametrize("field, title, text, expected", ROWS)
def test_round_68_rows(field, title, text, expected):
    assert review_reading(field, title, text) == review_expected(expected)
