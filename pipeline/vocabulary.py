"""The applicant-type vocabulary (pipeline/data/subjects.toml), and everything derived from it.

The data file is the one place a subject tag is defined. From it come: the closed tuple of tags, the
extraction patterns (pipeline/extract/subjects.py), the jieba words (pipeline/segment.py), the search
synonym groups (index/synonyms.py), the spellings `search --subject` and profiles accept, the
qualifications a holder of a tag implicitly holds (pipeline/match.py), and whose holders apply to be
recognised as a tag (pipeline/extract/subjects.py). Loaded once, without jieba.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

import regex

GENERIC = "企业"  # enterprises in general; extraction keeps it only where no narrower tag covers it
JIEBA_FREQUENCY = 50000  # high enough that segmentation keeps every spelling whole
QUOTE = r"[“”\"'‘’「」]?"  # {Q} in patterns: notices write 专精特新“小巨人”企业 and 专精特新小巨人企业
# Pieces that several patterns share, written once (the vocabulary's header says what each stands for).
PLACEHOLDERS = {
    "{Q}": QUOTE,
    # the end of a base's name: "…创业创新基地", "…创业创新示范基地", "…创业创新（示范）基地"
    "{BASE}": r"(?:[（(]?示范[)）]?)?基地",
    # what a trade between a size threshold and 企业 never holds: another type's words, a number, 增加值, or a
    # conjunction before another threshold or type ("规模以上或国家高新技术企业"; not "批发和零售业")
    "{NOT_A_TRADE}": r"高新|专精特新|中小|小微|外商|外资|科技型|上市|增加值|[亿万\d]"
                     r"|[或和及与](?=规模|限额|规上|限上|国家|省|高新|专精|科技型|中小|小微)",
    # livelihood projects a government carries out each year ("民生实事", "民心工程", "为民办实事"), and what, after
    # them in a title, shows the public is not asked for them: those who carry them out, or the outcome
    # (with the projects jieba reads into one word, "民生/工程项目", and a count quoted inside, "为民办“十件实事”")
    "{LIVELIHOOD}": r"(?:民生(?:微)?实事|民心工程|民生工程(?:项目)?|为民办(?:[\"“‘「][^\"“”‘’「」]{0,4})?实事[\"”’」]?|民生(?:候选)?项目)",
    # (nor those sought to design or survey them: "征集…民生工程项目设计方案", the code review's)
    "{NOT_THE_PUBLIC_ASKED}": r"承办|实施|建设|监理|供应|单位|企业|结果|情况|公示|通报|设计|方案|代建|勘察",
    # merchants where consumers buy or whom they ask, not enlisted: the words before them ("在本次参与活动的商家购买", "到
    # 参与商户消费", "向商家申请开具发票"; not 面向, "面向社会公开招募参与商家")
    "{NOT_WHERE_CONSUMERS_GO}": r"(?<!(?:[在到]|(?<!面)向)[^，。；]{0,8})",
    # merchants (商家, 商户), not sole traders (个体工商户, 个体商户): neither firms nor legal persons, the guide's 企业
    "{MERCHANTS}": r"(?:商家|(?<!个体工)(?<!个体)商户)",
    # sole traders (个体工商户, 个体商户, 个体户) named right after firms or merchants, or in brackets: no firms themselves,
    # but firms named before them still sign up or apply ("餐饮商家和个体工商户申报", "企业及个体工商户申报", "商户（含个体
    # 工商户）报名": the code reviews')
    "{SOLE_TRADERS_BESIDE}": r"(?:[、和及与或](?:个体工商户|个体商户|个体户)|[（(](?:含|包括)?(?:个体工商户|个体商户|个体户)[)）])?",
    # what follows a university or college named for its graduates, students or staff ("高校毕业生"), not for itself
    "{NOT_ITS_PEOPLE}": r"(?!(?:[（(][^（()）]{0,10}[)）])?[^，。；、（(]{0,10}?(?:毕业|学生|师生|教师|教职工|在校生|就读|在读))",
    # what persons of all walks of life, amateurs or artists do when they are no applicants: watch, visit, judge,
    # comment ("接受社会各界人士监督", "欢迎…爱好者现场观摩", "邀请…美术工作者担任评委", "…提出意见建议")
    "{ONLOOKING}": r"(?![^，。；]{0,8}?(?:监督|观摩|参观|意见|建议|评审|评委|开放))",
    # honours conferred on persons (model workers, women pace-setters, moral models, teachers, craftsmen named in
    # quotes; 最美教师 is the 最美 pattern's), not a place or a unit named after them, which units set up (劳模创新工作室,
    # 工匠学院, 教师培养基地, 劳模之家), nor a model's spirit
    "{HONOURED}": r"(?:劳动模范|劳模|劳动奖章|三八红旗手|巾帼(?:建功)?标兵|道德模范|好少年|好青年|技术能手"
                  r"|(?:优秀|名优|骨干|特级|模范)教师|优秀(?:教育工作者|班主任|辅导员|校长|乡村医生)|(?:优秀|杰出)企业家"
                  r"|“[^“”]{1,6}工匠”)"
                  r"(?!”?[^，。“”]{0,6}?(?:站|点|室|坊|园|基地|之家|集体|团队|单位|学校|学院|服务队|精神))",
    # what follows a park or a town a title recognises: the work on it, proposed or not, then the notice or the list
    # ("…园区建设申报工作的通知", "…强镇拟认定名单的公示", "…专业镇名单")
    "{RECOGNISED_NEXT}": r"(?:拟予?)?(?:(?:建设|申报|认定|推荐|创建|评定)(?:工作|项目)?){1,3}(?:的?(?:通知|公告|公示|名单)|$)"
                         r"|的?名单|的?公示|的通知",
}


def _filled(pattern: str) -> str:
    """A vocabulary pattern with its placeholders replaced by the pieces they stand for."""
    for placeholder, piece in PLACEHOLDERS.items():
        pattern = pattern.replace(placeholder, piece)
    return pattern


class VocabularyError(ValueError):
    pass


@dataclass(frozen=True)
class Tag:
    name: str
    enterprise: bool = False
    applicant: bool = True
    carrier: bool = False
    parents: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    fit: float = 1.0
    stated_only: bool = False
    patterns: tuple[str, ...] = ()
    title_patterns: tuple[str, ...] = ()
    also: tuple[tuple[str, str], ...] = ()  # (tag, regex): a term containing the regex also denotes tag
    applied_for_by: tuple[str, ...] = ()  # tags whose holders apply to be recognised as this one

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way a person may write this tag: the name, its aliases and the kinds it includes."""
        return (self.name, *self.aliases, *self.includes)


# The keys a tag may have in the file: the fields of Tag.
_KEYS = frozenset(field.name for field in fields(Tag))


def parse_vocabulary(text: str) -> tuple[Tag, ...]:
    """Tags from the TOML text of subjects.toml; inconsistencies raise VocabularyError."""
    tags = []
    for position, entry in enumerate(tomllib.loads(text).get("tag", [])):
        unknown = set(entry) - _KEYS
        if unknown or "name" not in entry:
            raise VocabularyError(f"tag {position}: unknown keys {sorted(unknown)} or no name")
        values = {key: tuple(value) if isinstance(value, list) else value for key, value in entry.items()}
        values["also"] = tuple((item["tag"], _filled(item["when"])) for item in entry.get("also", []))
        for key in ("patterns", "title_patterns"):
            values[key] = tuple(_filled(p) for p in values.get(key, ()))
        tags.append(Tag(**values))
    names = [tag.name for tag in tags]
    if len(set(names)) != len(names):
        raise VocabularyError("a tag is defined twice")
    spelled: dict[str, str] = {}
    for tag in tags:
        for other in (*tag.parents, *tag.applied_for_by, *(also for also, _when in tag.also)):
            if other not in names:
                raise VocabularyError(f"{tag.name}: unknown tag {other!r}")
        for spelling in tag.spellings:
            if spelled.setdefault(spelling, tag.name) != tag.name:
                raise VocabularyError(f"{spelling!r} spells both {spelled[spelling]} and {tag.name}")
        for pattern in tag.patterns + tag.title_patterns:
            regex.compile(pattern)  # (as pipeline/extract/subjects.py compiles them)
    return tuple(tags)


@cache
def tags() -> tuple[Tag, ...]:
    """The packaged vocabulary, in the file's order (most specific first)."""
    return parse_vocabulary(resources.files("pipeline.data").joinpath("subjects.toml").read_text("utf-8"))


@cache
def tag_names() -> tuple[str, ...]:
    return tuple(tag.name for tag in tags())


@cache
def by_name() -> dict[str, Tag]:
    return {tag.name: tag for tag in tags()}


@cache
def enterprise_tags() -> frozenset[str]:
    """Kinds of enterprise narrower than the generic 企业."""
    return frozenset(tag.name for tag in tags() if tag.enterprise and tag.name != GENERIC)


@cache
def applicant_tags() -> frozenset[str]:
    return frozenset(tag.name for tag in tags() if tag.applicant)


@cache
def carrier_tags() -> frozenset[str]:
    """Carriers recognised and managed under rules of their own (孵化器, 平台载体), and service providers admitted to a
    pool by such rules (服务商)."""
    return frozenset(tag.name for tag in tags() if tag.carrier)


@cache
def implied_qualifications() -> dict[str, tuple[str, ...]]:
    """Tag -> the broader tags a holder of it also holds (one step; callers follow the chain)."""
    return {tag.name: tag.parents for tag in tags() if tag.parents}


@cache
def applied_for_by() -> dict[str, tuple[str, ...]]:
    """Tag -> the tags whose holders apply to be recognised as it (中小企业 seek 专精特新中小企业)."""
    return {tag.name: tag.applied_for_by for tag in tags() if tag.applied_for_by}


def resolve(spelling: str) -> str | None:
    """The tag a spelling names ("高企" -> 高新技术企业, "高校" -> 高校院所), or None."""
    return _spellings().get(spelling.strip())


@cache
def _spellings() -> dict[str, str]:
    return {spelling: tag.name for tag in tags() for spelling in tag.spellings}


def jieba_words() -> list[str]:
    """Words segmentation must keep whole: every spelling and listed word, in the file's order."""
    words = [w for tag in tags() for w in (*tag.spellings, *tag.words)]
    return list(dict.fromkeys(words))


def synonym_groups() -> list[tuple[str, ...]]:
    """Search synonym groups: a tag with its aliases (true equivalents only, not included kinds)."""
    return [(tag.name, *tag.aliases) for tag in tags() if tag.aliases]
