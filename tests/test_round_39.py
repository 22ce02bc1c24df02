"""Round 39 of the blind-set method: rules shown by two or more independent labelled texts, each tested here on
phrasings written for these tests (the sets' own texts stay outside the project). Each table row is one case; its
id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, kind, region_names


@pytest.mark.parametrize("title, text, expected", [
    # a ministry's minister or a deputy acting in a report is national (r149_05, r184_20, r189_20, r198_08, r198_12)
    pytest.param("", "1月18日，工业和信息化部副部长王某主持召开部属单位支持中小企业发展座谈会，听取有关意见建议。", ["全国"],
                 id="deputy-minister-chairs"),
    pytest.param("科技部负责人就加快建设创新型国家回答记者提问", "记者会邀请科技部部长王某、副部长李某回答中外记者提问。",
                 ["全国"], id="minister-answers"),
    pytest.param("", "7月7日，工业和信息化部党组书记、部长金某主持召开专精特新中小企业圆桌会议。", ["全国"],
                 id="minister-with-party-title"),
    # (a commission's head is its 主任: the review's phrasing)
    pytest.param("", "国家发展改革委党组书记、主任某某主持召开民营企业座谈会，听取民营企业的意见建议。", ["全国"],
                 id="commission-head"),
    # …not where the report names its place and a local body
    pytest.param("", "3月5日，工业和信息化部副部长王某赴佛山市调研，市工信局负责人陪同。", ["佛山市"], id="place-named"),
])
def test_a_ministers_report_is_national(title, text, expected):
    assert region_names(title, text) == expected


@pytest.mark.parametrize("title, expected", [
    # a headline counting the entities a body recognised is a list reported (r171_16, r191_18, r198_18), as "新增N家"
    # was
    pytest.param("“小巨人”种子库再扩容 某省新认定1800家专精特新中小企业", "publicity", id="newly-recognised"),
    pytest.param("某省认定120名乡村工匠名师", "publicity", id="recognised"),
])
def test_a_headline_counting_those_recognised(title, expected):
    assert kind(title, REPORTED) == expected


REPORTED = "近日，记者从省经信厅获悉，有关工作正在推进。"


@pytest.mark.parametrize("title", [
    pytest.param("某省今年计划认定100家专精特新企业", id="planned"),
    # (the review's phrasings: the target words before 新认定, and other targets)
    pytest.param("我市今年计划新认定200家创新型中小企业", id="planned-newly"),
    pytest.param("某省将新认定1000家专精特新中小企业", id="to-be-recognised"),
    pytest.param("某市今年要认定100家高新技术企业", id="to-recognise"),
])
def test_a_target_counted_is_no_list(title):
    assert kind(title, REPORTED) != "publicity"


@pytest.mark.parametrize("text", [
    # a call for solvers organised, then its matters announced (r205_03, r170_04), as applying work is
    pytest.param("各有关单位：\n按照有关通知要求，现就组织开展2025年度大企业“发榜”中小企业“揭榜”工作有关事宜通知如下：\n一、发榜主体",
                 id="solvers-called-for"),
    pytest.param("各市工业和信息化局：\n现组织大企业“发榜”工作，有关事项通知如下：\n一、发榜主体", id="tasks-posted"),
])
def test_a_call_for_solvers_organised_is_a_call(text):
    assert kind("", text) == "call"


@pytest.mark.parametrize("text, expected", [
    # a date opening its line, then the bodies told to complete a step of the procedure (r209_01, r140_01; the guide
    # counts local review and recommendation deadlines)
    pytest.param("四、时间安排\n4月29日前，各主管部门应明确推荐部门责任人、联络员；\n5月20日下午17:30之前，各申报单位完成"
                 "网上申报，同时报送纸质材料。", ["2025-04-29", "2025-05-20"], id="bodies-told-to-complete"),
    pytest.param("三、审核程序\n3月25日前，市工业和信息化局各条线处室完成线上审核，推送到综合规划处。", ["2025-03-25"],
                 id="divisions-complete-their-review"),
    # …not a step done already, nor a reference point, nor a step a report says was done (the review's phrasing)
    pytest.param("截至3月25日，各单位已完成网上申报的，无需重复提交。", [], id="done-already"),
    pytest.param("记者从市科技局获悉：\n3月20日前，各申报单位完成网上申报，全市共收到申报项目320个，目前已进入专家评审阶段。", [],
                 id="step-reported-done"),
])
def test_a_date_opening_the_bodies_that_complete_a_step(text, expected):
    assert deadline_dates("关于组织申报2025年度省优质工程的通知", text, "2025-04-01") == expected
