"""Detail tables: funding amounts, application-system links, document numbers (文号).

Issuers are found with the region tables (pipeline/patterns/regions.py: body-name endings and
signature blocks), so both extractors agree on who signed a notice.
"""
import re

# --- Funding amounts -----------------------------------------------------------------------------
# A sum of money: Arabic or Chinese numerals with a unit; a range keeps both ends ("10-50万元").
AMOUNT = re.compile(
    r"(?P<low>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(?:(?P<low_unit>亿元|万元|千元|元)?\s*"
    r"(?:-|—|–|~|～|至|到)\s*(?P<high>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+))?\s*"
    r"(?P<unit>亿元|万元|千元|元)(?!/)"
)
# Value of each unit in 万元.
UNIT_IN_WAN = {"亿元": 10000.0, "万元": 1.0, "千元": 0.1, "元": 0.0001}
# Words in the same clause that make an amount a grant: 奖励, 资助, 补助 …
FUNDING_CUES = re.compile(r"奖励|资助|补助|补贴|扶持|支持|给予|奖补|贴息|拨付|配套|资金|奖金|一次性|最高|每家|每人|每件|每个")
# Words in the amount's clause that make it a threshold or a fact, not a grant:
# "营业收入不低于3000万元", "仪器设备原值不低于400万元", "年工资薪金100万元以上".
CONDITION_CUES = re.compile(
    r"收入|营收|销售|产值|投资额|投资|投入|研发费用|研究开发费用|经费支出|注册资本|资产|薪金|工资|年薪|薪酬|纳税|"
    r"税收|估值|融资|规模|原值|总额|产业|消费|贷款(?!贴息)|营业额|利润|出口|价格|价值|购置|合同|金额|市场"
)
# Qualifiers an amount is quoted with: "最高不超过500万元", "每家给予一次性20万元".
QUALIFIER = re.compile(r"(?:最高|不超过|不高于|不低于|最多|最低|给予|每[家人件个项户]|单个项目|一次性|累计|分别)")
QUALIFIER_REACH = 15  # characters before the number searched for a qualifier

# --- Application systems ------------------------------------------------------------------------
URL = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+"
    r"|(?<![@\w.\-/])(?:[A-Za-z0-9\-]+\.)+(?:gov\.cn|com\.cn|org\.cn|edu\.cn|net\.cn|cn|com|net|org)"
    r"(?::\d+)?(?:/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*)?(?![\w@])"
)
# Words near a link that make it the place to apply.
SYSTEM_CUES = re.compile(r"系统|平台|申报|填报|登录|登陆|注册|办理|提交|网上|在线|旗舰店|网址|入口|受理")
# Words that make a link something to read rather than where to apply (just before or after it).
NOT_SYSTEM_CUES = re.compile(r"查询|查看|公示|公布|了解|详见|下载(?!.*申报)|原文|关注|浏览")
SYSTEM_CONTEXT = 40  # characters before a link searched for cues

# --- Document numbers (文号) -----------------------------------------------------------------------
# "苏工信信发〔2025〕279号", "国办发[2016]5号", "国发 〔2019〕 46 号", "常工信综合〔2025〕124 号".
DOC_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,14})\s*(?P<open>[〔\[［【(（])\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】)）]\s*"
    r"(?P<seq>\d{1,5})\s*号"
)
# "国家税务总局公告2021年第13号".
ANNOUNCEMENT_NUMBER = re.compile(r"(?P<prefix>[\u4e00-\u9fff]{2,12}公告)\s*(?P<year>(?:19|20)\d{2})年第(?P<seq>\d{1,4})号")
# A document number's prefix never runs into the words before it: "…的通知苏工信创新〔2025〕275号",
# "须符合财税〔2020〕45号", "符合市财政佛财〔2023〕41号".
PREFIX_CUT = re.compile(
    r".*(?:通知|决定|意见|批复|办法|方案|指南|细则|规定|公告|印发|关于|的|》|」|和|及|、|符合|按照|依据|根据|享受|"
    r"执行|参照|对照|落实|贯彻|须|应|即|见|条|款|财政(?=[\u4e00-\u9fff]{2}))"
)
PREFIX_MAX_CHARS = 8
