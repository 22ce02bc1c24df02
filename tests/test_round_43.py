"""Round 43 of the blind-set method: rules shown by labelled texts of the round's sets (r263-r268), each tested
here on phrasings written for these tests (the sets' own texts stay outside the project). Each table row is one
case; its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, subjects

CALL_BODY = "各有关单位：\n请按要求组织申报，于2026年5月20日前报送材料。"


@pytest.mark.parametrize("title", [
    # a province's funding of its postdoctoral fellows and the fellows' contest (r266_14, r266_17, r266_18)
    pytest.param("关于开展2026年度某省博士后资助工作的通知", id="postdoctoral-funding"),
    pytest.param("关于做好2026年度博士后日常经费资助申报的通知", id="postdoctoral-daily-funding"),
    pytest.param("关于组织参加第四届全国博士后创新创业大赛的通知", id="postdoctoral-contest"),
])
def test_postdoctoral_programmes_are_for_persons(title):
    assert "人才" in subjects(title, CALL_BODY)


@pytest.mark.parametrize("title", [
    # (guards: the station or base a firm sets up to host fellows, whose funding the station claims)
    pytest.param("关于开展2026年博士后科研工作站新设站工作的通知", id="a-new-station"),
    pytest.param("关于申报2026年博士后工作站建站资助的通知", id="a-station-funded"),
])
def test_a_postdoctoral_station_stays_a_carrier(title):
    found = subjects(title, CALL_BODY)
    assert "人才" not in found and "平台载体" in found


@pytest.mark.parametrize("title", [
    # engineers from firms appointed professors at universities (r266_06, r266_07)
    pytest.param("关于开展2026年某省“产业教授”选聘工作的通知", id="a-call"),
    pytest.param("关于公布2025年度某省产业教授名单的通知", id="a-list"),
])
def test_industry_professors_are_persons(title):
    assert "人才" in subjects(title, CALL_BODY)


@pytest.mark.parametrize("title", [
    # model places applied for by their governments (r264_13, r265_09, r247_04)
    pytest.param("关于推荐申报全国全民运动健身模范市的公示", id="model-city"),
    pytest.param("某省第四届节约集约模范县（市）申报评优单位名单公示", id="model-county"),
    pytest.param("公示！某县拟入选全国双拥模范城（县）", id="model-town"),
])
def test_model_places_are_applied_for_by_governments(title):
    assert "政府园区" in subjects(title, CALL_BODY)


def test_a_model_worker_is_no_place():
    found = subjects("关于推荐2026年度某市劳动模范的通知", CALL_BODY)
    assert "政府园区" not in found and "人才" in found


@pytest.mark.parametrize("title", [
    # a site recognised for teaching the public about the environment, as a 科普基地 is (r263_08, r263_09, r263_16)
    pytest.param("关于开展第七批市级环境教育基地评选工作的通知", id="environment-education-base"),
    pytest.param("某省新增12家省级生态环境教育基地", id="ecological-environment-education-base"),
])
def test_environment_education_bases_are_carriers(title):
    assert "平台载体" in subjects(title, CALL_BODY)


@pytest.mark.parametrize("text, expected", [
    # papers handed in with a bare 报 to a body named after its place (r263_03, r247_17, r249_06)
    pytest.param("（三）申报材料装订成册，一式两份，于2026年6月30日前报某某市商务局。", ["2026-06-30"], id="a-city-bureau"),
    pytest.param("推荐文件一式三份，于2026年5月30日前报西安市工信委。", ["2026-05-30"], id="a-city-commission"),
    pytest.param("申请书一式七份，于2026年3月20日前报下城区卫生健康局。", ["2026-03-20"], id="a-district-bureau"),
    # …not a market or the citizens
    pytest.param("请于2026年6月30日前报某市场监管所。", [], id="not-a-market"),
])
def test_papers_sent_to_a_body_named_after_its_place(text, expected):
    assert deadline_dates("关于开展老字号认定工作的通知", text, "2026-04-27") == expected
