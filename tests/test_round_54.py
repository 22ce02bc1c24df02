"""Round 54 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r477 (r467 and r472 are
the round's final check), each tested here on phrasings written for these tests (the sets' own texts stay outside the
project). One table per field, read by one test per field; each row is one case, and its id says which rule it pins or
guards; the three code reviews' cases follow."""
import pytest

from round_helpers import extracted, field_values, holds, kind, region_names, subjects


REGIONS = [
    # (guard: a zone's body naming no place, signing for the account that names the zone in full, gives the account's
    # zone: n_040)
    pytest.param("", "各企业：\n现将省工信厅通知转发你们，请符合条件的企业积极申报，贵阳市辖区内企业于4月3日前完成申报。\n"
                 "高新区产业发展局\n2023年3月10日", "贵阳国家高新技术产业开发区产业发展局", ["贵阳国家高新技术产业开发区"],
                 id="the-accounts-name-for-the-zone"),
    # (guard: a body of a kind of area that has no one official name stays the city's)
    pytest.param("", "各相关企业：\n根据大连市商务局通知，现组织开展外贸企业申报工作，请于7月9日前将材料报送至管委会。\n"
                 "保税区商务局\n2024年7月2日", None, ["大连市"], id="a-bonded-area-body"),
    # 杨凌's national agricultural zone, governed by the province, is named by its own name (r449_11, r458_08)
    pytest.param("", "各有关单位：\n现将示范区2025年重点工作安排印发给你们，请认真贯彻执行。\n杨凌示范区管委会\n2025年3月6日",
                 None, ["杨凌农业高新技术产业示范区"], id="yangling-zone"),
    # a named zone with a code of its own, signed after its city, keeps its full name (r473_04; as 两江新区 alone does)
    pytest.param("", "各国有企业，各街道办事处：\n现将专项行动实施方案印发给你们，请认真抓好贯彻实施。\n重庆两江新区管理委员会\n"
                 "2023年3月20日", None, ["重庆两江新区"], id="a-named-zone-after-its-city"),
    # a firm's registered trademark (注册商标) says nothing of where applicants are registered: a list entry so written
    # does not narrow its city's notice to the firm's county (r477_10)
    pytest.param("", "为提升老字号品牌价值，经企业申请、部门审核，现将拟认定名单予以公示。\n公示时间：2023年8月16日—2023年8月22日。\n"
                 "拟认定“某市老字号”的企业\n1.四川某某酒业有限公司（注册商标：某某酒）\n2.开江县某某豆笋坊（注册商标：某某）\n"
                 "达州市商务局\n2023年8月16日", None, ["达州市"], id="a-registered-trademark"),
    # (guard: where applicants must be registered still scopes a notice naming no issuer, beside its registered capital)
    pytest.param("", "一、申报对象\n在开江县注册、注册资本不低于100万元的企业。\n二、请于2026年9月30日前报送申报材料。", None,
                 ["开江县"], id="where-applicants-are-registered"),
    # (guard: a 示范区's committee may govern a whole city, '济源产城融合示范区管理委员会' is 济源市's government; no rule
    # reads an area's own name from its committee yet)
    pytest.param("", "各镇人民政府：\n现将稳增长若干措施印发给你们，请认真贯彻执行。\n济源产城融合示范区管理委员会\n2025年3月1日",
                 None, ["济源市"], id="a-pilot-areas-committee-governing-a-city"),
]


@pytest.mark.parametrize("title, text, account, expected", REGIONS)
def test_regions(title, text, account, expected):
    assert region_names(title, text, account) == expected


KINDS = [
    # a drafting explanation explains a policy, by its title or by its opening section (r469_15, r471_15)
    pytest.param("《某市生命健康领域科技创新指导计划管理办法》起草说明", "一、文件起草背景\n为深入贯彻创新驱动发展战略，制定本办法。",
                 "interpretation", id="a-drafting-explanations-title"),
    pytest.param("", "一、起草背景和过程\n人工智能是引领新一轮科技革命的战略性技术。为加快发展，起草了本措施。\n二、主要内容\n"
                 "措施共分五个部分。", "interpretation", id="a-drafting-explanations-opening"),
    # (guard: a draft put out for comment with its explanation is a policy still)
    pytest.param("关于公开征求《某市城市住房保障管理办法（修订草案征求意见稿）》及其起草说明意见的公告",
                 "现将征求意见稿及其起草说明予以公布，征求社会各界意见。", "policy", id="a-draft-with-its-explanation-for-comment"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


SUBJECTS = [
    # a rule that recognises or grades talent is for talent (r468_02; r431_12 explains one)
    pytest.param("关于印发《某市人才分类评价实施办法》的通知", "各镇（街道）人民政府，市直各有关单位：\n现将《某市人才分类评价实施办法》"
                 "发给你们，请认真贯彻执行。\n第一条 为做好我市人才的分类评价工作，制定本办法。", ["人才"],
                 id="a-rule-grading-talent"),
    # (guard: reforming how talent is evaluated names no applicant)
    pytest.param("关于深化人才评价机制改革的实施意见", "为深化人才发展体制机制改革，提出如下意见。\n一、总体要求", [],
                 id="reforming-talent-evaluation"),
    # an untitled call's opening naming a programme of 英才 is for talent, as such a title is (r468_05)
    pytest.param("", "有关单位:根据市委组织部《关于开展2024年“某某英才计划”申报评选工作的通知》要求,为做好2024年“某某英才计划”科技领域"
                 "申报推荐工作,一、申报范围全职在本市工作1年以上(截至2024年10月31日)的企事业单位在岗人员,二、申报材料(一)《某某英才计划"
                 "申报书》(由申报人填写)。",
                 ["人才"], id="an-untitled-calls-talent-programme"),
    # a government or a zone's committee that reviews, recommends or passes the call on is no applicant (r462_16,
    # r469_01, r445_05)
    pytest.param("关于组织申报2024年度某市工程技术研究中心的通知", "一、申报对象\n在本市注册的企业。\n二、申报时间\n申报单位网上申报截止"
                 "时间为2024年11月18日17:00，请高新区管委会于11月20日17:00前以书面材料形成推荐名单。", ["企业", "平台载体"],
                 id="a-committee-recommending"),
    pytest.param("关于征集2024年企业科技需求的通知", "各区人民政府、市直各机关单位：\n一、征集对象\n本次需求征集对象：国家高新技术企业、"
                 "规模以上工业企业。\n二、征集要求\n各需求申报单位须明确合作重点。\n各区人民政府、市直各机关单位将调研表通知到辖区内、行业内的"
                 "相关企业，于6月30日前报送。",
                 ["制造企业", "规上企业", "高新技术企业"], id="governments-passing-a-survey-on"),
    # (guard: a committee named the applicant stays one)
    pytest.param("关于申报2024年省级特色产业园区的通知", "一、申报主体\n申报主体为园区管理委员会，经所在市审核后报送。\n"
                 "二、请于7月10日前报送申报材料。", ["政府园区"], id="a-committee-applying"),
    # a university's graduates are persons, not the university (r468_03)
    pytest.param("就业见习补贴申报指南", "申报条件\n备案企业招录离校2年内未就业的高校毕业生、高校毕业学年在校生。\n申报时限\n"
                 "见习结束后三个月内，于2026年12月31日前申报。", ["企业"], id="a-universitys-graduates"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


# The code review of part 1 (a zone's body naming no place read as its city's high-tech or economic zone, taken back
# with part 2): its cases, each of which the code now gets right.
REVIEW_GUARDS = [
    # a zone's body naming no place in a county-level city's note (昆山高新区 named) is never the prefecture's zone
    pytest.param("regions", "",
                 "各有关企业：\n根据苏州市科学技术局《关于组织开展2025年度苏州市创新联合体申报工作的通知》要求，现组织昆山高新区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n高新区经济发展局\n2025年5月26日",
                 "2025-05-27", None, [], ["苏州高新技术产业开发区"],
                 id="regions-county-level-city-zone-named-in-text"),
    # …nor in a district's (武进国家高新区 named): not 常州's other high-tech zone
    pytest.param("regions", "",
                 "各有关企业：\n根据常州市科学技术局通知，现组织武进国家高新区内企业开展2025年度市级科技计划项目申报，"
                 "请于6月10日前将申报材料报送至管委会。\n高新区科技局\n2025年5月26日",
                 "2025-05-27", None, [], ["常州高新技术产业开发区"],
                 id="regions-district-zone-named-in-text"),
    # …nor in a county's (沭阳 has its own 经济技术开发区): not 宿迁经济技术开发区
    pytest.param("regions", "",
                 "各有关企业：\n根据宿迁市工业和信息化局《关于开展2025年度市级智能工厂评定工作的通知》要求，现组织沭阳县企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n经开区经济发展局\n2025年5月26日",
                 "2025-05-27", None, [], ["宿迁经济技术开发区"],
                 id="regions-county-economic-zone"),
    # …nor in 江宁区's (江宁经济技术开发区): not 南京经济技术开发区, which lies in 栖霞区
    pytest.param("regions", "",
                 "各有关企业：\n根据南京市工业和信息化局《关于组织申报2025年度南京市智能制造示范工厂的通知》要求，"
                 "现组织江宁区企业开展申报工作，请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。"
                 "\n经开区科技创新局\n2025年5月26日",
                 "2025-05-27", None, [], ["南京经济技术开发区"],
                 id="regions-district-economic-zone"),
    # …nor in a municipality's district (璧山高新区): not 重庆高新区
    pytest.param("regions", "",
                 "各有关企业：\n根据重庆市科学技术局《关于开展2025年度高新技术企业认定工作的通知》要求，现组织璧山区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n高新区科技创新局\n2025年5月26日",
                 "2025-05-27", None, [], ["重庆高新技术产业开发区"],
                 id="regions-municipality-district-zone"),
    # a county-level city's own note keeps the county-level city
    pytest.param("regions", "",
                 "各有关企业：\n现组织江阴市企业开展2025年度科技创新项目申报工作，请有意向的企业于6月10日前将申报材料报送至管委会。"
                 "\n高新区科技局\n2025年5月26日",
                 "2025-05-27", None, [], ["无锡高新技术产业开发区", "无锡国家高新技术产业开发区"],
                 id="regions-county-level-city-own-note"),
    # no name a zone does not bear: 武汉's high-tech zone is 武汉东湖新技术开发区
    pytest.param("regions", "",
                 "各有关企业：\n根据武汉市科学技术局《关于组织申报2025年度市级科技计划项目的通知》要求，现组织辖区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n高新区科技创新局\n2025年5月26日",
                 "2025-05-27", None, [], ["武汉高新技术产业开发区"],
                 id="regions-wuhan-zone-body"),
    # …威海's is 威海火炬高技术产业开发区
    pytest.param("regions", "",
                 "各有关企业：\n根据威海市科学技术局《关于组织申报2025年度市级科技计划项目的通知》要求，现组织辖区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n高新区经济发展局\n2025年5月26日",
                 "2025-05-27", None, [], ["威海高新技术产业开发区"],
                 id="regions-weihai-torch-zone-body"),
    # …泰州's is 泰州医药高新技术产业开发区
    pytest.param("regions", "",
                 "各有关企业：\n根据泰州市科学技术局《关于组织申报2025年度市级科技计划项目的通知》要求，现组织辖区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n高新区科技局\n2025年5月26日",
                 "2025-05-27", None, [], ["泰州高新技术产业开发区"],
                 id="regions-taizhou-medical-zone-body"),
    # a zone's body receiving applications beside the districts' bodies leaves a city's call the city's
    pytest.param("regions", "关于组织申报2025年度市级工程技术研究中心的通知",
                 "各有关单位：\n为加快创新平台建设，现组织开展郑州市2025年度市级工程技术研究中心申报工作。\n一、申报条件\n"
                 "在郑州市注册的企业。\n二、申报程序\n请各县（市、区）企业将申报材料报送至所在县（市、区）科技主管部门，"
                 "高新区企业报送至高新区经济发展局，截止时间为2025年5月20日。",
                 "2025-05-06", None, ["郑州市"], ["郑州高新技术产业开发区"],
                 id="regions-city-call-one-zone-receives"),
    # …and two zones' bodies receiving
    pytest.param("regions", "关于组织申报2025年度市级工程技术研究中心的通知",
                 "各有关单位：\n现组织开展郑州市2025年度市级工程技术研究中心申报工作。\n请各县（市、区）企业将申报材料报送至所在县（市、"
                 "区）科技主管部门，高新区、经开区企业分别报送至高新区经济发展局、经开区经济发展局，截止时间为2025年5月20日。",
                 "2025-05-06", None, ["郑州市"], ["郑州高新技术产业开发区", "郑州经济技术开发区"],
                 id="regions-city-call-two-zones-receive"),
    # a province's signed call naming a zone's body as a receiver stays the province's
    pytest.param("regions", "关于组织申报2025年度省科技成果转化专项资金项目的通知",
                 "各设区市科技局：\n现组织申报2025年度省科技成果转化专项资金项目。\n请各地企业将申报材料报送至所在设区市科技局，"
                 "高新区内企业报送至高新区管委会科技局，截止时间为2025年5月20日。\n江苏省科学技术厅\n2025年5月6日",
                 "2025-05-06", None, ["江苏省"], [],
                 id="regions-provincial-call-zone-receives"),
    # two zones' bodies signing on one line are their city (two zones of one city are that city)
    pytest.param("regions", "",
                 "各有关企业：\n根据郑州市科技局通知，现组织开展2025年度科技型企业研发费用后补助申报工作，请符合条件的企业于5月20日前完成线上填报。"
                 "\n高新区经济发展局、经开区经济发展局\n2025年5月6日",
                 "2025-05-06", None, ["郑州市"], ["郑州经济技术开发区", "郑州高新技术产业开发区"],
                 id="regions-two-zone-bodies-sign-on-one-line"),
    # …and on two lines
    pytest.param("regions", "",
                 "各有关企业：\n根据郑州市科技局通知，现组织开展2025年度科技型企业研发费用后补助申报工作，请符合条件的企业于5月20日前完成线上填报。"
                 "\n经开区经济发展局\n高新区经济发展局\n2025年5月6日",
                 "2025-05-06", None, ["郑州市"], [],
                 id="regions-two-zone-bodies-sign-on-two-lines"),
    # a zone's body named only as a contact gives no region
    pytest.param("regions", "关于组织申报2025年度市级工程技术研究中心的通知",
                 "各有关企业：\n现组织开展2025年度郑州市工程技术研究中心申报工作，请于5月20日前通过系统提交。\n"
                 "联系单位：高新区经济发展局\n联系电话：0371-67981234",
                 "2025-05-06", None, ["郑州市"], ["郑州高新技术产业开发区"],
                 id="regions-zone-body-only-in-contact-line"),
    # zones among a city's addressees are written to, not the issuer
    pytest.param("regions", "关于组织申报2025年度市级工程技术研究中心的通知",
                 "各县（市、区）科技局，高新区、经开区管委会：\n现组织开展2025年度郑州市工程技术研究中心申报工作，"
                 "请于5月20日前将推荐汇总表报送至市科技局。",
                 "2025-05-06", None, ["郑州市"], ["郑州高新技术产业开发区", "郑州经济技术开发区"],
                 id="regions-city-notice-addressed-to-zones"),
    # 经济开发区 (a provincial zone's word) is never made a national 经济技术开发区
    pytest.param("regions", "",
                 "各有关企业：\n根据盐城市工业和信息化局《关于开展2025年度市级智能车间认定工作的通知》要求，现组织辖区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n经济开发区经济发展局\n2025年5月26日",
                 "2025-05-27", None, [], ["盐城经济技术开发区"],
                 id="regions-provincial-type-economic-zone-body"),
    # the account naming the zone in full wins over a signature naming no place (武汉东湖新技术开发区)
    pytest.param("regions", "",
                 "各有关企业：\n根据武汉市科学技术局《关于组织申报2025年度市级科技计划项目的通知》要求，现组织辖区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n高新区科技创新局\n2025年5月26日",
                 "2025-05-27", "武汉东湖新技术开发区管理委员会", ["武汉东湖新技术开发区"], ["武汉高新技术产业开发区"],
                 id="regions-account-names-donghu-zone"),
    # …and a provincial 经济开发区's account (常州经济开发区)
    pytest.param("regions", "",
                 "各有关企业：\n根据常州市工业和信息化局《关于开展2025年度市级智能车间认定工作的通知》要求，现组织辖区企业开展申报工作，"
                 "请有意向的企业于6月10日前将申报材料（纸质版一式两份）报送至管委会。\n经开区经济发展局\n2025年5月26日",
                 "2025-05-27", "常州经济开发区经济发展局", ["常州经济开发区"], ["常州经济技术开发区"],
                 id="regions-account-names-provincial-economic-zone"),
    # 杨凌 written to by the province does not narrow the province's call
    pytest.param("regions", "关于组织申报2025年度陕西省重点研发计划项目的通知",
                 "各设区市科技局，杨凌示范区科技和创新局，韩城市科技局：\n现组织申报2025年度省重点研发计划项目，请于5月20日前将推荐材料报送至省科技厅。"
                 "\n陕西省科学技术厅\n2025年5月6日",
                 "2025-05-06", None, ["陕西省"], ["杨凌农业高新技术产业示范区"],
                 id="regions-yangling-in-a-provincial-addressee-line"),
    # a named zone signed after its province keeps its full name (杨凌)
    pytest.param("regions", "",
                 "各有关单位：\n现组织开展示范区2025年度农业科技推广项目申报，请于5月20日前将申报书报送至示范区科技和创新局。"
                 "\n陕西省杨凌示范区管理委员会\n2025年5月6日",
                 "2025-05-06", None, ["杨凌农业高新技术产业示范区"], ["陕西省"],
                 id="regions-yangling-after-its-province"),
    # …and one whose official name opens with 中国 (中国杨凌农业高新技术产业示范区管理委员会: the review's case, mended after it)
    pytest.param("regions", "",
                 "各有关单位：\n现将示范区2025年科技创新工作要点印发给你们，请结合实际认真贯彻落实。\n"
                 "中国杨凌农业高新技术产业示范区管理委员会\n2025年3月6日",
                 "2025-03-06", None, ["杨凌农业高新技术产业示范区"], [],
                 id="regions-yangling-formal-name-with-zhongguo"),
    # …and 四川天府新区
    pytest.param("regions", "",
                 "各有关单位：\n现组织开展新区2025年度产业发展专项资金项目申报，请于5月20日前报送。\n四川省天府新区管理委员会\n"
                 "2025年5月6日",
                 "2025-05-06", None, ["四川天府新区"], ["四川省"],
                 id="regions-tianfu-after-its-province"),
]


# The code review of part 2: its cases, each of which the code gets right since part 3 (11 of them were regressions).
SECOND_REVIEW_GUARDS = [
    # a department's budget 编制说明 explains no policy
    pytest.param("kind", "某区2025年度部门预算编制说明",
                 "一、部门主要职责\n区工业和信息化局负责全区工业和信息化发展规划的拟订。\n二、部门预算收支情况\n2025年收入预算总计1800万元，"
                 "支出预算总计1800万元。",
                 "2025-09-20", None, ['policy'], ['interpretation'],
                 id="kind-department-budget-compilation-note"),
    # a draft's explanation to a people's congress, 关于《…（草案）》的说明, explains
    pytest.param("kind", "关于《某省优化营商环境条例（草案）》的说明",
                 "主任、各位副主任、秘书长、各位委员：\n我受省人民政府委托，现就《某省优化营商环境条例（草案）》作如下说明。"
                 "\n一、制定条例的必要性\n优化营商环境是推动高质量发展的重要举措。\n二、起草过程\n省司法厅会同有关部门开展调研，"
                 "形成了草案。",
                 "2025-09-20", None, ['interpretation'], [],
                 id="kind-explanation-of-a-draft-law-to-the-congress"),
    # …and a revised rule's 修订说明
    pytest.param("kind", "《某市科技企业孵化器认定管理办法》修订说明",
                 "一、修订背景\n原办法自2020年施行以来，对我市孵化器发展发挥了积极作用。\n二、修订的主要内容\n本次修订调整了认定条件。",
                 "2025-09-20", None, ['interpretation'], [],
                 id="kind-revision-explanation"),
    # …and a 起草说明 whose title ends （全文）
    pytest.param("kind", "《某市促进人工智能产业发展若干措施》起草说明（全文）",
                 "一、制定的必要性\n为抢抓人工智能发展机遇，市工信局牵头起草了本措施。\n二、主要内容\n措施共十条。",
                 "2025-09-20", None, ['interpretation'], [],
                 id="kind-drafting-explanation-with-full-text-suffix"),
    # a drafting explanation by its title alone
    pytest.param("kind", "《某市促进人工智能产业发展若干措施》起草说明",
                 "一、制定的必要性\n为抢抓人工智能发展机遇，市工信局牵头起草了本措施。\n二、主要内容\n措施共十条。",
                 "2025-09-20", None, ['interpretation'], [],
                 id="kind-drafting-explanation-title-plain"),
    # …or opening 一、起草背景及过程
    pytest.param("kind", "",
                 "一、起草背景及过程\n为加快培育新质生产力，市科技局牵头起草了本措施，先后征求了各区和市直部门意见。\n"
                 "二、主要内容\n措施共分为五个部分。",
                 "2025-09-20", None, ['interpretation'], [],
                 id="kind-untitled-opening-background-and-process-with-ji"),
    # …or 一、起草的背景和过程
    pytest.param("kind", "",
                 "一、起草的背景和过程\n为贯彻落实国家关于数字经济发展的部署，市发展改革委牵头起草了本方案，先后征求了各区和市直部门意见。"
                 "\n二、主要内容\n方案共分四个部分。",
                 "2025-09-20", None, ['interpretation'], [],
                 id="kind-untitled-opening-background-and-process-with-de"),
    # a zone its government reviews (经…审核同意后) still applies
    pytest.param("subjects", "关于组织申报2025年度省级产业转型升级示范项目的通知",
                 "各设区市工业和信息化局：\n一、申报对象\n省级以上开发区经所在地设区市人民政府审核同意后，均可申报。\n"
                 "二、申报时间\n请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['政府园区'], [],
                 id="subjects-zone-applies-once-its-government-agrees"),
    # …and a park its government recommends (由…推荐申报)
    pytest.param("subjects", "关于开展2025年度循环化改造示范试点申报工作的通知",
                 "各设区市发展改革委：\n一、申报范围\n符合条件的工业园区由所在地设区市人民政府推荐申报。\n二、请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['政府园区'], [],
                 id="subjects-park-recommended-by-its-government"),
    # a review named inside a bracket or a cited title (《中国开发区审核公告目录》) is no one's act
    pytest.param("subjects", "关于组织申报2025年度省级循环化改造示范试点的通知",
                 "各设区市发展改革委：\n一、申报范围\n省级以上开发区（以《中国开发区审核公告目录》为准）。\n二、申报时间\n"
                 "请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['政府园区'], [],
                 id="subjects-zones-scoped-by-the-national-catalogue"),
    # …nor one in a bracketed note beside applicants named (须经…审核推荐)
    pytest.param("subjects", "关于组织申报2025年度省级服务业集聚发展试点的通知",
                 "各设区市发展改革委：\n一、申报主体\n申报主体为县级人民政府或省级以上开发区管委会（须经所在设区市人民政府审核推荐）。"
                 "\n二、请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['政府园区'], [],
                 id="subjects-applicants-named-with-a-bracketed-review-note"),
    # a park's own condition (须已…签署合作协议) is no relaying
    pytest.param("subjects", "关于组织申报2025年度产学研合作示范单位的通知",
                 "各有关单位：\n一、申报条件\n申报的工业园区须已与省级以上科研机构签署合作协议。\n二、请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['政府园区'], [],
                 id="subjects-park-that-signed-an-agreement"),
    # a government that checks (核实, 把关) reviews
    pytest.param("subjects", "关于组织申报2025年度市级工业企业技术改造项目的通知",
                 "各有关单位：\n一、申报条件\n申报单位须为在本市注册的工业企业，经所在县（市、区）人民政府核实把关后报送市工信局。"
                 "\n二、请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['制造企业'], ['政府园区'],
                 id="subjects-government-checks-and-vouches"),
    # …and one that passes the notice down (传达至)
    pytest.param("subjects", "关于征集2025年企业技术需求的通知",
                 "各区人民政府、高新区管委会：\n一、征集对象\n本市规模以上工业企业。\n二、征集要求\n各需求申报单位须明确合作重点。"
                 "\n请各区人民政府、高新区管委会及时将本通知传达至辖区内相关企业，于2025年10月20日前报送。",
                 "2025-09-20", None, ['规上企业'], ['政府园区'],
                 id="subjects-governments-pass-the-notice-down"),
    # …or forwards it (转发至)
    pytest.param("subjects", "关于征集2025年企业技术需求的通知",
                 "各区人民政府、高新区管委会：\n一、征集对象\n本市规模以上工业企业。\n二、征集要求\n各需求申报单位须明确合作重点。"
                 "\n请各区人民政府、高新区管委会及时将本通知转发至辖区内相关企业，于2025年10月20日前报送。",
                 "2025-09-20", None, ['规上企业'], ['政府园区'],
                 id="subjects-governments-forward-the-notice"),
    # the recommending government is dropped, the park it recommends stays
    pytest.param("subjects", "关于开展2025年度省级数字化转型试点申报工作的通知",
                 "各设区市工业和信息化局：\n一、申报范围\n各设区市人民政府推荐的产业园区，每个设区市限推荐1家。\n二、"
                 "请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['政府园区'], [],
                 id="subjects-park-recommended-by-governments-kept"),
    # a university applying jointly with firms (高校与企业联合申报) is one
    pytest.param("subjects", "关于组织申报2025年度市级产学研合作项目的通知",
                 "各有关单位：\n一、申报主体\n鼓励高校与企业联合申报。\n二、请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['高校院所', '企业'], [],
                 id="subjects-university-applies-jointly-with-firms"),
    # …and colleges leading joint projects (高等院校联合…企业)
    pytest.param("subjects", "关于组织申报2025年度市级产学研合作项目的通知",
                 "各有关单位：\n一、申报条件\n高等院校联合本市企业开展技术攻关的合作项目。\n二、请于2025年10月20日前报送申报材料。",
                 "2025-09-20", None, ['高校院所'], [],
                 id="subjects-colleges-leading-joint-projects"),
    # graduates are no university, the university hiring them is
    pytest.param("subjects", "关于开展2025年度科研助理岗位补贴申报的通知",
                 "各有关单位：\n一、补贴对象\n吸纳高校毕业生担任科研助理的高校、科研院所和企业。\n二、请于2025年10月20日前申报。",
                 "2025-09-20", None, ['高校院所', '企业'], [],
                 id="subjects-research-assistant-employers-include-universities"),
    # …and 高校毕业5年内 are graduates
    pytest.param("subjects", "关于举办2025年大学生创业大赛的通知",
                 "各有关单位：\n一、参赛对象\n本市高校毕业5年内的毕业生及在校大学生创业团队。\n二、请于2025年10月20日前报名。",
                 "2025-09-20", None, ['人才'], ['高校院所'],
                 id="subjects-graduates-within-five-years-enter-a-contest"),
    # a rule for the agencies that evaluate talent (评价机构管理办法) is not for talent
    pytest.param("subjects", "关于印发《某市技能人才评价机构管理办法》的通知",
                 "各区人力资源和社会保障局：\n现将《某市技能人才评价机构管理办法》印发给你们，请遵照执行。\n第一条 为规范职业技能等级认定社会培训评价组织的管理，"
                 "制定本办法。",
                 "2025-09-20", None, [], ['人才'],
                 id="subjects-rule-for-talent-evaluation-agencies"),
    # a catalogue grading talent (人才分类目录) is for talent
    pytest.param("subjects", "关于印发《某市高层次人才分类目录（2025年版）》的通知",
                 "各区人民政府，市各委办局：\n现将《某市高层次人才分类目录（2025年版）》印发给你们，请认真贯彻执行。",
                 "2025-09-20", None, ['人才'], [],
                 id="subjects-talent-catalogue"),
    # a 英才 programme cited as a reward's basis (根据《…英才计划实施办法》) names no talent applying
    pytest.param("subjects", "",
                 "各用人单位：根据《某某英才计划实施办法》有关规定，对全职引进顶尖人才的用人单位给予一次性引才奖励，现组织开展2025年度申报工作："
                 "一、申报对象 在本市注册、2024年以来全职引进顶尖人才的企业。二、请符合条件的企业于2025年10月20日前提交申报材料。",
                 "2025-09-20", None, ['企业'], ['人才'],
                 id="subjects-firms-rewarded-under-a-yingcai-rule"),
    # …nor one whose stations (英才驿站) firms run
    pytest.param("subjects", "",
                 "各有关企业：根据《某某英才计划实施细则》，为支持企业建设英才驿站，现组织开展2025年度英才驿站认定工作，"
                 "有关事项通知如下：一、申报条件 在本市注册的企业，已建成英才驿站。二、请于2025年10月20日前提交申报材料。",
                 "2025-09-20", None, ['企业'], ['人才'],
                 id="subjects-firms-running-yingcai-stations"),
    # a 英才 programme whose applications are organised is for talent
    pytest.param("subjects", "",
                 "各有关单位：根据市委组织部《关于开展2025年“某某英才计划”申报工作的通知》要求，现组织开展我区申报推荐工作，"
                 "有关事项通知如下：一、申报条件 全职在本区工作满1年、年龄不超过45周岁的在岗科技工作者。二、请于2025年10月20日前报送申报书。",
                 "2025-09-20", None, ['人才'], [],
                 id="subjects-yingcai-programme-named-in-the-cited-call"),
    # …and a 英才培育计划
    pytest.param("subjects", "",
                 "各有关单位：根据市委组织部《关于开展2025年“某某英才培育计划”申报工作的通知》要求，现组织开展我区申报推荐工作，"
                 "有关事项通知如下：一、申报条件 全职在本区工作满1年、年龄不超过45周岁的在岗科技工作者。二、请于2025年10月20日前报送申报书。",
                 "2025-09-20", None, ['人才'], [],
                 id="subjects-yingcai-cultivation-programme"),
]


# The code review of parts 4 and 5 (part 5, persons named 申报人员为… and a unit's staff listed by post, taken back): its
# cases the code gets right (7 of them were regressions).
THIRD_REVIEW_GUARDS = [
    # where a firm is registered still scopes a call when its registered capital follows (在开江县注册资本…)
    pytest.param("regions", "关于组织申报2026年度工业企业技术改造试点补助的通知",
                 "各县（市、区）经信局：\n为推进县域工业技术改造试点，现将有关事项通知如下。\n1.本次试点支持在开江县注册资本500万元以上的工业企业实施技术改造。"
                 "\n2.请于2026年9月30日前报送申报材料。\n达州市经济和信息化局\n2026年8月20日",
                 "2026-08-20", None, ['开江县'], [],
                 id="regions-registered-in-a-county-with-capital-after"),
    # the staff who file a firm's application are no persons applying (申请人员为企业法定代表人或…经办人)
    pytest.param("subjects", "关于开展2026年度失业保险稳岗返还申领工作的通知",
                 "一、申领对象\n上年度未裁员或裁员率低于5.5%的参保企业。\n二、申领方式\n申请人员为企业法定代表人或其委托的经办人，"
                 "须持营业执照副本到人社服务窗口办理。\n三、请于2026年9月30日前完成申领。",
                 "2026-08-20", None, ['企业'], ['人才'],
                 id="subjects-filer-is-the-firms-legal-representative"),
    # …nor an appointed clerk (申报人员应为申报企业指定的经办人)
    pytest.param("subjects", "关于组织申报2026年度市级企业技术中心的通知",
                 "一、申报条件\n申报企业在本市注册，上年度研发投入占营业收入比例不低于3%。\n二、申报方式\n申报人员应为申报企业指定的经办人，"
                 "登录系统填报并对材料真实性负责。\n三、请于2026年9月30日前报送。",
                 "2026-08-20", None, ['企业', '平台载体'], ['人才'],
                 id="subjects-filer-is-an-appointed-clerk"),
    # …nor the firm's person in charge (申报人员须为企业相关业务负责人)
    pytest.param("subjects", "关于组织申报2026年度市级专精特新中小企业的通知",
                 "一、申报对象\n在本市注册的中小企业。\n二、申报要求\n申报人员须为企业相关业务负责人，以便审核期间联系核实。"
                 "\n三、请于2026年9月30日前报送。",
                 "2026-08-20", None, ['中小企业'], ['人才'],
                 id="subjects-filer-is-a-contact-person"),
    # applicants called 申请人员 that must be firms are those firms
    pytest.param("subjects", "关于申领2026年度小微企业创业担保贷款贴息的通知",
                 "一、申领条件\n申请人员须为在本市注册登记的小微企业。\n二、请于2026年9月30日前申领。",
                 "2026-08-20", None, ['小微企业'], ['人才'],
                 id="subjects-applicants-so-called-must-be-firms"),
    # a subsidy counted by the persons a firm files for is the firm's
    pytest.param("subjects", "关于开展2026年度企业职工技能提升补贴申领工作的通知",
                 "一、申领对象\n本市参保企业。\n二、补贴标准\n补贴人数以企业实际申报人员为准。\n三、请于2026年9月30日前申领。",
                 "2026-08-20", None, ['企业'], ['人才'],
                 id="subjects-subsidy-counted-by-those-filed"),
    # a firm whose staff in post are counted (在职、在岗人员不少于50人) applies
    pytest.param("subjects", "关于开展2026年度市级和谐劳动关系企业评选的通知",
                 "一、评选条件\n1.企业在职、在岗人员不少于50人，全部依法签订劳动合同。\n2.近三年未发生重大劳动争议。"
                 "\n二、请于2026年9月30日前报送申报材料。",
                 "2026-08-20", None, ['企业'], [],
                 id="subjects-firms-staff-in-post-counted"),
    # …and one whose staff in post must be insured
    pytest.param("subjects", "关于开展2026年度市级劳动保障诚信示范企业评选的通知",
                 "一、申报条件\n申报企业在岗、在职人员均须签订劳动合同并足额缴纳社会保险。\n二、请于2026年9月30日前报送申报材料。",
                 "2026-08-20", None, ['企业'], [],
                 id="subjects-applying-firms-staff-insured"),
    # …and firms training their staff in post
    pytest.param("subjects", "关于开展2026年度企业新型学徒制培训补贴申领的通知",
                 "一、申领对象\n组织本企业在职、在岗人员参加新型学徒制培训的企业。\n二、请于2026年9月30日前申领。",
                 "2026-08-20", None, ['企业'], ['人才'],
                 id="subjects-firms-training-their-staff-in-post"),
]


@pytest.mark.parametrize("field, title, text, published, account, must_hold, must_not_hold",
                         REVIEW_GUARDS + SECOND_REVIEW_GUARDS + THIRD_REVIEW_GUARDS)
def test_code_review_guards(field, title, text, published, account, must_hold, must_not_hold):
    read = field_values(extracted(title, text, published, account), field)
    assert holds(read, must_hold, must_not_hold), read
