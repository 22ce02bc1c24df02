"""Cases a reviewer of round 27 (fourteenth session) found by running its first versions: policies,
reports and work summaries read as calls by the widened selection and 申报工作 cues; drafts for comment
read as calls; a prefecture's notice placed in the county-level city it names, and a county-level
city's notice placed in the prefecture it cites; a headline dropped as an addressee line; a "?" opening
a text kept as its title; a street address with a section before its number read as a scope; an
autonomous region's own 小巨人 tier opened to 专精特新 firms; zones named by their bounds in other words
read as applicants; and the county-level city check re-reading a text for every level word. Each was
wrong at the commit before these fixes. A second reviewer then checked the rules added after them: a
relay read before the meeting, result, rule or answers it goes on to; whole years dropped where a text
names them as its window; a selection's bare second step; one addressee alone on its line; a national
review beside a provincial tier."""
import pytest

from pipeline.extract.kind import classify_kind
from pipeline.extract.regions import extract_regions
from pipeline.extract.subjects import extract_subjects
from pipeline.normalize import derive_title
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice


def _kind(title: str, text: str = "") -> str | None:
    return classify_kind(Notice(title=title, raw_title=title, text=text, title_derived=not title))[0]


def _tags(title: str, text: str, kind: str = "call") -> set[str]:
    return {s.name for s in extract_subjects(Notice(title=title, text=text, kind=kind))}


def _regions(title: str, text: str) -> list[str]:
    notice = build_notice(RawRecord(title=title, content=text, published=None, source="t", account=None))
    return [r.name for r in extract_regions(notice)]


@pytest.mark.parametrize("title, text", [
    # a bureau's duties listed clause by clause under a policy it issues
    ("关于印发《某市中小企业发展专项资金管理办法》的通知",
     "各区工信局：\n现将《某市中小企业发展专项资金管理办法》印发给你们，请认真贯彻执行。\n第八条 市工信局负责组织开展"
     "专项资金的政策宣传解读、年度申报指南编制、项目评审、资金拨付和绩效评价，各区工信部门负责做好辖区企业的申报工作。"),
    # a standing duty, not a selection announced
    ("某市关于加快推进企业技术中心建设的意见", "为进一步规范企业技术中心建设，现就开展企业技术中心认定管理工作提出如下意见。\n"
     "一、总体要求\n坚持创新驱动。"),
    # a year's work summed up
    ("某县2027年工业经济工作总结", "一年来，我局积极组织开展惠企政策宣传进企业活动，走访企业300余家，帮助企业梳理各类政策，"
     "指导企业争取上级资金，做好国家级、省级各类项目申报工作，全年争取资金5000万元。"),
])
def test_duties_and_summaries_ask_nobody_to_apply(title, text):
    assert _kind(title, text) == "policy"


def test_a_report_on_a_review_done_is_no_call():
    text = "各市州经信局：\n现就开展2027年度专精特新中小企业复核工作情况通报如下。\n一、总体情况\n共复核企业1200家。"
    assert _kind("关于2027年度专精特新中小企业认定复核工作情况的通报", text) != "call"


@pytest.mark.parametrize("text", [
    "我局研究起草了2027年度中小企业发展专项资金申报指南征求意见稿，现公开征求社会各界意见。\n一、申报范围\n在本市注册的中小企业。",
    "某市起草了支持科技服务业发展的若干措施征求意见稿，现向社会公开征求意见。\n一、征集时间\n即日起30日内。\n二、征集方式\n电子邮件。",
])
def test_a_draft_for_comment_stays_a_policy(text):
    assert _kind("", text) == "policy"


def test_a_prefecture_writing_to_its_county_level_cities_is_not_one_of_them():
    text = ("各县级市（区）工信局，各有关企业：\n为帮助我市企业开拓市场，2027年智能制造博览会定于10月在昆山市举办，"
            "地点为昆山市花桥国际博览中心，请组织企业参展。\n市工业和信息化局\n2027年8月1日")
    assert _regions("关于组织企业参加2027年智能制造博览会的通知", text) != ["昆山市"]


def test_a_county_level_city_citing_its_prefecture_is_still_itself():
    text = ("根据《无锡市工业和信息化局关于做好2027年技术改造工作的通知》要求，现组织开展2027年度江阴市技术改造项目申报"
            "工作。\n一、支持重点\n重点支持我市扶持领域范围内的技术改造项目。")
    assert _regions("", text) == ["江阴市"]


def test_the_county_level_city_check_reads_a_text_once(monkeypatch):
    from pipeline.extract import regions

    calls = []
    check = regions._own_county_level_city
    monkeypatch.setattr(regions, "_own_county_level_city", lambda context: calls.append(1) or check(context))
    text = "现组织开展2027年度江阴市技术改造项目申报工作。\n" + "重点支持我市扶持领域范围内的技术改造项目，市工信局负责审核。\n" * 20
    assert _regions("", text) == ["江阴市"]
    assert len(calls) == 1  # (not once for every 我市 and 市工信局, each reading the whole text)


@pytest.mark.parametrize("text, title", [
    ("各地加快培育专精特新中小企业\n今年以来，全省新增专精特新中小企业500家。", "各地加快培育专精特新中小企业"),
    ("?\n各有关单位：\n为做好2027年度科技型企业培育工作，现将有关事项通知如下。", "为做好2027年度科技型企业培育工作，现将有关事项通知如下"),
])
def test_derived_titles_keep_headlines_and_drop_padding(text, title):
    assert derive_title(text) == title


def test_a_street_address_with_a_section_before_its_number_is_no_scope():
    text = ("各市（州）经信局：\n请于10月31日前将辖区内申报材料报送我厅办公室（成都市高新区天府大道北段1700号）。\n"
            "四川省经济和信息化厅\n2027年9月30日")
    assert _regions("关于开展2027年度示范企业评定工作的通知", text) == ["四川省"]


@pytest.mark.parametrize("title, expected", [
    ("关于开展2027年度自治区级专精特新“小巨人”企业认定工作的通知", {"专精特新小巨人企业"}),
    ("关于做好2027年度国家级和省级专精特新“小巨人”企业申报工作的通知", {"专精特新小巨人企业", "专精特新中小企业"}),
    ("关于开展第九批专精特新“小巨人”企业推荐工作的通知", {"专精特新小巨人企业", "专精特新中小企业"}),
])
def test_which_xiaojuren_calls_are_open_to_zhuanjingtexin_firms(title, expected):
    assert _tags(title, "请各地组织辖区内企业按要求申报。") == expected


@pytest.mark.parametrize("text", [
    "一、申报条件\n某市高新区辖区范围内注册企业，具有独立法人资格。",
    "一、申报条件\n注册地在某市经开区规划范围内的企业。",
])
def test_a_zone_whose_bounds_are_named_is_a_place(text):
    assert "政府园区" not in _tags("关于组织申报2027年度技术改造项目的通知", text)


# --- a second reviewer, of the rules added after the first review ------------------------------------
_BASIS = "根据省科技厅《关于开展2027年度高新技术企业认定申报工作的通知》要求，"


@pytest.mark.parametrize("rest, expected", [
    # a relay that goes on to a meeting, a result, a rule or answers is no call
    ("定于2027年4月10日在市民中心举办高新技术企业申报培训会，请各企业派员参加。", "event"),
    ("经专家评审，以下15家单位被认定为省级工业设计中心。", "publicity"),
    ("结合我市实际，制定本实施细则。", "policy"),
    ("现将常见问题解答如下：", "policy"),
    # …while one passing the call on is
    ("为中小企业提供服务的独立法人均可申报，认定实行纸质材料和网上同时申报。", "call"),
])
def test_a_relay_is_read_after_what_else_decides(rest, expected):
    assert _kind("", _BASIS + rest) == expected


@pytest.mark.parametrize("text", [
    "决定开展2027年度市级工程技术研究中心备案登记工作，现将有关事项通知如下：",
    "现开展2027年度市级企业技术中心认定评审工作，请各区组织推荐。",
])
def test_a_selection_s_bare_second_step(text):
    assert _kind("", text) == "call"


def _deadlines(text: str, published: str = "2027-01-01") -> list[str]:
    from pipeline.extract.deadlines import extract_deadlines

    notice = build_notice(RawRecord(title="关于组织申报2027年度项目的通知", content=text, published=published,
                                    source="t", account=None))
    return [d.date.isoformat() for d in extract_deadlines(notice)[0]]


@pytest.mark.parametrize("text", [
    "二、申报时间\n2027年1月1日至12月31日，企业可随时通过系统提交申请。",
    "受理时间为全年，即2027年1月1日至12月31日。",
    "2027年1月1日至12月31日为集中申报期。",
    "请企业在2027年1月1日至12月31日内登录系统完成填报。",
    "申领时间为2027年1月1日至12月31日。",
])
def test_a_window_open_all_year_ends_on_31_december(text):
    assert _deadlines(text) == ["2027-12-31"]


def test_whole_years_a_report_covers_beside_a_real_deadline():
    text = "申报企业需提交2026年1月1日至12月31日的研发费用专项审计报告，请于2027年4月30日前提交。"
    assert _deadlines(text) == ["2027-04-30"]


@pytest.mark.parametrize("text, title", [
    ("各有关单位\n为做好2027年度科技项目申报工作，现将有关事项通知如下。", "为做好2027年度科技项目申报工作，现将有关事项通知如下"),
    ("各区县科技局\n为做好示例工作，现通知如下。", "为做好示例工作，现通知如下"),
])
def test_one_addressee_alone_on_its_line_is_skipped(text, title):
    assert derive_title(text) == title


def test_a_national_review_beside_a_provincial_tier_opens_nothing_to_zhuanjingtexin_firms():
    title = "关于开展国家级专精特新“小巨人”企业复核和省级专精特新“小巨人”企业认定工作的通知"
    assert _tags(title, "请各地组织企业申报。") == {"专精特新小巨人企业"}
