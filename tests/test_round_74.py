"""Round 74 of the blind-set method (README, "Extraction accuracy"), in ten parts and ten code reviews; no rule kept.

Taken back (deadlines, parts 1, 2, 6 and 10): a call's close read from its headline when its body states none. Two
labelled calls of the round's sets give their close only in the headline ("6月10日截止！云南省…开始申报", "国家级滑雪旅游
度假地认定开始 截止11月21日": r697_02, r697_04). Part 1 read the title with the body's own date reader: its review (t1-)
found 11 regressions (counts as of a day, conditions such as 前已投产, periods covered, an extension's replaced date).
Part 2 kept only dates the headline says close the call: the second review (t2-) found 20 (counts followed by a space or
a bracket, training sign-ups, second stages, closes already past, payments and reviews postponed, a title date beating
a bureau's forwarding date). Part 6 kept only 截止 right beside the date in a headline naming the application: the third
review (t3-) found 17 (reminders such as 企业年报…截止, coaching sign-ups, bookings, system registration, another
programme's close, fees). Part 10 also required the headline to say the call opens and to change no date: the fourth
review (t4-) found 20 (a tag or topic before a space, ｜ or ！ naming what closes, a launch meeting's sign-up, 延后 and
改为, years rolled over on late reposts). With no sentence around a headline's date, each review found new owners for it.

Taken back (kind, parts 3, 5, 8 and 9): a title naming a list still to be selected or applied for ("关于中国森林旅游系列
榜单遴选活动的公告", r697_05, labelled a call) read as no list announced. Parts 3, 5 and 8 skipped the list rule for such
titles: their reviews (l1-, l2-, l3-) found 8, 13 and 13 regressions (lists named by the act that made them, …遴选成果,
…评选活动获奖企业, news headlines, notices named after the activity they report, whose bodies retell 经企业申报、…推荐).
Part 9 left such titles to the body's request, as titles that only name a list are: the fourth review (l4-) found 13
(lists whose bodies ask their objectors, winners or listed firms for something by a date).

Taken back (kind, parts 4 and 7): a contest's or an exam's time or place told later (比赛时间：另行通知, r697_07, labelled
a call) read as no call coming later. The reviews (k1-, k2-) found 9 and 15 regressions (pre-notices whose own
application time is told later, cut from 申报 by a comma or a bracket; the application's own word inside the gap,
大赛报名时间另行通知; news of entries closed read as calls once the gate was lifted).

What stays: every review case that reads right at the end (the pipeline is the round's start's), each comment the
reviewer's reason; among them the 139 regressions the reviews found, which would catch those readings coming back.
"""
import pytest

from round_helpers import review_expected, review_reading

REVIEW_CASES = [
    # 截止 misused for 截至 in a news headline: an as-of count (截止6月底…已有), not the call's close
    pytest.param('apply_deadline', '截止6月底，全市已有1200余家企业完成专精特新申报 第三批申报仍在受理', '记者从市工信局获悉，今年以来，我市持续推进优质中小企业梯度培育工作，企业申报热情高涨。据介绍，第三批专精特新中小企业申报工作目前仍在进行中，符合条件的企业可登录“江苏省中小企业公共服务平台”提交申报材料。市工信局相关负责人表示，将加强对申报企业的辅导服务，帮助企业补齐短板。', '2025-07-08',
                 None, id='t1-n-asof-count-jiezhi'),
    # 截至8月31日…已发放: a count as of a day, not a window
    pytest.param('deadlines', '截至8月31日全市已发放稳岗返还资金2.3亿元 2025年稳岗返还继续受理申请', '为进一步减轻企业负担，支持企业稳定就业岗位，我市2025年失业保险稳岗返还政策继续实施。符合条件的企业无需申请，经大数据比对后直接发放；未纳入免申即享名单的企业可通过“江苏智慧人社”平台自主申请。企业可通过12333热线咨询有关政策。', '2025-09-05',
                 [], id='t1-n-asof-count-jiezhi-day'),
    # the range in the title is the period the reward covers, not the application window
    pytest.param('apply_deadline', '2025年1月1日至6月30日期间首次升规的工业企业奖励申报开始', '为鼓励小微工业企业做大做强，对今年上半年首次纳入规模以上工业统计的企业给予一次性奖励10万元。请符合条件的企业填写《首次升规企业奖励申请表》，连同营业执照复印件、统计部门证明材料报所在区工信部门。各区工信部门审核后汇总报市工信局。', '2025-08-12',
                 None, id='t1-n-support-period'),
    # a year the reward covers (…至12月31日期间新获评), not a window to act in
    pytest.param('deadlines', '对2025年1月1日至12月31日期间新获评国家级专精特新“小巨人”的企业给予奖励 申报通知', '为加快培育优质企业，对本年度内新获评国家级专精特新“小巨人”的企业给予一次性奖励50万元。请符合条件的企业按要求准备申报材料，经所在区工信部门审核后报市工信局。奖励资金在市级工业和信息化专项资金中列支。', '2025-06-20',
                 [], id='t1-n-support-period-future-end'),
    # 10月底前拨付 is the government paying out, not applicants acting
    pytest.param('apply_deadline', '资金将于10月底前拨付到位！2025年度中小企业数字化转型补贴开始申报', '为加快推进中小企业数字化转型，市工信局、市财政局决定开展2025年度中小企业数字化转型补贴申报工作。对完成数字化改造并通过验收的企业，按改造投入的20%给予补贴，最高不超过100万元。申报企业登录“苏企通”平台填报申报信息并上传相关附件。', '2025-08-18',
                 None, id='t1-n-funds-paid-by'),
    # …前注册的企业可报 is an eligibility condition
    pytest.param('apply_deadline', '2024年12月31日前注册的企业可报！2025年度高新技术企业培育库入库申报启动', '为壮大高新技术企业后备力量，现启动2025年度高新技术企业培育库入库申报工作。申报企业应为在本市注册、具有独立法人资格的科技型中小企业，研发投入占比不低于3%。申报企业通过“江苏省科技管理信息系统”在线提交申报材料，各区科技部门负责审核推荐。', '2025-04-10',
                 None, id='t1-n-eligibility-registered-before'),
    # 已投产 before a date is a condition on the project, not a window
    pytest.param('deadlines', '2025年6月30日前已投产项目可申报 技术改造综合奖补申报工作启动', '为推动工业企业加大技术改造投入，市工信局现启动2025年度技术改造综合奖补申报工作。申报项目设备投资额不低于500万元，且已完成竣工验收。请申报企业登录“企业服务综合平台”填报项目信息，各区工信部门负责审核。', '2025-07-16',
                 [], id='t1-n-eligibility-in-production-before'),
    # 9月20日 is the final's date (an event)
    pytest.param('apply_deadline', '9月20日决赛！第十届“创客中国”中小企业创新创业大赛报名开启', '第十届“创客中国”中小企业创新创业大赛正式启动，大赛设企业组和创客组。参赛企业和团队登录大赛官网在线报名，提交项目计划书。大赛将组织专家评审，优胜项目可获得投融资对接、展示推介等服务。', '2025-07-22',
                 None, id='t1-n-event-date'),
    # 6月1日起 opens the window
    pytest.param('apply_deadline', '6月1日起！2025年度企业研发费用后补助开始申报', '为鼓励企业加大研发投入，市科技局决定开展2025年度企业研发费用后补助申报工作。补助对象为上年度研发费用加计扣除额在100万元以上的企业。申报企业登录市科技项目管理服务平台在线申报，无需报送纸质材料。', '2025-05-28',
                 None, id='t1-n-opening-date-qi'),
    # the day the online system opens
    pytest.param('deadlines', '申报系统6月16日9:00开放 2025年度省级工业互联网平台遴选工作启动', '按照省工信厅统一部署，2025年度省级工业互联网平台遴选工作正式启动。申报单位应为在江苏省内注册的独立法人，平台连接设备数不少于1万台（套）。申报单位登录“江苏省工业和信息化厅网上办事大厅”填报，各设区市工信局负责初审推荐。', '2025-06-12',
                 [], id='t1-n-opening-system-opens'),
    # the date in brackets is the notice's own
    pytest.param('apply_deadline', '关于组织开展2025年度市级工程技术研究中心申报工作的通知（2025年5月20日）', '各区科技局，各有关单位：为加强企业研发载体建设，现组织开展2025年度市级工程技术研究中心申报工作。申报单位应具有较强的研发实力和稳定的研发团队。申报单位通过市科技项目管理系统在线填报，具体截止时间以系统通知为准。', '2025-05-22',
                 None, id='t1-n-pub-date-brackets'),
    # 5月8日印发 dates the forwarded document
    pytest.param('deadlines', '转发省工信厅5月8日印发的关于开展2025年度省级服务型制造示范遴选工作的通知', '各区工信局，各有关企业：现将省工信厅《关于开展2025年度省级服务型制造示范遴选工作的通知》转发给你们。请各区认真组织辖区内符合条件的企业、平台申报。申报材料按附件要求准备，具体安排另行通知。', '2025-05-15',
                 [], id='t1-n-doc-date-forwarded'),
    # the date sits inside a cited title 《…》: a plan's target
    pytest.param('apply_deadline', '关于落实《2025年9月30日前完成规上工业企业数字化诊断全覆盖工作方案》开展数字化转型项目申报的通知', '为落实工作方案要求，推动规上工业企业数字化转型，现开展数字化转型项目申报。申报项目应已完成数字化诊断，并制定切实可行的改造方案。申报企业登录“智改数转网联”服务平台填报，区工信部门做好审核把关。', '2025-06-25',
                 None, id='t1-n-cited-title-date'),
    # 7月10日 is the organisers' review
    pytest.param('deadlines', '7月10日组织专家评审 2025年度市级重点研发计划项目申报启动', '市科技局现组织2025年度市级重点研发计划项目申报，重点支持先进制造、生物医药、新一代信息技术等领域。项目申报单位应为本市注册的企业、高校院所。申报单位通过市科技项目管理系统在线提交申报书，评审安排另行通知。', '2025-06-06',
                 [], id='t1-n-review-date'),
    # the title's date is the one the extension replaces; the new one is still to be set
    pytest.param('apply_deadline', '关于2025年度省级先进制造业集群培育项目申报延期的通知（原定6月30日截止）', '各有关单位：因申报系统升级，经研究，2025年度省级先进制造业集群培育项目申报工作延期进行。已经提交的材料继续有效，尚未提交的单位请继续做好申报准备。新的申报截止时间另行通知，请各单位及时关注。', '2025-06-27',
                 None, id='t1-n-extension-old-date-only'),
    # 截至6月30日…已有 counts applications made so far; the headline sets no close
    pytest.param('apply_deadline', '截至6月30日全市已有1200余家企业完成专精特新申报 第三批申报仍在受理', '记者从市工信局获悉，今年以来我市优质中小企业梯度培育工作成效明显，企业申报热情高涨。据介绍，第三批专精特新中小企业申报工作目前仍在进行中，符合条件的企业可登录“江苏省中小企业公共服务平台”提交申报材料。市工信局相关负责人表示，将加强对申报企业的辅导服务，帮助企业补齐短板。', '2025-07-08',
                 None, id='t1-n-asof-count-applications'),
    # 9月30日前签约落地 is what a project must have done to qualify, not when to apply
    pytest.param('deadlines', '对9月30日前签约落地的项目给予奖励 2025年度招商引资奖励开始申报', '为进一步激发招商引资活力，市商务局决定开展2025年度招商引资奖励申报工作。对年内签约落地、实际到位外资不低于1000万美元的项目，按实际到位外资的1%给予奖励。请符合条件的企业向所在区商务部门提出申请，区商务部门审核后汇总报市商务局。', '2025-07-15',
                 [], id='t1-n-condition-signed-before'),
    # …前完成改造的企业可享补贴: a condition on who gets the subsidy
    pytest.param('apply_deadline', '10月31日前完成改造的企业可享补贴！2025年度智能化改造补贴申报启动', '为加快推进制造业智能化改造和数字化转型，市工信局现启动2025年度智能化改造补贴申报。完成改造并通过第三方验收的企业，按设备投资额的10%给予补贴，单个企业最高300万元。申报企业登录“智改数转网联”服务平台在线填报，并上传验收报告和设备发票。', '2025-08-05',
                 None, id='t1-n-condition-done-before'),
    # a date by which the funded works must be finished, not a window to apply in
    pytest.param('deadlines', '项目须于2025年12月31日前完工 2025年度老旧小区改造项目开始申报', '为推进城市更新行动，市住建局现组织2025年度老旧小区改造项目申报。申报项目应纳入年度城市更新计划，资金来源明确，具备当年开工条件。请各区住建部门组织辖区内符合条件的项目实施单位填报申报表，经区政府审核后报市住建局。', '2025-05-20',
                 [], id='t1-n-condition-complete-by'),
    # a reference date of an eligibility condition; the body's own 统计时间截至 is rightly left out
    pytest.param('apply_deadline', '截至2025年6月30日上年度营收超2000万元的企业可申报 规上企业培育奖励申报通知', '为鼓励小微企业上规模，现开展规上企业培育奖励申报工作。申报企业上年度营业收入应超过2000万元，统计时间截至2025年6月30日。申报企业登录“企业服务综合平台”在线填报，各区工信部门负责审核。', '2025-07-20',
                 None, id='t1-n-revenue-reference-date'),
    # the bracketed range is the quarter the subsidy covers
    pytest.param('deadlines', '2025年第三季度（7月1日至9月30日）企业用电补贴开始申报', '为降低企业用能成本，对第三季度内用电量同比增长的工业企业给予用电补贴。补贴标准为每千瓦时0.02元，单个企业最高不超过50万元。请符合条件的企业登录“企业服务综合平台”在线申报，并上传电费发票。', '2025-07-03',
                 [], id='t1-n-quarter-covered'),
    # the bracketed range is the award's statistics period
    pytest.param('apply_deadline', '关于开展2025年度（2024年7月1日—2025年6月30日）科技成果转化奖励申报的通知', '各有关单位：为促进科技成果转化，现开展2025年度科技成果转化奖励申报工作。奖励对象为统计期内实施技术转让、技术许可并完成技术合同登记的高校院所和企业。申报单位通过市科技项目管理系统在线提交申报材料，各区科技局负责审核推荐。', '2025-08-01',
                 None, id='t1-n-award-period-brackets'),
    # 活动时间 is the event's own span, not a registration window
    pytest.param('deadlines', '活动时间：9月1日-9月30日｜2025年度中小企业服务月活动报名', '为进一步优化中小企业发展环境，市中小企业服务中心组织开展2025年度中小企业服务月活动。活动期间将举办政策宣讲、融资对接、管理咨询等系列服务，欢迎广大中小企业报名参加。报名企业请登录市中小企业公共服务平台填写报名表。', '2025-08-25',
                 [], id='t1-n-activity-period'),
    # the date an extension replaces is no deadline; the new one is not yet set
    pytest.param('deadlines', '关于2025年度省级先进制造业集群培育项目申报延期的通知（原定6月30日截止）', '各有关单位：因申报系统升级，经研究，2025年度省级先进制造业集群培育项目申报工作延期进行。已经提交的材料继续有效，尚未提交的单位请继续做好申报准备。新的申报截止时间另行通知，请各单位及时关注。', '2025-06-27',
                 [], id='t1-n-extension-old-date-deadlines'),
    # 8月底前完成认定 is the organisers' own schedule
    pytest.param('deadlines', '8月底前完成认定｜2025年度瞪羚企业开始申报', '市科技局日前发布通知，启动2025年度瞪羚企业申报工作。申报企业须在本市注册登记，近三年营业收入年均增长率不低于20%。申报企业通过“科技项目管理系统”在线填报，各区科技主管部门负责初审推荐。', '2025-06-03',
                 [], id='t1-n-organisers-finish-by'),
    # 6月18日 is a coaching session's date
    pytest.param('apply_deadline', '6月18日线上辅导！2025年度高新技术企业认定申报启动', '根据省科技厅工作安排，2025年度高新技术企业认定申报工作正式启动。为帮助企业准确理解认定政策，市科技局将举办线上申报辅导，届时邀请专家解读认定标准和填报要点。申报企业登录“高新技术企业认定管理工作网”注册并填报申请材料。', '2025-06-09',
                 None, id='t1-n-coaching-date'),
    # the title restates the body's own close
    pytest.param('deadlines', '截止6月20日！2025年度市级企业技术中心认定开始申报', '各有关企业：为提升企业技术创新能力，现开展2025年度市级企业技术中心认定工作。申报企业应在本市依法设立，研发经费支出不低于500万元。请申报企业于2025年6月20日前登录市工信局网上办事平台提交申报材料，逾期不予受理。', '2025-06-02',
                 ['2025-06-20'], id='t1-n-body-states-same'),
    # the body states the applicants' dates: a stale title date is not added
    pytest.param('apply_deadline', '6月20日截止！2025年度市级工业设计中心认定申报', '各有关单位：现开展2025年度市级工业设计中心认定申报工作。申报单位于2025年6月25日前完成网上填报，6月30日前将纸质材料一式两份报送所在区工信局。各区工信局于7月5日前完成审核并推荐报送市工信局。', '2025-06-05',
                 '2025-06-30', id='t1-n-body-differs-wins'),
    # the body states the applicants' dates: the title's is not added to deadlines either
    pytest.param('deadlines', '6月20日截止！2025年度市级工业设计中心认定申报', '各有关单位：现开展2025年度市级工业设计中心认定申报工作。申报单位于2025年6月25日前完成网上填报，6月30日前将纸质材料一式两份报送所在区工信局。各区工信局于7月5日前完成审核并推荐报送市工信局。', '2025-06-05',
                 ['2025-06-25', '2025-06-30', '2025-07-05'], id='t1-n-body-differs-deadlines'),
    # 截止 misused for 截至 in an as-of count (traditional characters); a space after the date is not the end of a clause that closes the call
    pytest.param('apply_deadline', '截止6月30日 全市專精特新企業達1200家 第三批申報啟動', '记者日前从市工信局获悉，2025年度专精特新中小企业申报工作正式启动。本次申报重点支持深耕细分领域、创新能力强、成长性好的中小企业。市工信局相关负责人介绍，符合条件的企业可登录“江苏省中小企业公共服务平台”填报申报材料，各区工信部门将做好辅导服务。', '2025-07-08',
                 None, id='t2-n-asof-space-traditional'),
    # an as-of count before the notice's own date; the body's only date is the districts' forwarding date, which the guide makes the apply_deadline (the change replaces it with 5月31日)
    pytest.param('apply_deadline', '截止5月31日 全市高企数量突破5000家 2025年度高企认定申报启动', '各区科技局，各有关企业：为加快培育高新技术企业，现组织开展2025年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，研发费用占比符合认定办法要求，并登录“高新技术企业认定管理工作网”在线填报申请书。请各区科技局做好辅导和审核工作，于6月25日前将审核通过的企业材料汇总报送市科技局。', '2025-06-03',
                 '2025-06-25', id='t2-n-asof-space-over-bureau'),
    # （数据截止6月30日）: the date the evaluation's data run to, before the notice; the bracket closing is no close
    pytest.param('deadlines', '2025年度工业企业亩均效益评价申报启动（数据截止6月30日）', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度工业企业亩均效益评价申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“工业企业亩均效益评价管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-07-03',
                 [], id='t2-n-data-asof-brackets'),
    # …前提交申请的企业 names applicants of a past batch (a date before the notice), not a window
    pytest.param('deadlines', '6月30日前提交申请的企业无需重复提交 2025年度专精特新第二批申报开启', '记者从市工信局获悉，今年第一批专精特新中小企业申报工作已经结束，全市共有300余家企业提交申报材料。为让更多企业享受政策红利，市工信局将组织开展第二批申报。符合条件的企业可登录“江苏省中小企业公共服务平台”填报申报材料，各区工信部门将做好政策辅导。', '2025-07-10',
                 [], id='t2-n-prior-submissions'),
    # the first batch closed before the notice; the second batch's close is not given
    pytest.param('apply_deadline', '专精特新第一批申报6月10日截止后 第二批申报即将开启', '记者从市工信局获悉，今年第一批专精特新中小企业申报工作已经结束，全市共有300余家企业提交申报材料。为让更多企业享受政策红利，市工信局将组织开展第二批申报。符合条件的企业可登录“江苏省中小企业公共服务平台”填报申报材料，各区工信部门将做好政策辅导。', '2025-06-20',
                 None, id='t2-n-past-first-batch'),
    # a report after the close, dated after it: nothing can still be applied for (it is read as a call)
    pytest.param('apply_deadline', '6月10日截止 全市共受理高新技术企业认定申报326家', '记者从市科技局获悉，2025年度高新技术企业认定申报工作已于近日结束受理。今年申报企业数量较去年增长15%，其中首次申报企业占比超过四成。下一步，市科技局将会同财政、税务部门组织专家开展评审，并对申报企业进行现场核查。', '2025-06-15',
                 None, id='t2-n-news-after-close'),
    # 报名时间 of a coaching session inside the call is no application window; base reads the districts' date
    pytest.param('apply_deadline', '申报辅导会报名时间：6月5日-6月10日 2025年度高新技术企业认定申报启动', '各区科技局，各有关企业：为加快培育高新技术企业，现组织开展2025年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，研发费用占比符合认定办法要求，并登录“高新技术企业认定管理工作网”在线填报申请书。请各区科技局做好辅导和审核工作，于6月25日前将审核通过的企业材料汇总报送市科技局。', '2025-06-03',
                 '2025-06-25', id='t2-n-training-window-over-bureau'),
    # …前报名 signs up for a training, not the application
    pytest.param('apply_deadline', '6月10日前报名参加申报培训 2025年度高新技术企业认定申报启动', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“高新技术企业认定管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-06-03',
                 None, id='t2-n-training-signup-before'),
    # the 截止 belongs to a survey return, not to the call's applications
    pytest.param('apply_deadline', '企业经营情况调查问卷6月30日截止填报 2025年度高新技术企业认定申报启动', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“高新技术企业认定管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-06-03',
                 None, id='t2-n-survey-closes'),
    # acceptance of earlier projects (验收材料…前提交), not the new call's application
    pytest.param('apply_deadline', '2023年度立项项目验收材料6月30日前提交 2025年度科技项目申报同步启动', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度科技计划项目申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“科技计划项目管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-06-03',
                 None, id='t2-n-acceptance-materials'),
    # the government paying out the first batch (兑付), not a window for anyone to act in
    pytest.param('deadlines', '首批奖补资金兑付截止9月30日 2025年度第二批智能化改造补贴申报开始', '为加快推进制造业智能化改造和数字化转型，市工信局、市财政局决定开展2025年度第二批智能化改造补贴申报工作。对完成改造并通过第三方验收的企业，按设备投资额的10%给予补贴，单个企业最高300万元。申报企业登录“智改数转网联”服务平台在线填报，并上传验收报告和设备发票。', '2025-08-20',
                 [], id='t2-n-payment-closes'),
    # 延期至 extends a disbursement, not the applicants' close
    pytest.param('deadlines', '首批补贴资金拨付延期至9月30日 第二批智能化改造补贴申报开始', '为加快推进制造业智能化改造和数字化转型，市工信局、市财政局决定开展2025年度第二批智能化改造补贴申报工作。对完成改造并通过第三方验收的企业，按设备投资额的10%给予补贴，单个企业最高300万元。申报企业登录“智改数转网联”服务平台在线填报，并上传验收报告和设备发票。', '2025-08-03',
                 [], id='t2-n-payment-postponed'),
    # a follow-up step for shortlisted applicants (guide: set aside); base reads the districts' forwarding date
    pytest.param('apply_deadline', '入围企业7月15日前提交答辩材料 2025年度高新技术企业认定申报启动', '各区科技局，各有关企业：为加快培育高新技术企业，现组织开展2025年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，研发费用占比符合认定办法要求，并登录“高新技术企业认定管理工作网”在线填报申请书。请各区科技局做好辅导和审核工作，于6月25日前将审核通过的企业材料汇总报送市科技局。', '2025-06-03',
                 '2025-06-25', id='t2-n-second-stage-over-bureau'),
    # 推迟至 moves the organisers' review, not the applicants' close
    pytest.param('apply_deadline', '专家评审推迟至7月15日 2025年度高新技术企业认定申报系统继续开放', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“高新技术企业认定管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-06-28',
                 None, id='t2-n-review-postponed'),
    # 顺延至 moves an on-site check (an event), not a window
    pytest.param('deadlines', '受台风影响现场核查顺延至7月20日 2025年度瞪羚企业申报继续受理', '市科技局日前发布通知，启动2025年度瞪羚企业申报工作。申报企业须在本市注册登记，近三年营业收入年均增长率不低于20%，研发投入强度不低于3%。申报企业通过“科技项目管理系统”在线填报，各区科技主管部门负责初审推荐。', '2025-07-10',
                 [], id='t2-n-site-check-postponed'),
    # a policy's validity extended (guide: validity periods are no deadline)
    pytest.param('deadlines', '稳岗返还政策延长至2025年12月31日 2025年度稳岗返还申报启动', '为进一步减轻企业负担，支持企业稳定就业岗位，市人社局现启动2025年度失业保险稳岗返还申请工作。申请企业应在本市依法参加失业保险并足额缴费，上年度未裁员或裁员率不高于全国城镇调查失业率控制目标。符合条件的企业登录“江苏智慧人社”平台提交申请，并上传参保缴费证明等材料。', '2025-06-03',
                 [], id='t2-n-policy-extended'),
    # 原计划 is a replaced date like 原定; the new one is still to be set
    pytest.param('deadlines', '原计划6月30日截止的高企认定申报延期 新的截止时间另行通知', '各有关单位：因申报系统升级维护，经研究，2025年度高新技术企业认定申报工作相应延期。已经提交的申报材料继续有效，尚未提交的企业请继续做好申报准备。新的申报截止时间另行通知，请各单位及时关注市科技局网站。', '2025-06-28',
                 [], id='t2-n-replaced-planned'),
    # 原截止日期 names the replaced close (原 before 截止日期, not right before the date)
    pytest.param('deadlines', '关于2025年度高新技术企业认定申报延期的通知（原截止日期6月30日）', '各有关单位：因申报系统升级维护，经研究，2025年度高新技术企业认定申报工作相应延期。已经提交的申报材料继续有效，尚未提交的企业请继续做好申报准备。新的申报截止时间另行通知，请各单位及时关注市科技局网站。', '2025-06-28',
                 [], id='t2-n-replaced-old-field'),
    # 原定于: the 于 hides 原定 from TITLE_REPLACED_BEFORE
    pytest.param('deadlines', '原定于6月30日截止的高企认定申报延期 具体时间另行通知', '各有关单位：因申报系统升级维护，经研究，2025年度高新技术企业认定申报工作相应延期。已经提交的申报材料继续有效，尚未提交的企业请继续做好申报准备。新的申报截止时间另行通知，请各单位及时关注市科技局网站。', '2025-06-28',
                 [], id='t2-n-replaced-planned-on'),
    # an objection window of an earlier list: a window, not the applicants' close (role kept apart)
    pytest.param('apply_deadline', '异议期6月10日截止 2025年度第二批高新技术企业认定申报启动', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“高新技术企业认定管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-06-03',
                 None, id='t2-n-objection-window'),
    # an as-of count under an exclamation mark
    pytest.param('apply_deadline', '截止6月底！我市专精特新企业突破1200家，第三批申报启动', '记者日前从市工信局获悉，2025年度专精特新中小企业申报工作正式启动。本次申报重点支持深耕细分领域、创新能力强、成长性好的中小企业。市工信局相关负责人介绍，符合条件的企业可登录“江苏省中小企业公共服务平台”填报申报材料，各区工信部门将做好辅导服务。', '2025-07-08',
                 None, id='t2-n-asof-exclaimed'),
    # the 截止 of a statistics return, not the call's
    pytest.param('deadlines', '2025年度高新技术企业认定申报启动 上年度统计报表6月20日截止', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“高新技术企业认定管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-06-03',
                 [], id='t2-n-statistics-return'),
    # an eligibility reference date in brackets
    pytest.param('apply_deadline', '2025年度创新型中小企业评价开始（注册时间截止2024年12月31日）', '为深入实施创新驱动发展战略，加快培育科技型企业，市科技局决定组织开展本年度创新型中小企业评价申报工作。申报企业须在本市注册成立一年以上，近一年销售收入不低于500万元，研发费用占比符合认定办法要求。申报企业登录“创新型中小企业评价管理工作网”完成注册，并在线填报申请书，同时将纸质材料报送所在区科技局。', '2025-06-03',
                 None, id='t2-n-registered-asof'),
    # a reminder of a close already past when the notice is dated; the new batch's close is not given
    pytest.param('apply_deadline', '6月10日截止的专精特新申报你报了吗？第二批申报即将开启', '记者从市工信局获悉，今年第一批专精特新中小企业申报工作已经结束，全市共有300余家企业提交申报材料。为让更多企业享受政策红利，市工信局将组织开展第二批申报。符合条件的企业可登录“江苏省中小企业公共服务平台”填报申报材料，各区工信部门将做好政策辅导。', '2025-06-20',
                 None, id='t2-n-reminder-past-close'),
    # control: a dateless headline leaves the guide's forwarding-date ruling as it was
    pytest.param('apply_deadline', '2025年度高新技术企业认定申报启动', '各区科技局，各有关企业：为加快培育高新技术企业，现组织开展2025年度高新技术企业认定申报工作。申报企业须在本市注册成立一年以上，研发费用占比符合认定办法要求，并登录“高新技术企业认定管理工作网”在线填报申请书。请各区科技局做好辅导和审核工作，于6月25日前将审核通过的企业材料汇总报送市科技局。', '2025-06-03',
                 '2025-06-25', id='t2-n-bureau-date-plain-title'),
    # 去年6月30日截止 recalls last year's close (a hook); the year-less date resolves to this year, after the page date, and is taken as this call's close
    pytest.param('apply_deadline', '去年6月30日截止！今年高新技术企业认定申报已经开始', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。', '2025-05-20',
                 None, id='t3-n-last-year-close'),
    # the headline denies the old close (别再以为…截止): the call is postponed, its new close 另行通知
    pytest.param('deadlines', '别再以为6月30日截止！高企认定申报延期了', '各有关企业：接上级通知，因申报系统升级改造，2025年度高新技术企业认定申报工作延期进行，新的截止时间待系统升级完成后另行通知。已提交申报材料的企业无需重复提交，尚未提交的企业请抓紧准备申报材料。申报企业登录“高新技术企业认定管理工作网”在线填报，如有疑问请咨询市科技局高新技术处。', '2025-06-20',
                 [], id='t3-n-ext-not-again'),
    # 此前定于…截止 names the replaced close like 原定 does; TITLE_REPLACED_BEFORE only knows 原
    pytest.param('deadlines', '高企认定申报延期！此前定于6月30日截止', '各有关企业：接上级通知，因申报系统升级改造，2025年度高新技术企业认定申报工作延期进行，新的截止时间待系统升级完成后另行通知。已提交申报材料的企业无需重复提交，尚未提交的企业请抓紧准备申报材料。申报企业登录“高新技术企业认定管理工作网”在线填报，如有疑问请咨询市科技局高新技术处。', '2025-06-20',
                 [], id='t3-n-ext-earlier-close'),
    # 截止！？ asks whether it closes then (the answer: postponed, new close 另行通知); ！ inside ！？ passes TITLE_CLOSE_AFTER
    pytest.param('deadlines', '高企认定申报6月30日截止！？官方回应：将适当延期', '近日，不少企业咨询2025年度高新技术企业认定申报截止时间问题。市科技局有关负责人表示，考虑到申报系统升级等因素，申报时间将适当延长，新的截止时间另行通知。尚未完成申报的企业可继续登录“高新技术企业认定管理工作网”填报申报材料。', '2025-06-25',
                 [], id='t3-n-ext-exclaim-question'),
    # the yearly 企业年报 filing closes 6月30日 (a reminder beside the call); the call's own close is not given
    pytest.param('apply_deadline', '企业年报6月30日截止！2025年度高新技术企业认定申报同步开启', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。四、温馨提示：2024年度企业年度报告报送工作正在进行，个人所得税综合所得年度汇算也已进入最后阶段，请各企业及相关人员合理安排时间，依法按时完成报送和汇算。', '2025-06-05',
                 None, id='t3-n-annual-report'),
    # the individual income tax settlement's close, a reminder, not the call's
    pytest.param('apply_deadline', '个税汇算6月30日截止！2025年度高新技术企业认定申报同步开启', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。四、温馨提示：2024年度企业年度报告报送工作正在进行，个人所得税综合所得年度汇算也已进入最后阶段，请各企业及相关人员合理安排时间，依法按时完成报送和汇算。', '2025-06-05',
                 None, id='t3-n-tax-settlement'),
    # the same in traditional characters (converted before extraction): the annual-report close, not the call's
    pytest.param('apply_deadline', '企業年報6月30日截止！2025年度高新技術企業認定申報同步開啟', '為加快培育高新技術企業，推動企業創新發展，現將2025年度高新技術企業認定申報工作有關事項通知如下。一、申報條件：在本市註冊成立一年以上的居民企業，擁有核心自主知識產權，研發費用佔比符合認定辦法要求。二、申報方式：企業登錄「高新技術企業認定管理工作網」進行註冊，在線填報申報材料，並按要求上傳相關附件。三、其他要求：申報企業對所提交材料的真實性負責，凡弄虛作假的，一經查實取消申報資格。四、溫馨提示：2024年度企業年度報告報送工作正在進行，請各企業登錄國家企業信用信息公示系統依法按時報送。', '2025-06-05',
                 None, id='t3-n-trad-annual-report'),
    # a coaching class's sign-up closes (报名…截止！, the 截止 form the earlier review's training cases lacked); TITLE_NAMES_APPLICATION is met by 报名/申报 of anything
    pytest.param('apply_deadline', '申报辅导班报名6月10日截止！2025年度高新技术企业认定申报启动', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。四、申报辅导：为帮助企业准确把握申报要求，市科技局将举办申报辅导班，并组织服务机构为有需要的企业提供上门辅导，有意参加辅导或预约上门服务的企业请扫描文末二维码登记。', '2025-06-05',
                 None, id='t3-n-coaching-signup'),
    # booking an on-site coaching visit closes, not the application
    pytest.param('apply_deadline', '上门辅导预约6月20日截止！2025年度高新技术企业认定申报启动', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。四、申报辅导：为帮助企业准确把握申报要求，市科技局将举办申报辅导班，并组织服务机构为有需要的企业提供上门辅导，有意参加辅导或预约上门服务的企业请扫描文末二维码登记。', '2025-06-05',
                 None, id='t3-n-onsite-booking'),
    # the account registration step closes first; the date materials must be submitted by is not given
    pytest.param('apply_deadline', '系统注册6月20日截止！2025年度高新技术企业认定申报启动', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。', '2025-06-05',
                 None, id='t3-n-system-registration'),
    # an as-of count (截止 for 截至) dated the day of the report: not before the page date, so the filter keeps it
    pytest.param('apply_deadline', '截止6月30日！全市高新技术企业认定申报企业突破1200家', '记者从市科技局获悉，2025年度高新技术企业认定申报工作启动以来，企业申报积极性持续高涨，全市申报企业已突破1200家，较去年同期增长15%。市科技局有关负责人介绍，今年申报企业中，电子信息、高端装备制造领域企业占比超过六成。目前申报工作仍在进行中，尚未申报的企业可登录“高新技术企业认定管理工作网”在线填报申报材料。', '2025-06-30',
                 None, id='t3-n-asof-same-day'),
    # 数据截止 on the report's own day, ending the headline without brackets: the data's as-of date
    pytest.param('deadlines', '全市高新技术企业认定申报企业突破1200家 数据截止6月30日', '记者从市科技局获悉，2025年度高新技术企业认定申报工作启动以来，企业申报积极性持续高涨，全市申报企业已突破1200家，较去年同期增长15%。市科技局有关负责人介绍，今年申报企业中，电子信息、高端装备制造领域企业占比超过六成。目前申报工作仍在进行中，尚未申报的企业可登录“高新技术企业认定管理工作网”在线填报申报材料。', '2025-06-30',
                 [], id='t3-n-data-asof-same-day'),
    # the headline's close is another programme's (省级专精特新); the body's call (高企) states none
    pytest.param('apply_deadline', '省级专精特新6月20日截止！高新技术企业认定申报同步启动', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。', '2025-06-05',
                 None, id='t3-n-other-programme'),
    # a late repost: 4月 is over two months before the page's 8月, so the year rolls over and the change reads 2026-04-30 for a 2025年度 call that closed on 2025-04-30
    pytest.param('apply_deadline', '2025年度高新技术企业认定申报启动 截止4月30日', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。', '2025-08-12',
                 None, id='t3-n-late-repost-rollover'),
    # an early-bird fee ends, not the exhibitors' registration
    pytest.param('apply_deadline', '早鸟价6月20日截止！2025中国国际中小企业博览会江苏展区参展企业征集', '2025中国国际中小企业博览会将在广州举办，江苏展区面向全省中小企业征集参展企业。参展企业应为在江苏省内注册的中小企业，产品具有较强创新性和市场竞争力。有意参展的企业请扫描下方二维码填写报名表，组委会将根据报名情况统筹安排展位。展位费按标准展位收取，提前缴费可享受优惠价格。', '2025-06-02',
                 None, id='t3-n-early-bird'),
    # payment of a seminar's fee closes (read as a call only through 报名); not a sign-up close either
    pytest.param('apply_deadline', '缴费6月20日截止！2025年度中小企业经营管理人才研修班报名', '为提升中小企业经营管理水平，市工信局联合南京大学举办2025年度中小企业经营管理人才研修班。研修班面向全市中小企业董事长、总经理，名额60人。有意参加的学员请填写报名表并发送至指定邮箱，报名成功后按通知缴纳培训费用。', '2025-06-05',
                 None, id='t3-n-seminar-fee'),
    # guard: a close put as a question, answered by an extension
    pytest.param('apply_deadline', '高企认定申报6月30日截止？官方回应：申报时间延长', '为加快培育高新技术企业，推动企业创新发展，现将2025年度高新技术企业认定申报工作有关事项通知如下。一、申报条件：在本市注册成立一年以上的居民企业，拥有核心自主知识产权，研发费用占比符合认定办法要求。二、申报方式：企业登录“高新技术企业认定管理工作网”进行注册，在线填报申报材料，并按要求上传相关附件。三、其他要求：申报企业对所提交材料的真实性负责，凡弄虚作假的，一经查实取消申报资格。', '2025-06-20',
                 None, id='t3-n-question-mark'),
    # guard: 建设期截止 is the funded project's building period, a condition
    pytest.param('apply_deadline', '2025年度工业企业技术改造项目开始申报 项目建设期截止12月31日', '为推动工业企业加大技术改造投入，市工信局现组织开展2025年度工业企业技术改造项目申报工作。申报项目应为在本市实施、设备投资额不低于500万元的技术改造项目，项目须按计划完成建设并投产。申报企业登录“企业服务综合平台”填报项目信息，上传项目备案证、设备购置发票等材料。市工信局将组织专家对申报项目进行评审，择优给予资金支持。', '2025-06-05',
                 None, id='t3-n-build-period'),
    # guard: loans issued by then qualify; not the window to apply
    pytest.param('apply_deadline', '设备更新贷款贴息申请开始受理 贷款发放截止12月31日', '为推动大规模设备更新，对符合条件的工业企业设备更新贷款给予财政贴息，贴息比例为1个百分点。申请贴息的企业应已与合作银行签订贷款合同，贷款用于购置生产设备。企业登录“苏企通”平台提交贴息申请，上传贷款合同、付息凭证等材料，区工信部门会同财政部门审核后拨付贴息资金。', '2025-06-05',
                 None, id='t3-n-loan-issued'),
    # guard: the free-use period of a voucher ends, not its application window
    pytest.param('apply_deadline', '免费使用截止12月31日！中小企业“上云服务券”开始申领', '为加快中小企业数字化转型，市工信局面向全市中小企业发放“上云服务券”，企业可使用服务券购买入围服务商提供的云服务。申领企业应为在本市注册的中小企业，每家企业限领一张，服务券面额为5000元。企业登录“苏企通”平台在线申领，服务券领取后在平台服务商目录中选择服务使用。', '2025-06-05',
                 None, id='t3-n-free-use'),
    # guard: sign-up closed early because places ran out; nothing left to apply for
    pytest.param('apply_deadline', '名额已满！6月10日截止｜2025年度中小企业数字化转型诊断服务报名', '2025年度中小企业数字化转型诊断服务报名工作开展以来，企业参与热情高涨。因报名企业数量已达年度服务上限，本年度诊断服务报名于今日截止，请未报名的企业关注后续批次安排。已报名企业请保持电话畅通，服务机构将陆续与企业对接，开展上门诊断服务。', '2025-06-10',
                 None, id='t3-n-quota-full-today'),
    # traditional characters, converted before extraction: a coaching class's sign-up close, not the call's
    pytest.param('apply_deadline', '申報輔導班報名6月10日截止！2025年度高新技術企業認定申報啟動', '為加快培育高新技術企業，推動企業創新發展，現將2025年度高新技術企業認定申報工作有關事項通知如下。一、申報條件：在本市註冊成立一年以上的居民企業，擁有核心自主知識產權，研發費用佔比符合認定辦法要求。二、申報方式：企業登錄「高新技術企業認定管理工作網」進行註冊，在線填報申報材料，並按要求上傳相關附件。三、其他要求：申報企業對所提交材料的真實性負責，凡弄虛作假的，一經查實取消申報資格。', '2025-06-05',
                 None, id='t3-n-trad-coaching-signup'),
    # the date closes 省级专精特新, named before it and cut off only by a space; the design-centre call states no close
    pytest.param('apply_deadline', '省级专精特新 6月20日截止！2025年度市级工业设计中心认定申报启动', '为推动工业设计与制造业深度融合，现组织开展2025年度市级工业设计中心认定工作，有关事项通知如下。一、申报条件：在本市注册、具有独立法人资格的制造企业或工业设计企业，设立专门的工业设计部门，拥有一定数量的专职设计人员。二、申报方式：申报单位登录市工信局网站下载申报书，按要求填写后在线提交，并将加盖公章的纸质材料报送所在区工信部门。三、工作要求：各区工信部门要认真组织，严格审核把关，确保申报材料真实准确。四、其他事项：省级专精特新中小企业申报工作同步进行，符合条件的企业可同时关注省工信厅相关通知，两项申报互不影响。', '2025-06-05',
                 None, id='t4-n-space-other-programme'),
    # traditional characters: the date closes the 綠色工廠 recommendation, a space before it; the call states no close
    pytest.param('apply_deadline', '省級綠色工廠 6月20日截止！2025年度市級工業設計中心認定申報啟動', '為推動工業設計與製造業深度融合，現組織開展2025年度市級工業設計中心認定工作，有關事項通知如下。一、申報條件：在本市註冊、具有獨立法人資格的製造企業或工業設計企業，設立專門的工業設計部門，擁有一定數量的專職設計人員。二、申報方式：申報單位登錄市工信局網站下載申報書，按要求填寫後在線提交，並將加蓋公章的紙質材料報送所在區工信部門。三、工作要求：各區工信部門要認真組織，嚴格審核把關，確保申報材料真實準確。四、其他事項：省級綠色工廠推薦工作同步進行，有意申報的企業請關注省工信廳相關通知，按要求另行提交材料。', '2025-06-05',
                 None, id='t4-n-trad-space-other-programme'),
    # a topic tag 企业年报｜ names what closes 6月30日 (the annual report), not the smart-factory call
    pytest.param('apply_deadline', '企业年报｜6月30日截止！2025年度市级智能制造示范工厂认定开始申报', '为加快推进智能制造发展，市工信局决定组织开展2025年度市级智能制造示范工厂认定工作。申报企业应为在本市注册的规模以上工业企业，已开展数字化、网络化、智能化改造，具备较好的智能制造基础。申报企业登录“市工业和信息化服务平台”在线填报申报书，并上传相关佐证材料，由所在区工信部门审核后推荐。温馨提示：2024年度企业年度报告报送工作正在进行，请各企业登录国家企业信用信息公示系统依法按时报送。', '2025-06-05',
                 None, id='t4-n-bar-annual-report'),
    # traditional: 企業年報｜ tags the date as the annual report's; the call states no date
    pytest.param('deadlines', '企業年報｜6月30日截止！2025年度市級智能製造示範工廠認定開始申報', '為加快推進智能製造發展，市工信局決定組織開展2025年度市級智能製造示範工廠認定工作。申報企業應為在本市註冊的規模以上工業企業，已開展數字化、網絡化、智能化改造，具備較好的智能製造基礎。申報企業登錄「市工業和信息化服務平台」在線填報申報書，並上傳相關佐證材料，由所在區工信部門審核後推薦。溫馨提示：2024年度企業年度報告報送工作正在進行，請各企業登錄國家企業信用信息公示系統依法按時報送。', '2025-06-05',
                 [], id='t4-n-trad-bar-annual-report'),
    # 【个税汇算】 says whose close 6月30日 is (the tax settlement); only the publicity window is this call's
    pytest.param('deadlines', '【个税汇算】6月30日截止！2025年度市级工业设计中心认定开始申报', '为推动工业设计与制造业深度融合，现组织开展2025年度市级工业设计中心认定工作，有关事项通知如下。一、申报条件：在本市注册、具有独立法人资格的制造企业或工业设计企业，设立专门的工业设计部门，拥有一定数量的专职设计人员。二、申报方式：申报单位登录市工信局网站下载申报书，按要求填写后在线提交，并将加盖公章的纸质材料报送所在区工信部门。三、工作要求：各区工信部门要认真组织，严格审核把关，确保申报材料真实准确。四、结果公示：市工信局组织专家评审后，拟认定名单将在市工信局网站公示，公示期为7月10日至7月16日。五、温馨提示：个人所得税综合所得年度汇算已进入最后阶段，请企业提醒员工依法按时办理。', '2025-06-05',
                 ['2025-07-16'], id='t4-n-bracket-tax-settlement'),
    # the first exclaimed part names the statistics return; the date after the second ！ is its close
    pytest.param('apply_deadline', '统计年报！6月20日截止！2025年度市级工业设计中心认定开始申报', '为推动工业设计与制造业深度融合，现组织开展2025年度市级工业设计中心认定工作，有关事项通知如下。一、申报条件：在本市注册、具有独立法人资格的制造企业或工业设计企业，设立专门的工业设计部门，拥有一定数量的专职设计人员。二、申报方式：申报单位登录市工信局网站下载申报书，按要求填写后在线提交，并将加盖公章的纸质材料报送所在区工信部门。三、工作要求：各区工信部门要认真组织，严格审核把关，确保申报材料真实准确。四、温馨提示：规模以上工业企业统计年报填报工作正在进行，请相关企业按统计部门要求及时、准确填报。', '2025-06-05',
                 None, id='t4-n-exclaim-statistics'),
    # the part the date opens goes on to name what closes (企业年报); the call is the second part
    pytest.param('apply_deadline', '6月30日截止！企业年报抓紧报送｜2025年度市级智能制造示范工厂认定开始申报', '为加快推进智能制造发展，市工信局决定组织开展2025年度市级智能制造示范工厂认定工作。申报企业应为在本市注册的规模以上工业企业，已开展数字化、网络化、智能化改造，具备较好的智能制造基础。申报企业登录“市工业和信息化服务平台”在线填报申报书，并上传相关佐证材料，由所在区工信部门审核后推荐。温馨提示：2024年度企业年度报告报送工作正在进行，请各企业登录国家企业信用信息公示系统依法按时报送。', '2025-06-05',
                 None, id='t4-n-date-then-topic'),
    # the sign-up closing is the coaching class's, cut from 申报辅导班 only by a space
    pytest.param('deadlines', '申报辅导班 报名6月10日截止！2025年度市级工业设计中心认定申报启动', '为推动工业设计与制造业深度融合，现组织开展2025年度市级工业设计中心认定工作，有关事项通知如下。一、申报条件：在本市注册、具有独立法人资格的制造企业或工业设计企业，设立专门的工业设计部门，拥有一定数量的专职设计人员。二、申报方式：申报单位登录市工信局网站下载申报书，按要求填写后在线提交，并将加盖公章的纸质材料报送所在区工信部门。三、工作要求：各区工信部门要认真组织，严格审核把关，确保申报材料真实准确。四、申报辅导：为帮助企业准确把握申报要求，市工信局将举办工业设计中心申报辅导班，有意参加的企业请扫描文末二维码报名，名额有限，额满为止。', '2025-06-05',
                 [], id='t4-n-space-coaching-signup'),
    # 截止6月20日 is 专精特新's (named just before, after a space); the design-centre call gives no close
    pytest.param('apply_deadline', '2025年度市级工业设计中心认定申报启动 专精特新 申报截止6月20日', '为推动工业设计与制造业深度融合，现组织开展2025年度市级工业设计中心认定工作，有关事项通知如下。一、申报条件：在本市注册、具有独立法人资格的制造企业或工业设计企业，设立专门的工业设计部门，拥有一定数量的专职设计人员。二、申报方式：申报单位登录市工信局网站下载申报书，按要求填写后在线提交，并将加盖公章的纸质材料报送所在区工信部门。三、工作要求：各区工信部门要认真组织，严格审核把关，确保申报材料真实准确。四、其他事项：省级专精特新中小企业申报工作同步进行，符合条件的企业可同时关注省工信厅相关通知，两项申报互不影响。', '2025-06-05',
                 None, id='t4-n-space-other-close-before'),
    # 6月20日截止 at the end belongs to 企业技术中心, which the body says is organised separately
    pytest.param('apply_deadline', '2025年度市级工业设计中心认定申报启动 企业技术中心 6月20日截止', '为推动工业设计与制造业深度融合，现组织开展2025年度市级工业设计中心认定工作，有关事项通知如下。一、申报条件：在本市注册、具有独立法人资格的制造企业或工业设计企业，设立专门的工业设计部门，拥有一定数量的专职设计人员。二、申报方式：申报单位登录市工信局网站下载申报书，按要求填写后在线提交，并将加盖公章的纸质材料报送所在区工信部门。三、工作要求：各区工信部门要认真组织，严格审核把关，确保申报材料真实准确。四、其他事项：市级企业技术中心认定工作另行组织，有意申报的企业请关注市发展改革委相关通知。', '2025-06-05',
                 None, id='t4-n-space-other-close-after'),
    # 截止9月30日 ends the first batch's payout (首批兑付), not the second batch's applications
    pytest.param('deadlines', '2025年度第二批智能化改造补贴开始申报 首批兑付 截止9月30日', '根据《市智能化改造数字化转型专项资金管理办法》，现组织开展2025年度第二批智能化改造补贴申报工作。申报项目应为在本市实施、已完成竣工验收的智能化改造项目，设备投资额不低于500万元。首批补贴资金正在按程序拨付，已列入首批名单的项目不得重复申报。申报单位登录专项资金管理系统在线填报，并将纸质材料报送所在区工信部门。', '2025-08-20',
                 [], id='t4-n-space-payment-close'),
    # 申报启动会 is a meeting: 报名截止 closes the meeting's sign-up, no application (event, apply_deadline null)
    pytest.param('apply_deadline', '2025年度市级工业设计中心认定申报启动会 报名截止6月10日', '为帮助企业准确把握2025年度市级工业设计中心认定政策，市工信局定于6月12日下午在市民中心三楼报告厅召开认定申报启动会。会议将解读工业设计中心认定办法，介绍申报条件、申报流程和评审标准，并现场答疑。请有意参会的企业扫描下方二维码报名，每家企业限报2人，名额有限，额满为止。', '2025-06-05',
                 None, id='t4-n-kickoff-meeting-signup'),
    # a late repost: the body puts results in 2025年5月, so the close was 2025-04-15, past; rolled to 2026-04-15 (177 days)
    pytest.param('apply_deadline', '4月15日截止！2025年度市级工业设计中心认定申报开始', '为推动工业设计与制造业深度融合，现组织开展2025年度市级工业设计中心认定工作，有关事项通知如下。一、申报条件：在本市注册、具有独立法人资格的制造企业或工业设计企业，设立专门的工业设计部门，拥有一定数量的专职设计人员。二、申报方式：申报单位登录市工信局网站下载申报书，按要求填写后在线提交，并将加盖公章的纸质材料报送所在区工信部门。三、工作要求：各区工信部门要认真组织，严格审核把关，确保申报材料真实准确。市工信局将组织专家评审，认定结果预计于2025年5月在市工信局网站公布。', '2025-10-20',
                 None, id='t4-n-repost-rollover-april'),
    # the same on a November page (work done 上半年): 2025年度's May close becomes 2026-05-10 (176 days)
    pytest.param('deadlines', '2025年度首台（套）重大装备认定申报启动 5月10日截止', '为推进首台（套）重大装备推广应用，市工信局组织开展2025年度首台（套）重大装备认定申报工作。申报产品应为在本市注册企业研制、具有自主知识产权、技术水平国内领先的装备产品。申报企业登录市工信局网站下载申报书，按要求填写后在线提交，并将纸质材料报送所在区工信部门。各区工信部门要认真审核，择优推荐。本年度认定工作计划于上半年全部完成，获认定产品纳入本年度首台（套）重大装备推广应用指导目录。', '2025-11-15',
                 [], id='t4-n-repost-rollover-may'),
    # 延后: the 6月30日 close is being moved (new date to follow); the title's date is the replaced one
    pytest.param('deadlines', '截止6月30日！市级工业设计中心认定开始申报 截止时间将延后', '各有关企业：因申报系统升级改造，2025年度市级工业设计中心认定申报截止时间将适当延后，具体时间另行通知。已提交申报材料的企业无需重复提交，尚未提交的企业请抓紧准备。申报单位登录市工信局网站在线提交申报书，并将纸质材料报送所在区工信部门。', '2025-06-25',
                 [], id='t4-n-postponed-yanhou'),
    # 推后 is a change of date as 推迟 is: 6月30日 no longer closes the call
    pytest.param('apply_deadline', '市级工业设计中心认定开始申报 截止6月30日！现截止时间推后 具体另行通知', '各有关企业：因申报系统升级改造，2025年度市级工业设计中心认定申报截止时间将适当延后，具体时间另行通知。已提交申报材料的企业无需重复提交，尚未提交的企业请抓紧准备。申报单位登录市工信局网站在线提交申报书，并将纸质材料报送所在区工信部门。', '2025-06-25',
                 None, id='t4-n-postponed-tuihou'),
    # a rumour-check headline: the ！ is followed by a question about the claim, and the body denies it
    pytest.param('apply_deadline', '6月30日截止！是真的吗？市级工业设计中心认定开始申报', '近日，有企业在微信群中看到“工业设计中心认定申报即将截止”的消息，纷纷致电咨询。市工信局有关负责人表示，2025年度市级工业设计中心认定申报工作已经启动，网传截止时间并非官方发布，具体截止时间以市工信局正式通知为准，请企业不信谣、不传谣。符合条件的企业可登录市工信局网站在线申报。', '2025-06-10',
                 None, id='t4-n-rumour-question'),
    # 截止6月5日 is the count's as-of day (the page's own day); 开始申报以来 is no opening
    pytest.param('apply_deadline', '截止6月5日！全市工业设计中心认定开始申报以来已有86家企业提交材料', '记者从市工信局获悉，2025年度市级工业设计中心认定申报工作启动以来，企业申报积极性高涨，全市已有86家企业提交申报材料，较去年同期增长20%。从行业分布看，装备制造、电子信息和消费品领域企业占比超过七成。目前申报工作仍在进行中，尚未申报的企业可登录市工信局网站在线填报申报材料。', '2025-06-05',
                 None, id='t4-n-asof-count-opened'),
    # the same count posted a day later: the 0-day floor keeps it out
    pytest.param('apply_deadline', '截止6月5日！全市工业设计中心认定开始申报以来已有86家企业提交材料', '记者从市工信局获悉，2025年度市级工业设计中心认定申报工作启动以来，企业申报积极性高涨，全市已有86家企业提交申报材料，较去年同期增长20%。从行业分布看，装备制造、电子信息和消费品领域企业占比超过七成。目前申报工作仍在进行中，尚未申报的企业可登录市工信局网站在线填报申报材料。', '2025-06-06',
                 None, id='t4-n-asof-count-opened-next-day'),
    # the date ends the early-bird discount (a space before it); entries stay open after it
    pytest.param('apply_deadline', '早鸟优惠 6月20日截止！2025中小企业博览会江苏展区参展企业征集启动', '2025中国国际中小企业博览会将在广州举办，江苏展区面向全省中小企业征集参展企业。参展企业应为在江苏省内注册的中小企业，产品具有较强创新性和市场竞争力。早鸟优惠期内完成报名的企业可享受展位费八折优惠，优惠期结束后按原价收取。有意参展的企业请扫描下方二维码填写报名表，组委会将根据报名情况统筹安排展位。', '2025-06-02',
                 None, id='t4-n-space-early-bird'),
    # the date ends the free places, not the sign-up: paid diagnosis stays open
    pytest.param('apply_deadline', '免费名额 6月20日截止！2025年度中小企业数字化转型诊断服务开始报名', '为推动中小企业数字化转型，市工信局组织开展2025年度中小企业数字化转型诊断服务，由服务商为企业提供免费诊断。免费诊断名额有限，按报名先后顺序安排，名额用完后企业可自愿选择付费诊断服务。有意参加的企业请登录市中小企业公共服务平台填写报名信息，服务商将在报名后与企业联系。', '2025-06-02',
                 None, id='t4-n-space-free-quota'),
    # announces the winners of a list selection; 成果 (not 结果) after 遴选, so the change drops the list rule and 发布 makes it a policy
    pytest.param('kind', '关于发布2024中国森林旅游系列榜单遴选成果的通知', '各省、自治区、直辖市林业和草原主管部门，有关单位：\n2024中国森林旅游系列榜单遴选活动自8月启动以来，共收到各地推荐申报材料412份。经形式审查、专家评审、网络展示和综合评定，共遴选出“森林康养精品线路”30条、“自然教育优秀基地”50个、“最美森林步道”20条。现将遴选成果予以发布（名单见附件）。\n附件：2024中国森林旅游系列榜单遴选成果名单\n中国林业产业联合会\n2024年12月18日', '2024-12-18',
                 'publicity', id='l1-n-01-fabu-bangdan-linxuan-chengguo'),
    # a list of award-winning firms published (guide: 获奖 list = publicity); 榜单 is followed by 评选 and the rest says 获奖企业, not 结果/公示/情况
    pytest.param('kind', '关于发布2024年度“江苏制造”榜单评选获奖企业的通知', '各设区市工业和信息化局，有关企业：\n为培育一批具有核心竞争力的优质企业，省工信厅组织开展了2024年度“江苏制造”榜单评选。经企业申报、各地推荐、专家评审，共评选出“江苏制造突出贡献奖”企业10家、“江苏制造创新奖”企业20家。现将获奖企业予以发布：\n一、江苏制造突出贡献奖（10家）\n江苏某某集团有限公司\n二、江苏制造创新奖（20家）\n苏州某某科技股份有限公司\n希望获奖企业珍惜荣誉，再创佳绩。', '2024-12-10',
                 'publicity', id='l1-n-02-fabu-bangdan-pingxuan-huojiang-qiye'),
    # announces the firms that applied (a list of entities, with an objection window): 名录 then 申报 within 4, so the list rule is skipped and 通告$ makes it a policy
    pytest.param('kind', '关于2025年度“苏州老字号”名录申报企业的通告', '根据《苏州老字号认定管理办法》，市商务局组织开展了2025年度“苏州老字号”认定工作。截至10月31日，共有以下28家企业提交申报材料，经初审符合申报条件：\n1.苏州某某食品有限公司\n2.苏州某某刺绣厂\n3.常熟某某酒业有限公司\n现予通告，接受社会监督。如对上述企业的历史传承、经营状况有异议，请于11月15日前书面反映至市商务局市场体系建设处。\n联系电话：0512-68610000', '2025-11-05',
                 'publicity', id='l1-n-03-minglu-shenbao-qiye-tonggao'),
    # publishes the recommended firms of a 白名单 (guide: a list of selected entities); 名单”推荐 is within 4
    pytest.param('kind', '关于2024年度中小企业融资“白名单”推荐企业的通知', '各县（市、区）工信局、各合作银行：\n根据省工信厅、省金融监管局工作部署，经企业自愿申报、县级推荐、市级审核，现将我市2024年度中小企业融资“白名单”推荐企业（第一批，共46家）予以公布，请各合作银行对接走访，加大信贷支持。\n1.扬州某某机械有限公司\n2.扬州某某电子科技有限公司\n3.高邮某某纺织有限公司\n扬州市工业和信息化局\n2024年9月3日', '2024-09-03',
                 'publicity', id='l1-n-04-baimingdan-tuijian-qiye-notice'),
    # a headline naming the list of recommended firms, the body listing them
    pytest.param('kind', '泰州市中小企业融资“白名单”推荐企业', '经企业申报、市（区）推荐、市工信局会同金融监管部门审核，确定泰州某某化工有限公司等38家企业为2024年度中小企业融资“白名单”推荐企业，名单如下：\n1.泰州某某化工有限公司\n2.靖江某某船舶配件有限公司\n3.兴化某某食品有限公司', '2024-08-20',
                 'publicity', id='l1-n-05-baimingdan-tuijian-qiye-headline'),
    # news that a list came out (出炉), winners named; 评选出炉 has no 结果/公示/情况 after it
    pytest.param('kind', '2024中国森林旅游榜单评选出炉', '12月18日，中国林业产业联合会在北京发布2024中国森林旅游系列榜单。经过申报推荐、专家评审和网络投票，我省宜兴竹海、溧阳天目湖等6个单位榜上有名，其中宜兴竹海入选“森林康养精品线路”。据了解，本次榜单评选共有全国412个单位参评。', '2024-12-19',
                 'publicity', id='l1-n-06-bangdan-pingxuan-chulu-news'),
    # the selection is done and the list attached; title says 遴选完成, not 结果
    pytest.param('kind', '关于2025年度省级绿色工厂名单遴选完成的公告', '根据《关于开展2025年度省级绿色工厂名单遴选工作的通知》，经企业申报、设区市推荐、专家评审和公示，现确定南京某某电子有限公司等85家企业为2025年度省级绿色工厂。现予公告。\n附件：2025年度省级绿色工厂名单', '2025-12-01',
                 'publicity', id='l1-n-07-mingdan-linxuan-wancheng-gonggao'),
    # announces the firms a city recommends (a list of proposed entities); 名单推荐 then 公告, not 公示
    pytest.param('kind', '2024年度绿色制造名单推荐公告', '根据省工业和信息化厅《关于组织开展2024年度绿色制造名单推荐工作的通知》要求，经企业自愿申报、县（市、区）初审、市工信局组织专家评审，确定以下15家企业推荐申报省级绿色工厂，现予公告：\n1.徐州某某重工有限公司\n2.邳州某某板材有限公司\n3.新沂某某玻璃制品有限公司\n徐州市工业和信息化局\n2024年7月5日', '2024-07-05',
                 'publicity', id='l1-n-08-mingdan-tuijian-gonggao'),
    # the projects a city put forward, listed (publicity); 名录推荐项目 is the list, not a call for entries
    pytest.param('kind', '第六批省级非物质文化遗产代表性项目名录推荐项目', '经各县（区）申报、市非遗保护中心审核、专家评审委员会评审，市文化广电和旅游局研究确定，推荐以下9个项目申报第六批省级非物质文化遗产代表性项目名录：\n1.淮安茶馓制作技艺\n2.金湖秧歌\n3.盱眙龙虾烹饪技艺\n', '2025-06-12',
                 'publicity', id='l1-n-09-minglu-tuijian-xiangmu'),
    # names the recommended firms (推荐对象) after the list word
    pytest.param('kind', '2025年度市级“专精特新”企业名单推荐对象', '经企业申报、区县工信部门初审、市级专家评审，以下20家企业作为2025年度省级专精特新中小企业推荐对象：\n1.镇江某某机电有限公司\n2.丹阳某某光学有限公司\n3.句容某某新材料有限公司\n镇江市工业和信息化局', '2025-05-20',
                 'publicity', id='l1-n-10-mingdan-tuijian-duixiang'),
    # approves a list of entities (guide: approved entities = publicity); 批复 would read as policy once the list rule is skipped
    pytest.param('kind', '关于2024年度省级专精特新中小企业名单推荐的批复', '无锡市工业和信息化局：\n你局《关于推荐2024年度省级专精特新中小企业的请示》收悉。经研究，同意你局推荐的无锡某某半导体有限公司等36家企业进入2024年度省级专精特新中小企业名单。\n此复。\n江苏省工业和信息化厅', '2024-11-02',
                 'publicity', id='l1-n-11-mingdan-tuijian-pifu'),
    # publishes the province's recommendation list (a list of proposed entities), its applying done
    pytest.param('kind', '关于江苏省2025年度绿色制造名单推荐的通知', '各设区市工业和信息化局：\n根据工业和信息化部办公厅《关于开展2025年度绿色制造名单推荐工作的通知》，经企业自愿申报、设区市推荐、省级专家评审和网上公示，我厅确定推荐南京某某化工有限公司等40家企业为国家级绿色工厂、3个园区为国家级绿色工业园区，现将推荐名单通知如下（见附件）。\n附件：江苏省2025年度国家级绿色制造名单推荐名单', '2025-08-15',
                 'publicity', id='l1-n-12-mingdan-tuijian-de-tongzhi-published'),
    # the firms that passed, listed; 通过 is a result but not the word 结果
    pytest.param('kind', '关于2024年度省级绿色工厂名单申报通过企业的通知', '各设区市工业和信息化局：\n经企业申报、设区市推荐、专家评审及现场核查，以下52家企业通过2024年度省级绿色工厂评价，现予通知：\n1.南通某某纺织有限公司\n2.如皋某某汽车零部件有限公司\n3.海安某某建材有限公司\n请各地加强动态管理。', '2024-12-06',
                 'publicity', id='l1-n-13-mingdan-shenbao-tongguo-qiye'),
    # guard: 遴选结果, the exemption's 结果
    pytest.param('kind', '2024年度江苏省先进制造业集群名单遴选结果', '经各地申报推荐、专家评审，确定以下8个集群入选2024年度江苏省先进制造业集群名单：\n1.南京软件和信息服务集群\n2.苏州纳米新材料集群\n3.无锡物联网集群', '2024-10-09',
                 'publicity', id='l1-n-14-mingdan-linxuan-jieguo'),
    # guard: 推荐情况的通报, the exemption's 情况
    pytest.param('kind', '关于2024年度绿色制造名单推荐情况的通报', '各县（市、区）工信局：\n2024年度绿色制造名单推荐工作已经结束。经省厅审核，我市推荐的12家企业中有9家入选省级绿色工厂名单，入选率75%，位列全省第三。现将各地推荐及入选情况通报如下：\n海门区推荐3家，入选3家；\n启东市推荐2家，入选1家。', '2024-12-28',
                 'publicity', id='l1-n-15-mingdan-tuijian-qingkuang-tongbao'),
    # guard: 拟推荐…名单的公示 (公示 rule, before the list rule)
    pytest.param('kind', '关于2025年度省级绿色工厂拟推荐名单的公示', '经企业申报、县区初审、专家评审，拟推荐以下10家企业申报2025年度省级绿色工厂，现予以公示。公示期为2025年6月3日至6月9日。对公示企业有异议的，请在公示期内向市工信局节能与综合利用科反映。联系电话：0517-83600000', '2025-06-03',
                 'publicity', id='l1-n-16-ni-tuijian-mingdan-gongshi'),
    # guard: 名单 twice; the second is followed by 公布
    pytest.param('kind', '2024年度乡村旅游精品榜单征集名单公布', '经各地推荐、专家评审，共有30条线路入选2024年度乡村旅游精品榜单，名单如下：\n1.溧阳1号公路乡村游线路\n2.宜兴湖㳇竹海乡村游线路', '2024-11-20',
                 'publicity', id='l1-n-18-zhengji-mingdan-gongbu'),
    # guard: 揭晓 rule, and a second 名单 read alone
    pytest.param('kind', '2025年度森林旅游榜单遴选名单揭晓', '9月10日，2025年度森林旅游系列榜单遴选名单正式揭晓，我省宜兴竹海等5个单位入选。', '2025-09-11',
                 'publicity', id='l1-n-19-linxuan-mingdan-jiexiao'),
    # guard: 名单 twice; 名单的通报 after 评选
    pytest.param('kind', '关于2024年度中国森林旅游榜单评选名单的通报', '各有关单位：\n2024年度中国森林旅游榜单评选工作已结束，现将入选名单通报如下：\n一、森林康养精品线路\n1.宜兴竹海康养线路\n2.溧阳南山竹海康养线路', '2024-12-25',
                 'publicity', id='l1-n-20-pingxuan-mingdan-tongbao'),
    # guard: 评选结果 (exemption)
    pytest.param('kind', '关于2024年“江苏精品”榜单评选结果的通知', '各设区市市场监管局：\n经企业申报、各地推荐、专家评审，2024年“江苏精品”榜单评选结果已经确定，共有68个产品入选，现予公布（见附件）。', '2024-12-02',
                 'publicity', id='l1-n-21-bangdan-pingxuan-jieguo-tongzhi'),
    # guard: news of a list, counted entrants
    pytest.param('kind', '我市12家企业入选2024年度省级绿色工厂名单', '日前，省工信厅公布2024年度省级绿色工厂名单，我市12家企业入选，入选数量位列全省第二。', '2024-12-22',
                 'publicity', id='l1-n-22-news-count-entered-list'),
    # guard: a call for recommendations to a list (组织开展…推荐, an earlier rule)
    pytest.param('kind', '关于组织开展2025年度绿色制造名单推荐工作的通知', '各设区市工业和信息化局：\n为贯彻落实工业和信息化部有关要求，现组织开展2025年度绿色制造名单推荐工作。请符合条件的企业于2025年6月30日前通过江苏省绿色制造管理平台在线填报申报材料，各设区市于7月10日前完成推荐并报送我厅。\n联系人：王某某，电话：025-83330000', '2025-06-01',
                 'call', id='l1-n-24-list-apply-call-stays'),
    # guard: 名单 twice, the first followed by 申报, the second closing the title (名单$ rule, earlier)
    pytest.param('kind', '2025年度省级绿色工厂名单申报企业名单', '2025年度省级绿色工厂名单申报工作已结束，经形式审查，以下41家企业申报材料齐全，进入专家评审环节：\n1.常州某某光伏科技有限公司\n2.溧阳某某电池有限公司', '2025-07-20',
                 'publicity', id='l1-n-25-two-lists-applicants-named'),
    # announces the products chosen; 评选活动 counts as 'work to be done' although 入选产品 follows it
    pytest.param('kind', '关于2024年度“江苏精品”榜单评选活动入选产品的通知', '各设区市市场监督管理局，有关企业：\n2024年度“江苏精品”榜单评选活动自6月启动以来，经企业自愿申报、设区市推荐、专家评审和社会公示，共有86个产品入选。现将入选产品予以通知（名单见附件）。希望入选企业珍惜荣誉，持续提升质量管理水平。\n附件：2024年度“江苏精品”入选产品名单\n江苏省市场监督管理局\n2024年12月16日', '2024-12-16',
                 'publicity', id='l2-n-01-bangdan-pingxuan-huodong-ruxuan-chanpin-tongzhi'),
    # cr74c's …遴选成果 with 活动 inserted: the fix for 成果 no longer applies
    pytest.param('kind', '关于2024中国森林旅游系列榜单遴选活动成果的通知', '各省级林业和草原主管部门，有关单位：\n2024中国森林旅游系列榜单遴选活动共收到各地申报材料386份。经形式审查、专家评审和网络展示，共遴选出“森林康养精品线路”30条、“自然教育优秀基地”50个。现将遴选成果予以通知，请各地加强宣传推介。\n附件：2024中国森林旅游系列榜单遴选成果\n中国林业产业联合会', '2024-12-20',
                 'publicity', id='l2-n-02-bangdan-linxuan-huodong-chengguo-tongzhi'),
    # a headline naming the award-winning firms (guide: 获奖 list); 活动 before 获奖企业
    pytest.param('kind', '2024年度“江苏制造”榜单评选活动获奖企业', '经企业申报、各设区市推荐、专家评审，2024年度“江苏制造”榜单评选活动共评出突出贡献奖企业10家、创新奖企业20家。获奖企业如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n以上企业将在全省制造业大会上接受颁奖。', '2024-12-12',
                 'publicity', id='l2-n-03-bangdan-pingxuan-huodong-huojiang-qiye-headline'),
    # news of a short-list (入围单位) drawn up
    pytest.param('kind', '2025中国森林旅游榜单遴选活动入围单位', '近日，2025中国森林旅游榜单遴选活动入围单位名单揭晓，全国共有120个单位入围。我省溧阳天目湖、宜兴竹海、盱眙铁山寺等5个单位入围“森林康养目的地”类别。终评结果将于12月发布。', '2025-10-15',
                 'publicity', id='l2-n-04-bangdan-linxuan-huodong-ruwei-danwei-news'),
    # winners published (公布), but 公布 is not one of the exemption's words
    pytest.param('kind', '2024年“江苏精品”榜单评选活动获奖产品公布', '12月16日，省市场监管局公布2024年“江苏精品”榜单评选活动获奖产品，共86个产品获奖。其中，南京某某智能装备有限公司的工业机器人、苏州某某精密制造股份有限公司的数控机床等产品名列其中。我市共有7个产品获奖，数量居全省第二。', '2024-12-17',
                 'publicity', id='l2-n-05-bangdan-pingxuan-huodong-huojiang-chanpin-gongbu'),
    # news of winners out (出炉); 出炉 only counts after 结果 in the earlier rule
    pytest.param('kind', '2025年度“苏州好物”榜单评选活动获奖产品出炉', '经过企业申报、网络投票和专家评审，2025年度“苏州好物”榜单评选活动获奖产品近日出炉。苏绣、碧螺春茶、宋锦等50个产品获评“苏州好物”，其中10个产品获评“年度金奖”。获奖产品将在苏州国际博览中心集中展示。', '2025-11-28',
                 'publicity', id='l2-n-06-bangdan-pingxuan-huodong-huojiang-chanpin-chulu'),
    # the projects chosen, listed; 推选活动 before 入选项目
    pytest.param('kind', '2024年度第六批市级非遗代表性项目名录推选活动入选项目', '经各县（区）申报、市非遗保护中心审核、专家评审委员会评审和社会公示，市政府批准确定以下18个项目入选第六批市级非物质文化遗产代表性项目名录：\n1.淮安茶馓制作技艺\n2.金湖秧歌\n3.盱眙十三香龙虾烹饪技艺\n', '2024-12-03',
                 'publicity', id='l2-n-07-minglu-tuixuan-huodong-ruxuan-xiangmu'),
    # firms selected, listed; 遴选工作 before 入选企业
    pytest.param('kind', '关于2024年度省级绿色工厂名单遴选工作入选企业的通知', '各设区市工业和信息化局：\n根据2024年度省级绿色工厂名单遴选工作安排，经企业申报、设区市推荐、专家评审和现场核查，南通某某纺织有限公司等52家企业入选。现将入选企业通知如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n请各地加强对入选企业的动态管理。', '2024-12-06',
                 'publicity', id='l2-n-08-mingdan-linxuan-gongzuo-ruxuan-qiye-tongzhi'),
    # a 公告 of prize-winning products; 获奖产品 after 评选活动 is not 结果/公示/情况
    pytest.param('kind', '关于2024年度“江苏精品”榜单评选活动获奖产品的公告', '2024年度“江苏精品”榜单评选活动已圆满结束。经企业申报、专家评审、社会公示，评审委员会审定，共评出获奖产品86个，现予公告。获奖产品如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n特此公告。\n江苏省质量协会\n2024年12月18日', '2024-12-18',
                 'publicity', id='l2-n-09-bangdan-pingxuan-huodong-huojiang-chanpin-gonggao'),
    # 关于确定… the winners decided; the earlier 关于确定 rule needs 为/名单 within 40 characters
    pytest.param('kind', '关于确定2024年度“江苏精品”榜单评选活动获奖产品的通知', '各设区市市场监督管理局：\n经企业申报、设区市推荐、专家评审和网上公示，省局研究确定南京某某智能装备有限公司工业机器人等86个产品为2024年度“江苏精品”榜单评选活动获奖产品。现予通知。\n附件：获奖产品名单', '2024-12-20',
                 'publicity', id='l2-n-10-queding-bangdan-pingxuan-huodong-huojiang-chanpin'),
    # approves a list of entities; once the list rule is skipped 批复 reads as a policy
    pytest.param('kind', '关于同意2024年度绿色工厂名单遴选活动入选企业的批复', '苏州市工业和信息化局：\n你局《关于报请审定2024年度绿色工厂名单遴选活动入选企业的请示》收悉。经研究，同意苏州某某精密制造股份有限公司等24家企业为2024年度市级绿色工厂。请你局做好入选企业的跟踪服务。\n此复。', '2024-12-09',
                 'publicity', id='l2-n-11-tongyi-mingdan-linxuan-huodong-ruxuan-qiye-pifu'),
    # a 通报 of selected products; the 通报 rule's object list does not include 产品
    pytest.param('kind', '关于2024年度“江苏精品”榜单评选活动入选产品的通报', '各设区市市场监督管理局：\n2024年度“江苏精品”榜单评选活动已经结束，全省共有86个产品入选，我市有南京某某智能装备有限公司工业机器人等9个产品入选。现将入选产品通报如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n希望各入选企业再接再厉。', '2024-12-22',
                 'publicity', id='l2-n-12-bangdan-pingxuan-huodong-ruxuan-chanpin-tongbao'),
    # cr74c's …推荐企业 with 活动 between: names the recommended firms
    pytest.param('kind', '2025年度“苏州老字号”名录推荐活动推荐企业', '经企业自愿申报、各县（市、区）商务部门初审、市级专家评审，以下12家企业作为2025年度“江苏老字号”推荐企业：\n1.苏州某某食品有限公司\n2.苏州某某刺绣厂\n3.常熟某某酒业有限公司\n苏州市商务局', '2025-09-10',
                 'publicity', id='l2-n-13-minglu-tuijian-huodong-tuijian-qiye-headline'),
    # a list of recommended firms published; skipped, then 通告$ makes it a policy
    pytest.param('kind', '关于2025年度白名单推荐活动推荐企业的通告', '根据中小企业融资“白名单”推荐活动安排，经企业申报、县（市、区）推荐、市级审核，现将我市2025年度白名单推荐企业（共46家）予以通告，请各合作银行对接走访，加大信贷支持：\n1.扬州某某机械有限公司\n2.扬州某某电子科技有限公司\n3.高邮某某纺织有限公司', '2025-09-03',
                 'publicity', id='l2-n-14-baimingdan-tuijian-huodong-tuijian-qiye-tonggao'),
    # the ten best firms named (a list that lists winners)
    pytest.param('kind', '2025年度“江苏制造”榜单评选活动“十佳企业”', '经企业申报、专家评审、网络投票，2025年度“江苏制造”榜单评选活动评出“十佳企业”10家，名单如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n4.无锡某某半导体有限公司\n5.南通某某船舶重工有限公司', '2025-12-05',
                 'publicity', id='l2-n-15-bangdan-pingxuan-huodong-shijia-qiye'),
    # a first batch of selected products; the batch in brackets after the clause does not help
    pytest.param('kind', '2025年度“江苏精品”榜单评选活动入选产品（第一批）', '经企业申报、设区市推荐、专家评审，以下产品入选2025年度“江苏精品”榜单（第一批）：\n1.南京某某智能装备有限公司 工业机器人\n2.苏州某某精密制造股份有限公司 数控机床\n3.常州某某新能源科技有限公司 储能电池\n', '2025-11-20',
                 'publicity', id='l2-n-16-bangdan-pingxuan-huodong-ruxuan-chanpin-bracket'),
    # news of a list (the selected products presented)
    pytest.param('kind', '2024年度“江苏精品”榜单评选活动入选产品巡礼', '2024年度“江苏精品”榜单评选活动日前揭晓，全省共有86个产品入选。本期起，我们将陆续介绍入选产品。今天介绍的是南京某某智能装备有限公司的工业机器人，该产品关键技术指标达到国际先进水平。', '2024-12-26',
                 'publicity', id='l2-n-17-bangdan-pingxuan-huodong-ruxuan-chanpin-xunli'),
    # …评选的公告 read as work still to do, yet this one announces the results; the body must decide
    pytest.param('kind', '关于2024年度“江苏精品”榜单评选的公告', '根据《“江苏精品”认证管理办法》，经企业申报、设区市推荐、专家评审和社会公示，2024年度“江苏精品”榜单评选工作已经完成，共评出86个产品。现将入选产品名单公告如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n特此公告。\n江苏省质量协会', '2024-12-18',
                 'publicity', id='l2-n-18-bangdan-pingxuan-de-gonggao-results'),
    # guard: 结果 in the clause, and 揭晓
    pytest.param('kind', '2024年度江苏精品榜单评选活动结果揭晓', '12月16日，2024年度江苏精品榜单评选活动结果揭晓，全省共有86个产品入选，我市9个产品榜上有名。', '2024-12-17',
                 'publicity', id='l2-n-19-bangdan-pingxuan-huodong-jieguo-jiexiao'),
    # guard: 情况 in the clause
    pytest.param('kind', '关于2024年度江苏精品榜单评选活动获奖情况的通报', '各县（市、区）市场监管局：\n2024年度江苏精品榜单评选活动已经结束，我市共有9个产品获奖。现将获奖情况通报如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n', '2024-12-22',
                 'publicity', id='l2-n-20-bangdan-pingxuan-huodong-huojiang-qingkuang-tongbao'),
    # guard: a second list word (入选名单) still names a list
    pytest.param('kind', '关于下发2024年度江苏精品榜单评选活动入选名单的通知', '各设区市市场监督管理局：\n现将2024年度江苏精品榜单评选活动入选名单下发给你们，请通知入选企业做好证书领取工作。\n附件：入选名单', '2024-12-18',
                 'publicity', id='l2-n-21-xiafa-bangdan-pingxuan-huodong-ruxuan-mingdan'),
    # guard: 名录 closing the title (the first 榜单 skipped, the second read)
    pytest.param('kind', '2024年度“江苏精品”榜单评选活动获奖产品名录', '2024年度“江苏精品”榜单评选活动获奖产品名录如下：\n1.南京某某智能装备有限公司\n2.苏州某某精密制造股份有限公司\n3.常州某某新能源科技有限公司\n', '2024-12-18',
                 'publicity', id='l2-n-22-bangdan-pingxuan-huodong-huojiang-chanpin-minglu'),
    # news naming the firms that made a list (guide: a list of selected entities); the headline ends 名单遴选, which the change now skips
    pytest.param('kind', '我区3家企业通过2025年度省级专精特新企业名单遴选', '近日，省工业和信息化厅公布2025年度省级专精特新中小企业名单，我区江苏某某精密机械有限公司、南京某某新材料科技有限公司、南京某某智能装备有限公司3家企业通过遴选。截至目前，我区累计拥有省级专精特新中小企业28家、国家级专精特新“小巨人”企业6家。下一步，区工信局将持续加大梯度培育力度，推动更多企业走专精特新发展道路。', '2025-09-12',
                 'publicity', id='l3-n-01-qiye-tongguo-mingdan-linxuan-news'),
    # news listing the firms a city recommended (guide: proposed entities listed); ends 名单推荐
    pytest.param('kind', '我市6家企业获2025年度省级绿色工厂名单推荐', '日前，市工信局组织开展了2025年度省级绿色工厂推荐工作。经企业自愿申报、县（市、区）初审、专家评审和现场核查，我市江苏某某纺织有限公司、某某电气股份有限公司等6家企业获推荐，推荐材料已报送省工业和信息化厅。6家企业分别为：江苏某某纺织有限公司、某某电气股份有限公司、某某化工有限公司、某某食品有限公司、某某包装材料有限公司、某某机械制造有限公司。', '2025-08-22',
                 'publicity', id='l3-n-02-qiye-huo-mingdan-tuijian-news'),
    # news of firms on a published 榜单 (winners named); title ends 榜单评选
    pytest.param('kind', '我市12家企业成功通过2025年度江苏精品榜单评选', '9月18日，江苏省市场监督管理局发布2025年度“江苏精品”认证榜单，全省共有236个产品上榜。我市12家企业的15个产品成功通过评选，上榜数量位居全省第三。其中，某某股份有限公司的高端数控机床、某某科技有限公司的新能源汽车电机等产品首次上榜。市市场监管局表示，将以此为契机，深入实施质量强市战略。', '2025-09-19',
                 'publicity', id='l3-n-03-qiye-chenggong-tongguo-bangdan-pingxuan'),
    # good-news headline of firms entered in a list
    pytest.param('kind', '喜讯！我市12家企业通过省级绿色工厂名单遴选', '近日，江苏省工业和信息化厅公布了2025年度省级绿色工厂名单，我市某某钢铁有限公司、某某新能源科技有限公司、某某电子材料有限公司等12家企业成功入选，入选数量较去年增加4家。截至目前，我市累计培育国家级绿色工厂18家、省级绿色工厂63家。', '2025-09-05',
                 'publicity', id='l3-n-04-xixun-qiye-tongguo-mingdan-linxuan'),
    # news of projects entered in a 名录; ends 名录推选
    pytest.param('kind', '点赞！我区5个项目通过第六批省级非遗代表性项目名录推选', '近日，江苏省人民政府公布第六批省级非物质文化遗产代表性项目名录，共计158项。我区申报的“某某竹编技艺”、“某某锣鼓”、“某某糕团制作技艺”、“某某庙会”、“某某民间故事”5个项目成功入选。至此，我区省级以上非遗代表性项目达到21项。', '2025-08-30',
                 'publicity', id='l3-n-05-xiangmu-tongguo-minglu-tuixuan'),
    # the 公告 announces the selected firms by name; title ends 遴选工作的公告, skipped by the change
    pytest.param('kind', '关于2025年度省级绿色工厂名单遴选工作的公告', '根据《江苏省绿色制造体系建设实施方案》和《关于开展2025年度省级绿色工厂名单遴选工作的通知》要求，经企业自愿申报、设区市工信部门推荐、第三方机构评价和专家评审，确定南京某某电子有限公司等45家企业为2025年度省级绿色工厂。现予公告。\n一、南京市（8家）\n南京某某电子有限公司\n南京某某汽车零部件有限公司\n二、无锡市（7家）\n无锡某某精密机械有限公司\n江苏省工业和信息化厅\n2025年9月10日', '2025-09-10',
                 'publicity', id='l3-n-06-mingdan-linxuan-gongzuo-de-gonggao-results'),
    # announces the products chosen (榜单 that lists winners); ends 评选活动的公告
    pytest.param('kind', '关于2025年度“江苏精品”榜单评选活动的公告', '2025年度“江苏精品”榜单评选活动自5月启动以来，共收到全省各地申报产品612个。经资格审查、专家评审、社会评价和综合评定，共评选出“江苏精品”产品120个。现将评选产品目录公告如下：\n1.某某牌高端轴承（江苏某某轴承有限公司）\n2.某某牌光伏组件（某某新能源股份有限公司）\n3.某某牌丝绸面料（苏州某某丝绸有限公司）\n江苏省质量发展委员会办公室', '2025-09-16',
                 'publicity', id='l3-n-07-bangdan-pingxuan-huodong-de-gonggao-results'),
    # the 通知 hands down the firms recommended (a list of approved entities); ends 推荐活动的通知
    pytest.param('kind', '关于2025年度中小企业融资“白名单”推荐活动的通知', '各合作银行，各县（市、区）工信局：\n根据省工信厅、金融监管总局江苏监管局工作部署，我局组织开展了2025年度中小企业融资“白名单”推荐活动。经企业自愿申报、县级初审、市级审核，共确定推荐企业86家。现将推荐企业通知如下：\n1.常州某某机械有限公司\n2.常州某某电子科技有限公司\n3.溧阳某某新材料有限公司\n请各合作银行主动对接，优先给予信贷支持。\n常州市工业和信息化局\n2025年8月28日', '2025-08-28',
                 'publicity', id='l3-n-08-baimingdan-tuijian-huodong-de-tongzhi-list'),
    # the winners of a list revealed (揭晓 leads the headline); ends 榜单评选
    pytest.param('kind', '揭晓！2025年度“苏州好物”榜单评选', '9月20日晚，2025年度“苏州好物”榜单评选结果在苏州揭晓。经过企业申报、专家初评、网络投票和终审，“某某碧螺春”、“某某宋锦”、“某某苏绣”等50件产品荣登榜单，“某某酱鸭”等10件产品获评“年度人气好物”。活动由市商务局、市市场监管局联合主办，共吸引全市312家企业参与。', '2025-09-21',
                 'publicity', id='l3-n-09-jiexiao-bangdan-pingxuan'),
    # a 榜单 of winners published; 发布 sends the skipped title to the policy rule
    pytest.param('kind', '重磅发布！2025中国森林旅游系列榜单遴选活动', '9月26日，中国林业产业联合会在北京发布2025中国森林旅游系列榜单。本次遴选活动历时5个月，经申报推荐、形式审查、专家评审和社会公示，最终遴选出“森林康养精品线路”30条、“自然教育优秀基地”50个、“最美森林步道”20条。我省宜兴竹海、溧阳天目湖南山竹海等7个单位上榜。', '2025-09-27',
                 'publicity', id='l3-n-10-zhongbang-fabu-bangdan-linxuan-huodong'),
    # news of a selection held, its winners named (as r392_13, '…举办…评选活动', a labelled list)
    pytest.param('kind', '某市举办2025年度“苏州好物”榜单评选活动', '9月12日，2025年度“苏州好物”榜单评选活动在市会议中心举办。经过前期企业申报、专家初评和两轮网络投票，现场评委最终评选出“苏州好物”50件，其中某某碧螺春、某某宋锦、某某苏扇等10件产品获评“十佳苏州好物”。市商务局相关负责人为获奖企业颁发了证书。', '2025-09-13',
                 'publicity', id='l3-n-11-juban-bangdan-pingxuan-huodong-news'),
    # names the winning products; 有关事项 satisfies the skip and the rest says 获奖产品, not 结果/公示/情况
    pytest.param('kind', '关于2025年度“江苏精品”榜单评选有关事项及获奖产品的通知', '各设区市市场监督管理局，有关企业：\n2025年度“江苏精品”榜单评选工作已经结束。经专家评审和社会评价，共有120个产品获评2025年度“江苏精品”，获奖产品见附件。现就有关事项通知如下：一、获奖企业可在产品宣传中使用“江苏精品”标识，有效期三年；二、各地要加强对获奖企业的跟踪管理。\n附件：2025年度“江苏精品”获奖产品\n江苏省市场监督管理局', '2025-09-18',
                 'publicity', id='l3-n-12-bangdan-pingxuan-youguan-shixiang-ji-huojiang-chanpin'),
    # the firms banks recommended, listed (a 白名单 published); ends 名单”银行推荐
    pytest.param('kind', '2025年度科技型企业“白名单”银行推荐', '为深化科技金融合作，市科技局会同人民银行某某市分行，组织辖内银行机构开展了2025年度科技型企业“白名单”推荐。经银行推荐、部门审核，共有136家科技型企业纳入“白名单”，具体如下：\n1.某某智能科技有限公司（推荐银行：某某银行）\n2.某某生物医药有限公司（推荐银行：某某农商行）\n3.某某半导体有限公司（推荐银行：某某银行）', '2025-08-15',
                 'publicity', id='l3-n-13-baimingdan-yinhang-tuijian'),
    # the projects a city puts forward, listed (publicity); ends 名录项目推荐
    pytest.param('kind', '淮安市第六批省级非遗代表性项目名录项目推荐', '根据省文化和旅游厅工作部署，经县（区）申报、市非遗保护中心审核和专家评审，市文化广电和旅游局研究确定，推荐以下8个项目申报第六批省级非物质文化遗产代表性项目名录：\n1.淮安茶馓制作技艺\n2.金湖秧歌\n3.盱眙龙虾烹饪技艺\n4.淮安蒲菜制作技艺', '2025-06-20',
                 'publicity', id='l3-n-14-minglu-xiangmu-tuijian'),
    # a city's recommended firms listed (proposed entities); the bare title ends 名单推荐
    pytest.param('kind', '2025年度省级绿色工厂名单推荐', '根据省工业和信息化厅《关于开展2025年度绿色制造名单推荐工作的通知》要求，经企业自愿申报、县（市、区）初审、市工信局组织专家评审，我市确定推荐以下15家企业申报2025年度省级绿色工厂：\n1.徐州某某重工有限公司\n2.邳州某某板材有限公司\n3.新沂某某玻璃制品有限公司\n徐州市工业和信息化局', '2025-07-10',
                 'publicity', id='l3-n-15-mingdan-tuijian-title-end-city-list'),
    # the selection is over and the entrants are named; the headline ends 评选活动
    pytest.param('kind', '2025年度省级专精特新企业名单评选活动', '2025年度省级专精特新企业名单评选活动日前结束。经企业申报、设区市推荐、专家评审，共有1268家企业入选。我市入选企业86家，分别是：某某精密科技有限公司、某某新材料有限公司、某某智能装备有限公司等。', '2025-09-02',
                 'publicity', id='l3-n-16-bangdan-pingxuan-huodong-headline-winners'),
    # the firms entered in a 名录 announced; ends 推荐活动的公告
    pytest.param('kind', '关于2025年度“苏州老字号”名录推荐活动的公告', '根据《苏州老字号认定管理办法》，市商务局组织开展了2025年度“苏州老字号”名录推荐活动。经企业申报、区（县级市）商务部门推荐、专家评审，确定以下20家企业列入2025年度“苏州老字号”名录，现予公告：\n1.苏州某某食品有限公司\n2.苏州某某刺绣厂\n3.常熟某某酒业有限公司\n苏州市商务局\n2025年8月8日', '2025-08-08',
                 'publicity', id='l3-n-17-minglu-tuijian-huodong-de-gonggao-list'),
    # a report of the selection finished, its winners named; title ends 推选工作
    pytest.param('kind', '2025年度“江苏精品”榜单推选工作', '2025年度“江苏精品”榜单推选工作已圆满完成。经企业申报、设区市推荐、专家评审和社会评价，共推选出“江苏精品”产品120个。其中，我市某某股份有限公司高端数控机床、某某科技有限公司新能源汽车电机、某某纺织有限公司功能性面料等9个产品入选。', '2025-09-20',
                 'publicity', id='l3-n-18-bangdan-pingxuan-huodong-tuixuan-gongzuo-report'),
    # 情况 in the rest keeps the list rule; results reported
    pytest.param('kind', '关于2025年度江苏精品榜单评选活动有关事项暨获奖情况的通报', '各设区市市场监督管理局：\n2025年度“江苏精品”榜单评选活动已经结束，共有120个产品获评。现将获奖情况通报如下：南京市18个，无锡市16个，苏州市25个……获奖产品名单见附件。\n江苏省市场监督管理局', '2025-09-22',
                 'publicity', id='l3-n-19-youguan-shixiang-ji-huojiang-qingkuang-tongbao'),
    # 活动 is followed by more words, so the skip does not apply; results news
    pytest.param('kind', '2025年度江苏精品榜单评选活动圆满收官', '9月18日，2025年度“江苏精品”榜单评选活动圆满收官，120个产品获评“江苏精品”。我市某某股份有限公司、某某科技有限公司等9家企业的产品上榜。', '2025-09-19',
                 'publicity', id='l3-n-20-bangdan-pingxuan-huodong-yuanman-shouguan'),
    # simplified 榜单 with traditional act: the change's simplified words do not see 評選, list rule kept
    pytest.param('kind', '2025年度江苏精品榜单評選活動入選產品', '2025年度“江苏精品”榜单評選活動結果已經揭曉，共有120個產品入選。現將入選產品公佈如下：\n1.某某牌高端軸承（江蘇某某軸承有限公司）\n2.某某牌光伏組件（某某新能源股份有限公司）', '2025-09-18',
                 'publicity', id='l3-n-21-mixed-script-pingxuan-huodong-list'),
    # 名单 twice: the second names the announced list (名单的公告, read before the list rule)
    pytest.param('kind', '关于2025年度绿色工厂名单遴选工作入选企业名单的公告', '根据《关于开展2025年度绿色工厂名单遴选工作的通知》，经企业申报、各地推荐、专家评审，确定45家企业入选。现将入选企业名单公告如下：\n1.南京某某电子有限公司\n2.无锡某某精密机械有限公司', '2025-09-10',
                 'publicity', id='l3-n-22-two-lists-mingdan-linxuan-then-mingdan-gongbu'),
    # a call for applications to a list; read as a call at base (开展…推荐) and must stay so
    pytest.param('kind', '我市开展2026年度“白名单”推荐活动', '为缓解中小企业融资难题，市工信局近日启动2026年度中小企业融资“白名单”推荐活动。凡在我市注册、信用良好、有融资需求的中小企业均可申报，请于2026年3月31日前登录“苏企通”平台提交申报材料。联系电话：0519-85681838。', '2026-03-02',
                 'call', id='l3-n-23-list-call-stays-call'),
    # a proposed list put up for objections (guide: publicity even with an objection window); the objectors' date and 逾期不予受理 are no application
    pytest.param('kind', '关于2025年度市级专精特新中小企业名单推荐的公告', '根据《关于组织开展2025年度市级专精特新中小企业申报工作的通知》要求，经企业自愿申报、县（市、区）工信部门初审、专家评审，现将推荐企业名单公告如下（见附件）。\n公告期内，如对推荐企业有异议，请于2025年9月19日前以书面形式将异议材料报送市工业和信息化局中小企业科，逾期不予受理。\n联系电话：0523-86839123\n附件：2025年度市级专精特新中小企业推荐名单\n泰州市工业和信息化局\n2025年9月12日', '2025-09-12',
                 'publicity', id='l4-n-01-mingdan-tuijian-gonggao-objection-baosong'),
    # 名单推荐 here is the recommended list, put up with 予以公示; the body's own rule says publicity
    pytest.param('kind', '关于2025年度市级工业设计中心名单推荐的公告', '经企业申报、县区推荐、专家评审，市工信局拟推荐以下8家企业申报2025年度省级工业设计中心，现予以公示。\n公示期为2025年9月15日至9月19日。对公示企业有异议的，请于9月19日前以书面形式向市工信局产业科提出，并提供相关证明材料。\n1.常州某某智能装备有限公司\n2.江苏某某电气股份有限公司\n3.常州某某精密机械有限公司\n常州市工业和信息化局', '2025-09-15',
                 'publicity', id='l4-n-02-mingdan-tuijian-gonggao-objection-gongshi'),
    # a recommended 名录 announced for objections; the only dated request is the objectors'
    pytest.param('kind', '第五批市级非物质文化遗产代表性项目名录推荐公告', '按照《某某市非物质文化遗产保护条例》，经各县（区）申报、专家评审委员会评审，市文化广电和旅游局提出了第五批市级非物质文化遗产代表性项目推荐名录（共18项），现向社会公告。\n公告期为7天。如有异议，请于2025年9月22日前将署名的书面意见送至市文化广电和旅游局非遗处。\n附件：第五批市级非物质文化遗产代表性项目推荐名录', '2025-09-15',
                 'publicity', id='l4-n-03-minglu-tuijian-gonggao-objection-songzhi'),
    # publishes the products chosen (guide: 榜单 that lists winners); only the listed firms are asked for publicity material
    pytest.param('kind', '关于2025年度“苏州好物”榜单评选活动的公告', '各有关企业：\n2025年度“苏州好物”榜单评选活动经企业申报、网络投票、专家评审等环节，共评选出“苏州好物”产品50个、“苏州好物”人气产品10个，名单见附件。\n请上榜企业于10月15日前将企业简介、产品高清图片及使用授权书报送至市商务局消费促进处，用于“苏州好物”集中宣传推广。上榜企业可在产品包装和宣传中使用“苏州好物”标识，有效期两年。\n附件：2025年度“苏州好物”榜单\n苏州市商务局\n2025年9月20日', '2025-09-20',
                 'publicity', id='l4-n-04-bangdan-pingxuan-huodong-gonggao-winners-send-material'),
    # the collection is over and the firms on the list are named; asking them to confirm is no call
    pytest.param('kind', '关于2025年度“无锡制造”品牌榜单遴选的公告', '2025年度“无锡制造”品牌榜单征集活动共收到各类申报材料236份。经形式审查、专家评审和综合评议，无锡某某装备股份有限公司等40家企业的品牌进入榜单，榜单详见附件。\n请进入榜单的企业于2025年10月10日前登录活动平台确认品牌信息并提交品牌宣传视频，逾期未确认的视为自动放弃。\n无锡市工业和信息化局\n2025年9月26日', '2025-09-26',
                 'publicity', id='l4-n-05-bangdan-linxuan-gonggao-listed-confirm'),
    # hands down a list of firms selected; the request is to the listed firms' banks to sign, no one applies
    pytest.param('kind', '关于2025年度中小企业融资白名单推荐的通知', '各县（市、区）工信局、各合作银行：\n根据省工信厅、人民银行江苏省分行工作部署，经各地推荐、市级审核，共有186家企业列入2025年度中小企业融资“白名单”，现将名单印发给你们，请各地于10月31日前组织名单内企业与合作银行完成对接并签订授信协议，并将签约情况报送市工信局融资服务科。\n附件：2025年度中小企业融资“白名单”企业名单\n盐城市工业和信息化局\n2025年9月18日', '2025-09-18',
                 'publicity', id='l4-n-06-mingdan-tuijian-tongzhi-handed-down-sign-same-sentence'),
    # the same list handed down, the request in the next sentence (body rule reads the list)
    pytest.param('kind', '南通市2025年度科技型中小企业融资白名单推荐公告', '各区科技局：\n经各区推荐、市科技局审核，共有98家企业列入2025年度科技型中小企业融资白名单，现将名单印发给你们。\n请各区于10月31日前将名单内企业的授信对接情况报送市科技局资源配置处。\n附件：白名单企业名单\n南通市科学技术局', '2025-09-18',
                 'publicity', id='l4-n-07-mingdan-tuijian-gonggao-handed-down-sign-next-sentence'),
    # the city's recommended list, closed to others (未在推荐名单内的企业不再受理); the named firms' forms are the next step of their recommendation, not an invitation (contestable: a labeller could call it a relayed call)
    pytest.param('kind', '关于2025年度省级绿色工厂名单推荐的通知', '各有关企业：\n经企业申报、县区初审、专家评审和现场核查，市工信局推荐某某钢铁有限公司等9家企业参加2025年度省级绿色工厂评价（名单附后）。\n请被推荐企业于9月26日前登录“江苏省绿色制造管理平台”完成信息填报，并将纸质材料一式两份报送至市工信局节能与综合利用科。未在推荐名单内的企业不再受理。\n附件：推荐企业名单', '2025-09-16',
                 'publicity', id='l4-n-08-mingdan-tuijian-bei-tuijian-qiye-tianbao'),
    # names the units selected; the listed units' yearly report is no application
    pytest.param('kind', '关于2025年度省级服务型制造示范名单评选的公告', '各设区市工业和信息化局：\n经企业申报、设区市推荐、专家评审，南京某某科技有限公司等32家企业（平台）列为2025年度省级服务型制造示范企业（平台），名单见附件。\n请各示范企业（平台）于2026年1月31日前将2025年度示范建设工作总结报送所在设区市工信局，由设区市工信局汇总后报送省工信厅。\n江苏省工业和信息化厅', '2025-09-24',
                 'publicity', id='l4-n-09-mingdan-pingxuan-gonggao-yearly-report'),
    # the persons chosen are named; their units send stories for publicity, nobody applies
    pytest.param('kind', '2025年度“最美科技工作者”名单推选', '经各单位推荐、专家评议和市科协常委会审议，推选出某某、某某某等10名同志为2025年度某某市“最美科技工作者”（名单附后）。\n请推选对象所在单位于9月25日前将个人事迹材料（3000字以内）及近期工作照片报送至市科协组织宣传部，用于事迹宣传。\n某某市科学技术协会', '2025-09-12',
                 'publicity', id='l4-n-10-mingdan-tuixuan-duixiang-shiji-cailiao'),
    # a list of firms passed; listed firms signing up for a training is no application
    pytest.param('kind', '关于2025年度市级数字化车间名单遴选的公告', '各县（市、区）工信局：\n经企业申报、县区推荐、专家评审，现将通过评审的45家企业名单通知如下（见附件）。\n为做好后续建设指导，请名单内企业于10月12日前报名参加市工信局组织的数字化车间建设专题培训，培训具体安排另行通知。\n附件：2025年度市级数字化车间名单\n扬州市工业和信息化局', '2025-09-28',
                 'publicity', id='l4-n-11-mingdan-linxuan-gonggao-training-signup'),
    # the notice's matter is the first batch's list; the second round is announced for next year (contestable: a labeller could read the second round as a call)
    pytest.param('kind', '关于2025年度市级数字化转型标杆企业名单遴选工作的公告', '各县（市、区）工信局：\n经企业申报、县区推荐和专家评审，某某科技有限公司等20家企业进入2025年度第一批市级数字化转型标杆企业名单（见附件1）。\n第二批遴选工作将于明年上半年开展，未进入第一批名单的企业可在完善相关材料后，于2026年4月30日前申报第二批。\n附件：1.第一批名单 2.第二批申报要求\n宿迁市工业和信息化局', '2025-09-20',
                 'publicity', id='l4-n-12-mingdan-linxuan-gongzuo-gonggao-second-round'),
    # the 名录 is published; the top-up is for the 12 firms already in the round, no new applying opened
    pytest.param('kind', '关于2025年度市级重点培育外贸品牌名录推荐的通知', '各区商务局：\n经企业申报、区级推荐和专家评审，共有56个品牌列入2025年度市级重点培育外贸品牌名录，名录见附件。\n对因材料不全暂未参评的12家企业，请所在区商务局督促其于10月20日前补充提交相关证明材料，逾期视为放弃。\n附件：2025年度市级重点培育外贸品牌名录\n连云港市商务局', '2025-09-22',
                 'publicity', id='l4-n-13-minglu-tuijian-tongzhi-topup-materials'),
    # the 名录 is announced (予以公布); the top-up line does not make it a call
    pytest.param('kind', '2025年度“南通老字号”名录推选公告', '各县（市、区）商务局：\n经企业申报、县区推荐、专家评审和公示等程序，现将2025年度“南通老字号”名录予以公布（见附件）。\n对本年度因材料不全未能参评的企业，可于10月31日前补充提交申报材料，纳入下一批次评审。\n南通市商务局', '2025-09-22',
                 'publicity', id='l4-n-14-minglu-tuixuan-gonggao-gongbu-then-topup'),
    # news of the firms shortlisted (guide: a list of selected entities); the shortlist's next step is no call
    pytest.param('kind', '我市8家企业入围2025年度省级工业互联网标杆工厂名单遴选', '近日，省工业和信息化厅公布2025年度省级工业互联网标杆工厂遴选入围名单，我市某某汽车零部件有限公司、某某化纤有限公司等8家企业入围，入围数量居全省第四。根据安排，入围企业须于10月15日前提交现场答辩材料。市工信局将组织专家开展辅导，助力入围企业顺利通过评审。', '2025-09-26',
                 'publicity', id='l4-n-15-news-ruwei-mingdan-linxuan-dabian'),
    # news of the firms recommended (a list of proposed entities); the recommended firms' filing is no call
    pytest.param('kind', '我县9家企业进入2025年度省级绿色工厂名单推荐', '日前，经企业申报、县级初审和市级评审，我县某某纺织有限公司、某某新材料有限公司等9家企业进入2025年度省级绿色工厂推荐名单，数量创历年新高。按照省工信厅要求，被推荐企业需在9月30日前完成省级平台填报。县工信局将全程跟踪服务，确保推荐企业材料规范、按时报送。', '2025-09-18',
                 'publicity', id='l4-n-16-news-jinru-mingdan-tuijian-tianbao'),
    # a report of the winners announced; the registration deadline is recalled, long past
    pytest.param('kind', '2025年“常州礼物”榜单评选活动', '9月26日，2025年“常州礼物”榜单在某某文化广场揭晓。本次评选报名截止日期为7月31日，共有318家企业的526件产品报名参评。经初审、网络投票和专家终审，最终评选出“常州礼物”金奖产品10件、银奖产品20件、优秀产品50件。市文广旅局相关负责人为获奖企业颁奖。', '2025-09-27',
                 'publicity', id='l4-n-17-news-bangdan-pingxuan-huodong-recall-deadline'),
    # the firms passed are listed; the call's closed deadline is only recited
    pytest.param('kind', '关于2025年度市级“小升规”重点培育企业名单遴选的公告', '根据《关于开展2025年度市级“小升规”重点培育企业遴选工作的通知》（申报截止时间为2025年7月31日），经企业申报、县区推荐、专家评审，共有126家企业通过评审，名单如下：\n1.淮安某某机械有限公司\n2.淮安某某食品有限公司\n3.江苏某某新材料有限公司\n……\n淮安市工业和信息化局\n2025年9月15日', '2025-09-15',
                 'publicity', id='l4-n-18-gonggao-recalls-call-deadline'),
    # a report of the recommended firms counted and sent on; the date recalls what was sent
    pytest.param('kind', '我市完成2025年度省级专精特新中小企业名单推荐', '2025年度省级专精特新中小企业名单推荐工作已全部完成。全市共有214家企业提出申请，经县区初审、市级复核，推荐其中168家企业报省工信厅。截至8月31日前，推荐材料已全部报送省工信厅，目前正在等待省级评审。', '2025-09-02',
                 'publicity', id='l4-n-19-news-mingdan-tuijian-done-sent-on'),
    # 组织推荐…名单的通知: a call at the base (ORGANISED_FOR_A_LIST); not the change's title
    pytest.param('kind', '关于组织推荐2026年度省级服务型制造示范名单的通知', '各县（市、区）工信局：\n为贯彻落实《江苏省服务型制造发展实施意见》，现组织开展2026年度省级服务型制造示范推荐工作。请各地认真组织符合条件的企业申报，于2026年4月30日前将推荐材料报送市工信局。\n镇江市工业和信息化局', '2026-03-20',
                 'call', id='l4-n-20-organised-for-list-call'),
    # the city's recommended list; the dated sentence is the bureau's own sending-on, nobody is asked anything
    pytest.param('kind', '关于2025年度省级专精特新“小巨人”培育企业名单推荐的通知', '各有关企业：\n根据省工信厅工作安排，经企业自愿申报、县（市、区）工信局初审和专家评审，市工信局确定推荐某某精工股份有限公司、某某电子科技有限公司等15家企业为2025年度省级专精特新“小巨人”培育企业推荐对象，名单见附件。\n市工信局将于9月30日前将推荐名单及企业申报材料统一报送省工业和信息化厅。\n附件：推荐企业名单\n镇江市工业和信息化局', '2025-09-19',
                 'publicity', id='l4-n-21-mingdan-tuijian-bureau-sends-on'),
    # a proposed 名录 for objections; the objectors' date has no sending verb (sanity: the change leaves it)
    pytest.param('kind', '关于2025年度市级老字号名录推荐的公告', '经企业申报、区级推荐和专家评审，拟将某某酱园、某某茶庄等12家企业列入2025年度市级老字号名录推荐对象，现向社会公告。\n如有异议，请于2025年9月25日前向市商务局市场运行科反映，联系电话：0517-83661234。\n淮安市商务局', '2025-09-18',
                 'publicity', id='l4-n-22-minglu-tuijian-objection-fanying'),
    # the call starts in November; its time later ('，具体时间另行通知': the comma cuts 申报 off the clause)
    pytest.param('kind', '', '各区工业和信息化局：\n根据省工信厅工作安排，2026年度省级专精特新中小企业认定申报工作预计于11月启动，具体时间另行通知。请各地提前做好企业摸底和政策宣传，引导符合条件的企业做好申报准备，确保应报尽报。\n南京市工业和信息化局\n2025年9月12日', '2025-09-15',
                 'policy', id='k1-n-prenotice-comma-time'),
    # applications taken next year; '（具体时间另行通知）' is the applying's time, not an event's
    pytest.param('kind', '', '各有关企业：\n为加快推进工业互联网创新发展，2026年度市级工业互联网标杆工厂申报拟于明年一季度集中受理（具体时间另行通知）。请有意向申报的企业对照评价要点提前谋划，做好数据采集和材料准备。联系人：王科长，电话：0519-85681838。', '2025-09-15',
                 'policy', id='k1-n-prenotice-bracket-time'),
    # the filing system opens later (填报 is not an applying word); only registration asked now
    pytest.param('kind', '', '各县（市、区）科技局：\n2026年度市级科技计划项目将采用网上申报方式，请各地组织有意向申报的单位提前完成单位注册。网上填报系统开放时间另行通知。\n苏州市科学技术局\n2025年9月10日', '2025-09-15',
                 'policy', id='k1-n-system-open-time'),
    # 申报 is 24 characters before 另行通知, out of the 20-character clause, which ends in 地点
    pytest.param('kind', '', '各区人力资源和社会保障局：\n2026年度高层次人才引进项目即将启动申报，现将准备工作提示如下。请各区做好项目储备和政策宣传。申报单位网上填报系统开放的具体时间和纸质材料受理地点另行通知。\n无锡市人力资源和社会保障局', '2025-09-15',
                 'policy', id='k1-n-long-clause-cuts-apply'),
    # '具体时间：另行通知' under 时间安排: the line break cuts the heading off; it is the call's time
    pytest.param('kind', '', '各区科技局：\n根据省科技厅部署，2026年度高新技术企业认定申报工作将分两批开展，现将准备工作提示如下。\n一、工作安排\n请各区组织拟申报企业提前开展研发费用专项审计。\n二、时间安排\n具体时间：另行通知。', '2025-09-15',
                 'policy', id='k1-n-time-item-own-line'),
    # '申报（…）时间另行通知': the clause starts inside the bracket, so 申报 is not seen
    pytest.param('kind', '', '各有关单位：\n2026年度市级中小企业公共服务示范平台认定工作即将开展，请拟申报单位对照认定条件做好准备。2026年度项目申报（网上填报及纸质材料报送）时间另行通知。', '2025-09-15',
                 'policy', id='k1-n-bracket-aside-before-time'),
    # plain heading + 一、申报条件 (the heading route), intake time later: no call open yet
    pytest.param('kind', '', '关于2026年度市级智能制造示范工厂培育有关事项的通知\n各区工业和信息化局：\n现将2026年度市级智能制造示范工厂培育有关事项通知如下。\n一、申报条件\n在本市注册，上年度营业收入不低于1亿元的制造业企业。\n二、申报材料\n申请书及佐证材料。\n三、其他事项\n请各区提前组织企业开展自评，具体受理时间另行通知。', '2025-09-15',
                 'policy', id='k1-n-plain-heading-guide-intake-later'),
    # a policy reported; its first call later ('，时间另行通知')
    pytest.param('kind', '低空经济企业最高可获500万元奖励', '近日，市政府办公室印发支持低空经济高质量发展的若干措施，从基础设施、场景应用、企业引育等方面提出18条举措。对新落户的低空经济企业，最高给予500万元奖励。首批奖补申报工作预计年底前开展，时间另行通知。符合条件的企业可提前做好申报准备。', '2025-09-15',
                 'policy', id='k1-n-policy-news-first-round-later'),
    # same, untitled
    pytest.param('kind', '', '近日，市政府办公室印发支持低空经济高质量发展的若干措施，从基础设施、场景应用、企业引育等方面提出18条举措。对新落户的低空经济企业，最高给予500万元奖励。首批奖补申报工作预计年底前开展，时间另行通知。符合条件的企业可提前做好申报准备。', '2025-09-15',
                 'policy', id='k1-n-policy-news-untitled'),
    # 申报具体时间另行通知
    pytest.param('kind', '', '各有关企业：\n2026年度市级绿色工厂申报工作将于近期开展，申报具体时间另行通知。请拟申报企业对照评价标准提前开展自评。', '2025-09-15',
                 'policy', id='k1-n-apply-specific-time-later'),
    # 具体申报日期另行发布
    pytest.param('kind', '', '各有关单位：\n市级文化产业发展专项资金将于2026年继续实施，支持方向与上年度基本一致，请各单位提前谋划项目。具体申报日期另行发布。申报单位须为在本市注册的独立法人。', '2025-09-15',
                 'policy', id='k1-n-apply-date-later-published'),
    # 申报系统开放时间另行通知
    pytest.param('kind', '', '各设区市科技局：\n2026年度省重点研发计划项目申报准备工作现已开始，请各地组织单位提前完成注册。申报系统开放时间另行通知。', '2025-09-15',
                 'policy', id='k1-n-apply-system-open-later'),
    # 申报指南另行印发
    pytest.param('kind', '', '各区工信局：\n根据市政府工作部署，2026年将继续实施“智改数转”奖补政策，相关申报指南另行印发。请各地组织企业提前谋划项目，做好申报准备。', '2025-09-15',
                 'policy', id='k1-n-apply-guide-later'),
    # 申报 in the clause ending in 日期: still the call's date
    pytest.param('kind', '', '各区工业和信息化局：\n2026年度市级绿色工厂培育工作即将启动，请各区组织企业对照标准开展自评，做好申报准备。首批认定申报材料的集中报送日期另行发布。', '2025-09-15',
                 'policy', id='k1-n-batch-materials-date-later'),
    # the contest's registration opens later: 报名时间另行通知
    pytest.param('kind', '', '第十届“创客中国”常州市中小企业创新创业大赛报名工作将于10月启动，届时企业和创客团队可通过“创客中国”平台报名。报名时间另行通知。', '2025-09-15',
                 'policy', id='k1-n-registration-time-later'),
    # a meeting; its time and place later
    pytest.param('kind', '关于召开2025年全市中小企业公共服务工作会议的通知', '各区工业和信息化局，各中小企业公共服务平台：\n为总结全市中小企业公共服务工作，部署下阶段重点任务，市工信局拟召开全市中小企业公共服务工作会议。现将有关事项通知如下：\n一、参会人员\n各区分管负责人，各平台负责人。\n二、会议时间、地点另行通知。\n三、请各单位于9月20日前报送参会回执。', '2025-09-15',
                 'event', id='k1-n-meeting-titled'),
    # a meeting decided; its time and place later
    pytest.param('kind', '', '各有关单位：\n经研究，定于近期召开全市科技创新券工作推进会，总结创新券申领兑付情况，推动更多企业申请使用创新券。会议具体时间、地点另行通知。请各单位做好准备。', '2025-09-15',
                 'event', id='k1-n-meeting-untitled'),
    # a job fair; its time and place later
    pytest.param('kind', '', '为帮助高校毕业生顺利就业，市人社局将联合各区举办“百日千万”专场招聘会，届时将组织200余家企业进场招聘。招聘会具体时间、地点另行通知。有招聘需求的企业可向所在区人社局报名，求职者可关注“某某就业”公众号报名。', '2025-09-15',
                 'event', id='k1-n-job-fair'),
    # a training on how to apply; its time and place later
    pytest.param('kind', '', '各县（市、区）科技局：\n2026年度省科技计划项目申报培训会将于近期召开，届时将解读申报指南、讲解申报系统操作。请各地组织有意向申报的单位参加。培训会时间、地点另行通知。', '2025-09-15',
                 'event', id='k1-n-training-on-applying'),
    # entries now; only the contest's date later
    pytest.param('kind', '', '第十届“创客中国”常州市中小企业创新创业大赛正式启动\n本届大赛设企业组和创客组，面向全市征集优秀项目。\n报名时间：即日起至2025年10月15日。\n报名方式：登录“创客中国”平台在线报名。\n比赛时间：另行通知。\n一等奖项目将获得5万元奖励，并推荐参加省赛。', '2025-09-15',
                 'call', id='k1-n-call-contest-colon'),
    # entries by a date; the final's time and place later
    pytest.param('kind', '', '各有关企业：\n2025年无锡市工业设计大赛现面向全市征集参赛作品，参赛对象为在本市注册的企业、设计机构及高校团队。请参赛单位于10月20日前登录大赛官网报名并提交作品。决赛时间和地点另行通知。', '2025-09-15',
                 'call', id='k1-n-call-final-time-place'),
    # entries by a date; the final's arrangements later
    pytest.param('kind', '', '各参赛企业：\n第三届“数智杯”工业互联网创新应用大赛现开始报名，请有意参赛的企业于10月25日前提交报名表及项目材料，逾期不予受理。决赛具体安排另行通知，敬请关注大赛公众号。', '2025-09-15',
                 'call', id='k1-n-call-arrangements-later'),
    # collection by a date; when winners are recommended on, later
    pytest.param('kind', '', '各有关企业：\n2025年常州市“智改数转”优秀解决方案征集活动现已开始，请各服务商于10月30日前报送申报材料，截止后不再受理。入选方案将推荐参加省级评选，推荐时间另行通知。', '2025-09-15',
                 'call', id='k1-n-call-recommend-on-later'),
    # a contest announced ahead; its registration itself opens later (大赛报名时间另行通知): no call yet
    pytest.param('kind', '', '各有关单位：\n为激发全市中小企业创新活力，市工信局将于今年四季度举办第三届“龙城杯”中小企业数字化创新大赛，面向全市中小企业和服务商征集数字化应用场景项目。请各区提前做好宣传发动，组织有意向的企业做好参赛准备。大赛报名时间另行通知。\n常州市工业和信息化局\n2025年9月12日', '2025-09-15',
                 'policy', id='k2-n-contest-registration-time-later'),
    # same pre-notice under a 准备工作 title: the registration time is told later
    pytest.param('kind', '关于做好第三届“龙城杯”中小企业数字化创新大赛准备工作的通知', '各区工业和信息化局：\n市工信局将于今年四季度举办第三届“龙城杯”中小企业数字化创新大赛，面向全市中小企业和服务商征集数字化应用场景项目。请各区提前摸排辖区企业，做好宣传发动，引导企业做好申报准备。大赛报名时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-contest-registration-time-later-titled'),
    # '报名及比赛时间另行通知': the clause ends in 比赛时间, but the registration time is told later too
    pytest.param('kind', '', '第十二届江苏省“互联网+”大学生创新创业大赛将于10月启动，本届大赛设高教主赛道、青年红色筑梦之旅赛道和产业命题赛道。请各高校提前组织师生团队谋划参赛项目，做好报名准备。报名及比赛时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-registration-and-contest-time-later'),
    # an exam's registration opens later: 考试报名时间另行通知 is the call's own time
    pytest.param('kind', '', '根据省人力资源和社会保障厅安排，2026年度全省经济专业技术资格考试预计于明年6月举行，考试报名工作将于明年3月启动。请有意报考的人员提前做好准备，考试报名时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-exam-registration-time-later'),
    # the contest (and with it the call) starts later: 大赛启动时间另行通知
    pytest.param('kind', '', '各县（市、区）科技局：\n2026年度市科技创新创业大赛拟于明年一季度举办，大赛将围绕新一代信息技术、生物医药、高端装备三大领域征集项目。请各地提前组织辖区科技型企业和创业团队做好项目储备和申报准备。大赛启动时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-contest-launch-time-later'),
    # '大赛作品征集时间另行发布': the collection (the call) is told later
    pytest.param('kind', '', '各有关单位：\n第四届苏州市工业设计大赛将于近期举办，面向全市设计机构、制造企业和高校征集参赛作品，并推荐优秀作品参加省赛。请各单位提前谋划，做好作品创作准备。大赛作品征集时间另行发布。', '2025-09-15',
                 'policy', id='k2-n-contest-collection-time-later'),
    # '大赛申报日期：另行通知': the application date, not the contest's
    pytest.param('kind', '', '各区商务局：\n2026年全市跨境电商创新创业大赛正在筹备中，大赛面向全市跨境电商企业和创业团队，申报企业须在本市注册。请各区提前摸排辖区跨境电商企业，做好申报动员。\n大赛申报日期：另行通知。', '2025-09-15',
                 'policy', id='k2-n-contest-application-date-colon'),
    # the call comes later; '答辩申请时间另行通知' is the application's time
    pytest.param('kind', '', '各有关企业：\n2026年度市级“揭榜挂帅”科技项目技术需求榜单将于年底前发布，揭榜单位须经现场答辩确定。请有意揭榜的企业提前组建团队、谋划技术方案，做好申报准备，届时由所在区科技局统一推荐。揭榜答辩申请时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-defence-application-time-later'),
    # the open group's registration is told later: '复赛报名地点另行通知' is where to register
    pytest.param('kind', '', '2025年无锡市青年职业技能大赛（电工赛项）初赛已于9月10日结束，共有186名选手报名参赛。复赛拟面向社会增设公开组，在本市从业的电工可报名参加复赛。复赛报名地点另行通知。', '2025-09-15',
                 'policy', id='k2-n-second-round-registration-place-later'),
    # two told later, one of them the registration time: still a call to come
    pytest.param('kind', '', '各有关单位：\n第五届“金陵杯”青年创新创业大赛将于11月举办，面向35周岁以下青年创业者征集项目，报名者须通过大赛小程序提交项目简介。报名时间另行通知，比赛时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-two-told-later-one-call'),
    # news of a contest whose entries closed; only the semi-final's time later
    pytest.param('kind', '“龙城杯”数字化创新大赛吸引312个项目参赛', '本报讯（记者 王磊）9月20日，第三届“龙城杯”中小企业数字化创新大赛报名工作截止。本届大赛共有312个项目报名参赛，较上届增长近三成，其中由各区推荐的项目达160个。经专家初审，遴选出60个优胜项目进入复赛，复赛时间另行通知。', '2025-09-15',
                 'event', id='k2-n-news-entries-closed-semifinal-later'),
    # same, untitled
    pytest.param('kind', '', '本报讯（记者 王磊）9月20日，第三届“龙城杯”中小企业数字化创新大赛报名工作截止。本届大赛共有312个项目报名参赛，较上届增长近三成，其中由各区推荐的项目达160个。经专家初审，遴选出60个优胜项目进入复赛，复赛时间另行通知。', '2025-09-15',
                 'event', id='k2-n-news-entries-closed-untitled'),
    # a report of a round held; next step the final, its time later
    pytest.param('kind', '', '9月18日，2025年南京市职业技能大赛（电工赛项）初赛在南京技师学院举行，来自全市各区推荐的120名选手参加比赛。本次大赛自8月启动报名以来，受到企业职工广泛关注。下一步，市人社局将组织初赛前30名选手参加决赛，决赛时间另行通知。', '2025-09-15',
                 'event', id='k2-n-news-final-time-next-step'),
    # finalists put up; their final's time later
    pytest.param('kind', '', '经各区推荐、专家初审，第五届“金陵杯”青年创新创业大赛初赛共有186个项目报名参赛，现将入围决赛的30个项目名单予以公示（名单见附件）。公示期为2025年9月15日至9月19日，对名单有异议的，请在公示期内向大赛组委会反映。决赛时间另行通知。', '2025-09-15',
                 'publicity', id='k2-n-finalists-publicity-untitled'),
    # a list of finalists; the final's time and place later
    pytest.param('kind', '第五届“金陵杯”青年创新创业大赛决赛入围项目名单', '经各区推荐、专家初审，大赛初赛共有186个项目报名参赛，以下30个项目入围决赛：\n1. 智能巡检机器人项目\n2. 低空物流无人机项目\n……\n请入围项目负责人保持电话畅通，决赛时间、地点另行通知。', '2025-09-15',
                 'publicity', id='k2-n-finalists-list-titled'),
    # a training before an exam for trainees already put forward; the exam's time later
    pytest.param('kind', '', '各有关单位：\n为帮助已报名参加2025年度安全生产管理人员考核的学员顺利通过考试，市应急管理局定于9月25日至26日在市应急培训中心举办考前培训班。参训学员以各单位前期推荐报名的人员为准，无需另行报名。考核考试时间另行通知。', '2025-09-15',
                 'event', id='k2-n-exam-training-registered'),
    # a roadshow for firms already selected; its time and place later
    pytest.param('kind', '', '各有关企业：\n市工信局定于10月下旬联合多家投资机构举办优质中小企业投融资路演对接活动，帮助优质企业对接资本。\n参加路演的企业为经各区推荐、专家遴选进入2025年度市优质中小企业项目库的首批企业，无需另行报名。路演时间、地点另行通知。', '2025-09-15',
                 'event', id='k2-n-roadshow-selected-firms'),
    # winners named (list attached); the ceremony's time later
    pytest.param('kind', '', '2025年南通市“工业设计大赛”评审工作已经结束。本届大赛共征集作品812件，经初评、复评和终评，共产生金奖3项、银奖6项、铜奖10项（获奖名单见附件）。大赛颁奖典礼将于10月举办，请获奖单位做好参会准备，颁奖典礼具体时间另行通知。', '2025-09-15',
                 'publicity', id='k2-n-award-ceremony-winners-named'),
    # a rule on contests; 竞赛时间另行通知 is a case the rule covers
    pytest.param('kind', '', '为规范全市职业技能竞赛组织管理，提高竞赛质量，现就有关事项明确如下。各类市级竞赛原则上每两年举办一次，参赛选手须经所在单位推荐报名，同一选手同一年度报名参加市级竞赛不超过2项。竞赛时间另行通知的，主办单位应至少提前15日发布竞赛时间、地点。', '2025-09-15',
                 'policy', id='k2-n-contest-policy-untitled'),
    # a contest call with a deadline; only the final's place later
    pytest.param('kind', '关于举办2025年常州市“专精特新”企业创新大赛的通知', '各区工业和信息化局，各有关企业：\n为推动专精特新企业创新发展，市工信局决定举办2025年常州市“专精特新”企业创新大赛。现将有关事项通知如下：\n一、参赛对象\n在本市注册的专精特新中小企业。\n二、报名方式\n请参赛企业于10月15日前通过所在区工信局报名。\n三、比赛安排\n初赛采取网络评审，决赛地点另行通知。', '2025-09-15',
                 'call', id='k2-n-call-deadline-final-place-later'),
    # a plain 关于…的通知 heading with 一、申报条件 (the heading route), but the contest's applying is told later
    pytest.param('kind', '', '关于做好2026年度市中小企业创新创业大赛筹备工作的通知\n各区工业和信息化局：\n2026年度市中小企业创新创业大赛拟于明年3月启动，现将筹备工作有关事项通知如下。\n一、申报条件\n在本市注册、成立5年以内的中小企业，或拟在本市落地的创业团队。\n二、工作要求\n请各区提前摸排辖区企业，做好项目储备。\n三、其他事项\n大赛申报时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-heading-guide-contest-prenotice'),
    # '报名、比赛时间另行通知': the registration's time is told later with the contest's
    pytest.param('kind', '', '2025年常州市青年职业技能大赛（数控铣赛项）将于11月举办，面向全市35周岁以下企业职工，各企业可推荐优秀技能人才报名参赛。报名、比赛时间另行通知。', '2025-09-15',
                 'policy', id='k2-n-registration-comma-contest-time'),
    # a news report of a contest to come; its registration told later: no call open
    pytest.param('kind', '第三届“龙城杯”中小企业数字化创新大赛即将启幕', '本报讯（记者 王磊）记者从市工信局获悉，第三届“龙城杯”中小企业数字化创新大赛将于11月启动，本届大赛首次设立服务商组，面向全市中小企业和数字化服务商征集应用场景项目，获奖项目将被推荐参加省赛。大赛报名时间另行通知。', '2025-09-15',
                 'event', id='k2-n-news-contest-launched-registration-later'),
    # '大赛报名方式另行通知' (方式 is no time, place or date): the call comes later; neither tree reads a contest detail
    pytest.param('kind', '', '各有关单位：\n第四届苏州市工业设计大赛将于近期举办，面向全市设计机构、制造企业和高校征集参赛作品，并推荐优秀作品参加省赛。请各单位提前谋划，做好作品创作准备。大赛报名方式另行通知。', '2025-09-15',
                 'policy', id='k2-n-contest-registration-method-later'),
]


@pytest.mark.parametrize("field, title, text, published, expected", REVIEW_CASES)
def test_round_74_review_cases(field, title, text, published, expected):
    assert review_reading(field, title, text, published) == review_expected(expected)
