"""Round 40 of the blind-set method: rules shown by two or more independent labelled texts, each tested here on
phrasings written for these tests (the sets' own texts stay outside the project). Each table row is one case; its
id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, kind, record_kind, region_names, subjects, untitled_kind


@pytest.mark.parametrize("title, text", [
    # officials answering reporters' questions, the guide's 答记者问 worded out, explain (r166_20, r198_12, r211_16)
    pytest.param("某市政府记者招待会举行 市长某某回答中外记者的提问", "某市十五届人大六次会议今天闭幕。", id="title-answers"),
    pytest.param("全国人大会议记者会：某部部长就科技创新回答中外记者提问", "大会新闻中心举行记者会。", id="title-press-hall"),
    pytest.param("", "3月13日上午，会议闭幕后，国务院总理出席记者会并回答中外记者提问。以下为文字实录：", id="body-answers"),
])
def test_officials_answering_reporters_explain(title, text):
    assert record_kind(title, text) == "interpretation"


@pytest.mark.parametrize("title, text, expected", [
    # …not a question-and-answer session for applicants, nor a report naming reporters otherwise
    pytest.param("关于举办2025年高新技术企业认定政策宣讲会的通知",
                 "各有关企业：\n定于6月5日举办宣讲会，现场回答企业提问。请于6月3日前报名。", "event", id="briefing-for-firms"),
])
def test_answering_others_is_not_answering_reporters(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, text", [
    # ministers answering reporters on the congress's "部长通道" explain (r211_20, r218_14)
    pytest.param("", "主持人：大家上午好，全国人大会议第一场“部长通道”采访活动现在开始。邀请三位部长接受采访。",
                 id="ministers-corridor"),
])
def test_the_ministers_corridor_explains(title, text):
    assert untitled_kind(text) == "interpretation"


@pytest.mark.parametrize("title, expected", [
    # a contest's regional round named by its 赛区 alone is entered (r215_13), as one named a 比赛 was (r171_08)
    pytest.param("某省科学技术厅关于举办第十四届中国创新创业大赛某省赛区的通知", "call", id="regional-round"),
    pytest.param("关于举办第十一届中国创新创业大赛山西赛区比赛的通知", "call", id="regional-round-contest"),
    # …and a contest launched takes entries, but not one of its rounds begun (r215_20, r202_18)
    pytest.param("第五届“中国创翼”创业创新大赛某省选拔赛开赛", "event", id="selection-round-begun"),
    pytest.param("2025年某市职业技能竞赛月度主题赛启动", "event", id="monthly-round-begun"),
    pytest.param("某省“科创杯”创新创业大赛决赛开赛", "event", id="final-begun"),
    pytest.param("中国创新创业大赛（某省赛区）正式启动", "call", id="contest-launched"),
    pytest.param("2025年“创客中国”某市中小企业创新创业大赛启动", "call", id="contest-launched-plain"),
])
def test_a_contests_round(title, expected):
    assert kind(title, ROUND_REPORTED) == expected


ROUND_REPORTED = "6月13日，比赛在省会举行，共有120个项目参与角逐，决出各赛道名次。"


@pytest.mark.parametrize("title, text", [
    # recommendations for a list organised are a call (r218_19, r147_03; the 27 titles saying 组织推荐 are calls)
    pytest.param("关于某市组织推荐2025年度国家绿色制造名单、省级绿色工厂名单的通知",
                 "各县（区）：\n现就做好推荐工作通知如下：\n1.请各县组织满足条件的企业自愿申报。", id="recommend-for-lists"),
    pytest.param("某市工信局关于组织申报第五批省级绿色工厂等示范名单的通知", "各有关企业：\n请按要求申报。", id="apply-for-lists"),
    # a 公示 standing applied for (r220_06, r220_08, r220_17)
    pytest.param("某市市场监督管理局关于开展2025年度“守合同重信用”企业公示活动的通知",
                 "各县（区）局：\n一、申报时间\n2025年3月15日起至5月6日止。\n二、申报范围\n在市内登记注册的各类市场主体。",
                 id="standing-applied-for"),
])
def test_applying_to_be_listed_is_a_call(title, text):
    assert kind(title, text) == "call"


@pytest.mark.parametrize("title, text", [
    # …not a list announced, nor its results recommended, nor a publicity the text does not apply for
    pytest.param("关于组织推荐2025年度绿色工厂拟推荐名单公示的通知", "现将拟推荐名单予以公示，公示期5个工作日。", id="list-shown"),
    pytest.param("关于开展2025年度高新技术企业认定名单公示工作的通知", "现将认定名单予以公示。", id="list-shown-work"),
    pytest.param("关于开展2025年度政务信息公示工作的通知", "各部门要按时公开本部门的政务信息，接受社会监督。",
                 id="publishing-information"),
])
def test_lists_shown_stay_lists(title, text):
    assert kind(title, text) != "call"


@pytest.mark.parametrize("title, text, expected", [
    # a central body deciding, publishing or holding something in a report is the scope (r206_11, r220_19)
    pytest.param("第三批国家级文明旅游示范单位申报工作启动",
                 "日前，文化和旅游部决定开展第三批国家级文明旅游示范单位申报工作。", ["全国"], id="ministry-decides"),
    pytest.param("", "5月22日，工信部发布了关于第二批专精特新中小企业绩效评价结果的公示。", ["全国"], id="ministry-publishes"),
    pytest.param("", "近日，科技部火炬中心组织召开科技企业孵化器工作座谈会，交流孵化器发展经验。", ["全国"],
                 id="ministry-centre-convenes"),
    # …not a cited decision, nor where the text names its own place
    pytest.param("", "根据科技部发布的《关于开展…工作的通知》，我市组织开展申报工作。", [], id="cited"),
    pytest.param("", "日前，文化和旅游部决定开展示范单位申报工作，南京市文化和旅游局组织本市单位申报。", ["南京市"],
                 id="own-place-named"),
])
def test_a_central_body_acting_in_a_report(title, text, expected):
    assert region_names(title, text) == expected


def test_a_forwarded_titles_issuers_are_not_the_notices():
    # "关于转发《省委组织部、省人社厅…的通知》的通知" posted by a city's body names the province's bodies only as those
    # of the document it forwards (r216_08)
    title = "关于转发《省委组织部、省人社厅、省科协关于开展第十八届中国青年科技奖候选人推荐工作的通知》的通知"
    text = "各县（区）科协，市直有关单位：\n现将省委组织部等3部门通知转发给你们，请做好我市推荐工作。"
    assert region_names(title, text, account="张家口市科学技术协会") == ["张家口市"]


@pytest.mark.parametrize("title, text, expected", [
    # a park organised to apply beside firms ("企业或园区", r218_19), as "企业和园区" was (r167_08)
    pytest.param("关于组织申报2025年度绿色制造示范的通知",
                 "各县（区）：\n请各县组织满足申报条件的企业或园区按照自愿原则申报。", "政府园区", id="firms-or-parks"),
    # a policy governing incubators names them (r172_04, r216_17, r216_18, r216_19)
    pytest.param("某市科学技术局关于印发《某市科技企业孵化器认定和管理办法》的通知",
                 "各县（区）科技主管部门：\n现将《办法》印发给你们，请遵照执行。", "孵化器", id="incubator-rules"),
    pytest.param("关于印发某市科技企业孵化器和众创空间管理办法的通知", "各有关单位：\n现印发给你们，请认真贯彻执行。", "孵化器",
                 id="incubator-and-space-rules"),
])
def test_applicants_named_by_what_governs_or_organises_them(title, text, expected):
    assert expected in subjects(title, text)


@pytest.mark.parametrize("title, text", [
    # …but a policy governing a recognised platform names no applicant (r146_19, r150_18, r166_18)
    pytest.param("关于印发《某省工业互联网平台认定管理办法》的通知", "各市工信局：\n现印发给你们，请遵照执行。", id="platform-rules"),
    pytest.param("关于印发《某区揭榜挂帅公共服务平台管理办法（试行）》的通知", "各有关单位：\n现印发给你们，请遵照执行。",
                 id="service-platform-rules"),
])
def test_a_policy_governing_a_platform_names_no_applicant(title, text):
    assert subjects(title, text) == []


@pytest.mark.parametrize("title, text, expected", [
    # a programme or award of 英才 is for persons (r216_04, r200_11, r135_10, r203_03)
    pytest.param("关于开展2025年度“兴滇英才支持计划”申报工作的公告", "一、申报项目\n个人专项、团队专项。\n二、申报方式\n网络申报。",
                 ["人才"], id="talent-programme"),
    pytest.param("关于做好第五届某某杰出英才奖评选工作的通知", "各有关单位：\n请按要求组织推荐。", ["人才"], id="talent-award"),
    # the status a title's cultivation programme selects for (r190_16, r211_10, r188_07, r130_08)
    pytest.param("工信部：第七批专精特新“小巨人”企业培育工作启动", "工业和信息化部近日印发通知，组织开展第七批专精特新“小巨人”企业培育工作。",
                 ["专精特新小巨人企业"], id="giants-cultivated"),
    pytest.param("关于开展第六批专精特新中小企业培育工作的通知", "各市经信局：\n请组织辖区企业申报。", ["专精特新中小企业"],
                 id="specialised-smes-cultivated"),
])
def test_who_a_title_names(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title, text, absent", [
    # …not a body's cultivation of firms (the firms are not yet of the type), nor a talent office
    pytest.param("关于开展2025年度科技型企业申报工作的通知", "各有关企业：\n为加强高新技术企业培育，请符合条件的企业申报。",
                 "高新技术企业", id="body-cultivation"),
    pytest.param("关于申报2025年度市级研发机构的通知", "各有关单位：\n请市英才服务中心所联系企业按要求申报。", "人才",
                 id="talent-office-in-body"),
])
def test_who_a_title_does_not_name(title, text, absent):
    assert absent not in subjects(title, text)


@pytest.mark.parametrize("title, text, expected", [
    # answers offered as 答疑 explain (r215_15 and the review's phrasing); a 答疑会 held is an event
    pytest.param("某省专精特新中小企业认定常见问题答疑", "近期，不少企业咨询认定有关问题，现整理答复如下：一、…？答：可以。",
                 "interpretation", id="answers-offered"),
    # a policy setting officials the duty of answering reporters sets a duty, explains nothing (the review's phrasing)
    pytest.param("关于印发《某区政务公开工作要点》的通知",
                 "现将要点印发给你们，请认真贯彻执行。一、各部门主要负责同志每年至少出席一次新闻发布会，及时回答记者提问。", "policy",
                 id="a-duty-to-answer"),
])
def test_answers_and_duties(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event announced with its place first (r217_20 and the review's phrasing)
    pytest.param("9月6日至7日，2025年“创客中国”某省中小企业创新创业大赛现场晋级活动将在某经济技术开发区举行。届时，120个项目将进行"
                 "现场路演。", "event", id="round-to-be-held"),
    # a bureau proposing what it recommends and inviting objections puts up a list (r218_01 and the review's
    # phrasings), though it says it organised the applying
    pytest.param("根据有关通知要求，我局积极组织申报工作，共遴选出12个项目予以申报。任何单位或个人对申报项目如有异议，请在本公示发布"
                 "之日起5个工作日内向我局反映。", "publicity", id="proposed-for-objections"),
    pytest.param("按照省科技厅工作部署，我局组织开展了项目申报工作，经形式审查，拟向省科技厅推荐10个项目。任何单位或个人对申报项目如有"
                 "异议，请在5个工作日内向我局反映。", "publicity", id="proposed-to-recommend"),
    # …not a call asking for applications, which names no proposed list
    pytest.param("现组织开展2025年度项目申报工作，请符合条件的企业于6月30日前提交申报材料。对申报条件如有疑问，请咨询市科技局。",
                 "call", id="a-call"),
    # an entry period extended (r219_06)
    pytest.param("经活动组委会研究决定，将比赛报名征集时间延期至2024年11月30日。此前已投稿作品参赛资格不受影响。", "call",
                 id="entries-extended"),
])
def test_untitled_kinds(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, text, published, expected", [
    # the old date a change names as such is replaced (r219_11 and the review's three phrasings)
    pytest.param("关于延长2024年度省级工业设计中心申报时间的通知", "各市工信局：经研究，原申报截止时间为2024年6月30日，现延长至2024年7月15日。",
                 "2024-06-26", ["2024-07-15"], id="replaced"),
    pytest.param("关于延长申报时间的通知", "各有关企业：原申报截止时间为9月10日，现延长至9月25日，纸质材料报送时间相应顺延至9月30日。",
                 "2024-09-05", ["2024-09-25", "2024-09-30"], id="replaced-and-paper"),
    pytest.param("关于延长会歌征集时间的通知", "一、调整征集时间\n原会歌征集截止时间为2025年10月30日24:00，现延长至2025年11月10日24:00。",
                 "2025-10-30", ["2025-11-10"], id="entries-replaced"),
    # …not two windows both still open
    pytest.param("关于组织申报的通知", "网上申报截止时间为2024年6月30日，纸质材料报送截止时间为2024年7月15日。", "2024-06-01",
                 ["2024-06-30", "2024-07-15"], id="two-windows"),
    # numbered windows of several applicant groups under one heading (r219_13 and the review's two phrasings)
    pytest.param("关于组织申报2023年度商务发展专项资金的通知",
                 "二、申报时间\n1.批发零售企业：2023年1月31日至2月17日。\n2.服务外包企业：2023年1月31日至3月15日。\n三、联系方式",
                 "2023-01-30", ["2023-02-17", "2023-03-15"], id="group-windows"),
    # …not a condition's date in an item under a heading of conditions (r135_10)
    pytest.param("关于申报青年拔尖人才的通知",
                 "二、申报条件\n1.拥护党的路线方针政策；\n2.具有副高级以上专业技术职务（2021年1月1日前取得）；\n三、申报时间\n4月30日前提交。",
                 "2021-04-15", ["2021-04-30"], id="condition-item"),
])
def test_changed_and_listed_windows(title, text, published, expected):
    assert deadline_dates(title, text, published) == expected


@pytest.mark.parametrize("title, expected", [
    # a subsidy or reward round opened (r222_01, r222_05, r133_02; the 15 titles opening so are calls)
    pytest.param("某区人力资源和社会保障局关于开展2025年度重点产业企业招工补贴工作的通知", "call", id="subsidy-round"),
    pytest.param("某区商务委员会关于开展“2025消费季”惠民促销活动暨企业促销奖补的通知", "call", id="reward-round"),
    pytest.param("关于开展2025年度优秀工业企业评选奖励的预通知", "call", id="reward-pre-notice"),
    # …not a policy on subsidies, nor a list of them
    pytest.param("关于印发《某区企业招工补贴实施办法》的通知", "policy", id="subsidy-rules"),
    pytest.param("关于2025年度企业招工补贴拟发放名单的公示", "publicity", id="subsidy-list"),
    # a body or its leader gone somewhere on its work (r223_18, r223_20, r205_19)
    pytest.param("某市商务局赴甲市、乙市推进开发区合作共建", "event", id="gone-to-advance"),
    pytest.param("开发区管委会副主任某某赴上海、山东开展招商引资工作", "event", id="gone-to-attract"),
    pytest.param("第十二批援疆干部人才赴疆工作", "event", id="gone-to-work"),
])
def test_title_kinds(title, expected):
    assert kind(title, "近日，有关工作有序推进。") == expected


@pytest.mark.parametrize("title, text, account, expected", [
    # a local report counting its own place's entries in a higher list (r217_04, r221_14, r223_09)
    pytest.param("2025年首批省创新型中小企业名单公布", "湛江101家企业上榜\n9月5日，广东省工业和信息化厅发出关于公布名单的通知。",
                 None, ["湛江市"], id="place-counted"),
    pytest.param("我市三家单位入选全国科普教育基地", "本报讯 近日，中国科协发布全国科普教育基地名单，我市某植物园、某博物馆等三家单位上榜。",
                 "桂林日报", ["桂林市"], id="own-city-counted"),
    pytest.param("", "近日，市科技局积极组织企业申报专项。根据甘肃省科技厅公示结果显示，兰州市20家企业被列为该专项的推荐名单。",
                 None, ["兰州市"], id="listed-by-province"),
    # …not the list's own notice reposted with a local highlight (r193_11)
    pytest.param("关于公布2024年第二批河北省创新型中小企业名单的通知", "其中，唐山81家企业入选。\n各市工业和信息化局：现将名单予以公布。",
                 None, ["河北省"], id="the-lists-own-notice"),
])
def test_a_local_report_of_its_own_entries(title, text, account, expected):
    assert region_names(title, text, account=account) == expected


@pytest.mark.parametrize("title, text, absent", [
    # holders who need not apply are no applicants (r221_09, r224_07, r205_04)
    pytest.param("关于组织开展2025年创新型中小企业评价工作的通知",
                 "一、申报条件\n1.申报企业为符合《中小企业划型标准规定》的中小企业；\n2.有效期内的专精特新中小企业、专精特新“小巨人”企业无需申报。",
                 "专精特新中小企业", id="need-not-apply"),
    pytest.param("关于组织开展2025年创新型中小企业评价工作的通知",
                 "申报范围：符合《中小企业划型标准规定》的中小企业。有效期内的国家专精特新“小巨人”企业无须申报。",
                 "专精特新小巨人企业", id="need-not-apply-giants"),
])
def test_holders_who_need_not_apply(title, text, absent):
    assert absent not in subjects(title, text)


def test_holders_relieved_of_a_paper_still_apply():
    # (a type relieved of a paper is still among the applicants: "高新技术企业无需提供审计报告")
    text = "一、申报对象\n本市高新技术企业、科技型中小企业。\n二、申报材料\n高新技术企业无需提供专项审计报告。"
    assert "高新技术企业" in subjects("关于组织申报2025年度研发投入补助的通知", text)


@pytest.mark.parametrize("title", [
    # incubation carriers named together are incubators (r224_03, r224_02)
    pytest.param("关于2025年度某市科技创业孵化载体认定与新增面积补助项目申报延期的通知", id="carriers-recognised"),
    pytest.param("某市科学技术局关于开展2025年度市级双创孵化载体申报工作的通知", id="carriers-applying"),
])
def test_incubation_carriers(title):
    assert subjects(title, "各有关单位：\n请符合条件的单位按要求申报。") == ["孵化器"]


@pytest.mark.parametrize("title, text, expected", [
    # the second review: carriers where the applicants sit are no applicants (a body's 孵化载体 is read in titles only)
    pytest.param("关于开展2025年度在孵企业房租补贴申报的通知",
                 "申报对象：入驻市级以上孵化载体、处于孵化期内的科技型中小企业。由所在孵化载体汇总后于10月20日前报区科技局。",
                 ["科技型中小企业"], id="firms-in-carriers"),
    pytest.param("关于征集2025年度优秀创业团队项目的通知", "面向在各类孵化载体中孵化的创业团队和个人征集优秀创业项目。", ["人才"],
                 id="teams-in-carriers"),
    # …and an action named after 英才 that service firms join is theirs
    pytest.param("关于征集人力资源服务机构参与“英才集聚”行动的通知",
                 "各人力资源服务机构：\n现面向全市征集人力资源服务机构参与“英才集聚”行动，入选机构承担人才寻访、引进等服务。", ["服务商"],
                 id="an-action-named-after-talent"),
])
def test_the_second_reviews_subjects(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # the outlet named in a source line, and a province's own outlet counting its entries (the second review)
    pytest.param("我市三家单位入选全国科普教育基地",
                 "来源：桂林日报\n近日，中国科协公布全国科普教育基地认定名单，我市桂林植物园、桂林市科技馆等3家单位入选。", ["桂林市"],
                 id="source-line-outlet"),
    pytest.param("我省186家企业入选国家级专精特新“小巨人”企业名单",
                 "来源：河南日报\n工业和信息化部近日公布第五批专精特新“小巨人”企业名单，我省186家企业入选。", ["河南省"],
                 id="provincial-outlet"),
])
def test_the_second_reviews_regions(title, text, expected):
    assert region_names(title, text) == expected


def test_objections_invited_without_naming_what():
    # "…共遴选出12个项目予以申报。如有异议，请于5个工作日内…反映" (the second review)
    text = ("按照省科技厅工作部署，我局组织开展了2025年度省重点研发计划项目申报工作，经形式审查和专家评审，共遴选出12个项目予以"
            "申报。如有异议，请于5个工作日内以书面形式向我局反映。")
    assert untitled_kind(text) == "publicity"


@pytest.mark.parametrize("title", [
    # what an event is named after or looks into names no addressee (r176_01, r206_06, r190_07, r160_06, r198_02)
    pytest.param("工业和信息化部召开第十次中小企业圆桌会议", id="round-table"),
    pytest.param("第二十届中国国际中小企业博览会在广州闭幕", id="fair"),
    pytest.param("全区工信系统中小企业发展工作会议在南宁召开", id="work-meeting"),
    pytest.param("中小企业局赴某省开展工业中小企业运行情况调研", id="survey"),
])
def test_an_events_topic_is_no_addressee(title):
    assert subjects(title, "近日，会议在有关地方举行，有关负责同志出席。") == []


def test_an_events_addressee():
    # …while one a fair is held for is its addressee
    assert subjects("“百日千万”招聘专项行动·专精特新中小企业专场招聘会", "时间：6月5日。地点：人才市场。") == ["专精特新中小企业"]


@pytest.mark.parametrize("title, text, expected", [
    # a text speaking of applying twice or more, left a policy by its weakest evidence and making no policy itself, is
    # a call (r191_16, r204_05, r205_07, r220_03, r178_13, r182_07, r222_07, r222_10: 8 of the 16 labelled texts so
    # left are calls, 2 policies)
    pytest.param("某县第五批县级非物质文化遗产申报启事",
                 "第五批非物质文化遗产代表性项目名录申报工作现已开启，欢迎各界人士积极提供线索。符合条件的项目可向县文化主管部门提出申请。",
                 "call", id="applications-opened"),
    pytest.param("关于补充完善2025年度科技创新项目资料的通知",
                 "各有关单位：因系统升级，部分项目申报资料不完整。请申报单位在系统中补充完善申报材料。", "call",
                 id="papers-completed"),
    # …not a policy by its title, a policy document, or a draft for comment
    pytest.param("关于印发《某市科技项目申报管理办法》的通知", "现印发给你们。申报单位应按规定申报，推荐单位负责审核。", "policy",
                 id="policy-title"),
    pytest.param("", "第一条 为规范项目申报，制定本办法。\n第二条 申报单位应当如实申报。", "policy", id="policy-document"),
    pytest.param("", "现就《某区项目申报办法（征求意见稿）》公开征求意见。申报单位和社会公众可提出意见，申请人请注明身份。", "policy",
                 id="draft-for-comment"),
    # …nor one speaking of applying once (left as it was)
    pytest.param("", "近日，市科技局完成了2025年度科技项目申报受理工作，下一阶段将组织专家评审。", "policy", id="applying-once"),
])
def test_a_text_speaking_of_applying(title, text, expected):
    assert record_kind(title, text) == expected
