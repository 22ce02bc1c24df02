"""Text clean-up tables: characters to fold or drop, and the accounts' trailing footers.

A footer is the run at the very end of an article made of `label：value` fields (来源：…, 编辑：…) and
social-button lines (点赞|分享|推荐|留言). It is cut from the text; the 来源 value is kept as `origin`.
"""
import re

# Bidirectional-text controls (embeddings, overrides, isolates, marks): in a Chinese notice they only
# serve to disguise text ("U+202E" turns a file name around), so they are dropped at import and at output.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi
# controls, and the C0/C1 control characters other than tab and line ends.
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad" + BIDI_CONTROLS + "".join(
    chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]
)

# Characters that are a plain space to a reader: no-break space, ideographic (full-width) space, thin
# and other typographic spaces, tab.
SPACE_CHARS = "\u00a0\u3000\u2002\u2003\u2009\u202f\t"

# Labels of footer fields in WeChat and government articles. 来源 (origin) is kept as metadata.
FOOTER_LABELS = (
    "来源", "来源于", "信息来源", "文章来源", "编辑", "责任编辑", "责编", "小编", "复核", "审核", "初审", "二审",
    "三审", "终审", "校对", "设计", "美编", "排版", "撰稿", "供稿", "文字", "图片", "摄影", "监制", "出品",
)
ORIGIN_LABELS = ("来源", "来源于", "信息来源", "文章来源")
# Body words that end in an origin label: "资金来源：省级财政" says where money comes from, so a 来源
# glued to one of these is never the footer's, even right above the footer.
BODY_WORDS_BEFORE_ORIGIN = ("资金", "经费", "数据", "收入", "项目", "资料")

# One `label：value` field; a value is short and has no sentence-ending punctuation.
FOOTER_FIELD = re.compile(
    r"(?P<label>" + "|".join(sorted(FOOTER_LABELS, key=len, reverse=True)) + r")\s*[：:]\s*"
    r"(?P<value>[^。！？!?\n]{0,60}?)\s*(?=(?:" + "|".join(FOOTER_LABELS) + r")\s*[：:]|$)"
)

# A line of social buttons or calls to follow, which ends many WeChat articles.
SOCIAL_LINE = re.compile(
    r"^[\s|｜/👇👆↓]*(?:(?:点赞|分享|推荐|在看|留言|转发|收藏|阅读原文|点击.{0,6}关注|扫码关注|长按.{0,10}关注)[\s|｜/、👇👆↓]*)+$"
)

# Title prefixes such as "南京丨…", "申报｜…": a short tag followed by one of these separators.
TITLE_TAG_SEPARATORS = "丨｜|│┃"
TITLE_TAG_MAX_LEN = 8
# Bracketed tags at the start of a title: 【南京】…, [申报]…
TITLE_BRACKET_TAG = re.compile(r"^\s*[【\[]([^】\]]{1,8})[】\]]\s*")
# A title set with a space between each character ("公 示", "通 知": r408_15, r272_03) is the word closed up.
LETTER_SPACED_TITLE = re.compile(r"[\u4e00-\u9fff](?: +[\u4e00-\u9fff]){1,5}")

# --- Titles derived from the body, for records that come without one ----------------------------
# Lines that open a text but are not its subject: a document number ("甘建函〔2018〕442号") and the
# addressee line ("各区科技局，各有关单位：" or "有关单位：", possibly followed by the text itself, or a
# line of its own without the colon: "各区科技局,高新区管委会,各有关单位", r63_06).
DERIVED_TITLE_DOC_NUMBER = re.compile(r"^[^\n。，,]{1,16}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,5}\s*[号號]$")
# A page's metadata above the text, which a record copied from the page may open with: "发布时间：2023-11-07",
# "信息来源：某市科学技术局 发布日期：2020-07-07", "2026-01-18 22:02:29来源：工业和信息化部点击：676 次",
# "政策级别：市级", "发文部门：某市科学技术局", the rows of a disclosure table ("| 信息索引号 | 014035714/2026-00159 |
# 生成日期 | …", "全社会 |"), "通知公告 2024-08-14 17:13:00", and an account's "点击上方蓝字，关注…" (the opening
# lines of 42 untitled records in the labelled sets; traditional script as mirror pages write it). A bare
# 时间 or 日期 is a field only before a date ("时间：2019-01-04"; an event's "时间：下周三下午" is its text).
_PAGE_FIELD_LABEL = (
    r"(?:(?:发布|發布|发表|發表|生成|公开|公開|成文|制发|制發|更新|印发|印發)(?:时间|時間|日期)|"
    r"(?:时间|時間|日期)(?=[：:|｜]\s*\d{4})|"
    r"(?:信息|文章)?(?:来源|來源)|点击(?:数|量|次数)?|點擊|浏览(?:次数|量)?|瀏覽(?:次數)?|阅读(?:数|量)?|閱讀|作者|"
    r"(?:信息)?索引[号號]|发布机构|發布機構|(?:主题|主題|组配|組配|体裁|體裁)?分[类類]|体裁|體裁|"
    r"(?:政策)?(?:级别|級別)|政策(?:主[题題]|类型|類型|层级|層級|领域|領域)|主[题題][（(][一二]级[)）]|"
    r"发文(?:部门|机关|单位)|發文(?:部門|機關|單位)|文件?[号號]|字号|关键词|關鍵詞|内容概述|文件下载|"
    r"有效期|有效性|时效性|時效性|(?:发布|發布)?地[区區]|"
    r"公开(?:时限|形式|方式|范围|程序)|公開(?:時限|形式|方式|範圍|程序)|分享到?)")
# One field: its label, then a value up to the next label, cell or title ("…2024-05-06 关于…的通知").
PAGE_FIELD = re.compile(_PAGE_FIELD_LABEL + r"\s*[：:|｜]\s*(?:(?!" + _PAGE_FIELD_LABEL + r"|\s*关于)[^\n|｜。]){0,40}")
PAGE_DATETIME = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# Fields before the title on its own line: "发布日期：2024-05-06 关于开展…的通知".
LEADING_PAGE_FIELDS = re.compile(r"^(?:\s*(?:" + PAGE_FIELD.pattern + r"|" + PAGE_DATETIME.pattern + r"))+\s+(?=\S)")
# A label spelled out with blanks: "索 引 号", "文 号".
SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,4}(?=\s*[：:|｜])")
# A disclosure table's row, and the one that holds the title ("| 标题 | 关于…的公示 |").
PAGE_TABLE_ROW = re.compile(r"^[|｜].*|^[^。\n]*[|｜]$")
PAGE_TITLE_CELL = re.compile(r"^[|｜]?\s*(?:标题|標題|题名|題名|文件名称|名称)\s*[|｜：:]\s*([^|｜]{4,}?)\s*(?:[|｜]|$)")
ACCOUNT_HEADER = re.compile(r"^点击上方.{0,10}关注")
# How many characters may stand beside a page's date on its metadata line: the name of the site's
# column ("通知公告", "工作动态").
PAGE_COLUMN_NAME_CHARS = 6
# How the name of a body or a kind of unit an addressee line lists ends ("…工业和信息化局", "各有关单位", "高等院校",
# "…开发区管委会", "有关行业组织"): the one list every reading of an unmarked addressee line takes its words from (a derived
# title's, the uncoloned line below, subjects' line listing bodies by name). A part may close on a short bracket
# ("企业（单位）"). The second words close the heading of a list a notice recognises as well ("拟认定以下单位为…企业技术
# 中心：", "…“四好”商会：", "拟入选…现代农业产业园区：", the code reviews'), so a derived title skips a line naming one
# body, without 各, only when it closes on the first.
ADDRESSEE_UNIT_WORDS = ("局", "厅", "委", "办", "部门", "单位", "企业", "公司", "机构", "政府", "管委会", "高校", "院校", "协会")
ADDRESSEE_BODY_WORDS = ADDRESSEE_UNIT_WORDS + ("处", "院所", "学校", "医院", "集团", "学会", "商会", "组织", "中心", "园区",
                                              "开发区", "新区")
# (a line naming one body alone and no colon is an addressee line by a government's words, or a unit's of no kind)
ADDRESSEE_GOVERNMENT_WORDS = tuple(word for word in ADDRESSEE_UNIT_WORDS if word not in ("企业", "公司", "高校", "院校", "协会"))
_CLOSING_BRACKET = r"(?:[（(][^（()）]{1,10}[)）])?"


def _one_of(words) -> str:
    return "(?:" + "|".join(words) + ")"


ADDRESSEE_BODY_END = _one_of(ADDRESSEE_BODY_WORDS) + _CLOSING_BRACKET
DERIVED_TITLE_ADDRESSEE = re.compile(
    r"^(?:(?:(?:各|有关|相关)[^\n。]{0,150}?"
    # addressees named without 各 ("市直有关部门，各有关单位：", "园区内企业：") end in a kind of body
    r"|[^\n。：:]{0,60}?" + _one_of(ADDRESSEE_UNIT_WORDS) + r")[：:]\s*"
    # (one short body of a government's or of no kind, "各有关单位", or a list of any bodies: a headline
    # "各地加快培育专精特新中小企业" is neither)
    r"|各[^\n。：:，,、]{1,18}" + _one_of(ADDRESSEE_GOVERNMENT_WORDS) + r"[ \t]*\n"
    r"|各[^\n。：:]{1,150}[，,、][^\n。：:]{0,150}" + ADDRESSEE_BODY_END + r"[ \t]*\n)")
# A page may pad its paragraphs with "????", or close its lines with "?" after a blank or a colon
# ("各相关企业:?", "通知如下: ?"): characters lost to an encoding, not a sentence's end.
DERIVED_TITLE_PADDING = re.compile(r"(?m)^\s*\?{2,}|(?:^|(?<=[\s：:，,。；;]))\?+[ \t]*$")
# The first words of a text that opens with no sentence (a line of its own, from its first word on).
FIRST_WORDS = re.compile(r"\w[^\n]*")
# A numbered heading opening the text ("一、申报条件与方式"): the record starts mid-document, so its
# first sentence, not the heading, is the title.
DERIVED_TITLE_SECTION_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[^\n。]{0,20}$")
# The issuer's own heading line ("关于…的通知", "…名单公示"): taken whole as the title.
DERIVED_TITLE_HEADING = re.compile(
    r"^[^\n。！？：:]{4,100}?(?:通知|公告|公示|通告|通报|函|意见|决定|批复|办法|细则|方案|指南|名单|规划)$")
# A red header naming the issuing body's document ("某市市场监督管理局文件"), and an addressee line alone on its line
# ("各县区科技局：", "大冶市、阳新县、各区人民政府，…，市政府各部门：", "有关单位："): what a notice's opening paragraph comes after.
RED_HEADER = re.compile(r"^[^。，,：:]{2,40}文件$")
# (how an addressee line begins, here and in subjects' ADDRESSEE_LINE: 各 within its first words, or 有关)
ADDRESSEE_LINE_START = r"[^。，,\n]{0,8}?各|有关"
ADDRESSEE_ONLY_LINE = re.compile(r"^(?:" + ADDRESSEE_LINE_START + r")[^。\n]{0,150}[：:]$")
# The same line when the source lost its colon: a line of its own that starts with 各 and ends with a body or a kind of
# unit ("各盟市工业和信息化局，某市工业和信息化局", "各县（市、区）…，有关单位", "…，各企事业单位", "各有关企业（单位）"); read by
# regions for the issuer's level and by subjects for the applicants it addresses (r515_06), through
# normalize.uncoloned_addressees.
ADDRESSEES_UNMARKED = re.compile(r"^(?P<line>各[^：:。；\n]{1,160}" + _one_of((*ADDRESSEE_BODY_WORDS, "个人"))
                                 + _CLOSING_BRACKET + r")\s*$")
OPENING_PREAMBLE_LINES = 6  # lines of metadata, header, number and heading skipped at the most
OPENING_SCAN_CHARS = 3000  # characters of a text read for its opening lines
DERIVED_TITLE_HEADING_LINES = 3  # it may follow the issuer's name or a document number
DERIVED_TITLE_OPENING_LINES = 4  # the lines the first sentence is looked for in, after the addressee line
# Otherwise the first sentence is the title, cut at this many characters.
DERIVED_TITLE_MAX_CHARS = 60

# Pinyin that a script converter wrote after characters it did not map ("企業(yè)", "關(guān)"), seen on
# mirror pages of six sites: a syllable with a tone mark, or one without, spelt as pinyin and followed by
# a blank ("會(hui) 議", "工業(ye) 經濟": r138_03, r159_17). A word in brackets after a character
# ("电子版(word)", "平台(app)") stays.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_UNTONED_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü]{1,3}(?:ng|n|r)?"
CONVERTER_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（][a-zü]*[{_TONED}][a-zü{_TONED}]*[)）]"
                              rf"|[(（]{_UNTONED_SYLLABLE}[)）][ \u3000])")
