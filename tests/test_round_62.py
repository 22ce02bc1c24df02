"""Round 62 of the blind-set method: rules shown by labelled texts of the evaluation sets r540-r542, r545-r550
(collected in this round, on themes no earlier round took; r543 and r544 are its final check), each tested here on
phrasings written for these tests (the sets' own texts stay outside the project). One table per field, read by one test
per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, kind, subjects

KINDS = [
    # a contest of live selling is a contest one enters, not a live stream (r548_03; r548_02 runs one too)
    pytest.param("关于举办某市促消费直播大赛的通知",
                 "一、参赛报名（2026年3月1日—3月10日）\n组织单位、团队或个人填报报名信息。", "call",
                 id="a-live-selling-contest"),
    pytest.param("关于举办2026年某县乡村电商直播带货大赛的通知", "报名时间：2026年5月6日至5月12日。", "call",
                 id="a-live-selling-contest-with-what-is-sold"),
    # (guard: a live stream is still an event, and so is one of a contest's final)
    pytest.param("某市2026年高新技术企业认定政策直播", "直播时间：2026年5月8日14:00。", "event", id="a-live-stream"),
    pytest.param("某市创新创业大赛决赛直播", "直播时间：2026年5月8日14:00。", "event", id="a-contest-s-final-streamed"),
    # a press office's 发布会 reported held is a press conference explaining a policy (r549_12; a stored page's
    # "國務院新聞辦舉行新聞發佈會")
    pytest.param("",
                 "作为第一部促进某产业发展的基础性法律，《某产业促进法》自今年6月1日起施行。\n5月10日，国务院新闻办举行发布会。"
                 "有关部门负责人对该法的亮点进行了解读。", "interpretation", id="a-press-office-s-conference-held"),
    pytest.param("",
                 "《某省促进民营经济发展条例》将于7月1日施行。\n6月20日，省政府新闻办召开发布会，介绍条例的主要内容。",
                 "interpretation", id="a-province-s-press-office"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


SUBJECTS = [
    # enterprises and institutions written with the institutions bracketed (r541_02)
    pytest.param("关于征集2026年生态环境科技需求的通知",
                 "各大专院校、科研院所、企(事)业单位：\n请于2026年3月1日前报送需求。", ["企业", "高校院所"],
                 id="enterprises-and-institutions-bracketed"),
    pytest.param("关于征集2026年科技需求的通知", "各有关企（事）业单位：\n请于2026年3月1日前报送需求。", ["企业"],
                 id="full-width-brackets"),
    # whom a collection is for (r549_03)
    pytest.param("关于征集2026年军民两用技术与产品信息的通知",
                 "本次信息采集主要针对新材料领域的优势产品及技术信息，面向新材料领域的企业、科研机构和高校。\n"
                 "请于5月30日前报送。", ["企业", "高校院所"], id="whom-a-collection-is-for"),
    pytest.param("关于征集2026年应用场景的通知",
                 "各区科技局：\n本次征集主要面向本市注册的企业。\n请于5月30日前报送。", ["企业"], id="whom-a-call-for-scenes-is-for"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


DEADLINES = [
    # a publicity passed before the papers go is no window: the papers' date is the applicants' (r550_07)
    pytest.param("关于开展2026年度科技奖推荐工作的通知",
                 "1.请各单位在2026年3月6日前将成果名称报科技处。\n2.请在3月13日前将公示内容报科技处，公示期不少于5个工作日。\n"
                 "3.公示通过后于2026年3月20日前报送申报材料至科技处。",
                 "2026-02-27", ["2026-03-06", "2026-03-13", "2026-03-20"], "2026-03-20", id="after-a-publicity-passed"),
    pytest.param("关于推荐2026年度优秀成果的通知",
                 "各单位公示期满后，于2026年6月30日前报送推荐材料。", "2026-06-01", ["2026-06-30"], "2026-06-30",
                 id="after-a-publicity-run-out"),
]


@pytest.mark.parametrize("title, text, published, dates, apply_by", DEADLINES)
def test_deadlines(title, text, published, dates, apply_by):
    notice = extracted(title, text, published)
    assert [str(d.date) for d in notice.deadlines] == dates
    assert (str(notice.apply_deadline) if notice.apply_deadline else None) == apply_by


def test_a_publicity_window_is_still_one():
    """(guard: a publicity's own window keeps its label)"""
    notice = extracted("关于2026年度优秀成果拟推荐名单的公示",
                       "现将拟推荐名单予以公示，公示期为2026年6月1日至6月7日。公示期满后报送。", "2026-06-01")
    assert [(str(d.date), d.label) for d in notice.deadlines] == [("2026-06-07", "公示期结束")]
