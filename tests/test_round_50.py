"""Round 50 of the blind-set method: rules shown by labelled texts of the round's sets (r404-r411, and r386, r387 now
tuning), each tested here on phrasings written for these tests (the sets' own texts stay outside the project). One
table per field; each row is one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import extracted, field_values, holds, kind, subjects


@pytest.mark.parametrize("title, text, expected", [
    # a report headlining a standard raised reports the policy, whatever its byline (r386_17, r386_13, r386_11)
    pytest.param("某省：困难残疾人生活补贴标准每人每月提高20元", "近日，记者从省民政厅获悉，省民政厅联合省财政厅下发通知，困难残疾人生活补贴"
                 "标准由每人每月80元提高至100元。（记者 王某）", "policy", id="a-standard-raised-reported"),
    # (guard: a report of a meeting held stays an event)
    pytest.param("某市召开困难群众救助工作推进会", "近日，某市召开困难群众救助工作推进会，会议部署了下一阶段工作。（记者 王某）", "event",
                 id="a-meeting-reported"),
    # a list published under a headline by its quoted title (r386_01, r383_08)
    pytest.param("三部门联合公布《第二批国家中医药传承创新中心建设项目名单》", "日前，三部门原则同意12个项目方案，要求加快推进项目前期工作。", "publicity",
                 id="a-list-published-by-its-quoted-title"),
    # (guard: a policy published so stays one)
    pytest.param("三部门联合公布《中医药传承创新中心建设管理办法》", "日前，三部门联合公布办法，自发布之日起施行。", "policy",
                 id="a-policy-published-by-its-quoted-title"),
    # a count typeset apart from its measure word (r386_02; r337_11, r392_05 so typeset)
    pytest.param("某省6 家养殖场获评国家级畜禽养殖标准化示范场", "据农业农村部消息，我省6家养殖场被评为示范场。", "publicity",
                 id="a-spaced-count-in-a-headline"),
])
def test_kinds(title, text, expected):
    assert kind(title, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # news telling those 被评为 something lists them (r386_02, r293_11)
    pytest.param("我省4家养殖场获评国家级标准化示范场", "据农业农村部消息，我省4家养殖场被评为国家级标准化示范场，分别是某某牧业有限公司、"
                 "某某农牧科技有限公司等。", ["企业"], id="firms-named-so-in-a-news-list"),
])
def test_subjects(title, text, expected):
    assert subjects(title, text) == expected
