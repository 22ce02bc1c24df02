"""Score, match and compare huiqi's extraction on labelled evaluation sets kept outside the project.

The blind-set method (README, "Extraction accuracy") measures each set of real notices before any rule is tuned on it.
A set is a directory holding `notices.json` (records as the national set has them: id, title, published, publisher,
url, content) and `gold.json` (labels by ../shared/gold/GUIDE.md, one per notice, `aid` = the record's id). The texts
stay outside the project; this script reads them where they are. Two names stand for ../shared: `national` (the
national development two-thirds; the held-out third is never read here) and `jiangsu` (the Jiangsu account's
development set).

    .venv/bin/python tools/blind_sets.py score SET...            # figures per set through `huiqi eval`, and their means
    .venv/bin/python tools/blind_sets.py score --disagreements SET...
    .venv/bin/python tools/blind_sets.py match SET...            # matching precision / recall, as the national test does
    .venv/bin/python tools/blind_sets.py match --offers SET...   # …and each wrong offer and missed match
    .venv/bin/python tools/blind_sets.py match --causes SET...   # …and the wrong offers and misses counted by cause
    .venv/bin/python tools/blind_sets.py errors SET...           # each field's errors counted over all the sets, by kind
    .venv/bin/python tools/blind_sets.py show SET [ID...]         # fields that disagree with their labels, with evidence
    .venv/bin/python tools/blind_sets.py dump OUT.json SET...    # every extracted field (and a derived title), for
                                                                 # comparing two trees
    .venv/bin/python tools/blind_sets.py compare A.json B.json   # what changed, whether toward the labels, which texts
                                                                 # moved the records name (see tried)
    .venv/bin/python tools/blind_sets.py copies NEW... --against SET...  # near copies, and texts the tests quote
    .venv/bin/python tools/blind_sets.py tried ID...             # where earlier rounds name a text (rules tried on it)

A new set is read only once its near copies are dropped (`copies`): a notice that repeats one of ../shared's (the
held-out third included), of an earlier set or of the tests' quotations was, or may have been, tuned on.

Run from the project's root (or set TREE to another checkout of it, to score that tree with this venv).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterator

TREE = Path(os.environ.get("TREE") or Path(__file__).resolve().parents[1])
sys.path.insert(0, str(TREE))
sys.path.insert(0, str(TREE / "tests"))
SHARED = TREE.parent / "shared"
FIELDS = ("kind", "apply_deadline", "deadlines", "phones", "regions", "subjects")


def read_set(name: str) -> tuple[list[dict], list[dict]]:
    """(records, labels) of a set directory, or of `national` / `jiangsu` in ../shared."""
    if name == "national":
        labels = [g for g in json.loads((TREE / "tests/data/national_gold.json").read_text("utf-8"))
                  if g["split"] == "dev"]  # never the held-out third
        dev = {g["aid"] for g in labels}
        rows = json.loads((SHARED / "national/notices.json").read_text("utf-8"))
        return [r for r in rows if r["id"] in dev], labels
    if name == "jiangsu":
        return (json.loads((SHARED / "data/notices_dev.json").read_text("utf-8")),
                json.loads((SHARED / "gold/dev.json").read_text("utf-8")))
    directory = Path(name)
    return (json.loads((directory / "notices.json").read_text("utf-8")),
            json.loads((directory / "gold.json").read_text("utf-8")))


def record_id(record: dict, index: int, name: str) -> str:
    return record.get("id") or record.get("文章标识符aid") or f"{name}#{index}"


def extracted(records: list[dict], name: str) -> list:
    """Each record as import builds and extracts it (a record import would reject gives its error)."""
    from pipeline.extract import extract_notice
    from pipeline.importer import FieldMap
    from pipeline.records import build_notice

    fields, notices = FieldMap(), []
    for index, record in enumerate(records):
        try:
            notices.append(extract_notice(build_notice(fields.raw_record(record, f"{name}#{index}", name))))
        except Exception as error:  # noqa: BLE001 (reported in the dump as the record's error)
            notices.append(error)
    return notices


def score(names: list[str], disagreements: bool) -> None:
    rows = []
    for name in names:
        records, labels = read_set(name)
        with tempfile.TemporaryDirectory() as tmp:
            notices, gold = Path(tmp, "notices.json"), Path(tmp, "gold.json")
            notices.write_text(json.dumps(records, ensure_ascii=False), "utf-8")
            gold.write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
            run = subprocess.run([sys.executable, "-m", "cli", "--data-dir", str(Path(tmp, "data")), "eval",
                                  "--gold", str(gold), "--notices", str(notices), "--json"],
                                 capture_output=True, text=True, cwd=TREE, env={**os.environ, "PYTHONPATH": str(TREE)})
        if run.returncode:
            print(f"{name}: huiqi eval failed\n{run.stderr[-2000:]}")
            continue
        report = json.loads(run.stdout)
        figures = [report["fields"][f].get("accuracy", report["fields"][f].get("f1")) for f in FIELDS]
        rows.append(figures)
        print(f"{name:12s} n={report['notices']:3d} " + " ".join(f"{x:.3f}" for x in figures))
        for row in report["disagreements"] if disagreements else ():
            print(f"    {row['aid']} {row['field']}: expected {row['expected']}, got {row['got']}")
    if len(rows) > 1:
        print("mean" + " " * 14 + " ".join(f"{sum(r[i] for r in rows) / len(rows):.3f}" for i in range(len(FIELDS))))


LIST_FIELDS = ("deadlines", "phones", "regions", "subjects")


def place_kind(name: str) -> str:
    """What kind of place a region label names, for counting the regions missed and read wrongly: 全国, a division of
    the gazetteer by its level, a town or street office, a development zone, or another name the gazetteer lacks (a
    former county's, say)."""
    from pipeline import gazetteer
    from pipeline.patterns import regions as rp

    if name == gazetteer.NATIONAL.name:
        return "全国"
    divisions = gazetteer.name_index().get(name)
    if divisions:
        return divisions[0].level
    if re.search(r"(?:镇|乡|街道)$", name):
        return "town or street office"
    if re.search("|".join(rp.ZONE_SUFFIXES) + "|新区|合作区|示范区", name):
        return "development zone"
    return "other name"


def errors(names: list[str]) -> None:
    """Each field's errors over all the sets, counted where a round starts looking: the kind read for each labelled kind
    (where they differ); apply_deadline none read, read where none is labelled, or another date; for the list fields,
    the values right, missed and read wrongly and the notices that disagree (a notice without a page date apart from the
    others for deadlines, which then resolve year-less dates from the text alone; regions by the kind of place each
    names, place_kind); and the subject tags missed, those in notices read with none, and those read wrongly, tag by
    tag."""
    kinds: Counter[tuple[str, str]] = Counter()
    apply: Counter[str] = Counter()
    values = {field: Counter() for field in LIST_FIELDS}  # "right" / "missed" / "wrong" -> values, "notices" -> notices
    undated: Counter[tuple[bool, bool]] = Counter()  # (no page date, deadlines disagree) -> notices labelled with some
    tags: Counter[tuple[str, str]] = Counter()  # (missed | missed, none read | read wrongly, tag) -> notices
    places: Counter[tuple[str, str]] = Counter()  # (missed | read wrongly, kind of place) -> region values
    for name in names:
        records, labels = read_set(name)
        by_id = {label["aid"]: label for label in labels}
        for index, (record, notice) in enumerate(zip(records, extracted(records, name))):
            label = by_id.get(record_id(record, index, name))
            if label is None or isinstance(notice, Exception):
                continue
            read = fields_of(notice)
            if read["kind"] != label["kind"]:
                kinds[(label["kind"], read["kind"])] += 1
            if read["apply_deadline"] != label["apply_deadline"]:
                apply["none read" if read["apply_deadline"] is None else
                      "read where none is labelled" if label["apply_deadline"] is None else "another date"] += 1
            for field in LIST_FIELDS:
                got, want = set(read[field]), set(label[field] or [])
                counts = values[field]
                counts["right"] += len(got & want)
                counts["missed"] += len(want - got)
                counts["wrong"] += len(got - want)
                counts["notices"] += got != want
                if field == "regions":
                    places.update(("missed", place_kind(region)) for region in want - got)
                    places.update(("read wrongly", place_kind(region)) for region in got - want)
            if label["deadlines"]:
                undated[(not record.get("published"), set(read["deadlines"]) != set(label["deadlines"]))] += 1
            for tag in set(label["subjects"]) - set(read["subjects"]):
                tags[("missed", tag)] += 1
                tags[("missed, none read", tag)] += not read["subjects"]
            for tag in set(read["subjects"]) - set(label["subjects"]):
                tags[("read wrongly", tag)] += 1
    confused = ", ".join(f"{labelled} -> {read} {n}" for (labelled, read), n in kinds.most_common())
    print("kind, labelled -> read: " + (confused or "none wrong"))
    print("apply_deadline: " + (", ".join(f"{what} {n}" for what, n in apply.most_common()) or "none wrong"))
    for field, counts in values.items():
        print(f"{field}: {counts['right']} right, {counts['missed']} missed, {counts['wrong']} read wrongly, in "
              f"{counts['notices']} notices")
        if field == "regions":
            for what in ("missed", "read wrongly"):
                by_kind = sorted(((n, kind) for (which, kind), n in places.items() if which == what), reverse=True)
                print(f"    {what}, by kind of place: " + (", ".join(f"{kind} {n}" for n, kind in by_kind) or "none"))
        if field == "deadlines":
            for dateless, what in ((True, "without"), (False, "with")):
                wrong, total = undated[(dateless, True)], undated[(dateless, True)] + undated[(dateless, False)]
                print(f"    notices labelled with deadlines, {what} a page date: {wrong} of {total} wrong")
    for tag in sorted({tag for _, tag in tags}, key=lambda t: -tags[("missed", t)] - tags[("read wrongly", t)]):
        print(f"    {tag}: {tags[('missed', tag)]} missed ({tags[('missed, none read', tag)]} where none was read), "
              f"{tags[('read wrongly', tag)]} read wrongly")


def offer_cause(notice, label: dict, verdict: str) -> str:
    """Why a call is offered wrongly or missed (`verdict`), the first of these that holds: its kind was read otherwise;
    huiqi read no applicant type where the labels name one (so the call is offered to every applicant: a wrong offer,
    never a miss), or the reverse; it read other types; or else its window or region differ."""
    from pipeline.match import NON_APPLICANT_SUBJECTS

    if notice.kind != label["kind"]:
        return "kind read otherwise"
    read = {subject.name for subject in notice.subjects} - NON_APPLICANT_SUBJECTS
    stated = set(label["subjects"]) - NON_APPLICANT_SUBJECTS
    if stated and not read and verdict == "offered wrongly":
        return "no applicant type read (offered to all)"
    if read and not stated:
        return "labels name no applicant type (open to all)"
    if read != stated:
        return "other applicant types read"
    return "window or region"


def match(names: list[str], offers: bool = False, causes: bool = False) -> None:
    """Matching precision and recall per set, as tests/test_national_generalisation.py measures it (matching_pairs);
    with `offers`, each call offered to an applicant the labels do not match, and each match missed; with `causes`,
    the wrong offers and the misses of all the sets counted by their cause (offer_cause)."""
    from test_national_generalisation import matching_pairs

    total = [0, 0, 0]  # expected, offered, both
    counted: Counter[tuple[str, str]] = Counter()  # (verdict, cause) -> pairs
    for name in names:
        records, labels = read_set(name)
        with_ids = [(record_id(record, index, name), record) for index, record in enumerate(records)]
        by_id = {label["aid"]: label for label in labels}
        # (the causes read the extracted calls: extracted once here, matched from these)
        notices = dict(zip((call for call, _record in with_ids), extracted(records, name))) if causes else {}
        expected, offered = matching_pairs(with_ids, by_id, name,
                                           {call: n for call, n in notices.items() if not isinstance(n, Exception)})
        both = len(expected & offered)
        verdicts = ([(pair, "offered wrongly") for pair in offered - expected]
                    + [(pair, "missed") for pair in expected - offered])
        for (call, applicant), verdict in sorted(verdicts) if offers else ():
            print(f"    {call} {verdict}: {applicant}")
        counted.update((verdict, offer_cause(notices[call], by_id[call], verdict))
                       for (call, _who), verdict in verdicts if causes)
        print(f"{name:12s} expected {len(expected):3d}, offered {len(offered):3d}: precision "
              f"{both / len(offered) if offered else 1:.3f}, recall {both / len(expected) if expected else 1:.3f}")
        total = [total[0] + len(expected), total[1] + len(offered), total[2] + both]
    if len(names) > 1:
        print(f"all          expected {total[0]}, offered {total[1]}: precision {total[2] / (total[1] or 1):.3f}, "
              f"recall {total[2] / (total[0] or 1):.3f}")
    for verdict in ("offered wrongly", "missed") if causes else ():
        print(f"{verdict}: {sum(n for (v, _cause), n in counted.items() if v == verdict)}")
        for (v, cause), n in counted.most_common():
            if v == verdict:
                print(f"    {n:4d}  {cause}")


def show(name: str, ids: list[str]) -> None:
    """Each field of the set's notices (or of `ids`) that disagrees with its label, with the evidence of what was read,
    and the label's notes: what a rule author reads first."""
    records, labels = read_set(name)
    by_id = {label["aid"]: label for label in labels}
    chosen = [(index, record) for index, record in enumerate(records)
              if not ids or record_id(record, index, name) in ids]
    for (index, record), notice in zip(chosen, extracted([record for _, record in chosen], name)):
        key = record_id(record, index, name)
        label, got = by_id.get(key, {}), fields_of(notice)
        wrong = [field for field in FIELDS if field in label and got.get(field) != _comparable(field, label[field])]
        if not wrong:
            continue
        print(" | ".join(filter(None, (f"=== {key}", record.get("title") or "(untitled)", record.get("publisher")))))
        for field in wrong:
            print(f"  {field}: label {_comparable(field, label[field])}  got {got.get(field)}")
            for value, evidence in _evidence(notice, field):
                print(f"      {value}: {evidence[:120]}".replace("\n", " "))  # a phone's evidence spans lines
        if label.get("notes"):
            print(f"  notes: {label['notes'][:300]}")


def _comparable(field: str, value):
    """A label's value as fields_of gives the extracted one (lists sorted, but phones in order)."""
    return sorted(value) if isinstance(value, list) and field != "phones" else value


def _evidence(notice, field: str) -> list[tuple[str, str]]:
    if isinstance(notice, Exception):
        return []
    if field == "subjects":
        return [(subject.name, subject.evidence or "") for subject in notice.subjects]
    if field == "regions":
        return [(region.name, region.evidence or "") for region in notice.regions]
    if field in ("deadlines", "apply_deadline"):
        return [(f"{deadline.date} {deadline.label}", deadline.evidence or "") for deadline in notice.deadlines]
    if field == "phones":
        return [(phone.number, phone.evidence or "") for phone in notice.phones]
    if field == "kind":
        return [(notice.kind, notice.kind_evidence or "")]
    return []


def fields_of(notice) -> dict:
    if isinstance(notice, Exception):
        return {"error": str(notice)}
    fields = {"kind": notice.kind, "regions": sorted(r.name for r in notice.regions),
              "deadlines": sorted(d.date.isoformat() for d in notice.deadlines),
              "apply_deadline": notice.apply_deadline.isoformat() if notice.apply_deadline else None,
              "phones": [p.number for p in notice.phones], "subjects": sorted(s.name for s in notice.subjects)}
    if notice.title_derived:  # (a record without a title: what normalize derived for it, which the labels do not hold)
        fields["derived_title"] = notice.title
    return fields


def dump(out: str, names: list[str]) -> None:
    outputs = {}
    for name in names:
        records, _ = read_set(name)
        for index, (record, notice) in enumerate(zip(records, extracted(records, name))):
            outputs[f"{name}:{record_id(record, index, name)}"] = fields_of(notice)
    Path(out).write_text(json.dumps(outputs, ensure_ascii=False, indent=0), "utf-8")
    print(f"{len(outputs)} outputs written to {out}")


def closeness(value, label) -> float:
    if isinstance(value, list):
        got, want = set(value), set(label)
        return 2 * len(got & want) / (len(got) + len(want)) if got or want else 1.0
    return float(value == label)


def compare(before: str, after: str) -> None:
    """Each field that changed between two dumps, and whether it moved to its label, closer, away or neither; then the
    moved texts the project's records already name (a rule an earlier round tried on them is read before another is)."""
    a, b = json.loads(Path(before).read_text("utf-8")), json.loads(Path(after).read_text("utf-8"))
    labels = {}
    for name in sorted({key.split(":")[0] for key in b}):
        for label in read_set(name)[1]:
            labels[f"{name}:{label['aid']}"] = label
    tally, changed = {"to label": 0, "closer": 0, "away": 0, "same distance": 0, "no label": 0}, 0
    moved: list[str] = []  # the text ids whose fields changed
    for key, fields in b.items():
        if a.get(key) == fields:
            continue
        changed += 1
        moved.append(key.rsplit(":", 1)[-1])
        for field, value in fields.items():
            old = a.get(key, {}).get(field)
            if old == value:
                continue
            label = labels.get(key, {}).get(field, "∅")
            if label == "∅":
                verdict = "no label"
            else:
                label = _comparable(field, label)
                now, then = closeness(value, label), closeness(old, label)
                verdict = ("to label" if now == 1 else "closer" if now > then else "away" if now < then
                           else "same distance")
            tally[verdict] += 1
            print(f"{key} {field}: {old} -> {value}  label {label}  [{verdict}]")
    print(changed, "outputs changed;", tally)
    # the texts a change moves that earlier rounds already name: a rule tried on them, maybe taken back, is read first
    rounds: dict[str, set[int | None]] = {}
    for text_id, _, number, _ in _named_in_records(moved):
        rounds.setdefault(text_id, set()).add(number)
    for text_id, numbers in rounds.items():
        places = ", ".join(_round_name(n) for n in sorted(numbers, key=lambda n: n or 0))  # ("no round" first)
        print(f"{text_id} is named by the records ({places}): `tried {text_id}` says where")


# Near copies: the share of a notice's 8-character runs (whitespace removed) found in one other notice, and the
# 14-character runs the tests' string literals hold. A notice above either limit is listed with what it repeats.
GRAM = 8
QUOTED_RUN = 14
COPY_SHARE = 0.3
QUOTED_RUNS = 3


def _plain(record: dict) -> str:
    """A record's title and text, read by the keys import reads (a WeChat dump's 标题 and 内容 too), without
    whitespace."""
    from pipeline.importer import FieldMap

    fields = FieldMap()
    return "".join(f"{fields.value(record, 'title') or ''}{fields.value(record, 'content') or ''}".split())


def _runs(text: str, width: int) -> set[str]:
    return {text[i:i + width] for i in range(len(text) - width + 1)}


def _shared_records() -> dict[str, str]:
    """Every notice of ../shared by id, the national held-out third included: a copy of it must not be tuned on."""
    texts = {}
    for path, prefix in ((SHARED / "national/notices.json", "national"), (SHARED / "data/notices_dev.json", "jiangsu")):
        if path.exists():
            for index, record in enumerate(json.loads(path.read_text("utf-8"))):
                texts[f"{prefix}:{record_id(record, index, prefix)}"] = _plain(record)
    return texts


def _quoted_runs() -> dict[str, str]:
    """Each 14-character run of the tests' string literals, with the first test file holding it."""
    quoted: dict[str, str] = {}
    for path in sorted((TREE / "tests").glob("*.py")):
        for literal in re.findall(r'"([^"\n]{%d,})"' % QUOTED_RUN, path.read_text("utf-8")):
            for run in _runs("".join(literal.split()), QUOTED_RUN):
                quoted.setdefault(run, path.name)
    return quoted


def copies(new: list[str], against: list[str]) -> None:
    """Each notice of the new sets that repeats another notice (of the new sets, the sets against, ../shared) or the
    tests' quotations, with the share it repeats and the runs quoted."""
    texts, new_keys = _shared_records(), []
    for name in new + against:
        for index, record in enumerate(read_set(name)[0]):
            key = f"{name}:{record_id(record, index, name)}"
            texts[key] = _plain(record)
            if name in new:
                new_keys.append(key)
    grams = {key: _runs(text, GRAM) for key, text in texts.items()}
    quoted = _quoted_runs()
    listed = 0
    for key in dict.fromkeys(new_keys):
        mine = grams[key]
        if not mine:
            continue
        share, other = max(((len(mine & theirs) / len(mine), k) for k, theirs in grams.items() if k != key),
                           default=(0.0, ""))
        hits = [run for run in _runs(texts[key], QUOTED_RUN) if run in quoted]
        if share > COPY_SHARE or len(hits) > QUOTED_RUNS:
            listed += 1
            files = ", ".join(sorted({quoted[run] for run in hits}))
            print(f"{key}: {share:.2f} of its 8-character runs in {other}; {len(hits)} runs the tests quote"
                  + (f" ({files})" if files else ""))
    print(f"{listed} notices to read before use")


# Where the project's own records name a set's text: each round's account (README, docs/accuracy-history.md), its test
# file and the rules' comments.
RECORD_GLOBS = ("README.md", "docs/*.md", "tests/test_*.py", "pipeline/**/*.py")
ROUND_OPENS = re.compile(r"^Round (?P<round>\d+) \(|^\| (?P<row>\d+)[,:]")
TEST_ROUND = re.compile(r"test_round_(\d+)\.py$")
EXCERPT_CHARS = 70


def _named_in_records(ids: list[str]) -> Iterator[tuple[str, str, int | None, str]]:
    """(text id, "path:line", its round's number or None, the words around it) for each place the project's records name
    one of `ids` (a set's text, "r577_04"): the round a place belongs to is the round whose paragraph or row it stands in,
    or whose test file it is."""
    wanted = {text_id: re.compile(re.escape(text_id) + r"(?!\d)") for text_id in ids}
    for pattern in RECORD_GLOBS:
        for path in sorted(TREE.glob(pattern)):
            test_round = TEST_ROUND.search(path.name)
            current = int(test_round.group(1)) if test_round else None
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                opened = ROUND_OPENS.match(line) if path.suffix == ".md" else None
                if opened:
                    current = int(opened.group("round") or opened.group("row"))
                for text_id, name in wanted.items():
                    for found in name.finditer(line):
                        start = max(0, found.start() - EXCERPT_CHARS)
                        yield (text_id, f"{path.relative_to(TREE)}:{number}", current,
                               line[start:found.end() + EXCERPT_CHARS].strip())


def _round_name(number: int | None) -> str:
    return f"round {number}" if number is not None else "no round"


def tried(ids: list[str]) -> None:
    """Each place the project's records name one of `ids`, with the round it belongs to and the words around it: a rule
    a round tried on the text, and maybe took back, is there before anyone tries it again."""
    for text_id, place, number, excerpt in _named_in_records(ids):
        print(f"{text_id}: {place} ({_round_name(number)}): {excerpt}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    scored = commands.add_parser("score")
    scored.add_argument("--disagreements", action="store_true")
    scored.add_argument("sets", nargs="+")
    matched = commands.add_parser("match")
    matched.add_argument("--offers", action="store_true")
    matched.add_argument("--causes", action="store_true")
    matched.add_argument("sets", nargs="+")
    counted = commands.add_parser("errors")
    counted.add_argument("sets", nargs="+")
    shown = commands.add_parser("show")
    shown.add_argument("set")
    shown.add_argument("ids", nargs="*")
    dumped = commands.add_parser("dump")
    dumped.add_argument("out")
    dumped.add_argument("sets", nargs="+")
    compared = commands.add_parser("compare")
    compared.add_argument("before")
    compared.add_argument("after")
    copied = commands.add_parser("copies")
    copied.add_argument("new", nargs="+")
    copied.add_argument("--against", nargs="*", default=[])
    looked_up = commands.add_parser("tried")
    looked_up.add_argument("ids", nargs="+")
    args = parser.parse_args()
    if args.command == "score":
        score(args.sets, args.disagreements)
    elif args.command == "match":
        match(args.sets, args.offers, args.causes)
    elif args.command == "errors":
        errors(args.sets)
    elif args.command == "show":
        show(args.set, args.ids)
    elif args.command == "dump":
        dump(args.out, args.sets)
    elif args.command == "copies":
        copies(args.new, args.against)
    elif args.command == "tried":
        tried(args.ids)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
