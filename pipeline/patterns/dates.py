"""Date expressions and deadline cues in Chinese notices, as data for pipeline/extract/deadlines.py.

Reading guide: a *date mention* is found with DATE_MENTION (full or year-less, Arabic or Chinese
numerals, optional time of day); the text around it is then tested against the cue tables below to
decide whether the date closes a window for action (a deadline), what closes (label), and who must
act by then (the applicant, or a bureau reviewing / forwarding the applications).

Text reaching these patterns is already normalised (pipeline/normalize.py): full-width digits and
letters are folded to ASCII, but Chinese punctuation such as ：（）～ is kept as written.
"""
import re

# --------------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------------

# Chinese digits as written in dates: 二〇二五年十月十日, 十一月三十日. 零 and ○ (a circle often typed
# for 〇) both mean zero; 两 does not occur in dates.
CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_TEN = "十"
_CN = "〇○零一二三四五六七八九十"

# --------------------------------------------------------------------------------------------------
# Date mentions
# --------------------------------------------------------------------------------------------------

_YEAR = rf"(?P<year>(?:19|20)\d{{2}}|[{_CN}]{{4}})\s*年\s*"
# (January may be written 元月: "2021年元月20日", "于2011年元月14日下午5时前", r343_07, r395_11)
FIRST_MONTH = "元"
_MONTH = rf"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|(?<!单){FIRST_MONTH})\s*月\s*"
# What joins a range's start and end.
RANGE_SEPARATORS = r"(?:至|到|——|—|–|--|-|~|～|－|〜)"
# The 日 is sometimes dropped before 前 in typing ("请于12月10前报送"); only that cue lets it go, and a
# range's end written as a day, with its month or without, which carries it for both ("公示时间：2020年3月3-9日",
# "公示时间为2024年10月18-10月28日", "公示时间自2022年7月7至7月16日": r234_09, r164_13). The end of
# a month before 前 ("于1月底前提交验收材料"), or ending a clause ("申报时间截至2021年4月底；", "报名将截至7月底，",
# r190_15, r184_07), is its last day (MONTH_END), and so is one listed before the next ("每季度末（分别是3月底、6月底、
# 9月底、12月底前）", r531_09).
_DAY = (r"(?P<day>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]|底(?=\s*(?:(?:之|以)?前|[，,。；;）)、]|$)))"
        rf"\s*(?:[日号]|(?=(?:之|以)?前)|(?<=底)|(?<=\d)(?=\s*{RANGE_SEPARATORS}\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*[日号]))")
MONTH_END = "底"
# 2025-10-10, 2025.10.10, 2025/10/10 (never inside a longer number, a phone or a document number)
_NUMERIC = r"(?<![\d.])(?P<nyear>(?:19|20)\d{2})(?P<sep>[-./])(?P<nmonth>1[0-2]|0?[1-9])(?P=sep)(?P<nday>3[01]|[12]\d|0?[1-9])(?![\d.])"
# A year-less month.day written with a dot and 日/号: "8.15日截止", "9.30号前" (the 日 tells it from a
# decimal such as 1.5个工作日 or 3.5万元).
_DOTTED = r"(?<![\d.])(?P<dmonth>1[0-2]|0?[1-9])\.(?P<dday>3[01]|[12]\d|0?[1-9])\s*[日号]"

# A date whose 年 and 月 were lost in copying, its digits run together before 日: "截止时间为2025728日",
# "推迟到2020324日", "请于215日前", or only its 月: "2024年823日". Read only when the digits split one way: a one-digit month 2-9 or
# a two-digit month 10-12, then a two-digit day ("115日" could be 1月15日 or 11月5日, and runs such as
# "120日内" or "180日后" count days); 号 is left alone, it ends document numbers. A one-digit day
# splits one way too when the two digits are no day of a month ("请于67日前" is 6月7日, "25日前" is
# the 25th); only a 前 cue lets it go, so counts ("45日") stay counts, or a year run in right before a one-digit month
# 2-9, which no count has ("本市申报截止时间为202168日", "202371日至2024630…": r285_07, r267_09; "2021115日" stays
# unread, 1月15日 or 11月5日).
_UNITS_LOST = (
    r"(?:(?<![\d.\-])|(?<=-)(?=(?:19|20)\d{2}\s*年))"  # (after a range's dash only with its 年)
    r"(?:(?P<lyear>(?:19|20)\d{2})\s*年?\s*)?(?P<lmonth>1[0-2](?=\d{2}日)|[2-9])"
    r"(?P<lday>3[01]|[12]\d|0[1-9]|(?<=[4-9])[1-9](?=日\s*(?:之|以)?前)|(?<=3)[2-9](?=日\s*(?:之|以)?前)"
    r"|(?<=(?:19|20)\d\d[2-9])[1-9](?=日))"
    r"日(?!\s*(?:内|以内|之内|后|以后))"
)

# The same loss before a time of day: "受理截止时间为2023101218:00" (2023年10月12日18:00), "请于202231118:00前"
# (2022年3月11日18:00), "可于101818时前提交" (10月18日18时). Read only with the time right after (a time
# in 时 before 前), a two-digit month preferred.
_UNITS_LOST_TIMED = (
    r"(?<![\d.\-])(?P<tyear>20\d{2})?(?P<tmonth>1[0-2]|0[1-9]|[2-9])(?P<tday>3[01]|[12]\d|0[1-9])"
    r"(?=(?:[01]\d|2[0-4])[:：][0-5]\d|(?:[01]?\d|2[0-4])时\s*(?:之|以)?前)"
)

# The same loss with spaces left where 年 and 月 were: "公示时间为 2016 1 6 日至 2016 1 12 日", "于 2025 8 15 日前"
# (r265_09, r273_09), its year always written.
_UNITS_SPACED = (r"(?<![\d.])(?P<syear>(?:19|20)\d{2})[ \u3000]+(?P<smonth>1[0-2]|0?[1-9])[ \u3000]+"
                 r"(?P<sday>3[01]|[12]\d|0?[1-9])[ \u3000]*日(?!期)")

# A note between a date and its time or cue: a weekday 10月22日（周三）, 9月12日(星期五), or an
# inclusive mark 10月20日（含）前, 10月31日（含当日）.
WEEKDAY_NOTE = r"(?:[（(]\s*(?:(?:周|星期|礼拜)[一二三四五六日天]|含(?:当日|当天)?)\s*[）)])"

# Time of day after a date: 17:00, 17：00时, 17:30整, 17时, 下午5点, 下午5点半, 中午12:00, 24:00
TIME_OF_DAY = (
    r"(?P<ampm>上午|中午|下午|晚上|晚|早上)?\s*"
    r"(?:(?P<hour>[01]?\d|2[0-4])\s*[:：]\s*(?P<minute>[0-5]\d)(?:\s*[时整点])?"
    r"|(?P<hour2>[01]?\d|2[0-4])\s*[时点](?:\s*(?P<minute2>[0-5]?\d)\s*分|(?P<half>半))?)"
)

# The time zone named after a time, as national systems do: 10月20日17:00（北京时间）前.
TIME_ZONE_NOTE = r"(?:[（(]\s*北京时间\s*[）)])"

# A year named relative to the publication, not written: "截止时间为今年10月12日" (r372_02), "征集时间截止到今年12月10日",
# "明年1月10日前" (the code review's). Part of the mention, so a cue right before it still reads; the year is the
# publication's (or the next), never rolled over as a bare date's is.
_RELATIVE_YEAR = r"(?P<rel_year>今年|本年|当年|明年|次年)\s*"
NEXT_YEAR_WORDS = ("明年", "次年")

# One date, with an optional time of day after it.
DATE_MENTION = re.compile(
    rf"(?:(?:{_YEAR}|{_RELATIVE_YEAR})?{_MONTH}{_DAY}|{_NUMERIC}|{_DOTTED}|{_UNITS_LOST}|{_UNITS_LOST_TIMED}"
    rf"|{_UNITS_SPACED})"
    rf"(?:\s*{WEEKDAY_NOTE})?(?:\s*{TIME_OF_DAY}(?:\s*{TIME_ZONE_NOTE})?)?"
)

# Every date mention holds a digit or a 月 (二〇二五年十月十日): a text without one names no date.
DATE_HINT = re.compile(r"[\d月]")
# …and ends in one of these (日/号, a digit or numeral before 前, 底, a time of day, a bracketed note).
DATE_MENTION_END = re.compile(r"[日号\d时点分整半底〇○零一二三四五六七八九十）)]$")

# A range's end written as a bare day after the start: 9月15日至22日, 9月1日-30日, 3月3-9日.
RANGE_END_DAY_ONLY = re.compile(
    rf"\s*{RANGE_SEPARATORS}\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号]"
    rf"(?:\s*{WEEKDAY_NOTE})?(?:\s*{TIME_OF_DAY}(?:\s*{TIME_ZONE_NOTE})?)?"
)
# The end of a day's hours written after a date and its time: "2023年7月7日9:00-18:00", and a later
# range of the same day after it ("上午9:00-12:00，下午14:00-17:00"; "9:00-12:00、14:00-17:30").
_HOURS_TO = r"\s*" + RANGE_SEPARATORS + r"\s*"  # (hours joined as dates are: "9:00–17:00", "9:00至17:00")
CLOCK_RANGE_END = re.compile(_HOURS_TO + TIME_OF_DAY)
LATER_HOURS = re.compile(r"\s*[，,、]\s*(?P<start_ampm>上午|中午|下午|晚上|晚|早上)?\s*(?:[01]?\d|2[0-4])\s*"
                         r"(?:[:：]\s*[0-5]\d|[时点](?:\s*[0-5]?\d\s*分|半)?)" + _HOURS_TO + TIME_OF_DAY)
# What may stand between the two dates of a range: a separator, perhaps after 起 (自9月1日起至…), or after
# 开始 or 起 and a comma ("公示时间自2025年6月3日开始，至6月9日止", a review's phrasing).
RANGE_JOIN = re.compile(rf"^\s*(?:(?:起|开始)\s*[，,]?\s*)?{RANGE_SEPARATORS}\s*$")
# Two numeric dates joined by a slash are an interval as ISO 8601 writes one, where they fill a field that opens its line
# and names an application window ("申报日期 : 2023-05-09/2023-06-16", a project portal's field, "申报时间:2021-12-14 /
# 2021-12-29": r655_04, r656_06, r612_05, all labelled with the end as the deadline); a slash never joins dates in words.
# Not under any other label (a deadline and an opening day "报名截止：…/…开班", a contest's stages, a briefing's days, a
# reference period, batches "第一批/第二批…", a URL's path), nor one a word before it makes another's ("往年申报时间",
# "政策咨询受理时间"), nor with labels for each date after them ("…/…（企业/区级推荐）", "（企业申报截止、区级推荐截止）"): the
# three code reviews'.
NUMERIC_INTERVAL_JOIN = re.compile(r"^\s*/\s*$")
WINDOW_FIELD_BEFORE = re.compile(r"(?:^|\n)[\s•·●▪*]*(?:申报|申请|受理|报名|征集|填报)(?:日期|时间|期限)\s*(?:为)?\s*[:：]\s*$")
LABELS_AFTER = re.compile(r"\s*[（(][^（()）]*[/、，,]")

# The year of a document number, 苏工信〔2025〕279号 / [2025] / 【2025】 / 〔 2016 〕 307 号, for notices
# without a date. 〔 opens nothing but document numbers, so its year stands even when the closing
# bracket was lost in copying ("〔202254号" is 〔2022〕54号).
DOCUMENT_NUMBER_YEAR = re.compile(
    r"[〔\[【（(]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]】）)]\s*\d{1,4}\s*号"
    r"|〔\s*(?P<bare_year>(?:19|20)\d{2})(?=\d{1,4}\s*号)"
)
# …and a standing rule the text cites, before the number it was issued under ("根据《…认定管理办法》（芜经信速递〔2022〕449号）",
# r433_14; "按《…办法》（…）有关规定执行", "为贯彻落实《…办法》（…）", "《关于印发〈…管理办法〉的通知》（…）", "《…办法（2022年
# 修订）》", "《…若干政策》": the reviews'): the rule is older than the notice applying it. Not a rule this notice issues,
# its number followed by 印发 ("现将《…办法》（…〔2025〕3号）印发给你们"), nor a notice forwarded ("现将《关于组织…申报的通知》
# （…〔2025〕88号）转发给你们"), which are of the notice's year; nor a rule forwarded ("现将《…办法》（…〔2026〕3号）转发给你们").
_STANDING_RULE = r"(?:办法|规定|细则|条例|规程|导则|指引|意见|政策|措施)(?:[（(][^（()）]{0,10}[)）])?"
CITED_RULE_BEFORE = re.compile(r"《[^《》]*?(?:〈[^〈〉]*?" + _STANDING_RULE + r"〉[^《》]*?|" + _STANDING_RULE
                               + r")》\s*[（(][^（()）《》]{0,12}$")
ISSUED_AFTER_NUMBER = re.compile(r"\s*[〕\]】）)]?\s*(?:印发|下发|发给|转发)")

# A date whose parts were put on lines of their own (a page that sets every number in its own
# element): "请于\n7\n月\n8\n日前", "2016\n年\n5\n月\n9\n日". The line breaks inside such a date are
# removed, a number alone on its line joins the line before it when a date unit follows. The same
# pages may leave a space inside a two-digit month or day instead ("截止至 6月2 8 日 17:00"): no
# date reads "1 2", so the digits are joined. Each alternative starts where its whitespace run
# starts, so a long run of blanks is scanned once.
SPLIT_DATE_BREAKS = re.compile(
    r"(?<=[年月]\d)[ \t]+(?=\d[ \t]*[月日号])"
    r"|(?<=\d)[ \t]*\n[ \t]*(?=[年月日号])"
    r"|(?<=[年月])[ \t]*\n[ \t]*(?=\d{1,2}[ \t]*(?:\n[ \t]*)?[月日号])"
    r"|(?<![ \t])[ \t]*\n[ \t]*(?=\d{1,4}[ \t]*\n[ \t]*[年月])"
)

# A label whose characters are spaced out to line up a block of fields ("公 示 期:2024年10月24日至10月
# 28日", "受理处室:" below it): the spaces between its characters are removed, so it reads as the label
# it is (r38_15, r53_11). At most six characters, opening a line and closed by a colon.
SPACED_LABEL = re.compile(r"(?m)^[ \t\u3000]*((?:[\u4e00-\u9fff][ \t\u3000]+){1,5}[\u4e00-\u9fff])(?=[ \t\u3000]*[:：])")
LABEL_SPACES = re.compile(r"[ \t\u3000]+")

# What stands between enumerated dates that share one cue ("3月5日、6月5日、8月5日前").
DATE_LIST_JOIN = re.compile(r"\s*[、和及与]\s*")

# Before a signing date on its line stands at most the issuer's name: prose punctuation or a range
# joint there means the line is a sentence ending in a date.
NOT_A_SIGNATURE = re.compile(rf"[，,。；;：:]|{RANGE_SEPARATORS}\s*$")

# A year named on its own ("2024年度", "2021年我市…"), not one end of a period ("2025-2027年",
# "到2027年").
YEAR_NAMED = re.compile(
    rf"(?<![\d\-—–~～至到])(?<!到\s)(?P<year>(?:19|20)\d{{2}})\s*年(?!\s*{RANGE_SEPARATORS}|\s*\d)"
)

# Dates of other documents are not this notice's dates: 《关于2025年…的通知》 and 〔2025〕 numbers.
CITED_TITLE = re.compile(r"《[^《》]{0,120}》")

# --------------------------------------------------------------------------------------------------
# Deadline cues
# --------------------------------------------------------------------------------------------------

# A part of the day named without a clock time, between a date and its cue: 11月4日上午下班前,
# 9月30日下午前, 10月8日当天下班前, 6月5日中午12点前 (a clock time is part of the date mention).
PART_OF_DAY = r"(?:当天|当日)?\s*(?:上午|中午|下午|晚上|早上)?\s*(?:下班|工作时间结束|办公时间结束)?"

# Right after the date: 10月24日前, 10月24日之前, 10月24日以前, 9月23日止, 9月23日为止, 10月10日截止,
# 11月5日关闭 (the system), 11月5日停止受理.
# 及之前 / 及以前 describe a set of past things ("授权日在2023年5月31日及之前的发明专利"), not a deadline.
CUE_AFTER = re.compile(
    rf"^\s*(?:[（(]\s*含(?:当日|当天)?\s*[）)])?\s*{PART_OF_DAY}"
    r"(?P<cue>之前|以前|前(?!后|期|述|款|列|沿|身|往|[一二三两几十\d])|为止|止|截止|截至"
    # the application system closes or stops taking applications: "将于11月5日17:00关闭申报系统",
    # "9月30日停止企业信息填报" (r231_07, r231_11, r169_02); the round ends: "申报工作将于4月20日结束" (the act
    # is still required in the clause)
    r"|关闭|停止(?:受理|申报|报名|接收|[^，。；,;\s]{0,6}?填报)|结束"
    # entries closing: "本次征文于2026年7月31日截稿" (the code review's)
    r"|截稿)"
)
# A step of the procedure to finish on the date, with or without 于: "请于10月31日完成网上申报",
# "市科技局10月15日完成审查" (not a project's own work: "于2026年底完成建设").
CUE_DONE_BY = re.compile(
    rf"^\s*{PART_OF_DAY}\s*完成[^，。；,;]{{0,6}}?"
    r"(?:申报|申请|填报|提交|报送|上报|报名|审查|审核|初审|复审|推荐|评审|确认)"
)
CUE_AFTER_CONDITION = re.compile(r"^\s*及(?:之前|以前|之后|以后)")

# A window's opening as a label names it ("开始时间：2022-08-09"; see START_DATE_LABEL).
_WINDOW_OPENING_LABEL = r"(?:开始|起始)(?:时间|日期)"
# Right before the date: 截止时间为, 截止日期：, 截至, 截止到, 受理截止, 期限为, 至/到 (…起至 DATE);
# a changed date: 截止时间变更为 / 调整为 (extension notices); 不晚于, 不迟于, 最迟于, and 不超过 after the act it
# limits, right after it or its time ("申报不超过8月25日", "材料提交时间不超过2024年10月31日": r402_02 and a reviewer's
# phrasing; not a project's term, "实施期限…最迟不超过2028年6月30日", "申报项目完成时间不超过…": r324_14, the code review's).
CUE_BEFORE = re.compile(
    r"(?:截止|截至|截止到|截至到)(?:时间|日期|日)?\s*(?:分别)?\s*(?:(?:变更|调整|更改|改)?为|是|到|至)?\s*[:：]?\s*$"
    # the entries' closing date of a contest or a call for writings: "截稿时间：2023年5月31日", "截稿日期为10月31日"
    # (r353_14, r353_17, r349_09; "截稿日：", the code review's)
    r"|截稿(?:时间|日期|日|期限)?\s*(?:为|是)?\s*[:：]?\s*$"
    # a window's end named 截止期 ("公示截止期为…"; not "项目建设完成截止期", "有效截止期")
    r"|(?:公示|申报|受理|报送|提交|报名|异议|征求意见)截止期\s*(?:为|是)?\s*[:：]?\s*$"
    r"|期限(?:为|是)?\s*[:：]?\s*$"
    # a window labelled by its opening and its end: "开始时间：2022-08-09 结束时间：2022-09-09" (r452_06, r474_01)
    r"|" + _WINDOW_OPENING_LABEL + r"[^。；;]{0,30}?(?:结束|终止)(?:时间|日期)\s*(?:为|是)?\s*[:：]?\s*$"
    r"|(?:不晚于|不迟于|不得晚于|最迟于|最晚于|最迟在)\s*$"
    r"|(?:申报|申请|报名|提交|报送|受理|推荐)(?:材料)?(?:(?:截止)?(?:时间|日期))?\s*(?:不超过|不得超过)\s*$"
    # (the window's end after a dash as after 至: "品牌展位确认：即日起—5月20日", r462_14, r504_03)
    r"|(?:起|即日)\s*" + RANGE_SEPARATORS + r"\s*$"
)
# A one-day intake, "材料集中受理时间为：2023年7月7日9:00-18:00": the day closes the window when its hours
# are given or a closing word follows ("…10月16日前", "…10月16日，逾期不予受理"); a date alone after
# 受理时间 may be when intake opens ("受理时间为10月8日，届时系统开放", "…10月8日以后").
INTAKE_DAY_BEFORE = re.compile(r"(?:集中)?受理(?:时间|日期)\s*(?:为|是)?\s*[:：]?\s*$")
_LATE = r"(?:逾期|过期)"  # the refusal of late papers begins so ("逾期不予受理", "过期视为放弃")
INTAKE_DAY_CLOSES_AFTER = re.compile(r"^\s*(?:截止|之前|以前|前|当天|当日)|^\s*[，,]?\s*" + _LATE)
# A batch's name ("第二批", "第3批次") before its date; also how a batch's deadline label begins. A batch
# named right before its date, after a cue ("截止日期，第一批2022年5月10日", "截止日期：第一批…"), and the
# clause of a cue that listed batches in the sentence before, which a later batch continues
# ("…截止日期，第一批…；第二批…"). A quarter's or a half-year's intake is a batch too ("第一季度截止时间为2024年4月12日；第二季度截止时间
# 为…", r529_07; "每季度末（分别是3月底、6月底…）", r531_09: both labelled with the quarter open at publication).
BATCH_NAME = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}批次?|第?[一二三四1-4]季度|[上下]半年)")
# Dates listed with the next batch named between them share a cue as a plain list does: "第一批…请于4月30日、
# 第二批请于10月15日前报送" (r134_01).
BATCH_LIST_JOIN = re.compile(r"\s*[、，,；;]\s*" + BATCH_NAME.pattern + r"\s*(?:[：:]\s*)?(?:请\s*)?(?:于|在)?\s*")
BATCH_LABEL_END = re.compile(BATCH_NAME.pattern + r"\s*(?:[：:为是]\s*)?$")
BATCHES_AFTER_CUE = re.compile(r"(?P<clause>[^。；，,\n]*(?:截止|截至)(?:时间|日期))[^。；]{0,6}?" + BATCH_NAME.pattern)
# A clause naming a programme of its own ("重点研发常年申报类一般项目网上申报截止时间为…").
PROGRAMME_NAMED = re.compile(r"项目|专项")
# Nothing after a date but its cue and the refusal of late papers: "2025年7月11日前，逾期申报不予受理。"
LATE_REFUSED_AFTER = re.compile(r"^\s*(?:之前|以前|前|止)\s*[，,]?\s*(?:逾期|过期|[。；;]|$)")
# …also in the next clause after the date ("截止2024年5月17日，逾期不予受理"; not firms excluded by a date,
# "截至6月30日，逾期未报送统计数据的企业不得申报").
LATE_REFUSED_NEXT = re.compile(r"[，,]\s*" + _LATE + r"[^，。；的]{0,6}?(?:不予|不再|视为|概不|不能|无法)")
# …or as a bracketed note in a date cell: "2023年7月31日（逾期不予受理）。" (r146_18), "…（以邮戳为准，逾期不予受理）".
LATE_REFUSED_NOTE = re.compile(r"[（(](?:以邮戳为准[，,]?\s*)?" + _LATE + r"[^（）()]{0,12}[)）]")
# A date set by an extension or change: 延至, 延长至, 推迟到, 顺延至, 提前至, 变更为, 调整为, 调整至. The earlier
# date it replaces, restated elsewhere in the notice, is dropped.
# What a changed date may be for, and what it may not: a window of the applicants' ("网上申报时间由…调整为…"),
# not a review's or a meeting's ("专家评审时间由原来的6月10日延后至6月20日").
CHANGED_WINDOW = re.compile(r"申报|申请|报送|提交|受理|报名|填报|材料|征集")
CHANGED_NOT_WINDOW = re.compile(r"评审|考察|审查|审核|初审|复审|答辩|验收|会议|培训|活动")
_CHANGED_TO = r"(?:延至|延长至|延长到|延期至|延后至|延后到|推迟至|推迟到|顺延至|提前至|提前到|(?:变更|调整|更改|改)(?:为|至|到))"
EXTENDED_TO = re.compile(_CHANGED_TO + r"\s*[:：]?\s*$")
# The old date named as such before the new one in the same sentence: "原申报截止时间为2024年6月30日，现延长至2024年7月15日"
# (r219_11 and three of the review's phrasings).
REPLACED_BEFORE = re.compile(r"(?:(?:^|[，,；;：:\s])原(?:定|来|先)?|将原(?:定|来|先))[^，,。；;]{0,20}?$")
# (…also within one clause, the window named between: "将原定于2022年5月20日截止的申报时间延长至6月10日", a reviewer's
# phrasing of round 49; not "将原件于…前报送…，扫描件可改为…")
NEW_DATE_AFTER = re.compile(r"^[^。；;，,]{0,12}?[，,]\s*(?:现|现已|特|故)?[^。；;，,]{0,10}?" + _CHANGED_TO
                            + r"|^[^。；;，,]{0,8}?(?:截止|时间|日期)[^。；;，,]{0,8}?" + _CHANGED_TO)
# A page's own date line is no deadline: "发布日期：2022-03-15    截止日期：2022-04-15", "发布时间：2021-09-01" (r388_14 and a
# reviewer's phrasing of round 49).
PUBLICATION_DATE_LABEL = re.compile(r"(?:(?:发布|发文|成文|印发|生成|公开|更新|发稿)(?:日期|时间)|发布于)\s*[:：]?\s*$")
# Words of a list's own window: its publicity, objections raised to it ("公示时间：…", "如有异议，请于…前反映"; not a later
# step for those with none, "公示无异议的企业，请于…前完成信息确认": the code review's).
PUBLICITY_WINDOW_WORDS = re.compile(r"公示(?:期|时间|日期)|公告期|有异议|提出异议|异议期|反映")
# …nor a window's opening labelled so: "本次征集开始时间：2022-08-09 结束时间：2022-09-09" (r452_06, r474_01).
START_DATE_LABEL = re.compile(_WINDOW_OPENING_LABEL + r"\s*(?:为|是)?\s*[:：]?\s*$")
# A bare 至/到 right before a date also ends a window when the text before names one
# ("申报时间：即日起至…", "有效期至…" is caught by the exclusions below).
CUE_BEFORE_TO = re.compile(r"(?:至|到)\s*$")
# Who applies, named before a reference date ("申报对象为截至2024年3月1日，由民政部门认定的低保对象…", r426_13): a noun, no
# act of applying (see deadlines._is_reference_point).
# Only the noun and its copula right before the date ("申报对象为截至…"), not applicants acting by it ("各申报单位2025年9月30日前，
# 将材料报送…", "申报单位截至…，须完成填报": the second review's).
APPLICANTS_DEFINED_BEFORE = re.compile(r"(?:申报|申请)(?:对象|主体)(?:为|是)\s*$")
# "于9月15日前" reads as a deadline; so does "于9月15日将材料报送…" without 前.
CUE_YU = re.compile(r"(?:于|在)\s*$")
# …but not one done already: "企业已于2025年6月30日前填写半年报的，…无需重复填报".
DONE_BY_BEFORE = re.compile(r"已(?:经)?\s*(?:于|在)\s*$")
# Sending by e-mail is handing in ("发至邮箱", "发送到…@…"); 转发 passes a notice on.
SEND_TO = r"(?<!转)发(?:送)?(?:至|到)"
# A bare 报 or 送 before the body that receives the papers hands them in: "于8月15日报省农委", "前报我局",
# "于8月20日前将汇总表送我局技术科", "…前将书面申报书分送我局相关科室", "前将书面申报材料统一送市科信局" (r90_04,
# r58_19, r73_03), or to an office or a division named in full ("…前将…工作要点表报联席会议办公室", "…将申报书报科技处
# 办公室": r260_08, r249_18; "…报教育部办公厅", "…报社会科学处办公室": a reviewer's phrasings), or to a body named after
# its place ("于2022年6月30日前报许昌市…", "…前将推荐文件报西安市工信委", "…前报下城区卫生和计划生育局…": r263_03,
# r247_17, r249_06). (not 通报, 汇报, 简报…, 运送, 赠送…; not 报市场…, 报区内…, 送市民…, 报到处, 报社)
_NOT_HANDED_IN_AFTER = r"(?![到道告表名刊纸价废销经]|社(?!会))"  # 报到, 报告, 报名, 报经…批准, 报社…
SENT_OR_REPORTED_TO_BODY = (r"(?:(?<![通汇简公情举预电快周])报|(?<![传发递寄输运护接赠欢])送)"
                            rf"(?=我[局厅委办]|{_NOT_HANDED_IN_AFTER}(?:[\u4e00-\u9fff]{{1,10}}?(?:办公室|办公厅|处(?![理置罚]))"
                            r"|[\u4e00-\u9fff]{0,6}?[市省区县州](?!场|民|内|外|级|直|属)))")
# (papers mailed: 寄至, or 寄到, "以市（地）正式文件于6月10日前统一邮寄到省农业厅农机处", r323_04, r249_03)
_HAND_IN = rf"(?:报送|提交|上报|递交|寄送|送达|送交|寄至|寄到|交至|反馈|{SEND_TO}|{SENT_OR_REPORTED_TO_BODY})"
HAND_IN = re.compile(_HAND_IN)
# Before the act: someone named, or the act done already (see deadlines._hands_in_papers).
SOMEONE_OR_DONE = re.compile(r"已|企业|单位|部门|局|厅|委|办|区|县|市|省|镇|街道|申报人|申请人|个人")
# …or bodies named, then handing papers in ("5月20日前，各设区市科协，各省级学会将推荐材料报送省科协办公室", "10月12日前，
# 各辖市区科技部门将《推荐表》报送…": r195_09, r140_11) or told to complete a step of the procedure ("5月20日下午17:30之前，
# 各申报单位完成网上申报", "3月25日前，…各条线处室完成线上审核": r209_01, r140_01), nothing done already
BODIES_ACT_DUE = re.compile(r"[\s，,]*(?:各[^。；;已]{0,50}?将[^。；;]{0,60}?" + _HAND_IN
                            + r"|[^。；;已，,]{0,30}?(?:各|单位|部门|处室)[^。；;已，,]{0,10}?(?:完成|应|须|要)[^。；;已]{0,30}?"
                            # (not a report of the step done: "…完成网上申报，全市共收到申报项目320个，目前已进入评审")
                            r"(?:申报|填报|提交|报送|上报|审核|推荐|明确)(?![^。；;]{0,40}?(?:已|共收到|共受理)))")
# Those who may or must act named after a date opening its clause, then the act: "即日起至10月20日，全市妇女可通过
# 本人自荐、他人举荐、单位推荐…", "7月1日至7月15日，符合条件的见习单位可登录…提交补贴申请", "2021年5月15日前，符合条件的
# 规模养殖场提出示范创建申请" (r394_08, r367_18 and a reviewer's phrasings): the date closes their window. Those named
# 全市/各/凡 take a modal (可, 须, 应); a report goes on with what they did ("…至12月31日，各区县共受理申报…"); a period
# the applicants must have registered or started in is a condition ("2025年1月1日至6月30日，凡新注册的企业均可申请…").
APPLICANTS_MAY_ACT = re.compile(
    r"[\s，,]*(?![^，,。；;]{0,24}?(?:新注册|新引进|注册|成立|认定|到岗|投产|建成|取得))"
    r"(?:(?:全[市省区县州旗盟]|各|凡)[^，,。；;]{0,20}?(?:均?可|须|应|需)|符合条件的[^，,。；;]{1,20}?(?:均?可|须|应|需)?)"
    r"[^。；;]{0,40}?(?:推荐|自荐|举荐|申报|提交|报名|申请)(?!的)")
# What opens a window before its end, in the end's own clause: "即日起至", "从发布之日起至".
WINDOW_OPENER = re.compile(r"(?:从|自)?(?:即日|[^，,。；;]{0,12}?之日)起?\s*" + RANGE_SEPARATORS)
# …and the act that window is open for may close the sentence, after a long list of those who may take it or are
# asked ("即日起至9月13日，盐田辖区社区工作站、…以及在深圳市内登记社会组织、工商企业、科研院校，…的，均可参与申报",
# "自即日起至2025年11月10日向市旗县区两级各工作部门、…以及各界群众，公开征集…提案线索": r405_02, r414_06).
# Not a benefit or a subsidy the public may claim in that period ("即日起至12月31日，在本市购买…的个人和企业，均可申请消费
# 补贴": the code review's): 申请 alone is no act of this window.
ACT_CLOSING_OPENED_WINDOW = re.compile(r"^[^。；;]{0,200}?(?:(?:均|皆|都)可以?[^。；;，,]{0,12}?(?:申报|报名|推荐|参赛|投稿)"
                                       r"|(?:公开|面向社会)征集(?![到的])"
                                       # (or a collection or selection carried out in it: "从即日起至2025年10月25日，在全省范围内
                                       # 开展2026年度民生实事项目征集活动", r422_02; not coupons applied for, "开展消费券申报活动":
                                       # the second review's)
                                       r"|(?:开展|启动)[^。；;]{0,40}?(?:征集|评选)(?:活动|工作)?(?![^。；;，,]{0,6}?(?:结果|名单)))")
# 分别 pairs listed dates with several acts or bodies ("分别于9月30日、10月15日前…", "截止时间分别为…");
# read from the start of the sentence to a few characters after the last date ("…前分别完成"); not the periods of one
# recurring intake it spells out ("每季度末（分别是3月底、6月底、9月底、12月底前）", r531_09; "每年分两批（分别是…）", the
# code review's).
_RECURRING_INTAKES = ("批", "批次", "季度", "季度末", "半年", "半年末", "每月", "月末")  # before "（分别是…"
RESPECTIVELY = re.compile("".join(rf"(?<!{intake}[（(])" for intake in _RECURRING_INTAKES) + "分别")
RESPECTIVELY_REACH = 6
# The verb follows the date closely, or ends a 将 phrase opening right after it, however long the
# list of papers it carries ("于9月29日，将认定材料（一式三份）、考核材料（一式两份）报送至…").
SUBMIT_VERB_AFTER = re.compile(rf"^[^，。；]{{0,12}}?{_HAND_IN}|^\s*[，,]?\s*将[^。；]{{0,120}}?{_HAND_IN}")
# "于/在 DATE 前 … 提供/提交": the date governs an act of handing in, so condition words earlier in
# the clause ("新购置检测设备的发票清单（可在2025年11月28日前另行补交") describe the papers, not the
# applicant.
SUBMISSION_AFTER = re.compile(
    r"^\s*(?:[（(]\s*含(?:当日|当天)?\s*[）)])?\s*(?:之前|以前|前)[^，。；]{0,8}?"
    r"(?:报送|提交|上报|递交|寄送|送达|提供|补交|补报|交至|寄至|寄到)"
)
# A supplement the applicant may send later ("可在11月28日前另行补交", "可于…前补充提交") is
# not the date by which the application itself is due.
OPTIONAL_BEFORE = re.compile(r"可\s*(?:在|于)\s*$")
SUPPLEMENT_AFTER = re.compile(r"^[^，。；]{0,12}?(?:另行|补充|补交|补报|单独提供)")
# Nor is a later step for some applicants only, after a review: those selected ("获得推荐资格的单位
# …于8月22日前完成网络申报") or turned back ("未通过形式审查的项目须在…前完成补正").
FOLLOW_UP_STEP = re.compile(
    r"(?:获得|取得)[^，。；,;]{0,8}(?:资格|推荐)的|(?:未能?|没有)[^，。；,;]{0,10}通过[^，。；,;]{0,10}的"
    r"|被(?:驳回|退回)的|补正"
)

# Naming a contact person for the procedure ("请于…前将负责申报工作的联系人名单报我局", "将联络员信息
# 信息反馈…") is an errand of the bodies addressed, not an application: the date stays a deadline but
# never stands in for apply_deadline.
CONTACT_RETURN = re.compile(r"(?:联系人|联络员|管理员)(?:名单|信息|回执|姓名)")

# Working-day and day-count windows: 公示期自2025年9月19日起5个工作日; 自发布之日起7日内.
COUNT_WINDOW = re.compile(
    r"(?:为期|为)?\s*(?<![\d月年])(?<!月\s)(?P<count>\d{1,3}|[一二三四五六七八九十]{1,3})\s*个?\s*"
    r"(?P<unit>工作日|自然日|日(?=内)|天)"
)
# The start of a counted window stated as the notice's own date: 自公布之日起, 在公布之日起,
# 自本通知发布之日起, 自通知下发之日起, 自名单公布之日起, 自即日起 (a publicity notice's "自即日起7日内"),
# also asked of the reader with 于: "请于即日起7个自然日内…反映", in brackets after the window's name:
# "公示期（公布之日起7个工作日）", "公示期内（公示日起5个工作日内）" (r311_01; 期间, 期限, 公示时间 too), or with its 起 dropped:
# "自公布之日五日内" (not a time before or after the notice: "在本通知印发之日前30天内未发生…", "于名单公布之日后
# 30日内拨付").
NOTICE_ITSELF = r"(?:本|该)?\s*(?:通知|公告|公示|文件|名单|结果)?"
NOTICE_ISSUED = r"(?:公布|发布|公示|印发|发文|公告|下发|发出|刊发|刊登|张贴|挂网|上网)"
COUNT_FROM_NOTICE = re.compile(
    rf"(?:自|从|在|于|(?:(?<=期)(?:内|间|限)?|(?<=公示)时[间限])[（(])\s*{NOTICE_ITSELF}\s*{NOTICE_ISSUED}\s*之?日"
    r"\s*(?:起|(?![前后]))"
    r"|(?:自|从|于)\s*即日起"
)
# What joins a start date to its count: "自2025年9月19日起5个工作日", "9月19日起，为期5天", the window named again
# after the comma: "公示时间从2024年9月2日开始，公示期为五个工作日" (r309_19).
COUNT_START_JOIN = re.compile(r"\s*(?:起|开始)\s*[，,]?\s*(?:(?:公示|异议)(?:期限?|时限|时间|期间)?\s*)?(?:为期|共|计)?\s*")
# A publicity notice's counted window with no start date before it runs from the notice's own date:
# "公示期为5个工作日", "公示时间：7天", "对名单有异议的，请于15个工作日内…提出" (a request to the
# readers; "无异议的，将于10个工作日内拨付资金" is the bureau's own later step).
PUBLICITY_COUNT_UNSTARTED = re.compile(r"(?:公示(?:期|时间)\s*(?:为|是)?\s*[:：]?|请\s*(?:于|在))\s*$")
# A text put up for comment in so many words, in its opening 2,000 characters (not an issued one that
# says it took comments, "经征求各成员单位意见，现将《…》印发给你们"): what its readers are asked to send in
# a window headed for collecting or feedback ("征集时间：3月16日至3月22日") is their comments.
# (征集 as well as 征求: "现面向社会公开征集意见", r128_16)
COMMENTS_INVITED = re.compile(r"征求意见稿|讨论稿|送审稿|草案|(?:公开|现|面向社会|向社会)[^，。]{0,10}征[求集][^，。]{0,10}意见")
COMMENTS_READ_CHARS = 2000
COMMENT_WINDOW_HEADING = re.compile(r"(?:征集|反馈|意见)[^，。；]{0,4}(?:时间|日期|期限|时限)")
# The text right before a counted window must name a window for it to be a deadline.
COUNT_WINDOW_NOUNS = re.compile(r"公示|异议|征求意见|意见反馈|申报|受理|报名|提交|报送|上报|递交|提出")

# Words saying the date belongs to a window for action; one must occur in the date's sentence or
# in the heading just above it.
# A contest's or a call for writings' window for entries, named right before its time ("三、征文时间" over "即日起至
# 2022年2月28日", "征稿时限", "参赛时间：", "投稿时间", "截稿期限": r353_12, r353_16, r353_13, r352_08); not a final's or a
# round's, nor one shared with a place ("决赛参赛时间", "参赛时间及地点": the code review's), nor judging, an exhibition
# or results named between ("征文评选时间", "参赛作品展出时间", "征稿结果公布时间").
CONTEST_WINDOW = r"(?<!决赛|复赛|初赛)(?:征文|征稿|投稿|参赛|截稿)(?:时间|日期|期限|时限|期间)(?![及和与]|地点)"
ACTION_WORDS = re.compile(
    r"申报|申请|受理|提交|报送|上报|递交|填报|报名|征集|公示|异议|征求意见|意见|反馈|审核|推荐|举荐|推选|提名|初审|"
    r"复审|评审|确认|上传|办理|截止|截至|逾期|材料|送达|寄至|寄到|交至|送至|提出|完成|登记|注册账号|预约|"
    # filling in the form is applying: "于12月15日17:00前汇总企业信息填写《…汇总表》" (r135_15)
    # (forms handed in: "第一批交表时间：2025年4月27日-5月12日", r508_03)
    r"登录|登陆|申领|反映|填写|交表|" + SEND_TO + "|" + SENT_OR_REPORTED_TO_BODY +
    # handing results to a higher body for its records: "于5月15日前将评审结果报市科技局备案"
    r"|报[^，。；]{1,20}?备案"
    # entries to a contest or a call for writings handed in or closing ("请于…前投稿", "截稿时间"), or their window named
    # ("征稿时限", "参赛时间：…—9月30日")
    r"|投稿|来稿|截稿|" + CONTEST_WINDOW
)

# --------------------------------------------------------------------------------------------------
# Exclusions: dates that are not deadlines even with a cue
# --------------------------------------------------------------------------------------------------

# A status to be held by the date, right after it: "申报企业须于2023年12月31日前取得高新技术企业证书" (a reviewer's
# phrasing of round 46); not those holding a right to act ("取得推荐资格的企业请于…前填报"), nor a digital certificate
# obtained as a step of applying ("于…前取得CA数字证书"), nor papers sent by it ("…前将获奖证书扫描件…发送至", r316_08).
_STATUS_BY_THE_DATE = (r"\s*(?:之前|以前|前)(?:须|应|需|要|已)?(?:获得|取得)(?![^，。；]{0,8}?(?:数字证书|CA|账号))"
                       r"[^，。；]{0,12}?(?:证书|许可证|执照|认定|资质|称号)")
# Projects told apart by when they were finished, right after the date and then the subject of a dated act ("对2021年5月
# 至6月30日前完工项目最迟于7月5日前将…提交", r566_08; "…3月31日前竣工验收项目请于…"): a condition on the projects; not a
# window to finish one's applying ("…前完成网上申报"), a library to be built by the date nor a return on the projects
# ("…前建成项目储备库", "…前完工项目及在建项目的统计表报送": round 63's code reviews).
_PROJECTS_FINISHED_BY = (r"\s*(?:之前|以前|前)\s*(?:完工|竣工|建成)(?:验收)?的?项目"
                         r"(?=[，,]?\s*(?:最迟|须|应|需|请|要|均)?\s*(?:于|在))")
# Either, read right after a date, makes it a condition (one search per date).
CONDITION_RIGHT_AFTER = re.compile(_STATUS_BY_THE_DATE + "|" + _PROJECTS_FINISHED_BY)
# What a return on a project's progress is made of ("…前完成项目建设进度及投入运营情况的填报", "…建设投产台账的更新"):
# its date is a deadline, not a condition on the project.
_RETURN_WORDS = r"情况|进度|数据|台账|填报|报送|统计"
# Eligibility and reference conditions in the date's clause: 2024年10月24日之前获市级认定,
# 2025年10月10日前到岗满6个月, 1985年1月1日及以后出生, 2023年12月31日前在江苏省注册, 于2022年6月30日
# 前公开发表. Each alternative is a condition on the applicant, never an act of applying.
# (an age counted to the date, "计算年龄截止时间为2019年1月1日", "年龄计算截止2022年9月": r340_02, r332_12)
CONDITION_WORDS = re.compile(
    r"获(?:得)?[^，。；]{0,6}(?:认定|授权|立项|批准|命名)|年龄|认定时间(?![^，。；]{0,3}(?:截止|截至))|到岗|在岗|出生|"
    # 注册 of a company is a condition; registering on a website or platform is an act
    # ("于6月12日前登录“企服云”（http://…）注册（如已注册请直接登录）", "在系统注册"), and so is a window for
    # registering ("企业注册截止日期和报名截止日期分别为…", r138_13); the office where a firm is registered is where its
    # papers go ("于5月15日17:00前通过…平台提交至注册地所在的区（市）工业和信息化主管部门", r459_14; "向注册所在地…", "报送至
    # 注册地所属…": the code review's); nor registering joined to the applying itself ("于2023年11月10日前，通过申报系统
    # （…）完成注册和申报信息填写", r531_12; "…之间完成网上注册并提交…" below), but not a firm registered that files its
    # taxes ("…前在本区注册并依法申报纳税的小微企业", the code review's)
    r"(?<![)）”站台统上线至到向])(?<!如已)(?<!若已)注册"
    r"(?!账号|登录|用户|截止|[和及并与、][^，。；]{0,6}?(?:申报(?![^，。；]{0,4}?(?:税|统计|数据|社保))|申请(?!纳税)|填写|填报|提交|报名|上传))|"
    r"成立|登记的|(?:签订|签署)(?:劳动|合同|协议)?|发表|投入实施|来[^，。；]{0,3}工作|新引进|全职引进|"
    # a project running by the date ("于9月底前完成建设并投入运行的项目", "6月30日前建成投产"; not a paper
    # handed in by it, "于9月30日前将设备投入使用证明报送…")
    # (…or able to by then: "2024年10月底前能完成平台建设任务、形成服务能力并投入应用", r497_09; "…前建设完成并投入使用",
    # "…前完成主体工程建设并投入试运行", "…前全面建成并投入使用", "…前建成投运"; not a return on how it goes, "…前完成项目建设
    # 进度及投入运营情况的填报", "…前完工并将投入运行情况报…": the code reviews')
    r"前\s*(?:能够?)?\s*(?:完成[^，。；]{0,6}?建设(?:任务)?|建设完成|(?:全面|基本)?建成|竣工(?:验收)?|完工)"
    r"(?:(?!" + _RETURN_WORDS + r"|将)[^，。；]){0,16}?(?:投入(?:试)?(?:运行|使用|运营|生产|应用)|投产|达产|投运|投用)"
    r"(?![^，。；]{0,4}?(?:" + _RETURN_WORDS + r"))|"
    # an insurance taken out by the date, by the firms described ("于2025年10月15日前投保首批次新材料综合保险…的生产
    # 制造企业", r158_19, r158_06; not one the readers are asked to take out, "于7月5日前办理投保手续，并将…报送")
    r"参保|投保[^，。；]{0,40}?的|缴纳|购置|销售|授权公告|申请日|公告日|生效日|入库日期|发文日|满\s*[\d一二三四五六七八九十半]+\s*"
    r"(?:个月|年|周岁)|已(?:经)?(?:提交|获得|认定|完成|建立|开展)|技术应用"
)
# A sentence saying a window has passed or readers missed it ("仍有部分单位未按要求上报", "尚未提交",
# "申报已截止"); its dates before the notice's own date are past events.
MISSED_WINDOW = re.compile(r"仍有|尚有|尚未|未按(?:时|期|要求|规定)|(?:已经?|业已)(?:截止|结束|届满|过期)")
# …and so is a window told as held, right after its dates ("区科经委于2024年10月21日至10月25日组织实施了…网上申报工作，日前，…
# 增加了一次网上申报时间", r553_03; the guide excludes dates of past events), not a sentence doing something else
# elsewhere ("…组织开展了专家评审", "组织了解…": the code review's).
HELD_AFTER = re.compile(r"^\s*(?:组织实施|组织开展|实施|开展|举办|完成|进行)了")

# Validity, effect and policy periods: 有效期至…, 自…起施行/执行, 政策执行期.
# Also statistics cut-offs ("统计时间截至2025年6月30日", "营业收入（截至2025年6月30日）").
# (an interest subsidy's period, not the window to apply for one: "贷款贴息申报截止时间由…延期至2016年11月30日", r455_08;
# "贴息资金申报截止时间为…", "贴息申请受理时间为…", "申请贴息的企业须于…前提交": the code review's; but "贴息申报对象为…前
# 已还清贷款的企业" names who may apply)
VALIDITY_WORDS = re.compile(
    r"有效期|施行|执行期|实施期|实施周期|建设周期|建设期|项目周期|生效|失效|期满|起执行|起实施|统计|"
    r"(?<!申请)(?<!申报)贴息(?!(?:资金|项目)?(?:(?:申报|申请|申领)(?:工作)?(?:受理)?|受理)(?:截止|时间|期限|日期|期))|"
    r"考核期|[（(]\s*(?:截至|截止)(?:到)?\s*$"
)
# A standing yearly or monthly rule names no calendar date of this notice ("企业应在每年11月1日至
# 11月30日提交申请", "每年5月31日前填报上年度报表"): the date right after 每年/每月 is left out.
RECURRING_BEFORE = re.compile(r"每(?:年|年度|月|季度)\s*(?:的)?\s*$")

# 1 January just before a 31 December its clause runs to ("从2023年1月1日计算至2023年12月31日"): whole years…
YEAR_START_BEFORE = re.compile(r"(?<!\d)1\s*月\s*1\s*日[^，,。；;\d]{0,6}$")
# …unless named as the window before them ("受理时间为", "申请期限：") or as the time to act after them
# ("…为集中申报期", "…内登录系统完成填报"); a word such as 申报企业 or 提交 alone names none.
WINDOW_NAMED_BEFORE = re.compile(r"(?:公示|申报|受理|报名|征求意见|填报|提交|报送|申请|申领)(?:期|时间|日期|期限)")
ACT_AFTER_WHOLE_YEARS = re.compile(r"[^，,。；;]{0,4}(?:为[^，,。；;]{0,6}(?:申报|受理|申请)期"
                                   r"|(?:内|期间)?[^，,。；;]{0,6}(?:登录|提交|填报|申请|申报))")
# An aside after a range's end, its close restated in brackets ("3月21日（截至3月21日23:59）期间…"), or none.
_RANGE_END_ASIDE = r"^\s*(?:[（(][^）)]{0,20}[）)])?\s*"
# A range followed by 期间 is a reference period ("2025年3月16日至2025年12月31日期间签订贷款合同"), and so is one followed by
# 之间 and what happened in it ("申请补助项目应在2023年1月1日至2023年11月30日之间发生": r503_01; r472_05, r480_11, r495_08
# labelled so too; not a window, "…至10月31日之间，逾期不予受理", "…之间向区科技局提交", nor one to complete a step in,
# "…之间完成网上注册并提交…", "…之间完成改造方案编制并报送": the code reviews'), unless it is the 公示 period itself; so is one
# whose data a review is based on ("以2022年10月1日-2023年6月30日数据为基础", r146_18).
REFERENCE_PERIOD_AFTER = re.compile(_RANGE_END_ASIDE + r"(?:期间(?!内)"
                                    r"|之间(?=[^，,。；;]{0,4}?(?:发生|支出|签订|购置|购买|投资|举办|引进|取得|设立|建成|投产))"
                                    r"|的?[^，,。；;]{0,6}?数据为(?:基础|准|依据))")
# …unless the range is itself named as a window for acting: "申报受理时间为10月20日至10月31日期间",
# "按照通知列明的申报材料，自3月15日至4月10日期间上传", also by the way to act after a comma: "在4月28日至
# 5月6日期间，通过线上报送系统提交申请", "3月15日至4月10日期间，通过线上系统报送" (r153_01, and a 酉阳 page of 2023).
WINDOW_BEFORE_PERIOD = re.compile(r"公示|申报|受理|报名|征求意见|填报|提交|报送")
# (not the firms a period describes, "…至10月31日期间，通过某平台报名参加境外展会的企业，可申请补贴", nor
# what they did in it, "…期间，通过省工信厅组织申报并获批…", "…报名参加境外展会，且已完成参展")
# (the window's close may be restated in brackets, and the act named with its object: "2025年3月12日—3月21日（截至3月21日
# 23:59）期间进行项目申报", r171_03)
# (the way to act may run over a comma to the act: "在2025年6月20日至6月30日期间，登录…“政策兑现”栏目，选择相对应的项目
# 申报进行申请", r294_10; "…期间，通过“某某一网通办”进入…专区，上传…后提交申请", a reviewer's; not where it describes
# the units that may claim or what they did, "…期间，通过某平台报名参加境外重点展会的外贸企业，可申请…", "…，且已完成参展，
# 可申请…")
# (after 之间 as after 期间: "在…至6月30日之间，登录系统提交申请" names its act after the comma)
_PERIOD_CLOSES = _RANGE_END_ASIDE + r"(?:期间|之间)\s*[，,]?\s*"
_ACT_IN_PERIOD = r"(?:上传|提交|报送|申报|填报|报名|受理|申请)"
PERIOD_FOR_ACT_AFTER = re.compile(_PERIOD_CLOSES + r"(?:自行|统一)?\s*"
                                  r"(?![^。；]{0,80}?的[^，,。；]{0,6}?(?:企业|单位|机构|个人)[，,])"
                                  r"(?:(?:通过|登录|登陆|将)(?:(?!已|获批|且)[^。；]){0,80}?)?(?:完成|进行|统一)?\s*"
                                  r"(?:项目|线上|网上|在线)?" + _ACT_IN_PERIOD + r"(?![^。；]*(?:的|已|获批))")
# …and a range the readers are asked to act in (请…于…), followed by 期间 and the system it is done in: "请各单位于2023年5月
# 15日8:00至2023年6月15日16:00期间在国家科技管理信息系统填报项目预申报书" (r441_13, a flattened page whose sentence runs on:
# only the act's own clause is read for what turns it into a description); not a period described ("…期间在单一窗口平台
# 申报出口且…的外贸企业", the code review's).
PERIOD_IN_SYSTEM_AFTER = re.compile(_PERIOD_CLOSES + r"在(?:(?!的|已|获批|且)[^。；，,]){0,30}?"
                                    r"(?:系统|平台|网站|网|一网通办)(?:中|上|内)?\s*(?:完成|进行)?\s*"
                                    + _ACT_IN_PERIOD + r"(?![^。；，,]*(?:的|已|获批))")
# The end a counted window's next clause states for it: "自本通知发布之日起15个工作日，截止2023年5月15日".
STATED_END_BEFORE = re.compile(r"[，,]\s*(?:即|申报)?(?:截止|截至|至)(?:到|日期为?|时间为?)?\s*[:：]?\s*")
# Start and event words right after a date: 9月22日左右开放, 10月1日起, 9月27日举办.
START_OR_EVENT_AFTER = re.compile(
    r"^\s*(?:左右)?\s*(?:起|开始|开放|开通|启动|举办|举行|召开|开幕|开班|开讲|直播|报到)"
)
# A date that opens a clause and is followed by a comma is a reference point when nothing such as
# 于/在/请 governs it: "截至2024年12月31日，我市…", "2025年10月1日之前，…已经提交的…".
GOVERNING_WORDS = re.compile(r"于|在|请|须|需|应")
# …but a date that opens a numbered item is that item's deadline: "（一）10月30日前，各地将材料报送…",
# "三、10月20日前将…".
ITEM_MARKER_ONLY = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．)）])\s*$"
)
# …and so is a window under a heading that names one ("四、申报时间：" over "4月10日——5月9日，逾期…").
WINDOW_HEADING = re.compile(r"(?:申报|受理|报名|提交|报送|填报|征集|公示|异议|征求意见)[^，。；]{0,4}(?:时间|日期|期限|时限|期)"
                            r"|" + CONTEST_WINDOW)
# …and so is a range opening its sentence when the next clause is the act it is open for
# ("2026年3月2日—3月20日，受理申报材料", "4月1日至4月30日，各区县集中报送"); a reference period goes on
# with what happened in it ("…至12月31日，申报单位研发投入…"), so the applicant as subject does not count.
# 申报 as a noun's first word names who or what applies, not the act: 申报单位, 申报对象, 申报项目.
_APPLYING_NOUN = r"单位|主体|企业|人|者|对象|项目"
WINDOW_ACT_AFTER = re.compile(
    r"^\s*[，,]\s*(?:各[^，。；]{0,15}?)?(?:集中|统一|网上|线上|在线)?"
    r"(?:受理|申报(?!" + _APPLYING_NOUN + r"|条件)|报名|提交|报送|填报|征集)"
    # someone logging in to the system to apply: "9月1日~9月30日，申请人登录“某某人才服务平台”申报", not
    # data filled in then ("企业登录系统填报的季度数据") nor a course ("参训人员登录平台在线学习")
    r"|^\s*[，,][^，,。；]{0,12}?(?:登录|登陆)[^，,。；]{0,40}?(?:申报|填报|提交|报名)(?!的)"
)

# --------------------------------------------------------------------------------------------------
# Labels: what closes. First matching row wins; the clause around the date is searched.
# --------------------------------------------------------------------------------------------------

# Public windows are looked for first in the clause, then in the whole sentence ("公示期为…，
# 公示期间如有异议" / "对名单有异议的，请于发布之日起7日内实名书面反映").
WINDOW_LABELS = (
    (re.compile(r"征[求集]意见|意见征集|意见建议|意见反馈|提出意见|反馈意见|修改意见|如有[^，,。；]{0,6}意见"), "意见反馈截止"),
    # opinions and suggestions sent ("请于…前将书面意见和建议…送市司法局"), unless papers of an application
    # go with them ("…登录系统填报申请表并上传证明材料，对政策的意见和建议可一并填写")
    (re.compile(r"^(?![\s\S]*(?:申报|申请|填报|材料|报名))[\s\S]*(?:意见[和及与、或]建议|建议[和及与、或]意见)"),
     "意见反馈截止"),
    # A publicity already held is a precondition of the papers, not a window: "公示无异议后报送",
    # "在公函中说明公示情况", "附公示结果"; 无异议 is the outcome, 有异议 opens the window.
    (re.compile(r"公示(?!\s*(?:无异议|情况|结果|后))"), "公示期结束"),
    (re.compile(r"(?<!无)异议"), "异议截止"),
)
LABELS = WINDOW_LABELS + (
    (re.compile(r"汇总表|推荐函|推荐文|承诺书.{0,6}(?:截止|报送)|行文"), "主管部门报送"),
    (re.compile(r"[市县区镇街]\S{0,6}(?:初审|审核|复审|推荐)|主管部门.{0,6}(?:审核|推荐)|(?:初审|复审)"), "审核推荐截止"),
    (re.compile(r"单位审核"), "单位审核截止"),
    (re.compile(r"审核|推荐|确认"), "审核推荐截止"),
    (re.compile(r"纸质|书面|纸件|纸本|线下|光盘|邮寄|寄至|寄送|窗口"), "纸质材料报送"),
    (re.compile(r"网上|线上|在线|网络|系统|平台|网站"), "网上申报截止"),
    (re.compile(r"报名"), "报名截止"),
    (re.compile(r"申报|申请|提交|报送|填报|递交|交表|受理|征集|材料"), "申报截止"),
)
DEFAULT_LABEL = "截止"
LABEL_WORKING_DAYS = "公示期结束"
# A clause that applies is read before the windows of the rest of its sentence: a page flattened into one
# sentence names a publicity somewhere ("…审核结果向社会公示,…,请符合条件的申报单位于6月16日前在系统中
# 进行申报"). Not 申请 ("有异议，可在…前提出复审申请"), nor an applicant or a channel named ("申报单位须于…
# 前书面反馈", "可于11月30日前通过申报系统反馈"). A call for projects applies too ("四、项目征集时间2022年2月25日-
# 2022年3月2日五、项目审核…公示…", r489_04), and so do its window for accepting or handing in papers ("项目受理时间…",
# "材料报送时间…": the code review's); not a call for comments ("征集…意见"), nor comments handed in ("将修改意见…报送"),
# nor objections or requests for review accepted ("…如有异议…，受理截止时间为…", "复核申请受理截止…": the code reviews').
APPLYING_CLAUSE = re.compile(r"(?:申报|报名|填报|征集(?![^，。；]{0,20}?(?:意见|建议))|(?:项目|申报|材料)受理"
                             r"|(?<!申请)受理(?:时间|日期|期限)|材料报送)"
                             r"(?!" + _APPLYING_NOUN + r"|系统|平台|网站|网址|通道|入口)")

# --------------------------------------------------------------------------------------------------
# Roles: whose deadline is it? Used to pick apply_deadline among a call's deadlines.
# --------------------------------------------------------------------------------------------------

# A programme or applicant group named right before its own date, in the date's clause:
# "乙类项目从即日起至…", "2.国际交流项目：请各单位于…", "港澳台项目申报单位于…", "甲项目是…前".
TRACK_NAME = re.compile(
    r"(?P<track>[\u4e00-\u9fffA-Za-z0-9（）()/\- ]{2,40}?(?:项目|专项))"
    r"(?=\s*(?:申报单位|申报人)?\s*(?:[:：]|从|自|于|是|为))"
)

# A bureau reviewing, recommending or forwarding applications (not the applicant's own act).
REVIEWER_WORDS = re.compile(
    r"审核|推荐|初审|复审|审查|核准|把关|确认|汇总表|推荐函|行文|统一(?:报送|交|汇总|邮寄)|"
    r"由[^，。；]{0,10}(?:统一|汇总)"
)
# A bureau as the subject right before the date ("请各设区市于10月30日前将申报材料报送我厅"), when
# no applicant is named beside it ("请各区工信部门、各外地服务商于…" is the providers' own date).
BUREAU_SUBJECT = re.compile(
    r"各(?:设区|地级|县级)?(?:市|地|区|县|乡镇|镇街|镇|街道|地市|辖市)|(?:科技|工信|商务|人社|财政|发改)?主管部门|"
    r"(?:市|区|县|乡镇)?科协|"
    # written with the levels it covers in brackets: "县（市、区）科技局", "县(市)区科技局", "所在县(区)科技管理部门"
    r"(?:市|区|县|地市)(?:[（(][市区县州盟旗、]{1,5}[)）]区?)?(?:级)?"
    r"(?:科技|科学技术|科工|工信|经信|工业和信息化|经济和信息化|商务|人社|财政|发展改革|发展和改革)(?:管理|主管)?(?:局|委|部门)"
)
# …or a bureau named right after a date that opens its clause, handing papers on: the applicants' own local body
# (所在地…科协/局) or the places' bureaus (各地, 各县（市、区）…局/部门), the act right after ("11月30日前，所在地科协报送《…申报表》…",
# "10月15日前，各地将申报材料集中报送至…": r641_08, r621_08, each labelled with the applicants' earlier date). Not the
# applicants named after 各 (各市场主体, 各地农户, 各区县申报主体, 各区医院: the code review's), nor places that are themselves the
# applicants (各县（市、区）人民政府, 各乡镇, 各地高新区), nor a body organising them (各地统一组织申报单位将…).
_BUREAU_WORD = r"[^，,。；;将]{0,8}?(?:局|委|部门|科协|办公室|办)"
BUREAU_AFTER_DATE = re.compile(r"^\s*(?:之前|以前|前|止)\s*[，,]\s*(?:由\s*)?(?P<subject>所在地?" + _BUREAU_WORD
                               + r"|各地|各(?:设区|地级|县级)?(?:市|区|县|地市|辖市)" + _BUREAU_WORD + r")(?:将|报送|上报)")
# A date's clause that names no one before the date: only a modal, a joint or the manner of sending
# ("并于", "请于", "，于", "须在", "以正式文件于", "以书面形式在") …
NO_SUBJECT = re.compile(
    r"\s*(?:[并且及和、]\s*)?(?:请|须|需|应|务必)?\s*(?:以[^，,。；]{1,8}?(?:文件|形式|方式))?\s*(?:于|在)?\s*"
    # or only a cue after the step the sentence opened with: "各区科技局应及时推荐，截止时间为…"
    r"|\s*(?:截止|截至)(?:时间|日期)?\s*(?:为|是)?\s*[:：]?\s*"
)
_ITEM_MARKER = r"(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．])"
# … takes the subject its sentence opened with: "三、请各区主管部门认真做好审核推荐工作，…，并于…".
SENTENCE_SUBJECT = re.compile(
    rf"^\s*{_ITEM_MARKER}?\s*请\s*"
    r"(?P<subject>[^，,。；]*?)(?=根据|按照|认真|加强|及时|积极|组织|做好|结合|于|在|将|[，,]|$)"
)
# … or, without 请, the opening clause when a bureau begins it: "各县区初审后汇总，以正式文件于…前报
# 市局" (the sentence is the bureau's throughout).
BUREAU_OPENING = re.compile(rf"^\s*{_ITEM_MARKER}?\s*(?:所在地?)?(?P<subject>(?:{BUREAU_SUBJECT.pattern})[^，,。；]*)")
APPLICANT_NOUN = re.compile(r"企业|单位|服务商|个人|申请人|申报人|机构|高校|院所|团队|人才")
# An applicant as the subject right before its date ("申报单位于5月8日前将经所在区审核盖章的纸质
# 材料交…"): review words later in the clause describe the papers, not who acts. Units that
# recommend or administer (推荐单位, 主管单位) are bureaus.
APPLICANT_SUBJECT = re.compile(
    r"申报人|申请人|(?<!推荐)(?<!主管)(?<!管理)(?<!归口)(?<!组织)单位|企业|服务商|个人|团队|高校|院所"
)
# A clause carrying on from the applicant's clause after the bureau's stamp: "申报单位应打印申请书，
# 经区科技局盖章后于3月7日前送至…" (the bureau stamps, the applicant still delivers).
STAMPED_THEN_SENT = re.compile(r"\s*经[^，,。；]{1,24}?(?:盖章|签章|审核|签署意见)后")
APPLICANT_OPENS_CLAUSE = re.compile(
    rf"^\s*{_ITEM_MARKER}?\s*(?:申报单位|申请单位|申报企业|申请企业|申报人|申请人|企业|项目单位)\s*(?:应|须|需|要|请)?"
)
# The applicant acting: words that make a clause the applicant's own even when a bureau is named,
# among them the applicant handing in ("…前完成企业修改后提交、区级复核及企业打印报送").
APPLICANT_ACTION = re.compile(
    r"填报|网上申报|线上申报|完成申报|提交申请|申请材料|个人|申请人|企业申报|报名"
    r"|(?:企业|申报单位|申请单位|申报人)(?:修改|打印|盖章|签章|自行|直接|在线|网上|线上)?"
    r"(?:提交|报送|递交|寄送|送交)"
)
# Words of applying, for dates an interpretation restates from the call it explains.
APPLICATION_WORDS = re.compile(r"申报|报名|申请|征集")
# A bureau forwarding what applicants handed in: 由各区县统一报至…, 汇总报送, 统一报送.
FORWARDING = re.compile(r"由[^，。；]{0,10}(?:统一|汇总)|汇总报送|统一报送|汇总后(?:报送|交)")
# A bureau's own papers anywhere in the sentence make the date a bureau's: summary tables, cover
# letters ("各区推荐汇总表…，请于2025年6月20日前报送市工信局").
BUREAU_PAPERS = re.compile(r"汇总表|推荐函|推荐文")
# A bureau date carries the applicants' materials when its clause hands them on (推荐, 报送, 报至 …);
# a review of them where they arrived ("专业机构对申报材料形式审查的截止时间为…") carries nothing on.
APPLICANT_PAPERS = re.compile(r"材料|申报书|申请书")
HANDS_ON = re.compile(r"推荐|报送|上报|报至|提交|递交|寄|送至|送达|交至|汇总")
# Papers in the date's own clause that are not the applicants' materials (pledges, lists); such a
# bureau date does not stand in for the applicants' date.
NOT_APPLICANT_MATERIALS = re.compile(r"汇总表|承诺书|推荐函|推荐文|名单")
# The applicant's own date is set elsewhere: apply_deadline stays empty (guide ruling).
SET_ELSEWHERE = re.compile(
    r"(?:截止|提交|申报)[^。；]{0,12}(?:以|按)(?:地方|当地|各地|属地|所在地)[^，。；]{0,8}(?:通知|要求|安排)"
    r"|截止(?:时间|日期)?[^，。；]{0,8}另行通知"
    # "企业申报时间以各区工信部门通知为准": the applicants' date is set by each district's notice.
    r"|(?:截止|提交|申报)(?:时间|日期)?[^。；，]{0,6}(?:以|按)各[^，。；]{1,12}?(?:通知|安排)为准"
)

# Applicants act on a notice their own district issues ("请申报企业根据所在区主管部门发布的申报通知要求
# 报送材料", "请广大中小企业关注各市通知积极申报"): when only bureau dates are stated, the applicants' date is
# set there, not here.
LOCAL_NOTICE_GOVERNS = re.compile(
    r"(?:根据|按照|依据|按)\s*(?:所在|属地|当地|各)[^，。；]{0,20}(?:发布|印发|下发)的[^，。；]{0,8}通知"
    r"|关注\s*(?:所在|属地|当地|各)[^，。；]{0,8}?通知"
)

# A table column or heading naming deadlines ("截止时间", "申报截止日期", "完成时限", "截稿期限") above dates
# that stand alone on their lines (one table cell per line once tables are flattened).
DEADLINE_COLUMN = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）])?\s*"
    r"[^，。；\d]{0,8}(?:截止|截至|截稿)(?:时间|日期|期限)?\s*[：:]?\s*$|^\s*(?:完成|截止|报送)?时限\s*[：:]?\s*$"
)
# The longest line that may be a table cell between such a column header and its dates.
CELL_MAX_CHARS = 30
# A table flattened with "|" between cells ends each cell line with it ("截止时间 |", "2025年12月22日 |");
# such a line is a cell however long it is or whatever punctuation it holds.
CELL_DELIMITER = re.compile(r"\s*\|\s*$")
# A clause stating a list's 公示 or objection window, to its end ("公示时间：2023年6月25日-7月1日", "公示期为7月25日
# 至7月31日（5个工作日）").
PUBLICITY_WINDOW_CLAUSE = re.compile(r"(?:公示|异议)[^。；，,\d]{0,6}?\s*(?:为|[：:])?\s*(?:自|从)?\s*\d[^。；，,]{0,40}")
# A sentence asking its readers to act: "请各镇街…于7月17日前…", "务必于…前", "须于…前".
ASKED_TO_ACT = re.compile(r"请|务必|务于|须于|应于|需于")
# The longest line that may hold one date or date range and nothing else: "2025年10月20日9:00（北京时间）至
# 2025年11月5日17:00（北京时间） |" is under 50 characters. Longer lines are prose, judged without the
# date patterns (most lines of a text, each otherwise scanned once more).
BARE_DATE_MAX_CHARS = 64

# A bracketed aside ("（模板见附件2）", "(包含…公示结果的书面报告)"), innermost pair.
ASIDE = re.compile(r"[（(][^（）()]*[)）]")

# Clause boundaries (a colon does not end a clause: "（一）个人网上申报：9月1日~9月30日")
# (nor do question marks standing for characters a page lost, "高??科协": an ASCII "?" ends one only alone)
CLAUSE_BREAK = re.compile(r"[，,。；;！？!\n]|(?<!\?)\?(?!\?)")
# A clause that only says through which system the act after it is done: "通过“…系统”（网址）", "登录…平台"
# (not terms, "按照合同约定，完成全部建设内容": what follows may be a project's own task).
MEANS_CLAUSE = re.compile(r"\s*(?:通过|登录|登陆)[^，,。；]{0,80}(?=[，,])")
# A clause that only says how, with what or where the act after it is done ("实名", "以书面形式", "可携带证明材料", "到市工信局
# 企业科", "通过邮寄方式"): a date's label is read on past it (deadlines._label_scope), over a few at most.
MANNER_CLAUSE = re.compile(r"\s*(?:可|须|需|请)?\s*(?:实名|署名|书面|(?:携带|带上)[^，,。；]{0,60}|以[^，,。；]{0,30}?(?:形式|方式)"
                           r"|(?:到|至|通过)[^，,。；]{0,30})\s*")
MANNER_CLAUSES_READ = 4
# …unless it names the act itself (deadlines._manner_only): handing in, applying, objecting.
ACT_VERB = re.compile(r"提交|报送|申报|填报|交表|递交|报名|提出|反映|申请|上报|寄送|送达|上传")
# The 前 that closes a date ("9月30日（含当日）前"): what follows it in the clause is the act, if any.
BEFORE_WORD = re.compile(r"^\s*(?:[（(]\s*含(?:当日|当天)?\s*[）)])?\s*(?:之前|以前|前)")
# Where a sentence ends: after its stop, or before a numbered item that follows a comma, which is a
# heading whose line break was lost ("…提交至市科技局高新处,三、择优匹配…", "…停止企业信息填报,二、参评方式…").
# (not a list of grades or classes: "请于…前，一、二类项目申报单位将…", "一、二等奖获奖企业")
SENTENCE_END = re.compile(r"(?<=[。！？；;!])|(?<=(?<!\?)\?)(?!\?)|(?<=[，,])(?=[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d]))")
# The longest stretch judged as one sentence (the longest real sentence in the labelled notices has
# about 700 characters), and where a longer one is cut: a comma or 、, else a blank that stands outside a
# date ("2025年 5月" and "5月12日 18:00" stay whole).
MAX_SENTENCE_CHARS = 1000
PIECE_BREAK = re.compile(r"[，,、]|(?<![\d年月日号])\s+(?![\d年月日号])")
# A heading line just above a sentence (一、申报时间 / （二）受理时限 / 01申报时间 / 申报时间：).
# A line opening with a number of a sub-list ("1.", "（2）", "③"): items under one heading share it ("二、申报时间" over
# "1.批发零售企业：…至2月17日。" and "2.服务外包企业：…至3月15日。": r219_13 and two of a review's phrasings).
SUB_ITEM_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")
HEADING_LINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．]?)?[^，。；]{0,16}[：:]?\s*$"
)
