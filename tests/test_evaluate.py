"""The evaluation scorer: matching by source_id, accuracy, micro P/R/F1 over sets, disagreements."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import format_report, score

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _gold(aid, kind="call", deadlines=(), apply=None, phones=(), regions=(), subjects=()):
    return {"aid": aid, "kind": kind, "deadlines": list(deadlines), "apply_deadline": apply,
            "phones": list(phones), "regions": list(regions), "subjects": list(subjects), "notes": ""}


def _pred(aid, kind="call", deadlines=(), apply=None, phones=(), regions=(), subjects=()):
    """Shaped like Notice.export_record()."""
    return {"id": f"id-{aid}", "source_id": aid, "kind": kind,
            "deadlines": [{"date": d, "time": None, "label": "申报截止"} for d in deadlines],
            "apply_deadline": apply,
            "phones": [{"number": p, "ext": None, "label": None} for p in phones],
            "regions": [{"name": r, "code": "320100", "level": "city"} for r in regions],
            "subjects": list(subjects)}


def test_perfect_agreement():
    gold = [_gold("a", deadlines=["2025-10-10"], apply="2025-10-10", phones=["025-1"], regions=["南京市"],
                  subjects=["企业"]), _gold("b", kind="policy")]
    pred = [_pred("b", kind="policy"), _pred("a", deadlines=["2025-10-10"], apply="2025-10-10",
                                             phones=["025-1"], regions=["南京市"], subjects=["企业"])]
    report = score(pred, gold)
    assert report.accuracy("kind") == 1.0 and report.accuracy("apply_deadline") == 1.0
    for field in ("deadlines", "phones", "regions", "subjects"):
        assert report.f1(field) == 1.0, field
    assert report.disagreements == [] and report.missing == []


def test_micro_precision_recall_over_sets():
    gold = [_gold("a", deadlines=["2025-10-10", "2025-10-20"]), _gold("b", deadlines=["2025-09-01"])]
    pred = [_pred("a", deadlines=["2025-10-10", "2025-10-11"]), _pred("b", deadlines=["2025-09-01"])]
    scored = score(pred, gold).fields["deadlines"]
    assert (scored.tp, scored.fp, scored.fn) == (2, 1, 1)
    assert scored.precision == pytest.approx(2 / 3) and scored.recall == pytest.approx(2 / 3)
    assert scored.f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize("pred_apply, gold_apply, correct", [
    ("2025-10-10", "2025-10-10", True),
    (None, None, True),
    ("2025-10-10", None, False),
    (None, "2025-10-10", False),
])
def test_apply_deadline_accuracy(pred_apply, gold_apply, correct):
    report = score([_pred("a", apply=pred_apply)], [_gold("a", apply=gold_apply)])
    assert report.accuracy("apply_deadline") == (1.0 if correct else 0.0)


def test_disagreements_list_every_field_that_differs():
    gold = [_gold("a", kind="publicity", deadlines=["2025-09-28"], phones=["025-83390549"])]
    pred = [_pred("a", kind="call", deadlines=["2025-09-22"], apply="2025-09-22")]
    report = score(pred, gold)
    found = {(d.aid, d.field): (d.expected, d.got) for d in report.disagreements}
    assert found[("a", "kind")] == ("publicity", "call")
    assert found[("a", "apply_deadline")] == (None, "2025-09-22")
    assert found[("a", "deadlines")] == (["2025-09-28"], ["2025-09-22"])
    assert found[("a", "phones")] == (["025-83390549"], [])
    assert ("a", "regions") not in found


def test_missing_prediction_counts_as_wrong_and_is_listed():
    report = score([], [_gold("a", deadlines=["2025-10-10"], apply="2025-10-10")])
    assert report.missing == ["a"]
    assert report.accuracy("kind") == 0.0 and report.fields["deadlines"].fn == 1
    assert "without a prediction" in format_report(report)


def test_empty_sets_on_both_sides_are_agreement_not_zero():
    report = score([_pred("a")], [_gold("a")])
    assert report.fields["phones"].precision == 1.0 and report.f1("phones") == 1.0


@pytest.mark.parametrize("phones", [
    [{"number": "025-1", "ext": "8839", "label": None}],  # export dicts
    ["025-1"],  # plain strings, whatever a placeholder extractor returns
])
def test_any_reasonable_shape_of_predicted_lists(phones):
    pred = _pred("a")
    pred["phones"] = phones
    assert score([pred], [_gold("a", phones=["025-1"])]).f1("phones") == 1.0


def test_unmatched_predictions_are_ignored():
    report = score([_pred("a"), _pred("zzz", kind="event")], [_gold("a")])
    assert report.notices == 1 and report.accuracy("kind") == 1.0


def test_format_report_has_table_and_disagreements():
    text = format_report(score([_pred("a", kind="call")], [_gold("a", kind="policy")]))
    assert "kind" in text and "deadlines" in text and "F1" in text
    assert 'a' in text and '"policy"' in text and '"call"' in text


def _eval(*args):
    from click.testing import CliRunner

    from cli import main

    return CliRunner().invoke(main, ["eval", *args])


def test_eval_command_runs_on_small_files(tmp_path):
    notices = [{"文章标识符aid": "x_1", "标题title": "公示丨2025年度拟认定名单公示", "链接url": None,
                "时间time": "2025-09-20", "公众号名称": "测试号",
                "finalContent": "公示期为2025年9月19日至2025年9月25日。"}]
    gold = [_gold("x_1", kind="publicity", deadlines=["2025-09-25"])]
    (tmp_path / "n.json").write_text(json.dumps(notices, ensure_ascii=False), "utf-8")
    (tmp_path / "g.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    result = _eval("--gold", str(tmp_path / "g.json"), "--notices", str(tmp_path / "n.json"))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Scored 1 gold notices" in out
    assert "kind" in out.splitlines()[4] and "1.000" in out.splitlines()[4]


def test_eval_command_reports_a_missing_file(tmp_path):
    result = _eval("--gold", str(tmp_path / "absent.json"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_apply_deadline_is_also_scored_over_dated_notices_beside_the_null_baseline():
    gold = [_gold("a", apply="2025-10-10"), _gold("b", apply="2025-11-01"), _gold("c"), _gold("d"), _gold("e")]
    always_null = score([_pred(g["aid"]) for g in gold], gold)
    assert always_null.accuracy("apply_deadline") == pytest.approx(0.6)
    assert always_null.null_baseline == pytest.approx(0.6)
    assert (always_null.dated_apply.correct, always_null.dated_apply.total) == (0, 2)
    one_right = score([_pred("a", apply="2025-10-10"), _pred("b", apply="2025-10-01")], gold)
    assert (one_right.dated_apply.correct, one_right.dated_apply.total) == (1, 2)
    text = format_report(always_null)
    assert "dated only" in text and "null baseline" in text and "0.600" in text


def test_eval_command_prints_json(tmp_path):
    notices = [{"文章标识符aid": "x_1", "标题title": "关于组织申报2025年度示例项目的通知", "链接url": None,
                "时间time": "2025-09-20", "公众号名称": "测试号", "finalContent": "请于2025年10月20日前提交申报材料。"}]
    gold = [_gold("x_1", deadlines=["2025-10-20"], apply="2025-10-20")]
    (tmp_path / "n.json").write_text(json.dumps(notices, ensure_ascii=False), "utf-8")
    (tmp_path / "g.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    result = _eval("--gold", str(tmp_path / "g.json"), "--notices", str(tmp_path / "n.json"), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["notices"] == 1
    assert data["fields"]["apply_deadline"] == {"accuracy": 1.0, "n": 1, "dated_accuracy": 1.0, "dated_n": 1,
                                                "null_baseline": 0.0}
    assert data["fields"]["deadlines"]["f1"] == 1.0
