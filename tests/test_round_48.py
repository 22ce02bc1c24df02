"""Round 48 of the blind-set method: rules shown by labelled texts of the round's sets (r369-r380, and r341, r342 now
tuning) or by phrasings a reviewer wrote without the code (probe 48), each tested here on phrasings written for these
tests (the sets' own texts stay outside the project). One table per field; each row is one case, and its id says which
rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, extracted, field_values, holds, kind, region_names, subjects

# The body of a zone's own call, placed only by the province it cites.
ZONE_CALL = ("各园区办、各有关单位：\n根据《省发展改革委关于申报2026年度全省服务业重点项目的通知》要求，现将有关事项通知如下：\n"
             "请项目单位于2026年3月2日前报送所属园区。")


@pytest.mark.parametrize("title, text, account, expected", [
    # a call on a zone's own site, the account named for the zone (r374_05, r322_07)
    pytest.param("关于申报2026年度服务业重点项目的通知", ZONE_CALL, "合肥高新技术产业开发区", ["合肥高新技术产业开发区"],
                 id="a-zones-own-site-posts-a-call"),
    pytest.param("关于开展2026年度“十佳企业”评选活动的通知", "全区各企业：\n请于2026年4月30日前报送申报材料。", "赣州经济技术开发区",
                 ["赣州经济技术开发区"], id="a-zones-own-site-places-its-own-call"),
    # (guards: the province's list a zone's site reposts stays the province's (r246_14); a body's account is read as
    # before)
    pytest.param("四川拟认定30家省级农业产业化龙头企业", "四川省农业农村厅日前公示了拟认定的30家省级龙头企业名单。", "国家级遂宁经济技术开发区",
                 ["四川省"], id="a-zones-site-reposts-the-provinces-list"),
    pytest.param("关于申报2026年度服务业重点项目的通知", ZONE_CALL, "苏州市发展和改革委员会", ["苏州市"],
                 id="a-bodys-account-as-before"),
])
def test_regions(title, text, account, expected):
    assert region_names(title, text, account=account) == expected


@pytest.mark.parametrize("title, text, expected", [
    # science and technology service agencies recognised or rated by name in a title are service providers (r370_07,
    # r370_10, r370_11), not carriers
    pytest.param("关于公布2026年度省级技术转移示范机构考核结果的通知", "经考核，现将结果予以公布。", ["服务商"],
                 id="technology-transfer-agencies-rated"),
    pytest.param("关于公布2026年度示范生产力促进中心评价结果的通知", "经评价，现将结果予以公布。", ["服务商"],
                 id="productivity-centres-rated"),
    # (guard: in a body such an agency is what a project works with)
    pytest.param("关于组织申报2026年度科技成果转化项目的通知",
                 "一、申报对象\n本市注册的企业。\n二、支持方向\n企业联合技术转移机构开展成果转化。", ["企业"],
                 id="an-agency-a-project-works-with"),
    # a clinical research centre is a carrier (r285_15)
    pytest.param("关于组织申报第四批省临床医学研究中心的通知", "各有关医疗机构：\n请依托单位于2026年9月30日前提交申请。", ["平台载体"],
                 id="a-clinical-research-centre"),
    # a zone opening the name of a school or a firm is no zone applying (r373_04)
    pytest.param("关于公布第二批心理健康教育特色学校名单的通知",
                 "现将名单公布如下：株洲市第二中学、衡阳市高新区实验小学、岳阳县新开中心学校。", [],
                 id="a-school-named-after-its-zone"),
    # a 最美 honour for persons of any post ending 员 (r373_14)
    pytest.param("关于开展2026年度“最美养老护理员”推选活动的通知", "请各地于2026年6月30日前推荐。", ["人才"],
                 id="a-most-beautiful-care-worker"),
    # the probe's phrasings: 企业 in a quota or a bracket refers back to the types named
    pytest.param("关于组织开展2026年数字化改造项目申报的通知",
                 "一、申报范围\n已认定且在有效期内的省级专精特新中小企业，同一企业限报一个项目。",
                 ["专精特新中小企业"], id="one-project-a-firm"),
    pytest.param("关于申报2026年度软件产业专项资金的通知",
                 "一、扶持对象\n在本市注册的软件企业（含集成电路设计企业）。\n二、请于2026年10月15日前申报。",
                 ["软件企业"], id="firms-a-bracket-counts-in"),
    # …the units a talent programme's call is addressed to recommend the persons who apply
    pytest.param("关于开展2026年青年拔尖人才培育计划申报工作的通知",
                 "各区委组织部，各高等院校、市属企业：\n一、申报对象：在本市单位工作、年龄不超过35周岁的青年人才。",
                 ["人才"], id="a-talent-programmes-addressees"),
    # …a subsidy of a type's R&D costs is for that type; candidates for a status do not hold it
    pytest.param("关于开展2026年度瞪羚企业、独角兽企业研发费用补贴申报的通知", "请于2026年7月31日前提交申请。",
                 ["独角兽企业", "瞪羚企业"], id="a-subsidy-of-rd-costs"),
    pytest.param("关于遴选2026年度高新技术企业重点培育对象的通知", "各有关企业：\n请有意向的企业于2026年4月18日前报送申请表。", ["企业"],
                 id="candidates-for-a-status"),
    # …a sentence naming its applicants in a clause of its own, turning others away in another
    pytest.param("关于开展2026年电子商务进农村综合示范工作的通知",
                 "示范县以县级人民政府为申报主体，已获得过支持的县不再重复申报。", ["政府园区"], id="applicants-then-exclusions"),
    # …the host of a carrier to be set up, and bidders
    pytest.param("关于组织申报2026年市工程技术研究中心的通知",
                 "工程技术研究中心依托本市企业、高等院校或科研院所组建，依托单位应具有独立法人资格。",
                 ["企业", "平台载体", "高校院所"], id="the-host-of-a-centre"),
    pytest.param("关于遴选2026年度就业服务承接机构的公告", "参选机构须为依法设立的人力资源服务机构。\n请于2026年2月27日前报送。",
                 ["服务商"], id="bidders"),
    # …types that only earn bonus points, or preferred in an aside, are no applicants
    pytest.param("关于开展2026年度企业数字化改造补助申报的通知",
                 "一、申报对象：在本县注册的企业。\n二、对获得国家高新技术企业称号的申报单位，评审时加5分。", ["企业"],
                 id="bonus-points-for-the-applicants"),
    pytest.param("关于组织申报2026年度技术改造补助的通知",
                 "一、申报范围\n本市工业企业（高新技术企业和专精特新企业优先考虑）。", ["制造企业"],
                 id="an-aside-preferring-some"),
    # …graduates claiming start-up aid themselves (r288_06's rule); not those a firm hires (r274_07, r365_01)
    pytest.param("关于开展2026年度一次性创业资助申领工作的通知",
                 "毕业5年内的全日制高校毕业生在本市首次创业，正常经营6个月以上的，可申领一次性创业资助。", ["人才"],
                 id="graduates-starting-a-business"),
    # (the firm hiring them claims: since round 50 a title opening a claim, "关于申领…的通知", is read as a call, whose
    # applicant is the firm, as r365_01's label has it)
    pytest.param("关于申领2026年一次性扩岗补助的通知",
                 "企业招用应届高校毕业生，签订劳动合同并参加失业保险的，可申领一次性扩岗补助。", ["企业"],
                 id="graduates-a-firm-hires"),
    # part 2: persons' honours chosen, conferred or listed in a title (r379_03, r379_07, r379_18, r379_19, r376_05)
    pytest.param("关于表彰2026年度全市优秀教师的决定", "授予张某某等50名同志“优秀教师”称号。", ["人才"], id="teachers-commended"),
    pytest.param("关于公布第七届名优教师评选结果的通知", "经评审，现将名单公布如下。", ["人才"], id="named-teachers-listed"),
    pytest.param("25人获评第四批“海港工匠”", "昨日，市总工会表彰了第四批“海港工匠”。", ["人才"], id="craftsmen-in-quotes"),
    pytest.param("市三八红旗手首次预留社会化推荐名额",
                 "记者从市妇联获悉，本年度三八红旗手评选工作开始了，参评材料请于12月31日前报送市妇联。", ["人才"],
                 id="a-women-pacesetters-nomination"),
    # (guards: a model worker's studio, which units set up; a model's spirit)
    pytest.param("关于命名2026年度劳模创新工作室的通知", "经评审，命名10家单位为劳模创新工作室。", [], id="a-model-workers-studio"),
    pytest.param("关于开展劳模精神宣讲活动的通知", "请各单位组织职工参加。", [], id="a-models-spirit"),
    # units one way persons come forward through are no applicants (r379_02)
    pytest.param("全国三八红旗手部分人选首次面向社会征集",
                 "首次公开征集部分三八红旗手候选人，凡符合条件的女性公民可以通过个人自荐、他荐，或各级机关、企事业单位、"
                 "社会组织推荐的形式参与评选。", ["人才"],
                 id="units-recommending-persons"),
    # (the review of phrasings: an honour for entrepreneurs; units nominating persons; an honour's addressees recommend)
    pytest.param("关于评选第十届“某市优秀企业家”的通知", "候选人可由所在企业推荐，也可由个人自荐。\n请于2026年10月20日前报送推荐材料。", ["人才"],
                 id="outstanding-entrepreneurs"),
    pytest.param("关于提名2026年度“青年科技奖”候选人的通知", "候选人由所在高校、科研院所、企业提名。\n提名截止时间为2026年10月31日。",
                 ["人才"], id="units-nominating-persons"),
    pytest.param("关于推荐2026年度全省优秀教师和优秀教育工作者的通知",
                 "各市教育局，各高等学校：\n推荐对象应为长期在教学一线工作的在职教师。请于2026年9月25日前报送。", ["人才"],
                 id="an-honours-addressees-recommend"),
    # a fund's committee is no zone (r359_07)
    pytest.param("关于公布2026年文艺精品扶持项目入选名单的通知", "经专项扶持资金管理委员会审议，确定20个项目入选。", [],
                 id="a-funds-committee"),
])
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a title naming a draft for comment is a policy, collected with 征集 or under a column tag (r372_01, r256_07)
    pytest.param("关于对《某市空气重污染应急预案（征求意见稿）》公开征集意见的公告", "公开征集意见时间为2026年5月10日至5月20日。",
                 "policy", id="comments-collected-on-a-draft"),
    pytest.param("【社会征集】关于征求《某市环境卫生专项规划（征求意见稿）》社会公众意见的通知", "意见反馈截止时间为2026年6月1日。",
                 "policy", id="a-draft-under-a-column-tag"),
    # a headline counting those named (r369_07, r324_04, r336_05); those confirmed (r373_13, r373_04)
    pytest.param("某市再命名36家市级农业产业化龙头企业", "昨日，市政府命名第十批36家市级龙头企业。", "publicity",
                 id="a-headline-counting-those-named"),
    pytest.param("某区等12个单位被确认为第三批全国婚俗改革实验区", "民政部近日确认了第三批实验区。", "publicity",
                 id="those-confirmed-in-a-headline"),
    pytest.param("关于确认第三批心理健康教育特色学校的通知", "经评审，确认以下学校为第三批特色学校。", "publicity",
                 id="a-title-confirming-a-list"),
    # (guard: a work of confirming is no list)
    pytest.param("关于做好2026年度统计数据确认工作的通知", "请各单位于2026年3月31日前完成数据确认。", "policy",
                 id="a-work-of-confirming"),
    # part 2: a selection's headline, activity or verb first (r376_05, r379_17, r349_06); persons counted (r379_18,
    # r270_10); model units and persons asked for (r375_15, r332_13); how results came out (r375_07, r359_07)
    pytest.param("某市“新时代好少年”评选活动启动", "记者从市文明办获悉，评选活动即日启动。", "call", id="a-selection-activity-starts"),
    pytest.param("“最美乡村教师” 开始评选", "本报讯 一年一度的评选活动拉开帷幕。", "call", id="a-selection-begins"),
    pytest.param("36人获评第三批“海港工匠”", "昨日，市总工会表彰了获得荣誉的职工。", "publicity", id="persons-counted"),
    pytest.param("关于推荐全国生态文明建设先进集体和先进个人的通知", "2025年，我市被授予全国生态文明建设示范市称号。", "call",
                 id="model-units-and-persons-asked-for"),
    pytest.param("关于全省2026年“教育家精神”征文活动获奖情况的通报", "现将获奖情况通报如下。", "publicity",
                 id="how-an-essay-contest-came-out"),
    # (the review of phrasings: persons put forward with 举荐; a claim opened in a headline)
    pytest.param("关于举荐2026年度“某市杰出人才奖”候选人的公告", "举荐时间自即日起至11月15日止。", "call", id="candidates-put-forward"),
    pytest.param("毕业生创业看过来！一次性创业补贴开始申领", "毕业5年内的高校毕业生首次创业的，本人可申领一次性创业补贴。", "call",
                 id="a-claim-opened"),
    # part 3: areas, times or fees a government sets out are a policy, though announced with 公布 (r385_03, r385_17)
    pytest.param("某县人民政府关于公布森林防火区的通告", "为加强森林防火工作，特通告如下：一、全县林区为森林防火区。", "policy",
                 id="areas-set-out"),
    pytest.param("某县人民政府关于公布烟花爆竹燃放区域及时间的通告", "现将春节期间烟花爆竹燃放区域及时间通告如下。", "policy",
                 id="times-and-areas-set-out"),
    # (guard: what a notice announces by name stays a list)
    pytest.param("关于公布2026年度自治区科普示范基地的通知", "经评审，现将名单公布如下。", "publicity", id="bases-announced"),
    # (guard: a target of persons is no count)
    pytest.param("力争100人获评省级技能人才", "我市将加大技能人才培养力度。", "policy", id="a-target-of-persons"),
])
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, text, published, expected", [
    # the current year named, not written (r372_02; "征集时间截止到今年12月10日")
    pytest.param("某市征集明年立法项目建议", "市司法局即日起向社会公开征集立法项目建议，截止时间为今年10月12日。", "2026-09-15",
                 ["2026-10-12"], id="this-years-date"),
    pytest.param("关于征集2027年度民生实事项目的公告", "征集截止日期：本年11月30日。", "2026-10-20", ["2026-11-30"],
                 id="this-years-date-written-benian"),
    # part 2: a nomination window named 举荐 or 推选 (r379_16)
    pytest.param("某市启动见义勇为积极分子举荐评选活动", "所有见义勇为人员均为被举荐对象，举荐时间为9月1日至9月30日。", "2026-09-02",
                 ["2026-09-30"], id="a-nomination-window"),
])
def test_deadlines(title, text, published, expected):
    assert deadline_dates(title, text, published) == expected


# The code review's guards (the reviewer's phrasings): what each rule of the round must leave alone, and variants it
# must also catch. Each row: the field read, the title, the text, the page date, the posting account, what the field
# must hold and what it must not.
@pytest.mark.parametrize("field, title, text, published, account, must_hold, must_not_hold", [
    pytest.param("kind", "关于《某市数据条例（征求意见稿）》的政策解读", "为便于理解，现将主要内容解读如下。", "2026-09-20", None,
                 ["interpretation"], [], id="an-explainer-of-a-draft"),
    pytest.param("kind", "政策解读丨《某某办法（征求意见稿）》", "为便于理解，现将主要内容解读如下。", "2026-09-20", None,
                 ["interpretation"], [], id="a-draft-under-an-explainers-tag"),
    pytest.param("kind", "关于举办《智能工厂评价标准（征求意见稿）》宣贯培训会的通知", "定于2026年5月20日举办宣贯培训会，请各企业派员参加。",
                 "2026-04-20", None, ["event"], [], id="a-training-on-a-draft"),
    pytest.param("kind", "【社会征集】《某市科技企业孵化器认定和管理办法（征求意见稿）》", "欢迎社会各界提出意见。", "2026-04-20",
                 None, ["policy"], [], id="a-draft-named-alone"),
    pytest.param("regions", "关于组织申报2026年度省级专精特新中小企业的通知",
                 "各设区市工业和信息化局：\n一、申报对象\n在江苏省内注册的中小企业。\n请各设区市于2026年5月10日前汇总报送。\n"
                 "江苏省工业和信息化厅", "2026-04-01", "苏州高新区", ["江苏省"], ["苏州高新技术产业开发区"],
                 id="a-provinces-text-on-a-zones-site"),
    pytest.param("deadlines", "关于开展2026年度第二批补贴申报的通知", "第一批申报截止时间为今年8月31日，第二批申报截止时间为12月15日。",
                 "2026-11-05", None, ["2026-12-15"], ["2027-08-31"], id="this-year-never-rolls-over"),
    pytest.param("deadlines", "关于征集2027年度民生实事项目的公告", "征集截止日期：明年1月10日。", "2026-12-20", None,
                 ["2027-01-10"], [], id="next-years-date"),
    pytest.param("kind", "某市将再命名36家市级农业产业化龙头企业", "今年我市将再命名一批市级龙头企业。", "2026-09-20", None, [],
                 ["publicity"], id="naming-again-to-come"),
    pytest.param("kind", "小微企业每招用1人获得2000元补贴", "今年起小微企业每招用1名高校毕业生，可获得2000元补贴。", "2026-09-20", None,
                 [], ["publicity"], id="a-rate-per-person"),
    pytest.param("kind", "我市5000人获得技能提升补贴", "今年以来全市共发放技能提升补贴800万元，惠及5000人。", "2026-09-20", None, [],
                 ["publicity"], id="a-payout-to-persons"),
    pytest.param("kind", "关于确认2026年度社保缴费基数的通知", "请各用人单位于2026年7月31日前登录系统完成申报。", "2026-06-20", None, [],
                 ["publicity"], id="data-confirmed"),
    pytest.param("kind", "某市秋季旅游精品线路推荐活动启动", "市文旅局推出10条秋季精品旅游线路，欢迎市民游客打卡。", "2026-09-20", None,
                 [], ["call"], id="routes-recommended"),
    pytest.param("kind", "关于2026年技能大赛获奖情况的通知", "现将获奖情况通知如下。", "2026-09-20", None, ["publicity"], [],
                 id="how-a-contest-came-out-as-a-notice"),
    pytest.param("subjects", "关于命名2026年度“好少年”教育实践基地的通知", "经评审，命名10所学校为实践基地。", "2026-09-20", None, [],
                 ["人才"], id="a-base-named-after-an-honour"),
    pytest.param("subjects", "关于组织申报2026年度技术改造补助的通知", "申报主体须为本市注册的企业，上市企业、外资企业不得申报。",
                 "2026-09-20", None, ["企业"], ["上市企业", "外资企业"], id="types-turned-away-in-a-clause"),
    pytest.param("subjects", "关于申报2026年度专项资金的通知", "一、扶持对象\n本市高新技术企业（包括其他科技型企业）均可申报。",
                 "2026-09-20", None, ["企业", "高新技术企业"], [], id="a-bracket-adding-others"),
    pytest.param("subjects", "关于组织申报2026年度高层次人才引进补贴的通知",
                 "各有关企业、高校：\n对引进人才的单位给予引才补贴。请于2026年5月10日前提交材料。", "2026-04-20", None,
                 ["企业", "高校院所"], [], id="units-paid-for-bringing-talent-in"),
    pytest.param("subjects", "关于组织申报2026年度商标品牌价值提升行动的通知", "一、申报对象\n本市注册的企业，瞪羚企业、独角兽企业等优先报名。",
                 "2026-04-20", None, ["企业", "独角兽企业", "瞪羚企业"], [], id="types-invited-to-enter-first"),
    pytest.param("subjects", "关于组织申报2026年度研发投入补助的通知",
                 "一、申报对象\n本市注册的企业。同等条件下，瞪羚企业、独角兽企业优先支持，获得支持的项目优先申报国家级项目。", "2026-04-20",
                 None, ["企业"], ["瞪羚企业", "独角兽企业"], id="apply-first-in-another-clause"),
    pytest.param("subjects", "关于组织申报2026年度研发投入补助的通知", "一、申报对象\n本市注册的企业。瞪羚企业、独角兽企业（同等条件下优先支持）。",
                 "2026-04-20", None, ["企业"], ["瞪羚企业", "独角兽企业"], id="an-aside-preferring-the-type-itself"),
    pytest.param("subjects", "关于开展2026年度“十佳民营企业”评选活动的通知", "一、参评对象\n符合条件的企业可通过自主申报或县区推荐的方式参与评选。",
                 "2026-04-20", None, ["企业"], [], id="firms-applying-or-recommended"),
    pytest.param("subjects", "关于组织申报2026年度数字化转型诊断服务项目的通知",
                 "请各地于2026年10月10日前报送。本项目依托人工智能大模型为专精特新中小企业开展免费诊断。", "2026-09-20", None, [],
                 ["专精特新中小企业"], id="a-service-delivered-through-ai"),
    pytest.param("subjects", "关于组织申报2026年度青年科技人才托举项目的通知",
                 "一、申报条件\n申报人须为35周岁以下的青年科技工作者。\n二、依托单位应为本市高校、科研院所或企业，负责项目管理。",
                 "2026-04-20", None, ["人才"], ["企业", "高校院所"], id="a-persons-programmes-host"),
    pytest.param("subjects", "关于开展2026年度一次性创业补贴申领工作的通知", "一、申领对象\n对入驻高校毕业生创业园的小微企业，给予一次性创业补贴。",
                 "2026-09-20", None, ["小微企业"], ["人才"], id="a-graduates-park"),
    pytest.param("subjects", "关于公布2026年度住房公积金贷款贴息企业名单的通知", "经住房公积金管理委员会审议，确定20家企业入选。",
                 "2026-09-20", None, ["企业"], ["政府园区"], id="a-housing-funds-committee"),
    pytest.param("subjects", "关于依托某市生产力促进中心开展2026年度中小企业数字化诊断的通知",
                 "一、申报对象\n本市中小企业。请于2026年5月10日前报送。", "2026-04-20", None, ["中小企业"], ["服务商"],
                 id="a-centre-delivering-a-service"),
    pytest.param("deadlines", "某市启动见义勇为积极分子评选活动", "提名时间为9月1日至9月30日。", "2026-09-02", None, ["2026-09-30"], [],
                 id="a-nomination-window-named-timing"),
])
def test_code_review_guards(field, title, text, published, account, must_hold, must_not_hold):
    read = field_values(extracted(title, text, published, account), field)
    assert holds(read, must_hold, must_not_hold), read


@pytest.mark.parametrize("text, expected", [
    # part 3: emergency numbers given to report to are kept as written, as the hotlines are (r385_17)
    pytest.param("举报电话：110、12345。", ["110", "12345"], id="emergency-number-to-report-to"),
    # (guards: not without a phone's cue, nor a voltage or a document number)
    pytest.param("新建110千伏变电站一座。", [], id="a-voltage"),
    pytest.param("联系电话：0570-6012345，依据第120号令。", ["0570-6012345"], id="a-document-number"),
])
def test_phones(text, expected):
    notice = extracted("某县人民政府关于公布烟花爆竹燃放区域及时间的通告", text, "2026-01-10", None)
    assert field_values(notice, "phones") == expected
