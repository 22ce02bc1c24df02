"""Region extraction: title tags, issuers, titles, scope statements, digests."""
import json
from pathlib import Path

import pytest

from pipeline.extract import extract_notice
from pipeline.extract.regions import extract_regions, find_places, issuer_regions
from pipeline.records import RawRecord, build_notice

SHARED = Path(__file__).resolve().parents[2] / "shared"


def notice(title, text="", account=None, kind=None):
    built = build_notice(RawRecord(title=title, content=text, account=account, source="test", source_id="1"))
    built.kind = kind
    return built


def names(title, text="", account=None, kind=None):
    return [r.name for r in extract_regions(notice(title, text, account, kind))]


@pytest.mark.parametrize("title, text, account, expected", [
    # a title tag names the city, even when the body cites the province
    ("南京丨专项资金奖补！市工信局明确申报要求",
     "市工信局关于组织开展试点申报工作的通知\n根据《省工业和信息化厅关于…的通知》要求…\n南京市工业和信息化局\n2025年9月23日",
     "江苏省中小企业公共服务平台", ["南京市"]),
    # a provincial department signs at the end; the date is glued to its name
    ("关于组织开展2025年度未来工厂培育申报工作的通知",
     "各设区市经信局：现将有关事项通知如下……扫码查看附件浙江省经济和信息化厅2025年3月1日", None, ["浙江省"]),
    # "省科技厅" in the title, the account places it in its province
    ("省科技厅公布2025年度前沿技术应用场景名单", "经组织遴选，现予以公布。", "江苏省中小企业公共服务平台",
     ["江苏省"]),
    # a ministry's notice: its Beijing address is not the scope
    ("拟公告符合行业规范条件企业名单公示",
     "现将名单予以公示。\n联系单位：工业和信息化部电子信息司 地址：北京市海淀区万寿路27号院 电话：010-68208045\n"
     "工业和信息化部电子信息司\n2025年9月12日", None, ["全国"]),
    # a provincial plan for three cities named in the title
    ("广州、深圳、佛山先进制造业集群再获政策支持",
     "省政府关于印发专项实施方案的通知\n广东省人民政府\n2025年6月3日", None, ["广州市", "深圳市", "佛山市"]),
    # a district bureau
    ("关于开展2025年度区级科技企业孵化器认定的通知", "……\n杭州市余杭区科学技术局\n2025年4月2日", None, ["余杭区"]),
    # the scope statement, with a carved-out county
    ("关于开展2025年度专精特新企业奖励申报的通知",
     "一、申报条件\n申报单位须在成都市行政区域内注册（不含简阳市），具有独立法人资格。", None, ["成都市"]),
    # "我市" in a notice that names its city only in passing
    ("2025年科技创新券兑付受理时间",
     "现根据我市工作安排明确兑付事项如下：\n纸质材料送佛山市科技局政务服务窗口。\n佛山市科技局创新科负责解释。",
     None, ["佛山市"]),
    # development zones: the data's own code; a zone's own body issues for the zone (in its city's code)
    ("苏州工业园区丨2025年度科技领军人才项目申报", "", None, ["苏州工业园区"]),
    ("西安高新区科技创新局关于开展2025年度硬科技企业培育库入库的通知", "企业在西安高新区内注册。", None,
     ["西安高新技术产业开发区"]),
    # a city bureau reposting a national call keeps its own scope
    ("关于转发工业和信息化部制造业单项冠军企业遴选工作的通知",
     "根据《工业和信息化部办公厅关于开展第十批制造业单项冠军企业遴选工作的通知》要求…\n宁波市经济和信息化局\n2025年5月6日",
     None, ["宁波市"]),
    # a central body publishing the document
    ("两部门印发《工业园区高质量发展指引》", "近日，工业和信息化部、国家发展改革委联合印发《工业园区高质量发展指引》。",
     None, ["全国"]),
    # only a citation of a ministry, and nothing else: no region
    ("专精特新企业梯度培育政策问答", "根据《工业和信息化部关于印发优质中小企业梯度培育管理暂行办法的通知》，问：…答：…",
     None, []),
    # the header names the issuer at the level of its city
    ("高新技术企业培育库2025年度第二批入库企业名单",
     "市科技局关于公布连云港市高新技术企业培育库2025年度第二批入库企业名单的通知\n各县、区科技局：…", None, ["连云港市"]),
    # a municipality
    ("关于征集2025年度数字化转型标杆案例的通知", "……\n上海市经济和信息化委员会\n2025年7月1日", None, ["上海市"]),
    # issuers as tags or leading the title
    ("省工信厅丨关于开展2025年度工业设计中心申报的通知", "…", "江苏省中小企业公共服务平台", ["江苏省"]),
    ("工信部：开展2025年中小企业数字化赋能专项行动", "…", "江苏省中小企业公共服务平台", ["全国"]),
    ("财政部等四部门印发《中小企业发展专项资金管理办法》", "…", None, ["全国"]),
    # a live stream with no place anywhere
    ("今日15:30！初创及成长型企业股权激励规划", "扫描图中二维码或点击页面底部“阅读原文”看直播", None, []),
])
def test_extract_regions(title, text, account, expected):
    assert names(title, text, account) == expected


def test_digest_keeps_the_union():
    text = ("国家级 项目申报\n1.工业和信息化部办公厅关于开展2025年度中小企业人工智能典型应用场景征集工作的通知\n"
            "省级 项目申报\n2.四川省科学技术厅关于开展2026年度省重点研发项目申报的通知")
    got = names("多个申报项目！2025年4月惠企政策合集", text, "四川省中小企业服务中心")
    assert set(got) == {"全国", "四川省"}


def test_title_place_outside_the_issuer_is_not_scope():
    text = "各区工信局：…\n南京市工业和信息化局\n2025年5月6日"
    assert names("关于组织企业参加2025中国（深圳）国际工业博览会的通知", text) == ["南京市"]


@pytest.mark.parametrize("text, expected", [
    ("江苏省南京市鼓楼区北京西路16号", ["江苏省", "南京市", "鼓楼区"]),  # 北京西路 is a street
    ("南京大学与苏州银行合作", []),
    ("江苏亨通光电股份有限公司", []),
    ("中国（江苏）自由贸易试验区", ["江苏省"]),
    ("大庆油田和安康杯竞赛", []),  # city short forms that are ordinary words
    ("大庆市科技局", ["大庆市"]),
])
def test_find_places(text, expected):
    assert [p.region.name for p in find_places(text)] == expected


def _every_length_scan(text):
    """find_places' matching as first written: every length from the longest name down to 2."""
    from pipeline.extract.regions import _name_table

    table, longest = _name_table()
    spans, pos = [], 0
    while pos < len(text) - 1:
        match = next((text[pos:pos + n] for n in range(min(longest, len(text) - pos), 1, -1)
                      if text[pos:pos + n] in table), None)
        if match is None:
            pos += 1
            continue
        spans.append((pos, pos + len(match)))
        pos += len(match)
    return spans


def test_find_places_by_prefix_matches_every_length_scan():
    """Candidate lengths looked up by a name's first two characters pick the same (longest) name at
    every position as trying every length: each place found is one the full scan reads."""
    from pipeline.extract.regions import _name_table

    names_ = sorted(_name_table()[0])
    texts = ["关于" + "、".join(names_) + "江苏省南京市鼓楼区北京西路，的通知市", "".join(names_[::3]), *names_]
    kept = 0
    for text in texts:
        found = [(p.start, p.end) for p in find_places(text)]
        assert set(found) <= set(_every_length_scan(text)), text[:40]
        kept += len(found)
    assert kept > len(names_)


@pytest.mark.parametrize("org, expected", [
    ("国家税务总局江苏省税务局", ["江苏省"]),
    ("中共常州市委人才工作领导小组办公室", ["常州市"]),
    ("市场监管总局", ["全国"]),
    ("国家发展改革委员会", ["全国"]),
    ("太湖金谷", []),
    ("惠企资金直达应用系统", []),
])
def test_issuer_regions(org, expected):
    assert [r.name for r in issuer_regions(org)] == expected


def test_regions_carry_evidence():
    regions = extract_regions(notice("常州丨2025年度市智能工厂拟认定名单公示", "…"))
    assert regions[0].evidence and "常州" in regions[0].evidence


# --- the external notices (the dev-set floor is in tests/test_golden.py) -----------------------

def test_external_notices_get_their_city():
    path = SHARED / "external" / "notices.json"
    if not path.exists():
        pytest.skip("external notices are not available")
    rows = json.loads(path.read_text("utf-8"))
    signed = [row for row in rows if row["content"].rstrip().endswith("日") and "东莞市" in row["content"][-40:]]
    assert signed, "expected Dongguan notices signed by a city bureau"
    for row in signed:
        built = build_notice(RawRecord(title=row["title"], content=row["content"], source="ext", source_id="x"))
        assert [r.name for r in extract_regions(built)] == ["东莞市"], row["title"]


# --- notices in other provinces' phrasings ----------------------------------------------------------

@pytest.mark.parametrize("title, text, expected", [
    # city bodies of other provinces, in the title or the signature
    pytest.param("中山市科学技术局关于开展2025年度科技企业孵化器认定的通知", "各园区、镇街科技主管部门：\n……",
                 ["中山市"], id="gd-city-bureau-title"),
    pytest.param("关于开展2025年度科技企业孵化器认定的通知",
                 "各园区、镇街科技主管部门：\n……\n中山市科学技术局\n2025年3月1日", ["中山市"], id="gd-city-bureau-signature"),
    pytest.param("广州市工业和信息化局关于征集2025年数字化转型服务商的通知", "各区工业和信息化局：……", ["广州市"],
                 id="gd-guangzhou"),
    pytest.param("关于开展2025年瞪羚企业认定的通知", "……\n成都高新区科技创新局\n2025年3月1日", ["成都高新技术产业开发区"],
                 id="sc-zone-signature"),
    pytest.param("关于2025年度松山湖高新区企业研发投入资助的通知", "园区内注册的企业可申报。", ["东莞市"],
                 id="gd-named-zone"),
    pytest.param("关于申报的通知", "各镇（街道）、园区：\n……\n佛山市顺德区经济促进局\n2025年3月1日", ["顺德区"],
                 id="gd-district-bureau"),
    pytest.param("武汉东湖新技术开发区管委会关于申报的通知", "……", ["武汉东湖新技术开发区"], id="hb-zone-committee"),
    pytest.param("宁波市鄞州区经济和信息化局关于申报的通知", "……", ["鄞州区"], id="zj-district"),
    pytest.param("山东省工业和信息化厅关于组织申报2025年度省级技术创新项目的通知", "各市工业和信息化局：……", ["山东省"],
                 id="sd-province"),
    pytest.param("重庆市经济和信息化委员会关于申报的通知", "各区县（自治县）经济信息委：……", ["重庆市"],
                 id="cq-municipality"),
    # scope statements when no issuer is given: full names, one-character names, 我市 and 镇街
    pytest.param("关于征集2025年度数字化转型服务商的通知", "一、征集对象\n在京注册的数字化转型服务商。", ["北京市"],
                 id="bj-zai-jing-zhuce"),
    pytest.param("关于开展中小企业服务券申领工作的通知", "一、申领对象\n在蓉注册的中小企业。", ["成都市"],
                 id="sc-zai-rong-zhuce"),
    pytest.param("关于申报的通知", "申报单位须为在沪依法登记注册的企业。", ["上海市"], id="sh-zai-hu"),
    pytest.param("关于申报的通知", "申报单位须在深圳市南山区注册。", ["南山区"], id="gd-district-scope"),
    pytest.param("关于申报的通知", "凡在我市各镇街（园区）注册的企业均可申报。\n东莞市工业和信息化局\n2025年3月1日",
                 ["东莞市"], id="gd-towns-and-parks-are-the-city"),
    # national texts: a central body heading the title, addressing every province, acting in the text
    pytest.param("财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告", "现就有关问题公告如下……", ["全国"],
                 id="national-two-bodies-in-title"),
    pytest.param("科技部 教育部 国家税务总局关于印发《技术转移机构评价办法》的通知",
                 "各省、自治区、直辖市及计划单列市科技厅（委、局）：……", ["全国"], id="national-three-bodies"),
    pytest.param("关于组织开展2025年度科技型中小企业评价工作的通知",
                 "各省、自治区、直辖市及计划单列市科技厅（委、局），新疆生产建设兵团科技局：……", ["全国"],
                 id="national-addressees"),
    pytest.param("专利优先审查管理办法", "第五条 符合本办法规定的单位，可以向国家知识产权局申请优先审查。", ["全国"],
                 id="national-body-acts"),
    pytest.param("集成电路设计企业认定办法", "第八条 地方主管部门完成初审后，将推荐名单报送工业和信息化部。",
                 ["全国"], id="national-body-receives"),
    pytest.param("设备器具税前扣除政策",
                 "一、……\n二、本公告自2026年1月1日起施行，《财政部 税务总局关于设备器具扣除有关政策的公告》同时废止。",
                 ["全国"], id="national-repeals-its-own-document"),
    # … but a local notice that only cites or mentions central bodies is not national
    pytest.param("企业技术改造奖补申报流程",
                 "为做好我市企业技术改造奖补工作，经市工信局、市财政局研究，现通知如下：企业向国家税务总局指定的平台报送"
                 "数据后提交申请。", [], id="local-without-city-stays-empty"),
    # the body that interprets a notice is its issuer
    pytest.param("关于开展2025年度企业研发奖励的通知", "一、奖励对象……\n本通知由西安市科学技术局负责解释。", ["西安市"],
                 id="sn-interpreted-by-city-bureau"),
    pytest.param("科技企业孵化器管理办法", "第一条……\n第三十条 本办法由科技部会同财政部负责解释。", ["全国"],
                 id="national-interpreted-by-ministries"),
    # reposts keep the most specific issuer; title tags in brackets or with a full-width bar
    pytest.param("转发广东省科学技术厅关于开展2025年度省重点领域研发计划申报的通知",
                 "各区科技局：\n现将省科技厅通知转发给你们。\n佛山市科学技术局\n2025年3月1日", ["佛山市"], id="gd-city-repost"),
    pytest.param("【广州】关于组织申报2025年度专精特新奖励的通知", "……", ["广州市"], id="gd-bracket-tag"),
    pytest.param("中共宁波市委人才工作领导小组办公室关于开展2025年度甬江人才工程申报的通知", "……", ["宁波市"],
                 id="zj-party-office"),
    pytest.param("关于下达2025年省级科技计划项目的通知", "各设区市科技局：……\n福建省科学技术厅\n2025年3月1日", ["福建省"],
                 id="fj-province-signature"),
    pytest.param("厦门市科学技术局关于组织申报2025年度厦门市科技计划项目的通知", "地址：福州市鼓楼区某路1号", ["厦门市"],
                 id="fj-address-is-not-scope"),
    pytest.param("技术改造项目资金审计口径说明", "一、设备投入以合同签订日为准。\n二、以现金支付的款项不计入投入。",
                 [], id="no-place-no-issuer"),
])
def test_other_provinces(title, text, expected):
    assert names(title, text) == expected


# --- issuers in source lines, signatures written in other ways, and zones ---------------------------

@pytest.mark.parametrize("title, text, expected", [
    pytest.param("关于征集2026年度市级重点项目的通知",
                 "关于征集2026年度市级重点项目的通知\n发布日期：2026-01-05 来源：西宁市发展和改革委员会\n各有关单位：\n现启动征集工作。",
                 ["西宁市"], id="source-line-in-the-opening"),
    pytest.param("关于组织申报2026年度科技计划项目的通知",
                 "……特此通知。\n洛阳市科学技术局\n2026年3月2日\n（联系人：王某，电话：0379-12345678）\n附件：申报书",
                 ["洛阳市"], id="signature-before-contact-and-attachment-lines"),
    pytest.param("关于申报的通知", "请各单位按时报送材料。绵阳市经济和信息化局2026年4月1日（此件公开发布）。", ["绵阳市"],
                 id="signature-glued-with-note-and-full-stop"),
    pytest.param("关于申报的通知", "申报单位须按时上传材料，逾期不予受理，贵州省科学技术厅2026年5月6日附件:1.申报书.docx",
                 ["贵州省"], id="flattened-run-signature-before-attachments"),
    pytest.param("关于申报的通知", "请按时提交材料，梅州市科学技术局2026年5月6日联系人:李某,电话:0753-2345678", ["梅州市"],
                 id="flattened-run-signature-before-contacts"),
    pytest.param("关于申报的通知", "……\n附件：推荐汇总表\n江西省科学技术厅", ["江西省"], id="signature-without-date"),
    pytest.param("2026年度拟认定名单", "拟认定名单如下：\n1.某某智能装备有限公司\n2.南昌某某研究院", [],
                 id="last-entry-of-a-list-is-no-signature"),
    pytest.param("关于申报的通知", "……\n宁夏回族自治区科学技术厅\n20260316", ["宁夏回族自治区"], id="compact-date"),
    pytest.param("关于申报的通知", "……\n汕尾市科学技术局\n2026年3月16日\n抄送：市政府办公室\n公开方式：主动公开", ["汕尾市"],
                 id="signature-before-copy-and-disclosure-lines"),
    pytest.param("关于申报的通知", "遵义市科学技术局文件\n遵科发〔2026〕3号\n各有关单位：\n现将有关事项通知如下。", ["遵义市"],
                 id="red-head-document-header"),
    pytest.param("关于申报的通知", "……\n恩施州科学技术局\n2026年3月16日", ["恩施土家族苗族自治州"],
                 id="autonomous-prefecture-short-form"),
    pytest.param("关于申报的通知", "按照《芜湖市科技创新若干政策》执行。\n高新区科技创新局\n2026年2月1日", ["芜湖市"],
                 id="zone-body-without-its-place-is-in-the-city"),
    pytest.param("云栖新区经济发展局关于申报人才项目的通知", "入驻莲都区云栖新区的企业，按本通知申报。", ["莲都区"],
                 id="zone-placed-by-the-text"),
    pytest.param("关于转发湖北省经信厅《关于开展示范企业遴选的通知》的通知",
                 "关于转发湖北省经信厅\n《关于开展示范企业遴选的通知》的通知\n各县（市、区）经信局：\n"
                 "申报表可从宜昌市经信局网站下载。请于6月1日前报送市经信局。", ["宜昌市"],
                 id="forwarded-body-is-not-the-issuer"),
    pytest.param("", "2024-3-8国家某某评审工作办公室公告第12号\n本年度评审结果现予公布。", ["全国"],
                 id="numbered-announcement-heading-after-a-page-date"),
])
def test_issuers_in_other_forms(title, text, expected):
    assert names(title, text) == expected


# --- notices that do not name their issuer: addressees and procedure --------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("各县（市、区）工信局，漳州高新区经发局：\n现将有关事项通知如下。", ["漳州市"],
                 id="addressed-to-counties-and-a-zone-of-the-city"),
    pytest.param("各盟市科技局，满洲里市科技局：\n现将有关事项通知如下。", ["内蒙古自治区"],
                 id="addressed-to-leagues-and-cities-is-provincial"),
    pytest.param("各州、市科技局：\n请于5月1日前报送。\n依据《云南省科技计划管理办法》执行。", ["云南省"],
                 id="addressed-to-prefectures-and-cities-is-provincial"),
    pytest.param("各市县科技局，洋浦经济开发区管委会：\n请于5月1日前报送至科技厅。\n依据《海南省科技计划管理办法》执行。",
                 ["海南省"], id="addressed-to-cities-and-counties-is-provincial"),
    pytest.param("各县区科技局、市直有关部门：\n请于5月1日前报送。\n依据《平凉市科技计划管理办法》执行。", ["平凉市"],
                 id="city-departments-and-counties-are-a-citys"),
    pytest.param("各区县科技局：\n企业经所在区科技局审核后，报送至市科技局。\n依据《绍兴市科技计划项目管理办法》执行。",
                 ["绍兴市"], id="addressed-to-districts-city-from-the-text"),
    pytest.param("一、申报要求\n按指南填写申报书。\n二、请于5月10日前将材料寄送至襄阳市科学技术局成果科。", ["襄阳市"],
                 id="materials-go-to-a-named-city-bureau"),
    pytest.param("各县（市、区）科技局：\n现将省科技厅通知转发给你们，请于6月1日前报送至市科技局。\n联系电话：0377-6543210",
                 ["南阳市"], id="city-notice-city-from-its-area-code"),
    pytest.param("各县（市、区）科技局：\n现将《河南省科学技术厅关于申报的通知》转发给你们，请于6月1日前报送至市科技局。", [],
                 id="city-notice-without-its-city-is-not-the-province"),
    pytest.param("各县市区科技局：\n请于6月1日前报送至市科技局。\n联系电话：0731-12345678", [],
                 id="area-code-shared-by-three-cities"),
    pytest.param("各有关单位：\n现将有关事项通知如下。\n一、申报书在陕西省科技业务综合管理系统在线提交，纸质材料由科技厅另行通知。",
                 ["陕西省"],
                 id="provincial-department-by-its-trade"),
    pytest.param("有关单位：\n现将拟立项项目予以公示。\n依据《恩施州科技计划项目管理办法》，有异议的请向州科技局反映。",
                 ["恩施土家族苗族自治州"], id="prefecture-body-in-the-procedure"),
    pytest.param("各州市科技局：\n请各申报主体和州市科技局对材料负责，于7月1日前报送至省科技厅。\n云南省科技厅网站同步发布。",
                 ["云南省"], id="each-prefecture-is-not-one"),
    pytest.param("各有关单位：\n请各县、市科技局组织推荐，于6月1日前报送至省科技厅。\n依据《甘肃省科技计划管理办法》执行。",
                 ["甘肃省"], id="county-and-city-bureaus-are-a-group"),
    pytest.param("各省、自治区、直辖市科技厅：\n请于6月1日前报送至省科技厅汇总。", ["全国"],
                 id="central-addressees-win-over-procedure"),
    pytest.param("市工信局，各开发区，各有关企业：\n请于9月1日前将材料报送工信厅产业处（贵阳市某某路8号）。\n"
                 "依据《贵州省技术改造专项管理办法》执行。", ["贵州省"],
                 id="a-city-body-written-to-is-not-the-procedures"),
])
def test_procedure_of_untitled_notices(text, expected):
    assert names("", text) == expected


def test_heading_line_of_an_untitled_notice_is_its_title():
    text = "关于组织申报2026年度宜宾市科技计划项目的通知\n各有关单位：\n现将有关事项通知如下。"
    assert names("", text) == ["宜宾市"]


def test_title_derived_from_the_body_is_read_as_body():
    text = ("根据《自治区科学技术厅关于组织申报2026年度科普基地的通知》要求，现就有关事项通知如下。\n"
            "请于5月10日前将材料上报钦州市科学技术局。")
    built = notice("", text)
    assert built.title_derived
    assert [r.name for r in extract_regions(built)] == ["钦州市"]


# --- names shared across China, county-level cities under a province, municipalities' districts ------

@pytest.mark.parametrize("title, text, expected", [
    pytest.param("关于征集2026年度朝阳区数字经济扶持项目的通知",
                 "各相关单位：\n由朝阳园管委会受理，支持在朝阳区注册的企业，中关村科技园区内的企业优先。", ["朝阳区"],
                 id="shared-district-name-settled-by-a-beijing-zone"),
    pytest.param("朝阳区工信局关于组织申报2026年中小企业专项资金的通知",
                 "各企业：按照长春市统一部署，组织申报。", ["朝阳区"],
                 id="shared-district-name-settled-by-its-city"),
    pytest.param("关于征集鼓楼区2026年度文创项目的通知", "各有关单位：\n现征集项目。申报单位须在鼓楼区注册。", [],
                 id="shared-district-name-left-open"),
    pytest.param("区工信局关于转发市经信委智能工厂申报的通知",
                 "各有关企业：\n上海市浦东新区工业和信息化委员会（简称区工信局）负责受理注册在浦东新区的企业。\n"
                 "受理地址：上海市浦东新区某某大道100号", ["浦东新区"],
                 id="district-bureau-of-a-municipality-is-its-district"),
    pytest.param("区科技局关于开展2026年度科技小巨人申报的通知",
                 "各企业：\n注册在和平区的企业可申报，材料报区科技局。地址：天津市和平区某某道1号", ["和平区"],
                 id="district-bureau-in-a-municipality-named-once"),
    pytest.param("市商务局关于2026年外贸发展专项资金申报的通知",
                 "各区商务局：\n现就天津市2026年外贸资金申报通知如下，截止时间为6月30日17:00（北京时间）。\n"
                 "地址：天津市河西区重庆道88号", ["天津市"],
                 id="municipality-bureau-not-a-street-or-beijing-time"),
    pytest.param("仙桃市经信局关于开展2026年技改项目申报的通知", "各企业：现将有关事项通知如下。", ["仙桃市"],
                 id="county-level-city-under-the-province"),
    pytest.param("重磅！济源示范区出台稳增长二十条", "济源产城融合示范区管理委员会关于印发若干措施的通知\n各镇人民政府：…",
                 ["济源市"], id="short-form-of-a-county-level-city-under-the-province"),
    pytest.param("关于开展2026年度科技型企业培育的通知",
                 "各团场、各有关企业：\n为推动石河子创新发展，材料报送至市科技局。", ["石河子市"],
                 id="city-body-of-a-corps-city"),
    pytest.param("", "各盟市工信局：\n请于7月1日前将推荐材料报送至自治区工信厅。\n联系电话：0471-6601234", ["内蒙古自治区"],
                 id="province-from-the-area-code-when-no-place-is-named"),
    pytest.param("关于公示2026年省级工业设计中心拟认定名单的通知", "现将名单予以公示。\n联系人：张某\n浙江省经济和信息化厅\n2016310",
                 ["浙江省"], id="signed-with-a-seven-digit-date"),
])
def test_shared_names_and_cities_under_a_province(title, text, expected):
    assert names(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("天津市和平区成都道116号", ["天津市", "和平区"]),  # a Tianjin street named after a city
    ("截止时间为10月20日（北京时间）", []),
    ("西藏、内蒙古、仙桃、五家渠", ["西藏自治区", "内蒙古自治区", "仙桃市", "五家渠市"]),
    ("东方红、新星计划、白杨树", []),  # short forms that are ordinary words
])
def test_find_places_more(text, expected):
    assert [p.region.name for p in find_places(text)] == expected


def test_find_places_reports_unsettled_names():
    unresolved = []
    assert find_places("朝阳区有关企业", unresolved=unresolved) == []
    assert sorted(r.code for r in unresolved[0]) == ["110105", "220104"]


# --- addressees without their colon, the notice's own matter, names of bodies only one region uses ---

@pytest.mark.parametrize("title, text, expected", [
    pytest.param("关于公布2026年度自治区绿色制造示范单位的通知",
                 "关于公布2026年度自治区绿色制造示范单位的通知\n各盟市科技局，二连浩特市科技局\n"
                 "经评审，认定某某公司等12家单位为示范单位，现予公布。",
                 ["内蒙古自治区"], id="addressees-whose-colon-was-lost"),
    pytest.param("", "各有关单位：\n现将2026年度洛阳市工业设计中心认定工作通知如下：\n一、请登录系统在线填报。", ["洛阳市"],
                 id="the-notices-own-matter-names-its-city"),
    pytest.param("", "各县市区工信部门：\n现将湖北省经济和信息化厅《关于开展认定的通知》转发给你们，并就有关事项通知如下：\n"
                 "一、请按要求组织申报。", [], id="a-forwarded-documents-body-is-not-the-matter"),
    pytest.param("关于做好2026年度中小企业数字化转型试点申报的通知",
                 "一、企业于6月1日前将材料交所在区县经济信息委。\n二、区县审核后报送市经济信息委中小企业处。\n联系电话：63891234",
                 ["重庆市"], id="a-body-name-only-one-region-uses"),
    pytest.param("", "请于6月1日前报送至市经济信息委员会。", [], id="a-full-committee-name-is-not-the-short-one"),
])
def test_addressees_matter_and_body_names(title, text, expected):
    assert names(title, text) == expected


def test_a_long_text_gives_what_its_opening_gives():
    # linear in the text (a 200,000-character text in well under a second by hand; not asserted here)
    line = "请于5月1日前将材料报送至市科技局，在南京市注册的企业可申报。联系电话：025-12345678\n"
    head = "各县（市、区）科技局：\n"
    long = [r.name for r in extract_regions(notice("", (head + line * 4000)[:200_000]))]
    assert long == [r.name for r in extract_regions(notice("", head + line * 3))]


def test_a_zones_committee_is_local_even_when_its_name_begins_with_guojia():
    # an invented pilot zone: 国家…试验区 is a national designation, its 管委会 a local body
    text = ("为展示抚州国家生态产品价值实现试验区建设成效，现定于2025年6月10日举办开放日活动。报名电话：0794-1234567。\n"
            "国家生态产品价值实现试验区管委会办公室\n2025年6月1日")
    assert names("关于举办开放日活动的公告", text, account="抚州市人民政府网") == ["抚州市"]
    assert issuer_regions("国家知识产权局") and issuer_regions("国家知识产权局")[0].name == "全国"


def test_places_in_cited_titles_do_not_decide_the_province_of_an_unnamed_provincial_body():
    # the cited national document names another province's base; "我省" and its prefecture decide
    text = ("2024年5月8日，科技部印发《关于核定宁波某某特色产业基地等十家基地为国家火炬特色产业基地的通知》，"
            "我省国家火炬黔南州某某特色产业基地获批。经省科技厅审议，拟给予后补助，现予以公示。"
            "公示期为5个工作日，如有异议，请向省科技厅成果处反映，联系电话：86801234。")
    record = extract_notice(notice("2024年拟补助国家级创新平台公示", text)).export_record()
    assert [r["name"] for r in record["regions"]] == ["贵州省"]
    assert [p["number"] for p in record["phones"]] == ["0851-86801234"]  # the provincial department sits in the capital


def test_a_city_bodys_account_places_the_city_body_its_text_names():
    text = ("为做好高新技术企业培育工作，2024年6月12日，市科技局召开培育入库业务培训会。"
            "各县（区）科技主管部门和全市重点培育企业代表共60余人参加。")
    assert names("", text, account="鹤壁市科学技术局") == ["鹤壁市"]
    assert names("", text) == []  # without the account nothing says which city's bureau met


def test_a_report_is_placed_by_the_level_of_the_body_that_held_its_meeting():
    text = ("2024年5月9日，县科技局在城关镇召开科技型中小企业评价工作推进会，全县40余家企业参加。"
            "会议要求各乡镇做好宣传，推动武功县更多企业入库。")
    assert names("", text) == ["武功县"]
    # a body only mentioned further on does not place the report
    assert names("", "全县40余家企业参加了培训。会上，县科技局负责同志作了讲解。") == []


@pytest.mark.parametrize("text, expected", [
    # the sentence that opens the notice's own round names its city
    ("各有关企业：\n根据《关于印发扶持政策的通知》精神，现组织开展2027年度示例跨境电商资金申报，有关工作要求如下：\n"
     "一、申报时间\n2027年5月6日-5月20日。", []),
    ("各有关企业：\n根据《关于印发扶持政策的通知》精神，现组织开展2027年度绵阳市跨境电商资金申报，相关工作要求如下：\n"
     "一、申报时间\n2027年5月6日-5月20日。", ["绵阳市"]),
    ("各县区商务主管部门：\n经研究，决定开展2027年度酒泉市外贸稳增长奖励申报工作，现将有关事项通知如下：", ["酒泉市"]),
])
def test_ninth_round_the_round_a_notice_opens(text, expected):
    assert names("", text) == expected


@pytest.mark.parametrize("title, text, expected, code", [
    # a zone's own body whose name begins with its city issues for the zone, located in that city
    ("", "各有关企业：\n请于2027年4月1日前报送。\n绵阳经济技术开发区经济发展局\n2027年3月1日", ["绵阳经济技术开发区"], "510700"),
    ("南宁新区科学技术局关于申报的通知", "区内各企业：……", ["南宁新区"], "450100"),
    ("", "区内各企业：\n……\n营口北海经济区经济发展局\n2027年3月1日", ["营口北海经济区"], "210800"),
    # a zone the gazetteer knows as a district keeps its name; a bureau's division is not a zone
    ("上海市浦东新区科技和经济委员会关于申报的通知", "区内各企业：……", ["浦东新区"], "310115"),
    ("天津市滨海新区科学技术局关于申报的通知", "区内各企业：……", ["滨海新区"], "120116"),
    ("南沙新区管委会关于申报的通知", "区内各企业：……", ["南沙区"], "440115"),
    ("", "各有关企业：\n请于2027年4月1日前报送。\n杭州市商务局开发区处\n2027年3月1日", ["杭州市"], "330100"),
    # a municipality places its zones as a city does (its own code: the municipality's)
    ("北京某某保税区经济发展局关于申报的通知", "区内各企业：……", ["北京某某保税区"], "110000"),
    ("", "区内各企业：\n请于2027年4月1日前报送。\n重庆某某经济技术开发区管理委员会\n2027年3月1日",
     ["重庆某某经济技术开发区"], "500000"),
    # a zone named after its province is placed no closer than its name says (an address never scopes)
    ("", "各有关企业：\n……\n地址：贵阳市观山湖区某某路1号\n贵州某某新区管理委员会\n2027年3月1日", ["贵州省"], "520000"),
])
def test_a_zone_body_issues_for_its_zone(title, text, expected, code):
    regions = extract_regions(notice(title, text))
    assert [r.name for r in regions] == expected
    if code:
        assert regions[0].code == code


@pytest.mark.parametrize("title, text, expected", [
    # the Corps (兵团) has no GB/T 2260 code: named as itself, in Xinjiang's code
    ("关于开展2027年度兵团创新型中小企业评价工作的通知", "各师市工业和信息化局：\n……", ["新疆生产建设兵团"]),
    ("", "各师市科技局：\n……\n新疆生产建设兵团科学技术局\n2027年3月1日", ["新疆生产建设兵团"]),
    # a Corps city is itself
    ("石河子市科学技术局关于申报的通知", "各有关企业：……", ["石河子市"]),
])
def test_the_corps_is_a_region(title, text, expected):
    """(A militia's 民兵团 is no Corps: test_militia_is_no_corps.)"""
    regions = extract_regions(notice(title, text))
    assert [r.name for r in regions] == expected
    assert all(r.code.startswith("65") for r in regions)


def test_militia_is_no_corps():
    assert [p.region.name for p in find_places("关于开展基干民兵团组织整顿工作的通知")] == []
    assert [p.region.name for p in find_places("兵团工业和信息化局")] == ["新疆生产建设兵团"]


@pytest.mark.parametrize("text, expected", [
    # a report naming no issuer: the body that opens it as the organiser, placed by its own name
    ("近日，按照有关规定，山东省潍坊市市场监督管理局组织开展2027年度标准化资助资金申报工作，申报日期截至2027年4月18日。",
     ["潍坊市"]),
    ("日前，临沂市科学技术局启动2027年度科技计划项目申报，申报截止时间为2027年5月10日。", ["临沂市"]),
    # a body without a place is no organiser to place the report by
    ("近日，有关部门组织开展2027年度标准化资助资金申报工作。", []),
])
def test_a_report_is_placed_by_the_body_organising_the_round(text, expected):
    assert names("", text) == expected


def test_a_statement_placing_applicants_inside_the_issuers_region_narrows_it():
    title = "关于申报2027年度入库某省科技型企业奖励的通知"
    text = ("各有关企业：\n一、申报条件\n在渝北区行政区域内注册、登记，且2027年度首次入库的企业。\n"
            "二、申报时间\n请于2027年3月11日前报送。\n重庆市科学技术局\n2027年2月20日")
    assert names(title, text) == ["渝北区"]
    # a statement naming the issuer's own region changes nothing
    same = text.replace("在渝北区行政区域内注册", "在重庆市行政区域内注册")
    assert names(title, same) == ["重庆市"]


@pytest.mark.parametrize("text, expected", [
    # a covering note signed above the document it sends: its signature places the notice
    ("各镇，旗直各有关部门：\n现将《关于加快科技创新的实施意见（讨论稿）》下发给你们，征求各单位意见。\n"
     "杭锦后旗人民政府办公室\n2027年1月11日\n关于加快科技创新的实施意见\n一、总体要求\n为推动全区科技创新……", ["杭锦后旗"]),
    ("各功能区管委，区直各单位：\n《某某产业园区认定与管理办法》已经研究同意，现印发给你们。\n青岛西海岸新区管委办公室\n"
     "2027年12月15日\n某某产业园区认定与管理办法\n第一条 为规范园区认定……\n第二条 本办法适用于……", ["青岛西海岸新区"]),
])
def test_a_covering_notes_signature(text, expected):
    assert names("", text) == expected


@pytest.mark.parametrize("account, expected", [
    # a body's own account publishing a text that names no issuer and no place
    ("厦门市海沧区科学技术局", ["海沧区"]),
    ("武汉东湖新技术开发区科技创新局", ["武汉东湖新技术开发区"]),
    # an aggregator's account names no issuer
    ("江苏省中小企业公共服务平台", []),
])
def test_a_bodys_own_account_places_a_text_naming_no_issuer(account, expected):
    text = "各有关企业：\n现开始受理2027年度科技创新载体认定奖励，请于2027年3月20日前在线提交申请。\n科创局咨询电话：65563216"
    assert names("", text, account=account) == expected


def test_a_two_character_county_name_of_another_province_is_a_words_tail():
    text = ("各县、区创新办，省江北产业集中区、经济技术开发区科技管理部门：\n"
            "请各县区认真做好2027年科技创新政策兑现工作。政策兑现情况于3月底前报市创新办。\n联系电话：3119683")
    assert names("关于做好2027年科技创新政策兑现工作的通知", text, account="芜湖市科学技术局") == ["芜湖市"]


@pytest.mark.parametrize("title, account, expected", [
    # a news title naming its own prefecture or city: the region of the body reporting
    ("我州5户企业进入2027年省级企业技术中心认定专家评审", "楚雄州工业和信息化局", ["楚雄彝族自治州"]),
    ("我盟召开2027年科技创新工作推进会", "阿拉善盟科学技术局", ["阿拉善盟"]),
    # without an account, the prefecture the text's bodies name
    ("我州召开科技创新工作推进会", None, ["楚雄彝族自治州"]),
])
def test_a_news_title_naming_its_own_region(title, account, expected):
    text = ("为加快企业创新平台建设，楚雄州工信局扎实组织开展2027年省级企业技术中心申报工作。经企业自愿申报、县市主管部门"
            "推荐上报、楚雄州工信局初步审核、集体讨论推荐上报省工信厅2027年度省级技术中心认定企业15户。经省工信厅评价，"
            "我州4户企业进入专家评审。")
    assert names(title, text, account=account) == expected


@pytest.mark.parametrize("text", [
    # the issuer's own region named as where applicants register: sub-areas beside it do not narrow it
    "一、申报条件\n在苏州市行政区域内注册的企业（含昆山市、张家港市、常熟市、太仓市）。",
    "一、申报条件\n在苏州市注册的企业均可申报，吴中区、相城区注册的企业由所在区科技局推荐。",
    "一、申报条件\n申报单位须在本市注册，注册地在吴江区的企业向吴江区科技局提交材料。",
])
def test_sub_areas_beside_the_issuers_own_region_do_not_narrow_it(text):
    assert names("关于申报2027年度研发补助的通知", text + "\n苏州市科学技术局\n2027年9月1日") == ["苏州市"]


def test_several_places_named_do_not_narrow_a_provinces_scope():
    text = "一、申报条件\n南京、苏州等地注册的企业通过所在市科技局推荐。\n江苏省科学技术厅\n2027年9月1日"
    assert names("关于申报2027年度研发补助的通知", text) == ["江苏省"]


@pytest.mark.parametrize("title, account, expected", [
    ("关于健全市场化科技成果转化机制的若干措施", "南京科技", ["江苏省"]),  # 全市 inside 健全市场 is no self-reference
    ("我市召开2027年科技创新工作推进会", "昆山市科学技术局", ["昆山市"]),  # a county-level city says 我市 too
])
def test_what_is_no_self_reference_of_a_prefecture(title, account, expected):
    assert names(title, "在江苏省注册的企业。" if "健全" in title else "会议部署了全年科技创新工作。",
                 account=account) == expected


@pytest.mark.parametrize("org, expected", [
    # a management committee that names no zone is no zone's: a national one is national
    ("全国某某工作管委会办公室", ["全国"]),
    ("苏州工业园区管委会经济发展委员会", ["苏州工业园区"]),
])
def test_committees_are_zones_only_when_they_name_one(org, expected):
    assert [r.name for r in issuer_regions(org)] == expected


def test_a_report_of_a_ministry_issuing_a_notice_is_national():
    text = ("近日，文化和旅游部办公厅印发《关于申报2027年全国某某示范单位的通知》。通知明确，各地补充申报的单位"
            "应符合以下要求。有关材料于3月15日前报送。")
    assert names("2027年全国某某示范单位开始申报", text) == ["全国"]


@pytest.mark.parametrize("title, text, expected", [
    # a national-type zone written after its place, in a title, a title tag or an issuer's name, is the
    # region under its official name (labelled so in r14, r18, r26 and other blind sets)
    pytest.param("某某高新区建设一流科技园区若干政策措施", "", [], id="no-place-no-zone"),
    pytest.param("洛阳高新区关于开展2026年度研发费用补助申报的通知", "一、申报对象……",
                 ["洛阳高新技术产业开发区"], id="hitech-zone-in-a-title"),
    pytest.param("喜报！赣州经开区新增8家专精特新企业", "近日……", ["赣州经济技术开发区"], id="economic-zone-in-a-title"),
    pytest.param("绵阳高新区丨关于征集2026年科技计划项目的通知", "……", ["绵阳高新技术产业开发区"], id="zone-as-title-tag"),
    pytest.param("关于开展2026年瞪羚企业认定的通知", "……\n株洲国家高新区科技局\n2026年3月1日",
                 ["株洲国家高新技术产业开发区"], id="national-zone-signature"),
    # in a list of addressees the zone stands beside the counties: the notice is the city's
    pytest.param("关于组织申报2026年度工业发展资金的通知",
                 "各县（区）、广安经开区工信部门：\n现将有关事项通知如下……", ["广安市"], id="zone-among-addressees"),
])
def test_zones_named_after_their_place(title, text, expected):
    assert names(title, text) == expected


def test_a_zone_keeps_its_place_s_code():
    (region,) = extract_regions(notice("洛阳高新区关于开展2026年度研发费用补助申报的通知", "……"))
    assert (region.name, region.code) == ("洛阳高新技术产业开发区", "410300")


@pytest.mark.parametrize("title, text, expected", [
    # a provincial notice naming its province only in its document numbers (r10: 桂政办发)
    pytest.param("关于组织申报2027年工业稳增长政策支持资金的通知",
                 "各市、县（市、区）工业和信息化部门，各相关企业：\n为贯彻落实自治区人民政府办公厅《关于印发稳增长方案的通知》"
                 "（桂政办发〔2027〕5号）要求，现组织开展政策支持资金申报工作。", ["广西壮族自治区"],
                 id="province-of-a-document-number"),
    # a notice written to every city: "报市科技局" is each city's body, not the issuer's level (r16, r21)
    pytest.param("关于开展2027年度省级科技企业孵化器认定工作的通知",
                 "各设区市科技局：\n请各孵化器将申报材料报市科技局审核后，由市科技局于5月10日前统一报送省科技厅。\n"
                 "联系电话：025-83356789", ["江苏省"], id="each-city-s-body-in-a-province-s-procedure"),
])
def test_seventeenth_round_provinces(title, text, expected):
    assert names(title, text) == expected


@pytest.mark.parametrize("title, text, account, expected", [
    # a district body's account posting a call whose regions all contain its district (r15, r17, r21,
    # r24, r27): the district's, as a city bureau's reposted provincial call is the city's
    ("上海丨2027年度“上海品牌”申报工作通知", "一、网上填报\n请申报单位于5月底前登录平台填报。", "奉贤区市场监督管理局",
     ["奉贤区"]),
    # …not a national call a district account reposts
    ("工业和信息化部关于组织开展2027年度工业互联网试点示范项目申报工作的通知", "各省、自治区、直辖市工业和信息化主管部门：……",
     "奉贤区经济委员会", ["全国"]),
    # …nor a region outside the account's
    ("南京丨关于组织申报2027年度科技项目的通知", "请各单位于5月10日前报送。", "奉贤区市场监督管理局", ["南京市"]),
])
def test_a_local_body_s_account(title, text, account, expected):
    assert names(title, text, account) == expected


@pytest.mark.parametrize("account", ["工业和信息化部节能与综合利用司", "工业和信息化部"])
def test_a_ministry_s_account_places_a_text_that_names_no_place(account):
    # (r29: a ministry department's list, a ministry's explainer; neither names a place or an issuer)
    title = "2027年度绿色制造名单公示"
    text = "经省级工业和信息化主管部门推荐及专家评审，现将拟确定的2027年度绿色制造名单予以公示。"
    assert names(title, text, account) == ["全国"]


@pytest.mark.parametrize("text, expected", [
    ("根据《关于印发稳增长方案的通知》（桂政办发〔2027〕56号）", "45"),
    ("（鲁工信发〔2027〕3号）和（鲁科字〔2027〕9号）", "37"),
    # two provinces' numbers decide nothing; nor a name a city's numbers use too (贵港's 贵政发, 秦皇岛's 秦政发)
    ("（桂政办发〔2027〕56号）（鲁工信发〔2027〕3号）", None),
    ("（贵政发〔2027〕5号）", None),
    ("（秦政发〔2027〕5号）", None),
])
def test_province_of_document_numbers(text, expected):
    from pipeline.extract.regions import _province_of_document_numbers

    assert _province_of_document_numbers(text) == expected


@pytest.mark.parametrize("text, account, expected", [
    # a zone's own account, its text placed only in the city (a signature without the place, a city bureau cited)
    ("区内各企业：根据市科技局通知，现组织申报…，请于10月20日前提交。\n高新区科技创新局\n2026年9月1日",
     "洛阳高新区科技创新局", ["洛阳高新技术产业开发区"]),
    ("各企业：根据市工信局《关于开展…的通知》，请符合条件的企业于9月15日前申报。\n经开区经济发展局\n2026年9月1日",
     "合肥经开区经济发展局", ["合肥经济技术开发区"]),
    # not a city bureau's account, nor a zone's account over a text naming another zone of its city
    ("各企业：根据市工信局通知，请于9月15日前申报。\n市工业和信息化局\n2026年9月1日",
     "洛阳市工业和信息化局", ["洛阳市"]),
    ("洛阳高新区、洛阳经开区各企业：根据市科技局通知，请于10月20日前提交。\n洛阳市科学技术局\n2026年9月1日",
     "洛阳高新区科技创新局", ["洛阳市"]),
])
def test_a_zones_own_account_narrows_its_city_to_the_zone(text, account, expected):
    assert names("", text, account=account, kind="call") == expected


def test_a_body_stamping_for_a_group_issues_the_notice():
    # r60_07: a working group without a seal of its own signs, and a city bureau stamps for it
    text = ("吴中区、相城区科技局，各有关单位：\n根据有关规定，市科学技术局集中受理的截止时间延后至2027年8月31日。\n"
            "某某市高新技术企业申报管理工作协调小组\n(无锡市科学技术局代章)\n2027年8月9日")
    assert names("", text) == ["无锡市"]


def test_a_list_put_up_for_objections_is_placed_by_what_it_lists():
    # r60_16, r55_08: an untitled list whose issuer is not named, placed by the place its matter names
    text = ("现将无锡市拟推荐2027年度省科技奖项目进行公示，公示时间为2027年5月17日至5月23日。\n"
            "任何单位和个人若对公示内容有异议，应当以书面形式提出。")
    assert names("", text) == ["无锡市"]


def test_a_street_address_is_where_papers_go_not_where_applicants_are():
    # r66_08: a provincial call whose papers go to the bureau's office in the capital
    text = ("各市经信委：\n现开展2027年度示范企业评定工作。\n一、请各市经信委于10月31日前将辖区内申报材料报送我委"
            "办公室（杭州市天目山路50号某大厦1003室）。\n浙江省经济和信息化厅\n2027年9月30日")
    assert names("", text) == ["浙江省"]
    # …while a place that applicants must be in still narrows it
    assert names("", text.replace("一、", "申报企业须在宁波市行政区域内注册。\n一、")) == ["宁波市"]


@pytest.mark.parametrize("text, expected", [
    # r67_02, r67_06: a county-level city's own notice says 我市 and 市科技局 of itself
    ("各园区经发局，各镇（街道）：\n根据《江阴市专项资金管理实施细则》，现组织开展2027年度江阴市装备提升项目申报工作。\n"
     "一、支持重点\n重点支持我市扶持领域范围内的技术改造项目。", ["江阴市"]),
    ("为加快构建现代产业体系，按照《宜兴市市级财政专项资金管理办法》等文件要求，决定组织实施2027年度宜兴市科技攻关"
     "计划项目。\n各镇、园区的科技管理部门择优推荐后上报至市科技局。", ["宜兴市"]),
    # …but where the text names its prefecture too, 我市 is the prefecture
    ("现组织开展2027年度无锡市技术改造项目申报工作，江阴市、宜兴市企业由所在市工信局推荐。\n"
     "一、支持重点\n重点支持我市扶持领域范围内的技术改造项目。", ["无锡市"]),
])
def test_a_county_level_city_s_own_notice_says_wo_shi_of_itself(text, expected):
    assert names("", text) == expected
