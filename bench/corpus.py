"""Synthetic corpora for the benchmark, generated from the bundled sample (data/samples/).

Record `i` of a corpus is a function of (seed, i) only: each record has its own random generator, so
a corpus of 1,000 is the first 1,000 records of the corpus of 100,000 with the same seed, and "100 new
notices" for a corpus of N are simply records N … N+99.

Each record starts from one sample notice and varies what a real feed varies:
- regions: the Jiangsu cities of the sample are remapped to other Jiangsu cities or, for most records,
  the province and its cities are replaced by another province's (so region filters select subsets);
- dates: every date in title and text, and the publication date, move by the same number of days (so
  deadlines stay after publication); bare years (2025年度) move with them;
- numbers: amounts are scaled, phone numbers and document numbers redrawn, batch ordinals changed;
- titles: region tag, year and batch vary, some get a suffix;
- lengths: some texts are cut at a sentence boundary, others get sentences of another notice appended.

Records are written in the sample's own WeChat-dump keys as JSON Lines, so `huiqi import` reads them
with the default field mapping. Corpora live under bench/corpus/ (git-ignored) and are reused when
present; GENERATOR_VERSION is part of the file name, so a changed generator never reuses old files.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

GENERATOR_VERSION = 1
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples" / "notices_dev.json"
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"

# Cities of the sample's province as they appear in it (short forms), and the provinces substituted.
JIANGSU_CITIES = ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁")
PROVINCES: dict[str, tuple[str, tuple[str, ...]]] = {
    # full name: (short name, cities)
    "江苏省": ("江苏", JIANGSU_CITIES),
    "浙江省": ("浙江", ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州")),
    "广东省": ("广东", ("广州", "深圳", "珠海", "佛山", "东莞", "中山", "惠州", "江门")),
    "山东省": ("山东", ("济南", "青岛", "烟台", "潍坊", "淄博", "威海", "临沂", "济宁")),
    "安徽省": ("安徽", ("合肥", "芜湖", "蚌埠", "马鞍山", "安庆", "滁州", "阜阳")),
    "四川省": ("四川", ("成都", "绵阳", "德阳", "宜宾", "泸州", "南充")),
    "湖北省": ("湖北", ("武汉", "宜昌", "襄阳", "荆州", "黄石", "十堰")),
    "福建省": ("福建", ("福州", "厦门", "泉州", "漳州", "莆田", "龙岩")),
}
JIANGSU_SHARE = 0.35  # the rest move to another province

# Longest first, so 连云港 is replaced before any shorter name could match inside it.
_CITY_RE = re.compile("|".join(sorted(JIANGSU_CITIES, key=len, reverse=True)))
_PROVINCE_RE = re.compile(r"江苏省|江苏")
_DATE_RE = re.compile(
    r"(?P<ymd>(?P<y1>\d{4})年(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日)"
    r"|(?P<iso>(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2}))"
    r"|(?P<md>(?<![\d年])(?P<m3>\d{1,2})月(?P<d3>\d{1,2})日)"
    r"|(?P<year>(?<!\d)20\d\d(?=年|〕))"
)
_AMOUNT_RE = re.compile(r"(?<![\d.])(\d{1,6}(?:\.\d+)?)(?=(?:万元|亿元|万))")
_LANDLINE_RE = re.compile(r"(?<!\d)(0\d{2,3})(-?)(\d{7,8})(?!\d)")
_MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_DOCNO_RE = re.compile(r"〔(\d{4})〕(\d{1,4})号")
_BATCH_RE = re.compile(r"第[一二三四五六七八九]批")
_SENTENCE_RE = re.compile(r"(?<=[。！？；])")
ORDINALS = "一二三四五六七八九"
AMOUNT_FACTORS = (0.2, 0.5, 1, 1, 2, 3, 5, 10)
TITLE_SUFFIXES = ("", "", "", "（第{n}批）", "的通知", "（{y}年修订）", "（补充通知）", "工作启动")


@cache
def samples() -> tuple[dict, ...]:
    with open(SAMPLES, encoding="utf-8") as f:
        return tuple(json.load(f))


def corpus_path(size: int, seed: int, start: int = 0) -> Path:
    suffix = f"-from{start}" if start else ""
    return CORPUS_DIR / f"notices-v{GENERATOR_VERSION}-seed{seed}-{size}{suffix}.jsonl"


def _shift_dates(text: str, delta: timedelta, base_year: int) -> str:
    years = (date(base_year, 7, 1) + delta).year - base_year

    def replace(m: re.Match) -> str:
        try:
            if m["ymd"]:
                d = date(int(m["y1"]), int(m["m1"]), int(m["d1"])) + delta
                return f"{d.year}年{d.month}月{d.day}日"
            if m["iso"]:
                d = date(int(m["y2"]), int(m["m2"]), int(m["d2"])) + delta
                return d.isoformat()
            if m["md"]:
                d = date(base_year, int(m["m3"]), int(m["d3"])) + delta
                return f"{d.month}月{d.day}日"
        except ValueError:  # 2月30日 and the like: left as written
            return m[0]
        return str(int(m["year"]) + years)

    return _DATE_RE.sub(replace, text)


def _region_mapper(rng: random.Random):
    if rng.random() < JIANGSU_SHARE:
        province, (short, cities) = "江苏省", PROVINCES["江苏省"]
    else:
        province = rng.choice([p for p in PROVINCES if p != "江苏省"])
        short, cities = PROVINCES[province]
    city_map = {c: rng.choice(cities) for c in JIANGSU_CITIES}

    def apply(text: str) -> str:
        text = _CITY_RE.sub(lambda m: city_map[m[0]], text)
        if province != "江苏省":
            text = _PROVINCE_RE.sub(lambda m: province if m[0] == "江苏省" else short, text)
        return text

    return apply, province


def _number_varier(rng: random.Random):
    """One scaling factor and one batch ordinal per record, so title and text agree."""
    factor = rng.choice(AMOUNT_FACTORS)
    batch = f"第{ORDINALS[rng.randrange(5)]}批"

    def amount(m: re.Match) -> str:
        value = float(m[1]) * factor
        return f"{value:.0f}" if value >= 1 else f"{value:.1f}"

    def apply(text: str) -> str:
        text = _AMOUNT_RE.sub(amount, text)
        text = _LANDLINE_RE.sub(lambda m: f"{m[1]}{m[2]}{rng.randrange(10 ** (len(m[3]) - 1), 10 ** len(m[3]))}", text)
        text = _MOBILE_RE.sub(lambda m: f"1{rng.choice('3589')}{rng.randrange(10 ** 8, 10 ** 9)}", text)
        text = _DOCNO_RE.sub(lambda m: f"〔{m[1]}〕{rng.randrange(1, 999)}号", text)
        return _BATCH_RE.sub(batch, text)

    return apply


def _vary_length(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return text
    sentences = [s for s in _SENTENCE_RE.split(text) if s]
    if roll < 0.75 and len(sentences) > 4:  # cut: keep 40-90 % of the sentences
        keep = max(3, int(len(sentences) * rng.uniform(0.4, 0.9)))
        return "".join(sentences[:keep])
    other = rng.choice(samples())["finalContent"] or ""  # extend with part of another notice
    extra = [s for s in _SENTENCE_RE.split(other) if s]
    if not extra:
        return text
    take = extra[: max(1, int(len(extra) * rng.uniform(0.3, 1.0)))]
    return text + "".join(take)


def generate_record(seed: int, i: int) -> dict:
    """Record `i` of the corpus for `seed`: a dict in the sample's keys (WeChat dump format)."""
    rng = random.Random(f"huiqi-bench:{seed}:{i}")
    base = rng.choice(samples())
    published = date.fromisoformat(base["时间time"][:10])
    delta = timedelta(days=rng.randint(-730, 240))
    map_regions, province = _region_mapper(rng)

    title = map_regions(base["标题title"])
    text = map_regions(base.get("finalContent") or "")
    text = _vary_length(text, rng)
    vary_numbers = _number_varier(rng)
    text, title = vary_numbers(text), vary_numbers(title)
    suffix = rng.choice(TITLE_SUFFIXES).format(n=ORDINALS[rng.randrange(5)], y=published.year)
    if suffix and not title.endswith(suffix):
        title += suffix
    title = _shift_dates(title, delta, published.year)
    text = _shift_dates(text, delta, published.year)

    sn = hashlib.sha1(f"{seed}:{i}".encode()).hexdigest()[:32]
    account = base.get("公众号名称") or ""
    if province != "江苏省" and rng.random() < 0.8:
        account = f"{PROVINCES[province][0]}中小企业公共服务平台"
    return {
        "文章标识符aid": f"bench{seed}_{i}",
        "标题title": title,
        "链接url": f"http://mp.weixin.qq.com/s?__biz=QmVuY2g{seed}&mid={3000000000 + i}&idx=1&sn={sn}&chksm=0#rd",
        "时间time": (published + delta).isoformat(),
        "公众号名称": account,
        "finalContent": text,
    }


def write_corpus(path: Path, seed: int, count: int, start: int = 0) -> Path:
    """Write records start … start+count-1 as JSON Lines (atomically: a .tmp file renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        for i in range(start, start + count):
            out.write(json.dumps(generate_record(seed, i), ensure_ascii=False))
            out.write("\n")
    os.replace(tmp, path)
    return path


def ensure_corpus(size: int, seed: int, start: int = 0) -> tuple[Path, bool]:
    """The corpus file for (size, seed, start), generated unless already present; (path, generated)."""
    path = corpus_path(size, seed, start)
    if path.exists():
        return path, False
    return write_corpus(path, seed, size, start), True
