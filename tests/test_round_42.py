"""Round 42 of the blind-set method: rules shown by labelled texts of the round's sets (r243-r254), each tested
here on phrasings written for these tests (the sets' own texts stay outside the project). Each table row is one
case; its id says which rule it pins or guards."""
import pytest

from round_helpers import region_names, subjects

LIST_OPENING = "有关省、直辖市科技厅（委、局）：\n经评审，决定认定某某大学科技园等8家单位为国家级示范单位（名单见附件）。\n"


@pytest.mark.parametrize("signature, expected", [
    # an attachment printed in full after the signing date (r246_06, r248_18): the signature above it is read
    pytest.param("科学技术部  教育部\n二○一○年十月二十一日\n附件:\n认定的示范单位名单\n一、甲大学科技园\n二、乙大学科技园\n"
                 "三、丙大学科技园\n四、丁大学科技园\n五、戊大学科技园", ["全国"], id="ministries-above-a-listed-attachment"),
    # (guards: a numbered or spaced heading after the date, whose signature other cues also find)
    pytest.param("湖南省科学技术厅\n2024年6月3日\n附件2\n推荐汇总表\n序号 单位 联系人\n1\n2\n3\n4\n5",
                 ["湖南省"], id="a-numbered-heading"),
    pytest.param("广西壮族自治区科学技术厅\n2025年4月29日\n附件 :\n拟入选单位名单\n序号 单位\n1 甲单位\n2 乙单位\n3 丙单位\n"
                 "4 丁单位", ["广西壮族自治区"], id="a-spaced-heading"),
])
def test_a_signature_above_an_appended_attachment(signature, expected):
    assert region_names("关于认定第六批示范单位的通知", LIST_OPENING + signature) == expected


def test_an_attachment_heading_in_the_body_is_not_the_signature():
    # a heading after a deadline sentence in the body: the signature at the end is still the one read
    text = ("各区科技局：\n请于2025年10月10日\n附件：\n1.申报书\n2.汇总表\n3.承诺书\n4.推荐函\n5.说明\n"
            "南京市科学技术局\n2025年9月20日")
    assert region_names("关于组织申报某某项目的通知", text) == ["南京市"]


@pytest.mark.parametrize("text", [
    # a city or county bureau's division named after the firms it serves is where materials go (r243_12), as a
    # province's 处 was (r128_10)
    pytest.param("各县（市）区主管部门：\n一、请于2025年5月21日前，将推荐文件和被推荐单位的申请材料等纸质件一式四份。"
                 "报送市工业和信息化局中小企业科，电子版发送至邮箱。", id="city-bureau-division"),
    pytest.param("各县（市）区主管部门：\n一、请将被推荐单位的申请材料于2025年5月21日前报送县经济和信息化局中小企业发展科。",
                 id="county-bureau-division"),
    pytest.param("各县（市）区主管部门：\n一、申请单位的材料于2025年5月21日前报送县工信局中小企业科。", id="short-bureau-name"),
])
def test_a_bureau_division_is_no_applicant(text):
    assert "中小企业" not in subjects("关于组织推荐申报2025年度国家中小企业公共服务示范平台的通知", text)


def test_firms_served_beside_a_division_are_still_read():
    # "科技" after the term is no division: the firms are named ("中小企业科技创新")
    text = "一、申报对象\n在本市注册的中小企业科技创新项目承担单位，须为中小企业。"
    assert "中小企业" in subjects("关于组织申报中小企业科技创新项目的通知", text)
