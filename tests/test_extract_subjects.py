"""Subject extraction: vocabulary, eligibility sections, filters, kinds of notice; the dev-set floor."""
from pathlib import Path

import pytest

from pipeline.extract.subjects import extract_subjects
from pipeline.normalize import derive_title
from pipeline.notice import Notice

SHARED = Path(__file__).resolve().parents[2] / "shared"


def tags(title, text="", kind="call"):
    return {s.name for s in extract_subjects(Notice(title=title, text=text, kind=kind))}


@pytest.mark.parametrize("title, text, expected", [
    # the vocabulary, with quotation marks and policy terms kept whole
    ("关于组织开展2025年度企业奖励申报的通知",
     "一、申报主体\n申报主体为在杭州市注册的国家级专精特新“小巨人”企业、省级专精特新中小企业及创新型中小企业。",
     {"专精特新小巨人企业", "专精特新中小企业", "创新型中小企业"}),
    ("关于开展2025年度入库奖励申报的通知", "一、申报对象\n高新技术企业培育库入库企业。", {"高企培育库企业"}),
    # a modifier is not an applicant: the county governments apply, SMEs are the topic
    ("关于开展中小企业数字化转型县级试点申报的通知",
     "一、支持对象\n中小企业数字化转型基础较好的县（市、区）人民政府及省级以上开发区管委会。", {"政府园区"}),
    # a workplace is not an applicant
    ("2025年度知识产权专业人才奖励申报", "一、奖励对象\n在本市制造业企业缴纳社保满一年的在职员工。", {"人才"}),
    # a call about one enterprise type: its generic "企业" is that type
    ("关于组织申报2025年度技术先进型服务企业的通知", "一、申报范围\n在本省行政区域内注册、且符合认定条件的企业。",
     {"技术先进型服务企业"}),
    # narrower types and other enterprises in one list
    ("2025年第二批高端人才申报工作启动", "一、申报主体要求\n申报主体为境内外上市企业、“瞪羚”企业以及各区重点推荐的优秀企业。",
     {"上市企业", "瞪羚企业", "企业", "人才"}),
    # a legal form alone is covered by the narrower type
    ("关于组织申报2025年度首台套装备项目的通知", "一、申报对象\n本市高端装备制造企业。\n二、申报条件\n具有独立法人资格。",
     {"制造企业"}),
    ("这一省科技重大专项开始申报", "申报单位应为省内注册的高等院校、科研院所、新型研发机构和企业。", {"高校院所", "企业"}),
    # the recognised platform comes from the title
    ("关于开展2025年度省级工业设计中心认定工作的通知", "申报单位应为在四川省内注册的工业企业。", {"平台载体", "制造企业"}),
    # an exclusion is not eligibility
    ("关于组织申报技术改造专项资金的通知",
     "申报单位须为独立法人企业。已获得国家级专精特新“小巨人”企业奖励的，不予重复支持。", {"企业"}),
    # an agent the applicant may hire is not an applicant
    ("计算机软件著作权登记补贴申报指南",
     "一、申报条件\n申请人可自行提交材料，也可委托专业服务机构代为办理。申请人须为本市常住居民。", {"人才"}),
    # service providers; their legal form is covered
    ("关于征集2025年度中小企业数字化转型服务商的通知", "三、申报条件\n申报主体应具备独立法人资格。", {"服务商"}),
    # bodies that recommend are not applicants; a body's name is not a zone applying
    ("关于组织申报2025年度重大专项的通知",
     "项目申报由设区市科技局、国家和省级高新区管委会等项目主管部门择优推荐。申报单位应为高等院校、企业。",
     {"高校院所", "企业"}),
    ("西安高新区科技创新局关于开展硬科技企业培育入库的通知", "一、申报条件\n企业在西安高新区内登记注册，具有独立法人资格。",
     {"企业"}),
    # …nor a zone whose bounds are named, with or without 在 (r63_08)
    ("关于组织申报2027年省级工程技术研究中心的通知", "一、申报对象\n某市经开区范围内注册企业，应建有市级工程技术研究中心。",
     {"平台载体", "企业"}),
    # where a person comes from is not an applicant
    ("2025年领军型创新人才引进培育项目申报",
     "来自国内其他省区市的高校、科研院所的人才可柔性引进。申报单位需为独立法人企业。", {"人才", "企业"}),
    # a hook that names a benefit, and one that names rewarded applicants
    ("专精特新认定加分项！2025年省级企业技术中心开始申报", "申报单位为在江苏省域内注册的企业。", {"平台载体", "企业"}),
    ("含专精特新认定奖励！2025年工业高质量发展专项资金正在申报", "企业书面申报和网上申报截止时间为2025年10月10日，逾期不予受理。",
     {"专精特新中小企业", "企业"}),
    # 优先 adds an applicant type without making the notice about it
    ("专精特新企业优先申报！商标品牌价值提升行动第二批申报通道开启", "申报参加行动的企业，专精特新中小企业等优先申报。",
     {"专精特新中小企业", "企业"}),
    # addressees and contact lines are never read
    ("关于开展2025年度场景示范申报的通知", "各设区市科技局，省级以上高新区管委会，各有关单位：\n申报单位应为企业。",
     {"企业"}),
])
def test_calls(title, text, expected):
    assert tags(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    ("2025年度市级瞪羚企业拟认定名单公示", "拟认定成都某某科技有限公司等52家企业为2025年度市级瞪羚企业，现予以公示。", {"瞪羚企业"}),
    ("2025年度绿色电力消费拟奖励企业名单公示", "现将拟奖励企业名单予以公示。公示期内如有异议，请以书面形式反映。", {"企业"}),
    ("2025年度市科技计划拟立项项目公示", "经组织申报、专家评审，现将拟立项项目予以公示。任何单位和个人如有异议，请书面提出。", set()),
    ("第五届质量奖获奖名单公布", "决定授予某某股份有限公司等9家组织和张三等6名个人质量奖。", {"企业", "人才"}),
    ("2025年度拟认定市级绿色工厂名单公示", "经企业自主申报、专家评审，现将拟认定名单予以公示。", {"制造企业"}),
    ("2025年度城市协同创新中心建设补助拟资助名单公示", "经主管部门申请、现场考察，现予以公示。", {"平台载体"}),
    ("2025年第二批民营科技企业拟备案名单", "现将2125家拟备案民营科技企业名单予以公示。", {"民营科技企业"}),
])
def test_publicity(title, text, expected):
    assert tags(title, text, kind="publicity") == expected


@pytest.mark.parametrize("title, kind, expected", [
    ("含资金补助！市营商办发布助力小微经营主体高质量发展十项措施", "policy", {"小微企业"}),
    ("加快培育专精特新！电子信息制造业稳增长行动方案公布", "policy", set()),
    ("事关专精特新！企业技术中心认定条件将调整！", "policy", set()),
    ("@专精特新企业！9月27日高校毕业生招聘会展位欲订从速！", "event", {"专精特新中小企业"}),
    ("今日15:30！初创及成长型企业股权激励规划", "event", set()),
    ("关于举办2025年专精特新企业高管培训班的通知", "event", {"专精特新中小企业"}),
    ("关于进一步支持专精特新中小企业高质量发展的若干措施", "policy", {"专精特新中小企业"}),
])
def test_policies_and_events_read_only_the_title(title, kind, expected):
    text = "申报单位应为高等院校、科研院所和企业。"  # never read for these kinds (an interpretation's is: below)
    assert tags(title, text, kind=kind) == expected


def test_digest_reads_every_item():
    text = ("1.食品加工领域生物制造创新技术应用方向\n申报单位要求：在中国境内依法登记的企业、高等院校、科研机构等。\n"
            "2.中小企业人工智能典型应用场景\n申报方式：场景原则上由中小企业报送。")
    assert tags("2025年8月惠企政策合集", text, kind="digest") == {"企业", "高校院所", "中小企业"}


def test_guessed_kind_when_no_classifier_ran():
    notice = Notice(title="2025年第二批民营科技企业拟备案名单公示", text="现将拟备案民营科技企业名单予以公示。")
    assert [s.name for s in extract_subjects(notice)] == ["民营科技企业"]


def test_subjects_use_given_tokens_and_carry_evidence():
    from pipeline.segment import segment

    text = "申报主体为在本市注册的科技型中小企业。"
    subjects = extract_subjects(Notice(title="关于申报研发补助的通知", text=text, kind="call"), segment(text))
    assert [s.name for s in subjects] == ["科技型中小企业"]
    assert "科技型中小企业" in subjects[0].evidence


# --- notices in other provinces' phrasings ----------------------------------------------------------

@pytest.mark.parametrize("title, text, kind, expected", [
    # applicant statements as other provinces write them
    pytest.param("东莞市工业和信息化局关于开展2025年度研发投入奖励的通知",
                 "一、申报条件\n申报单位应为在东莞市注册的规模以上工业企业。", "call", {"规上企业", "制造企业"},
                 id="gd-large-industrial-firms-are-both"),
    pytest.param("关于征集2025年度数字化转型服务商的通知", "面向全市征集一批数字化转型服务商，经评审后入库。", "call",
                 {"服务商"}, id="gd-mianxiang"),
    pytest.param("杭州市科技局关于开展2025年度研发补助的通知", "一、支持对象\n支持对象为在杭州市注册的科技型中小企业。",
                 "call", {"科技型中小企业"}, id="zj-zhichi-duixiang"),
    pytest.param("关于申报2025年度成都市技术改造补助的通知", "在成都市注册的具有独立法人资格的企业均可申报。", "call",
                 {"企业"}, id="sc-registered-firms"),
    pytest.param("关于组织申报2025年度广州市高新技术企业认定的通知",
                 "一、申报条件\n在广州市注册成立一年以上的居民企业。", "call", {"高新技术企业"},
                 id="gd-gaoqi-recognition-call"),
    pytest.param("关于开展2025年度科技型中小企业评价工作的通知", "符合条件的企业登录服务平台自主填报评价信息。", "call",
                 {"科技型中小企业"}, id="sd-kexiao-evaluation-call"),
    pytest.param("关于做好2025年度研发费用加计扣除政策落实工作的通知",
                 "符合研发费用加计扣除政策条件的企业，可于预缴申报时自主选择享受。", "call", {"企业"},
                 id="gd-rd-deduction-call"),
    pytest.param("关于组织推荐2025年度湖北省科学技术奖的通知",
                 "一、推荐范围\n科技突出贡献奖推荐长期在科研一线的杰出科学家；青年科技奖推荐40周岁以下的候选人。", "call", {"人才"},
                 id="hb-nominated-persons"),
    pytest.param("关于申报2025年度“楚才卡”的通知", "一、申报对象\n申报人须为在湖北省内企业全职工作的高层次人才。", "call",
                 {"人才"}, id="hb-workplace-is-not-the-applicant"),
    # once the applicants are named by a narrower type, a bare 企业 refers back to them …
    pytest.param("关于组织申报2025年度首台（套）重大技术装备的通知",
                 "一、申报对象\n本市从事新能源装备生产的制造企业。\n二、申报条件\n（一）申报企业近三年无重大安全事故；"
                 "（二）项目投资可由企业自筹解决。", "call", {"制造企业"}, id="gd-bare-firm-refers-back"),
    # … unless it is listed beside the narrower type as one more kind of applicant
    pytest.param("关于开展2025年度上海市高成长企业培育的通知",
                 "一、申报对象\n申报主体为本市专精特新中小企业、高新技术企业以及其他成长性好的企业。", "call",
                 {"专精特新中小企业", "高新技术企业", "企业"}, id="sh-bare-firm-listed"),
    pytest.param("关于开展2025年度领航企业评选的通知",
                 "从规上工业企业、专精特新中小企业和上市后备企业中评选出50家领航企业。", "call",
                 {"规上企业", "制造企业", "专精特新中小企业", "上市企业"}, id="gd-selected-firms-are-the-outcome"),
    pytest.param("关于开展2025年度济南市创新奖励申报的通知", "一、申报对象\n（一）专精特新中小企业；\n（二）其他符合条件的企业。",
                 "call", {"专精特新中小企业", "企业"}, id="sd-bare-firm-as-its-own-item"),
    # a sub-item refused in this batch is not an applicant
    pytest.param("关于受理2025年第二批知识产权奖补申报的通知",
                 "一、支持对象\n（1）本市注册的企业；\n（2）在本市工作的个人。\n（三）服务机构运营补助\n"
                 "服务机构运营补助另行组织，本次不予受理。", "call", {"企业", "人才"},
                 id="gd-refused-sub-item"),
    # policies: the type a rule governs, a topic's beneficiaries, and lists of who may apply
    pytest.param("高新技术企业认定工作操作规程", "一、认定程序\n企业登录认定管理网站提交材料。", "policy", {"高新技术企业"},
                 id="national-gaoqi-rules"),
    pytest.param("科技型中小企业评价办法", "第六条 科技型中小企业须同时满足以下条件。", "policy", {"科技型中小企业"},
                 id="national-kexiao-rules"),
    pytest.param("研发费用税前加计扣除政策解读", "一、什么是研发费用加计扣除？", "interpretation", {"企业"},
                 id="rd-deduction-interpretation"),
    pytest.param("技术合同登记补贴办法",
                 "第四条 满足以下条件之一的，均可向区科技局申请补贴：\n（一）在本市从事技术转移的个人；"
                 "\n（二）年技术合同成交额超过500万元的企业；\n（三）科研院所和高等学校。", "policy",
                 {"人才", "企业", "高校院所"}, id="policy-lists-applicants"),
    pytest.param("节能设备税额抵免政策", "二、满足下列条件的节能设备，可以享受本办法规定的抵免政策：\n"
                 "1.列入节能节水专用设备目录；", "policy", set(), id="policy-products-are-not-applicants"),
    pytest.param("广东省促进中小企业特色产业集群发展若干措施", "一、支持集群培育……", "policy", set(),
                 id="gd-policy-without-beneficiary"),
    # a legal form written as "独立法人企业" is covered by the type; "上市的企业" are listed firms
    pytest.param("关于开展2025年度北京市企业技术中心认定工作的通知",
                 "一、申报条件\n申报企业应为在京注册的独立法人企业，且为规模以上工业企业。", "call",
                 {"平台载体", "规上企业", "制造企业"}, id="bj-legal-form-and-type"),
    pytest.param("关于开展2025年度企业上市挂牌奖励申报的通知", "一、奖励对象\n在我市注册并在境内外证券交易所上市的企业。",
                 "call", {"上市企业"}, id="zj-listed-firms"),
    pytest.param("关于组织申报2025年度技术改造项目库的通知",
                 "一、申报条件\n申报单位须为在本市注册的规模以上制造业企业（含当年新升规企业）。", "call",
                 {"规上企业", "制造企业"}, id="above-scale-manufacturers"),
    pytest.param("关于组织开展2024年制造业“双创”平台试点示范项目申报工作的通知",
                 "请各地组织推荐，于2024年7月1日前报送申报材料。", "call", {"平台载体"}, id="innovation-platform-call"),
    pytest.param("2024年拟认定省级科技创新平台名单公示", "经专家评审，拟认定以下单位为省级科技创新平台，现予公示。",
                 "publicity", {"平台载体"}, id="innovation-platform-list"),
])
def test_other_provinces(title, text, kind, expected):
    assert tags(title, text, kind=kind) == expected


# --- precision: specific applicants are not widened to 企业; preferences are not eligibility -------------

@pytest.mark.parametrize("title, text, expected", [
    pytest.param("关于开展2025年度孵化器运营补助申报的通知",
                 "一、申报对象\n在本区注册的科技企业孵化器运营企业。\n二、申报条件\n运营企业近两年无重大违法记录。",
                 {"孵化器"}, id="incubator-operator-is-the-incubator"),
    pytest.param("关于组织开展2025年度众创空间绩效考核的通知",
                 "各众创空间运营主体应于11月5日前提交自评报告。企业应如实填报统计数据。", {"孵化器"},
                 id="incubator-call-bare-firm-refers-back"),
    pytest.param("关于开展2025年度独角兽企业培育奖励申报的通知", "一、奖励对象\n已列入本省独角兽培育企业库的企业。",
                 {"独角兽企业"}, id="unicorn-candidates-are-the-type"),
    pytest.param("关于开展2025年度高成长企业奖励申报的通知",
                 "一、申报对象\n仅限下列企业申报：境内外上市企业、制造业单项冠军企业、专精特新“小巨人”企业、"
                 "独角兽企业、瞪羚企业。\n二、申报要求\n申报企业须在本区依法注册，企业须提交上年度审计报告。",
                 {"上市企业", "制造业单项冠军企业", "专精特新小巨人企业", "独角兽企业", "瞪羚企业"},
                 id="only-named-types-no-generic"),
    pytest.param("关于组织申报2025年度首台（套）重大技术装备奖励的通知",
                 "一、申报条件\n（一）申报单位为在本省注册的装备制造企业，具有独立法人资格；\n"
                 "（二）企业拥有申报装备的自主知识产权。", {"制造企业"}, id="first-set-equipment-makers"),
    pytest.param("关于开展2025年度众创空间服务案例征集的通知",
                 "一、征集对象\n本市国家级、省级众创空间。同等条件下，由瞪羚企业举办的众创空间优先。",
                 {"孵化器"}, id="preferred-type-outside-the-applicants-is-dropped"),
    # a type supported first is no applicant type of its own (r261_05, r266_06, r299_11, r328_10); one invited to apply
    # first is among the applicants (the Jiangsu account's 2652053202_1)
    pytest.param("关于组织申报2025年度研发投入补助的通知",
                 "一、申报对象\n本市注册的企业。同等条件下，瞪羚企业、独角兽企业优先支持。",
                 {"企业"}, id="types-supported-first-among-eligible-firms"),
    pytest.param("关于组织申报2025年度商标品牌价值提升行动的通知",
                 "一、申报对象\n本市注册的企业，瞪羚企业、独角兽企业等优先申报。",
                 {"企业", "瞪羚企业", "独角兽企业"}, id="types-invited-to-apply-first-among-eligible-firms"),
    pytest.param("关于组织申报2025年度技改奖励的通知",
                 "一、申报条件\n1.本区规模以上工业企业；\n2.获评瞪羚企业称号的企业，评审时加3分。",
                 {"规上企业", "制造企业"}, id="bonus-points-are-not-eligibility"),
    pytest.param("关于开展2025年度产学研合作项目申报的通知",
                 "一、申报对象\n1.本省高等院校和科研院所；\n2.优先支持以下合作单位：\n（1）瞪羚企业；\n（2）上市企业。",
                 {"高校院所"}, id="preferred-list-is-not-eligibility"),
    pytest.param("关于组织申报2025年高企培育库入库的通知",
                 "一、申报条件\n企业注册满一年，且截至申报日未被认定为高新技术企业。", {"高企培育库企业"},
                 id="a-type-the-applicant-must-not-hold"),
    pytest.param("软件产品登记补贴申报须知", "一、申报条件\n单位或个人自行开发并自用的软件不可以申请补贴。"
                 "申报单位应为在本市注册的软件企业。", {"软件企业"}, id="a-clause-that-turns-away"),
    pytest.param("关于开展2025年度科技小巨人企业绩效评价的通知",
                 # the firms evaluated are firms (national gold n_030), not MIIT's 小巨人
                 "一、评价对象\n2023年度立项的科技小巨人企业。", {"企业"}, id="local-programme-is-not-miit-little-giant"),
])
def test_precision(title, text, expected):
    assert tags(title, text) == expected


# --- recall on notices relayed by ministries, provinces and cities -----------------------------------

@pytest.mark.parametrize("title, text, expected", [
    pytest.param("关于推荐2025年度省级特色产业集群的通知",
                 "一、按照自愿原则，由县(市、区)中小企业主管部门为申报主体，填写申报表报送至市工信局。", {"政府园区"},
                 id="county-department-as-declared-applicant"),
    pytest.param("关于组织申报2025年度科技成果转化项目的通知",
                 "一、申报条件\n申报单位应为本市注册的企业。\n二、推荐程序\n经县（市、区）科技主管部门审核后推荐至市科技局。",
                 {"企业"}, id="reviewing-department-is-not-an-applicant"),
    pytest.param("关于开展示范县创建申报的通知", "申报主体为设区市人民政府或县（市、区）人民政府。", {"政府园区"},
                 id="city-or-county-governments"),
    pytest.param("关于组织开展2025年度国际合作项目申报的通知",
                 "各市科技局，各有关高校、科研院所：\n请各申报单位于5月20日前完成网上填报。", {"高校院所"},
                 id="addressee-institutes-are-the-applicants"),
    pytest.param("关于组织开展2025年度技改项目申报的通知",
                 "各区工信局，各有关企业：\n一、申报对象\n本市规模以上工业企业。", {"规上企业", "制造企业"},
                 id="addressee-firms-covered-by-the-stated-type"),
    pytest.param("关于开展2025年度场景示范申报的通知",
                 "各区科技局，各开发区管委会：\n请于6月1日前报送申报材料。", set(),
                 id="addressee-bodies-relay-the-call"),
    pytest.param("关于开展2025年新型消费示范城市申报工作的通知", "请各省级主管部门组织有意愿的城市申报。", {"政府园区"},
                 id="cities-recognised-as-a-whole"),
    pytest.param("关于征集试点城市中小企业数字化转型服务商的通知", "面向全国征集一批数字化转型服务商。", {"服务商"},
                 id="a-title-term-qualifying-another"),
    pytest.param("关于开展2025年度科学技术普及基地认定工作的通知", "请各申报单位按要求提交申请书。", {"平台载体"},
                 id="science-popularisation-base"),
    pytest.param("关于开展2025年度院士专家工作站建站申报的通知", "请各申报单位按要求提交建站方案。", {"平台载体"},
                 id="expert-workstation"),
    pytest.param("关于组织申报2025年度重点研发项目的通知",
                 "请对照文件中的支持方向、申报条件、申报程序做好组织。\n各县（市、区）、开发区科技管理部门汇总后报送市科技局。",
                 set(), id="heading-word-inside-an-enumeration"),
    pytest.param("关于组织推荐2025年度省科学技术奖的通知", "一、推荐对象\n在本省从事基础研究的高校和科研院所。",
                 {"高校院所"}, id="tuijian-duixiang-heading"),
    pytest.param("关于开展2025年度新材料应用补助申报的通知",
                 "企业向注册地所在区（市）县经信部门提出申请，填写申报书。", {"企业"}, id="firms-apply-to-their-district"),
    pytest.param("关于转发省级工业转型升级资金申报通知的通知",
                 "现将省厅通知转发给你们，请及时组织辖区内企业按照要求开展申报工作。", {"企业"},
                 id="organise-firms-in-the-district"),
    pytest.param("关于组织申报2025年度科技计划项目的通知",
                 "项目牵头单位须为在本省注册的企业、高校或科研院所。", {"企业", "高校院所"}, id="lead-unit-statement"),
    pytest.param("关于开展2025年度品牌培育试点工作的通知", "1.企业申报对象为我区规模以上工业企业。",
                 {"规上企业", "制造企业"}, id="firms-applying-are-the-stated-type"),
])
def test_relayed_calls(title, text, expected):
    assert tags(title, text) == expected


def test_an_issuer_inside_a_cited_document_is_not_listed():
    text = ("根据《某某新区管理委员会关于加快先进制造业发展的若干意见》，经企业自主申报、园区初审、新区管委会主任办公会审定，"
            "现将拟支持项目予以公示。")
    assert tags("2025年度先进制造业扶持资金拟支持项目公示", text, kind="publicity") == {"企业"}


@pytest.mark.parametrize("title, text, kind, expected", [
    pytest.param("关于公布2024年度某省“专精特新”企业名单的通知", "经专家评审，现公布本省286家“专精特新”企业名单（附后）。",
                 "publicity", {"专精特新中小企业"}, id="quoted-zhuanjingtexin"),
    pytest.param("关于做好某省专业化小巨人企业申报工作的通知", "一、申报条件\n符合认定办法有关规定的企业均可申报。",
                 "call", {"企业"}, id="a-province-own-xiaojuren-is-not-miit"),
    pytest.param("关于组织申报2025年度重点研发项目的通知",
                 "请申报单位于6月10日前报送申请函（企业由所在地科技局出具，高校直接出具）。", "call", {"企业", "高校院所"},
                 id="firm-acting-through-a-bureau"),
    pytest.param("关于组织开展产业融合示范申报的通知",
                 "一、请各市经信局积极组织符合相关条件的工业园区和企业申报，材料经县级部门初审后报送。", "call",
                 {"政府园区", "企业"}, id="organised-parks-and-firms"),
    pytest.param("关于组织开展产业融合示范申报的通知",
                 "请各县（市、区）中小企业主管部门组织符合条件的企业申报。", "call", {"企业"},
                 id="the-organising-department-is-not-an-applicant"),
    pytest.param("关于推荐2025年度特色产业集群的通知",
                 "由集群所在旗县（市、区）中小企业主管部门为申报主体，报送至所在盟市工信局。", "call", {"政府园区"},
                 id="banner-county-department"),
    pytest.param("关于举办2025年创新创业大赛的通知",
                 "请各市工信局动员并组织符合条件的创客和小微企业在线报名参赛。", "call", {"小微企业", "人才"},
                 id="makers-are-persons"),
    pytest.param("关于举办2025年“创客中国”大赛的通知", "请符合条件的中小企业登录官网报名。", "call", {"中小企业"},
                 id="the-contest-name-is-no-maker"),
    pytest.param("关于第三批市级星创天地拟备案名单的公示", "现将第三批市级星创天地拟备案名单予以公示。", "publicity",
                 {"孵化器"}, id="rural-makerspace"),
    pytest.param("关于某某储能实验室专项集中申报的补充通知", "请各申报单位按期完成补正。", "call", set(),
                 id="a-programme-a-lab-hosts"),
    # (no 平台载体 for the lab; since round 43 the persons it addresses as 各申报人 apply: researchers take open projects)
    pytest.param("关于2025年度重点实验室开放课题申报的通知", "请各申报人按期提交申报书。", "call", {"人才"},
                 id="open-projects-of-a-lab"),
    pytest.param("关于公布某市市级企业技术中心年度评价结果的通知", "现将本年度评价结果公布如下。", "publicity",
                 {"企业", "平台载体"}, id="technical-centre-is-a-firm-s"),
    pytest.param("关于公布某市市级企业技术中心年度评价结果的通知",
                 "一、申报对象\n本市规模以上工业企业。", "call", {"平台载体", "规上企业", "制造企业"},
                 id="technical-centre-beside-a-stated-type"),
    pytest.param("工信厅函〔2025〕88号", "现开展2025年行业检测公共服务平台申报工作，每个单位限推荐1个。", "call",
                 {"平台载体"}, id="recognition-organised-in-the-body"),
    pytest.param("关于征集诊断服务机构的通知", "为组织开展本区智能工厂建设诊断，申报单位应为第三方服务机构。", "call",
                 {"服务商"}, id="a-carrier-built-is-a-topic"),
    pytest.param("关于组织2025年度梯度培育申报的通知",
                 "根据《管理办法》（工信部企业〔2024〕12号），现组织开展本年度专精特新中小企业申报工作。", "call",
                 {"专精特新中小企业"},
                 id="document-number-is-no-firm"),
    pytest.param("关于征集2025年度研发投入补助项目的通知",
                 "本局负责注册在本区（不含各功能区）的企业申报本项目的初审。", "call", {"企业"},
                 id="a-bracketed-exclusion-narrows-the-place"),
    pytest.param("关于2025年度标准建设补助对象的公示",
                 "拟确定以下30家企业为补助对象。同一企业每年获得奖补不超过2项（不含新增规上企业奖励）。", "publicity",
                 {"企业"}, id="what-a-bracketed-exclusion-names-is-not-listed"),
    pytest.param("关于做好省级特色产业基地申报工作的通知",
                 "请申报单位认真填报“特色产业基地申报表”和“骨干企业情况表”。", "call", {"政府园区"},
                 id="a-form-is-no-applicant"),  # (the base the title recognises is a zone's: 政府园区)
])
def test_second_round_rules(title, text, kind, expected):
    assert tags(title, text, kind) == expected


def derived(text, kind="call"):
    """Tags of a record without a title: its title is derived from the text, as at import."""
    notice = Notice(title=derive_title(text), title_derived=True, text=text, kind=kind)
    return {s.name for s in extract_subjects(notice)}


@pytest.mark.parametrize("title, text, kind, expected", [
    pytest.param("关于征集2026年度某市决策咨询课题的通知",
                 "一、申报要求\n（一）课题申报单位登录某市科研管理系统在线填报。\n"
                 "（二）课题名称限填“某市企业创新能力评价研究”“某市民营经济发展路径研究”之一。\n（三）每个单位限报1项。",
                 "call", set(), id="a-sub-item-heading-with-a-prefix-ends-at-the-next-item"),
    # (third round: a cluster was read as its zone's; five labelled cluster notices of five blind sets,
    # seventeenth round, list clusters or call for them without naming a government or zone as applicant)
    pytest.param("关于2026年某省先进制造业集群拟认定名单的公示", "经各地推荐、专家评审，现将拟认定的8个省级集群名单予以公示。",
                 "publicity", set(), id="an-industrial-cluster-is-no-zone"),
    pytest.param("关于组织开展2026年某省中小企业特色产业集群认定工作的通知",
                 "请各市工信局组织本地区集群促进机构填写申报书，于6月30日前报送。", "call", set(),
                 id="a-cluster-call-naming-no-applicant-type"),
    # an agricultural or specialty park is created by the firms and co-operatives that run it (r11, r22)
    pytest.param("某市农业农村局关于印发《某县现代农业产业园贷款贴息申报指南》的通知",
                 "请各县农业农村局组织产业园内项目实施主体按指南要求申报。", "call", set(),
                 id="an-agricultural-park-is-no-zone"),
    pytest.param("关于推荐某某农业发展有限公司某某特色产业园为省级示范园的公示",
                 "经企业自主申报、县农业农村局审核，拟推荐某某农业发展有限公司某某特色产业园为省级示范园，现予公示。",
                 "publicity", {"企业"}, id="a-firm-s-specialty-park-is-the-firm-s"),
    pytest.param("2026年第一批某市科技产业园认定公示", "经区县推荐、专家评审，拟认定以下3家科技产业园，现予公示。",
                 "publicity", {"政府园区"}, id="a-science-park-is-a-zone"),
    pytest.param("关于开展2026年第一批创新型中小企业评价工作的通知",
                 "1.有效期内的专精特新中小企业要求是创新型中小企业，请尚未通过的企业一并申报。\n"
                 "2.请各企业按照属地原则向所在园区报备信息。\n经开区联系人及联系方式：\n单位名称 | 联系人 | 联系方式",
                 "call", {"创新型中小企业", "专精特新中小企业"}, id="a-zone-s-contact-heading-is-no-applicant"),
    # a zone right before the firms in it, with words between, names where they are (r18, r22)
    pytest.param("喜报！某某经开区新增3家专精特新企业", "近日，省工信厅公布了2026年度专精特新中小企业名单，我区3家企业入选。",
                 "publicity", {"专精特新中小企业"}, id="a-zone-s-new-firms-are-firms"),
    pytest.param("关于对高新区首批创新示范企业开展年度考核的通知",
                 "一、考核对象\n2025年认定的高新区首批创新示范企业，由企业自行填报。", "call", {"企业"},
                 id="a-zone-s-model-firms-are-firms"),
    # a park applying beside firms or factories, in brackets (r14, r19)
    pytest.param("2026年度某市绿色工厂（园区）拟认定名单公示", "经企业申报、各区初审、专家评审，现将拟认定名单予以公示。",
                 "publicity", {"制造企业", "政府园区"}, id="factories-and-parks-in-brackets"),
    pytest.param("关于推荐2026年省级绿色制造名单的通知",
                 "一、请各区县工信部门组织符合申报条件的企业（园区）开展申报。\n二、材料于5月10日前报送市工信局。",
                 "call", {"企业", "政府园区"}, id="firms-and-parks-in-brackets"),
    # carriers recognised: skills studios and bases (r15, r21, r24), a firm's R&D unit filed (r20, r23), a
    # base for small firms' start-ups without 示范 (r17; with 示范 it was read before), which is a park applied
    # for too since round 35 (r148_03, r158_14; the labels are split, pipeline/data/subjects.toml)
    pytest.param("关于组织申报2026年度某市技能大师（首席技师）工作室的通知", "一、申报对象\n本市注册的企业。",
                 "call", {"企业", "平台载体", "人才"}, id="a-skills-master-studio-is-a-carrier"),  # (人才: its master)
    pytest.param("国家级高技能人才培训基地建设项目评选申报开始", "各有关单位：现组织开展评选申报。", "call",
                 {"平台载体"}, id="a-skills-training-base-is-a-carrier-not-talent"),
    pytest.param("关于开展某省第三批工业企业研发机构备案工作的通知", "一、备案对象\n规模以上工业企业。", "call",
                 {"规上企业", "制造企业", "平台载体"}, id="a-firm-s-rnd-unit-is-a-carrier"),
    pytest.param("关于开展2026年某省小型微型企业创业创新基地认定工作的通知", "请各市推荐符合条件的基地。", "call",
                 {"孵化器", "平台载体", "政府园区"}, id="a-start-up-base-is-a-carrier"),
    pytest.param("关于组织开展2026年度新型研发机构备案工作的通知", "一、备案对象\n在本市注册的新型研发机构。", "call",
                 {"高校院所"}, id="a-new-type-rnd-institute-stays-an-institute"),
    # a space a web page left inside a title's term (r26; such spaces are in titles of r9, r21, r24 too)
    pytest.param("关于组织高校申报2026年度某省工程 研究中心建设项目的通知", "请各高校于5月10日前报送申报材料。", "call",
                 {"高校院所", "平台载体"}, id="a-space-inside-a-title-s-term"),
    # a team an applicant must have is a condition, not an applicant (r26; unseen phrasing below)
    pytest.param("关于组织申报2026年度市级重点实验室建设项目的通知",
                 "一、申报条件\n（一）申报单位为本市注册的企业；\n（二）拥有一支结构合理、水平较高的科技创新团队。", "call",
                 {"企业", "平台载体"}, id="a-team-an-applicant-must-have"),
    pytest.param("关于组织申报2026年度市自然科学基金项目的通知",
                 "一、申报条件\n依托单位应具有独立法人资格，科研人员申报须由依托单位推荐。", "call",
                 {"人才"}, id="persons-applying-after-a-unit-s-condition"),
    pytest.param("关于申报2026年度某产业集群发展扶持资金项目的通知", "一、申报对象\n在本省注册的企业。", "call", {"企业"},
                 id="a-fund-for-a-cluster-s-growth-is-no-cluster"),
    pytest.param("关于开展某省应急产业示范基地申报工作的通知", "请各市工信局按要求组织申报，材料于9月1日前报送。", "call",
                 {"政府园区"}, id="an-industrial-base-is-a-zone-s"),
    pytest.param("关于绩效评价结果的公示", "现对绩效评价为优秀、拟给予奖励的5个团队予以公示。", "publicity", {"人才"},
                 id="counted-teams-are-persons"),
    pytest.param("关于组织申报2026年度成长型企业奖励的通知", "一、申报条件\n申报企业须拥有稳定的管理团队和技术团队。", "call",
                 {"企业"}, id="a-firm-s-teams-are-not-applicants"),
    pytest.param("关于某县新材料工业园调整规划范围的公示", "经审核，同意某县新材料工业园调整规划范围，现予以公示。", "publicity",
                 {"政府园区"}, id="an-industrial-park"),
    pytest.param("关于拟命名2026年度中小企业高质量发展示范县的公示",
                 "拟确定甲县、乙县等4个县为2026年度中小企业高质量发展示范县。", "publicity", {"政府园区"},
                 id="a-type-qualifying-a-pilot-place-is-no-applicant"),
    pytest.param("关于做好2026年度科技奖提名工作的通知",
                 "园区内企业：\n按照市科技局通知要求，现将提名工作安排如下。请有意向的单位于5月30日前报送预申报表。", "call",
                 {"企业"}, id="firms-addressed-within-a-zone"),
    pytest.param("科技型中小企业申报流程问答", "问：如何登录系统？答：通过省科技厅官网进入。", "interpretation",
                 {"科技型中小企业"}, id="an-interpretation-of-a-type-s-application"),
    pytest.param("关于拟认定省级基地的公示",
                 "省科技厅组织开展了2026年度省级科普基地认定工作，拟认定某某科普基地等8家基地。", "publicity", {"平台载体"},
                 id="a-carrier-whose-recognition-the-body-organises"),
    pytest.param("关于公布培育名单的通知", "现将某某研究院等5家单位列入2026年度省级制造业创新中心创建名单。", "publicity",
                 {"平台载体"}, id="carriers-entered-on-a-list"),
    pytest.param("关于开展2026年第一批省级专精特新中小企业认定工作的通知", "一、申报范围\n有效期内的省级创新型中小企业。",
                 "call", {"专精特新中小企业", "创新型中小企业"}, id="a-status-the-applicants-hold"),
])
def test_third_round_rules(title, text, kind, expected):
    assert tags(title, text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    pytest.param("甲镇、乙街道、丙园区：\n现将《某市工信局关于组织2026年度省企业技术中心认定工作的通知》转发你们，"
                 "请组织辖区内企业按要求申报。", "call", {"企业", "平台载体"}, id="read-after-the-opening-addressees"),
    pytest.param("甲区、乙区工信局，高新区、某园区经发局：现将《关于组织申报2026年度技术创新示范企业的通知》转发你们，"
                 "请组织辖区内符合条件的企业申报。", "call", {"企业"}, id="the-addressed-zone-is-no-applicant"),
    pytest.param("根据《关于深化人才评价改革的意见》等要求，现将2026年度拟资助项目予以公示。\n公示期为5个工作日。",
                 "publicity", set(), id="talent-named-in-passing-by-a-sentence"),
    pytest.param("根据《某省青年人才培养项目管理办法》要求，现将2026年度项目拟立项名单予以公示。\n公示期为5个工作日。",
                 "publicity", {"人才"}, id="a-talent-programme-named-by-a-sentence"),
])
def test_a_derived_title_is_read_as_a_sentence(text, kind, expected):
    assert derived(text, kind) == expected


@pytest.mark.parametrize("title, text, kind, expected", [
    pytest.param("关于评选2026年度园区科技进步先进单位的通知",
                 "一、评选范围\n本年度完成的科技项目。\n二、申报科技进步先进单位的企业必须是市级以上高新技术企业或设有市级研发中心的企业。",
                 "call", {"高新技术企业", "企业"}, id="what-the-applicants-for-one-award-must-be"),
    pytest.param("关于推荐2026年度省级服务型示范企业的通知",
                 "一、申报省级服务型示范企业应符合《评定办法》的条件。\n二、各区主管部门于6月1日前汇总上报。",
                 "call", {"企业"}, id="what-applicants-for-a-title-must-meet"),
    pytest.param("关于填报重点装备推广目录信息的通知",
                 "一、请各市主管部门做好宣传，组织有关企业（单位）按要求如实填报《装备信息表》。", "call", {"企业"},
                 id="firms-a-bureau-has-fill-in-the-form"),
    pytest.param("关于开展2026年度一企一品研发中心认定的通知",
                 "一、申报主体\n在本市登记注册的独立法人中小型工业企业。", "call", {"中小企业", "制造企业", "平台载体"},
                 id="small-and-medium-sized-industrial-firms"),
    pytest.param("关于2026年度市级产业园认定结果的公示",
                 "经专家评审和现场核查，共认定3个市级科技产业园，现予以公示。", "publicity", {"政府园区"},
                 id="science-parks-recognised"),
    pytest.param("关于开展2026年度区科技奖励申报的通知",
                 "一、申报对象\n辖区内注册的企业。\n二、申报单位将材料于8月15日前报送开发区科技与人才局。", "call", {"企业"},
                 id="the-zone-the-materials-go-to-is-no-applicant"),
    pytest.param("关于开展2026年度市级工程研究中心申报的通知",
                 "一、申报条件\n申报单位应为本市注册的企业。\n请各县（市）区、高新区、经开区工信主管部门做好审核工作。",
                 "call", {"企业", "平台载体"}, id="places-listed-before-their-departments"),
    pytest.param("关于2027年度市青年科学基金申报延期的通知",
                 "为方便各单位做好宣传，动员广大科研人员申报市青年科学基金，申报截止时间延至9月30日。", "call", {"人才"},
                 id="researchers-a-call-has-apply"),
])
def test_fourth_round_rules(title, text, kind, expected):
    assert tags(title, text, kind) == expected


def test_a_flattened_page_of_terms_gives_what_its_first_sentences_give():
    """One sentence holding thousands of terms (a page flattened without stops) is read whole; the
    checks between terms are bisections, so 160,000 characters take about a second (measured by
    hand, not asserted here: timings belong to bench/)."""
    unit = "请各区、高新区主管部门组织相关企业按要求填报，申报示范企业应符合条件，材料报送开发区科技局，"

    def read(chars):
        text = (unit * (chars // len(unit) + 1))[:chars]
        return sorted(s.name for s in extract_subjects(Notice(title="关于申报的通知", text=text, kind="call")))

    assert read(64_000) == read(len(unit) * 3)


@pytest.mark.parametrize("title, text, kind, expected", [
    pytest.param("关于开展2027年度市级研发中心申报的通知",
                 "一、申报条件\n申报企业须为按国家标准划定为中小型的工业企业。", "call", {"中小企业", "制造企业", "平台载体"},
                 id="small-and-medium-sized-with-a-particle"),
    pytest.param("关于2027年度某市小微企业园星级评定结果的公示",
                 "经县区推荐和联合评估，拟认定五星级小微企业园2家，现予公示。\n附件：星级小微企业园拟认定名单",
                 "publicity", {"政府园区"}, id="parks-for-small-firms-are-parks"),
    pytest.param("关于第三批拟认定市级企业研发中心名单的公示",
                 "经县区推荐和专家评审，拟认定5家市级企业研发中心，现予以公示。", "publicity", {"企业", "平台载体"},
                 id="a-firm-research-centre-names-its-firm"),
    pytest.param("关于2027年度市级工程技术研究中心受理情况的公示",
                 "共受理申报20家，其中“某某精密机械有限公司”等3家依托单位因研发投入不符合要求，未通过形式审查，"
                 "其余17家通过形式审查。", "publicity", {"平台载体"}, id="a-firm-that-failed-review-is-not-listed"),
    pytest.param("",
                 "为进一步规范本区高新技术企业的认定管理，区科技局起草了有关办法，现公开征求意见。", "policy",
                 {"高新技术企业"}, id="a-policy-governing-recognition-through-de"),
    pytest.param("某市中小企业发展资金管理细则",
                 "第二条 本细则的支持对象如下：\n（一）民营企业，是指由民间资本控股的企业；\n（二）中小企业，是指符合划型标准的企业。",
                 "policy", {"企业", "中小企业"}, id="the-supported-types-a-policy-lists"),
    pytest.param("关于转发2027年度省科技计划申报通知的通知",
                 "一、申报单位按省厅通知网上申报。\n各类计划申报时间如下：\n|\n1 |\n科技型中小企业成长资金项目 |\n3月1日 |\n"
                 "|\n2 |\n高校协同创新计划 |\n3月5日 |\n|\n3 |\n众创空间运营后补助项目 |\n3月9日 |",
                 "call", set(), id="programmes-in-a-schedule-table-name-no-applicant"),
])
def test_fifth_round_rules(title, text, kind, expected):
    assert tags(title or derive_title(text), text, kind) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a 生产企业 is a maker: "申报单位应为该类仪器的研发生产企业"
    ("关于组织申报2026年度重点新材料首批次应用项目的通知",
     "二、申报要求\n申报单位应为该类新材料的研发生产企业，在本市注册并具有独立法人资格。", {"制造企业"}),
    # …a 安全生产 firm is not named by what it makes
    ("关于推荐2026年度安全生产标准化先进单位的通知",
     "一、推荐对象\n本市安全生产企业。", {"企业"}),
])
def test_a_production_enterprise_is_a_maker(title, text, expected):
    assert tags(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # an award's nominees are stated under 提名对象; a legal-person unit is a firm or institution in general
    ("关于做好2027年度示例市科学技术奖提名工作的通知",
     "一、提名对象及要求\n提名项目的完成单位均应为法人单位，第一完成单位须在本区注册。", {"企业"}),
    # beside a narrower applicant, a legal-person unit only states its legal form
    ("关于组织申报2027年度示例市科技计划项目的通知",
     "一、申报条件\n申报单位应为本市高等院校、科研院所等独立法人单位。", {"高校院所"}),
])
def test_seventh_round_rules(title, text, expected):
    assert tags(title, text) == expected


def test_a_type_the_sentence_opens_applications_to_is_named_as_applicant():
    text = "园区各企业：\n园区即将启动2027年度优秀工业企业评选工作：\n1.在园区统计的规模以上工业企业均可申报；\n2.材料另行通知。"
    assert tags("关于开展2027年度优秀工业企业评选奖励的预通知", text) == {"制造企业", "规上企业"}


def test_places_listed_before_one_body_name_each_place_body():
    text = ("各旗县区、示范高新区、经济技术开发区、和平新区、综合保税区科技管理部门，各有关单位：\n"
            "一、2027年度高新技术企业认定工作已开始。\n"
            "二、各申报单位完成网上申报后，将申报材料交到所属区域科技管理部门。各旗县区、示范高新区、经济技术开发区、"
            "和平新区、综合保税区科技管理部门以正式文件推荐，将推荐函于截止日期前统一报送到市科创中心。")
    title = "某市科学技术局转发某区科技厅《关于组织开展2027年度高新技术企业认定工作的通知》"
    assert tags(title, text) == {"高新技术企业"}


def test_a_zone_right_before_its_firms_is_where_they_are():
    text = "一、申报对象\n市属企业直接向市商务局申报；其他县区、开发区企业可直接向所在地商务部门提交申请。"
    assert tags("关于组织申报2027年度电子商务发展资金的通知", text) == {"企业"}


def test_a_zone_where_the_applicants_are_is_not_an_applicant():
    text = "一、申报对象\n注册在高新区的科技型中小企业均可申报。"
    assert tags("关于组织申报2027年度研发费用补助的通知", text) == {"科技型中小企业"}


def test_the_statistics_short_name_of_large_industrial_firms():
    text = "请各工业园区组织符合条件的规模工业企业积极申报。"
    assert "规上企业" in tags("关于开展园区企业名录申报工作的通知", text)


@pytest.mark.parametrize("title, text, expected", [
    # an explainer whose title has the type apply for the measure
    ("企业申请一次性扩岗补助需要什么条件？", "答：当年招用高校毕业生并签订劳动合同的，可以申请。", {"企业"}),
    # …or whose answer names the holder before the conditions
    ("哪些用人单位可以享受社保补贴？", "答：在本市参保的企业具备下列条件的，可以享受社保补贴：\n（一）按时足额缴费；\n（二）无严重失信记录。",
     {"企业"}),
])
def test_interpretations_name_who_applies(title, text, expected):
    assert tags(title, text, kind="interpretation") == expected


@pytest.mark.parametrize("title, expected", [
    # firms in general listed beside a narrower type in the title are a group of their own
    ("关于开展2027年度民营企业、外商投资企业引进人才补贴申报工作的通知", {"企业", "外资企业", "人才"}),
    # a title about one type alone does not add them
    ("关于开展2027年度外商投资企业引进人才补贴申报工作的通知", {"外资企业", "人才"}),
])
def test_firms_listed_in_the_title(title, expected):
    assert tags(title, "各有关单位：\n请于2027年7月11日前申报，逾期不予受理。") == expected


def test_a_recognised_research_platform_is_a_carrier():
    text = "经专家评审，现将通过验收的28家科技研发平台予以公示，公示期为2027年12月15日至12月21日。"
    assert "平台载体" in tags("2027年度市级科技研发平台验收结果公示", text, kind="publicity")


_PROCEDURE = "二、申报程序\n(一)企业对照《认定办法》进行自我评价,符合认定条件的,按本通知要求提出申请。\n"


@pytest.mark.parametrize("title, text, expected", [
    # zones in the list the papers are sent to are recipients, not applicants
    ("关于组织申报2027年度瞪羚企业的通知",
     _PROCEDURE + "(二)企业在线填报申报资料,将申请书装订成册后,提交至企业注册所在地级市科技局、某某基地管委会及"
                  "某某经开区管委会科技主管部门。", {"瞪羚企业"}),
    # zones that review the applications, named with the other reviewers
    ("关于组织申报2027年度瞪羚企业的通知",
     _PROCEDURE + "(二)各市科技局、某某基地管委会及某某经开区管委会科技主管部门对企业的申请材料进行初审,并对审查结果负责。",
     {"瞪羚企业"}),
    # a zone that applies stays an applicant
    ("关于组织申报2027年度省级特色产业园区的通知", "一、申报对象\n省级以上开发区均可申报。", {"政府园区"}),
])
def test_zones_that_receive_or_review_papers_do_not_apply(title, text, expected):
    assert tags(title, text) == expected


def test_what_a_title_recognises_is_named_not_counted():
    # "服务试点县": the counties the programme recognises, not firms a provider serves
    title = "关于推荐2027年农业社会化服务试点县的公示"
    text = "经各县自愿申报，拟推荐某某县为2027年农业社会化服务试点县，现予以公示，公示期为2027年1月9日至1月15日。"
    assert tags(title, text, kind="publicity") == {"政府园区"}


@pytest.mark.parametrize("title, expected", [
    # places recognised as a whole are applied for by their governments or zones
    ("2027年度某省工业强县（市）拟培育认定名单公示", {"政府园区"}),
    ("关于推荐2027年粮食生产重点县的通知", {"政府园区"}),
    ("2027年度某市绿色工厂、绿色园区名单公示", {"制造企业", "政府园区"}),
    ("关于开展2027年省级现代农业示范区申报工作的通知", {"政府园区"}),
    # (a 现代农业产业园 was read here as a place too, until three labelled park notices of two sets named
    # the firms, co-operatives or project bodies that create or run one: see an-agricultural-park-is-no-zone)
    # places a government incentive names (督查激励)
    ("某部关于2027年度商贸流通工作拟激励地市名单的公示", {"政府园区"}),
    ("关于组织申报2027年度消费升级成效明显县（市、区）的通知", {"政府园区"}),
])
def test_places_a_title_recognises(title, expected):
    assert tags(title, "各有关单位：\n现将有关事项通知如下。", kind="publicity" if "公示" in title else "call") == expected



@pytest.mark.parametrize("title, expected", [
    # those serving or driving the places a title names are the applicants, not the places
    ("关于征集2027年度服务试点县的农业社会化服务组织的通知", set()),
    # (the firms it applies for are the applicants, round 78: 企业)
    ("关于组织申报2027年度带动重点县发展的龙头企业的通知", {"企业"}),
    ("关于遴选服务产业集群的公共服务平台的通知", {"平台载体"}),
])
def test_a_title_naming_places_served_names_no_place_as_applicant(title, expected):
    assert tags(title, "各有关单位：\n现将有关事项通知如下。") == expected


def test_a_reviewer_is_read_within_its_line():
    # the zones named under 申报对象 apply; the bureau on the next line reviews
    text = "一、申报对象\n省级以上开发区\n二、申报程序\n市科技局对申报材料进行初审后报省科技厅。"
    assert tags("关于组织2027年度高质量发展奖补资金申报的通知", text) == {"政府园区"}


@pytest.mark.parametrize("title, kind", [
    ("关于某市2027年度市级非物质文化遗产代表性传承人拟认定名单的公示", "publicity"),
    ("关于推荐2027年度全省科技工作先进工作者的通知", "call"),
    ("关于组织申报2027年度市级技能大师工作室的通知", "call"),
    ("2027年度某县乡村工匠拟认定人选公示", "publicity"),
])
def test_honours_only_persons_hold_name_talent(title, kind):
    assert "人才" in tags(title, "各有关单位：\n现将有关事项通知如下。", kind=kind)


def test_an_honour_for_craftsmanship_in_general_names_no_person():
    assert "人才" not in tags("关于弘扬工匠精神推进质量提升的通知", "各有关单位：\n现将有关事项通知如下。")


def test_small_and_micro_tech_firms_are_tech_smes():
    text = "一、申报对象\n本市科技型中小微企业。"
    assert tags("关于组织2027年度科技创新券申报的通知", text) == {"科技型中小企业"}


def test_a_report_of_an_event_without_title_names_no_addressee():
    # the first sentence of a report names who took part, not whom the event addresses
    text = ("2027年3月5日，市工信局召开规上工业企业入统业务培训会，各县区工信部门和制造业企业代表参加。\n"
            "会上，有关负责同志讲解了申报条件。")
    notice = Notice(title=derive_title(text), title_derived=True, text=text, kind="event")
    assert extract_subjects(notice) == []


def test_where_applicants_must_be_registered_states_them_despite_a_clean_record_condition():
    text = ("现面向全省征集重大建设项目。申报单位应在本省行政区域内注册，具有独立法人资格，资信良好，"
            "近三年无违法违规行为。请于2027年9月30日前报送。")
    assert tags("关于征集2027年重大建设项目的通知", text) == {"企业"}


def test_a_sentence_turning_applicants_away_still_names_none():
    text = "失信企业和存在违法违规行为的单位不得申报。请于2027年9月30日前报送。"
    assert tags("关于征集2027年重大建设项目的通知", text) == set()


@pytest.mark.parametrize("text", [
    "一、监测对象\n省级农业产业化重点龙头企业资格有效期到2027年12月的企业。\n二、请于2027年3月1日前报送监测材料。",
    "一、调研范围\n调研对象是2027年度营业收入总额在1亿元以上的私营企业。请于2027年5月31日前登录系统填报。",
])
def test_who_a_monitoring_or_survey_asks_to_report_are_its_applicants(text):
    assert tags("关于开展2027年度某某工作的通知", text) == {"企业"}


def test_the_units_a_call_for_needs_takes_are_its_applicants():
    text = "（二）需求单位原则上应是高新技术企业、瞪羚企业或科技型中小企业。请于2027年4月6日前报送。"
    assert tags("关于征集2027年度重点研发项目需求的通知", text) == {"高新技术企业", "瞪羚企业", "科技型中小企业"}


def test_project_units_that_failed_to_hand_in_are_no_applicants():
    text = "目前仍有少量项目单位未提交验收材料，为推动工作，请于2027年4月6日前补交。"
    assert tags("关于加快科技计划项目验收的通知", text) == set()


@pytest.mark.parametrize("title, expected", [
    # the recognition an event prepares for is its topic (r9, r16, r20, r26)
    ("关于举办2027年度高新技术企业认定政策宣讲会的通知", set()),
    ("经发局组织召开经开区规上企业入库工作推进会", set()),
    # …an addressee stays one
    ("@专精特新企业！2027年春季专场招聘会来了", {"专精特新中小企业"}),
])
def test_an_event_s_topic_is_no_addressee(title, expected):
    assert tags(title, "", "event") == expected


@pytest.mark.parametrize("title, text, expected", [
    # firms of no narrower type that a title recognises are the applicants (natdev, r11, r17, r24)
    ("关于开展2027年市级农业产业化龙头企业监测认定工作的通知", "请各县市区农业农村局按要求组织推荐。", {"企业"}),
    ("关于2027年度市级商贸流通骨干企业申报的通知", "请各区商务局组织辖区内符合条件的单位申报。", {"企业"}),
    # …a narrower type recognised stays alone
    ("关于开展2027年度高新技术企业认定申报工作的通知", "请各区科技局组织推荐。", {"高新技术企业"}),
])
def test_firms_a_title_recognises(title, text, expected):
    assert tags(title, text) == expected


@pytest.mark.parametrize("title, expected", [
    # experts collected for a pool apply as persons (r26: two cities' calls)
    ("关于开展2027年某市科技专家库专家征集工作的通知", {"人才"}),
    ("关于公开遴选省级科技评审专家的通知", {"人才"}),
    ("关于开展2027年度院士专家工作站认定工作的通知", {"平台载体"}),
])
def test_experts_for_a_pool_are_persons(title, expected):
    assert tags(title, "请符合条件的人员于5月10日前登录系统填报。") == expected


@pytest.mark.parametrize("title, text, kind, expected", [
    # incubators by name in the human-resources bureaus' and districts' words (r21, r23)
    ("关于公布2027年度省级创业孵化示范基地认定结果的通知", "经各地推荐、专家评审，确定了第五批省级创业孵化示范基地，现予公布。",
     "publicity", {"孵化器"}),
    ("某区2027年众创孵化平台考核评价项目申报通知", "一、申报对象\n本区区级及以上众创孵化平台。", "call", {"孵化器"}),
    # …a bare 孵化平台 stays unread (often a project's topic)
    ("关于征集2027年度孵化平台建设项目的通知", "一、申报对象\n本市注册的企业。", "call", {"企业"}),
])
def test_incubators_by_other_names(title, text, kind, expected):
    assert tags(title, text, kind) == expected


def test_persons_a_programme_honours():
    # "拟推荐10个年度科普人物" (r28; r21 collects the same honour): the listed are persons
    title = "“典赞·2027科普某省”拟推荐年度科普人物和科普作品公示"
    text = "市科协积极征集年度科普人物和科普作品，经专家评审，拟推荐10个年度科普人物、10个年度科普作品，现予公示。"
    assert tags(title, text, "publicity") == {"人才"}
    assert tags("某某企业家人物专访：坚持创新驱动", "", "interpretation") == set()


@pytest.mark.parametrize("text, expected", [
    # the groups a list counts by type: factories, parks and firms of no narrower type
    ("经企业自愿申报、各地推荐、专家论证和社会公示等程序，现将2027年度省级绿色制造名单予以公布，其中，"
     "绿色工厂120家、绿色供应链管理企业6家、绿色工业园区4个（详见附件）。", {"制造企业", "政府园区", "企业"}),
    ("经专家评审和社会公示，确定88家企业为省级绿色工厂，现将名单予以公布。", {"制造企业"}),
    # a list's firms that are all of the narrower type are that type alone
    ("经企业申报、专家评审，拟认定某某科技有限公司等405家企业为高新技术企业，现予以公示。", {"高新技术企业"}),
    # a factory named as a topic, not counted as listed, stays a topic
    ("经企业申报、专家评审，现将拟认定的专精特新中小企业名单予以公示，入选企业将加快建设智能工厂。",
     {"专精特新中小企业"}),
])
def test_a_publicity_reads_the_types_it_counts_in_its_body(text, expected):
    assert tags("关于公布2027年度名单的通知", text, kind="publicity") == expected


# --- round 22 (r37-r40) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # r38_04, r39_17: a first sentence read as a title names partners and aims in its purpose clause
    "为全面了解我市企事业单位与区内外高校院所的合作情况，推动产学研合作，现征集全市科技需求。\n一、征集对象\n"
    "规模以上工业企业、科技型中小企业。\n请于3月12日前报送市科技局。",
    "为协同我市企事业、科研单位攻克关键共性技术难题，市科技局征集了一批技术需求。\n一、征集对象\n"
    "规模以上工业企业、科技型中小企业。\n请于3月12日前报送市科技局。",
])
def test_a_derived_titles_purpose_clause_names_no_applicant(text):
    assert "高校院所" not in derived(text)
    assert {"规上企业", "科技型中小企业"} <= derived(text)


def test_the_act_after_a_derived_titles_purpose_still_counts():
    # national n_008: what the sentence does ("现对省内科研单位…") names the ones it asks
    text = "为全面了解我省科研单位承担国家项目情况，现对省内科研单位2021年承担项目情况进行调查。请于6月17日前报送。"
    assert "高校院所" in derived(text)


@pytest.mark.parametrize("title", [
    "关于2018年四川省高成长型中小企业和行业“小巨人”企业拟培育企业名单的公示",  # r40_09; 雅安's report too
    "关于2016年度科技“小巨人”企业培育计划拟立项项目的公示",
])
def test_provinces_quoted_little_giants_are_not_miits(title):
    assert "专精特新小巨人企业" not in tags(title, "现将名单予以公示。", "publicity")


def test_the_cultivation_pool_written_without_ku():
    # r41_14 (苏州吴中区): "高新技术企业培育入库" is the pool's own name, as "培育库入库" is
    text = ("1. 网上申报时间由原来的4月24日调整为6月5日（逾期不予受理）。\n"
            "附件：2020年度高新技术企业培育入库申报联系汇总表")
    assert "高企培育库企业" in tags("吴中区关于推迟2020年度高新技术企业培育入库工作的通知", text)
    # cultivation in general is no pool
    assert "高企培育库企业" not in tags("关于加强高新技术企业培育工作的通知", "请各地做好高新技术企业培育工作。", "policy")


@pytest.mark.parametrize("title", [
    "关于组织开展2026年度省级企业工程技术研究中心认定工作的通知",
    "关于2026年度市级企业工程研究中心申报的通知",
])
def test_an_enterprise_engineering_centre_is_a_firms_carrier(title):
    # "企业工程技术研究中心" is read whole, so its 企业 names the firm as the applicant, as 企业技术中心 does
    assert tags(title, "请各有关单位按要求组织申报。") == {"平台载体", "企业"}


@pytest.mark.parametrize("text", [
    # r50_02: the recognition a bureau runs somewhere is no workplace ("在…开展…认定工作")…
    "各区科技局:为促进我市科技服务业发展,我局将在全市范围内开展2027年度市级企业技术中心认定工作,现将有关事项通知如下:",
    # …and a purpose closed by an ASCII comma (a flattened page) no longer reaches past it
    "各有关单位：为加快研发平台建设,本局现组织开展2027年度市级企业技术中心认定工作，请按要求申报。",
])
def test_a_recognition_run_somewhere_names_what_it_recognises(text):
    assert "平台载体" in tags("", text)


def test_a_workplace_is_still_no_applicant():
    text = "一、奖励对象\n在本市工业设计中心全职工作满一年的设计人员。"
    assert "平台载体" not in tags("关于2027年度工业设计人才奖励申报的通知", text)


def test_cities_named_as_applicants_are_places():
    # r40_19: a pilot whose applicants are prefecture-level cities (their governments apply)
    text = "一、申报主体\n拟申报试点城市应为基础条件好、示范带动性强的地级及以上城市。\n二、方案编制\n……"
    assert tags("关于开展2027年度数字经济创新发展城市试点申报工作的通知", text) == {"政府园区"}
    # a city's bureaus that relay a call are no applicants
    assert "政府园区" not in tags("关于开展2027年度技术改造项目申报的通知",
                                "各设区市工信局：\n一、申报对象\n在本省注册的工业企业。")


@pytest.mark.parametrize("title, text, expected", [
    # an explainer states who may apply under the policy it explains (r40_11, r42_22): read as a call's body
    ("某市出台办法扶持数字化服务商 最高奖补500万元",
     "本报讯 近日，《某市数字化服务商扶持办法》印发施行。符合条件的中小企业数字化服务商，最高可获500万元奖补。", {"服务商"}),
    ("一次性稳岗补贴政策解读",
     "一、哪些单位可以申请？\n受疫情影响停产但未裁员的企业可申请享受一次性稳岗补贴。", {"企业"}),
    # its headline is read only as a policy's title: places it is about are no applicants
    ("某经开区2027年地区生产总值将超千亿", "近日，市政府新闻办举行新闻发布会，介绍经开区高质量发展有关情况。", set()),
    # a narrower type from the policy reading covers the body's generic 企业
    ("小型微利企业所得税优惠政策解读", "企业预计本年度符合小型微利企业条件的，预缴时可以申报享受优惠。", {"小微企业"}),
])
def test_an_interpretation_reads_who_may_apply(title, text, expected):
    assert tags(title, text, kind="interpretation") == expected


@pytest.mark.parametrize("title, expected", [
    # a call opening applications for a status is open to those who seek it (vocabulary applied_for_by)
    ("关于做好2027年度省级“专精特新”中小企业申报工作的通知", {"专精特新中小企业", "中小企业"}),
    ("关于开展2027年度嘉兴市专精特新中小企业认定的通知", {"专精特新中小企业", "中小企业"}),
    # not a reward for those that hold it
    ("关于兑现2027年度专精特新中小企业奖励资金的通知", {"专精特新中小企业"}),
    # MIIT's 小巨人 are chosen among the 专精特新中小企业 (r59_03, r58_20, r61_07); a province's own tier is not
    ("关于组织开展第八批国家级专精特新“小巨人”企业申报工作的通知", {"专精特新小巨人企业", "专精特新中小企业"}),
    ("关于做好2027年省级专精特新“小巨人”企业申报工作的通知", {"专精特新小巨人企业"}),
    ("关于开展2027年湖北省专精特新小巨人企业认定工作的通知", {"专精特新小巨人企业"}),
    ("关于兑现2027年专精特新“小巨人”企业认定奖励的通知", {"专精特新小巨人企业"}),
    # the ladder's first step is evaluated among the 中小企业 (r48_06, r50_16, r59_16, r70_02, r71_01)
    ("关于开展2027年某省第二批创新型中小企业评价工作的通知", {"创新型中小企业", "中小企业"}),
])
def test_a_status_applied_for_is_open_to_those_who_seek_it(title, expected):
    assert tags(title, "请各区组织辖区内企业按要求申报。") == expected


def test_a_status_applied_for_by_a_narrower_kind_named_in_the_text():
    # the text names who of them may apply: the 创新型中小企业 among the 中小企业
    text = "一、申报条件\n申报企业应为有效期内的创新型中小企业。"
    assert tags("关于做好2027年度省级专精特新中小企业申报工作的通知", text) == {"专精特新中小企业", "创新型中小企业"}


@pytest.mark.parametrize("text", [
    # a list of carriers that passed an acceptance or an evaluation names them (r46_07, r57_14)
    "经依托单位申请、专家评审，共有15家市级重点实验室通过验收。现予以公示，公示期为5个工作日。",
    "我局对已运行的20家省级工程技术研究中心进行了绩效考评。现将考评结果予以公示。",
])
def test_a_publicity_of_carriers_evaluated_names_them(text):
    assert "平台载体" in tags("", text, kind="publicity")
