"""Round 52 of the blind-set method: rules shown by labelled texts of the round's sets (r432-r441; r430 and r431 are
the round's final check), each tested here on phrasings written for these tests (the sets' own texts stay outside the
project). One table per field, read by one test per field; each row is one case, and its id says which rule it pins
or guards."""
import pytest

from round_helpers import extracted, kind, region_names, subjects, untitled_kind


KINDS_UNTITLED = [
    # a notice deciding in its opening to hold a meeting-like activity organises an event, whatever it asks its readers
    # to send in for it (r435_13, r435_16, r437_15)
    pytest.param("各市（州）科技局：\n为推动科技赛事服务，省科技厅决定于近期在全省组织开展赛事政策宣讲活动，现将有关事项通知如下：\n"
                 "一、活动时间\n2026年10月中旬\n二、有关要求\n请承办地科技局于10月8日前将活动方案报送省科技厅。",
                 "event", id="briefing-sessions-decided"),
    pytest.param("各县区科技局：\n市科技局拟定于国庆节后组织各县区负责同志到各县区观摩科技创新工作。请各县区于9月28日下午下班前将"
                 "观摩点简介报市科技局办公室。", "event", id="a-site-visit-decided"),
    pytest.param("各高校：\n现决定于2026年6月3日组织科技服务队赴某区开展校企科技资源精准对接活动。请各高校组织拟参加对接的科研团队"
                 "于5月27日前将报名表报送市科协。", "event", id="a-matchmaking-activity-decided"),
    # …an open day (r438_13), and a contest's final set for a day and a place (r438_09, r438_12)
    pytest.param("为拓宽政民互动渠道，市工信局拟于近期开展“政府开放日”活动，具体活动方案如下：\n一、活动时间\n12月5日15:00\n"
                 "二、报名方式\n有意参加的市民请于11月28日前发送邮件报名。", "event", id="an-open-day-decided"),
    pytest.param("各有关单位：\n第五届某省创新创业大赛决赛活动将于8月1日至8月3日在省科技大市场举办，现将有关事项通知如下：\n"
                 "一、请各参赛企业于7月27日前将报名回执发送至会务组邮箱。", "event", id="a-contests-final-held"),
    # (guards: an application round or a contest run as such an activity stays a call)
    pytest.param("各有关单位：\n市科技局决定开展2026年度产学研对接项目申报工作，请符合条件的单位于9月30日前报送申报材料。",
                 "call", id="a-round-of-applying-for-matchmaking-projects"),
    pytest.param("各有关单位：\n市科技局决定组织开展第五届创新创业大赛赛前培训，请拟参赛企业于9月30日前完成报名。",
                 "call", id="training-for-a-contest"),
]


KINDS = [
    # a notice convening a meeting, 会议 or 会, preliminary or not (r438_05, r438_07)
    pytest.param("关于召开2026年全省现代高效农业示范园区建设推进会议的通知", "各市人民政府：\n经研究，决定召开推进会议。请于9月13日前反馈参会人员名单。",
                 "event", id="a-meeting-convened"),
    pytest.param("关于召开2026年全国农机推广站长会的预备通知", "请各参会单位于8月27日前将交流材料提交到总站。", "event",
                 id="a-meeting-convened-preliminarily"),
    # a contest's final held (r438_09; as the body announcing one, r438_12)
    pytest.param("关于举办2026年某市创新创业大赛决赛的通知", "一、观众\n欢迎企业报名参加，请于9月14日前发送报名表。", "event",
                 id="a-contests-final"),
    # (guards: the contest entered, and entries to its final, stay calls)
    pytest.param("关于举办第五届某市创新创业大赛的通知", "请参赛企业于9月14日前在线报名。", "call", id="a-contest-entered"),
    pytest.param("关于举办2026年某市创新创业大赛决赛报名的通知", "请入围企业于9月14日前报名。", "call",
                 id="entries-to-a-final"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("text, expected", KINDS_UNTITLED)
def test_untitled_kinds(text, expected):
    assert untitled_kind(text) == expected


REGIONS = [
    # a list naming all its entries, places alone after a colon: the entries' places are its scope (r437_02, r437_04)
    pytest.param("关于2026年省级节水型示范县拟入选名单的公示",
                 "经评审，拟入选2026年省级节水型示范县的是：泸县、苍溪县、荣县。\n现予以公示，公示期为2026年9月1日至9月7日。\n"
                 "四川省水利厅\n2026年8月31日", ["泸县", "苍溪县", "荣县"], id="counties-listed-whole"),
    pytest.param("关于以奖代补综合评定结果的公示",
                 "经各州、市申报，综合评定排名前3位的州、市为：玉溪市、大理州、曲靖市。\n现予以公示，公示期为3个工作日。\n"
                 "云南省交通运输厅\n2026年8月16日", ["玉溪市", "大理白族自治州", "曲靖市"], id="prefectures-listed-whole"),
    # (guards: firms named after a colon, and places a call names, leave the scope as it was)
    pytest.param("关于拟认定省级农业龙头企业名单的公示",
                 "经评审，拟认定名单为：泸县某某食品有限公司、荣县某某茶业有限公司。\n现予以公示，公示期为2026年9月1日至9月7日。\n"
                 "四川省农业农村厅\n2026年8月31日", ["四川省"], id="firms-listed-after-a-colon"),
    pytest.param("关于组织申报2026年省级节水型示范县的通知",
                 "本次申报范围为：泸县、苍溪县、荣县。请于9月30日前报送申报材料。\n四川省水利厅\n2026年8月31日",
                 ["四川省"], id="a-call-naming-places"),
]


@pytest.mark.parametrize("title, text, expected", REGIONS)
def test_regions(title, text, expected):
    assert region_names(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a notice with no date of its own takes its year from what it states, not from a document it cites by number
    # (r433_14: "《…认定管理办法》（芜经信速递〔2022〕449号）" in a call for 2024年度)
    pytest.param("各县区经信局：\n根据《某市智能工厂认定管理办法》（某经信〔2022〕49号），我局将开展2024年度市级智能工厂认定工作。"
                 "企业申报截止日期为2月8日。", ["2024-02-08"], id="a-cited-number-is-not-the-notices-year"),
    # (guard: the notice's own number still gives its year)
    pytest.param("某经信〔2023〕12号\n各县区经信局：\n根据《某市智能工厂认定管理办法》（某经信〔2021〕49号），请于3月10日前报送申报材料。",
                 ["2023-03-10"], id="the-notices-own-number"),
])
def test_deadlines_without_a_date(text, expected):
    assert [str(d.date) for d in extracted("", text).deadlines] == expected


SUBJECTS = [
    # a carrier recognised, named in the sentence saying how to apply, is no applicant type listed beside the firms
    # (r433_14: "选择“…智能工厂申报入口”进行申报，企业申报端口…")
    pytest.param("", "各县区经信局：\n为推进我市智能工厂和数字化车间建设，加快制造业转型升级。根据《某市智能工厂认定管理办法》，我局将开展"
                 "2026年度市级智能工厂认定工作，现将有关事项通知如下：\n一、基本条件\n1.凡在本市注册并纳税的工业企业。\n二、认定程序\n"
                 "1.申报单位使用法人用户登录“某某网”，选择“2026年智能工厂申报入口”进行申报，企业申报截止日期为9月30日。",
                 ["制造企业"], id="a-carrier-in-the-way-to-apply"),
    # (guard: a type named as applicants beside the firms still keeps them)
    pytest.param("", "各县区经信局：\n为推进我市智能工厂和数字化车间建设，加快制造业转型升级。根据《某市智能工厂认定管理办法》，我局将开展"
                 "2026年度市级智能工厂认定工作，现将有关事项通知如下：\n一、基本条件\n1.凡在本市注册并纳税的工业企业。\n二、认定程序\n"
                 "1.软件企业和其他企业使用法人用户登录“某某网”进行申报，申报截止日期为9月30日。",
                 ["企业", "制造企业", "软件企业"], id="a-type-named-beside-the-firms"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event whose title names no audience is for those its addressee line names (r437_15, r438_09, r438_14, r440_08)
    pytest.param("各高校：\n现决定于2026年6月3日组织科技服务队赴某区开展校企科技资源精准对接活动。请各高校于5月27日前将团队名单报送市科协。",
                 ["高校院所"], id="universities-addressed"),
    pytest.param("各县（市）区科技局、各科技企业孵化器、各众创空间：\n某市创新创业大赛决赛定于9月18日下午在市电视台演播大厅举行，现将有关"
                 "事项通知如下。", ["孵化器"], id="incubators-addressed"),
])
def test_event_audience(text, expected):
    notice = extracted("", text)
    assert (notice.kind, sorted(subject.name for subject in notice.subjects)) == ("event", expected)
