"""Round 38 of the blind-set method: who may apply, where a call's title names it and its body does not.

Calls whose applicants were found nowhere were offered to every profile ("open to all"): of the tuning sets'
false match offers, most came from such calls. The rules below read the applicant from what the title applies
for, each shown by two or more independent labelled texts and tested on phrasings written for these tests (the
sets' own texts stay outside the project). The round's kind rules follow. Each table row is one case; its id says
which rule it pins or guards. A row without a title is a record without one (the body decides)."""
import pytest

from round_helpers import deadline_dates, kind, record_kind, region_names, subjects

BODY = "各有关单位：\n现将有关事项通知如下：\n一、申报材料\n请按要求报送。"

# (title, body, the tag that must be found, or the tag that must not)
FOUND = [
    # science and technology envoys selected or sent (r162_05, r162_06, r162_07, r191_13, r191_17: all tag 人才)
    pytest.param("某市科学技术局关于开展2025年科技特派员选派工作的通知", BODY, "人才", id="envoys-selected"),
    pytest.param("某市科技局关于做好2025年度科技特派员（工业）选派工作的通知", BODY, "人才", id="envoys-of-a-field"),
    pytest.param("关于组织申报2025年度某市科技特派团的通知", BODY, "人才", id="envoy-teams"),
    pytest.param("关于征集驻镇帮镇扶村农村科技特派员的通知", BODY, "人才", id="envoys-collected"),
    # an entrepreneurs' contest (r173_10, r176_17, r174_19, r178_05: all tag 人才)
    pytest.param("第五届某市青年创新创业大赛开始报名", BODY, "人才", id="youth-contest"),
    pytest.param("2025年某省星火项目创业大赛即将开赛", BODY, "人才", id="entrepreneurs-contest"),
    pytest.param("关于举办第五届“中国创翼”创业创新大赛某市选拔赛的通知", BODY, "人才", id="contest-of-the-hr-bureaus"),
    # a park, a town or a sports-industry base applied for (r191_14, r146_08, r156_09, r152_06; r161_09, r161_10)
    pytest.param("关于组织开展国家级零碳园区建设申报工作的通知", BODY, "政府园区", id="park-built"),
    pytest.param("关于申报2025年度市级产业主题园区的通知", BODY, "政府园区", id="park-applied-for"),
    pytest.param("某县人民政府关于上报县级专业镇申报工作的通知", BODY, "政府园区", id="town-applied-for"),
    pytest.param("关于申报2025年农业产业强镇建设项目的通知", BODY, "政府园区", id="town-built"),
    pytest.param("某市体育局关于开展2025年体育产业基地申报工作的通知", BODY, "政府园区", id="sports-industry-base"),
    # the review's phrasings: envoys' service teams, a town's building project applied for
    pytest.param("某省科学技术厅关于推荐2025年度省级科技特派员服务团的通知", BODY, "人才", id="envoys-service-teams"),
    pytest.param("关于开展2025年农业产业强镇建设项目申报工作的通知", BODY, "政府园区", id="town-building-project-applied-for"),
]

NOT_FOUND = [
    # an envoy's station, carrier or start-up project is not the envoy (r162_04, r186_10, r132_01)
    pytest.param("关于开展某市科技特派员工作站认定申报工作的通知", BODY, "人才", id="envoys-station"),
    pytest.param("关于组织申报2025年某市科技特派员创业项目的通知", BODY, "人才", id="envoys-start-up-project"),
    # the firms' contest (r133_08, r138_13, r161_03, r190_14 tag 企业)
    pytest.param("关于举办第十四届中国创新创业大赛（某赛区）的通知", BODY, "人才", id="firms-contest"),
    # a park named as a place, a park's development policy, a farm park that firms build (r169_01, r173_01)
    pytest.param("关于某工业园区2025年高新技术企业申报的通知", BODY, "政府园区", id="park-as-a-place"),
    pytest.param("关于印发《工业园区高质量发展指引》的通知", BODY, "政府园区", id="park-development-policy"),
    pytest.param("关于印发《某市2025年现代农业产业园区建设项目申报指南》的通知", BODY, "政府园区", id="farm-park"),
    # the review's near-misses: a park recognising others, firms' contests worded with 创业
    pytest.param("关于开展2025年度苏州工业园区认定企业技术中心申报工作的通知", BODY, "政府园区", id="park-recognising-others"),
    pytest.param("关于第十二届某省科技创业大赛获奖企业名单的公示", "拟确定某某科技有限公司等30家企业为获奖企业，现予以公示。",
                 "人才", id="firms-contest-worded-with-science"),
    pytest.param("关于举办第三届某市初创企业创业大赛的通知", BODY, "人才", id="start-up-firms-contest"),
]


@pytest.mark.parametrize("title, text, tag", FOUND)
def test_the_applicant_a_title_applies_for(title, text, tag):
    assert tag in subjects(title, text)


@pytest.mark.parametrize("title, text, tag", NOT_FOUND)
def test_what_the_rules_must_not_read_as_an_applicant(title, text, tag):
    assert tag not in subjects(title, text)


# (title, text, the kind it is)
KIND_CASES = [
    # a report closing on its next step is an event, not the policy its words name (r197_19, r200_09; none of the 14
    # labelled texts saying "下一步，" is a policy)
    pytest.param("", "为培养一批青年专业技术人才，2025年3月—6月，我局组织开展了年度“某区工匠”推荐选拔工作。经专家评审，"
                     "产生拟推荐人选5人。\n下一步，区人社局将会同区委组织部印发入选名单，落实入选者有关支持政策。", "event",
                 id="work-report-next-step"),
    pytest.param("某区：“专精特新”专场培训助力企业发展", "为贯彻落实《某市培育“专精特新”中小企业行动计划》，6月13日下午，"
                 "某镇组织开展“专精特新”申报专题讲座，40家企业代表参加。\n下一步，某镇将持续打造一批专精特新企业。", "event",
                 id="lecture-report-next-step"),
    # (read at the end of a long report too, past the opening the body rules read)
    pytest.param("", "今年以来，某区坚持工业立区，全力推动项目建设。\n" + "全区规上工业增加值同比增长5.2%，新开工项目12个。\n" * 250
                 + "下一步，某区将持续优化营商环境，推动项目早投产、早见效。", "event", id="long-report-next-step"),
    # …but a policy made by the text stays one, and so does a policy's own title
    pytest.param("", "为推动制造业高质量发展，特制定本行动计划。一、主要目标 到2027年，培育专精特新企业500家。"
                     "下一步，各部门要加强协同。", "policy", id="policy-made-with-a-next-step"),
    pytest.param("某市关于推动制造业高质量发展的若干政策", "第一条 对首次认定的高新技术企业给予奖励。\n下一步，各部门要抓好落实。",
                 "policy", id="policy-title-with-a-next-step"),
    # a report closing on its reporters' names in brackets is an event (r195_20, r196_18; none of the 12 labelled texts
    # so closing is a policy)
    pytest.param("某市创业创新大赛海选结束", "5月29日至31日，由某市人社局等5部门主办的创业创新大赛某市赛区竞赛举行，"
                 "最终选拔出93个项目进入复赛。\n期待选手们在复赛上尽情展示。(王某某)", "event", id="reporter-at-the-close"),
    pytest.param("", "初冬时节，某市高新区一家新材料企业的生产车间内，自动化生产线平稳运转。\n2025年，某市全力推动项目建设，"
                     "投资完成率达95.9%。（张某某 李某）", "event", id="reporters-at-the-close"),
    # …not a place or a batch in brackets, nor a policy made by the text
    pytest.param("某市关于推动制造业高质量发展的若干政策", "第一条 对首次认定的高新技术企业给予奖励。\n第二条 本政策由市工信局"
                 "负责解释。（某某市）", "policy", id="place-at-the-close"),
    pytest.param("", "为推动制造业高质量发展，特制定本行动计划。一、主要目标 到2027年，培育专精特新企业500家。（王某某）",
                 "policy", id="policy-made-with-a-name-at-the-close"),
    # projects or reports sent up, headed so (r162_11, r182_14; all 6 labelled titles so opening are calls)
    pytest.param("关于组织上报2025年度某市工业投资（技术改造）项目的通知", "各街道、各企业：\n根据《某市工业投资项目管理办法》"
                 "等文件精神，现就有关事项通知如下。", "call", id="projects-sent-up"),
    pytest.param("关于推荐上报2025年度第二批创新型中小企业的公示", "经企业自评、区县审核，现将推荐名单予以公示。", "publicity",
                 id="recommended-list-stays-a-list"),
    # …nor in a notice setting out its matters, nor for an editor's name or a note in brackets (the review's phrasings)
    pytest.param("", "各镇人民政府，县政府各部门：\n经县政府同意，现就做好2025年度安全生产大排查工作通知如下：\n一、排查范围"
                     "\n二、工作要求：各地要压实责任。\n下一步，县政府将对各地落实情况开展专项督查。", "policy",
                 id="notice-with-a-next-step"),
    pytest.param("某省政府办公厅印发《关于进一步优化营商环境的实施意见》", "各市人民政府：\n经省政府同意，现就进一步优化营商环境"
                 "有关事项明确如下：\n一、全面实施市场准入负面清单管理。\n某省人民政府办公厅\n2025年6月18日\n（编辑 李某）",
                 "policy", id="policy-reposted-with-its-editor"),
    pytest.param("", "第三条 专项资金重点支持中小企业公共服务体系建设。\n第四条 专项资金采取无偿资助、贷款贴息等方式安排。\n（节选）",
                 "policy", id="articles-excerpted"),
    pytest.param("", "各区县人民政府：\n经市政府同意，现就支持个体工商户发展有关事项明确如下：\n一、对首次转型为企业的个体工商户，"
                     "给予一次性奖励5000元。\n二、本措施自印发之日起施行。\n（附件略）", "policy", id="measures-attachment-left-out"),
    # a prize's nomination organised in the title (r195_03, r195_14; all 7 labelled titles naming 提名工作 are calls)
    pytest.param("关于开展2025年度某省科学技术奖提名工作的通知", "各有关单位：\n现将开展有关工作事项通知如下。\n一、提名奖种",
                 "call", id="prize-nomination-organised"),
    pytest.param("关于做好2025年度省科学技术奖提名工作的通知", "各有关单位：\n现将有关事项通知如下。", "call",
                 id="prize-nomination-done"),
    pytest.param("关于2025年度某省科学技术奖拟提名项目的公示", "经形式审查和专家评审，现将拟提名项目予以公示。", "publicity",
                 id="nominations-proposed-stay-a-list"),
]


@pytest.mark.parametrize("title, text, expected", KIND_CASES)
def test_kind(title, text, expected):
    assert record_kind(title, text) == expected


def test_a_nomination_reported_done_is_no_call():
    # the review's phrasing: a title naming 提名工作 without organising it
    assert kind("2025年度省科学技术奖提名工作顺利完成", "近日，我市2025年度省科学技术奖提名工作顺利完成，择优向省科技厅"
                "提名项目36项。") != "call"


NOMINATION_TITLE = "关于推荐2025年度“最美科技工作者”的通知"


@pytest.mark.parametrize("text, expected", [
    # a date opening its line, then the bodies that hand papers in, the last of them named with the act (r195_09,
    # r140_11; guide: local review and recommendation deadlines are deadlines)
    pytest.param("各设区市推荐候选人2名。\n5月20日前，各设区市科协，各省级学会将推荐材料报送省科协办公室。", ["2025-05-20"],
                 id="bodies-then-hand-in"),
    pytest.param("各设区市推荐候选人2名。\n5月20日前，各设区市科协将推荐材料报送省科协办公室。", ["2025-05-20"],
                 id="one-body-then-hand-in"),
    # …also where a page lost characters to question marks ("高??科协"), which end no sentence
    pytest.param("各设区市推荐候选人2名。\n5月20日前,各设区市科协,各省级学会、高??科协将推荐材料报送省科协办公室。",
                 ["2025-05-20"], id="lost-characters"),
    # …not a reference point, what was handed in already
    pytest.param("2025年10月1日之前，各专利代理机构已经提交的预审案件，继续享受预审服务。", [], id="handed-in-already"),
])
def test_a_date_opening_the_bodies_that_hand_papers_in(text, expected):
    assert deadline_dates(NOMINATION_TITLE, text, "2025-05-10") == expected


REPORT = "近日，第七届拔尖人才推荐工作启动，推荐对象为各行业各领域的专业技术人才。"


@pytest.mark.parametrize("account, expected", [
    # a local news outlet's place, where the report names none of its own (r203_04, r176_04, r176_05, r167_20,
    # r202_10: each labelled with the outlet's place)
    pytest.param("南阳日报", ["南阳市"], id="city-daily"),
    pytest.param("苍南县新闻网", ["苍南县"], id="county-news-site"),
    pytest.param("大渡口新闻网", ["大渡口区"], id="district-by-its-short-name"),
    # …not a national outlet named after its topic or audience, nor a short name several places share
    pytest.param("中国西藏网", [], id="national-outlet"),
    pytest.param("科技日报", [], id="national-daily"),
    pytest.param("鼓楼新闻网", [], id="short-name-of-several-districts"),
])
def test_a_local_outlet_places_a_report_that_names_no_place(account, expected):
    assert region_names("拔尖人才推荐工作启动", REPORT, account=account) == expected


def test_a_place_the_report_names_outweighs_its_outlet():
    assert region_names("郑州市拔尖人才推荐工作启动", REPORT, account="南阳日报") == ["郑州市"]
