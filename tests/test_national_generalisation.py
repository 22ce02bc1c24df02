"""Extraction on real notices from the rest of China (../shared/national, 91 notices from 28 provinces
and national bodies, many without a title).

The labels (tests/data/national_gold.json) were written by the annotation guide before the extractors
ran on these notices; each names its notice by `aid` (the record's id) and a short hash of its text,
never by quoting it. Every third notice (index % 3 == 2) is held out: rules are tuned on the other
two thirds only, and the held-out floors say whether they generalise. The notices are imported through
the real import path (`huiqi eval --notices`), so nothing with content may be rejected, titles or not.
Skipped when ../shared is absent.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main

SHARED = Path(__file__).resolve().parents[2] / "shared"
NOTICES = SHARED / "national" / "notices.json"
GOLD = Path(__file__).resolve().parent / "data" / "national_gold.json"

# The floors for notices from the rest of China (issue 11) are kind 0.92, apply_deadline 0.85,
# deadlines F1 0.93, phones 0.90, regions 0.90, subjects 0.75. On 2026-12-02 the held-out third met them
# for apply_deadline and phones only (README, "Extraction accuracy"). The floors below guard what was
# measured then, a little under each figure, so a change that loses ground fails; they are raised as
# the rules improve, never lowered to let a change through.
FLOORS = {
    # measured 2026-12-03 (ninth session, and the eleventh with n_040 relabelled): kind 1.000, apply 0.984, deadlines 0.954, phones 1.000, regions 1.000,
    # subjects 0.936; after round 58 (2026-12-06) subjects 0.945
    "dev": {"kind": 0.95, "apply_deadline": 0.95, "deadlines": 0.92, "phones": 0.97, "regions": 0.97,
            "subjects": 0.90},
    # measured 2026-12-03 (never tuned on), after rounds 17-19 and again after rounds 20-22 and 23-24: kind
    # 0.900, apply 0.967, deadlines 0.917, phones 1.000, regions 0.966, subjects 0.667; after round 25
    # (twelfth session) deadlines 0.939, so its floor is now issue 11's own (0.93); after round 40 (2026-12-05,
    # twenty-sixth session) kind 0.933, apply 1.000, deadlines 0.960, so kind's floor is issue 11's own (0.92)
    "heldout": {"kind": 0.92, "apply_deadline": 0.95, "deadlines": 0.93, "phones": 0.97, "regions": 0.93,
                "subjects": 0.63},
}

pytestmark = pytest.mark.skipif(not NOTICES.exists(), reason="../shared/national absent")


def _labels() -> list[dict]:
    return json.loads(GOLD.read_text("utf-8"))


def _rows() -> list[dict]:
    return json.loads(NOTICES.read_text("utf-8"))


def test_every_national_notice_is_labelled_and_aligned():
    rows, labels = _rows(), _labels()
    assert [label["index"] for label in labels] == list(range(len(rows)))
    for label, row in zip(labels, rows):
        assert label["aid"] == row["id"]
        assert label["content_sha1"] == hashlib.sha1(row["content"].encode("utf-8")).hexdigest()[:12]
        assert label["split"] == ("heldout" if label["index"] % 3 == 2 else "dev")
        assert label["deadlines"] == sorted(set(label["deadlines"]))
    assert sum(label["split"] == "heldout" for label in labels) == len(rows) // 3


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, dict]:
    """Scores per split, each from one `huiqi eval --json` run through the import path."""
    tmp = tmp_path_factory.mktemp("national")
    results = {}
    for split in FLOORS:
        gold = tmp / f"{split}.json"
        gold.write_text(json.dumps([label for label in _labels() if label["split"] == split], ensure_ascii=False),
                        "utf-8")
        result = CliRunner().invoke(main, ["--data-dir", str(tmp / "unused"), "eval", "--gold", str(gold),
                                           "--notices", str(NOTICES), "--json"])
        assert result.exit_code == 0, result.output
        results[split] = json.loads(result.stdout)
    return results


def test_no_notice_is_rejected_titles_or_not(reports):
    for split, report in reports.items():
        assert report["missing"] == [], f"{split}: not imported: {report['missing']}"


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_floors(reports, split):
    fields = reports[split]["fields"]
    figures = {name: fields[name].get("accuracy", fields[name].get("f1")) for name in FLOORS[split]}
    below = {name: figures[name] for name, floor in FLOORS[split].items() if figures[name] < floor}
    assert below == {}, f"{split}: below the floor: {below} (all: {figures})"


# --- matching on these notices: what extraction errors cost an enterprise -------------------------
# For every call, profiles of typical applicants located in the call's (gold) region are matched on a
# day the call is open, once against the gold labels and once against what huiqi extracted. A pair the
# gold matches and huiqi does not is a call the firm never hears of (recall); the reverse is a call
# offered to a firm that cannot apply (precision).
APPLICANTS = {
    "an ordinary SME": ("企业", "中小企业"),
    "a 专精特新 high-tech SME": ("企业", "中小企业", "高新技术企业", "专精特新中小企业", "科技型中小企业"),
    "a listed manufacturer": ("企业", "上市企业", "制造企业", "规上企业"),
    "a university": ("高校院所",),
    "a county government or park": ("政府园区",),
    "an incubator": ("孵化器",),
    "a researcher": ("人才",),
}
# (precision, recall). Measured 2026-12-03: dev 0.968 / 0.910 on 134 expected matches, held-out 0.746 /
# 0.830 on 53, the same after round 20 (2026-12-02: 0.938 / 0.910 and 0.712 / 0.698); after round 40 (2026-12-05)
# held-out 0.773 / 0.962, dev unchanged. The issue asks 0.95 / 0.95 of its own held-out cases (tests/test_match.py
# holds those).
MATCH_FLOORS = {"dev": (0.93, 0.87), "heldout": (0.75, 0.95)}


def _gold_notice(label: dict, extracted):
    from datetime import date

    from pipeline import gazetteer
    from pipeline.notice import Deadline, Notice, Region, Subject

    extracted_by_name = {r.name: r for r in extracted.regions}
    regions = []
    for name in label["regions"]:
        region = extracted_by_name.get(name) or gazetteer.lookup(name)
        if region is not None:
            regions.append(Region(region.name, region.code, region.level))
    return Notice(id=extracted.id, title=extracted.title, text=extracted.text, kind=label["kind"],
                  published=extracted.published, regions=regions,
                  deadlines=[Deadline(date.fromisoformat(d)) for d in label["deadlines"]],
                  apply_deadline=date.fromisoformat(label["apply_deadline"]) if label["apply_deadline"] else None,
                  subjects=[Subject(name) for name in label["subjects"]])


def _matching_pairs(split: str) -> tuple[set, set]:
    labels = {label["aid"]: label for label in _labels() if label["split"] == split}
    return matching_pairs([(row["id"], row) for row in _rows()], labels, "national")


def matching_pairs(records: list[tuple[str, dict]], labels: dict[str, dict], source: str,
                   extracted_by_id: dict | None = None) -> tuple[set, set]:
    """(expected, offered) (record id, applicant) pairs over the labelled calls among `records` ((id, record) pairs as
    a dump has them; `labels` by id): each applicant of APPLICANTS located in the call's (gold) region, matched on a day
    the call is open against the labels and against what huiqi extracts (`extracted_by_id`: notices the caller has
    extracted already, by record id; the others are extracted here). (tools/blind_sets.py runs it on other sets.)"""
    from datetime import timedelta

    from pipeline.extract import extract_notice
    from pipeline.gazetteer import resolve_profile_region
    from pipeline.importer import FieldMap
    from pipeline.match import match_profile
    from pipeline.profiles import Profile
    from pipeline.records import build_notice

    expected, got = set(), set()
    for index, (record_id, row) in enumerate(records):
        label = labels.get(record_id)
        if label is None or label["kind"] != "call" or not label["regions"]:
            continue
        extracted = (extracted_by_id or {}).get(record_id) \
            or extract_notice(build_notice(FieldMap().raw_record(row, f"{source}#{index}", source)))
        gold = _gold_notice(label, extracted)
        if not gold.regions:
            continue
        closing = gold.closing_deadline()
        day = closing.date - timedelta(days=1) if closing else gold.published
        if day is None:
            continue
        region = gold.regions[0] if gold.regions[0].code != "000000" else resolve_profile_region("北京市东城区")
        for who, qualifications in APPLICANTS.items():
            profile = Profile(name=who, region=region, qualifications=qualifications)
            if match_profile(profile, [gold], day):
                expected.add((record_id, who))
            if match_profile(profile, [extracted], day):
                got.add((record_id, who))
    return expected, got


@pytest.mark.parametrize("split", sorted(MATCH_FLOORS))
def test_matching_on_national_calls(split):
    expected, got = _matching_pairs(split)
    precision = len(expected & got) / len(got) if got else 1.0
    recall = len(expected & got) / len(expected) if expected else 1.0
    print(f"{split}: {len(expected)} expected matches, precision {precision:.3f}, recall {recall:.3f}")
    floor_precision, floor_recall = MATCH_FLOORS[split]
    # the held-out third is scored, never listed: its notices must stay unseen by whoever tunes rules
    detail = f"offered wrongly: {sorted(got - expected)}; missed: {sorted(expected - got)}" if split == "dev" else ""
    assert precision >= floor_precision and recall >= floor_recall, detail
