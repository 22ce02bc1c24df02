"""Round 49 of the blind-set method: rules shown by labelled texts of the round's sets (r388-r393, and r367, r368 now
tuning), each tested here on phrasings written for these tests (the sets' own texts stay outside the project). One
table per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, extracted, field_values, holds, kind, region_names, subjects


@pytest.mark.parametrize("title, text, expected", [
    # a list's management is no list (r367_01, r381_06)
    pytest.param("某省农业农村厅印发通知建立健全农民合作社名录管理制度", "近日，省农业农村厅印发通知，要求各地建立名录管理制度。",
                 "policy", id="a-lists-management-system"),
    pytest.param("省级绿色工厂名单动态管理工作要求", "为规范名单动态管理，制定本要求。", "policy", id="rules-for-keeping-a-list"),
    # (guard: a list named is still one)
    pytest.param("2026年度省级绿色工厂名单", "现将名单公布如下。", "publicity", id="a-list-named"),
    # part 6 (a reviewer's probe of kind phrasings): a claim opened with 申领 first, a reward's claim guide
    pytest.param("2026年度某市科技创新券申领开始啦！", "申领时间：2026年3月15日至4月30日，符合条件的科技型中小企业均可申领。", "call",
                 id="a-claim-opened-claiming-first"),
    pytest.param("某区2026年度专精特新企业奖励兑现办事指南", "【办理时间】2026年4月1日—4月25日\n【办理方式】在线提交申请。", "call",
                 id="a-rewards-claim-guide"),
    # …a body's honour won (and r376_06's counted ones), not one to be won
    pytest.param("市科协荣获“全国科普日活动优秀组织单位”称号", "近日，中国科协通报表扬2026年全国科普日活动优秀组织单位，市科协名列其中。",
                 "publicity", id="a-body-wins-an-honour"),
    pytest.param("如何获评“专精特新”称号？一文读懂", "本文梳理了申报条件和流程。", "interpretation", id="how-to-win-an-honour"),
    # …an event's closing headlined (r402_18)
    pytest.param("第十二届某市科技博览会圆满闭幕", "9月26日，第十二届某市科技博览会圆满闭幕，签约项目106个。", "event",
                 id="an-event-closed"),
    # …a solvers' list whose text gives its application deadline as 申请截止时间
    pytest.param("2026年度某市“揭榜挂帅”技术需求榜单发布", "欢迎高校、科研院所及企业揭榜攻关。\n揭榜申请截止时间：2026年10月20日。",
                 "call", id="a-solvers-list-with-its-deadline"),
    # part 5: a guide to apply for a subsidy (a reviewer's phrasing), not a public-service guide (r255_20)
    pytest.param("2026年某市高校毕业生就业见习补贴申请指南", "7月1日至7月15日，符合条件的见习单位可登录平台提交补贴申请。", "call",
                 id="a-subsidys-application-guide"),
    pytest.param("省企业发展专项资金项目申请转报公共服务指南", "一、服务事项\n项目申请的转报。\n二、办理依据\n《某省专项资金管理办法》。",
                 "policy", id="a-public-service-guide"),
    # part 2: a title's unbracketed closing document number is no word of it, and 关于…的通报 names a list (r389_06; 20 of
    # 21 labelled titles)
    pytest.param("某省人民政府办公厅关于第二批省级美丽乡村示范县的通报 某政办字〔2026〕18号",
                 "各市人民政府：\n经评估，确定下列县为第二批示范县。", "publicity", id="a-tongbao-with-its-document-number"),
    pytest.param("关于2026年度全市招商引资先进单位的通报", "经考核，以下单位成绩突出。", "publicity", id="a-tongbao-naming-units"),
    # (guards: an accident, or a call's change, reported)
    pytest.param("关于某企业“3·15”较大生产安全事故的通报", "2026年3月15日，某企业发生一起较大生产安全事故。", None,
                 id="an-accident-reported-is-no-list"),
    pytest.param("关于延长2026年度技术改造项目申报时间的通报", "申报截止时间延长至2026年5月30日。", None,
                 id="a-calls-change-is-no-list"),
    # …and a headline ending 揭晓 (r392_19, r367_17)
    pytest.param("2026年“齐鲁工匠”在济南揭晓", "2026年“齐鲁工匠”发布活动日前在济南举行，10人当选。", "publicity",
                 id="who-won-is-out"),
    # persons who 喜获 an honour are counted as honoured (r392_06)
    pytest.param("我县3人喜获省五一劳动奖章", "他们长期扎根生产一线，在技术革新中成绩突出。", "publicity", id="persons-win-an-honour"),
    # a selection held is no event by its title; a body under way with its 公示 is a list (r392_12, r392_13)
    pytest.param("某市开展“寻找最美科技工作者”活动", "经层层推荐、专家评选，产生了10名“最美科技工作者”人选，现正在公示。",
                 "publicity", id="a-search-for-persons-done-and-under-publicity"),
    pytest.param("某县举办“最美家庭”评选活动", "即日起至2026年6月30日，各村（社区）可推荐候选家庭，请于截止日前报送推荐材料。", "call",
                 id="a-selection-held-still-open"),
    # (guard: a meeting or a training held is still an event)
    pytest.param("某县举办2026年度高新技术企业认定培训会", "培训会上，专家讲解了申报要点。", "event", id="a-training-held"),
    # part 3: persons chosen out with their honour quoted before the count (r392_13, a reviewer's phrasing)
    pytest.param("某市开展“寻找最美退役军人”活动", "经过基层推荐、评审委员会评议等程序，评选出2026年度某市“最美退役军人”10名。",
                 "publicity", id="persons-chosen-out-with-their-honour"),
    # (guards: a meeting's first choice, and one to come)
    pytest.param("某区召开2026年度区级优秀乡土人才评审会", "4月13日，某区召开优秀乡土人才评审会议，评选出100名初步人选。",
                 "event", id="a-review-meetings-first-choice"),
    # …and a training organised or carried out, told as done (r396_10, r396_11)
    pytest.param("勤学习强本领 提升服务水平", "9月11日上午，区农业农村局联合开展了河长制工作培训活动。通过培训，河长们掌握了巡河要点。",
                 "event", id="a-training-carried-out"),
    pytest.param("百余名基层骨干集中“充电”", "近日，市河长办组织了为期两天的全市河长制基层干部业务培训班。", "event",
                 id="a-training-course-organised"),
])
def test_kinds(title, text, expected):
    if expected is None:
        assert kind(title, text) != "publicity"
    else:
        assert kind(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # persons who may enter named first, or glued by jieba into 人均 (r367_15, r367_16, r353_08)
    pytest.param("关于征集城市形象标识的通知", "一、征集范围\n面向全社会，个人和团体均可参加。\n二、截止时间：2026年6月30日。",
                 ["人才"], id="persons-named-first-may-enter"),
    pytest.param("关于征集城市宣传口号的公告", "一、征集对象\n凡对本市文化有兴趣的单位或个人均可参与。\n二、截止时间：2026年6月30日。",
                 ["人才"], id="persons-glued-to-per-head"),
    # (guard: those a list invites to object are no applicants)
    pytest.param("关于2026年度市级工程技术研究中心拟认定名单的公示",
                 "现将拟认定名单予以公示。公示期内，各部门、单位和个人均可通过来信、来电等形式向市科技局反映问题。", ["平台载体"],
                 id="objectors-are-no-applicants"),
    # 均可自愿/自主/积极/直接申报 states who applies (r351_04, r370_09, r290_08)
    pytest.param("2026年度市长质量奖申报工作启动",
                 "在本市注册满三年的企业，以及从事质量工作10年以上、做出突出贡献的个人，均可自愿申报市长质量奖。", ["人才", "企业"],
                 id="may-apply-of-their-own-will"),
    # part 2: news telling a list lists its entries (r392_14, r376_08, r377_17)
    pytest.param("某县12个单位获评市级劳动关系和谐企业", "日前，2026年度市级劳动关系和谐企业评选揭晓，某某科技有限公司、某某建材有限公司等12个单位榜上有名。",
                 ["企业"], id="firms-in-a-news-list"),
    # firms are where the persons a title lists alone work (r270_14, r392_07, r340_12)
    pytest.param("我市5人获评2026年度省首席技师", "我市5人入选，分别是某某重工有限公司的张某、某某电力有限公司检修工李某等。", ["人才"],
                 id="persons-employers-are-no-entries"),
    # (guard: a list of units and persons keeps the firms)
    pytest.param("关于表彰2026年度市长质量奖获奖单位和个人的通报", "授予某某机械有限公司、张某等市长质量奖。", ["人才", "企业"],
                 id="units-and-persons-listed"),
    # a unit's engineers and front-line workers are its staff (r392_06, r392_07)
    pytest.param("我市2人荣获省技术能手称号", "身为企业总工程师的王某申报专利20余件，企业一线工人李某荣获多项技术革新奖。", ["人才"],
                 id="a-firms-engineer-and-workers"),
    # part 3: …and persons among a unit's staff (a reviewer's phrasing)
    pytest.param("关于推荐2026年度“三秦工匠”人选的通知",
                 "推荐对象：全省各类企业中的一线工人、技术人员，在本岗位连续工作满10年。\n请于2026年7月10日前报送推荐表。", ["人才"],
                 id="persons-among-a-units-staff"),
    # places a publicity lists by name, three or more county-level names (r395_09, r395_13, r391_07, r261_06)
    pytest.param("关于表彰2026年度全市工业经济发展先进单位的通报", "一、工业经济发展规模奖\n缙云县、龙泉市、松阳县\n二、品牌培育奖\n莲都区、遂昌县",
                 ["政府园区"], id="counties-listed-by-name"),
    # (guard: addressees are no list)
    pytest.param("关于公布2026年度市级专精特新中小企业名单的通知",
                 "蓬江区、江海区、新会区、台山市工业和信息化主管部门：\n现将名单予以公布。某某科技有限公司、某某机械有限公司。",
                 ["专精特新中小企业"], id="county-addressees-are-no-list"),
])
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # part 4: where a title's event was held or its results announced is no scope (r324_07, r392_19, r401_14, r396_16)
    pytest.param("湖北省科技成果转化工作推进会在宜昌召开", "近日，全省科技成果转化工作推进会召开，会议总结了去年工作。",
                 ["湖北省"], id="a-provinces-meeting-held-in-a-city"),
    pytest.param("恩施州农业技术现场培训会在利川市召开", "5月10日，全州农业技术现场培训会召开。", ["恩施土家族苗族自治州"],
                 id="a-prefectures-training-held-in-a-county"),
    # part 6 (a reviewer's probe of places and phones): Inner Mongolia's banners abbreviated (r397_04)
    pytest.param("莫旗2026年度大豆产业扶持项目申报公告", "各乡镇：\n申报主体须为在莫旗注册登记的加工企业。\n申报截止日期：2026年6月10日。",
                 ["莫力达瓦达斡尔族自治旗"], id="a-banner-abbreviated"),
    pytest.param("科右前旗2026年农牧业产业化龙头企业申报通知", "申报企业须在科右前旗注册并依法经营满两年。", ["科尔沁右翼前旗"],
                 id="another-banner-abbreviated"),
    # (guard: a title naming the place itself, with nothing held there, keeps it)
    pytest.param("宜昌市2026年度科技成果转化工作推进会召开", "近日，宜昌市科技成果转化工作推进会召开。", ["宜昌市"],
                 id="a-citys-own-meeting"),
])
def test_regions(title, text, expected):
    assert region_names(title, text) == expected


@pytest.mark.parametrize("text, account, expected", [
    # a national body's bare eight-digit landline is Beijing's (r367_03, r256_08)
    pytest.param("各省、自治区、直辖市工业和信息化主管部门：\n请于2026年3月5日前反馈。\n联系人：张某 68205566", None,
                 ["010-68205566"], id="a-ministry-writing-to-the-provinces"),
    # (guards: not a shorter number, nor a local unit relaying a national call)
    pytest.param("各省、自治区、直辖市工业和信息化主管部门：\n请于2026年3月5日前反馈。\n联系电话：5855291", None,
                 ["5855291"], id="seven-digits-are-another-citys"),
    pytest.param("各学院：\n近期，国家卫生健康委办公厅印发《关于组织开展2026年研究攻关活动的通知》。请于2026年3月5日前报送科技处。\n"
                 "联系电话：22861013", "科学技术处", ["22861013"], id="a-universitys-relay"),
    # part 3: the national body's number whatever city's account reposts it, lending its code to no seven-digit number
    # after it (a reviewer's phrasings)
    pytest.param("现将有关事项公告如下：请于2026年3月5日前报名。\n咨询电话：62086316\n国家知识产权局\n2026年2月15日",
                 "苏州知识产权", ["010-62086316"], id="reposted-by-a-citys-account"),
    pytest.param("各省、自治区、直辖市农业农村厅：\n请于2026年3月5日前完成填报。\n联系人：赵某 59192213\n系统技术支持：6820531",
                 None, ["010-59192213", "6820531"], id="a-seven-digit-number-after-it"),
    # part 6: a banner's bare number takes its league's or city's code (a reviewer's phrasing)
    pytest.param("各乡镇、旗直有关部门：\n请于2026年6月10日前报送。\n联系电话：4621837", "莫旗发布", ["0470-4621837"],
                 id="a-banners-bare-number"),
])
def test_phones(text, account, expected):
    notice = extracted("关于报送2026年度重点企业情况的通知", text, "2026-02-20", account)
    assert field_values(notice, "phones") == expected


@pytest.mark.parametrize("title, text, published, expected", [
    # part 2: a counted window whose range follows in the next clause ends there (r258_02, r383_08, r383_09)
    pytest.param("关于2026年拟认定市级重点实验室的公示", "现予公示，公示期为5个工作日，时间为2026年8月20日至8月26日。", "2026-08-21",
                 ["2026-08-26"], id="a-count-then-its-range"),
    pytest.param("关于2026年拟入选绿色矿山名单的公示", "现予公示。公示期为5个工作日，自2026年10月14日至2026年10月20日。", "2026-10-16",
                 ["2026-10-20"], id="a-count-then-its-range-from-an-earlier-day"),
    # part 5 (a reviewer's probe of deadline phrasings): those who may act named after a date opening its clause
    # (r394_08, r367_18)
    pytest.param("2026年某市“最美家庭”推荐活动启动", "市妇联决定开展2026年度“最美家庭”推荐活动。即日起至10月20日，全市妇女群众可通过公众号推荐身边的好家庭。",
                 "2026-09-27",
                 ["2026-10-20"], id="a-window-then-who-may-nominate"),
    pytest.param("关于申报2026年省级畜禽标准化示范场的通知", "申报时间\n2026年5月15日前，符合条件的规模养殖场提出示范创建申请。",
                 "2026-04-27", ["2026-05-15"], id="a-date-then-who-applies"),
    # (guard: a reference period going on with what was done)
    pytest.param("关于2026年度研发投入后补助的通知", "2026年3月1日至3月20日，全市共有120家企业提交了申请。", "2026-03-01", [],
                 id="a-period-reported"),
    # 不超过 after the act it limits (r402_02), not a project's term (r324_14)
    pytest.param("关于开展2026年“金秋助学”活动的通知", "二、申报时间\n新入学的困难职工家庭子女申报不超过9月5日。", "2026-08-10",
                 ["2026-09-05"], id="applying-no-later-than"),
    pytest.param("关于申报2026年度自然科学基金项目的通知",
                 "项目实施期限控制在3年以内，最迟不超过2029年6月30日。请于2026年7月17日前提交申请书。", "2026-07-01",
                 ["2026-07-17"], id="a-projects-term-is-no-deadline"),
    # a page's own date line (r388_14), and the old date a change replaces in one clause
    pytest.param("关于征集2026年民生实事建议项目的通告", "发布日期：2026-09-01 截止日期：2026-09-30\n请于截止日期前提交建议。",
                 "2026-09-01", ["2026-09-30"], id="a-pages-own-date-line"),
    pytest.param("关于延长2026年度研发投入后补助申报时间的通知", "经研究，将原定于2026年5月20日截止的申报时间延长至6月10日。",
                 "2026-05-18", ["2026-06-10"], id="the-old-date-in-one-clause"),
    # part 3: January written 元月 (r343_07, r395_11)
    pytest.param("关于推荐2026年度重点工业企业的函", "请各市于2027年元月14日下午5时前将推荐表报送省工业和信息化厅。", "2026-12-20",
                 ["2027-01-14"], id="january-written-yuanyue"),
])
def test_deadlines(title, text, published, expected):
    assert deadline_dates(title, text, published) == expected


# The code review's guards (the reviewer's phrasings, written without the sets): what each rule of the round must leave
# alone, and variants it must also catch. Each row: the field read, the title, the text, the page date, the posting
# account, what the field must hold and what it must not.
@pytest.mark.parametrize("field, title, text, published, account, must_hold, must_not_hold", [
    pytest.param("kind", "关于2025年1-8月全市工业经济运行情况的通报",
                 "1-8月，全市规上工业增加值同比增长6.5%，工业投资增长4.2%。",
                 "2025-09-10", None, [], ["publicity"],
                 id="the-economy-reported"),
    pytest.param("kind", "关于某公司“8·12”较大火灾的通报",
                 "2025年8月12日，某公司发生火灾，造成3人死亡。各地要举一反三，开展隐患排查。",
                 "2025-09-10", None, [], ["publicity"],
                 id="a-fire-reported"),
    pytest.param("kind", "关于变更2025年度技术改造项目申报截止时间的通报",
                 "因系统升级，申报截止时间变更为2025年10月30日，请各企业抓紧申报。",
                 "2025-09-10", None, [], ["publicity"],
                 id="a-calls-change-worded-biangeng"),
    pytest.param("kind", "关于2025年度技术改造项目申报截止时间顺延的通报",
                 "因系统升级，申报截止时间顺延至2025年10月30日，请各企业抓紧申报。",
                 "2025-09-10", None, [], ["publicity"],
                 id="a-calls-change-worded-shunyan"),
    pytest.param("kind", "关于进一步做好防汛工作的通报",
                 "近期强降雨频繁，各地要立即行动，压实责任，做好防汛工作。",
                 "2025-09-10", None, [], ["publicity"],
                 id="a-work-instruction"),
    pytest.param("kind", "2025年“苏州工匠”评选启动，12月揭晓",
                 "即日起至2025年10月31日接受各单位推荐申报，请于截止日前报送推荐材料。",
                 "2025-09-10", None, ["call"], [],
                 id="results-to-come"),
    pytest.param("kind", "2025年度“江苏工匠”评选即将揭晓",
                 "本届评选共收到推荐材料120份，评审工作正在进行。",
                 "2025-09-10", None, [], ["publicity"],
                 id="results-about-to-be-out"),
    pytest.param("kind", "2025年高企认定有哪些新变化？答案揭晓",
                 "一、认定条件有何调整？今年认定条件中，研发费用占比要求……",
                 "2025-09-10", None, [], ["publicity"],
                 id="an-answer-revealed"),
    pytest.param("kind", "我县5个乡镇喜获丰收",
                 "今年全县粮食总产再创新高，5个乡镇亩产超过650公斤。",
                 "2025-09-10", None, [], ["publicity"],
                 id="a-harvest-won"),
    pytest.param("kind", "我市20家企业喜获大额订单",
                 "广交会期间，我市企业签约订单金额达5亿元。",
                 "2025-09-10", None, [], ["publicity"],
                 id="orders-won"),
    pytest.param("kind", "我县召开“最美家庭”评选工作会议",
                 "会议部署了今年的评选工作，要求各村（社区）做好宣传发动。",
                 "2025-09-10", None, ["event"], [],
                 id="a-meeting-for-a-selection"),
    pytest.param("kind", "我县举办“寻找最美乡村医生”活动启动仪式",
                 "启动仪式上，县卫健委负责人介绍了活动安排，300余名医务人员参加。",
                 "2025-09-10", None, ["event"], [],
                 id="a-ceremony-for-a-search"),
    pytest.param("kind", "某市开展“寻找最美科技工作者”活动",
                 "经层层推荐、专家评选，产生了10名“最美科技工作者”人选，正在进行公示。",
                 "2025-09-10", None, ["publicity"], [],
                 id="a-list-being-publicised"),
    pytest.param("kind", "2025年度高级职称评审通过人员名单（经济管理类）",
                 "经评审委员会评审，下列人员通过高级职称评审。",
                 "2025-09-10", None, ["publicity"], [],
                 id="a-category-in-brackets"),
    pytest.param("kind", "某省人民政府办公厅关于第二批省级美丽乡村示范县的通报 某政办字［2026］18号",
                 "各市人民政府：\n经评估，确定下列县为第二批示范县。",
                 "2025-09-10", None, ["publicity"], [],
                 id="full-width-square-brackets"),
    pytest.param("kind", "某省人民政府办公厅关于第二批省级美丽乡村示范县的通报 某政办字（2026）18号",
                 "各市人民政府：\n经评估，确定下列县为第二批示范县。",
                 "2025-09-10", None, ["publicity"], [],
                 id="a-year-in-round-brackets"),
    pytest.param("kind", "某省人民政府办公厅关于第二批省级美丽乡村示范县的通报 某政办字〔2026〕第18号",
                 "各市人民政府：\n经评估，确定下列县为第二批示范县。",
                 "2025-09-10", None, ["publicity"], [],
                 id="a-number-with-di"),
    pytest.param("kind", "我市5人斩获2025年度江苏省技术能手称号",
                 "他们长期扎根生产一线，在技术革新中成绩突出。",
                 "2025-09-10", None, ["publicity"], [],
                 id="persons-who-zhanhuo-an-honour"),
    pytest.param("subjects", "关于征集被拖欠账款线索的通知",
                 "一、征集对象\n被机关、事业单位和大型企业拖欠账款的中小企业可通过登记平台反映被拖欠情况。\n二、征集时间：即日起至2025年12月31日。",
                 "2025-09-10", None, ["中小企业"], [],
                 id="firms-reporting-what-they-are-owed"),
    pytest.param("subjects", "关于组织申报2025年度工业企业技术改造专项资金的通知",
                 "一、申报对象\n在本市注册的规模以上工业企业。\n二、申报要求\n申报单位和个人均应对材料真实性负责。\n三、申报截止时间：2025年10月31日。",
                 "2025-09-10", None, [], ["人才"],
                 id="boilerplate-every-applicant-signs"),
    pytest.param("subjects", "关于2026年度市级工程技术研究中心拟认定名单的公示",
                 "现将拟认定名单予以公示。公示期内，任何单位和个人均应以实名书面形式向市科技局反映。",
                 "2025-09-10", None, [], ["人才"],
                 id="objectors-who-must-write"),
    pytest.param("subjects", "关于2026年度市级工程技术研究中心拟认定名单的公示",
                 "现将拟认定名单予以公示。公示期内，单位和个人均可来电来函反映。",
                 "2025-09-10", None, [], ["人才"],
                 id="objectors-who-may-phone"),
    pytest.param("subjects", "关于2025年度院士工作站和高层次人才拟认定名单的公示",
                 "经评审，拟认定某某科技有限公司院士工作站等3家工作站、张某等5名高层次人才，现予公示。",
                 "2025-09-10", None, ["企业"], [],
                 id="workstations-beside-persons"),
    pytest.param("subjects", "关于2025年度技能大师和高技能人才培训基地拟入选名单的公示",
                 "经评审，拟确定张某等5人为技能大师，某某机械有限公司、某某电子有限公司为高技能人才培训基地，现予公示。",
                 "2025-09-10", None, ["企业"], [],
                 id="training-bases-beside-persons"),
    pytest.param("subjects", "关于2025年度企业首席技师名单的公示",
                 "经企业推荐、专家评审，拟认定某某重工有限公司张某等10人为2025年度企业首席技师，现予公示。",
                 "2025-09-10", None, [], ["企业"],
                 id="firms-qualifying-the-persons"),
    pytest.param("subjects", "我市3人获评2026年度省首席技师",
                 "张某所在的某某科技有限公司先后荣获国家高新技术企业、专精特新“小巨人”企业等称号。",
                 "2025-09-10", None, [], ["高新技术企业", "专精特新小巨人企业"],
                 id="an-employers-past-honours"),
    pytest.param("subjects", "关于2025年度市级工程技术研究中心拟认定名单的公示",
                 "现将拟认定名单予以公示。近年来，我市先后荣获国家高新区、省级经济开发区等称号。",
                 "2025-09-10", None, [], ["政府园区"],
                 id="a-citys-past-honours"),
    pytest.param("subjects", "关于开展2025年度企业总工程师制度试点申报的通知",
                 "一、申报对象\n本市规上工业企业总工程师制度试点单位。\n二、申报截止时间：2025年10月31日。",
                 "2025-09-10", None, ["规上企业"], [],
                 id="a-chief-engineer-system"),
    pytest.param("subjects", "2026年度市长质量奖申报工作启动",
                 "在本市注册满三年的企业，以及从事质量工作10年以上的个人，均可自行申报。",
                 "2025-09-10", None, ["人才", "企业"], [],
                 id="may-apply-by-themselves"),
    pytest.param("subjects", "关于征集城市宣传口号的公告",
                 "一、征集对象\n个人或团队均能参加。\n二、截止时间：2026年6月30日。",
                 "2025-09-10", None, ["人才"], [],
                 id="persons-who-can-enter"),
    pytest.param("deadlines", "关于2025年度拟认定市级重点实验室的公示",
                 "现予公示，公示期自2025年9月10日起5个工作日，9月18日至9月19日受理复核申请。",
                 "2025-09-10", None, ["2025-09-16", "2025-09-19"], [],
                 id="another-window-in-the-next-clause"),
    pytest.param("deadlines", "关于2025年度拟认定市级重点实验室的公示",
                 "现予公示，公示期为5个工作日，时间为2025年9月10日至9月16日。",
                 "2025-09-05", None, [], ["2025-09-11"],
                 id="posted-before-its-window"),
    pytest.param("deadlines", "关于2025年度拟认定市级重点实验室的公示",
                 "现予公示，公示期为5个工作日，自2025年9月10日至2025年9月16日。",
                 "2025-09-17", None, [], ["2025-09-23"],
                 id="reposted-after-its-window"),
    pytest.param("phones", "关于组织开展2026年研究攻关活动的通知",
                 "各学院：\n现将国家卫生健康委办公厅有关通知转发给你们，请认真组织申报。\n\n"
                 "国家卫生健康委办公厅关于组织开展2026年研究攻关活动的通知\n各省、自治区、直辖市卫生健康委：\n"
                 "为推进研究攻关，现组织开展2026年度活动。\n\n请于2026年3月5日前报送科技处。联系电话：22861013",
                 "2026-02-20", "科学技术处", ["22861013"], ["010-22861013"],
                 id="a-universitys-relay-pasting-the-addressees"),
    pytest.param("phones", "关于转发工业和信息化部关于报送2026年度重点企业情况的通知",
                 "各有关企业：\n现将工业和信息化部通知转发如下，请按要求报送。\n\n各省、自治区、直辖市工业和信息化主管部门：\n请于2026年3月5日前反馈。\n\n区经发局联系人：李某 57012345",
                 "2026-02-20", None, ["57012345"], ["010-57012345"],
                 id="a-district-bureaus-relay"),
    # the second code review's (git diff 16eea5e..d67c75a: parts 4 to 6)
    pytest.param("regions", "江苏省第五届物联网博览会在无锡市梁溪区举行",
                 "近日，博览会举行。",
                 "2025-09-01", None, ["江苏省"], ["梁溪区"],
                 id="a-venue-written-as-a-chain"),
    pytest.param("regions", "在南京举办展会的企业可申请补贴",
                 "符合条件的会展企业可于2025年10月31日前提交申请。",
                 "2025-09-01", None, ["南京市"], [],
                 id="those-who-held-something-there"),
    pytest.param("deadlines", "关于组织申报2025年度企业研发补助的通知",
                 "申报项目完成时间不超过2026年12月31日。请于2025年10月20日前提交申请书。",
                 "2025-09-01", None, ["2025-10-20"], ["2026-12-31"],
                 id="a-projects-completion-time"),
    pytest.param("deadlines", "关于组织申报2025年度贷款贴息的通知",
                 "申请贷款期限不超过2026年12月31日。请于2025年10月20日前提交申请书。",
                 "2025-09-01", None, ["2025-10-20"], ["2026-12-31"],
                 id="a-loans-term"),
    pytest.param("deadlines", "关于组织申报2025年度企业研发补助的通知",
                 "请各单位将原件于2025年10月20日前报送市科技局，扫描件可改为邮件发送。",
                 "2025-09-01", None, ["2025-10-20"], [],
                 id="the-original-papers"),
    pytest.param("deadlines", "关于组织申报2025年度企业开办补贴的通知",
                 "2025年1月1日至6月30日，凡新注册的企业均可申请开办补贴，请于2025年10月20日前提交"
                 "。",
                 "2025-09-01", None, ["2025-10-20"], ["2025-06-30"],
                 id="a-registration-period"),
    pytest.param("deadlines", "关于组织申报2025年度企业研发补助的通知",
                 "公开日期：2025-09-01 截止日期：2025-09-30\n请按时提交。",
                 "2025-09-01", None, ["2025-09-30"], ["2025-09-01"],
                 id="a-pages-open-date-line"),
    pytest.param("deadlines", "关于组织申报2025年度企业研发补助的通知",
                 "更新时间：2025-09-01 截止日期：2025-09-30\n请按时提交。",
                 "2025-09-01", None, ["2025-09-30"], ["2025-09-01"],
                 id="a-pages-update-line"),
    pytest.param("kind", "发明专利申请指南",
                 "本文介绍了发明专利申请的流程和注意事项。",
                 "2025-09-01", None, [], ["call"],
                 id="a-patent-how-to"),
    pytest.param("kind", "出口退税申请指南",
                 "本指南介绍出口退税申请流程。",
                 "2025-09-01", None, [], ["call"],
                 id="a-tax-return-how-to"),
    pytest.param("kind", "惠企政策兑现指南",
                 "本指南汇总了全市惠企政策的兑现流程。",
                 "2025-09-01", None, [], ["call"],
                 id="a-policy-handbook"),
    pytest.param("kind", "企业怎样获评专精特新称号",
                 "",
                 "2025-09-01", None, [], ["publicity"],
                 id="a-question-how-to-win"),
    pytest.param("kind", "2025年高新技术企业申报工作圆满落幕",
                 "",
                 "2025-09-01", None, [], ["event"],
                 id="an-application-round-ended"),
    pytest.param("kind", "第十届创新创业大赛报名圆满落幕",
                 "",
                 "2025-09-01", None, [], ["event"],
                 id="entries-closed"),
    pytest.param("kind", "一次性扩岗补助申领工作已启动",
                 "",
                 "2025-09-01", None, ["call"], [],
                 id="a-claim-already-opened"),
    pytest.param("kind", "科技创新券申领即将开始",
                 "",
                 "2025-09-01", None, ["call"], [],
                 id="a-claim-about-to-open"),
    pytest.param("kind", "2025年度揭榜挂帅项目榜单",
                 "以下项目已完成揭榜对接并立项。如对榜单有异议，复核申请时间：2025年9月1日至9月7日。",
                 "2025-09-01", None, ["publicity"], ["call"],
                 id="a-review-window-of-awarded-tasks"),
    pytest.param("regions", "鄂温克旗2025年度农牧业项目申报通知",
                 "申报主体须在鄂温克旗注册。",
                 "2025-09-01", None, ["鄂温克族自治旗"], [],
                 id="ewenki-banner"),
    pytest.param("regions", "鄂伦春旗2025年度中小企业项目申报通知",
                 "申报主体须在鄂伦春旗注册。",
                 "2025-09-01", None, ["鄂伦春自治旗"], [],
                 id="oroqen-banner"),
])
def test_code_review_guards(field, title, text, published, account, must_hold, must_not_hold):
    read = field_values(extracted(title, text, published, account), field)
    assert holds(read, must_hold, must_not_hold), read


def test_banner_abbreviations_name_one_place_each():
    """Each abbreviated banner stands for a full name the gazetteer holds, and shares no name with another place."""
    from pipeline import gazetteer
    from pipeline.patterns.regions import BANNER_ABBREVIATIONS

    names = gazetteer.name_index()
    short = gazetteer.name_index(short=True)
    assert all(len(names.get(full, ())) == 1 for full in BANNER_ABBREVIATIONS.values())
    assert not any(abbreviation in names or abbreviation in short for abbreviation in BANNER_ABBREVIATIONS)
