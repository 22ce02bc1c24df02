"""Round 68 of the blind-set method: rules shown by labelled texts of the evaluation sets r540-r650 (rounds 62-68's),
each tested here on phrasings written for these tests (the sets' own texts stay outside the project); the sets r643-r650,
collected in the round on themes no earlier round took (talent offices, 专精特新, growth-firm ladders, service-oriented
manufacturing, foreign-invested firms, rural science envoys, industry-university research, small-business service
bodies), measured them blind (r644 and r649 its final check). Each row is one case, its id saying which rule it pins or
guards; the rule rows fail at the round's start (1b16530), the guards read right there and here.

Kept (subjects): a type right after 未 is a status the applicants do not hold, as "未被认定为…" was ("估值超过1亿元人民币的
未上市企业", r645_04; "尚未上市的企业", the reviews'), unless the text has the firms prepare to list ("有上市计划的未上市企业"),
which the vocabulary reads as 上市企业 as it reads 拟上市.
Taken back, each after a code review broke it:
- a generic 企业 referring back to the applicants (申报企业…, 请企业…) covered by a narrower type read anywhere (r575_04,
  r619_07): a type named only as a higher rate's payee sits beside 申报企业, 请企业, 每家企业 and 承担企业 in the commonest
  subsidy calls, where firms in general apply (the second review's eight regressions);
- a reward for foreign capital received (利用外资奖励, 外资专项激励资金, 有实际使用外资的企业: r575_04, r647_07, r647_12) as
  外资企业: paid to counties and zones, to whoever brought the capital in, in double-funding clauses (the first and second
  reviews' eleven regressions);
- firms named as where the persons applying work (…企业的专业技术人员, 在…单位工作的…人才, …等有关单位的正式在职职工:
  r643_02, r615_02) as no applicants where persons are: the second, third and fourth reviews broke each narrower form
  (firms joined to the persons by 和, 及, 、, 或, 与 or a bracket, a project leader's or 申报人's employer, the employer
  applying or paid in another sentence, the staff counted in the firm's own conditions: 2, 12 and 16 regressions).
The four reviews' cases that read right at the start and at the end stay as guards (review1- to review4-)."""
import pytest

from round_helpers import review_expected, review_reading

DEADLINE = "请于2026年6月30日前提交材料。"
FOREIGN_HQ = "各区商务局：\n现组织开展2026年度地区总部认定申报工作。一、申报对象：在本区登记注册的符合条件的外商投资企业"

ROWS = [
    # (guards kept from the 企业 referring back taken back: a call addressed to firms in general, firms a bureau rallies,
    # other firms listed beside the type)
    pytest.param("subjects", "", FOREIGN_HQ.replace("各区商务局", "各企业") + "。二、申报时间：6月1日至7月31日，请申报企业按时提交材料。",
                 ["企业", "外资企业"], id="guard-firms-in-general-addressed"),
    pytest.param("subjects", "", FOREIGN_HQ + "。二、申报时间：6月1日至7月31日，请各区发动相关企业积极申报。", ["企业", "外资企业"],
                 id="guard-rallied-firms"),
    pytest.param("subjects", "", FOREIGN_HQ + "以及其他企业。二、申报时间：6月1日至7月31日。", ["企业", "外资企业"],
                 id="guard-other-firms-listed"),
    pytest.param("subjects", "关于组织申报2026年度研发资助的通知",
                 "根据《某区促进产业发展办法》第五条中“对已建立内部研发机构且当年研发投入增长的规模以上工业企业给予资助”的规定，现开展申报。\n"
                 "审核时间较长，请各区宣传发动相关企业积极填报，于2026年6月30日前提交材料。", ["企业", "制造企业", "规上企业"],
                 id="guard-rallied-firms-beside-a-cited-type"),
    # (guards kept from the firms where persons work taken back: a firm applying for the persons it brings in; a firm's
    # staff counted in its own conditions; envoys from firms, read right before)
    pytest.param("subjects", "关于开展2026年度高层次人才引进奖励申报的通知", "由企业申报其新引进的高层次人才，" + DEADLINE,
                 ["人才", "企业"], id="guard-firm-applies-for-its-hires"),
    pytest.param("subjects", "关于开展2026年度高新技术企业培育资金申报的通知",
                 "申报条件：企业的科技人员占职工总数的比例不低于10%。" + DEADLINE, ["企业"], id="guard-firm-s-staff-as-its-condition"),
    pytest.param("subjects", "关于开展2026年度科技特派员选派工作的通知",
                 "选派对象为农业部门、科技推广机构、科技型企业的专业技术人员，经本人自愿申请，于2026年6月30日前报送。", ["人才"],
                 id="guard-envoys-from-firms"),
    # (guard kept from the reward for foreign capital taken back: the foreign capital a city used, counted)
    pytest.param("subjects", "关于开展2026年度商务发展资金申报的通知",
                 "2025年全市实际使用外资209亿元，同比增长11%。请符合条件的商贸企业于2026年6月30日前提交申报材料。", ["企业"],
                 id="guard-foreign-capital-statistics"),
    # a status not held: 未 before a type (r645_04)
    pytest.param("subjects", "关于开展2026年度独角兽企业培育申报的通知",
                 "申报条件：成立不超过5年、估值超过1亿元人民币的未上市企业，" + DEADLINE, ["独角兽企业"], id="not-yet-listed-firms"),
    # (guard: firms about to list are 上市企业, as the vocabulary has them)
    pytest.param("subjects", "关于开展2026年度上市后备企业申报的通知", "申报条件：拟上市的本市企业，" + DEADLINE, ["上市企业"],
                 id="guard-firms-about-to-list"),
]

# The four code reviews' cases (invented for them) that read right at the start and at the end, as guards, and the five
# that read right only since this round (review2-r4-should-gazelle-not-listed, review3-r2-should-unicorn-not-yet-listed,
# review3-r2-should-unlisted-title, review4-r2-should-pre-ipo-reward; the rule rows above). Parts 1 to 4 broke 13, 19, 12
# and 17 of them (the docstring says which rules).
REVIEW_CASES = [
    # 请企业 refers back to the foreign-invested firms the title names
    pytest.param('subjects', '关于开展2026年度外商投资企业增资扩股奖励申报的通知', '各外商投资企业：\n为稳定外资规模，现开展增资扩股奖励申报工作。请企业于2026年6月30日前登录系统提交申报材料。',
                 ['外资企业'], id='review1-r1-should-requested-beside-title-type'),
    # 上述企业 refers back to the 瞪羚企业 named as applicants
    pytest.param('subjects', '', '各企业：\n现组织开展2026年度瞪羚企业认定申报工作。申报对象为符合条件的瞪羚企业。上述企业须于2026年6月30日前提交材料。',
                 ['瞪羚企业'], id='review1-r1-should-declared-firms-after-type'),
    # 相关企业 = the industry's firms, the stated applicants; 高新技术企业 only a payee of a higher rate
    pytest.param('subjects', '关于组织申报2026年度人工智能产业发展专项资金的通知', '各区工信局：\n一、支持对象\n本市注册的人工智能产业相关企业。\n二、支持标准\n对研发投入超过500万元的，给予最高100万元补助；其中对高新技术企业，补助比例上浮10%。\n三、申报时间\n请于2026年6月30日前提交申报材料。',
                 ['企业', '高新技术企业'], id='review1-r1-must-not-industry-related-firms'),
    # 相关企业 = firms of the industry; 软件企业 one class of payee among them
    pytest.param('subjects', '关于组织申报2026年度软件和信息服务业发展资金的通知', '一、支持对象\n本市软件和信息服务业相关企业。\n二、支持标准\n对首次认定的软件企业给予10万元奖励。\n三、请于2026年6月30日前提交申报材料。',
                 ['企业', '软件企业'], id='review1-r1-must-not-software-related-firms'),
    # all firms apply (各企业：/请企业); 科技型中小企业 only a payee of a higher rate
    pytest.param('subjects', '关于组织申报2026年度企业研发费用后补助的通知', '各企业：\n为鼓励企业加大研发投入，现开展研发费用后补助申报。补助标准：按上年度研发费用增量的10%给予补助，对科技型中小企业补助比例提高至15%。请企业于2026年6月30日前登录系统申报。',
                 ['企业', '科技型中小企业'], id='review1-r1-must-not-requested-firms-type-in-standard'),
    # the author's guard-rallied-firms-beside-a-cited-type with 组织辖区内相关企业 (RALLIED_BEFORE's own comment example)
    pytest.param('subjects', '关于组织申报2026年度研发资助的通知', '根据《某区促进产业发展办法》第五条中“对已建立内部研发机构且当年研发投入增长的规模以上工业企业给予资助”的规定，现开展申报。\n审核时间较长，请各区组织辖区内相关企业积极填报，于2026年6月30日前提交材料。',
                 ['企业', '制造企业', '规上企业'], id='review1-r1-must-not-rallied-long-gap'),
    # as above, 引导本地区相关企业
    pytest.param('subjects', '关于组织申报2026年度研发资助的通知', '根据《某区促进产业发展办法》第五条中“对已建立内部研发机构且当年研发投入增长的规模以上工业企业给予资助”的规定，现开展申报。\n审核时间较长，请各镇（街道）积极引导本地区相关企业积极填报，于2026年6月30日前提交材料。',
                 ['企业', '制造企业', '规上企业'], id='review1-r1-must-not-guided-long-gap'),
    # rallied firms within RALLIED_BEFORE's reach (组织本地相关企业): control for the two above
    pytest.param('subjects', '关于组织申报2026年度研发资助的通知', '根据《某区促进产业发展办法》第五条中“对已建立内部研发机构且当年研发投入增长的规模以上工业企业给予资助”的规定，现开展申报。\n审核时间较长，请各区组织本地相关企业积极填报，于2026年6月30日前提交材料。',
                 ['企业', '制造企业', '规上企业'], id='review1-r1-must-not-rallied-short-gap'),
    # all firms apply; 高新技术企业 only preferred
    pytest.param('subjects', '关于开展2026年度企业数字化改造补助申报的通知', '各有关企业：\n各类企业均可申报，同等条件下高新技术企业优先。请各企业于2026年6月30日前通过系统提交申报材料。',
                 ['企业'], id='review1-r1-must-not-all-firms-hightech-preferred'),
    # domestic firms listed beside the type stay applicants; 申报企业 refers back to both
    pytest.param('subjects', '关于开展2026年度研发机构认定的通知', '一、申报对象：在本市登记注册的外商投资企业及其他内资企业。二、申报时间：6月1日至6月30日，请申报企业按时提交材料。',
                 ['企业', '外资企业', '平台载体'], id='review1-r1-must-not-other-domestic-firms-listed'),
    # the firm applies for its hires (the author's guard-firm-applies-for-its-hires, worded 为在本企业全职工作的)
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '由企业为在本企业全职工作的高层次人才申报，请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review1-r2-must-not-firm-applies-for-staff-working-there'),
    # same, 为其在企业工作的
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '由企业为其在企业工作的高层次人才申报，请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review1-r2-must-not-firm-applies-for-its-staff-qi'),
    # 先进集体 (firms) and 先进个人 (persons) both honoured
    pytest.param('subjects', '关于推荐2026年度全市人才工作先进集体和先进个人的通知', '推荐范围：全市各类企业、企业负责人及人才工作者。请于2026年6月30日前报送推荐材料。',
                 ['人才', '企业'], id='review1-r2-must-not-units-and-persons-award'),
    # firms are the stated applicants (申报主体为…企业)
    pytest.param('subjects', '关于开展2026年度青年科技人才托举项目申报的通知', '申报主体为在本市注册的企业，申报企业可为其在企业工作的青年科技人员申报托举项目。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review1-r2-must-not-employer-stated-applicant'),
    # firms founded by talent apply; 企业研发人员 is their staff counted in a condition
    pytest.param('subjects', '关于开展2026年度人才企业认定的通知', '认定对象：由高层次人才创办的企业。认定条件：企业研发人员占职工总数比例不低于30%。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review1-r2-must-not-firm-staff-count-talent-title'),
    # the firm is paid; 企业的人力资源负责人 is its contact
    pytest.param('subjects', '关于开展2026年度人才引进奖励申报的通知', '对企业全职引进的高层次人才，按其年薪的20%给予企业奖励。企业的人力资源负责人须于2026年6月30日前提交材料。',
                 ['人才', '企业'], id='review1-r2-must-not-firm-hr-contact'),
    # persons apply; the firms are where they work
    pytest.param('subjects', '关于征集2026年度市级科技专家库入库专家的通知', '征集对象：在本市高校、科研院所及企业工作的专家。请于2026年6月30日前提交个人申报表。',
                 ['人才'], id='review1-r2-should-experts-from-firms'),
    # persons apply, their firms recommend
    pytest.param('subjects', '关于开展2026年度青年人才托举工程申报的通知', '被托举人为本市企业的在职研发人员，由所在企业推荐。请于2026年6月30日前提交申报材料。',
                 ['人才'], id='review1-r2-should-staff-of-firms'),
    # 利用外资奖励 rewards development zones, not foreign-invested firms
    pytest.param('subjects', '关于组织申报2026年度开发区利用外资奖励资金的通知', '各县（市、区）商务局：\n支持对象为实际使用外资总量位居全市前五的省级以上开发区。请于2026年6月30日前报送申报材料。',
                 ['政府园区'], id='review1-r3-must-not-zone-reward-title'),
    # 稳外资奖补 for counties and zones
    pytest.param('subjects', '关于组织申报2026年度商务发展专项资金（稳外资奖补）的通知', '支持对象为当年实际使用外资增长的县（市、区）和开发区。请于2026年6月30日前报送申报材料。',
                 ['政府园区'], id='review1-r3-must-not-stabilise-foreign-capital-zones'),
    # staff of the investment bureaus rewarded for the capital they brought in
    pytest.param('subjects', '关于开展2026年度招商引资先进个人奖励申报的通知', '奖励对象：全市商务系统从事招商引资工作的人员。奖励标准：按其引进项目实际到位外资奖励0.5%。请于2026年6月30日前报送申报材料。',
                 ['人才'], id='review1-r3-must-not-investment-staff-reward'),
    # 没有外资的企业: the lookbehind (?<=有) reads inside 没有
    pytest.param('subjects', '关于开展2026年度商务发展资金申报的通知', '支持对象：在本市注册、没有外资的企业。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review1-r3-must-not-no-foreign-capital'),
    # 有外资的企业 named only as excluded
    pytest.param('subjects', '关于开展2026年度民营企业发展专项资金申报的通知', '支持对象：在本市注册的内资企业，不包括有外资的企业。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review1-r3-must-not-excluded-foreign-capital'),
    # 外贸外资补助资金 is a budget line (外贸外资 = the bureau's trade-and-investment portfolio)
    pytest.param('subjects', '关于开展2026年度外贸稳增长资金申报的通知', '支持对象为在本市注册的外贸企业。对外贸外资补助资金不足的县区，由市级统筹。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review1-r3-must-not-trade-and-investment-subsidy'),
    # 利用外资奖励 named only in a no-double-funding clause
    pytest.param('subjects', '关于组织申报2026年度工业企业技术改造专项资金的通知', '一、支持对象：本市规模以上工业企业。\n二、已享受利用外资奖励的同一项目不得重复申报。\n三、请于2026年6月30日前提交申报材料。',
                 ['制造企业', '规上企业'], id='review1-r3-must-not-no-double-funding'),
    # statistics of the capital the city used
    pytest.param('subjects', '关于开展2026年度商务发展专项资金申报的通知', '2025年全市实际使用外资增长12%，奖励资金向外贸企业倾斜。请符合条件的商贸企业于2026年6月30日前提交申报材料。',
                 ['企业'], id='review1-r3-must-not-statistics-growth'),
    # 未上市的企业 is a condition of the unicorn applicants
    pytest.param('subjects', '关于开展2026年度潜在独角兽企业申报的通知', '申报条件：成立不超过10年、估值超过5亿元人民币的未上市的企业，请于2026年6月30日前提交申报材料。',
                 ['独角兽企业'], id='review1-r4-should-not-yet-listed-unicorn'),
    # 未来产业 firms are firms in general
    pytest.param('subjects', '关于开展2026年度未来产业企业培育申报的通知', '支持对象：从事人工智能、量子科技、生物制造等未来产业的企业。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review1-r4-must-not-future-industry-firms'),
    # 上市后备 call: firms about to list are 上市企业 (the author's guard-firms-about-to-list)
    pytest.param('subjects', '关于开展2026年度上市后备企业入库申报的通知', '入库对象：本市注册、有上市意愿的未上市企业。请于2026年6月30日前提交申报材料。',
                 ['上市企业'], id='review1-r4-must-not-listing-reserve'),
    # firms below the threshold: 工业企业, not 规上
    pytest.param('subjects', '关于开展2026年度小升规培育企业申报的通知', '申报对象：尚未纳入规模以上统计的工业企业。请于2026年6月30日前提交申报材料。',
                 ['制造企业'], id='review1-r4-must-not-not-in-stats-small'),
    # any firm investing in R&D applies (申报企业); 高新技术企业 only the payee of a higher rate
    pytest.param('subjects', '关于开展2026年度企业研发投入奖励申报的通知', '一、支持对象\n在本区注册纳税、上年度研发投入不低于100万元的单位。\n二、支持标准\n按研发投入的5%给予奖励；对高新技术企业，奖励比例提高至8%。\n三、申报程序\n申报企业须于2026年6月30日前登录系统提交材料。',
                 ['企业', '高新技术企业'], id='review2-r1-must-not-legal-units-hightech-rate'),
    # 请企业 = all firms; the addressee line 各有关单位 is not FIRMS_ADDRESSED
    pytest.param('subjects', '关于开展2026年度企业研发投入奖励申报的通知', '各有关单位：\n为鼓励企业加大研发投入，现开展研发投入奖励申报。对高新技术企业，奖励比例提高至8%。请企业于2026年6月30日前登录系统提交材料。',
                 ['企业', '高新技术企业'], id='review2-r1-must-not-units-addressed-requested'),
    # addressed to firms in general, but 各有关企业、单位： does not fullmatch FIRMS_ADDRESSED
    pytest.param('subjects', '关于开展2026年度企业研发投入奖励申报的通知', '各有关企业、单位：\n为鼓励企业加大研发投入，现开展研发投入奖励申报。对高新技术企业，奖励比例提高至8%。请企业于2026年6月30日前登录系统提交材料。',
                 ['企业', '高新技术企业'], id='review2-r1-must-not-firms-and-units-addressed'),
    # a mixed addressee line naming firms in general (not FIRMS_ADDRESSED's fullmatch)
    pytest.param('subjects', '关于开展2026年度企业研发投入奖励申报的通知', '各镇（街道）、各有关企业：\n为鼓励企业加大研发投入，现开展研发投入奖励申报。对高新技术企业，奖励比例提高至8%。请企业于2026年6月30日前登录系统提交材料。',
                 ['企业', '高新技术企业'], id='review2-r1-must-not-towns-and-firms-addressed'),
    # 推荐企业 = firms the counties put forward, any firm; 小微企业 only a higher rate
    pytest.param('subjects', '关于组织推荐2026年度数字化转型标杆项目的通知', '各县（市、区）工信局：\n对入选项目给予最高50万元奖励，对小微企业奖励上浮10%。请各地择优推荐企业，每地不超过5家，请于2026年6月30日前提交申报材料。',
                 ['企业', '小微企业'], id='review2-r1-must-not-recommended-firms-small-rate'),
    # 每家企业 (a quota) refers to firms in general; 科技型中小企业 only a higher rate
    pytest.param('subjects', '关于开展2026年度科技成果转化项目申报的通知', '各区科技局：\n一、支持标准：按项目投入的20%给予补助；对科技型中小企业，补助比例提高至30%。\n二、每家企业限报1个项目，请于2026年6月30日前提交申报材料。',
                 ['企业', '科技型中小企业'], id='review2-r1-must-not-each-firm-one-project'),
    # 承担企业 = any firm undertaking a project; 小巨人 only a higher rate
    pytest.param('subjects', '关于开展2026年度重点产业链攻关项目申报的通知', '一、支持标准：对列入攻关计划的项目给予最高500万元资助；对专精特新“小巨人”企业，资助比例提高10个百分点。\n二、承担企业须具备较强研发能力，请于2026年6月30日前提交申报材料。',
                 ['专精特新小巨人企业', '企业'], id='review2-r1-must-not-undertaking-firm'),
    # 督促申报企业 (bureaus urge the applicants; 督促 is not in RALLIED_BEFORE): all insured firms apply
    pytest.param('subjects', '关于开展2026年度出口信用保险保费补助申报的通知', '各县（市、区）商务局：\n对投保短期出口信用保险的，按保费的50%给予补助；对小微企业，补助比例提高至70%。请督促申报企业于2026年6月30日前提交材料。',
                 ['企业', '小微企业'], id='review2-r1-must-not-bureau-urges-applicants'),
    # as above with 组织辖区企业积极申报 (RALLIED_BEFORE): firms in general kept
    pytest.param('subjects', '关于开展2026年度出口信用保险保费补助申报的通知', '各县（市、区）商务局：\n对投保短期出口信用保险的，按保费的50%给予补助；对小微企业，补助比例提高至70%。请各地组织辖区企业积极申报，并督促申报企业于2026年6月30日前提交材料。',
                 ['企业', '小微企业'], id='review2-r1-must-not-rallied-district-firms'),
    # firms in general stated, 外资企业 equally; 请企业 refers back to both
    pytest.param('subjects', '关于开展2026年度展会补贴申报的通知', '一、补贴对象：参加境外展会的本区企业，外资企业同等享受。\n二、请企业于2026年6月30日前提交材料。',
                 ['企业', '外资企业'], id='review2-r1-must-not-foreign-firms-equally'),
    # 上述企业 after a list naming firms in general beside the type
    pytest.param('subjects', '关于开展2026年度企业研发投入奖励申报的通知', '一、支持对象：上年度研发投入超过500万元的企业和高新技术企业。\n二、上述企业须于2026年6月30日前提交材料。',
                 ['企业', '高新技术企业'], id='review2-r1-must-not-listed-then-aforesaid'),
    # the start-up (registered, <3 years old) applies with its founder; 企业的研发人员 is its own staff condition
    pytest.param('subjects', '关于开展2026年度海外人才创业资助申报的通知', '申报条件：1.在本市注册、成立不超过3年；2.企业的研发人员占职工总数30%以上；3.创始人为海外高层次人才。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review2-r2-must-not-startup-grant-staff-condition'),
    # same, via EMPLOYS_PERSONS_AFTER's 工作的 branch; 由…领办 is in another clause, so FIRMS_APPLY_FOR_PERSONS misses
    pytest.param('subjects', '关于开展2026年度高层次人才创新创业资助申报的通知', '申报条件：1.由高层次人才领办，在本市注册，成立不超过5年；2.企业从事研发工作的科技人员不少于5人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review2-r2-must-not-startup-grant-working-staff'),
    # 先进集体 (firms) and 先进个人 (their leaders) both honoured
    pytest.param('subjects', '关于开展2026年度安全生产先进集体和先进个人推荐工作的通知', '推荐对象：全市安全生产工作成效显著的企业，以及企业分管安全生产工作的负责人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review2-r2-must-not-safety-units-and-leaders'),
    # firms led by programme talents apply (企业主要负责人 is a condition)
    pytest.param('subjects', '关于开展2026年度人才贷风险补偿申报的通知', '支持对象：企业主要负责人入选省级以上人才计划的本市科技型企业。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review2-r2-must-not-talent-loan-led-firms'),
    # 县（市、区）利用外资奖励: the lookbehind lists zone words only; counties apply
    pytest.param('subjects', '关于组织申报2026年度县（市、区）利用外资奖励资金的通知', '各县（市、区）商务局：\n申报主体为实际使用外资规模居全市前列的县（市、区）人民政府。请于2026年6月30日前报送申报材料。',
                 ['政府园区'], id='review2-r3-must-not-county-governments-title'),
    # a closing bracket stands between the zone word and 利用外资奖励
    pytest.param('subjects', '关于开展2026年度高新区（开发区）利用外资奖励申报的通知', '各高新区（开发区）管委会：\n对实际使用外资增长较快的园区给予奖励。请于2026年6月30日前提交申报材料。',
                 ['政府园区'], id='review2-r3-must-not-zone-in-brackets'),
    # 给予 stands between the zones and 促进外资增长奖励
    pytest.param('subjects', '关于开展2026年度稳外资专项资金申报的通知', '支持对象：省级以上开发区。对各开发区给予促进外资增长奖励，每个最高200万元。请于2026年6月30日前提交申报材料。',
                 ['政府园区'], id='review2-r3-must-not-zones-given-growth-reward'),
    # paid to the intermediaries that brought the capital; the rate follows after a comma, not a digit
    pytest.param('subjects', '关于开展2026年度招商引资中介奖励申报的通知', '申报主体：在本市注册的招商中介企业。对成功引荐外资项目落户的，给予实际到位外资奖励，奖励比例为到位外资的1%。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review2-r3-must-not-intermediary-firms'),
    # persons who brought in investment receive the 利用外资奖励
    pytest.param('subjects', '关于开展2026年度招商引资先进个人评选的通知', '评选对象：全市从事招商引资工作的人员。对引进项目实际到位外资超过1000万美元的个人，另给予利用外资奖励。请于2026年6月30日前提交申报材料。',
                 ['人才'], id='review2-r3-must-not-investment-promoters'),
    # 外资专项奖励 paid to the introducers (social organisations, persons)
    pytest.param('subjects', '关于开展2026年度外资招商引资奖励申报的通知', '对引进外资项目的社会组织和个人给予外资专项奖励。请于2026年6月30日前提交申报材料。',
                 ['人才'], id='review2-r3-must-not-special-reward-to-introducers'),
    # a rule against double funding for trading firms; the 企业 in it is the trading firms (also loses 企业)
    pytest.param('subjects', '关于开展2026年度商务发展专项资金申报的通知', '支持对象：本市注册的外贸企业。已享受市级利用外资奖补的企业，本项目支持额度减半。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review2-r3-must-not-halved-if-already-rewarded'),
    # 有外资的企业 named only to exclude it (除…外)
    pytest.param('subjects', '关于开展2026年度商务发展专项资金申报的通知', '支持对象：本市注册的民营企业，除有外资的企业外。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review2-r3-must-not-except-foreign-funded'),
    # 未有外资的企业 = firms without foreign capital (the lookbehind excludes 没, 不包括, 不含 only)
    pytest.param('subjects', '关于开展2026年度商务发展专项资金申报的通知', '支持对象：本市注册、未有外资的企业。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review2-r3-must-not-without-foreign-capital-literary'),
    # guard: 有外资的企业 excluded in brackets
    pytest.param('subjects', '关于开展2026年度商务发展专项资金申报的通知', '支持对象：本市注册的民营企业（有外资的企业除外）。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review2-r3-must-not-excluded-in-brackets'),
    # 未上市企业 a condition of the gazelle applicants
    pytest.param('subjects', '关于开展2026年度瞪羚企业认定的通知', '申报条件：成立10年以内、未上市企业，近三年营收年均增长20%以上。请于2026年6月30日前提交申报材料。',
                 ['瞪羚企业'], id='review2-r4-should-gazelle-not-listed'),
    # guard: 未上市的 before another type leaves that type read
    pytest.param('subjects', '关于开展2026年度创新联合体组建申报的通知', '牵头单位应为上市企业或未上市的专精特新“小巨人”企业。请于2026年6月30日前提交申报材料。',
                 ['上市企业', '专精特新小巨人企业'], id='review2-r4-must-not-listed-or-unlisted-giant'),
    # guard: 未升规企业 are firms below the threshold, not 规上
    pytest.param('subjects', '关于开展2026年度小升规培育申报的通知', '申报对象：年营业收入1000万元以上、未升规企业。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review2-r4-must-not-not-yet-above-scale'),
    # 先进集体 (firms) and 先进个人 (their staff) both honoured; the first 企业 is an applicant of its own
    pytest.param('subjects', '关于开展2026年度科技创新先进集体和先进个人推荐工作的通知', '推荐对象：本市各类企业和在企业工作的专业技术人员均可申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-honour-firms-and-staff-working-there'),
    # 企业 and 科技人员 are two applicant groups; 'the qualified staff' are nobody's staff in particular
    pytest.param('subjects', '关于开展2026年度科技创新先进集体和先进个人推荐工作的通知', '推荐对象：在本市注册的企业和符合条件的科技人员均可申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-honour-firms-and-qualified-staff'),
    # the private firms (先进集体) and their heads (先进个人) both honoured
    pytest.param('subjects', '关于开展2026年度民营经济发展先进集体和先进个人推荐工作的通知', '推荐对象：在本市注册、贡献突出的民营企业和企业的主要负责人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-honour-private-firms-and-leaders'),
    # the firm that organises the assessment and the certified worker each claim a subsidy
    pytest.param('subjects', '关于开展2026年度技能人才评价补贴申报的通知', '补贴对象：组织职工参加技能等级认定的企业和取得证书的职工个人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-skills-subsidy-firms-and-workers'),
    # a contest open to firms, teams and persons; the persons 'working in the city' are listed after the firms
    pytest.param('subjects', '关于举办第十届创新创业大赛的通知', '参赛对象：本市各类企业、创业团队和在本市工作的科技工作者。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-contest-firms-teams-workers'),
    # a project call: 申报企业 apply, their staff lead the project, teams may join
    pytest.param('subjects', '关于开展2026年度科技计划项目申报的通知', '申报要求：项目负责人须为申报企业的在职科技人员，创新团队可联合申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-project-leader-staff-teams'),
    # the employer applies for its hires (为其…申报: FIRMS_APPLY_FOR_PERSONS reads 企业为申报主体/企业申报其 only)
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报方式：用人企业为其全职引进的人才申报，请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-employer-applies-weiqi'),
    # the employer applies for its hires (企业统一为…申报)
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报方式：企业统一为新引进的人才申报，请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-employer-applies-tongyi'),
    # 由用人单位…申报 in the sentence before; 企业为其…代为申报 in its own
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报方式：由用人单位统一申报。企业为其新引进的人才代为申报，请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-employer-applies-you-sentence-before'),
    # the talent and its employer (the firm) are both paid
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '对企业全职引进的人才，给予人才本人安家补贴，并按其年薪的10%给予用人单位奖励。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-reward-talent-and-employer'),
    # 用人企业及其…人才均可申请: both apply
    pytest.param('subjects', '关于开展2026年度高层次人才安居补贴申报的通知', '申报对象：用人企业及其新引进的人才均可按规定申请补贴。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-employer-and-hires-housing'),
    # the start-up applies with its founder; 企业的研发人员超过…20% is its own condition (cr68b's 占 wording, reworded)
    pytest.param('subjects', '关于开展2026年度海外人才创业资助申报的通知', '申报条件：1.在本市注册、成立不超过3年；2.企业的研发人员超过职工总数的20%；3.创始人为海外高层次人才。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-startup-staff-share-over'),
    # guard: firms listed in their own clause, their staff named in the next sentence
    pytest.param('subjects', '关于举办2026年创新创业大赛的通知', '参赛对象：在本市注册的企业、创业团队和个人均可报名。企业的参赛项目负责人应为企业的在职员工。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-contest-firms-teams-persons-founder'),
    # guard: a firm group and a team group (尚未注册企业: 未 not right before the firm)
    pytest.param('subjects', '关于举办2026年创新创业大赛的通知', '参赛对象：企业组面向在本市注册的科技型企业；团队组面向尚未注册企业的创业团队。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-contest-firm-and-team-groups'),
    # guard: 项目负责人应为申报单位的在职人员 (no 人才 read)
    pytest.param('subjects', '关于开展2026年度科技项目申报的通知', '申报单位为在本市注册的企业。项目负责人应为申报单位的在职人员。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review3-r1-must-not-project-leader-unit-staff'),
    # guard: a legal-person unit applies, teams may join
    pytest.param('subjects', '关于开展2026年度科技项目申报的通知', '申报主体为独立法人单位。项目负责人应为申报单位的在职人员，创新团队可联合申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-legal-unit-leader-teams'),
    # guard: a start-up grant for talent-founded firms (法定代表人 is no PERSONS word)
    pytest.param('subjects', '关于开展2026年度人才创业企业资助申报的通知', '支持对象：高层次人才在本市创办的企业，企业的法定代表人须为人才本人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-talent-founded-firm'),
    # guard: 企业的核心技术人员 (not right after 的)
    pytest.param('subjects', '关于开展2026年度高层次人才创新创业资助申报的通知', '申报条件：1.由高层次人才领办，在本市注册，成立不超过5年；2.企业的核心技术人员须签订3年以上劳动合同。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-talent-led-firm-core-staff'),
    # guard: 申报主体为…企业 keeps the firm whatever the next sentence says
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报主体为在本市注册的企业。企业可为本单位全职引进的人才申报奖励。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-employer-stated-then-applies'),
    # guard: an employer's reward for bringing talent in (no 人才 applying)
    pytest.param('subjects', '关于开展2026年度用人单位引才奖励申报的通知', '奖励对象：新引进高层次人才的企业。奖励标准：按引进人才年薪的10%给予奖励。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review3-r1-must-not-employer-reward-only'),
    # guard: units and persons both honoured
    pytest.param('subjects', '关于开展2026年度人才工作先进单位和优秀人才工作者评选的通知', '评选对象：全市重视人才工作的企业和企业的人才工作者。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review3-r1-must-not-talent-work-units-and-workers'),
    # persons apply; the firms are where they work
    pytest.param('subjects', '关于开展2026年度高技能人才项目申报的通知', '申报人须为在本市企业工作的技术工人，年龄不超过45周岁。请于2026年6月30日前提交申报材料。',
                 ['人才'], id='review3-r1-should-workers-in-firms'),
    # 未来工厂: 未 in 未来
    pytest.param('subjects', '关于开展2026年度未来工厂培育申报的通知', '申报对象：本市规模以上工业企业。请于2026年6月30日前提交申报材料。',
                 ['制造企业', '规上企业'], id='review3-r2-must-not-future-factory'),
    # 未获得…的中小企业: the firms apply
    pytest.param('subjects', '关于开展2026年度中小企业专项资金申报的通知', '支持对象：近三年未获得市级以上同类项目支持的中小企业。请于2026年6月30日前提交申报材料。',
                 ['中小企业'], id='review3-r2-must-not-not-yet-funded-sme'),
    # 成立未满5年
    pytest.param('subjects', '关于开展2026年度科技金融贴息申报的通知', '支持对象：成立未满5年的科技型中小企业。请于2026年6月30日前提交申报材料。',
                 ['科技型中小企业'], id='review3-r2-must-not-founded-under-five-years'),
    # a listing-reserve call: firms filed but not yet listed are in it
    pytest.param('subjects', '关于开展2026年度上市后备企业入库申报的通知', '入库对象：本市拟上市企业，含已报会未上市企业。请于2026年6月30日前提交申报材料。',
                 ['上市企业'], id='review3-r2-must-not-listing-reserve-filed-not-listed'),
    # 尚未纳入规上统计: 规上 not negated as a type, 小微企业 apply
    pytest.param('subjects', '关于开展2026年度创新券申报的通知', '申领对象：尚未纳入规上统计的小微企业。请于2026年6月30日前提交申报材料。',
                 ['小微企业'], id='review3-r2-must-not-small-not-yet-in-stats'),
    # 未被列入失信名单的制造业企业
    pytest.param('subjects', '关于开展2026年度首台套奖励申报的通知', '申报对象：未被列入失信名单的制造业企业。请于2026年6月30日前提交申报材料。',
                 ['制造企业'], id='review3-r2-must-not-not-blacklisted-manufacturers'),
    # 尚未上市企业 is a condition of the unicorn applicants
    pytest.param('subjects', '关于开展2026年度潜在独角兽企业申报的通知', '申报条件：成立不超过8年、尚未上市企业，最近一轮估值超过5亿元。请于2026年6月30日前提交申报材料。',
                 ['独角兽企业'], id='review3-r2-should-unicorn-not-yet-listed'),
    # 未上市企业 in the title: any firm completing its share reform
    pytest.param('subjects', '关于开展2026年度未上市企业股改奖励申报的通知', '支持对象：完成股份制改造的本市企业。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review3-r2-should-unlisted-title'),
    # 先进集体 (firms) and 先进个人 (their heads, HR workers) both honoured; the firms and persons joined by 、
    pytest.param('subjects', '关于开展2026年度人才工作先进集体和先进个人评选的通知', '评选范围：全市各类企业、企业的主要负责人和人力资源工作者。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-honour-firms-comma-leaders'),
    # a firm or its head may be chosen (或)
    pytest.param('subjects', '关于开展2026年度人才工作先进集体和先进个人评选的通知', '评选对象：全市优秀民营企业或企业的主要负责人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-honour-firms-or-leaders'),
    # firms and their heads both honoured (与)
    pytest.param('subjects', '关于开展2026年度人才工作先进集体和先进个人评选的通知', '评选对象：重视人才工作的企业与企业的主要负责人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-honour-firms-with-leaders'),
    # 优秀企业 and 优秀企业家: both firms and persons chosen
    pytest.param('subjects', '关于开展2026年度优秀企业和优秀企业家评选的通知', '评选对象：全市各类企业与企业的主要负责人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-firms-and-entrepreneurs-award'),
    # firms and their researchers both recommended (人选 opens PERSONS_NAMED_BEFORE; the firms and persons joined by 、)
    pytest.param('subjects', '关于推荐2026年度科技创新先进典型的通知', '推荐人选：在科技创新中作出突出贡献的企业、企业的科技人员。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-recommended-firms-and-staff'),
    # the firms are chosen, their talent workers too (a bracket is no 和/及)
    pytest.param('subjects', '关于开展2026年度人才工作先进集体和先进个人评选的通知', '评选范围：全市各类企业（含企业的人才工作者）。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-honour-firms-persons-in-brackets'),
    # 申报企业 apply (their person leads the project); teams may join. 项目申报人 is read as PERSONS_NAMED_BEFORE
    pytest.param('subjects', '关于开展2026年度科技计划项目申报的通知', '一、申报单位应在本市注册，具备较强的研发能力。二、项目申报人应为申报企业的在职科技人员，创新团队可联合申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-project-applicant-person-in-section'),
    # as above: 申报人须为申报企业的正式在职人员 is the cr68c project-leader guard with 申报人 for 项目负责人
    pytest.param('subjects', '关于开展2026年度科技计划项目申报的通知', '申报要求：申报人须为申报企业的正式在职人员，创新团队可联合申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-project-applicant-person-formal-staff'),
    # the employer submits for its hires, in the next sentence (FIRMS_APPLY_FOR_PERSONS reads one sentence)
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报对象：2025年以来企业新引进的人才。申报程序：用人单位登录系统填报，于2026年6月30日前提交材料。',
                 ['人才', '企业'], id='review4-r1-must-not-employer-submits-next-sentence'),
    # 由用人单位…申报 after a semicolon
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报对象：企业新引进的人才；由用人单位登录系统统一申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-employer-submits-semicolon'),
    # 用人单位代为申报: the employer applies for them (not 由…/为其/统一为)
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报对象：企业新引进的人才，用人单位代为申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-employer-submits-daiwei'),
    # the subsidy is paid to the employing firm
    pytest.param('subjects', '关于开展2026年度人才引进补贴申报的通知', '申报对象：企业新招用的人才，补贴资金拨付至用人单位。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-employer-paid-yongren'),
    # paid to the firm the talent works at
    pytest.param('subjects', '关于开展2026年度高层次人才安家补贴申报的通知', '申报对象：企业全职引进的人才。奖励资金拨付至人才所在单位。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-employer-paid-suozai'),
    # firms and talents both apply (均可申报); WORKED_AT_AFTER lets 和 stand before 就职
    pytest.param('subjects', '关于开展2026年度人才创新创业资助申报的通知', '申报主体：在本市注册的企业和在企业就职的高层次人才均可申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-firms-and-persons-jiuzhi'),
    # same with 从业
    pytest.param('subjects', '关于开展2026年度人才创新创业资助申报的通知', '申报主体：在本市注册的企业和在企业从业的高层次人才均可申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-firms-and-persons-congye'),
    # the start-up applies with its founder; 不少于3人 is more than 8 characters after the persons
    pytest.param('subjects', '关于开展2026年度海外人才创业资助申报的通知', '申报条件：1.由海外高层次人才领办，在本市注册不超过3年；2.在企业就职的研发人员中具有硕士以上学历的不少于3人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-startup-staff-degree-count'),
    # guard: 单位和个人均可申报 worded with 企业
    pytest.param('subjects', '关于开展2026年度科技奖励申报的通知', '申报对象：本市企业和个人均可申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-firms-and-persons-may-apply'),
    # guard: a contest open to firms, teams and persons
    pytest.param('subjects', '关于举办2026年创新创业大赛的通知', '参赛对象：在本市注册的企业、创业团队和个人均可报名参赛。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-contest-firms-teams-persons'),
    # guard: the employer's reward for bringing talent in
    pytest.param('subjects', '关于开展2026年度用人单位引才奖励申报的通知', '奖励对象：引进高层次人才的企业，按引进人才年薪的10%给予奖励。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review4-r1-must-not-employer-reward'),
    # guard: 项目负责人应为申报单位的在职人员
    pytest.param('subjects', '关于开展2026年度科技计划项目申报的通知', '申报单位为在本市注册的企业。项目负责人应为申报单位的在职人员，创新团队可联合申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-project-leader-unit-staff-teams'),
    # guard: a talent-founded start-up's staff condition without 在 or a persons-naming word
    pytest.param('subjects', '关于开展2026年度人才创业企业资助申报的通知', '支持对象：由高层次人才领办、在本市注册的企业，企业的研发人员中硕士以上学历的不少于3人。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-startup-staff-condition-no-zai'),
    # guard: the firms in their own clause
    pytest.param('subjects', '关于开展2026年度人才工作先进集体和先进个人评选的通知', '评选范围：全市各类企业，以及企业的人才工作者。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-honour-firms-then-yiji-staff'),
    # guard: the firm submitting named in its own clause
    pytest.param('subjects', '关于开展2026年度高层次人才引进奖励申报的通知', '申报对象：企业新引进的人才，所在企业统一申报。请于2026年6月30日前提交申报材料。',
                 ['人才', '企业'], id='review4-r1-must-not-employer-submits-own-clause'),
    # guard: 未来 before the type's words
    pytest.param('subjects', '关于开展2026年度未来独角兽企业培育申报的通知', '申报对象：估值超过1亿美元的未来独角兽企业。请于2026年6月30日前提交申报材料。',
                 ['独角兽企业'], id='review4-r2-must-not-future-unicorn'),
    # guard: 未被认定为… the applicants are 高企 seeking the status
    pytest.param('subjects', '关于开展2026年度瞪羚企业认定的通知', '申报对象：未被认定为瞪羚企业的高新技术企业。请于2026年6月30日前提交申报材料。',
                 ['瞪羚企业', '高新技术企业'], id='review4-r2-must-not-not-yet-gazelle-hightech'),
    # guard: 尚未认定为…的企业 enter the cultivation library
    pytest.param('subjects', '关于开展2026年度高企培育库入库申报的通知', '入库对象：尚未认定为高新技术企业的企业。请于2026年6月30日前提交申报材料。',
                 ['高企培育库企业'], id='review4-r2-must-not-not-yet-hightech-firms'),
    # guard: 未获评 before a type, the 中小企业 apply
    pytest.param('subjects', '关于开展2026年度创新型中小企业评价的通知', '评价对象：未获评专精特新中小企业的中小企业。请于2026年6月30日前提交申报材料。',
                 ['中小企业', '创新型中小企业'], id='review4-r2-must-not-not-rated-sme'),
    # a listing-reserve call: firms planning to list are 上市企业 as the vocabulary has them (拟上市, cr68's r4-must-not-listing-reserve); under a strict reading 企业, but never nothing
    pytest.param('subjects', '关于开展2026年度资本市场后备企业库入库申报的通知', '申报对象：本市注册、有上市计划的未上市企业。请于2026年6月30日前提交申报材料。',
                 ['上市企业'], id='review4-r2-must-not-listing-reserve-unlisted'),
    # 尚未上市的企业: firms in IPO tutoring, not listed
    pytest.param('subjects', '关于开展2026年度企业上市奖励申报的通知', '奖励对象：完成股改并在江苏证监局辅导备案、尚未上市的企业。请于2026年6月30日前提交申报材料。',
                 ['企业'], id='review4-r2-should-pre-ipo-reward'),
]


# Every row is of one shape: field, title, text, expected.
@pytest.mark.parametrize("field, title, text, expected", ROWS + REVIEW_CASES)
def test_round_68_rows(field, title, text, expected):
    assert review_reading(field, title, text) == review_expected(expected)
