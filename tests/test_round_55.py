"""Round 55 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r477 (r478-r485 were
collected during the round; two of them are its final check), each tested here on phrasings written for these tests (the
sets' own texts stay outside the project). One table per field, read by one test per field; each row is one case, and
its id says which rule it pins or guards."""
import pytest

from round_helpers import region_names


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
