"""Notices written in traditional characters (mirror pages) are read as their simplified text."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import EXTRACTED_FIELDS, extract_notice
from pipeline.normalize import simplified_script
from pipeline.records import RawRecord, build_notice
from pipeline.segment import segment

# Written for this test in both scripts; the traditional text also carries a converter's pinyin.
SIMPLIFIED = ("关于组织申报2025年度省级企业技术中心的通知\n各县（市、区）工业和信息化局：\n"
              "请辖区内符合条件的企业于2025年9月30日前将申报材料报送市工业和信息化局，逾期不予受理。\n"
              "联系人：王伟 联系电话：0371-65432100\n郑州市工业和信息化局\n2025年9月1日")
TRADITIONAL = ("關于組織申報2025年度省級企業(yè)技術(shù)中心的通知\n各縣（市、區）工業和信息化局：\n"
               "請轄區內符合條件的企業於2025年9月30日前將申報材料報送市工業和信息化局，逾期不予受理。\n"
               "聯系人：王偉 聯系電話：0371-65432100\n鄭州市工業和信息化局\n2025年9月1日")


@pytest.mark.parametrize("text, expected", [
    ("企業(yè)技術(shù)中心", "企业技术中心"),
    ("關（guān）於開展", "关于开展"),
    ("发送电子版(word)至邮箱", "发送电子版(word)至邮箱"),  # no tone mark: a word in brackets, kept
    ("符合条件的企业", "符合条件的企业"),  # simplified text is left as it is
])
def test_simplified_script(text, expected):
    assert simplified_script(text) == expected


def _extracted(text):
    notice = build_notice(RawRecord(title="", content=text, published="2025-09-01", source="test"))
    extract_notice(notice, segment(notice.text))
    return notice


def test_a_traditional_notice_is_read_as_its_simplified_text():
    simplified, traditional = _extracted(SIMPLIFIED), _extracted(TRADITIONAL)
    assert simplified.kind == "call" and simplified.apply_deadline == date(2025, 9, 30)
    assert [s.name for s in simplified.subjects]  # the case names applicants, so the comparison means something
    for name in EXTRACTED_FIELDS:
        if name != "kind_evidence":  # evidence is quoted from the simplified text in both
            assert getattr(traditional, name) == getattr(simplified, name), name
    # the notice itself keeps the text it was written in
    assert traditional.text.startswith("關于組織申報") and "企業(yè)" in traditional.text


def test_without_tokens_a_traditional_notice_is_read_the_same():
    notice = build_notice(RawRecord(title="", content=TRADITIONAL, published="2025-09-01", source="test"))
    extract_notice(notice)
    assert notice.apply_deadline == date(2025, 9, 30)
    assert [r.name for r in notice.regions] == [r.name for r in _extracted(SIMPLIFIED).regions]
