"""Round 44 of the blind-set method: rules shown by labelled texts of the round's sets (r283-r299, and r261, r262,
r280 now tuning), each tested here on phrasings written for these tests (the sets' own texts stay outside the
project), with the guards the round's code review asked for. Each table row is one case; its id says which rule it
pins or guards."""
import pytest

from round_helpers import deadline_dates, extracted, kind, region_names, subjects


@pytest.mark.parametrize("account, addressees, expected", [
    # a city's account posting its province's text as it stands, written to the province's cities (r285_06; r283_05
    # labelled alike): the province's
    pytest.param("衡阳市经信委", "各市州经信委：", ["湖南省"], id="province-text-on-a-city-account"),
    pytest.param("株洲市科学技术局", "各设区市科技局：", ["湖南省"], id="to-every-city"),
    # (guards: a city writing to its county-level cities and districts, or to its counties, or to its market offices,
    # stays the city's)
    pytest.param("株洲市科学技术局", "各市（区）科技局：", ["株洲市"], id="to-its-own-cities-and-districts"),
    pytest.param("醴陵市市场监督管理局", "各市场监管所、局机关各股室：", ["醴陵市"], id="to-its-market-offices"),
    pytest.param("株洲市科学技术局", "各县（市、区）科技局：", ["株洲市"], id="to-its-counties"),
])
def test_a_city_account_posting_its_provinces_text(account, addressees, expected):
    text = (f"{addressees}\n根据湖南省有关通知要求，请各地组织推荐，并于2026年4月8日前将材料寄送至省厅。\n"
            "联系人：唐先生\n2026年3月30日")
    assert region_names("关于组织推荐第二十八届中国专利奖申报项目的通知", text, account=account) == expected


@pytest.mark.parametrize("account, expected", [
    # an institution named after its city gives a bare landline that city's code when the notice names no place
    # (r285_01, r249_07)
    pytest.param("西安交通大学第二附属医院", ["029-87678301"], id="a-hospital-named-after-its-city"),
    pytest.param("合肥工业大学科研院", ["0551-87678301"], id="a-university-named-after-its-city"),
    # (guards: a province of several codes, an account naming no place, and one naming two cities give none)
    pytest.param("浙江科技大学社科处", ["87678301"], id="a-province-decides-nothing"),
    pytest.param("西安交通大学苏州研究院", ["87678301"], id="two-cities-named"),
    pytest.param("科研处", ["87678301"], id="no-place-named"),
])
def test_a_bare_landline_takes_the_code_of_the_accounts_city(account, expected):
    text = "各科室：\n请于2026年6月11日前将推荐材料报送科研部。\n联系人：高老师\n联系电话：87678301"
    notice = extracted("关于征集先进科技成果的通知", text, account=account)
    assert [phone.number for phone in notice.phones] == expected


@pytest.mark.parametrize("text, expected", [
    # the members a consortium must be made of are its applicants (r287_11, r287_17)
    pytest.param("联盟成员要由企业、大学和科研机构等多个独立法人组成。请于2026年8月17日前报送材料。",
                 ["企业", "高校院所"], id="an-alliance"),
    pytest.param("市级创新联合体由企业、高等学校、科研院所等多个独立法人单位组成。即日起开始备案。",
                 ["企业", "高校院所"], id="an-innovation-consortium"),
    # (a reviewer's: a community formed so)
    pytest.param("共同体应由本市龙头企业牵头，联合不少于2家高等院校或科研机构组建。申报截止时间：2026年5月31日。",
                 ["企业", "高校院所"], id="a-community-formed"),
])
def test_the_members_of_a_consortium_apply(text, expected):
    assert subjects("关于开展2026年度产业技术创新战略联盟申报工作的通知", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a university passing a call on, whose researchers are named as applying: persons (r285_03, r285_18)
    pytest.param("各学院、各部门：\n现将通知转发给你们。申请人在申报系统注册后，请于2026年4月24日前完成网上申报。",
                 ["人才"], id="applicants-register"),
    pytest.param("各学院：\n现将有关事项通知如下：各申报人请于2026年4月24日前完成网上申报，逾期不予受理。",
                 ["人才"], id="each-applicant-asked"),
    # (a reviewer's: the university's own institutes addressed beside its schools)
    pytest.param("各学院、各研究机构：\n各申报人请于2026年3月5日前完成网上申报，并将纸质申请书交至社科处。",
                 ["人才"], id="own-institutes-addressed"),
    # (a science award's call passed to the university's schools: its researchers, r285_05, r285_18)
    pytest.param("各学院：\n请各学院于2026年4月10日前报送省科学技术奖推荐材料。", ["人才"], id="an-award-passed-on"),
    # (guard: nobody named as applying, the university's schools answer the call)
    pytest.param("各学院：\n请各学院于2026年4月24日前报送推荐材料，每个学院限报1项。", ["高校院所"],
                 id="schools-answer"),
])
def test_persons_apply_when_a_university_passes_a_call_on(text, expected):
    title = "关于组织申报2026年度省科学技术奖的通知" if "科学技术奖" in text else "关于转发2026年度人文社会科学研究项目申报工作的通知"
    assert subjects(title, text) == expected


def test_universities_counsellors_are_no_university():
    # universities' counsellors named as those who may apply are persons, not their universities (r285_03)
    assert "高校院所" not in subjects("关于组织申报2026年度高校辅导员研究专项的通知",
                                    "本次专项面向高校辅导员，符合条件的高校辅导员均可申报。")


@pytest.mark.parametrize("title, expected", [
    # a call for a science and technology award honours the researchers who did the work (r242_10, r285_05, r285_17,
    # r279_18)
    pytest.param("2026年度某省科学技术奖提名工作于5月3日截止", ["人才"], id="provincial-award-nominations"),
    pytest.param("关于申报2026年度某省医学科技奖的通知", ["人才"], id="medical-award"),
    pytest.param("关于开展2026-2027年度中华农业科技奖申报工作的通知", ["人才"], id="agricultural-award"),
    pytest.param("关于某省第十五届社会科学优秀成果奖申报工作的通知", ["人才"], id="social-science-award"),
    # (guards: the money a science award pays out, and a trade's award that units enter, name no persons)
    pytest.param("关于申报2026年度科技奖励资金的通知", [], id="award-money"),
    pytest.param("关于申报2026年度科技奖补资金的通知", [], id="award-subsidy"),
    pytest.param("关于开展2026年度中国机械工业科学技术奖推荐工作的通知", [], id="a-trades-award"),
])
def test_a_science_award_is_for_researchers(title, expected):
    assert subjects(title, "各有关单位：\n请于2026年4月10日前报送申报材料，逾期不予受理。") == expected


@pytest.mark.parametrize("text, expected", [
    # a date whose 年 and 月 were lost, its year run in before a one-digit month and day (r285_07; r267_09 so written)
    pytest.param("四、本市申报截止时间为202668日。", ["2026-06-08"], id="year-month-day-run-together"),
    # (guard: a one-digit month 1 after the year splits two ways, 1月15日 or 11月5日)
    pytest.param("四、本市申报截止时间为2026115日。", [], id="january-split-two-ways"),
])
def test_a_date_run_together_after_its_year(text, expected):
    assert deadline_dates("关于2026年度社科基金专项申报工作的通知", text, "2026-04-02") == expected


@pytest.mark.parametrize("title, text", [
    # results headlined after the selection (r293_09, r289_09)
    pytest.param("2026年某市青年科技人才托举工程 评选结果公布", "近日，某市青年科技人才托举工程评选结果公布，共评定出30名资助对象。",
                 id="selection-results-announced"),
    pytest.param("2026年度全国健康城市建设评价结果发布", "根据评价结果，确定了2026年度健康城市建设样板市名单。",
                 id="assessment-results-released"),
    # entries counted as honoured (r293_12, r293_14)
    pytest.param("某市国资系统56个项目荣获省科学技术奖", "4月27日上午，2026年度省科学技术奖励大会隆重举行。",
                 id="projects-honoured"),
    pytest.param("全省科学技术奖励大会举行 某市49个科技项目获表彰", "昨天上午，全省科学技术奖励大会在省会举行。",
                 id="projects-commended"),
    # an award decision whose title closes on its document number (r293_17)
    pytest.param("国务院关于2026年度国家科学技术奖励的决定(2027年3号)", "国务院决定，授予某某院士2026年度国家最高科学技术奖。",
                 id="award-decision-with-its-number"),
])
def test_results_reported_are_lists(title, text):
    assert kind(title, text) == "publicity"


def test_a_result_to_come_is_no_list():
    # (guard: a title naming results that will come, not results announced)
    assert kind("关于做好2026年度科技型企业评价工作的通知", "评价结果将于2026年6月公布，请各企业于5月20日前完成填报。") != "publicity"


@pytest.mark.parametrize("text, expected", [
    # persons an award decision names (r293_17, r293_18)
    pytest.param("省人民政府决定，授予某某医院张某某院士2026年度省科学技术突出贡献奖。", ["人才"], id="an-academician-awarded"),
    pytest.param("授予“某某技术研究”等199个项目2026年度省科学技术奖；授予李某等4人2026年度省国际科学技术合作奖。",
                 ["人才"], id="persons-counted-awarded"),
    # (guard: projects alone name no persons)
    pytest.param("授予“某某技术研究”等199个项目2026年度省科学技术奖。", [], id="projects-only"),
])
def test_an_award_decision_names_its_persons(text, expected):
    assert subjects("省政府关于2026年度某省科学技术奖励的决定", text) == expected


def test_farming_households_apply_as_persons():
    # households growing or raising beside farms and co-operatives (r290_08, r290_04)
    text = "一、申报条件\n补助对象：有种植经验的种植大户，要求集中连片种植面积不少于30亩。\n申报时间：2026年6月5日前。"
    assert subjects("某县农业农村局关于实施2026年大豆单产提升项目的公告", text) == ["人才"]
    # (guard: the households a firm must bring along do not apply)
    text = "申报条件：申报企业须带动周边种植大户不少于50户。"
    assert subjects("关于申报2026年度农业产业化龙头企业的通知", text) == ["企业"]


@pytest.mark.parametrize("title, account, expected", [
    # 康县 inside 健康县区 is no place (r289_18)
    pytest.param("国家卫生健康委通报2026年度全国健康县区建设优秀案例征集情况", "国家卫生健康委", ["全国"], id="healthy-counties"),
    # an autonomous county written short with its level (r290_11)
    pytest.param("关岭自治县农业农村局关于公开遴选2026年度农业社会化服务项目承担主体的公告", None,
                 ["关岭布依族苗族自治县"], id="autonomous-county-short"),
    pytest.param("长阳县科技局关于组织申报2026年度科技计划项目的通知", None, ["长阳土家族自治县"],
                 id="autonomous-county-with-its-level"),
    # a local outlet's 我市 is its own city, not another named in its report (r293_13)
    pytest.param("我市在第十届淮海科学技术奖评选中创佳绩", "淮安日报", ["淮安市"], id="local-outlets-own-city"),
    # (guards: words ending in a place's short name are no place)
    pytest.param("关于开展2026年度红旗党支部评选工作的通知", None, [], id="red-flag-is-no-district"),
    pytest.param("关于开展全面小康县建设评估的通知", None, [], id="moderately-prosperous-county"),
])
def test_places_read_right(title, account, expected):
    text = ("本报讯 2026年淮海科学技术奖评选结果出炉，我市再创佳绩。该奖项由徐州市科协牵头发起。" if account == "淮安日报"
            else "各有关单位：\n请于2026年6月30日前报送材料。")
    assert region_names(title, text, account=account) == expected


@pytest.mark.parametrize("text, expected", [
    # a window whose act follows the site logged in to, over a comma (r294_10)
    pytest.param("符合支持条件的申报企业，应在2026年6月20日至6月30日期间，登录某市政府门户网站“政策兑现”栏目，选择相对应的"
                 "项目申报进行申请，上传电子版项目申报材料。",
                 ["2026-06-30"], id="log-in-then-apply"),
    # (a reviewer's: the way to act through a service site, over a comma)
    pytest.param("企业可于2026年9月1日至9月20日期间，通过“某市一网通办”进入“惠企政策直达”专区，上传认定证书后提交申请。",
                 ["2026-09-20"], id="through-a-site-then-apply"),
    # (guards: a period describing the firms who may claim, or what they did, over a comma, is no window)
    pytest.param("2026年3月1日至10月31日期间，通过某平台报名参加境外重点展会的外贸企业，可申请展位费补贴。", [],
                 id="firms-described-by-a-period"),
    pytest.param("2026年3月1日至10月31日期间，通过某平台报名参加境外展会，且已完成参展，可申请展位费补贴。", [],
                 id="what-they-did-in-the-period"),
])
def test_a_window_logged_in_to(text, expected):
    assert deadline_dates("关于2026年度支持商务服务业企业发展项目申报指南的通知", text, "2026-06-19") == expected


@pytest.mark.parametrize("signature, expected", [
    # a national federation or society signing by one of its departments is national (r299_03)
    pytest.param("中国轻工业联合会综合业务部", ["全国"], id="a-federations-department"),
    pytest.param("中国某某学会秘书处", ["全国"], id="a-societys-secretariat"),
])
def test_a_national_societys_department_is_national(signature, expected):
    text = f"各有关单位：\n现将拟认定名单予以公示，公示期为2026年11月16日至11月22日。\n{signature}\n2026年11月16日"
    assert region_names("关于第三批某某行业科技创新平台拟认定名单的公示", text) == expected


def test_two_dates_run_together_are_no_phones():
    # a window's two dates whose separators were lost, next to a contact line (r299_03)
    text = "现予以公示。\n公示时间:2026111620261122\n联系电话:010-68396444\n中国某某联合会\n2026年11月16日"
    notice = extracted("关于某某平台拟认定名单的公示", text)
    assert [phone.number for phone in notice.phones] == ["010-68396444"]


@pytest.mark.parametrize("title, expected", [
    # claims opened for rewards already earned are calls (a reviewer's phrasings, as a 申领指南 is)
    pytest.param("关于开展2026年度高新技术企业奖励申领工作的通知", "call", id="claims-opened"),
    pytest.param("关于开展2026年度某区工业企业数字化改造奖励兑现的通知", "call", id="rewards-paid-out"),
    # candidates asked for (r299_07; r285_14, r249_05, r299_04 so titled, all calls)
    pytest.param("关于推荐第四届全国创新争先奖候选人的通知", "call", id="candidates-asked-for"),
    pytest.param("关于推荐2026年度“某某学者奖励计划”人选工作的通知", "call", id="nominees-asked-for"),
    # staff recruited in the open (r297_05, r297_06)
    pytest.param("2026年某县招聘教师70人公告", "call", id="teachers-recruited"),
    pytest.param("某区2026年第二批公开招聘教师公告", "call", id="open-recruitment"),
    # (guards: job fairs stay events; a recruitment's later step is no call)
    pytest.param("关于举办2026年某市民营企业招聘会的通知", "event", id="a-job-fair"),
    pytest.param("某大学2026届毕业生校园招聘双选会公告", "event", id="a-two-way-fair"),
    pytest.param("某县2026年公开招聘教师拟聘用人员公告", "policy", id="recruits-to-be-hired"),
    # (guards: candidates decided, and a payout announced, are no call)
    pytest.param("关于推荐张某某同志为全国劳动模范候选人的通知", "policy", id="a-candidate-put-forward"),
    pytest.param("关于确定2026年度某省杰出青年推荐人选的通知", "policy", id="nominees-decided"),
    pytest.param("关于2025年度科技创新政策奖励资金兑现的通知", "policy", id="a-payout"),
    # (guard: a training applied for is a call)
    pytest.param("关于组织申报2026年度中小企业经营管理人才培训的通知", "call", id="a-training-applied-for"),
    # a training, whatever it trains for (r298_02)
    pytest.param("关于开展2026年高新技术企业认定相关政策第二轮分片区辅导培训的通知", "event", id="a-training"),
])
def test_titles_that_decide_the_kind(title, expected):
    assert kind(title, "各有关单位：\n现将有关事项通知如下。") == expected


def test_recruited_teachers_are_persons():
    assert subjects("2026年某县招聘教师70人公告", "报名时间：2026年6月1日至6月5日。") == ["人才"]
    # (guard: a firm's hiring subsidised names no persons)
    assert subjects("关于申报2026年度企业招聘人员社保补贴的通知", "各有关企业：\n请于2026年6月30日前提交申请。") == ["企业"]


@pytest.mark.parametrize("text", [
    # units that may put candidates forward, each with its quota, recommend and do not apply (r299_12, r249_20)
    pytest.param("三、推荐名额\n各省级学会、有关高校、有关省属企业可推荐本领域、本单位候选人1名，符合条件的个人可申报。",
                 id="may-recommend-candidates"),
    pytest.param("三、推荐方式\n各市级学会1名、各高校科协1名、各企业科协1名，符合条件的个人可自荐。", id="quotas-per-unit"),
])
def test_recommenders_of_candidates_are_no_applicants(text):
    assert subjects("关于开展第十四届某市青年科技奖评选工作的通知", text) == ["人才"]


def test_applicants_who_also_recommend_stay_applicants():
    # (guard: units a sentence names as applying stay applicants though a later clause lets them recommend)
    text = "企业、高校、科研院所均可申报，每个单位可推荐1名联系人。"
    assert subjects("关于组织申报2026年度产学研合作项目的通知", text) == ["企业", "高校院所"]
