"""Round 47 of the blind-set method: rules shown by labelled texts of the round's sets (r343-r366, and r321, r322
now tuning), each tested here on phrasings written for these tests (the sets' own texts stay outside the
project), with the guards of the round's code review. One table per field; each row is one case, and its id says
which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, kind, region_names, subjects

# A call for writings the contest-window rows share, and its page date.
CONTEST_TITLE, CONTEST_PAGE_DATE = "关于举办“美丽家乡”主题征文活动的启事", "2026-04-20"


@pytest.mark.parametrize("title, text, account, expected", [
    # central bodies beyond the first list, and their names before the reforms (r345_11, r343_13)
    pytest.param("关于推荐2026年全民健身赛事案例的通知", "各有关单位：\n请于2026年8月30日前将案例报送。", "国家体育总局群体司",
                 ["全国"], id="a-national-bureaus-department-account"),
    pytest.param("关于授予某某市等12个市（县、区）“国家生态县”称号的公告",
                 "某某市等12个市（县、区）积极开展创建，我部决定授予其称号。", "环境保护部", ["全国"],
                 id="a-ministrys-older-name"),
    # a central body issuing a notice with 下发, in a news report (r345_12, r299_04)
    pytest.param("2026年国家示范社申报工作启动", "农业农村部近日下发通知，启动2026年国家示范社评定工作。申报单位须于6月15日前完成填报。",
                 None, ["全国"], id="a-ministry-issues-with-xiafa"),
    # a central body's official answering on its document (r343_09 and the Jiangsu account's 2652053749_2)
    pytest.param("国家发展改革委有关负责人就《关于支持某某发展的意见》答记者问", "记者：请介绍《意见》出台的背景。答：为支持某某地区振兴发展。", None,
                 ["全国"], id="a-central-official-answers"),
    pytest.param("国家能源局科技司相关负责同志就《实施意见》答记者问", "问：出台的背景是什么？答：为推动能源高质量发展。", None,
                 ["全国"], id="a-central-departments-official-answers"),
    # (guard: a local department of agriculture or education is no ministry)
    pytest.param("关于组织申报2026年度农机购置补贴的通知",
                 "各有关单位：\n申报材料报县农业部门审核后，于2026年5月20日前报送。", None, [], id="a-local-agriculture-department"),
    # (guards, the code review's: a central body's name inside a local word or a firm's department, an academician,
    # what came down to a local body, an official visiting)
    pytest.param("关于做好2026年春季农业生产工作的通知", "当前正值春耕农业部署关键期，区农业农村局制定了以下工作要点，现通知如下。", None, [],
                 id="a-plan-not-a-ministry"),
    pytest.param("关于开展2026年度“奋进新时代”征文活动的通知",
                 "各分公司、各部门：\n请于2026年6月30日前投稿。\n恒达集团企业文化部\n2026年5月10日", None, [], id="a-firms-department"),
    pytest.param("关于推荐2026年度科技人才项目的通知", "各有关单位：\n推荐人选须经中国科学院院士推荐。请于2026年6月1日前报送材料。", None, [],
                 id="an-academician"),
    pytest.param("关于转发2026年度专精特新中小企业申报工作的通知",
                 "各镇（街道）：\n工业和信息化部办公厅日前下发了《关于开展专精特新中小企业梯度培育工作的通知》，现转发给你们，请认真组织企业申报。",
                 None, [], id="handed-down-to-a-local-body"),
    pytest.param("国家发展改革委有关负责人就老工业城市调整改造来我市调研", "近日，国家发展改革委有关负责人来我市调研，市领导陪同。", None, [],
                 id="an-official-visiting"),
    # …and a central official answering without 就, or explaining (the code review's)
    pytest.param("国家发展改革委有关负责人答记者问", "问：请介绍《意见》出台背景。答：为支持民营经济发展。", None, ["全国"],
                 id="an-official-answering"),
    pytest.param("国家能源局有关负责同志解读《实施方案》", "问：背景？答：为推动能源转型。", None, ["全国"], id="an-official-explaining"),
])
def test_regions(title, text, account, expected):
    assert region_names(title, text, account=account) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a university's office passing a call to its own units (r344_07; r279_14, r285_02 name their persons)
    pytest.param("关于申报2026年度技术创新重点专项项目的通知",
                 "校内各单位：\n市科技局现启动2026年度重点专项项目申报工作。具体事项通知如下：\n一、项目类别\n重点项目。",
                 ["高校院所"], id="the-universitys-own-units"),
    pytest.param("关于组织申报2026年度省重点研发计划项目的通知",
                 "全校各单位：\n省科技厅现启动2026年度重点研发计划项目申报工作，现将有关事项通知如下。", ["高校院所"],
                 id="all-units-of-the-university"),
    # entrants of a contest, a call for writings or a nomination (r349_10, r349_12, r353_14, r353_10, r353_19)
    pytest.param("关于开展“美丽家乡”书画作品征集的通知",
                 "一、活动主题\n美丽家乡。\n二、参加范围\n社会各界人士\n三、报送时间\n请于2026年6月1日前报送作品。",
                 ["人才"], id="persons-of-all-walks"),
    pytest.param("“档案见证发展”征文启事", "一、征文主题\n档案见证发展。\n二、征文对象\n全市文学艺术工作者、爱好者。", ["人才"],
                 id="writers-and-amateurs"),
    pytest.param("关于举办“绿水青山”海报作品征集的通知", "一、作品征集\n（一）征稿对象：全省美术工作者均可参加。", ["人才"],
                 id="artists-may-enter"),
    # (guards, the code review's: onlookers, those commenting or watching, judges and visitors are no applicants)
    pytest.param("关于征集2026年度全市重点科技攻关需求的通知",
                 "各有关单位：\n现面向企业、高校院所征集技术需求，同时欢迎社会各界人士对征集工作提出意见建议。"
                 "请于2026年6月30日前报送。", ["企业", "高校院所"], id="the-public-commenting-on-a-call"),
    pytest.param("关于举办2026年中小企业创新创业大赛的通知",
                 "一、参赛对象\n在本市注册的中小企业。\n二、活动安排\n决赛现场面向社会各界人士开放，欢迎摄影爱好者现场观摩。"
                 "\n三、报名时间\n请于2026年6月30日前报名。", ["中小企业"], id="onlookers-of-a-final"),
    pytest.param("关于开展2026年度工业设计大赛的通知",
                 "一、参赛对象\n本市工业设计企业。\n二、评审方式\n大赛组委会面向社会各界人士遴选大众评审团，邀请知名美术工作者担任评委。"
                 "\n三、报名时间\n请于2026年6月30日前报名。", ["企业"], id="judges-of-a-contest"),
    pytest.param("关于2026年度高新技术企业培育库入库企业名单的公示",
                 "经企业申报、专家评审，现将拟入库企业名单予以公示，接受社会各界人士监督。", ["高企培育库企业"],
                 id="the-public-watching-a-list"),
    # (guards: the bodies that put candidates forward, a writings' topics and a briefing's attendees head no applicants)
    pytest.param("关于开展“最美科技工作者”推选活动的通知",
                 "各区科协：\n一、推选对象\n在本市科研一线工作的科技人员。\n二、推选单位\n各区科协、各高校、各科研院所。"
                 "\n三、推选时间\n请于2026年6月1日前报送推荐材料。", ["人才"], id="the-nominating-bodies"),
    pytest.param("关于开展2026年度科普征文活动的通知",
                 "一、征稿范围\n聚焦服务商助力中小企业数字化转型的实践案例。\n二、投稿方式\n请于2026年6月30日前投稿至指定邮箱。",
                 ["人才"], id="the-writings-topics"),
    # a 最美 honour for persons (r349_05, r349_19, r322_06, r340_17, r329_12); not a road or a family
    pytest.param("首届“某省最美退役军人”推选活动启动", "推选活动即日启动，请于2026年6月1日前报送推荐材料。", ["人才"], id="a-persons-honour"),
    pytest.param("关于评选“最美双拥人物”“最美军嫂”的通知", "各乡镇：\n请于2026年7月1日前报送。", ["人才"], id="honours-for-persons"),
    pytest.param("关于推荐上报“最美家庭”的通知", "各乡镇：\n请于2026年7月1日前报送。", [], id="a-familys-honour"),
    pytest.param("关于开展“最美产业工人”评选活动的通知", "各有关单位：\n请于2026年6月1日前报送推荐材料。", ["人才"],
                 id="workers-honour"),
    pytest.param("关于开展“最美村官驿站”评选的通知", "各镇：\n请于2026年6月1日前报送推荐。", [], id="a-station-named-after-persons"),
    pytest.param("关于公布2026年“十大最美农村路”名单的通知", "现将名单公布如下。", [], id="a-roads-honour"),
    # (guards, the code review's: a middle school's or a Party school's own units; firms still below 四上)
    pytest.param("关于组织申报2026年度市级课题的通知",
                 "校内各处室、各年级组：\n市教科院现启动2026年度中小学教育科研课题申报工作。请于2026年6月1日前报送教科室。", [],
                 id="a-middle-schools-units"),
    pytest.param("关于做好2026年度党校系统调研课题申报的通知", "全校各部门：\n省委党校现启动2026年度调研课题申报工作。请于2026年6月1日前报送科研处。",
                 [], id="a-party-schools-units"),
    pytest.param("关于申报2026年度小升规奖励的通知", "一、申报对象\n2025年度首次纳入统计的拟升“四上”企业。\n二、申报时间\n请于2026年6月1日前报送。",
                 ["企业"], id="firms-to-rise-above"),
    # the statistics' "四上" firms (r329_01, r352_03, r352_06)
    pytest.param("关于做好2026年度统计诚信示范单位申报工作的通知",
                 "一、申报对象\n纳入联网直报，并且连续上报1年以上的“四上”企业。\n请于2026年3月1日前报送。", ["规上企业"],
                 id="the-four-trades-firms-above-their-thresholds"),
])
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a headline counting those listed or short-listed (r351_12, r339_09)
    pytest.param("某市三户企业列入首批省级技术创新示范企业", "", "publicity", id="firms-listed"),
    pytest.param("某省150个村入围第四批中国传统村落", "", "publicity", id="villages-short-listed"),
    # …or granted (r279_11, r356_10)
    pytest.param("某省公布博士后科研资助计划 650个优质科研项目获资助", "", "publicity", id="projects-granted"),
    pytest.param("某省362家企业获得科技型中小企业入库编号", "", "publicity", id="firms-granted-numbers"),
    # (guard: a target is no result)
    pytest.param("力争3家企业列入省级技术创新示范企业", "", "policy", id="a-target-to-list"),
    # (guards, the code review's: a benefit felt, a target, a call's headline, what may come)
    pytest.param("我市出台10项举措 提升企业获得感", "近日，市政府印发《关于进一步优化营商环境的若干措施》。", "policy",
                 id="a-benefit-felt"),
    pytest.param("今年我市将推动30家企业列入省级专精特新培育库", "市工信局将加大培育力度。", "policy", id="a-target-to-be-listed"),
    pytest.param("2026年创新创业大赛报名启动 前30名入围决赛", "大赛即日起接受报名，请于2026年6月30日前登录系统报名。", "call",
                 id="a-calls-headline"),
    pytest.param("10家企业可获得最高100万元补贴 申报通道已开启", "请于2026年6月30日前申报。", "call", id="what-firms-may-get"),
    # a guide for claiming support with what is claimed between 申领 and 指南 (r365_01, beside r274_07's 申领办事指南)
    pytest.param("企业申领一次性扩岗补助指南", "一、补助对象\n招用登记失业青年的企业。", "call", id="a-guide-for-claiming"),
])
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, text, published, expected", [
    # a page re-posting a notice two years on, signed above a contact block of four lines, a note and an attachment
    # heading (r346_14): the hand-ins after the signing date are deadlines, not measured from the year-less review
    # month read in the page's year
    pytest.param("关于组织申报2020年技术创新示范企业的通知",
                 "二、工作要求\n1. 请各区主管部门组织做好所属企业推荐工作，于2020年5月9日前将推荐汇总表传真至我局。\n"
                 "2. 请申请企业准备材料，并于2020年5月12日前将申报材料报送至我局。\n"
                 "3. 市工业和信息化局将于五月中旬组织召开专家评审会，择优推荐3家企业上报。\n特此通知。\n2020年4月25日\n"
                 "（联系人：某某处 张某；\n联系电话：83605736；\n传真：83605736；\n地址：某某路35号）\n（此件主动公开）\n附件：",
                 "2022-12-28", ["2020-05-09", "2020-05-12"], id="a-signing-date-above-a-long-contact-block"),
    # a contest's or a call for writings' closing date and windows (r353_14, r353_17, r349_09; r353_12, r353_16,
    # r353_13, r352_08; "截稿日：", "…截稿", a 截稿期限 heading: the code review's)
    pytest.param(CONTEST_TITLE,
                 "一、征文主题\n以家乡变化为主题。\n二、截稿时间：2026年5月31日。", CONTEST_PAGE_DATE, ["2026-05-31"], id="entries-close"),
    pytest.param(CONTEST_TITLE,
                 "本次征文活动截稿日期为6月30日，主办单位将组织评审。", CONTEST_PAGE_DATE, ["2026-06-30"], id="entries-close-year-less"),
    pytest.param(CONTEST_TITLE,
                 "三、征文时间\n即日起至2026年7月31日。\n四、投稿信箱\n电子邮箱：zw@example.com", CONTEST_PAGE_DATE, ["2026-07-31"],
                 id="a-writings-window"),
    pytest.param(CONTEST_TITLE,
                 "01\n征稿时限\n即日起至2026年8月20日结束。\n02\n征稿内容", CONTEST_PAGE_DATE, ["2026-08-20"], id="a-manuscripts-window"),
    pytest.param(CONTEST_TITLE,
                 "参赛时间\n自2026年5月1日起至2026年9月30日。\n参赛方式\n请投至邮箱。",
                 CONTEST_PAGE_DATE, ["2026-09-30"], id="a-contest-window"),
    pytest.param(CONTEST_TITLE, "请于2026年6月15日前投稿至县委宣传部。", CONTEST_PAGE_DATE, ["2026-06-15"], id="entries-handed-in"),
    pytest.param(CONTEST_TITLE,
                 "一、征文对象\n全市企业职工。\n二、截稿日：2026年7月31日。", CONTEST_PAGE_DATE, ["2026-07-31"], id="entries-close-on-a-day"),
    pytest.param(CONTEST_TITLE,
                 "本次征文于2026年7月31日截稿，逾期不予受理。", CONTEST_PAGE_DATE, ["2026-07-31"], id="entries-close-after-the-date"),
    pytest.param(CONTEST_TITLE,
                 "一、征文对象\n全市企业职工。\n二、截稿期限\n2026年7月31日。", CONTEST_PAGE_DATE, ["2026-07-31"], id="a-closing-heading"),
    # (guards: a contest's ceremony, judging, exhibition, results, publication, final or round: no window for entries)
    pytest.param(CONTEST_TITLE, "征文颁奖仪式拟于2026年10月20日前举行。", CONTEST_PAGE_DATE, [], id="a-contests-ceremony"),
    pytest.param(CONTEST_TITLE,
                 "二、投稿时间\n即日起至2026年7月31日。\n三、征文评选时间\n2026年8月1日—8月31日。", CONTEST_PAGE_DATE, ["2026-07-31"],
                 id="judging-after-entries"),
    pytest.param(CONTEST_TITLE,
                 "参赛时间：2026年5月1日—9月30日。\n征稿结果公布时间：2026年10月10日—10月20日。", CONTEST_PAGE_DATE, ["2026-09-30"],
                 id="results-after-entries"),
    pytest.param(CONTEST_TITLE,
                 "二、征文期间\n2026年5月10日至2026年7月31日。\n三、获奖征文将于2026年9月30日前在日报刊发。", CONTEST_PAGE_DATE, ["2026-07-31"],
                 id="publication-after-entries"),
    pytest.param(CONTEST_TITLE, "二、报名时间\n请于2026年9月15日前报名。\n三、比赛安排\n决赛参赛时间：2026年10月20日—10月22日。",
                 CONTEST_PAGE_DATE, ["2026-09-15"], id="a-finals-time"),
    pytest.param(CONTEST_TITLE, "二、报名时间\n请于2026年8月31日前报名。\n三、赛程安排\n参赛企业于2026年9月20日至9月25日参加复赛路演。",
                 CONTEST_PAGE_DATE, ["2026-08-31"], id="a-rounds-dates"),
    # "参赛时间：…—9月30日" on one line (a reviewer's phrasing), not the entries' exhibition after it (the code review's)
    pytest.param("第八届“美丽乡村”摄影大赛征稿启事",
                 "参加范围：全国摄影爱好者。\n参赛时间：2026年5月1日—9月30日。\n参赛作品展出时间：2026年11月10日—11月30日。",
                 "2026-04-25", ["2026-09-30"], id="a-contest-window-named-on-its-line"),
])
def test_deadlines(title, text, published, expected):
    assert deadline_dates(title, text, published) == expected


def test_a_bare_date_above_the_contacts_is_no_signature():
    # a review date on its own line over the contact lines (the code review's): the window before it stays
    text = ("一、申报对象\n本市科技型中小企业。\n二、申报截止时间：2026年6月5日。\n三、专家评审时间\n2026年6月20日\n"
            "联系人：张三\n联系电话：0512-68001234\n传真：0512-68001235\n地址：某某路1号")
    assert "2026-06-05" in deadline_dates("关于开展2026年度科技型中小企业评价工作的通知", text, "2026-05-20")
