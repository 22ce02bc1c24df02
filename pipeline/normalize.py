"""Normalisation: raw title and content (text or HTML) into a clean title, title tags and text.

Every step is idempotent, so normalising twice equals normalising once (a property test checks it).
The tables it applies live in pipeline/patterns/boilerplate.py.
"""
from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from functools import cache

from pipeline.patterns import boilerplate as bp

_INVISIBLE = {ord(c): None for c in bp.INVISIBLE_CHARS}
_SPACES = {ord(c): " " for c in bp.SPACE_CHARS}
# Full-width ASCII letters, digits and a few symbols (！to ～ except CJK-style punctuation kept for
# readers) fold to half-width; Chinese punctuation such as ，。：（） stays as written.
_FULLWIDTH_ALNUM = {
    cp: cp - 0xFEE0
    for cp in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))
}
_FULLWIDTH_SYMBOLS = {ord(c): c2 for c, c2 in zip("＋－＝＠＃＄％＆＊／＜＞＿．", "+-=@#$%&*/<>_.")}
# The four tables as one character -> replacement map, applied by a regex. Built from the last table
# applied to the first, so a character in two tables gets the replacement of the first applied.
# str.translate looks every character of the text up in a dict, which made folding cost as much as
# segmenting, while the characters folded are few.
_FOLDS = {
    chr(cp): "" if to is None else (chr(to) if isinstance(to, int) else to)
    for table in (_FULLWIDTH_SYMBOLS, _FULLWIDTH_ALNUM, _SPACES, _INVISIBLE)
    for cp, to in table.items()
}
_FOLDED = re.compile("[" + "".join(re.escape(c) for c in _FOLDS) + "]")
_HTML_HINT = re.compile(r"<\s*(?:p|div|br|table|tr|td|span|section|h[1-6]|li|img|a)\b[^>]*>", re.I)
_BLOCK_TAGS = ("p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br",
               "table", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "header", "footer")
_SKIPPED_TAGS = ("script", "style", "noscript", "template")
MAX_DECODING_ROUNDS = 5  # entity decoding and HTML conversion rounds (dumps escape twice at most)


@dataclass
class NormalisedContent:
    text: str
    origin: str | None  # the footer's 来源 value, if any


def fold_characters(text: str) -> str:
    """Drop invisible characters, unify spaces and line ends, fold full-width letters and digits."""
    text = _FOLDED.sub(lambda match: _FOLDS[match.group()], text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A notice is read in simplified characters when conversion changes at least this share of its
# ideographs (the 14 traditional notices of the labelled sets: 0.27-0.42; simplified ones with a stray
# 於, 誑 or 乾县: well under 0.01).
TRADITIONAL_SHARE = 0.02


@cache
def _traditional_to_simplified():
    import opencc  # loaded by the commands that extract, on first use

    return opencc.OpenCC("t2s").convert


@cache
def _place_names_kept() -> tuple[tuple[str, str], ...]:
    """(converted, own) for the gazetteer's names that conversion would change (乾县 -> 干县, 乾安): a
    traditional text from there still names its own place. Longest first."""
    from pipeline import gazetteer

    convert = _traditional_to_simplified()
    names = {*gazetteer.name_index(), *gazetteer.name_index(short=True)}
    changed = {convert(name): name for name in names if convert(name) != name}
    return tuple(sorted(changed.items(), key=lambda pair: -len(pair[0])))


def without_converter_pinyin(text: str) -> str:
    """The text without the pinyin a script converter left after characters ("企業(yè)" -> "企業")."""
    return bp.CONVERTER_PINYIN.sub("", text) if text else text


def simplified_script(text: str) -> str:
    """The text in simplified characters (OpenCC t2s, by phrase, keeping the length), place names of the
    gazetteer kept as they are written. Whether a notice is in traditional script at all is
    `traditional_share`'s question: t2s also rewrites a stray 於 or 乾 in simplified text."""
    if not text:
        return text
    converted = _traditional_to_simplified()(text)
    for changed, own in _place_names_kept():
        converted = converted.replace(changed, own)
    return converted


def simplified_query(text: str) -> str:
    """A search box string in simplified characters, as pages written in traditional ones are indexed (an
    analyst may paste a phrase from one). A simplified string, the usual one, comes back as typed; place
    names of the gazetteer stay as written, as in `simplified_script`."""
    if not text or _traditional_to_simplified()(text) == text:
        return text
    return simplified_script(text)


def traditional_share(text: str, converted: str) -> float:
    """The share of the text's ideographs that conversion changed: 0.27-0.42 for the notices of the labelled
    sets written in traditional characters, a stray character's worth for a simplified one."""
    ideographs = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    return changed / ideographs if ideographs else 0.0


# Unicode bidirectional controls: embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069),
# the left-to-right, right-to-left and Arabic letter marks. Chinese notices never need them, and in a
# terminal, spreadsheet or calendar they reorder what a reader sees ("U+202E gpj.exe" shows "exe.jpg").
_BIDI = re.compile(f"[{bp.BIDI_CONTROLS}]")


def strip_bidi_controls(value):
    """`value` (a string, or lists and dicts of them, such as an export record) without bidi controls;
    anything else unchanged. Normalisation drops them at import (boilerplate.INVISIBLE_CHARS); outputs
    apply this to what was stored before it did."""
    if isinstance(value, str):
        return _BIDI.sub("", value)
    if isinstance(value, list):
        return [strip_bidi_controls(v) for v in value]
    if isinstance(value, dict):
        return {k: strip_bidi_controls(v) for k, v in value.items()}
    return value


def unescape_entities(text: str) -> str:
    """Decode HTML entities (&nbsp; appears literally in WeChat dumps) until nothing changes."""
    for _ in range(5):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def decode_and_fold(text: str) -> str:
    """Decode entities and fold characters until neither changes anything.

    Folding can make an entity ("＆lt;" -> "&lt;") and decoding can make a full-width character
    ("&#65286;" -> "＆"), so one pass of each is not idempotent.
    """
    for _ in range(MAX_DECODING_ROUNDS):
        decoded = fold_characters(unescape_entities(fold_characters(text)))
        if decoded == text:
            break
        text = decoded
    return text


def html_to_text(markup: str) -> str:
    """HTML to text, one line per block element; table cells joined by a tab-free ' | '.

    The tree is walked once, not edited: inserting line breaks around each block element costs a
    sibling-index lookup each, which made a 5 MB page of paragraphs take minutes.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    parts: list[str] = []
    stack = [(iter(soup.children), "")]  # children still to visit, text to add when they are done
    while stack:
        children, closing = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            parts.append(closing)
            continue
        name = getattr(child, "name", None)
        if name is None:
            if _is_text(child):
                parts.append(str(child))
        elif name in _SKIPPED_TAGS:
            continue
        elif name == "br":
            parts.append("\n")
        elif name == "tr":
            cells = [" ".join(_strings(cell)) for cell in child.find_all(["td", "th"])]
            parts.append("\n" + " | ".join(c for c in cells if c) + "\n")
        else:
            block = "\n" if name in _BLOCK_TAGS else ""
            parts.append(block)
            stack.append((iter(child.children), block))
    return "".join(parts)


def _is_text(node) -> bool:
    """Visible text: plain strings and CDATA, not comments, doctypes or processing instructions."""
    from bs4 import CData, NavigableString

    return type(node) in (NavigableString, CData)


def _strings(tag) -> list[str]:
    """The stripped, non-empty text pieces inside `tag`, scripts and styles left out."""
    found, stack = [], [iter(tag.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif getattr(child, "name", None) is None:
            if _is_text(child) and child.strip():
                found.append(child.strip())
        elif child.name not in _SKIPPED_TAGS:
            stack.append(iter(child.children))
    return found


def tidy_whitespace(text: str) -> str:
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def strip_footer(text: str) -> NormalisedContent:
    """Cut the trailing footer (来源/编辑/复核/终审 fields, social-button lines); keep 来源 as origin."""
    lines = text.split("\n")
    origin = None
    in_footer = False  # once footer lines were cut, a lone 来源 glued to the line above is footer too
    while lines:
        line = lines[-1].strip()
        if not line or bp.SOCIAL_LINE.match(line):
            lines.pop()
            continue
        cut = _footer_start(line, in_footer)
        in_footer = True
        if cut is None:
            break
        found = _origin_of(line[cut:])
        origin = found or origin
        if cut == 0:
            lines.pop()
            continue
        lines[-1] = line[:cut].rstrip()  # what is left may be empty or a social line: look again
    return NormalisedContent(tidy_whitespace("\n".join(lines)), origin)


def _footer_start(line: str, in_footer: bool) -> int | None:
    """Where the footer fields that end `line` begin, or None.

    A footer glued to body text ("…2025年9月22日来源：某局") is taken when it has two fields, follows
    other footer lines or a signature's date; one field alone mid-sentence could be body text
    ("资金来源：…", never taken).
    """
    for match in re.finditer("|".join(bp.FOOTER_LABELS), line):
        start = match.start()
        fields = _parse_fields(line[start:])
        if fields is None:
            continue
        if start == 0 or len(fields) > 1:
            return start
        if fields[0][0] not in bp.ORIGIN_LABELS or line[:start].endswith(bp.BODY_WORDS_BEFORE_ORIGIN):
            continue
        if in_footer or not _is_cjk_word_char(line[start - 1]) or _DATE_END.search(line, 0, start):
            return start
    return None


_DATE_END = re.compile(r"\d{1,2}日$")  # "…2025年9月22日来源：某局": the signature's date, then the footer


def _is_cjk_word_char(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _parse_fields(segment: str) -> list[tuple[str, str]] | None:
    fields, pos = [], 0
    while pos < len(segment):
        match = bp.FOOTER_FIELD.match(segment, pos)
        if not match or match.end() == pos:
            return None
        fields.append((match.group("label"), match.group("value").strip()))
        pos = match.end()
    return fields or None


def _origin_of(segment: str) -> str | None:
    for label, value in _parse_fields(segment) or []:
        if label in bp.ORIGIN_LABELS and value:
            return value
    return None


def normalise_content(raw: str | None) -> NormalisedContent:
    """Raw content, text or HTML, into clean text and the footer's origin."""
    if not raw:
        return NormalisedContent("", None)
    text = raw
    # Markup is parsed before entities are decoded ("&lt;" in HTML is a visible "<"), but escaped
    # markup ("&lt;p&gt;" in a dump's text) is markup once decoded: repeat until no tags are left, so
    # a second normalisation finds nothing more to do.
    for _ in range(MAX_DECODING_ROUNDS):
        if _HTML_HINT.search(text):
            text = html_to_text(text)
        text = decode_and_fold(text)
        if not _HTML_HINT.search(text):
            break
    return strip_footer(tidy_whitespace(text))


def _is_page_metadata(line: str) -> bool:
    """A line of the page's metadata (publication time, origin, views, index number), not the text."""
    line = bp.SPACED_LABEL.sub(lambda label: re.sub(r"\s", "", label.group(0)), line)
    if not re.search(r"[^\W\d_]", line):  # no letter at all: a number, a date, a table's rule
        return True
    if bp.PAGE_TABLE_ROW.match(line) or bp.ACCOUNT_HEADER.match(line):
        return True
    rest = bp.PAGE_DATETIME.sub("", bp.PAGE_FIELD.sub("", line))
    if rest == line:
        return False
    hanzi = re.findall(r"[\u4e00-\u9fff]", rest)
    return not hanzi or (bool(bp.PAGE_DATETIME.search(line)) and len(hanzi) <= bp.PAGE_COLUMN_NAME_CHARS
                         and not re.search(r"[。，,；;]", rest))


def _after_page_fields(line: str) -> str:
    """A line without the page's fields it opens with ("发布日期：2024-05-06 关于…的通知" -> "关于…的通知"), where
    more than a column's name follows them."""
    fields = bp.LEADING_PAGE_FIELDS.match(line)
    if fields is None or _is_page_metadata(line):
        return line
    rest = line[fields.end():]
    return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) > bp.PAGE_COLUMN_NAME_CHARS else line


def readable_lines(text: str):
    """The text's non-empty lines as written, one at a time (a derived title and kind's question-and-answer check read
    only the first few): without the pinyin a script converter wrote after the characters it did not map ("關(guān)于")
    and the page fields a line opens with."""
    for line in text.split("\n"):
        if line.strip():
            yield _after_page_fields(bp.CONVERTER_PINYIN.sub("", line).strip())


def opening_lines(text: str) -> tuple[str, list[str]]:
    """The text's addressee line ("各县区科技局：", "" when none) and the lines after it, past what a page or a document
    puts before them: the page's metadata, an account's header, a red header ("…局文件"), the document number and the
    heading ("关于…的通知")."""
    # (the opening lies in the text's first lines: a long text is not split whole)
    lines = [line.strip() for line in text[:bp.OPENING_SCAN_CHARS].split("\n") if line.strip()]
    start = 0
    while start < min(len(lines), bp.OPENING_PREAMBLE_LINES) and (
            _is_page_metadata(lines[start]) or bp.RED_HEADER.match(lines[start])
            or bp.DERIVED_TITLE_DOC_NUMBER.match(lines[start]) or bp.DERIVED_TITLE_HEADING.match(lines[start])):
        start += 1
    if start < len(lines) and bp.ADDRESSEE_ONLY_LINE.match(lines[start]):
        return lines[start], lines[start + 1:]
    return "", lines[start:]


def uncoloned_addressees(lines: list[str]) -> str:
    """The addressee line a repost lost its colon from, at the start of `lines` ("各街道办事处、镇人民政府,区级有关部门,
    各企事业单位"), with the lines it wraps onto that are addressees too ("各区科技局\n各有关企业、高校、科研院所"), joined by
    "，"; "" when the first line is none."""
    joined = list(itertools.takewhile(lambda line: bp.ADDRESSEES_UNMARKED.match(line.strip()), lines))
    return "，".join(line.strip() for line in joined)


def derive_title(text: str) -> str:
    """A title for a record without one: the text's own heading line ("关于…的通知"), else its first
    sentence after the page's metadata, any document number and the addressee line, cut to a readable
    length. "" for no text."""
    remaining = readable_lines(text)
    first = next(remaining, None)
    while first is not None and (bp.DERIVED_TITLE_DOC_NUMBER.match(first) or _is_page_metadata(first)):
        title_cell = bp.PAGE_TITLE_CELL.match(first)
        if title_cell:  # a disclosure table names the title in a cell of its own
            return title_cell.group(1)
        first = next(remaining, None)
    if first is None:
        return ""
    lines = [first, *itertools.islice(remaining, bp.DERIVED_TITLE_OPENING_LINES - 1)]
    heading = next((line for line in lines[:bp.DERIVED_TITLE_HEADING_LINES] if bp.DERIVED_TITLE_HEADING.match(line)), None)
    if heading:
        return heading
    opening = bp.DERIVED_TITLE_PADDING.sub("", "\n".join(lines)).strip()
    opening = bp.DERIVED_TITLE_ADDRESSEE.sub("", opening, count=1).strip()
    while bp.DERIVED_TITLE_SECTION_HEADING.match(opening.split("\n", 1)[0]) and "\n" in opening:
        opening = opening.split("\n", 1)[1]
    sentence = re.split(r"[。！？!?；;\n]", opening, maxsplit=1)[0].strip(" ，,：:")
    if not sentence:  # whatever else a text opens with, its first words name it
        words = bp.FIRST_WORDS.search(opening) or next(
            filter(None, map(bp.FIRST_WORDS.search, itertools.chain(lines, remaining))), None)
        sentence = words.group(0).strip() if words else ""
    if len(sentence) > bp.DERIVED_TITLE_MAX_CHARS:
        sentence = sentence[:bp.DERIVED_TITLE_MAX_CHARS - 1] + "…"
    return sentence


def split_title(raw_title: str) -> tuple[str, list[str]]:
    """"南京丨专项资金奖补！…" -> ("专项资金奖补！…", ["南京"]); several prefixes give several tags. A title set with a
    space between each character ("公 示") is the word closed up."""
    title = " ".join(decode_and_fold(raw_title or "").split())  # a title is one line
    tags: list[str] = []
    while True:
        bracket = bp.TITLE_BRACKET_TAG.match(title)
        if bracket:
            tags.append(bracket.group(1).strip())
            title = title[bracket.end():]
            continue
        head = re.match(r"\s*([^\s%s]{1,%d})\s*[%s]\s*" % (
            re.escape(bp.TITLE_TAG_SEPARATORS), bp.TITLE_TAG_MAX_LEN, re.escape(bp.TITLE_TAG_SEPARATORS)), title)
        if head and len(title) > head.end():
            tags.append(head.group(1))
            title = title[head.end():]
            continue
        title = title.strip()
        return (title.replace(" ", "") if bp.LETTER_SPACED_TITLE.fullmatch(title) else title), tags
