"""Round 65 of the blind-set method. Seventy-four earlier sets (r540-r613, 846 notices, all read before) showed where
subjects fail most: recall (322 tags missed against 126 read wrongly), above all in calls whose applicants huiqi reads
nowhere (101 calls so read against labels naming someone), which matching then offers to every applicant. Part 1 reads
such a call for those its clauses have applying; the rows below are invented notices at the rule's edges, each
exclusion with a row that fails without it."""
import pytest

from round_helpers import review_reading

APPLYING_AGENTS = [
    # the term before an act of applying, in its clause (r553_11, r601_12 showed it)
    pytest.param("关于开展2026年度重点节能技术改造项目征集的通知",
                 "各区县发展改革局：\n现开展2026年度重点节能技术改造项目征集工作。已完成改造的企业于2026年6月30日前提交项目材料。",
                 ["企业"], id="firms-submitting"),
    # after the act's relative clause (r544_02)
    pytest.param("关于举办2026年全市农产品直播大赛的通知",
                 "一、大赛安排\n报名参赛的企业须在本市依法注册，经营状况良好。\n二、报名时间\n即日起至2026年5月20日。",
                 ["企业"], id="entrants-relative-clause"),
    # persons of a kind (agent_patterns), the route of their papers no applicant (r555_03, r555_05)
    pytest.param("关于调整扩充2026年度法律顾问库的通知",
                 "各律师事务所：\n律师本人于2026年5月20日前向市司法局提交入库材料。", ["人才"], id="persons-submitting"),
    # agents listed together, the recommending body not among them (r599_01)
    pytest.param("关于组织开展2026年度行业科技项目清单申报的通知",
                 "市交通委员会负责审核并推荐本市高校、科研机构和企事业单位申报的项目，截止时间为2026年5月20日。",
                 ["企业", "高校院所"], id="units-listed-applying"),
    # the body the act is addressed to, or passes through, is no applicant
    pytest.param("关于开展2026年度创业项目入驻工作的通知", "入驻团队应于2026年6月30日前向所在众创空间提交入驻申请。",
                 ["人才"], id="receiver-not-applicant"),
    pytest.param("关于开展2026年度创业项目入驻工作的通知", "项目材料于2026年6月30日前经所在科技企业孵化器报送。",
                 [], id="route-not-applicant"),
    # a term that only qualifies the body acting (r605_01 showed 青少年…机构)
    pytest.param("关于举办第十五届青少年科技创新大赛的通知",
                 "各区县科协：\n各区县青少年科技教育机构负责组织本地作品报名参赛，于2026年3月20日前报送市科协。",
                 [], id="qualifier-of-a-body"),
    # turned away in its clause (r564_05 showed 不接收)
    pytest.param("关于组织申报2026年度教育科研课题的通知",
                 "各学校：\n请各校以学校为单位上报课题申报材料，教研室不接收个人单独上报的课题申报材料。截止时间2026年3月20日。",
                 [], id="persons-refused"),
    # comments handed in are no application
    pytest.param("关于开展2026年度老旧小区改造项目征集的通知",
                 "各街道办事处：\n请于2026年3月20日前报送拟改造小区名单。社会公众可于同日前提交意见建议。",
                 [], id="comments-handed-in"),
    # an act's word qualifying a noun is no act (r553_08 showed 项目申报咨询热线)
    pytest.param("关于受理2026年度区科技创新专项项目的通知",
                 "自本通知发布之日起，各镇、开发区设立申报咨询热线，对申报中遇到的问题进行解答。受理截止时间为2026年5月20日。",
                 [], id="applying-as-a-noun"),
]


@pytest.mark.parametrize("title, text, expected", APPLYING_AGENTS)
def test_call_naming_no_applicants_is_read_for_those_applying(title, text, expected):
    assert review_reading("subjects", title, text) == expected
