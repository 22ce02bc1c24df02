"""Round 54 of the blind-set method: rules shown by labelled texts of the earlier rounds' sets (r430-r465), each tested
here on phrasings written for these tests (the sets' own texts stay outside the project). One table per field, read by
one test per field; each row is one case, and its id says which rule it pins or guards."""
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


# The code review of part 1 (a zone's body naming no place read as its city's high-tech or economic zone, taken back in
# part 3): its cases, each of which the code now gets right.
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
    # …and 四川天府新区
    pytest.param("regions", "",
                 "各有关单位：\n现组织开展新区2025年度产业发展专项资金项目申报，请于5月20日前报送。\n四川省天府新区管理委员会\n"
                 "2025年5月6日",
                 "2025-05-06", None, ["四川天府新区"], ["四川省"],
                 id="regions-tianfu-after-its-province"),
]


@pytest.mark.parametrize("field, title, text, published, account, must_hold, must_not_hold", REVIEW_GUARDS)
def test_code_review_guards(field, title, text, published, account, must_hold, must_not_hold):
    read = field_values(extracted(title, text, published, account), field)
    assert holds(read, must_hold, must_not_hold), read
