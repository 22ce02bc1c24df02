"""Round 66 of the blind-set method: deadline rules shown by labelled texts of the evaluation sets r540-r626 (rounds
62-65's), each tested here on phrasings written for these tests (the sets' own texts stay outside the project); the
sets r627-r634, collected in this round on themes no earlier round took, measured them blind (r630 and r634 are its final
check). Each row is one case, and its id says which rule it pins or guards; every rule's row fails at the round's start.
Then the code review's cases, kept as guards (those it wrote for the rules, as rows).

Part 1 also read an activity's or a contest's time opened from the notice's day ("活动时间：即日起至…", r577_04, r625_05)
as the window to take part, and a window opened so under any heading or first sentence naming one; the code review broke
both (exhibitions, campaigns, subsidies and discounts running; entries or nominations closing before the activity ends;
a benefit after a publicity's window), so part 2 took the first back and kept the second only where the refusal of late
papers closes the window. Deadlines read by the field's review shape (review_reading): the deadline dates in ISO form."""
import pytest

from round_helpers import review_expected, review_reading

DEADLINES = [
    # a window's label or its 至 closing a line, the date opening the next (r621_10, r562_06: pages setting a field's name
    # and its value on lines of their own)
    pytest.param("关于开展2026年度版权示范单位申报工作的通知", "申报截止日期：\n2026年5月8日 申报机构：各区版权主管部门报市版权局",
                 "2026-04-10", ["2026-05-08"], id="label-then-date-on-its-line"),
    pytest.param("关于公开征集2027年市政府民生实事项目的公告", "征集时间\n\n自公告之日起至\n\n2026年11月20日止\n\n征集内容\n围绕就业、养老等。",
                 "2026-10-20", ["2026-11-20"], id="window-opened-then-end-on-its-line"),
    # (guard) the page's date on its line stays the page's, and a validity's end a validity's
    pytest.param("", "申报截止日期：\n2026年5月8日 申报机构：各区版权主管部门报市版权局\n示范单位申请条件：本市行政区域内的单位。",
                 None, ["2026-05-08"], id="label-then-date-on-its-line-untitled"),
    pytest.param("关于开展2026年度版权示范单位申报工作的通知", "发布日期：\n2026-04-10\n请于2026年5月8日前报送申报材料。",
                 "2026-04-10", ["2026-05-08"], id="guard-publication-date-on-its-line"),
    # (guard) an addressee line's colon ends its line: the date opens the next sentence, which says who acts by it
    pytest.param("关于做好有关工作的通知", "各学院、研究所：\n2026年3月17日前，各单位将申报汇总表报科研处。",
                 "2025-12-20", ["2026-03-17"], id="guard-addressee-colon-then-date"),
    pytest.param("关于公布2026年度示范单位名单的通知", "有效期至\n2028年12月31日\n各单位要加强管理。",
                 "2026-04-10", [], id="guard-validity-end-on-its-line"),
    # a window opened from the notice's day under a heading naming it, closed by the refusal of late papers (r563_07)
    pytest.param("关于申报2026年度社科研究课题的公告", "二、申报说明\n\n申报期限\n\n即日起至1月12日，逾期不候。\n\n申报条件\n课题申请人须具有…",
                 "2026-01-06", ["2026-01-12"], id="opened-window-under-its-heading"),
    pytest.param("关于组织申报2026年度科技项目的通知", "一、申报时间\n自即日起至2026年5月20日，逾期不候。",
                 "2026-04-20", ["2026-05-20"], id="opened-window-under-numbered-heading"),
    # (guard) an activity with days of its own is held on them: no window closes
    pytest.param("关于举办2026年网络安全知识竞赛的通知", "二、活动时间\n2026年9月4日至2026年9月17日\n三、竞赛内容\n网络安全知识。",
                 "2026-08-20", [], id="guard-activity-days-of-its-own"),
    pytest.param("关于举办2026年全民健身展示活动的通知", "活动时间：2026年9月4日至9月6日，地点：市体育中心。",
                 "2026-08-20", [], id="guard-activity-dated-one-line"),
]


@pytest.mark.parametrize("title, text, published, expected", DEADLINES)
def test_round_66_deadlines(title, text, published, expected):
    assert review_reading("deadlines", title, text, published) == review_expected(expected)


# The code review's cases (deadlines or apply_deadline) that read right at the end of the round: those part 1 broke
# (ids r2-…, r3-… and r1-…: the rules as part 1 wrote them) and those it should read or must not change.
REVIEW_GUARDS = [
    # the 即日起至 sentence is a free service running to year end, not the window; only the application window's end counts
    pytest.param("deadlines", "关于组织申报2026年度中小企业数字化转型项目的通知",
                 "一、申报时间\n申报时间为2026年5月6日至5月31日。即日起至2026年12月31日，市中小企业服务中心为申报企业提供免费辅导。",
                 "2026-04-28", ["2026-05-31"], id="r2-first-sentence-window-then-service"),
    # publicity ends 5-14; the benefit period to 12-31 is no window for action (the line's first sentence is not its heading)
    pytest.param("deadlines", "关于2026年度科技金融贴息项目的公示",
                 "公示时间为2026年5月8日至5月14日。自即日起至2026年12月31日，入选企业可享受贷款利率优惠。",
                 "2026-05-08", ["2026-05-14"], id="r2-publicity-then-benefit-sentence"),
    # an exhibition open to visit until 10-31: an event's days, nothing to apply for
    pytest.param("deadlines", "关于举办“非遗里的江苏”主题展览活动的通知",
                 "一、活动时间：即日起至2026年10月31日（每周一闭馆），开放时间9:00-17:00。\n二、活动地点：市文化馆一楼展厅。\n三、市民可凭身份证免费参观。",
                 "2026-08-01", [], id="r3-exhibition-open-to-visit"),
    # a campaign running until year end (专项整治活动时间), not a window to take part or apply
    pytest.param("deadlines", "关于开展2026年安全生产专项整治活动的通知",
                 "一、整治内容\n重点排查企业消防通道、危化品存储等隐患。\n二、活动时间：即日起至2026年12月31日\n三、工作要求\n各区要加强组织领导，确保整治取得实效。",
                 "2026-05-10", [], id="r3-rectification-campaign"),
    # a consumer benefit's period (as the earlier review ruled for 即日起至…均可申请消费补贴), not a notice procedure's window
    pytest.param("deadlines", "关于开展2026年汽车以旧换新消费补贴活动的通知",
                 "活动时间：即日起至2026年12月31日。在本市报废旧车并购买新能源乘用车的个人，可通过“苏周到”APP申请补贴，每辆车补贴5000元，先到先得。",
                 "2026-03-01", [], id="r3-consumer-subsidy-campaign"),
    # a discount's period (优惠活动期限), a benefit running, nothing to submit
    pytest.param("deadlines", "关于开展“苏新消费·惠享夏日”促消费活动的通知",
                 "优惠活动期限：即日起至2026年8月31日\n活动期间，市民在参与商户消费满200元可减50元。",
                 "2026-06-01", [], id="r3-discount-period"),
    # traditional script: a reading campaign's period, events attended, no window to apply
    pytest.param("deadlines", "關於開展2026年全民閱讀推廣活動的通知",
                 "活動時間：即日起至2026年12月31日\n活動內容：各圖書館開展讀書分享會、親子閱讀等系列活動，市民可就近參加。",
                 "2026-04-23", [], id="r3-reading-campaign-traditional"),
    # a table flattened one cell per line: the campaign's 活动时间 cell is a benefit period
    pytest.param("deadlines", "2026年“苏新消费”汽车消费季活动公告",
                 "活动名称\n2026“苏新消费”购车季\n活动时间\n即日起至2026年12月31日\n补贴标准\n每辆新车补贴3000元\n申请方式\n购车后通过“苏周到”APP申请",
                 "2026-04-01", [], id="r3-flattened-kv-table-campaign"),
    # same campaign table in traditional script: no applicant deadline stated
    pytest.param("apply_deadline", "2026年「蘇新消費」汽車消費季活動公告",
                 "活動名稱\n2026「蘇新消費」購車季\n活動時間\n即日起至2026年12月31日\n補貼標準\n每輛新車補貼3000元\n申請方式\n購車後通過「蘇周到」APP申請",
                 "2026-04-01", None, id="r3-flattened-kv-table-campaign-traditional"),
    # entries close 9-30; the contest runs on to judging and awards, its end closes no window
    pytest.param("deadlines", "关于举办第三届“我心中的运河”摄影大赛的通知",
                 "一、大赛时间\n即日起至2026年11月30日\n二、作品征集\n作品提交截止时间：2026年9月30日\n三、评审及颁奖\n10月组织专家评审，11月举行颁奖仪式。",
                 "2026-06-15", ["2026-09-30"], id="r3-contest-entries-close-earlier"),
    # the entrant's date is the entries' close, not the contest's end
    pytest.param("apply_deadline", "关于举办第三届“我心中的运河”摄影大赛的通知",
                 "大赛时间：即日起至2026年11月30日，其中作品征集截止时间为2026年9月30日，10月评审，11月颁奖。",
                 "2026-06-15", "2026-09-30", id="r3-contest-entries-close-earlier-oneline"),
    # registration closes 9-10; 比赛时间 is the contest's course, not the applicant's date
    pytest.param("apply_deadline", "关于举办2026年“创客中国”中小企业创新创业大赛的通知",
                 "三、赛程安排\n报名时间：即日起至2026年9月10日\n比赛时间：即日起至2026年11月30日\n参赛企业登录大赛官网报名。",
                 "2026-07-01", "2026-09-10", id="r3-registration-then-contest-time"),
    # nominations are due 9-30; the activity (with publicity of results) runs to year end
    pytest.param("apply_deadline", "关于开展2026年“最美科技工作者”推选活动的通知",
                 "一、活动时间：即日起至2026年12月31日\n二、推荐程序\n请各单位于2026年9月30日前将推荐材料报送市科协。",
                 "2026-07-01", "2026-09-30", id="r3-selection-activity-nominations-earlier"),
    # under the heading 活动时间: the activity's span includes the publicity months; only the nomination date closes a window
    pytest.param("deadlines", "关于开展第五届“最美苏州工匠”选树活动的通知",
                 "二、活动时间\n即日起至2026年12月31日\n三、推荐程序\n各单位于2026年8月31日前完成推荐。\n四、宣传展示\n11月至12月集中宣传。",
                 "2026-06-10", ["2026-08-31"], id="r3-activity-heading-nominations-earlier"),
    # re-posted page: the notice's own date (成文日期 on its line) sets the year of 5月8日; joining hides it from the signature finder
    pytest.param("deadlines", "关于组织申报2026年度市级科技计划项目的通知",
                 "各有关单位：\n请于5月8日前将申报材料报送市科技局。\n市科学技术局\n成文日期：\n2026年4月10日",
                 "2026-09-01", ["2026-05-08"], id="r1-signing-date-on-own-line-repost"),
    # the notice is dated 2026-03-02 (印发时间 on its line); 6月30日 is 2026's, not next year's
    pytest.param("apply_deadline", "关于开展2026年度科技型中小企业评价工作的通知",
                 "请企业于6月30日前登录系统完成自评。\n江苏省科学技术厅\n印发时间：\n2026年3月2日",
                 "2026-10-15", "2026-06-30", id="r1-signing-date-on-own-line-repost-apply"),
    # 财务数据截止日期 is a reference date for the data, not a deadline
    pytest.param("deadlines", "关于开展2026年度“苏州市专精特新中小企业”认定工作的通知",
                 "申报企业须满足以下条件：\n财务数据截止日期：\n2025年12月31日\n请于2026年5月20日前提交申报材料。",
                 "2026-04-20", ["2026-05-20"], id="r1-data-cutoff-label-break"),
    # 数据截止时间 is the data's reference date; no date to hand in is stated
    pytest.param("apply_deadline", "关于开展2026年度企业研发费用统计的通知",
                 "数据截止时间：\n2025年12月31日\n各企业登录系统如实填写。",
                 "2026-03-10", None, id="r1-data-cutoff-label-break-apply"),
    # 资金使用期 broken at its 至: a period, not a deadline
    pytest.param("deadlines", "关于下达2026年度市级工业转型升级专项资金的通知",
                 "资金使用期为2026年1月1日至\n2026年10月31日，项目单位须在此期间完成支出并提交绩效自评报告。",
                 "2026-01-20", [], id="g-fund-use-period-range-broken"),
    # a cultivation period broken at its 至
    pytest.param("deadlines", "关于公布2026年度市级瞪羚企业培育名单的通知",
                 "培育期为2026年7月1日至\n2028年6月30日，培育期满后企业提交验收申请。",
                 "2026-06-20", [], id="g-cultivation-period-range-broken"),
    # 考核期 broken at its 至
    pytest.param("deadlines", "关于公布2026年度市级孵化器名单的通知",
                 "考核期：2026年7月1日至\n2027年6月30日，考核结束后提交运营报告。",
                 "2026-06-20", [], id="g-assessment-period-range-broken"),
    # 考核期限 on its own line: a period; only the filing date
    pytest.param("deadlines", "关于开展2026年度专精特新企业复核工作的通知",
                 "请企业于2026年6月30日前完成复核材料填报。\n考核期限：\n2026年7月1日至2027年6月30日，考核结束后提交考核报告。",
                 "2026-05-20", ["2026-06-30"], id="g-assessment-term-label-break"),
    # 项目实施期限 on its own line is the project's term
    pytest.param("deadlines", "关于组织申报2026年度产业前瞻技术项目的通知",
                 "申报截止时间：2026年6月15日。\n项目实施期限：\n2026年7月1日至2028年6月30日，到期后提交验收申请。",
                 "2026-05-20", ["2026-06-15"], id="g-implementation-term-label-break"),
    # 会议时间 on its own line is the meeting's day; the reply slip's date counts
    pytest.param("deadlines", "关于召开2026年度专精特新企业培育工作推进会的通知",
                 "一、会议时间：\n2026年5月20日上午9:00\n二、参会人员\n请各区于5月15日前报送参会回执。",
                 "2026-05-08", ["2026-05-15"], id="g-meeting-time-label-break"),
    # 培训时间 is attended; registration closes 6-5
    pytest.param("deadlines", "关于举办2026年数字化转型专题培训班的通知",
                 "培训时间：\n2026年6月10日至6月12日\n请各单位于6月5日前报名。",
                 "2026-05-20", ["2026-06-05"], id="g-training-time-label-break"),
    # 统计时间 is the period reported on
    pytest.param("deadlines", "关于开展2026年上半年规上工业企业运行监测的通知",
                 "统计时间：\n2026年1月1日至2026年6月30日\n请企业于7月10日前登录系统填报。",
                 "2026-06-20", ["2026-07-10"], id="g-statistics-time-label-break"),
    # a recognition's validity on its own line
    pytest.param("deadlines", "关于公布2026年度江苏省专精特新中小企业名单的通知",
                 "认定有效期限：\n2026年5月1日至2029年4月30日\n有效期内企业须按要求报送运行数据。",
                 "2026-05-01", [], id="g-validity-term-label-break"),
    # the purchase period is an eligibility condition, broken at its 至
    pytest.param("deadlines", "关于组织申请2026年新能源汽车购置补贴的通知",
                 "一、申请条件\n自2026年5月1日起至\n2026年10月31日止，在本市购买新能源汽车的个人可申请补贴。",
                 "2026-04-25", [], id="g-purchase-period-range-broken"),
    # a schedule table flattened one cell per line: application and local review dates
    pytest.param("deadlines", "关于组织申报2026年度市级服务型制造示范企业的通知",
                 "工作环节\n时间安排\n企业网上申报\n即日起至2026年5月20日\n区级审核推荐\n2026年5月30日前\n专家评审\n2026年6月",
                 "2026-04-20", ["2026-05-20", "2026-05-30"], id="g-flattened-schedule-table"),
    # a publicity window broken at its 至
    pytest.param("deadlines", "关于2026年度市级专精特新中小企业拟认定名单的公示",
                 "公示时间：2026年5月8日至\n2026年5月14日。如有异议，请以书面形式向市工信局反映。",
                 "2026-05-08", ["2026-05-14"], id="p1-publicity-range-broken-at-zhi"),
    # traditional script, the label on its own line
    pytest.param("deadlines", "關於開展2026年度版權示範單位申報工作的通知",
                 "申報截止日期：\n2026年5月8日 申報機構：各區版權主管部門報市版權局\n示範單位申請條件：本市行政區域內的單位，版權管理制度健全。",
                 "2026-04-10", ["2026-05-08"], id="p1-label-break-traditional"),
    # traditional script, 即日起至 under 申报期限
    pytest.param("deadlines", "關於申報2026年度社會科學研究課題的公告",
                 "一、申報說明\n\n申報期限\n\n即日起至2026年6月30日，逾期不候。\n\n申報條件\n課題申請人須具有副高級以上專業技術職稱，所在單位須為本市註冊的高等院校或研究機構。",
                 "2026-05-06", ["2026-06-30"], id="p2-opened-window-heading-traditional"),
]


@pytest.mark.parametrize("field, title, text, published, expected", REVIEW_GUARDS)
def test_round_66_review_guards(field, title, text, published, expected):
    assert review_reading(field, title, text, published) == review_expected(expected)
