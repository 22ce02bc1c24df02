"""Score extracted export records against gold labels (see /work/shared/gold/GUIDE.md).

`score(predicted, gold)` matches each gold label to the predicted `Notice.export_record()` whose
`source_id` equals the gold `aid`, then scores:
- kind and apply_deadline: accuracy over gold notices (a missing prediction counts as wrong);
- deadlines (dates), phones (numbers), regions (names), subjects: micro precision / recall / F1 over
  the per-notice sets;
and lists every disagreement (aid, field, expected, got). `format_report` renders it as text.
`huiqi eval` runs it on notices imported through the normal import path.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

ACCURACY_FIELDS = ("kind", "apply_deadline")
SET_FIELDS = ("deadlines", "phones", "regions", "subjects")

@dataclass
class FieldScore:
    """Accuracy (correct/total) or set precision/recall (tp, fp, fn) for one field."""

    name: str
    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def precision(self) -> float:
        # Nothing predicted and nothing expected is perfect agreement, not zero.
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Disagreement:
    aid: str
    field: str
    expected: Any
    got: Any


@dataclass
class EvalReport:
    notices: int  # gold notices scored
    missing: list[str]  # gold aids with no prediction
    fields: dict[str, FieldScore]
    disagreements: list[Disagreement] = field(default_factory=list)
    # apply_deadline over the gold notices that have one: most notices have none, so the plain accuracy
    # flatters an extractor that answers null (null_baseline is what always answering null scores)
    dated_apply: FieldScore = field(default_factory=lambda: FieldScore("apply_deadline (dated)"))
    null_baseline: float = 0.0

    def accuracy(self, name: str) -> float:
        return self.fields[name].accuracy

    def f1(self, name: str) -> float:
        return self.fields[name].f1


# --------------------------------------------------------------------------------------------------
# Normalising values of either side to comparable forms
# --------------------------------------------------------------------------------------------------


def _date_string(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dict):
        value = value.get("date")
    return str(value)[:10] if value else None


def _names(values: Any, key: str) -> list[str]:
    """Gold lists hold strings; predicted lists hold strings or dicts with `key` (name/number/date)."""
    result = []
    for value in values or []:
        if isinstance(value, dict):
            value = value.get(key)
        elif not isinstance(value, str) and hasattr(value, key):
            value = getattr(value, key)
        if value not in (None, ""):
            result.append(str(value).strip())
    return result


_SET_KEYS = {"deadlines": "date", "phones": "number", "regions": "name", "subjects": "name"}


def _as_set(name: str, values: Any) -> set[str]:
    if name == "deadlines":
        return {d for d in (_date_string(v) for v in values or []) if d}
    return set(_names(values, _SET_KEYS[name]))


# --------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------


class GoldError(ValueError):
    pass


def load_gold(path: Path) -> list[dict]:
    """Gold labels from a JSON list of objects with an `aid`; errors name the file and entry."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: not a readable JSON file ({exc})") from None
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a JSON list of labels, got {type(data).__name__}")
    for index, item in enumerate(data):
        if not isinstance(item, dict) or not item.get("aid"):
            raise GoldError(f"{path}: entry {index}: expected an object with an 'aid'")
        for name in SET_FIELDS:
            if name in item and not isinstance(item[name], list):
                raise GoldError(f"{path}: entry {index}: {name}: expected a list")
    return data


def score(predicted: list[dict], gold: list[dict]) -> EvalReport:
    """Score predicted export records against gold labels matched by source_id == aid."""
    by_id: dict[str, dict] = {}
    for record in predicted:
        key = record.get("source_id")
        if key is None:
            continue
        if str(key) in by_id:
            logger.warning("two predictions for %s; scoring the first", key)
            continue
        by_id[str(key)] = record

    fields = {name: FieldScore(name) for name in ACCURACY_FIELDS + SET_FIELDS}
    dated_apply = FieldScore("apply_deadline (dated)")
    disagreements: list[Disagreement] = []
    missing: list[str] = []
    for label in gold:
        aid = str(label["aid"])
        record = by_id.get(aid)
        if record is None:
            missing.append(aid)
            record = {}

        for name in ACCURACY_FIELDS:
            expected = _date_string(label.get(name)) if name == "apply_deadline" else label.get(name)
            got = _date_string(record.get(name)) if name == "apply_deadline" else record.get(name)
            fields[name].total += 1
            if expected == got:
                fields[name].correct += 1
            else:
                disagreements.append(Disagreement(aid, name, expected, got))
            if name == "apply_deadline" and expected is not None:
                dated_apply.total += 1
                dated_apply.correct += expected == got

        for name in SET_FIELDS:
            expected_set = _as_set(name, label.get(name))
            got_set = _as_set(name, record.get(name))
            scored = fields[name]
            scored.tp += len(expected_set & got_set)
            scored.fp += len(got_set - expected_set)
            scored.fn += len(expected_set - got_set)
            if expected_set != got_set:
                disagreements.append(Disagreement(aid, name, sorted(expected_set), sorted(got_set)))
    undated = fields["apply_deadline"].total - dated_apply.total
    return EvalReport(notices=len(gold), missing=missing, fields=fields, disagreements=disagreements,
                      dated_apply=dated_apply, null_baseline=undated / len(gold) if gold else 0.0)


def format_report(report: EvalReport) -> str:
    """A table of per-field figures, then every disagreement."""
    lines = [f"Scored {report.notices} gold notices"
             + (f"; {len(report.missing)} without a prediction" if report.missing else ""), ""]
    lines.append(f"{'field':<16}{'accuracy':>10}{'precision':>11}{'recall':>9}{'F1':>8}{'n':>6}")
    lines.append("-" * 60)
    for name in ACCURACY_FIELDS:
        scored = report.fields[name]
        lines.append(f"{name:<16}{scored.accuracy:>10.3f}{'':>11}{'':>9}{'':>8}{scored.total:>6}")
    dated = report.dated_apply
    lines.append(f"{'  dated only':<16}{dated.accuracy:>10.3f}{'':>11}{'':>9}{'':>8}{dated.total:>6}"
                 "   (gold notices that have an apply_deadline)")
    lines.append(f"{'  null baseline':<16}{report.null_baseline:>10.3f}{'':>34}"
                 "   (what always answering null scores)")
    for name in SET_FIELDS:
        scored = report.fields[name]
        lines.append(f"{name:<16}{'':>10}{scored.precision:>11.3f}{scored.recall:>9.3f}{scored.f1:>8.3f}"
                     f"{scored.tp + scored.fn:>6}")
    if report.missing:
        lines += ["", "No prediction for: " + ", ".join(report.missing)]
    if report.disagreements:
        lines += ["", f"Disagreements ({len(report.disagreements)}):"]
        for item in report.disagreements:
            lines.append(f"  {item.aid:<16}{item.field:<16}expected {_show(item.expected)}  got {_show(item.got)}")
    return "\n".join(lines)


def report_json(report: EvalReport) -> dict[str, Any]:
    """The report as JSON-able data: per-field figures, the dated apply_deadline view, disagreements."""
    fields: dict[str, Any] = {}
    for name in ACCURACY_FIELDS:
        scored = report.fields[name]
        fields[name] = {"accuracy": round(scored.accuracy, 4), "n": scored.total}
    fields["apply_deadline"]["dated_accuracy"] = round(report.dated_apply.accuracy, 4)
    fields["apply_deadline"]["dated_n"] = report.dated_apply.total
    fields["apply_deadline"]["null_baseline"] = round(report.null_baseline, 4)
    for name in SET_FIELDS:
        scored = report.fields[name]
        fields[name] = {"precision": round(scored.precision, 4), "recall": round(scored.recall, 4),
                        "f1": round(scored.f1, 4), "n": scored.tp + scored.fn}
    return {"notices": report.notices, "missing": report.missing, "fields": fields,
            "disagreements": [{"aid": d.aid, "field": d.field, "expected": d.expected, "got": d.got}
                              for d in report.disagreements]}


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
