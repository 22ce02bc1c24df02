"""Round 42 of the blind-set method: rules shown by labelled texts of the round's sets (r243-r254), each tested
here on phrasings written for these tests (the sets' own texts stay outside the project). Each table row is one
case; its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, region_names, subjects

LIST_OPENING = "有关省、直辖市科技厅（委、局）：\n经评审，决定认定某某大学科技园等8家单位为国家级示范单位（名单见附件）。\n"


@pytest.mark.parametrize("signature, expected", [
    # an attachment printed in full after the signing date (r246_06, r248_18): the signature above it is read
    pytest.param("科学技术部  教育部\n二○一○年十月二十一日\n附件:\n认定的示范单位名单\n一、甲大学科技园\n二、乙大学科技园\n"
                 "三、丙大学科技园\n四、丁大学科技园\n五、戊大学科技园", ["全国"], id="ministries-above-a-listed-attachment"),
    # (guards: a numbered or spaced heading after the date, whose signature other cues also find)
    pytest.param("湖南省科学技术厅\n2024年6月3日\n附件2\n推荐汇总表\n序号 单位 联系人\n1\n2\n3\n4\n5",
                 ["湖南省"], id="a-numbered-heading"),
    pytest.param("广西壮族自治区科学技术厅\n2025年4月29日\n附件 :\n拟入选单位名单\n序号 单位\n1 甲单位\n2 乙单位\n3 丙单位\n"
                 "4 丁单位", ["广西壮族自治区"], id="a-spaced-heading"),
])
def test_a_signature_above_an_appended_attachment(signature, expected):
    assert region_names("关于认定第六批示范单位的通知", LIST_OPENING + signature) == expected


def test_an_attachment_heading_in_the_body_is_not_the_signature():
    # a heading after a deadline sentence in the body: the signature at the end is still the one read
    text = ("各区科技局：\n请于2025年10月10日\n附件：\n1.申报书\n2.汇总表\n3.承诺书\n4.推荐函\n5.说明\n"
            "南京市科学技术局\n2025年9月20日")
    assert region_names("关于组织申报某某项目的通知", text) == ["南京市"]


@pytest.mark.parametrize("text", [
    # a city or county bureau's division named after the firms it serves is where materials go (r243_12), as a
    # province's 处 was (r128_10)
    pytest.param("各县（市）区主管部门：\n一、请于2025年5月21日前，将推荐文件和被推荐单位的申请材料等纸质件一式四份。"
                 "报送市工业和信息化局中小企业科，电子版发送至邮箱。", id="city-bureau-division"),
    pytest.param("各县（市）区主管部门：\n一、请将被推荐单位的申请材料于2025年5月21日前报送县经济和信息化局中小企业发展科。",
                 id="county-bureau-division"),
    pytest.param("各县（市）区主管部门：\n一、申请单位的材料于2025年5月21日前报送县工信局中小企业科。", id="short-bureau-name"),
])
def test_a_bureau_division_is_no_applicant(text):
    assert "中小企业" not in subjects("关于组织推荐申报2025年度国家中小企业公共服务示范平台的通知", text)


def test_firms_served_beside_a_division_are_still_read():
    # "科技" after the term is no division: the firms are named ("中小企业科技创新")
    text = "一、申报对象\n在本市注册的中小企业科技创新项目承担单位，须为中小企业。"
    assert "中小企业" in subjects("关于组织申报中小企业科技创新项目的通知", text)


def test_a_signing_date_with_one_digit_month_and_day():
    # "201939" under the body's name (r253_15): the city's bureau signs, not the province whose call it forwards
    text = ("各县（区）科技主管部门，有关单位：\n现将《某省科学技术厅关于组织申报2019年度重点专项项目的通知》转发给你们，请认真组织申报。\n"
            "联系人：李工 2829099\n附件：申报指南\n惠州市科学技术局\n201939")
    assert region_names("转发广东省科学技术厅关于组织申报2019年度重点专项项目的通知", text) == ["惠州市"]


@pytest.mark.parametrize("text, expected", [
    # applying said to be suspended or closed is no invitation (r253_18, untitled)
    pytest.param("各有关单位：\n因实施细则正在修订，“科技服务机构扶持”政策的申请自2025年第三批起暂停，申报系统中相应的业务受理已关闭，"
                 "由此带来的不便敬请谅解。\n某区科技创新局\n2025年9月20日", "policy", id="applying-suspended"),
    # …a text that also invites applications elsewhere is still a call
    # (a reviewer's phrasing: a scheme stopped, its new applications no longer taken, those taken still settled)
    pytest.param("自2025年7月1日起，《某市人才安居补贴实施办法》停止执行，该补贴的新申请一律不再受理。\n"
                 "此前已获批的人员按原标准继续发放；已受理尚未审结的申请，按原办法办结。\n某市人力资源和社会保障局\n2025年6月25日",
                 "policy", id="a-scheme-stopped"),
    # (a reviewer's phrasing: a window's cue, 受理时间, in the sentence suspending it)
    pytest.param("因专项资金预算调整，我区2025年度企业研发投入后补助的申请已暂停受理，恢复受理时间另行通知。\n"
                 "已提交申请的企业，审核工作继续进行。\n某区科技创新局\n2025年8月29日", "policy", id="suspended-with-its-window"),
    pytest.param("各有关单位：\n现组织2025年度研发补助申报，请符合条件的企业于2025年10月20日前通过系统提交申请。"
                 "原“科技服务机构扶持”事项暂停受理。\n某区科技创新局\n2025年9月20日", "call", id="a-call-beside-a-suspension"),
])
def test_applying_suspended_is_no_call(text, expected):
    from round_helpers import untitled_kind
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("signature", [
    # a national foundation or society signs (r249_03, r249_13)
    "中国博士后科学基金会\n二〇二五年七月一日",
    "中国机械工程学会\n2025年7月1日",
    "中国工程院\n2025年9月2日",  # (a reviewer's phrasing: an academy named 中国 and its kind alone)
])
def test_national_societies_sign_for_the_country(signature):
    text = "各有关单位：\n现将第五十批资助申报工作通知如下，请于2025年9月5日前提交申请。\n" + signature
    assert region_names("第五十批面上资助开始申报", text) == ["全国"]


@pytest.mark.parametrize("title", [
    # areas and towns designated as a whole (r250_06, r250_08, r250_09, r250_13, r250_16, r250_18, r250_20)
    "关于组织申报省级农村改革试验区的通知",
    "第三批省级夜间文化和旅游消费集聚区开始申报",
    "某省数字乡村试点地区名单公示",
    "某县获评“国家全域旅游示范区”",
    "关于申报2026年生态文明建设示范区、实践创新基地拟推荐名单的公示",
    "某市12个乡镇获批2025年市级农业产业强镇",
    "关于2026年省级生态乡镇、生态村申报有关事项的通知",
])
def test_designated_areas_are_applied_for_by_governments(title):
    assert "政府园区" in subjects(title, "各有关单位：\n请按要求组织申报，于2026年5月20日前报送材料。")


@pytest.mark.parametrize("title", [
    # …not firms in a zone, nor a zone named as a place
    "关于组织申报2026年度高新区企业研发补助的通知",
    "郑洛新国家自主创新示范区2026年度科技项目申报指南",
    "关于示范区内企业申报技术改造奖励的通知",
])
def test_a_zone_named_as_a_place_is_no_applicant(title):
    assert "政府园区" not in subjects(title, "各有关企业：\n请符合条件的企业于2026年5月20日前报送材料。")


@pytest.mark.parametrize("text, expected", [
    # papers handed in with a bare 报 to an office or a division named in full (r260_08, r249_18), as 报送 is
    pytest.param("各省、自治区、直辖市知识产权局：\n请于2026年1月20日前将2025年工作总结及2026年要点表报联席会议办公室。",
                 ["2026-01-20"], id="to-an-office"),
    pytest.param("各学院（部）：\n一、时间节点\n2026年3月2日前，各学院（部）将申报书及形式审查表报科技处办公室；",
                 ["2026-03-02"], id="to-a-division"),
    # (a reviewer's phrasings: a ministry's general office; a division whose name begins with 社会)
    pytest.param("各省、自治区、直辖市教育厅（教委）：\n请各省级教育行政部门于2026年1月30日前将自查报告报教育部办公厅。",
                 ["2026-01-30"], id="to-a-general-office"),
    pytest.param("各学院、研究所：\n2026年3月17日（星期五）下午5:00前，各单位将申报汇总表及申请书报社会科学处办公室。",
                 ["2026-03-17"], id="to-the-social-sciences-division"),
    # …not reporting for duty
    pytest.param("各位新进人员：\n请于2026年3月2日到人事处报到，并于2026年3月10日参加岗前培训。", [], id="reporting-for-duty"),
])
def test_papers_sent_to_an_office(text, expected):
    assert deadline_dates("关于做好有关工作的通知", text, "2025-12-20") == expected


@pytest.mark.parametrize("title", [
    # a firm an industrial programme holds up as a model is a manufacturer (r257_09, r259_07)
    "关于组织申报2026年省服务型制造示范企业的通知",
    "关于公布2026年某省消费品工业“三品”标杆企业名单的通知",
])
def test_model_firms_of_industry_are_manufacturers(title):
    assert "制造企业" in subjects(title, "各有关单位：\n请按要求组织申报，于2026年5月20日前报送材料。")


@pytest.mark.parametrize("title, text, expected", [
    # a university passing on a call its teachers answer: the persons named apply, not the university (r249_07, r249_18)
    pytest.param("关于申报2026年某某卓越青年科学基金项目的通知",
                 "各有关单位、老师：\n现组织2026年卓越青年科学基金项目申报工作，相关要求如下：\n1、申报人应具有中华人民共和国国籍。\n"
                 "2、请于2026年4月20日前将申报材料报科研处。", {"人才"}, id="teachers-apply-through-their-university"),
    # …while one organising its own applications still has the university apply (round 17's rule), beside the laboratory
    # it applies for (the guide's 平台载体, read since round 50 also where jieba glues 省级重点)
    pytest.param("关于组织申报2026年度省级重点实验室的通知",
                 "各学院（部）：\n现将我校组织推荐工作通知如下，请于2026年4月20日前将材料报科研处。", {"高校院所", "平台载体"},
                 id="the-university-applies"),
    # …an institute organising its own likewise (a reviewer's phrasing)
    pytest.param("关于组织申报2026年度省工程技术研究中心的通知",
                 "所内各研究部门：\n省科技厅组织开展省工程技术研究中心建设申报，我所拟以研究所为依托单位申报1家。\n"
                 "请各部门于2026年8月25日前提交建设方案。", {"高校院所", "平台载体"}, id="the-institute-applies"),
    # persons of a university named in a title are those persons (the reviewer's phrasings)
    pytest.param("关于推荐参加第七届某省高校青年教师教学竞赛的通知",
                 "各学院：\n参赛教师须为在职专任教师。请各学院于9月26日前将推荐人选报名表报送教务处教学研究科。", {"人才"},
                 id="university-teachers"),
    pytest.param("关于组织申报某省高校优秀科技创新团队的通知",
                 "各学院、各研究院：\n申报团队应有明确的研究方向，请各团队带头人于2026年10月10日前将申报书发送至科研院邮箱。",
                 {"人才"}, id="university-teams"),
    # envoys selected in a title ending "有关工作的通知" (r249_12), as those selected or sent were
    pytest.param("关于遴选某省第十一批科技特派员有关工作的通知", "各学院（部），各部门：\n请符合条件的教师于2026年3月30日前报名。",
                 {"人才"}, id="envoys-selected"),
    # postdoctoral fellows apply to the postdoctoral science fund (r249_02, r249_03)
    pytest.param("关于申报第80批中国博士后科学基金面上资助的通知", "各设站单位：\n网上申报与纸质申报同时进行，请于2026年3月2日前提交。",
                 {"人才"}, id="postdoctoral-fund"),
])
def test_persons_a_university_passes_calls_to(title, text, expected):
    assert set(subjects(title, text)) == expected


def test_a_postdoctoral_station_is_no_person():
    # a station firms and universities set up is applied for by them
    assert "人才" not in subjects("关于组织开展2026年度博士后科研工作站新设站工作的通知",
                                  "各有关单位：\n请符合条件的企业于2026年5月20日前提交设站申请。")
