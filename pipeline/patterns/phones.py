"""Phone tables: area codes, service numbers, and the words around a number that make it a phone or not.

City area codes come from pipeline/data/area_codes.txt, generated from the `phonenumbers` geocoder
data (pipeline/areacodes.py); AREA_CODE_OVERRIDES corrects and completes that data.
"""
import re

# --- Area codes ----------------------------------------------------------------------------------
# Corrections to the area codes derived from the `phonenumbers` geocoder data (pipeline/areacodes.py,
# tools/build_area_codes.py), keyed by GB/T 2260 code. A province key gives every division in it.
AREA_CODE_OVERRIDES = {
    # the data gives these only as a shorter prefix ("8634" for 0349) or under a misspelt name
    "130300": "0335",  # 秦皇岛市
    "140600": "0349",  # 朔州市
    "330900": "0580",  # 舟山市
    "360600": "0701",  # 鹰潭市
    "430200": "0731",  # 株洲市 (the data writes 株州)
    # the data lists both cities under both codes, or one prefecture under two codes
    "140700": "0354",  # 晋中市
    "141100": "0358",  # 吕梁市
    "632800": "0977",  # 海西州 (德令哈); 格尔木 below has its own
    "654000": "0999",  # 伊犁州 (伊宁); 奎屯 below has its own
    # county-level divisions whose code differs from their prefecture's
    "632801": "0979",  # 格尔木市
    "654003": "0992",  # 奎屯市
    "650202": "0992",  # 独山子区 (克拉玛依市)
    # cities sharing a neighbour's code, which the data names alone
    "133100": "0312",  # 雄安新区 (保定)
    "341600": "0558",  # 亳州市 (阜阳)
    "410200": "0371",  # 开封市 (郑州, since the codes merged)
    "419001": "0391",  # 济源市 (焦作)
    "429021": "0719",  # 神农架林区 (十堰)
    "450800": "0775",  # 贵港市 (玉林)
    "451100": "0774",  # 贺州市 (梧州)
    "451300": "0772",  # 来宾市 (柳州)
    "620200": "0937",  # 嘉峪关市 (酒泉)
    "620300": "0935",  # 金昌市 (武威)
    "460000": "0898",  # 海南省: one code for the whole province
    # cities of the Xinjiang Production and Construction Corps: the code of the area each lies in
    "659002": "0997",  # 阿拉尔市 (阿克苏)
    "659003": "0998",  # 图木舒克市 (喀什)
    "659004": "0994",  # 五家渠市 (昌吉)
    "659005": "0906",  # 北屯市 (阿勒泰)
    "659006": "0996",  # 铁门关市 (巴音郭楞)
    "659007": "0909",  # 双河市 (博尔塔拉)
    "659008": "0999",  # 可克达拉市 (伊犁)
    "659009": "0903",  # 昆玉市 (和田)
    "659010": "0992",  # 胡杨河市 (奎屯)
    "659011": "0902",  # 新星市 (哈密)
    "659012": "0901",  # 白杨市 (塔城)
}

# The notice's own address, whose city places a bare number when its region does not:
# "地址：石家庄市某某路12号", "通讯地址：…", "办公地址：…".
ADDRESS_LINE = re.compile(r"(?:通讯|通信|办公|联系|单位)?地址\s*[:：]\s*(?P<address>[^\n，。；;]{2,40})")

# --- Service numbers ----------------------------------------------------------------------------
# Government short hotlines (12xxx), kept as written ("12345") or with an area code ("0523-12388").
HOTLINES = frozenset({
    "12301", "12309", "12310", "12312", "12313", "12315", "12316", "12317", "12318", "12319", "12320",
    "12321", "12322", "12328", "12329", "12331", "12333", "12336", "12338", "12339", "12345", "12348",
    "12351", "12355", "12356", "12358", "12363", "12365", "12366", "12368", "12369", "12377", "12380",
    "12381", "12386", "12388", "12393", "12395", "12396", "12110", "12117", "12119", "12121", "12122",
    "12123",
})
# Emergency numbers given to report to ("举报电话：110、12345": r385_17), as the hotlines are (guide): read only after
# a phone's cue, never inside another number or before a unit (110千伏, 第120号).
EMERGENCY = frozenset({"110", "119", "120", "122"})
# Nationwide service numbers: 400 and 800 followed by seven digits.
SERVICE_PREFIXES = ("400", "800")
# A city's short service numbers, 96 and three or four digits, written after its area code like a
# landline ("0771-966118", "0571-96345"); an extension may follow ("0771-966118-1").
LOCAL_SERVICE = r"96\d{3,4}"

# --- Context -------------------------------------------------------------------------------------

def _spaced(*words: str) -> str:
    """The words as alternatives, each also with its characters spaced out, as contact lines
    are often typeset ("联 系 人", "电　话", "手 机")."""
    return "|".join(r"[ \t\u3000]*".join(word) for word in words)


# Words near a bare local number (no area code) that make it a phone.
PHONE_CUES = re.compile(
    _spaced("电话", "热线", "传真", "手机", "座机", "分机", "联系", "咨询", "举报", "投诉", "监督", "受理")
    + r"|Tel|TEL|tel|Fax|FAX|fax|办公室|值班|服务台|窗口|微信"
)
# A contact section: its heading ("四、联系方式", "联系人及电话：") makes the bare numbers listed under
# it phones, office by office, until a sentence ends or the next numbered heading ("五、").
CONTACT_HEADING = re.compile(
    _spaced("联系方式", "联系人及联系电话", "联系人及电话", "联系电话", "咨询电话", "联系人", "咨询方式",
            "收件人"))  # materials mailed "…地址及收件人：某局1102室，张某，2031234"
NEXT_HEADING = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[条章])")
CONTACT_SECTION_REACH = 200  # characters before a number searched for the heading
# The header row of a contact table names a column of numbers ("单位 | 联系人 | 电话 | 地址"); a table of
# figures under a contact line has none.
PHONE_COLUMN = re.compile(r"电话|联系方式|手机|联系人")
# Words right before a number that make it something else: QQ numbers and groups, postcodes,
# accounts, codes, certificate and document numbers.
NOT_PHONE_BEFORE = re.compile(
    r"(?:QQ|qq|Qq|Q群|扣扣|邮编|邮政编码|账号|帐号|账户|帐户|开户|户名|银行卡|卡号|代码|编码|编号|证号|"
    r"证书号|批准号|文号|许可证|身份证|工号|学号|序号|ID|id|No\.?|NO\.?|第)\s*[群号:：]?\s*$"
)
# What follows a number on its line that makes it an amount, a count, a date part or a document
# number; not applied to a number written with its area code ("0471-63281234项目资金…" is a phone).
NOT_PHONE_AFTER = re.compile(
    r"^[ \t\u3000]*(?:万|元|亿|千|百|年|月|日|号|人|家|个|项|件|份|%|％|米|吨|平方|次|天|户|名|台|套|笔|条|期|岁|"
    r"周|页|批|kW|KW|MW|千瓦|小时|分钟|字|册|位|所|座|辆|株|头|亩|公里|平米|倍|元/|万元|mm|cm)"
)
# Further numbers written, after a slash, as only the last digits that differ: "010-61234567/4321" is
# also 010-61234321, "6123456/7/8" also 6123457 and 6123458. Fewer digits than the number, so never a
# number of its own, nor the area code of the next number ("…/020-31234568").
ALTERNATE_ENDING = re.compile(r"[ \t]*[/／][ \t]*(?P<digits>\d{1,4})(?!\d)(?![ \-－—–‐]*\d)")
# Extensions written after a full number: "转8839", "-8001", "分机8001", "，分机8001", "ext. 8001".
EXTENSION = re.compile(r"^\s*(?:[，,]\s*(?=分机|转分机))?(?:转|分机|转分机|ext\.?|Ext\.?|EXT\.?|x|-|－)\s*(?P<ext>\d{1,5})(?!\d)")
# Labels in front of a number that are only cue words, not a person or department.
LABEL_CUE_WORDS = re.compile(
    "(?:" + _spaced("联系电话", "咨询电话", "办公电话", "监督电话", "举报电话", "投诉电话", "服务电话", "热线电话",
                    "技术支持电话", "电话及传真", "联系方式", "联系人及电话", "联系人", "电话", "传真", "手机", "座机",
                    "热线", "微信号", "微信")
    + r"|Tel|TEL|tel|Fax|FAX|请?(?:拨打|致电|打|联系))\s*[:：]?\s*"
)
# A clause naming the contact person, whose number follows after a comma ("联 系 人：张某，51701234").
CONTACT_PERSON = re.compile(
    r"^\s*(?:" + _spaced("联系人") + r")\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,12})\s*$")
# A "label" that is really an address or part of a sentence.
NOT_A_LABEL = re.compile(r"地址|路\d|号|室|如有|如遇|请|可|应|将|需|的")

# How far before a number a flattened table's 序号 column or its previous row number is looked for.
ROW_REACH = 200

# The marker and words of the list item after a bare number, on a page whose list lost its line breaks
# ("652460552、业务咨询…", "652460552. 业务咨询", "652460552）业务咨询": the number, then item 2; see
# phones._next_item_glued), and how far back the item before it may open.
NEXT_ITEM_MARKER = r"(?P<marker>[、.．)）])[ \t]*[\u4e00-\u9fff]"
LIST_ITEM_REACH = 300
