"""Round 55 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r477 (r478-r485 were
collected during the round; two of them are its final check), each tested here on phrasings written for these tests (the
sets' own texts stay outside the project). One table per field, read by one test per field; each row is one case, and
its id says which rule it pins or guards."""
import pytest

from round_helpers import kind, region_names, subjects, untitled_kind


REGIONS = [
    # a text that names no issuer, scope or matter, placed only by a named zone its first lines name, is the zone's own,
    # under the zone's full name (r448_12, r476_06)
    pytest.param("", "各有关单位：\n现就办理高新技术企业认定奖励拨款手续通知如下：\n一、拨款对象\n本次拨款对象为税务关系在东湖高新区的"
                 "高新技术企业。\n二、请于9月15日前上传收据。\n科创局\n2024年9月10日", None, ["武汉东湖新技术开发区"],
                 id="a-text-placed-by-a-named-zone-alone"),
    # (guard: a city bureau's notice naming the zone stays the city's)
    pytest.param("", "各有关单位：\n本次拨款对象为税务关系在东湖高新区的高新技术企业。\n请于9月15日前上传收据。\n武汉市科学技术局\n"
                 "2024年9月10日", None, ["武汉市"], id="a-city-bureau-naming-the-zone"),
    # (guard: a named zone that is only where a report's event was held)
    pytest.param("", "近日，市知识产权服务中心于东湖高新区举办专利导航培训班，80余名企业代表参加培训。", None, ["武汉市"],
                 id="a-named-zone-as-a-venue"),
    # (guard: a named zone without a full name of its own, spread over its city, stays the city's)
    pytest.param("", "各有关单位：\n本次资助对象为在中关村科技园区注册的集成电路企业。\n请于9月15日前提交材料。", None, ["北京市"],
                 id="a-zone-spread-over-its-city"),
    # places alone on a line under a heading naming the list are where its entries are: a publicity's and a meeting's of
    # the places listed (r439_08, r438_03), the run closed by a count without 个
    pytest.param("关于某某示范区拟推荐名单的公示", "经各区申报、专家评审，现将拟推荐名单公示如下。\n一、生态文明建设示范区名单\n"
                 "松江区、奉贤区、崇明区\n二、公示时间\n2025年9月12日-18日\n上海市生态环境局\n2025年9月12日", None,
                 ["松江区", "奉贤区", "崇明区"], id="places-under-a-lists-heading"),
    pytest.param("关于召开示范市县创建评估座谈会的预备通知", "示范市县创建协调领导小组：\n会议时间地点另行通知。请各示范市县于9月27日前"
                 "提交交流材料。\n四川省科学技术厅\n2013年9月6日\n附：首批示范市县名单\n成都市、绵阳市、广元市等3市；", None,
                 ["成都市", "绵阳市", "广元市"], id="places-under-a-meetings-list"),
    # (guard: a call's attached list of places it allots quotas to does not scope it)
    pytest.param("关于组织申报2025年度示范项目的通知", "各市科技局：\n请于9月27日前报送申报材料。\n四川省科学技术厅\n2025年9月6日\n"
                 "附：推荐名额分配名单\n成都市、绵阳市、广元市", None, ["四川省"], id="a-calls-quota-list"),
    # (guard: firms listed under the heading are no places)
    pytest.param("关于某某企业名单的公示", "现将名单公示如下。\n拟认定企业名单\n成都某某科技有限公司、绵阳某某电子有限公司\n"
                 "四川省经济和信息化厅\n2025年9月6日", None, ["四川省"], id="firms-under-a-lists-heading"),
]


@pytest.mark.parametrize("title, text, account, expected", REGIONS)
def test_regions(title, text, account, expected):
    assert region_names(title, text, account) == expected


SUBJECTS = [
    # a comma inside brackets ends no clause, and a bracketed exclusion may open with other words: neither turns away
    # the applicants the sentence names (r481_11, extending the bracketed exclusions of r232_20 and r156_06)
    pytest.param("关于做好2025年成果转化项目申报的通知", "二、支持对象\n（一）申报单位是在某区行政区域内注册（或驻区，不含某某直管园）的"
                 "企业、高等学校、科研机构等法人，具备开展成果转化活动的条件。", ["企业", "高校院所"],
                 id="a-comma-inside-a-bracketed-exclusion"),
    # a publicity run into one sentence is read for its list where a clause of it puts the list up, though another
    # clause takes objections (r467_03, r460_09, r433_08)
    pytest.param("", "根据《某区工业企业亩均效益综合评价办法》等文件精神,我区已完成2024年度综合评价工作,现将纳入评价的600家规上工业企业的"
                 "评价结果予以公示,公示期限为2025年8月14日至2025年8月20日,公示期内如有异议,可联系所在地街道,逾期视为无异议。",
                 ["制造企业", "规上企业"], id="a-run-on-publicity-putting-its-list-up"),
    # (guard: a run-on publicity's objection clauses name no listed type, the body taking objections included; the firms
    # that applied are listed)
    pytest.param("", "经企业申报、专家评审,现将拟支持项目名单予以公示,公示期内,任何单位或者个人对公示项目持有异议的,可以书面向某新区"
                 "管理委员会提出,并提供证明文件。", ["企业"], id="a-run-on-publicitys-objection-clause"),
    # a type a publicity counts as listed is listed beside the type its title names (r436_10)
    pytest.param("关于某市2025年小微工业企业上规模奖补资金项目的公示", "经审定，我市共有970家企业获得奖补资金，其中新升规企业654家、"
                 "其他企业316家。现将项目安排计划予以公示。", ["制造企业", "规上企业"], id="a-type-counted-beside-the-titles"),
    # a publicity's sentence reporting an evaluation (评价, as 考评 or 评估) is read for the types it counts (r443_11)
    pytest.param("关于2024年度亩均效益评价结果的公示", "根据有关规定，市亩均办对全市120家规模以上工业企业2024年度亩均效益情况进行了"
                 "综合评价。\n现将评价结果予以公示。", ["制造企业", "规上企业"], id="an-evaluation-counting-what-it-lists"),
    # (guard: …and not for who evaluated)
    pytest.param("关于2024年度孵化器评价结果的公示", "市科技局组织高校院所专家对32家孵化器进行了综合评价。现将评价结果予以公示。",
                 ["孵化器"], id="an-evaluations-evaluators"),
    # (guard: a prohibition after the bracket still turns its types away)
    pytest.param("关于做好2025年成果转化项目申报的通知", "二、支持对象\n（一）申报单位是在某区注册的企业、高等学校等法人。\n（二）上市企业"
                 "（含新三板，北交所挂牌企业）不得申报。", ["企业", "高校院所"], id="a-prohibition-after-a-bracket"),
    # (guard: a bracket that turns a type away, after other words, still masks only what it names)
    pytest.param("关于做好2025年成果转化项目申报的通知", "二、支持对象\n（一）申报单位是在某区注册的法人单位（含分支机构，不含高等学校），"
                 "且为中小企业。", ["中小企业"], id="a-bracket-turning-a-type-away"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


KINDS = [
    # a text without a title that opens on a question it answers explains (r457_13, r456_16), the answer on the next line
    pytest.param("", "问：某市以工代训补贴主要面向哪些企业？\n答：一是支持企业面向新吸纳劳动者开展以工代训，可根据吸纳人数给予补贴。",
                 "interpretation", id="an-untitled-question-and-answer"),
    pytest.param("", "一、《实施办法》的制定目的和依据是什么？\n为规范扶持资金的管理，制定本办法。\n二、《实施办法》的资助项目的申报时间和"
                 "申报流程是什么？\n每年3月至4月集中申报，逾期不予受理。", "interpretation", id="an-untitled-explainer-of-questions"),
    # (guard: a call's own title decides, whatever question its body opens with)
    pytest.param("关于开展2025年度专精特新中小企业申报工作的通知", "一、什么是专精特新中小企业？\n专精特新中小企业是指…\n"
                 "二、请符合条件的企业于9月30日前提交申报材料。", "call", id="a-titled-call-opening-on-a-question"),
    # (guard: an untitled call whose first item is no question)
    pytest.param("", "一、申报对象\n在本市注册的企业。\n二、申报时间\n请于2025年9月30日前提交申报材料。", "call",
                 id="an-untitled-call"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert (kind(title, text) if title else untitled_kind(text)) == expected
