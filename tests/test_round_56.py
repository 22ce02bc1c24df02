"""Round 56 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r485 (r486-r493 were
collected during the round; two of them are its final check), and forms round 55's code reviews pinned, each tested here
on phrasings written for these tests (the sets' own texts stay outside the project). One table per field, read by one
test per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, field_values, holds, subjects, untitled_kind


KINDS = [
    # an evaluation's matters opening with who takes part in it make a call (r485_03; r450_01 names an evaluation call's
    # applicants so, "参加本次运营评价对象为…")
    pytest.param("各县（区）科技管理部门：\n为做好2025年度科技型中小企业评价工作，根据有关文件要求，我市拟于近期开展评价工作，具体"
                 "通知如下：\n一、参加科技型中小企业评价对象\n在本市注册的中小企业。\n二、评价工作程序\n企业注册登记及自评。\n三、有关"
                 "要求\n各县区要组织辖区内企业积极参加评价。", "call", id="an-evaluation-opening-with-its-participants"),
    # (guard: the same notice without that heading is left a policy, as before)
    pytest.param("为做好2025年度科技型中小企业评价工作，现将有关工作通知如下：\n一、评价工作程序\n企业注册登记及自评。\n二、有关要求\n"
                 "各县区要组织辖区内企业积极参加评价。", "policy", id="an-evaluation-naming-no-participants"),
    # a 公示 that is one step of a call's timetable puts up no list: the call's own cues decide (r485_07)
    pytest.param("各有关单位：\n经研究决定，启动2026年度雏鹰企业评价工作，请有意愿参评企业登录评价系统在线填写评价信息。\n时间安排\n"
                 "1. 评价申报提交截止时间：6月30日17:00；\n2. 现场核查截止时间：7月21日；\n3. 公示时间：7月22日；\n4. 公告时间：7月31日。",
                 "call", id="a-publicity-step-in-a-calls-timetable"),
    # (guards: a list's own numbered lines, its 公示时间 first, or after a line naming what is put up)
    pytest.param("现将2025年度拟入库科技型中小企业名单予以公示。\n1. 公示时间：2025年9月12日至9月18日；\n2. 联系电话：0393-1234567。",
                 "publicity", id="a-lists-numbered-publicity-time"),
    pytest.param("现将2025年度拟认定雏鹰企业名单予以公示。\n1. 公示对象：某某科技有限公司等12家企业；\n2. 公示时间：2025年9月12日至9月"
                 "18日。", "publicity", id="a-lists-publicity-time-after-its-entries"),
]


@pytest.mark.parametrize("text, expected", KINDS)
def test_kinds(text, expected):
    assert untitled_kind(text) == expected


SUBJECTS = [
    # (guard: incubators named as the applicants apply)
    pytest.param("关于组织申报2025年度运营补助的通知", "一、申报对象\n省级以上科技企业孵化器、众创空间。\n二、申报时间\n请于2025年10月15日"
                 "前提交。", ["孵化器"], id="incubators-applying"),
    # the bracket after a type holds its own conditions and does not turn the sentence naming it away (round 55's third
    # code review: its rule read the bracket per term, not yet per sentence)
    pytest.param("关于组织申报2025年度研发投入奖补的通知", "一、申报对象\n在本区注册的瞪羚企业（应在本区纳税，且不得存在失信记录）可以申报。\n"
                 "二、申报时间\n请于2025年10月15日前提交。", ["瞪羚企业"], id="a-types-own-conditions-in-its-sentence"),
    pytest.param("关于组织申报2025年度研发投入奖补的通知", "一、申报对象\n申报主体为在本区注册的瞪羚企业（往年已获同类奖补的不再重复"
                 "支持）。\n二、申报时间\n请于2025年10月15日前提交。", ["瞪羚企业"], id="a-types-own-bracket-with-bu-zai"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected


# Cases read with what must and must not hold, where the rest of the output is not this round's to pin.
GUARDS = [
    # incubators before the firms they incubate name those firms, not themselves (r485_03)
    pytest.param("subjects", "关于组织申报2025年度研发后补助的通知", "一、申报对象\n省级以上科技企业孵化器、众创空间在孵企业。\n"
                 "二、申报时间\n请于2025年10月15日前提交。", "2025-09-10", None, [], ["孵化器"],
                 id="firms-incubated-in-incubators"),
    # (guard: a bracket refusing what it follows still turns it away)
    pytest.param("subjects", "关于组织申报2025年度研发投入奖补的通知", "一、申报对象\n在本区注册的瞪羚企业可以申报，服务商（本次不予"
                 "受理）。\n二、申报时间\n请于2025年10月15日前提交。", "2025-09-10", None, [], ["服务商"],
                 id="a-bracket-refusing-a-type"),
]


@pytest.mark.parametrize("field, title, text, published, account, must_hold, must_not_hold", GUARDS)
def test_guards(field, title, text, published, account, must_hold, must_not_hold):
    read = field_values(extracted(title, text, published, account), field)
    assert holds(read, must_hold, must_not_hold), read
