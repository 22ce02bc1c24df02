"""Kind classification: guide rulings and general notice titles and texts (written for these tests)."""
from __future__ import annotations

import pytest

from pipeline.extract.kind import classify_kind
from pipeline.notice import KINDS, Notice
from pipeline.records import RawRecord, build_notice


def _kind(title: str, text: str = "", tags: list[str] | None = None) -> str | None:
    return classify_kind(Notice(title=title, raw_title=title, title_tags=tags or [], text=text))[0]


@pytest.mark.parametrize("title, text, expected", [
    # calls: titles that open applications
    ("关于组织开展2026年度省级工业设计中心认定工作的通知", "", "call"),
    ("2025年度科技型中小企业评价工作正式启动", "请于10月31日前完成申报。", "call"),
    ("关于征集2025年度数字化转型典型案例的通知", "", "call"),
    ("2025年度专精特新企业奖励申报通道开启", "", "call"),
    ("省青年科技奖推荐工作的通知", "", "call"),
    ("关于开展2025年度创新型中小企业评价工作的通知", "", "call"),
    ("关于开展2025年度省级服务型制造示范遴选工作的通知", "", "call"),
    # publicity: lists, even when a call word is in the title
    ("关于2025年度高新技术企业拟认定名单的公示", "", "publicity"),
    ("2024年度奖补资金申报项目审核结果公示", "", "publicity"),
    ("省科技厅关于公布2025年度科技型中小企业名单的通知", "", "publicity"),
    ("2025年市级工程技术研究中心名单", "", "publicity"),
    ("揭榜挂帅项目拟发布榜单公示", "公示时间为2025年8月29日-9月4日。", "publicity"),
    ("关于下达2025年度市级科技计划项目资金的通知", "", "publicity"),
    ("关于表彰2024年度优秀民营企业的决定", "", "publicity"),
    # policy: documents, plans, drafts for comments (guide ruling)
    ("关于印发《促进人工智能产业发展若干政策》的通知", "现印发给你们，请认真贯彻执行。", "policy"),
    ("制造业数字化转型行动方案公布", "", "policy"),
    ("关于《企业技术中心管理办法（征求意见稿）》公开征求意见的公告",
     "此次公开征求意见的时间为2025年8月28日至2025年9月27日。", "policy"),
    ("人工智能产业标准体系建设指南（2025版）", "", "policy"),
    # interpretation, event, digest
    ("一图读懂《关于推进制造业高质量发展的实施意见》", "", "interpretation"),
    ("国家能源局有关负责同志就《实施意见》答记者问", "", "interpretation"),
    ("一文读懂：2025年研发费用加计扣除新政", "", "interpretation"),
    ("关于举办2025年知识产权实务培训班的通知", "请于9月30日前报名。", "event"),
    ("10月15日江苏省2026届毕业生大型招聘会邀请企业参会", "", "event"),
    ("9月份项目申报集锦", "1.某某项目申报截止时间：2025年9月30日。", "digest"),
    ("多个申报项目！2025年8月惠企政策合集！", "", "digest"),
    ("一周政策申报速览（9月第3周）", "", "digest"),
])
def test_titles(title, text, expected):
    assert _kind(title, text) == expected


@pytest.mark.parametrize("tags, title, expected", [
    (["公示"], "这项省级认证拟奖励企业名单公布", "publicity"),
    (["解读"], "《行动方案》问答", "interpretation"),
    (["直播"], "今日15:30！宏观经济形势分析", "event"),
    (["申报"], "2025年度江苏省工业互联网平台", "call"),
    (["南京"], "2025年度中试平台备案申报进行中", "call"),  # a region tag decides nothing
    # tags not listed are read for the kind word they contain
    (["政策直播"], "高新技术企业认定申报实务", "event"),
    (["一图读懂"], "北京市中小企业纾困政策", "interpretation"),
    (["申报提醒"], "2025年度省级工业设计中心", "call"),
    (["活动报名"], "2025中小企业数字化转型沙龙", "event"),
])
def test_title_tags(tags, title, expected):
    assert _kind(title, "", tags) == expected


@pytest.mark.parametrize("title, text, expected", [
    # no decisive title: the issuer's own heading line decides
    ("市博士后创新实践基地", "关于批准某某公司等15家单位设立市博士后创新实践基地的通知\n名单见附件。", "publicity"),
    ("2025年重点产业紧缺人才", "关于申报2025年重点产业紧缺人才的通知\n各区人社局：", "call"),
    ("数字化转型服务商", "关于征集数字化转型服务商的通知\n各有关单位：", "call"),
    ("生物医药企业再获政策支持", "省政府关于印发生物医药全产业链开放创新发展专项实施方案的通知\n各市人民政府：", "policy"),
    ("做好防汛", "关于做好2025年汛期安全生产工作的通知\n各区：请认真贯彻落实。", "policy"),
    # a policy that also opens applications in it is a call (guide)
    ("专项资金管理办法发布", "关于印发《专项资金管理办法》的通知\n现组织申报2025年度项目，申报截止时间为2025年10月20日。",
     "call"),
    # a rule change that asks outsiders to register and submit is a call (dev ruling)
    ("省局不再接收部分案件", "关于不再接收部分案件的通知\n名单之外的机构，请登陆报名系统，提交材料，完成申报。", "call"),
    # body cues when title and heading say nothing
    ("设计服务机构能力评价", "各企业：\n每月10日前集中受理企业提交的年度评价申请。", "call"),
    ("某项目", "经专家评审，现将拟立项项目予以公示，公示期为9月1日至9月7日。", "publicity"),
    # an application guide laid out under 申报条件 / 申报流程 headings is a call
    ("2026年度省级概念验证中心", "一、申报条件\n申报主体为在省内依法登记的独立法人机构。\n二、申报流程\n登录平台在线填报并上传附件。", "call"),
    ("某市企业技术改造财政补助", "一、申报条件：\n在本市注册的企业。\n二、政策优惠：\n按改造投入给予补助。", "call"),
    # a policy's own chapters are not an application guide
    ("专项资金管理办法", "第一章 总则\n第一条 为规范资金管理，制定本办法。\n第三章 申报条件\n第十条 申报单位应当……",
     "policy"),
    # a title naming a policy with a body answering questions about it is an interpretation
    ("2025年技术转让所得减免政策要点及办理条件",
     "一、什么是技术转让所得减免？\n是指企业符合条件的技术转让所得可减征企业所得税。\n二、哪些技术转让可以享受？\n专利、软件著作权转让等。",
     "interpretation"),
    # …unless it also opens applications (guide: publishing and opening is a call)
    ("研发补助政策", "一、什么是研发补助？\n……\n二、申报时间\n申报截止时间为2025年10月31日。", "call"),
    # a 揭榜挂帅 task list inviting solvers is a call (guide)
    ("关于发布2025年揭榜挂帅技术需求榜单的通知", "请有意向的揭榜单位于2025年10月20日前提交揭榜申请材料。", "call"),
    # a press conference or briefing on measures explains them, even when it names a policy
    ("甘肃省支持中小企业纾困发展若干措施新闻发布会", "省工信厅负责同志介绍了《若干措施》的主要内容。", "interpretation"),
    ("", "今天下午，市政府新闻办召开稳经济政策例行吹风会，市发改委负责同志介绍有关情况，并回答记者提问。",
     "interpretation"),
])
def test_heading_and_body(title, text, expected):
    assert _kind(title, text) == expected


def test_cited_titles_do_not_count():
    # 申报 inside 《…》 is another document's word
    assert _kind("两部门印发《工业园区申报指南》", "关于印发《工业园区申报指南》的通知\n请结合实际认真抓好落实。") == "policy"


def test_evidence_is_the_deciding_line():
    notice = build_notice(RawRecord(title="常州丨2025年度市智能工厂拟认定名单公示", content="正文", published="2025-09-23"))
    kind, evidence = classify_kind(notice)
    assert kind == "publicity" and evidence == "2025年度市智能工厂拟认定名单公示"


def test_empty_content_is_decided_by_title_and_always_a_known_kind():
    assert _kind("2025年5G工厂最终名单公布") == "publicity"
    assert _kind("某某") in KINDS


# -- national phrasings (issue 11): the body decides when the title cannot --------------------------
@pytest.mark.parametrize("title, text, expected", [
    # a programme named after an event is still a call when the title's verb is 申报
    ("关于做好2026年度国际技术培训班项目申报工作的通知", "请于5月20日前提交。", "call"),
    ("关于举办2026年度知识产权培训班的通知", "请于5月20日前报名。", "event"),
    # a generic 工作的通知 whose body asks for material by a date
    ("关于做好2026年示例品牌培育试点工作的通知", "申报单位将材料交所在县区，于9月15日前报送市工信局。", "call"),
    ("关于做好2026年示例品牌培育试点工作的通知", "请各地认真贯彻落实。", "policy"),
    ("关于推迟2026年度示例企业评价材料报送的通知", "材料报送截止时间延至2026年4月24日。", "call"),
    # a title naming a list: a body asking firms to apply makes it a call, a published list publicity
    ("关于2026年示例培育企业名单的通知", "请符合条件的企业于9月5日前向区工信局提交申请材料。", "call"),
    ("关于2026年示例培育企业名单的通知", "经研究，现将名单予以公示，公示期为9月1日至9月7日。", "publicity"),
    ("关于公布2026年示例培育企业名单的通知", "请相关企业于9月5日前报送年度数据。", "publicity"),
    # a policy document whose body asks for nothing stays a policy
    ("关于印发示例市促进制造业发展若干措施的通知", "现印发给你们，请认真贯彻执行。", "policy"),
    # results and recognitions announced as a notice
    ("关于公布2026年示例技术创新示范企业复核评价结果的通知", "现将复核评价结果予以公布。", "publicity"),
    ("示例市科学技术局关于认定2026年度示例市重点实验室的通知", "经公示无异议，现认定示例实验室等10家。", "publicity"),
    ("关于认定工作的通知", "请于5月10日前提交认定申请。", "call"),
    # applications taken all year round
    ("关于做好示例特色产业基地有关工作的通知", "对基地申报采用常年受理分批审批的方式。", "call"),
    ("关于做好示例特色产业基地有关工作的通知", "申报的县区请按照办法规定，认真填报申报表并报送。", "call"),
    # a numbered item opening with its date, a 填报时间 window
    ("关于示例产业集群推荐有关事项的通知", "一、由县区主管部门为申报主体。\n二、10月20日前将推荐文件寄至省工信厅。", "call"),
    ("关于示例企业梯度培育有关事项的通知", "企业登录平台填报，填报时间为2026年2月5日至3月5日。", "call"),
    # "组织…单位进行申报", a date then 将…报送, an extended submission time
    ("转发省厅关于示例科普基地的通知", "请按照通知要求组织本辖区符合条件的单位进行申报。", "call"),
    ("转发省厅关于示例技术中心的两个通知", "申报企业于9月29日，将申报材料报送至经科局。", "call"),
    ("通 知", "一、储备项目网上申报材料报送时间由原来的11月30日延迟至12月31日。", "call"),
    ("关于印发示例办法的通知", "认定机构在组织专家评价过程中，可参考如下方法对企业申报的项目进行判断。", "policy"),
    # a selection one enters, data collected from firms, a submission time under its heading, a 顺延
    ("关于组织举办首届示例省科技型中小企业100强遴选活动的通知", "企业报名采用网络申报方式。", "call"),
    ("关于举办示例产业论坛活动的通知", "欢迎报名参加。", "event"),
    ("示例省经信委关于组织填报重大技术装备情况的通知", "请各地于3月20日前将情况表汇总后发送到我委邮箱。", "call"),
    ("关于报送示例工程技术研究中心运行情况的通知", "三、报送时间\n2026年9月27日之前报送相关资料。", "call"),
    ("关于示例重大技术装备政策的说明", "由于目录调整，今年的新申请工作顺延一个月。", "call"),
    ("关于示例市科技奖提名项目的公告", "现将示例局提名的5个项目在科技网上公布。自公布之日起5日内，任何单位对项目有异议的，可以书面提出。",
     "publicity"),
    ("关于示例科技进步奖评审结果的公告", "现对专业组评审通过的132项成果通过网站进行公示。", "publicity"),
    ("关于示例科学技术奖推荐工作的通知", "被提名项目须在主要完成单位进行公示，公示时间不少于7个工作日。请于5月10日前报送推荐材料。",
     "call"),
    # recognitions granted and firms put forward by a bureau
    ("关于公布2026年示例省小巨人企业名单的通告", "同意授予示例红外股份有限公司等175家企业为示例称号。", "publicity"),
    ("示例市科技局关于推荐36家企业申请2026年度高新技术企业认定的公告", "推荐示例客车股份有限公司等36家企业参加认定。", "publicity"),
    ("关于开展示例工程技术研究中心年度调查的通知", "四、材料报送时间和地点\n时间：2026年3月10日前。", "call"),
    # funds handed down and awards granted are results; a task handed down is not
    ("示例省财政厅 示例省科学技术厅关于下达2026年第七批省级科技计划项目经费的通知", "", "publicity"),
    ("示例公告", "现将你市2026年第七批省级科技计划项目补助资金予以下达（具体项目见附件）。", "publicity"),
    ("示例通知", "现下达2026年技术改造专项第二批资助计划，安排资金1000万元。", "publicity"),
    ("国务院关于2026年度示例科技奖励的决定", "授予示例研究员最高科学技术奖。", "publicity"),
    ("示例市人民政府关于下达2026年安置任务的通知", "现将安置任务下达给你们，请按规定做好接收。", "policy"),
    ("示例奖励办公室公告", "现将初评通过的40项示例奖项目在科技部网站和我办网站公布。自初评通过项目公布之日起20日内，"
     "任何单位对公布项目有异议的，可以书面提出。", "publicity"),
    # a question as a title is answered by the text
    ("2026年示例小巨人企业申报和复核程序？", "1.企业自主申报。2.区县初审汇总。", "interpretation"),
])
def test_national_titles_and_bodies(title, text, expected):
    assert _kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # records without a title: the derived first sentence is not read as a title
    ("各有关单位：\n根据《示例市科技计划项目管理办法》有关规定，现将验收结果予以公示，公示期为2026年1月5日至1月11日。", "publicity"),
    ("各县区：\n根据《关于开展2026年示例认定工作的通知》要求，请符合条件的企业积极申报，于4月3日完成线上申报。", "call"),
    ("各有关单位：\n现将《2026年示例重大科技计划项目申报指南》予以发布，请根据指南要求组织申报工作。", "call"),
    # decisions naming the recognised
    ("各有关单位：\n经专家评审，现将示例材料创新中心等6家单位列入示例市制造业创新中心创建名单（详见附件）。", "publicity"),
    ("各区县主管部门：\n经企业申报、专家评审，认定示例科技有限公司等209家企业技术中心为2026年示例市企业技术中心。",
     "publicity"),
    # a body sentence citing 《…关于…的通知》 and naming 公示 as a past step is no heading line
    ("各设区市主管部门：\n根据《示例省关于做好2026年认定工作的通知》要求，经企业申报、征求意见、社会公示等程序，"
     "现认定示例实业有限公司等201家企业为2026年示例企业，并将有关事项通知如下：", "publicity"),
])
def test_untitled_records_are_classified_by_their_text(text, expected):
    notice = build_notice(RawRecord(title="", content=text, published="2026-01-05"))
    assert notice.title_derived
    assert classify_kind(notice)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a final list announced with 现予公布, and the result of a selection that has been through its 公示
    ("各地市主管部门：\n经各地推荐、专家评审，确定了2027年度示例省特色产业集群名单，现予公布（详见附件）。", "publicity"),
    ("各有关单位：\n经项目征集、专家论证、社会公示等程序，2027年示例省联合攻关项目12个，安排经费900万元，详见附件。",
     "publicity"),
    # a formal review's outcome, even when those who failed may ask for a second review by a date
    ("各申报单位：\n省科技厅对2027年度示例专项申请项目进行了形式审查，经审查，共有30项不合格，"
     "如有异议可于2027年2月1日前提出复审申请，逾期不予受理。", "publicity"),
    # a regulation published with 现予公布 takes effect; it lists nobody
    ("示例省人民代表大会常务委员会公告\n《示例省科技创新促进条例》已经审议通过，现予公布，自2027年3月1日起施行。", "policy"),
    # a call whose flattened page runs its first heading into its first item
    ("一、申报条件和要求(一)项目申报单位应符合以下条件1.在本市注册的高等院校、科研院所。二、推荐程序(一)由主管部门推荐。",
     "call"),
])
def test_seventh_round_untitled_texts(text, expected):
    notice = build_notice(RawRecord(title="", content=text, published="2027-01-05"))
    assert classify_kind(notice)[0] == expected


@pytest.mark.parametrize("title, text, expected", [
    # a title naming a recognition is a call when the body asks for the candidates' materials by a date…
    ("关于认定2027年第一批示例市级众创空间的通知",
     "各区县科技主管部门：\n我局将开展2027年第一批市级众创空间认定工作。请对辖区内众创空间择优推荐，"
     "于2027年6月30日前将申报材料报市科技局。", "call"),
    # …and stays the announced result when it names those recognised
    ("关于认定2027年第一批示例市级众创空间的通知",
     "各区县科技主管部门：\n经专家评审，认定示例创客空间等12家单位为2027年第一批市级众创空间。", "publicity"),
    # …or asks the recognised for their yearly reports
    ("关于认定2027年度示例市级众创空间的通知",
     "各有关单位：\n经审核，示例创客空间符合条件，予以认定。请各众创空间于2028年3月31日前将年度运行报告报送市科技局。",
     "publicity"),
    # a rule made for a filing the issuer plans is a policy
    ("关于印发《示例市技术转移机构备案管理办法》的通知",
     "各有关单位：\n为规范管理，拟开展技术转移机构备案工作，特制定本办法，现印发给你们，请遵照执行。", "policy"),
])
def test_ninth_round_recognition_titles(title, text, expected):
    assert _kind(title, text) == expected


def test_an_untitled_notice_announcing_its_own_filing_round_is_a_call():
    text = ("各区县科技局：\n为促进成果转化，经研究，决定开展2027年度市级科技中介机构备案工作。现就有关事项通知如下：\n"
            "一、备案范围\n在市内注册的科技中介机构。")
    notice = build_notice(RawRecord(title="", content=text, published="2027-03-01"))
    assert classify_kind(notice)[0] == "call"


@pytest.mark.parametrize("title, text, expected", [
    # results published with 发布 are announced, not a policy
    ("示例省科学技术厅关于发布2027年度省级科技创新平台认定和评估结果的通知",
     "各设区市科技局：\n经专家论证，现将结果予以发布。\n附件：认定名单", "publicity"),
    # a relay whose body asks for the recommendations by a date, handed in with a bare 报
    ("示例市科学技术局关于转发《省科技厅关于转发<某专项申报指南>的通知》的通知",
     "各县（市、区）科技管理部门：\n请按照通知要求组织项目申报，于2027年5月22日前将推荐函报市科技局。", "call"),
])
def test_tenth_round_titles(title, text, expected):
    assert _kind(title, text) == expected


def test_a_draft_put_up_for_publicity_is_a_policy():
    text = "现将《某市数字经济发展规划（2027-2030）（征求意见稿）》予以公示，公示时间2027年6月11日至6月17日。"
    assert classify_kind(Notice(title="关于《某市数字经济发展规划（2027-2030）（征求意见稿）》的公示", text=text))[0] == "policy"
    # a list put up for publicity stays publicity, a draft list too
    assert classify_kind(Notice(title="关于《某市数字经济示范企业名单》的公示", text=text))[0] == "publicity"
    assert classify_kind(Notice(title="关于《某市专精特新中小企业拟认定名单（征求意见稿）》的公示", text=text))[0] == "publicity"
    # the draft's label after its name, comments asked for, the closing date in brackets (r42_20, 中山)
    title = "关于公开征求《某市市级农业公园认定标准(试行)》(征求意见稿)意见的公示(截止日期:2027年6月6日)"
    assert classify_kind(Notice(title=title, text=text))[0] == "policy"


@pytest.mark.parametrize("title", ["关于召开2027年度某工程项目责任签约会的通知", "关于召开全市科技成果转化工作推进会的通知"])
def test_a_notice_convening_a_meeting_is_an_event(title):
    text = "请各有关单位于2027年11月2日前将会议回执发至联系人邮箱。"
    assert classify_kind(Notice(title=title, text=text))[0] == "event"


@pytest.mark.parametrize("title", ["某省发布《某省创新型省份建设实施方案》", "某经开区“黄金10条”扶持产业"])
def test_a_report_of_a_press_conference_presenting_measures_is_an_interpretation(title):
    text = ("3月24日，某省新闻办公室联合某省科学技术厅召开新闻发布会，介绍《实施方案》有关情况。\n"
            "《实施方案》全文共三部分，明确了六大重点任务。到2027年，高新技术产业产值力争达到8000亿元。")
    assert classify_kind(Notice(title=title, text=text))[0] == "interpretation"


def test_a_policy_text_that_mentions_no_press_conference_stays_a_policy():
    text = "第一条 为推动创新型省份建设，制定本方案。\n第二条 本方案适用于全省。"
    assert classify_kind(Notice(title="某省发布《某省创新型省份建设实施方案》", text=text))[0] == "policy"


@pytest.mark.parametrize("title", ["关于开展2027年“政府开放日”活动的公告", "市科技局开展“科技创新你我同行”政府开放日活动"])
def test_an_open_day_is_an_event(title):
    text = "欢迎企业代表报名参加，请于2027年11月14日18:00前扫码报名。"
    assert classify_kind(Notice(title=title, text=text))[0] == "event"


@pytest.mark.parametrize("title, expected", [
    # news reports of a meeting, an activity or a visit are events
    ("省科技厅和某州政府2027年厅州会商会议在某州举行", "event"),
    ("2027年“专家科技下乡”活动在某市启动", "event"),
    ("某区多种形式开展“4·26”知识产权宣传周活动", "event"),  # r42_24; r42_23's open day likewise
    # "融合集群" is no roundup (合集) (r44_04)
    ("市工信局举行“353”战略性新兴产业融合集群（院校专场）宣贯推介会", "event"),
    ("我市开展2027年度高新技术企业认定申报工作", "call"),  # a round of applications is no activity held
    ("我州召开工业经济及产业链工作推进会", "event"),
    ("某省科技厅厅长到某州调研科技创新工作", "event"),
    # news reports of a result are publicity
    ("喜报！某高新区新增3家高新技术企业", "publicity"),
    ("我州5户企业进入2027年省级企业技术中心认定专家评审", "publicity"),
    ("某州获准设立6个省级专家基层科研工作站", "publicity"),
    # …and of a selection or a filing completed, or of a place listed
    ("某州完成2027年度科技型企业成长梯队遴选工作", "publicity"),
    ("某市科技局完成二十家科技创新平台备案工作", "publicity"),
    # a call stays a call
    ("关于组织申报2027年度省级企业技术中心认定的通知", "call"),
])
def test_news_reports_of_meetings_and_results(title, expected):
    text = "本报讯 日前，有关工作顺利开展，取得良好成效。"
    assert classify_kind(Notice(title=title, text=text))[0] == expected


@pytest.mark.parametrize("title", [
    "关于组织2027年度上榜企业申报奖励资金的通知",
    "关于做好2027年度完成认定的企业技术中心备案工作的通知",
    "2027年度优秀科普作品征集活动启动",
    "关于申报2027年度党员干部到基层调研课题的通知",
    "关于申报2027年度获批建设国家级创新平台奖励资金的通知",
    "关于组织开展2027年度新增10家以上专精特新企业的县区奖励兑现工作的通知",
    "关于征集2027年度科技馆开放日活动承办单位的通知",
])
def test_calls_whose_titles_read_like_news_stay_calls(title):
    assert classify_kind(Notice(title=title, text="请于2027年10月31日前报送申报材料。"))[0] == "call"


@pytest.mark.parametrize("title, text, expected", [
    ("某市支持企业新增100家规上工业企业的若干措施", "第一条 为支持企业发展，制定本措施。", "policy"),
    ("关于印发2027年某市政务公开工作要点的通知", "各部门要定期召开新闻发布会，解读政策。", "policy"),
    ("某市促进产业发展若干措施", "第一条 为促进产业发展，制定本措施。\n市政府新闻办将召开新闻发布会进行解读。", "policy"),
])
def test_policies_that_mention_press_conferences_or_targets_stay_policies(title, text, expected):
    assert classify_kind(Notice(title=title, text=text))[0] == expected


@pytest.mark.parametrize("text", [
    "2027年3月5日，市工信局召开专精特新企业培育业务培训会。\n会上，有关负责同志讲解了申报条件和申报流程。",
    "近日，某州科技局组织召开2027年度州级科技计划项目专家评审会，共评审项目120项。",
    "各县区科技管理人员参加了培训学习。培训会上，讲师对高新技术企业认定条件作了讲解。",
    # an activity held that day, as with a meeting (r44_22)
    "1月28日上午，市委、市政府举行全市重点产业项目集中开工活动，共计集中开工重点产业项目116个。",
    "近日，市科技局举办了2027年科技活动周启动仪式暨科普进社区活动，200余名市民参加。",
])
def test_an_untitled_report_of_a_meeting_or_activity_held_is_an_event(text):
    assert classify_kind(Notice(title="", text=text))[0] == "event"


def test_an_untitled_report_of_firms_selected_is_publicity():
    text = "近日，某市科技局积极组织企业申报省级重点专项。根据省科技厅公示结果，某市12家企业被列为该专项推荐名单。"
    assert classify_kind(Notice(title="", text=text))[0] == "publicity"


@pytest.mark.parametrize("text", [
    # a call counting past winners in its background, or meeting at a press conference, is not a report
    "去年我市已有15家企业被认定为专精特新企业。现将2027年申报工作通知如下：请于2027年5月10日前提交申报材料。",
    "2027年3月5日，某省新闻办召开新闻发布会，介绍《某省促进科技成果转化若干措施》。发布会上，有关负责人答记者问。",
])
def test_calls_and_press_conferences_are_not_reports_of_events_or_results(text):
    assert classify_kind(Notice(title="", text=text))[0] in ("call", "interpretation")


@pytest.mark.parametrize("title, expected", [
    ("某省市场监督管理局关于公布2027年度第1批地方标准制修订项目计划的通知", "publicity"),
    ("关于下达2027年某市社会发展科技重点项目（第二批）的通知", "publicity"),
    ("关于下达2027年度某市科技计划项目申报指南的通知", None),  # a guide to applying lists nothing
])
def test_projects_announced_or_handed_down_are_publicity(title, expected):
    kind = classify_kind(Notice(title=title, text="各有关单位：\n现将有关事项通知如下。"))[0]
    assert kind == expected if expected else kind != "publicity"


@pytest.mark.parametrize("title", ["我区举行2027年高新技术企业申报认定工作培训", "第三批专精特新企业复核工作培训会顺利举行"])
def test_headlines_of_a_meeting_or_training_held_are_events(title):
    text = "本报讯 6月24日，培训在区政务中心举行，200余家企业参加。"
    assert classify_kind(Notice(title=title, text=text))[0] == "event"


def test_a_text_recognising_firms_counted_in_hu_is_publicity():
    text = ("各市（州）工信局：\n经企业自愿申报、市（州）初审推荐、专家评审等程序，我们认定了某某科技有限公司等30户企业为"
            "第七批专精特新中小企业。现就有关事项通知如下。")
    assert classify_kind(Notice(title="", text=text))[0] == "publicity"


@pytest.mark.parametrize("title, expected", [
    ("关于举办2027年某高新区创新大会暨第三届产学研对接交流会的通知", "event"),
    ("关于开展2027年高新技术企业认定把脉辅导活动的通知", "event"),
    ("关于征集2027年产学研对接活动承办单位的通知", "call"),
])
def test_meetings_and_coaching_announced_are_events(title, expected):
    text = "各有关单位：\n现将有关事项通知如下。请于2027年5月20日前报名。"
    assert classify_kind(Notice(title=title, text=text))[0] == expected


@pytest.mark.parametrize("text", [
    "根据《某市企业研发机构管理办法》，我局拟认定2027年度第一批市级企业研发机构36家。\n"
    "单位和个人对公示机构有异议的，请在7个工作日内以书面形式提出。",
    "经专家评审，拟支持以下8个项目。如对以上公示项目持有异议，请实名书面提出。",
])
def test_a_text_asking_for_objections_to_what_it_publishes_is_publicity(text):
    # (a title-less page whose first sentence cites a policy: its objection clause decides)
    assert classify_kind(Notice(title="", text=text))[0] == "publicity"


@pytest.mark.parametrize("title, text, expected", [
    # a heading that is only "关于…的通知", over a body laid out as an application guide (r25)
    ("关于面向企业组织开展2027年度知识产权示范工作的通知",
     "关于面向企业组织开展2027年度知识产权示范工作的通知\n各有关单位：\n一、条件范围\n（一）申报条件\n"
     "1.申报示范企业的，应为本县注册的企业。\n二、联系方式\n县市场监管局：0595-22118711", "call"),
    # …not over a body that only speaks of a contract's 截止日期 (the adjustment of running projects)
    ("某区科技局关于调整部分科技计划项目相关工作安排的通知",
     "某区科技局关于调整部分科技计划项目相关工作安排的通知\n各有关单位：\n一、项目实施周期调整\n"
     "合同截止日期在2027年2月8日以后的项目，执行期自动延长3个月。\n特此通知。", "policy"),
    # forwarding another body's notice: the forwarded title's kind, else a call (26 of 26 in the sets)
    ("关于转发省科技厅《关于开展2027年度科技企业孵化器和众创空间考核评价工作的通知》的通知",
     "关于转发省科技厅《关于开展2027年度科技企业孵化器和众创空间考核评价工作的通知》的通知\n各有关单位：\n"
     "现将省科技厅《通知》转发给你们，请各区认真做好区域内孵化器自查材料的审核、汇总后报送市科技局。", "call"),
    ("关于转发《某省科技企业孵化器管理办法》的通知",
     "关于转发《某省科技企业孵化器管理办法》的通知\n各有关单位：\n现将《办法》转发给你们，请遵照执行。", "policy"),
    ("关于转发省工信厅《关于公布2027年度省级工业设计中心名单的通知》的通知",
     "关于转发省工信厅《关于公布2027年度省级工业设计中心名单的通知》的通知\n各区工信局：\n现转发给你们。", "publicity"),
])
def test_seventeenth_round_plain_and_forwarding_headings(title, text, expected):
    assert _kind(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a body giving the time applications close in so many words (r11, r17, r19)
    ("关于2027年某市科技计划项目申报有关事项的通知",
     "各有关单位：现将有关事项通知如下：一、各地要组织好项目，二、项目申报网上起止时间为2027年2月20日—4月21日，"
     "各县（市、区）科技局报送时间截止2027年4月28日。", "call"),
    ("某区2027年度中小企业发展专项资金有关事项的通知", "本批项目受理时间截止到2027年10月31日，逾期不再受理。", "call"),
    # …not a statistic counted to a date in a plan
    ("某市关于加快科技创新的若干意见", "截止2026年底，全市共有高新技术企业1200家。现提出以下意见。", "policy"),
])
def test_seventeenth_round_closing_times(title, text, expected):
    assert _kind(title, text) == expected


def test_a_policy_issued_with_its_application_guide_is_a_call():
    # guide: a policy that also opens applications is a call (r11: "…若干措施》及申报指南，现印发给你们")
    title = "关于印发2027年某市促进跨境电商发展若干措施的通知"
    text = ("各县（市、区）商务主管部门：\n为促进跨境电商发展，特制定《2027年某市促进跨境电商发展若干措施》及配套申报指南，"
            "现印发给你们，请认真贯彻执行。\n一、鼓励企业开展跨境电商业务……")
    assert _kind(title, text) == "call"
    # …a policy naming a guide it will issue later stays a policy
    later = "各县（市、区）商务主管部门：\n现将《若干措施》印发给你们，请认真贯彻执行。申报指南另行发布。"
    assert _kind(title, later) == "policy"


@pytest.mark.parametrize("title, expected", [
    # what a notice announces by name is publicity (18 such titles in the sets; r28's had no 名单)
    ("关于公布2027年度自治区科普示范基地的通知", "publicity"),
    # …a document it issues is not, named in brackets or not
    ("关于公布《某市科技创新券管理办法》的通知", "policy"),
    ("关于公布2027年度全市科技工作要点的通知", "policy"),
])
def test_a_notice_announcing_what_it_names(title, expected):
    assert _kind(title, f"{title}\n各有关单位：\n现予公布。") == expected


def test_a_policy_issued_with_its_guide_names_the_sentence_that_says_so():
    # the guide's position is found in the body without its cited titles, and the sentence is read there
    title = "关于印发2027年某市促进跨境电商发展若干措施的通知"
    text = ("各县（市、区）商务主管部门：\n根据《某省人民政府办公厅关于加快发展跨境电子商务促进外贸高质量发展的若干意见》精神。"
            "现将措施及申报指南印发给你们。\n一、鼓励企业开展跨境电商业务。")
    kind, evidence = classify_kind(Notice(title=title, raw_title=title, text=text))
    assert kind == "call" and "申报指南" in evidence


@pytest.mark.parametrize("title", ["专访某市市长：多措并举支持民营企业发展", "促进民营经济发展·权威访谈丨某局局长谈惠企政策"])
def test_an_interview_with_an_official_is_an_interpretation(title):
    text = "记者：今年出台了哪些支持政策？\n某市长：我们出台了20条措施，支持企业加大研发投入。"
    assert classify_kind(Notice(title=title, text=text))[0] == "interpretation"


@pytest.mark.parametrize("title, expected", [
    # a title that only forwards a notice is the forwarded notice's kind
    ("转发省科技厅《关于组织推荐2027年度省级科技特派员工作的通知》", "call"),
    ("转发省工信厅《关于2027年度省级专精特新中小企业名单的公示》", "publicity"),
    # "关于申报…的（补充）通知" applies for what it names
    ("某管理局关于申报《某科技城科技创新联合项目》的补充通知", "call"),
    # a headline saying a selection has begun
    ("2027年省级“专精特新”中小企业遴选工作正式开展", "call"),
    # "计划重点专项" is no 划重点 (a key-points explainer)
    ("关于组织申报国家重点研发计划重点专项2027年度项目的通知", "call"),
])
def test_titles_that_forward_apply_or_announce_a_start(title, expected):
    text = "各有关单位：\n现将通知全文予以转发，请认真贯彻落实。"  # (a body that alone reads as a policy)
    assert classify_kind(Notice(title=title, text=text))[0] == expected


def test_a_forwarded_policy_is_read_from_the_body():
    text = "各有关单位：\n请认真贯彻执行。\n第一条 为规范管理，制定本办法。"
    assert classify_kind(Notice(title="转发省科技厅《某省科技计划项目管理办法》", text=text))[0] == "policy"


def test_a_decision_recognising_counted_entities_is_publicity():
    text = ("某某市发展改革委：\n为推进大众创业万众创新，经研究决定认定2027年自治区双创示范基地6个，现就有关事项通知如下：\n"
            "一、2027年自治区双创示范基地名单\n区域类示范基地（2个）：某某工业园区、某某科技园\n二、有关要求\n"
            "各示范基地要切实担负起主体责任。")
    assert classify_kind(Notice(title="", text=text, title_derived=True))[0] == "publicity"
    # a decision to recognise a batch, counted nowhere, opens a call
    call = ("各有关单位：\n省工信厅决定认定一批专精特新中小企业，现将有关事项通知如下：\n一、申报条件\n"
            "请于2027年5月10日前提交申报材料。")
    assert classify_kind(Notice(title="", text=call, title_derived=True))[0] == "call"


@pytest.mark.parametrize("title, expected", [
    # a title selecting or collecting by its own verb is a call, whatever it collects is named
    ("关于公开遴选某区现代农业产业园第三批项目实施主体和入库项目的通知", "call"),
    ("关于征集2027年度科技需求和入库项目的通知", "call"),
])
def test_a_title_selecting_by_its_own_verb(title, expected):
    assert classify_kind(Notice(title=title, text="各有关单位：\n现将有关事项通知如下。"))[0] == expected


def test_a_title_naming_a_selections_result_is_no_call():
    notice = Notice(title="关于公开遴选2027年度项目实施主体结果的通知", text="各有关单位：\n现将有关事项通知如下。")
    assert classify_kind(notice)[0] != "call"


@pytest.mark.parametrize("text", [
    "一、组织测评\n（一）条件范围\n1. 申报条件。申报优势企业的，应为区域内知识产权优势突出的企业。\n2. 复核范围。已认定的企业均须参加复核。",
    "一、征集项目\n本次活动征集年度人物和年度作品。\n（一）申报程序。由各位老师自主申报，学院组织论证后上报学校。",
])
def test_an_application_heading_closed_by_a_full_stop_or_numbered_in_arabic(text):
    title = "某局关于面向企业开展2027年度知识产权示范工作的通知"
    assert classify_kind(Notice(title=title, text=text))[0] == "call"


@pytest.mark.parametrize("text, expected", [
    # a press conference held ("举行" as much as "召开") is reported for what it explained
    ("近日，国务院新闻办举行新闻发布会，某部中小企业司负责人介绍支持中小企业发展等方面情况。\n今年将继续开展专项行动。",
     "interpretation"),
    # one announced for a date is an event to follow
    ("某省委宣传部、某省政府新闻办定于2027年10月13日（星期三）上午10:00举行“科技强省”系列新闻发布会第五场，"
     "邀请省科技厅负责同志介绍情况，并回答记者提问。", "event"),
    # a list sent down with work requirements is the list's publicity
    ("各市、县人力资源和社会保障局：\n经各地申报和自治区甄选，确定了20个创建创业孵化基地试点市县，现将名单印发你们，"
     "并就开展试点工作提出以下要求：\n一、要充分认识创建工作的重要性。", "publicity"),
])
def test_press_conferences_held_or_announced_and_a_list_sent_down(text, expected):
    assert classify_kind(Notice(title="", text=text, title_derived=True))[0] == expected


def test_a_press_conference_announced_in_its_title_is_an_event():
    # r44_18: "…新闻发布会预告" over "定于6月8日…召开新闻发布会" (the body rule of r32_20)
    text = "各新闻单位：\n市政府新闻办公室定于6月8日（星期一）上午9点30分，在市政府新闻发布厅召开新闻发布会。\n欢迎记者参加。"
    assert classify_kind(Notice(title="2027年6月8日市政府新闻发布会预告", text=text))[0] == "event"


@pytest.mark.parametrize("title, text, expected", [
    # an event reported with its name first: held somewhere, or announced to come
    ("助力企业创新发展", "本报讯 11月3日至4日，第六届长三角科技成果交易博览会（简称科博会）在合肥顺利举办。来自…",
     "event"),
    ("", "“政策进企业”专场宣讲活动在县行政中心顺利举行，县发改委有关负责同志出席。", "event"),
    # (one still to come is announced ahead, an event too since round 40: "…将在贵阳举办")
    ("", "第二届数字经济论坛将在贵阳举办，届时将发布…", "event"),
    # …and a press conference held so is an interpretation
    ("", "当日，2026年某省“两会”新闻发布会（第2场）在省会举行，主题为解读省政府工作报告。", "interpretation"),
    # not a policy recalling a meeting, an event still to come, or a contest inviting entries
    ("", "为贯彻落实全省民营经济发展大会精神（大会在郑州召开，省委书记出席），制定本办法。\n第一条 …", "policy"),
    ("", "本次新闻发布会在市政府新闻发布厅举行，欢迎记者参加。时间：6月8日上午9:30。", "policy"),
    ("", "第二届“智造杯”工业设计大赛在市工业设计中心举办，欢迎全市企业踊跃参赛，报名方式见附件。", "policy"),
    ("", "第二十届中小企业博览会在广州成功举办，现面向全省企业招募参展商。", "policy"),
    # a recognition with its year first is a list announced…
    ("关于2026年认定市级科技企业孵化器的通知", "", "publicity"),
    ("关于2026年认定市级科技企业孵化器的通知", "现认定某某孵化器等5家单位为市级科技企业孵化器。", "publicity"),
    # …not those recognised then, nor a call to apply
    ("关于2023年认定的专精特新中小企业进行复核的通知", "请相关企业于5月31日前提交复核材料。", "call"),
    ("关于2024年认定的高新技术企业享受税收优惠有关事项的通知", "", "policy"),
    # an explainer without its title opens with why the policy was made
    ("", "一、起草背景\n为进一步支持中小企业发展，市政府印发了《关于支持中小企业发展的若干措施》。\n二、主要内容\n"
         "《若干措施》共十条，一是……", "interpretation"),
    ("", "（一）背景和依据\n根据《某省促进民营经济发展条例》，制定本措施。\n（二）主要内容\n本措施共五条……", "interpretation"),
    # a plan's own background section opens a policy
    ("", "一、发展背景\n“十四五”时期，我市工业经济稳步增长。\n二、总体要求\n（一）指导思想……", "policy"),
    # an event opened somewhere, reported that day
    ("", "9月20日上午，2026中国数字经济博览会在某市开幕。市长出席开幕式并致辞。", "event"),
])
def test_reports_written_the_other_way_round_explainers_and_recognitions(title, text, expected):
    assert _kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an untitled page flattened to one line: its matters open with who may apply, so it is a call
    ("各区县科技局：为推动全市科技服务业发展，我局将在全市开展2027年度市级科技服务示范机构评定工作，现将有关事项通知如下："
     "一、申报对象在本市注册满一年的科技服务机构，二、申报材料申请表及佐证材料一式两份，三、联系方式联系人：张三", "call"),
    ("各有关单位：现就2027年度某县众创空间备案工作有关事宜通知如下：一、申请条件具有独立法人资格，二、工作要求请认真组织。",
     "call"),
    # matters that open with anything else leave the default
    ("各有关单位：为推动全市科技服务业发展，现将有关事项通知如下：一、总体要求坚持创新驱动，二、重点任务培育服务机构。",
     "policy"),
    # …unless the body is laid out as an application guide further on (r64_13): "三、征集对象"
    ("各区科技主管部门，各服务机构：为提升示例服务能力，现征集一批专业服务机构，有关事项通知如下：\n一、征集目的\n"
     "支持优质服务机构做强做大。\n二、征集类别\n分为两类。\n三、征集对象\n在本市依法经营的专业服务机构。", "call"),
    # a selection, a review and a renaming announced together ("现就组织开展…工作", r63_01, r64_03, r64_08)
    ("各市州经信局：为夯实示例企业培育基础，现就组织开展2027年某省专精特新中小企业认定、复核及更名相关工作通知如下："
     "一、范围与要求，二、工作程序。", "call"),
    ("各市工业和信息化局：为促进中小企业发展，现组织开展2027年度某区级特色产业集群推荐和2024年度国家级特色产业集群"
     "复核工作。有关事项通知如下：一、推荐工作，二、复核工作。", "call"),
    # a programme named at length before its 申报工作 (r67_10)
    ("各开发区产发局，各镇（街道）经发局，各相关企业：根据有关政策意见，现组织开展2027年度促进某区工业经济高质量发展、"
     "加快某区机器人与智能制造产业提升发展暨推进制造业智能化改造和数字化转型及加快生物医药产业提升发展专项资金"
     "（以下简称“专项资金”）项目（第一批）申报工作，并就相关事项通知如下：一、支持重点", "call"),
    # a relay naming the call it passes on as its basis (r63_05, r71_06, r71_09), with no date of its own
    ("各县级市（区）工信主管部门：根据省工信厅《关于开展2027年度省级中小企业公共服务示范平台认定推荐工作的通知》"
     "要求，为中小企业提供服务的独立法人均可申报，省级示范平台申报实行纸质材料和网上同时申报。", "call"),
    # …not a policy made on the basis of a call
    ("各有关单位：根据《某市人民政府关于印发某市促进科技创新若干政策的通知》要求，现就加强科技管理提出如下意见："
     "一、总体要求，二、主要任务。", "policy"),
    # questions answered on a page flattened with ASCII colons (r70_01): an explainer, as with full-width ones
    ("各有关单位：1、问:向哪些部门申报该项措施资金资助,答:由区工业和信息化局负责实施,2、问:申请补贴是否受注册地"
     "限制,答:本措施适用于在本区开展实际经营活动的企事业单位。", "interpretation"),
])
def test_untitled_matters_opening_with_who_may_apply(text, expected):
    notice = Notice(title=text.split("：")[1][:40], title_derived=True, text=text)
    assert classify_kind(notice)[0] == expected


@pytest.mark.parametrize("title, text, expected", [
    # a press report of a policy just issued explains it: a byline, a dateline or 本报讯, and the issue
    ("某省出台十条措施支持专精特新企业发展",
     "某日报讯（记者 王某）近日，某省工业和信息化厅、财政厅联合印发《支持专精特新企业高质量发展的若干措施》，"
     "从研发、融资、人才等方面提出十条举措。", "interpretation"),
    ("", "新华网杭州3月2日电 日前，某市出台惠企政策，对新认定的高新技术企业给予一次性奖励。\n该市科技局有关负责人表示……",
     "interpretation"),
    # (r57_19: a by-line under the headline)
    ("【政策速递】某省：10条举措支持中小企业发展",
     "2027年03月02日 来源:某某日报 作者:记者 王某\n3月1日,某省政府办公厅印发的《关于支持中小企业发展的若干措施》正式施行。",
     "interpretation"),
    ("某市中小企业数字化转型补贴最高100万元",
     "本报讯 记者从市工信局获悉，《某市中小企业数字化转型专项资金管理办法》已于近日正式印发，符合条件的企业可获补贴。",
     "interpretation"),
    # not without a reporter (a bureau's own notice of its policy), nor a reported call that asks for applications
    ("", "近日，市科技局印发《某市科技创新券管理办法》，现将有关事项说明如下：\n第一条 为规范管理……", "policy"),
    ("", "本报讯（记者 李某）近日，省科技厅印发通知，启动2027年度高新技术企业认定工作，企业须于6月30日前提交申报材料。",
     "call"),
    # nor a reporter's account of a policy long in force (a news report, so an event since round 36: of the labelled
    # news reports the other rules left a policy, none is one)
    ("", "本报讯（记者 王某）2019年以来，某市累计兑现惠企政策资金12亿元，惠及企业3000余家。", "event"),
])
def test_a_press_report_of_a_policy_just_issued_is_an_interpretation(title, text, expected):
    assert _kind(title, text) == expected


@pytest.mark.parametrize("text", [
    # a collection's window under its own heading, however it opens (r43_05; r44_01 and r45_08 are calls too)
    "为编制好全市“十五五”工业发展规划，现面向社会公开征集意见建议。\n一、征集时间\n\n自发布之日起至2027年5月20日\n二、征集内容\n……",
    "现开展2027年度优秀科技成果案例征集活动。征集时间：2027年3月1日—3月31日。",
])
def test_a_collection_window_opens_a_call(text):
    assert classify_kind(Notice(title="", text=text, title_derived=True))[0] == "call"


@pytest.mark.parametrize("title, expected", [
    # a cultivation a bureau organises is a call to apply for it (r45_06; r42_11 and r48_01 are calls too)
    ("关于组织开展2027年度某市专精特新中小企业培育工作的通知", "call"),
    ("关于做好2027年度某省创新型中小企业培育工作的通知", "call"),
    # not a policy on strengthening cultivation
    ("关于加强科技型企业培育工作的指导意见", "policy"),
])
def test_a_cultivation_organised_is_a_call(title, expected):
    assert _kind(title) == expected
