"""The evaluation tools of the blind-set method run end to end on a tiny labelled set written here: tools/blind_sets.py
scores it through `huiqi eval`, counts each field's errors, dumps and compares its outputs, lists its near copies and
where a tree's records name a text, bench/compare_trees.py times one tree against itself, and tools/review_cases.py runs a
code review's cases and writes those read right as test rows."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTICES = [
    {"id": "t_01", "title": "关于组织申报2026年度市级专精特新中小企业的通知", "published": "2026-08-20",
     "content": "各县区工信局：\n一、申报对象\n在本市注册的创新型中小企业。\n二、请于9月30日前报送申报材料。\n"
                "联系电话：025-83631234\n南京市工业和信息化局\n2026年8月20日"},
    {"id": "t_02", "title": "关于召开全市科技工作推进会议的通知", "published": "2026-08-20",
     "content": "各县区科技局：\n市科技局定于9月10日召开全市科技工作推进会议，请于9月5日前报送参会回执。"},
]
GOLD = [
    {"aid": "t_01", "kind": "call", "regions": ["南京市"], "deadlines": ["2026-09-30"], "apply_deadline": "2026-09-30",
     "phones": ["025-83631234"], "subjects": ["创新型中小企业"]},
    {"aid": "t_02", "kind": "event", "regions": [], "deadlines": ["2026-09-05"], "apply_deadline": None,
     "phones": [], "subjects": []},
]


def _tool(*args: str, cwd: Path = ROOT, tree: Path | None = None) -> subprocess.CompletedProcess:
    """A tool run to its end; with `tree`, the tool reads that tree's records (TREE), as it would another checkout's."""
    env = {**os.environ, "TREE": str(tree)} if tree else None
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def _run(*args: str, cwd: Path = ROOT, tree: Path | None = None) -> str:
    """A tool's output, once it has succeeded (see _tool)."""
    done = _tool(*args, cwd=cwd, tree=tree)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _set(tmp_path: Path) -> Path:
    directory = tmp_path / "t"
    directory.mkdir()
    (directory / "notices.json").write_text(json.dumps(NOTICES, ensure_ascii=False), "utf-8")
    (directory / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    return directory


def test_blind_sets_scores_dumps_and_compares(tmp_path):
    directory = _set(tmp_path)
    scored = _run("tools/blind_sets.py", "score", "--disagreements", str(directory))
    assert f"{directory} n=  2" in scored
    dump = tmp_path / "dump.json"
    _run("tools/blind_sets.py", "dump", str(dump), str(directory))
    outputs = json.loads(dump.read_text("utf-8"))
    assert outputs[f"{directory}:t_01"]["kind"] == "call"
    assert outputs[f"{directory}:t_01"]["apply_deadline"] == "2026-09-30"
    changed = dict(outputs, **{f"{directory}:t_01": dict(outputs[f"{directory}:t_01"], kind="policy")})
    before = tmp_path / "before.json"
    before.write_text(json.dumps(changed, ensure_ascii=False), "utf-8")
    compared = _run("tools/blind_sets.py", "compare", str(before), str(dump))
    assert "t_01 kind: policy -> call  label call  [to label]" in compared
    assert "1 outputs changed" in compared


def test_compare_trees_times_a_tree_against_itself(tmp_path):
    directory = _set(tmp_path)
    timed = _run("bench/compare_trees.py", str(ROOT), str(ROOT), str(directory), "--pairs", "1", "--without-shared")
    assert timed.splitlines()[0] == "2 notices"
    assert "the second faster in" in timed.splitlines()[-1]


def test_blind_sets_shows_disagreements_with_evidence_and_lists_offers(tmp_path):
    directory = _set(tmp_path)
    # labels the extraction disagrees with: a subject, a phone, a kind
    gold = [dict(GOLD[0], subjects=["中小企业"], phones=["025-83639999"]), dict(GOLD[1], kind="call")]
    (directory / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    shown = _run("tools/blind_sets.py", "show", str(directory), "t_01")
    assert "=== t_01 | 关于组织申报2026年度市级专精特新中小企业的通知" in shown
    assert "subjects: label ['中小企业']  got ['专精特新中小企业', '创新型中小企业']" in shown
    assert "创新型中小企业: 在本市注册的创新型中小企业" in shown  # the evidence of what was read
    assert re.search(r"025-83631234: .*联系电话：025-83631234", shown)  # the text around the phone read
    assert "kind:" not in shown  # fields that agree are left out
    shown = _run("tools/blind_sets.py", "show", str(directory), "t_02")
    assert "kind: label call  got event" in shown
    assert "event: 关于召开全市科技工作推进会议的通知" in shown  # the line that decided the kind
    offers = _run("tools/blind_sets.py", "match", "--offers", str(directory))
    assert "t_01 missed: an ordinary SME" in offers


def _write_set(directory: Path, notices: list[dict]) -> Path:
    directory.mkdir()
    (directory / "notices.json").write_text(json.dumps(notices, ensure_ascii=False), "utf-8")
    (directory / "gold.json").write_text("[]", "utf-8")
    return directory


def test_blind_sets_lists_near_copies_and_quoted_texts(tmp_path):
    directory = _set(tmp_path)
    # an earlier set holding t_01 again under another id, written with a WeChat dump's keys as the Jiangsu set is
    earlier = _write_set(tmp_path / "earlier", [{"文章标识符aid": "e_01", "标题title": NOTICES[0]["title"],
                                                 "finalContent": NOTICES[0]["content"]}])
    # a new notice no other text holds: characters drawn at run time, so no test quotes them either
    unseen = "".join(chr(0x4E00 + (i * 37) % 2000) for i in range(80))
    fresh = _write_set(tmp_path / "fresh", [{"id": "f_01", "title": "", "published": "", "content": unseen}])
    listed = _run("tools/blind_sets.py", "copies", str(directory), str(fresh), "--against", str(earlier))
    assert f"{directory}:t_01: 1.00 of its 8-character runs in {earlier}:e_01" in listed
    # the set's texts are this file's own literals: quoted by the tests, as a text tuned on would be
    assert re.search(r"t_02: .* runs the tests quote \(test_evaluation_tools\.py\)", listed)
    assert "f_01" not in listed
    assert listed.splitlines()[-1] == "2 notices to read before use"


def test_blind_sets_counts_wrong_offers_and_misses_by_cause(tmp_path):
    directory = _set(tmp_path)
    # a call naming no applicant type, labelled for firms: offered to every applicant, four of them wrongly
    untyped = {"id": "t_03", "title": "关于开展2026年度节能技术项目征集的通知", "published": "2026-08-20",
               "content": "各县区发展改革局：\n请于9月30日前报送项目材料。\n南京市发展和改革委员会\n2026年8月20日"}
    (directory / "notices.json").write_text(json.dumps(NOTICES + [untyped], ensure_ascii=False), "utf-8")
    gold = [dict(GOLD[0], subjects=["中小企业"]), GOLD[1],
            dict(GOLD[0], aid="t_03", phones=[], subjects=["企业"])]
    (directory / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    counted = _run("tools/blind_sets.py", "match", "--causes", str(directory))
    assert re.search(r"offered wrongly: 4\n +4  no applicant type read \(offered to all\)", counted)
    # t_01's narrower types read for its labelled 中小企业: the ordinary SME missed
    assert re.search(r"missed: 1\n +1  other applicant types read", counted)


def test_blind_sets_counts_each_fields_errors(tmp_path):
    directory = _set(tmp_path)
    # t_01 labelled a policy for SMEs and persons in four regions (a province, a town, a zone beside its city); t_02's page
    # date left out, so its year-less 9月5日 cannot be resolved and its deadline is missed
    (directory / "notices.json").write_text(json.dumps([NOTICES[0], dict(NOTICES[1], published="")],
                                                       ensure_ascii=False), "utf-8")
    gold = [dict(GOLD[0], kind="policy", regions=["南京市", "江苏省", "港口镇", "宁波前湾新区"], subjects=["中小企业", "人才"]),
            GOLD[1]]
    (directory / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    counted = _run("tools/blind_sets.py", "errors", str(directory))
    assert "kind, labelled -> read: policy -> call 1" in counted
    assert "apply_deadline: none wrong" in counted
    assert "deadlines: 1 right, 1 missed, 0 read wrongly, in 1 notices" in counted
    assert "notices labelled with deadlines, without a page date: 1 of 1 wrong" in counted
    assert "notices labelled with deadlines, with a page date: 0 of 1 wrong" in counted
    assert "regions: 1 right, 3 missed, 0 read wrongly, in 1 notices" in counted
    assert "missed, by kind of place: town or street office 1, province 1, development zone 1" in counted
    assert "read wrongly, by kind of place: none" in counted
    assert re.search(r"\n +人才: 1 missed \(0 where none was read\), 0 read wrongly", counted)


def test_blind_sets_lists_where_earlier_rounds_name_a_text(tmp_path):
    # a tree's records: a round's paragraph and its rows, a round's test file, a rule's comment, and a text not named
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "accuracy-history.md").write_text(
        "Round 12 (a session), in two parts.\n- read 申报期限 as a window (r999_01), taken back.\n\n"
        "| 13: r998 (5 of 9, a theme), same | 1.000 |\nr999_01 again, then r999_010 (another text)\n", "utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_round_12.py").write_text('"""Guards of the reading taken back (r999_01)."""\n', "utf-8")
    (tmp_path / "pipeline" / "patterns").mkdir(parents=True)
    (tmp_path / "pipeline" / "patterns" / "dates.py").write_text("# a window so named (r999_01)\n", "utf-8")
    lines = _run("tools/blind_sets.py", "tried", "r999_01", "r997_01", tree=tmp_path).splitlines()
    assert lines[0] == "r999_01: docs/accuracy-history.md:2 (round 12): - read 申报期限 as a window (r999_01), taken back."
    assert lines[1].startswith("r999_01: docs/accuracy-history.md:5 (round 13): r999_01 again")
    assert lines[2] == "r999_01: tests/test_round_12.py:1 (round 12): \"\"\"Guards of the reading taken back (r999_01).\"\"\""
    assert lines[3] == "r999_01: pipeline/patterns/dates.py:1 (no round): # a window so named (r999_01)"
    assert len(lines) == 4  # r999_010 is another text, and r997_01 is named nowhere

    # comparing two dumps names the moved texts the records name, so a rule tried on them is read before another is
    directory = tmp_path / "r999"
    directory.mkdir()
    (directory / "notices.json").write_text(json.dumps([dict(NOTICES[0], id="r999_01"), dict(NOTICES[1], id="r997_01")],
                                                       ensure_ascii=False), "utf-8")
    (directory / "gold.json").write_text(json.dumps([dict(GOLD[0], aid="r999_01"), dict(GOLD[1], aid="r997_01")],
                                                    ensure_ascii=False), "utf-8")
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps({f"{directory}:r999_01": {"kind": "policy"}, f"{directory}:r997_01": {"kind": "call"}}),
                      "utf-8")
    after.write_text(json.dumps({f"{directory}:r999_01": {"kind": "call"}, f"{directory}:r997_01": {"kind": "event"}}),
                     "utf-8")
    compared = _run("tools/blind_sets.py", "compare", str(before), str(after), tree=tmp_path)
    assert "r999_01 is named by the records (no round, round 12, round 13): `tried r999_01` says where" in compared
    assert "r997_01 is named" not in compared


REVIEW = '''CASES = [
    {"id": "n_call_by_its_title", "field": "kind", "title": "关于组织申报2026年度市级专精特新中小企业的通知",
     "text": "各县区工信局：\\n请于2026年9月30日前报送申报材料。", "published": "2026-08-20", "account": None,
     "expected": "call", "why": "a call by its title"},
    {"id": "f_wrong_on_purpose", "field": "apply_deadline", "title": "关于组织申报2026年度市级专精特新中小企业的通知",
     "text": "各县区工信局：\\n请于2026年9月30日前报送申报材料。", "published": "2026-08-20", "account": None,
     "expected": "2026-10-31", "why": "an expected date the text does not give"},
]
'''


def test_review_cases_runs_a_review_and_writes_its_rows(tmp_path):
    cases = tmp_path / "cases.py"
    cases.write_text(REVIEW, "utf-8")
    ran = _run("tools/review_cases.py", "run", str(cases), "--at", str(ROOT), "--compare", str(ROOT)).splitlines()
    assert ran[0].split() == ["PASS", "n_call_by_its_title", "kind:", "got", '["call"],', "expected", '["call"];', "at",
                              "base", '["call"]']
    assert ran[1].split()[:2] == ["FAIL", "f_wrong_on_purpose"]
    assert ran[-1] == "2 cases: 1 pass, 1 fail; 0 regressions, 0 fixed against the base"
    # the rows are the cases read right, as a round's test file holds them, and they pass as its rows do
    rows = _run("tools/review_cases.py", "rows", str(cases), "--at", str(ROOT), "--prefix", "t1")
    assert rows.splitlines()[0] == "    # a call by its title"
    assert "id='t1-n-call-by-its-title'" in rows and "f-wrong-on-purpose" not in rows
    (param,) = eval("[" + rows + "]", {"pytest": __import__("pytest")})
    from round_helpers import review_expected, review_reading
    field, title, text, published, expected = param.values
    assert review_reading(field, title, text, published) == review_expected(expected)


def test_review_cases_names_the_file_and_case_of_a_bad_case(tmp_path):
    cases = tmp_path / "cases.py"
    cases.write_text(REVIEW.replace('"field": "kind"', '"field": "kinds"'), "utf-8")
    done = _tool("tools/review_cases.py", "run", str(cases), "--at", str(ROOT))
    assert done.returncode != 0
    assert f"{cases}: case n_call_by_its_title: field 'kinds' is not one of" in done.stderr
