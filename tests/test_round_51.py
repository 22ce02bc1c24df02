"""Round 51 of the blind-set method: rules shown by labelled texts of the round's sets (r404 and r405, round 50's final
check, now tuning; r416-r423), each tested here on phrasings written for these tests (the sets' own texts stay outside
the project). One table per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, extracted, kind, subjects


@pytest.mark.parametrize("title, text, expected", [
    # a headline's closing teaser asking readers whether they are in the news asks nothing the text answers
    # (r404_01, r336_05, r337_11, r367_08)
    pytest.param("某省拟命名30个省级生态村，看看有你家乡吗？", "近日，省林业局发布公示，拟命名某某村等30个村为省级生态村，公示期为7天。",
                 "publicity", id="a-reader-teaser-after-a-list"),
    pytest.param("第五批市级非遗名录公布！46项入选，快来看看都是谁？", "市政府批准公布第五批市级非物质文化遗产代表性项目名录，共46项。",
                 "publicity", id="a-who-teaser-after-a-list"),
    # (guard: a question the text answers stays an explainer)
    pytest.param("小微企业如何申请创业担保贷款？", "答：符合条件的小微企业可向所在地人社部门提出申请。", "interpretation",
                 id="a-question-the-text-answers"),
    # a plan put up as a 公示 by its quoted title publishes the plan (r404_04, r404_06)
    pytest.param("关于《某市国土空间总体规划（2021-2035年）》批前公示", "现将规划主要内容予以公示，公示期30天。", "policy",
                 id="a-plan-put-up-as-a-publicity"),
    # (guard: a list within a plan stays a list)
    pytest.param("关于《某市“十四五”交通规划》重点项目名单的公示", "现将重点项目名单予以公示，公示期5个工作日。", "publicity",
                 id="a-list-within-a-plan"),
    # news telling firms to apply within a window is a call (r405_08, r381_16)
    pytest.param("某区对春节期间正常营业的餐饮企业发放补贴",
                 "某某报讯 记者从区商务局获悉，该区决定对春节期间正常营业的餐饮企业发放补贴，相关企业需在3月10日至3月20日之间进行申报。",
                 "call", id="news-of-a-window-to-apply-in"),
])
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a window opened 即日起至 whose act closes its sentence past a long list of those it is open to (r405_02, r414_06)
    pytest.param("即日起至9月20日，辖区社区居委会、社区服务中心以及在本市登记的社会组织、企业、高校，或者在市外登记但有意在本区开展"
                 "服务项目的，均可参与申报。", ["2026-09-20"], id="a-window-open-to-a-long-list"),
    pytest.param("为拓宽提案来源，自即日起至2026年9月20日向全市各工作部门、各人民团体、企事业单位以及社会各界群众，公开征集提案线索。",
                 ["2026-09-20"], id="a-window-to-collect-from-a-long-list"),
    # (guard: a benefit period opened so is no window to apply in)
    pytest.param("即日起至12月31日，在本市购买新能源汽车的个人，可享受每辆车3000元的消费补贴。", [], id="a-benefit-period"),
])
def test_deadlines(text, expected):
    assert deadline_dates("关于征集项目的公告", text, "2026-08-20") == expected


@pytest.mark.parametrize("title, text, expected", [
    # returned students are persons (r405_06, r355_17, r307_07)
    pytest.param("关于申报大学生创业项目资助的通知", "一、申报范围\n在本市创业的全日制高校在校生、出国（境）留学回国人员。\n"
                 "二、请于11月11日前上报至市人社局。", ["人才"], id="returned-students"),
    # those welcome to take part are those who may (r405_10, r298_01)
    pytest.param("关于征集城市精神口号的公告", "为增强城市认同，现面向全社会公开征集城市精神口号。\n一、征集时间\n即日起至2026年9月30日。\n"
                 "二、投稿方式\n欢迎社会各界人士通过电子邮件积极参与征集活动。", ["人才"], id="those-welcome-to-take-part"),
    # (guard: those welcome to watch over a list are not listed)
    pytest.param("关于某市优秀建设项目名单的公示", "经评审，拟确定以下项目为优秀建设项目，现予以公示。欢迎社会各界参与监督。", [],
                 id="those-welcome-to-watch-over-a-list"),
    # travel agencies are firms (r325_02, r405_07)
    pytest.param("关于开展旅行社引客入境奖励申报工作的通知", "一、申报对象\n本地旅行社可向所在县（区）文化和旅游部门申报。\n"
                 "二、申报截止时间：2026年9月8日。", ["企业"], id="travel-agencies"),
    # colleges named by their kind (r261_15, r405_02, r279_08, r299_08, r303_03, r345_11)
    pytest.param("关于征集科技需求的通知", "各大专院校、科研院校：\n现征集2026年度科技需求，符合条件的单位均可申报。", ["高校院所"],
                 id="colleges-named-by-their-kind"),
    # (guard: their graduates are persons, not colleges)
    pytest.param("关于申报紧缺人才补贴的通知", "一、申报对象\n取得技师技能等级的职业院校（技工院校）毕业生，可个人申报。", ["人才"],
                 id="graduates-of-colleges"),
    # the firms a purpose clause supports are none of the projects a list names (r404_03; 扶持 read as 支持 is)
    pytest.param("关于公布2026年度某市优质工程获奖项目名单的通知", "为扶持建筑企业实施品牌战略，经评审，某某路改造工程等12项工程荣获"
                 "2026年度某市优质工程奖，现予以公布。", [], id="firms-a-purpose-supports"),
])
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


# Part 2 (r418-r423, blind at 3fd58ae)
@pytest.mark.parametrize("title, text, expected", [
    # a public order (通告) no other rule reads is a rule, whatever event occasions it (r422_08, r422_10, r422_11, r385_15)
    pytest.param("某县2026年元宵节灯会活动交通管制通告", "2月12日，县政府将在城区举办元宵节灯会活动。为确保活动安全有序，决定对部分路段"
                 "实行临时交通管制。", "policy", id="traffic-control-for-a-festival"),
    # (guard: a 通告 announcing a list stays a list)
    pytest.param("关于公布第三批省级专精特新中小企业名单的通告", "经企业申报、专家评审，现将名单予以公布。", "publicity",
                 id="a-list-announced-by-a-public-order"),
    # a title asking how, with no question mark closing it (r423_08, r423_13, r250_19; r306_17, r423_09)
    pytest.param("某市博士人才补贴怎么发? 某市硕士人才引进补贴", "补贴标准：新引进的博士研究生给予10万元安家补贴，分3年发放。",
                 "interpretation", id="how-is-it-paid"),
    pytest.param("某市新能源汽车补贴政策2026怎么领取", "一、补贴时间\n2026年6月1日至12月31日。\n二、申请条件\n个人消费者。",
                 "interpretation", id="how-is-it-claimed"),
    # counties counted as themselves in a headline, no measure word (r419_12, r419_13, r334_16)
    pytest.param("某市3县入选省电商进农村示范县", "据了解，示范县每县将获得中央财政资金支持，用于农村电商公共服务体系建设。",
                 "publicity", id="counties-counted-without-a-measure-word"),
    pytest.param("我省8县(市)获评电子商务进农村综合示范县", "近日，财政部、商务部确认了我省推荐的8个县（市）为综合示范县。",
                 "publicity", id="counties-and-cities-counted"),
    # (guard: counties a plan aims at are no list)
    pytest.param("我省力争3年内20县建成电商示范县", "省商务厅印发方案，提出到2028年建成20个电商示范县。", "policy",
                 id="counties-aimed-at"),
])
def test_kinds_part_2(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # the public employment offices that receive applications are no service providers (r423_09, r423_10)
    pytest.param("某市一次性吸纳就业补贴如何发放？", "企业申请一次性吸纳就业补贴后，区县公共就业服务机构将对申请进行审核。符合条件的企业"
                 "可向参保地区县就业和人才服务机构申请补贴。", ["企业"], id="public-employment-offices"),
    # (guard: service agencies recognised stay providers)
    pytest.param("关于开展人力资源诚信服务示范机构推荐工作的通知", "一、推荐范围\n在我市依法取得许可的经营性人力资源服务机构。", ["服务商"],
                 id="service-agencies-recognised"),
    # a hook that is only the act opens the title it belongs to (r422_05, r413_05)
    pytest.param("公开征集！某区2027年重点民生实事建议请您来提", "为广泛听取群众意见，现启动2027年重点民生实事项目建议征集工作。",
                 ["人才"], id="an-act-only-hook"),
    # livelihood projects jieba reads into one word with 项目, or counted inside quotes (r385_04, r388_15)
    pytest.param("某区公开征集2027年重点民生工程项目公告", "为广泛听取群众意见，现面向社会公开征集2027年重点民生工程项目。", ["人才"],
                 id="livelihood-works-projects"),
    pytest.param("关于征集2027年某区人民政府为民办“十件实事”拟建项目的公告", "现面向社会公开征集项目建议，征集时间截至11月30日。", ["人才"],
                 id="ten-things-done-for-the-people"),
    # (guard: the firms sought to carry them out are not the public)
    pytest.param("关于征集2027年民生工程项目承办企业的公告", "一、申报对象\n在本区注册的建筑施工企业。", ["企业"],
                 id="firms-to-carry-out-livelihood-works"),
])
def test_subjects_part_2(title, text, expected):
    assert subjects(title, text) == expected
