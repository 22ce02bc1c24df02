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

A second generator, generate_varied_record (the "varied" corpus, below), also replaces each record's
programme and topic words, region and year, so a common programme is in a few per cent of records,
not a fifth as in this templated one.

Records are written in the sample's own WeChat-dump keys as JSON Lines, so `huiqi import` reads them
with the default field mapping. Corpora live under bench/corpus/ (git-ignored) and are reused when
present; GENERATOR_VERSION (VARIED_VERSION for the varied corpus) is part of the file name, so a
changed generator never reuses old files.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
from collections.abc import Callable
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


def corpus_path(size: int, seed: int, start: int = 0, variant: str = "templated") -> Path:
    suffix = f"-from{start}" if start else ""
    stem = f"notices-v{GENERATOR_VERSION}" if variant == "templated" else f"notices-{variant}-v{VARIED_VERSION}"
    return CORPUS_DIR / f"{stem}-seed{seed}-{size}{suffix}.jsonl"


def _shift_dates(text: str, delta: timedelta, base_year: int, years: int | None = None,
                 pattern: re.Pattern = _DATE_RE) -> str:
    if years is None:
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

    return pattern.sub(replace, text)


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


# ------------------------------------------------------------------------------------------------
# The "varied" corpus. The templated records above keep each sample's programme and topic words, so a
# programme common in the 62 samples (专精特新, 知识产权) is in a fifth to a quarter of any corpus
# made from them, and a search for it matches that share of 100k notices — more than a real feed would.
# Here each record also draws its own programmes and topics, region (any of 26 provinces, with real
# cities and districts) and year (2016–2026), so a single programme is in a few per cent of records.
# Same record format and the same (seed, i) determinism as the templated corpus.

VARIED_VERSION = 1  # in the file name: raise it whenever generate_varied_record's output changes
VARIED_YEARS = range(2016, 2027)

# Programme names as notices write them: what a record's programme spans are replaced by.
PROGRAMMES = tuple("""
高新技术企业认定 专精特新中小企业 专精特新“小巨人”企业 创新型中小企业 制造业单项冠军 隐形冠军企业 链主企业
企业技术中心 工业设计中心 首台（套）重大技术装备 首台套保险补偿 首版次软件 新材料首批次 首购首用
绿色工厂 绿色供应链管理企业 绿色设计产品 绿色低碳园区 节能降碳 清洁生产审核 节水型企业 碳足迹 绿色电力消费
智能制造示范工厂 智能制造优秀场景 智能工厂 数字化车间 5G工厂 服务型制造示范 两化融合管理体系贯标
工业互联网平台 工业互联网标识解析 数字化转型 中小企业数字化转型试点 数据要素 算力券 人工智能应用场景
技术改造 科技型中小企业评价 瞪羚企业 独角兽企业 民营科技企业 技术先进型服务企业 总部企业 上市后备企业 小升规
知识产权示范企业 知识产权优势企业 知识产权质押融资 专利导航 商标品牌价值提升 质量标杆 政府质量奖 首席质量官 标准化建设
中试平台 科技企业孵化器 众创空间 小微企业创业创新基地 中小企业公共服务示范平台 中小企业特色产业集群 先进制造业集群
工程技术研究中心 重点实验室 新型研发机构 技术创新中心 制造业创新中心 产业技术研究院 外资研发中心
揭榜挂帅 科技成果转化 产学研合作 创新联合体 重大科技专项 科技攻关 创新券 科技保险
博士后科研工作站 博士后创新实践基地 院士工作站 企业研究生工作站 高层次人才计划 领军人才 高技能人才培训基地 技能大师工作室
外贸发展专项资金 跨境电商 服务外包 电子商务示范企业 供应链创新与应用示范 服务业集聚区
文化产业 工业旅游示范基地 老字号 农业产业化龙头企业 软件产品 重点软件企业 信息技术应用创新
""".split())
# Industries and technologies: what a record's topic spans are replaced by.
TOPICS = tuple("""
人工智能 生物医药 集成电路 新能源汽车 光伏 新型储能 氢能 低空经济 机器人 高端装备 新材料 医疗器械 电子信息
软件和信息服务 航空航天 海洋经济 现代农业 纺织服装 数字创意 网络安全 工业母机 智能网联汽车 节能环保 物联网
区块链 量子信息 生物制造 北斗应用 绿色建筑 预制菜
""".split())
# Programme and topic words of data/samples/ beyond those above. Every occurrence of any of these words
# or of those above in a sample is replaced (each distinct word by one draw per record), with guards
# where the same characters mean something else: 提高企业, 知识产权局 (an office), 苏工信创新〔…〕 (a
# document number), 电子信息司 (an office).
SAMPLE_PROGRAMMES = tuple("""
专精特新“小巨人”企业 专精特新中小企业 专精特新企业 专精特新 高新技术企业 高企 企业技术中心 中小企业数字化转型
数字化转型 智能工厂 绿色工厂 工业互联网平台 工业互联网 软件企业 民营科技企业 知识产权 揭榜挂帅 中试平台 技术改造
5G工厂 技术先进型服务企业 总部企业 创新联合体 绿色电力消费 中国质量奖 制造业单项冠军企业 单项冠军 瞪羚企业 瞪羚
独角兽 孵化器 新型研发机构 科技成果转化 高端人才 领军型创新人才 博士后创新实践基地 商标品牌 碳足迹
信息技术应用创新 信创 智能制造 科技攻关 太湖人才计划 应用场景
""".split())
SAMPLE_TOPICS = tuple("人工智能 生物医药 集成电路 光伏 锂电池 新能源汽车 新能源 电子信息 医疗器械 高端装备 云计算 大数据".split())
_GUARDS = {"高企": (r"(?<!提)", r"(?!业)"), "知识产权": ("", r"(?!局|保护中心|管理综合服务)"),
           "信创": (r"(?<!工)", ""), "电子信息": ("", r"(?!司)")}

# Provinces and autonomous regions (the municipalities are left out: their districts sit directly under
# them, which the samples' province–city–district wording does not fit): short name, and for a few
# cities each some of their districts and county-level divisions.
REGIONS: dict[str, tuple[str, dict[str, str]]] = {
    "江苏省": ("江苏", {"南京": "玄武区 秦淮区 建邺区 鼓楼区 江宁区", "无锡": "梁溪区 滨湖区 新吴区 江阴市 宜兴市",
                      "徐州": "云龙区 铜山区 邳州市", "常州": "天宁区 钟楼区 新北区 武进区 溧阳市",
                      "苏州": "姑苏区 吴中区 相城区 昆山市 常熟市 张家港市", "南通": "崇川区 通州区 海门区 如皋市",
                      "连云港": "海州区 连云区 赣榆区 东海县", "淮安": "清江浦区 淮阴区 涟水县",
                      "盐城": "亭湖区 盐都区 大丰区 东台市", "扬州": "广陵区 邗江区 江都区 仪征市",
                      "镇江": "京口区 润州区 丹徒区 丹阳市", "泰州": "海陵区 高港区 姜堰区 泰兴市 靖江市",
                      "宿迁": "宿城区 宿豫区 沭阳县"}),
    "浙江省": ("浙江", {"杭州": "西湖区 滨江区 余杭区 萧山区", "宁波": "鄞州区 北仑区 慈溪市 余姚市",
                      "温州": "鹿城区 瑞安市 乐清市", "嘉兴": "南湖区 海宁市 桐乡市", "湖州": "吴兴区 长兴县 德清县",
                      "绍兴": "越城区 柯桥区 诸暨市", "金华": "婺城区 义乌市 永康市", "台州": "椒江区 温岭市 玉环市"}),
    "广东省": ("广东", {"广州": "天河区 黄埔区 番禺区", "深圳": "南山区 福田区 宝安区 龙岗区", "珠海": "香洲区 斗门区",
                      "佛山": "顺德区 南海区 禅城区", "惠州": "惠城区 惠阳区 博罗县", "江门": "蓬江区 台山市 鹤山市",
                      "汕头": "金平区 龙湖区 澄海区"}),
    "山东省": ("山东", {"济南": "历下区 历城区 章丘区", "青岛": "黄岛区 崂山区 城阳区 即墨区", "烟台": "芝罘区 莱山区 龙口市",
                      "潍坊": "奎文区 寿光市 诸城市", "淄博": "张店区 临淄区 淄川区", "威海": "环翠区 文登区 荣成市",
                      "临沂": "兰山区 河东区 沂水县", "济宁": "任城区 兖州区 曲阜市"}),
    "安徽省": ("安徽", {"合肥": "蜀山区 包河区 庐阳区 肥西县", "芜湖": "镜湖区 弋江区 鸠江区", "蚌埠": "蚌山区 龙子湖区 怀远县",
                      "马鞍山": "花山区 雨山区 当涂县", "安庆": "迎江区 大观区 桐城市", "滁州": "琅琊区 南谯区 天长市",
                      "阜阳": "颍州区 界首市 太和县"}),
    "福建省": ("福建", {"福州": "鼓楼区 台江区 仓山区 闽侯县", "厦门": "思明区 湖里区 集美区 海沧区",
                      "泉州": "丰泽区 晋江市 石狮市 南安市", "漳州": "芗城区 龙海区 漳浦县", "莆田": "城厢区 荔城区 仙游县",
                      "龙岩": "新罗区 永定区 上杭县"}),
    "江西省": ("江西", {"南昌": "东湖区 青山湖区 南昌县", "赣州": "章贡区 南康区 瑞金市", "九江": "浔阳区 濂溪区 瑞昌市",
                      "上饶": "信州区 广丰区 婺源县", "宜春": "袁州区 丰城市 樟树市"}),
    "河南省": ("河南", {"郑州": "金水区 二七区 中原区 新郑市", "洛阳": "涧西区 西工区 偃师区", "新乡": "红旗区 卫辉市 长垣市",
                      "许昌": "魏都区 禹州市 长葛市", "南阳": "宛城区 卧龙区 邓州市"}),
    "湖北省": ("湖北", {"武汉": "武昌区 洪山区 江夏区 东西湖区", "宜昌": "西陵区 夷陵区 宜都市", "襄阳": "襄城区 樊城区 枣阳市",
                      "荆州": "沙市区 荆州区 松滋市", "黄石": "黄石港区 下陆区 大冶市", "十堰": "茅箭区 张湾区 丹江口市"}),
    "湖南省": ("湖南", {"长沙": "岳麓区 芙蓉区 雨花区 浏阳市", "株洲": "天元区 芦淞区 醴陵市", "湘潭": "雨湖区 岳塘区 湘乡市",
                      "衡阳": "蒸湘区 雁峰区 耒阳市", "岳阳": "岳阳楼区 云溪区 汨罗市", "常德": "武陵区 鼎城区 津市市"}),
    "四川省": ("四川", {"成都": "锦江区 武侯区 成华区 双流区 郫都区", "绵阳": "涪城区 游仙区 江油市", "德阳": "旌阳区 广汉市 什邡市",
                      "宜宾": "翠屏区 叙州区 南溪区", "泸州": "江阳区 龙马潭区 纳溪区", "南充": "顺庆区 高坪区 阆中市"}),
    "贵州省": ("贵州", {"贵阳": "观山湖区 南明区 云岩区 花溪区", "遵义": "红花岗区 汇川区 仁怀市", "六盘水": "钟山区 水城区 盘州市"}),
    "云南省": ("云南", {"昆明": "五华区 盘龙区 官渡区 呈贡区", "曲靖": "麒麟区 沾益区 宣威市", "玉溪": "红塔区 江川区 澄江市"}),
    "陕西省": ("陕西", {"西安": "雁塔区 碑林区 未央区 长安区", "宝鸡": "渭滨区 金台区 陈仓区", "咸阳": "秦都区 渭城区 兴平市",
                      "榆林": "榆阳区 横山区 神木市"}),
    "甘肃省": ("甘肃", {"兰州": "城关区 七里河区 安宁区", "天水": "秦州区 麦积区", "酒泉": "肃州区 玉门市 敦煌市"}),
    "山西省": ("山西", {"太原": "小店区 迎泽区 杏花岭区", "大同": "平城区 云冈区", "长治": "潞州区 上党区", "晋中": "榆次区 介休市"}),
    "河北省": ("河北", {"石家庄": "长安区 桥西区 裕华区", "唐山": "路南区 路北区 迁安市", "保定": "竞秀区 莲池区 涿州市",
                      "廊坊": "广阳区 安次区 三河市", "邯郸": "丛台区 邯山区 武安市"}),
    "辽宁省": ("辽宁", {"沈阳": "和平区 沈河区 浑南区", "大连": "中山区 甘井子区 金州区", "鞍山": "铁东区 铁西区 海城市"}),
    "吉林省": ("吉林", {"长春": "朝阳区 南关区 宽城区", "四平": "铁西区 铁东区 双辽市", "通化": "东昌区 梅河口市"}),
    "黑龙江省": ("黑龙江", {"哈尔滨": "南岗区 道里区 香坊区", "齐齐哈尔": "龙沙区 建华区 讷河市", "大庆": "萨尔图区 让胡路区 龙凤区"}),
    "海南省": ("海南", {"海口": "龙华区 美兰区 秀英区", "三亚": "吉阳区 天涯区 海棠区"}),
    "广西壮族自治区": ("广西", {"南宁": "青秀区 兴宁区 西乡塘区", "柳州": "城中区 鱼峰区 柳南区", "桂林": "秀峰区 七星区 象山区"}),
    "内蒙古自治区": ("内蒙古", {"呼和浩特": "新城区 回民区 赛罕区", "包头": "昆都仑区 青山区 九原区",
                            "鄂尔多斯": "东胜区 康巴什区 准格尔旗"}),
    "宁夏回族自治区": ("宁夏", {"银川": "兴庆区 金凤区 西夏区", "石嘴山": "大武口区 惠农区"}),
    "新疆维吾尔自治区": ("新疆", {"乌鲁木齐": "天山区 沙依巴克区 新市区", "克拉玛依": "克拉玛依区 独山子区"}),
    "青海省": ("青海", {"西宁": "城东区 城中区 城西区", "海东": "乐都区 平安区"}),
}
# Districts and county-level cities of Jiangsu that the samples name (replaced like the cities).
SAMPLE_DISTRICTS = tuple("""
玄武区 秦淮区 建邺区 鼓楼区 栖霞区 雨花台区 江宁区 浦口区 六合区 溧水区 高淳区 梁溪区 锡山区 惠山区 滨湖区 新吴区
江阴市 宜兴市 姑苏区 吴中区 相城区 吴江区 昆山市 常熟市 张家港市 太仓市 天宁区 钟楼区 新北区 武进区 金坛区 溧阳市 海州区
""".split())
ACCOUNTS = ("{province}中小企业公共服务平台", "{city}市工业和信息化局", "{city}科技", "{short}企业服务", "{county}发布")

# Bare years too (2025—2026年, 2025版), not only those before 年 or 〕: a record moved to 2018 should not
# still speak of 2025. Only 2015–2027, so targets such as 2030年 and 2035年 stay.
_VARIED_DATE_RE = re.compile(_DATE_RE.pattern.replace(r"(?P<year>(?<!\d)20\d\d(?=年|〕))",
                                                      r"(?P<year>(?<![\d.])20(?:1[5-9]|2[0-7])(?![\d.]))"))
assert _VARIED_DATE_RE.pattern != _DATE_RE.pattern


def _alternation(words, guards=None) -> re.Pattern:
    """One regex for the words, longest first (so 专精特新中小企业 wins over 专精特新), with the guards."""
    guards = guards or {}
    parts = [guards.get(w, ("", ""))[0] + re.escape(w) + guards.get(w, ("", ""))[1]
             for w in sorted(words, key=lambda w: (-len(w), w))]  # sorted: the same regex every run
    return re.compile("|".join(parts))


_PROGRAMME_WORDS = frozenset(PROGRAMMES) | frozenset(SAMPLE_PROGRAMMES)
# One pass over both kinds, so a name just drawn is never itself replaced (人工智能 in 人工智能应用场景).
_SPAN_RE = _alternation(_PROGRAMME_WORDS | frozenset(TOPICS) | frozenset(SAMPLE_TOPICS), _GUARDS)
_REGION_SPAN_RE = _alternation(("江苏省", "江苏", *JIANGSU_CITIES, *SAMPLE_DISTRICTS))


def _drawing(rng: random.Random, choices: tuple[str, ...]) -> Callable[[re.Match], str]:
    """A replacement function that gives each distinct span one draw, the first time it is seen."""
    drawn: dict[str, str] = {}

    def replace(m: re.Match) -> str:
        if m[0] not in drawn:
            drawn[m[0]] = rng.choice(choices)
        return drawn[m[0]]

    return replace


def _varied_regions(rng: random.Random):
    """A province, its cities and their districts in a random order (the first city is the record's
    home); the sample's Jiangsu names map onto them in the order they appear, so distinct names get
    distinct places as far as the province has them, and the title's city is the home city."""
    province = rng.choice(sorted(REGIONS))
    short, cities = REGIONS[province]
    names = sorted(cities)
    rng.shuffle(names)
    districts = [d for c in names for d in rng.sample(cities[c].split(), len(cities[c].split()))]
    mapped: dict[str, str] = {"江苏省": province, "江苏": short}
    seen = {"city": 0, "district": 0}

    def replace(m: re.Match) -> str:
        span = m[0]
        if span not in mapped:
            kind, pool = ("city", names) if span in JIANGSU_CITIES else ("district", districts)
            mapped[span] = pool[seen[kind] % len(pool)]
            seen[kind] += 1
        return mapped[span]

    return replace, province, short, names[0], districts[0]


def generate_varied_record(seed: int, i: int) -> dict:
    """Record `i` of the varied corpus for `seed`: the sample's structure, its own programmes, topics,
    region, year and dates."""
    rng = random.Random(f"huiqi-bench-varied:{seed}:{i}")
    base = rng.choice(samples())
    base_published = date.fromisoformat(base["时间time"][:10])
    year = rng.choice(VARIED_YEARS)
    published = date(year, 1, 1) + timedelta(days=rng.randrange(366 if year % 4 == 0 else 365))
    delta = published - base_published  # every date moves by it, so deadlines stay after publication

    title, text = base["标题title"], _vary_length(base.get("finalContent") or "", rng)
    suffix = rng.choice(TITLE_SUFFIXES).format(n=ORDINALS[rng.randrange(5)], y=base_published.year)
    if suffix and not title.endswith(suffix):
        title += suffix
    programme, topic = _drawing(rng, PROGRAMMES), _drawing(rng, TOPICS)

    def programmes_and_topics(m: re.Match) -> str:
        return programme(m) if m[0] in _PROGRAMME_WORDS else topic(m)

    regions, province, short, city, county = _varied_regions(rng)
    vary_numbers = _number_varier(rng)
    out = []
    for part in (title, text):  # title first: its programme and city become the record's main ones
        part = _SPAN_RE.sub(programmes_and_topics, part)
        part = _REGION_SPAN_RE.sub(regions, part)
        part = vary_numbers(part)
        out.append(_shift_dates(part, delta, base_published.year, years=year - base_published.year,
                                pattern=_VARIED_DATE_RE))
    title, text = out

    sn = hashlib.sha1(f"varied:{seed}:{i}".encode()).hexdigest()[:32]
    account = rng.choice(ACCOUNTS).format(province=province, short=short, city=city, county=county)
    return {
        "文章标识符aid": f"benchv{seed}_{i}",
        "标题title": title,
        "链接url": f"http://mp.weixin.qq.com/s?__biz=QmVuY2hW{seed}&mid={3000000000 + i}&idx=1&sn={sn}&chksm=0#rd",
        "时间time": published.isoformat(),
        "公众号名称": account,
        "finalContent": text,
    }


GENERATORS = {"templated": generate_record, "varied": generate_varied_record}
CORPORA = tuple(GENERATORS)


def programme_words() -> tuple[str, ...]:
    """The programme and topic words whose spread the corpora are compared on: those of the samples and
    those the varied corpus draws."""
    return tuple(sorted(set(SAMPLE_PROGRAMMES) | set(SAMPLE_TOPICS) | set(PROGRAMMES) | set(TOPICS)))


def word_shares(records, words=None) -> dict[str, float]:
    """Share of records whose title or text contains each word (as a substring, outside the guarded
    contexts of _GUARDS), most common first."""
    texts = [r["标题title"] + "\n" + (r.get("finalContent") or "") for r in records]
    shares = {}
    for word in words or programme_words():
        found = _alternation([word], _GUARDS).search  # 知识产权局 is an office, not the programme
        shares[word] = sum(bool(found(t)) for t in texts) / len(texts)
    return dict(sorted(shares.items(), key=lambda kv: (-kv[1], kv[0])))


def write_corpus(path: Path, seed: int, count: int, start: int = 0, variant: str = "templated") -> Path:
    """Write records start … start+count-1 as JSON Lines (atomically: a .tmp file renamed)."""
    generate = GENERATORS[variant]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        for i in range(start, start + count):
            out.write(json.dumps(generate(seed, i), ensure_ascii=False))
            out.write("\n")
    os.replace(tmp, path)
    return path


def ensure_corpus(size: int, seed: int, start: int = 0, variant: str = "templated") -> tuple[Path, bool]:
    """The corpus file for (size, seed, start, variant), generated unless already present; (path, generated)."""
    path = corpus_path(size, seed, start, variant)
    if path.exists():
        return path, False
    return write_corpus(path, seed, size, start, variant), True
