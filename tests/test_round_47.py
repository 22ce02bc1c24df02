"""Round 47 of the blind-set method: rules shown by labelled texts of the round's sets (r343-r348, and r321, r322
now tuning), each tested here on phrasings written for these tests (the sets' own texts stay outside the
project). Each table row is one case; its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, region_names, subjects


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
