"""Round 71 of the blind-set method: one subjects rule kept, one reading measured and taken back.

Kept: persons who give what a call collects answer it as persons (人才): the persons, then in the same sentence the gift
("鼓励社会组织和个人向市档案馆自愿捐赠档案资料", "接受个人、集体无偿捐赠", "各单位和社会各界人士无偿捐赠资料": r608_06,
r626_01, r626_07), or the donors named as units and persons ("向捐赠单位和个人颁发馆藏证书", r608_02). All 7 labelled texts
so worded (r585_04, r608_02, r608_03, r608_04, r608_06, r626_01, r626_07: archives', chronicles' and a museum's calls
for materials) are calls tagged 人才, and each read no applicant before. Not persons given to, a gift refused, what is a
person's (个人信息, 个人防护用品), nor donors named only as such (捐赠人, r608_05, labelled with none).

Taken back (the README's round 71 says what it measured): a call stating no applicants read for the kinds its body
names anywhere. Its guards are the earlier rounds' (a training's audience, reviewers drawn from universities, a route
the papers take, the public registering to watch…), which it broke.

Also: no module of pipeline/ binds a top-level name twice. Part 1 of this round defined a second RECIPIENT_BEFORE in
pipeline/patterns/subjects.py, which silently replaced the one a 政府园区 filter reads and changed three notices that had
nothing to do with the rule."""
import ast
from pathlib import Path

import pytest

from round_helpers import subjects

TITLE = "关于面向社会征集2026年度地方史料的公告"

DONORS = [
    pytest.param("二、征集方式\n鼓励社会组织和个人向市档案馆自愿捐赠档案资料。", ["人才"], id="persons-donate-to-the-archive"),
    pytest.param("二、征集方式：1.接受个人、集体无偿捐赠，编志时标注来源。", ["人才"], id="persons-donations-accepted"),
    pytest.param("二、征集方式：本着自愿原则，各单位和社会各界人士无偿捐赠资料和提供资料线索。", ["人才"],
                 id="public-donates-materials"),
    pytest.param("1.无偿捐赠。社会团体和个人本着自愿的原则，将实物、资料无偿捐赠。", ["人才"],
                 id="persons-donate-after-a-comma"),
    pytest.param("四、征集方式\n经鉴定入馆收藏，向捐赠单位和个人颁发馆藏证书。", ["人才"], id="donors-named-as-units-and-persons"),
    # (guards: persons given to; a gift refused; what is a person's; donors named only as such; a call reading others)
    pytest.param("三、活动内容\n组织爱心企业向困难群众捐赠生活物资。请各单位于2026年6月30日前报名。", [],
                 id="guard-persons-given-to"),
    pytest.param("二、征集方式\n本次征集只接受单位推荐，不接受个人捐赠。", [], id="guard-gift-refused"),
    pytest.param("二、征集方式\n请提供个人身份证明后捐赠档案资料。", [], id="guard-a-persons-papers"),
    pytest.param("二、权益保障\n捐赠人对捐赠档案资料享有优先利用权。", [], id="guard-donors-named-only-as-such"),
    pytest.param("一、征集对象\n本市高校和科研院所。\n二、征集方式\n鼓励个人向市档案馆捐赠档案资料。", ["人才", "高校院所"],
                 id="beside-stated-applicants"),
]


@pytest.mark.parametrize("text, expected", DONORS)
def test_round_71_donors(text, expected):
    assert subjects(TITLE, text) == expected


def test_round_71_donors_only_in_calls():
    # a policy on donations names donors without calling for anything
    assert subjects("关于印发《某市公益事业捐赠管理办法》的通知", "第三条 鼓励自然人、法人和其他组织自愿无偿向公益事业捐赠财产。") == []


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice():
    root = Path(__file__).resolve().parent.parent / "pipeline"
    twice = {}
    for path in sorted(root.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text("utf-8")))
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            twice[str(path.relative_to(root.parent))] = repeated
    assert twice == {}
