"""Round 76 of the blind-set method (README, "Extraction accuracy"): two code reviews; no rule kept.

Taken back (regions): a text in which a ministry speaks of itself ("我部决定开展…", "报至我部"), naming no place of its own
and no party committee department, read as national (r707_03 and r713_08, untitled pages with no issuer named, labelled
全国; all 8 labelled texts saying 我部 are 全国). It moved those two and nothing else of 269 outputs, but its review (e1-)
found 21 regressions: 我部 said by whoever has a 部 — a party 组织部 or 统一战线工作部 not named as the guard expected, a
人武部, a Youth League, women's federation or trade-union department, a company's 市场部 or a bank's 公司业务部, a
university's 学生工作部 or 招生就业部, a student union's 外联部, an armed-police or military unit (某部, 保障部, 我部队), 自我部署,
a city bureau reposting a ministry's notice, and 我部 inside a quoted title. The two texts give no positive sign of a
ministry beyond 我部 itself.

Taken back (kind, part 2): a title that publishes what opens applications, an application guide ("…关于公布…项目申报指南
(2020年第一批)的通知", r708_08) or the next batch's application after a list ("…关于公布首批…名单并组织开展第二批…申报工作的
通知", r711_02), both labelled calls, read as a call. Its review (e2-) found 14 regressions: "关于公布…申报工作的通知/公告"
heads a list of grants, of accepted or rejected applications, of winners or of candidates for objection as often as it
opens a round, and a list may come with the next batch paused, closed or not yet open. Asked that the body also open
applications, the reading kept 6 of them and moved r711_02 alone.

What stays: every review case that reads right at the end (the pipeline is the round's start's), each comment the
reviewer's reason; among them the 35 regressions.
"""
import pytest

from round_helpers import review_expected, review_reading

REVIEW_CASES = [
    # a party committee's 组织部 calling itself 我部, naming itself only as 组织部 (no 委): not a ministry, issuer's place unknown -> []
    pytest.param('regions', '', '各基层党委：\n为进一步加强年轻干部队伍建设，经研究，我部决定举办第十二期中青年干部培训班。请各单位于2024年5月10日前将推荐人选名单报送组织部干部一科（我部三楼302室）。\n联系人：王老师', '2024-04-25',
                 [], id='e1-n-01'),
    # a county 人武部 (abbreviated 人武部, not 武装部) says 我部 and 全县 (not in the self-reference list); a county's call, county unknown -> []
    pytest.param('regions', '', '2024年下半年征兵工作已经开始。全县年满18至22周岁的男性青年均可报名应征，高校毕业生可放宽至24周岁。有意向者请于8月15日前到我部（人武部）兵役登记窗口进行初检初考。\n咨询电话：4008123123', '2024-07-01',
                 [], id='e1-n-02'),
    # 团省委's department (a Communist Youth League body, 委青年发展部 not in the party list) says 我部; a provincial call, province unnamed -> []
    pytest.param('regions', '', '各市团委：\n为深入实施青年发展规划，团省委青年发展部决定开展第五届青年创新创业大赛。请各单位组织辖区青年团队踊跃报名，并于2024年6月30日前将汇总表报送我部。\n团省委青年发展部\n2024年5月20日', '2024-05-20',
                 [], id='e1-n-03'),
    # a city 妇联's department addresses 各区妇联 and says 我部: a city's notice, city unknown -> [], not 全国
    pytest.param('regions', '', '各区妇联：\n为弘扬家庭美德，决定开展2024年度“最美家庭”推荐评选活动。请各区妇联认真组织推荐，于2024年4月30日前将推荐表纸质版及电子版报送我部。\n妇联家庭和儿童工作部\n2024年3月28日', '2024-03-28',
                 [], id='e1-n-04'),
    # a city 总工会's department (我部); city unknown -> []
    pytest.param('regions', '', '各区总工会、各产业工会：\n现开展2024年度职工技术创新成果评选活动。请各单位于6月15日前将申报材料报送至我部，逾期不予受理。\n总工会经济技术工作部\n2024年5月6日', '2024-05-06',
                 [], id='e1-n-05'),
    # a company's 市场部 says 我部; not a ministry, place unknown -> []
    pytest.param('regions', '', '因业务发展需要，本公司市场部现面向社会公开征集广告宣传及活动执行服务供应商。有意向的单位请于2024年9月20日前将资质材料发送至我部邮箱market@example.com，我部将组织比选。', '2024-09-05',
                 [], id='e1-n-06'),
    # a university's 学生工作部 says 我部 in an internal call to its colleges; not a ministry -> []
    pytest.param('regions', '', '各学院：\n根据学校工作安排，现启动2024—2025学年国家奖学金、国家励志奖学金评审工作。请各学院于2024年10月15日前将评审结果及申请材料报送至我部（学生工作部）资助管理中心。', '2024-09-25',
                 [], id='e1-n-07'),
    # a college's 招生就业部 (我部); not a ministry -> []
    pytest.param('regions', '', '各位应届毕业生：\n我部将于2024年11月8日在学校体育馆举办秋季校园双选会，届时将有200余家用人单位进场招聘。请有意向的用人单位于10月30日前向我部提交参会回执。\n招生就业部', '2024-10-15',
                 [], id='e1-n-08'),
    # a student union's 外联部 (我部); not a ministry -> []
    pytest.param('regions', '', '学生会外联部招新啦！我部主要负责对外联络、赞助洽谈等工作，欢迎热爱交流的同学加入。报名截止时间：2024年9月25日，请将报名表发送至我部邮箱。', '2024-09-10',
                 [], id='e1-n-09'),
    # a military unit (某部) says 我部; not a State Council ministry, its place not stated -> []
    pytest.param('regions', '', '武警某部因工作需要，现面向社会公开招考文职人员15名。我部将严格按照招考程序组织实施，报名人员请于2024年8月10日前将报名表发送至我部指定邮箱。', '2024-07-20',
                 [], id='e1-n-10'),
    # a 市委宣传部 naming itself: the party-department guard must keep it off 全国; city unknown -> []
    pytest.param('regions', '', '各县（市、区）委宣传部：\n为做好2024年度优秀网络文艺作品征集工作，请各单位于7月31日前将作品报送至我部文艺处。\n市委宣传部\n2024年6月20日', '2024-06-20',
                 [], id='e1-n-11'),
    # a 省委统战部 naming itself (and 全省): must stay off 全国; province unnamed -> []
    pytest.param('regions', '', '各市委统战部：\n经研究，我部决定开展全省新的社会阶层人士优秀实践案例征集活动，请于2024年9月1日前报送。\n中共省委统一战线工作部', '2024-08-01',
                 [], id='e1-n-12'),
    # a party 统战部 under its full name 统一战线工作部 (not the abbreviation the guard knows) says 我部; local, place unknown -> []
    pytest.param('regions', '', '为进一步做好新时代统一战线工作，经研究，我部决定开展优秀统战理论研究成果评选活动。请各民主党派、工商联和有关单位于2024年9月1日前将推荐成果报送至我部研究室。', '2024-08-01',
                 [], id='e1-n-13'),
    # a university's 人民武装部 names itself (武装部 is in the guard); not national -> []
    pytest.param('regions', '', '为做好2024年大学生征兵工作，学校人民武装部定于9月10日在图书馆广场开展征兵宣传咨询活动。有参军意向的同学请于9月20日前到我部登记报名。', '2024-09-01',
                 [], id='e1-n-14'),
    # 我部门 (a department), excluded by the rule -> []
    pytest.param('regions', '', '为提升服务质量，我部门决定开展年度客户满意度调查，请各合作单位于2024年12月10日前填写问卷并反馈至我部门邮箱。', '2024-11-25',
                 [], id='e1-n-15'),
    # 自我部署 contains 我部署, which the lookahead (门|分) does not exclude; a platform's call, place unknown -> []
    pytest.param('regions', '', '本平台支持企业根据业务需要进行私有化部署和自我部署，服务商名录征集截止时间为2024年10月31日，有意向的服务商请于截止日前提交申请材料。', '2024-10-08',
                 [], id='e1-n-16'),
    # 我部分, excluded by the rule -> []
    pytest.param('regions', '', '申报单位须对申报材料中涉及技术秘密的内容进行自我部分保密处理，申报截止时间为2024年6月30日。', '2024-06-01',
                 [], id='e1-n-17'),
    # a city bureau (各区科技局, 我局) reposting a ministry notice saying 我部: a city's repost, city unknown -> []
    pytest.param('regions', '', '各区科技局：\n现将《科学技术部关于开展2024年度科技企业孵化器评价工作的通知》转发给你们，请于2024年5月20日前将材料报送我局。\n\n（原文）请各地科技管理部门于2024年6月10日前将材料报送我部火炬中心。', '2024-05-06',
                 [], id='e1-n-19'),
    # 我部队 (our troops) is not a ministry speaking; a recruiting post by an unnamed unit -> []
    pytest.param('regions', '', '热血男儿当兵去！欢迎广大适龄青年踊跃报名参军，到我部队建功立业。报名截止时间为2024年8月15日，有意者可登录全国征兵网报名。', '2024-07-01',
                 [], id='e1-n-20'),
    # traditional script: a university 党委学生工作部 (not in the party list) says 我部 -> []
    pytest.param('regions', '', '各學院：\n根據學校工作安排，校黨委學生工作部決定開展2024年度優秀學生幹部評選工作。請各學院於2024年11月20日前將推薦材料報送我部。', '2024-11-01',
                 [], id='e1-n-21'),
    # a banner's 人武部 (全旗, 旗人武部 — neither in the guard lists) says 我部 -> [] (banner unknown)
    pytest.param('regions', '', '全旗适龄青年：\n2024年度征兵报名工作已经开始，请有意应征的青年于2024年8月20日前到我部（旗人武部）进行报名登记。', '2024-07-15',
                 [], id='e1-n-22'),
    # 我部 only inside a quoted ministry title in a county's call that names 县工业和信息化局 (after 报送, so the level-body guard does not see it): county unknown -> []
    pytest.param('regions', '', '各乡镇、各有关单位：\n根据《工业和信息化部关于进一步做好我部定点帮扶工作的通知》要求，现组织开展2024年帮扶项目申报工作，请于2024年4月30日前将申报材料报送县工业和信息化局。', '2024-04-10',
                 [], id='e1-n-23'),
    # 我部 only inside a quoted ministry title (《…我部定点帮扶…》) in a county bureau's call to 各乡镇: a county's call, county unknown -> [], not 全国
    pytest.param('regions', '', '各乡镇、各有关单位：\n根据《工业和信息化部关于进一步做好我部定点帮扶工作的通知》要求，现组织开展2024年帮扶项目申报工作，请各乡镇于2024年4月30日前将申报材料报送至我局产业发展股。', '2024-04-10',
                 [], id='e1-n-24'),
    # a bank's 公司业务部 (我部); not a ministry -> []
    pytest.param('regions', '', '尊敬的客户：\n我行公司业务部现推出“科创贷”专项金融产品，面向科技型中小企业提供信用贷款。有融资需求的企业请于2024年12月31日前联系我部客户经理提交申请。', '2024-11-01',
                 [], id='e1-n-25'),
    # a party 组织部 not named at all (我部 only), with a 025 landline: issuer unknown and no place in the text -> [] per the guide (the landline at most hints 南京市), not 全国
    pytest.param('regions', '', '为进一步加强年轻干部队伍建设，经研究，我部决定举办第十二期中青年干部培训班。请各单位于2024年5月10日前将推荐人选名单报送我部干部一科。\n联系人：王老师，电话：025-83390123', '2024-04-25',
                 [], id='e1-n-26'),
    # a military sub-district's 保障部 (我部); not a ministry -> []
    pytest.param('regions', '', '军分区保障部决定公开招标采购营区维修服务，有意向的投标人请于2024年10月20日前到我部领取招标文件。', '2024-10-01',
                 [], id='e1-n-27'),
    # a ministry notice addressed to every province (read national before the fallback): must stay 全国
    pytest.param('regions', '', '各省、自治区、直辖市及计划单列市工业和信息化主管部门：\n为推动中小企业特色产业集群发展，我部决定开展2024年度中小企业特色产业集群培育认定工作。请于2024年9月30日前将推荐材料报送我部（中小企业局）。', '2024-08-01',
                 ['全国'], id='e1-n-28'),
    # a 区委组织部 named after 报送 (only the party guard catches it): must stay off 全国 -> []
    pytest.param('regions', '', '各乡镇党委：\n我部决定开展2024年度优秀共产党员推荐工作，请于2024年6月10日前将推荐材料报送区委组织部组织科。', '2024-05-20',
                 [], id='e1-n-29'),
    # traditional script 市委組織部 (guard must see it once simplified) saying 我部 -> []
    pytest.param('regions', '', '各基層黨委：\n經研究，我部決定開展2024年度黨建工作創新案例徵集活動，請於2024年7月15日前將案例報送中共市委組織部組織一科。', '2024-06-20',
                 [], id='e1-n-30'),
    # 公布…申报工作 whose body only announces the application's outcome: a list of firms granted, nothing left to apply for
    pytest.param('kind', '关于公布2024年度无锡市企业研发费用补助申报工作的公告', '根据《无锡市企业研发费用补助实施细则》，经企业申报、区级初审、市级复核，\n共有无锡某某精密机械有限公司等486家企业符合补助条件，现将补助企业名单及补助金额予以公布（见附件）。\n补助资金将由市财政直接拨付至企业账户。\n联系电话：0510-81822345。', '2025-09-10',
                 'publicity', id='e2-n-01'),
    # a 受理名单 of applications already made; the window closed: a list, not a call
    pytest.param('kind', '关于公布2025年度高新技术企业培育库入库申报工作的通知', '各区科技局：\n2025年度高新技术企业培育库入库申报工作已于8月31日截止。\n经形式审查，现将受理的312家企业名单予以公布（见附件），未列入名单的企业不再受理。\n后续评审结果将另行公布。\n联系电话：0519-85681838。', '2025-09-10',
                 'publicity', id='e2-n-02'),
    # the body only reports who applied and which applications passed a check: publicity
    pytest.param('kind', '关于公布2025年度省级工业和信息化产业转型升级专项资金申报工作的通知', '各设区市工业和信息化局：\n2025年度省级工业和信息化产业转型升级专项资金申报工作已结束。\n全省共收到申报项目1236个，经形式审查，通过978个，现将形式审查通过项目名单予以公布（见附件）。\n专家评审结果将另行公示。\n联系电话：025-69650789。', '2025-09-26',
                 'publicity', id='e2-n-03'),
    # a list published and the next batch's application suspended: nothing to apply for
    pytest.param('kind', '关于公布第三批江苏省中小企业公共服务示范平台名单并暂停第四批申报工作的通知', '各设区市工业和信息化局：\n经各地推荐、专家评审和公示，认定南京某某科技服务有限公司等45家单位为第三批江苏省中小企业公共服务示范平台，现予公布。\n因示范平台管理办法正在修订，第四批示范平台申报工作暂停，恢复时间另行通知。\n联系电话：025-69650321。', '2025-09-12',
                 'publicity', id='e2-n-04'),
    # a list published; the next round opens later by a separate notice: no application can be made now
    pytest.param('kind', '关于公布2024年度省级专精特新中小企业名单及做好2025年申报工作的通知', '各设区市工业和信息化局：\n经企业申报、各地推荐、专家评审和公示，认定1235家企业为2024年度江苏省专精特新中小企业，现予公布（见附件）。\n2025年度专精特新中小企业申报工作预计于2026年3月启动，具体安排另行通知。\n请各地提前做好企业梯度培育和政策宣传工作。\n联系电话：025-69650456。', '2025-09-15',
                 'publicity', id='e2-n-05'),
    # results published; the next application is only announced for later: publicity
    pytest.param('kind', '关于公布2024年度无锡市工业转型升级专项资金评审结果暨2025年度申报工作的通知', '各市（县）区工信局：\n2024年度无锡市工业转型升级专项资金评审工作已经结束，现将评审结果予以公布（见附件）。\n2025年度专项资金申报工作将于2026年2月启动，届时另行发布申报通知，请各地提前做好项目储备。\n联系电话：0510-81821234。', '2025-09-05',
                 'publicity', id='e2-n-06'),
    # results of an application published (申报工作…结果): the rule must not fire
    pytest.param('kind', '关于公布2024年度南京市专项资金申报工作评审结果的通知', '各有关单位：\n经专家评审、现场核查和网上公示，现将2024年度南京市专项资金申报工作评审结果予以公布（见附件）。\n请获得支持的单位按照资金管理办法规范使用资金。\n联系电话：025-68787321。', '2025-09-03',
                 'publicity', id='e2-n-07'),
    # 申报工作结果: a result; the date is for winners to sign contracts, not to apply
    pytest.param('kind', '关于公布2025年度苏州市科技计划项目申报工作结果的通知', '各有关单位：\n2025年度苏州市科技计划项目申报工作已完成评审，现将立项结果予以公布（见附件）。\n请立项单位于2025年10月15日前签订项目合同。\n联系电话：0512-68616456。', '2025-09-21',
                 'publicity', id='e2-n-08'),
    # a 解读 of a guide: interpretation whatever the title publishes
    pytest.param('kind', '关于公布2025年度产学合作协同育人项目申报指南（2025年第一批）的政策解读', '一、出台背景\n为深化产教融合，教育部高等教育司公布了2025年第一批产学合作协同育人项目申报指南。\n二、主要内容\n本批次共有86家企业支持约3000个项目，涵盖新工科、新医科等领域。\n三、问题解答\n问：哪些教师可以申报？答：全国普通高等学校在职教师均可申报。', '2025-09-18',
                 'interpretation', id='e2-n-10'),
    # a 问答 of an application: interpretation
    pytest.param('kind', '关于公布2025年度“姑苏英才”计划申报工作问答的通知', '各有关单位：\n为便于申报单位和人才了解政策，现将2025年度“姑苏英才”计划申报工作常见问题解答公布如下。\n1.问：申报人年龄有何要求？答：一般不超过45周岁。\n2.问：已获省级人才计划资助的可否申报？答：同类项目不得重复申报。\n联系电话：0512-68612345。', '2025-09-09',
                 'interpretation', id='e2-n-11'),
    # a 公示 (ends 的公示, not 的通知): the rule must not fire
    pytest.param('kind', '关于公布首批江苏省工业设计中心名单并组织开展第二批申报工作的公示', '根据省工业设计中心认定管理办法，经企业申报、设区市推荐和专家评审，拟认定以下45家企业为江苏省工业设计中心。\n现予以公示，公示期为2025年9月15日至9月19日。\n如有异议，请在公示期内以书面形式向省工业和信息化厅反映。\n联系电话：025-69650654。', '2025-09-15',
                 'publicity', id='e2-n-12'),
    # 公布…申报工作的公示: a list for objections
    pytest.param('kind', '关于公布2025年度常州市科技创新券申报工作的公示', '经企业申报、服务机构确认和审核，现将2025年度常州市科技创新券拟兑付企业名单予以公示。\n公示期为2025年9月22日至9月26日。\n对公示内容有异议的，请在公示期内向市科技局反映。\n联系电话：0519-85681234。', '2025-09-22',
                 'publicity', id='e2-n-13'),
    # untitled record of a result: publicity, the rule must not fire
    pytest.param('kind', '', '关于公布2024年度南京市专项资金申报工作评审结果的通知\n各有关单位：\n经专家评审和网上公示，现将2024年度南京市专项资金申报工作评审结果予以公布（见附件）。\n联系电话：025-68787321。', '2025-09-03',
                 'publicity', id='e2-n-15'),
    # a list of those selected; the rule's bracket after 申报工作 lets it fire
    pytest.param('kind', '关于公布2024年度扬州市人才计划申报工作（第一批）的通知', '各有关单位：\n经个人申报、单位推荐、专家评审和公示，确定王某等58人入选2024年度扬州市人才计划（第一批），现予公布。\n请各用人单位做好入选人才的服务保障工作。\n联系电话：0514-87654321。', '2025-09-08',
                 'publicity', id='e2-n-19'),
    # a list of rejected applications: an application's outcome, not a call
    pytest.param('kind', '关于公布2025年度泰州市中小企业发展专项资金申报工作（第二批）的通知', '各市（区）工信局：\n经形式审查，2025年度第二批中小企业发展专项资金申报项目中，有12个项目因材料不全或不符合申报条件不予受理，现将名单予以公布（见附件）。\n其余项目将进入专家评审阶段。\n联系电话：0523-86839123。', '2025-09-19',
                 'publicity', id='e2-n-20'),
    # a proposed list with an objection window: publicity even with 申报工作 closing the title
    pytest.param('kind', '关于公布2025年度盐城市科技型中小企业研发奖补申报工作的公告', '根据《盐城市科技型中小企业研发奖补实施办法》，经企业申报、县（市、区）审核、市级复审，\n现将2025年度拟给予研发奖补的215家企业名单予以公布，公示期为2025年9月18日至9月24日。\n对名单有异议的，请在公示期内向市科技局书面反映。\n联系电话：0515-88881234。', '2025-09-18',
                 'publicity', id='e2-n-21'),
    # n_01 with a document number at the end: a granted list
    pytest.param('kind', '关于公布2024年度无锡市企业研发费用补助申报工作的通知（锡科发〔2025〕45号）', '各市（县）区科技局：\n经企业申报、区级初审、市级复核，现将2024年度企业研发费用补助名单予以公布（见附件）。\n补助资金由市财政直接拨付。\n联系电话：0510-81822345。', '2025-09-10',
                 'publicity', id='e2-n-22'),
    # traditional-script n_01: a granted list
    pytest.param('kind', '關於公布2024年度無錫市企業研發費用補助申報工作的公告', '經企業申報、區級初審、市級複核，\n現將2024年度企業研發費用補助企業名單及補助金額予以公布（見附件）。\n補助資金將由市財政直接撥付至企業賬戶。\n聯繫電話：0510-81822345。', '2025-09-10',
                 'publicity', id='e2-n-24'),
    # a list of offenders: not a call; the rule does not match
    pytest.param('kind', '关于公布2024年度某市科技创新券申报工作中违规企业名单的通知', '各区科技局：\n在2024年度科技创新券申报工作专项检查中，发现5家企业存在虚假申报行为，现将名单予以公布。\n上述企业三年内不得申报市级科技计划项目。\n联系电话：0519-85681234。', '2025-09-11',
                 'publicity', id='e2-n-25'),
    # 揭榜挂帅 winners announced: publicity
    pytest.param('kind', '关于公布2024年度镇江市“揭榜挂帅”科技项目申报工作的通知', '各有关单位：\n经揭榜单位申报、专家评审和公示，确定江苏某某新材料有限公司等8家单位为2024年度“揭榜挂帅”项目揭榜单位，现予公布。\n请揭榜单位按要求签订任务书并组织实施。\n联系电话：0511-84401234。', '2025-09-14',
                 'publicity', id='e2-n-26'),
    # a list published with rules for later rounds; no application opened
    pytest.param('kind', '关于公布2024年度省级服务型制造示范名单及规范后续申报工作的通知', '各设区市工业和信息化局：\n经企业申报、地方推荐、专家评审和公示，认定64家企业为2024年度省级服务型制造示范企业，现予公布（见附件）。\n今后凡已获认定的企业，三年内不得重复申报同类示范；申报材料弄虚作假的，取消认定资格。\n联系电话：025-69650987。', '2025-09-17',
                 'publicity', id='e2-n-27'),
    # the second batch's window has already closed: the notice only publishes a list and reports on applications made
    pytest.param('kind', '关于公布首批南通市中小企业数字化转型服务商名单并组织开展第二批申报工作的通知', '各县（市、区）工信局：\n经企业申报、专家评审和公示，确定南通某某软件有限公司等25家单位为首批南通市中小企业数字化转型服务商，现予公布。\n第二批服务商申报工作已于2025年8月31日截止，共收到申报材料41份，目前正在评审中，结果将另行公布。\n联系电话：0513-59001234。', '2025-09-20',
                 'publicity', id='e2-n-28'),
    # 受理情况 after 申报工作: the rule does not match; a list of accepted applications
    pytest.param('kind', '关于公布2025年度江苏省企业技术中心申报工作受理情况的通知', '各设区市工业和信息化局：\n2025年度省级企业技术中心申报工作已于8月31日截止，共受理申报企业356家，现将受理名单予以公布（见附件）。\n下一步将组织专家评审。\n联系电话：025-69650123。', '2025-09-08',
                 'publicity', id='e2-n-29'),
]


@pytest.mark.parametrize("field, title, text, published, expected", REVIEW_CASES)
def test_round_76_review_cases(field, title, text, published, expected):
    assert review_reading(field, title, text, published) == review_expected(expected)
