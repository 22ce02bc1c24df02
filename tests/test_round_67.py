"""Round 67 of the blind-set method: rules shown by labelled texts of the evaluation sets r540-r634 (rounds 62-66's),
each tested here on phrasings written for these tests (the sets' own texts stay outside the project); the sets r635-r642,
collected in the round on themes no earlier round took, measured them blind (r637 and r638 its final check). One table
per field, each row one case, its id saying which rule it pins or guards; the rule rows fail at the round's start
(8aa1ba4), the guards read right there and here.

- kind: an essay contest's words (征文, 截稿) speak of applying, as 申报 and 报名 do, in a text the other rules leave a
  policy and that does not tell the contest over; round 63 took 征稿, 投稿 and 参赛 back (its guards stay there).
- regions: a national outlet's account (中国…报社, 光明日报) places a report or a call naming no place in the whole
  country, as a local outlet's places it in its own place; a city bureau's branch for a zone (…局经开区分局) is the
  zone's body."""
import pytest

from round_helpers import region_names, review_expected, review_reading

KINDS = [
    # an untitled essay call: its entrants, its closing day (r610_04, r579_02)
    pytest.param("", "为纪念改革开放，现面向社会开展“我与家乡”主题征文活动。\n一、征文对象：海外侨胞、归侨侨眷。\n"
                 "二、截稿日期为2026年10月20日，以邮戳为准。", "call", id="essay-call-entrants-and-closing-day"),
    # a library's reading contest (r625_05): its essays asked for by a day
    pytest.param("", "为营造全民阅读氛围，市图书馆面向广大读者开展读书征文活动。\n活动时间 即日起至2026年8月31日\n"
                 "报送要求：请将征文作品和作者资料表发送至邮箱。", "call", id="essay-call-of-a-library"),
    # a society's essay call laid out by its headings (r577_06)
    pytest.param("", "一、征文内容：气象科普知识、防灾减灾经验。\n二、征文期限：2026年2月20日至2026年3月20日止。\n"
                 "三、征文评奖：设一等奖3名。", "call", id="essay-call-by-its-headings"),
    # (guards: an essay contest told over, or closed, takes nothing; nor does a regulation naming essays among activities)
    pytest.param("", "近日，市作协举办的“家乡美”征文活动颁奖仪式举行。本次征文活动共收到投稿600余篇，评选出一等奖5篇。",
                 "policy", id="guard-essay-contest-awarded"),
    pytest.param("", "本次征文活动已结束，感谢广大读者踊跃投稿。获奖名单将另行公布。", "policy", id="guard-essay-contest-closed"),
    pytest.param("某市全民阅读促进办法", "第一条 为促进全民阅读，制定本办法。\n第五条 鼓励开展读书征文、演讲等阅读活动，"
                 "征文作品可结集出版。", "policy", id="guard-regulation-naming-essays"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert review_reading("kind", title, text) == review_expected(expected)


REPORT = "近日，第七届拔尖人才推荐工作启动，推荐对象为各行业各领域的专业技术人才。"
CALL = "各有关企业：\n请于2026年6月30日前向我局提交申报材料。"

REGIONS = [
    # a national outlet's account, its report naming no place: the whole country (r576_06, r581_01, r610_06, r626_12,
    # r607_13, all labelled 全国)
    pytest.param("", REPORT, "中国市场监管报社", ["全国"], id="national-trade-paper"),
    pytest.param("", REPORT, "光明日报（新华社电）", ["全国"], id="national-daily-with-its-wire"),
    # (guards: an outlet naming a place is no national one; a place the report names outweighs the outlet)
    pytest.param("", REPORT, "中国江苏网", [], id="guard-outlet-naming-a-province"),
    pytest.param("郑州市拔尖人才推荐工作启动", "近日，第七届拔尖人才推荐工作启动。", "人民日报", ["郑州市"],
                 id="guard-report-naming-its-place"),
    # a city bureau's branch for a zone posting a call: the zone's, under its official name (r597_05, r571_01)
    pytest.param("关于开展2026年度守合同重信用企业申报工作的通知", CALL, "西安市市场监督管理局经开区分局",
                 ["西安经济技术开发区"], id="branch-for-an-economic-zone"),
    pytest.param("关于开展2026年度守合同重信用企业申报工作的通知", CALL, "宁波市市场监督管理局前湾新区分局",
                 ["宁波前湾新区"], id="branch-for-a-new-area"),
    pytest.param("关于开展2026年度守合同重信用企业申报工作的通知", CALL, "成都市市场监督管理局高新区分局",
                 ["成都高新技术产业开发区"], id="branch-for-a-high-tech-zone"),
    # (guards: a branch for a district the gazetteer knows is the district's, one named by a district's short name
    # stays as it was)
    pytest.param("关于开展2026年度守合同重信用企业申报工作的通知", CALL, "天津市市场监督管理局滨海新区分局", ["滨海新区"],
                 id="guard-branch-for-a-district-named-new-area"),
    pytest.param("关于开展2026年度守合同重信用企业申报工作的通知", CALL, "苏州市自然资源和规划局吴中分局", ["苏州市"],
                 id="guard-branch-by-a-district-s-short-name"),
]


@pytest.mark.parametrize("title, text, account, expected", REGIONS)
def test_regions(title, text, account, expected):
    assert region_names(title, text, account=account) == expected


def test_a_zone_branch_signing_a_call_places_it_in_the_zone():
    text = "各有关企业：\n请于2026年6月30日前提交申报材料。\n西安市市场监督管理局经开区分局\n2026年5月6日"
    assert region_names("关于开展2026年度信用示范企业申报工作的通知", text) == ["西安经济技术开发区"]
