"""Phone extraction: formats, area codes for bare numbers, exclusions, extensions, labels; dev floor."""
import json
from pathlib import Path

import pytest

from pipeline import areacodes
from pipeline.areacodes import area_code
from pipeline.extract.phones import extract_phones
from pipeline.gazetteer import lookup
from pipeline.notice import Notice
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
    ("咨询电话：23987654", "东莞", ["0769-23987654"]),
    # … or the area code of the list it continues, whatever the region says
    ("项目受理咨询电话：020-83456701、83456702、87650033", "江苏省", ["020-83456701", "020-83456702", "020-87650033"]),
    # … and stays bare when the city is unclear
    ("联系人：市工信局 刘某某 26541234", None, ["26541234"]),
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
    ("帐 号：4405017700901234567，电话咨询请见附件", None, []),
    ("材料发送至邮箱fs83051234@vip.163.com，或登录http://10.12.34.56/apply/", None, []),
    ("统一社会信用代码：91320100MA1MX8XX2K，身份证号320102199001011234", None, []),
    ("公示日期20250922，电话咨询另行通知", None, []),
    ("全年营业收入12345678元，联系电话另行公布", None, []),
    # a place name after a number is no unit: 台 of 台山市, 万 of 万州区 (a contact list that lost its
    # line breaks, r37_03) …
    ("四、联系方式新会区科工商务局6182672台山市科工商务局5524695", "江门市", ["0750-6182672", "0750-5524695"]),
    ("联系电话：市经信委23456789万州区经信委58123456", "重庆市", ["023-23456789", "023-58123456"]),
    # … but a count of machines is still a count
    ("联系电话：某局，年产能达1234567台，电话另行公布", None, []),
    # a number without any phone cue nearby is not taken
    ("项目编号 85681838 已备案", None, []),
    # de-duplicated, in order of first appearance
    ("电话：025-83390549；传真：025-83390549；电话：025-69652812", None, ["025-83390549", "025-69652812"]),
])
def test_numbers(text, city, expected):
    assert numbers(text, city) == expected


@pytest.mark.parametrize("text, city, expected", [
    # labels typeset with spaces between their characters, ASCII or ideographic
    pytest.param("联 系 人：王某某，51701234", "北京", ["010-51701234"], id="spaced-contact-person"),
    pytest.param("联 系 电 话：87001234", "杭州", ["0571-87001234"], id="spaced-phone-label"),
    pytest.param("电　话：66121234\n传　真：66121235", "上海", ["021-66121234", "021-66121235"], id="ideographic-spaces"),
    pytest.param("手 机：13901234567", None, ["13901234567"], id="spaced-mobile-label"),
    # a number right after the person's name and a comma
    pytest.param("联系人：赵某，电话：27701234。", "沈阳", ["024-27701234"], id="name-comma-number"),
    # several numbers joined by 、 ； ，
    pytest.param("电话：0571-87001234；87001235，87001236、87001237", None,
                 ["0571-87001234", "0571-87001235", "0571-87001236", "0571-87001237"], id="joined-list"),
    # local numbers run together after one area code, split only when they cut one way
    pytest.param("咨询电话：0551-6299123462991235", None, ["0551-62991234", "0551-62991235"], id="run-of-two-eights"),
    pytest.param("联系电话：0351-40401234040567", None, ["0351-4040123", "0351-4040567"], id="run-of-two-sevens"),
    pytest.param("联系电话：0351-404012340405678", None, [], id="run-of-seven-and-eight-is-left"),
    pytest.param("联系电话：0351-40401230404567", None, [], id="run-with-a-part-starting-0-is-left"),
    # a number with its area code is a phone whatever word follows it
    pytest.param("申报咨询科技处0531-86281234项目经费咨询财务处0531-86281235", None,
                 ["0531-86281234", "0531-86281235"], id="area-code-number-before-xiangmu"),
    pytest.param("技术咨询：0315-2801234\n项目管理平台：0315-2801235", None, ["0315-2801234", "0315-2801235"],
                 id="count-word-on-the-next-line"),
])
def test_contact_lines(text, city, expected):
    assert numbers(text, city) == expected


@pytest.mark.parametrize("text, labels", [
    ("联 系 人：王某某，51701234", ["王某某"]),
    ("联系人：赵某，电话：27701234；传真：27701235", ["赵某", None]),
    ("手 机：13901234567", [None]),
])
def test_contact_person_labels(text, labels):
    assert [p.label for p in extract_phones(Notice(text=text))] == labels


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


# Area codes of cities across China, as the national numbering plan gives them: districts and
# counties take their city's code, municipalities one code each, 海南 one code for the province.
CITY_AREA_CODES = {
    "北京市": "010", "上海市": "021", "天津市": "022", "重庆市": "023", "沈阳市": "024", "南京市": "025",
    "武汉市": "027", "成都市": "028", "西安市": "029", "广州市": "020", "深圳市": "0755", "汕头市": "0754",
    "东莞市": "0769", "中山市": "0760", "新乡市": "0373", "济南市": "0531", "海口市": "0898", "三亚市": "0898",
    "湘西土家族苗族自治州": "0743", "锡林郭勒盟": "0479", "呼和浩特市": "0471", "延安市": "0911",
    "淮北市": "0561", "阜阳市": "0558", "亳州市": "0558", "唐山市": "0315", "石家庄市": "0311",
    "太原市": "0351", "晋中市": "0354", "吕梁市": "0358", "株洲市": "0731", "湘潭市": "0731",
    "秦皇岛市": "0335", "朔州市": "0349", "舟山市": "0580", "鹰潭市": "0701", "开封市": "0371",
    "眉山市": "028", "资阳市": "028", "遵义市": "0851", "抚顺市": "024", "咸阳市": "029", "拉萨市": "0891",
    "林芝市": "0894", "日喀则市": "0892", "乌鲁木齐市": "0991", "伊犁哈萨克自治州": "0999",
    "海西蒙古族藏族自治州": "0977", "格尔木市": "0979", "奎屯市": "0992", "石河子市": "0993",
    "仙桃市": "0728", "神农架林区": "0719", "济源市": "0391", "儋州市": "0898", "琼海市": "0898",
    "贵港市": "0775", "贺州市": "0774", "来宾市": "0772", "崇左市": "0771", "金昌市": "0935",
    "嘉峪关市": "0937", "甘孜藏族自治州": "0836", "黔南布依族苗族自治州": "0854", "延边朝鲜族自治州": "0433",
    "大兴安岭地区": "0457", "阿里地区": "0897", "雄安新区": "0312", "苏州市": "0512", "义乌市": "0579",
    "吴中区": "0512", "昆山市": "0512", "海淀区": "010", "浦东新区": "021", "巴南区": "023", "龙岗区": "0755",
    "海南省": "0898",
}


@pytest.mark.parametrize("name, expected", CITY_AREA_CODES.items())
def test_city_area_codes(name, expected):
    assert area_code(lookup(name).code) == expected


@pytest.mark.parametrize("code", ["000000", "320000", "440000", "810000", "710100", "999999", ""])
def test_no_area_code_for_the_country_a_province_of_several_codes_or_outside_the_plan(code):
    assert area_code(code) is None


def test_every_city_in_china_has_an_area_code():
    missing = [code for code in areacodes.expected_codes() if area_code(code) is None]
    assert not missing


def test_area_code_table_is_what_the_build_script_derives():
    """pipeline/data/area_codes.txt matches the installed phonenumbers data and the overrides;
    when it does not, run tools/build_area_codes.py. Compared only under the version it was built
    from, as another version's data may differ."""
    import phonenumbers

    header = areacodes.DATA_FILE.read_text("utf-8").splitlines()[1]
    if f"phonenumbers {phonenumbers.__version__} " not in header:
        pytest.skip("the table was built from another phonenumbers version")
    table, _ = areacodes.derive_table()
    assert table == areacodes._table()


# --- the external notices ------------------------------------------------------------------------

def test_external_dongguan_numbers_get_0769():
    """Bare eight-digit numbers in the external Dongguan notices come out with 0769; the digits of
    bank accounts and all-digit e-mail addresses in any of them never come out as phones. The
    numbers are read from the material here, never written into the test."""
    import re

    path = SHARED / "external" / "notices.json"
    if not path.exists():
        pytest.skip("external notices are not available")
    from pipeline.extract.regions import extract_regions

    found, bare_in_dongguan, not_phones = [], [], []
    for row in json.loads(path.read_text("utf-8")):
        built = build_notice(RawRecord(title=row["title"], content=row["content"], source="ext", source_id="x"))
        built.regions = extract_regions(built)
        numbers = [p.number for p in extract_phones(built)]
        found += numbers
        if [r.name for r in built.regions] == ["东莞市"]:
            bare = re.findall(r"(?<![\d\-－—])\d{8}(?![\d@])", row["content"])
            bare_in_dongguan += bare
            assert {"0769-" + digits for digits in bare} <= set(numbers), row["title"]
            assert not any(re.fullmatch(r"\d{8}", number) for number in numbers), row["title"]
        not_phones += re.findall(r"[帐账]\s*号\s*[:：]\s*(\d{9,})", row["content"])
        not_phones += re.findall(r"(?<![A-Za-z\d._-])(\d{6,})@", row["content"])  # all-digit (QQ) mailboxes
    assert len(set(bare_in_dongguan)) >= 2, "expected bare Dongguan numbers in the external notices"
    assert not_phones, "expected account numbers or numeric e-mail addresses in the external notices"
    assert not any(number.endswith(tuple(not_phones)) for number in found)


# --- notices in other provinces' phrasings ----------------------------------------------------------
# (title, body, expected numbers). The whole notice is extracted, so a bare number gets the area
# code of the city its regions give (any province, through pipeline/areacodes.py).

def notice_numbers(title, text):
    from pipeline.extract.regions import extract_regions

    built = build_notice(RawRecord(title=title, content=text, source="test", source_id="1"))
    built.regions = extract_regions(built)
    return [p.number for p in extract_phones(built)]


@pytest.mark.parametrize("title, text, expected", [
    pytest.param("佛山市科学技术局关于开展2025年度科技创新团队项目申报的通知",
                 "五、联系方式\n市科技局创新科：(0757)83119876，0757-8311 9877。", ["0757-83119876", "0757-83119877"],
                 id="gd-parenthesised-and-spaced"),
    pytest.param("关于开展2025年度科技企业孵化器绩效评价的通知",
                 "联系电话：83456781、83456782\n佛山市科学技术局\n2025年5月6日", ["0757-83456781", "0757-83456782"],
                 id="gd-bare-list-city-from-signature"),
    pytest.param("关于组织申报2025年度市科技计划项目的通知",
                 "四、联系方式\n1.市工信局技术改造科：\n王某某、李某某，23401001、23401002\n2.市工信局中小企业科：\n张某某，23401005\n"
                 "东莞市工业和信息化局\n2025年5月6日", ["0769-23401001", "0769-23401002", "0769-23401005"],
                 id="gd-contact-section-lines"),
    pytest.param("广州市工业和信息化局关于征集2025年度数字化转型服务商的通知",
                 "联系人：陈科长，电话/传真：83133333；技术支持：400-830-1234。", ["020-83133333", "4008301234"],
                 id="gd-phone-fax-and-400"),
    pytest.param("杭州市经济和信息化局关于组织申报2025年度未来工厂的通知",
                 "咨询电话：0571-85251234转8001；手机：139-0571-2345；传真：0571－85251235。",
                 ["0571-85251234", "13905712345", "0571-85251235"], id="zj-extension-mobile-fax"),
    pytest.param("关于开展2025年度专精特新中小企业认定的通知",
                 "联系电话：85339012\n义乌市经济和信息化局\n2025年6月3日", ["0579-85339012"], id="zj-county-city-area-code"),
    pytest.param("成都高新区科技创新局关于开展2025年度瞪羚企业认定的通知",
                 "联系电话：028-85336666-8001，传真：028-85336667；系统技术支持：180 2233 4455。",
                 ["028-85336666", "028-85336667", "18022334455"], id="sc-extension-dash-mobile-spaces"),
    pytest.param("青岛市科学技术局关于组织申报2025年度科技型中小企业评价的通知",
                 "咨询电话：85911234、85911235（传真）", ["0532-85911234", "0532-85911235"], id="sd-city-bureau-bare"),
    pytest.param("济南市工业和信息化局关于申报的通知", "电话：0531—51708888 传真：0531－51708899",
                 ["0531-51708888", "0531-51708899"], id="sd-long-dashes"),
    pytest.param("武汉市经济和信息化局关于开展2025年度技术改造项目申报的通知",
                 "联系人：张科长，电话：027-85712345，分机8001。", ["027-85712345"], id="hb-extension-after-comma"),
    pytest.param("北京市经济和信息化局关于征集2025年度数字化转型案例的通知",
                 "咨询电话：68205566、68205567；服务热线：12345。", ["010-68205566", "010-68205567", "12345"],
                 id="bj-municipality-bare-list"),
    pytest.param("重庆市经济和信息化委员会关于申报的通知", "咨询电话：63096789（工作日9:00-17:00）", ["023-63096789"],
                 id="cq-office-hours-not-a-number"),
    pytest.param("上海市科学技术委员会关于申报的通知", "联系电话：（021）23111111；（021）23112222",
                 ["021-23111111", "021-23112222"], id="sh-parenthesised-list"),
    pytest.param("关于申报的通知", "联系电话：0769-26119876/26119877，020-31234567/020-31234568",
                 ["0769-26119876", "0769-26119877", "020-31234567", "020-31234568"], id="slash-separated"),
    pytest.param("关于申报的通知", "填报中遇到技术故障，可拨打运维人员手机13712345670或访问https://sb.example.gov.cn/help查阅常见问题。",
                 ["13712345670"], id="mobile-glued-to-a-link"),
    pytest.param("关于申报的通知", "联系电话：+86 10 6820 5566", ["010-68205566"], id="international-with-spaces"),
    # a provincial body sits in its capital (GB/T 2260 xx01: 南京, 长春 …); a province read from a
    # place in the title, not from the issuer, decides no city
    pytest.param("示例市科技局关于报送统计数据的通知",
                 "纸质报表寄送地址及收件人：示例区示例路2号示例市科技局1102，王某，2031234。", ["2031234"],
                 id="a-number-after-the-recipient"),
    pytest.param("江苏省科学技术厅关于开展项目申报的通知", "咨询电话：84181234", ["025-84181234"],
                 id="provincial-body-takes-its-capitals-code"),
    pytest.param("关于开展示例项目申报的通知", "各市科技局：\n请于5月1日前报送。\n咨询电话：88901234\n吉林省科学技术厅\n2026年4月1日",
                 ["0431-88901234"], id="provincial-signature-takes-its-capitals-code"),
    pytest.param("2026年广东省企业研发补助资金项目申报", "市科技局受理申报。咨询电话：22830058", ["22830058"],
                 id="province-named-in-the-title-only-keeps-bare-digits"),
    pytest.param("海南省工业和信息化厅关于开展项目申报的通知", "咨询电话：65301234", ["0898-65301234"],
                 id="hainan-province-has-one-code"),
    pytest.param("湘西土家族苗族自治州科学技术局关于申报的通知", "联系电话：8521234", ["0743-8521234"],
                 id="autonomous-prefecture"),
    pytest.param("锡林郭勒盟工业和信息化局关于申报的通知", "联系电话：8251234", ["0479-8251234"], id="league"),
    pytest.param("关于申报的通知", "服务热线：4008-123-456；800 828 1234", ["4008123456", "8008281234"],
                 id="service-numbers-any-grouping"),
    pytest.param("关于申报的通知", "联系电话：０５１２－６８６１６２７５，手机：１３８１２３４５６７８", ["0512-68616275", "13812345678"],
                 id="full-width-digits"),
])
def test_other_provinces(title, text, expected):
    assert notice_numbers(title, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("文件编号：川科高〔2025〕12号，发文日期：2025年03月01日，另行通知。", id="doc-number-and-date"),
    pytest.param("开户银行：工商银行杭州分行，账号：1202021209900012345，户名：杭州市财政局。", id="bank-account"),
    pytest.param("统一社会信用代码：91510100MA61XXXX2L，身份证号：44190019900101123X。", id="credit-and-id-codes"),
    pytest.param("地址：广州市越秀区东风中路305号，邮编：510031，联系方式另行告知。", id="postcode"),
    pytest.param("企业年营业收入不低于20000000元，研发投入不少于3000000元，咨询另见附件。", id="amounts"),
    pytest.param("请加入QQ群：812345678，或扫描二维码。咨询请留言。", id="qq-group"),
    pytest.param("申报系统：https://gdii.gd.gov.cn/2025/83133334.html，咨询请见系统说明。", id="digits-in-a-url"),
    pytest.param("材料发送至邮箱sz88101234@163.com，电话咨询另行通知。", id="digits-in-an-email"),
    pytest.param("项目编号：2025012345，受理编号：NO.88001234。", id="project-numbers"),
    pytest.param("截止时间为2025年10月31日17:30，公示日期20251015。", id="dates-and-times"),
])
def test_never_phones_in_other_provinces(text):
    assert numbers(text) == []


@pytest.mark.parametrize("title, text, expected", [
    pytest.param("关于公示2026年省级工业设计中心拟认定名单的通知",
                 "现将名单予以公示。\n联系电话：86123456（兼传真）\n地址：石家庄市某某路12号\n河北省工业和信息化厅\n2026年7月2日",
                 ["0311-86123456"], id="provincial-notice-bare-number-takes-its-address-city"),
    pytest.param("关于征集2026年度重点项目的通知",
                 "联系电话：52345678\n通讯地址：江苏省南京市某某路8号\n江苏省科学技术厅\n2026年3月1日", ["025-52345678"],
                 id="address-after-its-province"),
    pytest.param("关于开展项目申报的通知",
                 "联系人：高新处张某\n联系电话：0571-87654321\n附件：申报表\n浙江省科学技术厅\n\n2016310",
                 ["0571-87654321"], id="seven-digit-signing-date-alone-on-its-line"),
    pytest.param("关于开展项目申报的通知",
                 "联系电话：023-63891234\n重庆市经济和信息化委员会\n\n20261127\n\n（此件公开发布）", ["023-63891234"],
                 id="eight-digit-signing-date-alone-on-its-line"),
    pytest.param("关于开展项目申报的通知", "联系电话：0771-2612345、0771-966123-1、0771-5871234",
                 ["0771-2612345", "0771-966123", "0771-5871234"], id="local-96-service-number-with-an-extension"),
    pytest.param("关于开展项目申报的通知", "服务热线：0571-96345", ["0571-96345"], id="local-96-service-number"),
])
def test_provincial_addresses_dates_and_local_service_numbers(title, text, expected):
    assert notice_numbers(title, text) == expected


def test_seven_digit_number_in_a_contact_line_stays_a_phone():
    assert numbers("联系电话：2016310", "河池") == ["0778-2016310"]


# --- numbers written as their differing last digits; long texts ---------------------------------------

@pytest.mark.parametrize("text, city, expected", [
    pytest.param("联系人及电话：王某 010-61234567/4321", None, ["010-61234567", "010-61234321"],
                 id="another-ending-after-a-slash"),
    pytest.param("咨询电话：6123456/7/8", "洛阳", ["0379-6123456", "0379-6123457", "0379-6123458"],
                 id="several-endings-of-a-bare-number"),
    pytest.param("电话：0379-6123456/2026年起停用", None, ["0379-6123456"], id="a-year-is-no-ending"),
])
def test_alternate_endings(text, city, expected):
    assert numbers(text, city) == expected


def test_an_alternate_ending_keeps_the_label():
    phones = extract_phones(Notice(text="联系人：李某，电话：010-61234567/4321"))
    assert [p.label for p in phones] == ["李某", "李某"]


def test_a_body_name_only_one_region_uses_gives_the_area_code():
    assert notice_numbers("关于申报的通知", "材料由区县审核后报送市经济信息委。\n咨询电话：63891234") == ["023-63891234"]


@pytest.mark.parametrize("unit", ["tel:8568183-", "联系电话：8568183，", "咨询电话：6123456\n", "见http://x.example.cn/6123456/"])
def test_a_long_text_gives_what_its_parts_give(unit):
    # 200,000 characters took minutes when each number rescanned its line (linear now, under a second
    # by hand; no timing is asserted here)
    numbers = lambda text: sorted(p.number for p in extract_phones(Notice(text=text)))  # noqa: E731
    assert numbers(unit * (200_000 // len(unit))) == numbers(unit * 3)


def test_a_contact_table_is_read_to_its_last_row():
    rows = "\n".join(f"{i} | 第{i}镇科协 | 5968{i:04d} | 某镇某某公路{1000 + i}号 |" for i in range(1, 9))
    text = f"请于2027年4月3日前报送。\n三、联系方式\n各镇科协联系电话：\n序号 | 单位 | 电话 | 地址 |\n{rows}\n"
    assert numbers(text, "上海市") == [f"021-5968{i:04d}" for i in range(1, 9)]


def test_a_table_of_figures_under_no_contact_heading_holds_no_phones():
    rows = "\n".join(f"{i} | 第{i}个项目 | 5968{i:04d} |" for i in range(1, 9))
    text = f"一、项目清单\n序号 | 项目 | 投资额（元） |\n{rows}\n"
    assert numbers(text, "上海市") == []


@pytest.mark.parametrize("text, city, expected", [
    # numbers run together, their separators lost in the source (r17, r27, r28, r15, r8)
    ("联系人：李某刘某联系电话：8531691585316916邮箱：12345@qq.com", "武汉", ["027-85316915", "027-85316916"]),
    ("联系人及电话：张某王某\n028681078398672135262103772\n地址：成都市某路1号", None,
     ["028-68107839", "028-86721352", "028-62103772"]),
    ("联系电话：0439-322402915843950989", None, ["0439-3224029", "15843950989"]),
    # …but a long digit run with no phone cue is no phone (an account, a code)
    ("统一社会信用代码：91650205742229728123", None, []),
])
def test_numbers_run_together(text, city, expected):
    assert numbers(text, city) == expected
