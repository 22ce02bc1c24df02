"""The national labels against two independent annotators (tests/data/national_independent_labels.json), and one
more annotator against ../shared's hand-made Jiangsu labels (tests/data/jiangsu_independent_labels.json).

Two more annotators, A and B, labelled all 91 notices of ../shared/national by ../shared/gold/GUIDE.md on
2026-12-07, blind: they saw the records and the guide only, never the project's labels, code or output, nor each
other's work, nor which notices are held out (index, text hash and split were added to their labels afterwards).
Their labels say how far the guide itself leaves room to differ, and so what a floor asks of the extractor. They also
guard the project's own labels: labels moved toward what the extractor reads, rather than toward the guide, lose
agreement here (the "moved" tests show it on both splits).

The Jiangsu annotator (same day, as blind: the articles and the guide only, never ../shared/gold/dev.json) records
how closely labels written by the guide without the hand-made gold in view, as the national and blind-set labels
were, follow that gold's conventions. It compares two fixed files, so it records a measurement more than it guards.

Label against label: the national agreement needs no texts and runs without ../shared (the tests that read
../shared skip). Agreement is symmetric for every field (accuracy, or F1 over values), so which side is scored as
"predicted" does not change a figure.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.evaluate import ACCURACY_FIELDS, SET_FIELDS, EvalReport, score
from pipeline.vocabulary import tag_names

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"
NOTICES = SHARED / "national" / "notices.json"
JIANGSU_GOLD = SHARED / "gold" / "dev.json"

# Measured 2026-12-07 (the project's labels against each annotator's, as `huiqi eval` scores):
#   A dev     1.000 / 0.967 / 0.992 / 1.000 / 0.959 / 0.938   A held-out 1.000 / 1.000 / 1.000 / 1.000 / 0.983 / 0.957
#   B dev     1.000 / 0.984 / 0.992 / 1.000 / 0.959 / 0.969   B held-out 1.000 / 1.000 / 1.000 / 1.000 / 0.983 / 0.936
# The floors sit under the lower of the two by about one disagreement on the dev two-thirds (61 notices); on the
# held-out third (30) kind, apply_deadline and phones allow none, deadlines and regions about one, subjects two.
# The dev floors for apply_deadline and deadlines are set so that the dev labels replaced by what huiqi read on that day
# (A: apply 0.951, deadlines 0.962; B: deadlines 0.962) fall under them.
AGREEMENT_FLOORS = {
    "dev": {"kind": 0.97, "apply_deadline": 0.96, "deadlines": 0.97, "phones": 0.97, "regions": 0.93,
            "subjects": 0.92},
    "heldout": {"kind": 0.97, "apply_deadline": 0.97, "deadlines": 0.97, "phones": 0.97, "regions": 0.95,
                "subjects": 0.90},
}
# Measured 2026-12-07: the Jiangsu annotator against ../shared's hand-made gold, 0.984 / 1.000 / 1.000 / 1.000 /
# 1.000 / 0.930 (huiqi, tuned on that gold, scores 1.000 / 1.000 / 1.000 / 1.000 / 1.000 / 0.985 against it).
JIANGSU_AGREEMENT_FLOORS = {"kind": 0.95, "apply_deadline": 0.97, "deadlines": 0.97, "phones": 0.97, "regions": 0.97,
                            "subjects": 0.90}


def _project_labels() -> list[dict]:
    return json.loads((DATA / "national_gold.json").read_text("utf-8"))


def _independent(annotator: str) -> dict[str, dict]:
    rows = json.loads((DATA / "national_independent_labels.json").read_text("utf-8"))
    return {row["aid"]: row for row in rows if row["annotator"] == annotator}


def _figures_of(report: EvalReport) -> dict[str, float]:
    """Each field's figure as `huiqi eval` gives it: accuracy, or F1."""
    return {**{name: report.fields[name].accuracy for name in ACCURACY_FIELDS},
            **{name: report.fields[name].f1 for name in SET_FIELDS}}


def _below(figures: dict[str, float], floors: dict[str, float]) -> dict[str, float]:
    return {name: round(figures[name], 3) for name, floor in floors.items() if figures[name] < floor}


def _agreement(labels: list[dict], annotator: str) -> dict[str, float]:
    """`labels` (the project's, or export records standing in for them, each with its notice's `aid`) scored against
    one annotator's labels of the same notices."""
    theirs = _independent(annotator)
    report = score([{**label, "source_id": label["aid"]} for label in labels], [theirs[label["aid"]] for label in labels])
    return _figures_of(report)


def _split(name: str) -> list[dict]:
    return [label for label in _project_labels() if label["split"] == name]


def _check_labels(annotator: str, rows: list[dict]) -> None:
    for row in rows:
        assert set(row["subjects"]) <= set(tag_names()), (annotator, row["aid"], row["subjects"])
        assert row["deadlines"] == sorted(set(row["deadlines"])), (annotator, row["aid"])


def test_independent_labels_cover_every_national_notice():
    project = _project_labels()
    for annotator in ("A", "B"):
        theirs = _independent(annotator)
        assert sorted(theirs) == sorted(label["aid"] for label in project)
        for label in project:
            row = theirs[label["aid"]]
            assert (row["index"], row["content_sha1"], row["split"]) == \
                (label["index"], label["content_sha1"], label["split"])
        _check_labels(annotator, list(theirs.values()))


@pytest.mark.skipif(not NOTICES.exists(), reason="../shared/national absent")
def test_independent_labels_name_the_texts_they_were_written_for():
    rows = json.loads(NOTICES.read_text("utf-8"))
    for annotator in ("A", "B"):
        theirs = _independent(annotator)
        for index, row in enumerate(rows):
            label = theirs[row["id"]]
            assert label["index"] == index
            assert label["content_sha1"] == hashlib.sha1(row["content"].encode("utf-8")).hexdigest()[:12]


@pytest.mark.parametrize("split", sorted(AGREEMENT_FLOORS))
@pytest.mark.parametrize("annotator", ["A", "B"])
def test_project_labels_agree_with_independent_annotators(annotator, split):
    figures = _agreement(_split(split), annotator)
    below = _below(figures, AGREEMENT_FLOORS[split])
    assert below == {}, f"annotator {annotator}, {split}: below the floor: {below} (all: {figures})"


@pytest.mark.skipif(not NOTICES.exists(), reason="../shared/national absent")
@pytest.mark.parametrize("split", sorted(AGREEMENT_FLOORS))
def test_labels_moved_to_what_huiqi_reads_lose_agreement(split):
    """The guard can fail: a split's labels replaced by what the extractor reads from the texts fall under the floors
    for both annotators (on 2026-12-07, held-out subjects 0.632 and 0.667; dev deadlines 0.962 for both)."""
    from pipeline.extract import extract_notice
    from pipeline.importer import FieldMap
    from pipeline.records import build_notice

    rows = json.loads(NOTICES.read_text("utf-8"))
    moved = []  # (what `huiqi eval` scores: each notice's export record)
    for label in _split(split):
        record = FieldMap().raw_record(rows[label["index"]], f"national#{label['index']}", "national")
        moved.append({**extract_notice(build_notice(record)).export_record(), "aid": label["aid"]})
    for annotator in ("A", "B"):
        below = _below(_agreement(moved, annotator), AGREEMENT_FLOORS[split])
        assert below, (f"annotator {annotator}, {split}: what huiqi reads now agrees with the annotators at the floors, "
                       "so these floors no longer tell a label moved toward the extractor from one kept to the guide: "
                       "raise them toward the project's own agreement")


@pytest.mark.skipif(not JIANGSU_GOLD.exists(), reason="../shared/gold absent")
def test_a_helper_annotator_follows_the_hand_made_jiangsu_labels():
    gold = json.loads(JIANGSU_GOLD.read_text("utf-8"))
    rows = json.loads((DATA / "jiangsu_independent_labels.json").read_text("utf-8"))
    theirs = {row["aid"]: row for row in rows}
    assert sorted(theirs) == sorted(label["aid"] for label in gold)
    _check_labels("Jiangsu", rows)
    figures = _figures_of(score([{**theirs[label["aid"]], "source_id": label["aid"]} for label in gold], gold))
    below = _below(figures, JIANGSU_AGREEMENT_FLOORS)
    assert below == {}, f"below the floor: {below} (all: {figures})"
