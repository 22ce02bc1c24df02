"""Deadlines of a notice: every date that closes a window for action, and the applicant's own date.

How it works, sentence by sentence (after joining date parts a page put on lines of their own; a
run-on "sentence" longer than any real one is cut at commas, so the work stays linear in the text):
1. find date mentions (pipeline/patterns/dates.py: DATE_MENTION), joining ranges ("9月23日至10月11日"
   gives its end) and skipping dates inside cited document titles 《…》;
2. normalise each mention's fragment to a calendar date (`normalise_date_fragment`: Chinese numerals
   to digits, the year resolved from the notice's own date when omitted (the earlier of page and
   signing date: a re-post keeps its notice's year), or from the year the text states when nothing
   dates the notice, then dateparser; the end of a month before 前, "1月底前", is its last day);
3. keep a date only when a deadline cue governs it (…前, 截止时间为…, a window's end, 于…报送, a table
   cell or bare line under a 截止时间 column or heading, a list of dates sharing one cue) and the
   clause names an action, and no exclusion applies (eligibility conditions, validity periods,
   openings and events, standing yearly rules (每年…), reference dates that start a clause, dates
   long before publication, a date an extension replaces, a past date a reminder says was missed, a
   window closed before the date the notice is signed with, unless a sentence asks to act by it);
4. counted windows ("自2025年9月19日起5个工作日") end on the official PRC working-day calendar.

Each kept date has a label (what closes) and a role: the applicant's own act, a bureau's review or
forwarding, a public window (公示, 异议, 征求意见), or an errand (naming a contact person).
apply_deadline is the latest applicant date of a call (of its first-named track when dates are set
per programme or applicant group; supplements and follow-up steps for selected or turned-back
applicants aside; for a call taken in batches, the batch open when it was issued, each batch's date
labelled with its batch, "第二批申报截止"); failing that, the earliest bureau date that hands the
applicants' materials on (guide rulings).
"""
from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.extract.regions import covering_note_signature, signing_date_line
from pipeline.notice import Deadline, Notice
from pipeline.patterns import dates as P

logger = logging.getLogger(__name__)

# A deadline stated more than this long before publication is a reference date (an eligibility
# cut-off such as "2024年10月24日之前获市级认定"), not a window still relevant to the notice.
MAX_DAYS_BEFORE_PUBLICATION = 180
LAST_DAY = 0  # the day of "1月底": the month's last day, known once the year is
# A year-less month this many months before the publication month means next year (guide).
ROLLOVER_MONTHS = 2

ROLE_APPLICANT = "applicant"
ROLE_REVIEWER = "reviewer"
ROLE_WINDOW = "window"  # 公示, 异议, 征求意见: nobody applies
ROLE_CONTACT = "contact"  # naming a contact person: an errand, not the application


@dataclass
class _Mention:
    """One date (or the end of a range) found in a sentence."""

    start: int  # span in the sentence, including a range's start and the time of day
    end: int
    day: date
    time: str | None
    is_range_end: bool
    explicit_year: bool  # the year was written (for the "long before publication" check)
    opens: date | None = None  # a range's first date ("9月23日至10月11日": 9月23日)


@dataclass
class _Found:
    deadline: Deadline
    role: str
    carries_materials: bool  # a bureau date that forwards the applicants' own materials
    supplement: bool = False  # a later supplement or follow-up step ("可在…前另行提供"), not the application
    extended: bool = False  # a new date set by an extension ("申报时限延至9月20日")
    track: str | None = None  # the programme or applicant group the date is for ("港澳台项目")
    sentence_index: int = 0
    # a list's counted window started on the notice's date: for want of a start stated, or counted from its publication,
    # which the notice's date stands for
    start_assumed: bool = False
    starts: date | None = None  # the first day of the window the date closes, stated ("9月23日至10月11日") or counted


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def extract_deadlines(notice: Notice) -> tuple[list[Deadline], date | None, str]:
    """(deadlines ascending, one per date; apply_deadline; the sentence that gave apply_deadline)."""
    text = _labels_joined(P.SPLIT_DATE_BREAKS.sub("", notice.text or ""))
    if not text.strip():
        text = notice.title or ""
    signed = find_signing_date(text)
    anchor = _own_date(notice.published, signed)
    found = _find_deadlines(text, anchor, signed, notice.kind, year_anchor=anchor or stated_year_anchor(text))
    if anchor is not None:
        # A reminder restates the window its readers missed ("原要求于4月15日前上报，截至目前仍有…
        # 未上报"): a date before the notice's own in such a sentence is a past event.
        found = [f for f in found
                 if f.deadline.date >= anchor or not P.MISSED_WINDOW.search(f.deadline.evidence)]
    if signed is not None and all(f.deadline.date != signed for f in found):
        # A window closed before the date the text is signed with is told of, not opened: "…从11月2日开始，
        # 至12月2日结束。征集期内未收到意见" in a statement signed 12月5日 on how the consultation went, "提交
        # 申报资料于今年5月8日截止" in a supplementary call signed 7月17日, "截止4月2日申报期止，仅有一家…" in an
        # extension signed 4月7日 (r143_12, r139_08). (A page re-posted after its window, with no signing date of
        # its own, still lists it.) A sentence asking its readers to act by the date still sets it: the
        # signature may be a later page's ("请于7月17日前将…发至…" over a 7月26日 signature). And a "signing
        # date" that itself closes a window is a table's last cell, not the notice's date.
        found = [f for f in found if f.deadline.date >= signed
                 or notice.kind != "policy" and P.ASKED_TO_ACT.search(f.deadline.evidence)]
    if notice.kind == "publicity" and anchor is not None:
        # A list is put up after the steps that made it: "经各县推荐，于6月10日报省农业农村厅，…现予以
        # 公示" tells of a past hand-in; its windows (公示期, objections) run from the notice's own date, which a
        # page re-posted later than it may not show ("公示时间：2023年6月25日-7月1日" on a page of 8月9日, r148_05).
        found = [f for f in found if f.deadline.date >= anchor
                 or signed is None and _states_publicity_window(f.deadline.evidence, f.deadline.date)]
    if notice.kind == "policy":
        # A policy's own procedure is its comment window; task dates inside a plan ("于2025年12月31日
        # 前完成改造") are not windows for anyone to act in. What the readers of a draft for comment are
        # asked to send in a window headed for collecting or feedback is their comments ("征集时间：3月16日
        # 至3月22日"); the draft's own windows ("第十条 申报时间：…") are not.
        is_draft = bool(P.COMMENTS_INVITED.search(text, 0, P.COMMENTS_READ_CHARS))
        found = [f for f in found if f.role == ROLE_WINDOW
                 or (is_draft and f.role == ROLE_APPLICANT and P.COMMENT_WINDOW_HEADING.search(f.deadline.evidence))]
    elif notice.kind == "interpretation":
        # An interpretation may restate the call it explains ("申报截止时间为…"); plan targets it
        # restates are left out as for a policy.
        found = [f for f in found if f.role == ROLE_WINDOW or P.APPLICATION_WORDS.search(f.deadline.evidence)]
    deadlines = _deduplicate([f.deadline for f in found])
    apply_date, evidence = _pick_apply_deadline(notice.kind, found, text, anchor)
    return deadlines, apply_date, evidence


def _states_publicity_window(sentence: str, day: date) -> bool:
    """Whether the sentence states a list's 公示 or objection window ending on the day ("公示时间：2023年6月
    25日-7月1日", "…予以公示，公示期为7月25日至7月31日"), not a hand-in it tells of beside it."""
    written = re.compile(rf"(?<!\d){day.month}\s*月\s*{day.day}(?!\d)")
    return any(written.search(clause.group(0)) for clause in P.PUBLICITY_WINDOW_CLAUSE.finditer(sentence))


def _labels_joined(text: str) -> str:
    """The text with its spaced-out labels written whole ("公 示 期:" as "公示期:")."""
    return P.SPACED_LABEL.sub(lambda label: P.LABEL_SPACES.sub("", label.group(0)), text)


def window_opens(notice: Notice) -> date | None:
    """When the application window opens, where the apply deadline closes a stated range
    ("申报时间：2025年10月8日至10月20日" opens 10-08), else None ("即日起至…" opens on publication)."""
    if notice.apply_deadline is None or not notice.apply_deadline_evidence:
        return None
    text = notice.text or ""
    anchor = _own_date(notice.published, find_signing_date(text))
    for mention in _mentions(notice.apply_deadline_evidence, anchor):
        if mention.day == notice.apply_deadline and mention.opens is not None and mention.opens < mention.day:
            return mention.opens
    return None


def _own_date(published: date | None, signing: date | None) -> date | None:
    """The notice's own date: the earlier of its page date and its signing date.

    A page dated after the date the notice is signed with is a re-post (its year-less dates belong to
    the signing year); a "signing date" after the page date is more likely a closing table cell."""
    known = [day for day in (published, signing) if day is not None]
    return min(known) if known else None


def normalise_date_fragment(fragment: str, anchor: date | None = None) -> date | None:
    """One date fragment ("2025年10月10日", "十月十日", "2025.10.10") to a date, or None.

    The year comes from `anchor` (the publication date) when the fragment has none, rolled into the
    next year when the month is well before the anchor's month.
    """
    match = P.DATE_MENTION.fullmatch(fragment.strip())
    if not match:
        match = P.DATE_MENTION.search(fragment)
        if not match:
            return None
    parts = _date_parts(match, anchor)
    if parts is None:
        return None
    year, month, day = parts
    if year is None:
        year = _resolve_year(month, anchor)
        if year is None:
            return None
    return _calendar_date(year, month, day)


def add_working_days(start: date, count: int) -> date:
    """The last day of a window of `count` working days that starts on `start` (day 1 if a workday).

    Uses the official PRC calendar (chinese_calendar: weekends, public holidays, adjusted working
    days); outside the years it covers, falls back to Monday–Friday and logs it.
    """
    day = start
    remaining = count
    while True:
        if _is_workday(day):
            remaining -= 1
            if remaining <= 0:
                return day
        day += timedelta(days=1)


def find_signing_date(text: str) -> date | None:
    """The notice's own date: a full date ending one of its last lines ("…工业和信息化局2025年9月22日"),
    else the date signing a covering note that the document it sends follows."""
    return _end_signing_date(text) or _covering_note_date(text)


def _covering_note_date(text: str) -> date | None:
    found = covering_note_signature(text)
    return normalise_date_fragment(found[1], None) if found else None


def _end_signing_date(text: str) -> date | None:
    # The last lines, or, past more lines of contacts, notes and attachments, the signature's own date line ("特此通知。\n
    # 2020年4月25日\n（联系人：…；\n联系电话：…；\n传真：…；\n地址：…）\n（此件主动公开）\n附件：", r346_14).
    last_lines = [line for line in text.split("\n") if line.strip()][-4:]
    return _date_ending(reversed(last_lines)) or _date_ending([signing_date_line(text)])


def _date_ending(lines: Iterable[str]) -> date | None:
    """The date the first of `lines` ending in a full date ends with, unless a sentence ends so."""
    for line in lines:
        tail = re.sub(r"[（(][^（）()]{0,12}[）)]\s*$", "", line.strip())  # （此件主动公开）
        if not P.DATE_MENTION_END.search(tail.rstrip(" 。.")):
            continue  # (a line not ending as a date can: no need to scan it for dates)
        matches = list(P.DATE_MENTION.finditer(tail))
        if not matches:
            continue
        last = matches[-1]
        if tail[last.end():].strip(" 。.") or not (last.group("year") or last.group("nyear")):
            continue
        if P.NOT_A_SIGNATURE.search(tail[:last.start()]):
            continue  # a sentence ending in a date ("…从即日起至2026年6月30日。"), not a signature
        return normalise_date_fragment(last.group(0), None)
    return None


def stated_year_anchor(text: str) -> date | None:
    """1 January of the year the text itself states, for a notice with neither publication nor signing date.

    The latest year among the full dates the text states ("2021年3月18日-4月30日") and its document
    numbers (〔2022〕14号, not a standing rule's it cites: "根据《…认定管理办法》（芜经信速递〔2022〕449号）" in a call
    for 2024年度, r433_14) comes first: the notice's own procedure is dated and the notice is numbered
    in its own year, whereas the documents it cites were numbered earlier and a full date may be a
    past reference ("2020年3月1日以后验收的项目" in a notice numbered 〔2021〕). Failing both, the
    latest year it names ("做好2024年度…工作"; a programme year may be the next one, a condition's
    year an earlier one). A cited rule's year is still a floor: the notice is never older than a rule
    it cites. Year-less dates then take that year, without rolling into the next (the month is unknown).
    """
    years = [parts[0] for m in P.DATE_MENTION.finditer(text)
             if (parts := _date_parts(m)) is not None and parts[0] is not None]
    cited: list[int] = []  # the years of standing rules the text cites: the notice is of their year or later
    for m in P.DOCUMENT_NUMBER_YEAR.finditer(text):
        year = int(m.group("year") or m.group("bare_year"))
        if P.CITED_RULE_BEFORE.search(text, max(0, m.start() - 160), m.start()) \
                and not P.ISSUED_AFTER_NUMBER.match(text, m.end()):
            cited.append(year)
        else:
            years.append(year)
    if not years:
        years = [int(m.group("year")) for m in P.YEAR_NAMED.finditer(text)]
    if years and cited:
        years.append(max(cited))  # (a floor, not a year of its own: "…须为2024年1月1日以后注册" under a 2026 rule)
    return date(max(years), 1, 1) if years else None


# --------------------------------------------------------------------------------------------------
# Date fragments
# --------------------------------------------------------------------------------------------------


def cn_number(text: str) -> int | None:
    """Chinese or Arabic numerals as used in dates: "二〇二五" -> 2025, "三十一" -> 31, "十" -> 10."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in P.CN_DIGITS and ch != P.CN_TEN for ch in text):
        return None
    if P.CN_TEN not in text:  # digit by digit: 二〇二五
        return int("".join(str(P.CN_DIGITS[ch]) for ch in text))
    tens, _, units = text.partition(P.CN_TEN)
    value = (P.CN_DIGITS[tens] if tens else 1) * 10
    return value + (P.CN_DIGITS[units] if units else 0)


def _date_parts(match: re.Match, anchor: date | None = None) -> tuple[int | None, int, int] | None:
    """(year, month, day) of a date mention; the year None where the text gives none (a year named relative to the
    publication, 今年 or 明年, is read from `anchor` when given)."""
    if match.group("nyear"):
        return int(match.group("nyear")), int(match.group("nmonth")), int(match.group("nday"))
    if match.group("dmonth"):  # 8.15日
        return None, int(match.group("dmonth")), int(match.group("dday"))
    if match.group("tmonth"):  # 2023101218:00
        year = int(match.group("tyear")) if match.group("tyear") else None
        return year, int(match.group("tmonth")), int(match.group("tday"))
    if match.group("smonth"):  # 2016 1 6 日
        return int(match.group("syear")), int(match.group("smonth")), int(match.group("sday"))
    if match.group("lmonth"):  # 2025728日, 215日
        year = int(match.group("lyear")) if match.group("lyear") else None
        return year, int(match.group("lmonth")), int(match.group("lday"))
    year = cn_number(match.group("year")) if match.group("year") else None
    if match.group("rel_year") and anchor is not None:
        year = anchor.year + (1 if match.group("rel_year") in P.NEXT_YEAR_WORDS else 0)
    month = 1 if match.group("month") == P.FIRST_MONTH else cn_number(match.group("month"))
    day = LAST_DAY if match.group("day") == P.MONTH_END else cn_number(match.group("day"))
    if month is None or day is None:
        return None
    return year, month, day


def _resolve_year(month: int, anchor: date | None) -> int | None:
    if anchor is None:
        return None
    if anchor.month - month > ROLLOVER_MONTHS:
        return anchor.year + 1
    return anchor.year


@lru_cache(maxsize=4096)
def _calendar_date(year: int, month: int, day: int) -> date | None:
    if day == LAST_DAY:  # "1月底前": the month's last day
        return date(year, month, calendar.monthrange(year, month)[1]) if 1 <= month <= 12 else None
    return _parsed_date(year, month, day)


def _parsed_date(year: int, month: int, day: int) -> date | None:
    """Digits to a date through dateparser, which also rejects impossible dates (2月30日).

    dateparser's Chinese support reads only complete "YYYY年M月D日" strings (no year-less dates,
    Chinese numerals or 号), so fragments are brought to that form first; its answer is checked
    against the parts because non-strict parsing may reorder them.
    """
    import dateparser  # deferred: loading its language data takes a moment

    parsed = dateparser.parse(
        f"{year}年{month}月{day}日",
        languages=["zh"],
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None or (parsed.year, parsed.month, parsed.day) != (year, month, day):
        logger.debug("not a calendar date: %d-%d-%d", year, month, day)
        return None
    return parsed.date()


def _time_of(match: re.Match, ampm: str | None = None) -> str | None:
    """The time of day a match of TIME_OF_DAY holds; `ampm` is the part of the day its hours run in when
    it names none ("下午2:00-5:00" ends at 17:00)."""
    hour = match.group("hour") or match.group("hour2")
    if hour is None:
        return None
    hour_value = int(hour)
    minute = match.group("minute") or match.group("minute2") or ("30" if match.group("half") else "0")
    ampm = match.group("ampm") or ampm
    if ampm in ("下午", "晚上", "晚") and hour_value < 12:
        hour_value += 12
    return f"{hour_value:02d}:{int(minute):02d}"


def _hours_end(sentence: str, match: re.Match) -> tuple[int, str | None]:
    """(end, time) of a date mention: a day's hours close at their end ("7月7日9:00-18:00" at 18:00; with
    a later range of hours, "上午9:00-12:00，下午14:00-17:00", at the last one's end)."""
    time = _time_of(match)
    hours = P.CLOCK_RANGE_END.match(sentence, match.end()) if time is not None else None
    if hours is None:
        return match.end(), time
    ampm = match.group("ampm")
    while (later := P.LATER_HOURS.match(sentence, hours.end())) is not None:
        hours, ampm = later, later.group("start_ampm")
    return hours.end(), _time_of(hours, ampm)


def _is_workday(day: date) -> bool:
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        _warn_calendar_fallback(day.year)
        return day.weekday() < 5


@lru_cache(maxsize=64)
def _warn_calendar_fallback(year: int) -> None:
    logger.warning("no PRC holiday calendar for %d; counting Monday-Friday as working days", year)


# --------------------------------------------------------------------------------------------------
# Mentions in a sentence
# --------------------------------------------------------------------------------------------------


def _joined_as_range(sentence: str, first: tuple[re.Match, int | None, int, int],
                     second: tuple[re.Match, int | None, int, int]) -> bool:
    """Whether two date mentions (each with its parsed year, month and day) are a range's start and end: a separator
    between them ("9月23日至10月11日"), or a slash between two numeric dates in order (an ISO 8601 interval,
    "2023-05-09/2023-06-16") filling a field that names an application window ("申报日期 : …/…")."""
    (start, *start_parts), (end, *end_parts) = first, second
    between = sentence[start.end():end.start()]
    if P.RANGE_JOIN.match(between):
        return True
    return bool(P.NUMERIC_INTERVAL_JOIN.match(between) and start.group("nyear") and end.group("nyear")
                and start_parts <= end_parts and P.WINDOW_FIELD_BEFORE.search(sentence, 0, start.start())
                and not P.LABELS_AFTER.match(sentence, end.end()))


def _mentions(sentence: str, anchor: date | None) -> list[_Mention]:
    """Date mentions in a sentence, ranges joined, cited titles skipped."""
    cited = [m.span() for m in P.CITED_TITLE.finditer(sentence)]
    raw: list[tuple[re.Match, int | None, int, int]] = []
    for match in P.DATE_MENTION.finditer(sentence):
        if any(a <= match.start() < b for a, b in cited):
            continue
        parts = _date_parts(match, anchor)
        if parts is None:
            continue
        raw.append((match, *parts))

    mentions: list[_Mention] = []
    index = 0
    while index < len(raw):
        match, year, month, day = raw[index]
        start_day = _resolved(year, month, day, anchor)
        # A range: the next mention follows a separator ("9月23日至10月11日"); it contributes its end,
        # whose missing year is the start's (or the next one when the months wrap).
        if index + 1 < len(raw) and _joined_as_range(sentence, raw[index], raw[index + 1]):
            end_match, end_year, end_month, end_day = raw[index + 1]
            explicit = year is not None or end_year is not None
            if end_year is None and start_day is not None:
                end_year = start_day.year + (1 if end_month < start_day.month else 0)
            end_date = _resolved(end_year, end_month, end_day, anchor)
            if end_date is not None:
                mentions.append(_Mention(match.start(), end_match.end(), end_date, _time_of(end_match),
                                         True, explicit, opens=start_day))
            index += 2
            continue
        # A range ending in a bare day: "9月15日至22日".
        bare = P.RANGE_END_DAY_ONLY.match(sentence, match.end()) if start_day else None
        if bare and start_day is not None:
            end_date = _calendar_date(start_day.year, start_day.month, int(bare.group("day")))
            if end_date is not None and end_date >= start_day:
                mentions.append(_Mention(match.start(), bare.end(), end_date, _time_of(bare), True,
                                         year is not None, opens=start_day))
                index += 1
                continue
        if start_day is not None:
            end, time = _hours_end(sentence, match)
            mentions.append(_Mention(match.start(), end, start_day, time, False, year is not None))
        index += 1
    _keep_enumerations_in_order(sentence, mentions)
    return mentions


def _keep_enumerations_in_order(sentence: str, mentions: list[_Mention]) -> None:
    """Year-less dates listed together run forward in time ("3月5日、6月5日、10月5日前"): an early
    month rolled into next year by the publication month goes back to the year of the date after it."""
    for position in range(len(mentions) - 2, -1, -1):
        current, following = mentions[position], mentions[position + 1]
        if current.explicit_year or current.day <= following.day \
                or not _listed_together(sentence, current, following):
            continue
        earlier = _calendar_date(following.day.year, current.day.month, current.day.day)
        if earlier is not None and earlier <= following.day:
            current.day = earlier


def _resolved(year: int | None, month: int, day: int, anchor: date | None) -> date | None:
    if year is None:
        year = _resolve_year(month, anchor)
        if year is None:
            return None
    return _calendar_date(year, month, day)


# --------------------------------------------------------------------------------------------------
# Judging one mention
# --------------------------------------------------------------------------------------------------


def _sentences(text: str) -> list[tuple[str, str, bool]]:
    """(sentence, context above it, under a deadline column) triples.

    The context is the heading line above ("一、申报时间" over a bare "2025年8月30日—9月30日"; a heading naming a
    window, over each numbered sub-item of a list under it, "1.批发零售企业：…至2月17日。", "2.服务外包企业：…") and, for
    later sentences of a line, the line's first sentence and the one just before ("3. 线上提交材料
    的时间。示范园区申报从即日起至6月12日；…从即日起至2026年5月8日。"). A line that is only a
    date (a table cell, once tables are flattened one cell per line) also gets the deadline column
    header above it ("环节 / 截止时间 / 网上申报 / 2025年11月10日").
    """
    result: list[tuple[str, str, bool]] = []
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    headers = _column_headers(lines)
    line_heading = ""
    for position, line in enumerate(lines):
        previous_line = lines[position - 1] if position else ""
        if P.HEADING_LINE.match(previous_line):
            line_heading = previous_line
        elif not (P.SUB_ITEM_LINE.match(line) and P.SUB_ITEM_LINE.match(previous_line)
                  and P.WINDOW_HEADING.search(line_heading)):
            line_heading = ""  # (a sub-item keeps the window heading its earlier siblings are under)
        column = headers[position] if _is_bare_date(line) else ""
        sentences = [piece for s in P.SENTENCE_END.split(line) if s.strip() for piece in _pieces(s)]
        for index, sentence in enumerate(sentences):
            above = [column, line_heading] + ([sentences[0], sentences[index - 1]] if index else [])
            result.append((sentence, " ".join(a for a in dict.fromkeys(above) if a), bool(column)))
    return result


def _pieces(sentence: str) -> list[str]:
    """A sentence cut into pieces of at most MAX_SENTENCE_CHARS, at a clause break where it has one.

    Real sentences stay well below the limit; a longer one is text whose sentence ends were lost
    (ASCII full stops, a flattened table). Every date is judged against its whole sentence, so the
    cut keeps extraction linear in the length of the text."""
    pieces = []
    while len(sentence) > P.MAX_SENTENCE_CHARS:
        breaks = [m.end() for m in P.PIECE_BREAK.finditer(sentence, 0, P.MAX_SENTENCE_CHARS)]
        cut = breaks[-1] if breaks else P.MAX_SENTENCE_CHARS
        pieces.append(sentence[:cut])
        sentence = sentence[cut:]
    pieces.append(sentence)
    return pieces


def _is_bare_date(line: str) -> bool:
    """A line holding one date or one date range and nothing else but a note refusing late papers (a table
    cell)."""
    if len(line) > P.BARE_DATE_MAX_CHARS:
        return False
    line = P.LATE_REFUSED_NOTE.sub("", P.CELL_DELIMITER.sub("", line))
    rest = P.RANGE_END_DAY_ONLY.sub("", P.DATE_MENTION.sub("", line, count=2))
    return rest != line and not re.sub(rf"{P.RANGE_SEPARATORS}|[\s。；;，,（）()含]", "", rest)


def _column_headers(lines: list[str]) -> list[str]:
    """For each line, the deadline column header or heading above it in the same table, or "".

    A flattened table runs on in short cell lines, however many rows it has ("批次 / 网上截止时间 /
    第一批 / 8月28日 / … / 第五批 / 12月23日"); a prose line ends it. The line just above counts as
    well: "一、申报截止时间" over a bare "2025年10月31日". One pass over the lines."""
    headers, current = [], ""
    for line in lines:
        headers.append(current)
        cell = P.CELL_DELIMITER.sub("", line)
        if P.DEADLINE_COLUMN.match(cell):
            current = cell
        elif cell == line and (len(line) > P.CELL_MAX_CHARS or re.search(r"[。；;]", line)):
            current = ""  # prose: the table, if any, has ended
    return headers


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in P.CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    right_match = P.CLAUSE_BREAK.search(sentence, end)
    return left, right_match.start() if right_match else len(sentence)


def _act_end(plain: str, end: int) -> int:
    """Where the act of the clause after a date ends, in the sentence with its asides blanked
    (_blank_asides): a comma inside an aside does not end it ("于9月15日前将纸质版和电子版（光盘形式，
    一式两份）报送我办")."""
    right_match = P.CLAUSE_BREAK.search(plain, end)
    return right_match.start() if right_match else len(plain)


def _find_deadlines(text: str, anchor: date | None, signing: date | None, kind: str | None,
                    year_anchor: date | None = None) -> list[_Found]:
    """`anchor` is the notice's date, `signing` the date the text is signed with; `year_anchor` resolves
    year-less dates (the anchor, or the stated year)."""
    found: list[_Found] = []
    # "Long before publication" is measured from the notice's own date when it states one: a crawled
    # page's publication date may be months after the notice was issued. On a page re-posting an old notice
    # without its signature, every date it states before the page's own, papers handed in are measured from its
    # latest date ("请各地于2020年1月15日之前报送相关材料" on a page of 2021, "…于2017年3月20日前报送…" and "2017年6月
    # 底前" on one of November 2017: r329_01, r329_08); a reference date stays one ("论著须于2019年3月1日前公开发表").
    issued = signing or anchor
    # (every date pattern needs a digit or a 月: a sentence without either is not scanned for them)
    scanned = [(sentence, heading, under_column,
                _mentions(sentence, year_anchor or anchor) if P.DATE_HINT.search(sentence) else [])
               for sentence, heading, under_column in _sentences(text)]
    latest = max((mention.day for *_, mentions in scanned for mention in mentions), default=None)
    reposted = latest if signing is None and anchor is not None and latest is not None and latest < anchor else None
    for sentence_index, (sentence, heading, under_column, mentions) in enumerate(scanned):
        results: list[_Found | None] = []
        for position, mention in enumerate(mentions):
            # The notice's signing date on its last lines is not a cell of a deadline column above it
            # (a deadline in a table closing its text lies after publication; a signing date does not).
            column = under_column and not (mention.day == signing and (anchor is None or mention.day <= anchor))
            result = _judge(sentence, heading, mention, issued, under_column=column, reposted=reposted)
            # "截止时间分别为4月18日、5月26日": a list after one cue shares the cue.
            if result is None and position > 0 and results[-1] is not None \
                    and _listed_together(sentence, mentions[position - 1], mention):
                result = _judge(sentence, heading, mention, issued, forced_cue=True, reposted=reposted)
            results.append(result)
        # "分别于3月5日、6月5日、10月5日前报送": a list before one cue shares it too.
        for position in range(len(mentions) - 2, -1, -1):
            if results[position] is None and results[position + 1] is not None \
                    and _listed_together(sentence, mentions[position], mentions[position + 1]):
                results[position] = _judge(sentence, heading, mentions[position], issued, forced_cue=True,
                                           reposted=reposted)
        _number_listed_batches(sentence, mentions, results)
        for result in results:
            if result is not None:
                result.sentence_index = sentence_index
                found.append(result)
        kept = {result.deadline.date for result in results if result is not None}
        found.extend(_counted_windows(sentence, heading, mentions, signing or anchor, kind, kept))
    return _without_superseded(_without_assumed_ends(found))


def _without_assumed_ends(found: list[_Found]) -> list[_Found]:
    """The dates found, less a list's counted window started on the notice's date where the text states an end a few
    days after it in another sentence closing a list's window ("公示期5个工作日" beside "公示时间：2023年11月3日—2023年11月9日",
    "本次受理公示时间为10天" beside "…请于10月31日前…反映": r450_05, r432_09): the stated end is that window's (not a later step's,
    "请于9月26日前…完成信息确认": the code review's). So does a window counted from the list's publication ("公布之日起5个
    工作日内", r493_09); and either yields to a stated end a few days before it where the stated window opened before the
    notice's date (a repost, posted after the publication began; not a longer objection window of a notice posted the
    day its publicity opens: the code reviews'). STATED_END_SLACK_DAYS bounds how far."""
    stated = [f for f in found if not f.start_assumed and P.PUBLICITY_WINDOW_WORDS.search(f.deadline.evidence)]
    return [f for f in found if not any(_yields_to(f, end) for end in stated)]


def _yields_to(counted: _Found, stated: _Found) -> bool:
    """Whether a counted window's end, started on the notice's date, gives way to a stated end of a list's window (see
    _without_assumed_ends)."""
    if not counted.start_assumed:
        return False
    gap = (stated.deadline.date - counted.deadline.date).days
    stated_after = 0 <= gap <= STATED_END_SLACK_DAYS
    opened_before_the_notice = None not in (stated.starts, counted.starts) and stated.starts < counted.starts
    reposted = -STATED_END_SLACK_DAYS <= gap < 0 and opened_before_the_notice
    return stated_after or reposted


MIN_DAYS_BETWEEN_BATCHES = 7


def _number_listed_batches(sentence: str, mentions: list[_Mention], results: list[_Found | None]) -> None:
    """Dates listed together for one act of the applicants ("申报企业可分批次于3月5日、6月5日、8月5日
    前将申报材料报送…", "集中受理截止时间为：5月12日、5月30日、6月16日") are its successive batches:
    labelled 第1批…, 第2批… in date order, so the call applies by the batch open when it was issued and
    stays open through the later ones, as named batches do. Not dates given to several acts or bodies
    (分别…), nor consecutive days of one intake ("集中受理时间为10月8日、10月9日")."""
    run: list[int] = []
    for position in range(len(mentions) + 1):
        listed = position < len(mentions) and run and _listed_together(sentence, mentions[run[-1]], mentions[position])
        if listed:
            run.append(position)
            continue
        found = [results[i] for i in run]
        if len(run) >= 2 and all(f is not None and f.role == ROLE_APPLICANT
                                 and not P.BATCH_NAME.match(f.deadline.label) for f in found) \
                and len({f.deadline.label for f in found}) == 1 \
                and not P.RESPECTIVELY.search(sentence, 0, mentions[run[-1]].end + P.RESPECTIVELY_REACH):
            days = sorted(f.deadline.date for f in found)
            if all((later - earlier).days >= MIN_DAYS_BETWEEN_BATCHES for earlier, later in zip(days, days[1:])):
                for number, f in enumerate(sorted(found, key=lambda f: f.deadline.date), 1):
                    f.deadline.label = f"第{number}批{f.deadline.label}"
        run = [position] if position < len(mentions) else []


def _without_superseded(found: list[_Found]) -> list[_Found]:
    """An extension notice restates the old date ("申报截止日期为9月10日…现延至9月20日"): a date
    of the same kind (label and role: an agency's changed review date does not replace the applicants'
    date) set elsewhere in the text and earlier than an extended one no longer closes anything."""
    # Per kind, the latest extended date, and the latest one stated in another sentence than that:
    # a date is superseded when the latest extended date from another sentence is later.
    latest: dict[tuple[str, str], list[_Found]] = {}
    for e in sorted((f for f in found if f.extended), key=lambda f: f.deadline.date, reverse=True):
        kept = latest.setdefault((e.deadline.label, e.role), [])
        if not kept or (len(kept) == 1 and e.deadline.evidence != kept[0].deadline.evidence):
            kept.append(e)

    def superseded(f: _Found) -> bool:
        others = [e for e in latest.get((f.deadline.label, f.role), []) if e.deadline.evidence != f.deadline.evidence]
        return bool(others) and others[0].deadline.date > f.deadline.date

    return [f for f in found if f.extended or not superseded(f)]


def _listed_together(sentence: str, first: _Mention, second: _Mention) -> bool:
    """Two dates enumerated side by side: "4月18日、5月26日", "6月5日和9月5日", "4月30日、第二批请于10月15日"."""
    gap = sentence[first.end:second.start]
    return bool(P.DATE_LIST_JOIN.fullmatch(gap) or P.BATCH_LIST_JOIN.fullmatch(gap))


def _judge(sentence: str, heading: str, mention: _Mention, issued: date | None,
           forced_cue: bool = False, under_column: bool = False, reposted: date | None = None) -> _Found | None:
    """The deadline a date mention sets, or None. `issued` is the notice's own date; `reposted`, the latest date
    of a page re-posting an old notice (see _find_deadlines), by which its hand-ins are measured."""
    left, right = _clause_bounds(sentence, mention.start, mention.end)
    pre = sentence[left:mention.start]
    post = sentence[mention.end:right]
    after = sentence[mention.end:]
    clause = sentence[left:right]
    # Words in brackets describe papers ("申报函（含公示结果的书面报告）"); they do not name the window, and
    # what the date is for runs past a comma inside them: read it whole for acts and conditions.
    plain = _blank_asides(sentence, mention.start, mention.end)
    act_right = max(right, _act_end(plain, mention.end))

    cue_after = bool(P.CUE_AFTER.match(after)) or bool(P.CUE_DONE_BY.match(after))
    # An aside may stand between the cue and its date: "截止日期（以邮戳为准）为…".
    cue_before = bool(P.CUE_BEFORE.search(P.ASIDE.sub("", pre))) or (
        bool(P.INTAKE_DAY_BEFORE.search(pre))
        and bool(P.CLOCK_RANGE_END.search(sentence, mention.start, mention.end) or P.INTAKE_DAY_CLOSES_AFTER.match(after)))
    # Batches after one cue ("推荐上报截止日期，第一批2022年5月10日；第二批2022年7月10日", "申报截止日期：
    # 第一批…"): the cue is before the batch's name, in the clause before it, or, for a later batch, in
    # the sentence before (part of the heading context); that clause names the act, or a condition.
    cue_clause = ""
    batch = P.BATCH_LABEL_END.search(pre)
    if not cue_before and batch:
        if pre[:batch.start()].strip():
            cue_clause = pre[:batch.start()]
        elif left:
            cue_clause = _previous_clause(sentence, left)
        else:
            earlier = P.BATCHES_AFTER_CUE.search(heading)
            cue_clause = earlier.group("clause") if earlier else ""
        cue_before = bool(P.CUE_BEFORE.search(cue_clause))
        if cue_before and P.CONDITION_WORDS.search(cue_clause):
            return None
    # "截止时间由原来的4月24日调整为6月5日": a changed date is the window's new end, and the act it ends
    # may be named in the clause before ("报送材料的截止时间由4月30日，调整为6月15日")
    # (so may a date listed after one that carries the cue: "分别调整为6月15日和7月31日")
    # (a rescheduled review or meeting, "专家评审时间…延后至…", is no window's new end and replaces nothing)
    extended = bool(P.EXTENDED_TO.search(pre)) and not P.CHANGED_NOT_WINDOW.search(pre)
    if P.REPLACED_BEFORE.search(pre) and P.NEW_DATE_AFTER.match(after):
        return None  # the old date a change replaces: "原…截止时间为6月30日，现延长至7月15日"
    if P.PUBLICATION_DATE_LABEL.search(pre):
        return None  # the page's date: "发布日期：2022-03-15    截止日期：2022-04-15"
    if P.START_DATE_LABEL.search(pre):
        return None  # a window's opening: "开始时间：2022-08-09 结束时间：2022-09-09"
    changed = extended and bool(P.CHANGED_WINDOW.search(sentence[:mention.start]))
    if changed or forced_cue:
        cue_clause = f"{cue_clause} {sentence[:left]}"
    cue_to = bool(P.CUE_BEFORE_TO.search(pre)) or changed
    # "于DATE将…报送": the handing in may lie past the clause ("于9月29日，将…报送至…"); it is the act.
    handed_in = P.SUBMIT_VERB_AFTER.match(after) if P.CUE_YU.search(pre) else None
    cue_yu = handed_in is not None
    # A date alone in a table cell or under a heading, in a column named 截止时间.
    cue_column = under_column and not sentence[:mention.start].strip()
    if not (forced_cue or cue_after or cue_before or cue_to or cue_yu or cue_column or mention.is_range_end):
        return None
    # "于/在 DATE 前…提供": the clause is about handing something in; words before the date describe
    # the papers ("新购置检测设备的发票清单"), not a condition on the applicant.
    submission = bool(P.CUE_YU.search(pre)) and bool(P.SUBMISSION_AFTER.match(after))

    if P.CUE_AFTER_CONDITION.match(after) or P.DONE_BY_BEFORE.search(pre):
        return None
    if not cue_after and P.START_OR_EVENT_AFTER.match(after):
        return None  # an opening or event date: 9月22日左右开放, 9月27日举办
    if issued is not None and mention.day < issued and P.HELD_AFTER.match(after):
        return None  # a window told as held before the notice, "…至10月25日组织实施了…": a past event
    period_act = None
    if mention.is_range_end:
        period_act = P.PERIOD_FOR_ACT_AFTER.match(after) \
            or (P.PERIOD_IN_SYSTEM_AFTER.match(after) if P.ASKED_TO_ACT.search(pre) else None)
    if mention.is_range_end and P.REFERENCE_PERIOD_AFTER.match(after) and not P.WINDOW_BEFORE_PERIOD.search(pre) \
            and not period_act:
        return None  # …至2025年12月31日期间签订贷款合同 (but "…至4月10日期间上传" is the window to upload)
    if P.CONDITION_WORDS.search(sentence, mention.end, act_right) or (P.CONDITION_WORDS.search(pre) and not submission) \
            or P.CONDITION_RIGHT_AFTER.match(sentence, mention.end):
        return None
    if P.VALIDITY_WORDS.search(pre):
        return None
    if P.RECURRING_BEFORE.search(pre):
        return None  # 每年11月1日至11月30日: a standing rule, no date of this notice
    # A range is a window when the heading or the clause before it names one ("公示期5个工作日，自…至…，").
    # (so is one opened 即日起至 when the sentence closes on its act, past a long list of those it is open to)
    opened_here = P.WINDOW_OPENER.fullmatch(pre.strip()) is not None  # "即日起至…"
    window_named = (mention.is_range_end
                    and (bool(P.WINDOW_HEADING.search(f"{heading} {_previous_clause(sentence, left)}"))
                         or bool(P.WINDOW_ACT_AFTER.match(after)))) \
        or (opened_here and bool(P.ACT_CLOSING_OPENED_WINDOW.match(after)))
    # Whole years are a period ("对参评载体在2021年1月1日-12月31日的运营情况进行考核") unless the text names
    # them as the window ("受理时间为2027年1月1日至12月31日", "…为集中申报期", "…内登录系统完成填报").
    if _whole_years(mention, pre) and not window_named and not P.WINDOW_NAMED_BEFORE.search(pre) \
            and not P.ACT_AFTER_WHOLE_YEARS.match(after):
        return None
    # A date opening its line under a heading that names the window, with nothing after it but the
    # refusal of late papers ("二、申报时间" over "2025年7月11日前，逾期申报不予受理"), ends that window.
    heading_window = not pre.strip() and bool(P.WINDOW_HEADING.search(heading)) and bool(P.LATE_REFUSED_AFTER.match(after))
    # (a window's changed end is none either: "原申报截止时间为9月10日，现延长至9月25日，纸质材料…")
    if _is_reference_point(pre, after) and not window_named and not heading_window and not changed:
        return None
    if cue_after and not P.CUE_AFTER.sub("", post).strip() and right < len(sentence):
        # "于2025年9月24日之前，通过…完成奖励申请": the act is in the next clause, and so may be a
        # condition ("二、2025年10月1日之前，代理机构已经提交的申请…").
        next_left, next_right = _clause_bounds(sentence, right + 1, right + 1)
        for _ in range(P.MANNER_CLAUSES_READ):
            # the next clause only says how, with what or where ("请于7月8日前，通过“…评价系统”，组织推荐企业在线填报…",
            # "请于10月24日前，携带营业执照复印件，到区科技局现场交表": the third review's), naming no act: the act follows it
            if next_right >= len(sentence) or not _manner_only(sentence, next_left, next_right, systems=True):
                break
            next_left, next_right = _clause_bounds(sentence, next_right + 1, next_right + 1)
        if P.CONDITION_WORDS.search(sentence[right:next_right]) and not submission:
            return None
        clause, right = sentence[left:next_right], next_right
    # a date opening its clause (or the end of a window opened there, "即日起至…"), then those who act by it, in the
    # next clause: the bodies, the last of them named with the act ("5月20日前，各设区市科协，各省级学会将推荐材料报送…"),
    # or those who may act ("即日起至10月20日，全市妇女可通过…推荐")
    opens_clause = not pre.strip() or opened_here
    actors_due = (P.BODIES_ACT_DUE.match(sentence, right + 1) or P.APPLICANTS_MAY_ACT.match(sentence, right + 1)) \
        if opens_clause else None
    if actors_due:
        _, right = _clause_bounds(sentence, actors_due.end(), actors_due.end())
        clause = sentence[left:right]
    act = (f"{heading} {cue_clause} {sentence[left:max(right, act_right)]} {handed_in.group() if handed_in else ''}"
           f" {period_act.group() if period_act else ''}")
    if not (submission or window_named) and not P.ACTION_WORDS.search(act):
        return None
    measured_from = reposted if reposted is not None and (submission or handed_in) else issued
    if measured_from is not None and mention.explicit_year and \
            (measured_from - mention.day).days > MAX_DAYS_BEFORE_PUBLICATION:
        return None

    label = _label(plain[left:right], _label_scope(plain, mention.end, right), heading)
    role = _role(clause, sentence[:mention.start], label, heading, sentence[mention.start:mention.end], after)
    # a batch's own date: "第二批截止时间为6月4日" -> 第二批申报截止; also its paper date after its online
    # one ("第一批：网上申报截止时间为…，纸质材料报送截止时间为…"), unless the clause names another
    # programme ("…，一般项目网上申报截止时间为5月15日")
    batch = P.BATCH_NAME.findall(pre) or (P.BATCH_NAME.findall(sentence, 0, left)
                                          if not P.PROGRAMME_NAMED.search(pre) else [])
    if batch and role == ROLE_APPLICANT:  # (a bureau's review date is no batch of the applicants')
        label = batch[-1] + label
    deadline = Deadline(date=mention.day, time=mention.time, label=label, evidence=sentence.strip())
    carries = role == ROLE_REVIEWER and not P.NOT_APPLICANT_MATERIALS.search(clause) \
        and bool(P.APPLICANT_PAPERS.search(clause)) and bool(P.HANDS_ON.search(clause))
    supplement = (bool(P.OPTIONAL_BEFORE.search(pre)) and bool(P.SUPPLEMENT_AFTER.match(after))) \
        or bool(P.FOLLOW_UP_STEP.search(sentence[:right]))
    tracks = list(P.TRACK_NAME.finditer(pre))
    track = re.sub(r"\s+", "", tracks[-1].group("track")) if tracks else None
    return _Found(deadline, role, carries, supplement, extended=extended, track=track, starts=mention.opens)


def _blank_asides(sentence: str, start: int, end: int) -> str:
    """The sentence with bracketed asides blanked out (same length), except one holding the date."""
    def blank(match: re.Match) -> str:
        if match.start() <= start and end <= match.end():
            return match.group()
        return " " * len(match.group())
    return P.ASIDE.sub(blank, sentence)


def _previous_clause(sentence: str, left: int) -> str:
    """The clause ending just before position `left` of the sentence."""
    return P.CLAUSE_BREAK.split(sentence[:max(left - 1, 0)])[-1]


def _whole_years(mention: _Mention, pre: str) -> bool:
    """A range from 1 January to 31 December ("对…在2021年1月1日-12月31日的运营情况进行考核", "数据从2023年1月1日
    计算至2023年12月31日", "有效期为2024年1月1日至2026年12月31日") spans whole years: the period papers report on
    or a status lasts, no window to act in (of the labelled texts with one, none counts its end as a deadline)."""
    if (mention.day.month, mention.day.day) != (12, 31):
        return False
    if mention.is_range_end and mention.opens:
        return (mention.opens.month, mention.opens.day) == (1, 1)
    return bool(P.YEAR_START_BEFORE.search(pre))


def _is_reference_point(pre: str, after: str) -> bool:
    """A date opening a clause and followed at once by a comma: "截至2024年12月31日，我市…"."""
    cue = re.match(r"^\s*(?:之前|以前|前|为止|止)?", after)
    after_cue = after[cue.end():]
    if not after_cue.startswith(("，", ",")):
        return False
    if P.LATE_REFUSED_NEXT.match(after_cue):
        return False  # "截止2024年5月17日，逾期不予受理": the window's end
    if P.APPLICANTS_MAY_ACT.match(after_cue):
        return False  # "即日起至10月20日，全市妇女可通过…推荐": their window's end
    if P.GOVERNING_WORDS.search(pre):
        return False
    if cue.group().strip() and P.ITEM_MARKER_ONLY.match(pre):
        return False  # "（一）10月30日前，…": the item's deadline
    if cue.group().strip() and not pre.strip() and _hands_in_papers(re.split(r"[，,；;。]", after_cue[1:])[0]):
        return False  # a line "7月31日前，初审材料报送；" (not "…前，已纳入培育库的企业直接进入评审")
    if cue.group().strip() and not pre.strip() and P.BODIES_ACT_DUE.match(after_cue[1:]):
        return False  # "5月20日前，各设区市科协、各省级学会将推荐材料报送省科协办公室"
    stripped = P.APPLICANTS_DEFINED_BEFORE.sub("", re.sub(r"(?:截至|截止|截止到)\s*$", "", pre))  # ("申报对象为截至…")
    return not P.ACTION_WORDS.search(stripped)


def _hands_in_papers(clause: str) -> bool:
    """A clause handing papers in with no one named before the act, nothing done already: "初审材料报送",
    "报送《知识产权审核情况表》纸质版至各县（市、区）科技部门" (not "经认定的企业须将…报送", "已向税务
    部门报送…", "区科技局将审核意见反馈…")."""
    act = P.HAND_IN.search(clause)
    return bool(act) and not P.SOMEONE_OR_DONE.search(clause[:act.start()])


def _label_scope(plain: str, date_end: int, clause_end: int) -> str:
    """The sentence a date's label is read in: up to the end of the date's clause when the clause names its act after the
    date ("于9月25日前向市局提出审核推荐意见，市局组织开展专家评审工作，复评结果将在官网公示5个工作日": r520_01, r472_07; "…报送
    市工信局，市工信局审核后在官网公示": the code review's), else on through the clauses that only say how, with what or where
    ("于9月30日前，实名，以书面形式，向市工信局提出异议", "…前，可携带证明材料，到市工信局企业科，反映异议") and the clause after
    them, which names the act."""
    own_end = _clause_bounds(plain, date_end, date_end)[1]  # (the date's own clause, before any widening for its act)
    after_date = P.BEFORE_WORD.sub("", plain[date_end:own_end], count=1)
    if P.ACTION_WORDS.search(after_date) and not _manner_only(after_date, 0, len(after_date)):
        return plain[:own_end]  # (not only where it is done: "可于10月24日前到区科技局办理，携带…，当面提出异议")
    end = own_end
    for _ in range(P.MANNER_CLAUSES_READ + 1):  # the manner clauses, then the act's
        if end >= len(plain):
            break
        start, end = _clause_bounds(plain, end + 1, end + 1)
        if not _manner_only(plain, start, end):
            break
    return plain[:end]


def _manner_only(text: str, start: int, end: int, systems: bool = False) -> bool:
    """Whether the clause text[start:end] only says how, with what or where ("实名", "携带证明材料", "到区科技局办理"; with
    `systems`, also through which system, MEANS_CLAUSE), naming no act of its own ("通过“苏服办”平台提交申报材料", "至区工信局
    报送纸质材料": the third review's)."""
    how = P.MANNER_CLAUSE.fullmatch(text, start, end) or (systems and P.MEANS_CLAUSE.match(text, start))
    return bool(how) and not P.ACT_VERB.search(text, start, end)


def _label(clause: str, wider: str, heading: str) -> str:
    """What a date closes, read in its clause, then in `wider` (its sentence, or as much of it as _label_scope reads),
    then in its heading."""
    for scope in (clause, wider):
        if scope is wider and P.APPLYING_CLAUSE.search(clause):
            break
        for pattern, label in P.WINDOW_LABELS:
            if pattern.search(scope):
                return label
    for scope in (clause, wider, heading):
        for pattern, label in P.LABELS:
            if pattern.search(scope):
                return label
    return P.DEFAULT_LABEL


def _role(clause: str, sentence_before: str, label: str, heading: str = "", date_text: str = "", after: str = "") -> str:
    if label in ("公示期结束", "异议截止", "意见反馈截止"):
        return ROLE_WINDOW
    if P.CONTACT_RETURN.search(clause):
        return ROLE_CONTACT
    subject = clause[:clause.find(date_text)] if date_text and date_text in clause else ""
    subject = re.split(r"报送|提交|递交|交至|送至|寄|向|至|到", subject)[0]  # not the receiving bureau
    if P.APPLICANT_SUBJECT.search(subject) and not (P.BUREAU_SUBJECT.search(subject)
                                                    or P.REVIEWER_WORDS.search(subject)):
        return ROLE_APPLICANT  # "申报单位于…前将经区审核盖章的材料交…"
    previous = P.CLAUSE_BREAK.split(sentence_before)[-2:-1]
    if P.STAMPED_THEN_SENT.match(subject) and previous and P.APPLICANT_OPENS_CLAUSE.match(previous[0]):
        return ROLE_APPLICANT  # "申报单位应打印申请书，经区科技局盖章后于…前送至…"
    if P.REVIEWER_WORDS.search(clause) and not P.APPLICANT_ACTION.search(clause):
        return ROLE_REVIEWER
    if P.FORWARDING.search(sentence_before + clause) or P.BUREAU_PAPERS.search(sentence_before + clause):
        return ROLE_REVIEWER
    bureau_after = P.BUREAU_AFTER_DATE.match(after)
    if bureau_after and not P.APPLICANT_NOUN.search(bureau_after.group("subject")) \
            and (P.NO_SUBJECT.fullmatch(subject) or P.ITEM_MARKER_ONLY.match(subject)):
        return ROLE_REVIEWER  # "3、11月30日前，所在地科协报送…": the bureau named after the date hands the papers on
    if P.NO_SUBJECT.fullmatch(subject):
        if previous and P.BUREAU_OPENING.match(previous[0]) and P.REVIEWER_WORDS.search(previous[0]):
            return ROLE_REVIEWER  # "…，所在县(区)科技管理部门组织审查，请于…前将申报材料报市科技局"
        # "并于3月26日前将…反馈我局": the subject is the one the sentence opened with ("一、请各区…部门…",
        # "各县区初审后汇总，以正式文件于…"), unless the clause names the applicant acting.
        opening = P.SENTENCE_SUBJECT.match(sentence_before) or (
            None if P.APPLICANT_ACTION.search(clause) else P.BUREAU_OPENING.match(sentence_before))
        subject = opening.group("subject") if opening else ""
    if P.BUREAU_SUBJECT.search(subject) and not P.APPLICANT_NOUN.search(subject):
        return ROLE_REVIEWER
    bare = P.DATE_MENTION.sub("", clause)
    if len(re.findall(r"[\u4e00-\u9fff]", bare)) <= 3 and P.REVIEWER_WORDS.search(heading):
        return ROLE_REVIEWER  # "（三）平台审核时间" above a bare "2025年3月3日至4月11日"
    return ROLE_APPLICANT


# How far a counted window's end may lie from an end the text states for it to be that window's.
STATED_END_SLACK_DAYS = 3


def _counted_windows(sentence: str, heading: str, mentions: list[_Mention], notice_date: date | None,
                     kind: str | None, kept: set[date]) -> list[_Found]:
    """Windows given as a count of days: "自2025年9月19日起5个工作日", "自发布之日起7日内". `kept` holds the
    sentence's dates already read as deadlines."""
    results: list[_Found] = []
    # The window is named before the count or after it ("自发布之日起10个工作日内报送申报材料",
    # "自即日起7日内，对公示名单有异议的…").
    if not P.COUNT_WINDOW_NOUNS.search(f"{heading}{sentence}"):
        return results
    for count_match in P.COUNT_WINDOW.finditer(sentence):
        count = cn_number(count_match.group("count"))
        if not count:
            continue
        clause_left, clause_right = _clause_bounds(sentence, count_match.start(), count_match.end())
        # Only the last date before the count can start it: "自2025年9月19日起5个工作日".
        previous = [m for m in mentions if m.end <= count_match.start()][-1:]
        start: date | None = None
        start_assumed = False
        if previous and P.COUNT_START_JOIN.fullmatch(sentence, previous[0].end, count_match.start()):
            start = previous[0].day
        elif P.COUNT_FROM_NOTICE.search(sentence, max(0, count_match.start() - 20), count_match.start()):
            # (a list's window counted from its publication, "公布之日起5个工作日内…反映", starts on a day the notice's date
            # only stands for: a stated window's end beside it wins, "公示期为5个工作日（2024年12月24日起至12月30日止）", r493_09)
            start, start_assumed = notice_date, kind == "publicity"
        elif kind == "publicity" and not previous \
                and not any(clause_left <= m.start < clause_right for m in mentions) \
                and P.PUBLICITY_COUNT_UNSTARTED.search(sentence, max(0, count_match.start() - 20),
                                                       count_match.start()):
            # A list's own window, no date given for it: "公示期为5个工作日", "有异议的，请于15个工作日内…"
            # (not "公示时间为5天（9月19日至9月23日）"; dates in later clauses do not start it).
            start, start_assumed = notice_date, True
        if start is None:
            continue
        if count_match.group("unit") == "工作日":
            end = add_working_days(start, count)
        else:
            end = start + timedelta(days=count - 1)
        if _states_end(sentence, count_match.end(), clause_right, mentions, end, kept):
            # the clause states the window's dates too ("起5天内为异议期（2019年9月4日起至9月8日止）"), or the
            # next one its end ("自本通知发布之日起15个工作日，截止2023年5月15日", r145_13, r133_07): the stated
            # end wins over a count whose first day the text leaves open (not a period the papers cover,
            # "自查期间为2024年1月1日至2025年6月30日", which ends far from the count)
            continue
        label = _label(sentence[clause_left:clause_right], sentence, heading)
        if label == P.DEFAULT_LABEL:
            label = P.LABEL_WORKING_DAYS
        deadline = Deadline(date=end, time=None, label=label, evidence=sentence.strip())
        results.append(_Found(deadline, _role(sentence, "", label, heading), False, start_assumed=start_assumed,
                              starts=start))
    return results


def _states_end(sentence: str, count_end: int, clause_right: int, mentions: list[_Mention], end: date,
                kept: set[date]) -> bool:
    """Whether the text after a counted window states its end: a range ending in the next clause with no act of its
    own ("公示期为5个工作日，自2020年10月14日至2020年10月20日", "…，时间为2021年8月20日至8月26日": r383_08, r258_02, r359_06),
    whatever day the count was started from (not another window, "…，9月18日至9月19日受理复核申请"); or, within a few
    days of the counted end, a range ending in the count's clause, or a date closing it in the next clause
    ("，截止2023年5月15日") that is read as a deadline itself and closes no act of its own ("，截止11月18日前将纸质材料
    报送…" closes another)."""
    next_right = clause_right
    if clause_right < len(sentence):
        next_right = _clause_bounds(sentence, clause_right + 1, clause_right + 1)[1]
    for m in mentions:
        if m.start < count_end:
            continue
        if m.is_range_end and clause_right <= m.start < next_right \
                and not P.ACTION_WORDS.search(sentence, m.end, next_right):
            return True
        if abs((m.day - end).days) > STATED_END_SLACK_DAYS:
            continue
        if m.is_range_end and m.start < clause_right:
            return True
        if clause_right <= m.start < next_right and m.day in kept \
                and P.STATED_END_BEFORE.fullmatch(sentence, clause_right, m.start) \
                and not P.ACTION_WORDS.search(sentence, m.end, next_right):
            return True
    return False


# --------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------


def _deduplicate(deadlines: list[Deadline]) -> list[Deadline]:
    """One deadline per date, the most informative kept: with a time, then with a specific label."""
    best: dict[date, Deadline] = {}
    for deadline in deadlines:
        current = best.get(deadline.date)
        if current is None or _informativeness(deadline) > _informativeness(current):
            best[deadline.date] = deadline
    return [best[day] for day in sorted(best)]


def _informativeness(deadline: Deadline) -> tuple[int, int]:
    return (1 if deadline.time else 0, 0 if deadline.label == P.DEFAULT_LABEL else 1)


def _current_batch(dates: list[_Found], issued: date | None) -> _Found | None:
    """For a call taken in batches ("第一批…4月19日，第二批…6月4日"), the batch open when it was
    issued: the first batch with a date on or after the notice's own date (else the last), and of its
    dates the latest (online and paper). The later batches stay deadlines of their own;
    Notice.closing_deadline finds the one open on a given day."""
    batches = sorted((f for f in dates if P.BATCH_NAME.match(f.deadline.label)), key=lambda f: f.deadline.date)
    names = [P.BATCH_NAME.match(f.deadline.label).group() for f in batches]
    if len(set(names)) < 2:
        return None
    upcoming = [name for f, name in zip(batches, names) if issued is None or f.deadline.date >= issued]
    current = upcoming[0] if upcoming else names[-1]
    return max((f for f, name in zip(batches, names) if name == current), key=lambda f: f.deadline.date)


def _headline_track(applicant: list[_Found]) -> list[_Found]:
    """The applicant dates of the first-named track when the notice sets dates per track.

    Tracks are programmes or applicant groups named right before their dates: two or more of them
    ("甲项目从即日起至9月10日；乙项目从即日起至次年8月10日"), or a named group beside the general date
    in one sentence ("于6月3日前，港澳台项目申报单位于6月26日前"). The first-named track is the
    headline one; its own online and paper dates still give the later of the two.
    """
    named = {f.track for f in applicant if f.track}
    untracked_sentences = {f.sentence_index for f in applicant if f.track is None}
    general_beside_named = any(f.track and f.sentence_index in untracked_sentences for f in applicant)
    if len(named) < 2 and not general_beside_named:
        return applicant
    headline = applicant[0].track  # found in text order
    return [f for f in applicant if f.track == headline]


def _pick_apply_deadline(kind: str | None, found: list[_Found], text: str,
                         issued: date | None = None) -> tuple[date | None, str]:
    if kind != "call" or not found:
        return None, ""
    if P.SET_ELSEWHERE.search(text):
        return None, ""
    applicant = [f for f in found if f.role == ROLE_APPLICANT]
    applicant = [f for f in applicant if not f.supplement] or applicant
    applicant = _headline_track(applicant)
    if applicant:
        chosen = _current_batch(applicant, issued) or max(applicant, key=lambda f: f.deadline.date)
        return chosen.deadline.date, chosen.deadline.evidence
    if P.LOCAL_NOTICE_GOVERNS.search(text):
        return None, ""  # only bureau dates here; the applicants follow their district's notice
    reviewer = [f for f in found if f.role == ROLE_REVIEWER]
    reviewer = [f for f in reviewer if not f.supplement] or reviewer
    forwarding = [f for f in reviewer if f.carries_materials] or reviewer
    if forwarding:
        chosen = min(forwarding, key=lambda f: f.deadline.date)
        return chosen.deadline.date, chosen.deadline.evidence
    # a call for suggestions asks for nothing else: "请于…前将《项目指南建议表》及相关意见和建议报送…"
    suggestions = [f for f in found if f.deadline.label == "意见反馈截止"]
    if suggestions:
        chosen = max(suggestions, key=lambda f: f.deadline.date)
        return chosen.deadline.date, chosen.deadline.evidence
    return None, ""
