"""Round 41 of the blind-set method: rules shown by two or more independent labelled texts, each tested here on
phrasings written for these tests (the sets' own texts stay outside the project). Each table row is one case; its
id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, kind, record_kind, region_names, subjects

CALL_BODY = "各有关单位：\n请按要求组织推荐，于2025年10月20日前报送材料。"
LIST_BODY = "各有关单位：\n经单位推荐、专家评审，现将名单予以公布（名单见附件）。"


@pytest.mark.parametrize("title, text", [
    # science and technology envoys sent as teams, or listed (r231_08; r231_15, r231_16), as those selected were
    pytest.param("关于征集第二批某省驻镇帮镇扶村农村科技特派员团队的通知", CALL_BODY, id="envoy-teams"),
    pytest.param("某市市级科技特派员名单", LIST_BODY, id="envoys-listed"),
    pytest.param("2025年某市部分市级个人科技特派员调整名单", LIST_BODY, id="envoys-adjusted"),
    pytest.param("某市科学技术局关于开展2021年科技特派员选派工作的通知", CALL_BODY, id="envoys-sent"),
    # researchers apply in person to a natural science fund (r231_01, r231_09)
    pytest.param("关于组织申报2024年度某省自然科学基金项目（第一批）的通知", CALL_BODY, id="provincial-fund"),
    pytest.param("关于2023年度国家自然科学基金项目申报工作的通知", CALL_BODY, id="national-fund"),
    pytest.param("关于组织申报2024年度某省自然科学基金青年科学基金项目的通知", "", id="young-scientists-fund"),
])
def test_persons_a_title_calls_for(title, text):
    assert "人才" in subjects(title, text)


@pytest.mark.parametrize("title, text", [
    # …not an envoy's station or start-up project (r162_04, r132_01), nor a fund's guide put out for comment
    pytest.param("关于组织申报2024年某市科技特派员创业项目的通知", CALL_BODY, id="envoy-start-up"),
    pytest.param("关于认定第三批科技特派员工作站的通知", LIST_BODY, id="envoy-station"),
    pytest.param("关于公开征求《2023年某市自然科学基金项目指南（征求意见稿）》意见的通知",
                 "为做好指南编制工作，现公开征求意见，请于5月10日前反馈。", id="fund-guide-for-comment"),
    # (a reviewer's phrasing)
    pytest.param("关于征求2025年度某省自然科学基金项目申报指南意见的通知",
                 "现将申报指南（征求意见稿）公开征求意见，请于2024年11月10日前反馈。", id="fund-guide-comments-invited"),
])
def test_what_a_title_names_beside_persons(title, text):
    assert "人才" not in subjects(title, text)


@pytest.mark.parametrize("title, text, expected", [
    # entities named (命名) by a notice are a list (r233_14, r162_17), as those recognised (认定) are
    pytest.param("某省农业农村厅等11部门关于命名某省第十四批农民合作社省级示范社的通知",
                 "各市（州）农业农村局：\n在农民合作社自愿申报、各地逐级推荐的基础上，决定命名某某种植专业合作社等300个"
                 "农民合作社为省级示范社，现将名单予以公布。", "publicity", id="naming-a-batch"),
    pytest.param("关于命名2020-2024年某市科普教育基地的通知", LIST_BODY, "publicity", id="naming-bases"),
    # …not the work of naming, which a call asks for
    pytest.param("关于做好2025年度省级示范社命名工作的通知",
                 "各市农业农村局：\n请组织符合条件的合作社自愿申报，于2025年9月30日前报送申报材料。", "call", id="naming-work"),
    # a headline counting a place's entries in words (r234_16, r221_14), as in numerals
    pytest.param("某省三地入选2022年冰雪旅游十佳城市", "近日，某研究院发布了2022年冰雪旅游十佳城市名单。", "publicity",
                 id="three-places-chosen"),
    pytest.param("我市两家企业上榜全国制造业单项冠军名单", "近日，工业和信息化部公布了第八批名单。", "publicity",
                 id="two-firms-listed"),
])
def test_lists_by_their_titles(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title", [
    # a count of entries aimed at is no list (in numerals or in words)
    pytest.param("某市力争3家企业今年入选国家级专精特新“小巨人”", id="target-in-numerals"),
    pytest.param("某市力争三家企业今年入选国家级专精特新“小巨人”", id="target-in-words"),
])
def test_a_target_count_is_no_list(title):
    assert kind(title, "市工信局表示，今年将加大培育力度。") != "publicity"


@pytest.mark.parametrize("title, text, published, expected", [
    # a range whose start drops its 日 before an end with its month (r234_09, r164_13)
    pytest.param("2024年度拟终止结题项目公示（第二批）", "现公示相关项目情况，公示时间为2024年10月18-10月28日。",
                 "2024-10-18", ["2024-10-28"], id="range-month-end"),
    pytest.param("关于组织申报的通知", "一、申报时间\n2024年10月8-11月5日，逾期不予受理。", "2024-09-30", ["2024-11-05"],
                 id="range-across-months"),
    # a stop date for filling in (r231_07, r231_11, r169_02), as for applying
    pytest.param("关于开展2025年度科技型中小企业评价工作的通知",
                 "一、时间安排\n2025年度科技型中小企业评价工作分3批开展，9月30日停止企业信息填报。", "2025-07-03",
                 ["2025-09-30"], id="filling-stops"),
    pytest.param("关于组织申报的通知", "网上申报系统将于2024年10月20日17:00停止网上填报。", "2024-09-20", ["2024-10-20"],
                 id="online-filling-stops"),
    # …not a benefit that stops
    pytest.param("关于调整补贴政策的通知", "自2024年7月1日起停止享受原有补贴。", "2024-06-20", [], id="benefit-stops"),
])
def test_windows_written_short(title, text, published, expected):
    assert deadline_dates(title, text, published) == expected


@pytest.mark.parametrize("title, text, expected", [
    # 前海's administration issues for the zone, named after its city or not (r177_13; the labels of r229_08)
    pytest.param("深圳市前海深港现代服务业合作区管理局关于组织申报2024年度科技创新扶持资金的通知",
                 "各有关单位：\n请符合条件的企业于2024年10月20日前提交申请。", ["前海深港现代服务业合作区"], id="city-and-zone"),
    # …while a city body naming it speaks for the city
    pytest.param("深圳市科技创新局关于组织申报2024年度技术攻关项目的通知",
                 "各有关单位：\n注册在深圳市（含前海）的企业均可申报。", ["深圳市"], id="city-body"),
])
def test_a_zone_issuing_for_itself(title, text, expected):
    assert region_names(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracketed carve-out narrows the applicants named before it, and does not turn its sentence away (r232_20),
    # as a bracketed 不含 did; what it carves out is no applicant
    pytest.param("三、申报单位要求\n（一）在某市行政区域内依法从事生产经营等活动的企业、事业单位、其它组织（财政全额核拨单位除外），"
                 "可依照本办法申报专项资金资助。\n四、申报时间\n2026年1月20日前提交。", ["企业"], id="carve-out"),
    pytest.param("一、申报条件\n在某区注册、具有独立法人资格的企业及机构（区属国有企业和上市企业除外）均可申报。", ["企业"],
                 id="carve-out-of-a-type"),
])
def test_a_bracketed_carve_out(text, expected):
    assert subjects("关于组织申报2026年度标准化专项资金项目的通知", text) == expected


# --- the round's second part ----------------------------------------------------------------------

@pytest.mark.parametrize("title, text, expected", [
    # an official's answer opening on thanks for the question explains (r149_18, r205_17, r211_20, r234_20)
    pytest.param("", "谢谢你的问题。正如你刚才讲的，中小企业是数量最大、最活跃的市场主体，去年出台了很多扶持政策。",
                 "interpretation", id="thanks-for-the-question"),
    pytest.param("", "某某：谢谢您的提问。今年我们将从三个方面推进中小企业数字化转型。", "interpretation",
                 id="thanks-for-asking"),
    # a return or survey asked for by the title is a call (r170_07, r210_08)
    pytest.param("关于开展2019年高新技术企业季报调查工作的通知",
                 "各有关企业：\n请2016-2018年认定的高新技术企业登录系统填报季报。", "call", id="quarterly-survey"),
    pytest.param("关于开展2024年度某市技术转移机构和技术经理人登记及评价信息填报相关工作的通知",
                 "各相关单位及技术经理人：\n请按要求完成登记和信息填报。", "call", id="registration-return"),
    # …not its results, nor the rules of a survey issued
    pytest.param("关于公布2023年度企业融资需求调查结果的通知", LIST_BODY, "publicity", id="survey-results"),
    # holders renamed or revoked are announced (r137_14, r225_12)
    pytest.param("关于某省2023年第二批高新技术企业更名的公告",
                 "根据企业申请，经审核，同意下列146家高新技术企业更名，现予以公告。", "publicity", id="renamed"),
    pytest.param("某省科学技术厅关于同意科技企业孵化器（众创空间）事项变更和撤销有关资质的通知",
                 "各设区市科技局：\n经研究，同意17家孵化器事项变更，撤销38家孵化器资质。", "publicity", id="revoked"),
    # a selection headlined as begun without 工作 (r198_13), as with it
    pytest.param("2024年度某省瞪羚、独角兽企业培育认定开启", "记者从省工信厅获悉，今年的培育认定即日起开始申报。", "call",
                 id="recognition-opened"),
    # a headline counting those named so (r186_08, r215_12)
    pytest.param("我省2个工业园区被工信部评为五星级示范基地", "日前，工信部公布了评价结果。", "publicity", id="rated-as"),
    # (the reviewer's phrasings: a reporter thanked in other words, statuses revoked in other words)
    pytest.param("", "谢谢这位记者朋友的提问。您关心的是《某省制造业数字化转型行动方案》中的资金支持问题。", "interpretation",
                 id="thanks-to-the-reporter"),
    pytest.param("关于撤销12家省级众创空间备案资格的公告", "", "publicity", id="registrations-revoked"),
    pytest.param("关于注销部分省级工业设计中心资格的公告", "", "publicity", id="statuses-cancelled"),
    # an essay contest, or a notice inviting entries, is a call though it is held (r236_01, r236_06, r236_07, r236_12)
    pytest.param("关于举办“奔跑新征程 建功新时代”征文活动的启事", "现将有关事项通知如下：\n一、主办单位\n市委宣传部、市文联",
                 "call", id="essays-held"),
    pytest.param("关于开展“我与人民政协”主题征文活动的通知", "经研究决定，开展主题征文活动。\n一、征文时间\n即日起至9月30日止。",
                 "call", id="essays-opened"),
    pytest.param("某区“走向我们的小康生活”征文大赛启事", "", "call", id="essay-contest-notice"),
    # …not its results
    pytest.param("关于“我与某市作协三十年”有奖征文评选结果的公示", LIST_BODY, "publicity", id="essay-results"),
    # leaders meeting guests are headlined events (r237_08, r237_15)
    pytest.param("某某会见某集团董事长某某一行", "3月31日，市委书记某某会见了某集团董事长一行，双方就扩大合作深入交流。", "event",
                 id="leader-meets-guests"),
])
def test_second_part_kinds(title, text, expected):
    assert record_kind(title, text) == expected


@pytest.mark.parametrize("title, text", [
    # a call to apply for a change (the reviewer's phrasing), and a target count written with its year
    pytest.param("关于开展2025年高新技术企业更名及重大变化事项申报的通知",
                 "已认定的高新技术企业发生名称变更的，请于9月30日前提交更名申请，逾期不予受理。", id="renaming-applied-for"),
    pytest.param("某区：力争到2027年2家企业被评为国家级制造业单项冠军", "", id="target-with-its-year"),
])
def test_second_part_no_lists(title, text):
    assert kind(title, text) != "publicity"


def test_a_document_repealed_is_no_list():
    assert kind("关于撤销《某市科技企业孵化器管理办法》的通知",
                "各有关单位：\n经研究，决定撤销《某市科技企业孵化器管理办法》，自印发之日起执行。") != "publicity"


@pytest.mark.parametrize("title, text, expected", [
    # works the public writes or makes are entered by persons (r185_09, r206_14)
    pytest.param("“某地之春”主题征文及摄影原创作品征集活动", "面向社会公开征集原创作品，截稿日期为2025年4月30日。", True,
                 id="essays-and-photographs"),
    pytest.param("关于开展“我与人民政协”主题征文活动的通知", "经研究决定，开展主题征文活动。\n二、征文对象\n社会各界人士。", True,
                 id="essays-as-activity"),
    pytest.param("某市新春楹联大赛火热开始", "即日起至2025年1月15日，大赛面向社会公开征集原创楹联作品，欢迎广大楹联爱好者踊跃投稿。"
                 "投稿请发送至指定邮箱报名参赛。", True, id="couplets"),
    # …not a design contest firms enter
    pytest.param("关于举办2025年某省工业设计大赛的通知", "各有关企业：\n请符合条件的企业于2025年6月30日前报名参赛。", False,
                 id="design-contest"),
])
def test_works_the_public_enters(title, text, expected):
    assert ("人才" in subjects(title, text)) is expected


# --- the round's third part -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a call for the green-manufacturing lists names parks beside the firms it recommends (r146_17, r161_05, r167_01,
    # r221_05, r225_04)
    pytest.param("各区县工业和信息化主管部门：\n一、具体要求\n本年度绿色制造名单推荐包括绿色工厂、绿色工业园区、绿色供应链管理企业。"
                 "\n请于8月15日前报送推荐材料。", ["企业", "政府园区"], id="green-lists"),
    pytest.param("各县（区）工信局：\n现面向区内征集绿色工厂、绿色供应链管理企业、绿色设计产品、绿色工业园区培育库名单，"
                 "请于2月13日前报送。", ["企业", "政府园区"], id="green-pool"),
    # …not a park firms are encouraged to create (r168_12)
    pytest.param("各有关单位：\n三是绿色制造。鼓励工业企业创建国家、省级绿色工厂、绿色园区、绿色供应链管理企业，支持工业企业实施技术改造。"
                 "\n请符合条件的工业企业于9月30日前申报。", ["制造企业"], id="firms-create-parks"),
])
def test_green_lists_name_parks(text, expected):
    assert subjects("关于开展2023年度绿色制造名单推荐工作的通知", text) == expected


@pytest.mark.parametrize("text", [
    # (the reviewer's: a park the call names as its aim, a park firms are encouraged to join in building)
    pytest.param("园区内各企业：\n为打造国家级绿色工业园区，现面向园区内企业征集绿色工厂、绿色供应链管理企业培育对象，请于9月30日前报送。",
                 id="park-as-aim"),
    pytest.param("各区工信局：\n对新获评国家级绿色工厂、绿色供应链管理企业的企业给予一次性奖励，鼓励企业积极参与绿色工业园区建设。"
                 "申报对象为在我市注册的工业企业。请于2025年9月28日前提交申请。", id="firms-join-park-building"),
])
def test_a_green_park_only_mentioned_applies_for_nothing(text):
    assert "政府园区" not in subjects("关于征集2025年度绿色工厂培育对象的通知", text)


@pytest.mark.parametrize("title, text", [
    # persons honoured are 人才 (r179_14, r236_14, r192_02)
    pytest.param("", "经推荐、评选、联合评议，拟推荐某中心等4个先进集体和某某等7个先进工作者作为全国科普先进集体和先进工作者拟推荐名单。"
                 "现予以公示，公示时间为2024年1月20日至26日。", id="advanced-workers"),
    pytest.param("全国“两优一先”拟推荐对象公示", "现将自治区全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织拟推荐对象予以公示。"
                 "\n1.优秀共产党员拟推荐对象（2名）", id="party-honours"),
])
def test_persons_honoured(title, text):
    assert "人才" in subjects(title, text)


def test_a_model_named_for_firms_is_no_person():
    # a 先进典型 may be a firm or a co-operative (r155_19, r233_14)
    assert "人才" not in subjects("关于公布2023年度省级绿色工厂名单的通知",
                                  "为打造绿色制造先进典型，经企业申报、专家评审，确定20家企业为省级绿色工厂，现予以公布。")


# --- the round's fourth part ----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    # a selection's work named in the title, or a 推选, is a call (r209_03, r240_05)
    pytest.param("关于推进2020年某市优势工业产品遴选工作的通知", id="selection-work"),
    pytest.param("关于开展第十八届中国青年科技奖候选人推选工作的通知", id="candidates-put-forward"),
])
def test_selections_named_as_work(title):
    assert kind(title, "各有关单位：\n现将有关事项通知如下。") == "call"


@pytest.mark.parametrize("title", [
    # science-popularisation works and creative contests are entered by persons (r239_07, r239_10)
    pytest.param("关于开展2018中国国际科普作品大赛作品征集的通知", id="popular-science-works"),
    pytest.param("关于开展“2023科普中国青年之星创作大赛”的通知", id="creative-contest"),
    # (and talks and works contested or selected: r138_07's 科普讲解大赛, the reviewer's 科普作品评选)
    pytest.param("关于征集2025年某省科普讲解大赛参赛选手的通知", id="popular-science-talks"),
    pytest.param("关于开展2025年度优秀科普作品评选的通知", id="popular-science-works-selected"),
])
def test_works_contests_are_for_persons(title):
    assert "人才" in subjects(title, "各有关单位及青年科普爱好者：\n面向全球征集原创科普作品，任何团队或个人均可参加，"
                                    "截止日期为2023年9月15日。")
