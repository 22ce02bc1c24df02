"""Cue tables for a call's life: notices that amend a call and notices that publish its outcome.

pipeline/lifecycle.py reads a notice's relation from these tables, the references it makes to an
earlier notice (a cited 文号, a cited 《title》, or issuer + programme + year) and the keys by which
a call can be found. Words inside 《…》 (cited titles) never count as cues of the citing notice.
"""
import re

# --- Amendments --------------------------------------------------------------------------------------
# A title announcing a change to an earlier call: "关于延长…申报时间的通知", "…申报截止时间调整的通知",
# "关于…申报工作的补充通知", "…更正公告", "…延期的通知". A change word alone is not enough ("产业结构调整",
# "调整优化"): it must bear on a time or come as 补充/更正/延期 notice.
AMENDMENT_TITLE = re.compile(
    r"(?:延长|延期|延迟|延后|推迟|顺延|提前|调整|变更|更改)[^，。《》]{0,24}(?:时间|日期|期限|截止|时限)"
    r"|(?:时间|日期|期限|截止)[^，。《》]{0,8}(?:延长|延期|延迟|延后|推迟|顺延|提前|调整|变更|更改)"
    r"|补充(?:通知|公告|说明)|更正(?:公告|通知|启事|说明|声明)|(?:延期|推迟)(?:的)?(?:通知|公告)$"
)
# A body sentence moving a deadline: "截止时间由2025年10月24日延长至2025年11月14日", "申报时间延期至…",
# "截止日期调整为…", "提前至…", the new date right after. It makes a notice an amendment only when the
# notice also refers to an earlier one (see EARLIER_NOTICE): "超过截止时间的顺延至下一批" amends nothing.
DEADLINE_MOVED = re.compile(
    r"(?:截止|截至|申报|受理|报送|提交|申请)[^，。；\n]{0,16}(?:时间|日期|期限|时限)[^，。；\n]{0,24}?"
    r"(?:延长|延期|延迟|延后|推迟|顺延|提前|调整|变更|更改)(?:为|至|到)\s*[:：]?\s*(?:20\d{2}\s*年|\d{1,2}\s*月)"
)
# A reference to an earlier notice without citing it: "我局于2025年9月5日发布的…", "前期印发的…通知",
# "原通知", "原定于".
EARLIER_NOTICE = re.compile(
    r"(?:我|本)(?:局|厅|委|办|部|中心|处)[^，。；\n]{0,6}于[^，。；\n]{0,20}(?:发布|印发|下发|转发)"
    r"|(?:前期|此前|日前|近期|前段时间)[^，。；\n]{0,12}(?:发布|印发|下发|转发)|原通知|原定于?"
    r"|(?:其他|其余|其它)(?:事项|要求|内容)[^，。；\n]{0,6}不变|仍(?:按照?|依照)"
)

# --- Outcomes -----------------------------------------------------------------------------------------
# A title publishing the outcome of a call: proposed or final lists, review results.
RESULTS_TITLE = re.compile(
    r"拟(?:立项|支持|认定|入库|入选|推荐|授予|奖励|资助|补助|扶持|备案|命名|安排)"
    r"|入围|(?:立项|认定|入库|评审|评选|遴选|审核|申报)[^，。《》]{0,6}(?:名单|结果)"
    r"|名单(?:的)?(?:公示|公告|公布|通知)|结果(?:的)?(?:公示|公告|公布|通报)"
)

# --- References -------------------------------------------------------------------------------------
# A cited title: 《…》 holding a notice's title (nested 〈…〉 allowed).
CITED_TITLE = re.compile(r"《([^《》\n]{6,120})》")
# Cited titles that name a call or a call's programme, not a law or a plan it implements.
CALL_TITLE_WORDS = re.compile(r"申报|征集|申请|认定|评选|遴选|推荐|组织|开展|报名|备案|入库|通知|公告")
# Words right before a 文号 that make it a citation of another document: "根据…", "按照…", "(见…)".
CITING_BEFORE = re.compile(r"(?:根据|按照|依据|参照|依照|对照|贯彻|落实|见|据|和|及|、|》)\s*[（(〔\[]?\s*$")
# A title of the notice's own kind words at either end, removed to compare titles and programmes.
TITLE_FRAME_START = re.compile(r"^(?:关于(?:印发|发布|公布|转发|做好|组织|开展|征集|启动)?)")
TITLE_FRAME_END = re.compile(r"(?:的)?(?:通知|公告|通告|公示|函|启事|说明)$")
# Words of the life-cycle step itself, removed to compare programmes: "延长…申报时间", "拟立项名单的公示".
PROGRAMME_NOISE = re.compile(
    r"延长|延期|延迟|延后|推迟|顺延|提前|调整|变更|更改|截止时间|截止日期|时间|日期|期限|时限|截止"
    r"|补充|更正|拟(?:立项|支持|认定|入库|入选|推荐|授予|奖励|资助|补助|扶持|备案|命名|安排)"
    r"|入围|名单|结果|公示|公告|公布|评审|审核|立项|组织|申报|开展|做好|征集|推荐|工作|项目|"
    r"(?:的|和|及|与)"
)
YEAR = re.compile(r"(20\d{2})\s*年")
# A batch of a recurring programme: "第二批", "第3批" (different batches are different calls).
BATCH = re.compile(r"第\s*([一二三四五六七八九十\d]+)\s*批")
PUNCTUATION = re.compile(r"[\s\"'“”‘’「」『』〈〉<>《》（）()【】\[\]〔〕、，,。:：;；!！?？·・\-—_]+")

# --- Confidence of a link, by how it was found -------------------------------------------------------
CONFIDENCE = {"doc_number": 0.95, "title": 0.9}
# Issuer + programme + year: a character-bigram similarity of the programme names at least this high,
# scaled into this confidence range (a similar title alone is never enough: year and issuer must agree).
PROGRAMME_MIN_SIMILARITY = 0.6
PROGRAMME_CONFIDENCE = (0.6, 0.8)
