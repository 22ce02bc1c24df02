"""Round 60 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r517 (r518-r525 were
collected during the round; two of them are its final check), each tested here on phrasings written for these tests (the
sets' own texts stay outside the project). One table per field, read by one test per field; each row is one case, and
its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, field_values, holds, region_names, subjects

DEADLINES = [
    # a window word well past the date's clause in a run-on excerpt is a later step's, not what the date closes (r520_01,
    # r472_07); one before the date, or a few manner clauses on (the code review's), still names it
    pytest.param("定于近期组织开展2024年度市级创业孵化基地复评工作,现就有关事项通知如下:一、复评范围为2023年认定的市级创业孵化"
                 "基地,在省平台中提交复评申请,经区县(市)人力资源和社会保障局集体研究,于9月25日前向市人力资源社会保障局提出审核推荐"
                 "意见,市人力资源社会保障局组织开展专家评审工作,复评结果将在市人力资源社会保障局官网公示5个工作日,附件:1.申请表。",
                 "2024-08-13", "审核推荐截止", id="a-later-publicity-in-a-run-on-excerpt"),
    pytest.param("各有关单位：\n初审结果将在市工信局网站公布。申报企业可于2025年9月30日前，实名，以书面形式，向市工信局提出异议。",
                 "2025-09-01", "异议截止", id="objections-a-few-manner-clauses-on"),
    pytest.param("各有关单位：\n拟认定名单公示如下，公示期为2024年9月18日至9月25日，对公示内容有异议的，请于9月25日前向市人社局反映。",
                 "2024-09-18", "公示期结束", id="objections-to-a-publicity-before-the-date"),
]


@pytest.mark.parametrize("text, published, label", DEADLINES)
def test_deadline_labels(text, published, label):
    assert [d.label for d in extracted("", text, published).deadlines] == [label]


REGIONS = [
    # a body papers or objections go to, named with its district after its city, is the district's (r515_03), as an
    # issuer so named is; a city's body stays the city's, and a window's street address stays no issuer
    pytest.param("", "各有关企业：\n现将2024年度某专项资金拟推荐名单予以公示，公示期为5个工作日。如有异议，请以书面形式反馈至广州市"
                 "天河区科技工业和信息化局，电话：85123456。", ["天河区"], id="objections-to-a-district-body"),
    pytest.param("", "各有关单位：\n请将申报材料于2024年7月31日前报送至广州市科学技术局，电话：83124567。", ["广州市"],
                 id="papers-to-a-city-body"),
    pytest.param("", "各有关单位：\n受理地址：长沙市岳麓区某某路8号市科技局窗口，电话：88661234。", ["长沙市"],
                 id="papers-to-a-city-bodys-window-in-a-district"),
    # a customs district named after a city is 海关总署's, no scope of the notice (r521_05's 成都海关 in a provincial notice)
    pytest.param("", "各市（州）商务主管部门：\n对2025年度进出口额实现同比正增长的企业再予以20%支持（以成都海关统计口径为准）。", [],
                 id="a-customs-district-named-after-a-city"),
]


@pytest.mark.parametrize("title, text, expected", REGIONS)
def test_regions(title, text, expected):
    assert region_names(title, text) == expected


SUBJECTS = [
    # an addressee line a repost stripped of its colon, opening the text (r515_06), read as the line with its colon is;
    # not a first line that is a sentence, nor governments addressed
    pytest.param("", "各街道办事处、镇人民政府,区级有关部门,各企事业单位\n为落实科技创新政策，现开展2024年某区新经济应用场景建设"
                 "项目申报工作，有关事项通知如下。\n一、申报时间：2024年7月5日—23日。", ["企业"], id="an-addressee-line-without-its-colon"),
    pytest.param("", "各地各部门认真落实企业减负政策\n为落实科技创新政策，现开展2024年某区新经济应用场景建设项目申报工作，有关事项通知"
                 "如下。\n一、申报时间：2024年7月5日—23日。", [], id="a-first-line-that-is-a-sentence"),
    pytest.param("", "各县区人民政府\n为落实科技创新政策，现开展2024年某区新经济应用场景建设项目申报工作，有关事项通知如下。\n"
                 "一、申报时间：2024年7月5日—23日。", [], id="governments-addressed-without-a-colon"),
    # contestants a skills contest's results list (r520_13, r476_12), not their employers
    pytest.param("关于公布2023年某市职业技能竞赛获奖结果的通知", "各有关单位：\n现将2023年我市职业技能竞赛获奖名单（详见附件）予以"
                 "公布。\n附件：2023年某市职业技能竞赛获奖人员名单.xlsx", ["人才"], id="a-skills-contests-winners-listed"),
    pytest.param("关于公布2023年某市职业技能竞赛优秀组织单位的通知", "各有关单位：\n现将2023年我市职业技能竞赛优秀组织单位名单（详见"
                 "附件）予以公布，希望获奖选手所在单位再接再厉。", [], id="the-winners-employers"),
    # a policy notice on building the carriers that apply themselves (r520_04), as a rule for them is ("…孵化器认定和管理
    # 办法"); not a recognised platform (3 of 4 labelled policies governing one tag nothing)
    pytest.param("关于深入推进创业孵化基地建设工作的通知", "各市州人力资源社会保障局：\n为进一步发挥创业孵化基地作用，现就有关工作通知"
                 "如下。", ["孵化器"], id="a-notice-on-building-incubators"),
    pytest.param("关于加快推进企业技术中心建设工作的通知", "各市州工信局：\n为进一步发挥企业技术中心作用，现就有关工作通知如下。", [],
                 id="a-notice-on-building-recognised-platforms"),
    # professional titles evaluated are applied for by persons (r431_06, r495_04), in the title or the purpose the text opens
    # with; the units addressed, and those the persons work at, pass the call on (part 3)
    pytest.param("关于开展2025年度全省职称申报评审工作的通知", "全省各相关单位：\n现将有关事宜通知如下：\n一、申报范围\n申报人员为省内"
                 "企事业单位在编、在岗人员。\n二、申报时间：2025年6月30日前。", ["人才"], id="professional-titles-evaluated"),
    pytest.param("", "各县（市）人力资源和社会保障局，州直各有关企事业单位：\n为做好自治州2025年度职称评审工作，确保各阶段工作按期完成，"
                 "现将有关事项通知如下：\n一、申报范围", ["人才"], id="professional-titles-evaluated-in-the-purpose"),
    pytest.param("关于开展2025年度企业研发费用补助申报工作的通知", "各有关企业：\n申报单位须有在职、在岗人员不少于10人。请于2025年"
                 "6月30日前申报。", ["企业"], id="a-firms-staff-counted"),
    # a postdoctoral platform, as a postdoctoral station (r505_08, r468_04's 博士工作站); not postdoctoral funding
    pytest.param("关于开展2025年度博士后平台储备单位申报工作的通知", "各有关单位：\n请符合条件的企业于2025年6月30日前申报。",
                 ["企业", "平台载体"], id="a-postdoctoral-platform"),
    pytest.param("关于开展2025年度博士后科研资助申报工作的通知", "各有关单位：\n请符合条件的博士后研究人员于2025年6月30日前申报。",
                 ["人才"], id="postdoctoral-funding"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


# The code review's cases the code gets right at the end of part 2, each id naming what the reviewer probed (phrasings
# written by the reviewer for these tests). Left failing: a rule's term counted back from an event (前30天前, 30日前,
# 之前15个工作日), taken back with the rule in part 2, which also read a dated fair's window counted back as none.
REVIEW_GUARDS = [
    pytest.param("regions", "",
                 "各有关企业：\n现将2025年度拟推荐名单予以公示，公示期为5个工作日。如有异议，请以书面形式邮寄至广州市越"
                 "秀区府前路市科技局规划处。",
                 "2025-07-01", None, ["广州市"], ["越秀区"],
                 id="regions-a-city-bureaus-mail-address-on-a-district-street"),
    pytest.param("regions", "",
                 "各有关单位：\n现开展2025年度技术改造专项资金申报工作。请于2025年7月31日前将纸质材料报送至成都市"
                 "青羊区政务服务中心，由市经信局统一受理。",
                 "2025-07-01", None, ["成都市"], ["青羊区"],
                 id="regions-a-district-service-centre-taking-papers-for-the-city-bureau"),
    pytest.param("regions", "",
                 "各区（市）县科技局，各有关单位：\n现开展2025年度成都市科技型企业创新券申报工作。请各区（市）县科技部门"
                 "于2025年7月31日前将汇总表报送至成都市科学技术局；锦江区企业申报材料报送至成都市锦江区科技局。",
                 "2025-07-01", None, ["成都市"], ["锦江区"],
                 id="regions-a-city-call-routing-one-districts-firms-to-their-district"),
    pytest.param("regions", "",
                 "各有关企业：\n现将拟认定名单予以公示，公示期为5个工作日。如有异议，请反馈至武汉市洪山区人民政府办公室，电"
                 "话：87654321。",
                 "2025-07-01", None, ["洪山区"], ["武汉市"],
                 id="regions-objections-to-a-district-governments-office"),
    pytest.param("regions", "江苏省商务厅关于做好2025年度外贸稳增长资金申报工作的通知",
                 "各设区市商务局：\n对2025年度进出口额同比增长的企业给予支持，进出口额以南京海关统计数据为准。请各设区市"
                 "商务局于2025年10月15日前将汇总材料报送省商务厅。",
                 "2025-09-20", None, ["江苏省"], ["南京市"],
                 id="regions-a-customs-district-in-a-provincial-call"),
    pytest.param("subjects", "",
                 "关于开展2025年度区级科技创新券申报工作的通知\n各街道办事处、镇人民政府，各有关企事业单位\n为落实科技"
                 "创新政策，现开展2025年度区级科技创新券申报工作，有关事项通知如下。\n一、申报时间：2025年7月5日至"
                 "7月23日。",
                 "2025-07-01", None, ["企业"], [],
                 id="subjects-uncoloned-addressees-under-the-notices-heading"),
    pytest.param("subjects", "",
                 "各区（市）县经信局、各有关企业（单位）\n为落实数字化转型政策，现开展2025年度数字化转型项目申报工作，有"
                 "关事项通知如下。\n一、申报时间：2025年7月5日至7月23日。",
                 "2025-07-01", None, ["企业"], [],
                 id="subjects-uncoloned-addressees-ending-in-a-bracketed-unit"),
    pytest.param("subjects", "",
                 "各镇人民政府、街道办事处，各有关企业\n\n\n为落实科技创新政策，现开展2025年度区级科技创新券申报工作"
                 "，有关事项通知如下。\n一、申报时间：2025年7月5日至7月23日。",
                 "2025-07-01", None, ["企业"], [],
                 id="subjects-uncoloned-addressees-followed-by-a-blank-line"),
    pytest.param("subjects", "关于2025年度技能竞赛奖励资金申报的通知",
                 "各有关企业：\n对获奖人员的所在单位给予每人5000元奖励。请于2025年8月15日前提交申请。",
                 "2025-07-01", None, ["企业"], ["人才"],
                 id="subjects-winners-own-units-paid-written-with-的所在单位"),
    pytest.param("subjects", "关于2025年度技能竞赛奖励资金申报的通知",
                 "各有关企业：\n对获奖选手的培养单位给予每人5000元奖励。请于2025年8月15日前提交申请。",
                 "2025-07-01", None, ["企业"], ["人才"],
                 id="subjects-winners-training-units-paid"),
    pytest.param("subjects", "关于2025年度技能竞赛奖励资金申报的通知",
                 "各有关企业：\n对获奖选手所属企业给予每人5000元奖励。请于2025年8月15日前提交申请。",
                 "2025-07-01", None, ["企业"], ["人才"],
                 id="subjects-winners-affiliated-firms-paid"),
    pytest.param("subjects", "关于公布第三届全市职业技能大赛获奖名单的通知",
                 "各有关单位：\n第三届全市职业技能大赛已圆满结束，经组委会审定，现将比赛中取得优异成绩的选手名单予以公布（详"
                 "见附件）。",
                 "2025-07-01", None, ["人才"], [],
                 id="subjects-contestants-with-fine-results-listed"),
    pytest.param("subjects", "关于推进科技企业孵化器建设的若干措施",
                 "为推动孵化器高质量发展，制定如下措施。",
                 "2025-07-01", None, ["孵化器"], [],
                 id="subjects-measures-on-building-incubators"),
    pytest.param("subjects", "关于加快科技企业孵化器建设的指导意见",
                 "为推动孵化器高质量发展，提出如下意见。",
                 "2025-07-01", None, ["孵化器"], [],
                 id="subjects-guiding-opinions-on-building-incubators"),
    pytest.param("kind", "",
                 "各参展企业：\n2025中国（成都）国际汽车展览会将于8月29日至9月7日在西部国际博览城举办。参展企业可在"
                 "展会闭幕前5个工作日内向区商务局提交展位费补贴申请材料。",
                 "2025-08-15", None, ["call"], ["event"],
                 id="kind-a-fair-subsidy-call-counted-back-from-the-fairs-close"),
    pytest.param("apply_deadline", "关于开展2025年度市级企业技术中心认定工作的通知",
                 "各有关企业：\n一、请于2025年9月10日前登录系统提交申报材料，逾期不予受理。\n二、初审结果公布后，申"
                 "报企业于2025年9月30日前，可携带证明材料，到市工信局企业科，反映异议。",
                 "2025-09-01", None, ["2025-09-10"], ["2025-09-30"],
                 id="apply-deadline-objections-three-clauses-after-their-date"),
    pytest.param("apply_deadline", "关于开展2025年度市级企业技术中心认定工作的通知",
                 "各有关企业：\n一、请于2025年9月10日前登录系统提交申报材料，逾期不予受理。\n二、初审结果将在市工信"
                 "局网站公布。申报企业可于2025年9月30日前，实名，以书面形式，向市工信局提出异议。",
                 "2025-09-01", None, ["2025-09-10"], ["2025-09-30"],
                 id="apply-deadline-objections-after-a-bare-manner-clause"),
    pytest.param("deadlines", "关于开展2025年度市级企业技术中心认定工作的通知",
                 "各有关企业：\n一、申报截止时间为2025年9月10日。\n二、各区工信局于2025年9月15日前完成审核，"
                 "推荐名单经区工信局审核后，在区政府网站公示5个工作日，公示无异议后报市工信局。",
                 "2025-09-01", None, ["2025-09-10", "2025-09-15"], [],
                 id="deadlines-a-later-publicity-step-after-a-review-date"),
]


@pytest.mark.parametrize("field, title, text, published, account, must_hold, must_not_hold", REVIEW_GUARDS)
def test_guards(field, title, text, published, account, must_hold, must_not_hold):
    read = field_values(extracted(title, text, published, account), field)
    assert holds(read, must_hold, must_not_hold), read
