"""Phones: every telephone and fax number in a notice, normalised, with extension and label.

Forms recognised: landlines with an area code ("025-68788795", "（0515）89086602", "051268616275"),
mobiles (11 digits, also when given as a 微信号), 400/800 numbers (10 digits), short government
hotlines ("12345", "0523-12388") and emergency numbers given after a phone's cue ("举报电话：110"),
landlines written without their area code ("85681838"), further numbers written as their differing
last digits after a slash ("010-61234567/4321"), and numbers run together where a page lost their
separators ("0439-322402915843950989", "电话：8531691585316916"), split only when the run cuts one
way into local numbers of one length (and a closing mobile), and landlines of a contact table
flattened into one line, the next row's number glued on ("…0631-52858262环翠区…" is 0631-5285826),
read so only where the numbering plan and the table say so, and bare numbers of a list whose line breaks were lost,
the next item's number glued on ("1、申报受理…652460552、业务咨询…" is 65246055, then item 2), read so only where the
numbering plan and the item before say so.
A bare landline gets the area code of the full number it follows in a list, else of the notice's
city (regions run first), else the one area code all other numbers in the notice share, else that
of the city its address line names ("地址：石家庄市…" in a provincial notice), else its province's
capital when a provincial body issues it, else that of the one city its posting account is named
after ("西安交通大学第二附属医院"); otherwise it is kept as written. Area codes come from
pipeline/areacodes.py (every city in China).
Never phones: QQ numbers, postcodes, account and document numbers, dates (also a signing date
set without separators, "2013225", and two dates run together, "2022111620221122"), amounts, digits in
URLs and e-mail addresses.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

# the `regex` engine: the same matches as `re` here, and 2.7x faster on these patterns, which open with
# lookbehinds tried at every digit
import regex

from pipeline import areacodes
from pipeline.extract.regions import PROCEDURE_EVIDENCE, find_places, from_central_body, from_issuer
from pipeline.notice import Notice, Phone
from pipeline.patterns import phones as pp
from pipeline.patterns.regions import CAPITAL_CODE

BEIJING_DIGITS = 8  # the length of every Beijing landline number
_SEP = r"[ \-－—–‐]"
# Not inside a longer number, a word, a link or a code; a "/" only between two numbers
# ("0755-21345678/21345679"), never in a path ("…/12345678").
_NOT_BEFORE = r"(?<![\d.@=_a-zA-Z&%#])(?<!\D/)(?<!^/)"
# Landline written with its area code separated ("025-68788795", "(0515)89086602", "+86 25 …"), with
# the row number of a flattened table perhaps glued on before the next row's words (`_without_row_number`).
_LANDLINE = regex.compile(
    _NOT_BEFORE + r"(?:(?:\+|00)?86" + _SEP + r"*)?"
    r"(?:[（(]\s*(?P<area_p>0\d{2,3})\s*[)）]\s*|(?P<area>0\d{2,3})" + _SEP + r"+)"
    r"(?P<local>[2-9]\d{3}" + _SEP + r"?\d{3,4}(?:\d{1,2}(?=[\u4e00-\u9fff]))?|12\d{3}|" + pp.LOCAL_SERVICE + r")(?!\d)"
)
# Several local numbers run together after one area code, their separators lost in the source:
# "0351-40481234068123" is 0351-4048123 and 0351-4068123, "0439-322402915843950989" is 0439-3224029
# and the mobile 15843950989 (see `_split_run`).
_GLUED_LANDLINES = regex.compile(
    _NOT_BEFORE + r"(?:[（(]\s*(?P<area_p>0\d{2,3})\s*[)）]\s*|(?P<area>0\d{2,3})" + _SEP + r"+)"
    r"(?P<run>[2-9]\d{13,31})(?!\d)"
)
# …or with the area code glued on too ("028681078398672135262103772": 028 and three numbers), or with
# none, after a phone label ("联系电话:8531691585316916"): read only where a cue is near.
_GLUED_RUN = regex.compile(_NOT_BEFORE + r"(?P<run>\d{14,32})(?!\d)")
# International form, where the area code loses its 0: "+86-25-68788795", "0086 512 68616275".
_INTERNATIONAL = regex.compile(
    _NOT_BEFORE + r"(?:\+|00)86" + _SEP + r"*[（(]?(?P<area>[1-9]\d{1,2})[)）]?" + _SEP + r"*"
    r"(?P<local>[2-9]\d{3}" + _SEP + r"?\d{3,4})(?!\d)"
)
# Area code and number run together: "051268616275", "01068205566".
_COMPACT_LANDLINE = regex.compile(_NOT_BEFORE + r"(?P<digits>0[1-9]\d{8,10})(?!\d)")
_MOBILE = regex.compile(
    _NOT_BEFORE + r"(?:(?:\+|00)?86" + _SEP + r"*)?(?P<a>1[3-9]\d)" + _SEP + r"?(?P<b>\d{4})" + _SEP
    + r"?(?P<c>\d{4})(?!\d)"
)
# 400/800 numbers in any grouping: "400-869-6086", "4008-123-456", "400 828 1234".
_SERVICE = regex.compile(_NOT_BEFORE + r"(?P<digits>[48]00(?:" + _SEP + r"?\d){7})(?!\d)")
# Full-width digits ("０５１２－６８６１６２７５") read as ASCII; one character for one, so positions hold.
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_HOTLINE = regex.compile(_NOT_BEFORE + r"(?P<number>12\d{3})(?!\d)")
_EMERGENCY = regex.compile(_NOT_BEFORE + r"(?P<number>" + "|".join(sorted(pp.EMERGENCY)) + r")(?=\s*(?:[、，,；;。/）)]|$))")
_BARE = regex.compile(_NOT_BEFORE + r"(?P<number>[2-9]\d{6,7}(?:\d(?=" + pp.NEXT_ITEM_MARKER + r"))?)(?!\d)")
_NEXT_ITEM_MARKER = regex.compile(pp.NEXT_ITEM_MARKER)
# Only blanks between a number and its line's end (with only blanks before it: alone on its line), read
# from the number outwards so the check costs the blanks, not the line.
_BLANK_TO_LINE_END = regex.compile(r"[^\S\n]*(?:\n|\Z)")
_URL_RUN = regex.compile(r"[A-Za-z0-9:/.?#@%&=_~+\-]+")
_LIST_GAP = regex.compile(r"^(?:\s*[（(][^（）()\n]{0,20}[)）])?\s*[、，,/；;和及或]?\s*(?:[\u4e00-\u9fff]{0,8}[:：]?)?\s*$")


@dataclass
class _Found:
    start: int
    end: int
    number: str  # normalised, area code added later for bare numbers
    kind: str  # landline | bare | mobile | service | hotline
    area: str | None = None
    ext: str | None = None
    alternate: bool = False  # another ending of the number before it ("…5132/5721"), with its label
    next_item: bool = False  # its last digit may be the next list item's number (`_next_item_glued`)


# --- finding numbers ------------------------------------------------------------------------------

def _link_mask(text: str) -> bytearray:
    """1 at each character of a link or an e-mail address: a run of URL characters that names a
    scheme, host or mailbox ("kj87654321@163.com", "http://10.1.2.3/…"). Chinese text ends the run,
    so "13712345670或访问https://…" is a phone followed by a link. Built once per text: scanning the
    run around every number would be quadratic in a long run."""
    mask = bytearray(len(text))
    for run in _URL_RUN.finditer(text):
        token = run.group(0).lower()
        if "@" in token or "http" in token or "www." in token or ".com" in token or ".cn" in token:
            mask[run.start():run.end()] = b"\x01" * (run.end() - run.start())
    return mask


def _excluded(text: str, start: int, end: int, links: bytearray, area_written: bool = False) -> bool:
    """A QQ number, postcode, account or code (by the word before), an amount or count (by the
    word after; never so for a number with its area code), or digits inside or touching a link or
    e-mail address (`links`, from _link_mask)."""
    if pp.NOT_PHONE_BEFORE.search(text[max(0, start - 10):start]):
        return True
    if not area_written and pp.NOT_PHONE_AFTER.match(text[end:end + 6]) and not _place_at(text, end):
        return True
    return any(links[at] for at in (start - 1, start, end - 1, end) if 0 <= at < len(links))


def _place_at(text: str, start: int) -> bool:
    """A place name, not a unit, right after a number: "…科工商务局6182672台山市科工商务局…" (a contact
    list whose line breaks were lost), "…万州区…", where 台 or 万 alone would be a count or an amount."""
    after = text[start:start + 16].lstrip(" \t\u3000")  # "6182672 台山市…" as much as "6182672台山市…"
    places = find_places(after[:12])
    return bool(places) and places[0].start == 0


def _split_compact(digits: str) -> tuple[str, str] | None:
    """"051268616275" -> ("0512", "68616275") when the area code is a known one."""
    for size in (3, 4):
        area, local = digits[:size], digits[size:]
        if area in areacodes.known_area_codes() and 7 <= len(local) <= 8 and local[0] not in "01":
            return area, local
    return None


def _split_run(run: str) -> list[tuple[int, int]] | None:
    """(offset, length) of the numbers in a run of digits that lost its separators: only when it
    cuts one way into local numbers of one length, 7 or 8 digits ("40481234068123" -> 4048123 and
    4068123), each starting as a local number does, or into such numbers and a mobile closing the
    run ("322402915843950989" -> 3224029 and 15843950989)."""
    for head, tail in ((run, ""), (run[:-11], run[-11:])):
        if tail and not _valid_mobile(tail):
            continue
        sizes = [size for size in (7, 8) if head and len(head) % size == 0]
        if len(sizes) != 1:
            continue
        starts = list(range(0, len(head), sizes[0]))
        if all(head[start] in "23456789" for start in starts):
            return [(start, sizes[0]) for start in starts] + ([(len(head), 11)] if tail else [])
    return None


def _split_glued_area(run: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A run that opens with a known area code and splits after it: ("028", parts after it)."""
    for size in (3, 4):
        area = run[:size]
        parts = _split_run(run[size:]) if run[0] == "0" and area in areacodes.known_area_codes() else None
        if parts:
            return area, [(offset + size, length) for offset, length in parts]
    return None


def _looks_like_date(digits: str) -> bool:
    """"20231127" is a date (a signing date set without separators)."""
    return len(digits) == 8 and _is_date(digits[:4], digits[4:6], digits[6:])


def _compact_date_line(text: str, start: int, end: int) -> bool:
    """A signing date alone on its line, written without separators and with a one-digit month or
    day: "2013225" (2013-2-25)."""
    digits = text[start:end]
    if len(digits) != 7 or not (_is_date(digits[:4], digits[4:5], digits[5:])
                                or _is_date(digits[:4], digits[4:6], digits[6:])):
        return False
    before = start
    while before > 0 and text[before - 1] != "\n" and text[before - 1].isspace():
        before -= 1
    return (before == 0 or text[before - 1] == "\n") and bool(_BLANK_TO_LINE_END.match(text, end))


def _is_date(year: str, month: str, day: str) -> bool:
    if year[:2] not in ("19", "20"):
        return False
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _has_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    after = text[end:end + 25]
    return bool(pp.PHONE_CUES.search(before) or pp.PHONE_CUES.search(after)) or _in_contact_section(text, start)


def _in_contact_section(text: str, start: int) -> bool:
    """Under a contact heading ("四、联系方式" then lines of offices, names and numbers), up to the
    end of a sentence or the next numbered heading. A contact table ("单位 | 联系人 | 电话" over one row
    per office) is read whole: the heading is looked for above its first row."""
    table = _table_start(text, start)
    header = text[table:text.find("\n", table) if "\n" in text[table:start] else start]
    if not pp.PHONE_COLUMN.search(header):  # a table of figures under a contact line is no contact table
        table = start
    window_start = max(0, table - pp.CONTACT_SECTION_REACH)
    window = text[window_start:start]
    heading = None
    for heading in pp.CONTACT_HEADING.finditer(window):
        pass
    if heading is None:
        return False
    between = window[heading.end():]
    return not regex.search(r"[。！？]", between) and not pp.NEXT_HEADING.search(between)


def _table_start(text: str, position: int) -> int:
    """Where the table holding `position` begins: the first of the lines above it, up to its own,
    that are rows of cells ("…|…"); `position` itself when its line is no row."""
    line_start = text.rfind("\n", 0, position) + 1
    if "|" not in text[line_start:position]:
        return position
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if "|" not in text[previous:line_start - 1]:
            break
        line_start = previous
    return line_start


def _find_numbers(text: str) -> list[_Found]:
    found: list[_Found] = []
    taken = bytearray(len(text))
    links = _link_mask(text)

    def claim(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    for match in _INTERNATIONAL.finditer(text):
        area, local = "0" + match.group("area"), regex.sub(_SEP, "", match.group("local"))
        if area[1:3] in ("13", "14", "15", "16", "17", "18", "19") and len(area) == 3:
            continue  # a mobile: "+86 139 …"
        if _excluded(text, match.start(), match.end(), links, True) or not claim(match.start(), match.end()):
            continue
        found.append(_Found(match.start(), match.end(), f"{area}-{local}", "landline", area))
    last_row = 0  # the last row number unglued from a landline ("…0631-52858262环翠区" ends row 2)
    for match in _LANDLINE.finditer(text):
        area = match.group("area") or match.group("area_p")
        local = regex.sub(_SEP, "", match.group("local"))
        if local.startswith("12") and local not in pp.HOTLINES:
            continue
        end = match.end()
        unglued = _without_row_number(area, local, text, match.start(), end, last_row)
        if unglued:
            last_row = int(local[len(unglued):])
            local, end = unglued, end - (len(local) - len(unglued))
        elif len(local) > 8:
            continue  # digits run on that no row number explains
        if _excluded(text, match.start(), end, links, True) or not claim(match.start(), end):
            continue
        found.append(_Found(match.start(), end, f"{area}-{local}", "landline", area))
    for match in _GLUED_LANDLINES.finditer(text):
        area = match.group("area") or match.group("area_p")
        parts = _split_run(match.group("run"))
        if parts is None or area not in areacodes.known_area_codes() \
                or _excluded(text, match.start(), match.end(), links, True) or not claim(match.start(), match.end()):
            continue
        found += _glued_numbers(text, match.start(), match.start("run"), parts, area)
    for match in _GLUED_RUN.finditer(text):
        run = match.group("run")
        glued_area = _split_glued_area(run)
        area, parts = glued_area if glued_area else (None, _split_run(run))
        if area is None and parts is not None and len(parts) == 2 \
                and all(_looks_like_date(run[offset:offset + length]) for offset, length in parts):
            continue  # two dates run together: "公示时间:2022111620221122" (r299_03)
        if parts is None or not _has_cue(text, match.start(), match.end()) \
                or _excluded(text, match.start(), match.end(), links, area is not None) \
                or not claim(match.start(), match.end()):
            continue
        found += _glued_numbers(text, match.start(), match.start("run"), parts, area)
    for match in _COMPACT_LANDLINE.finditer(text):
        split = _split_compact(match.group("digits"))
        if split is None or _excluded(text, match.start(), match.end(), links, True) \
                or not claim(match.start(), match.end()):
            continue
        found.append(_Found(match.start(), match.end(), f"{split[0]}-{split[1]}", "landline", split[0]))
    for match in _SERVICE.finditer(text):
        digits = regex.sub(_SEP, "", match.group("digits"))
        if _excluded(text, match.start(), match.end(), links) or not claim(match.start(), match.end()):
            continue
        found.append(_Found(match.start(), match.end(), digits, "service"))
    for match in _MOBILE.finditer(text):
        digits = match.group("a") + match.group("b") + match.group("c")
        if not _valid_mobile(digits) or _excluded(text, match.start(), match.end(), links):
            continue
        if claim(match.start(), match.end()):
            found.append(_Found(match.start(), match.end(), digits, "mobile"))
    # short numbers kept as written: the government hotlines, and emergency numbers after a phone's cue
    hotlines = [m for m in _HOTLINE.finditer(text) if m.group("number") in pp.HOTLINES]
    hotlines += [m for m in _EMERGENCY.finditer(text) if _has_cue(text, m.start(), m.end())]
    for match in hotlines:
        if _excluded(text, match.start(), match.end(), links):
            continue
        if claim(match.start(), match.end()):
            found.append(_Found(match.start(), match.end(), match.group("number"), "hotline"))
    for match in _BARE.finditer(text):
        digits = match.group("number")
        if _looks_like_date(digits) or _compact_date_line(text, match.start(), match.end()):
            continue
        if _excluded(text, match.start(), match.end(), links) or any(taken[match.start():match.end()]):
            continue
        found.append(_Found(match.start(), match.end(), digits, "bare",
                            next_item=_next_item_glued(text, match.start(), match.end())))
    found.sort(key=lambda f: f.start)
    # a bare number counts when a cue is near or it follows another phone in the same contact block
    kept: list[_Found] = []
    for item in found:
        if item.kind == "bare":
            previous = kept[-1] if kept else None
            gap = text[previous.end:item.start] if previous else ""
            in_block = previous is not None and len(gap) <= 40 and not regex.search(r"[。\d]", gap)
            if not (in_block or _has_cue(text, item.start, item.end)):
                continue
            claim(item.start, item.end)
        kept.append(item)
        if item.kind in ("landline", "bare"):
            kept.extend(_alternate_endings(text, item))
    for item in kept:
        ext = pp.EXTENSION.match(text[item.end:item.end + 12])
        if ext and item.kind in ("landline", "service", "bare"):
            item.ext = ext.group("ext")
    return kept


def _glued_numbers(text: str, match_start: int, run_start: int, parts: list[tuple[int, int]],
                   area: str | None) -> list[_Found]:
    """The numbers of a run split by `_split_run`: landlines in `area` (bare without one) and a
    closing mobile."""
    numbers = []
    for offset, length in parts:
        start = run_start + offset
        digits = text[start:start + length]
        begin = start if offset else match_start
        if length == 11:
            numbers.append(_Found(begin, start + length, digits, "mobile"))
        elif area:
            numbers.append(_Found(begin, start + length, f"{area}-{digits}", "landline", area))
        else:
            numbers.append(_Found(begin, start + length, digits, "bare"))
    return numbers


def _alternate_endings(text: str, item: _Found) -> list[_Found]:
    """The numbers written after `item` as their differing last digits ("010-61234567/4321/4322"),
    unless the digits are an amount or a date part ("/2021年")."""
    size = len(item.number.rsplit("-", 1)[-1])
    found: list[_Found] = []
    pos = item.end
    while match := pp.ALTERNATE_ENDING.match(text, pos):
        digits = match.group("digits")
        if len(digits) >= size or pp.NOT_PHONE_AFTER.match(text[match.end():match.end() + 6]):
            break
        found.append(_Found(match.start("digits"), match.end(), item.number[:-len(digits)] + digits, item.kind,
                            item.area, alternate=True))
        pos = match.end()
    return found


@cache
def _number_type():
    """The numbering plan's type of a Chinese number given without its 0 (phonenumbers), or None when
    the plan has no such number."""
    import phonenumbers

    @cache
    def number_type(digits: str):
        try:
            parsed = phonenumbers.parse("+86" + digits)
        except phonenumbers.NumberParseException:
            return None
        return phonenumbers.number_type(parsed) if phonenumbers.is_valid_number(parsed) else None

    return number_type


def _valid_mobile(digits: str) -> bool:
    import phonenumbers
    return len(digits) == 11 and _number_type()(digits) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _without_row_number(area: str, local: str, text: str, start: int, end: int, previous_row: int) -> str | None:
    """A contact table flattened into one line glues the next row's number onto each local number:
    "曲姣娇0631-52858262环翠区…" is 0631-5285826, then row 2; "…028-8620123412成华区…" is 028-86201234,
    then row 12. The local number without that row number, where the numbering plan (phonenumbers) has
    it so and not as written (威海 and 呼和浩特 numbers have 7 digits, 成都 8), the next row's words
    follow at once (a Chinese character, not 转), and the table shows: a 序号 column before, or the row
    before numbered so ("1威海市…", or `previous_row` unglued from the number before). Otherwise None:
    "0539-87212345传真：…" is a number mistyped, kept as written."""
    after = text[end:end + 1]
    if not after or not "\u4e00" <= after[0] <= "\u9fff" or after[0] == "转":
        return None
    number_type = _number_type()
    if len(local) < 8 or number_type(area[1:] + local) is not None:
        return None
    for row_digits in (1, 2):
        kept, row = local[:-row_digits], int(local[-row_digits:])
        if len(kept) in (7, 8) and number_type(area[1:] + kept) is not None \
                and (row == previous_row + 1 > 1 or _in_a_table(text, start, row)):
            return kept
    return None


def _next_item_glued(text: str, start: int, end: int) -> bool:
    """Whether a bare number's last digit may be the number of the list item whose marker and words follow it, on a
    page whose list lost its line breaks: "1、申报受理…652460552、业务咨询…" (65246055, then item 2), "1.…联系电话:
    21221722.农业领域…" (a 7-digit city's 2122172, then item 2). The list shows it: the number one less with the same
    marker stands in the 300 characters before (the item before, or the digit glued onto the number before). Items 2
    to 9 only; the numbering plan decides in the end (`_unglued_item`)."""
    marker = _NEXT_ITEM_MARKER.match(text, end)
    item = int(text[end - 1])
    if not marker or item < 2:
        return False
    before = text[max(0, start - pp.LIST_ITEM_REACH):start]
    return f"{item - 1}{marker.group('marker')}" in before


def _unglued_item(area: str | None, digits: str) -> str:
    """A bare number without the next item's number glued on, where the numbering plan has it so and not as written
    (a city's landlines have 7 or 8 digits; with no area code known, only 9 digits tell). Nine digits the plan has in
    neither reading stay nine, which the caller drops."""
    if area is None:
        return digits[:-1] if len(digits) > 8 else digits
    number_type = _number_type()
    if number_type(area[1:] + digits) is None and number_type(area[1:] + digits[:-1]) is not None:
        return digits[:-1]
    return digits


def _in_a_table(text: str, start: int, row: int) -> bool:
    """Whether the number starting at `start` ends row `row - 1` of a flattened table: a 序号 column
    heads it, or that row's number stands glued to its first words shortly before."""
    before = text[max(0, start - pp.ROW_REACH):start]
    return "序号" in before or (row > 1 and bool(regex.search(rf"(?<!\d){row - 1}(?=[\u4e00-\u9fff])", before)))


# --- labels --------------------------------------------------------------------------------------

def _label(text: str, item: _Found, previous: _Found | None) -> str | None:
    """The person or department a number belongs to: the words before it in its clause, after any
    cue words ("联系人：省工信厅技术创新处 025-…"), else a parenthesis right after the number
    ("0519-85681213（市工信局综合规划处）"), else the contact person named in the clause before."""
    floor = previous.end if previous else 0  # searching further back would be quadratic in a one-line text
    start = max(text.rfind("\n", floor, item.start) + 1, floor)
    clause = regex.split(r"[。；;，,、]", text[start:item.start])[-1]
    clause = regex.sub(r"^\s*(?:转\d+|[（(][^（）()]*[)）])", "", clause)
    if regex.search(r"[：:]", clause):
        head, tail = regex.split(r"[：:]", clause)[-2:]
        clause = tail if regex.search(r"[\u4e00-\u9fffA-Za-z]", tail) else head
    label = pp.LABEL_CUE_WORDS.sub(" ", clause)
    # an item's number, or a flattened table's row number ("2组织推荐…处刘宇明")
    label = regex.sub(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|\d{1,2}(?=[\u4e00-\u9fff])|[一二三四五六七八九十]+、)",
                      "", label)
    label = regex.sub(r"[“”\"'\s]+", " ", label).strip()
    if label and regex.search(r"[\u4e00-\u9fffA-Za-z]", label) and len(label) <= 24 \
            and not pp.NOT_A_LABEL.search(label):
        return label
    after = regex.match(r"\s*[（(]([^（）()\n]{2,20})[)）]", text[item.end:item.end + 24])
    if after and not regex.search(r"\d", after.group(1)):
        return after.group(1).strip()
    # the person of the clause before: "联系人：张某，（电话：）51701234"
    clauses = regex.split(r"[。；;，,]", text[start:item.start])
    person = pp.CONTACT_PERSON.match(clauses[-2]) if len(clauses) >= 2 else None
    return person.group("name") if person else None


# --- assembling ----------------------------------------------------------------------------------

def _notice_area_code(notice: Notice) -> str | None:
    """The area code of the notice's city, when its regions lie in one city (or in a province of
    one code, 海南省); a province of several codes decides nothing."""
    codes = {areacodes.area_code(r.code) for r in notice.regions}
    codes.discard(None)
    if len(codes) == 1 and all(r.level != "country" for r in notice.regions):
        return codes.pop()
    return None


def _capital_area_code(notice: Notice) -> str | None:
    """A provincial body's notice that states no city: the body sits in the capital, the first
    prefecture of the province in GB/T 2260 (xx01, e.g. 吉林省 -> 长春 0431). Only when the province
    comes from the issuing body, or from the provincial bodies its procedure runs through when it names
    no issuer ("请向省科技厅反映"): a city bureau that never names its city gives no code."""
    if len(notice.regions) != 1 or notice.regions[0].level != "province":
        return None
    region = notice.regions[0]
    if not (from_issuer(region) or region.evidence.startswith(PROCEDURE_EVIDENCE)):
        return None
    return areacodes.area_code(notice.regions[0].code[:2] + "0100")


def _area_codes_named(text: str) -> list[str]:
    """The area codes of the places `text` names, in order (a province of several codes has none)."""
    return [code for place in find_places(text) if (code := areacodes.area_code(place.region.code))]


def _national_area_code(notice: Notice) -> str | None:
    """A national body's notice (its only region 全国) sits in Beijing: its bare eight-digit landlines take 010
    ("监督电话：87182483" under 体育总局小球中心, "吴桐68205661（传真）" under a State Council mechanism writing to the
    provinces: r367_03, r256_08). Beijing's numbers all have eight digits (BEIJING_DIGITS); a shorter one is another
    city's. Not a local unit relaying a national call (r279_02, a university's office: its city is unstated)."""
    if len(notice.regions) != 1 or not from_central_body(notice.regions[0], notice.text or ""):
        return None
    return areacodes.area_code(CAPITAL_CODE)


def _address_area_code(text: str) -> str | None:
    """The area code of the city the notice's own address line names ("地址：石家庄市某某路12号" under
    a provincial department's notice): where the issuer sits when its region has several codes."""
    match = pp.ADDRESS_LINE.search(text)
    codes = _area_codes_named(match.group("address")) if match else []
    return codes[0] if codes else None  # ("江苏省南京市…": the first place of one area code)


def _account_area_code(notice: Notice) -> str | None:
    """The area code of the city the posting account is named after ("西安交通大学第二附属医院", "合肥工业大学
    科研院军工办": r285_01, r249_07), where nothing else gives one: where the body sits. An account naming two
    cities gives none ("西安交通大学苏州研究院": a branch sits in the second, a hospital's name may hold both)."""
    codes = set(_area_codes_named(notice.account or ""))
    return codes.pop() if len(codes) == 1 else None


@dataclass(frozen=True)
class _FallbackAreas:
    """Area codes for bare numbers that nothing nearer places: where the issuer sits (its address, or its capital),
    the posting account's city, and Beijing's for a central body."""

    issuer: str | None
    account: str | None
    national: str | None


def _fallback_areas(notice: Notice, text: str) -> _FallbackAreas:
    return _FallbackAreas(issuer=_address_area_code(text) or _capital_area_code(notice),
                          account=_account_area_code(notice), national=_national_area_code(notice))


def extract_phones(notice: Notice) -> list[Phone]:
    """Every phone and fax number, normalised, de-duplicated by number, in order of appearance."""
    text = (notice.text or "").translate(_FULL_WIDTH_DIGITS)
    found = _find_numbers(text)
    city_area = _notice_area_code(notice)
    written_areas = {f.area for f in found if f.kind == "landline" and f.area}
    shared_area = written_areas.pop() if len(written_areas) == 1 else None
    fallback: _FallbackAreas | None = None  # (looked up once, on first need: searching per number is quadratic)
    phones: list[Phone] = []
    seen: set[str] = set()
    previous: _Found | None = None
    label: str | None = None
    for item in found:
        number = item.number
        if item.kind == "bare":
            list_area = None
            if previous is not None and previous.area and _LIST_GAP.match(text[previous.end:item.start]):
                list_area = previous.area
            area = list_area or city_area or shared_area
            if not area:
                if fallback is None:
                    fallback = _fallback_areas(notice, text)
                area = fallback.issuer
            # (a national body's number is Beijing's, whatever city's account reposts it, and lends its code to no
            # number listed after it: a seven-digit one is another city's)
            national = fallback.national if not area and fallback and len(number) == BEIJING_DIGITS else None
            area = area or national or (fallback.account if fallback else None)
            if item.next_item:
                number = _unglued_item(area, number)
            if len(number) > 8:
                continue  # digits run on that no list item explains
            if area:
                if not national:
                    item.area = area
                number = f"{area}-{number}"
        if not item.alternate:  # another ending keeps the label of the number it ends differently
            label = _label(text, item, previous) if item.kind != "hotline" else None
        previous = item
        if number in seen:
            continue
        seen.add(number)
        evidence = text[max(0, item.start - 30):item.end + 10].replace("\n", " ")
        phones.append(Phone(number=number, ext=item.ext, label=label, evidence=evidence))
    return phones
