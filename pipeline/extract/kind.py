"""The kind of a notice: call, publicity, policy, interpretation, event or digest.

Rules, not a model: the cue tables in pipeline/patterns/kinds.py are tried on the title tags, the
title (without the document number closing it, "…的决定(2013年3号)"; the quoted title alone where the
title only quotes the notice's own, "国科发才〔2024〕31号《…的通知》"), the issuer's own heading line
and finally the body; the first hit decides and its line is the evidence (a body's call cue in a
sentence suspending the applying, "…的申请已暂停受理", is passed over).
Two checks come between the tags and the title: a live-broadcast tag over a press conference ("图文直播丨…新闻发布会")
is an `interpretation`, as the conference is; and a department's reply to a citizen's message ("网友您好！…",
"您反映的问题已收悉") is one whatever its title asks.
Two guide rulings are applied on top:
- a notice that publishes a policy and opens applications in it is a `call`;
- a draft for public comment (征求意见稿) is a `policy` even though it invites responses.
A title or heading issuing a list by its quoted title ("关于印发《…名单》的通知") is a `publicity`, though
印发 names a policy, and so is a news headline publishing one so ("…联合公布《…名单》"), unless the list is to
come; a policy title issuing an application guide so ("关于印发《…申报指引》的通知") is a `call` unless its
heading or body decides first, as one issued beside a policy ("…及申报指南") is.
A title naming a policy whose body is laid out as questions ("一、什么是…？") is an `interpretation`, and
so is a press report of a policy just issued ("本报讯（记者 …）近日，…联合印发《…》"), or one describing
it by its short name ("…印发《…》。《办法》包含…"); a report of a notice just issued that opens applications
("日前，省工信厅印发《关于举办…大赛的通知》"), or one that says who may apply ("近日，市工信局发布通知，…。
我市工业企业可申报…奖"), is a `call`. A news headline whose policy words are the news ("工信部力促惠企政策落实
推动中小企业复工") over a body reporting a meeting held is an `event`, unless the title ends in the policy it
names or the body adopts it.
A title naming a contest's final held ("关于举办…大赛决赛的通知") decides before the other title rules: an `event`, or a
`call` where its body registers entrants for it. Where neither title nor heading decides, an opening paragraph (past
the page's metadata, headers, document number and addressee line) deciding to hold a meeting-like activity ("决定于…
组织开展…对接活动", "拟于近期开展“政府开放日”活动", "现决定召开…推进会") or setting a contest's final for a day and a place
is an `event`, before the body rules: unless that paragraph runs a round of applying or a contest as the activity, the
final takes entries or has its finalists listed, or the notice makes a policy document of it.
A title that only forwards another body's notice ("转发省科技厅《关于组织推荐…的通知》") is what the
forwarded title's own words make it (a forwarded policy is left to the body). A heading that only says
"关于…的通知" is the weakest of the heading rules: a body laid out as an application guide ("（一）申报
条件") makes it a call, one naming whom its review recognises ("经…评审，确定…等25个园区为…", or two it now names so
uncounted, "经…公示等程序，现确定A、B为…集聚区") a list, and a notice forwarding another body's ("关于转发…《…》的通知")
is what the forwarded title is (else a call when that title speaks of applying); neither when the forwarded notice
suspends or changes a call ("关于暂停受理…"). Where nothing else decides, a notice relaying a call it names as its basis
("根据省工信厅《关于开展…认定推荐工作的通知》要求，…", "现将省科技厅《…提名工作的通知》转发你们") or
stating its purpose as organising applications ("为做好2027年度…科学技术奖提名工作，…") is a call, and so is one
announcing the matters of applying ("现就…申报有关事项通知如下"), or opening them with whom it supports ("如下。一、支持
范围", unless the support needs no applying), or issuing an application guide; one opening its matters with the
activity's, a meeting's or a training's time, name or theme ("如下：一、活动时间") is an `event`, unless a heading
names who enters or applies ("二、参赛对象"); after that,
a result whose list is attached ("产生…一、二、三等奖（获奖名单见附件1）") is a list, and a contest or one of
its rounds reported held at a site ("…大赛决赛在某高新区成功举办") an event; a plan whose measures name
fairs ("特制定本行动计划。…举办…招聘会") stays a policy. A notice no rule decides is a
`policy`, unless it is headed as organising others' taking part in something applied for ("关于组织企业参加
…评价的通知"): a `call`. Last, a text without title tags left a policy by anything but a policy title (its
body's policy words, a plain heading, or no rule) which speaks of applying twice or more (申报, 报名, 推荐, 征集,
申请; not in sentences saying the applying is suspended, stopped or already made) is a `call`, unless it makes a
policy itself, is a draft, its heading suspends or changes a programme, or it says the call comes later; such a
text under a news headline is a call too (a report of a nomination being organised), and any other news report
left a policy is an `event` (not one headlining a standard raised, "…低保标准提高至…": it reports the
policy).
"""
from __future__ import annotations

import itertools
import logging
import re
from datetime import date
from functools import lru_cache

from pipeline.normalize import opening_lines, readable_lines
from pipeline.notice import KINDS, Notice
from pipeline.patterns import kinds as K

logger = logging.getLogger(__name__)

# How much of the text is read for the issuer's heading line, and for body cues.
HEADING_LINES = 3
BODY_CHARS = 6000


def classify_kind(notice: Notice) -> tuple[str | None, str]:
    """(kind, evidence): the kind from pipeline.notice.KINDS and the title or sentence deciding it."""
    kind, evidence = _classify(notice)
    if kind == "policy" and not notice.title_tags:
        # A text speaking of applying, left a policy by weak evidence, is a call, a news report of one too (a selection
        # or nomination being organised: "…举荐全国劳模的工作正在开展，市民可推荐…", "…将遴选10位…，5月20日前，各…将推荐
        # 材料报送…": r340_10, r340_04, r340_15, r339_10, r303_11, r279_10, all labelled calls), unless it tells the
        # selection done; any other news report is no policy document: what it reports is an event.
        applying = _applying_sentence(notice)
        report = _news_report(notice)
        if applying and not (report and K.SELECTION_DONE.search(notice.text or "")):
            return _checked("call", applying)
        if report and not K.STANDARD_RAISED.search(notice.title or ""):
            return _checked("event", report)
    return kind, evidence


def _applying_sentence(notice: Notice) -> str:
    """The first sentence speaking of applying, in a text that does so at least APPLYING_WORDS_FOR_A_CALL times and
    is neither a policy by its own title nor a policy document or a draft for comment; "" otherwise."""
    title = "" if notice.title_derived else _without_cited(notice.title or "")
    if title and _first_rule(K.TITLE_RULES, title) == "policy":
        return ""
    text = notice.text or ""
    body = _plain_body(text)
    if K.POLICY_MADE.search(body) or K.POLICY_DOCUMENT.search(body) or _draft_for_comment(text):
        return ""
    if K.NO_CALL_HEADING.search(title or _heading_line(text)) or K.CALL_COMES_LATER.search(body):
        return ""  # (one suspending or changing a programme, or saying its call comes later)
    sentences = (_sentence_around(body, word.start()) for word in K.APPLYING_WORD.finditer(body))
    speaking = list(itertools.islice((sentence for sentence in sentences if not K.APPLYING_SUSPENDED.search(sentence)),
                                     K.APPLYING_WORDS_FOR_A_CALL))
    return speaking[0] if len(speaking) == K.APPLYING_WORDS_FOR_A_CALL else ""


def _news_report(notice: Notice) -> str:
    """The sentence telling a news or work report under a headline (not a policy's title), or "" (also for a
    text that makes a policy itself):
    - a byline or dateline opening it, "本报讯（记者 …）", "中新社石家庄1月11日电", "■记者 …". Of the labelled texts
      so opening that the other rules left a policy, none is one: 5 events (r138_20, r161_18, r174_08, r175_20,
      r176_04), a list (r145_20) and an explainer (r176_09);
    - the next step it closes on, "下一步，…将…". None of the 14 labelled texts closing so is a policy; the other
      rules left r197_19 and r200_09 one, both events (r173_19, an event too, keeps its title ending in 政策);
    - its reporters named in brackets at its end, "（记者 罗津）", "(梁彦强 许家轩)". None of the 12 labelled texts so
      closing is a policy; the 2 the other rules left one are events (r195_20, r196_18).
    The two closes are not read in a notice setting out its matters ("…通知如下", "…明确如下")."""
    if notice.title and not _news_headline(notice.title):
        return ""  # a policy's own title, also one derived from its first line ("某市优化营商环境条例")
    text = notice.text or ""
    body = _plain_body(text)
    if K.POLICY_MADE.search(body):
        return ""
    opening = text[:K.BYLINE_CHARS]
    byline = K.NEWS_BYLINE.search(opening)
    if byline:
        return _sentence_around(opening, byline.start())
    if K.NOTICE_FORM.search(body):
        return ""  # a notice setting out its matters ("现就…工作通知如下：…下一步，县政府将…督查")
    last_paragraphs = _without_cited(text[-K.NEXT_STEP_CHARS:])
    next_step = K.NEXT_STEP.search(last_paragraphs)
    if next_step:
        return _sentence_around(last_paragraphs, next_step.start())
    closing = text.rstrip()
    reporters = K.REPORTERS_CLOSING.search(closing, max(0, len(closing) - 60))
    # (the last sentence with the names after it)
    return closing[_sentence_start(closing, max(0, reporters.start() - 1)):].strip() if reporters else ""


def _list_issued(notice: Notice, title_kind: str | None) -> bool:
    """Whether a title issues a list by its quoted title, which the title rules never read (cited titles are blanked):
    one they leave a policy ("关于印发《…名单》的通知"), or a news headline no rule decides ("…联合公布《…名单》")."""
    title = "" if notice.title_derived else notice.title or ""
    if not (title_kind == "policy" or title_kind is None and _news_headline(title)):
        return False
    issued = K.LIST_ISSUED.search(title)
    return issued is not None and not K.LIST_TO_COME.search(title, 0, issued.start())


def _without_reader_teaser(title: str) -> str:
    """A headline telling a list without the teaser closing it ("…名单公布！…，有你家乡的吗？"); any other title as it is."""
    teaser = K.READER_TEASER.search(title)
    if teaser and K.LIST_TOLD_BEFORE_TEASER.search(title, 0, teaser.start()):
        return title[:teaser.start()]
    return title


def _quoted_own_title(title: str) -> str:
    """The notice's own title where the title only quotes it, after its document number or alone ("国科发才〔2024〕31号
    《…关于举办…的通知》"); any other title as it is."""
    quoted = K.OWN_TITLE_QUOTED.fullmatch(title)
    return quoted.group("own") if quoted else title


def _question_and_answer(text: str) -> str:
    """The first line of a text that opens as a question and its answer (K.ANSWER_OPENING, or K.QUESTION_OPENING with
    the answer's label opening the next line), read as written (normalize.readable_lines: without the pinyin a script
    converter left, "问(wèn)题"); "" otherwise."""
    lines = list(itertools.islice(readable_lines(text[:K.QA_CHARS]), 2))
    if not lines:
        return ""
    if K.ANSWER_OPENING.match(lines[0]):
        return lines[0]
    if K.QUESTION_OPENING.match(lines[0]) and len(lines) > 1 and K.ANSWER_OPENING.match(lines[1]):
        return lines[0]
    return ""


def _news_headline(title: str) -> bool:
    """Whether a title is a news headline rather than a policy's own title: not 关于…的通知/意见/办法…, and not
    ending in the policy it names ("…十条政策", "…三年行动计划"), a bracketed suffix ("（试行）", "（征求意见稿）")
    set aside."""
    title = re.sub(r"(?:[（(][^（()）]{1,16}[)）])+$", "", title)
    return bool(re.match(K.NEWS_HEADLINE, title)) and not K.POLICY_NAMED_LAST.search(title)


def _classify(notice: Notice) -> tuple[str | None, str]:
    # A title derived from the text is only its first sentence (often citing other documents, maybe
    # cut short): the heading line and the body decide.
    # (a document number closing the title is no word of it: "国务院关于…奖励的决定(2013年3号)", r293_17; r269_03 and
    # r280_07 end so too)
    title = "" if notice.title_derived else _without_reader_teaser(
        K.CLOSING_DOCUMENT_NUMBER.sub("", _without_cited(_quoted_own_title(notice.title or ""))))
    text = notice.text or ""

    # Guide: a draft for public comment is a policy, under a column tag collecting the comments too ("【社会征集】"); so is
    # a plan put up as a 公示, under a 公示丨 tag too
    put_up = not notice.title_derived and bool(K.DRAFT_IN_TITLE.search(notice.title or "")
                                               or K.PLAN_PUT_UP_TITLE.search(notice.title or ""))
    for tag in notice.title_tags:
        kind = K.TAG_KINDS.get(tag.strip()) or _first_tag_rule(tag.strip())
        if kind == "event" and K.LIVE_TAG.search(tag) and K.PRESS_CONFERENCE_TITLE.search(title):
            kind = "interpretation"  # a press conference broadcast live
        if kind in ("call", "publicity") and put_up:
            kind = "policy"
        if kind:
            return _checked(_upgrade_policy(kind, text), notice.raw_title or notice.title)
    if put_up:
        return _checked("policy", notice.raw_title or notice.title)

    reply = K.REPLY_TO_A_CITIZEN.search(text, 0, K.REPLY_CHARS)
    if reply:  # a department answering a citizen's message: the page explains, whatever the message asked
        return _checked("interpretation", _sentence_around(text, reply.start()))
    if notice.title_derived:
        first_line = _question_and_answer(text)
        # an untitled question-and-answer page, where its body says nothing else: not a teaser over a 公示, nor a call, a
        # draft or a list set out as questions and answers (the second and third reviews')
        if first_line and _body_rule(text)[0] is None:
            return _checked("interpretation", first_line)

    if K.FINAL_HELD_TITLE.search(title):  # a contest's final held; a call where its entrants are registered here
        return _checked("call" if K.ENTRANTS_REGISTERED.search(text) else "event", notice.title)
    kind = _first_rule(K.TITLE_RULES, title)
    if _list_issued(notice, kind):
        return _checked("publicity", notice.title)  # a list issued by its quoted title
    if kind == "publicity" and (K.ORGANISED_FOR_A_LIST.search(title)
                                or K.PUBLICITY_ENTERED_TITLE.search(title) and K.STANDING_APPLIED_FOR.search(text)):
        return _checked("call", notice.title)  # recommendations for a list organised, a 公示 standing applied for
    if kind == "publicity" and K.SOLVER_CALL_TITLE.search(title) and _opens_applications(text):
        # Guide: a 揭榜挂帅 task list is a call when the text invites solvers to apply.
        return _checked("call", notice.title)
    if kind == "publicity" and (K.LIST_ONLY_TITLE.search(title) and not K.LIST_ANNOUNCED.search(title)
                                or K.RECOGNITION_TITLE.search(title) and K.APPLICATION_PAPERS.search(text)):
        # "…名单的通知" names a list, "关于认定…的通知" a recognition; a body asking firms to apply
        # for it makes the notice a call
        body_kind, sentence = _body_rule(text)
        asked = _asking_sentence(text)
        if body_kind != "publicity" and asked:
            return _checked("call", sentence if body_kind == "call" else asked)
    if kind in ("digest", "interpretation", "publicity", "event", "call"):
        return _checked(kind, notice.title)
    if kind is None and not notice.title_derived:
        # a title that only says it forwards a notice ("转发省科技厅《关于组织推荐…的通知》") is what the
        # forwarded title says it is; a forwarded policy, or a title read only for applying words
        # ("…认定管理工作的通知"), is left to the heading and the body
        forwarded = _forwarded_kind(notice.title or "", text, by_title_rules_only=True)
        if forwarded and forwarded != "policy":
            return _checked(forwarded, notice.title)

    heading = _heading_line(text)
    plain_heading = _without_cited(heading)
    heading_kind = _first_rule(K.HEADING_RULES, plain_heading) if heading else None
    if heading_kind == "policy" and K.LIST_ISSUED.search(heading):
        return _checked("publicity", heading)  # (as in a title: a list issued by its quoted title)
    if heading_kind == "policy" and K.PLAIN_NOTICE_HEADING.search(plain_heading):
        body = _plain_body(text)
        guide = K.APPLICATION_HEADING.search(body)
        if guide and not K.NO_CALL_HEADING.search(plain_heading) and not K.CALL_COMES_LATER.search(body):
            return _checked("call", guide.group(0).strip())
        forwarded = _forwarded_kind(heading, text)
        if forwarded:
            return _checked(forwarded, heading)
        heading_at = body.find(plain_heading)  # (read after the heading, which may name the recognition itself)
        after_heading = heading_at + len(plain_heading) if heading_at >= 0 else 0
        recognised = (K.NAMES_THE_RECOGNISED.search(body, after_heading)
                      or K.NAMES_THE_APPROVED.search(body, after_heading)
                      or K.NAMES_TWO_RECOGNISED.search(body, after_heading))
        sentence_start = _sentence_start(body, recognised.start()) if recognised else 0
        if recognised and K.OWN_REVIEW.search(body, sentence_start, recognised.end()) \
                and not K.RECITED_YEAR.match(body, sentence_start) and not _asks_to_submit(text):
            # …and a body naming whom its review recognises ("经…评审，确定…等38个城市为…") makes it a list
            return _checked("publicity", _sentence_around(body, recognised.start()))
    if heading_kind:
        return _checked(_upgrade_policy(heading_kind, text), heading)

    if kind is None:
        decided = _event_decided(text)
        if decided:  # an activity decided in the opening: what the body asks for is its attendance or arrangements
            return _checked("event", decided)

    body_kind, sentence = _body_rule(text)
    # (a call's cue that asks only a dated list's objectors, or the winners of the awards the body confers, puts up a list)
    if kind is None and body_kind == "call" \
            and _asks_only_objectors_or_winners(sentence, _plain_body(text), notice.published):
        return _checked("publicity", sentence)
    if kind == "policy":  # the title names a policy; the body may still open applications
        if body_kind == "call" and _opens_applications(text):
            return _checked("call", sentence)
        asked = _asking_sentence(text)
        if body_kind != "publicity" and asked:
            return _checked("call", sentence if body_kind == "call" else asked)
        guide = K.ISSUES_APPLICATION_GUIDE.search(_plain_body(text))
        if guide:  # …or issue an application guide beside it
            return _checked("call", _sentence_around(_plain_body(text), guide.start()))
        if K.GUIDE_ISSUED.search(notice.title or ""):  # …or be an application guide, quoted
            return _checked("call", notice.title)
        if body_kind == "interpretation":  # …or report the press conference presenting it
            return _checked("interpretation", sentence)
        report = _press_report(text)
        if report:  # …or be a press report of it
            return _checked("interpretation", report)
        question = K.QUESTION_HEADING.search(_plain_body(text))
        if question:  # …or explain it as answers to questions
            return _checked("interpretation", question.group(0).strip())
        if _news_headline(notice.title or "") and not K.POLICY_MADE.search(_plain_body(text)):
            # …unless the title is a news headline whose policy words are the news ("工信部力促惠企政策落实 推动中小企业
            # 复工") and the body reports an event held ("…4月8日、9日两天分别主持召开了…电视电话会议", r176_11)
            event_kind, held = _first_match(K.REPORT_RULES, text)
            if event_kind == "event":
                return _checked("event", held)
        return _checked("policy", notice.title)
    asked = _asking_sentence(text)
    if body_kind in (None, "policy") and asked:
        body = _plain_body(text)
        objection = K.OBJECTION_INVITED.search(body)
        if (objection and K.PROPOSED_FOR_RECOMMENDATION.search(body)) \
                or _asks_only_objectors_or_winners(asked, body, notice.published):
            # …unless it proposes what it recommends, or dates its window, for objections, or asks only the winners of
            # the awards it confers: the applying is done
            return _checked("publicity", asked)
        # policy words in a body are the weakest evidence: a body asking to apply or submit by a date wins
        return _checked("call", asked)
    if body_kind in (None, "policy"):
        body = _plain_body(text)
        matters = K.MATTERS_OPEN_WITH_APPLYING.search(body)
        if matters and matters.group("supported") and K.NO_APPLYING_NEEDED.search(body):
            matters = None  # (whom it supports with no applying: "…免申即享…企业无需提交申请")
        if matters:  # …as does one whose matters open with who may apply
            return _checked("call", _sentence_around(body, matters.start()))
        activity = K.MATTERS_OPEN_WITH_ACTIVITY.search(body)
        if activity and not K.ACTIVITY_TAKES_APPLICANTS.search(body):
            # …and one whose matters open with the activity it holds is the event
            return _checked("event", _sentence_around(body, activity.start()))
        guide = K.GUIDE_ISSUED.search(text[:BODY_CHARS])
        if guide:  # …or that issues an application guide
            return _checked("call", _sentence_around(text, guide.start()))
        # …then a news report's (of a meeting held, of firms selected), unless the text goes on to make a policy
        report_kind, report = _first_match(K.REPORT_RULES, text)
        if report_kind and not K.POLICY_MADE.search(body):
            return _checked(report_kind, report)
        issued = _call_issued(text)
        if issued:  # …then a report of a call just issued ("日前，省工信厅印发《关于举办…创新创业大赛的通知》")
            return _checked("call", issued)
        report = _press_report(text)
        if report:  # …then a press report of a policy just issued
            return _checked("interpretation", report)
        # …then a list's objection clause ("对公示企业有异议的"), in a text that is neither a rule nor answers
        objection = K.OBJECTION_CLAUSE.search(body)
        if objection and not K.POLICY_DOCUMENT.search(body) and not K.QUESTION_HEADING.search(body):
            return _checked("publicity", _sentence_around(body, objection.start()))
        relayed = _relayed_call(text)
        if relayed:  # …and, when nothing else decides, one relaying a call it names as its basis
            return _checked("call", relayed)
        # …then, likewise, a list's dated window or a government's decision conferring awards (in a text not made of a
        # rule's articles: a list may cite one, "根据《…办法》第十二条规定")
        listed = _dated_window(body) or _award_conferred(body, notice.published)
        if listed and not K.RULE_ARTICLES.search(body) and not K.QUESTION_HEADING.search(body):
            return _checked("publicity", _sentence_around(body, listed.start()))
        attached = K.LIST_ATTACHED.search(body)
        if attached:  # …then a result whose list is attached ("…产生一、二、三等奖（获奖名单见附件1）")
            return _checked("publicity", _sentence_around(body, attached.start()))
        result_list = K.RESULT_LIST_ATTACHED.search(body)
        if result_list and K.RESULT_DECIDED.search(body, 0, result_list.start()) and not K.POLICY_MADE.search(body):
            return _checked("publicity", result_list.group("list"))  # …or names as its attachment
        contest = K.CONTEST_HELD_THERE.search(body)
        if contest:  # …and last a contest, or one of its rounds, reported held at a site
            return _checked("event", _sentence_around(body, contest.end() - 1))
    if body_kind == "event":
        body = _plain_body(text)
        made = K.POLICY_MADE.search(body)
        if made and not K.EVENT_ARRANGEMENTS.search(body):
            # a plan that names events among its measures ("…举办…招聘会", "特制定本行动计划") is the plan
            return _checked("policy", _sentence_around(body, made.start()))
    if body_kind:
        return _checked(body_kind, sentence)
    fallback = "call" if K.ORGANISING_HEADING.search(notice.title or "") else K.DEFAULT_KIND
    return _checked(_forwarded_kind(notice.title or "", text) or fallback, notice.title)


def _event_decided(text: str) -> str:
    """The sentence of the opening paragraph deciding to hold a meeting-like activity, or setting a contest's final
    for a day and a place (K.ACTIVITY_DECIDED, K.FINAL_SET); "" when there is none, when the paragraph runs a round
    of applying or a contest as the activity, or takes entries for the final, and when the notice makes a policy
    document of it."""
    body = _plain_body(text)
    _, lines = opening_lines(body)
    opening = lines[0][:K.DECIDED_EVENT_CHARS] if lines else ""
    decided = K.ACTIVITY_DECIDED.search(opening)
    final = K.FINAL_SET.search(opening) if not decided else None
    if decided and K.ROUND_IN_DECISION.search(opening) \
            or final and K.ENTRIES_WITH_FINAL.search(opening, _sentence_start(opening, final.start())):
        return ""
    if not (decided or final) or K.DOCUMENT_ISSUED.search(body) and not K.EVENT_ARRANGEMENTS.search(body):
        return ""
    return _sentence_around(opening, (decided or final).start())


def _relayed_call(text: str) -> str:
    """The sentence relaying a call the notice names as its basis ("根据省工信厅《关于开展…认定推荐工作的
    通知》要求，…") or organising applications ("为做好…提名工作，现将有关事宜通知如下"), unless that sentence
    goes on to what came of it ("…经专家评审，以下15家单位被认定为…") or to a rule made on it ("…制定本实施
    细则"); "" otherwise, and for a draft for comment."""
    relayed = K.RELAYED_CALL.search(text[:K.RELAY_CHARS])
    if relayed is None or _draft_for_comment(text):
        return ""
    rest = _without_cited(re.split(r"[。\n]", text[relayed.end():], maxsplit=1)[0])[:K.RELAY_REST_CHARS]
    return "" if K.RELAY_NOT_CALL.search(rest) else _sentence_around(text, relayed.start())


def _forwarded_kind(title: str, text: str, by_title_rules_only: bool = False) -> str | None:
    """A notice forwarding another body's ("关于转发省科技厅《…》的通知"): the forwarded title's kind, else
    (unless `by_title_rules_only`) a call when that title speaks of applying or assessing; None otherwise,
    for any other title, and for a forwarded notice that suspends or changes a call ("关于暂停受理…")."""
    forwarded = K.FORWARDED_TITLE.search(title)
    if forwarded is None or _draft_for_comment(text):
        return None
    cited = forwarded.group("cited")
    kind = _first_rule(K.TITLE_RULES, cited)
    if kind is None and not by_title_rules_only and K.FORWARDED_APPLICATION.search(cited):
        kind = "call"
    return None if kind == "call" and K.NO_CALL_HEADING.search(cited) else kind


def _upgrade_policy(kind: str, text: str) -> str:
    """Guide: a notice that publishes a policy and also opens applications in it is a call."""
    if kind == "policy" and (_opens_applications(text) or _asks_to_submit(text)):
        return "call"
    return kind


def _asks_to_submit(text: str) -> bool:
    """Does the body ask its readers to apply or submit something by a date (not a draft for comment)?"""
    return bool(_asking_sentence(text))


@lru_cache(maxsize=4)
def _asking_sentence(text: str) -> str:
    """The sentence asking the readers to apply or submit something by a date; "" when none does, and for a
    draft for comment."""
    if _draft_for_comment(text):
        return ""
    body = _plain_body(text)
    asked = K.ASKS_TO_SUBMIT.search(body)
    return _sentence_around(body, asked.start()) if asked else ""


def _draft_for_comment(text: str) -> bool:
    """Comments on a draft are not applications, whatever the body asks to be sent by when."""
    return bool(K.DRAFT_FOR_COMMENT.search(text[:2000]))


def _opens_applications(text: str) -> bool:
    """Does the body itself set a way and a time to apply (not merely mention 申报)?"""
    return not _draft_for_comment(text) and bool(K.OPENS_APPLICATIONS.search(_plain_body(text)))


@lru_cache(maxsize=4)
def _issue_reported(text: str) -> re.Match[str] | None:
    """Where the text reports a document just issued, read with its cited titles (the plain body blanks them):
    what both the call-issued and the press-report readings start from (one search per text)."""
    return K.NEWLY_ISSUED.search(text[:BODY_CHARS])


def _call_issued(text: str) -> str:
    """The sentence reporting a notice just issued whose title opens applications ("近日，省科技厅印发《关于开展…
    申报工作的通知》"), that organises applying work ("…近日印发通知，组织开展…培育工作"), or that goes on to say who
    may apply ("近日，市工信局发布通知，…。我市工业企业可申报…奖"); "" otherwise."""
    raw = _issue_reported(text)
    cited = raw and K.ISSUED_TITLE.match(text, raw.start())
    if cited and _first_rule(K.TITLE_RULES, cited.group("cited")) == "call":
        return _sentence_around(text, raw.start())
    reported = K.NOTICE_REPORTED_ISSUED.search(text[:BODY_CHARS])
    if reported and (K.WORK_ORGANISED.match(text, reported.end())
                     or K.MAY_APPLY.search(text, reported.end(), BODY_CHARS)):
        return _sentence_around(text, reported.start())
    return ""


def _press_report(text: str) -> str:
    """The sentence reporting a policy just issued, when the body is a press report (a byline, or the policy
    described by its short name after it); "" otherwise."""
    body = _plain_body(text)
    issued = K.NEWLY_ISSUED.search(body)
    if not issued:
        return ""
    raw = _issue_reported(text)  # (a list is named in a cited title)
    if raw and K.ISSUED_LIST.match(text, raw.end()):
        return ""
    described = raw and K.DESCRIBES_ISSUED.search(text, raw.end(), raw.end() + K.DESCRIBES_ISSUED_CHARS) \
        and not K.FULL_TEXT_FOLLOWS.search(text, raw.end(), BODY_CHARS) and not K.NOTICE_ACTS_ON_IT.search(body)
    if not K.PRESS_REPORT.search(body) and not described:
        return ""
    return _sentence_around(body, issued.start())


def _first_tag_rule(tag: str) -> str | None:
    for kind, pattern in K.TAG_RULES:
        if pattern.search(tag):
            return kind
    return None


def _first_rule(rules, line: str) -> str | None:
    for kind, pattern, _why in rules:
        if pattern.search(line):
            return kind
    return None


@lru_cache(maxsize=4)
def _body_rule(text: str) -> tuple[str | None, str]:
    """The body rules' kind and sentence (_first_match), read once per text: the question-and-answer check, a list's
    title and the body itself each ask for it."""
    return _first_match(K.BODY_RULES, text)


def _first_match(rules, text: str) -> tuple[str | None, str]:
    """The kind of the first of `rules` the body matches, and the sentence it matched in. A call's cue in a
    sentence suspending the applying ("…的申请已暂停受理") invites nothing, and a 公示 that is a step of a call's
    timetable puts up no list."""
    body = _plain_body(text)
    for kind, pattern, _why in rules:
        for match in pattern.finditer(body):
            if kind == "publicity" and _timetable_step(body, match.start()):
                continue
            sentence = _sentence_around(body, match.start())
            if kind != "call" or not K.SUSPENDED.search(sentence):
                return kind, sentence
    return None, ""


def _asks_only_objectors_or_winners(sentence: str, body: str, published: date | None) -> bool:
    """Whether a call's cue asks only for objections to a list whose window is dated ("对公示内容有异议的，请于9月19日前…
    提交"), or only the winners of an award the body confers ("请获奖组织于10月15日前将账户信息报送…"): no applying asked
    in the sentence."""
    if K.APPLYING_ASKED.search(sentence):
        return False
    return bool(K.OBJECTION_INVITED.search(sentence) and _dated_window(body)
                or K.WINNERS_ASKED.search(sentence) and _award_conferred(body, published))


def _dated_window(body: str) -> re.Match[str] | None:
    """A list's 公示 window given as dates (K.PUBLICITY_WINDOW_DATED), not a step of a call's timetable."""
    for window in K.PUBLICITY_WINDOW_DATED.finditer(body):
        if not _timetable_step(body, window.start()):
            return window
    return None


def _award_conferred(body: str, published: date | None) -> re.Match[str] | None:
    """A government's decision conferring awards (K.AWARD_CONFERRED), not one recalled by a sentence opening with an
    earlier year than the notice's own, or the year before ("2024年，市政府决定授予…" in a 2025 call, "去年，…")."""
    for award in K.AWARD_CONFERRED.finditer(body):
        opening = K.YEAR_OPENING.match(body, _sentence_start(body, award.start()))
        recalled = opening and (not opening.group("year")
                                or published is not None and int(opening.group("year")) < published.year)
        if not recalled:
            return award
    return None


def _timetable_step(body: str, position: int) -> bool:
    """Whether a cue at `position` opens a numbered line of a block of numbered lines one of which, above it, closes the
    applicants' window: a step of a call's timetable."""
    line_start = body.rfind("\n", 0, position) + 1
    if not K.TIMETABLE_STEP.fullmatch(body, line_start, position):
        return False
    for line in reversed(body[:line_start].rstrip().split("\n")):
        if K.TIMETABLE_LINE.match(line):
            return True
        if line.strip() and not K.TIMETABLE_STEP.match(line):
            return False  # (the numbered block ends; blank lines between its steps do not end it)
    return False


def _heading_line(text: str) -> str:
    """The issuer's own title: a 关于…/…公示/…名单 line among the first lines of the text."""
    for line in [line.strip() for line in text.split("\n") if line.strip()][:HEADING_LINES]:
        head = re.split(r"[。！？]", line, maxsplit=1)[0][:160]
        # a title line names its matter without commas; cited titles' words are not its own
        if re.search(r"关于|公示|名单|通知|公告|决定|办法|方案", _without_cited(head)) and not re.search(r"[，,]", head):
            return head
    return ""


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(mark, 0, position) for mark in "。！？\n") + 1


def _sentence_around(text: str, position: int) -> str:
    start = _sentence_start(text, position)
    ends = [i for i in (text.find(mark, position) for mark in "。！？\n") if i != -1]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()


@lru_cache(maxsize=4)
def _plain_body(text: str) -> str:
    """The opening BODY_CHARS of a text without its cited titles: what every body rule reads (one cut
    per text, however many rules ask)."""
    return _without_cited(text[:BODY_CHARS])


def _without_cited(line: str) -> str:
    """Blank out cited document titles 《…》: their words are another document's."""
    return re.sub(r"《[^《》]{0,120}》", "《》", line)


def _checked(kind: str, evidence: str) -> tuple[str | None, str]:
    if kind not in KINDS:
        logger.warning("unknown kind %r from the cue tables; ignoring it", kind)
        return None, ""
    return kind, evidence
