"""Round 54 of the blind-set method: rules shown by labelled texts of the earlier rounds' sets (r430-r465), each tested
here on phrasings written for these tests (the sets' own texts stay outside the project). One table per field, read by
one test per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import region_names


REGIONS = [
    # a zone's body that does not name its place signs for the city's own high-tech or economic zone, under its
    # official name (r460_13: "高新区经济发展局" in a 大连 notice; n_040: "高新区产业发展局" in a 贵阳 one)
    pytest.param("", "各相关企业：\n根据郑州市科技局通知，现组织开展绿色技术申报工作，请有意申报企业于7月9日前将材料报送至管委会。\n"
                 "高新区经济发展局\n2024年7月2日", None, ["郑州高新技术产业开发区"], id="a-zone-body-naming-no-place"),
    pytest.param("", "各相关企业：\n根据西安市工信局通知，现组织开展企业技术中心申报工作，请符合条件的企业于7月9日前报送材料。\n"
                 "经开区工信局\n2024年7月2日", None, ["西安经济技术开发区"], id="an-economic-zone-body-naming-no-place"),
    # …and the account's own name for that zone, where the account names it in full (n_040)
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
    # (guard: a 示范区's committee may govern a whole city, "济源产城融合示范区管理委员会" is 济源市's government; no rule
    # reads an area's own name from its committee yet)
    pytest.param("", "各镇人民政府：\n现将稳增长若干措施印发给你们，请认真贯彻执行。\n济源产城融合示范区管理委员会\n2025年3月1日",
                 None, ["济源市"], id="a-pilot-areas-committee-governing-a-city"),
]


@pytest.mark.parametrize("title, text, account, expected", REGIONS)
def test_regions(title, text, account, expected):
    assert region_names(title, text, account) == expected
