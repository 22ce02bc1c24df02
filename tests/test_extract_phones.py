"""Phone extraction: formats, area codes for bare numbers, exclusions, extensions, labels; dev floor."""
import json
from pathlib import Path

import pytest

from pipeline.extract.phones import area_code, extract_phones
from pipeline.gazetteer import lookup
from pipeline.notice import Notice
from pipeline.patterns import phones as pp
from pipeline.records import RawRecord, build_notice

SHARED = Path(__file__).resolve().parents[2] / "shared"


def numbers(text, city=None):
    regions = [lookup(city)] if city else []
    return [p.number for p in extract_phones(Notice(text=text, regions=regions))]


@pytest.mark.parametrize("text, city, expected", [
    ("联系电话：市工业和信息化局信息化建设与发展处，025-68788795。", None, ["025-68788795"]),
    ("联系电话：（0515）89086602", None, ["0515-89086602"]),
    ("电话：(010)68205566", None, ["010-68205566"]),
    ("传真：051268616275", None, ["0512-68616275"]),
    ("Tel: +86-25-68788795", None, ["025-68788795"]),
    ("张家港市 0512-56729083常熟市 0512-51530623太仓市 0512-53575411", None,
     ["0512-56729083", "0512-51530623", "0512-53575411"]),
    # a bare number takes the notice's city's area code …
    ("联系电话：0519-85681213（市工信局综合规划处）、85681838（市财政局工贸发展处）", "常州", ["0519-85681213", "0519-85681838"]),
    ("咨询电话：22830056", "东莞", ["0769-22830056"]),
    # … or the area code of the list it continues, whatever the region says
    ("申报业务咨询电话：020-87684368、87683613、83163910", "江苏省", ["020-87684368", "020-87683613", "020-83163910"]),
    # … and stays bare when the city is unclear
    ("联系人：市科技局 邓炜杰 22831314", None, ["22831314"]),
    # mobiles, also as a WeChat ID; 400/800; hotlines
    ("如有需要请联系：微信号13913928363。", None, ["13913928363"]),
    ("技术支持：139-1392-8363，189 1298 0070", None, ["13913928363", "18912980070"]),
    ("服务热线：400-869-6086", None, ["4008696086"]),
    ("依托12345热线“一号通达、接诉即办”机制", None, ["12345"]),
    ("监督投诉：市纪委市监委 0523-12388", None, ["0523-12388"]),
    # never phones
    ("QQ：1558158649；QQ群：212600494；QQ：13913928363", None, []),
    ("联系地址：连云港市东盐河路17号邮政编码：222006", None, []),
    ("（苏工信信发〔2025〕279号）于2025年11月23日前报送，给予最高500万元奖励", None, []),
    ("帐 号：3602028509002876118，电话咨询请见附件", None, []),
    ("材料发送至邮箱dg22992408@vip.126.com，或登录http://59.36.14.9/ujet/", None, []),
    ("统一社会信用代码：91320100MA1MX8XX2K，身份证号320102199001011234", None, []),
    ("公示日期20250922，电话咨询另行通知", None, []),
    ("全年营业收入12345678元，联系电话另行公布", None, []),
    # a number without any phone cue nearby is not taken
    ("项目编号 85681838 已备案", None, []),
    # de-duplicated, in order of first appearance
    ("电话：025-83390549；传真：025-83390549；电话：025-69652812", None, ["025-83390549", "025-69652812"]),
])
def test_numbers(text, city, expected):
    assert numbers(text, city) == expected


@pytest.mark.parametrize("text, number, ext", [
    ("南京市科技计划管理信息系统技术咨询：025-84810000转8839。", "025-84810000", "8839"),
    ("电话：0755-86001234-8001", "0755-86001234", "8001"),
    ("电话：0755-86001234分机8001", "0755-86001234", "8001"),
    ("电话：0755-86001234", "0755-86001234", None),
])
def test_extensions(text, number, ext):
    phone = extract_phones(Notice(text=text))[0]
    assert (phone.number, phone.ext) == (number, ext)


@pytest.mark.parametrize("text, label", [
    ("联系人：省工信厅技术创新处 025-69652812；“管理系统”技术支持 025-69652990。", ["省工信厅技术创新处", "管理系统 技术支持"]),
    ("联系电话：0511-84425953（业务咨询）\n0511-84426932（纪检监察）", ["业务咨询", "纪检监察"]),
    ("联系人：高苏标\n联系电话：0518-85681158", [None]),
    ("市科技局高新区管理处张建厂 025-68786265", ["市科技局高新区管理处张建厂"]),
])
def test_labels(text, label):
    assert [p.label for p in extract_phones(Notice(text=text))] == label


def test_phone_evidence_is_the_surrounding_text():
    phone = extract_phones(Notice(text="业务咨询：成果转化与服务业处 0523-86399015"))[0]
    assert "0523-86399015" in phone.evidence


@pytest.mark.parametrize("code, expected", [
    ("320100", "025"), ("320506", "0512"), ("320582", "0512"), ("441900", "0769"), ("110105", "010"),
    ("500157", "023"), ("510100", "028"), ("430200", "0731"), ("000000", None),
])
def test_area_codes(code, expected):
    assert area_code(code) == expected


def test_derived_area_codes_agree_with_the_known_table():
    for code, known in pp.KNOWN_AREA_CODES.items():
        assert area_code(code) == known, code


# --- the dev set -------------------------------------------------------------------------------

def test_dev_phones_floor():
    from pipeline.extract.regions import extract_regions

    gold_path = SHARED / "gold" / "dev.json"
    notices_path = Path(__file__).resolve().parents[1] / "data" / "samples" / "notices_dev.json"
    if not gold_path.exists() or not notices_path.exists():
        pytest.skip("shared gold labels are not available")
    gold = {g["aid"]: g for g in json.loads(gold_path.read_text("utf-8"))}
    tp = fp = fn = 0
    for row in json.loads(notices_path.read_text("utf-8")):
        built = build_notice(RawRecord(title=row["标题title"], content=row["finalContent"], account=row["公众号名称"],
                                       source="dev", source_id=row["文章标识符aid"]))
        built.regions = extract_regions(built)
        got = {p.number for p in extract_phones(built)}
        want = set(gold[row["文章标识符aid"]]["phones"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.97


def test_external_dongguan_numbers_get_0769():
    path = SHARED / "external" / "notices.json"
    if not path.exists():
        pytest.skip("external notices are not available")
    from pipeline.extract.regions import extract_regions

    found = []
    for row in json.loads(path.read_text("utf-8")):
        built = build_notice(RawRecord(title=row["title"], content=row["content"], source="ext", source_id="x"))
        built.regions = extract_regions(built)
        found += [p.number for p in extract_phones(built)]
    assert "0769-22830056" in found and "0769-22831332" in found
    assert not any(number.endswith(("982797326", "3602028509002876118")) for number in found)
