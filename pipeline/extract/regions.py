"""Regions: where an eligible applicant (or a listed entity) must be, at the most specific level stated.

Evidence, strongest first:
1. title tags ("南京丨…" -> 南京市);
2. the issuing bodies: the 来源 of the footer or of an opening line ("日期：… 来源：某市发展和改革委员会"),
   the signature block (its date in any common form, glued to the end of a text flattened into one
   run, or no date at all; attachment, contact and note lines after it skipped), the header
   ("市工信局关于…"), an issuer in the title ("省科技厅公布…"); a ministry means 全国, "省工信厅" or
   "自治区科技厅" the notice's province, "州科技局" its prefecture, "区科技局" the district the text
   names most (else its city); a zone's body that does not name its place ("高新区产业发展局") lies
   where the text puts the zone, else in the notice's city; a zone known by its own name speaking for
   itself ("东湖高新区关于…", "深汕特别合作区科创经服局") is the zone, under its full name;
3. places named in the title ("南京、苏州、连云港生物医药企业…"), kept when they lie inside an issuer's
   region (a city bureau's notice titled "…赴深圳…" is still the city's);
4. when no issuer is named, the notice's procedure: whom it writes to ("各县（市、区）科技局，泉州开发区…："
   is a city's notice, "各设区市…：" a province's; also on a line of its own that lost its colon) and
   the bodies applications go through ("报送至市科技局", "反馈至某市科学技术局", "由科技厅另行通知";
   in a notice written to every city, "报市科技局" is each city's own body).
   The lowest level evidenced decides; a city's notice that never names its city takes the city of
   its landline's area code, never its province;
5. only when none of that gives a region: a central body publishing the document ("工业和信息化部、
   国家发展改革委联合印发…"), addressees only a central body writes to ("各省、自治区、直辖市…"),
   statements of where applicants must be registered ("在东莞市内注册", "在京注册"; a named zone so stated, or
   under a heading naming the applicants, is the zone under its full name, "税务关系在东湖高新区"), "我市" with a
   known city, a place in the sentence announcing the notice's matter ("现将某市…工作通知如下"; not
   when it forwards another body's document), and last a national text reposted without its header
   (a central body acting in the procedure, "向国家知识产权局申请…", or the text repealing a central
   body's document), unless the text speaks of its own city or province; after the account's own body,
   the first place named in full in the title or the opening, outside cited titles and their issuers
   ("2022年度吉林省科学技术奖经网评…", "上海市嘉定区科委开展了…": a news report or a list with no other clue).
A publicity whose list names places alone (after words introducing them, or under a heading naming the list) is
where those places are.
The most specific regions win: a Suzhou bureau reposting a provincial call is 苏州市, a provincial plan
for three named cities is those cities, and a local body's own account ("奉贤区市场监督管理局") posting a
call whose regions all contain its own (not 全国) narrows it to the body's district, unless the city's account
posts its province's own text, written to the province's cities ("各市州经信委："). A digest (申报集锦, 政策合集)
keeps the union instead.
Addresses and contact lines never give a region ("地址：北京市海淀区…" in a ministry's notice), except a unit named as
the contact or competent body where nothing above places the text: a central government body ("联系单位：工业和信息化部节能
与综合利用司") before the opening's first place, any other after it. A title
derived from the body (the record had none) is read as body text, not as a title.
Level words and shared names are read in the notice's own province and city: the first place its
strongest sources name (a name several provinces share, "朝阳区", "鼓楼区", waits for a place among
theirs), else the city it names most, else its first landline's area code, else a body's short
name only one region uses ("市经济信息委" is Chongqing's), else the province its document numbers
name ("桂政办发〔2023〕56号"); a local outlet's own city ("淮安日报") when its text says 我市. County-level
cities no prefecture contains (济源市, 仙桃市, 石河子市) act as cities; autonomous counties are also read by
their short names with their level ("关岭自治县", "长阳县").
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pipeline import areacodes, gazetteer
from pipeline.normalize import uncoloned_addressees
from pipeline.notice import Notice, Region
from pipeline.patterns import regions as rp

logger = logging.getLogger(__name__)

_DATE = (r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
         r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})")
# The signing date closing a line, perhaps followed by a note, a full stop or, in a text flattened
# into one run, the attachments or contacts: "…2023年4月14日（此件主动公开）。", "…2024年5月20日附件：…".
_CLOSING_DATE = re.compile(_DATE + r"\s*(?:[（(][^（）()]{0,20}[)）])?\s*[。.]?\s*(?:" + rp.FLATTENED_TRAILER + r".{0,200})?$")
# A signing date without separators: "20251016", or with a one-digit month or day, "2013225", or both, "201939"
_COMPACT_DATE = re.compile(r"^(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|[1-9](?:0[1-9]|[12]\d|3[01])"
                           r"|1[0-2][1-9]|[1-9][1-9])$")
_TRAILER_LINES = 4  # lines after a signature that may be dropped: attachments, contacts, notes
_CLOSING_BLOCK_LINES = 8  # …and as many as a contact block of a line each may take (联系人, 电话, 传真, 地址, 邮箱…)
_ATTACHMENT_ITEMS = 10  # items a closing list of attachments may hold
_ATTACHMENT_ITEM = re.compile(r"^\d{1,2}\s*[.．、]")
_ATTACHMENT_HEADING = re.compile(r"^附件\s*\d{0,2}\s*[:：]?$")  # a heading alone on its line
_ORG = re.compile(r"[\u4e00-\u9fff（）()·]{2,40}?" + rp.ORG_SUFFIX + r"(?!门)")
_ORG_NOISE = re.compile(r"名单|附件|扫码|查看|点击|公示|通知|项目|申报|方案|指南|汇总表|办法|文件|图解")
# A line opening with 关于 has no heading body: in "关于转发某省某厅《关于…》的通知" the forwarded
# document's body precedes the inner 关于, and the forwarder is named elsewhere.
_HEADER_ORG = re.compile(r"^\s*(?!关于)(?P<org>[^，。：:；;、\s《》“”]{2,40}?)(?:关于|就《)")
_HEADER_ORGS = re.compile(r"^\s*(?!关于)(?P<orgs>[^，。：:；;《》“”]{4,100}?)(?:关于|就《)")
_SCAN_LIMIT = 20000  # characters of a body scanned for the notice's province and main city
_OPENING_CHARS = 300  # characters of a body read for its first place, when nothing else places it
_LEVEL_SUFFIXES = "省市区县州盟旗"
_INTERPRETER_REACH = 3000  # characters at the end of a body searched for "本通知由…负责解释"


@dataclass(frozen=True)
class _Place:
    start: int
    end: int
    region: Region
    zone: bool = False  # a development zone named after its place ("合肥高新区"), in the place's code


@dataclass
class _Context:
    province: str | None = None  # two-digit prefix
    city: str | None = None  # code prefix of the city (see _city_prefix)
    text: str = ""  # the body, searched for the zones it places and its district on first need
    _zones: dict[str, Region] | None = None
    _county: tuple[str | None] | None = None
    _county_level_city: tuple[str | None] | None = None

    def zones(self) -> dict[str, Region]:
        """Zones the text places ("深圳市大鹏新区" -> 大鹏新区 is in 深圳市)."""
        if self._zones is None:
            self._zones = _zones_placed(self.text, self)
        return self._zones

    def county(self) -> str | None:
        """The code of the district or county of the city the text names most, if one leads."""
        if self._county is None:
            self._county = (_dominant_county(self.text, self),)
        return self._county[0]

    def county_level_city(self) -> str | None:
        """The code of the county-level city whose own notice this is (see _own_county_level_city)."""
        if self._county_level_city is None:
            self._county_level_city = (_own_county_level_city(self),)
        return self._county_level_city[0]


# --- scanning free text for place names -----------------------------------------------------------

@cache
def _name_table() -> tuple[dict[str, tuple[Region, ...]], int]:
    """Names recognised in free text: full names at every level, short forms of provinces and
    cities (not those that are also ordinary words), of the county-level cities no prefecture
    contains ("济源", "仙桃", "石河子", unless another division shares the form) and of autonomous counties
    and banners written with their level ("关岭自治县", "长阳县", unless another division shares the form), named
    development zones, regions without a code of their own (兵团), and Inner Mongolia's banners abbreviated (莫旗)."""
    table: dict[str, tuple[Region, ...]] = dict(gazetteer.name_index())
    for short, regions in gazetteer.name_index(short=True).items():
        if short in rp.AMBIGUOUS_SHORT_NAMES or short in table:
            continue
        upper = tuple(r for r in regions if r.level in ("province", "city"))
        if not upper and len(regions) == 1 and (gazetteer.directly_under_province(regions[0].code)
                                                or _autonomous_county_form(short, regions[0])):
            upper = regions
        if upper:
            table[short] = upper
    for zone, named in rp.NAMED_ZONES.items():
        region = gazetteer.by_code(named.code)
        if region is not None and len(zone) > 2:
            table.setdefault(zone, (region,))
    for written, (name, code) in rp.OWN_NAME_REGIONS.items():
        region = gazetteer.by_code(code)
        table[written] = (replace(region, name=name),)
    for abbreviation, full_name in rp.BANNER_ABBREVIATIONS.items():
        table.setdefault(abbreviation, table[full_name])
    for name, regions in list(table.items()):
        # (a name Taiwan shares with the mainland keeps its every candidate, to be chosen between as before: "和平区")
        if all(_taiwan_word(name, region) for region in regions):
            del table[name]
    return table, max(len(name) for name in table)


def _taiwan_word(name: str, region: Region) -> bool:
    """A name of Taiwan's that is as often a word's part (rp.TAIWAN_CODE_PREFIX): a short form (not 台湾's), or a
    division of one of its cities (a district, a township, a former county-level city: 杨梅市 in 杨梅市场)."""
    return region.code.startswith(rp.TAIWAN_CODE_PREFIX) and name != rp.TAIWAN_SHORT_NAME and (
        name != region.name or region.level == "county" and not gazetteer.directly_under_province(region.code))


@cache
def _ambiguous_city_names() -> dict[str, tuple[Region, ...]]:
    """Short forms of cities that are also words (rp.AMBIGUOUS_SHORT_NAMES: "大庆", "安康"), read only right before a
    development zone named after the city ("大庆高新区", "安康高新区": r511_05, r495_02), which no word is."""
    names = {}
    for short, regions in gazetteer.name_index(short=True).items():
        cities = tuple(r for r in regions if _is_city(r))
        if short in rp.AMBIGUOUS_SHORT_NAMES and cities:
            names[short] = cities
    return names


def _autonomous_county_form(short: str, region: Region) -> bool:
    """Whether `short` is an autonomous county's or banner's name written short with its level ("关岭自治县",
    "长阳县" for 长阳土家族自治县; not 红旗区's "红旗" or 全州县's "全州", which are words or other places too)."""
    return region.level == "county" and "自治" in region.name and short.endswith(rp.AUTONOMOUS_LEVEL_KEPT)


@cache
def _lengths_by_prefix() -> dict[str, tuple[int, ...]]:
    """First two characters of a name -> the lengths of the names starting with them, longest first:
    find_places tries only those lengths at a position instead of every one."""
    lengths: dict[str, set[int]] = {}
    for name in _name_table()[0]:
        if len(name) >= 2:
            lengths.setdefault(name[:2], set()).add(len(name))
    return {prefix: tuple(sorted(found, reverse=True)) for prefix, found in lengths.items()}


def find_places(text: str, context: _Context | None = None,
                unresolved: list[tuple[Region, ...]] | None = None, zones: bool = False) -> list[_Place]:
    """Place names in `text`, longest match first, left to right. A name right after another
    ("苏州市吴中区") is read inside it; names in street, university or company names are skipped.
    A name the context does not settle ("朝阳区" is Beijing's and Changchun's) is left out, and its
    candidates appended to `unresolved` when given. With `zones`, a development zone written after
    its place ("合肥高新区") is read as the zone (where a title or an issuer names it; in a list of
    addressees or places it stands for its city); a city's short name that is also a word ("大庆") is read
    only there."""
    table = _name_table()[0]
    lengths_by_prefix = _lengths_by_prefix()
    ambiguous = _ambiguous_city_names()
    context = context or _Context()
    places: list[_Place] = []
    pos = 0
    size = len(text)
    while pos < size - 1:
        match = None
        first_two = text[pos:pos + 2]
        for length in lengths_by_prefix.get(first_two, ()):
            if length <= size - pos:
                name = text[pos:pos + length]
                if name in table:
                    match = name
                    break
        if match is not None:
            candidates = table[match]
        elif first_two in ambiguous and rp.PLACE_ZONE.match(text, pos + 2):
            match, candidates = first_two, ambiguous[first_two]  # "大庆高新区": the word is the city before its zone
        else:
            pos += 1
            continue
        end = pos + len(match)
        before, after = rp.NOT_A_PLACE_BESIDE.get(match, (None, None))
        if (before and before.search(text, max(0, pos - rp.NOT_A_PLACE_BEFORE_REACH), pos)
                or after and after.match(text, end)):  # "示范县", "直接开封或加热"
            pos = end
            continue
        local = context
        if places and places[-1].end == pos:  # "江苏省南京市", "苏州市吴中区"
            previous = places[-1].region
            local = _Context(previous.code[:2], previous.code[:4] if previous.level != "province" else None)
        region = gazetteer.choose(candidates, local.city, local.province)
        if region is not None and len(match) == 2 and region.level == "county" and local.province \
                and region.code[:2] != local.province:
            region = None  # a two-character county name elsewhere is a word's tail ("产业集中区": 中区)
        # a zone named after a city ("合肥高新区"); a county's 经开区 is most often a provincial 经济开发区
        # named otherwise (长沙县经开区 is 长沙经济技术开发区): the county stays
        zone = rp.PLACE_ZONE.match(text, end) if zones and region is not None and _is_city(region) else None
        if zone:
            region = replace(region, name=_zone_name(region, zone))
            end = zone.end()
        if not _part_of_other_name(text, end):
            if region is not None:
                places.append(_Place(pos, end, region, zone=bool(zone)))
            elif unresolved is not None:
                unresolved.append(candidates)
        pos = end
    return places


def _is_city(region: Region) -> bool:
    """A prefecture-level city or a municipality."""
    return region.level == "city" or region.code in rp.MUNICIPALITY_CODES


def _zone_name(city: Region, zone: re.Match) -> str:
    """The official name of a zone written after its city, from the city's short name however the text
    wrote it: "合肥市高新区" -> 合肥高新技术产业开发区, "楚雄州高新区" -> 楚雄高新技术产业开发区."""
    kind = "hitech" if zone.group("hitech") else "economic"
    short = _city_short_name(city)
    if kind == "hitech" and short in rp.HITECH_ZONE_OFFICIAL_NAMES:
        return rp.HITECH_ZONE_OFFICIAL_NAMES[short]
    national = "国家" if zone.group("national") and kind == "hitech" else ""
    return short + national + rp.ZONE_OFFICIAL_SUFFIX[kind]


def _city_short_name(city: Region) -> str:
    """The shortest name a city goes by (西安市 -> 西安), which its zones' official names begin with."""
    return min(gazetteer.short_names(city.name), key=len)


def _city_prefix(region: Region) -> str:
    """The code prefix of the city a place lies in: a municipality's two digits, the whole code of a
    county-level city no prefecture contains (济源市), else the prefecture's four digits."""
    if region.code[:2] + "0000" in rp.MUNICIPALITY_CODES:
        return region.code[:2]
    if gazetteer.directly_under_province(region.code):
        return region.code
    return region.code[:4]


def _is_city_or_below(region: Region) -> bool:
    return region.level in ("city", "county") or region.code in rp.MUNICIPALITY_CODES


def _part_of_other_name(text: str, end: int) -> bool:
    rest = text[end:end + 30]
    if rp.NOT_A_PLACE_AFTER.match(rest):
        return True
    run = re.split(r"[\s，。；：:、,;（(“”《》]", rest, maxsplit=1)[0]
    return any(word in run for word in ("有限公司", "股份", "集团", "公司"))


def _excluded(text: str, place: _Place) -> bool:
    """"（不含深圳）", "除溧阳市外", "（深圳除外）": the place is carved out of the scope."""
    return bool(rp.EXCLUSION_BEFORE.search(text[max(0, place.start - 4):place.start])
                or rp.EXCLUSION_AFTER.match(text[place.end:place.end + 4]))


# --- context: the notice's province and city ------------------------------------------------------

def _own_title(notice: Notice) -> str:
    """The notice's title: as its source gave it, or the body's own heading line when the record had
    none. A title derived from the body's first sentence is body text, read as such (a derived
    "根据《自治区…厅关于…》要求…" is a citation, not a heading)."""
    if notice.title_derived and notice.title not in (line.strip() for line in notice.text.split("\n")):
        return ""
    return notice.title


def _context(notice: Notice) -> _Context:
    sources, title = " ".join(_source_lines(notice.text)), _own_title(notice)
    scanned = notice.text[:_SCAN_LIMIT]
    # the account last: a city's own account ("某市工业和信息化局") places the "市工信局" its text names
    sources_city = [" ".join(notice.title_tags), notice.origin or "", sources, title, _signature_text(notice.text),
                    notice.account or ""]
    sources_province = [notice.account or "", notice.origin or "", sources, " ".join(notice.title_tags), title,
                        _signature_text(notice.text), notice.text[:600], scanned]
    context = _Context(province=_context_province(sources_province))
    if context.province is None:
        context.province = _province_of_landline(scanned)
    if context.province is None:
        context.province = _province_of_body_names(title + "\n" + scanned)
    if context.province is None:
        context.province = _province_of_document_numbers(scanned)
    for text in sources_city:
        for place in find_places(text, context):
            if _is_city_or_below(place.region):
                context.city = _city_prefix(place.region)
                break
        if context.city:
            break
    if context.city is None and any(word in scanned for word in rp.OWN_CITY_WORDS):
        # a local outlet's "我市" is its own city ("淮安日报" on 徐州's award, r293_13)
        outlet = _local_outlet_place(notice.account or "", context)
        if outlet and _is_city_or_below(outlet[0]):
            context.city = _city_prefix(outlet[0])
    if context.city is None:
        context.city = _dominant_city(scanned, context)
    if context.city is None and context.province and context.province + "0000" in rp.MUNICIPALITY_CODES:
        context.city = context.province  # a municipality is its own city
    context.text = scanned
    return context


def _context_province(texts: list[str]) -> str | None:
    """The province of the first place named in the texts, strongest source first. A name that
    several provinces share ("朝阳区", "鼓楼区") narrows the choice to theirs: the province is then
    the first later place among them (a "中关村" in the body settles a title's 朝阳区), else the
    first place after all."""
    allowed: set[str] | None = None
    first: str | None = None
    # Titles a text cites name other bodies' places ("根据科技部《关于核定天津…基地的通知》，我省…"):
    # they count only when no place is named outside them.
    outside_citations = [_CITED_TITLE.sub(lambda m: " " * len(m.group(0)), text) for text in texts]
    for text in outside_citations + texts:
        unresolved: list[tuple[Region, ...]] = []
        for place in find_places(text, unresolved=unresolved):
            province = place.region.code[:2] if place.region.level != "country" else None
            if province and (allowed is None or province in allowed):
                return province
            first = first or province
        if allowed is None and unresolved:
            allowed = {region.code[:2] for region in unresolved[0]}
    return first


_CITED_TITLE = re.compile(r"《[^《》]{0,120}》")


def _province_of_landline(text: str) -> str | None:
    """The province of the first landline's area code, for a notice that names no place at all
    ("联系电话：0471-…" under a "自治区工信厅" notice)."""
    match = rp.LANDLINE.search(text)
    if not match:
        return None
    codes = _cities_by_area_code().get(match.group("area") or match.group("paren"), ())
    provinces = {code[:2] for code in codes}
    return provinces.pop() if len(provinces) == 1 else None


def _province_of_body_names(text: str) -> str | None:
    """The province whose bodies alone bear a short name the text uses ("市经济信息委" is Chongqing's);
    a "…委员会" is some other full name."""
    for name, code in rp.REGION_OF_BODY_NAME.items():
        if re.search(re.escape(name) + "(?!员)", text):
            return code[:2]
    return None


def _province_of_document_numbers(text: str) -> str | None:
    """The province whose one-character name opens the text's document numbers, when only one does."""
    provinces = {rp.PROVINCE_OF_ABBREVIATION[m.group("abbr")] for m in rp.DOCUMENT_NUMBER_PROVINCE.finditer(text)}
    return provinces.pop() if len(provinces) == 1 else None


_ZONE_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:" + "|".join(rp.ZONE_SUFFIXES) + ")")
_ANY_ZONE_WORD = re.compile("|".join(rp.ZONE_SUFFIXES) + "|" + rp.ZONE_WORDS)


def _zones_placed(text: str, context: _Context) -> dict[str, Region]:
    """Zones the text writes after their place ("深圳市大鹏新区…"): the zone's name alone, in a body's
    name ("大鹏新区科技创新和经济服务局"), then means that place."""
    zones: dict[str, Region] = {}
    for place in find_places(text, context):
        zone = _ZONE_AFTER_PLACE.match(text, place.end)
        if (zone and place.region.level in ("city", "county") and not zone.group(0).startswith(rp.GENERIC_ZONE_STARTS)
                and not re.search("关于|的|和|及|与|等", zone.group(0)) and not find_places(zone.group(0))):
            zones.setdefault(zone.group(0), place.region)
    return zones


def _dominant_city(text: str, context: _Context) -> str | None:
    """The city a notice names most often, when one clearly leads (a Dongguan notice that never
    says so in its title: "东莞市科技局", "东莞站", "《东莞市…办法》"; a municipality counts as a city)."""
    return _leader([_city_prefix(place.region) for place in find_places(text, context)
                    if _is_city_or_below(place.region)])


OPENING_CHARS = 400  # how far a notice's opening runs (its addressees, basis and matter)


def _own_county_level_city(context: _Context) -> str | None:
    """The county-level city (江阴市, 宜兴市) the text names most, when its opening names it, the text
    addresses no counties and names the prefecture holding it nowhere but in cited titles and the
    bodies papers go up to ("根据《无锡市…通知》", "报送至无锡市工信局"): its "我市" and "市科技局" are
    then that city's own."""
    county = context.county()
    region = gazetteer.by_code(county) if county else None
    if region is None or not region.name.endswith("市"):
        return None
    addressees = _addressee_line(context.text)
    if addressees and rp.ADDRESSES_COUNTY_LEVEL.search(addressees):
        return None
    own = rp.RECEIVED_BY.sub("", _CITED_TITLE.sub("", context.text))
    if region.name not in own[:OPENING_CHARS]:
        return None
    named = {place.region.code for place in find_places(own, context)}
    return None if context.city.ljust(6, "0") in named else county


def _dominant_county(text: str, context: _Context) -> str | None:
    """The district or county of the notice's city the text names most often, when one clearly
    leads: the place of a "区科技局" that says no more ("天津市滨海新区科学技术局（以下简称区科技局）")."""
    if not context.city:
        return None
    return _leader([place.region.code for place in find_places(text, context)
                    if place.region.level == "county" and place.region.code.startswith(context.city)
                    and place.region.code != context.city])


def _leader(keys: list[str]) -> str | None:
    """The key counted most often, when it is at least twice as frequent as the next one."""
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _own_entries_counted(notice: Notice, context: _Context) -> list[Region]:
    """The city or county whose entries a local report counts in its title or opening ("湛江101家企业上榜"), or the
    local outlet's place for "我市…三家单位上榜" ("我省…" too); [] when none is counted so, or when the title is a
    notice's own."""
    if rp.NOTICE_OWN_TITLE.search(notice.title or ""):
        return []
    opening = _own_title(notice) + "\n" + (notice.text or "")[:_OPENING_CHARS]
    for match in rp.LOCAL_ENTRIES_COUNTED.finditer(opening):
        line_start = opening.rfind("\n", 0, match.start()) + 1
        before = opening[max(line_start, match.start() - 40):match.start()]
        if rp.OWN_PLACE_BEFORE.search(before):  # (the outlet: the posting account, or a source line "来源：桂林日报")
            for outlet in [notice.account or ""] + _source_names(notice.text or ""):
                place = _local_outlet_place(outlet, context)
                if place:
                    return place
            return []
        places = [p for p in find_places(before, context) if p.end == len(before)]
        if places and _is_city_or_below(places[-1].region):
            return [_with_evidence(places[-1].region, opening[max(line_start, match.start() - 12):match.end()])]
    return []


def _entries_listed(notice: Notice, context: _Context) -> list[Region]:
    """The cities or counties a publicity's list names as all its entries: places alone after words that introduce
    them, on the same line or the line before (rp.ENTRY_RUN), every such list counted; [] for any other notice."""
    if notice.kind != "publicity":
        return []
    text = (notice.text or "")[:_SCAN_LIMIT]
    entries: dict[str, Region] = {}
    for run in rp.ENTRY_RUN.finditer(text):
        sentence_start = max(text.rfind(mark, 0, run.start()) for mark in "。；\n") + 1
        before = text[sentence_start:run.start()]
        if not before.strip() and text[:sentence_start].endswith("\n"):
            before = text[:sentence_start].rstrip().rsplit("\n", 1)[-1].strip()  # the run is a line of its own
        if _introduces_entries(before):
            for region in _places_named_alone(run.group(), context):
                entries.setdefault(region.code, _with_evidence(region, before[-40:] + run.group()))
    return list(entries.values())


def _introduces_entries(words: str) -> bool:
    """Whether words right before a run of names introduce it as the list's entries, places."""
    return bool((rp.ENTRIES_NAMED_BEFORE.search(words) or rp.ENTRIES_HEADING.match(words))
                and rp.PLACES_AS_ENTRIES.search(words) and not rp.ENTRIES_NOT_THE_LIST.search(words))


def _places_named_alone(run: str, context: _Context) -> list[Region]:
    """The city- or county-level places of a run of names joined by 、 (the last by 和 or 及), each name a place and
    nothing else ("和县" is one); [] when any name is not."""
    entries = []
    for name in run.split("、"):
        for parts in ([name], *([name[:m.start()], name[m.end():]] for m in rp.ENTRY_JOINER.finditer(name))):
            places = [_place_alone(part, context) for part in parts]
            if all(places):
                entries.extend(places)
                break
        else:
            return []
    return entries


def _place_alone(name: str, context: _Context) -> Region | None:
    places = find_places(name, context) if name else []
    whole = len(places) == 1 and (places[0].start, places[0].end) == (0, len(name))
    return places[0].region if whole and places[0].region.level in ("city", "county") else None


def _own_account_regions(notice: Notice, context: _Context) -> list[Region]:
    """The regions of the body whose own account posted the notice: a body's account ("某市某区科学技术局",
    "工业和信息化部节能与综合利用司"), or, for a call (the kind is read before the regions: pipeline/extract), a zone's
    own site named for the zone alone ("武汉东湖新技术开发区", "赣州经济技术开发区": r374_05, r322_07; not a list or a
    report the site reposts, r246_14's province's list)."""
    account = notice.account or ""
    # (joint issuers named one after another, "镇赉县工信局 镇赉县财政局", "商务部 市场监管总局 外汇局": r406_05, r406_06,
    # are read by the first; each must be a body)
    bodies = [part for part in rp.JOINT_BODIES_SEPARATOR.split(account.strip()) if part]
    if len(bodies) > 1 and all(_is_org(body) for body in bodies):
        account = bodies[0]
    if _is_org(account) and (rp.GOVERNMENT_BODY_END.search(account) or rp.ASSOCIATION_END.search(account)
                             or account.startswith(rp.NATIONAL_ISSUERS)):
        return [_with_evidence(r, f"账号: {account}") for r in issuer_regions(account, context)]
    if notice.kind == "call" and account and not _is_org(account) and account.endswith(rp.ZONE_SUFFIXES):
        zones = issuer_regions(account, context)
        if len(zones) == 1 and _is_zone(zones[0]):
            return [_with_evidence(zones[0], f"账号: {account}")]
    return []


def _local_outlet_place(account: str, context: _Context) -> list[Region]:
    """The place a local news outlet's account is named after ("南阳日报" -> 南阳市, "大渡口新闻网" -> 大渡口区; a
    county or district by its short name only where one place in China has it), or nothing."""
    outlet = rp.LOCAL_OUTLET.match(account)
    if outlet is None:
        return []
    place = outlet.group("place")
    regions = issuer_regions(place, context) or gazetteer.regions_of_short_name(place)
    return [_with_evidence(regions[0], f"账号: {account}")] if len(regions) == 1 else []


def _contact_unit(text: str, context: _Context, national: bool) -> list[Region]:
    """The regions of the unit a text names as its contact or competent body, when that is an issuing body's name: with
    `national`, only a central government body's ("联系单位：工业和信息化部节能与综合利用司" -> 全国); else any other's."""
    unit = rp.CONTACT_UNIT.search(text)
    if unit is None or not _is_org(unit.group("org")):
        return []
    regions = issuer_regions(unit.group("org"), context)
    central = unit.group("label") != "咨询" and not rp.NON_GOVERNMENT_BODY.search(unit.group("org")) \
        and [r.code for r in regions] == [gazetteer.NATIONAL.code]
    if central != national:
        return []
    return [_with_evidence(region, unit.group(0)) for region in regions]


def _context_region(level: str, context: _Context) -> Region | None:
    """The notice's own region at a level word's level: "省" its province, "市" its city (or the
    county-level city it names alone), "区" or "县" its leading district or county, else its city."""
    if level in rp.PROVINCE_LEVEL_WORDS and context.province:
        return gazetteer.by_code(context.province + "0000")
    if level in rp.COUNTY_LEVEL_WORDS and context.county():
        return gazetteer.by_code(context.county())
    if level == "市" and context.county_level_city():
        return gazetteer.by_code(context.county_level_city())
    if level in rp.CITY_LEVEL_WORDS + rp.COUNTY_LEVEL_WORDS and context.city:
        return gazetteer.by_code(context.city.ljust(6, "0"))
    return None


# --- issuers -------------------------------------------------------------------------------------

def issuer_regions(org: str, context: _Context | None = None) -> list[Region]:
    """Regions of an issuing body's name: the most specific place in it ("国家税务总局江苏省税务局"
    -> 江苏省), its level word ("省工信厅" -> the notice's province), or 全国 for a central body."""
    context = context or _Context()
    org = org.strip()
    if not org:
        return []
    found = find_places(org, context, zones=True)
    branch = rp.ZONE_BRANCH.search(org)
    if branch and len(found) == 1 and found[0].start == 0 and _is_city(found[0].region):
        return [_zone_of_branch(found[0].region, branch.group("zone"))]
    if found:
        own_zone = _named_zone_issuing(org, found)
        if own_zone:
            return [own_zone]
        zone = rp.ISSUING_ZONE.match(org)
        if found[-1].zone:
            return [found[-1].region]  # "合肥高新区科技局": the zone, named in full
        if zone and _zone_in_its_place(org, zone, found):
            # the zone's own body ("大连长兴岛经济技术开发区经济发展局"): the zone is the scope, in its place's code
            place = found[-1].region
            return [Region(name=zone.group("zone"), code=place.code, level=place.level)]
        return _most_specific([p.region for p in found])
    level = rp.LEVEL_ISSUER.match(org)
    if level:
        region = _context_region(level.group("level"), context)
        return [region] if region else []
    if rp.ZONE_COMMITTEE.search(org):  # "国家…试验区管委会": a zone's own body, never a central one
        zone = _zone_of_body(org, context) or _context_region("市", context)
        return [zone] if zone else []
    if rp.NATIONAL_NAME.search(org) or org.startswith(rp.NATIONAL_PREFIXES) \
            or rp.NATIONAL_SOCIETY.match(org):
        return [replace(gazetteer.NATIONAL)]
    zone = _zone_of_body(org, context)
    return [zone] if zone else []


def _zone_of_branch(city: Region, zone: str) -> Region:
    """The zone a city bureau's branch serves, in the city's code, under its official name: "经开区" of 西安市 ->
    西安经济技术开发区, "前湾新区" of 宁波市 -> 宁波前湾新区. (A branch for a district named 新区, "滨海新区分局", is read as
    the district, the name holding a second place.)"""
    place_zone = rp.PLACE_ZONE.fullmatch(zone)
    if place_zone:
        return replace(city, name=_zone_name(city, place_zone))
    return replace(city, name=_city_short_name(city) + zone)


def _named_zone_issuing(org: str, found: list[_Place]) -> Region | None:
    """A named zone, or a body named after it alone ("东湖高新区", "深汕特别合作区科创经服局") or after the city or
    province it lies in and it ("深圳市前海深港现代服务业合作区管理局": r229_08; "重庆两江新区管理委员会", whose zone has a
    code of its own: r473_04): the zone, under its full name, in the code of the place it lies in."""
    zone = found[-1]
    after_its_place = len(found) == 2 and found[0].start == 0 and _right_after_its_place(found[0], zone)
    # (also after a prefix its official name may take: "中国杨凌农业高新技术产业示范区管理委员会", the code review's, or after
    # its city's short name when that is no place in free text: "中山翠亨新区投资促进局", r492_02)
    alone = len(found) == 1 and (zone.start == 0 or org[:zone.start] in rp.ZONE_PREFIXES
                                 or _names_its_place(org[:zone.start], zone.region))
    if not (alone or after_its_place):
        return None
    full_name = _own_full_name(org[zone.start:zone.end])
    return replace(zone.region, name=full_name) if full_name else None


def _names_its_place(prefix: str, region: Region) -> bool:
    """Whether `prefix` is the name, or a short name, of the place a zone lies in ("中山" for 翠亨新区's 中山市)."""
    place = gazetteer.by_code(region.code)
    return place is not None and prefix in (place.name, *gazetteer.short_names(place.name))


def _own_full_name(zone: str) -> str | None:
    """The full name of a named zone whose own bodies issue for the zone alone, else None."""
    named = rp.NAMED_ZONES.get(zone)
    return named.full_name if named else None


def _zone_in_its_place(org: str, zone: re.Match, found: list[_Place]) -> bool:
    """Whether a body named as a zone's ("长春新区科学技术局") belongs to a zone inside the city or county
    its name begins with."""
    last = found[-1]
    if not _is_city_or_below(last.region):
        return False  # a province's name places it nowhere closer (a municipality's is a city's)
    if not (last.start == 0 or len(found) > 1 and last.start == found[-2].end):
        return False  # the name does not begin with the place
    if last.end < zone.end("zone"):
        return True  # named after its place: "长春新区", "大连长兴岛经济技术开发区"
    # the zone is the place found: a named zone inside a city ("东湖新技术开发区" is 武汉市's), not a
    # district the gazetteer knows ("浦东新区") or one a zone stands for ("南沙新区" is 南沙区)
    return last.region.level == "city" and org[last.start:last.end] != last.region.name


def _zone_of_body(org: str, context: _Context) -> Region | None:
    """A development zone's body that does not name its place: where the text put the zone
    ("深圳市大鹏新区" for "大鹏新区科技创新和经济服务局"), else the notice's city ("高新区产业发展局")."""
    if not _ANY_ZONE_WORD.search(org):
        return None
    for zone, region in context.zones().items():
        if org.startswith(zone):
            return region
    if rp.ZONE_BODY.match(org):
        return _context_region("市", context)
    return None


# A line holding only a date: how a signature block ends.
_DATE_LINE = re.compile(r"^" + _DATE + r"\s*(?:[（(][^（）()]{0,20}[)）])?$")
_COVERING_NOTE_LINES = 30  # how far a covering note may run before the document it sends


@lru_cache(maxsize=16)  # read for the context and again for the issuers
def _signature_lines(text: str) -> tuple[str, ...]:
    """The issuing bodies signed at the end, else those signing a covering note that the document it
    sends follows ("…现印发给你们。\n某区管委办公室\n2025年12月15日\n某区…管理办法\n第一条…")."""
    signed = _end_signature(text)
    if signed:
        return signed
    covering = covering_note_signature(text)
    return covering[0] if covering else ()


def _stripped_lines(text: str) -> list[str]:
    """The text's lines, stripped, without the blank ones."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def covering_note_signature(text: str) -> tuple[tuple[str, ...], str] | None:
    """(body-name lines, date line) of a covering note's signature: the body lines right above the
    first line holding only a date, within the opening lines. None when there is none."""
    lines = _stripped_lines(text)[:_COVERING_NOTE_LINES]
    for at, line in enumerate(lines):
        if at and _DATE_LINE.match(line) and _is_org(lines[at - 1]):
            orgs = []
            for above in reversed(lines[max(0, at - 3):at]):
                if not _is_org(above):
                    break
                orgs.append(above)
            return tuple(orgs), line
    return None


def _end_signature(text: str) -> tuple[str, ...]:
    """The issuing bodies signed at the end: lines of body names before a closing date, or the
    name glued to the date ("…扫码查看完整名单江苏省发展和改革委员会2025年9月22日"), or a body's
    name alone on the last line. Attachment, contact and note lines after the signature are skipped."""
    lines = _without_trailer_lines(
        _before_appended_attachment(_stripped_lines(text)))
    if not lines:
        return ()
    orgs = []
    date = _CLOSING_DATE.search(lines[-1])
    if date:
        before = lines[-1][:date.start()].strip()
        if before:
            glued = _trailing_org(before)
            if glued:
                orgs.append(glued)
            if glued != before:
                return tuple(orgs)
    elif _is_org(lines[-1]) and rp.GOVERNMENT_BODY_END.search(lines[-1]):
        orgs.append(lines[-1])
    elif not _COMPACT_DATE.match(lines[-1]):
        return ()
    for line in reversed(lines[max(0, len(lines) - 7):-1]):
        stamped = rp.STAMPED_FOR.match(line)
        line = stamped.group("org") if stamped else line
        if _is_org(line):
            orgs.append(line)
        else:
            glued = _trailing_org(line)
            if glued:
                orgs.append(glued)
            break
    return tuple(orgs)


def _before_appended_attachment(lines: list[str]) -> list[str]:
    """The lines before an attachment printed in full after the signing date: a heading alone ("附件：",
    "附件 2") right after the date line, then the list itself, which may run longer than the trailer lines
    _end_signature skips ("…\n科学技术部  教育部\n二○一○年十月二十一日\n附件:\n认定的国家大学科技园名单\n一、…")."""
    for at in range(len(lines) - 1, 0, -1):
        if _ATTACHMENT_HEADING.match(lines[at]) and _CLOSING_DATE.search(lines[at - 1]):
            return lines[:at]
    return lines


def _without_trailer_lines(lines: list[str], most: int = _TRAILER_LINES) -> list[str]:
    """The lines without those that may follow a signature at their end (`most` at most)."""
    lines = list(lines)
    for _ in range(most):
        if lines and _is_trailer(lines[-1]):
            lines.pop()
    return lines


def _without_attachment_list(lines: list[str]) -> list[str]:
    """The lines before a closing list of attachments ("附件：1.…申请表\n2.…汇总表\n3.…")."""
    for at in range(len(lines) - 1, max(-1, len(lines) - 1 - _ATTACHMENT_ITEMS), -1):
        if lines[at].startswith("附件"):
            if all(_ATTACHMENT_ITEM.match(line) for line in lines[at + 1:]):
                return lines[:at]
            break
    return lines


def signing_date_line(text: str) -> str:
    """The line holding the date a notice is signed with, read past a closing block of contacts, notes and
    attachments longer than _end_signature reads past: a date under a body's name or a sign-off ("特此通知。"), or
    glued to a body's name; "" when there is none (a bare date over contact lines may be a review's or a final's)."""
    lines = _without_trailer_lines(
        _without_attachment_list(_stripped_lines(text)),
        most=_CLOSING_BLOCK_LINES)
    if len(lines) < 2:
        return ""
    date = _CLOSING_DATE.search(lines[-1])
    if not date:
        return ""
    before = lines[-1][:date.start()].strip()
    signed = _trailing_org(before) if before else (_is_org(lines[-2]) or bool(rp.SIGN_OFF.match(lines[-2])))
    return lines[-1] if signed else ""


def _is_trailer(line: str) -> bool:
    """A line that may follow the signature: "附件：…", "抄送：…", "（此件公开发布）", "（联系人：…，电话：…）";
    not a text flattened into one run, whose signature is glued to its end (looked for last: the costliest test)."""
    trailer = (bool(rp.SIGNATURE_TRAILER.match(line)) or bool(rp.CONTACT_LINE.search(line))
               or (line[0] in "（(" and line[-1] in "）)"))
    return trailer and not _CLOSING_DATE.search(line)


def _source_lines(text: str) -> list[str]:
    """Bodies named by a source line among the opening lines ("日期：… 来源：某市发展和改革委员会")."""
    return [name for name in _source_names(text) if _is_org(name)]


def _source_names(text: str) -> list[str]:
    """Whatever a source line among the opening lines names: a body, or an outlet ("来源：桂林日报")."""
    return [m.group("org") for line in _opening_lines(text) for m in rp.SOURCE_LINE.finditer(line)]


def _without_cited(text: str) -> str:
    """The text without the documents it cites (《…》): their bodies and places are not the notice's."""
    return re.sub(r"《[^》]*》", "", text)


def _opening_lines(text: str) -> list[str]:
    """The lines before the body's first sentence: title, source line, document number, addressees."""
    lines = []
    for line in [line for line in (text or "").split("\n") if line.strip()][:rp.OPENING_LINES]:
        lines.append(line)
        if "。" in line:
            break
    return lines


def issuing_bodies(notice: Notice) -> list[str]:
    """Names of the bodies that issued a notice, as written, top to bottom: the signature block,
    else the header ("市场监管总局关于…的决定"), else the 来源 of the footer or of an opening line when
    it names a body. Names glued together ("工业和信息化部市场监督管理总局") are split."""
    signed = [name for org in reversed(_signature_lines(notice.text or "")) for name in _split_glued(org)]
    if signed:
        return list(dict.fromkeys(signed))
    first_line = (notice.text or "").split("\n", 1)[0]
    for line in (first_line, _own_title(notice)):
        candidates = _header_orgs(line)
        if candidates:
            return [name for org in candidates for name in _split_glued(org)]
    origin = (notice.origin or "").strip()
    if origin and _is_org(origin):
        return _split_glued(origin)
    return [name for org in _source_lines(notice.text or "") for name in _split_glued(org)]


def _split_glued(org: str) -> list[str]:
    """"江苏省科学技术厅江苏省发展和改革委员会" -> both names: a new name starts where a place name,
    a central body or 中共 follows a body-name ending."""
    starts = {p.start for p in find_places(org)}
    starts |= {m.start() for m in rp.NATIONAL_NAME.finditer(org)} | {m.start() for m in re.finditer("中共", org)}
    cuts = [0]
    for start in sorted(starts):
        head = org[cuts[-1]:start]
        if start > cuts[-1] and re.search(rp.ORG_SUFFIX + "$", head) and _is_org(head) \
                and not _local_branch(head, org[start:]):
            cuts.append(start)
    pieces = [org[a:b] for a, b in zip(cuts, cuts[1:] + [len(org)])]
    return [piece for piece in pieces if piece]


def _local_branch(central: str, rest: str) -> bool:
    """"国家税务总局江苏省税务局" is one body: a central body's provincial branch repeats its trade."""
    places = find_places(rest)
    if not places or places[0].start != 0 or not rp.NATIONAL_NAME.match(central):
        return False
    trade = rest[places[0].end:]
    return any(trade[i:i + 2] in central for i in range(len(trade) - 1))


def _signature_text(text: str) -> str:
    return "\n".join(_signature_lines(text))


def _is_org(text: str) -> bool:
    return len(text) <= 40 and bool(_ORG.fullmatch(text)) and not _ORG_NOISE.search(text)


def _trailing_org(text: str) -> str | None:
    """The body name that ends `text`: it starts at a place name, a level word or a central body."""
    window_start = max(0, len(text) - 40)
    starts = sorted({window_start + p.start for p in find_places(text[window_start:])}
                    | {m.start() for m in rp.NATIONAL_NAME_START.finditer(text) if m.start() >= window_start}
                    | {m.start() for m in rp.LEVEL_ISSUER.finditer(text) if m.start() >= window_start}
                    | {m.start() for m in re.finditer("中共", text) if m.start() >= window_start}
                    | {m.start() for m in re.finditer(rp.ZONE_WORDS, text) if m.start() >= window_start})
    for start in starts:
        candidate = text[start:]
        if _is_org(candidate):
            return candidate
    return None


def _header_org(line: str) -> str | None:
    """The body heading a line before 关于, or a named zone speaking for itself ("东湖高新区关于…")."""
    match = _HEADER_ORG.match(line)
    if match and (_is_org(match.group("org")) or _own_full_name(match.group("org"))):
        return match.group("org")
    return None


def _header_orgs(line: str) -> list[str]:
    """The bodies heading a line before 关于: one ("市场监管总局关于…"), or several written with
    spaces or 、 between them ("财政部 税务总局关于…", "长沙市工业和信息化局 长沙市财政局关于…")."""
    if rp.FORWARDED_OPENING.match(line):
        return []
    single = _header_org(line)
    if single:
        return [single]
    match = _HEADER_ORGS.match(line)
    if not match:
        return []
    names = [name for name in rp.JOINT_BODIES_SEPARATOR.split(match.group("orgs").strip()) if name]
    return names if len(names) > 1 and all(_is_org(name) for name in names) else []


def _published_by_central_body(text: str) -> str | None:
    """"工业和信息化部、国家发展改革委联合印发《…》", "《国家知识产权局办公室关于…》印发": the central
    body that published the document, when not merely cited ("根据《…》", "《X关于印发…》")."""
    for match in rp.NATIONAL_NAME.finditer(text):
        if rp.CITATION_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            continue
        after = text[match.end():match.end() + 80]
        if text[max(0, match.start() - 1):match.start()] == "《":
            quoted = re.match(r"[^《》。]*?》", after)
            if not quoted or not re.match(r"^.{0,4}?(?:印发|发布|公布|出台)", after[quoted.end():]):
                continue
        else:
            published = rp.PUBLISH_VERBS.match(after)
            if re.match(r"^[^。；\n《]{0,12}?关于", after) or not published:  # (not 印发《关于…》)
                continue
            if re.match(r"^[^。；\n]{0,12}?《关于", after) and rp.OWN_REGION_SAID.search(text):
                continue  # a local notice recalling the document it was chosen under
            if published.group("verb") == "下发" and (rp.LOCAL_SELF_REFERENCE.search(text) or rp.FORWARDS.search(text)
                                                     or rp.LEVEL_ISSUER.search(_without_cited(text))):
                continue  # what came down to a local body ("…日前下发了《…》，现转发给你们", "…请我区企业向区工信局报送")
        sentence_start = max(text.rfind("。", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        return text[sentence_start:match.end() + 40].strip()
    return None


# --- assembling ----------------------------------------------------------------------------------

def _contains(outer: Region, inner: Region) -> bool:
    return gazetteer.contains(outer.code, inner.code)


def _most_specific(regions: list[Region]) -> list[Region]:
    """Drop every region that contains another one in the list; keep order, one per code (two zones of
    one city, "合肥高新区、合肥经开区联合…", are that city)."""
    unique: dict[str, Region] = {}
    for region in regions:
        held = unique.setdefault(region.code, region)
        if held.name != region.name and _is_zone(held) and _is_zone(region):
            unique[region.code] = replace(gazetteer.by_code(region.code), evidence=held.evidence)
    values = list(unique.values())
    return [r for r in values if not any(o.code != r.code and _contains(r, o) for o in values)]


def _names_another_zone(text: str, context: _Context, zones: list[Region]) -> bool:
    """Whether the text names another zone of a zone's city ("洛阳高新区、洛阳经开区各企业")."""
    return any(place.zone and place.region.code == zone.code and place.region.name != zone.name
               for place in find_places(text[:_SCAN_LIMIT], context, zones=True) for zone in zones)


def _holds_zone(outer: Region, zone: Region) -> bool:
    """Whether `outer` is the zone itself, its city (the division, same code) or a division above it."""
    if outer.code == zone.code:
        return outer.name == zone.name or not _is_zone(outer)
    return outer.level != "country" and _contains(outer, zone)


def _is_zone(region: Region) -> bool:
    """A region named for a place inside its division (a development zone), not the division itself."""
    division = gazetteer.by_code(region.code)
    return division is not None and division.name != region.name


def _with_evidence(region: Region, evidence: str) -> Region:
    return replace(region, evidence=evidence[:120])


def _is_digest(notice: Notice) -> bool:
    return notice.kind == "digest" or bool(rp.DIGEST_TITLE.search(_own_title(notice)))


def _lines_without_contacts(text: str) -> list[str]:
    return [line for line in text.split("\n") if not rp.CONTACT_LINE.search(line)]


# Evidence labels of regions read from an issuing body (see _issuers below), and from the bodies a
# notice without a named issuer writes to, runs its procedure through (_procedure_regions) or reports
# as holding its meeting (_report_organiser).
ISSUER_EVIDENCE = ("来源", "落款", "发文", "解释", "标题发文")
PROCEDURE_EVIDENCE = ("主送", "经办", "主办")


def from_issuer(region: Region) -> bool:
    """Was this region read from the notice's issuing body (not from a place the text names)?"""
    return region.evidence.split(": ", 1)[0] in ISSUER_EVIDENCE


def from_central_body(region: Region, text: str) -> bool:
    """Is 全国 the scope of a central body's own notice: read from its issuer, or from addressees only a central body
    writes to, opening the text (not a national document a local unit's relay pastes after its own addressees,
    "各学院：\n现将…通知转发给你们。…各省、自治区、直辖市卫生健康委：")?"""
    return region.level == "country" and (from_issuer(region) or _opening_addresses_every_province(text))


def _issuers(notice: Notice, context: _Context) -> list[Region]:
    found: list[Region] = []

    def add(org: str | None, label: str) -> None:
        if org:
            found.extend(_with_evidence(r, f"{label}: {org}") for r in issuer_regions(org, context))

    add(notice.origin, "来源")
    for org in _source_lines(notice.text):
        add(org, "来源")
    for org in _signature_lines(notice.text):
        add(org, "落款")
    first_line = notice.text.split("\n", 1)[0] if notice.text else ""
    for org in _header_orgs(first_line):
        add(org, "发文")
    for line in _opening_lines(notice.text):  # "某市科学技术局文件", or the body's name alone
        header = rp.HEADER_DOCUMENT.sub("", line.strip())
        # a title broken before its 《: "关于转发某厅" is the forwarded body, not the issuer
        if _is_org(header) and rp.GOVERNMENT_BODY_END.search(header) and not header.startswith("关于"):
            add(header, "发文")
    for match in rp.INTERPRETED_BY.finditer(notice.text[-_INTERPRETER_REACH:] if notice.text else ""):
        add(match.group("org"), "解释")  # "本办法由惠州市科学技术局负责解释"
    title = _own_title(notice)
    for org in _header_orgs(title):
        add(org, "标题发文")
    # (not a body of a document the title forwards: "关于转发《省委组织部…关于开展…的通知》的通知")
    for match in rp.LEVEL_ISSUER.finditer(_without_cited(title)):
        add(match.group(0), "标题发文")
    for line, label in ((title, "标题发文"), (first_line, "发文")):
        central = _central_lead(line)
        if central:
            add(central, label)  # "工信部：…", "财政部等四部门印发…", "财政部 税务总局关于…的公告"
    # a city's bureau issuing beside its branch for a zone ("西安市市场监督管理局\n西安市市场监督管理局经开区分局"): the
    # city's notice, the branch only a co-signer (round 67's second code review)
    cities = {region.code for region in found if not _is_zone(region)}
    return [region for region in found
            if not (region.code in cities and _is_zone(region) and rp.ZONE_BRANCH.search(region.evidence or ""))]


def _central_lead(line: str) -> str | None:
    """The central body (or the first of several, "科技部 财政部 国家税务总局") that a line opens
    with, when it is the line's issuer: followed by 关于, a colon, 等, 联合, a verb of publishing, or one of
    holding a meeting ("工业和信息化部召开第九次制造业企业座谈会": r175_12; r144_17, r176_01 and r138_16, so
    headlined, are labelled 全国 too), or its official answering on a document ("国家发展改革委有关负责人就《…》答记者问",
    "国家能源局科技司相关负责同志就…": r343_09, the Jiangsu account's 2652053749_2, both labelled 全国)."""
    pos, first = 0, None
    while True:
        match = rp.NATIONAL_NAME.match(line, pos)
        if not match:
            break
        first = first or match.group(0)
        pos = match.end()
        tail = re.match(r"(?:办公厅|办公室)?[\s、，,和与及]*", line[pos:])
        pos += tail.end()
    if first and re.match(r"(?:[：:]|等|联合|印发|发布|公布|关于|召开|举办|举行|部署)", line[pos:]):
        return first
    if first and rp.CENTRAL_OFFICIAL_ANSWERS.match(line, pos):
        return first
    return None


def _title_places(notice: Notice, context: _Context) -> list[Region]:
    title = _own_title(notice)
    found = find_places(title, context, zones=True)
    venues = _venues(title, found)
    places = [p for index, p in enumerate(found)
              if not _excluded(title, p) and not rp.FIRST_OF_COUNTED_LIST.match(title, p.end) and index not in venues]
    return [_with_evidence(p.region, f"标题: {title}") for p in places]


def _venues(title: str, places: list[_Place]) -> set[int]:
    """Indexes of the places a title names as where its event was held or its results announced, a chain of names
    written on after one another counted whole ("…在南昌召开", "…在无锡市梁溪区举行")."""
    venues: set[int] = set()
    first = 0
    while first < len(places):
        last = first
        while last + 1 < len(places) and places[last + 1].start == places[last].end:
            last += 1
        held_there = rp.HELD_AFTER_VENUE.match(title, places[last].end)
        if title.endswith(rp.VENUE_BEFORE, 0, places[first].start) and held_there:
            venues.update(range(first, last + 1))
        first = last + 1
    return venues


def _first_paragraph(text: str) -> str:
    """The opening of the body: its first line, or the first after a short salutation ("各企业：")."""
    lines = [line for line in text.split("\n") if line.strip()][:3]
    opening = next((line for line in lines if len(line) > 30), lines[0] if lines else "")
    return opening[:300]


def _scope_statements(text: str, context: _Context) -> list[Region]:
    """Places in sentences that say where applicants must be ("在东莞市内注册"), or in the first
    sentence under a heading such as 申报对象 / 评估对象; document titles 《…》 are not read."""
    found = []
    after_heading = False
    for line in _lines_without_contacts(text):
        is_heading = bool(rp.SCOPE_HEADING.search(line)) and len(line) <= 20
        for sentence in re.split(r"[。；;！!]", _without_cited(line)):
            if not (rp.SCOPE_STATEMENT.search(sentence) or after_heading) or rp.NOT_SCOPE_SENTENCE.search(sentence):
                continue
            if re.search(r"(?:中华人民共和国|中国|我国)境内|全国范围内", sentence):
                found.append(_with_evidence(gazetteer.NATIONAL, sentence))
            places = find_places(sentence, context)
            for place, following in zip(places, places[1:] + [None]):
                if following and _zone_after_its_place(sentence, place, following, places):
                    continue  # ("在武汉市东湖高新区的企业": the zone says where, the city only whose it is)
                if not _excluded(sentence, place) and not rp.STREET_ADDRESS_AFTER.match(sentence, place.end):
                    # (applicants in a named zone, under a heading naming them or registered there: the zone's, under
                    # its full name, r448_12, r476_06; not a hall in it, "到东湖高新区光谷科技会展中心签到注册")
                    in_zone = (after_heading or _where_applicants_are(sentence, place.start, place.end)) \
                        and not rp.VENUE_AFTER.match(sentence, place.end)
                    found.append(_with_evidence(_as_named(place, sentence) if in_zone else place.region, sentence))
            for word, level in (("我市", "市"), ("本市", "市"), ("我省", "省"), ("本省", "省")):
                if word in sentence:
                    region = _context_region(level, context)
                    if region:
                        found.append(_with_evidence(region, sentence))
            for match in rp.SCOPE_ABBREVIATION.finditer(sentence):  # "在京注册", "在蓉登记注册"
                region = gazetteer.by_code(rp.ONE_CHARACTER_NAMES[match.group("abbr")])
                if region:
                    found.append(_with_evidence(region, sentence))
            after_heading = False
        after_heading = is_heading
    return found


def _matter_regions(text: str, context: _Context) -> list[Region]:
    """Places in the sentence announcing the notice's own matter ("现将某市…项目申报工作通知如下") or the
    list it puts up for objections ("现将某市拟提名…项目进行公示"), document titles left out; none when the
    matter forwards another body's document."""
    match = rp.OWN_MATTER.search(_without_cited(text))
    matter = match and (match.group("matter") or match.group("opened") or match.group("listed"))
    if not matter or rp.FORWARDS.search(matter):
        return []
    return [_with_evidence(place.region, match.group(0)) for place in find_places(matter, context)
            if not _excluded(matter, place)]


_REST_OF_SENTENCE = re.compile(r"[^。；;\n]*[。；;]?")


def _own_county(text: str, context: _Context) -> list[Region]:
    """A text naming no issuer nor scope that speaks of its own district or county ("结合我县实际", "现开始受理我区…"): the
    district or county of its city the text names most, when a document the text cites or attaches opens with its name
    ("根据《厦门市海沧区科学技术资金管理办法》", "《永嘉县就业见习基地认定申请表》": r443_06, r476_07), the district's own
    papers, not another's studied ("学习借鉴《杭州市余杭区…》经验": the third review's); none where no district of a city
    leads (so not an autonomous region's "我区", whose text names no city's district most) nor where the name is only a
    word's part ("营销办和县脐橙协会", r461_16)."""
    plain = _without_cited(text)
    own = rp.OWN_COUNTY_WORDS.search(plain)
    county = gazetteer.by_code(context.county()) if own and context.county() else None
    if county is None or not any(not rp.STUDIED_BEFORE.search(text, max(0, cited.start() - 12), cited.start())
                                 for cited in re.finditer(rp.OWN_DOCUMENT_OPENING + re.escape(county.name), text)):
        return []
    return [_with_evidence(county, _REST_OF_SENTENCE.match(plain, own.start()).group().strip())]


def _opening_place(text: str, context: _Context) -> list[Region]:
    """The first place the title or the opening names outside cited titles and their issuers, for a
    text that names no issuer, scope or matter of its own (a news report, "2022年度吉林省科学技术奖经网评…";
    not the province whose notice a city forwards, "现将湖南省工业和信息化厅《…》转发给你们")."""
    text = re.sub(r"[\u4e00-\u9fff]{0,30}《[^》]*》", "《》", text)
    # full names only: a short form in running text is too often a word's part ("朝阳产业") or a dateline
    # ("…北京报道"); a province's short form ("湖北") gains as many texts as it loses
    places = [p for p in find_places(text, context) if text[p.end - 1] in _LEVEL_SUFFIXES]
    # the first name with those written on after it ("重庆市永川区"): the caller keeps the most specific
    chain = _run_of_places(places)
    return [_with_evidence(p.region, text[chain[0].start:chain[-1].end]) for p in chain]


def _zone_after_its_place(text: str, place: _Place, following: _Place, places: list[_Place]) -> bool:
    """Whether a named zone with a full name of its own follows a place at once and lies in it ("武汉市东湖高新区"), the
    text naming that place as a scope of its own nowhere else ("…及武汉市其他各区" keeps the city; "…且已在南京市科学技术局备案",
    a city body, does not: the code reviews')."""
    named_zone = _own_full_name(text[following.start:following.end]) is not None
    return _right_after_its_place(place, following) and named_zone \
        and not any(other.region.code == place.region.code and other.start >= following.end
                    and (rp.JOINED_ITEM.fullmatch(text, following.end, other.start)
                         or rp.REST_OF_PLACE_AFTER.match(text, other.end)) for other in places)


def _right_after_its_place(place: _Place, zone: _Place) -> bool:
    """Whether a zone is written right after the place that contains it ("武汉市东湖高新区", "重庆两江新区")."""
    return zone.start == place.end and _contains(place.region, zone.region)


def _as_named(place: _Place, text: str) -> Region:
    """A place's region, under a named zone's full name where the text names such a zone ("东湖高新区" ->
    武汉东湖新技术开发区, in 武汉市's code)."""
    full_name = _own_full_name(text[place.start:place.end])
    return replace(place.region, name=full_name) if full_name else place.region


def _run_of_places(places: list[_Place]) -> list[_Place]:
    """The first of `places` and those written on right after it ("重庆市永川区", "某省某市…局")."""
    run = places[:1]
    while len(run) < len(places) and places[len(run)].start == run[-1].end:
        run.append(places[len(run)])
    return run


# What makes the rest of a name after a district an address or a hall, not the district's body.
_NOT_A_DISTRICTS_BODY = re.compile(r"路|街(?!道)|巷|\d+号|大厦|大楼|政务服务中心|行政服务中心|便民服务中心|市民中心|服务大厅"
                                   r"|办事大厅|窗口")


def _district_body(org: str, district: _Place) -> bool:
    """Whether a body's name goes on from a district (not a zone) to the body's own name ("成都市青羊区新经济和科技局"), not
    to an address, a service hall or a body named by its level ("广州市越秀区府前路市科技局", "成都市青羊区政务服务中心": the
    code review's)."""
    if district.region.level != "county" or district.zone:
        return False
    rest = org[district.end:]
    return bool(rest) and not rp.LEVEL_ISSUER.match(rest) and not _NOT_A_DISTRICTS_BODY.search(rest)


def _places_opening(name: str, context: _Context) -> list[_Place]:
    """The places a body's name opens with, one written on after another ("江苏省南京市…局", "南京市鼓楼区省科技厅"); []
    when it opens with none."""
    places = find_places(name, context)
    return _run_of_places(places) if places and places[0].start == 0 else []


def _opening_addresses_every_province(text: str) -> bool:
    """Whether the text opens on addressees only a central body writes to (not a relay pasting them further on)."""
    return _addressed_to_every_province("\n".join(_opening_lines(text))) is not None


def _addressed_to_every_province(text: str) -> str | None:
    """"各省、自治区、直辖市…科技厅（委、局）：" — only a central body writes to every province."""
    match = rp.EVERY_PROVINCE.search(_without_cited(text))
    return match.group(0) if match else None


def _national_text(text: str, context: _Context) -> str | None:
    """A text that states no place and no local body of its own, in which a central body acts in
    the procedure ("向国家知识产权局申请…", "名单报送工业和信息化部", "国家药监局将另行公布…")
    or whose own provisions repeal a central body's document ("《商务部关于…的通知》同时废止"):
    a national policy reposted without its header. Also a report in which a central body decides, publishes or
    holds something, when its opening names no place at all ("日前，文化和旅游部决定开展…")."""
    if rp.LOCAL_SELF_REFERENCE.search(text) or rp.LEVEL_ISSUER.search(_without_cited(text)):
        return None
    opening_places: list[_Place] | None = None  # (found once, on first need)
    for sentence in re.split(r"[。；;\n]", text):
        if rp.REPEALS.search(sentence):
            for quoted in re.finditer(r"《([^》]*)》", sentence):
                if rp.NATIONAL_NAME.match(quoted.group(1).lstrip()):
                    return sentence.strip()
        plain = re.sub(r"《[^》]*》|[（(][^（）()]*[)）]", "", sentence)
        for match in rp.NATIONAL_NAME.finditer(plain):
            before = plain[max(0, match.start() - 6):match.start()]
            after = plain[match.end():match.end() + 12]  # (as far as "党组书记、部长某某")
            if rp.CITATION_BEFORE.search(plain[max(0, match.start() - 20):match.start()]):
                continue
            if rp.CENTRAL_ACTS_BEFORE.search(before) or rp.CENTRAL_ACTS_AFTER.match(after):
                return sentence.strip()
            if rp.CENTRAL_REPORTED_ACT.match(after):
                if opening_places is None:
                    opening_places = find_places(text[:_OPENING_CHARS], context)
                if not opening_places:
                    return sentence.strip()
    return None


def _procedure_regions(notice: Notice, context: _Context) -> list[Region]:
    """When no issuer is named: the level of the bodies the notice writes to and runs its procedure
    through, placed by the notice's own region. Addressees "各县（市、区）…" make the issuer a city,
    "各设区市…" a province; "报送至市科技局", "向州科技局反映", "由科技厅另行通知" name a city's or a
    province's body, and so do the body papers are taken to ("到某市人社局…提交") and the one the address
    for applications names ("报送地址：…某市人社局402室"). The lowest level evidenced decides: a city's
    notice whose city the text does not name gets the city of its landline's area code, never its province."""
    text = notice.text[:_SCAN_LIMIT]
    if _opening_addresses_every_province(text):
        return []  # a central body's notice: read by the national rules
    found: list[Region] = []
    levels: list[str] = []

    def note(level: str, region: Region | None, evidence: str) -> None:
        levels.append(level)
        if region is not None:
            found.append(_with_evidence(region, evidence))

    district_bodies: list[tuple[Region, str]] = []  # (district, evidence), read after every clause
    addressed = _addressees_issuer(text, context)
    written_to_cities = False
    city_body = False  # the addressees make the issuer a city, or a city's body acts (named by its city or its level)
    if addressed:
        level, region, addressees = addressed
        if level:
            note(level, region, f"主送: {addressees}")
        written_to_cities = level == "province"
        city_body = level == "city"
        text = text.replace(addressees, "", 1)  # the bodies written to are not the procedure's

    def note_level_body(word: str, evidence: str, forwarded_to: bool = False) -> None:
        """A body named by its level word; in a notice written to every city ("各市…："), "报市科技局"
        is each city's own body, not the issuer's level. A city's body the applicants' papers go to keeps a city's call
        from a district's body, not one a district's review forwards them to (`forwarded_to`: "经区工信局初审后，择优推荐至
        市工业和信息化局", the third review's)."""
        nonlocal city_body
        level, region = _level_body(word, context)
        if not (written_to_cities and level == "city"):
            note(level, region, evidence)
            city_body |= level == "city" and not forwarded_to

    # clauses, not lines: a text flattened into one run keeps its procedure beside its contacts
    clauses = re.split(r"[，,。；;\n]", _without_cited(text))
    for clause in clauses:
        evidence = f"经办: {clause.strip()}"
        contact = bool(rp.CONTACT_LINE.search(clause))
        for org, visited in _receiving_bodies(clause, contact):
            if rp.NATIONAL_NAME.match(org) or org.startswith(rp.NATIONAL_PREFIXES):
                continue  # a central body acting in the procedure is read by _national_text
            opening = _places_opening(org, context)
            forwarded_to = bool(rp.FORWARDED_TO_BEFORE.search(clause, 0, max(0, clause.find(org))))
            if opening and not visited and _district_body(org, opening[-1]):
                district_bodies.append((opening[-1].region, evidence))
                continue
            if opening:
                region = opening[0].region
                # (a city's body by name, with its province too, "江苏省常州市…局"; not an address nor a review's next step)
                city_body |= opening[-1].region.level == "city" and not visited and not forwarded_to
                level_body = rp.LEVEL_ISSUER.match(org, opening[-1].end) if visited else None
                if level_body:  # "受理地址：南京市鼓楼区省科技厅窗口": the street's city, then a body named by its level
                    note_level_body(level_body.group("level"), evidence)
                elif not (visited and written_to_cities and region.level != "province"):
                    # (a provincial notice's window or venue in the capital is no city's notice)
                    note("province" if region.level == "province" else "city", region, evidence)
            elif level_issuer := rp.LEVEL_ISSUER.match(org):
                note_level_body(level_issuer.group("level"), evidence, forwarded_to)
            elif rp.ZONE_BODY.match(org):  # "报送至航空基地招商一局": a zone of the notice's city
                note("city", _zone_of_body(org, context), evidence)
        if contact:
            continue
        places_at = None  # (the clause's place names, found on first need)
        for match in rp.PROCEDURE_LEVEL_BODY.finditer(clause):
            if match.group("level") in ("区", "县"):  # "区" may be a zone's, "县" any of the city's
                continue
            places_at = places_at if places_at is not None else {p.start for p in find_places(clause, context)}
            if match.start() not in places_at:  # (not a district's name: "报送至市北区人力资源社会保障局", r482_10)
                note_level_body(match.group("level"), evidence,
                                bool(rp.FORWARDED_TO_BEFORE.search(clause, 0, match.start())))
        for match in rp.PROVINCIAL_DEPARTMENT.finditer(clause):
            note(*_level_body("省", context), evidence)
    for district, evidence in district_bodies:
        # "反馈至成都市青羊区新经济和科技局": a district's own body runs the procedure, unless a city's body does or the
        # addressees make the issuer a city (a city's call may route one district's firms to that district's bureau).
        # ("city" is the level below the province here, a district's included.)
        note("city", _city_of(district) if city_body else district, evidence)
    if not levels:
        return []
    lowest = "city" if "city" in levels else "province"
    regions = [r for r in _most_specific(found) if lowest == "province" or r.level != "province"
               or r.code in rp.MUNICIPALITY_CODES]
    if not regions and lowest == "city":
        regions = _city_of_landline(text, context)
    return regions


def _receiving_bodies(clause: str, contact: bool) -> list[tuple[str, bool]]:
    """The bodies a clause sends applications to, each with whether it is one papers are taken or sent to (`visited`:
    "到某局…提交", "报送地址：…某局402室"), whose place may be only where its window sits. A contact line is read only
    for the address applications are sent to."""
    if contact:
        return [(match.group("org"), True) for match in rp.SENT_TO_ADDRESS.finditer(clause)]
    return [(match.group("org"), False) for match in rp.RECEIVED_BY.finditer(clause)] + \
        [(match.group("org"), True) for match in rp.RECEIVED_AT.finditer(clause)]


def _report_organiser(notice: Notice, context: _Context) -> list[Region]:
    """A report naming no issuer: the region of the body it opens with as the one that held the
    meeting or training ("区经委在…组织开展…培训会"), at that body's level."""
    paragraph = _first_paragraph(notice.text)
    match = rp.REPORT_ORGANISER.search(paragraph)
    if match:
        region = _context_region(match.group("level"), context)
        return [_with_evidence(region, f"主办: {match.group(0).strip('。！？；,， ')}")] if region else []
    named = rp.NAMED_ORGANISER.search(paragraph)  # "近日，某市市场监管局组织开展…": the body's own place
    if named and rp.NATIONAL_NAME.match(named.group("org")) and not find_places(paragraph, context) \
            and not find_places(notice.text[:_OPENING_CHARS], context):
        # a central body's, in a report naming no place ("2020年8月6日，工业和信息化部信息技术发展司组织召开…推进会",
        # "国务院新闻办公室于…举行新闻发布会": r131_19, r131_08): the whole country (not a central body's local office,
        # "国家税务总局苏州市税务局", nor a local report opening with the ministry's meeting)
        return [_with_evidence(gazetteer.NATIONAL, f"主办: {named.group('org')}")]
    if named:
        chain = _places_opening(named.group("org"), context)  # ("某省某市…局": the last is the body's)
        return [_with_evidence(chain[-1].region, f"主办: {named.group('org')}")] if chain else []
    return []


def _level_body(level: str, context: _Context) -> tuple[str, Region | None]:
    """A body named by its level word: "province" or "city", and the notice's region at that level."""
    return ("province" if level in rp.PROVINCE_LEVEL_WORDS else "city"), _context_region(level, context)


def _addressees_issuer(text: str, context: _Context) -> tuple[str | None, Region | None, str] | None:
    """The issuer's level and region from the addressee line: the province or city holding the
    places named there, else the notice's own. A line whose addressees show no level ("市科技局，
    各高新区，各有关单位：") gives none, but is still returned: its bodies are written to, not the
    procedure's."""
    addressees = _addressee_line(text)
    if addressees is None:
        return None
    places = [p.region for p in find_places(addressees, context) if not _excluded(addressees, p)]
    if rp.ADDRESSES_CITIES.search(addressees):
        level, holders = "province", [gazetteer.by_code(r.code[:2] + "0000") for r in places]
    elif rp.ADDRESSES_COUNTIES.search(addressees):
        level, holders = "city", [_city_of(r) for r in places]
    else:
        return None, None, addressees
    codes = {h.code: h for h in holders if h is not None}
    if codes:
        region = codes.popitem()[1] if len(codes) == 1 else None
    else:
        region = _context_region("省" if level == "province" else "市", context)
    return level, region, addressees


def _written_to_cities(text: str) -> bool:
    """Whether the notice opens by writing to a province's cities or prefectures ("各市州经信委："), not to a
    city's county-level cities and districts ("各市（区）农业农村局：")."""
    addressees = _addressee_line(text)
    return bool(addressees and rp.ADDRESSES_CITIES.search(addressees)
                and not rp.ADDRESSES_COUNTY_LEVEL.search(addressees))


def _addressee_line(text: str) -> str | None:
    """The line a notice opens by writing to its bodies ("各县（市、区）科技局，各有关单位："), if any."""
    lines = _opening_lines(text)
    for at, line in enumerate(lines):
        match = rp.ADDRESSEES.match(line.strip())
        if match and "各" in match.group("line"):
            return match.group("line")
        uncoloned = uncoloned_addressees(lines[at:])
        if uncoloned:
            return uncoloned
    return None


def _city_of(region: Region) -> Region | None:
    """The city a county or zone lies in (a municipality is its own city); a city itself."""
    if region.level == "county":  # 济源市 has no prefecture: it is its own city
        return region if gazetteer.directly_under_province(region.code) else gazetteer.by_code(region.code[:4] + "00")
    return region if _is_city(region) else None


def _city_of_landline(text: str, context: _Context) -> list[Region]:
    """The city whose area code the notice's first landline carries ("0373-5828882" -> 新乡市), when
    that code is one city's and lies in the notice's province."""
    match = rp.LANDLINE.search(text)
    if not match:
        return []
    codes = _cities_by_area_code().get(match.group("area") or match.group("paren"), ())
    if len(codes) != 1 or (context.province and not codes[0].startswith(context.province)):
        return []
    region = gazetteer.by_code(codes[0])
    return [_with_evidence(region, f"电话区号: {match.group(0)}")] if region else []


@cache
def _cities_by_area_code() -> dict[str, tuple[str, ...]]:
    """Area code -> the codes of the cities (and counties outside any prefecture) that use it."""
    cities: dict[str, list[str]] = {}
    for code in [*rp.MUNICIPALITY_CODES, *areacodes.expected_codes()]:
        area = areacodes.area_code(code)
        if area:
            cities.setdefault(area, []).append(code)
    return {area: tuple(codes) for area, codes in cities.items()}


def _narrower_scope(found: list[Region], stated: list[Region]) -> list[Region]:
    """The scope is where applicants must be, as specific as the notice states: one place, inside the
    issuer's region, that the statements of where applicants are name ("在渝北区行政区域内注册" in a
    municipality's call) narrows it. Not when they also name the issuer's region itself ("在苏州市注册的
    企业…（含昆山市）", "吴中区注册的企业由所在区推荐") or several places ("南京、苏州等地注册的企业")."""
    if any(_registers_in(s) and any(s.code == f.code or _contains(s, f) for f in found) for s in stated):
        return []
    inside = {s.code: s for s in stated if any(f.code != s.code and _contains(f, s) for f in found)}
    return list(inside.values()) if len(inside) == 1 else []


def _registers_in(stated: Region) -> bool:
    """Whether the statement names the region as where applicants are ("在苏州市注册", "苏州市行政区域内",
    "须在本市注册"), not as part of a programme's name ("完成重庆市科技型企业入库")."""
    sentence = stated.evidence
    named = re.finditer(re.escape(stated.name), sentence)
    return any(_where_applicants_are(sentence, m.start(), m.end()) for m in named) \
        or bool(rp.REGISTERED_IN_OWN_REGION.search(sentence))


def _where_applicants_are(sentence: str, start: int, end: int) -> bool:
    """Whether a statement names the place at sentence[start:end] as where applicants are: after 在 ("在苏州市注册", "注册地
    均在东湖高新区") or before words of where one registers ("苏州市行政区域内", "苏州市注册")."""
    return sentence.endswith("在", 0, start) or rp.WHERE_REGISTERED_AFTER.match(sentence, end) is not None


def _title_self_reference(title: str, context: _Context) -> list[Region]:
    """A news title naming its own prefecture or league ("我州4户企业进入…评审", "我盟召开…会"): the
    region of the body whose report it is, as the context knows it. (Not 我市: a county-level city
    says it too, and the context knows only its prefecture.)"""
    match = rp.OWN_PREFECTURE.search(title)
    if not match:
        return []
    region = _context_region(match.group(1), context)
    return [_with_evidence(region, f"标题: {title}")] if region else []


def _home_region(text: str, context: _Context) -> list[Region]:
    """"我市" / "我省" in a notice whose city or province is known: the notice's own region."""
    for words, level in ((rp.OWN_CITY_WORDS, "市"), (rp.OWN_PROVINCE_WORDS, "省")):
        for word in words:
            at = text.find(word)
            if at >= 0:
                region = _context_region(level, context)
                if region:
                    return [_with_evidence(region, text[max(0, at - 20):at + 30])]
    return []


def _digest_regions(notice: Notice, context: _Context) -> list[Region]:
    """The union over a roundup's items: central bodies named anywhere, and local bodies' places."""
    found: list[Region] = []
    body = "\n".join(_lines_without_contacts(notice.text))
    central = rp.NATIONAL_NAME.search(body)
    if central:
        found.append(_with_evidence(gazetteer.NATIONAL, central.group(0)))
    for match in _ORG.finditer(body):
        org = match.group(0)
        if _ORG_NOISE.search(org) or "各" in body[max(0, match.start() - 12):match.start()]:
            continue  # "报各省、自治区…、新疆生产建设兵团…主管部门" addresses everyone
        for place in find_places(org, context):
            if place.start == 0:
                found.append(_with_evidence(place.region, org))
    if re.search(r"省\s*级", body) and context.province:
        found.append(_with_evidence(gazetteer.by_code(context.province + "0000"), "省级"))
    return found


def extract_regions(notice: Notice) -> list[Region]:
    """The notice's scope regions, most specific first-stated, each with its evidence."""
    context = _context(notice)
    tags = []
    for tag in notice.title_tags:
        zone = [p.region for p in find_places(tag, context, zones=True) if p.zone and p.end == len(tag)]
        region = zone[0] if zone else gazetteer.lookup(tag, context.province and context.province + "0000")
        found = [region] if region is not None else issuer_regions(tag, context)  # "省工信厅丨…", "工信部丨…"
        tags.extend(_with_evidence(r, f"标题标签: {tag}") for r in found)
    issuers = tags + _issuers(notice, context)
    titled = _title_places(notice, context)
    if issuers:
        titled = [t for t in titled if any(_contains(i, t) for i in issuers)]

    if _is_digest(notice):
        union = issuers + titled + _digest_regions(notice, context)
        return list({r.code: r for r in union}.values())

    if not issuers:
        issuers = _title_self_reference(_own_title(notice), context)
    if not issuers:
        procedure = _procedure_regions(notice, context) or _report_organiser(notice, context)
        if procedure:
            issuers = procedure
            titled = [t for t in titled if any(_contains(i, t) for i in issuers)]
    found = issuers + titled
    if found:
        found += _narrower_scope(found, _scope_statements(notice.text, context))
    if not found:
        statement = _published_by_central_body(_first_paragraph(notice.text))
        if statement:
            found = [_with_evidence(gazetteer.NATIONAL, statement)]
    if not found:
        addressees = _addressed_to_every_province(notice.text[:_SCAN_LIMIT])
        if addressees:
            found = [_with_evidence(gazetteer.NATIONAL, addressees)]
    if not found:
        found = _scope_statements(notice.text, context)
    if not found:
        found = _home_region(notice.text, context)
    if not found:
        found = _matter_regions(notice.text[:_SCAN_LIMIT], context)
    if not found:
        found = _own_county(notice.text[:_SCAN_LIMIT], context)
    if not found:
        statement = _national_text(notice.text[:_SCAN_LIMIT], context)
        if statement:
            found = [_with_evidence(gazetteer.NATIONAL, statement)]
    account = notice.account or ""
    # the scope of a text posted on its body's own account that names no issuer and no place, and of one whose
    # regions all contain the body's ("奉贤区市场监督管理局" posting "上海丨…": a district's reposted call is the
    # district's, as a city bureau's reposted provincial call is the city's)
    own = _own_account_regions(notice, context)
    if own and all(_is_city_or_below(r) for r in own) and _written_to_cities(notice.text):
        # a city's account posting its province's text as it stands, written to the province's cities
        # ("各市州经信委：…省经信委科技处" on 岳阳市经信委's account, r285_06, r283_05): the province's
        own = []
    if own and (not found or all(any(f.code != r.code and f.level != "country" and _contains(f, r) for f in found)
                                 for r in own)):
        found += own
    elif own and all(_is_zone(r) and all(_holds_zone(f, r) for f in found) for r in own) \
            and not _names_another_zone(notice.text, context, own) and not rp.ZONE_BRANCH.search(account):
        # a zone's own account ("石家庄高新区科技局", "西安经开区工信局") posting a text placed only in its city
        # (a signature "高新区科技局", "根据…市工信局通知"): the zone's, which shares the city's code
        found = own
    if not found:
        found = _contact_unit(notice.text, context, national=True)
    if not found:
        found = _opening_place(_own_title(notice) + "\n" + notice.text[:_OPENING_CHARS], context)
    if not found:
        found = _local_outlet_place(account, context)
    if not found:
        found = _contact_unit(notice.text, context, national=False)
    entries = _entries_listed(notice, context)
    if entries and found and all(any(f.code != e.code and _contains(f, e) for f in found) for e in entries):
        found = entries  # a list of places, named whole: where its entries are
    counted = _own_entries_counted(notice, context)
    if counted and all(f.level == "country" or f.code != counted[0].code and _contains(f, counted[0]) for f in found):
        found = counted  # a local report of its own entries in a list a province or the country published
    regions = _most_specific(found)
    logger.debug("regions of %s: %s", notice.id or notice.title[:20], [r.name for r in regions])
    return regions
