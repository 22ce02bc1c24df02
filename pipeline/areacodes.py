"""Telephone area codes of China's cities, by GB/T 2260 code ("320506" 吴中区 -> "0512").

The table, pipeline/data/area_codes.txt, lists every prefecture-level division of mainland China,
the county-level divisions no prefecture contains (仙桃市, 石河子市 …) and the few counties whose
code differs from their prefecture's (格尔木市 0979). It is generated offline by
tools/build_area_codes.py from the area-code descriptions of the `phonenumbers` geocoder ("86743" ->
"湖南省湘西土家族苗族自治州") with `derive_table` below, completed by the reviewed corrections of
pipeline/patterns/phones.py (AREA_CODE_OVERRIDES); reading the file costs nothing at run time,
where loading the geocoder's data would take most of a second in every process.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("data") / "area_codes.txt"

# The four municipalities are one region at province level, with one area code each.
_MUNICIPALITIES = ("110000", "120000", "310000", "500000")
# Hong Kong, Macao and Taiwan are outside the +86 numbering plan.
_OUTSIDE_PLAN = ("71", "81", "82")
# Two-digit area codes (after the 0); every other area code has three digits.
_TWO_DIGIT = ("10", "20", "21", "22", "23", "24", "25", "27", "28", "29")


@cache
def _table() -> dict[str, str]:
    table = {}
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, area = line.split("\t")[:2]
            table[code] = area
    return table


def area_code(region_code: str) -> str | None:
    """Area code of the city a region lies in: its own entry (a municipality, a city, a county
    the table names, 海南省 with one code), else its prefecture's; None for 全国, a province of
    several codes or an unknown code."""
    code = (region_code or "").strip()[:6]
    table = _table()
    if code[:2] + "0000" in _MUNICIPALITIES:
        return table.get(code[:2] + "0000")
    if code.endswith("0000"):
        return table.get(code)
    return table.get(code) or table.get(code[:4] + "00")


@cache
def known_area_codes() -> frozenset[str]:
    """Every area code in the table ("025", "0512" …)."""
    return frozenset(_table().values())


# --- building the table (tools/build_area_codes.py) ---------------------------------------------

def _province_forms() -> list[tuple[str, str]]:
    """(written form, province code), longest first: "内蒙古自治区", "内蒙古", "江苏省", "江苏" …"""
    from pipeline import gazetteer

    forms = []
    for regions in gazetteer.name_index().values():
        for region in regions:
            if region.level == "province" and region.code[:2] not in _OUTSIDE_PLAN:
                stem = re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区)$", "", region.name)
                forms += [(region.name, region.code), (stem, region.code)]
    return sorted(set(forms), key=lambda form: -len(form[0]))


def _place_key(place: str, province: str) -> str | None:
    """The table key of a place a description names inside a province: a city's own code, a
    county's prefecture, or a county's own code where no prefecture contains it. Old names of
    renamed prefectures are tried too ("林芝地区" is now 林芝市)."""
    from pipeline import gazetteer

    stem = re.sub(r"地区$", "", place)
    for name in dict.fromkeys((place, stem, stem + "市", stem + "地区")):
        region = gazetteer.lookup(name, province)
        if region is None or region.code[:2] != province[:2] or region.level not in ("city", "county"):
            continue
        if region.level == "county":
            city = gazetteer.by_code(region.code[:4] + "00")
            if city is not None and city.level == "city":
                return city.code
        return region.code
    return None


def derive_table() -> tuple[dict[str, str], list[str]]:
    """GB/T 2260 code -> area code from the geocoder's Chinese descriptions of +86 area codes, and
    the problems met (unread places, places given two codes), for the build script to print. The
    first code met wins a conflict; AREA_CODE_OVERRIDES settles the real ones."""
    from phonenumbers.geodata import GEOCODE_DATA

    from pipeline.patterns import phones as pp

    provinces = _province_forms()
    table: dict[str, str] = {}
    problems: list[str] = []
    # area codes only: "86" + a two-digit code or 3 digits; other 861… keys are mobile prefixes,
    # and a four-digit key that is no two-digit code ("8634" for 0349) is left to the overrides
    keys = sorted(k for k in GEOCODE_DATA if k.startswith("86") and (
        len(k) == 4 and k[2:] in _TWO_DIGIT or len(k) == 5 and k[2] != "1"))
    for key in keys:
        area = "0" + key[2:]
        description = (GEOCODE_DATA[key].get("zh") or "").strip()
        parts = [p for p in description.split("、") if p]
        province = next(((form, code) for form, code in provinces if parts and parts[0].startswith(form)), None)
        if province is None:
            problems.append(f"{area} {description}: no province")
            continue
        parts[0] = parts[0][len(province[0]):]
        for place in parts:
            target = province[1] if not place and province[1] in _MUNICIPALITIES else (
                _place_key(place, province[1]) if place else None)
            if target is None:
                if place:
                    problems.append(f"{area} {description}: {place} not found")
                continue
            if table.setdefault(target, area) != area:
                problems.append(f"{area} {description}: {target} already has {table[target]}")
    expected = expected_codes()
    for code, area in pp.AREA_CODE_OVERRIDES.items():
        table[code] = area
        if code.endswith("0000"):  # a whole province
            table.update({inner: area for inner in expected if inner[:2] == code[:2]})
    return table, problems


def expected_codes() -> list[str]:
    """Codes the table must hold: every prefecture-level division of mainland China and every
    county-level division no prefecture contains."""
    from pipeline import gazetteer

    codes = []
    for regions in gazetteer.name_index().values():
        for region in regions:
            if region.code[:2] in _OUTSIDE_PLAN or region.level not in ("city", "county"):
                continue
            if region.level == "city" or gazetteer.by_code(region.code[:4] + "00") is None:
                codes.append(region.code)
    return sorted(set(codes) - set(_MUNICIPALITIES))


def format_table(table: dict[str, str], source: str) -> str:
    from pipeline import gazetteer

    lines = [
        "# Telephone area codes by GB/T 2260 code: code<TAB>area code<TAB>name.",
        f"# Generated by tools/build_area_codes.py from {source} and",
        "# AREA_CODE_OVERRIDES (pipeline/patterns/phones.py); do not edit by hand.",
    ]
    for code in sorted(table):
        region = gazetteer.by_code(code)
        lines.append(f"{code}\t{table[code]}\t{region.name if region else '?'}")
    return "\n".join(lines) + "\n"
