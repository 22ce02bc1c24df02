"""Round 61 of the blind-set method: rules shown by labelled texts of the evaluation sets r527-r532 (collected in this
round, after the earlier sets' working copies were lost; r526 and r533 are its final check), each tested here on
phrasings written for these tests (the sets' own texts stay outside the project). One table per field, read by one test
per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, subjects

SUBJECTS = [
    # farmers' co-operatives and family farms are the farm businesses a call or list names (r528_05, r528_06, r528_08,
    # r528_13: all tagged 企业)
    pytest.param("关于组织申报2026年家庭农场培育项目的通知",
                 "各镇人民政府：\n请各镇组织辖区内符合条件的农民专业合作社、家庭农场进行申报，于2026年5月10日前报送。",
                 ["企业"], id="co-operatives-and-family-farms-apply"),
    pytest.param("关于补充遴选示范家庭农场的公告",
                 "各乡镇，各家庭农场：\n现决定公开补充遴选1家示范家庭农场，请符合条件的家庭农场自愿申报。\n申报时间：2026年8月25日至"
                 "8月28日。", ["企业"],
                 id="family-farms-addressed"),
    pytest.param("关于公布某市第五批农民合作社示范社名单的通知",
                 "经各县推荐、专家评审，确定某某种植专业合作社等20家合作社为市级农民合作社示范社，现予公布。",
                 ["企业"], id="a-list-of-co-operatives"),
    # (guard: the supply and marketing co-operatives are a body, not a farm business)
    pytest.param("关于申报2026年农产品流通项目的通知",
                 "各县供销合作社：\n请组织符合条件的企业于2026年6月30日前申报。", ["企业"],
                 id="supply-and-marketing-co-operatives-are-a-body"),
    # firms funded from Taiwan or Hong Kong alone are 港澳台企业, which the guide files under 外资企业 (r532_01)
    pytest.param("关于组织申报2026年度外经贸发展资金的通知",
                 "一、申报条件\n在本市注册的台资企业、港资企业均可申报。", ["外资企业"], id="taiwan-and-hong-kong-funded-firms"),
    # a province's, a city's or a county's modern agricultural parks listed are places (r528_10, r528_11)
    pytest.param("某市2026年市级现代农业产业园拟纳入创建名单公示",
                 "经园区自评、县区审核、市级评审，现将拟纳入创建的4个市级现代农业产业园名单进行公示。", ["政府园区"],
                 id="a-city-s-agricultural-parks-listed"),
    pytest.param("关于某省第二批省级现代农业产业园认定名单的公示", "经专家评审，现将拟认定名单予以公示。", ["政府园区"],
                 id="a-province-s-agricultural-parks-listed"),
    # (guard: one park a county names, whose project bodies apply, is no place applying)
    pytest.param("关于印发《某县现代农业产业园贷款贴息申报指南》的通知",
                 "请产业园内项目实施主体按指南要求申报。", [], id="one-county-s-park-named"),
    # a sentence counting what the sentence before listed goes on with it (r530_11)
    pytest.param("关于公布2026年度某省绿色制造名单的通知",
                 "各市州工信局：\n经申报单位自评、第三方评价、专家评审，确定了2026年度某省绿色制造名单。其中，绿色工厂120家、"
                 "绿色园区9家、绿色供应链管理企业11家。", ["企业", "制造企业", "政府园区"],
                 id="counted-in-the-next-sentence"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


DEADLINES = [
    # a quarter's intake is a batch: the call applies by the quarter open at publication (r529_07)
    pytest.param("关于推荐2026年度优秀节目的通知",
                 "各有关单位：\n推荐工作按季度开展。第一季度截止时间为2026年4月10日；第二季度截止时间为2026年7月10日；"
                 "第三季度截止时间为2026年10月10日；第四季度截止时间为2027年1月10日。请按时报送推荐材料。",
                 "2026-03-20", ["2026-04-10", "2026-07-10", "2026-10-10", "2027-01-10"], "2026-04-10",
                 id="quarters-are-batches"),
    # month ends listed for each quarter are each a deadline, the first open one applying (r531_09)
    pytest.param("关于征集安全案例的通知",
                 "各有关单位：\n征集常年开展，应征者请于每季度末（分别是3月底、6月底、9月底、12月底前）报送本季度作品。",
                 "2026-02-15", ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"], "2026-03-31",
                 id="quarter-ends-listed"),
    # registering joined to the applying is the act, not a firm registered by the date (r531_12)
    pytest.param("关于组织揭榜挂帅申报的通知",
                 "二、申报方式\n申报单位于2026年11月10日前，通过申报系统（https://example.org）完成注册和申报信息填写。",
                 "2026-09-28", ["2026-11-10"], "2026-11-10", id="registering-and-applying"),
    # (guard: a firm registered before the date is a condition)
    pytest.param("关于申报2026年小微企业补贴的通知",
                 "一、申报条件\n于2025年12月31日前完成工商注册的小微企业。\n二、请于2026年5月31日前提交申请。",
                 "2026-04-01", ["2026-05-31"], "2026-05-31", id="a-firm-registered-by-the-date"),
]


@pytest.mark.parametrize("title, text, published, dates, apply_by", DEADLINES)
def test_deadlines(title, text, published, dates, apply_by):
    notice = extracted(title, text, published)
    assert [str(d.date) for d in notice.deadlines] == dates
    assert (str(notice.apply_deadline) if notice.apply_deadline else None) == apply_by


def test_respectively_still_pairs_dates_with_several_acts():
    """(guard: month ends 分别 pairs with two acts are no batches of one intake)"""
    notice = extracted("关于报送材料的通知", "各区工信局：\n请分别于3月底、6月底前报送初审意见和复核意见。", "2026-02-15")
    assert [(str(d.date), d.label) for d in notice.deadlines] == [("2026-03-31", "审核推荐截止"),
                                                                  ("2026-06-30", "审核推荐截止")]
