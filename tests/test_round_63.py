"""Round 63 of the blind-set method: rules shown by labelled texts of the evaluation sets r540-r562 (round 62's) and
r564-r576 (collected in this round on themes no earlier round took; r563 and r568 are its final check), each tested
here on phrasings written for these tests (the sets' own texts stay outside the project). One table per field, read by
one test per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, kind, subjects

KINDS = [
    # a notice recruiting by its title's verb is a call, as one selecting or collecting is (r575_07; r555_02 recruits
    # volunteers so)
    pytest.param("【公告】关于招募某省省级政府投资基金管理机构的公告", "现面向社会公开招募基金管理机构。", "call",
                 id="recruiting-fund-managers"),
    pytest.param("关于招募2026年某热线值班志愿者的公告", "现面向社会招募志愿者20名。", "call", id="recruiting-volunteers"),
    # (guard: the recruits named are a list)
    pytest.param("关于招募基金管理机构结果的公示", "经评审，拟确定以下机构为基金管理机构。", "publicity", id="recruits-named"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


SUBJECTS = [
    # whom a call for writings or a contest takes, described under its heading as persons of any kind (r569_07; r561_05's
    # 征文对象 are persons too)
    pytest.param("",
                 "为推进乡村振兴，决定联合开展主题论文征集活动。\n一、征文主题。乡村振兴与共同富裕。\n二、征文对象。全市广大党员、"
                 "干部群众和关心支持本市发展的市外人士。\n三、征文时间。自2026年3月1日起至4月30日截稿。\n四、征文方式。应征论文于"
                 "2026年4月30日前发送到编辑部电子邮箱。", ["人才"], id="writers-of-any-kind"),
    pytest.param("", "为推进乡村振兴，决定举办创新创业大赛。\n一、参赛对象：年满18周岁、在本市创业的公民。\n二、报名时间：2026年3月1日至"
                 "4月30日。", ["人才"], id="contestants-as-citizens"),
    # (guard: a contest's firms are firms)
    pytest.param("", "为推进乡村振兴，决定举办创新创业大赛。\n一、参赛对象：在本市注册、具有独立法人资格的企业。\n二、报名时间："
                 "2026年3月1日至4月30日。", ["企业"], id="contestants-as-firms"),
    # a firms' accelerator is an incubator, not a physicist's or a hospital's (r565_07; a health commission's quota for
    # 医用直线加速器)
    pytest.param("关于新建国家计量基准的公示",
                 "为完善量值传递溯源体系，市场监管总局计划批准“质子加速器束流强度基准装置”等2项新建国家计量基准，现予以公示。公示期为"
                 "2026年3月1日至3月7日。", [], id="a-physicist-s-accelerator"),
    pytest.param("关于申报2026年乙类大型医用设备配置许可的通知",
                 "各有关单位：\n拟申请配置医用直线加速器的单位，请于2026年5月30日前提交申请材料。", [],
                 id="a-hospital-s-accelerator"),
    # (guard: a firms' accelerator is still one)
    pytest.param("关于申报2026年度市级科技企业孵化器和企业加速器的通知",
                 "各区科技局：\n请组织符合条件的企业加速器于2026年5月30日前申报。", ["孵化器"], id="a-firms-accelerator"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected



DEADLINES = [
    # an Inner Mongolian county's or league's bureau (各旗县市(区), 各盟市) reviewing and forwarding is a bureau, and its
    # date not the applicants' (r565_02; 各旗县区 and 各盟市 open national notices' bureau clauses too)
    pytest.param("关于申报2026年某市市长质量奖的通知",
                 "（二）申报单位于5月25日前将申报材料报送所在旗县市(区)市场监管部门。\n（三）各旗县市(区)市场监管部门对申报材料的"
                 "完整性进行审查，并于5月31日前将合格的申报材料报送至市市场监管局。", "2026-05-01",
                 ["2026-05-25", "2026-05-31"], "2026-05-25", id="a-banner-county-s-bureau-forwarding"),
    pytest.param("关于组织申报2026年自治区农业科技园区的通知",
                 "一、申报单位于6月20日前在线填报申报书。\n二、各盟市科技局对申报材料进行审查，并于6月30日前报送自治区科技厅。",
                 "2026-05-01", ["2026-06-20", "2026-06-30"], "2026-06-20", id="a-league-s-bureau-forwarding"),
    # a notice that issued a standing rule, cited as the rule is, is older than the notice (r567_02): an undated notice's
    # year is its own procedure's
    pytest.param("",
                 "二、申报条件\n符合《某省发展改革委关于印发某省服务业集聚区认定管理办法的通知》（某发改服规〔2020〕12号）所列条件。\n"
                 "三、由各市填报《2023年服务业集聚区基本情况表》，于9月5日前发送至指定邮箱。", None,
                 ["2023-09-05"], "2023-09-05", id="a-notice-issuing-a-rule-cited"),
    pytest.param("",
                 "根据《某市人民政府办公室关于印发某市科技创新券实施细则的通知》（某府办〔2019〕5号）要求，现组织申报2024年度创新券，"
                 "请于6月30日前提交申请。", None, ["2024-06-30"], "2024-06-30", id="a-notice-issuing-rules-cited"),
    # projects told apart by when they were finished: a condition on them, not a deadline (r566_08, r573_07)
    pytest.param("关于组织2026年技术改造项目入库申报的通知",
                 "请组织符合条件的企业做好入库申报工作，对2026年5月至6月30日前完工项目最迟于7月10日前将评价资料提交至区工信局。",
                 "2026-05-06", ["2026-07-10"], "2026-07-10", id="projects-finished-by-a-date"),
    pytest.param("关于开展2026年度优秀游戏作品申报的通知",
                 "二、申报要求\n（一）申报的游戏项目研发完成时间期限自2025年2月1日至2026年1月31日。\n（二）申请截止时间2026年3月20日。",
                 "2026-02-01", ["2026-03-20"], "2026-03-20", id="a-completion-period"),
    # (guard: finishing one's applying by a date is the window)
    pytest.param("关于组织2026年技术改造项目入库申报的通知", "请申报企业于2026年6月30日前完成网上申报。", "2026-05-06",
                 ["2026-06-30"], "2026-06-30", id="applying-finished-by-a-date"),
]


@pytest.mark.parametrize("title, text, published, dates, apply_by", DEADLINES)
def test_deadlines(title, text, published, dates, apply_by):
    notice = extracted(title, text, published)
    assert [str(d.date) for d in notice.deadlines] == dates
    assert (str(notice.apply_deadline) if notice.apply_deadline else None) == apply_by
