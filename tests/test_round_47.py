"""Round 47 of the blind-set method: rules shown by labelled texts of the round's sets (r343-r348, and r321, r322
now tuning), each tested here on phrasings written for these tests (the sets' own texts stay outside the
project). Each table row is one case; its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, kind, region_names, subjects


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
])
def test_central_bodies(title, text, account, expected):
    assert region_names(title, text, account=account) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a university's office passing a call to its own units (r344_07; r279_14, r285_02 name their persons)
    pytest.param("关于申报2026年度技术创新重点专项项目的通知",
                 "校内各单位：\n市科技局现启动2026年度重点专项项目申报工作。具体事项通知如下：\n一、项目类别\n重点项目。",
                 ["高校院所"], id="the-universitys-own-units"),
    pytest.param("关于组织申报2026年度省重点研发计划项目的通知",
                 "全校各单位：\n省科技厅现启动2026年度重点研发计划项目申报工作，现将有关事项通知如下。", ["高校院所"],
                 id="all-units-of-the-university"),
])
def test_university_relays(title, text, expected):
    assert subjects(title, text) == expected


def test_a_signing_date_above_a_long_contact_block():
    # a page re-posting a notice two years on, signed above a contact block of four lines, a note and an attachment
    # heading (r346_14): the hand-ins after the signing date are deadlines, not measured from the year-less review
    # month read in the page's year
    text = ("二、工作要求\n1. 请各区主管部门组织做好所属企业推荐工作，于2020年5月9日前将推荐汇总表传真至我局。\n"
            "2. 请申请企业准备材料，并于2020年5月12日前将申报材料报送至我局。\n"
            "3. 市工业和信息化局将于五月中旬组织召开专家评审会，择优推荐3家企业上报。\n特此通知。\n2020年4月25日\n"
            "（联系人：某某处 张某；\n联系电话：83605736；\n传真：83605736；\n地址：某某路35号）\n（此件主动公开）\n附件：")
    assert deadline_dates("关于组织申报2020年技术创新示范企业的通知", text, "2022-12-28") == ["2020-05-09", "2020-05-12"]


@pytest.mark.parametrize("text, expected", [
    # a contest's or a call for writings' closing date and windows (r353_14, r353_17, r349_09; r353_12, r353_16, r353_13,
    # r352_08)
    pytest.param("一、征文主题\n以家乡变化为主题。\n二、截稿时间：2026年5月31日。", ["2026-05-31"], id="entries-close"),
    pytest.param("本次征文活动截稿日期为6月30日，主办单位将组织评审。", ["2026-06-30"], id="entries-close-year-less"),
    pytest.param("三、征文时间\n即日起至2026年7月31日。\n四、投稿信箱\n电子邮箱：zw@example.com", ["2026-07-31"],
                 id="a-writings-window"),
    pytest.param("01\n征稿时限\n即日起至2026年8月20日结束。\n02\n征稿内容", ["2026-08-20"], id="a-manuscripts-window"),
    pytest.param("参赛时间\n自2026年5月1日起至2026年9月30日。\n参赛方式\n请投至邮箱。", ["2026-09-30"], id="a-contest-window"),
    pytest.param("请于2026年6月15日前投稿至县委宣传部。", ["2026-06-15"], id="entries-handed-in"),
    # (guard: a contest's event date is none)
    pytest.param("颁奖仪式将于2026年10月20日举行。", [], id="a-contests-ceremony"),
])
def test_contest_windows(text, expected):
    assert deadline_dates("关于举办“美丽家乡”主题征文活动的启事", text, "2026-04-20") == expected


@pytest.mark.parametrize("title, text, expected", [
    # entrants of a contest, a call for writings or a nomination (r349_10, r349_12, r353_14, r353_10, r353_19)
    pytest.param("关于开展“美丽家乡”书画作品征集的通知",
                 "一、活动主题\n美丽家乡。\n二、参加范围\n社会各界人士\n三、报送时间\n请于2026年6月1日前报送作品。",
                 ["人才"], id="persons-of-all-walks"),
    pytest.param("“档案见证发展”征文启事", "一、征文主题\n档案见证发展。\n二、征文对象\n全市文学艺术工作者、爱好者。", ["人才"],
                 id="writers-and-amateurs"),
    pytest.param("关于举办“绿水青山”海报作品征集的通知", "一、作品征集\n（一）征稿对象：全省美术工作者均可参加。", ["人才"],
                 id="artists-may-enter"),
    # (guard: the public asked to comment on a draft is no applicant)
    pytest.param("关于《某市物业管理条例（征求意见稿）》公开征求意见的公告",
                 "现公开征求意见，欢迎有关单位和社会各界人士提出宝贵意见和建议。", [], id="the-public-commenting-on-a-draft"),
    # a 最美 honour for persons (r349_05, r349_19, r322_06, r340_17, r329_12); not a road or a family
    pytest.param("首届“某省最美退役军人”推选活动启动", "推选活动即日启动，请于2026年6月1日前报送推荐材料。", ["人才"], id="a-persons-honour"),
    pytest.param("关于评选“最美双拥人物”“最美军嫂”的通知", "各乡镇：\n请于2026年7月1日前报送。", ["人才"], id="honours-for-persons"),
    pytest.param("关于推荐上报“最美家庭”的通知", "各乡镇：\n请于2026年7月1日前报送。", [], id="a-familys-honour"),
    pytest.param("关于公布2026年“十大最美农村路”名单的通知", "现将名单公布如下。", [], id="a-roads-honour"),
])
def test_contest_entrants(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title, expected", [
    # a headline counting those listed or short-listed (r351_12, r339_09)
    pytest.param("某市三户企业列入首批省级技术创新示范企业", "publicity", id="firms-listed"),
    pytest.param("某省150个村入围第四批中国传统村落", "publicity", id="villages-short-listed"),
    # …or granted (r279_11, r356_10)
    pytest.param("某省公布博士后科研资助计划 650个优质科研项目获资助", "publicity", id="projects-granted"),
    pytest.param("某省362家企业获得科技型中小企业入库编号", "publicity", id="firms-granted-numbers"),
    # (guard: a target is no result)
    pytest.param("力争3家企业列入省级技术创新示范企业", "policy", id="a-target-to-list"),
])
def test_headlines_counting_those_listed(title, expected):
    assert kind(title) == expected


def test_the_four_trades_firms_above_their_thresholds():
    # the statistics' "四上" firms (r329_01, r352_03, r352_06)
    text = "一、申报对象\n纳入联网直报，并且连续上报1年以上的“四上”企业。\n请于2026年3月1日前报送。"
    assert subjects("关于做好2026年度统计诚信示范单位申报工作的通知", text) == ["规上企业"]


def test_a_contest_window_named_on_its_line():
    # "参赛时间：…—9月30日" on one line (a reviewer's phrasing), not the exhibition after it
    text = ("参加范围：全国摄影爱好者。\n参赛时间：2026年5月1日—9月30日。\n"
            "展览时间：入选作品将于2026年11月10日—11月30日展出。")
    assert deadline_dates("第八届“美丽乡村”摄影大赛征稿启事", text, "2026-04-25") == ["2026-09-30"]
