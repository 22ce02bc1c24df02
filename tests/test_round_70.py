"""Round 70 of the blind-set method: rules shown by labelled texts of the evaluation sets r540-r658 (rounds 62-70's),
each tested here on phrasings written for these tests (the sets' own texts stay outside the project); the sets r659-r666,
collected in the round on themes no earlier round took (batched intakes, office hours, date changes, autonomous
prefectures, ports and shipping, eastern, western and northern Guangdong, relative deadlines, annual reviews), measured
them blind (r663 and r666 its final check). Each row is one case, its id saying which rule it pins or guards; the rule
rows fail at the round's start (359d3af), the guards read right there and here.

- subjects: a contest's or a call for works' entrants heading (参赛对象, 征文对象, 参与对象…) whose first sentence names
  members of the public (社会公众, 中小学生, 文学爱好者, 创作者, 法定家庭: r577_04, r615_04, r615_06, r625_02, each labelled
  人才) tags 人才 in a call;
- kind: an untitled page set out under two or more headings of a call for writings (征文对象, 征文时间, 征文要求…: r579_02,
  r615_06, each labelled call, read as their first sentence's policy) is a call."""
import pytest

from round_helpers import kind, subjects, untitled_kind

# (titles that name no entrants: a 征文 or 科普作品大赛 title tags 人才 itself)
ESSAY_TITLE = "关于开展2026年“城市与我”主题作品征集的通知"
CONTEST_TITLE = "关于开展2026年“防灾减灾”主题作品征集活动的通知"
WINDOW = "\n四、征集时间\n即日起至2026年8月31日。"

SUBJECTS = [
    # entrants named as members of the public under the entrants' heading (r577_04, r615_04, r615_06, r625_02)
    pytest.param(CONTEST_TITLE, "一、活动主题\n防范灾害风险\n二、参赛对象:面向社会公众、中小学生等\n三、作品要求\n内容积极健康。" + WINDOW,
                 ["人才"], id="contest-open-to-the-public"),
    pytest.param(CONTEST_TITLE, "三、参与对象\n全市机关干部职工、文学爱好者和摄影爱好者、媒体记者。" + WINDOW, ["人才"],
                 id="entrants-amateurs-and-staff"),
    pytest.param(ESSAY_TITLE, "征文活动。 三 征文对象 在本区工作和生活的创作者，各族群众均可参加征文活动。 四 征文时间 即日起至2026年8月31日。",
                 ["人才"], id="flattened-entrants-heading"),
    # (guards: what is collected under 征集对象, firms only, persons turned away, an event's audience)
    pytest.param("关于向社会公开征集文物藏品的公告", "一、征集对象\n本县历史文物、革命文物。\n二、征集方式\n无偿捐赠。", [],
                 id="guard-objects-collected"),
    pytest.param(CONTEST_TITLE, "二、参赛对象\n在本市注册的企业。" + WINDOW, ["企业"], id="guard-firms-enter"),
    pytest.param(CONTEST_TITLE, "二、参赛对象\n在本市注册的企业，不接受个人报名。" + WINDOW, ["企业"], id="guard-persons-turned-away"),
]

UNTITLED_KINDS = [
    # an untitled call for writings set out under its headings (r579_02, r615_06)
    pytest.param("为展示城市管理成效，市城管局举办有奖征文活动。\n一、征文对象\n社会各界人士均可参与。\n二、征文内容\n围绕城市管理。\n"
                 "三、征文时间\n即日起至2026年1月31日截止。", "call", id="untitled-essay-call"),
    # (guard: one heading alone, over an essay contest's results put up for objections)
    pytest.param("征文主题：城市与我。\n经评审，评出一等奖5名，现将获奖名单予以公示，公示期为5个工作日。", "publicity",
                 id="guard-essay-results-put-up"),
]


@pytest.mark.parametrize("title, text, expected", SUBJECTS)
def test_round_70_subjects(title, text, expected):
    assert subjects(title, text) == expected


@pytest.mark.parametrize("text, expected", UNTITLED_KINDS)
def test_round_70_untitled_kinds(text, expected):
    assert untitled_kind(text) == expected
