"""Round 45 of the blind-set method: rules shown by labelled texts of the round's sets (r303-r308, and r281, r282,
r300 now tuning), each tested here on phrasings written for these tests (the sets' own texts stay outside the
project). Each table row is one case; its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, kind, subjects


@pytest.mark.parametrize("title, text, expected", [
    # a trade written between the size threshold and 企业 is a firm above it (r304_11)
    pytest.param("关于组织申报2026年度规模以上服务业企业增长奖励的通知",
                 "二、申报对象\n上年度营业收入增长超过10%的规模以上科技服务业企业。", ["规上企业"],
                 id="a-trade-above-the-size-threshold"),
    # …and a trade's firm above its own threshold, 限额以上 (r304_14)
    pytest.param("关于申报2026年商贸企业提质增效奖励的通知",
                 "二、支持对象\n在本市注册且主体税种在本市缴纳的限上批零住餐行业企业。", ["规上企业"],
                 id="wholesale-and-retail-above-their-threshold"),
    pytest.param("关于申报2026年商贸企业提质增效奖励的通知",
                 "二、支持对象\n在本区注册的限额以上批发业企业。", ["规上企业"], id="written-in-full"),
    # (the review's: a trade not ending in 业)
    pytest.param("关于征集2026年度文化企业贷款贴息项目的通知",
                 "一、申报单位须为本市规模以上文化企业。\n二、请于10月15日前报送申报材料。", ["规上企业"],
                 id="culture-firms-above-the-threshold"),
    # (the second review's: a trade's statistical name joined with 和 or 及)
    pytest.param("关于申报2026年商贸企业提质增效奖励的通知", "二、支持对象\n本市限额以上批发和零售业企业。", ["规上企业"],
                 id="a-trade-joined-with-和"),
    # (and written bare or short: 限额以上企业, 规上服务业企业)
    pytest.param("关于申报2026年商贸企业提质增效奖励的通知", "二、支持对象\n本市限额以上企业。", ["规上企业"],
                 id="bare-above-the-trade-threshold"),
    pytest.param("关于申报2026年商贸企业提质增效奖励的通知", "二、支持对象\n本市规上服务业企业。", ["规上企业"],
                 id="short-above-the-size-threshold"),
    # (guards, the code review's: another type above the threshold stays that type; a revenue scale and output
    # growth are no firm above the threshold)
    pytest.param("关于申报2026年研发投入奖励的通知", "二、支持对象\n本市规模以上高新技术企业。", ["高新技术企业"],
                 id="another-type-above-the-threshold"),
    pytest.param("关于申报2026年研发投入奖励的通知", "二、支持对象\n营收规模以上亿元企业。", ["企业"],
                 id="a-revenue-scale"),
    pytest.param("关于申报2026年研发投入奖励的通知", "二、支持对象\n规模以上工业增加值企业。", ["企业"],
                 id="output-is-no-firm"),
    # (the review's: small firms in a base apply, not the base; the base's tags are read only where applicants are
    # stated, like the park it is)
    pytest.param("关于申报2026年度入驻基地小微企业房租补贴的通知",
                 "入驻国家级小型微型企业创业创新示范基地的小微企业可申请房租补贴。\n请于10月31日前报送申报材料。",
                 ["小微企业"], id="small-firms-in-a-base-apply"),
    # (the review's: a city chosen for the bases' city programme is a city, its government applying)
    pytest.param("关于组织申报2026年小微企业创业创新基地城市示范的通知",
                 "申报主体为省辖市人民政府，由市政府编制三年实施方案。\n请各市于6月10日前将申报文件报送省财政厅。",
                 ["政府园区"], id="a-city-programme"),
    # a stock exchange's SME board is no SME (r304_07)
    pytest.param("关于组织申报2026年度企业上市奖励的通知",
                 "一、申报条件\n在境内证券交易所（包括深圳证券交易所主板、中小企业板、创业板）上市的企业。\n"
                 "二、请于2026年6月30日前报送材料。", ["上市企业"], id="a-stock-exchanges-sme-board"),
    # (a review's phrasing: listed where the firm is from)
    pytest.param("关于申报2026年度企业上市奖励资金的通知",
                 "一、申报对象：2025年在深圳证券交易所创业板首发上市的本市企业。\n"
                 "二、请于2026年5月15日前将申报材料报送市金融工作局。", ["上市企业"], id="firms-listed-from-the-city"),
    # (the review's: firms renting a zone's standard factory buildings)
    pytest.param("关于申报2026年度产业集聚区标准化厂房租金补贴的通知",
                 "对入驻产业集聚区标准化厂房的中小企业给予租金补贴。申报企业须为正常生产经营的中小企业。", ["中小企业"],
                 id="firms-renting-a-zones-buildings"),
    # (the code review's guards: workers firms apply for; a firm's staff counted in its criteria; a zone a firm lies in)
    pytest.param("关于申报2026年度小微企业职工以工代训补贴的通知", "各有关单位：\n请于2026年5月20日前报送申报材料。",
                 ["小微企业"], id="workers-firms-apply-for"),
    pytest.param("关于申报2026年度研发奖励的通知",
                 "一、申报条件\n高新技术企业中从事研发和相关技术创新活动的科技人员占企业职工总数的比例不低于10%。",
                 ["高新技术企业"], id="staff-counted-in-a-criterion"),
    pytest.param("关于申报2026年度研发奖励的通知", "一、申报条件\n申报企业须位于省级产业集聚区。", ["企业"],
                 id="a-zone-a-firm-lies-in"),
    # (the second review's: a zone's buildings rented, workers trained, a base's name with its 示范 in brackets)
    pytest.param("关于申报2026年度厂房租金补贴的通知", "一、申报对象\n租赁产业集聚区标准化厂房从事生产经营的中小企业。",
                 ["中小企业"], id="a-zones-buildings-rented"),
    pytest.param("关于申报2026年度小微企业专业技术人员职业技能提升培训补贴的通知",
                 "各有关单位：\n请于2026年5月20日前报送申报材料。", ["小微企业"], id="workers-trained"),
    pytest.param("关于申报2026年度运营奖励的通知", "一、申报对象\n国家小型微型企业创业创新（示范）基地运营单位。",
                 ["孵化器", "政府园区"], id="a-base-with-its-示范-in-brackets"),
])
def test_subjects_of_a_title_and_text(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title, expected", [
    # money paid out is handed down, like 下达 (r306_03, r267_19)
    pytest.param("某市市场监督管理局关于拨付2026年地理标志商标项目资金的通知", "publicity", id="funds-paid-out"),
    pytest.param("关于下拨2026年度科技创新券补助资金的通知", "publicity", id="funds-sent-down"),
    # (guard: a call to apply for a payment is still a call)
    pytest.param("关于申请拨付2026年度中小企业发展专项资金的通知", "call", id="applying-for-a-payment"),
])
def test_money_paid_out_is_a_list(title, expected):
    text = "各有关单位：\n现将资金拨付给你们，请按要求做好资金管理。请于2026年5月20日前报送申请材料。\n2026年4月1日"
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, expected", [
    # postdoctoral fellows apply to exchanges abroad (r307_07), as to the postdoctoral fund
    pytest.param("关于开展2026年博士后国(境)外交流项目申报工作的通知", ["人才"], id="exchanges-abroad"),
    pytest.param("关于做好2026年博士后国际交流计划派出项目申报工作的通知", ["人才"], id="sent-abroad"),
    # (guard: a postdoctoral station is set up by firms, and since round 61 read so: r536_01, r536_04, r536_09 tag 企业
    # beside it)
    pytest.param("关于开展2026年博士后科研工作站新设站申报工作的通知", ["企业", "平台载体"], id="a-station"),
])
def test_postdoctoral_programmes_are_for_persons(title, expected):
    assert subjects(title, "各有关单位：\n请于2026年5月20日前完成网上申报。") == expected


@pytest.mark.parametrize("title, text", [
    # a base for small firms' start-ups is an incubator too (r243_09, r250_11, r271_01, r276_08, r308_02), not its
    # small firms, also under its name before 2016 (创业示范基地, r308_02)
    pytest.param("关于组织推荐2026年度某省小型微型企业创业创新基地的通知", "各市工信局：\n请于11月10日前报送推荐材料。",
                 id="a-base-for-start-ups"),
    pytest.param("关于推荐第一批国家小型微型企业创业示范基地的通知", "各市工信局：\n请于7月15日前报送推荐材料。",
                 id="named-before-2016"),
])
def test_a_base_for_small_firms_start_ups_is_an_incubator(title, text):
    assert subjects(title, text) == ["孵化器", "平台载体", "政府园区"]


def test_a_provinces_base_for_smes_names_no_smes():
    text = ("各市工信局：\n一、申报条件\n经认定的省级中小企业创业基地，且符合《管理办法》相关标准。\n"
            "请于7月30日前报送推荐材料。")
    assert "中小企业" not in subjects("关于组织申报第二批国家小型微型企业创业创新示范基地的通知", text)


@pytest.mark.parametrize("title, text, expected", [
    # venture philanthropy takes projects, though it is "held" as events are (r312_08; r312_03 and r312_11 alike)
    pytest.param("关于开展第三届社会组织公益创投活动的通知",
                 "各社会组织：\n为推动社会组织参与社会治理，决定开展第三届公益创投活动，具体事项通知如下。\n某市民政局",
                 "call", id="venture-philanthropy-held"),
    # (guards: its projects chosen and its ceremonies)
    pytest.param("关于2026年度公益创投项目立项名单的公示",
                 "经评审，拟确定以下项目为2026年度公益创投立项项目，现予公示。公示期为2026年5月6日至5月12日。",
                 "publicity", id="its-projects-chosen"),
    pytest.param("某市举行2026年公益创投项目签约仪式",
                 "5月20日，某市举行公益创投项目签约仪式，30个项目现场签约。", "event", id="its-ceremony"),
])
def test_venture_philanthropy_takes_projects(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list's counted window whose start is given before a comma and the window named again after it (r309_19)
    pytest.param("现予以公示。公示时间从2026年9月7日开始，公示期为五个工作日。", ["2026-09-11"], id="named-again"),
    pytest.param("现予以公示。公示时间自2026年9月7日起，公示期5个工作日。", ["2026-09-11"], id="named-again-without-为"),
    # …and one counted from the list's own day in brackets after 公示期内 (r311_01)
    pytest.param("对公示结果有异议的，请在公示期内（公示日起5个工作日内）以书面形式反映。", ["2026-09-11"],
                 id="from-the-day-of-the-list"),
    # (guard: a window stated with its end is not counted again; its range read over the comma, a review's phrasing)
    pytest.param("现予以公示。公示时间从2026年9月7日开始，至2026年9月14日止。", ["2026-09-14"], id="its-end-stated"),
    pytest.param("现予以公示。公示时间自2026年9月7日开始，至9月14日止，共8天。", ["2026-09-14"],
                 id="its-end-stated-with-a-count"),
    # (the code review's: the window named 期限 or 期间, or the count written 公示N个工作日)
    pytest.param("公示时间从2026年9月7日开始，公示期限为五个工作日。", ["2026-09-11"], id="期限"),
    pytest.param("自2026年9月7日起，公示5个工作日。", ["2026-09-11"], id="公示-and-its-count"),
    pytest.param("请在公示期间（公示之日起5个工作日内）以书面形式反映。", ["2026-09-11"], id="期间-in-brackets"),
    pytest.param("现予公示，公示时间（公示之日起5个工作日）。", ["2026-09-11"], id="公示时间-in-brackets"),
])
def test_a_lists_counted_window(text, expected):
    body = f"经评审，拟确定以下企业为2026年度研发资助对象。{text}\n某市科学技术局\n2026年9月7日"
    assert deadline_dates("关于2026年第二批研发资助拟资助企业的公示", body, "2026-09-07") == expected


@pytest.mark.parametrize("text, expected", [
    # a unit followed by its staff names the staff, who apply (r319_10, r319_13)
    pytest.param("三、申报条件\n企业科研人员、基层科研单位人员，可适当放宽年龄条件。申报人须具有博士学位。", ["人才"],
                 id="staff-of-firms-and-institutes"),
    pytest.param("三、申报条件\n在重点产业的企业申报人员，业绩特别突出的，可放宽学历条件。申报人须具有博士学位。", ["人才"],
                 id="applicants-from-firms"),
    # …and persons working within units, with no 在 before them (r319_13)
    pytest.param("一、选拔对象\n全区各类企事业单位中工作的专业技术人才，年龄不超过35周岁，均可申报。", ["人才"],
                 id="working-within-units"),
    # (the review's: a second unit joined before the staff, staff in post, and working full-time with no 中 or 内)
    pytest.param("推荐对象：本市高校和科研单位人员，可个人自荐。", ["人才"], id="staff-of-two-units"),
    pytest.param("申报人应为驻济高校全职工作的青年教师或科研院所在职研究人员。", ["人才"], id="staff-in-post"),
])
def test_the_staff_of_units_are_persons(text, expected):
    assert subjects("关于开展2026年度青年人才托举工程培养对象选拔工作的通知", text) == expected


@pytest.mark.parametrize("title, text", [
    # Henan's development zones, 产业集聚区, apply and are commended (r317_02, r296_15)
    pytest.param("关于申报2026年度工业产业集聚区扶持资金的通知",
                 "一、申报条件\n符合条件的工业产业集聚区（专业园区）。\n二、申报时间\n2026年5月20日至5月30日", id="zones-apply"),
    pytest.param("某省人民政府关于表彰2025年度全省产业集聚区发展先进单位的通报",
                 "授予某某产业集聚区等10个产业集聚区“2025年度十强产业集聚区”称号。", id="zones-commended"),
])
def test_henans_industrial_zones_are_parks(title, text):
    assert subjects(title, text) == ["政府园区"]


@pytest.mark.parametrize("text, expected", [
    # "申报人应为…" and "申报人须…" name persons (r307_04: "申报人应为申报企业的法定代表人"): the term ends after 人, and
    # segmentation splits 人须 (before, the term ended on the modal, and matched only where jieba left it alone)
    pytest.param("一、申报条件\n申报人须具有博士学位，年龄不超过40周岁。", ["人才"], id="applicants-must"),
    pytest.param("一、申报条件\n申报人应为35周岁以下的青年教师。", ["人才"], id="applicants-are"),
    # (guard: a unit applying under that name is no person, as an external notice writes it)
    pytest.param("一、申报主体\n申报人应为注册地址在本市行政区域内的企业单位，有良好的社会信誉。", ["企业"],
                 id="a-unit-applying-as-申报人"),
    # (the code review's: the unit after a comma, or named with 必须)
    pytest.param("一、申报主体\n申报人应为在本市依法注册登记，具有独立法人资格的企业。", ["企业"],
                 id="a-unit-after-a-comma"),
    pytest.param("一、申报主体\n申报人必须为在本市注册的企业。", ["企业"], id="a-unit-with-必须"),
    # (segmentation keeps 人才 and 人员 whole after 申报)
    pytest.param("一、申报对象\n符合条件的企业可申报人才团队项目。", ["人才", "企业"], id="talent-applied-for"),
    # (the second review's: 人应 split too; units that are the person's workplace; a firm as 公司 or 法人; the
    # applicants' notes)
    pytest.param("一、申报条件\n申报人应具有博士学位。", ["人才"], id="applicants-should"),
    pytest.param("一、申报条件\n申报人应为在本市企业、高校或科研院所全职工作的科技人员。", ["人才"],
                 id="a-workplace-named-in-the-clause"),
    pytest.param("一、申报条件\n申报人应为依托单位在职科研人员，依托单位应为在本市注册的企业。", ["人才", "企业"],
                 id="the-host-in-its-own-clause"),
    pytest.param("一、申报主体\n申报人须为在本市注册的独立法人。", ["企业"], id="a-legal-person"),
    pytest.param("请认真阅读申报人须知。\n一、申报主体\n申报单位须为本市企业。", ["企业"], id="the-applicants-notes"),
])
def test_applicants_named_as_persons(text, expected):
    assert subjects("关于组织申报2026年度科技项目的通知", text) == expected


@pytest.mark.parametrize("title, expected", [
    # (the code review's guards: payments stopped or supervised; venture philanthropy assessed or shown)
    pytest.param("关于暂停拨付2026年度部分项目资金的通知", "policy", id="payments-stopped"),
    pytest.param("关于加强财政拨付资金监管的通知", "policy", id="payments-supervised"),
    pytest.param("关于2026年度公益创投项目中期评估的通知", "policy", id="venture-philanthropy-assessed"),
    pytest.param("某区举办公益创投项目路演", "event", id="venture-philanthropy-shown"),
    # (the second review's: a fund whose name holds 材料 or 管理 is still paid out; a 公益创投 notice without a verb
    # before it is still a call; its supervision is not)
    pytest.param("关于拨付2026年度新材料首批次应用保险补偿资金的通知", "publicity", id="a-fund-named-新材料"),
    pytest.param("某区2026年度公益创投活动通知", "call", id="venture-philanthropy-noticed"),
    pytest.param("关于开展公益创投项目督导检查的通知", "policy", id="venture-philanthropy-supervised"),
])
def test_the_code_reviews_kind_guards(title, expected):
    assert kind(title, "某市民政局\n2026年5月1日") == expected
