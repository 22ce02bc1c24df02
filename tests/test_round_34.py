"""Round 34 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import deadline_dates, extracted, subjects, untitled_kind


@pytest.mark.parametrize("title, expected", [
    # the issuer's name is a body, not the beneficiary the policy declares (r136_15)
    ("某市促进中小企业发展工作领导小组办公室关于印发《某市关于促进“专精特新”中小企业高质量发展的若干措施》的通知",
     ["专精特新中小企业"]),
    ("某省促进中小企业发展工作领导小组办公室关于印发《某省数字经济发展规划》的通知", []),
    # (a beneficiary the title declares after its issuer is still read)
    ("某市人民政府关于印发《某市支持中小企业高质量发展的若干措施》的通知", ["中小企业"]),
])
def test_a_policy_beneficiary_is_read_after_the_issuer(title, expected):
    assert subjects(title, "现印发给你们，请认真贯彻执行。") == expected


@pytest.mark.parametrize("title, text", [
    # a county's own pilot programme, named in its title or its body: its units apply (r139_01 in 广东,
    # r139_08 in 四川)
    ("关于组织开展2024年桐庐县试点县建设项目申报工作的通知",
     "各有关单位：现组织开展桐庐县试点县建设项目申报工作。申报单位为桐庐县内依法注册的企业。"
     "请于5月10日前报送桐庐县农业农村局。"),
    ("宜兴市科学技术局关于组织申报2024年创新型县(市)专项资金项目的通知",
     "各有关单位：现组织申报专项资金项目。申报单位为宜兴市内依法注册的企业。请于5月10日前报送宜兴市科学技术局。"),
])
def test_a_county_issuing_its_own_pilot_programme_is_no_applicant(title, text):
    notice = extracted(title, text)
    assert [region.level for region in notice.regions] == ["county"]
    assert [subject.name for subject in notice.subjects] == ["企业"]


def test_a_city_calling_for_pilot_counties_still_has_counties_apply():
    notice = extracted("关于组织申报2024年省级创新型县（市）的通知",
                       "各县（市、区）人民政府：现组织申报省级创新型县（市）。请于5月10日前报送杭州市科学技术局。")
    assert "政府园区" in [subject.name for subject in notice.subjects]


@pytest.mark.parametrize("text", [
    # a text without a title announcing the matters of applying (r139_17; 8 more labelled calls so worded)
    "为激励工业企业做优做强，根据《某市若干措施》文件要求，现就进一步激励制造强市建设专项资金申报有关事项通知如下："
    "一、项目类别 （一）产值奖 二、申报要求 申报企业必须在某市内依法注册。",
    "根据有关文件精神，现就做好2025年某省工业发展专项项目申报工作有关事项通知如下：一、支持方向 技术改造。",
])
def test_matters_of_applying_announced_make_a_call(text):
    assert untitled_kind(text) == "call"


def test_matters_of_a_result_announced_do_not():
    text = "根据有关文件精神，现就2025年某省工业发展专项项目申报结果有关事项通知如下：一、经专家评审，确定以下项目予以支持。"
    assert untitled_kind(text) != "call"


@pytest.mark.parametrize("title, text, expected", [
    # a named zone's own notice is scoped to the zone, under its full name (r139_19, r144_04)
    ("东湖高新区关于征集2024年度重点项目的通知", "各有关单位：请于3月5日前报送。", ["武汉东湖新技术开发区"]),
    ("关于开展2024年度企业研发投入奖励申报的通知", "各相关企业：请于3月5日前报送。\n深汕特别合作区科技创新局\n2024年2月1日",
     ["深汕特别合作区"]),
    ("天府新区经济运行局关于开展企业上云申报工作的通知", "各有关企业：请于3月5日前报送。", ["四川天府新区"]),
    # (a zone spread over its whole municipality is the city's)
    ("中关村科技园区管理委员会关于征集2024年度重点项目的通知", "各有关单位：请于3月5日前报送。", ["北京市"]),
    # (a zone named in an addressee line is no issuer)
    ("武汉市科学技术局关于组织申报2024年度项目的通知", "各区科技局、东湖高新区科创局：请于3月5日前报送。", ["武汉市"]),
])
def test_a_named_zone_issuing_for_itself_is_the_scope(title, text, expected):
    assert [region.name for region in extracted(title, text, "2024-02-01").regions] == expected


def test_matters_of_applying_added_to_make_a_call():
    # a supplementary notice to a call (r141_19; "现将…申报工作相关事宜补充通知如下")
    notice = extracted("关于《某市科学技术局关于发布某项目的通知》的补充通知",
                       "各有关单位：为确保项目有力推进，现将2024年度某项目申报工作相关事宜补充通知如下：一、项目分类 略。")
    assert notice.kind == "call"


@pytest.mark.parametrize("title, text", [
    # a notice issuing an application guide by its quoted title (r146_02; unquoted titles already are calls)
    ("某市工业和信息化局关于印发《某市瞪羚企业遴选评价和培育政策申报指引》的通知", "各有关企业：现予印发。"),
    ("关于发布《2024年度某省重点研发计划项目申报指南》的通知", "各有关单位：现予发布，请遵照执行。"),
    ("", "各有关企业：为贯彻落实《某市行动计划》，我局制定了《某市瞪羚企业遴选评价和培育政策申报指引》，现予印发。\n"
         "某市工业和信息化局\n2025年3月20日"),
])
def test_an_application_guide_issued_by_its_quoted_title_is_a_call(title, text):
    assert extracted(title, text).kind == "call"


def test_a_quoted_guide_put_up_for_comment_is_not():
    notice = extracted("关于《某省重点研发计划项目申报指南（征求意见稿）》公开征求意见的通知",
                       "各有关单位：现公开征求意见，请于3月5日前反馈。")
    assert notice.kind != "call"


@pytest.mark.parametrize("title", [
    # MIIT's lists come as a 通告 (r146_03, r146_16, r144_06, r130_16, r130_17)
    "某部关于公布2023年团体标准应用示范项目的通告",
    "某部关于公布2020年度国家中小企业公共服务示范平台名单的通告",
])
def test_a_list_announced_as_a_tonggao_is_a_publicity(title):
    assert extracted(title, "经自愿申报、专家审查和社会公示，现予以公布。").kind == "publicity"


@pytest.mark.parametrize("title, expected", [
    # what a title recognises, named before its cultivation and recognition (r136_03, r143_14)
    ("关于组织开展省级制造业创新中心培育和认定工作的通知", ["平台载体"]),
    ("关于开展自治区级制造业创新中心培育申报工作的通知", ["平台载体"]),
    # (a type cultivated is still a topic: "专精特新企业培育" names no recognition)
    ("关于加强专精特新企业培育工作的通知", []),
])
def test_a_carrier_cultivated_and_recognised_is_read_in_the_title(title, expected):
    assert subjects(title, "各有关单位：现将有关事项通知如下。") == expected


def test_a_manufacturing_fund_bracketing_its_topic_names_no_manufacturer():
    # "先进制造业发展专项资金（企业技术改造）" names a fund (r146_10), not 制造业企业
    assert "制造企业" not in subjects(
        "关于确定2024年某省先进制造业发展专项资金（企业技术改造）项目库入库项目的通知",
        "经评审，确定某某有限公司的技术改造项目等16个项目为入库项目。")


def test_a_date_cell_with_its_late_refusal_note_closes_the_window_headed():
    # "二、资料报送截止时间" over "2023年7月31日（逾期不予受理）。" (r146_18)
    text = ("各省级科技企业孵化器：\n一、评价对象\n省级科技企业孵化器。\n二、材料提交截止时间\n2024年8月15日（逾期不予受理）。\n"
            "三、评价材料要求\n按附件要求填报。")
    assert deadline_dates("关于开展2024年孵化器绩效评价工作的通知", text, "2024-07-20") == ["2024-08-15"]


def test_the_period_whose_data_a_review_is_based_on_is_no_deadline():
    text = ("各有关单位：\n一、评价材料要求\n本次评价数据以2023年7月1日-2024年6月30日数据为基础，财务数据以2023年度报表为准。\n"
            "二、请于2024年8月15日前报送材料。")
    assert deadline_dates("关于开展2024年绩效评价工作的通知", text, "2024-07-20") == ["2024-08-15"]


@pytest.mark.parametrize("text, published, expected", [
    # a window closed before the notice is signed is told of, not set (r143_12, r139_08)
    ("各市州工信局：\n第十批省级工业设计中心提交申报资料于今年5月8日截止。为公平起见，现补充申报。\n"
     "请于2024年7月31日前将补充申报材料报送至省工信厅。\n某省工业和信息化厅\n2024年7月17日", "2024-07-25", ["2024-07-31"]),
    ("各农业经营主体：\n原申报指南截止4月2日申报期止，仅有一家主体递交了申报资料。现将申报时间顺延至4月13日。\n"
     "某县农业农村局\n2022年4月7日", "2022-04-07", ["2022-04-13"]),
    # (a request to act by it still sets it: the signature may be a later page's)
    ("各镇街科技主管部门：\n请各镇街于7月17日中午12:00前将报名企业名单发至邮箱。\n某市科学技术局\n2017年7月26日",
     "2017-07-26", ["2017-07-17"]),
])
def test_a_window_closed_before_the_signing_date_is_past(text, published, expected):
    assert deadline_dates("关于某项目申报工作的补充通知", text, published) == expected


def test_firms_told_to_follow_their_citys_notice_have_no_date_here():
    # "请广大中小企业关注各市通知积极申报" (r144_12): only the cities' recommendation date is stated
    notice = extracted("关于启动2024年度创新型中小企业评价工作的通知",
                       "各市工业和信息化局：\n请各市中小企业主管部门印发通知，组织中小企业积极参与申报，并于3月24日前完成首批评价推荐工作；"
                       "请广大中小企业关注各市通知积极申报。\n某省工业和信息化厅\n2024年2月6日", "2024-02-06")
    assert [str(d.date) for d in notice.deadlines] == ["2024-03-24"]
    assert notice.apply_deadline is None


# --- the review's cases (tests/test_round_34.py's rules, phrased by a reviewer) ---------------------

def test_a_countys_own_programme_leaves_the_parks_it_recognises():
    # only the county's own programme term is dropped: the parks a county recognises still apply
    assert subjects("如皋市关于开展2025年度绿色制造认定工作的通知",
                    "各镇（区、街道）、各工业园区：为推进我市国家绿色制造示范县建设，现组织开展市级绿色工业园区认定工作。"
                    "\n如皋市工业和信息化局") == ["政府园区"]


@pytest.mark.parametrize("text", [
    # governments asked to be the applicants, the segmenter gluing 各 to the place ("各乡镇", "各县")
    "请各乡镇人民政府作为申报主体，于2025年10月10日前报送申报材料。",
    "由各县人民政府作为申报主体，于2025年10月10日前报送申报材料。",
])
def test_governments_asked_to_be_the_applicants(text):
    assert subjects("关于组织申报2025年度数字乡村建设示范镇的通知", "各有关单位：\n" + text) == ["政府园区"]


def test_a_late_refusal_note_may_name_the_postmark_first():
    text = "各有关单位：\n三、纸质材料报送截止时间\n2025年10月25日（以邮戳为准，逾期不予受理）\n四、联系方式"
    assert deadline_dates("关于征集2025年度中小企业数字化转型案例的通知", text, "2025-09-18") == ["2025-10-25"]


def test_chongqings_new_area_issuing_for_itself():
    notice = extracted("两江新区管委会关于开展2025年度科技创新券申领工作的通知", "各有关企业：请于2025年10月20日前申领。")
    assert [region.name for region in notice.regions] == ["重庆两江新区"]


def test_a_firms_industrial_design_centre_names_the_firm():
    assert subjects("关于开展2025年度省级企业工业设计中心培育和认定工作的通知",
                    "各设区市工信局：现组织开展省级企业工业设计中心培育和认定工作，请做好推荐。") == ["企业", "平台载体"]


# --- the second batch of sets (r147-r150) ---------------------------------------------------------

@pytest.mark.parametrize("title", [
    # a list issued by its quoted title (r138_12, r148_04)
    "关于印发《某市第26批市级企业技术中心名单》的通知",
    "关于印发《2024年度某市企业创新指数评价结果名单》的通知",
])
def test_a_list_issued_by_its_quoted_title_is_a_publicity(title):
    assert extracted(title, "各有关单位：现予印发。").kind == "publicity"


def test_a_rule_issued_by_its_quoted_title_stays_a_policy():
    assert extracted("关于印发《某市企业技术中心认定管理办法》的通知", "各有关单位：现予印发，请遵照执行。").kind == "policy"


@pytest.mark.parametrize("title", [
    # news headlines of visits and talks (r136_20's form, r149_02, r149_08)
    "某市政协经济界别围绕培育专精特新企业开展专题调研",
    "市政协领导与挂点服务企业座谈 收集企业诉求协调解决难题",
    "省工信厅领导赴某市调研中小企业发展",
])
def test_a_headline_of_a_visit_or_talk_is_an_event(title):
    assert extracted(title, "7月10日，调研组一行走访了5家企业，听取企业意见建议。").kind == "event"


def test_a_call_to_take_part_in_a_survey_stays_a_call():
    notice = extracted("关于组织开展2025年度企业技术创新需求调研工作的通知",
                       "各县（市、区）科技局：请组织企业填写调查表，于8月11日前报送市科技局。", "2025-08-01")
    assert notice.kind == "call"


def test_a_press_conference_spoken_at_makes_an_interpretation():
    # "2月8日，某主任在“…新闻发布会”上表示" (r149_10), as "…举行新闻发布会" already did
    notice = extracted("某市出台“28条”支持企业抗疫",
                       "2月8日，某市发展和改革委员会主任在“某市疫情防控系列新闻发布会”上表示，某市提出28条综合政策举措。")
    assert notice.kind == "interpretation"


@pytest.mark.parametrize("title", [
    # the type an event promotes or cultivates is its topic, not its addressee (r144_17, r149_02, r149_12)
    "工业和信息化部召开促进中小企业平稳健康发展电视电话会议",
    "全市推进中小企业高质量发展工作会议召开",
])
def test_the_type_an_event_promotes_is_its_topic(title):
    assert subjects(title, "会议要求，进一步做好相关工作。") == []


def test_the_type_an_event_is_addressed_to_stays():
    assert subjects("@专精特新企业！9月27日高校毕业生招聘会展位欲订从速", "展位有限，欲订从速。") == ["专精特新中小企业"]


def test_a_county_bureau_named_with_suo_zai_and_guan_li_reviews():
    # "所在县(区)科技管理部门组织审查，请于…前将申报材料报市科技局" is the bureaus' date (r150_09)
    notice = extracted("关于申报2017年度高新技术企业认定奖补资金的通知",
                       "1.申报单位填写申报书，并于2018年5月11日前提交至所在县(区)科技部门。\n"
                       "2.所在县(区)科技管理部门组织审查，请于2018年5月16日17:00前将申报材料报市科技局高新科。",
                       "2018-04-17")
    assert [str(d.date) for d in notice.deadlines] == ["2018-05-11", "2018-05-16"]
    assert str(notice.apply_deadline) == "2018-05-11"


def test_a_reposted_list_keeps_its_publicity_window():
    # a page re-posted after the list's 公示 window, with no signing date (r148_05)
    notice = extracted("67家，省重点实验室拟认定名单公示",
                       "经组织申报、形式审查、专家评审等程序，形成拟认定67家省重点实验室名单，现予以公示。"
                       "公示时间：2023年6月25日-7月1日", "2023-08-09")
    assert notice.kind == "publicity"
    assert [str(d.date) for d in notice.deadlines] == ["2023-07-01"]


def test_a_list_still_tells_of_past_hand_ins():
    notice = extracted("关于2023年度某省示范基地拟认定名单的公示",
                       "经各市推荐，于6月10日报省工信厅，经专家评审，现予以公示。公示期为2023年8月10日至8月16日。\n"
                       "某省工业和信息化厅\n2023年8月9日", "2023-08-09")
    assert [str(d.date) for d in notice.deadlines] == ["2023-08-16"]


# --- the second review's cases ---------------------------------------------------------------------

def test_a_county_reviewer_joined_by_a_comma_still_reviews():
    notice = extracted("关于组织申报2025年度市科技计划项目的通知",
                       "申报单位于9月20日前通过系统提交申报材料，所在县(区)科技管理部门组织审查，请于9月30日前将申报材料报市科技局。",
                       "2025-09-01")
    assert str(notice.apply_deadline) == "2025-09-20"


@pytest.mark.parametrize("title, text, published, expected", [
    # the 公示 window stated after a comma, on a page dated after it
    ("", "2025年创新型中小企业拟入库名单公示 经企业自评、区县审核，现将拟入库名单予以公示，公示期为2025年3月3日至3月7日"
         "（5个工作日），联系电话：0519-85681838", "2025-03-15", ["2025-03-07"]),
    ("2024年度市级智能工厂拟认定名单公示", "各市于7月15日前完成推荐工作。经专家评审，现将拟认定名单公示如下，公示期为7月25日至7月31日。",
     "2024-08-05", ["2024-07-31"]),
    # (a day of the window's month that only begins its end's digits is not its end: 7月3日 is not 7月31日)
    ("2024年度市级智能工厂拟认定名单公示", "各市于7月3日前完成推荐工作。经专家评审，现将拟认定名单予以公示，公示期为7月25日至7月31日。",
     "2024-08-05", ["2024-07-31"]),
])
def test_a_reposted_lists_window_stated_after_a_comma(title, text, published, expected):
    assert deadline_dates(title, text, published) == expected


def test_a_list_issued_under_the_texts_own_heading_is_a_publicity():
    notice = extracted("", "关于印发《某市2025年度瞪羚企业名单》的通知\n各辖市、区工信局：经企业申报、专家评审，"
                           "现将《某市2025年度瞪羚企业名单》印发给你们。\n某市工业和信息化局\n2025年9月5日", "2025-09-10")
    assert notice.kind == "publicity"


def test_the_type_a_visit_surveys_is_its_topic():
    assert subjects("省工信厅领导赴某市调研中小企业发展情况", "7月10日，调研组一行走访了5家企业。") == []


def test_a_report_learnt_at_a_press_briefing_is_an_interpretation():
    # "记者27日从…媒体吹风会上获悉" (r128_18; r141_14's "从今日举行的新闻发布会上获悉" already so)
    notice = extracted("", "中新网北京2月28日电 记者27日从力促一季度经济“开门红”一揽子政策媒体吹风会上获悉，"
                           "当前，北京正在征集首台（套）重大技术装备产品。某委有关负责人介绍了各项措施。")
    assert notice.kind == "interpretation"
