"""Round 34 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import extracted, subjects, untitled_kind


@pytest.mark.parametrize("title, expected", [
    # the issuer's name is a body, not the beneficiary the policy declares (r136_15)
    ("某市促进中小企业发展工作领导小组办公室关于印发《某市关于促进“专精特新”中小企业高质量发展的若干措施》的通知",
     ["专精特新中小企业"]),
    ("某省促进中小企业发展工作领导小组办公室关于印发《某省数字经济发展规划》的通知", []),
    # (a beneficiary the title declares after its issuer is still read)
    ("某市人民政府关于印发《某市支持中小企业高质量发展的若干措施》的通知", ["中小企业"]),
])
def test_a_policy_beneficiary_is_read_after_the_issuer(title, expected):
    assert subjects(title, "现印发给你们，请认真贯彻执行。") == expected


@pytest.mark.parametrize("title, text", [
    # a county's own pilot programme, named in its title or its body: its units apply (r139_01 in 广东,
    # r139_08 in 四川)
    ("关于组织开展2024年桐庐县试点县建设项目申报工作的通知",
     "各有关单位：现组织开展桐庐县试点县建设项目申报工作。申报单位为桐庐县内依法注册的企业。"
     "请于5月10日前报送桐庐县农业农村局。"),
    ("宜兴市科学技术局关于组织申报2024年创新型县(市)专项资金项目的通知",
     "各有关单位：现组织申报专项资金项目。申报单位为宜兴市内依法注册的企业。请于5月10日前报送宜兴市科学技术局。"),
])
def test_a_county_issuing_its_own_pilot_programme_is_no_applicant(title, text):
    notice = extracted(title, text)
    assert [region.level for region in notice.regions] == ["county"]
    assert [subject.name for subject in notice.subjects] == ["企业"]


def test_a_city_calling_for_pilot_counties_still_has_counties_apply():
    notice = extracted("关于组织申报2024年省级创新型县（市）的通知",
                       "各县（市、区）人民政府：现组织申报省级创新型县（市）。请于5月10日前报送杭州市科学技术局。")
    assert "政府园区" in [subject.name for subject in notice.subjects]


@pytest.mark.parametrize("text", [
    # a text without a title announcing the matters of applying (r139_17; 8 more labelled calls so worded)
    "为激励工业企业做优做强，根据《某市若干措施》文件要求，现就进一步激励制造强市建设专项资金申报有关事项通知如下："
    "一、项目类别 （一）产值奖 二、申报要求 申报企业必须在某市内依法注册。",
    "根据有关文件精神，现就做好2025年某省工业发展专项项目申报工作有关事项通知如下：一、支持方向 技术改造。",
])
def test_matters_of_applying_announced_make_a_call(text):
    assert untitled_kind(text) == "call"


def test_matters_of_a_result_announced_do_not():
    text = "根据有关文件精神，现就2025年某省工业发展专项项目申报结果有关事项通知如下：一、经专家评审，确定以下项目予以支持。"
    assert untitled_kind(text) != "call"


@pytest.mark.parametrize("title, text, expected", [
    # a named zone's own notice is scoped to the zone, under its full name (r139_19, r144_04)
    ("东湖高新区关于征集2024年度重点项目的通知", "各有关单位：请于3月5日前报送。", ["武汉东湖新技术开发区"]),
    ("关于开展2024年度企业研发投入奖励申报的通知", "各相关企业：请于3月5日前报送。\n深汕特别合作区科技创新局\n2024年2月1日",
     ["深汕特别合作区"]),
    ("天府新区经济运行局关于开展企业上云申报工作的通知", "各有关企业：请于3月5日前报送。", ["四川天府新区"]),
    # (a zone spread over its whole municipality is the city's)
    ("中关村科技园区管理委员会关于征集2024年度重点项目的通知", "各有关单位：请于3月5日前报送。", ["北京市"]),
    # (a zone named in an addressee line is no issuer)
    ("武汉市科学技术局关于组织申报2024年度项目的通知", "各区科技局、东湖高新区科创局：请于3月5日前报送。", ["武汉市"]),
])
def test_a_named_zone_issuing_for_itself_is_the_scope(title, text, expected):
    assert [region.name for region in extracted(title, text, "2024-02-01").regions] == expected
