"""Round 33 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import extracted, kind, subjects


def _numbers(text: str) -> list[str]:
    return [phone.number for phone in extracted("某市关于开展认定工作的通知", text).phones]


@pytest.mark.parametrize("text, expected", [
    # a flattened contact table: 7-digit local numbers, each followed by the next row's number
    # (r130_01 in 威海, n_036 in 呼和浩特)
    ("三、联系方式 序号单位联系人联系电话1某市工业和信息化局张某0631-52012342某区工业和信息化局李某"
     "0631-53012343某市中小企业服务中心王某0631-8401234",
     ["0631-5201234", "0631-5301234", "0631-8401234"]),
    ("咨询电话 序号咨询类别联系人联系电话1政策咨询某处赵某0471-69012342系统操作某处钱某0471-6901235",
     ["0471-6901234", "0471-6901235"]),
    # a row number glued to an 8-digit number (成都), or a two-digit one (兰州, rows 10 and 11)
    ("序号单位联系人电话1某区科技局张某028-862012342某区科技局李某028-86201235",
     ["028-86201234", "028-86201235"]),
    ("…9某区工信局赵某0931-641234510某县工信局钱某0931-641234611某县工信局孙某0931-6412347",
     ["0931-6412345", "0931-6412346", "0931-6412347"]),
    # (an 8-digit number is kept where the plan has 8 digits: 南京, 深圳)
    ("联系人：孙某025-83012345某区联系人：周某0755-23012345", ["025-83012345", "0755-23012345"]),
    # (and where no words follow, but a blank or punctuation does: a wrong number is not ours to mend)
    ("联系电话：0631-52012342\n传真：0631-5201235", ["0631-52012342", "0631-5201235"]),
    ("联系电话：0991-45612378，传真：0991-4561238。", ["0991-45612378", "0991-4561238"]),
    ("联系电话：0471-69012345（办公室），邮箱：某@某.cn", ["0471-69012345"]),
    # (nor where words follow but no table shows: no 序号 column, no row numbered before)
    ("联系电话：0539-87212345传真：0539-8721235。", ["0539-87212345", "0539-8721235"]),
    ("咨询电话：0931-84123456张老师", ["0931-84123456"]),
])
def test_a_row_number_glued_to_a_landline_is_dropped(text, expected):
    assert _numbers(text) == expected


def test_the_row_number_is_not_read_into_the_next_label():
    notice = extracted("某市关于开展认定工作的通知",
                       "序号单位联系人联系电话1某市工业和信息化局张某0631-52012342某区工业和信息化局李某0631-5301234")
    assert [phone.label for phone in notice.phones][1] == "某区工业和信息化局李某"


@pytest.mark.parametrize("title, text, expected", [
    # a bureau's division is no applicant (r128_10 "…中小企业创新发展处", r133_19 "…科技企业服务处")
    ("某市工业和信息化局关于2027年度市级中小企业特色产业集群认定名单的公示",
     "市工业和信息化局组织开展了评审认定工作，拟认定某某集群等11个集群。如对公示名单有意见和建议，请在公示期内反馈"
     "市工业和信息化局中小企业创新发展处。", []),
    # nor a division's code in a document number written with small brackets (r128_10)
    ("某省工业和信息化厅关于2027年度省级产业集群拟认定名单的公示",
     "依据《某部办公厅关于组织推荐2027年度产业集群的通知》（工信厅企业函﹝2027﹞12号）要求，拟认定某某集群等5个集群，现予公示。",
     []),
    # an industrial leading firm is a manufacturer (r127_10's list, r127_17's reward targets)
    ("某省工业和信息化厅关于公布第三批工业龙头企业名单的通知",
     "现将第三批某省工业龙头企业名单（20家）予以公布。", ["制造企业"]),
    # a publicity's title names the firms it lists (r140_15 "…拟推荐企业的公示")
    ("某市商务局关于第二批某省老字号拟推荐企业的公示",
     "经各区商务部门组织申报，现将拟推荐名单予以公示。", ["企业"]),
])
def test_subjects_of_lists(title, text, expected):
    assert subjects(title, text) == expected


def _deadlines(text: str, published: str = "2027-11-20") -> tuple[list[tuple[str, str]], str | None]:
    notice = extracted("某市关于开展试点企业遴选工作的通知", text, published)
    return [(str(d.date), d.label) for d in notice.deadlines], \
        str(notice.apply_deadline) if notice.apply_deadline else None


def test_filling_in_the_form_by_a_date_is_a_deadline():
    # r135_15: the only act of the clause is filling in the form (its sending follows in another clause)
    found, applying = _deadlines("二、遴选流程\n（一）各区工信部门发动符合条件企业参与试点，于12月10日下午17:00前汇总企业信息"
                                 "填写《试点企业汇总表》（见附件），将汇总表扫描件发送至邮箱。")
    assert [day for day, _ in found] == ["2027-12-10"] and applying == "2027-12-10"


def test_an_applying_clause_is_not_labelled_by_a_publicity_elsewhere_in_its_sentence():
    # r137_08: a page flattened into one sentence; the publicity it names is of the review's results
    text = ("三、申报材料,申报单位在系统中按要求填写上传申报材料,县科技局对申报材料进行审核,审核结果向社会公示,"
            "四、其他要求,请符合条件的申报单位于12月16日前在系统中进行申报,附件:操作手册")
    found, applying = _deadlines(text)
    assert found == [("2027-12-16", "网上申报截止")] and applying == "2027-12-16"
    # (an objection's window keeps its label though the clause asks for a review: n_054)
    found, _ = _deadlines("申请人如对审查结果有异议,可在2027年12月4日前提出复审申请,逾期不予受理。")
    assert found == [("2027-12-04", "异议截止")]


def test_a_workplace_listed_before_its_verb_is_no_applicant():
    # r135_10: the verb of employment follows a list of workplaces, further than the first 12 characters
    assert subjects("某省2027年度青年拔尖人才申报指南",
                     "二、申报条件\n申报人应具备以下条件：\n5.申报截止日期前在省内高校、科研机构、企业研发机构等单位工作1年以上的；"
                     "\n6.申报年龄为39周岁以下。") == ["人才"]


@pytest.mark.parametrize("title, text, expected", [
    # a heading organising work, where nothing else decides (r128_02, r130_01)
    ("关于组织企业参加2027年第二批某类企业评价的通知",
     "各区工业和信息化局：\n根据省厅通知要求，现组织开展2027年第二批评价工作，企业自主申报（3月1日-3月8日）。", "call"),
    ("关于组织参加2027年某省创新方法大赛的通知", "各有关单位：\n一、参赛对象\n本市企业及其技术人员。\n二、赛程\n初赛、决赛。",
     "call"),
    # (a heading only opening work is most often a body's own: the review's "…摸排工作", "…评估工作")
    ("关于开展2027年度欠薪线索摸排工作的通知", "各县（区）人社局：\n一、摸排范围\n在建工程项目。\n二、摸排内容\n工资支付情况。",
     "policy"),
    # (not the body's own work, nor a heading that organises nothing: the default stays)
    ("关于开展2027年全市企业安全生产检查的通知", "各区：\n一、检查对象\n全市规模以上工业企业。\n二、检查内容\n安全生产制度落实情况。",
     "policy"),
    # (a title announcing holders renamed is a list since round 41, r137_14: tests/test_round_41.py)
    ("关于某市高新技术企业有关事项的公告", "某某有限公司等12家企业变更后仍符合条件。", "policy"),
])
def test_an_organising_heading_decides_when_nothing_else_does(title, text, expected):
    assert kind(title, text) == expected


def test_comments_collected_close_a_window():
    # r128_16: 征集 as well as 征求: "现面向社会公开征集意见", "公开征集意见时间：…至…"
    found, _ = _deadlines("现面向社会公开征集意见，欢迎社会各界提出意见建议。\n公开征集意见时间：2027年3月10日至3月16日。"
                          "\n意见反馈渠道如下：电子邮箱。", "2027-03-10")
    assert found == [("2027-03-16", "意见反馈截止")]


def test_a_window_for_registering_is_no_condition():
    # r138_13: "注册截止日期" closes a window; a firm 注册 before a date is still a condition
    found, applying = _deadlines("大赛报名网站为某网站。企业注册截止日期和报名截止日期分别为2027年6月16日和6月23日。",
                                 "2027-04-23")
    assert [day for day, _ in found] == ["2027-06-16", "2027-06-23"] and applying == "2027-06-23"
    found, _ = _deadlines("申报条件：2027年1月1日前在本市注册成立的企业。")
    assert found == []


def test_dates_listed_with_the_next_batch_named_between_share_the_cue():
    # r134_01: "第一批…请于4月30日、第二批请于10月15日前报送"
    found, applying = _deadlines("2027年新设站分两批次进行申报。第一批推荐汇总表请于4月30日、第二批请于10月15日前报送至管理委员会办公室。",
                                 "2027-03-16")
    assert [day for day, _ in found] == ["2027-04-30", "2027-10-15"] and applying == "2027-04-30"


def test_a_university_passing_a_call_to_its_teachers_applies():
    # r135_13: "各位老师：" as "各学院：" (the university's own office relays the city's call)
    assert subjects("关于征集2028年度某市科技计划项目的通知",
                     "各位老师：\n根据《某市科学技术局关于征集2028年度某市科技计划项目的通知》，现将有关事宜通知如下：\n"
                     "一、申报程序\n通过管理系统注册登录后线上申报，提交学校审查。") == ["高校院所"]


@pytest.mark.parametrize("title, text, expected", [
    # the review's cases the first form of the round's rules got wrong: an office an applicant turns to is
    # no division of a bureau
    ("某区关于申领2028年度房租补贴的通知", "一、申请方式\n符合条件的小微企业可向所在街道办事处提出申请。", ["小微企业"]),
    ("某省教育厅关于组织申报2028年度科技成果转化项目的通知", "一、申报单位\n省属高校可通过本校科技处统一组织推荐，每校限报3项。",
     ["高校院所"]),
    # the applicant's own work is no workplace
    ("某市关于组织申报2028年度数字化转型项目的通知", "一、申报条件\n在本市注册纳税的中小企业围绕主导产业开展数字化转型工作，可申报。",
     ["中小企业"]),
    # a long list of workplaces before the units worked at
    ("某省2028年度高层次人才项目申报指南", "一、申报对象\n在我省企业、高校、科研院所、医疗卫生机构、文化艺术机构等单位全职工作的"
     "高层次人才。", ["人才"]),
    # a division's code in a document number in round brackets
    ("某省工业和信息化厅关于2028年度省级公共服务示范平台拟认定名单的公示",
     "按照《关于开展2028年度省级公共服务示范平台认定工作的通知》（晋工信中小企字（2028）45号）要求，拟认定某某服务中心等12家平台，"
     "现予以公示。", ["平台载体"]),
])
def test_the_reviews_subject_cases(title, text, expected):
    assert subjects(title, text) == expected


def test_the_reviews_deadline_cases():
    # a date done already ("已于…前填写") closes nothing
    found, applying = _deadlines("企业已于2027年6月30日前填写半年报的，年报中相关指标无需重复填报。请各企业于2028年1月15日前完成年报报送。",
                                 "2027-12-10")
    assert [day for day, _ in found] == ["2028-01-15"]
    # an applicant named (申报单位) does not make an objection's clause one that applies
    found, applying = _deadlines("申报截止时间为2027年10月31日。拟支持项目名单将在市工信局网站公示，公示期内对名单有意见的，"
                                 "申报单位须于2027年12月10日前书面反馈。", "2027-09-10")
    assert applying == "2027-10-31" and dict(found)["2027-12-10"] != "纸质材料报送"


def test_the_second_reviews_cases():
    # teachers addressed by a school or an education bureau are no university's
    assert subjects("关于开展2028年度中小学优质课评选活动的通知",
                     "各中小学、幼儿园，全体教师：\n请各校于10月20日前将推荐名单报区教研室。") == []
    # a channel named (申报系统) does not make an objection's clause one that applies
    _, applying = _deadlines("申报截止时间为2027年10月31日。拟支持名单将予公示，公示期间如有异议，可于11月30日前通过申报系统反馈。",
                             "2027-09-10")
    assert applying == "2027-10-31"
    # enrolment organised in an insurance is no call
    assert kind("关于组织参加2028年度全市企业职工基本养老保险集中参保的通知",
                "各单位：\n一、参保对象\n本市企业职工。\n二、参保方式\n由单位统一办理。") == "policy"
    # the start of an item of a workplace list ("企业研发机构") is a workplace too
    assert subjects("某省2028年度青年科技人才项目申报指南",
                     "一、申报条件\n申报人应在我省高校、科研院所、企业研发机构、新型研发机构等单位专职工作。\n"
                     "二、申报人年龄不超过35周岁。") == ["人才"]


@pytest.mark.parametrize("title, text, expected", [
    # a talent programme's call: firms named only as the employers of the persons chosen (r135_11, r135_20)
    ("某省关于做好2028年省青年学术和技术带头人后备人才申报推荐工作的通知",
     "一、遴选条件\n在本省范围内具有独立法人资格的企事业单位，年龄在45周岁以下，从事科学研究、技术开发等工作的在岗人员。",
     ["人才"]),
    ("某大学关于申报2028年度某省创新人才工程项目的通知",
     "二、直接遴选\n面向国家和省重大创新平台、重点科技型企业，直接遴选确定一批高层次人才。", ["人才"]),
    # (firms stated as the applicants of a talent programme stay: they bring the talent in)
    ("某市关于开展2028年度领军型创新人才引进培育项目申报工作的通知",
     "一、申报主体\n申报主体为在本市注册的企业，引进的领军型创新人才须全职到岗。", ["人才", "企业"]),
])
def test_a_talent_programmes_employers_are_no_applicants(title, text, expected):
    assert subjects(title, text) == sorted(expected)


@pytest.mark.parametrize("title, text", [
    # the review's cases: a sentence that has firms apply keeps them, however it ends
    ("某市关于开展2028年度企业引进高层次人才补贴申报工作的通知",
     "一、申报条件\n申报单位为在本市注册的企业，申报对象为企业新引进的高层次人才。"),
    ("某省关于开展2028年度育才计划人才项目申报的通知", "一、申报主体\n申报单位为在本省注册的企业，由企业申报其聘用的高层次人才。"),
])
def test_firms_that_apply_for_their_talent_stay(title, text):
    assert "企业" in subjects(title, text)
