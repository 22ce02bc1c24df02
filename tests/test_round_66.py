"""Round 66 of the blind-set method, in three parts and two code reviews, kept no rule; its guard rows stay.

Part 1 read three deadline rules from labelled texts of the evaluation sets r540-r626 (rounds 62-65's): a window's label
or the 至 of its range closing a line joined to the date opening the next (r621_10, r562_06), a window opened from the
notice's day ("即日起至…") under a heading naming one ended by its date (r563_07), and an activity's time opened so
("活动时间：即日起至…", r577_04, r625_05) as the window to take part. The sets r627-r634, collected in the round on themes
no earlier round took, measured them blind (r630 and r634 its final check): none of their 68 notices changed.
The first code review (34 invented cases) broke all three: exhibitions, campaigns, subsidies and discounts running;
entries closing before an activity ends; a benefit after a publicity's window; the notice's own date or a reference date
on its line. Part 2 took the activity rule back and narrowed the others (only a window's label is joined; an opened
window ends only where the refusal of late papers follows). The second review (35 more) broke both again: a joined label
became a heading or lost a deadline column's first date or the page's date, a 至 joined reference periods, and an opened
window took a bureau's review window or a validity closed by 逾期/过期. Part 3 took them back (the output is the start's).

What stays: the author's guards and every review case that reads right at the end, each row one case, its id saying what
it guards (r1-/r2-/r3-/p1-/p2-: the rule as a review probed it). Deadlines and apply_deadline are read by the fields'
review shape (review_reading): the deadline dates in ISO form, the apply_deadline one ISO date or none."""
import pytest

from round_helpers import review_expected, review_reading

GUARDS = [
    # the page's date on its line stays the page's, and a validity's end a validity's
    pytest.param("deadlines", "关于开展2026年度版权示范单位申报工作的通知", "发布日期：\n2026-04-10\n请于2026年5月8日前报送申报材料。",
                 "2026-04-10", ["2026-05-08"], id="guard-publication-date-on-its-line"),
    pytest.param("deadlines", "关于公布2026年度示范单位名单的通知", "有效期至\n2028年12月31日\n各单位要加强管理。",
                 "2026-04-10", [], id="guard-validity-end-on-its-line"),
    # an addressee line's colon ends its line: the date opens the next sentence, which says who acts by it
    pytest.param("deadlines", "关于做好有关工作的通知", "各学院、研究所：\n2026年3月17日前，各单位将申报汇总表报科研处。",
                 "2025-12-20", ["2026-03-17"], id="guard-addressee-colon-then-date"),
    # an activity with days of its own is held on them: no window closes
    pytest.param("deadlines", "关于举办2026年网络安全知识竞赛的通知", "二、活动时间\n2026年9月4日至2026年9月17日\n三、竞赛内容\n网络安全知识。",
                 "2026-08-20", [], id="guard-activity-days-of-its-own"),
    pytest.param("deadlines", "关于举办2026年全民健身展示活动的通知", "活动时间：2026年9月4日至9月6日，地点：市体育中心。",
                 "2026-08-20", [], id="guard-activity-dated-one-line"),
]


# The first code review's cases that read right at the end (29 of 34).
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
]

# The second code review's cases that read right at the end (22 of 35).
SECOND_REVIEW_GUARDS = [
    # two batches' closing dates, one per line under one label: both close windows
    pytest.param("deadlines", "关于组织申报2026年度市级工业互联网平台的通知",
                 "三、申报时间\n各批次申报截止时间：\n2026年5月20日\n2026年8月20日\n四、申报方式\n申报单位登录“苏企通”平台提交申报材料。\n联系人：王科长，电话：025-68788795",
                 "2026-04-20", ["2026-05-20", "2026-08-20"], id="r1-batch-dates-under-label"),
    # registration closes 6-1; the final's days (held) on the next line close nothing
    pytest.param("deadlines", "关于举办2026年“创客中国”大赛的通知",
                 "报名截止时间：\n2026年6月1日\n2026年6月20日至6月21日，在市会展中心进行决赛路演。",
                 "2026-05-10", ["2026-06-01"], id="r1-heading-shift-final-range"),
    # traditional script: the entrant's date is the registration close, not the final's last day
    pytest.param("apply_deadline", "關於舉辦2026年「創客中國」大賽的通知",
                 "報名截止時間：\n2026年6月1日\n2026年6月20日至6月21日，在市會展中心進行決賽路演。",
                 "2026-05-10", "2026-06-01", id="r1-heading-shift-final-range-trad"),
    # training days are attended, not a window; only the registration close
    pytest.param("deadlines", "关于举办2026年度中小企业数字化转型培训班的通知",
                 "报名截止时间：\n2026年6月1日\n2026年6月10日至6月12日，在市行政中心集中培训。",
                 "2026-05-20", ["2026-06-01"], id="r1-heading-shift-training-days"),
    # the date achievements are counted to is a reference date (an eligibility condition), not a deadline
    pytest.param("deadlines", "关于开展2026年度工程技术职称评审工作的通知",
                 "一、申报条件\n申报业绩截止时间：\n2026年3月31日\n二、申报时间\n请于2026年5月20日前提交申报材料。",
                 "2026-04-10", ["2026-05-20"], id="r1-label-achievements-reference"),
    # re-posted page: its own date (公示发布日期 on its line) sets the year of 5月14日; not next year's
    pytest.param("deadlines", "关于2026年度市级专精特新中小企业拟认定名单的公示",
                 "经企业申报、各区推荐、专家评审，现将拟认定名单予以公示。公示期为5月8日至5月14日。如有异议，请于公示期内向市工信局反映。\n苏州市工业和信息化局\n公示发布日期：\n2026年5月8日",
                 "2026-09-01", ["2026-05-14"], id="r1-publicity-page-date-label"),
    # the notice's own date on its line (申报通知发布时间) dates 5月20日 in 2026
    pytest.param("apply_deadline", "关于组织申报2026年度市级科技计划项目的通知",
                 "各有关单位：\n请于5月20日前将申报材料报送市科技局。\n苏州市科学技术局\n申报通知发布时间：\n2026年4月10日",
                 "2026-09-01", "2026-05-20", id="r1-call-page-date-label"),
    # a notice of 2025-10-20 re-posted in 2026: its 11月20日 is 2025's
    pytest.param("deadlines", "关于公开征集2027年市政府民生实事项目建议的公告",
                 "请于11月20日前通过市政府网站提交建议。\n苏州市人民政府办公室\n征集公告发布日期：\n2025年10月20日",
                 "2026-03-01", ["2025-11-20"], id="r1-collection-page-date-label"),
    # 截至 closing the line is no range: the statement's reference date, not a deadline
    pytest.param("deadlines", "关于组织申报2026年度市级专精特新中小企业的通知",
                 "申报企业须提供截至\n2026年3月31日的财务报表，请于2026年5月20日前提交。",
                 "2026-04-20", ["2026-05-20"], id="r1-zhi-jiezhi-financial-statement"),
    # a condition on the projects (completed in that period), broken at its 至
    pytest.param("deadlines", "关于组织申报2026年度技术改造补助的通知",
                 "申报的项目须在2025年1月1日至\n2026年3月31日完成竣工验收，请于2026年5月20日前提交申请。",
                 "2026-04-20", ["2026-05-20"], id="r1-zhi-projects-finished-period"),
    # the period the subsidised investment was made in, broken at its 至: a reference period
    pytest.param("deadlines", "关于组织申报2026年度研发费用补助的通知",
                 "2026年1月1日至\n2026年3月31日新增的研发投入可申请补助，请于2026年5月20日前提交申请。",
                 "2026-04-20", ["2026-05-20"], id="r1-zhi-new-investment-period"),
    # the districts' review window is no applicant's date; the firms apply by 5-20
    pytest.param("apply_deadline", "关于组织申报2026年度市级专精特新中小企业的通知",
                 "一、企业申报时间\n即日起至2026年5月20日\n二、各区审核报送时间\n即日起至2026年5月31日，逾期不候。",
                 "2026-04-20", "2026-05-20", id="r2-district-review-window-apply"),
    # 推荐报送 is the bureaus forwarding; the applicant's own date is 5-20
    pytest.param("apply_deadline", "关于组织推荐2026年度省级服务型制造示范企业的通知",
                 "一、企业申报\n符合条件的企业于2026年5月20日前向所在区工信局提交申报材料。\n二、推荐报送时间\n即日起至2026年5月31日，逾期不候。\n各区工信局审核后将推荐函报送市工信局。",
                 "2026-04-20", "2026-05-20", id="r2-forwarding-heading-apply"),
    # traditional script: the districts' review and recommendation window is not the firms'
    pytest.param("apply_deadline", "關於組織申報2026年度市級專精特新中小企業的通知",
                 "請申報企業於2026年5月20日前登錄系統提交申報材料。\n各區審核推薦報送時間\n即日起至2026年5月31日，逾期不候。",
                 "2026-04-20", "2026-05-20", id="r2-review-window-trad-apply"),
    # the line's first sentence names the publicity; the second is a voucher's validity, no window
    pytest.param("deadlines", "关于2026年度市级科技创新券发放名单的公示",
                 "公示期为2026年5月8日至5月14日。即日起至2026年12月31日，逾期未使用的创新券额度将自动清零。",
                 "2026-05-08", ["2026-05-14"], id="r2-publicity-then-voucher-validity"),
    # a recognition's validity (policy validity periods are excluded); 公示期 in the first sentence is past
    pytest.param("deadlines", "关于公布2026年度第一批市级服务型制造示范企业名单的通知",
                 "公示期满无异议，现予以公布。即日起至2028年12月31日，过期需重新申请认定。",
                 "2026-06-10", [], id="r2-recognition-validity-after-publicity"),
    # the service vouchers' validity in a later sentence is not the application window
    pytest.param("apply_deadline", "关于组织申报2026年度市级数字化转型项目的通知",
                 "一、申报时间\n申报截止时间为2026年5月31日。即日起至2026年12月31日，过期未使用的诊断服务券自动失效。",
                 "2026-04-28", "2026-05-31", id="r2-service-voucher-later-sentence-apply"),
    # registration opens 5-10 and closes when full: no end date
    pytest.param("deadlines", "关于举办2026年“智汇江苏”创新创业大赛的通知",
                 "报名时间：\n2026年5月10日起，额满为止。",
                 "2026-05-01", [], id="g-label-then-start-only"),
    # the system's opening (a window label by WINDOW_HEADING) is a start
    pytest.param("deadlines", "关于组织申报2026年度科技项目的通知",
                 "申报系统开放时间：\n2026年5月6日9:00\n申报截止时间：\n2026年5月31日17:00",
                 "2026-04-28", ["2026-05-31"], id="g-system-open-label"),
    # the period reported on, broken at its 至
    pytest.param("deadlines", "关于开展2026年度研发投入统计的通知",
                 "统计时段为2025年7月1日至\n2026年6月30日，请企业于2026年7月15日前登录系统填报。",
                 "2026-06-20", ["2026-07-15"], id="g-zhi-statistics-period"),
    # the fair's days under a heading naming sign-up, broken at 至: an event
    pytest.param("deadlines", "关于组织企业参加2026中国国际中小企业博览会的通知",
                 "一、报名参展\n展会时间：2026年9月18日至\n9月20日，地点：广州。\n请有意参展企业于2026年8月15日前报名。",
                 "2026-07-10", ["2026-08-15"], id="g-zhi-expo-days"),
    # a results list restating a past collection window
    pytest.param("deadlines", "关于公布2026年“书香苏州”征文活动获奖名单的通知",
                 "征集时间：\n2026年3月1日至3月31日\n共收到有效作品326件，经专家评审，现将获奖名单公布如下。",
                 "2026-05-10", [], id="g-past-window-results"),
]


@pytest.mark.parametrize("field, title, text, published, expected", GUARDS + REVIEW_GUARDS + SECOND_REVIEW_GUARDS)
def test_round_66_guards(field, title, text, published, expected):
    assert review_reading(field, title, text, published) == review_expected(expected)
