"""Subjects: who may apply (for a publicity: what kind of entity is listed), as tags of a closed vocabulary.

Where the tags are read depends on the kind of notice:
- call / digest: the title and the eligibility parts — sections under 申报主体, 申报对象, 支持对象,
  申报条件, 征集范围 … and sentences that say who may apply ("申报单位应为…", "…均可申报",
  "…优先申报", "由中小企业报送"); a digest reads all of its items that way; a title opening
  applications for a status is open to those who apply for it (vocabulary `applied_for_by`: "…专精特新
  中小企业申报工作的通知" to 中小企业) unless the text names a narrower kind of them;
- publicity: the title and the sentences that describe the list ("拟认定…等405家企业为…",
  "授予…等9家组织…和…6名个人", "经企业自主申报…");
- policy / interpretation: a beneficiary the title declares ("助力小微经营主体高质量发展"; an untitled text's first
  sentence is read past the purpose and the basis it opens with, "为促进…，根据《…》，现将…"), the type
  whose recognition or tax relief the title governs ("高新技术企业认定工作操作规程"), a topic whose
  beneficiaries are one type by definition ("研发费用加计扣除": 企业), and the applicants the text lists
  outright ("满足以下条件之一的，均可向…申请补贴：（一）…的个人；（二）…的企业"); an interpretation's
  body is also read as a call's, for whom it says may apply under the policy it explains;
- event: only an addressee in the title ("@专精特新企业").
Terms count only on jieba word boundaries, are skipped where they modify something else ("中小企业
数字化转型…的行政区"), name a workplace ("在制造业企业缴纳社保的员工") or stand in a sentence that
excludes ("不予重复支持"). The generic 企业 is added only where no narrower type covers the same
applicants: once a narrower type (or a 孵化器, which firms run) is named as the applicants (申报对象,
申报单位应为…), a bare 企业 counts only when listed beside one ("上市企业、瞪羚企业以及…优秀企业"),
not when it refers back ("申报企业须…", "由企业自筹"), qualifies the type ("列入独角兽培育企业库的
企业") or runs it ("孵化器运营企业"). What a call recognises (平台载体, 工厂, 示范城市) is read from the
title and from a body sentence that organises the recognition ("现开展…企业技术中心认定工作"); a
recognised 企业技术中心 names its firm (企业) unless a narrower type is stated, and so do firms of no
narrower type that a title recognises ("农业产业化龙头企业监测认定").
A type named only in a preference or bonus clause ("同等条件下，瞪羚企业优先", "获评…的，加5分") is
not eligibility: it is kept only as a subset of the eligible applicants (专精特新中小企业 preferred
among eligible 企业). A call that states its applicants nowhere is read for the firms, institutes
and persons its addressee line names ("各县市区工信部门，有关企业、高校："), but not for the universities
a contest persons enter is addressed to (they pass it on); a contest's sponsors listed among its
organisers ("支持单位：…") are no "支持单位" section of the units supported. A call for a science and
technology award that names and addresses nobody is for its researchers (人才). A university's relay
to its own schools ("各学院（部）：", "现将我校组织推荐工作通知如下") is for the university itself (高校院所),
unless persons are already named to apply or the relay names its researchers as applying ("申请人在…注册",
"各申报人请…": 人才, and its own institutes addressed are then no applicants); a university's teachers,
students, counsellors or teams ("高校青年教师…", "高校辅导员…") are those persons, and so are its graduates
("高校毕业生"). Bodies that may put candidates forward with their quotas ("有关高校…可推荐候选人1名") recommend and do
not apply, and so do a department, a government or a zone's committee whose clause has it review, recommend or pass the
call on ("请各园区管委会…于…前推荐"); the members a consortium is made of ("联盟成员由企业、大学…组成") apply. A call for
the green-manufacturing lists names the parks it recommends (政府园区) and the firms beside them. Zones named as where
firms are (入驻A工业园、B工业园的企业) or where papers go (提交…材料至所在县区、开发区…) do not apply, and a unit named in a counted
list a notice recognises (认定X产业园等4家单位为…孵化器) is no type by its name. A government quality
award is for the organisations (企业) and persons (人才) it names ("申报组织应…", "授予…的组织，以及…的个人"), in a call
or in its rules.
"""
from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Callable

import regex

from pipeline import gazetteer, vocabulary
from pipeline.extract.regions import find_places
from pipeline.normalize import derive_title, opening_lines, uncoloned_addressees
from pipeline.notice import Notice, Subject
from pipeline.patterns import subjects as sp
from pipeline.patterns.boilerplate import DERIVED_TITLE_HEADING

logger = logging.getLogger(__name__)

GENERIC = "企业"
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


@dataclass(frozen=True)
class _Hit:
    tag: str
    start: int
    end: int
    title_only: bool = False
    # read only where applicants are stated, and never from an addressee line: a term of a stated-only tag, and the
    # tags its words also denote (a base for small firms' start-ups, 政府园区, is also 孵化器: "入驻…示范基地的小微企业"
    # names neither)
    stated_only: bool = False


@dataclass(frozen=True)
class _Term:
    tag: str
    pattern: regex.Pattern
    title_only: bool


@cache
def _term_patterns() -> list[_Term]:
    def compiled(terms: tuple[str, ...]) -> regex.Pattern:
        # the `regex` engine: 4x faster than `re` on these alternations, most of which open with an optional group
        # (no literal prefix for `re` to skip ahead with), and it takes the variable-width lookbehind of a pattern
        # that excludes what its own words end ("博士后…交流项目" not in a draft for comment, "征求…意见")
        return regex.compile("|".join(f"(?:{t})" for t in terms))

    patterns = [_Term(tag, compiled(terms), False) for tag, terms in sp.SUBJECT_TERMS.items()]
    patterns += [_Term(tag, compiled(terms), True) for tag, terms in sp.TITLE_TERMS.items()]
    patterns.append(_Term(GENERIC, compiled(sp.GENERIC_ENTERPRISE), False))
    return patterns


def _boundaries(tokens: list[str]) -> set[int]:
    edges, pos = {0}, 0
    for token in tokens:
        pos += len(token)
        edges.add(pos)
    return edges


class _Text:
    """A text with its word boundaries; terms are found in spans of it. A body is read masked (`mask`: its contact
    and addressee lines and the SME board hidden, a purpose before a term and a topic after it skipped); a title, and
    an addressee line read for its applicants, are read whole, as a title is (`mask=False`)."""

    def __init__(self, text: str, tokens: list[str] | None, call: bool = False, mask: bool = True):
        self.text = text
        self.call = call
        if tokens is None or "".join(tokens) != text:
            from pipeline.segment import segment

            tokens = segment(text)
        self.edges = _boundaries(tokens)
        self.mask = mask
        self.masked = bytearray(len(text))
        for match in sp.MASKED.finditer(text) if mask else ():
            self.masked[match.start():match.end()] = b"\x01" * (match.end() - match.start())

    def hits(self, start: int, end: int) -> list[_Hit]:
        """Terms in text[start:end], longest first where they overlap, after the filters."""
        candidates = []
        for term in _term_patterns():
            for match in term.pattern.finditer(self.text, start, end):
                if match.end() > match.start() and self._on_boundaries(match.start(), match.end(), term.tag) \
                        and not any(self.masked[match.start():match.end()]):
                    candidates.append(_Hit(term.tag, match.start(), match.end(), term.title_only,
                                           term.tag in sp.STATED_ONLY_TAGS))
        candidates.sort(key=lambda h: (h.start - h.end, h.start))
        taken: list[_Hit] = []
        claimed = bytearray(end - start)  # (a flattened page is one span with thousands of terms)
        for hit in candidates:
            if not any(claimed[hit.start - start:hit.end - start]):
                claimed[hit.start - start:hit.end - start] = b"\x01" * (hit.end - hit.start)
                taken.append(hit)  # claimed even when filtered below, so "企业" inside it is not re-read
        kept = [h for h in taken if self._is_subject(h)]
        for hit in list(kept):  # "规模以上工业企业" is both 规上企业 and 制造企业
            for tag, words, also in sp.IMPLIED_TAGS:
                if hit.tag == tag and words.search(self.text, hit.start, hit.end):
                    kept.append(_Hit(also, hit.start, hit.end, hit.title_only or also in sp.IMPLIED_TITLE_ONLY,
                                     hit.stated_only or also in sp.STATED_ONLY_TAGS))
        return sorted(kept, key=lambda h: h.start)

    def term_at(self, pos: int) -> bool:
        """Whether a term starts at pos."""
        return pos in self.edges and any(
            (m := term.pattern.match(self.text, pos)) and m.end() > pos and m.end() in self.edges
            for term in _term_patterns())

    def _on_boundaries(self, start: int, end: int, tag: str) -> bool:
        """Terms start and end on word boundaries; "企业" may close a word ("优秀企业", "龙头企业")."""
        # (jieba glues 人 to a following 均, "人均" (per head, a word the index keeps): "团体或/个/人均/可参加" still
        # names 个人, who may enter; not "个人均应对材料真实性负责", boilerplate every applicant signs)
        ends = end in self.edges or self.text.startswith("名单", end) \
            or (self.text[end - 1] == "人" and sp.MAY_ENTER_AFTER_GLUED.match(self.text, end) is not None
                and end + 1 in self.edges)
        # jieba glues a one-character preposition to the next word ("以县", "由区"): the term still starts
        glued = start > 0 and start - 1 in self.edges and self.text[start - 1] in sp.GLUED_PREPOSITIONS
        return ends and (start in self.edges or glued or tag == GENERIC)

    def _is_subject(self, hit: _Hit) -> bool:
        after = self.text[hit.end:hit.end + 12]
        # (what a title recognises stays named before its cultivation: "…创新中心培育和认定工作", and so does the
        # status its cultivation programme selects for, "…专精特新中小企业培育工作": a title is read unmasked)
        recognised = (hit.title_only or not self.mask and hit.tag in sp.ENTERPRISE_TAGS) \
            and sp.CULTIVATION_RECOGNISED_AFTER.match(after)
        # (nor, in a title, a library's intake named whole: "…高新技术企业培育库入库工作的通知", a reviewer's phrasing of
        # round 46; in a body it is as often a topic, "加强高企申报与…培育入库工作联动", r248_12)
        recognised = recognised or (not self.mask and self.text[hit.start:hit.end].endswith(sp.INTAKE_ENDING)
                                    and after.startswith("工作"))
        if sp.NOT_SUBJECT_AFTER.match(after) and not recognised or sp.ISSUER_AFTER.match(after):
            return False
        if self.call and hit.tag == GENERIC and sp.CALL_NOT_AFTER.match(after):
            return False
        # the sentence before the hit, as far as the look-back patterns reach (a flattened page may be
        # one long sentence: reading it whole for every hit would cost its length squared)
        ends = _sentence_ends(self.text)
        preceding = bisect_left(ends, hit.start)
        sentence_start = ends[preceding - 1] + 1 if preceding else 0
        before = self.text[max(sentence_start, hit.start - sp.BEFORE_REACH):hit.start]
        if self.call and hit.tag == GENERIC and sp.OUTCOME_BEFORE.search(before):
            return False
        if (hit.tag == GENERIC or hit.tag in sp.ENTERPRISE_TAGS) and sp.NEGATED_BEFORE.search(before):
            return False  # "民办非企业单位": a social organisation; "非上市企业"
        if sp.WORKPLACE.search(before) and (sp.WORKPLACE_AFTER.match(after) or sp.WORKPLACE_LIST_AFTER.match(
                self.text[hit.end:hit.end + sp.WORKPLACE_LIST_REACH])):
            return False
        if sp.WORKPLACE_WITHIN_AFTER.match(self.text, hit.end):
            return False  # "企事业单位中工作的专业技术人才": where the persons work
        if sp.ORIGIN_BEFORE.search(before) or sp.RECOMMENDER_AFTER.match(self.text[hit.end:hit.end + 40]):
            return False
        named_in = sp.NAMED_IN_A_COUNTED_LIST_AFTER.match(self.text, hit.end)
        if named_in and (named_in.group("verb") or sp.LIST_RECOGNISED_BEFORE.search(before)):
            return False  # a name in the list of those recognised
        if sp.PARTNER_BEFORE.search(before) and sp.PARTNER_AFTER.match(self.text, hit.end):
            return False  # "与高校院所开展产学研合作的企业": the firms' partner
        if not self.call and sp.OBJECTOR_AFTER.match(self.text, hit.end, hit.end + sp.OBJECTOR_REACH):
            return False
        if sp.AGENT_BEFORE.search(before) or hit.tag != GENERIC and sp.NOT_YET_BEFORE.search(before) \
                and not (hit.tag == "上市企业" and sp.LISTING_PLANNED.search(before)):
            return False
        if sp.NEGATIVE_CLAUSE.search(_clause_for_negatives(self.text, hit)) \
                or sp.OUTSIDE_SCOPE_AFTER.match(self.text, hit.end):
            return False
        named = hit.title_only and sp.RECOGNISED_IN_TITLE_AFTER.match(after)
        if not named and (sp.COUNTED_BEFORE.search(before) or sp.COUNTED_AFTER.match(after)):
            return False
        if hit.tag == "人才" and sp.POSSESSED_BEFORE.search(before) and not sp.APPLYING_AFTER.match(after) \
                and not sp.APPLICANTS_NAMED_BEFORE.search(before):
            return False
        if self.mask and sp.PURPOSE_BEFORE.search(before):
            return False
        if sp.CLIENT_BEFORE.search(before) and sp.CLIENT_AFTER.match(after):
            return False
        if sp.FOUNDED_BEFORE.search(before):
            return False  # what persons founded ("首次创办小微企业的高校毕业生")
        if hit.tag == "政府园区" and (sp.LOCATION_BEFORE.search(before) and sp.LOCATION_AFTER.match(self.text, hit.end)
                                    or sp.WITHIN_AFTER.match(after)
                                    or sp.FIRMS_AFTER_ZONE.match(after)
                                    or sp.REVIEWER_AFTER.match(self.text[hit.end:hit.end + sp.REVIEWER_REACH])
                                    or sp.RECIPIENT_BEFORE.search(before)):
            return False
        if hit.tag in sp.RUN_BY_FIRMS and sp.INCUBATED_AFTER.match(self.text, hit.end):
            return False  # "孵化器、众创空间在孵企业": the firms it incubates
        if self.call and _named_zone(self.text, hit):
            return False
        # a body of the place, or of each place of a list ("各旗县区、金山高新区、和林格尔新区科技管理部门")
        # (a zone's own 管委会 or government is the body, not a place before one)
        zone_body = hit.tag == "政府园区" and _zone_body(self.text[hit.start:hit.end])
        if not zone_body and sp.ORG_AFTER.match(self.text[hit.end:hit.end + sp.ORG_LIST_REACH]):
            return False
        if sp.DIVISION_BEFORE.search(before) and sp.DIVISION_AFTER.match(after):
            return False
        if self.mask and not hit.title_only and sp.BODY_NOT_AFTER.match(after):
            return False  # (a carrier before 认定 is what a recognition names: see _recognised_in_body)
        if hit.tag not in sp.APPLICANT_TAGS and sp.PROGRAMME_AFTER.match(after):
            return False
        if hit.tag == "高校院所" and sp.PERSONS_OF_INSTITUTION_AFTER.match(after):
            return False  # "高校辅导员研究专项": persons of universities, as in a title
        if hit.tag != "人才" and (sp.PERSONS_OF_UNIT_AFTER.match(self.text, hit.end)
                                  or sp.FIRM_PERSONS_AFTER.match(self.text, hit.end)):
            return False  # "企业科研人员", "企业经营管理人才", "企业家": the unit's persons, not the unit
        if sp.PROGRAMME_CELL_AFTER.match(self.text, hit.end):
            return False
        return True


def _zone_body(term: str) -> bool:
    """Whether a 政府园区 term names a zone's own committee or government ("武汉东湖高新区管委会"), a body."""
    return term.endswith(sp.ZONE_BODY_ENDINGS)


def _named_zone(text: str, hit: _Hit) -> bool:
    """Whether a zone term (政府园区) follows its own place's name ("成都高新区…房租补贴申报指南", "武汉经开区2024年…入库工作",
    "…为大连市高新区…建设的众创空间": r325_04, r325_09, r271_20): a call so worded is for those in that one zone, not
    for zones. Zones listed by name ("申报主体：南京高新区、苏州高新区") still apply, and so does a zone's committee
    or government, a body."""
    term = text[hit.start:hit.end]
    if hit.tag != "政府园区" or _zone_body(term) or sp.LISTED_ZONE_AFTER.match(text, hit.end):
        return False
    for reach in range(sp.ZONE_PLACE_MIN_CHARS, sp.ZONE_PLACE_MAX_CHARS + 1):
        place = text[max(0, hit.start - reach):hit.start]
        if len(place) < reach or not sp.PLACE_CHARS.fullmatch(place):
            break
        region = gazetteer.lookup(place + term)
        if region is not None and region.level in ("city", "county"):  # (not 全国高新区, 江苏省高新区: zones of a land)
            return True
    return False


def _sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    spans, pos = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return spans


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> list[int]:
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _sentence_of(text: str, hit: _Hit) -> tuple[int, int]:
    """The sentence a hit stands in: (start, end) without its closing mark."""
    return _sentence_spanning(text, hit.start, hit.end)


def _sentence_spanning(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence text[start:end] stands in: (start, end) without its closing mark."""
    ends = _sentence_ends(text)
    before = bisect_left(ends, start)
    after = bisect_left(ends, end)
    return ends[before - 1] + 1 if before else 0, ends[after] if after < len(ends) else len(text)


def _excluded_by_next_sentence(text: str, hit: _Hit) -> bool:
    """A sub-item heading naming an applicant that the next sentence turns away: "（三）服务机构
    运营补助\n服务机构运营补助另行组织，本次不予受理"."""
    start, end = _sentence_of(text, hit)
    if not (text.startswith("\n", end) and end - start <= sp.ITEM_HEADING_MAX_CHARS and sp.LIST_ITEM.match(text, start)):
        return False
    following = _SENTENCE_END.search(text, end + 1)
    sentence = text[end + 1:following.start() if following else len(text)]
    return text[hit.start:hit.end] in sentence and bool(sp.ITEM_REFUSED.search(sentence))


def _positive(text: str, span: tuple[int, int]) -> bool:
    """Whether a sentence may name applicants: not one turning them away, unless a clause of its own names them
    ("示范县以县级人民政府为申报主体，…，已获得过支持的县不再重复申报": a review's phrasing); then the clauses turning
    others away are left out term by term (_turned_away). A bracket is an aside holding conditions ("…的高新技术企业
    （须依法纳税，且不得为失信被执行人）可以申报", "…（已享受同类政策的不再重复支持）": the code review's), read term by
    term too (_clause_for_negatives), unless it refuses what it follows ("（本次不予受理）")."""
    sentence = _OWN_BRACKET.sub(_unless_refusing, sp.NOT_NEGATIVE.sub("", text[span[0]:span[1]]))
    if not sp.NEGATIVE_SENTENCE.search(sentence):
        return True
    return any(sp.APPLICANT_STATEMENT.search(clause) and not sp.NEGATIVE_SENTENCE.search(clause)
               for clause in sp.CLAUSE_END.split(sentence))


def _unless_refusing(aside: re.Match[str]) -> str:
    """A bracket as `_positive` reads a sentence: kept where it refuses what it follows, else left out."""
    return aside.group(0) if _refuses(aside.group(0)) else ""


def _refuses(bracket: str) -> bool:
    """Whether a bracket after an item refuses it ("（本次不予受理）", "（本年度暂不支持）"), rather than holding its
    conditions."""
    return bool(sp.BRACKET_REFUSES.fullmatch(bracket.strip()[1:-1]))


def _persons_headed(text: str) -> str:
    """The first sentence under a heading naming a call's applicants (考核对象, 面向对象, 申报对象…) where it describes
    persons by what they are ("…且未达到法定退休年龄的技术工人", "1.创新人才：与…建立全日制劳动关系，担任…职务的人才": r451_16,
    r476_06), its last clause not about the staff a unit has, hires or puts in charge; "" otherwise."""
    for heading in sp.PERSONS_HEADING.finditer(text):
        sentence = _SENTENCE_END.split(text[heading.end():].lstrip(), maxsplit=1)[0].strip()
        persons = sp.PERSONS_DESCRIBED.search(sentence)
        last_clause = sp.CLAUSE_END.split(sentence)[-1]
        if persons and not sp.PERSONS_OF_A_UNIT.search(last_clause):
            return sentence
    return ""


def _listing_part(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The part of a publicity's sentence that may name what it lists: the whole sentence where it turns nothing away;
    else, where a clause puts the list up, the clauses up to it from the last clause turning anything away before it
    ("…现将600家规上工业企业的评价结果予以公示，公示期内如有异议，可联系…": r467_03, r460_09, r433_08, texts run into
    one sentence), and on past it where the list follows it ("…公示如下：1、…", r445_15), to a clause turning away,
    asking or telling anything; else None."""
    if _positive(text, span):
        return span
    clause_ends = [m.start() for m in sp.CLAUSE_END.finditer(text, span[0], span[1])] + [span[1]]
    part_start, start, put_up = span[0], span[0], False
    for end in clause_ends:
        clause = sp.NOT_NEGATIVE.sub("", text[start:end])
        if put_up and (sp.NEGATIVE_SENTENCE.search(clause) or sp.LIST_ENDS_AT.search(clause)):
            return part_start, start - 1
        if sp.NEGATIVE_SENTENCE.search(clause):
            part_start = end + 1  # (what turns away before the list is put up is not its part)
        elif not put_up and sp.LIST_PUT_UP.search(clause):
            if not sp.LIST_FOLLOWS.search(clause):
                return part_start, end
            put_up = True
        start = end + 1
    return (part_start, span[1]) if put_up else None


def _turned_away(text: str, hit: _Hit) -> bool:
    """Whether the clause of a term turns it away ("…，上市企业、外资企业不得申报": the code review's)."""
    return bool(sp.NEGATIVE_SENTENCE.search(sp.NOT_NEGATIVE.sub("", _clause_for_negatives(text, hit))))


def _clause_start(text: str, reach: int, position: int) -> int:
    """Where the clause holding `position` begins: after the last comma or sentence end before it, looking back no
    further than `reach` (brackets not read: see _clause)."""
    return max((mark.end() for mark in sp.CLAUSE_END.finditer(text, reach, position)), default=reach)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the last comma or sentence end before it to the next. A comma inside
    brackets of the sentence ends none: a clause reaching into a bracket closed before the term begins at the bracket
    ("在某区注册（或驻区，不含某园区）的企事业、高等学校…", r481_11; not at the condition before it, "未列入失信名单（含…，…）的
    高新技术企业"), and one reaching into a bracket opened after the term ends after the bracket ("中小企业（不含上市企业，
    国有企业）"); a bracket left open is read as not there."""
    sentence_start, sentence_end = _sentence_spanning(text, start, end)
    reach = max(sentence_start, start - sp.SECTION_MAX_CHARS)
    before = _clause_start(text, reach, start)
    opened = _BRACKET_OPEN.search(text, reach, before)
    if opened and _BRACKET_CLOSE.search(text, before, start):
        before = opened.start()
    after = sp.CLAUSE_END.search(text, end)
    if after and _BRACKET_OPEN.search(text, end, after.start()):
        closed = _BRACKET_CLOSE.search(text, after.start(), sentence_end)
        after = sp.CLAUSE_END.search(text, closed.end()) if closed else after
    return before, after.start() if after else len(text)


def _clause_for_negatives(text: str, hit: _Hit) -> str:
    """A term's clause as read for words turning it away: without the bracket right after the term, which holds the
    term's own conditions ("高新技术企业（须在本区纳税，且不属于限制类产业）": the code review's) and counts only through
    the exclusions it masks for other types."""
    start, end = _clause(text, hit.start, hit.end)
    own = _OWN_BRACKET.match(text, hit.end, end)
    if own is None or _refuses(own.group(0)):  # (one refusing the term is read: "服务商（本次不予受理）")
        return text[start:end]
    return text[start:hit.end] + text[own.end():end]


_BRACKET_OPEN = re.compile(r"[（(](?=[^（()）]*$)")  # the last bracket opened in the span searched, not closed in it
_BRACKET_CLOSE = re.compile(r"[)）]")
_OWN_BRACKET = re.compile(r"\s*[（(][^（()）]*[)）]")


def _preference(text: str, hit: _Hit, any_hit: Callable[[int, int], bool]) -> str:
    """The clause preferring a type ("同等条件下，瞪羚企业优先支持", "获评独角兽企业的，给予加分"), which makes it
    preferred among the applicants, not one of them; "" when none does. Document titles do not count. A
    conditional clause is not preferred when the preference names its own subject ("申报参加行动的
    企业，专精特新中小企业等优先申报": the firms apply, the 专精特新 among them are preferred).
    any_hit(a, b) tells whether another term starts in text[a:b]."""
    start, end = _clause(text, hit.start, hit.end)

    def others_aside(aside: re.Match) -> str:
        # an aside preferring others of a type is no preference for the type ("工业企业(…专精特新企业优先考虑)":
        # r243_04); one after the type itself is ("瞪羚企业（同等条件下优先支持）": the code review's)
        aside_start, aside_end = start + aside.start(), start + aside.end()
        outside = not aside_start <= hit.start < aside_end
        if outside and sp.SOME_PREFERRED.search(aside.group(0)):
            return ""  # "职业院校（与企业合作办学的优先）": some of them preferred
        return "" if outside and any_hit(aside_start, aside_end) else aside.group(0)

    clause = sp.BRACKETED.sub(others_aside, text[start:end])
    if sp.PREFERENCE.search(sp.MASKED.sub("", clause)):
        return clause
    if end < len(text) and text[end] in "，," and sp.CONDITION_TAIL.search(text, start, end):
        following = _clause(text, end + 1, end + 1)
        following_text = text[slice(*following)]
        return following_text if sp.PREFERENCE.search(sp.MASKED.sub("", following_text)) and not any_hit(*following) \
            else ""
    line_start = text.rfind("\n", 0, hit.start) + 1
    while line_start > 0 and sp.LIST_ITEM.match(text, line_start):  # up to the line heading the list
        line_end = line_start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        head = text[line_start:line_end]
        if sp.LIST_HEAD.search(head):  # "优先支持以下企业："
            return head if sp.PREFERENCE.search(head) else ""
    return ""


@cache
def _broader(tag: str) -> frozenset[str]:
    """The tags a holder of `tag` also holds (its parents, transitively)."""
    parents = vocabulary.implied_qualifications().get(tag, ())
    return frozenset(parents).union(*(_broader(parent) for parent in parents))


# --- zones ---------------------------------------------------------------------------------------

def _eligibility_spans(text: str, hosts: bool = False, payees: bool = False) -> list[tuple[int, int]]:
    """Sections under eligibility headings, and sentences that state eligibility (with `hosts`, also those naming
    the hosts of the carrier a call sets up; with `payees`, those naming whom an award standard pays)."""
    spans = _section_spans(text)
    for span in _sentence_spans(text):
        sentence = text[span[0]:span[1]]
        if (sp.ELIGIBILITY_SENTENCE.search(sentence) or hosts and sp.HOST_STATEMENT.search(sentence)
                or payees and sp.PAYEE_SENTENCE.search(sentence)) and _positive(text, span):
            spans.append(span)
    for question in sp.WHO_MAY_APPLY_ASKED.finditer(text):
        answer = sp.ANSWER_OPENS.match(text, question.end())
        if answer:  # the answer to who may apply states them
            spans.extend(span for span in _sentence_spans(text, answer.end(), _answer_end(text, answer.end()))
                         if _positive(text, span))
    return _merge(spans)


def _answer_end(text: str, start: int) -> int:
    """Where an answer starting at `start` ends: at the end of its line, or at the next question on a flattened one."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    next_question = sp.NEXT_QUESTION.search(text, start, line_end)
    return next_question.start() if next_question else line_end


def _section_spans(text: str, headings: re.Pattern[str] = sp.ELIGIBILITY_HEADING) -> list[tuple[int, int]]:
    """Sentences under eligibility headings (申报主体, 申报对象, 申报条件 …)."""
    spans = []
    found = list(itertools.islice(headings.finditer(text), sp.MAX_SECTIONS))
    if any(not sp.SURVEY_SCOPE.fullmatch(heading.group(0)) for heading in found):
        # whom a survey covers is not who applies once the text says who does (a call for survey contractors)
        found = [heading for heading in found if not sp.SURVEY_SCOPE.fullmatch(heading.group(0))]
    found = [heading for heading in found if not _is_sponsor_heading(text, heading)]
    for heading in found:
        start = heading.end()
        stop = min(len(text), start + sp.SECTION_MAX_CHARS)
        sub_item = sp.SUB_ITEM.search(text[max(0, heading.start() - 10):heading.start()])
        following = (sp.SUB_ITEM_END if sub_item else sp.SECTION_END).search(text, start, stop)
        if following:
            stop = following.start()
        else:  # a section cut at its length limit ends with the sentence it cuts, not inside it
            sentence_end = _SENTENCE_END.search(text, stop)
            stop = sentence_end.start() if sentence_end else len(text)
        spans.extend(s for s in _sentence_spans(text, heading.start(), stop) if _positive(text, s))
    return spans


def _is_sponsor_heading(text: str, heading: re.Match[str]) -> bool:
    """Whether a "支持单位" heading names a contest's or an event's sponsors, among its organisers."""
    return heading.group(0) == sp.SPONSOR_HEADING and bool(sp.ORGANISERS_LISTED.search(
        text, max(0, heading.start() - sp.ORGANISERS_REACH), heading.end() + sp.ORGANISERS_REACH))


def _listing_spans(text: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Sentences of a publicity that describe what is listed and who applied, and among them those
    that only report an acceptance or evaluation, to be read only for what they count (see
    sp.EVALUATION_CUES)."""
    spans, evaluated = [], set()
    previous_listing = False
    for span in _sentence_spans(text):
        sentence = text[span[0]:span[1]]
        # (a sentence counting what the one before listed goes on with it: "…确定了2024年度绿色制造名单。其中，绿色工厂
        # 195家、绿色园区16家…", r530_11, as one sentence joined by a comma is read, "…名单，其中，绿色工厂143家")
        listing = bool(sp.LISTING_CUES.search(sentence) or "申报" in sentence
                       or previous_listing and sp.COUNTED_AMONG_THEM.match(sentence))
        previous_listing = listing
        part = _listing_part(text, span) if listing or sp.EVALUATION_CUES.search(sentence) else None
        if part:
            spans.append(part)
            if not listing:
                evaluated.add(part)
    return spans, evaluated


def _counted_as_listed(text: str, hit: _Hit) -> bool:
    """A publicity's sentence counting what it lists by type names those types as surely as its title:
    "其中，绿色工厂143家、绿色工业园区5个", "确定105家企业为省级绿色工厂"."""
    return bool(sp.LISTED_COUNT_AFTER.match(text, hit.end)
                or sp.LISTED_COUNT_BEFORE.search(text, max(0, hit.start - sp.LISTED_COUNT_REACH), hit.start))


def _counted_in_the_list(text: str, hit: _Hit) -> bool:
    """A type a publicity counts as part of its list (_counted_as_listed), not a stock its clause tells ("截至目前，我区已
    累计认定高新技术企业860家")."""
    return _counted_as_listed(text, hit) \
        and not sp.STOCK_COUNTED_BEFORE.search(text, _clause(text, hit.start, hit.end)[0], hit.start)


def _counted_on_its_own(text: str, hit: _Hit) -> bool:
    """Firms a publicity counts as a group of their own ("一般企业2项"), not the listed type counted again
    ("其中新认定企业200家", "等356家企业为高新技术企业")."""
    return (_counted_in_the_list(text, hit)
            and not sp.COUNTED_AGAIN_BEFORE.search(text, max(0, hit.start - sp.COUNTED_AGAIN_REACH), hit.start)
            and not sp.COUNTED_AS_AFTER.match(text, hit.end))


def _other_firms_may_apply(text: str, hit: _Hit) -> bool:
    """Whether a generic 企业 is a class the sentence adds to the applicants ("…及其他企业也可申请", "其他符合条件的企业也
    可申请": the reviews')."""
    return bool(sp.OTHERS_BEFORE.search(text, max(0, hit.start - 12), hit.start)
                and sp.MAY_APPLY_AFTER.match(text, hit.end))


def _counter(hits: list[_Hit], keep: Callable[[_Hit], bool]) -> Callable[[int, int], bool]:
    """Whether a hit that `keep` accepts starts in [a, b), by bisection over running counts (a
    flattened page may put thousands of terms in one sentence: scanning them per term is quadratic)."""
    starts = [h.start for h in hits]
    counts = list(itertools.accumulate((keep(h) for h in hits), initial=0))
    return lambda a, b: counts[bisect_left(starts, b)] > counts[bisect_left(starts, a)]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same text (so _within can bisect them)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _within(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of the merged spans hold [start, end)? A bisection: a long text has many sections."""
    i = bisect_right(merged, (start, float("inf"))) - 1
    return i >= 0 and merged[i][0] <= start and end <= merged[i][1]


# --- kinds of notice -----------------------------------------------------------------------------

def _mode(notice: Notice) -> str:
    """The notice's kind, or a rough guess from the title when no classifier has run."""
    if notice.kind:
        return notice.kind
    for kind, pattern in sp.KIND_GUESSES:
        if pattern.search(notice.title):
            return kind
    return "call"


def _reading_title(notice: Notice) -> tuple[str, bool]:
    """The title to read, and whether it is a headline. A title derived from a text without one is
    read after the addressees the text opens with ("十街镇、两园区：现将《…》转发你们"); unless it is the
    text's own heading ("关于…的通知"), it is a sentence of the body, which names talent in passing
    ("人才评价", "人才交流大会") unless it names a programme for talent."""
    if not notice.title_derived:
        return _closed_up(notice.title), True
    opening = sp.OPENING_ADDRESSEE.match(notice.text or "")
    title = derive_title(notice.text[opening.end():]) if opening else notice.title
    title = _closed_up(title or notice.title)
    headline = bool(DERIVED_TITLE_HEADING.match(title)) and not sp.CLAUSE_BREAK.search(title)
    if not headline:
        title = _without_purpose(title)
    return title, headline


def _without_purpose(sentence: str, keep_applicants: bool = True) -> str:
    """A first sentence read as a title, after the purpose it opens with: "为推动企事业单位与各高校院所
    深化产学研合作，现征集…" names partners and aims before what it asks, and those are no applicants;
    whom the purpose supports stays ("为支持科技型中小企业加大研发投入，…"), and so do professional titles it has evaluated,
    which persons apply for ("为做好自治州2025年度职称评审工作，…", r495_04), unless `keep_applicants` is False (a
    policy's purpose declares no beneficiary)."""
    if not sp.PURPOSE_OPENING.match(sentence):
        return sentence
    action = sp.AFTER_PURPOSE.search(sentence)
    if action is None:  # the act is cut off or unmarked: keep the last clause, which is nearest to it
        action = re.search(r"[^，,]*$", sentence)
    kept = [m.group(0) for m in itertools.chain(sp.PURPOSE_SUPPORTS.finditer(sentence, 0, action.start()),
                                                sp.PROFESSIONAL_TITLES_APPLIED_FOR.finditer(sentence, 0, action.start()))
            ] if keep_applicants else []
    return "，".join(kept + [sentence[action.start():]])


def _act_after_basis(sentence: str) -> str:
    """A sentence after the basis it opens with ("根据《…》（…号），现将…印发给你们" -> "现将…印发给你们"), or "" where no act
    follows the basis in it."""
    if not sp.BASIS_OPENING.match(sentence):
        return sentence
    act = sp.ACT_AFTER_BASIS.search(sentence)
    return sentence[act.start():] if act else ""


def _closed_up(title: str) -> str:
    """A title without the spaces a web page leaves between two characters ("…河南省工程 研究中心建设项目的
    通知", "上海交通大学内蒙古研究院 关于征集…"), which would split its terms."""
    return sp.SPACE_IN_WORDS.sub("", title)


def _split_title(title: str) -> tuple[str, str]:
    match = sp.TITLE_HOOK.match(title)
    if match and not sp.ACT_ONLY_HOOK.fullmatch(match.group("hook").strip()):
        return match.group("hook"), match.group("main")
    return "", title


# --- assembling ----------------------------------------------------------------------------------

class _Collector:
    def __init__(self):
        self.found: dict[str, str] = {}

    def add(self, tag: str, evidence: str) -> None:
        self.found.setdefault(tag, evidence.strip()[:120])

    def drop(self, unwanted: Callable[[str, str], bool]) -> None:
        self.found = {tag: evidence for tag, evidence in self.found.items() if not unwanted(tag, evidence)}

    def subjects(self) -> list[Subject]:
        return [Subject(name=tag, evidence=evidence) for tag, evidence in self.found.items()]


@lru_cache(maxsize=64)  # (a policy's and an interpretation's readings read the same title)
def _title_hits(title: str) -> tuple[_Hit, ...]:
    """Terms of a title, outside the issuers it opens with ("…科技园区管理委员会关于征集…的通知"), not
    those right before another term, which they qualify ("试点城市中小企业数字化转型服务商"), nor a zone
    that issues or hosts the programme ("关于高新区组织开展…")."""
    issuer = sp.TITLE_ISSUER.match(title)
    skip = issuer.end() if issuer else 0
    scanned = _Text(title, None, mask=False)
    return tuple(hit for hit in scanned.hits(0, len(title)) if hit.start >= skip and not scanned.term_at(hit.end)
                 and not (hit.tag == "政府园区" and _zone_hosts_programme(title, hit))
                 and not (hit.tag == "高校院所" and sp.PERSONS_OF_INSTITUTION_AFTER.match(title[hit.end:])))


def _zone_hosts_programme(title: str, hit: _Hit) -> bool:
    """"关于高新区组织开展…": the zone a title opens with, before what it does, hosts the programme."""
    before = title[:hit.start]
    return bool(sp.ZONE_PROGRAMME_BEFORE.search(before) and not sp.ZONE_APPLIED_FOR_BEFORE.search(before)
                and sp.ZONE_PROGRAMME_AFTER.match(title, hit.end))


def _policy_subjects(notice: Notice, tokens: list[str] | None = None) -> list[Subject]:
    """A policy or interpretation: the beneficiary its title declares, the enterprise type whose
    recognition or tax relief its title governs ("高新技术企业认定工作操作规程"), the applicants its text
    lists outright ("满足以下条件之一的，均可向…申请补贴：（一）…的个人；（二）…的企业"), and, where none of
    these names one, a topic whose beneficiaries are a type by definition ("研发费用加计扣除": 企业; a policy on
    attracting talent: 人才)."""
    _, main = _split_title(_closed_up(notice.title))
    if notice.title_derived and sp.PURPOSE_OPENING.match(main):
        # a text's first sentence read as its title, opening with its purpose: the purpose ("为促进中小企业高质量发展，…",
        # "为进一步规范我市专精特新中小企业的认定管理，…") and the documents it then acts on ("根据《…》") declare no
        # beneficiary nor a governed type, as a title would (r491_06, r440_04, r451_04); what it then does does ("…，现将
        # 《某市高新技术企业认定管理办法》印发给你们", the code review's)
        main = _act_after_basis(_without_purpose(main, keep_applicants=False))
    collector = _Collector()
    # (after the issuer: "…促进中小企业发展工作领导小组办公室关于印发…" names a body, not a beneficiary)
    issuer = sp.TITLE_ISSUER.match(main)
    match = sp.POLICY_BENEFICIARY.search(main, issuer.end() if issuer else 0)
    if match:
        phrase = match.group("subject") or match.group("direct")
        for hit in _title_hits(phrase):
            if hit.tag in sp.ENTERPRISE_TAGS:
                collector.add(hit.tag, f"标题: {notice.title}")
    hits = _title_hits(main)
    for hit in hits:
        after = main[hit.end:hit.end + 6]
        if hit.tag in sp.ENTERPRISE_TAGS and sp.POLICY_OBJECT_AFTER.match(after) \
                or hit.tag == GENERIC and sp.POLICY_APPLICANT_AFTER.match(after):
            collector.add(hit.tag, f"标题: {notice.title}")
    text = notice.text or ""
    lists = [(m.start(), _list_end(text, m.end())) for m in sp.POLICY_APPLICANTS.finditer(text)]
    if lists:
        scanned = _Text(text, tokens)
        found: list[_Hit] = []
        for start, end in lists:
            found += [h for h in scanned.hits(start, end) if h.tag in sp.POLICY_LIST_TAGS]
        narrower = any(h.tag in sp.ENTERPRISE_TAGS for h in found) or _has_enterprise_tag(collector)
        for hit in found:  # beside a narrower type, "企业" counts only as an item of its own
            if not (hit.tag == GENERIC and narrower and not _item_head(text, hit)):
                collector.add(hit.tag, text[slice(*_sentence_of(text, hit))])
    # a carrier the rule governs, with the firm it names ("企业技术中心"): an explainer names it to those it explains
    # the rule to; a policy's own title names only a carrier that applies itself ("…科技企业孵化器认定和管理办法",
    # r172_04, r216_17–r216_19: every labelled policy so titled tags 孵化器, while 3 of the 4 governing a recognised
    # platform tag nothing)
    governed = sp.GOVERNED_CARRIERS if _mode(notice) == "interpretation" else sp.GOVERNED_CARRIERS & sp.APPLICANT_TAGS
    for hit in hits:
        if hit.tag in governed and sp.GOVERNED_AFTER.match(main, hit.end):
            for same in hits:
                if same.start == hit.start and same.end == hit.end and (same is hit or same.title_only):
                    collector.add(same.tag, f"标题: {notice.title}")
    if not collector.found:
        for tag, evidence in _quality_award_applicants(main, text):
            collector.add(tag, evidence)
    for pattern, tag in sp.POLICY_TOPICS:  # (only where neither the title nor a list names its beneficiaries)
        if pattern.search(main) and not collector.found:
            collector.add(tag, f"标题: {notice.title}")
    return collector.subjects()


def _listed_with_a_type(title: str, hit: _Hit, hits: tuple[_Hit, ...]) -> bool:
    """Whether a generic term of a title is an item of a list with a narrower type ("民营企业、外商投资
    企业"): firms in general are then an applicant group of their own."""
    for other in hits:
        if other.tag in sp.COVERING_TAGS:
            gap = title[hit.end:other.start] if other.start >= hit.end else title[other.end:hit.start]
            if sp.LIST_JOINER.fullmatch(gap):
                return True
    return False


def _item_head(text: str, hit: _Hit) -> bool:
    """Whether a hit opens an enumerated item that defines it: "（一）民营企业，是指…". The line start
    is sought only a few characters back (a flattened page has no line breaks to find)."""
    reach = max(0, hit.start - sp.ITEM_HEAD_REACH)
    newline = text.rfind("\n", reach, hit.start)
    if newline < 0 and reach > 0:
        return False
    item = sp.LIST_ITEM.match(text, newline + 1)
    return bool(item and sp.ITEM_HEAD.fullmatch(text, item.end(), hit.start)
                and sp.ITEM_HEAD_AFTER.match(text, hit.end))


def _list_end(text: str, start: int) -> int:
    """Where the enumerated items after a colon end: the first line that is not an item."""
    pos = start
    for line in text[start:start + sp.SECTION_MAX_CHARS].split("\n")[1:]:
        if not sp.LIST_ITEM.match(line):
            break
        pos = text.find(line, pos) + len(line)
    return max(pos, text.find("\n", start) if "\n" in text[start:] else len(text))


def _interpretation_subjects(notice: Notice, tokens: list[str] | None) -> list[Subject]:
    """An interpretation: what a policy's title and text give (above), and the applicants its body
    states as a call's does, since it explains who may apply ("符合条件的中小企业数字化服务商，最高可获
    1000万元奖补", "…的企业可申请享受一次性吸纳就业补贴"). Its title is a headline about the policy, read
    only as a policy's; a generic 企业 from either reading is covered by a narrower type from the other."""
    if tokens is None and notice.text:  # (both readings scan the text: segment it once)
        from pipeline.segment import segment

        tokens = segment(notice.text)
    found = {subject.name: subject for subject in _policy_subjects(notice, tokens)}
    body = replace(notice, kind="call", title="", raw_title="", title_tags=[], title_derived=False)
    for subject in extract_subjects(body, tokens, explainer_body=True):
        found.setdefault(subject.name, subject)
    if any(tag in sp.ENTERPRISE_TAGS for tag in found):
        found.pop(GENERIC, None)
    return list(found.values())


def _event_subjects(notice: Notice) -> list[Subject]:
    """An event: the addressee named in the title ("@专精特新企业！…招聘会"), else those the text opens by addressing. A
    title derived from a first sentence is read only as a heading: a report's names those who took part, not an
    addressee (and a report opens with no addressee line)."""
    collector = _Collector()
    title, _ = _reading_title(notice)
    if notice.title_derived and (sp.CLAUSE_BREAK.search(title) or sp.REPORT_OPENING.search(title)):
        title = ""
    for hit in _title_hits(title):
        topic = sp.EVENT_TOPIC_AFTER.match(title, hit.end) or sp.EVENT_TOPIC_BEFORE.search(title, 0, hit.start)
        if (hit.tag in sp.ENTERPRISE_TAGS or hit.tag == "人才") and not hit.title_only and not topic:
            collector.add(hit.tag, f"标题: {notice.title}")
    # …else those the text opens by addressing ("各高校：", "…、各科技企业孵化器、各众创空间："), asked to attend or to send
    # their people (r437_15, r438_09, r438_14, r440_08); not universities asked to send their students (they relay the
    # event to them)
    line = _opening_addressee_line(notice.text or "") if not collector.found else ""
    if line:
        _add_addressees(line, collector, about_a_type=False,
                        relayed_by=sp.RELAYED_FOR_STUDENTS if sp.STUDENTS_SENT.search(notice.text) else frozenset())
    return collector.subjects()


def _addressee_line(text: str) -> str:
    """The line near the text's start addressing its readers ("各县市区工信部门，有关企业："), or ""."""
    addressees = sp.ADDRESSEE_LINE.search(text, 0, sp.ADDRESSEE_WINDOW)
    if addressees:
        return addressees.group(0).strip()
    # (the same line where a repost lost its colon, after any heading or document number: "各街道办事处、镇人民政府,区级有关
    # 部门,各企事业单位\n为全面贯彻…", r515_06; read as regions reads it)
    lines = opening_lines(text)[1]
    return uncoloned_addressees(lines) or _listed_addressees(lines)


def _listed_addressees(lines: list[str]) -> str:
    """The opening line (the first line normalize.opening_lines leaves, past a page's metadata, a red header, a document
    number and a heading) when it lists bodies by name and ends in a colon (sp.ADDRESSEE_PART_END), or ""."""
    line = lines[0] if lines else ""
    if line[-1:] not in ("：", ":") or len(line) > sp.LISTED_ADDRESSEES_REACH or "。" in line:
        return ""
    parts = [part.strip() for part in sp.ADDRESSEE_PARTS.split(line[:-1])]
    return line if len(parts) >= 2 and all(sp.ADDRESSEE_PART_END.search(part) for part in parts) else ""


def _opening_addressee_line(text: str) -> str:
    """The addressee line when it opens the text (after what a page or a document puts before it:
    normalize.opening_lines), not a line of a report naming those who spoke or attended ("各参会企业、商会代表纷纷表示：")."""
    line, _ = opening_lines(text)
    return "" if sp.SPEECH_BEFORE_COLON.search(line) else line


def extract_subjects(notice: Notice, tokens: list[str] | None = None, explainer_body: bool = False) -> list[Subject]:
    """Eligible (or listed) applicant types, each with the sentence that states it (in a call, also whom its award
    standards pay; not in `explainer_body`, an explainer's body read as a call's, whose measures name beneficiaries)."""
    mode = _mode(notice)
    if mode == "policy":
        return _policy_subjects(notice, tokens)
    if mode == "interpretation":
        return _interpretation_subjects(notice, tokens)
    if mode == "event":
        return _event_subjects(notice)

    collector = _Collector()
    preferred: list[tuple[str, str, str]] = []  # (tag, evidence, the preferring clause) named only as preferred
    title, headline = _reading_title(notice)
    hook, main = _split_title(title)
    title_object: set[str] = set()  # types the notice is about ("技术先进型服务企业" calls, 孵化器 calls)
    generic_evidence: list[tuple[str, str, bool]] = []  # (matched words, sentence, listed with a type)
    title_lists_firms = False  # "民营企业、外商投资企业引进高层次人才…": firms in general are one group
    applied_for: set[str] = set()  # statuses the title opens applications for
    talent_programme = False  # the title opens a talent programme ("…青年拔尖人才申报指南")
    for part, is_hook in ((hook, True), (main, False)):
        if not part or (is_hook and sp.HOOK_NOT_SUBJECT.search(part)):
            continue
        title_hits = _title_hits(part)
        for hit in title_hits:
            if hit.tag == GENERIC:
                # the firm whose carrier the title recognises ("企业技术中心认定"), or firms it recognises
                # ("农业产业化龙头企业监测认定")
                if hit.title_only or (not is_hook and (sp.FIRMS_RECOGNISED_AFTER.match(part[hit.end:])
                                                       or sp.FIRMS_SOUGHT_BEFORE.search(part[:hit.start])
                                                       and sp.FIRMS_SOUGHT_AFTER.match(part[hit.end:]))
                                      and not sp.FIRMS_OFFENDING_BEFORE.search(part[:hit.start])):
                    generic_evidence.append((part[hit.start:hit.end], f"标题: {notice.title}", False))
                elif not is_hook and _listed_with_a_type(part, hit, title_hits):
                    generic_evidence.append((part[hit.start:hit.end], f"标题: {notice.title}", True))
                    title_lists_firms = True
                continue
            if _own_county_programme(notice, part, hit):
                continue  # a county's "…试点县建设项目申报": its own programme, which its units apply to
            if mode != "publicity" and _named_zone(part, hit):
                continue  # "成都高新区…申报指南": those in that zone apply
            if sp.TITLE_PRIORITY.search(part[hit.end:hit.end + 4]):  # "专精特新企业优先申报"
                preferred.append((hit.tag, f"标题: {notice.title}", part[hit.end:hit.end + 4]))
                continue
            collector.add(hit.tag, f"标题: {notice.title}")
            if not is_hook and hit.tag in sp.COVERING_TAGS:
                title_object.add(hit.tag)
            if mode == "call" and not is_hook and sp.APPLIED_FOR_AFTER.match(part[hit.end:]):
                # "…专精特新中小企业申报工作": 中小企业 apply for it
                qualified = part[max(0, hit.start - sp.PROVINCIAL_TIER_REACH):hit.end]
                if not sp.PROVINCIAL_TIER.search(qualified) or sp.NATIONAL_TIER_TOO.search(part, 0, hit.start):
                    applied_for.add(hit.tag)  # (not a province's own 小巨人 tier)
        talent = sp.TITLE_TALENT if headline else sp.TALENT_PROGRAMME
        if mode in ("call", "publicity") and not is_hook and talent.search(part):
            collector.add("人才", f"标题: {notice.title}")
            talent_programme = True
        # (persons a title names otherwise, an honour for them: "关于推荐…优秀教师和优秀教育工作者的通知", a reviewer's)
        talent_programme |= not is_hook and any(hit.tag == "人才" for hit in title_hits)

    text = notice.text or ""
    narrower_in_body = False
    narrower_stated = False  # a narrower type named as the applicants (statement or section)
    applicants_stated = False  # any type named as the applicants
    stated_tags: set[str] = set()  # the types a sentence names as the applicants ("申报主体为…", "支持对象为…")
    unstated: list[tuple[str, int]] = []  # (tag, where) of the others, which an applicant-naming heading may yet state
    if text:
        scanned = _Text(text, tokens, call=mode != "publicity")
        hosts = "平台载体" in collector.found and not talent_programme
        spans, evaluated = _listing_spans(text) if mode == "publicity" else \
            (_eligibility_spans(text, hosts, payees=mode == "call" and not explainer_body), set())
        sections = _merge(_section_spans(text)) if mode != "publicity" else []
        applicant_sections = _merge(_section_spans(text, sp.APPLICANT_HEADING)) if mode != "publicity" else []
        if mode in ("call", "publicity"):
            for hit in _recognised_in_body(scanned):
                if _own_county_programme(notice, text, hit):
                    continue  # (as in the title)
                evidence = text[slice(*_sentence_of(text, hit))]
                if hit.tag == GENERIC:  # the firm whose carrier is recognised ("企业技术中心认定")
                    generic_evidence.append((text[hit.start:hit.end], evidence, False))
                else:
                    collector.add(hit.tag, evidence)
        for start, end in spans:
            sentence = text[start:end]
            stated_sentence = bool(sp.APPLICANT_STATEMENT.search(sentence))
            applicants_named_here = bool(sp.APPLICANTS_NAMED.search(sentence))  # (beside APPLICANT_STATEMENT's ways)
            # "请各县（市、区）主管部门组织符合条件的园区和企业申报": those organised apply, not the organiser
            organised = [m.span() for m in sp.ORGANISED_APPLICANTS.finditer(text, start, end)]
            in_section = _within(sections, start, end)
            in_applicant_section = _within(applicant_sections, start, end)
            hits = scanned.hits(start, end)
            any_hit = _counter(hits, lambda h: True)
            # (a type named as applicants: not a carrier recognised, "选择“…智能工厂申报入口”进行申报", r433_14)
            any_covering = _counter(hits, lambda h: h.tag in sp.COVERING_TAGS and not h.title_only)
            any_other_applicant = _counter(
                hits, lambda h: h.tag in sp.APPLICANT_TAGS and h.tag != GENERIC and not h.title_only)
            # a publicity's sentence counting what it lists by type ("其中，绿色工厂143家、…")
            counted_types = {h for h in hits if h.tag != GENERIC and _counted_in_the_list(text, h)} \
                if mode == "publicity" else set()
            for index, hit in enumerate(hits):
                explicit = stated_sentence or _within(organised, hit.start, hit.start + 1)
                # a status the applicants must hold names them: "有效期内的…创新型中小企业"
                held = bool(sp.HELD_BEFORE.search(text, max(0, hit.start - sp.HELD_REACH), hit.start))
                names_applicants = explicit or in_applicant_section or held
                if _excluded_by_next_sentence(text, hit) or _turned_away(text, hit):
                    continue
                if explicit or applicants_named_here:
                    stated_tags.add(hit.tag)
                else:
                    unstated.append((hit.tag, hit.start))
                if (start, end) in evaluated and not _counted_as_listed(text, hit):
                    continue  # an acceptance's evaluators, not what passed it
                if hit.title_only and hit not in counted_types:
                    continue  # (what is recognised, and the firm it implies, are read in the title, or counted)
                preference = _preference(text, hit, any_hit)
                if preference:
                    if hit.tag != GENERIC:
                        preferred.append((hit.tag, sentence, preference))
                    continue
                if hit.tag == GENERIC:
                    between = [(other.tag, text[other.end:hit.start]) for other in _just_before(hits, index)]
                    if any(tag in sp.RUN_BY_FIRMS and sp.OPERATOR_BETWEEN.fullmatch(gap)
                           or tag in sp.ENTERPRISE_TAGS and (sp.HOLDER_BETWEEN.fullmatch(gap)
                                                             or sp.INCLUDED_BETWEEN.fullmatch(gap))
                           for tag, gap in between):
                        # "孵化器运营企业" is the carrier applying; "列入独角兽培育企业库的企业" are firms of that type,
                        # and so are those "软件企业（含集成电路设计企业）" counts in
                        continue
                    own = _sentence_of(text, hit)
                    # listed as applicants of their own: in one sentence with a narrower type, or an
                    # enumerated item of its own that ends naming the firms ("（二）其他符合条件的企业。");
                    # in a publicity, a group counted beside the types counted ("…绿色供应链管理企业4家"),
                    # not the same firms counted again ("高新技术企业356家，其中新认定企业200家")
                    if mode == "publicity":
                        listed = bool(counted_types) and _counted_on_its_own(text, hit)
                    else:
                        listed = not sp.ANAPHORIC_BEFORE.search(text, max(0, hit.start - 4), hit.start) and (
                            any_covering(*own) or _other_firms_may_apply(text, hit)
                            or bool(sp.LIST_ITEM.match(text, own[0]) and sp.ITEM_TAIL.fullmatch(text, hit.end, own[1])
                                    and not (sp.ITEM_DEFINES_APPLICANTS.search(text, own[0], hit.start)
                                             and not sp.ITEM_ADDS_A_CLASS.search(text, own[0], own[1]))))
                    words = text[hit.start:hit.end]
                    if sp.LEGAL_FORM_BEFORE.search(text, max(0, hit.start - 4), hit.start):
                        words = "独立法人"  # "独立法人企业": a legal form, covered like "独立法人资格"
                    if sp.LEGAL_FORM_ONLY.match(words) and any_other_applicant(*own):
                        continue  # "具有独立法人资格的新型研发机构": the legal form of another applicant
                    if talent_programme and sp.PERSONS_CHOSEN_AFTER.search(text, hit.end, own[1]) \
                            and not sp.FIRMS_APPLY_IN.search(text, own[0], own[1]):
                        continue  # the employer of the persons a talent programme chooses
                    if sp.OWN_UNIT_BEFORE.search(text, max(0, hit.start - 2), hit.start):
                        continue  # "在本企业…具有领先水平": the one applying's own firm, no class of applicants
                    generic_evidence.append((words, text[own[0]:own[1]], listed))
                    continue
                # a call about one enterprise type reads others only where applicants are stated
                # (an eligibility section headed 申报对象/申报主体 states them as well as a sentence does)
                # (…as is a type a publicity counts as listed, "其中新升规企业654家", r436_10)
                if title_object and hit.tag in sp.ENTERPRISE_TAGS and not names_applicants and hit not in counted_types:
                    continue
                if mode != "publicity" and hit.stated_only and not (explicit or in_section):
                    continue
                if _reviews_only(text, hit, explicit, mode):
                    continue
                collector.add(hit.tag, sentence)
                narrower_in_body |= hit.tag in sp.ENTERPRISE_TAGS
                applicants_stated |= names_applicants
                # (a digest's items are separate calls: one item's type never covers another's 企业)
                narrower_stated |= hit.tag in sp.COVERING_TAGS and names_applicants and mode != "digest"
    narrower = narrower_in_body or _has_enterprise_tag(collector)
    # (in a list of persons its title names alone, firms and universities are where they work: "天元建设集团有限公司的张聪",
    # "…有限公司农民工画师尕藏": r270_14, r392_07, r340_12, each labelled with the persons only; not a list of units and
    # persons, "…获奖单位和个人的通报", "…首席技师和技能大师工作室资助名单")
    persons_alone = mode == "publicity" and talent_programme and not sp.UNITS_IN_TITLE.search(title)
    if mode == "publicity":
        kept = [(w, s, listed) for w, s, listed in generic_evidence if listed or not (narrower or persons_alone)]
    else:
        # beside a narrower type named as the applicants, "企业" is another applicant only where
        # it is listed with one ("上市企业、瞪羚企业以及…优秀企业"); elsewhere it refers back to
        # them ("申报企业须…", "项目投资由企业自筹"). A legal form alone is always covered.
        kept = [(w, s, listed) for w, s, listed in generic_evidence
                if not (narrower and sp.LEGAL_FORM_ONLY.match(w)) and (listed or not narrower_stated)]
    if kept and (not title_object or title_lists_firms):
        collector.add(GENERIC, kept[0][1])
    if text and mode == "call" and not applicants_stated:
        addressee_line = _addressee_line(text)
        relay = "" if "人才" in collector.found else _university_relay(text, addressee_line)
        researchers_applying = sp.PERSONS_APPLY_AT_UNIVERSITY.search(text) if relay else None
        if addressee_line:
            # (a contest persons enter, addressed to the universities whose students or staff enter it; a relay
            # whose researchers apply, addressed to the university's own institutes, "各学院、各研究机构：")
            persons_contest = "人才" in collector.found and bool(sp.CONTEST_IN_TITLE.search(title))
            # (and a talent programme's call whose persons apply, put forward by their units: not one paying the units
            # that bring talent in, "对引进人才的单位给予引才补贴", the code review's)
            persons_put_forward = talent_programme and bool(sp.PERSONS_PUT_FORWARD.search(text))
            # (and a call evaluating professional titles, which persons apply for: its units pass it on, r495_04)
            titles_applied_for = bool(sp.PROFESSIONAL_TITLES_APPLIED_FOR.search(main))
            persons_apply = persons_contest or researchers_applying is not None or persons_put_forward or titles_applied_for
            _add_addressees(addressee_line, collector, bool(title_object),
                            relayed_by=sp.RELAYED_FOR_PERSONS if persons_apply else frozenset())
        # Then, in this order: a science award's researchers where nobody else is named (a university relaying the
        # award's call to its schools included: r285_05, r285_18 label 人才); the researchers a relay names as applying;
        # else the university the call is passed to, unless persons apply (the university passes on a call its
        # teachers or students answer, "申报人应具有…国籍", "…青年科学基金项目": r249_07, r249_18).
        if not collector.found and sp.RESEARCH_AWARD.search(main):
            collector.add("人才", f"标题: {notice.title}")
        if researchers_applying is not None:
            start, end = researchers_applying.span()
            collector.add("人才", text[slice(*_sentence_spanning(text, start, end))])
        elif relay and "人才" not in collector.found:
            collector.add("高校院所", relay)
    if text and mode == "call" and not _has_enterprise_tag(collector):
        for tag, evidence in _quality_award_applicants(main, text):
            collector.add(tag, evidence)
    if text and mode == "call" and "政府园区" not in collector.found:
        # a call for the green-manufacturing lists: the parks it recommends apply, and the firms beside them
        for park in sp.GREEN_PARK.finditer(text):
            start, end = _sentence_spanning(text, park.start(), park.end())
            if not sp.FIRMS_CREATE_BEFORE.search(text, start, park.start()):
                collector.add("政府园区", text[start:end])
                firms = sp.GREEN_FIRMS.search(text)
                if firms and not _has_enterprise_tag(collector):
                    collector.add(GENERIC, text[slice(*_sentence_spanning(text, firms.start(), firms.end()))])
                break
    if text and mode == "call" and "人才" not in collector.found:
        persons = _persons_headed(text)
        if persons:
            collector.add("人才", persons)
    if text and mode == "publicity":
        # what a publicity lists by name beyond its terms: county-level places, universities and institutes
        if "政府园区" not in collector.found:
            listed = _places_listed(text) or _place_designated(text)
            if listed:
                collector.add("政府园区", text[slice(*_sentence_spanning(text, *listed.span()))])
        if "高校院所" not in collector.found and not persons_alone:
            institute = _institute_listed(text, spans)
            if institute:
                collector.add("高校院所", institute)
    if mode == "call" and _only_places_named(text, stated_tags, unstated):
        # places alone named as the applicants ("申报主体为园区管理委员会", "由县级人民政府作为申报主体"): the firms and
        # providers the body names otherwise are in them or work for them ("二、申报条件：…园区内重点企业间…", "统筹组织
        # 本地区中小企业…": a reviewer's probe phrasings); a title's are kept
        collector.drop(lambda tag, evidence: (tag == GENERIC or tag in sp.ENTERPRISE_TAGS)  # (服务商 among them)
                       and not evidence.startswith("标题"))
    for status in applied_for:
        for applicant in sp.APPLIED_FOR.get(status, ()):
            # unless the text names a narrower kind of them as the applicants ("有效期内的创新型中小企业")
            if not any(applicant in _broader(tag) for tag in collector.found if tag != status):
                collector.add(applicant, f"标题: {notice.title}")
    for tag, evidence, clause in preferred:
        # a type invited to apply first among eligible 企业 is one of them ("专精特新中小企业等优先申报": the Jiangsu
        # account's 2652053202_1, 2652053475_1); one recommended, supported or scored first is not (r261_05, r266_06,
        # r299_11, r328_10)
        if tag not in collector.found and _broader(tag) & set(collector.found) and sp.APPLY_FIRST.search(clause):
            collector.add(tag, evidence)
    subjects = collector.subjects()
    logger.debug("subjects of %s (%s): %s", notice.id or notice.title[:20], mode, [s.name for s in subjects])
    return subjects


def _reviews_only(text: str, hit: _Hit, explicit: bool, mode: str) -> bool:
    """Whether a term names a body that reviews and recommends rather than applies: a department not named as the
    applicant, or a government or a zone's committee whose clause goes on to review, recommend or pass the call on."""
    if sp.DEPARTMENT_TERM.search(text, hit.start, hit.end):
        return not explicit
    return hit.tag == "政府园区" and mode != "publicity" and bool(sp.REVIEWS_AFTER.match(text, hit.end))


def _quality_award_applicants(main: str, text: str) -> list[tuple[str, str]]:
    """(tag, evidence) of those who may apply for a government quality award named in the title or the opening lines:
    the organisations it names (企业, firms and institutions in general), and the persons named beside them (人才)."""
    if not sp.QUALITY_AWARD.search(main) and (
            "质量" not in text  # (most texts: no need to find their opening)
            or not sp.QUALITY_AWARD.search("\n".join(opening_lines(text)[1][:sp.QUALITY_AWARD_OPENING_LINES]))):
        return []
    organisations = sp.AWARDED_ORGANISATIONS.search(text)
    if not organisations:
        return []
    sentence = text[slice(*_sentence_spanning(text, *organisations.span()))]
    return [(GENERIC, sentence)] + ([("人才", sentence)] if sp.AWARDED_PERSONS.search(sentence) else [])


def _only_places_named(text: str, stated: set[str], unstated: list[tuple[str, int]]) -> bool:
    """Whether places (政府园区) are the only type named as the applicants: by the sentences naming them (`stated`), or
    by the items under an applicant-naming heading ("一、申报主体\n示范单位：…体育企业"), read for the other types'
    hits (`unstated`: tag, position) only when the sentences named places alone."""
    if stated != {"政府园区"}:
        return False
    naming = _merge(_section_spans(text, sp.APPLICANT_NAMING_HEADING)) if unstated else []
    return not any(tag != "政府园区" and _within(naming, where, where + 1) for tag, where in unstated)


def _county_named(name: str, words_before: bool) -> bool:
    """Whether `name` is a county-level place, after its city's name or not ("枣庄市峄城区"), and after other words when
    `words_before` ("拟定冠县")."""
    places = find_places(name)
    return bool(places) and all(a.end == b.start for a, b in zip(places, places[1:])) \
        and (words_before or places[0].start == 0) and places[-1].end == len(name) \
        and places[-1].region.level == "county" and all(place.region.level != "county" for place in places[:-1])


def _places_listed(text: str) -> re.Match[str] | None:
    """The first run of county-level places named alone and joined by 、, the places a publicity lists by name (the
    first may follow the words before the run, "拟定冠县、…": r359_11)."""
    for run in sp.NAME_RUN.finditer(text):
        names = run.group().split("、")
        if all(_county_named(name, index == 0) for index, name in enumerate(names)):
            return run
    return None


def _place_designated(text: str) -> re.Match[str] | None:
    """The first county in the text a publicity designates as the programme county it selects ("拟推荐浦北县（陈皮）为…
    推进县", "…确定…试点县为长岭县"): the place closing the words before 为, or the whole name after it, a designating verb
    in its clause."""
    designations = sorted([(match, True) for match in sp.PLACE_BEFORE_DESIGNATION.finditer(text)]
                          + [(match, False) for match in sp.PLACE_AFTER_DESIGNATION.finditer(text)],
                          key=lambda designation: designation[0].start())
    for match, name_before in designations:
        clause_start, _ = _clause(text, match.start(), match.end())
        if sp.LISTING_VERBS.search(text, clause_start, match.end("name")) \
                and _county_named(match.group("name"), words_before=name_before):
            return match
    return None


def _institute_listed(text: str, spans: list[tuple[int, int]]) -> str:
    """The first listing sentence of a publicity naming a university or research institute as an entry of the list its
    listing verb governs ("确定中国农业科学院郑州果树研究所为…项目牵头单位", "拟推荐东北大学、辽宁省农业科学院…"): the name
    right after the verb, or after 、/和/与/及 or a colon with the verb earlier in its clause; not a firm's own institute
    ("…集团公司西安…研究所"), nor one the words after it make something else (sp.NOT_THE_INSTITUTE_AFTER)."""
    for start, end in spans:
        for word in sp.INSTITUTE_WORD.finditer(text, start, end):
            reach = max(start, word.start() - sp.INSTITUTE_CLAUSE_REACH)  # (bounded: a long list joined by 、 is one clause)
            clause_start = _clause_start(text, reach, word.start())
            entry = sp.INSTITUTE_ENTRY_BEFORE.search(text, clause_start, word.start())
            if not entry or sp.FIRM_IN_NAME.search(entry.group("name")) \
                    or sp.NOT_THE_INSTITUTE_AFTER.match(text, word.end(), end):
                continue
            if entry.group("verb") or sp.LISTING_VERBS.search(text, clause_start, entry.start()):
                return text[start:end]
    return ""


def _own_county_programme(notice: Notice, text: str, hit: _Hit) -> bool:
    """Whether a place-programme term ("试点县", "创新型县（市）", "示范县") names the programme of the county
    issuing the notice (its scope one county, district or zone, and nothing wider: not the several counties a
    province's list names): the county runs it, and its units apply. (Parks or towns the text has apply are still
    read elsewhere.)"""
    return (hit.tag == "政府园区" and hit.title_only and "县" in text[hit.start:hit.end]
            and len({region.code for region in notice.regions}) == 1 and notice.regions[0].level == "county")


def _just_before(hits: list[_Hit], index: int) -> list[_Hit]:
    """The hits ending at most BETWEEN_REACH characters before hits[index] (hits do not overlap, save a
    term's implied tags, so their ends rise with their starts)."""
    start, found = hits[index].start, []
    for other in (hits[j] for j in range(index - 1, -1, -1)):
        if other.end < start - sp.BETWEEN_REACH:
            break
        if other.end <= start:
            found.append(other)
    return found


def _recognised_in_body(scanned: _Text) -> list[_Hit]:
    """Terms read in titles (what is recognised) that a body names as the object of the recognition it
    organises: "现开展2025年度省级企业技术中心认定工作"."""
    text = scanned.text
    found: dict[tuple[str, int], _Hit] = {}
    for verb in sp.RECOGNITION_VERB.finditer(text):
        reach = min(len(text), verb.end() + sp.RECOGNITION_REACH)
        clause_end = sp.RECOGNITION_CLAUSE_END.search(text, verb.end(), reach)
        end = clause_end.start() if clause_end else reach
        if not sp.RECOGNITION_NOUN.search(text, verb.end(), end):
            continue
        for hit in scanned.hits(verb.end(), end):
            if hit.title_only and sp.RECOGNITION_AFTER.match(text[hit.end:hit.end + 12]):
                found.setdefault((hit.tag, hit.start), hit)
    return list(found.values())


def _add_addressees(line: str, collector: _Collector, about_a_type: bool,
                    relayed_by: frozenset[str] = frozenset()) -> None:
    """A call that names its applicants nowhere else, or an event its title names no audience for, is addressed to them:
    the firms, institutes and persons of its addressee line ("各县市区工信部门，有关企业、高校、科研院所等单位："). Its bodies
    (departments, zones' committees) relay the call; they are read only where applicants are stated, and so
    are the universities a contest persons enter is addressed to ("省内各高校、各技工院校：" of a contest for
    entrepreneurs): they pass it to their students and staff. The universities and firms a talent programme's
    or an honour's call is addressed to recommend the persons it says are put forward ("各高等院校、市属企业：",
    r266_01, r319_07). `relayed_by`: the tags of addressees that only pass the call or event on."""
    for hit in _Text(line, None, mask=False).hits(0, len(line)):
        if hit.title_only or hit.stated_only or hit.tag not in sp.APPLICANT_TAGS:
            continue
        if hit.tag in relayed_by:
            continue
        if hit.tag == GENERIC and (about_a_type or _has_enterprise_tag(collector)):
            continue  # "各有关企业" of a call for 规上工业企业 are those firms
        collector.add(hit.tag, line)


def _university_relay(text: str, addressee_line: str) -> str:
    """The addressee line or sentence by which a university passes a call to its own schools or teachers
    or organises its own applications (sp.UNIVERSITY_UNITS, sp.TEACHERS, sp.UNIVERSITY_ITSELF); "" when
    there is none."""
    if not sp.GOVERNMENT_ADDRESSEES.search(addressee_line):
        opening = text[:sp.ADDRESSEE_WINDOW]
        # (its own units or its teachers are a university's only where the opening names no school's)
        not_a_school = not sp.SCHOOL_OPENING.search(opening)
        if sp.UNIVERSITY_UNITS.search(addressee_line) or not_a_school and (
                sp.SCHOOLS_OWN_UNITS.search(addressee_line)
                or sp.TEACHERS.search(addressee_line) and sp.UNIVERSITY_OPENING.search(opening)):
            return addressee_line
    own = sp.UNIVERSITY_ITSELF.search(text, 0, sp.ADDRESSEE_WINDOW)
    return text[slice(*_sentence_spanning(text, own.start(), own.end()))] if own else ""


def _has_enterprise_tag(collector: _Collector) -> bool:
    return any(tag in sp.ENTERPRISE_TAGS for tag in collector.found)
