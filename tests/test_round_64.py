"""Round 64 of the blind-set method: rules shown by labelled texts of the evaluation sets r563-r588 (round 63's, its final
check r563 and r568 among them) and r589-r604 (collected in this round in two waves on themes no earlier round took; r594
and r595 are its final check), each tested here on phrasings written for these tests (the sets' own texts stay outside
the project). One table per field, read by one test per field; each row is one case, and its id says which rule it pins
or guards."""
import pytest

from round_helpers import deadline_reading, subjects

SUBJECTS = [
    # the 申报者 of a research call are persons, as its 申请者 are (r563_02, r563_03)
    pytest.param("关于2026年度社会科学研究课题申报的通知",
                 "一、申报条件\n申报者可在参考选题中择题申报，也可自拟题目。\n二、申报时间\n2026年5月30日前。", ["人才"],
                 id="applicants-who-may-choose-a-topic"),
    # (guard: one defined as a unit is no person)
    pytest.param("关于2026年度技术改造项目申报的通知",
                 "一、申报条件\n申报者应为在本市注册的企业。\n二、申报时间\n2026年5月30日前。", ["企业"],
                 id="applicants-defined-as-firms"),
    # cities, or districts and counties in one word, counted in a list (r599_11, r599_09, r562_10)
    pytest.param("关于绿色出行创建考核评价结果的公示",
                 "经综合评价，甲市等97个城市已达到绿色出行创建目标，现将有关城市名单予以公示，公示期为2026年12月12日至16日。",
                 ["政府园区"], id="cities-counted"),
    pytest.param("关于第二批市级现代农业示范片区拟创建名单的公示",
                 "经审核，拟确定甲区等4个县区创建第二批市级现代农业示范片区，现将拟创建名单予以公示。", ["政府园区"],
                 id="districts-and-counties-counted"),
    # (guard: the firms of counted cities are firms)
    pytest.param("关于2026年度专精特新中小企业名单的公示",
                 "经审核，甲市等5个城市的32家企业符合条件，现将名单予以公示。", ["专精特新中小企业"],
                 id="firms-of-counted-cities"),
    # persons asked for objections past the date and the means, or for counsel, do not apply (r604_10, r582_09, r582_02)
    pytest.param("关于2026年度工业企业上规模奖励资金拟支持名单的公示",
                 "经审核，现将符合条件的72家工业企业进行公示，请有关单位和各界人士在2026年4月14日前通过以下方式提出意见：",
                 ["制造企业"], id="persons-asked-for-objections"),
    pytest.param("", "经镇人民代表大会票决通过，确定某片区道路维护工程为2026年镇级民生实事项目。现将《某片区道路维护工程方案》"
                 "全文公布，诚邀社会各界人士积极建言献策，公众可在2026年12月24日前通过以下方式反馈。", [],
                 id="persons-asked-for-counsel"),
    # (guard: persons of all walks of life entering a contest are persons)
    pytest.param("关于举办2026年“城市印象”摄影大赛的通知",
                 "一、参赛对象：社会各界人士均可参加。\n二、投稿时间\n即日起至2026年6月30日。", ["人才"],
                 id="persons-entering-a-contest"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


DEADLINES = [
    # a year named with its month dates the year-less dates of a notice without a date of its own (r603_06)
    pytest.param("", "各区总工会：\n一、开展时间\n2026年10月开展\n二、工作安排\n各单位要填写推荐表，于8月7日前报送市总工会经济部。", None,
                 ["2026-08-07"], "2026-08-07", id="year-named-with-its-month"),
    # (guard: a period's end year is not the notice's)
    pytest.param("", "各区总工会：\n一、实施期限\n2024—2026年\n二、工作安排\n各单位要填写推荐表，于8月7日前报送市总工会经济部。",
                 None, [], None, id="period-end-year"),
    # a comma inside an aside does not end the act's clause after a date (r597_06)
    pytest.param("关于开展专利产业化优秀案例征集工作的通知",
                 "请各省级知识产权局于2026年3月1日前，将案例汇总表（电子版和加盖公章后的PDF扫描件，见附件2）和全部案例文件汇总后"
                 "发送至联系邮箱。", "2026-01-20", ["2026-03-01"], "2026-03-01", id="act-past-an-aside"),
]


@pytest.mark.parametrize("title, text, published, dates, apply_by", DEADLINES)
def test_deadlines(title, text, published, dates, apply_by):
    assert deadline_reading(title, text, published) == (dates, apply_by)
