"""Cue tables for the notice kind (call, publicity, policy, interpretation, event, digest).

pipeline/extract/kind.py tries, in order: the title (with its prefix tags such as 公示丨, 申报丨),
then the document's own heading line (the 关于…的通知/公示/公告 that opens most texts), then the
body. Within each table the first matching row wins, so the order of rows is the precedence of
kinds and is explained beside each row. Words inside 《…》 (cited documents) never count.
"""
import re

from pipeline.patterns.dates import RANGE_SEPARATORS, SENT_OR_REPORTED_TO_BODY

# Prefix tags ("公示丨…", "解读丨…") that settle the kind by themselves. Region tags (南京丨) and
# neutral ones (通知丨, 关注丨, 热点丨) are not listed.
TAG_KINDS = {
    "公示": "publicity",
    "名单公示": "publicity",
    "解读": "interpretation",
    "政策解读": "interpretation",
    "图解": "interpretation",
    "直播": "event",
    "活动": "event",
    "培训": "event",
    "会议": "event",
    "招聘": "event",
    "申报": "call",
    "申报通知": "call",
    "征集": "call",
    "合集": "digest",
}
# An interview with an official explains a policy ("专访某市市长：…", "权威访谈丨…"); not the interviews a
# survey conducts ("入户访谈调研工作") nor a column inviting firms ("征集“企业家访谈”栏目").
INTERVIEW = r"专访|(?<!入户)访谈(?![”」\x22]?(?:调研|工作|栏目|活动|提纲))"
# Tags not listed above are read for a kind word they contain ("政策直播", "直播预告", "一图读懂",
# "申报提醒", "名单公示"). First matching row wins: an explanation of a call ("申报解读") is an
# interpretation, an event one registers for ("活动报名") is an event.
TAG_RULES = (
    ("interpretation", re.compile(r"解读|图解|问答|读懂|答问|" + INTERVIEW)),
    ("digest", re.compile(r"合集|集锦|汇编|汇总|速览|一览")),
    ("publicity", re.compile(r"公示|名单|榜单")),
    ("event", re.compile(r"直播|培训|会议|活动|招聘|沙龙|论坛|讲座|宣讲|预告")),
    ("call", re.compile(r"申报|征集|报名|申请")),
)
# A live broadcast tag over a title naming a press conference ("图文直播丨某省…政策新闻发布会"): the conference is
# broadcast, and it explains (the review's phrasing of round 43); not one announced ahead ("直播预告丨…",
# "新闻发布会预告丨…": an event).
LIVE_TAG = re.compile(r"直播(?!预告)")
PRESS_CONFERENCE_TITLE = re.compile(r"发布会|吹风会")

# A return or survey, or an evaluation or review, those asked take part in (a title's, below, or a body's matters); not
# an assessment (考核) of the counties a government oversees (round 37's review), nor a government's review of its own
# work, which nobody applies for (OWN_WORK_REVIEWED before a review: "…各县区营商环境评估…", "…政府规章立法后评估…",
# "…部门预算绩效评价…": the code review's; a survey of firms on those matters is answered by them, "…营商环境满意度问卷
# 调查…").
RETURNS = r"调查|填报|统计|摸底|登记"
REVIEWS = r"(?:绩效)?(?:评估|评价)|复核|验收"
OWN_WORK_REVIEWED = r"县区|区县|县（市、区）|营商环境|立法|规章|规范性文件|政策实施|第三方|风险|预算|部门"

# A date's start: "2025年9月15日", "9月15日", "2025-09-15", "2025.9.15".
_DATE_STARTS = r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}|\d{4}[-./]\d{1,2}[-./]\d{1,2})"

# A news headline, not a notice's title (关于…的通知, …若干措施): how the reports of a government site's
# 工作动态 are told apart (a lookahead from the start of the title).
NEWS_HEADLINE = r"^(?!关于)(?!.*(?:通知|公告|通告|公示|通报|措施|办法|方案|意见|细则|规定|指南)$)"

# A count a headline aims at rather than reports ("计划认定100家", "力争3家企业入选…", "力争新认定…", "将推动30家…",
# "支持50家企业获得首贷", "今年将有100个项目获资助"): the words before it, or before 新 and it.
_NOT_YET = ("计划", "力争", "预计", "目标", "争取", "推动", "支持", "将有")
# A headline opening applications, whatever it counts ("…大赛报名启动", "…开始申报", "申报通道已开启").
CALL_HEADLINE_WORDS = r"报名启动|启动报名|开始申报|启动申报|申报启动|申报通道|开始报名"
NOT_YET_BEFORE = "(?<!" + "|".join(_NOT_YET) + ")"
NOT_YET_NEW_BEFORE = "(?<!" + "|".join(word + "新" for word in _NOT_YET) + ")"

# Title rows: (kind, pattern, why).
# Units confirmed as a whole ("关于确认第二批…特色学校的通知", r373_04), not data or papers confirmed ("…社保缴费基数",
# "…报名信息": the code review's).
CONFIRMING = (r"确认(?![^，。]{0,20}?(?:信息|数据|基数|报名|情况|工作|结果))"
              r"(?=[^，。]{0,40}?(?:为|学校|企业|单位|基地|示范|名单|特色|试点|实验区))")
# A title's recognition, with the year it is for written first or after: "关于认定2024年度…",
# "关于2023年认定…", or its naming ("关于命名…省级示范社的通知", "关于命名…科普教育基地的通知": r233_14,
# r162_17) (not the work of recognising, "关于认定工作…"; with the year first, not those already
# recognised, "关于2023年认定的…进行复核", nor a call or rule about them, "关于2026年认定高新技术企业申报工作").
# (and what a notice approves to be set up: "关于批准组建2014年市级重点实验室的通知", "关于批准建设“…重点实验室”等5家省重点
# 实验室的通知": r330_03, r296_07, both lists; "关于同意建设…", "关于批准设立…": the code review's)
RECOGNISING = (r"(?:认定(?!工作)|命名(?!工作)|" + CONFIRMING + r"|(?:批准|同意)(?:组建|建设|筹建|设立)|"
               r"\d{4}\s*年度?认定(?!的)(?![^，。]*(?:申报|评价|复核|开展|进行|享受|管理|工作)))")
# Results or approved projects issued as a document ("关于印发全省县域科技创新能力监测评价结果（2023）的通知",
# "关于印发2024年第一批某市地方标准立项计划的通知", "…关于印发2023年某省技术创新项目计划的通知": r68_10, r42_17,
# r83_15) announce a list, not a policy: every labelled title naming 结果, 立项计划 or 项目计划 is publicity
# (not a work plan, "…工作计划的通知", nor the works a government builds, "…政府投资项目计划").
# What a notice announces by name ("关于公布2022年度自治区科普示范基地的通知"), read in a title and in the heading line
# the text opens with ("体育总局办公厅关于公布…首批全国足球发展重点城市的通知" under a headline, r425_05); see TITLE_RULES.
# (not the matters of applying it sets out, "关于公布…补助申报有关事项的通知": the second review's)
NAMED_PUBLISHED = (r"关于公布(?!《)(?![^，。《》]*(?:工作计划|规划|方案|办法|规定|细则|条例|标准|意见|政策|要点|指引|指南"
                   r"|防火区|禁燃区|禁放区|区域|时间|清单|收费|价格|申报|报名|征集|事项|安排|流程)的)"
                   r"[^，。《》]{2,80}的(?:通知|决定|公告|通告)$")
ISSUED_RESULTS = (r"印发(?!《)[^，。《》]{2,60}?(?:结果|立项计划|(?<!投资)(?<!建设)(?<!实事)项目计划)"
                  r"(?:[（(][^）)]{0,10}[)）])?的(?:通知|决定|公告)$")
# …and so is a list issued by its quoted title ("关于印发《上海市第26批市级企业技术中心名单》的通知", "关于印发
# 《2024年度某市企业创新指数评价结果名单》的通知": r138_12, r148_04), read before cited titles are blanked; also a
# 名单 published so under a headline ("国家发改委等联合公布《第三批国家区域医疗中心建设项目名单》", r386_01; "公示《拟入选…
# 名单》", r383_08, labelled a list too), its exclamation or bracketed note aside; not a 名录 or 结果 so published (a
# protected species' 名录 is a rule, a monitoring 结果 a report: the code review's), nor a list still to come
# (LIST_TO_COME before the verb: "某市将于9月公布《…名单》")
LIST_ISSUED = re.compile(r"(?:印发|公布|发布|公示)\s*《[^《》]{2,80}?(?:(?:名单|名录|结果)》\s*的(?:通知|决定|公告)|名单》)"
                         r"[！!]*(?:[（(][^（()）]{1,8}[)）])?$")
LIST_TO_COME = re.compile(r"(?:将|拟|即将|计划)[^，。！]{0,8}$")

# A demonstration a body is designated by applying for it: "…知识产权强国建设示范创建工作", "…电子商务示范企业
# 创建工作" (r81_13, r81_15, and r59_17 citing one); not a campaign a city carries on, "文明城市创建工作".
DEMONSTRATION_CREATED = r"示范[^，。！《》]{0,12}?创建(?:工作)?"

# Officials answering reporters' questions, the guide's 答记者问 worded out ("…出席新闻发布会，并回答记者提问",
# "…出席记者会并回答中外记者提问", "市长龚正回答中外记者的提问": 18 of the 21 labelled texts so worded are
# explainers, r166_20, r198_12, r205_17, r211_16 among them), as are ministers answering them on the congress's
# "部长通道" (r211_20, r218_14: both labelled explainers); not a duty a policy sets ("…出席新闻发布会，及时回答记者
# 提问", the review's phrasing)
ANSWERS_REPORTERS = r"(?<!及时)(?<!认真)(?<!积极)(?<![要应须])回答了?(?:中外)?记者(?:的)?提问|部长通道"
# …and an official's answer opening on thanks for the question ("谢谢你的提问。", "谢谢您的提问，这个问题…",
# "谢谢你的问题。正如你刚才讲的…": r149_18, r205_17, r211_20, r234_20, the 4 labelled texts so worded, all explainers)
THANKS_FOR_THE_QUESTION = r"谢谢(?:你|您|这位记者(?:朋友)?)的(?:提问|问题)"
# …and a spokesperson greeting the press at a conference's start.
PRESS_CONFERENCE_OPENING = (r"(?:新闻发言人|主持人)[^。]{0,40}?(?:各位(?:媒体|记者)朋友们?|女士们[、，,]\s*先生们|各位记者)"
                            r"[，,：:！!\s]*大家(?:上午|下午|晚上)?好")
# A department's reply to a citizen's message on a government portal explains the rules asked about, even where
# it tells how to apply (guide: interpretation): "网友您好！…现答复如下", "您好，您反映的问题已收悉", "来信人您好：您的
# 来信已收悉" (r263_18 and the review's phrasings; not a call's "如有疑问，请咨询…").
REPLY_TO_A_CITIZEN = re.compile(r"(?:网友|来信人|留言人)您好"
                                r"|您(?:的(?:留言|来信|咨询|问题)|反映的(?:问题|情况)|所?咨询的(?:问题|事项|信息))[^。]{0,10}?收悉"
                                r"|关于您咨询的[^。]{0,10}?收悉")
REPLY_CHARS = 1500  # (the reply follows the message it answers)
# An untitled page that is a question and its answer, its very first line labelled so ("答：工业互联网是…", "答：是。对有实际
# 使用外资的企业…", "问题：…？\n答复：…": r634_13, r647_12, r618_13, all labelled interpretation) is an explainer where its
# body says nothing else (kind._classify): it opens on the answer's label, or on the question's with the answer's opening
# the next line. (Not a line ending in a question alone, nor a question label alone: a call's, a list's or a report's
# teaser asks one, a task's field is named 问题：, and a call may set its FAQ under its heading; nor a call, a draft or a list
# set out as questions and answers: the three code reviews'. r618_13's answer reads as a policy, so it stays one.)
ANSWER_OPENING = re.compile(r"(?:答|答复)\s*[:：]")
QUESTION_OPENING = re.compile(r"(?:问|问题)\s*[:：]")
QA_CHARS = 2000  # (the question and the answer's first line)
# (…not a meeting convened or announced ahead: "关于召开…政策解析会的通知", "…系列发布会直播预告", "…新闻办将于
# 6月5日举行发布会")
EXPLAINED_IN_TITLE = (r"^(?![^，。]*(?:关于(?:召开|举办)|将于|预告|培训|对接会))[^，。]*?"
                      r"(?:问题解答|问题答疑(?!会)|政策解答|百问百答|(?:深度|政策)解析(?!会)|详解(?!会|培训)|"
                      r"(?:系列|政策)发布会|新闻办[^，。]{0,40}?发布会)")
# A drafting or revision explanation of a rule ("《某市…管理办法》起草说明", "…修订说明", "关于《…条例（草案）》的说明": r469_15
# and the code review's); not a draft published with its explanation for comment ("《…（征求意见稿）》及起草说明"), nor a
# budget's 编制说明.
DRAFTING_EXPLAINED_IN_TITLE = (r"(?<![及和与其])(?:起草|修订)(?:情况)?说明(?:[（(]全文[)）])?\s*$"
                               r"|^关于《[^》]*》的说明\s*$")
# A contest one enters ("关于举办第八届“创客中国”中小企业创新创业大赛的通知", "关于举办某市第七届科普讲解大赛的通知",
# "关于组织参加…工业设计大赛的通知", "关于开展…技能竞赛的通知": r74_19, r95_02, r41_08, r74_20; a list of its winners
# is a publicity, and an online quiz for members an event, "…网上竞赛活动的通知"); a round of one held in a region
# is a 比赛, 选拔赛 or 初赛 ("关于举办第十一届中国创新创业大赛山西赛区比赛的通知", r171_08; a review's "…（湖南赛区）比赛",
# "…赛区选拔赛"), or named by its 赛区 alone ("关于举办第十三届中国创新创业大赛内蒙古赛区的通知", r215_13)
# A round of a contest ("选拔赛", "决赛", "月度主题赛"), not its regional division ("赛区")
CONTEST_ROUND = r"(?:选拔|主题|专项|初|复|决|晋级)赛"
CONTEST_ENTERED = (r"关于(?:举办|开展|组织参加|做好)[^，。！]{2,60}?(?:大赛|挑战赛|竞赛(?!活动)"
                   r"|(?:(?<=赛区)|(?<=赛区[)）]))(?:比赛|选拔赛|初赛)|(?<=大赛)[^，。！（()）]{2,8}?赛区)(?:[（(][^）)]{1,12}[)）])?"
                   # (or a university's own round of it, announced ahead: "…大学生创业计划竞赛校内选拔赛的预通知", r266_09)
                   r"(?:[^，。！（()）]{0,4}?(?:选拔|初|复)赛)?[”\x22」]?(?:活动)?的(?:补充|预)?(?:通知|公告)$")
# A new post-doctoral station applied for ("关于做好2026年度国家级博士后科研工作站新设站工作的通知": r80_19, r81_12,
# r71_03; not its results, "…新设站评估结果", "关于同意…新设站的通知")
NEW_STATION_APPLIED = r"(?:做好|开展|组织)[^，。]*新设站(?:申报|评审)?工作的通知$"
# Those commended by name or count ("关于表扬…先进集体和先进个人的通报", "关于对…先进单位予以通报表扬的通知"), or an award
# conferred by decision ("关于颁发第八届市长质量奖的决定", r446_09, as 授予 is; not a rule issued, "关于颁发《…办法》的通知").
COMMENDATION_TITLE = (r"(?:表彰|表扬|命名|授予)[^，。]{0,40}(?:决定|通报|名单)|(?:予以|给予)通报(?:表扬|表彰)"
                      r"|颁发[^，。《》]{0,40}?(?:奖|称号)[”\"」]?的决定")

# A document number in brackets closing a title: "…的通知(桂科政字〔2023〕60号)", "…的决定(2013年3号)"; also unbracketed,
# after a space or right after the document's kind ("…示范旗县的通报 内政办字〔2015〕123号", "…征收土地预公告济长征预公告
# 〔2025〕4号": r389_06, r297_09).
_DOCUMENT_NUMBER = r"[^\s，。、（）()〔\[［﹝《》]{1,12}\s*[〔\[［﹝（(]\d{4}[〕\]］﹞）)]\s*第?\d+\s*号"
CLOSING_DOCUMENT_NUMBER = re.compile(
    r"\s*[（(][^（）()]{0,20}号[)）]\s*$"
    r"|(?:\s+|(?<=通知|公告|通报|通告|决定|意见|批复))" + _DOCUMENT_NUMBER + r"\s*$")
# …and a title that only quotes the notice's own title, its document number before or after it, is that title:
# "国科发才〔2024〕31号《科技部…关于举办2024年全国科技活动周的通知》" (r491_09), "《…的通知》（苏工信中小〔2025〕88号）" (the
# code review's); a title quoting a policy whole, "《某市…若干扶持政策》", r444_13, r452_10, is that policy's too.
OWN_TITLE_QUOTED = re.compile(r"\s*(?:" + _DOCUMENT_NUMBER + r"\s*)?《(?P<own>[^《》]+)》\s*(?:[（(]?\s*" + _DOCUMENT_NUMBER
                              + r"\s*[)）]?)?\s*")

# A headline's closing teaser asking readers whether they are in the news ("…名单公布!201项入选,有你家乡的吗?",
# "…拟认定25个名县名镇,快来看看都是谁?", "今年广东表彰399名劳模,有你身边的榜样吗?": r404_01, r337_11, r340_13, r336_05,
# r367_08, all lists) asks no question the text answers: the headline before it decides. Only after a separator and
# a headline telling a list (LIST_TOLD_BEFORE_TEASER); not a question that is the whole title ("这些补贴政策有你能享受的
# 吗？", "…评审专家是谁？": the code review's).
READER_TEASER = re.compile(r"[，,！!。\s]+(?:快来|一起)?(?:看看|来看)?[，,]?"
                           r"(?:有(?:没有)?你[^，,！!？?]{0,10}吗?|都是谁)[？?]\s*$")
LIST_TOLD_BEFORE_TEASER = re.compile(r"名单|入选|上榜|公布|揭晓|出炉|拟(?:被)?(?:命名|认定)|表彰|获评")

# A call's change reported, not a list: "关于调整…评价入库时间的通报", "关于2025年度…申报截止时间顺延的通报".
CALL_CHANGED = r"调整|延期|延长|推迟|暂停|变更|顺延|取消|更正|补充"

# An honour won, as a headline says it: "西宁2人喜获高原工匠技术明星称号", "我市5人斩获…技术能手称号" (r392_06, the code
# review's); not a harvest or an order won ("喜获丰收", "喜获大额订单").
HONOUR_WON = r"(?:喜获|斩获|荣膺|摘得)(?=[^，。]{0,20}?(?:称号|奖|荣誉|表彰|命名|认定))"

# A meeting named by its kind ("…推进会", "…座谈会"), in titles and in the openings that convene one.
MEETING_NAMED = r"(?:研讨|座谈|推进|培训|交流|对接|宣讲|调度|部署|动员|观摩|说明|见面)会"

# A status revoked from its holders, in a title, a body row and an attached list: the verbs and the statuses ("撤销…资格",
# "取消…称号", "注销…资质", "…入库登记编号", "…国家备案资格").
_REVOKE = r"(?:撤销|取消|注销)"
_STATUS = r"(?:资格|资质|称号|编号|备案)"
# What an assessment's results are results of, in a title announcing them ("…考核结果的通知", "…评价结果公告").
_ASSESSED = r"(?:评价|评审|审查|认定|考核|评估|评定|验收|遴选|评选|复核)"
TITLE_RULES = (
    # A roundup of several notices, even when it says 申报项目 (申报集锦, 8月惠企政策合集).
    # (合集 not inside 融合集群, 综合集成, 联合集团)
    ("digest", re.compile(r"合集(?![群成聚团体])|集锦|汇编|汇总(?!表)|一览|盘点|周报|月报|"
                          r"(?:一周|每周|本周|本月|月度)[^，。！]{0,6}(?:政策|申报|项目)"),
     "roundup words"),
    # Explanations of a policy come before policy words, since they name the policy they explain.
    # A title asking a question ("…申报和复核程序？") is answered by the text.
    # A press conference or briefing ("…新闻发布会", "政策例行吹风会") explains measures to reporters.
    # An interview with an official (INTERVIEW) explains the policy too.
    # Answers or analysis offered ("…常见问题解答", "…百问百答来了", "…发布会深度解析这些政策措施", "…——详解《…》":
    # r70_20, r78_18, r87_19, r93_16; "…常见问题答疑", r215_15 and the review's phrasing, not a 答疑会 held), and a
    # press conference named without 新闻 ("…系列发布会——推进…专场",
    # "国务院新闻办就…举行发布会": r94_17, r96_01; every labelled title naming one held is an explainer) explain
    # too (EXPLAINED_IN_TITLE); not an event answering questions live ("公务员当主播答疑问").
    # (asked also where no question mark closes the title: "…人才补贴怎么发? …引进补贴", "…补贴政策2022怎么领取", "…试点地区
    # 有什么要求": r423_08, r423_13, r250_19, as r306_17's and r423_09's 如何申请, 如何发放 are; closing the title or a
    # part of it, not inside a notice's own name, "关于如何申报…的通知", "…如何申请发放管理办法": the code review's)
    ("interpretation", re.compile(r"解读|问答|答问|答记者问|" + ANSWERS_REPORTERS + r"|一图读懂|一文读懂|图解|图说|要点速览|(?<![计规谋策])划重点|[？?]\s*$|"
                                  r"(?:(?:怎么|如何|怎样)(?:发放?|领取?|申请|申报|办理|认定|享受|兑现)|有什么(?:要求|条件)"
                                  r"|有哪些(?:条件|要求|材料|流程))(?=\s|[？?嘛吗，,、：:！!]|$)|"
                                  + EXPLAINED_IN_TITLE + r"|" + DRAFTING_EXPLAINED_IN_TITLE + r"|"
                                  r"新闻发布会(?!预告)|吹风会(?!预告)|" + INTERVIEW),
     "explains a policy"),
    # A notice that selects or collects by its own title's verb ("关于公开遴选…项目实施主体和入库项目的通知",
    # "关于征集…的通知") is a call, whatever list words name what it collects (not one naming a list or result).
    ("call", re.compile(r"关于(?:\d{4}\s*年度?)?(?:面向社会)?(?:公开)?(?:遴选|征集|选拔)"
                        r"(?![^，。]*(?:名单|结果|拟|入选|入围|确定))[^，。]{2,80}的(?:通知|公告)$"),
     "selects or collects by its title's verb"),
    # A return or survey asked for by the title ("关于开展2019年高新技术企业季报调查工作的通知", "关于开展…技术经理人登记
    # 及…评价信息填报相关工作的通知": r170_07, r210_08; the 5 labelled titles opening a 调查, 填报, 统计, 摸底 or 登记 so
    # are all calls) is answered by those it asks, as a call is.
    # (and an annual inspection or report the units concerned submit to: "关于开展2023年度区级社会组织年检工作的通知",
    # "…科技企业孵化器、众创空间半年报工作的通知": r426_16, r296_13; the other 5 labelled titles so worded are calls; not
    # equipment inspected nor a government's own report, "…特种设备年检工作", the second review's)
    # (or an evaluation, review or acceptance its units take part in: "关于开展2023年度省重点实验室…绩效评估与建设任务
    # 验收工作的通知", "关于做好…复核工作的通知", "…绩效评价工作的通知": r502_04, r447_05, r485_12; all 17 labelled titles so
    # worded are calls)
    ("call", re.compile(r"关于(?:开展|组织|做好)(?![^，。]*(?:名单|结果|公示))"
                        r"(?:[^，。《》]{2,80}?(?:" + RETURNS + r")"
                        r"|(?![^，。《》]*(?:" + OWN_WORK_REVIEWED + r"))[^，。《》]{2,80}?(?:" + REVIEWS + r")"
                        r"|[^，。《》]{0,60}?(?:社会组织|社会团体|孵化器|众创空间|企业|单位|机构)[^，。《》]{0,8}?"
                        r"(?:年检|年报|半年报|年度检查|年度报告))"
                        r"(?:相关)?(?:工作)?的通知$"),
     "asks for a return or survey"),
    # A title naming a meeting, as a report headlines one held: "…评审结果形势与对策研讨会", "…规上企业入库工作
    # 推进会" (r184_09, r156_20; the 8 labelled titles ending so are all events), whatever list words name its topic.
    # An event's closing headlined: "…男子篮球赛圆满闭幕", "…国际科技博览会圆满闭幕" (r402_18 and a reviewer's phrasing;
    # "…活动圆满落幕", r402_12, was read from its body); not an application round's end ("…申报工作圆满落幕", the code
    # review's).
    ("event", re.compile(NEWS_HEADLINE + r"(?!.*(?:申报|报名|申领|征集))[^，。]*?(?:会|赛|节|周|展|论坛|峰会|活动)"
                         r"(?:圆满|胜利|隆重|顺利)?(?:闭幕|落幕|落下帷幕)[！!]*$"),
     "an event closed"),
    ("event", re.compile(MEETING_NAMED + r"$"),
     "a meeting held, named by its title"),
    # A headline of a contest's round begun or held ("“中国创翼”创业创新大赛内蒙古选拔赛开赛", "…职业技能竞赛月度主题赛启动":
    # r215_20, r202_18, both events, and the review's "…决赛开赛"): its entries have closed.
    ("event", re.compile(r"(?:大赛|竞赛|挑战赛)[^，。！!]{0,8}?" + CONTEST_ROUND + r"(?:正式|隆重)?(?:开赛|启动|举行|开幕|鸣锣)[！!]*$"),
     "a contest's round begun"),
    # A list announced for objections or as a result: 公示 wins over the call words a list title
    # repeats ("…申报项目审核结果公示", "揭榜挂帅项目拟发布榜单公示").
    ("publicity", re.compile(
        r"公示|拟(?:立项|认定|入选|奖励|奖补|扶持|资助|安排|备案|支持|推荐|发布|公告|命名|授予)|"
        r"获奖名单|最终名单|审核结果|评审结果|认定结果|入库项目|入库企业名单|名单(?:的)?(?:公布|公告|通知)|"
        r"受理名单|(?:公布|发布).{0,20}名单|名单$|" + COMMENDATION_TITLE + r"|"
        # holders renamed or whose status is revoked ("关于某省2023年第二批高新技术企业更名的公告", "关于同意科技企业孵化器
        # 事项变更和撤销有关资质的通知": r137_14, r225_12; the 5 labelled titles so worded are lists); not a document
        # repealed, nor a call to apply for a change ("关于开展…高新技术企业更名及重大变化事项申报的通知", a review's)
        r"关于(?![^，。《》]*(?:申报|申请))[^，。《》]{0,60}?(?:更名|" + _REVOKE + r"[^，。《》]{0,16}?" + _STATUS + r")"
        r"[^，。《》]{0,10}的(?:公告|通知)$|"
        # the findings of a check or an assessment reported: "关于第一季度…综合整治情况督查通报", "…科技型企业评价情况
        # 通报" (r106_16, r106_17, r112_20; 7 labelled titles ending so, all lists; not an accident or the economy
        # reported, nor a change to a call, "关于调整…评价入库时间的通报")
        r"^(?!.*(?:" + CALL_CHANGED + r"))[^，。]*(?:督查|检查|考核|评价|评估|核查|抽查|巡查|回头看|暗访)[^，。]{0,30}?通报$|"
        # (money paid out is handed down too: "关于拨付…项目资金的通知", "关于拨付…补贴资金的公示": r306_03, r267_19; not
        # payments stopped, supervised or asked for, "关于暂停拨付…", "关于加强财政拨付资金监管…", "…资金的请示")
        # (…and so are subsidies and science plans, "下拨2022年日间照料中心运营补贴的通知", "下达2026年度某市卫生科技计划的
        # 通知": r470_10, r512_08; all 12 labelled titles handing down or paying out are lists; not a plan's guide to apply,
        # nor payments urged, "关于加快拨付…补助资金的通知": the code review's)
        r"下达[^，。]{0,50}(?:项目(?:计划|资金)|资金|经费|立项|资助计划|科技计划(?:[（(][^）)]{1,8}[)）])?的通知$)|"
        r"(?:^|关于)(?:拨付|下拨)(?![^，。]*(?:暂停|暂缓|停止|监管|管理办法|申请材料|所需材料|请示))[^，。]{0,50}"
        r"(?:资金|经费|补贴|补助|奖补)|"
        r"关于确定[^，。]{0,40}(?:为|名单)|奖励的决定$|"
        # results and recognitions announced as a notice: "关于公布…复核评价结果的通知", "关于发布…认定和评估结果的通知",
        # "关于认定2024年度…重点实验室的通知"
        r"(?:公布|发布)[^，。]{0,40}(?:结果|名录)|" + ISSUED_RESULTS + r"|"
        # …or headed as the result itself announced ("常德市2018年度企业环境信用评价结果公告", a reviewer's probe phrasing, as
        # "关于…评审验收结果的公告" and "…形式审查结果的公告" are: r313_11, r338_07; not a monitoring result, a report), or
        # as a notice ("关于…科技企业孵化器及试点考核结果的通知", r513_02, beside the seven "关于公布…结果的通知" labelled
        # lists; not results the title asks for or puts to use, its verb right after 关于, "关于(及时)报送…考核结果的通知",
        # "关于提供…", "关于(规范)运用…", "关于落实…评价结果的通知", but a report assessed or results fed back are: the code
        # reviews'; 评审结果 and 认定结果 anywhere in a title are read above)
        + _ASSESSED + r"结果的?(?:公告|通告)$|"
        r"^(?![^，。]*关于(?:及时|按时|认真|切实|进一步)?(?:报送|上报|提交|填报|提供|落实"
        r"|(?:规范|做好|加强|用好|推进|强化)?(?:使用|运用|应用)))[^，。]*"
        + _ASSESSED + r"结果的通知$|"
        # …or headlined after them: "…托举工程 评选结果公布", "…健康城市建设评价结果发布" (r293_09, r289_09)
        r"结果(?:公布|发布|出炉)[！!]*$|关于" + RECOGNISING + r"[^，。]{2,60}的(?:通知|决定)$|"
        # …or reported as how they came out: "…征文活动获奖情况的通报", "…文艺精品…入选情况的通报" (r375_07, r359_07)
        r"(?:获奖|入选|获评)情况的?(?:通报|通知|通告)$|"
        # …or named in a 通报 of them, the places, units or persons recognised ending its object ("关于首批自治区生态宜居县城
        # 示范旗县的通报", r389_06; 20 of the 21 labelled titles "关于…的通报" are lists, the other a check's findings);
        # not an accident, the economy, a work instruction or a call's change reported ("…运行情况的通报", "…较大火灾的通报",
        # "关于进一步做好防汛工作的通报", the code review's)
        r"关于(?![^，。]*(?:" + CALL_CHANGED + r"|事故|疫情|火灾|事件|案件|运行|形势|防汛|安全生产))[^，。]{2,60}?"
        r"(?:先进|示范|优秀|模范|标兵|单位|集体|个人|企业|名单|称号|县|区|市|镇|村|基地|园区|中心|城市)[）)]?的通报$|"
        # …or a headline saying who won is out: "2022年“大国工匠年度人物”在南京揭晓", "…初步评审结果揭晓" (r392_19,
        # r367_17); not results to come or an answer revealed ("…评选启动，12月揭晓", "…即将揭晓", "…？答案揭晓")
        r"^(?!.*(?:启动|报名|[？?]))[^，。]*?(?<!即将)(?<!将)(?<!月)(?<!日)揭晓[！!]*$|"
        # what a notice announces by name: "关于公布2022年度自治区科普示范基地的通知" (18 such titles in the
        # labelled sets, all publicity; MIIT's lists come as a 通告, all 5 labelled so); not a document it issues, "关于公布《…办法》的通知", "关于公布2027年度
        # 规章制定工作计划的通知"
        # (nor areas, times or fees a government sets out, "关于公布森林防火区的通告", "…烟花爆竹燃放区域及时间的通告",
        # "…经营服务性收费目录清单的通告": r385_03, r385_17, r385_11, all labelled policies)
        + NAMED_PUBLISHED + r"|"
        # projects announced or handed down: "关于公布…地方标准制修订项目计划的通知", "关于下达…重点项目（第二批）的通知"
        # (not a guide for applying to them, "关于下达…项目申报指南的通知", nor a work or investment plan)
        r"关于(?:公布|下达)(?![^，。]*(?:申报|指南|征集|报名))[^，。]{2,60}项目(?:计划)?[^，。]{0,8}?的(?:通知|决定|公告|通告)$|"
        # a bureau's list of the firms it puts forward: "关于推荐36家企业申请…认定的公告"
        r"推荐\d+(?:家|个|项|名)|"
        # a news report of a result: "喜报！某区新增2家高新技术企业", "我州4户企业进入…评审", "某州获准设立9个…工作站"
        # (a headline, not a notice's title: "关于申报…获批建设…奖励的通知" is a call)
        # …or of one settled: "某州完成2027年度科技型企业遴选工作", "某局完成十六家创新平台备案工作"
        # (also "某省认定12个园区为…", "湖北省新认定1800家…": r171_16, r191_18, r198_18; not a target, "计划认定100家",
        # "将新认定1000家", "今年要认定100家")
        r"喜报|榜上有名|" + NEWS_HEADLINE + r".*?(?:(?:新增|" + NOT_YET_BEFORE + NOT_YET_NEW_BEFORE
        + r"(?<![将要再新])(?<!将新|要新|将再|要再)(?:新|再)?(?:认定|命名))(?:\d+(?:家|户|个|项|名)"
        # (or by its round, "河北命名第二批奥林匹克教育示范学校…", "浙江省人民政府命名…首批…": r425_10, r324_04; not a round
        # whose applying opens, "我市启动命名第三批…申报", "…认定首批…服务商申报启动": the second review's)
        r"|(?:第[一二三四五六七八九十\d]{1,3}批|首批)(?![^，。！]*(?:申报|报名|征集|启动|开始|开启)))"
        # (counted in numerals or in words, "我市三家单位入选…", "吉林省三地入选…十佳城市": r221_14, r234_16; not a
        # target, "力争3家企业入选…", "力争到2027年2家企业被评为…", "将推动30家企业列入…", nor what may or will come,
        # "10家企业可获得…补贴", nor a call's headline, "…报名启动 前30名入围决赛": the code review's)
        # (nor a target set some words before its count: "…力争3年内100人获评“某某工匠”", a reviewer's phrasing)
        r"|^(?!.*(?:" + CALL_HEADLINE_WORDS + r"))(?!.*(?:力争|争取|目标)[^，。]{0,8}?[\d一二三四五六七八九十两])"
        r".*?" + NOT_YET_BEFORE
        + r"(?<!到\d{4}年)(?<![\d一二三四五六七八九十两每])(?:\d+|[一二三四五六七八九十两]{1,3})"
        # (a count typeset apart from its measure word, "吉林省5 家养殖场获评…": r386_02; pages set from print space
        # numbers so, "拟认定 25 个名县名镇", r337_11, r392_05)
        r" ?"
        # (persons counted only as honoured or chosen: not a rate, "每招用1人获得2000元", nor a payout, "5000人获得…补贴")
        r"(?:人(?=(?:(?![可将]|有望)[^，。]){0,16}?(?:获评|入选|入围|荣获|" + HONOUR_WON + r"|获表彰|"
        r"被[^，。]{0,8}?(?:评为|认定为|命名为)))"
        r"|家|户|个|项|名|地|所"
        # (or counties and villages counted as themselves, no measure word: "临沂市3县入选…示范县", "我省8县(市)获评…", "山西又
        # 有22村上榜": r419_12, r419_13, r334_16; not 一村一品, 一县一策)
        r"|县(?:[（(][市区、]{1,4}[)）])?(?!一)|村(?!一))"
        r"(?:(?![可将]|有望)[^，。]){0,16}?"
        # (or said to be named so: "我省2个工业园区被工信部评为五星级示范基地", "哈市56户中小企业拟被认定为…": r186_08, r215_12)
        # (or honoured: "…56个项目荣获上海市科学技术奖", "扬州49个科技项目获表彰": r293_12, r293_14; or listed or short-listed:
        # "榆林市三户企业列入首批…", "山西省150个村入围第四批…": r351_12, r339_09; or granted, "…650个优质科研项目获资助",
        # "甘肃362家企业获得科技型中小企业入库编号": r279_11, r356_10; persons counted too, "22人获评首席技师", "43人获评…
        # “港城工匠”": r270_10, r379_18; "西宁2人喜获高原工匠技术明星称号", r392_06)
        # (or given an award the headline closes on: "我市3家企业、2人获第十一届中华慈善奖", a reviewer's probe phrasing)
        r"(?:入选|入围|列入|获批|获评|获得(?!感)|获资助|进入|上榜|荣获|" + HONOUR_WON + r"|获表彰"
        # (an award or a title the headline closes on: "杭州29名中医获“市级名中医”称号", r424_12)
        r"|获(?=[^，。！]{0,16}?(?:奖|称号)[！!]*$)"
        r"|被[^，。]{0,8}?(?:评为|认定为|命名为|列为|确定为|确认为))|获(?:准|批)(?:设立|认定|建设|命名))|"
        # (a selection done, not one expected: "…即将启动 预计10月底前完成认定")
        + NEWS_HEADLINE + r"(?![^，。！]*(?:预计|即将|将于|拟于))[^，。！]*?完成[^，。！]{0,40}?"
        r"(?:遴选|评选|认定|备案|评审|评定|评价入库)(?:工作)?[！!]*$"),
     "announces selected or proposed entities"),
    # A call whose programme is named after an event ("…技术培训班项目申报工作的通知"): the title's own
    # verb is 申报, which no event uses (events invite 报名).
    # "关于申报《…联合项目》的补充通知": the title applies for something.
    # (a selection's work named so, or a 推选: "关于推进2020年济南优势工业产品遴选工作的通知", "…中国青年科技奖候选人推选工作的
    # 通知": r209_03, r240_05; the 24 labelled titles ending "…遴选/评选/选拔/征集/推选工作的通知" are all calls)
    # (and claims opened, "…奖励申领工作的通知", "…奖励兑现的通知": a reviewer's phrasings, as a 申领指南 below is;
    # and candidates asked for, "关于推荐第三届全国创新争先奖候选人的通知", "关于推荐…“长江学者奖励计划”人选工作的通知":
    # r299_07, r285_14, r249_05, r299_04, the 4 labelled titles so worded all calls; and so are those asking for model
    # units and persons, "关于推荐…先进集体和先进个人的通知", "…先进集体(个人)的通知": r375_15, r332_13)
    # (not a payout announced, "关于2025年度…奖励资金兑现的通知", nor candidates decided or approved, "关于确定…推荐人选的
    # 通知", "关于推荐张某某同志为…候选人的通知": the review's)
    # (and a claim a notice or an announcement opens, "关于申领一次性创业补贴的公告", "关于申领2024年度…人才生活补贴的
    # 通知": a reviewer's probe phrasings)
    ("call", re.compile(r"(?:申报|申领)(?:工作)?的通知$|开展[^，。]{0,40}?兑现(?:工作)?的通知$"
                        r"|(?:遴选|评选|选拔|征集|推选)(?:活动|工作)?的通知$|关于申报[^，。]{2,80}?的(?:补充)?通知$"
                        r"|关于申领[^，。]{2,60}?的(?:通知|公告)$"
                        r"|^(?![^，。]*(?:确定|同意|公布|表彰|授予))[^，。]*?(?:推荐|举荐)[^，。为]*"
                        r"(?:候选人|人选|先进(?:集体|个人|工作者|单位)(?:[（(]个人[)）])?)(?:工作)?的(?:通知|公告)$"),
     "opens applications for a programme (or a selection one enters)"),
    # An essay contest, or a notice (启事) inviting entries, takes them, though it is "held" as events are
    # ("关于举办…征文活动的启事", "关于开展…主题征文活动的通知", "…征文大赛启事", "…申报启事": r236_01, r236_06, r236_07,
    # r236_12, r220_03, r206_07; the 10 labelled titles so worded are calls, and the 公示 of an essay contest's results
    # is read as a list before this row); not its prizes given or its results
    ("call", re.compile(r"征文(?![^，。]*(?:颁奖|表彰|总结|揭晓|结果|获奖))|(?:征文|征稿|征集|报名|申报)[^，。]{0,6}启事$"),
     "invites essays or entries"),
    # Venture philanthropy takes projects, though it is "held" as events are: "关于开展第二届社会组织公益创投活动的通知",
    # "…征集2020年党建+公益创投项目", "…启动2020年度公益创投活动" (r312_08, r312_03, r312_11, all calls); not its
    # projects chosen, assessed or shown, its results or its ceremonies
    ("call", re.compile(r"(?:(?:开展|征集|启动|申报|举办|组织)[^，。]{0,30}?公益创投(?:活动|项目|大赛)?"
                        r"|公益创投(?:活动|项目|大赛)?(?:申报|征集|报名|招募)?的?(?:通知|公告)$)"
                        r"(?![^，。]*(?:结果|名单|公示|公告|立项|表彰|总结|签约|评审|推进会|展示|评估|验收|结项|颁奖|获奖"
                        r"|路演|培训|仪式|典礼|成果|督导|检查|监测))"),
     "venture philanthropy taking projects"),
    # A contest headlined as launched takes entries: "中国创新创业大赛（四川赛区）正式启动", "2024年“创客中国”…创新创业大赛
    # 启动", "…创业大赛即将开赛" (r190_14, r190_17, r176_17; the 4 labelled titles so ending are calls); not one of
    # its rounds begun, whose entries have closed ("…大赛内蒙古选拔赛开赛", "…技能竞赛月度主题赛启动": r215_20, r202_18,
    # both events)
    ("call", re.compile(r"(?:大赛|竞赛|挑战赛)(?:(?!" + CONTEST_ROUND + r")[^，。！!]){0,8}?(?:正式|全面|即将)?"
                        r"(?:启动|开赛|开始报名|报名启动)[！!]*$"),
     "a contest launched, taking entries"),
    # Live streams, fairs, trainings and meetings; before call because events invite 报名 too. (Not a notice holding a
    # contest of live selling, one entered as CONTEST_ENTERED reads it: "关于举办…促消费直播大赛的通知", r548_03, a call, with
    # its sign-up or a supplement; but its ceremony or final held, or watched, is an event: the code reviews'.)
    ("event", re.compile(
        r"^(?!关于(?:举办|开展|组织参加|做好)[^，。！]{0,40}?直播[^，。！]{0,8}?(?:大赛|比赛|竞赛|挑战赛)"
        r"(?![^，。！]{0,8}?(?:颁奖|决赛|典礼|开幕|闭幕|直播)))[^\n]*?直播|招聘会|双选会|培训班|培训会|宣讲会|对接会|说明会|座谈会|研讨会|论坛|峰会|沙龙|路演|讲座|"
        # a training held, whatever it trains for ("关于开展…高新技术企业认定相关政策…辅导培训的通知", r298_02; as a
        # "…复核工作培训的通知" is no 复核 organised, below), not one applied for ("关于组织申报…人才培训的通知")
        r"^(?![^，。]*申报)[^，。]*培训(?:活动)?的(?:通知|公告)$|"
        # an agreement signed, headlined so: "成都市科技局与自贡市科技局签订战略合作协议", "省科技厅与我市签订战略合作框架
        # 协议" (r190_03, r184_05; the 3 labelled titles so ending are events); not a question explained ("…如何签订技术
        # 许可协议")
        r"^(?![^，。]*(?:如何|怎样|怎么|什么|哪些))[^，。]*?(?:签订|签署)[^，。]{0,20}?协议$|"
        # one announced ahead: "…新闻发布会预告" (not a contest or a collection: "…评选活动预告")
        r"^(?!.*(?:征集|评选|遴选|选拔|大赛|竞赛)).*(?:发布会|吹风会|活动|会议|培训)预告|"
        # "…对接交流会的通知", "…高企认定把脉辅导活动的通知" (not "征集…对接活动承办单位")
        r"^(?!.*(?:征集|承办|遴选|评选|申报工作)).*(?:交流会|推介会|(?:辅导|培训|宣讲|对接)活动)|"
        # an open day, not a call for its hosts ("征集…开放日活动承办单位")
        r"^(?!.*(?:征集|申报|承办|评选|遴选)).*开放日|"
        # (not a selection held, the title ending in it, whose body tells whether it is open or done: "方城县举办第三届
        # “最美科技工作者”评选活动", r392_13, a list of those chosen; but a meeting or a ceremony for one is an event,
        # "我县召开“最美家庭”评选工作会议", "…举办“寻找最美乡村医生”活动启动仪式", the code review's)
        r"开班|展位|(?:召开|举办|举行)(?![^，。]{0,20}?(?:评选|寻找|寻访|选树)[^，。]{0,12}?活动$)"
        r".{0,20}(?:会议|活动|大会)|举办[^，。]{0,30}培训|"
        # a fair the notice holds, or approves holding: "关于举办2007重庆·中国西部农产品交易会的通知", "关于同意举办第32届…
        # 交易会的通知" (r444_15, r486_11), "关于(同意)在成都举办…", "…博览会有关事项的通知", "…补贴产品展销会"; not money for
        # holding one, nor a rule on holding them ("关于组织申报…境外举办展览会补助资金的通知", "关于…规范举办各类博览会展览会
        # 管理的通知": the code reviews')
        r"^(?!.*(?:申报|申请|资金|规范|加强|(?:补助|补贴|奖励)(?:资金|申报|申请|的)))[^，。]*关于(?:同意)?(?:在[^，。]{1,10}?)?"
        r"(?:同意)?(?:联合)?举办"
        r"[^，。]{2,40}?(?:交易会|博览会|展览会|展销会|洽谈会|展洽会|订货会|展会)(?:有关|相关)?(?:事项|事宜)?的(?:通知|公告|批复)$|"
        # a notice convening any meeting: "关于召开…项目责任签约会的通知", "…推进会的通知", "…推进会议的通知", "…站长会的预备
        # 通知" (r438_05, r438_07), "…会议有关事项的通知", "…的预通知" (the review's)
        r"关于召开[^，。]{2,40}?会议?(?:有关|相关)?(?:事项|事宜)?的(?:预备|预|第[一二三]次)?通知|"
        # …or carrying out an activity: "关于开展2026年公共就业招聘专项活动的通知", "…关于国家重点实验室在…期间开展公众
        # 开放活动的通知" (r100_13, r39_19; 5 labelled titles, all events; not one taken part in by applying or
        # entering, "…遴选活动的通知", "关于开展…建言献策活动的公告", "…免费诊断服务活动", nor a search for persons to
        # nominate, "关于开展寻找“最美科技工作者”学习宣传活动的通知", "…“最美青年科技人才”寻访活动的通知": r264_09 and the
        # review's phrasings; a public service's campaign is one, "…开展2023年全国公共就业服务专项活动的通知", r501_03, "…公共
        # 就业服务进校园专项活动", but not a rating of service bodies, "…服务星级评价活动", "…服务机构诚信评价专项活动", nor any
        # evaluation held as the activity: the code reviews')
        r"^(?!.*(?:征集|申报|申请|申领|报名|评选|遴选|选拔|推荐|推选|选聘|选派|大赛|竞赛|建言|征文|服务(?![^，。]{0,6}?专项活动)|"
        r"(?:评价|评定|评估|测评)(?:专项)?活动|诊断|问诊|"
        r"揭榜|认定|创建|评比|备案|寻找|寻访))"
        r".*关于[^，。]{0,40}?(?:开展|举办|参加)[^，。]{2,60}?活动的(?:通知|公告|函)$|"
        # a news report of a meeting, an activity or a visit: "…会商会议在某州举行", "…活动在大理启动",
        # "我州召开…推进会", "某厅厅长到某州调研…", "…赴包头调研…", "…调研组来马鞍山调研" (not a span of time,
        # "五年来…调研"), "…围绕…开展专题调研", "市政协领导与挂点服务企业座谈" (r136_20, r149_02, r149_08, r163_10)
        # (headlines: "…征集活动启动" calls for entries)
        + NEWS_HEADLINE + r"(?!.*(?:征集|申报|报名|评选|遴选|大赛|竞赛))(?:.*(?:会议?|活动)在[^，。！]{1,12}"
        r"(?:举行|召开|启动|开幕|举办)$|.*召开[^，。！]{2,40}?会$|.*(?:[到赴]|(?<![年以近未原从往本后])来)[^，。！]{1,10}调研|.*开展[^，。！]{0,12}调研$"
        # (a body or its leader gone somewhere on its work: "烟台市商务局赴济宁、泰安、滨州3市推进开发区合作共建", "…副主任
        # 李占金赴上海、山东开展招商引资工作", "第十一批中央单位援疆干部人才赴疆工作": r223_18, r223_20, r205_19; all 8 labelled
        # headlines with 赴 are events)
        r"|.*赴[^，。！]{1,16}?(?:考察|开展|推进|对接|学习|招商|走访|慰问|工作)"
        # (leaders meeting guests: "某某会见某集团董事长某某一行", "某某某某会见某集团党委委员、副总裁某某": r237_08, r237_15)
        r"|.*(?:会见|会晤|接见)[^，。！]{2}"
        r"|.*座谈)|"
        # …or of one held, its name saying what it prepares for ("我区举行高新技术企业申报认定工作培训",
        # "…复核工作培训会顺利举行", "某区多种形式开展“4·26”知识产权宣传周活动"; an activity one takes part in
        # by applying is a call, "我区开展…奖补申报活动", "…推荐活动", "…免费诊断服务活动")
        + NEWS_HEADLINE + r"(?!.*(?:征集|报名|评选|遴选|大赛|竞赛))(?:.*(?:举行|举办|召开)[^，。！]{2,40}?"
        r"(?:会议?|培训班?|活动)$|.*(?:会议?|培训班?|活动)(?:顺利|成功|隆重)?(?:举行|举办|召开)$"
        r"|.*开展(?![^，。！]*(?:申报|申请|申领|推荐|推选|选聘|服务|寻找|寻访|选树))[^，。！]{2,40}?活动$)"),
     "a live stream, fair, training or meeting"),
    # Staff recruited in the open take applications from persons: "2024年…县招聘教师70人公告", "…区2024年第二批公开招聘
    # 教师公告" (r297_05, r297_06, both calls); not the recruitment's later steps (拟聘用人员, 成绩, 面试, 体检…), nor a
    # job fair (招聘会, 双选会, 专场活动: events, above)
    ("call", re.compile(r"招聘(?![^，。]*(?:拟聘|拟录|成绩|笔试|面试|体检|考察|结果|资格|延期|取消|递补|会|双选|洽谈|专场"
                        r"|活动|宣讲))[^，。]{0,20}?(?:公告|简章)$"), "recruits staff"),
    # Opening an application: 组织申报, 申报工作, 开始/正在/启动申报, 征集, 报名, 推荐工作, 入库工作, a
    # demonstration organised for designation (DEMONSTRATION_CREATED; not its 实施方案), and an application
    # guide wherever the title names it ("关于发布…项目申报指南的通知", "…申报指南（第三版）的通知": every labelled
    # title naming one is a call; not one put up for comment). A review the holders take part in is one too: "关于开展
    # 化工园区复评和扩园工作的通知" (r172_16; all 8 labelled titles organising a 复核, 复评 or 复审 are calls), not the
    # use of its results or a training on it ("关于做好…复核结果运用的通知", "…复核工作培训的通知"). So is a prize's
    # nomination ("关于开展2023年度国家科学技术奖提名工作的通知", r195_03, r195_14: all 7 labelled titles naming 提名工作
    # are calls).
    ("call", re.compile(
        r"(?:组织|开展|启动|开启|受理|做好)[^，。！]{0,30}?"
        r"(?:申报|申请|认定|评审|推荐|提名|备案|入库|征集|报名|遴选|评选|选拔|评价工作|(?:复核|复评|复审)(?![^，。！]{0,4}(?:结果|培训|情况))|"
        r"填报|培育工作(?=的(?:通知|公告)$))|"
        r"(?:组织|开展)[^，。！]{0,30}?" + DEMONSTRATION_CREATED + r"(?![^，。]*方案)|"
        r"申报(?:工作|的通知|通知|公告|通道|正式|启动|开始|已开始|进行中|开启|截止|倒计时|$)|"
        # (…and a guide for claiming support, "某市一次性扩岗补助申领办事指南", "…补贴申领指南", also with what is claimed
        # between, "企业申领一次性扩岗补助指南": r274_07, r365_01 and the review's phrasings; "…项目申报入库指南", r257_11;
        # "…就业见习补贴申请指南", a reviewer's phrasing of round 49, not "…项目申请转报公共服务指南", r255_20, nor a
        # how-to for a patent or a tax return, "发明专利申请指南", "惠企政策兑现指南": the code review's)
        # (…a reward's claim too, "…专精特新企业奖励兑现办事指南", a reviewer's phrasing of round 49)
        r"(?:申报(?:入库)?|申领[^，。]{0,12}?(?:办事)?|(?:奖励|补贴|奖补|资金)兑现[^，。]{0,12}?(?:办事)?"
        r"|(?:补贴|补助|资助|奖励|奖补|资金|券)[^，。]{0,4}?申请)指南(?![^，。]*(?:征求|意见稿))|"
        # (a claim opened, either word first: "…科技创新券申领开始啦！", a reviewer's phrasing of round 49)
        r"(?:开始|正在|启动|开启|即将)(?:申报|申领)|申领(?:工作|通道)?(?:已经?|正式|全面|即将)?(?:开始|启动|开启)|"
        r"征集|报名|推荐工作|入库工作|预申报|^申报|项目申报$|申报\s*[|｜]|"
        # a report or form to hand in: "关于填报…项目年度报告的通知", "关于编报《…园区年度报告》的通知" (r75_20,
        # r39_08; guide: submissions are a call), also projects or reports sent up ("关于组织上报…技术改造项目的通知",
        # "关于报送…年度运行报告的通知": r162_11, r182_14; all 6 labelled titles so opening are calls)
        r"关于(?:组织)?(?:填报|编报|上报|报送)|"
        # a year's programme organised ("关于组织实施2026年度支持专精特新中小企业高质量发展项目的通知", "关于组织实施
        # 2022年促进小微工业企业上规模发展专项资金的函", and a cited "关于组织实施2020年省级工程研究中心建设工作的通知":
        # r87_02, r59_15, n_051)
        r"关于组织实施\d{4}\s*年度?[^，。！]{2,60}?(?:项目|资金|建设工作)的(?:通知|函)$|"
        # a subsidy or reward round opened ("关于开展2021年度巴南区重点产业企业招工补贴工作的通知", "…惠民促销活动暨企业
        # 促销奖补的通知", "关于开展2020年度优秀工业企业评选奖励的预通知": r222_01, r222_05, r133_02; the 15 labelled
        # titles opening so are all calls)
        r"关于开展[^，。！]{2,60}?(?:补贴|奖补|补助|资助|奖励)(?:资金)?(?:项目)?(?:工作)?的(?:预)?(?:通知|公告)$|"
        # a contest one enters, a new post-doctoral station applied for
        + CONTEST_ENTERED + r"|" + NEW_STATION_APPLIED + r"|"
        # a headline saying a selection has begun: "2027年省级专精特新中小企业遴选工作正式开展", also without 工作
        # ("2024年度山东省瞪羚、独角兽企业培育认定开启": r198_13, a call, as the 申报开启 headlines are), also as an
        # activity, or with the verb first ("…“新时代好少年”评选活动启动", "“…最美教师” 开始评选": r376_05, r379_17)
        # (nominations too, set apart by a comma: "重磅!2025年度国家科学技术奖提名,启动", r428_12)
        r"(?:(?:认定|遴选|评选|评价|推荐|推选|提名)(?:工作)?|(?:评选|遴选|推选)活动)[，,]?(?:已经?|正式|全面)?"
        r"(?:开展|启动|开始|开启)"
        r"(?:了|啦)?[！!]*$|(?:开始|启动|开启)(?:评选|推选|遴选)[！!]*$"),
     "opens applications"),
    # A headline saying a body or a person won an honour ("市科协荣获“全国科普日活动优秀组织单位”称号", a reviewer's
    # phrasing of round 49, as counted ones are, r376_06; persons too, "他荣获全国劳动模范称号"); not one to be won or
    # applied for, nor a question ("…可获评…称号", "企业怎样获评…称号").
    ("publicity", re.compile(NEWS_HEADLINE + r"(?![^，。]*(?:可|将|力争|争取|申报|推荐|如何|怎样|怎么|哪些|什么))[^，。]*?"
                             r"(?:荣获|喜获|获评|获授|被授予)[^，。]{0,30}?(?:称号|奖)[！!]*$"),
     "announces an honour won"),
    # A notice organising a list still to be drawn up ("关于做好2025年度享受先进制造业企业增值税加计抵减政策企业名单制定工作
    # 的通知", r535_09; a province's "…先进制造业企业名单制定工作有关事项的通知", a stored page): firms apply to be on it, as
    # for a 清单 (r535_06); not the rules or opinions on making one, nor a government's own list of duties (权责清单, 负面
    # 清单: the code review's)
    ("call", re.compile(r"(?<!权责)(?<!负面)(?<!责任)(?<!权力)(?:名单|清单)(?:的)?(?:制定|编制)(?:相关|有关)?工作"
                        r"(?:有关事项|相关事项)?的通知$"), "organises a list to be drawn up"),
    # Weaker list words: a title that only names a list ("2025年市级企业技术中心名单"). Not a list's management, a
    # rule for keeping it ("…建立健全家庭农场名录管理制度", "国家级绿色矿山名录移出管理工作要求": r367_01, r381_06).
    # (not a category in brackets: "…评审通过人员名单（经济管理类）", the code review's)
    ("publicity", re.compile(r"(?:名单|榜单|名录)(?![^，。（(]{0,4}管理(?:制度|办法|工作|要求|规定|机制))"), "names a list"),
    # A policy document, plan, guideline, standard or draft for comments; also a public order (通告) no rule above read
    # as a list or a call: traffic control for a festival's parade, a ban on fireworks (r422_08, r422_10, r422_11,
    # r385_15; all 17 labelled 通告 titles no rule above reads are policies), whatever event occasions it.
    ("policy", re.compile(
        r"印发|发布|出台|征求意见|意见稿|行动方案|实施方案|工作方案|若干措施|措施|政策|办法|规定|细则|"
        r"条例|指引|指南|意见|标准|规划|决定|决议|批复|要点|评价指标|工作流程|认定条件|通告$"),
     "publishes a policy, plan, standard or rule"),
)

# A title that only names a list ("…名单的通知", "…榜单") without announcing it: the body decides
# whether firms are asked to apply or submit (a call) or the list is published (publicity).
LIST_ONLY_TITLE = re.compile(r"(?:名单|榜单|名录)(?:的)?(?:通知|公告)?$")
# A title organising the recommendations or applications for a list ("关于蚌埠市组织推荐2024年度国家绿色制造名单、
# 省市级绿色工厂名单的通知", "关于组织申报第四批省级绿色工厂等示范名单的通知": r218_19, r147_03; the 27 labelled
# titles saying 组织推荐 are calls) opens them, whatever list it names.
ORGANISED_FOR_A_LIST = re.compile(r"关于[^，。]{0,20}?组织(?:推荐|申报)(?![^，。]*(?:结果|拟|公示|公布))[^，。]{2,80}?"
                                  r"(?:名单|名录)的通知$")
# A standing firms enter by applying to be listed, named as a 公示 ("关于开展2023年度萍乡市守合同重信用公示活动的
# 通知", "关于开展2020年省级“守合同重信用”企业公示工作的通知": r220_06, r220_08, r220_17, three cities' calls) when the
# text speaks of applying for it.
PUBLICITY_ENTERED_TITLE = re.compile(r"关于开展(?![^，。]*(?:名单|结果|拟))[^，。]{2,60}?公示(?:活动|工作)的通知$")
STANDING_APPLIED_FOR = re.compile(r"申报|申请")  # (narrower than APPLYING_WORD, the words a call is read from)
# So does a title naming a recognition ("关于认定2018年第二批市级科技企业孵化器的通知"): usually the
# result, but a call when the body asks for the candidates' materials by a date.
RECOGNITION_TITLE = re.compile(r"关于" + RECOGNISING + r"[^，。]{2,60}的通知$")
# …the candidates' application materials, not the recognised units' yearly reports.
APPLICATION_PAPERS = re.compile(r"申报材料|申请材料|申报书|申请书|申报表|申请表|推荐材料|择优推荐")
LIST_ANNOUNCED = re.compile(r"公示|公布|拟|获奖|结果|确定|下达|命名|授予|表彰|认定的|入选")

# A body that sets a way and a time to apply, not merely mentions 申报: what makes a policy-titled
# notice (or its heading) a call.
# (申请截止时间 too: "揭榜申请截止时间：2025年10月20日", a reviewer's phrasing of round 49; not a review's or an
# objection's, 复核申请时间)
OPENS_APPLICATIONS = re.compile(
    r"(?:申报|(?<!复核)(?<!复议)(?<!异议)申请|受理|报名)(?:截止)?(?:时间|日期)\s*(?:为|：|:)|(?:于|在)[^。；]{0,25}(?:前|之前)[^。；]{0,30}"
    r"(?:提交|报送|填报|完成申报|报名)[^。；]{0,20}(?:申报|申请|材料)|组织申报|申报工作"
    r"|提交(?:申报|申请)?材料[，,]?\s*完成申报")
# A policy issued together with its application guide ("特制定《…若干措施》及申报指南，现印发给你们"): the
# guide opens applications, so the notice is a call (guide: a policy that opens applications is one).
ISSUES_APPLICATION_GUIDE = re.compile(r"(?:及|和|与|以及)(?:配套的?)?(?:项目|资金)?(?:申报|申请)指南")
# …and so does a notice issuing a guide by its quoted title ("关于印发《2024年度…项目申报指南》的通知", "我局制定了
# 《…遴选评价和培育政策申报指引》，现予印发"), as a title naming the guide unquoted does (TITLE_RULES).
GUIDE_ISSUED = re.compile(r"(?:印发|发布|制定了?|出台了?)\s*《[^《》]{0,120}?(?:申报|申请)(?:指南|指引)"
                          r"(?:[（(][^《》（()）]{0,10}[)）])?》(?![^。\n]{0,20}(?:征求|意见稿))")
# A title naming a draft for comment is a policy (guide), whatever else it says: put up as a 公示 ("关于《…规划
# （征求意见稿）》的公示"), collected with 征集 ("…（征求意见稿）》公开征集意见的公告", r372_01) or under a bracketed
# column tag ("【社会征集】关于征求《…（征求意见稿）》社会公众意见的通知", r256_07). Not a draft list (名单, 名录, 目录),
# which lists as a publicity does (r291_02). Only a title putting the draft up for comment, or naming the draft alone
# ("【社会征集】《…（征求意见稿）》", a reviewer's): not an explainer of it or a training on it ("关于《…（征求意见稿）》
# 的政策解读", "…（征求意见稿）》宣贯培训会的通知": the code review's).
DRAFT_IN_TITLE = re.compile(r"^(?!.*(?:名单|名录|目录))(?=.*征求意见稿)"
                            r"(?:(?=.*(?:征求|征集|征询)(?!意见稿)[^，。]{0,60}?意见(?!稿)|.*的?(?:公示|公告)$)"
                            r"|\s*(?:【[^】]*】)?\s*《[^》]*征求意见稿[)）]?》\s*$)")
# A draft for public comment invites comments, not applications (read in the opening 2,000 characters).
DRAFT_FOR_COMMENT = re.compile(r"征求[^，。]{0,10}意见")
# A plan put up as a 公示 by its quoted title ("关于《…绿地系统规划》《…公园体系规划》…规划内容藏汉双语公示", "关于《…“十四五”
# 发展规划》公众参与座谈会征求意见情况的公示": r404_06, r404_04) publishes the plan, as a draft put up for comment does;
# Not a list within it ("《…规划》项目名单公示"), nor any entity chosen under it: its drafting firm, its projects, persons
# commended (the code review's); with a round in brackets or announced, "…批前公示（第二次）", "…公示的公告".
# (also a quoted 方案 so put up, announced by a 通告: "昌宁县人民政府关于对《云南昌宁自然保护地整合优化方案》公示的通告",
# r427_10; r427_03's "关于《…国土空间总体规划(2021—2035年)》草案的公示", read blind, is the plan rule's third text)
PLAN_PUT_UP_TITLE = re.compile(r"^(?!.*(?:名单|名录|目录))(?=.*《[^《》]*(?:规划|方案)(?:[（(][^《》]*[)）])?》)"
                               r"(?!.*》[^《》]*(?:候选|入库|结果|拟|企业|单位|项目|个人|人员|表彰))"
                               r".*公示(?:[（(][^（）()]{1,8}[)）]|的(?:公告|通告))?$")

# A body that asks its readers to apply or to submit something by a date: "于9月15日前报送市工信局",
# "请于2024年6月3日16:00前将申报书…提交", "材料报送截止时间延至4月24日", "填报时间为2月5日至3月5日",
# "一、征集时间\n自公告之日起至2025年10月30日" (a collection's window: r43_05, r44_01, r45_08).
# Words of cited documents never count.
_MONTH = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月"  # "2025年10月", "10月"
_MONTH_DAY = _MONTH + r"\s*\d{1,2}\s*[日号]?"
ASKS_TO_SUBMIT = re.compile(
    # a date after 于/在/至 or opening a numbered item ("三、10月20日前将推荐文件…寄至…")
    r"(?:于|在|至|截至|(?m:^)(?:\s*[一二三四五六七八九十]{1,3}\s*[、.．])?)\s*" + _MONTH_DAY
    + r"[^。；\n]{0,12}?(?:前|之前|以前|止)"
    r"[^。；\n]{0,80}?(?:报送|提交|上报|递交|报至|送至|寄至|专递至|发至|发送[到至]|送达|填报|申报|报名|" + SENT_OR_REPORTED_TO_BODY + ")"
    # …or opening a clause, when what is done by it is applying ("请…规上工业企业，8月24日前填报…申报表", r171_07; all 4
    # labelled texts so worded are calls; not a plan's bureaus reporting, "各责任单位，12月10日前将推进情况报送…")
    r"|[，,]\s*" + _MONTH_DAY + r"[^。；\n]{0,12}?(?:前|之前|以前)"
    r"[^。；\n]{0,40}?(?:填报|申报|报名|提交申请|申请书)"
    r"|(?:报送|提交|申报|受理|报名)(?:的)?截止(?:时间|日期)"
    # (or the other way round: "报名时间截至6月15日", "申报日期截至2022年4月30日"; r174_19, r167_06, r166_01, r139_08)
    r"|(?:申报|填报|报名|受理|提交|报送|征集)(?:时间|日期)\s*(?:截至|截止)(?:到|至)?\s*" + _MONTH
    # a month's end, when what is due is an application ("于2020年4月底前完成…申报和推荐工作", r134_07; not a policy's
    # report on its own work, "于12月底前将实施情况报送市经信委")
    + r"|(?:于|在)\s*" + _MONTH + r"\s*(?:底|末)(?:前|之前|以前)[^。；\n]{0,40}?(?:申报|报名|申请|推荐)"
    # a window the reader must or may apply in ("相关企业需在3月19日至3月26日之间进行申报", "…在读研究生可在4月6日到6月10日
    # 期间报名": r405_08, r381_16; "请于9月1日至9月30日期间登录系统填报"), not a period applications were made in ("在…至…
    # 期间申请的专利"), nor coupons the public may claim ("市民可于9月1日至9月30日期间申领消费券", the code review's)
    r"|(?:需|须|应|请|可)(?:于|在)\s*" + _MONTH_DAY + r"\s*(?:至|到|—|－|-|~|～)\s*(?:" + _MONTH_DAY + r"|\d{1,2}\s*[日号])"
    r"\s*(?:之间|期间|内)?[^。；\n]{0,20}?(?:申报|报名|提交申请|填报|申请)(?!的)"
    r"|(?:申报|填报|报名|受理|提交|报送|征集)时间(?:和|及|与)?(?:地点|方式)?\s*(?:为|：|:|\n)\s*[^。\n]{0,12}?" + _MONTH
    # (a programme's name may be long, though a long one has no comma in it: "现组织开展2025年度促进吴中区工业经济高质量
    # 发展、…专项资金项目（第一批）申报工作"; of the labelled texts where 41 to 160 characters part them, all 11 are
    # calls; a bureau's duties listed clause by clause, "负责组织开展…，各区…做好…申报工作", are none)
    + r"|(?:组织|开展)(?:[^。；\n]{0,40}?|[^。；，,\n]{41,160}?)申报工作"
    # the notice announcing its own selection: "决定开展2022年度市级技术转移服务机构备案工作", "，现开展…认定工作",
    # "现就组织开展…专精特新中小企业认定、复核及更名相关工作" (a review asks the holders for papers too)
    # (not 实现, 体现; a plan that a rule is made for, "拟开展…，特制定本办法", is no selection)
    # (a second step may follow the first, "认定、复核及更名相关工作", "征集入库工作", "备案登记工作"; not a
    # standing duty, "认定管理工作", nor a report on one, "现就开展…复核工作情况通报如下")
    # (a year's round organised under a policy's title: "现组织实施2025年保险补偿政策资格审定和资金申请工作",
    # "现组织开展2025年首批次新材料保险补偿资金申请和2026年资格审定工作", r158_15, r158_19; of the labelled texts
    # saying 现组织开展 or 现组织实施, all 20 are calls; not a policy carried out, "现就实施…认定工作提出如下意见",
    # nor the requirements on a round, "…审定工作要求通知如下")
    r"|(?:决定|(?<![\u4e00-\u9fff])现)就?(?:组织)?(?:开展|(?<=组织)实施)[^。；\n]{0,60}?(?:备案|认定|推荐|遴选|评选|征集|复核|审定|申请)"
    r"(?:入库|评审|登记|评价|申报|[、和及与]{1,2}[^。；，,\n]{0,10}?)?(?:等|相关)?(?<!管理)工作(?!情况|进展|总结|要求)"
    # "请…组织本辖区符合条件的单位进行申报", "申报企业于9月29日，将申报材料…报送至…"
    r"|组织[^。；，,\n]{0,30}?(?:单位|企业|个人|人员)[^。；，,\n]{0,6}?(?:进行|开展)申报"
    r"|(?:于|在)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号][，,]?\s*将[^。；\n]{0,60}?(?:报送|提交|上报|递交|送至)"
    # an extension: "报送时间由原来的11月30日延迟至12月31日"
    # (also of entries: "将比赛报名征集时间延期至2024年11月30日", r219_06)
    r"|(?:申报|报送|提交|受理|报名|征集)[^。；\n]{0,10}?(?:时间|日期)[^。；\n]{0,20}?(?:延迟|延长|推迟|顺延|延期)至"
    r"|(?:申请|申报)工作(?:顺延|延期|推迟)"
    # (what is organised may take up to 20 characters: "请你们积极组织符合条件的工程研究中心申报", r54_06; not a list's
    # "积极引导未入选的…企业对标提升后继续申报")
    r"|请[^。；\n]{0,30}?(?:积极|认真|按要求|及时)(?:[^。；\n]{0,10}?(?:组织)?|组织[^。；，,\n]{0,20}?)(?:申报|报名|推荐|填报)"
    # a window the applicants apply in: "申报企业须在4月25日-5月10日期间，登录…平台填报" (r86_13; not a list's "请入选单位
    # 在6月1日-6月30日期间登录…填报建设任务书")
    r"|(?:申报|申请)(?:企业|单位|人|主体|者)?[^。；\n]{0,6}?(?:在|于)\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:\d{1,2}[:：]\d{2}\s*)?[-—－~～至到]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"\s*(?:\d{1,2}[:：]\d{2}\s*)?期间[^。；\n]{0,20}?(?:登录|填报|申报|提交|报送)"
    # (also as a relay asks it: "请按照通知要求组织项目申报", "请按照通知要求做好候选人推荐上报工作": r81_01, r81_19;
    # every labelled text so asking is a call, and so are the 4 asking so by a guide's terms, "请你市按照指南要求，做好
    # 本地区企业组织申报…", r108_10; not "做好人才推荐和培养工作", "做好推荐企业的培育服务工作")
    r"|请[^。；\n]{0,30}?按照?(?:通知|文件|指南)要求[，,]?(?:组织|做好)[^。；，,\n]{0,10}?(?:申报|报名|填报|推荐(?:上报)?工作)")

# A 揭榜挂帅 task list ("技术需求榜单") is a call only when its text invites solvers to apply; a
# list announced for objections (…榜单公示) stays publicity.
SOLVER_CALL_TITLE = re.compile(r"揭榜(?!.{0,30}(?:公示|拟|入库|名单))")

# The document's own heading line, as it opens the text ("关于…的通知", "…名单公示"). Same kinds,
# stricter wording: this line is the issuer's own title.
HEADING_RULES = (
    ("publicity", re.compile(r"公示$|的公示|名单的通知|公布[^，。]{0,40}名单|批准[^，。]{0,40}(?:设立|为)|"
                             r"授奖的决定|获奖名单|" + COMMENDATION_TITLE + r"|关于确定[^，。]{0,40}为|"
                             r"下达[^，。]{0,40}(?:项目(?:计划|资金)|资金|立项)|" + ISSUED_RESULTS + r"|" + NAMED_PUBLISHED),
     "the issuer's title announces a list"),
    ("policy", re.compile(r"征求[^，。]{0,20}意见|意见稿"), "a draft for public comment"),
    ("call", re.compile(
        r"关于(?:组织)?(?:申报|征集|推荐|受理)"
        r"|关于(?:组织|开展|做好|启动)[^，。]{0,60}"
        r"(?:申报|申请|征集|推荐|认定|评审|备案|入库|报名|遴选|评选|选拔)"
        r"|申报[^，。]{0,20}的通知|征集[^，。]{0,40}的通知|" + CONTEST_ENTERED + r"|" + NEW_STATION_APPLIED),
     "the issuer's title opens applications"),
    ("policy", re.compile(r"关于印发|印发[^，。]{0,60}的通知|的决定$|的决议|的批复|的意见$|的通知$"),
     "the issuer's title publishes a document"),
)
# A heading that ends "…的通知" and issues nothing by name (read without its cited titles): a body laid
# out as an application guide ("（一）申报条件", APPLICATION_HEADING) makes it a call, unless the heading
# suspends, changes or regulates a programme ("关于暂停受理…", "关于调整…认定条件的通知", "关于进一步规范…推荐
# 工作的通知" with its "一、推荐条件": a rule on recommending, not a call) or the body says the call
# comes later ("每年3月另行发布申报通知"); a body naming whom it recognises as the outcome of its own review
# (NAMES_THE_RECOGNISED in a sentence with OWN_REVIEW: "经…专家评审等程序，确定…等38个城市为…示范城市", r81_14, r80_11)
# makes it a list, unless it asks for submissions (a 复核 of those recognised years ago).
PLAIN_NOTICE_HEADING = re.compile(r"^(?!.*印发).*的通知$")
_REVIEW_STEPS = r"评审|审核|审查|审定|考察|公示|程序"
OWN_REVIEW = re.compile(r"经[^。\n]{0,100}?(?:" + _REVIEW_STEPS + r"|研究)")
# A notice whose matters open with who may apply ("现将有关事项通知如下：一、申报条件…"), read where no
# title or heading decides (a page flattened to one line, no title): every labelled text with that
# opening is a call (16 of the blind sets, 6 of the national development set); so does one announcing the
# matters of applying ("现就…专项资金申报有关事项通知如下", "现将…申报工作相关事宜补充通知如下": all 15 labelled
# texts so worded are calls; not rules for applying, "现将规范科技计划项目申报工作有关事项通知如下").
# (an evaluation's, too, opens with who takes part in it, as a heading of its own: "一、参加科技型中小企业评价对象", r485_03;
# "参加本次运营评价对象为…", r450_01, names an evaluation call's applicants so; not a results bulletin's "一、参评对象情况",
# the code review's; subjects' APPLICANT_HEADING reads the same heading)
# (closed by the line's end, or by a colon that no count of those who took part follows: "一、参评对象：全市共有1260家企业
# 参加评价" is a bulletin's, the second review's; a condition counting months or staff, "…满3个月的…", is none, the third's)
# (who is supported is who applies: "…给予资金支持,有关事项通知如下。一、支持范围", r432_02, r472_03; all 20 labelled texts
# opening their matters with a 支持/资助/奖补 heading are calls; not 适用范围 nor 实施范围, which a rule's notice opens with,
# nor 补助范围, nor a support paid with no applying, NO_APPLYING_NEEDED: the code review's)
_APPLYING_OR_SUPPORT_HEADING = r"(?:申报|申请|(?P<supported>支持|资助|奖补))"
# (said of the support itself: "…直接拨付至企业账户，企业无需另行申请", "实行“免申即享”，不再组织企业申报"; not of other awards
# a call leaves out, "已通过“免申即享”方式兑现的…奖励，不在本次支持范围内", "…不得重复申报": the code reviews')
NO_APPLYING_NEEDED = re.compile(r"(?:免申即享|免予?申报|(?:无需|无须|不需要?)(?:企业|单位)?(?:另行)?(?:提交|提出)?(?:申请|申报))"
                                r"(?![^。；]{0,20}?(?:不在|不属于|除外|不得))")
EVALUATION_PARTICIPANTS = r"(?:参评|参加[^。；：:，,\n]{0,16}?评价)"
HEADING_CLOSES = r"(?=\s*(?:\n|$|[：:](?![^。；\n]{0,12}?(?:共(?:有|计)?\s*\d|\d+\s*[家户个名][^。；\n]{0,12}?(?:参加|参评|通过)))))"
MATTERS_OPEN_WITH_APPLYING = re.compile(r"如下\s*[：:。]\s*一\s*[、.．]\s*(?:" + _APPLYING_OR_SUPPORT_HEADING + r"(?:条件|对象|范围|主体|要求)"
                                        r"|" + EVALUATION_PARTICIPANTS + r"(?:条件|对象|范围|主体|要求)" + HEADING_CLOSES + ")"
                                        r"|[就将](?![^。；\n]{0,80}?(?:规范|加强|改进|严格))[^。；\n]{0,80}?申报(?:工作)?的?"
                                        r"(?:有关|相关)?事[项宜]\s*(?:补充)?(?:通知|公告)如下")
# …and one whose matters open with the activity's time, name or theme ("现就有关事项通知如下：一、活动时间", "…具体活动
# 方案如下：一、活动主题") holds an event: 7 labelled texts so open, all events (r501_02, r469_16, r478_12, r435_13, r438_13,
# r492_03, r453_03)
# (or a meeting's or a training's, "如下：一、会议时间"; not where a heading names who enters or applies, "二、参赛对象",
# "二、参与对象": the code reviews')
MATTERS_OPEN_WITH_ACTIVITY = re.compile(r"(?:如下|方案)\s*[：:。]?\s*一\s*[、.．]\s*(?:活动|会议|培训)(?:时间|名称|主题)")
ACTIVITY_TAKES_APPLICANTS = re.compile(r"(?m)^\s*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*"
                                       r"(?:参赛|参与|参加|申报|申请|报名)(?:对象|条件|方式|范围|主体)")
NO_CALL_HEADING = re.compile(r"暂停|停止|取消|废止|调整|变更|延期|规范")
CALL_COMES_LATER = re.compile(r"另行(?:发布|印发|下发|通知)")
# …and one that forwards another body's notice ("关于转发省科技厅《关于开展…考核评价工作的通知》的通知") is
# what the forwarded title is (a 办法 is a policy), else a call when the forwarded title speaks of applying,
# recognising or assessing (26 forwarding notices of the labelled sets, all calls, relayed so that local
# units apply or report); a forwarded notice on anything else (安全生产, 经济运行监测) is left to the body.
FORWARDED_TITLE = re.compile(r"转发[^《》，。]{0,30}《(?P<cited>[^》]{4,120})》")
FORWARDED_APPLICATION = re.compile(r"申报|申请|征集|认定|推荐|遴选|评选|评价|考核|备案|入库|报名|复核|复审|" + DEMONSTRATION_CREATED)
# A notice relaying a call it names as its basis, read where nothing else decides: "根据省工信厅《关于开展
# 2023年度省级…示范平台认定推荐工作的通知》要求，…" (read in the opening RELAY_CHARS of the text with its
# cited titles; of the labelled texts opening so, 61 are calls, 26 lists decided earlier by their own
# words, 1 an explainer, and none a policy; 评价 added for "…关于开展2025年度科技型中小企业评价工作的通知》",
# r37_03). Also read so:
# - a call relayed outright: "现将省科技厅《关于2023年度江苏省科学技术奖提名工作的通知》转发你们" (r104_02; of the
#   labelled texts relaying so, all 93 are calls; not a forwarded result, list or rule, "《关于…认定结果的通知》",
#   "《关于印发〈…管理办法〉的通知》", "《关于进一步加强…认定管理工作的通知》");
# - a notice stating its purpose as organising applications: "为做好2025年度吉林省科学技术奖提名工作，现将有关
#   事宜通知如下" (r102_13, r54_19; of the labelled texts stating so, 53 are calls, 1 a list and 1 an event,
#   both decided earlier by their own words; read only when it leads, past at most one clause, to "现将有关事项
#   通知如下": not "为做好…认定工作，强化动态管理，现就有关管理要求通知如下", "为做好…考核评价工作，…现将考核细则
#   印发给你们"), or opening it so: "现将2025年度云南省科学技术奖提名工作有关事项通知如下" (r107_17; 19 labelled
#   texts, all calls; not "现将规范…申报工作有关事项通知如下", a rule on applying);
# - a notice announcing the work it opens: "决定开展2025年度…认定工作。现将有关事项通知如下", "我局拟组织开展…企业
#   技术中心的创建工作，现将有关事宜通知如下", "现开展…评估服务工作。有关事项通知如下" (r109_04, r117_16, r117_19,
#   r95_08; 99 labelled texts, all calls; not an inspection, campaign or visit it organises), also by the applying
#   work organised: "省厅近期组织2023年第二批…认定和…复核工作。现将有关事项通知如下", "现组织大企业“发榜”工作，有关
#   事项通知如下" (r188_08, r170_04; of the 53 labelled texts organising work so, all are calls; not a check, an
#   assessment, a campaign or a party organisation's building, nor a rule on applying, "规范…申报组织管理工作").
_APPLYING_WORK = r"申报|认定|推荐|征集|遴选|评选|备案|评价|" + DEMONSTRATION_CREATED
# …the work a body does itself, which opens nothing to apply for: an inspection, a check or a clean-up, a
# campaign, a visit or a training of its own staff
_OWN_WORK = r"检查|整治|督查|排查|监察|抽查|核查|巡查|清理|执法|宣传|专项行动|调研|观摩|培训"
# what a notice organises (also a call for solvers, "…大企业“发榜”中小企业“揭榜”工作": r205_03, r170_04)
_ORGANISED_WORK = r"(?:提名|申报|推荐|评价|认定|评审|遴选|评选|选拔|征集|发榜|揭榜)[”\"]?(?:等)?工作"
RELAYED_CALL = re.compile(r"(?:根据|按照|依据)[^。《]{0,40}《[^》]*?(?:开展|组织|做好)[^》]*?(?:" + _APPLYING_WORK + r")[^》]*?的通知》"
                          r"|现将[^。《]{0,40}《(?![^》]*?(?:结果|名单|取消|撤销|印发|管理))[^》]*?(?:" + _APPLYING_WORK + r"|提名)[^》]*?的通知》"
                          r"[^。]{0,30}?(?:转发|印发)给?(?:你们|你单位|各单位|你局)"
                          r"|为了?(?:进一步|切实|认真)?(?:做好|组织好|顺利开展)[^。；，,\n]{0,50}?(?<!绩效)(?<!考核)"
                          + _ORGANISED_WORK + r"[，,](?:[^。；，,\n]{0,60}?[，,])?\s*现[将就]有关事[项宜]通知如下"
                          r"|现[将就](?![^。]{0,40}?(?:规范|加强|管理|改进))(?:做好)?[^。]{0,40}?" + _ORGANISED_WORK
                          + r"(?:的)?(?:有关|相关)?事[项宜]通知如下"
                          r"|(?:拟|将|决定|现)(?:组织)?(?:开展|启动)(?![^。；]{0,60}?(?:" + _OWN_WORK + r"))"
                          r"[^。；]{0,60}?(?:工作|专项)[。，,]\s*(?:现[将就][^。]{0,6})?(?:有关|相关)事[项宜]通知如下"
                          r"|(?<![党团])组织(?![^。；]{0,60}?(?:" + _OWN_WORK + r"|规范|加强|管理))[^。；]{0,60}?"
                          r"(?:" + _APPLYING_WORK + r"|复核|评审|选拔|提名|发榜|揭榜)[^。；，,]{0,4}?工作[。，,]\s*(?:现[将就][^。]{0,6})?"
                          r"(?:有关|相关)事[项宜]通知如下")
RELAY_CHARS = 400
RELAY_REST_CHARS = 80  # how much of the relaying sentence is read after the cited title, for what follows
# …not a sentence going on to a result, a rule, a meeting or answers: "经专家评审，…被认定为", "拟推荐",
# "制定本实施细则", "召开…推进会", "常见问题解答如下", "决定取消其备案资格", "现对…开展绩效评价"
RELAY_NOT_CALL = re.compile(r"经[^。]{0,20}(?:评审|审核|核查)|被?认定[^。]{0,30}为|拟推荐|名单|制定本|解答如下|通报如下"
                            r"|召开|举办|取消|撤销|绩效评价|本报讯")
# An application guide laid out under its own headings: "一、申报条件", "四、申报流程",
# "（二）申请材料", "三、征集对象", "一、项目征集条件", "一、推荐条件" (a policy document names its chapters 第三章 …,
# not 一、申报…; of the labelled texts with such a heading, 95 are calls and none is another kind, and so are all
# 8 with 推荐… headings and those with 选拔… or 提名… ones: "一、选拔条件和范围", r110_17; not 评选… or 遴选…,
# which a rule's sections are also headed with, "二、评选范围").
# A page flattened to one line runs the heading into its first item: "一、申报条件和要求(一)…", or
# closes it with a full stop: "1. 申报条件。申报优势企业的，应为…".
APPLICATION_HEADING = re.compile(
    r"(?m:^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[、.．])\s*"
    r"(?:项目)?(?:申报|申请|征集|推荐|选拔|提名)(?:条件|材料|资料|程序|流程|方式|对象|要求|范围)(?:(?:和|及|与)(?:要求|条件|程序|流程|方式|材料|范围|对象))?"
    r"\s*(?:[：:]?\s*$|。|(?=[（(][一1][)）]|1\s*[.、．])))")

# An event reported as held somewhere, named first: "…博览会（简称高博会）在新乡成功举办。" The name may
# close with a quote or a bracketed aside. Held is said by 成功/顺利/隆重 or 了, or by a day opening the
# sentence ("当日，…新闻发布会（第3场）在乌鲁木齐举行"): a bare "…大会在郑州召开" may be recalled by a policy,
# or announce one to come ("本次发布会在…举行，欢迎记者参加"), as "将在…" does; nor is it a report when
# the sentence invites entries (大赛, 博览会 "…招募参展商"). A day may also follow the name: "…工作会议近日在兰州
# 召开", "…人民代表大会第一次会议11日在省会石家庄开幕" (r152_09, r157_14).
_NAME_CLOSE = r"[”\"」]?(?:[（(][^（()）]{0,20}[)）])?"
_SITE = r"在[^。，,；\n]{1,40}?"
_EVENT_SITE = _NAME_CLOSE + _SITE
_DAY_AFTER_NAME = r"(?:近日|日前|昨日|昨天|今日|今天|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日)(?:上午|中午|下午|晚上?)?"
_NO_INVITATION = r"(?![^。\n]{0,80}?(?:欢迎|诚邀|邀请|报名|参赛|参展|招募|届时|请各))"
# (a contest's report names its entrants and counts them, "…以及参赛等单位相关负责人…出席", "共有527家企业报名参赛",
# "邀请了12位专家担任评委": only an invitation or a way to apply counts there, read further on)
_NO_CONTEST_INVITATION = (r"(?![\s\S]{0,300}?(?:欢迎|诚邀|踊跃|招募|届时|请各|有意参赛|(?:登录|完成)[^。；\n]{0,10}?注册"
                          r"|报名(?:时间|方式|截止|入口|网址|地址)))")
# held, opened (a course: 开班) or closed (落幕, a course: 结业): "…大会在合肥开幕。"
HELD = r"举办|举行|召开|开幕|闭幕|落幕|开班|结业"
# How a report dates what it reports: "近日，", "日前", "近期", "昨日", "今天", "1月5日，", or a bare day opening a
# sentence, "15日上午，", "15日上午9时，" (r120_01, r74_13; not "据…15日举行的新闻发布会消息", "每季度结束后15日，")
# (a list published, a policy issued, a meeting or a press conference held). One list for every report row (an event's own
# opening may also say 当日, 当天: _DAY_OPENING).
REPORT_DAY = (r"(?:近日|日前|近期|昨日|昨天|今日|今天|\d{1,2}月\d{1,2}日"
              r"|(?<![^。！？\n\s”」）)])\d{1,2}日(?=(?:上午|中午|下午|晚上?|早上)?(?:\d{1,2}[时点](?:\d{1,2}分)?)?[，,]))")
_DAY_OPENING = r"(?:^|(?<=[。\n]))[^。\n]{0,30}?(?:" + REPORT_DAY + r"|当日|当天)[^。\n]{0,60}?"


def held_there(names: str, no_invitation: str = _NO_INVITATION) -> str:
    """A report that an event of one of `names` was held somewhere, name first (see above)."""
    # (a closing is told only once it is over: "…比赛在西安落幕，", "…大会在北京闭幕。")
    past = rf"(?:{names}){_EVENT_SITE}(?:(?:成功|顺利|隆重)(?:{HELD})了?|(?:{HELD})了|落幕|闭幕|结业)[。，,]"
    dated = rf"{_DAY_OPENING}(?:{names}){_EVENT_SITE}(?:{HELD})[。，,]"
    dated_after = rf"(?:{names}){_NAME_CLOSE}{_DAY_AFTER_NAME}{_SITE}(?:{HELD})[。，,]"
    return rf"\A[\s\S]{{0,300}}?(?:{past}|{dated}|{dated_after}){no_invitation}"


# (a training course opened: "近日，…西藏科技管理干部培训班在广东省科技干部学院开班", "昨日上午，…系列培训班在湖北汽车工业学院
# 开班", r132_20, r176_06)
HELD_THERE = held_there(r"会议?|活动|培训班?|研修班|论坛|展会|博览会|仪式|开幕式|启动式")
# A contest or one of its rounds held: "…大赛（福建赛区）暨…大赛决赛在福州高新区成功举办。", "7月22日，…大赛（永州分赛区）
# 暨…大赛在冷水滩区举行，…为获奖企业颁奖" (r131_01, r131_09); one launched ("…大赛在…启动") may take entries still.
CONTEST_HELD_THERE = re.compile(held_there(r"大赛|比赛|竞赛|初赛|决赛|复赛|半决赛|总决赛", _NO_CONTEST_INVITATION))
PRESS_CONFERENCE_HELD_THERE = held_there(r"新闻发布会|吹风会")

# The first section of an explainer: why the policy was made ("一、起草背景", "一、背景依据"; a drafting explanation's
# "一、起草背景和过程", "一、起草的背景和过程", "一、修订背景": r471_15 and the code review's); a plan's "一、发展背景" or
# "一、规划背景" opens a policy.
EXPLAINER_OPENING = (r"(?m:^\s*(?:一\s*[、.．]|[（(]一[)）])\s*(?:(?:起草|制定|出台|政策|修订)的?背景(?:和|及|与)?(?:过程|经过|依据)?"
                     r"|背景(?:和|及|与)?依据)\s*$)")

# A decision that names the recognised: "现将…等6家单位列入…创建名单", "认定…等209家企业技术中心为…", "拟定…等98家技术
# 中心…为…国家企业技术中心" (r81_08, relayed from a call it cites, and so read as one since round 30),
# "经研究，决定认定2027年度某省示范基地6个" (counted: "决定认定一批…" may open a call).
# A status taken from entities named and counted: "决定撤销“某孵化器”等7家科技企业孵化器（众创空间）资格", "…等9家企业
# 不符合…条件，现撤销其…入库登记编号", "对135家众创空间取消国家备案资格", "12家中心予以撤销资格" (r91_10, r86_07, r81_20,
# r97_18, r56_10, r97_01, r106_10: every labelled text so worded is a publicity); not the threat a call or rule makes
# ("超额申报的取消全部申报资格", "并取消其后3个年度的申报资格", "连续2年不合格的取消…资格").
_COUNTED = r"\d+\s*(?:家|个(?!月|年|工作日)|户|项|名)"
REVOKED = re.compile(_REVOKE + r"[^。；]{0,60}?等" + _COUNTED + r"[^。；]{0,40}?" + _STATUS
                     + r"|等" + _COUNTED + r"[^。；]{0,40}?现" + _REVOKE + r"[^。；]{0,30}?" + _STATUS
                     + r"|对" + _COUNTED + r"[^。；]{0,30}?" + _REVOKE + r"[^。；]{0,30}?" + _STATUS
                     + r"|" + _COUNTED + r"[^。；]{0,30}?予以" + _REVOKE + r"[^。；]{0,10}?" + _STATUS)
# What a decision recognises or approves, counted ("决定认定…6个", "决定批准筹建…等25家"), not a quota ("不超过10个").
_DECIDED_COUNT = r"(?![^。；，,]{0,60}?(?:不超过|左右|以内|以下|约))[^。；，,]{0,60}?\d+(?:家|户|个|项|名)"
# …and, under a plain heading, two or more it now names as a recognised status without a count, after its own review
# (评审, 审定, 公示…; not the 经研究 any notice says): "经…专家评审及公示等程序，现确定武汉经济技术开发区、孝感高新技术产业
# 开发区为…集聚发展区" (r490_06), "拟认定A、B为…特色产业集群" (r430_11), "现认定A有限公司和B股份有限公司为…企业技术中心",
# "同意命名…" (a 和 after an entity's name, not inside a body's, 工业和信息化局); not bodies given duties (牵头单位, 责任主体), a
# 以…为 direction, nor a past year's recognition recited (the caller refuses a sentence opening with its year): the code
# reviews'.
_AFTER_AN_ENTITY = "|".join(f"(?<={end})" for end in ("公司", "中心", "基地", "空间", "院", "所", "区", "园", "县", "市"))
_DUTY = r"(?:牵头|责任|主管|承办|成员|联络|支撑|实施|配合)(?:单位|主体|部门)"
NAMES_TWO_RECOGNISED = re.compile(
    r"经[^。\n]{0,100}?(?:" + _REVIEW_STEPS + r")[^。\n]{0,30}?(?:现|拟|特|决定|同意|现予|特予|予以)(?:确定|认定|命名)(?!以|由)"
    r"[^。；，,、\n]{2,40}?(?:、|(?:" + _AFTER_AN_ENTITY + r")[和及])[^。；，,\n]{2,80}?为(?![^。；，,\n]{0,30}?" + _DUTY + r")"
    r"[^。；，,\n]{0,30}?(?:示范|试点|基地|集聚|集群|园区|开发区|空间|平台|工作室|实验室|中心|企业|服务商|机构"
    r"|(?:重点|骨干|龙头|领军|标杆)单位)")
# …a sentence opening with its year recites what was done before ("2024年，经…公示，省工信厅决定认定A、B为…").
# (…or the year before, "去年，省工信厅认定…")
_YEARS_BEFORE = r"去年|上年|往年|近年来?"
RECITED_YEAR = re.compile(r"\s*(?:\d{4}\s*年|" + _YEARS_BEFORE + r")\s*[，,]")
NAMES_THE_RECOGNISED = re.compile(r"现将[^。；]{0,60}?等\d+(?:家|户|个|项|名)[^。；]{0,20}?(?:列入|认定为|确定为)"
                                  r"|(?:认定|确定|命名|授予|推荐|拟定)了?[^。；]{0,60}?等\d+(?:家|户|个|项|名)[^。；]{0,40}?(?:为|参加)"
                                  # (or counted first: "确定以下2家旅游度假区为自治区级旅游度假区", "拟确定以下12个县（市、
                                  # 区）为…": r107_10, r38_14; not a call's "确定以下5个方向为…支持方向")
                                  r"|(?:确定|认定|批准)(?:以下|下列)\d+(?:家|户|个|项|名)(?![^。；，,\n]{0,20}?(?:方向|领域|专题))[^。；，,\n]{0,20}?为"
                                  r"|决定(?:认定|命名|授予)" + _DECIDED_COUNT)

# …or approves them, under a plain heading: "经…论证等程序，决定批准筹建…等25家省技术创新中心", "决定批准…等15家单位设立…
# 博士后创新实践基地" (r134_12 and a notice of the Jiangsu account); not as a body row, since calls recall last year's
# approvals ("2024年，省科技厅决定批准建设…等25家…。现组织开展2025年度…申报")
NAMES_THE_APPROVED = re.compile(r"决定批准" + _DECIDED_COUNT)

# Body rows, weakest evidence: used when neither title nor heading decided.
BODY_RULES = (
    # (a list put up as a 公告 is one too: "现将资金分配和项目实施计划予以公告", "现将…企业名单（详见附件）予以公告":
    # r77_03, r50_18; not "现将有关事项公告如下", a call's opening, nor a call's "认定结果将…予以公告")
    # (or told as under way, "…产生了18名…人选，现正在公示", r392_12, "目前正在进行公示", the code review's)
    # (or its window named, "公示期为5个工作日", "公示时间：…"; given as dates straight after 公示期, read after the
    # fallback's call cues, PUBLICITY_WINDOW_DATED below)
    # (or a numbered heading of its own: "一、公示时间\n2026年1月5日至…", "一、公示期限", r447_12, r439_08; not a cell of a
    # call's timetable, "公示时间\n2026年11月", the code review's)
    ("publicity", re.compile(r"(?:予以|现予|(?:现|目前)正在?(?:进行)?|正在(?:进行)?|现将[^。]{0,60}|现对[^。]{0,80}?进行)公示"
                             r"|公示期(?:为|：|:|自)|公示时间(?:为|：|:|自)|现将[^。]{0,160}?予以公告"
                             r"|(?m:^[ \t]*[一二三四五六七八九十]{1,3}[、.．][ \t]*公示(?:时间|期限|期)[ \t]*$)"
                             # a list published for objections: "现将…项目…公布。自公布之日起5日内…异议"; not past the
                             # matters announced, "现将有关事项通知如下：一、奖励范围（一）…工业和信息化部公布的…", in a
                             # page with no full stops (r153_06)
                             r"|现将(?:(?!如下)[^。]){0,160}?(?:予以)?公布|公(?:示|布)之日起[^。]{0,60}?异议"
                             # funds or plans handed down, awards granted: "现将…补助资金予以下达", "现下达…资助计划"
                             r"|现将[^。]{0,80}?(?:资金|经费|计划|补助)[^。]{0,10}?下达|现下达[^。]{0,60}?(?:资金|经费|计划)"
                             # …or commended by decision: "省政府决定对…绵阳市人民政府等86个先进集体…予以通报表扬", "我局决定
                             # 对…成绩突出的…局给予通报表扬" (r95_17, r90_09, r97_10; not a call's promise, "对推荐工作成效
                             # 突出的区给予通报表扬")
                             r"|决定对[^。]{0,160}?(?:予以|给予)(?:通报)?(?:表扬|表彰)"
                             # a final list announced: "…名单，现予公布" (not a rule "现予公布，自…起施行"), or
                             # sent down: "确定了28个试点市县，现将名单印发你们" (not one to act on, "…名单下发给
                             # 你们，请组织名单内企业于…前提交", "现将参训学员名单印发给你们，请…报到")
                             r"|现予(?:以)?公布(?![^。]{0,30}施行)|名单[^。，,]{0,6}印发给?你们(?![^。]{0,40}?请)"
                             # the result of a finished selection: "经企业申报、专家评审、公示等程序，现将…",
                             # "…公示等程序，确定了…名单", "…公示等程序，2025年…立项项目16个"
                             r"|经[^。；]{0,120}?公示等程序[，,]\s*(?:现|确定了|已|\d{4}\s*年)"
                             # a review's outcome counted: "经形式审查，共有45项通过", "经审查，12项不合格"
                             r"|经(?:形式|资格)?审查[，,]\s*(?:共有?)?\d+(?:项|家|个|名)"
                             # …or approved by count: "经审核，同意某某有限公司等522家企业自建研发机构备案登记", "经评审和公示，
                             # 同意某产业区管理委员会等38家单位…为…试点工作组织实施单位" (r278_08, r271_17)
                             r"|经[^。；，,]{0,30}?[，,]\s*同意[^。；]{0,60}?等[\d一二三四五六七八九十百]+(?:家|个|所|项)"
                             # entities counted and granted: "确定对“…规划研究”等31个科学技术普及项目予以立项", "决定
                             # 对“智戎军地协同众创空间”等159家众创空间给予备案" (r102_03, r71_11; 4 labelled texts, all lists; not a
                             # call recalling last year's, "2026年，市科技局对…等25个项目予以立项，…现组织开展…申报")
                             r"|(?:决定|确定)对[^。；]{0,80}?等[\d一二三四五六七八九十百]+[个家项名所支][^。；]{0,40}?(?:予以|给予)(?:立项|备案|认定|命名)"),
     "the text publishes a list for objections, or the result of a selection"),
    ("publicity", NAMES_THE_RECOGNISED, "the text names the entities recognised"),
    ("publicity", REVOKED, "the text revokes the status of the entities it counts"),
    ("policy", re.compile(r"(?:公开|向社会)?征求意见(?:的公告|稿)|征求意见的时间"), "a draft for public comment"),
    ("call", re.compile(
        r"申报(?:截止|时间|受理时间)|受理(?:截止|时间)|截止(?:时间|日期)|(?:于|在)[^。；]{0,25}(?:前|之前)[^。；]{0,30}"
        r"(?:提交|报送|申报|填报|报名)|逾期不予受理|提交(?:申报|申请)?材料[，,]?\s*完成申报|"
        r"办理(?:截止)?时间\s*(?:为|：|:)\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月|"
        r"常年(?:申报|受理)|随时受理|均可受理|受理企业提交|"
        # a report that applications or a selection have opened: "…申报工作已于近日启动", "申报工作已经开始，现将
        # 有关事项通知如下", "…认定工作已开始", "…申报和…复核工作正式开启" (11 labelled texts, all calls; r54_09 and
        # r86_02 were read as policies)
        # (also a selection, nomination or collection: "2023年享受政府特殊津贴人员选拔工作已启动", r110_17; 6
        # labelled texts, all calls; not a report of its outcome, "…评选工作已于去年9月启动，经…最终…获得…")
        r"(?:申报|认定|评价|复核|遴选|选拔|推荐|提名|评选|征集)[^。，,；\n]{0,30}?工作(?:已于[^。，,]{0,6}|已经|正式|已|日前|近日)(?:启动|开始|开启)"
        r"(?![^。]{0,80}?(?:最终|评选出|获评|获得))|"
        # "申报时间截止4月13日", "受理时间截止到2017年10月31日", "项目申报网上起止时间为…"
        r"(?:申报|报送|受理|提交|报名)[^，。；]{0,4}(?:起止时间|时间截止)|"
        # (a report of a collection open: "征集时间截止到今年12月10日", "此次征集，时间从即日起截止到2025年7月30日",
        # r120_16, r120_15; 14 labelled texts, all calls; not a running total, "共受理各类申请事项，截止到3月31日，累计…")
        r"(?:征集|申报|报名|受理|申请)[^。；]{0,6}?时间[^。；，,]{0,12}?截止到?(?:今年|\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
        # (or matters opening on the return or review it organises, as such a title does: "为做好我省2023年度火炬统计调查
        # 工作，现将有关事项通知如下", "…开展2024年辽宁省雏鹰、瞪羚、独角兽企业评价工作，现将有关事宜通知如下": r509_10, r442_13;
        # all 9 labelled texts so opening are calls; not a bureau's own work plan, "现将工作安排通知如下", round 30's, nor a
        # government's review of its own work, OWN_WORK_REVIEWED)
        r"(?:开展|做好|组织)(?:[^。，,；]{0,40}?(?:" + RETURNS + r")"
        r"|(?![^。，,；]{0,40}?(?:" + OWN_WORK_REVIEWED + r"))[^。，,；]{0,40}?(?:" + REVIEWS + r"))"
        r"(?:工作)?[，,]\s*(?:现将|现就)(?:有关|相关|具体)?(?:工作)?事[项宜]通知|"
        + APPLICATION_HEADING.pattern),
     "the text sets how and when to apply"),
    # A press conference announced for a date is an event to follow ("…定于2027年10月13日上午10:00举行…新闻
    # 发布会", "将于…举行"), before the report of one held below: when the text opens with the announcement
    # (a policy's closing "定于…举行新闻发布会进行政策解读" is not its kind; nor a rule for "每月…例行新闻发布会").
    ("event", re.compile(r"\A[\s\S]{0,200}?(?:定于|将于|拟于)(?!每)[^。]{0,80}?(?:召开|举行|举办)[^。]{0,80}?"
                         r"(?:新闻发布会|吹风会)"),
     "the text announces a press conference to come"),
    # (a report opening with the press conference held that day: "3月24日，某省新闻办…召开（举行）新闻发布会，
    # 介绍《…》"; not a plan's "各部门要定期召开新闻发布会" or "将召开新闻发布会进行解读")
    # (or laid out as an explainer is, from why the policy was made: "一、背景依据", "一、出台背景",
    # "一、政策背景" heading the first section on its own line)
    ("interpretation", re.compile(r"解读如下|[做作]如下解读|答记者问|" + ANSWERS_REPORTERS + r"|" + THANKS_FOR_THE_QUESTION
                                  + r"|问\s*[:：].{0,80}?\s*答\s*[:：]|" + EXPLAINER_OPENING + "|"
                                  # (the day may be told as 今天, 昨日: "省政府新闻办昨日召开新闻发布会", r78_08, r82_14)
                                  r"\A[\s\S]{0,300}?" + REPORT_DAY + r"[,，]?"
                                  r"[^。]{0,80}?(?:(?:召开|举行|举办)了?[^。]{0,40}?(?:新闻发布会|吹风会)"
                                  # (a press office's 发布会 is a press conference, told as explaining: "5月8日，国务院新闻办举行
                                  # 发布会。…有关负责人对民营经济促进法…进行了解读", r549_12; "…國務院新聞辦舉行新聞發佈會", a
                                  # stored page; not a list or results published or explained there, a contest launched or one
                                  # announced, "…请有关负责人介绍…情况": the code reviews')
                                  r"|(?:新闻办|国新办|新闻办公室)(?:召开|举行|举办)了?发布会[^。]{0,4}?[。，,]"
                                  r"(?![^。]{0,150}?(?:名单|结果|获奖|入选))[^。]{0,100}?(?:(?:进行|作|做)了?解读|介绍了)"
                                  # (or one a government body held on a topic, without 新闻: "国务院联防联控机制就…有关情况
                                  # 举行发布会", "国新办就“…”举行发布会", r184_16, r184_20; not a firm's launch, "…事业部就
                                  # 新产品举行发布会", one announced, "…定于9月12日举行发布会", nor a list presented at it)
                                  r"|(?:新闻办|国新办|新闻办公室|联防联控机制|政府|厅|局|委)就(?![^。]{0,60}?(?:定于|将于|拟于))"
                                  r"[^。]{2,60}?(?:召开|举行|举办)了?发布会(?![^。]{0,80}?名单)"
                                  r"(?![。，,][^。]{0,60}?(?:发布|公布)了?[^。]{0,40}?名单)"
                                  # (or "2月8日，某主任在“…新闻发布会”上表示", r149_10; "记者27日从…媒体吹风会上获悉",
                                  # r128_18, r141_14)
                                  r"|在[^。]{0,60}?(?:新闻发布会|吹风会)[”\"]?上(?:表示|介绍|指出|透露|宣布|说)"
                                  r"|从[^。]{0,60}?(?:新闻发布会|吹风会)[”\"]?上获悉)"
                                  # (or "当日，…新闻发布会（第3场）在乌鲁木齐举行，")
                                  r"|" + PRESS_CONFERENCE_HELD_THERE
                                  # (or its transcript, opening on the spokesperson's greeting: "新闻发言人…各位媒体朋友们，
                                  # 大家下午好", "新闻发言人…女士们、先生们：大家上午好": r274_13, r268_12)
                                  + r"|" + PRESS_CONFERENCE_OPENING),
     "the text explains a policy"),
    ("event", re.compile(r"看直播|直播间|直播时间|招聘会|报名参会|会议议程|培训安排"), "the text announces an event"),
    ("policy", re.compile(r"印发给你们|请认真贯彻|遵照执行|贯彻落实|本办法|本规定|本措施|本方案|现提出以下"
                          # (not a page's metadata field, "政策级别：市级", "政策主题：资质荣誉")
                          r"|第一条|第一章|总体要求|政策(?![级級][别別]|主题|分类|类型|层级|领域)"),
     "the text is a policy document"),
)

# The clause a publicity ends with, "对公示企业有异议的，请…", "如对以上公示项目持有异议": read only when the body
# asks nothing of its readers and is no policy document, since calls and rules describe their own later
# publicity in the same words ("评审结果将在网站公示，对公示结果有异议的…").
# A body naming what it proposes to recommend ("共遴选出21个子项目予以申报", "拟向省工信厅推荐申报项目8个") and inviting
# objections to it ("任何单位或个人对申报项目如有异议，请在…内反映") puts up a list, though it says it organised
# the applying (r218_01 and two of the review's phrasings).
PROPOSED_FOR_RECOMMENDATION = re.compile(r"拟(?:向[^。，,；]{1,12}?)?(?:推荐|上报|报送)|共(?:遴选|筛选|评选)出|予以申报")
OBJECTION_INVITED = re.compile(r"对[^。，,；]{0,20}?有异议|(?:如|若)有异议")
OBJECTION_CLAUSE = re.compile(r"对[^。，,]{0,12}公示[^。]{0,20}?(?:有|提出)异议")
# A government's decision conferring an award, however long the preamble before it ("…根据《…办法》规定，市政府决定授予…
# 等5个组织“…质量奖”称号", "…市政府研究决定，授予…", "决定向…颁发…奖", "市政府授予的…获奖单位如下": r496_09, r496_12,
# r446_09 and the code reviews'); not an honour held already, a condition ("原则上应已获得…授予的荣誉称号", r332_13;
# "对获得市政府授予…称号的企业给予奖励", the code review's), one a
# call says is to come ("由市政府决定授予", "报市政府研究决定，授予", "提请…决定授予") or to winners not named ("…后，省政府
# 决定授予获奖组织…称号", a relayed call's), nor last year's recalled (a sentence
# opening with an earlier year, YEAR_OPENING, is refused where this is read). Read after the fallback's call cues
# (kind._classify), like the objection clause above it there, or where a call's cue asks only the winners: calls
# describe their own decision in the same words.
_HELD_HONOUR = (r"(?:应|须|曾|已)(?:获得过?|获|被)[^。；，,]{0,30}?授予"
                r"|获得过?[^。；，,]{0,30}?授予[^。；，,]{0,40}?的(?:企业|单位|组织|个人|人员|集体)")
_TO_COME = r"(?:将|由|(?<![申上通填呈])报请?|提请|待)[^，,。；\n]{0,10}?(?:决定|授予)"
# (winners a rule or a call describes, not named: "决定授予获奖组织…称号")
_WINNERS = r"获奖|获表彰|受表彰|获评|入选"
_WINNERS_UNNAMED = _WINNERS + r"|符合"
AWARD_CONFERRED = re.compile(
    r"(?<![^。；\n])(?![^。；\n]{0,60}?" + _HELD_HONOUR + r")(?![^。；\n]{0,80}?" + _TO_COME + r")"
    r"[^。；\n]{0,80}?授予(?!" + _WINNERS_UNNAMED + r")[^。；]{0,80}?(?:奖|称号)"
    r"|(?<![^，,。；\n])(?![^，,。；\n]{0,30}?" + _TO_COME + r")"
    r"[^，,。；\n]{0,30}?决定[，,]?\s*(?:授予(?!" + _WINNERS_UNNAMED + r")|向[^。；]{1,60}?颁发)[^。；]{0,200}?(?:奖|称号)")
# …and its winners asked for what the award needs ("请获奖组织于10月15日前将账户信息报送…"), in a clause applying for
# nothing.
WINNERS_ASKED = re.compile(_WINNERS)
# A sentence opening with a year, or the year before, which may recite what was done then (as RECITED_YEAR, its comma
# optional: "2024年，市政府决定授予…", "2024年市政府决定授予…", "去年，…"; not a programme year, "2024年度…", nor a date,
# "2024年12月28日，…"): kind._award_conferred reads the year against the notice's own.
YEAR_OPENING = re.compile(r"\s*(?:(?P<year>\d{4})\s*年(?!度|\s*\d{1,2}\s*月)|" + _YEARS_BEFORE + r")\s*[，,]?")
# A rule's own numbered articles, opening their lines ("第十条 …").
RULE_ARTICLES = re.compile(r"(?m:^[ \t]*第[一二三四五六七八九十百]+条)")
# What a sentence asking objectors or winners would ask if it opened applications instead.
APPLYING_ASKED = re.compile(r"申报|申请(?!人)|报名|参评|参赛|推荐")
# A list's window given as dates straight after its name ("公示期2023年1月9日~2023年1月13日", "公示时间2023年12月8日-
# 12月12日", "公示时段：2025.9.15—2025.9.19": r496_08, r500_05; all 13 labelled texts so worded are lists; 公示期 or 公示时间
# with 为, a colon or 自, the first body row reads), read after the fallback's call cues (a call gives its later publicity
# in the same words), or where a call's cue asks only the list's objectors (kind._asks_only_objectors_or_winners).
PUBLICITY_WINDOW_DATED = re.compile(r"公示(?:期间?|期限|时间|日期|时段)\s*[：:]?\s*" + _DATE_STARTS
                                    + r"[^。；，,\n]{0,12}?(?:" + RANGE_SEPARATORS + r"|起)")
# A result whose list is attached: "…产生大赛全国总决赛一、二、三等奖（获奖名单见附件1）", "现确定60家企业作为…入库企业
# （名单见附件）", "决定批准…等15家单位设立…（名单见附件）" (r131_10, n_063 and two notices of the Jiangsu account: every
# labelled text so worded is a list); read, like the clause above, only where the body asks nothing of its readers.
# (not contacts, quotas or the firms a review asks for papers: "确定专人负责（联系人名单见附件2）", "确定了各市推荐名额
# （名额分配名单见附件）", "确定本次复核企业共312家（名单见附件1）")
# (also entities handed down, counted right before the list's pointer, and a status revoked from those named before it
# (撤销其…资格), the pointer in brackets or after a comma or a full stop: "现下达…新型研发机构43家（名单见附件）", "…现将撤销其
# …资格，具体名单详见附件": r513_13, r513_15; not tasks or targets handed down to the readers, nor kinds of schemes or
# qualifications abolished: the code reviews')
_LIST_POINTER = r"(?:[（(]|[，,。]\s*(?:具体)?)(?:获奖|入选|公示|认定|入库|立项|拟[^（()）。]{0,4})?名单(?:详)?见附件"
LIST_ATTACHED = re.compile(r"(?:(?:确定|产生|公布|批准|予以公示)"
                           r"(?![^。；（(]{0,80}?(?:联系人|联络员|名额|参训|复核|受理|专人))[^。；]{0,80}?"
                           r"|下达(?!给?你们|至)[^。；]{0,80}?" + _COUNTED + r"[^。；，,（(]{0,6}?"
                           r"|" + _REVOKE + r"其[^。；]{0,60}?" + _STATUS + r"[^。；]{0,20}?)" + _LIST_POINTER)
# …and a result the body decides ("经专家评审，…通过验收", "现将…211个项目下达给你们") whose list of entries it names as
# its attachment ("附件：2019年某区科普项目验收清单", "附件：…自主设计项目清单": r454_02, r451_06; also an 一览表 or a file,
# "…清单.pdf"); not a plan's task list ("附件：重点任务及责任单位清单") nor a plan issued with its projects ("经市政府常务会议
# 审定，现将《…计划》印发给你们": the code review's, read where the body makes a policy), and never in a call, which is
# decided before this
RESULT_DECIDED = re.compile(r"经[^。；]{0,30}?(?:评审|审核|验收|评选|评定)|(?:予以)?下达(?:给)?你们|予以(?:下达|认定|命名|授牌)"
                            r"|通过验收")
RESULT_LIST_ATTACHED = re.compile(
    r"(?:^|(?<=。))\s*附件\s*\d*\s*[:：]?\s*"
    r"(?P<list>(?![^\n。：:\s]{0,60}?(?:任务|责任|分工))[^\n。：:\s]{0,60}?"
    r"(?:项目|企业|单位|基地|园区|团队|获奖|验收|认定|入选|立项)[^\n。：:\s]{0,12}?(?:名单|清单|名录|一览表))"
    r"(?:\.[a-zA-Z]{2,4})?(?=\s|$)", re.M)
POLICY_DOCUMENT = re.compile(r"第[一二三四五六七八九十]+[条章]|本(?:办法|规定|细则|措施|方案)")
# Words of applying ("申报", "报名", "推荐", "征集", "申请"; not a 资金申请报告's format, nor comments collected): a text
# left a policy by its weakest evidence (its body's policy words, a plain heading, or nothing) that speaks of applying
# twice or more, and makes no policy itself, is a call. Of the labelled texts so left, 8 of the 16 with two or more
# such words are calls, 2 policies (r191_16, r204_05, r205_07, r220_03 among the calls); of those with none, 18 of
# 40 are policies and 5 calls.
# (also recruiting, volunteering and putting oneself forward, as news of a call tells them: "…面向社会招募民间河长",
# "澄迈发布志愿者“招募令”…应征志愿者年龄需在…", "青年可自荐…，个人自荐": r407_03, r407_04, r407_20, all calls)
APPLYING_WORD = re.compile(r"申报|报名|推荐|(?<!意见)征集(?!意见)|申请(?!报告)|招募|应征|自荐")
APPLYING_WORDS_FOR_A_CALL = 2
# A news report speaking of applying is a call unless it tells the selection done, not open: "…组织开展了年度“某区工匠”
# 推荐选拔工作。经专家评审，产生拟推荐人选5人" (tests/test_round_38, a work report closing on its next step); not one to
# come, "本次评选拟产生省劳模600名", "经过对申报项目的评审，择优确定…" (r340_10, r340_15).
SELECTION_DONE = re.compile(r"(?:开展|组织)了[^。]{0,40}?(?:推荐|选拔|评选|遴选|申报)"
                            r"|(?<!拟)(?:产生|评选出|确定)了?[^。，,；]{0,10}?\d+\s*(?:人|名|家|个|项)"
                            # (or a recruitment over: "…招募工作圆满结束，共招募志愿者120名", the code review's)
                            r"|(?:招募|报名|征集)(?:工作|活动)?(?:圆满|已经|已)?结束|(?:共|已)招募")
# A sentence saying applying is suspended, stopped or closed speaks of no applying to do ("该项政策的申请已从…开始暂停，
# 申报系统中相应的业务受理已关闭", r253_18, untitled: the heading rule, NO_CALL_HEADING, has no heading to read), nor
# does one about applications made already ("已提交申请的企业，审核工作继续进行", a reviewer's phrasing).
APPLYING_SUSPENDED = re.compile(r"暂停|停止|不再受理|(?:受理|系统|通道)已(?:经)?关闭|已(?:经)?(?:提交|受理)")
# …and a body rule's call cue in a sentence suspending it ("…的申请已暂停受理，恢复受理时间另行通知", "即日起暂停受理
# 新的申请": the reviewer's phrasings of r253_18) is none (only 暂停: "逾期不再受理" closes a call's window).
SUSPENDED = re.compile(r"暂停")
# A 公示 that is one step of a call's timetable is no list put up: a numbered line in a block of numbered lines (blank
# lines between them too) one of which, above it, closes the applicants' window ("1. 评价申报、信息更新提交截止时间：6月30日；
# 2. 信息审核、现场调查截止时间：7月21日；3. 公示时间：7月22日", r485_07; "1. 截止时间：6月30日前完成网上申报"; steps numbered
# （1） or （一）, a review step between; a cell of such a timetable, "公示时间\n2026年11月", was already none); not a list's own
# notes closing another step first ("1. 异议材料提交截止时间：…", "1. 企业信息核对截止时间：…"): the code reviews'.
_STEP_NUMBER = r"(?:\d{1,2}\s*[.、．)）]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）])"
TIMETABLE_STEP = re.compile(r"[ \t]*" + _STEP_NUMBER + r"\s*")
_APPLICANTS_ACT = r"(?:申报|申请|报名|填报|提交|报送)"
TIMETABLE_LINE = re.compile(r"[ \t]*" + _STEP_NUMBER + r"(?![^\n]{0,30}?异议)[^\n]{0,30}?(?:" + _APPLICANTS_ACT
                            + r"[^\n]{0,12}?截止(?:时间|日期)|截止(?:时间|日期)[^\n]{0,30}?" + _APPLICANTS_ACT + ")")

REPORTED_LATELY = REPORT_DAY + r"[，,]?"
# A count of units new to a list, not a running total ("全市已有86家企业被认定为…").
_NOT_A_TOTAL_OR_TARGET = (r"(?<![\d已累共目现])(?<!已有)(?<!累计)(?<!共有)(?<!目前)(?<!现有)"
                          # (nor a target or a quota: "力争全市新增100家企业入选…", "每年遴选50家企业入库", "不少于200家")
                          r"(?<!新增)(?<!遴选)(?<!选出)(?<!不少于)(?<!不超过)")
_NEWLY_COUNTED = _NOT_A_TOTAL_OR_TARGET + r"\d+\s*(?:家|户)"
# …and of persons newly chosen ("10名高技能人才脱颖而出，被拟评为…", not "全市累计已有95人被评为…").
_PERSONS_NEWLY_COUNTED = _NOT_A_TOTAL_OR_TARGET + r"\d+\s*名"


def _sentence_without(words: str) -> str:
    """From a sentence's start, through a sentence holding none of `words` (a running total, a target), up to
    what follows."""
    return r"(?:^|(?<=[。\n]))(?![^。\n]*?(?:" + words + r"))[^。\n]*?"


# A report's opening that reports no policy issued, whose procedures may name lists and awards to come
# ("近日，市政府出台《…办法》，明确对拟认定人才…进行公示").
_REPORTED_NOT_A_POLICY = REPORTED_LATELY + r"(?![^。\n]{0,60}?(?:印发|出台|制定|发布《))"

# A text that makes a policy after a report's opening ("…开工仪式在高新区举行。为进一步加快项目建设，…现就加快推进
# 重大项目建设提出如下意见") is the policy, not the report; nor is a plan an event for the fairs among its measures
# ("…特制定本行动计划。…通过举办…招聘会", r172_20; all 53 other labelled texts saying so are policies or explainers).
# (the documents a text says it drafts, "制定本办法", "制定本实施细则": DOCUMENT_ISSUED below reads them too)
_DOCUMENT_KINDS = r"办法|方案|措施|细则|条例|规定|指引|规则"
POLICY_MADE = re.compile(r"(?:提出|制定)(?:如下|以下)(?:意见|措施)|现提出以下|特制定本"
                         r"|制定本(?:实施)?(?:" + _DOCUMENT_KINDS + r")"
                         r"|(?:研究|审议)通过本(?:政策|办法|方案|措施|细则|计划|意见|条例)|现(?:将[^。]{0,60}?)?印发给你们")
# A title ending in the policy it names ("某省支持小微企业发展十条政策", "…三年行动计划") is the policy's, even where
# NEWS_HEADLINE would take it for a headline.
POLICY_NAMED_LAST = re.compile(r"(?:政策|计划|条例|规划|纲要|清单|标准|指引|要点|举措|规定|决定|[一二三四五六七八九十\d]+条”?)$")
# …but an event's own arrangements are the event ("为办好…招聘月活动，制定本方案。一、活动时间…").
EVENT_ARRANGEMENTS = re.compile(r"活动方案|(?:活动|举办)(?:时间|地点)")
# A notice deciding in its opening paragraph to hold a meeting-like activity organises an event, whatever it then asks
# its readers to send in (who will attend, the sites to be visited, the session's plan): "省科技厅决定近期在全省组织开展赛事
# 专题宣讲活动" (r435_13), "市科技局拟定于国庆节后组织各县区科技局局长到各县区观摩科技工作" (r435_16), "现决定于2020年6月
# 3日…组织科技服务队…开展科技资源精准对接活动" (r437_15), "市工信局拟于近期开展“政府开放日”活动" (r438_13; the title rule's
# 开放日); a meeting convened so, named as its titles name one ("现决定…召开…推进会议", "…工作推进会").
ACTIVITY_DECIDED = re.compile(r"(?:决定|拟定?于|拟在|定于|将于|将在|计划于|计划在)[^。；\n]{0,60}?(?:组织|开展|举办|召开)"
                              r"[^。；\n]{0,60}?(?:宣讲|观摩|对接|推介|座谈|培训|讲座|路演|论坛|开放日|会议|" + MEETING_NAMED
                              + r"|(?:现场|工作)会)")
# …or a contest's final (with its ceremony) set for a day and a place: "…大赛决赛定于9月18日下午在…演播大厅举行", "…决赛
# 活动将于8月1日至8月5日在…举办" (r438_09, r438_12).
FINAL_SET = re.compile(r"决赛[^。；，,\n]{0,10}?(?:定于|将于|拟于)[^。；\n]{0,60}?(?:举行|举办)")
DECIDED_EVENT_CHARS = 400
# The opening paragraph is no event's where it runs a round of applying, a selection or a contest as the activity
# ("决定开展…评选工作，入选工作室须每年开展…培训", "…培训补贴申领工作", "…对接揭榜攻关", "…路演活动。现面向全市征集路演项目"):
# the round's words anywhere in it, but not where they name what a training or briefing is about ("…认定申报政策培训") or
# ask the readers to attend ("有融资需求的企业可申请参加", "推荐…参加").
ROUND_IN_DECISION = re.compile(r"(?:征集|申报|申请|申领|评选|遴选|认定|推荐|揭榜|入库|大赛|竞赛)"
                               r"(?![^，。；]{0,12}?(?:培训|宣讲|辅导|解读|讲座|参加|参会|参训))")
# …a final's, where its paragraph takes entries ("即日起开始报名，…决赛定于…举行") or lists its finalists ("…决赛将于9月20日
# 在某市举行，经初赛评审，以下企业进入决赛：", round 30's guard)
ENTRIES_WITH_FINAL = re.compile(r"报名|征集|推荐|申报|进入决赛|入围|名单|以下")
# …and none is where the notice makes a policy document of the activity ("决定于2026年组织开展…对接专项行动。现将《…方案》印发
# 给你们", "…决定组织开展…三年行动，现提出如下实施意见"), unless the document is the activity's own arrangements ("为确保活动
# 取得实效，特制定本方案。一、活动时间…", EVENT_ARRANGEMENTS). (Read in the plain body, whose cited titles are blanked: a
# notice's own "现将企业需求信息印发给你们" issues no document.)
DOCUMENT_ISSUED = re.compile(r"(?:提出|制定)(?:如下|以下)(?:实施)?(?:意见|措施)|现提出以下|《》[^。]{0,30}?印发给?你们"
                             r"|制定本(?:实施)?(?:" + _DOCUMENT_KINDS + r"|行动计划)")
# A contest's final held, named in the title ("关于举办2020年某市创新创业大赛决赛的通知", r438_09): an event, or a call where
# the body registers or recommends entrants for it ("请于…前将参赛选手报名表报送", "择优推荐项目参加总决赛", the review's),
# before the title rules (a 决赛活动 is no other activity).
FINAL_HELD_TITLE = re.compile(r"(?:举办|举行)[^，。]{2,40}?决赛(?:活动)?的通知$")
ENTRANTS_REGISTERED = re.compile(r"参赛(?:选手|项目|队伍|团队|企业)[^。；]{0,20}?(?:报名|报送|推荐|确定)"
                                 r"|推荐[^。；]{0,30}?参加(?:总)?决赛|(?:参赛|选手|项目)[^。；]{0,10}?完成报名")
# News reports on government sites, read only when the body asks nothing of its readers (a call's
# background may recall a meeting or count past winners) and before the policy words above.
REPORT_RULES = (
    # A report of a result: "某市20家企业被列为…推荐名单", "…3家基地获批为国家级平台", "…等14家工程研究中心获批"
    # (r88_08, r79_18), "…等149家企业分5批次入库国家科技型中小企业", "10家企业入选…" (r120_14, r100_14; 14
    # labelled texts so worded, all lists) (not a running total, "全市已有86家企业被认定为…", nor a target,
    # "力争500家以上企业入库"); before the meeting it came from
    # ("近日，…召开评审会…12家企业被列为…").
    ("publicity", re.compile(_NEWLY_COUNTED + r"(?!以上|左右)[^。，,；]{0,8}?(?:被列为|被认定为|被评为|获批为?|列入)"
                             # (or honours conferred on persons or units counted: "市卫健委决定授予李明楠等44人…“最美护士”
                             # 荣誉称号", r424_10; "授予…等9个企业创新团队科技创新特别奖", r293_16)
                             r"|授予[^。；]{1,30}?等\s*\d+\s*(?:人|名|家|个|项)[^。；]{0,40}?(?:称号|奖)"
                             # (persons so chosen, or a selection's count of them: "最终，10名高技能人才脱颖而出，被拟评为…",
                             # "经…会评答辩，评选产生106名优秀人才": r270_03, r270_05 and the review's phrasings; not a call's
                             # quota, "本次拟评选产生50名左右")
                             # (a sentence counting a running total names none newly: "截至目前，共有张某等95名同志被评为…")
                             r"|" + _sentence_without("累计|共有|已有|截至") + _PERSONS_NEWLY_COUNTED
                             + r"(?!以上|左右)[^。；]{0,20}?被拟?(?:评为|认定为|确定为|列为)"
                             r"|(?<!拟)(?:评选|评审|遴选|选拔)产生了?\d+\s*名(?![^。，,；]{0,4}?左右)"
                             # (…or chosen out, the honour quoted before the count: "共评选出 “最美科技工作者”10名", r392_13
                             # and a reviewer's phrasing; not a meeting's "评选出100名…初步人选", r270_09, nor one to come,
                             # "将从中推选出20名“最美乡村医生”", r379_10)
                             r"|" + _sentence_without("将|拟|计划|力争") + r"评选出了?[^。，,；“”]{0,20}?“[^”]{2,20}”\s*"
                             r"\d+\s*名(?![^。，,；]{0,4}?左右)"
                             # (a sentence aiming at a count is a target: "力争…新增100家企业入选…，20家企业入选…")
                             r"|" + _sentence_without("力争|目标|计划|将") + _NEWLY_COUNTED
                             + r"(?!以上|左右)[^。，,；]{0,8}?(?:入选|入库)"
                             # (…or granted an award or a title, reported: "近日，…应城市27家企业获省级制造业高质量发展
                             # 专项奖励" (r96_20); not a policy reported, "印发《…》，对新增5家以上企业获得…称号的区县给予奖励")
                             r"|" + _REPORTED_NOT_A_POLICY + r"[^。\n]{0,60}?" + _NEWLY_COUNTED + r"(?!以上)[^。，,；]{0,10}?获得?[^。，,；]{0,30}?(?:奖励|称号)"
                             # …or that a list or a result was published: "近日，省工信厅公布…示范区建设名单",
                             # "1月5日，省经信厅网发布关于…考核评价结果的通报", "日前，市经济信息委公示了…拟认定名单"
                             # (r71_14, r72_20, r82_15, r86_20; every labelled text reporting so is a publicity;
                             # not "…提交至提名单位", a 白名单 制度, statistics, or a policy on results,
                             # "…考核结果运用的实施意见")
                             r"|" + REPORTED_LATELY + r"[^。\n]{0,40}?(?:公布|发布|公示)了?[^。\n，,；]{0,60}?"
                             r"(?:(?<![提白])名单|(?:评价|考核|评审|认定|评选|遴选|复核|评估)结果|榜单)"
                             r"(?![^。，,]{0,20}?(?:意见|办法|措施|制度|方案|运用))"
                             # (…in the other order: "日前，2025年某省第三批“专精特新”中小企业名单公布", "近日，…集群名单
                             # 公布", "日前，国家工信部对拟认定第三批…企业进行公示": r91_03, r92_20, r88_16, r94_10)
                             # (not a policy reported that describes them: "近日，市政府出台《…办法》，明确对拟认定人才…进行
                             # 公示", "…入选名单公布后将给予支持")
                             r"|" + _REPORTED_NOT_A_POLICY + r"[^。\n]{0,60}?(?<![提白])"
                             r"(?:名单|榜单)(?:正式)?(?:公布|出炉|揭晓)(?!后)"
                             r"|" + _REPORTED_NOT_A_POLICY + r"[^。\n]{0,40}?对[^。\n]{0,80}?"
                             r"进行了?公示(?!后)"),
     "the text reports the entities selected"),
    # A report of a meeting or training held: "会上，…", "培训会上，…" (not a press conference's
    # "发布会上", read as an interpretation when it opens the text; not "去年…会上，" recalled) …
    ("event", re.compile(r"(?:^|(?<=[。\n]))(?![^，,。\n]{0,16}(?:去年|上年|前年|召开的|举行的))[^，,。\n]{0,16}"
                         r"(?<!发布)(?<!吹风)会上[，,]"
                         # …or opening with it: "2027年3月5日，市工信局召开…培训会。", "近日，…举办了…座谈会，"
                         r"|\A[\s\S]{0,300}?" + REPORTED_LATELY + r"[^。]{0,60}?"
                         # (…or an activity, a ceremony or a training course: "1月28日上午，市委、市政府举行全市重点产业项目
                         # 集中开工活动，", "3月31日，某区举办重点项目集中开工和集中签约仪式", "3月26日-29日，省工业和信息化厅在
                         # 泰安市举办…专题培训班" (r176_02, r176_08))
                         r"(?:(?:召开|举办|举行)了?[^。]{0,50}?(?:会议?|活动|仪式|培训班)"
                         # (…or a meeting carried out: "11月16日，省工业和信息化厅联合我市开展“…政策专场宣讲会”，", r114_01,
                         # r37_15; not a campaign, "开展了…梯度培育活动，经专家评审…", nor "开展…申报受理，欢迎…")
                         r"|开展了?[^。，,]{0,50}?(?:宣讲|推介|培训|座谈|对接|交流|研讨|说明|见面|观摩|推进|调度|沙龙|恳谈)会"
                         # (…or a training organised or carried out, told as done: "…联合开展了河长制工作培训活动。", "近日，…
                         # 组织了为期两天的全市河长制基层干部业务培训班。", r396_10, r396_11)
                         r"|(?:组织|开展)了[^。，,]{0,50}?培训(?:班|活动))”?[。，,]"
                         # …or a visit its leaders led: "2月7日，市委书记…带队走访我市部分重点企业", "7月10日，市政协副主席…
                         # 带队调研走访企业" (r160_07, r149_08), "…一行深入经济开发区调研走访", "…带领有关部门负责人深入企业调研"
                         r"|\A[\s\S]{0,300}?" + REPORTED_LATELY + r"[^。]{0,60}?(?:带队|一行|带领[^。，,]{1,20}?)[^。，,]{0,12}?"
                         r"(?:调研|走访|考察|视察)"
                         # …or one an official named by title made: "3月10日，眉县县委书记王继萍调研经开区…", "2月27日，县委
                         # 副书记、县长陈文卿带队深入企业和重点项目一线，开展“四下基层”调研" (r190_06, r190_05; all 10 labelled
                         # texts so opening are events; the day told as a report's, not a rule's start, "自4月1日起，县委书记…每季度
                         # 至少深入企业调研一次"; not a preamble recalling a leader's visit, "近日，为贯彻习近平总书记考察湖南时的
                         # 殷切嘱托，…印发《…》")
                         r"|\A[\s\S]{0,300}?" + REPORT_DAY + r"(?:上午|下午|晚上?)?[，,]"
                         r"(?![^。\n]{0,60}?(?:印发|出台|制定|发布《))[^。]{0,40}?"
                         r"(?:(?<!总)书记|省长|市长|县长|区长|镇长|乡长|主任|厅长|局长|司长|部长|主席|旗长|州长)[^。]{0,40}?"
                         r"(?:调研|视察|考察|走访|督导)"
                         # …or announced to come, in the text's first sentence: "…博览会…将于5月16日在新疆国际会展中心拉开
                         # 帷幕", "南京将如期召开高规格“新春第一会”" (r107_12, r108_19; of the labelled texts opening so, 12
                         # are events and 2 calls, both asking for papers and so decided before this rule; not a hearing
                         # on a draft for comment announced further on, "…听证会拟定于…举行", r56_11; not a plan's "市政府决定于
                         # 9月举办…大会，…特制定本工作方案", nor a contest or forum taking entries, "…将于6月举行，…注册报名",
                         # nor its finalists listed, "…决赛将于9月20日举行，…以下企业进入决赛")
                         # (its place may come first: "9月6日至7日，…现场晋级活动将在东营经济技术开发区…举行", r217_20 and the
                         # review's phrasing)
                         r"|\A(?![^。]{0,200}?(?:入围|以下(?:企业|单位|项目)|名单))[^。]{0,200}?(?<!决)(?:将于|定于|拟于|将如期|将在)"
                         r"[^。]{0,60}?(?:召开|举行|举办|开幕|拉开帷幕|启幕)"
                         r"(?![\s\S]{0,300}?(?:报名|参赛|征集|投稿|入围|以下(?:企业|单位|项目)|名单|特制定|本方案|实施方案|工作方案))"
                         # …or a dated meeting named before it is held, with no site: "2月27日，全市工业和信息化工作会议召开，",
                         # "1月5日下午，…推进会暨…创新发展大会举行，" (r116_05, r104_20)
                         r"|\A(?:[\s\S]{0,300}?[。\n])?[^。\n]{0,10}?" + REPORT_DAY + r"(?:上午|下午|晚上?)?[，,][^。\n，,]{2,60}?"
                         r"(?:会议|大会|推进会|座谈会|论坛|培训会|对接会)(?:隆重|顺利|正式)?(?:召开|举行|开幕)[，,。]"
                         # …or opened at its site with ceremony: "…活动启动式，在恩施市小渡船中学拉开帷幕。", "…旅游节在
                         # 扬州中国大运河博物馆如约开幕，", "…公益培训在这里拉开帷幕。" (r103_13, r116_16, r123_14; 5 labelled
                         # texts so worded, all events; not a work campaign, "…认定工作在全省拉开帷幕")
                         r"|\A[\s\S]{0,300}?(?<!工作)在[^。，,；\n]{1,40}?(?:拉开帷幕|启幕|(?:如约|盛大|隆重|正式)开幕)[。，,！]" + _NO_INVITATION +
                         # …or the other way round, the event first: "…博览会（简称高博会）在新乡成功举办。",
                         # "9月20日上午，…大会在合肥开幕。" (HELD_THERE: not one to come, nor one recalled)
                         r"|" + HELD_THERE),
     "the text reports an event held"),
)

# A press report of a policy just issued explains it to readers (guide: interpretation): a byline or
# dateline ("（记者 申佳平）", "□记者", "作者：记者 张晔", "本报讯", "人民网北京6月14日电", "…8月22日讯")
# with the issue reported ("近日，财政部、工业和信息化部联合印发通知", "《规程》已于近日印发施行"). Read
# only where the body asks nothing of its readers and reports no event or list (r40_11, r42_22, r43_18
# of the blind sets).
PRESS_REPORT = re.compile(r"本报讯|\d{1,2}\s*月\s*\d{1,2}\s*日(?:电|讯)(?=[\s（(\u3000]|$)|[（(□][^（()）\n]{0,10}?记者|记者从[^。\n]{0,40}?获悉"
                          r"|作者\s*[:：]\s*(?:本报)?记者|本报记者"
                          # …or a newspaper or news agency named as the source ("来源：扬州日报", "来源: 扬子晚报":
                          # r79_12, r79_08; every labelled text so sourced that reports a policy explains it)
                          r"|来源\s*[:：]\s*[^\n，。]{0,12}?(?:日报|晚报|早报|新闻网|新华社|中新网|人民网|新华网)")
NEWLY_ISSUED = re.compile(REPORTED_LATELY + r"[^。\n]{0,60}?(?:(?:印发|出台|发布)了?|制定了|审议通过了)[^。\n]{0,20}?"
                          r"(?:《|政策|通知|意见|办法|措施|细则|规程|方案|规划)|已于近日(?:正式)?(?:印发|出台|发布)")
# Without a byline, a report goes on to describe the policy by its short name ("…印发《某省…若干意见》。《若干
# 意见》鼓励…", "联合制定了《…实施办法》。根据《办法》，…", "《办法》包含总则…五章": r72_19, r98_13, r100_01; of the
# labelled texts opening with a policy issued and so describing it, 24 are explainers, and 2 calls and a list are
# decided before this rule); not a summary leading into the policy's own text, which publishes it ("…全文如下：",
# r71_16 and a notice of the Jiangsu account). Read in the text itself (the body blanks cited titles).
DESCRIBES_ISSUED = re.compile(r"《[^《》]{2,8}》(?:明确|提出|规定|包含|共|鼓励|指出|要求|强调|从|围绕|聚焦|分为|涵盖|扩大|首次|还)"
                              r"|(?:根据|按照)《[^《》]{2,8}》[，,]")
DESCRIBES_ISSUED_CHARS = 1500
FULL_TEXT_FOLLOWS = re.compile(r"(?:全文|原文)(?:如下)?\s*[:：]|(?:全文|原文)如下")
# …nor a notice acting on the policy itself ("为确保《若干措施》落地见效，…现就有关事项通知如下", "现印发给你们，请遵照执行",
# "现将《措施》全文转发给你们", "根据《办法》，决定开展…评价工作，现将有关事项通知如下")
NOTICE_ACTS_ON_IT = re.compile(r"通知如下|印发给你们|转发给你们|遵照执行|贯彻执行")
# A notice issued that opens applications ("日前，省工业和信息化厅联合省教育厅印发《关于举办第十届…创新创业大赛的
# 通知》", r120_10) is reported to be applied for: of the labelled texts reporting so, 15 are calls and one a list
# decided before this rule.
ISSUED_TITLE = re.compile(r"[^《。\n]{0,80}?《(?P<cited>[^》]{4,120})》")
# …not a list issued, which is a result: "发布《2027年度省级专精特新中小企业名单》" (read after NEWLY_ISSUED)
ISSUED_LIST = re.compile(r"[^》。\n]{0,60}?(?:名单|名录|榜单)")
# A notice reported issued that says who may apply is a call too: "近日，市工信局发布通知，…。我市工业企业可申报…奖"
# (r174_17); of the labelled texts saying "企业均可申报", "…团体即日起可报名参赛", all 8 are calls. Only a 通知
# reported: a policy reported grants what firms "可申报" ("近日，市政府印发《…若干政策》。…可申报50万元奖励"), and
# 可申请 is left out for the same reason; an application made ("省级专精特新中小企业可提出第六批…企业申请", r184_03;
# the 6 labelled texts saying "可提出…申请" are all calls) is not.
NOTICE_REPORTED_ISSUED = re.compile(REPORTED_LATELY + r"[^。\n《]{0,40}?(?:印发|发布|下发|出台)了?(?:一则|一份)?通知"
                                    r"(?![^。]{0,12}?《)")  # (not "印发通知，出台《…若干措施》": a policy)
# …or that organises applying work: "工业和信息化部近日印发通知，组织开展第五批专精特新“小巨人”企业培育工作", "…印发通知，
# 组织开展2024年城市制造业高质量发展实践案例征集工作" (r190_16, r169_05; the 5 labelled texts so worded are calls)
WORK_ORGANISED = re.compile(r"\s*[，,]\s*(?:决定)?(?:组织|启动)(?:开展)?[^。]{0,40}?"
                            r"(?:" + _APPLYING_WORK + r"|培育|复核|评审|征集)工作")
MAY_APPLY = re.compile(r"(?:企业|单位|团体|团队|个人|机构)(?:均|都|即日起)?可(?:以)?(?:申报|报名|"
                       # (…or make an application, by a day or to a body: "可于10月31日前提出申请", "可向所在区工信部门
                       # 提出申请"; not an appeal, "可提出行政复议申请")
                       r"(?:于[^。，,；]{1,15}?前|向[^。，,；]{1,20}?)?提出(?![^。，,；]{0,30}?(?:复议|诉讼|听证))"
                       r"[^。，,；]{0,30}?申请)")
# A news report's byline or dateline in its opening: the press-report cues, a reporter or correspondent named on
# a line of their own ("■记者 吴忠斌", "本报首席记者 吴温", "通讯员 某某"; not "欢迎记者参加"), or an agency's "…讯（"
# ("中国报道讯(李婷 报道)").
NEWS_BYLINE = re.compile(PRESS_REPORT.pattern
                         + r"|(?m:^[ \t\u3000]*[■▲●]?[ \t\u3000]*(?:本报)?(?:首席|全媒体)?(?:记者|通讯员)[ \t\u3000]*"
                           r"[\u4e00-\u9fff]{2,4}[ \t\u3000]*$)"
                         # (not a bulletin's "工作简讯（第3期）" nor "移动通讯（")
                         r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}(?<![简通])讯\s*[（(]")
BYLINE_CHARS = 400  # (how much of the opening is read for one)
# A report's close on what comes next ("下一步，区人社局将…"), not a plan's "下一步工作" or "为下一步…指明方向";
# read in its last paragraphs (NEXT_STEP_CHARS)
NEXT_STEP = re.compile(r"下一步[，,]")
NEXT_STEP_CHARS = 400
# …or on its reporters' names in brackets ("（记者 罗津）", "(梁彦强 许家轩)"): a name opens with one of the common
# surnames; not a place, a batch, an editor or a note, "（泸州市）", "（第二批）", "（编辑 李娜）", "（节选）"
_SURNAME = ("[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]")
_REPORTER = rf"(?:(?:记者|通讯员)\s*)?{_SURNAME}[\u4e00-\u9fff]{{1,2}}(?<![省市区县批局社网报])"
REPORTERS_CLOSING = re.compile(rf"[（(]{_REPORTER}(?:[\s、，,]+{_REPORTER})*[)）]\)?\s*$")
# A report whose headline tells a standard or allowance raised ("内蒙古：孤儿集中供养标准每人每月增加130元", "扬州市城乡
# 居民低保标准提高至月人均800元", "我市提高城乡低保及特困人员基本生活标准": r386_17, r386_13, r386_11, all labelled
# policies) reports the policy setting it, not an event, whatever byline or close it has: a benefit's standard,
# raised to a level or by an amount; not any standard met or improved ("提高站位严格标准", "标准水平提升", a plant's
# 提标改造: the code review's).
_BENEFIT = r"(?:低保|保障|补贴|补助|救助|供养|抚恤|养老金|工资|津贴|生活费|保险|保障金)"
STANDARD_RAISED = re.compile(_BENEFIT + r"[^，。！|｜]{0,10}?标准[^，。！|｜]{0,8}?(?:提高|上调|调高|调整|增加|上涨)"
                             r"(?:至|到|为|\d|[一二三四五六七八九十百])"
                             r"|(?:提高|上调|调高)[^，。！|｜]{0,12}?" + _BENEFIT + r"[^，。！|｜]{0,10}?标准")
# A notice's own form: the matters it sets out "如下" (a report tells them)
NOTICE_FORM = re.compile(r"(?:通知|明确|规定|要求|意见)如下")

# An explainer laid out as questions: headings such as "一、什么是研发费用加计扣除？" or
# "三、小型微利企业如何享受优惠？". A title that names a policy ("…政策优惠") with a body written as
# answers to such questions is an interpretation of that policy.
QUESTION_HEADING = re.compile(
    r"(?m)^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|问\s*[:：])\s*[^\n？?]{0,60}"
    r"(?:什么|如何|怎么|怎样|哪些|能否|可否|是否|何时|多少)[^\n？?]{0,40}[？?]\s*$"
)

# Used when nothing matched at all (an empty text whose title names no kind).
DEFAULT_KIND = "policy"
# …except under a heading organising others' taking part in what they apply for: "关于组织企业参加2024年第一批
# 创新型中小企业评价的通知" (r130_01; r133_08 "关于组织参加…创新创业大赛的通知" is a call too, decided earlier).
# Not a heading only opening work ("关于开展…摸排工作的通知", "…评估工作"), nor one organising enrolment in an
# insurance, a statistical return or a drill ("关于组织参加…基本养老保险集中参保的通知"): a body's own work.
ORGANISING_HEADING = re.compile(r"关于组织[^，。！《》]{0,10}?参加[^，。！《》]{2,60}?"
                                r"(?:大赛|竞赛|比赛|评价|评选|遴选|认定|博览会|展会|交易会|洽谈会|对接会|诊断)"
                                r"(?:活动|工作)?的通知$")
