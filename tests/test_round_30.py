"""Round 30 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from pipeline.extract import extract_notice
from pipeline.extract.kind import classify_kind
from pipeline.extract.subjects import extract_subjects
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice

from round_helpers import untitled_kind


@pytest.mark.parametrize("text, expected", [
    # a notice stating its purpose as organising nominations or applications (r102_13, r54_19)
    ("各有关单位：\n为做好2027年度某省科学技术奖提名工作，根据《某省科学技术奖励办法》，现将有关事宜通知如下：\n"
     "一、本年度提名工作按照实施细则执行。", "call"),
    # …or opening them so (r107_17)
    ("各有关单位、专家：\n现将2027年度某省科学技术奖提名工作有关事项通知如下。\n一、提名奖种", "call"),
    # a call relayed outright (r104_02)
    ("各县（市、区）科技局：\n现将省科技厅《关于2027年度某省科学技术奖提名工作的通知》转发你们，请认真做好项目摸排。", "call"),
    # a call cited as the basis, for an assessment firms apply for (r37_03)
    ("各县（市、区）科技主管部门：\n根据《省科技厅转发某局关于开展2027年度科技型中小企业评价工作的通知》，"
     "现将有关事项通知如下：一、符合条件的企业按自愿原则登录平台填报。", "call"),
    # a plan of work carried out by the bureau itself is none of these
    ("各处室：\n为做好2027年度全市科技统计工作，现将工作安排通知如下：一、统计范围为规上工业企业。", "policy"),
])
def test_a_notice_organising_nominations_or_relaying_a_call(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the organised may take up to 20 characters (r54_06)
    ("各设区市发展改革委：\n请你们积极组织辖区内符合条件的省级工程研究中心申报，每市不超过4家。", "call"),
    # a window to apply in (r86_13)
    ("各有关企业：\n申报企业须在6月3日-6月20日期间，登录市经济信息平台在线填报，由区县初审后报送。", "call"),
    # headings of a nomination or selection guide (r90_10, r110_17)
    ("各有关单位：\n为培育一批标杆企业，现开展推荐。\n一、推荐条件\n（一）在本市注册满3年。", "call"),
    ("各县（区）人社局：\n现将有关事项通知如下：\n一、选拔条件和范围\n在本市专业技术岗位工作满5年。", "call"),
    # a selection reported open (r110_17)
    ("各县（区）人社局：\n2027年享受市政府特殊津贴人员选拔工作已启动，各单位可推荐1至2人。", "call"),
    # asking to organise applications by a guide's terms (r108_10)
    ("各设区市工信局：\n我厅制定了创建指南（附件1），请你市按照指南要求，做好本地区企业组织申报和审核推荐工作。", "call"),
])
def test_more_ways_a_body_asks_to_apply(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # entities counted and granted (r102_03, r71_11)
    ("根据征集通知，经单位申报、专家评审，确定对“某市科普基地建设研究”等28个科学技术普及项目予以立项。", "publicity"),
    ("经研究，决定对“某某众创空间”等37家众创空间给予备案，纳入省级孵化管理服务体系。", "publicity"),
    # counted first (r107_10, r38_14)
    ("经综合评定并完成公示，确定以下3家旅游度假区为省级旅游度假区。名单如下：", "publicity"),
    # a policy promising support to those granted is no list
    ("对新认定的省级工程研究中心，给予一次性50万元奖励。", "policy"),
])
def test_entities_counted_and_granted_are_a_list(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event carried out, reported (r114_01)
    ("5月12日，省工业和信息化厅联合我市开展“惠企政策专场宣讲会”，300余家企业参加。", "event"),
    # an event announced to come, in the first sentence (r107_12, r108_19)
    ("由某省商务厅主办的“第三届某某国际装备博览会”将于9月16日在市国际会展中心拉开帷幕，届时将有500家企业参展。",
     "event"),
    ("春节假期后首个工作日，某市将如期召开“新春第一会”，聚焦优化营商环境。", "event"),
    # a hearing on a draft for comment, announced further on, stays a policy (r56_11)
    ("根据工作安排，我厅组织编制了《某省首台（套）装备推广目录》（征求意见稿）。为听取意见，拟举行听证会。\n"
     "二、听证时间：听证会拟定于2027年12月7日上午在厅会议室举行。", "policy"),
])
def test_events_carried_out_or_announced(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, expected", [
    # places a title lists (r104_08, r72_07, r95_18, r72_12)
    ("关于2027年度省级督查激励拟予激励支持地方名单的公示", {"政府园区"}),
    ("某省2027年度拟退出县（市、区）公示", {"政府园区"}),
    ("关于公布第三批国家工业运行重点联系城市名单的通知", {"政府园区"}),
    ("关于拟授予“某省省级森林城市”“某省省级森林小镇”称号的公示", {"政府园区"}),
    # villages and firms listed are not
    ("关于拟认定“某省省级森林乡村”行政村名单的公示", set()),
    ("关于2027年度智慧城市建设企业名单的公示", {"企业"}),
])
def test_places_a_title_lists_are_governments(title, expected):
    got = {s.name for s in extract_subjects(Notice(title=title, text="现将名单予以公示。", kind="publicity"))}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # persons nominated beside projects (r107_17, r110_06, r85_10)
    ("一、提名范围\n符合条件的项目（人选）均可由提名单位提名。", {"人才"}),
    ("一、推荐对象\n各单位推荐人选须在本市工作满3年。", {"人才"}),
])
def test_persons_nominated_are_talent(text, expected):
    got = {s.name for s in extract_subjects(Notice(title="关于做好2027年度某省科学技术奖提名工作的通知", text=text,
                                                    kind="call"))}
    assert expected <= got


@pytest.mark.parametrize("text", [
    # a talent programme's own selection named where an untitled notice opens (r110_18; 16 labelled calls)
    "各县（市、区）人社局：\n根据有关要求，现就做好2027年度某市产业领军人才遴选工作有关事项通知如下：\n"
    "一、全市遴选5名，各地择优推荐不超过3名。请于2027年5月10日前报送。",
    "各有关单位：\n现开展2027年某区创新创业领军人才申报工作。有关事项通知如下：\n一、原则上不超过20人。请于2027年5月10日前报送。",
])
def test_a_talent_programme_named_as_an_untitled_call_opens_is_for_talent(text):
    notice = extract_notice(build_notice(RawRecord(title="", content=text, published="2027-04-01", source="t")))
    assert notice.kind == "call"
    assert {s.name for s in notice.subjects} == {"人才"}


@pytest.mark.parametrize("title, expected", [
    # an SME public-service platform is run by a service provider (r71_06, r105_15, r111_08)
    ("关于组织申报2027年度某省中小企业公共服务示范平台的通知", {"平台载体", "服务商"}),
    # an industry's public-service platform is not said to be
    ("关于做好2027年产业技术基础公共服务平台申报工作的通知", {"平台载体"}),
])
def test_an_sme_service_platform_is_run_by_a_service_provider(title, expected):
    got = {s.name for s in extract_subjects(Notice(title=title, text="请于2027年5月10日前报送材料。", kind="call"))}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a text with no other clue is placed by the first place its opening names in full (r91_06, r77_06, r110_03)
    ("2027年度某某奖经网评和复审，吉林省科学技术奖评选出拟奖项目272项，现予以公示。", ["吉林省"]),
    ("上海市嘉定区科学技术委员会开展了第三届杰出人才奖评选活动，现将拟表彰人选名单公示10天。", ["嘉定区"]),
    # not the province whose notice a city bureau forwards (n_027), nor a short form inside a word
    ("各县市区工信部门：\n现将湖南省工业和信息化厅《关于做好2027年制造业品牌培育试点工作的通知》转发给你们，"
     "请于9月15日前上报市工信局。", []),
    ("近日，朝阳产业项目观摩活动举行，现将观摩名单公示。", []),
])
def test_a_text_without_other_clues_is_placed_by_its_opening(text, expected):
    notice = extract_notice(build_notice(RawRecord(title="", content=text, published="2027-04-01", source="t")))
    assert [r.name for r in notice.regions] == expected


@pytest.mark.parametrize("title, text, expected", [
    # review of round 30: a call naming its directions or recalling last year's projects is no list
    ("", "各县（市、区）科技局：\n经研究，确定以下5个方向为2027年度重点研发计划支持方向，现面向社会公开征集项目，"
         "申报截止时间为2027年5月31日。", "call"),
    ("", "各有关单位：\n2026年，市科技局对“某某装备研发”等25个项目予以立项。现组织开展2027年度市科技计划项目申报工作，"
         "请于5月10日前报送申报材料。", "call"),
    # a list asking its entrants to act is no call
    ("关于2027年度省级专精特新中小企业名单的通知", "各设区市工业和信息化局：\n现将2027年度省级专精特新中小企业名单印发给你们，"
     "请各地认真做好入选企业的跟踪服务，积极引导未入选的优质中小企业对标提升后继续申报。", "publicity"),
    ("", "各有关企业：\n2027年度市级工程技术研究中心名单已确定（见附件）。请入选单位在6月1日-6月30日期间登录平台填报建设任务书。",
     "policy"),
    # rules and plans are no calls
    ("", "各设区市工业和信息化局，省各有关部门：\n为做好省级企业技术中心认定工作，强化动态管理，现就有关管理要求通知如下：\n"
         "一、严格把握认定标准。", "policy"),
    ("", "各县（市、区）科技局：\n现将规范科技计划项目申报工作有关事项通知如下：\n一、严格申报主体责任。", "policy"),
    ("转发省科技厅关于进一步加强高新技术企业认定管理工作的通知", "各县（市、区）科技局：\n现将省科技厅《关于进一步加强高新技术"
     "企业认定管理工作的通知》转发给你们，请遵照执行。", "policy"),
    ("", "各设区市工业和信息化局：\n为提高推荐质量，现就规范推荐工作通知如下：\n关于进一步规范省级企业技术中心推荐工作的通知\n"
         "一、推荐条件\n严格把握认定标准。", "policy"),
    # …nor a plan for a meeting, nor a contest taking entries, nor its finalists
    ("", "为扩大影响力，市政府决定于2027年9月举办第三届世界智能制造大会。为确保大会顺利举办，特制定本工作方案。", "policy"),
    ("", "4月15日，市科技局开展2027年度科技创新券申报受理，欢迎符合条件的企业把握机会，及时申领创新券。", "policy"),
    # a selection's outcome reported is no call
    ("", "2026年度市长质量奖评选工作已于去年9月启动，经企业自愿申报、专家评审和社会公示，最终某某公司等3家企业获得市长质量奖。",
     "policy"),
])
def test_review_of_round_30_kind(title, text, expected):
    notice = Notice(title=title, raw_title=title, text=text, title_derived=not title)
    assert classify_kind(notice)[0] == expected


@pytest.mark.parametrize("title, text, unexpected", [
    # places and services hosting talent are not talent
    ("关于开展2027年度市级青年人才驿站申报工作的通知", "一、申报主体\n在本市依法注册的企业、高校等单位。", "人才"),
    # firms recommended as 人选 are not persons
    ("2027年度优秀企业推荐名单公示", "现将2027年度“优秀企业”推荐人选名单公示如下。", "人才"),
])
def test_review_of_round_30_subjects(title, text, unexpected):
    kind = "publicity" if "公示" in title else "call"
    assert unexpected not in {s.name for s in extract_subjects(Notice(title=title, text=text, kind=kind))}


def test_finalists_listed_with_the_final_announced_are_no_event():
    # (the list itself is not read as one either: no rule names finalists)
    text = "第十届中国创新创业大赛（某省赛区）决赛将于9月20日在某市举行，经初赛评审，以下企业进入决赛：\n1.某某科技有限公司"
    assert classify_kind(Notice(title="", text=text, title_derived=True))[0] != "event"


def test_a_list_relayed_from_the_call_it_cites_is_a_list():
    # r81_08: the call cited as the basis made it a call once 评价 was read; the entities named decide
    text = ("按照《某委办公厅关于请组织报送2027年省企业技术中心申请材料及评价材料的通知》的有关规定，某委组织了审理工作。\n"
            "拟定某某材料科技股份有限公司技术中心等98家技术中心为2027年省企业技术中心。")
    assert classify_kind(Notice(title="", text=text, title_derived=True))[0] == "publicity"


@pytest.mark.parametrize("text, expected", [
    # a dated meeting named before it is held, with no site (r116_05, r104_20)
    ("3月2日，全市科技创新工作会议召开，总结2026年工作，部署2027年重点任务。副市长出席。", "event"),
    ("1月6日上午，2027年某市新型工业化推进会暨数字经济发展大会举行，全力冲刺年度目标。", "event"),
    # a meeting that will approve a list is not reported held
    ("3月2日，市政府常务会议审议通过《某市促进科技创新若干措施》，现予印发，自发布之日起施行。", "policy"),
])
def test_a_dated_meeting_held_without_a_site_is_an_event(text, expected):
    assert untitled_kind(text) == expected
