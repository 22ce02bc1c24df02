"""Round 43 of the blind-set method: rules shown by labelled texts of the round's sets (r263-r279), each tested
here on phrasings written for these tests (the sets' own texts stay outside the project). Each table row is one
case; its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, extracted, kind, region_names, subjects

CALL_BODY = "各有关单位：\n请按要求组织申报，于2026年5月20日前报送材料。"


@pytest.mark.parametrize("title, tag", [
    # a province's funding of its postdoctoral fellows and the fellows' contest (r266_14, r266_17, r266_18)
    pytest.param("关于开展2026年度某省博士后资助工作的通知", "人才", id="postdoctoral-funding"),
    pytest.param("关于做好2026年度博士后日常经费资助申报的通知", "人才", id="postdoctoral-daily-funding"),
    pytest.param("关于组织参加第四届全国博士后创新创业大赛的通知", "人才", id="postdoctoral-contest"),
    # engineers from firms appointed professors at universities (r266_06, r266_07)
    pytest.param("关于开展2026年某省“产业教授”选聘工作的通知", "人才", id="industry-professors-call"),
    pytest.param("关于公布2025年度某省产业教授名单的通知", "人才", id="industry-professors-list"),
    # model places applied for by their governments (r264_13, r265_09, r247_04)
    pytest.param("关于推荐申报全国全民运动健身模范市的公示", "政府园区", id="model-city"),
    pytest.param("某省第四届节约集约模范县（市）申报评优单位名单公示", "政府园区", id="model-county"),
    pytest.param("公示！某县拟入选全国双拥模范城（县）", "政府园区", id="model-town"),
    # a site recognised for teaching the public about the environment, as a 科普基地 is (r263_08, r263_09, r263_16)
    pytest.param("关于开展第七批市级环境教育基地评选工作的通知", "平台载体", id="environment-education-base"),
    pytest.param("某省新增12家省级生态环境教育基地", "平台载体", id="ecological-environment-education-base"),
])
def test_a_title_names_the_applicant_type(title, tag):
    assert tag in subjects(title, CALL_BODY)


@pytest.mark.parametrize("title", [
    # (guards: the station or base a firm sets up to host fellows, whose funding the station claims)
    pytest.param("关于开展2026年博士后科研工作站新设站工作的通知", id="a-new-station"),
    pytest.param("关于申报2026年博士后工作站建站资助的通知", id="a-station-funded"),
])
def test_a_postdoctoral_station_stays_a_carrier(title):
    found = subjects(title, CALL_BODY)
    assert "人才" not in found and "平台载体" in found


def test_a_model_worker_is_no_place():
    # (guard: 模范 before a person, not a place)
    found = subjects("关于推荐2026年度某市劳动模范的通知", CALL_BODY)
    assert "政府园区" not in found and "人才" in found


@pytest.mark.parametrize("text, expected", [
    # papers handed in with a bare 报 to a body named after its place (r263_03, r247_17, r249_06)
    pytest.param("（三）申报材料装订成册，一式两份，于2026年6月30日前报某某市商务局。", ["2026-06-30"], id="a-city-bureau"),
    pytest.param("推荐文件一式三份，于2026年5月30日前报西安市工信委。", ["2026-05-30"], id="a-city-commission"),
    pytest.param("申请书一式七份，于2026年3月20日前报下城区卫生健康局。", ["2026-03-20"], id="a-district-bureau"),
    # …not a market, nor an approval obtained through a body
    pytest.param("请于2026年6月30日前报某市场监管所。", [], id="not-a-market"),
    pytest.param("项目方案须于2026年6月30日前报经市政府批准后实施。", [], id="approved-through"),
])
def test_papers_sent_to_a_body_named_after_its_place(text, expected):
    assert deadline_dates("关于开展老字号认定工作的通知", text, "2026-04-27") == expected


@pytest.mark.parametrize("title, text, expected", [
    # a department's reply to a citizen's message explains, even where it tells how to apply (r263_18; the review's
    # phrasings)
    pytest.param("关于申报示范社的问题",
                 "留言内容：请问我们合作社能否申报市级示范社？需要哪些材料？\n回复单位：某市农业农村局\n"
                 "回复内容：网友您好！您的留言已收悉，现答复如下：申报市级示范社须依法登记满二年，申报时由合作社向所在县（区）"
                 "农业农村局提交申请。具体时间以当年通知为准。", "interpretation", id="netizen-greeted"),
    pytest.param("咨询房租补贴申领",
                 "来信内容：请问小微企业房租补贴怎么申领？\n答复内容：您好，您反映的问题已收悉。符合条件的企业可于每季度首月"
                 "登录政务服务平台提交申请，经审核后发放。\n答复单位：某区商务局", "interpretation", id="question-received"),
    # …not a call whose closing line invites questions
    pytest.param("关于组织申报2026年度老字号的通知",
                 "各有关企业：\n现组织开展2026年度老字号认定申报，请于2026年5月20日前将申报材料报送市商务局。\n"
                 "如有疑问，请咨询市商务局流通科，联系电话：0371-12345678。\n某市商务局\n2026年4月1日", "call",
                 id="a-call-inviting-questions"),
])
def test_a_reply_to_a_citizen_is_an_interpretation(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, expected", [
    # a search for persons to nominate is a call (r264_09; the review's phrasings), not an activity held
    pytest.param("关于开展寻找“最美科技工作者”学习宣传活动的通知", "call", id="a-search-for-persons"),
    pytest.param("关于开展2026年“最美青年科技人才”寻访活动的通知", "call", id="persons-sought"),
    # (guard: an activity carried out)
    pytest.param("关于开展2026年“科技活动周”系列活动的通知", "event", id="an-activity-week"),
])
def test_a_search_for_persons_to_nominate_is_a_call(title, expected):
    text = ("各县（市、区）科协，各市级学会：\n请各单位认真组织，于2026年4月28日前将推荐人选材料报送市科协组宣部。\n"
            "某市科学技术协会\n2026年3月11日")
    if expected == "event":
        text = "各有关单位：\n5月20日至26日，市科协将在市民广场举办科普展示、科技讲座等系列活动，欢迎市民参加。\n某市科学技术协会"
    assert kind(title, text) == expected


@pytest.mark.parametrize("title", [
    # students' contests are entered by students and their teams (r266_09; the review's phrasings)
    pytest.param("关于举办2026年“挑战杯”全国大学生创业计划竞赛校内选拔赛的预通知", id="a-university-round"),
    pytest.param("关于举办2026年某省大学生程序设计竞赛的通知", id="a-programming-contest"),
    pytest.param("关于组织参加第五届“中国创翼”创业创新大赛某省选拔赛的通知", id="entrepreneurs-contest"),
    pytest.param("关于举办2026年“挑战杯”课外学术科技作品竞赛的通知", id="a-challenge-cup"),
])
def test_students_and_entrepreneurs_enter_contests(title):
    # the universities the contest is addressed to pass it on; its sponsors are no applicants (r266_02)
    text = ("各市（州）人力资源和社会保障局，省内各高校：\n一、组织机构\n1.主办单位：省人社厅、省教育厅。\n"
            "2.承办单位：省人才交流中心。\n3.支持单位：某某投资集团有限公司。\n二、参赛对象：在校学生及毕业五年内的高校毕业生，"
            "以团队形式报名。\n三、请于2026年6月20日前登录大赛官网报名。\n某省人力资源和社会保障厅\n2026年5月10日")
    assert subjects(title, text) == ["人才"]


def test_a_contest_for_firms_stays_the_firms():
    # a contest only firms enter: its entrants stated under 参赛对象, read as under 申报对象 (the review's phrasing)
    text = ("各市州科技局：\n一、参赛对象：本届仅设企业组，参赛企业须已入库国家科技型中小企业信息库。\n"
            "二、参赛企业于2026年7月15日前登录大赛官网报名。\n某省科学技术厅\n2026年6月10日")
    found = subjects("关于组织参加第十五届中国创新创业大赛（某省赛区）的通知", text)
    assert "科技型中小企业" in found and "人才" not in found


@pytest.mark.parametrize("title, expected", [
    # a type qualified by both an industry and a size names both (r267_06; the review's phrasings)
    pytest.param("关于组织申报2026年某市制造业中小微企业应收账款贴息项目的通知", {"制造企业", "中小企业", "小微企业"},
                 id="manufacturing-smes"),
    pytest.param("关于开展2026年工业中小企业技术改造贷款贴息申报工作的通知", {"制造企业", "中小企业"}, id="industrial-smes"),
])
def test_industry_and_size_both_named(title, expected):
    assert expected <= set(subjects(title, CALL_BODY))


@pytest.mark.parametrize("account, expected", [
    # a local society or association posting its own notice: its place (r266_01; the review's phrasings)
    pytest.param("泰州市科学技术协会", ["泰州市"], id="city-science-association"),
    pytest.param("成都市软件行业协会", ["成都市"], id="city-software-association"),
    # …and a national one's, the country
    pytest.param("中国软件行业协会", ["全国"], id="national-association"),
])
def test_an_associations_own_notice_is_its_places(account, expected):
    text = ("各会员单位，各有关单位：\n本会决定开展2026年度优秀软件产品评选，请于2026年10月25日前提交申报材料。\n"
            "联系人：孙先生\n协会秘书处\n2026年9月18日")
    assert region_names("关于开展2026年度优秀软件产品评选的通知", text, account=account) == expected


@pytest.mark.parametrize("text", [
    # a press conference's transcript, opening on the spokesperson's greeting (r274_13, r268_12)
    pytest.param("[某省知识产权局新闻发言人 王某] 各位媒体朋友们，大家下午好。欢迎参加某省知识产权局9月例行新闻发布会。"
                 "今天的发布会将介绍专利转化运用专项行动的有关情况。", id="media-friends"),
    pytest.param("某市数据局新闻发言人 李某\n女士们、先生们：\n大家上午好！欢迎大家出席今天的新闻发布会。下面请有关负责同志介绍"
                 "《某市公共数据授权运营管理办法》的主要内容。", id="ladies-and-gentlemen"),
])
def test_a_press_conference_transcript_is_an_interpretation(text):
    assert kind("某局解答今年知识产权宣传周主题", text) == "interpretation"


@pytest.mark.parametrize("text, expected", [
    # a date whose 年 and 月 were lost as spaces (r265_09, r273_09)
    pytest.param("现将名单进行公示，公示时间为 2026 1 6 日至 2026 1 12 日。如有异议，请在公示期内联系。",
                 ["2026-01-12"], id="a-window"),
    pytest.param("请各区县于 2026 8 15 日前将推荐材料报送市农业农村委。", ["2026-08-15"], id="a-deadline"),
    # (guards: a date written with its units and spaces; numbers without 日)
    pytest.param("请各区县于 2026 年 8 月 15 日前将推荐材料报送市农业农村委。", ["2026-08-15"], id="units-spaced"),
    pytest.param("序号 2026 1 6 企业名称\n请于2026年1月20日前报送。", ["2026-01-20"], id="a-table-row"),
    pytest.param("填报时间 2026 1 6 日期格式\n请于2026年1月20日前报送。", ["2026-01-20"], id="a-date-field"),
])
def test_a_date_whose_units_were_lost_as_spaces(text, expected):
    assert deadline_dates("关于做好推荐工作的通知", text, "2026-01-05") == expected


@pytest.mark.parametrize("title, expected", [
    # experts recommended, appointed or chosen are persons (r270_13; the review's phrasings)
    pytest.param("关于推荐申报2026年度某市科技计划项目评审专家的通知", True, id="reviewers-recommended"),
    pytest.param("某市经济和信息化领域评审专家选聘公告", True, id="experts-appointed"),
    pytest.param("关于开展2026年度某市有突出贡献中青年专家评选工作的通知", True, id="experts-chosen"),
    # …not an expert workstation, a review meeting, nor an expert's project
    pytest.param("关于组织申报2026年度某市院士专家工作站的通知", False, id="a-workstation"),
    pytest.param("关于推荐参加2026年度企业技术中心认定专家评审会的通知", False, id="a-review-meeting"),
    pytest.param("关于申报某区现代农业产业技术体系首席专家2026年度《桑枝食用菌种植示范》项目的公示", False,
                 id="an-experts-project"),
])
def test_experts_chosen_are_persons(title, expected):
    assert ("人才" in subjects(title, CALL_BODY)) is expected


@pytest.mark.parametrize("title, expected", [
    # advisers sent to firms are persons (r270_01; the review's phrasings), as envoys are
    pytest.param("关于2026年度“科技大使”项目推荐工作的通知", True, id="science-ambassadors"),
    pytest.param("关于开展2026年度某市“科技副总”选派工作的通知", True, id="technical-vice-presidents"),
    pytest.param("关于征集2026年度某市创业“产业导师”的公告", True, id="industry-mentors"),
    # …not the firms' posts offered for them
    pytest.param("关于征集2026年度企业“科技副总”岗位需求的通知", False, id="posts-offered"),
])
def test_advisers_sent_to_firms_are_persons(title, expected):
    assert ("人才" in subjects(title, CALL_BODY)) is expected


@pytest.mark.parametrize("title, expected", [
    # a ministry approving a counted list is the country's, not the first place named (r271_17; the review's phrasings)
    pytest.param("工业和信息化部关于同意杭州市萧山经济技术开发区管理委员会等38家单位开展区域品牌建设试点工作的通知", ["全国"],
                 id="units-counted"),
    pytest.param("商务部关于同意苏州市等20个城市开展数字商务创新发展试点的通知", ["全国"], id="cities-counted"),
    pytest.param("商务部关于同意苏州市、无锡市等20个城市开展数字商务创新发展试点的通知", ["全国"], id="two-named-then-counted"),
    # …while its reply to one place is that place's
    pytest.param("科技部关于同意扬州市建设国家创新型城市的批复", ["扬州市"], id="one-place"),
])
def test_the_first_of_a_counted_list_is_no_scope(title, expected):
    assert region_names(title, "各有关单位：\n经评审，同意上述单位开展试点工作。") == expected


@pytest.mark.parametrize("title, expected", [
    # a guide for claiming support is a call (r274_07, r257_11; the review's phrasings)
    pytest.param("某市一次性扩岗补助申领办事指南", "call", id="a-claiming-guide"),
    pytest.param("关于印发某省2026年农业产业发展类项目申报入库指南的通知", "call", id="an-application-guide"),
    # …not a guide to another service
    pytest.param("某区企业开办（营业执照办理）办事指南", "policy", id="a-service-guide"),
    # …nor one put up for comment
    pytest.param("某市技能提升补贴申领指南（征求意见稿）", "policy", id="a-draft-guide"),
])
def test_a_guide_for_claiming_is_a_call(title, expected):
    text = "一、适用对象\n符合条件的企业。\n二、办理流程\n登录政务服务网提交材料。"
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report of persons newly chosen is a list (r270_03, r270_05; the review's phrasings)
    pytest.param("9月10日，某市首席技能专家评审会在市人社局举行。最终，10名高技能人才脱颖而出，被拟评为2026年度某市首席技能专家。",
                 True, id="persons-chosen"),
    pytest.param("近日，2026年度某市领军人才计划评审工作完成。经形式审查、专家网评和会评答辩，评选产生106名优秀人才。",
                 True, id="a-selection-counted"),
    # …not a running total
    pytest.param("近日，某市出台《技能强市若干措施》。截至目前，全市累计已有95名技师被评为“江苏工匠”。下一步将加大奖励力度。",
                 False, id="a-running-total"),
])
def test_a_report_of_persons_chosen_is_a_list(text, expected):
    assert (kind("某市高技能人才评选工作顺利完成", text) == "publicity") is expected


@pytest.mark.parametrize("title, expected", [
    # a press conference broadcast live explains; one announced ahead is an event (the review's phrasings)
    pytest.param("图文直播丨某省促进民营经济高质量发展政策新闻发布会", "interpretation", id="broadcast-live"),
    pytest.param("新闻发布会预告丨某市将发布科技创新“新十条”", "event", id="announced-ahead"),
    pytest.param("直播预告丨某省促进民营经济高质量发展政策新闻发布会", "event", id="a-broadcast-announced"),
])
def test_tags_over_a_press_conference(title, expected):
    text = "主持人：女士们、先生们，大家下午好。欢迎出席新闻发布会。" if expected == "interpretation" else \
        "某市人民政府新闻办公室定于2026年9月18日上午10:00召开新闻发布会，届时将进行全程直播。"
    assert extracted(title, text).kind == expected


@pytest.mark.parametrize("text", [
    # persons named to apply, written 申请者 or with 必须, or addressed as a group, at a university passing the call on
    # (r279_14, r279_19): the persons apply, not the university
    pytest.param("校内各单位：\n1、我校限额申报1项。\n2、申报条件按相关管理办法执行，申请者必须具有博士学位，年龄一般不超过40周岁。\n"
                 "请各院系于2026年10月24日之前提交纸质申请书。\n科研处\n2026年10月20日", id="applicants-must"),
    pytest.param("各院部、校直各部门：\n现将申报公告转发给你们，有关事项通知如下：\n1.请各申报人仔细阅读《申报公告》，认真填写申报材料。\n"
                 "2.各单位于2026年4月18日前汇总本单位申报材料。若申报数量超过我校推荐限额，将组织专家遴选，择优推荐上报。\n科技处",
                 id="applicants-addressed"),
])
def test_persons_named_to_apply_at_a_university(text):
    assert subjects("关于转发《2026年度国家社会科学基金项目申报公告》的通知", text) == ["人才"]


@pytest.mark.parametrize("text", [
    # a review's outcome approving units by count is a list (r278_08, r271_17)
    pytest.param("各镇街（园区）科技主管部门：\n经审核，同意某某新材料有限公司等522家企业自建研发机构备案登记（具体名单见附件）。\n"
                 "某市科学技术局", id="firms-filed"),
    pytest.param("各省、自治区、直辖市工业和信息化主管部门：\n经评审和公示，同意某某产业区管理委员会等38家单位（名单见附件）为第三批"
                 "试点工作组织实施单位。", id="units-approved"),
])
def test_units_approved_by_count_are_a_list(text):
    assert kind("关于同意某市第二批研发机构备案登记的通知", text) == "publicity"


def test_a_universitys_round_announced_ahead_is_a_call():
    # a university's own round of a students' contest, announced ahead (预通知, r266_09), with no date yet
    text = ("为激发大学生创新精神，我校启动2026年“挑战杯”大学生创业计划竞赛校内选拔工作，现将相关事宜通知如下：\n"
            "一、参赛项目类型\n1. 科技创新和未来产业\n2. 乡村振兴和农业农村现代化")
    assert kind("关于举办2026年“挑战杯”全国大学生创业计划竞赛校内选拔赛的预通知", text) == "call"


@pytest.mark.parametrize("title", [
    # an industrial design centre recognised names its firm, 企业 in its name or not (r264_15; every labelled text
    # naming one tags 企业)
    pytest.param("关于开展第六批国家级工业设计中心申报推荐工作的通知", id="a-call"),
    pytest.param("关于公布2026年度某省工业设计中心名单的通知", id="a-list"),
])
def test_an_industrial_design_centre_names_its_firm(title):
    assert subjects(title, CALL_BODY) == ["企业", "平台载体"]
