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

# --- Titles derived from the body, for records that come without one ----------------------------
# Lines that open a text but are not its subject: a document number ("甘建函〔2018〕442号") and the
# addressee line ("各区科技局，各有关单位：" or "有关单位：", possibly followed by the text itself, or a
# line of its own without the colon: "各区科技局,高新区管委会,各有关单位", r63_06).
DERIVED_TITLE_DOC_NUMBER = re.compile(r"^[^\n。，,]{1,16}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,5}\s*号$")
DERIVED_TITLE_ADDRESSEE = re.compile(
    r"^(?:(?:(?:各|有关|相关)[^\n。]{0,150}?"
    # addressees named without 各 ("市直有关部门，各有关单位：", "园区内企业：") end in a kind of body
    r"|[^\n。：:]{0,60}?(?:单位|部门|企业|公司|局|委|办|厅|政府|管委会|机构|院校|高校|协会))[：:]\s*"
    # (one short body, "各有关单位", or a list of them: a headline "各地加快培育专精特新中小企业" is neither)
    r"|各[^\n。：:，,、]{1,18}(?:单位|部门|局|委|办|厅|政府|管委会|机构)[ \t]*\n"
    r"|各[^\n。：:]{1,150}[，,、][^\n。：:]{0,150}(?:单位|部门|企业|局|委|办|厅|政府|管委会|机构)[ \t]*\n)")
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
DERIVED_TITLE_HEADING_LINES = 3  # it may follow the issuer's name or a document number
# Otherwise the first sentence is the title, cut at this many characters.
DERIVED_TITLE_MAX_CHARS = 60

# Pinyin that a script converter wrote after characters it did not map ("企業(yè)", "關(guān)"), seen on
# mirror pages of six sites. Only a syllable with a tone mark is removed, so a word in brackets after a
# character ("电子版(word)") stays.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
CONVERTER_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]*[{_TONED}][a-zü{_TONED}]*[)）]")
