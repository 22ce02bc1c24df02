"""Cases a helper's review of extraction round 16 found wrong (invented phrasings): calls, rules and
answers that describe their own later publicity in a publicity's objection words; a time before or after
the notice's date read as a window from it."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.kind import classify_kind
from pipeline.notice import Notice
from tests.test_extract_deadlines import _dates


@pytest.mark.parametrize("title, text, expected", [
    ("", "现组织开展2027年度科技项目申报工作。请于2027年5月20日前将申报材料报送至市科技局。评审结果将在市科技局网站"
         "公示，对公示结果有异议的，可在公示期内向市科技局提出。", "call"),
    ("", "根据工作安排，2027年度市级企业技术中心认定工作即将开始，申报截止时间为2027年6月30日。对公示结果有异议的单位"
         "可实名反映。", "call"),
    ("", "第一条 为规范市级孵化器认定管理，制定本办法。\n第十二条 认定结果在市科技局网站公示5个工作日，对公示结果有异议的，"
         "可书面提出。", "policy"),
    ("", "问：对公示名单有异议怎么办？答：可在公示期内以书面形式向市工信局提出。", "interpretation"),
    ("市级研发费用补助实施细则", "请符合条件的企业于2027年5月31日前提交申报材料。审核结果公示期间，对公示名单有异议的可实名反映。",
     "call"),
    ("关于认定2027年度市级企业技术中心的通知", "请有意向的企业于2027年6月30日前提交申请材料。认定结果公示期间，对公示企业"
     "有异议的，可书面反映。", "call"),
])
def test_a_text_describing_its_later_publicity_keeps_its_kind(title, text, expected):
    assert classify_kind(Notice(title=title, raw_title=title, text=text))[0] == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("一、申报条件\n申报单位在本通知印发之日前30天内未发生重大安全事故。\n二、请于2025年10月31日前提交申报材料。", "call",
     ["2025-10-31"]),
    ("（三）近期（通知发布之日前90天内）未受到行政处罚。", "call", []),
    ("经公示无异议的项目，补助资金于名单公布之日后30日内拨付到项目单位。", "publicity", []),
])
def test_a_time_before_or_after_the_notice_is_no_window_from_it(text, kind, expected):
    assert _dates(text, published=date(2025, 9, 22), kind=kind) == expected
