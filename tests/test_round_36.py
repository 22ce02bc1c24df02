"""Round 36 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import kind, untitled_kind


@pytest.mark.parametrize("title, text", [
    # a meeting named, then its day, then its site (r152_09, r157_14)
    ("去年某省工业增加值增长创新高",
     "全省工业和信息化工作会议近日在西宁召开。记者从会上了解到，2025年全省规上工业增加值增长8%。"),
    ("某市推进新区建设 全年完成投资500亿元",
     "某社某市1月12日电 某市第十五届人民代表大会第二次会议12日在市会议中心开幕，市长作政府工作报告。"),
    ("某市数字经济规模突破千亿元", "2025数字经济论坛今天在某市开幕，来自全国的200余名专家学者参加。"),
])
def test_a_meeting_named_then_dated_at_its_site_is_an_event(title, text):
    assert kind(title, text) == "event"


def test_a_dated_fair_inviting_entries_is_not_reported_held():
    text = "2025中小企业数字化转型博览会10月18日在某国际会展中心举办，欢迎有意参展的企业报名，报名截止10月10日。"
    assert untitled_kind(text) != "event"
