"""Round 60 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r517 (r518-r525 were
collected during the round; two of them are its final check), each tested here on phrasings written for these tests (the
sets' own texts stay outside the project). One table per field, read by one test per field; each row is one case, and
its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, region_names, subjects, untitled_kind

KINDS = [
    # a rule's standing term counted back from an event ("在会展举办前30日以内…提交申报材料") sets no time to apply: an untitled
    # rule so worded stays a policy (r521_09; r451_15's "须在项目实施前30日" no call either); a date or an event alone still
    # sets one
    pytest.param("某区会展业促进管理办法第一章总则第一条为规范我区会展活动，制定本办法。第十五条申请资助的举办单位应在会展举办"
                 "前30日以内向区会展办提交申报材料，由区会展办审核后拨付资助资金。", "policy", id="a-term-counted-back-from-an-event"),
    pytest.param("各有关单位：\n请于2025年5月20日前向区会展办提交申报材料，逾期不予受理。", "call", id="a-date-to-apply-by"),
    pytest.param("各有关单位：\n现开展2025年会展项目资助申报工作，请在展会举办前提交申报材料。", "call",
                 id="an-event-to-apply-before"),
]


@pytest.mark.parametrize("text, expected", KINDS)
def test_kinds(text, expected):
    assert untitled_kind(text) == expected


DEADLINES = [
    # a window word two clauses on in a run-on excerpt is a later step's, not what the date closes (r520_01, r472_07,
    # r494_16); one before the date, or in its own clause, still names it
    pytest.param("定于近期组织开展2024年度市级创业孵化基地复评工作,现就有关事项通知如下:一、复评范围为2023年认定的市级创业孵化"
                 "基地,在省平台中提交复评申请,经区县人社局集体研究,于9月25日前向市人社局提出审核推荐意见,市人社局组织开展专家评审"
                 "工作,复评结果将在市人社局官网公示5个工作日,附件:1.申请表。", "2024-08-13", "审核推荐截止",
                 id="a-later-publicity-in-a-run-on-excerpt"),
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
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected
