"""Phone tables: area codes, service numbers, and the words around a number that make it a phone or not.

City area codes are derived from the `phonenumbers` geocoder data (pipeline/extract/phones.py); the
tables here only fill what that data cannot give.
"""
import re

# --- Area codes ----------------------------------------------------------------------------------
# Area codes of cities that the geocoder data gives only as a shorter prefix ("8634" for 0349) or
# under a misspelt name (株州), keyed by the city's GB/T 2260 code.
AREA_CODE_OVERRIDES = {
    "130300": "0335",  # 秦皇岛市
    "140600": "0349",  # 朔州市
    "330900": "0580",  # 舟山市
    "360600": "0701",  # 鹰潭市
    "430200": "0731",  # 株洲市 (the data writes 株州)
}
# Area codes every city-level notice in the sample set relies on; the derived table must agree
# (a test checks it), and they serve as the table when the geocoder data cannot be read.
KNOWN_AREA_CODES = {
    "110000": "010", "120000": "022", "310000": "021", "500000": "023",
    "320100": "025", "320500": "0512", "320200": "0510", "320400": "0519", "321100": "0511",
    "321000": "0514", "321200": "0523", "320600": "0513", "320900": "0515", "320800": "0517",
    "321300": "0527", "320700": "0518", "320300": "0516",
    "440100": "020", "441900": "0769", "440300": "0755", "510100": "028", "330100": "0571",
    "331100": "0578",
}
# Two-digit area codes (after the 0); all others have three digits.
TWO_DIGIT_AREA_CODES = ("10", "20", "21", "22", "23", "24", "25", "27", "28", "29")

# --- Service numbers ----------------------------------------------------------------------------
# Government short hotlines (12xxx), kept as written ("12345") or with an area code ("0523-12388").
HOTLINES = frozenset({
    "12301", "12309", "12310", "12312", "12313", "12315", "12316", "12317", "12318", "12319", "12320",
    "12321", "12322", "12328", "12329", "12331", "12333", "12336", "12338", "12339", "12345", "12348",
    "12351", "12355", "12356", "12358", "12363", "12365", "12366", "12368", "12369", "12377", "12380",
    "12381", "12386", "12388", "12393", "12395", "12396", "12110", "12117", "12119", "12121", "12122",
    "12123",
})
# Nationwide service numbers: 400 and 800 followed by seven digits.
SERVICE_PREFIXES = ("400", "800")

# --- Context -------------------------------------------------------------------------------------
# Words near a bare local number (no area code) that make it a phone.
PHONE_CUES = re.compile(
    r"电话|电 话|热线|传真|手机|座机|分机|联系|咨询|举报|投诉|监督|受理|Tel|TEL|tel|Fax|FAX|fax|"
    r"办公室|值班|服务台|窗口|微信"
)
# A contact section: its heading ("四、联系方式", "联系人及电话：") makes the bare numbers listed under
# it phones, office by office, until a sentence ends or the next numbered heading ("五、").
CONTACT_HEADING = re.compile(r"联系方式|联系人及(?:联系)?电话|联系电话|咨询电话|联系人|咨询方式")
NEXT_HEADING = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[条章])")
CONTACT_SECTION_REACH = 200  # characters before a number searched for the heading
# Words right before a number that make it something else: QQ numbers and groups, postcodes,
# accounts, codes, certificate and document numbers.
NOT_PHONE_BEFORE = re.compile(
    r"(?:QQ|qq|Qq|Q群|扣扣|邮编|邮政编码|账号|帐号|账户|帐户|开户|户名|银行卡|卡号|代码|编码|编号|证号|"
    r"证书号|批准号|文号|许可证|身份证|工号|学号|序号|ID|id|No\.?|NO\.?|第)\s*[群号:：]?\s*$"
)
# What follows a number that is an amount, a count, a date part or a document number.
NOT_PHONE_AFTER = re.compile(
    r"^\s*(?:万|元|亿|千|百|年|月|日|号|人|家|个|项|件|份|%|％|米|吨|平方|次|天|户|名|台|套|笔|条|期|岁|"
    r"周|页|批|kW|KW|MW|千瓦|小时|分钟|字|册|位|所|座|辆|株|头|亩|公里|平米|倍|元/|万元|mm|cm)"
)
# Extensions written after a full number: "转8839", "-8001", "分机8001", "，分机8001", "ext. 8001".
EXTENSION = re.compile(r"^\s*(?:[，,]\s*(?=分机|转分机))?(?:转|分机|转分机|ext\.?|Ext\.?|EXT\.?|x|-|－)\s*(?P<ext>\d{1,5})(?!\d)")
# Labels in front of a number that are only cue words, not a person or department.
LABEL_CUE_WORDS = re.compile(
    r"(?:电\s+话|联系电话|咨询电话|办公电话|监督电话|举报电话|投诉电话|服务电话|热线电话|技术支持电话|电话及传真|"
    r"联系方式|联系人及电话|联系人|电话|传真|手机|座机|热线|Tel|TEL|tel|Fax|FAX|微信号|微信|"
    r"请?(?:拨打|致电|打|联系))\s*[:：]?\s*"
)
# A "label" that is really an address or part of a sentence.
NOT_A_LABEL = re.compile(r"地址|路\d|号|室|如有|如遇|请|可|应|将|需|的")
