"""Details: funding amounts, application-system links, document numbers and issuing bodies.

- amounts: sums quoted as grants ("最高不超过500万元", "给予一次性30万元奖励", "每件资助500元"),
  with their value in 万元; thresholds and facts ("营业收入不低于3000万元") are left out;
- system_urls: links given as the place to apply ("登录“宁企通”网站（http://nqt.nanjing.gov.cn/）"),
  not links to read ("可在协会网站查询");
- doc_numbers: 文号 as written without spaces ("苏工信信发〔2025〕279号", "国办发[2016]5号");
- issuers: the bodies that signed the notice (see pipeline.extract.regions.issuing_bodies).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from pipeline.notice import Amount, Notice
from pipeline.patterns import details as dp

logger = logging.getLogger(__name__)

_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                   "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}


@dataclass
class Details:
    amounts: list[Amount] = field(default_factory=list)
    system_urls: list[str] = field(default_factory=list)
    doc_numbers: list[str] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)


def extract_details(notice: Notice) -> Details:
    from pipeline.extract.regions import issuing_bodies

    text = notice.text or ""
    return Details(
        amounts=extract_amounts(text),
        system_urls=extract_system_urls(text),
        doc_numbers=extract_doc_numbers(f"{notice.title}\n{text}"),
        issuers=issuing_bodies(notice),
    )


# --- amounts -------------------------------------------------------------------------------------

def parse_number(value: str) -> float | None:
    """"500" -> 500.0, "1.5" -> 1.5, "五十" -> 50.0, "一百二十" -> 120.0, "三千" -> 3000.0."""
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return float(value)
    total, digit = 0, None
    for char in value:
        if char in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[char]
        elif char in _CHINESE_UNITS:
            total += (1 if digit is None else digit) * _CHINESE_UNITS[char]
            digit = None
        else:
            return None
    return float(total + (digit or 0)) if value else None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = _CLAUSE_END.search(text, end)
    return left, right.start() if right else len(text)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    right = min([i for i in (text.find("。", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[left:right + 1].strip()


def extract_amounts(text: str) -> list[Amount]:
    """Grant amounts with their value in 万元 (the upper end of a range)."""
    amounts: list[Amount] = []
    seen: set[str] = set()
    for match in dp.AMOUNT.finditer(text):
        if text[match.end():match.end() + 1] in "%％" or (match.start() and text[match.start() - 1].isdigit()):
            continue
        left, right = _clause(text, match.start(), match.end())
        before = text[left:match.start()]
        clause = text[left:right]
        qualified = dp.QUALIFIER.search(text, max(left, match.start() - dp.QUALIFIER_REACH), match.start())
        if not dp.FUNDING_CUES.search(clause) or dp.CONDITION_CUES.search(before) \
                or (not qualified and dp.CONDITION_CUES.search(text[match.end():right])):
            continue
        number = parse_number(match.group("high") or match.group("low"))
        if number is None:
            continue
        qualifier = None
        for found in dp.QUALIFIER.finditer(text, max(left, match.start() - dp.QUALIFIER_REACH), match.start()):
            qualifier = qualifier or found
        start = qualifier.start() if qualifier else match.start()
        phrase = re.sub(r"\s+", "", text[start:match.end()])
        if phrase in seen:
            continue
        seen.add(phrase)
        wan = round(number * dp.UNIT_IN_WAN[match.group("unit")], 6)
        amounts.append(Amount(text=phrase, wan_yuan=wan, evidence=_sentence(text, match.start(), match.end())[:200]))
    return amounts


# --- application systems ------------------------------------------------------------------------

def extract_system_urls(text: str) -> list[str]:
    """Links given as where to apply, in order, de-duplicated; scheme-less ones get http://."""
    urls: list[str] = []
    for match in dp.URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?'")
        before = text[max(0, match.start() - dp.SYSTEM_CONTEXT):match.start()]
        clause_before = re.split(r"[。；;\n]", before)[-1]
        after = re.split(r"[，,。；;\n]", text[match.end():match.end() + 40])[0]
        if not dp.SYSTEM_CUES.search(clause_before) or dp.NOT_SYSTEM_CUES.search(clause_before[-15:] + after):
            continue
        if "@" in url:
            continue
        if not url.lower().startswith(("http://", "https://")):
            url = "http://" + url
        if url not in urls:
            urls.append(url)
    return urls


# --- document numbers -----------------------------------------------------------------------------

def extract_doc_numbers(text: str) -> list[str]:
    """文号 in order of first appearance, spaces removed, brackets as written."""
    numbers: list[str] = []
    keys: set[str] = set()
    for number, _, _ in doc_number_spans(text):
        key = re.sub(r"[〔\[［【(（]", "〔", re.sub(r"[〕\]］】)）]", "〕", number))
        if key not in keys:
            keys.add(key)
            numbers.append(number)
    return numbers


def doc_number_spans(text: str) -> list[tuple[str, int, int]]:
    """Every 文号 occurrence as (number without spaces, start, end), in text order."""
    spans: list[tuple[str, int, int]] = []
    found = [(m.start(), m, False) for m in dp.DOC_NUMBER.finditer(text)]
    found += [(m.start(), m, True) for m in dp.ANNOUNCEMENT_NUMBER.finditer(text)]
    for _, match, announcement in sorted(found, key=lambda item: item[0]):
        raw_prefix = match.group("prefix")[:-2] if announcement else match.group("prefix")  # "…公告"
        prefix = dp.PREFIX_CUT.sub("", raw_prefix)[-dp.PREFIX_MAX_CHARS:]
        if not prefix:
            continue
        if announcement:
            number = f"{prefix}公告{match.group('year')}年第{match.group('seq')}号"
        else:
            number = re.sub(r"\s+", "", prefix + text[match.start("open"):match.end()])
        spans.append((number, match.start("prefix") + len(raw_prefix) - len(prefix), match.end()))
    return spans
