"""The national labels against two independent annotators (tests/data/national_independent_labels.json), and one
more annotator against ../shared's hand-made Jiangsu labels (tests/data/jiangsu_independent_labels.json).

Two more annotators, A and B, labelled all 91 notices of ../shared/national by ../shared/gold/GUIDE.md on
2026-12-07, blind: they saw the texts and the guide only, never the project's labels, code or output, nor each
other's work, nor which notices are held out. Their labels say how far the guide itself leaves room to differ,
and so what a floor asks of the extractor. They also guard the project's own labels: a label moved toward
what the extractor reads, rather than toward the guide, loses agreement here.

The Jiangsu annotator (same day, same blindness: the articles and the guide only, never ../shared/gold/dev.json) says
how closely labels written by the guide without the hand-made gold in view, as the national and blind-set labels were,
follow that gold's conventions.

Label against label, so the national agreement needs no texts and runs without ../shared (the tests that read
../shared skip).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.evaluate import score
from pipeline.vocabulary import tag_names

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"
NOTICES = SHARED / "national" / "notices.json"
JIANGSU_GOLD = SHARED / "gold" / "dev.json"
FIELDS = ("kind", "apply_deadline", "deadlines", "phones", "regions", "subjects")

# Measured 2026-12-07 (the project's labels scored against each annotator's, as `huiqi eval` scores):
#   A dev     1.000 / 0.967 / 0.992 / 1.000 / 0.959 / 0.938   A held-out 1.000 / 1.000 / 1.000 / 1.000 / 0.983 / 0.957
#   B dev     1.000 / 0.984 / 0.992 / 1.000 / 0.959 / 0.969   B held-out 1.000 / 1.000 / 1.000 / 1.000 / 0.983 / 0.936
# The floors sit a little under the lower of the two.
AGREEMENT_FLOORS = {
    "dev": {"kind": 0.97, "apply_deadline": 0.93, "deadlines": 0.96, "phones": 0.97, "regions": 0.93,
            "subjects": 0.90},
    "heldout": {"kind": 0.97, "apply_deadline": 0.97, "deadlines": 0.97, "phones": 0.97, "regions": 0.95,
                "subjects": 0.90},
}


def _project_labels() -> list[dict]:
    return json.loads((DATA / "national_gold.json").read_text("utf-8"))


def _independent(annotator: str) -> dict[str, dict]:
    rows = json.loads((DATA / "national_independent_labels.json").read_text("utf-8"))
    return {row["aid"]: row for row in rows if row["annotator"] == annotator}


def _figures(annotator: str, split: str) -> dict[str, float]:
    """The project's labels scored against one annotator's, over one split."""
    theirs = _independent(annotator)
    ours = [label for label in _project_labels() if label["split"] == split]
    report = score([{**label, "source_id": label["aid"]} for label in ours], [theirs[label["aid"]] for label in ours])
    return {name: report.fields[name].accuracy if name in ("kind", "apply_deadline") else report.fields[name].f1
            for name in FIELDS}


def test_each_annotator_labelled_every_notice_with_the_project_split():
    project = _project_labels()
    for annotator in ("A", "B"):
        theirs = _independent(annotator)
        assert sorted(theirs) == sorted(label["aid"] for label in project)
        for label in project:
            row = theirs[label["aid"]]
            assert (row["index"], row["content_sha1"], row["split"]) == \
                (label["index"], label["content_sha1"], label["split"])
            assert set(row["subjects"]) <= set(tag_names()), (annotator, label["aid"], row["subjects"])
            assert row["deadlines"] == sorted(set(row["deadlines"]))


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
    figures = _figures(annotator, split)
    below = {name: round(figures[name], 3) for name, floor in AGREEMENT_FLOORS[split].items() if figures[name] < floor}
    assert below == {}, f"annotator {annotator}, {split}: below the floor: {below} (all: {figures})"


@pytest.mark.skipif(not NOTICES.exists(), reason="../shared/national absent")
def test_held_out_labels_moved_to_what_huiqi_reads_lose_agreement():
    """The guard can fail: the held-out third's subjects replaced by what the extractor reads from the texts
    fall under the floor for both annotators (0.632 and 0.667 on 2026-12-07, where the project's labels agree at
    0.957 and 0.936)."""
    from pipeline.extract import extract_notice
    from pipeline.importer import FieldMap
    from pipeline.records import build_notice

    rows = json.loads(NOTICES.read_text("utf-8"))
    ours = [label for label in _project_labels() if label["split"] == "heldout"]
    read = {}
    for label in ours:
        record = FieldMap().raw_record(rows[label["index"]], f"national#{label['index']}", "national")
        read[label["aid"]] = [subject.name for subject in extract_notice(build_notice(record)).subjects]
    moved = [{**label, "subjects": read[label["aid"]], "source_id": label["aid"]} for label in ours]
    for annotator in ("A", "B"):
        theirs = _independent(annotator)
        report = score(moved, [theirs[label["aid"]] for label in ours])
        assert report.fields["subjects"].f1 < AGREEMENT_FLOORS["heldout"]["subjects"]


# Measured 2026-12-07: the Jiangsu annotator against ../shared's hand-made gold, 0.984 / 1.000 / 1.000 / 1.000 /
# 1.000 / 0.930 (huiqi against that gold: 1.000 / … / 0.985, tuned on it).
JIANGSU_AGREEMENT_FLOORS = {"kind": 0.95, "apply_deadline": 0.97, "deadlines": 0.97, "phones": 0.97, "regions": 0.97,
                            "subjects": 0.90}


@pytest.mark.skipif(not JIANGSU_GOLD.exists(), reason="../shared/gold absent")
def test_a_helper_annotator_follows_the_hand_made_jiangsu_labels():
    gold = json.loads(JIANGSU_GOLD.read_text("utf-8"))
    theirs = {row["aid"]: row for row in json.loads((DATA / "jiangsu_independent_labels.json").read_text("utf-8"))}
    assert sorted(theirs) == sorted(label["aid"] for label in gold)
    report = score([{**theirs[label["aid"]], "source_id": label["aid"]} for label in gold], gold)
    figures = {name: report.fields[name].accuracy if name in ("kind", "apply_deadline") else report.fields[name].f1
               for name in FIELDS}
    below = {name: round(figures[name], 3) for name, floor in JIANGSU_AGREEMENT_FLOORS.items() if figures[name] < floor}
    assert below == {}, f"below the floor: {below} (all: {figures})"
