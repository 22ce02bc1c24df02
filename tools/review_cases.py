"""Run a code review's cases against a change and its base, and write the cases that read right as test rows.

A round of the blind-set method (README, "Extraction accuracy") has each rule reviewed by someone who invents texts
near its edges. The review is a Python file defining CASES, a list of dicts:

    {"id": "n_...",  (n_ for a text the change must not alter, f_ for one it should fix)
     "field": "kind" | "subjects" | "deadlines" | "apply_deadline" | "regions" | "phones",
     "title": "...", "text": "...", "published": "YYYY-MM-DD" or None, "account": None or a source account,
     "expected": the value the guide gives (a list, one value, or None), "why": "the reviewer's reason"}

Each case is read as a round's test file reads it (tests/round_helpers.py's `review_reading` of the tree read), so a
case that passes here passes as a test row.

    .venv/bin/python tools/review_cases.py run CASES.py --at TREE                 # each case: PASS or FAIL
    .venv/bin/python tools/review_cases.py run CASES.py --at TREE --compare BASE  # …and REGRESSION / FIXED against BASE
    .venv/bin/python tools/review_cases.py rows CASES.py --at TREE --prefix j1    # pytest rows of the cases read right

Each tree is read in a subprocess of its own, so two checkouts' `pipeline` packages never meet in one interpreter.
"""
from __future__ import annotations

import argparse
import json
import runpy
import subprocess
import sys
from pathlib import Path

FIELDS = ("kind", "subjects", "deadlines", "apply_deadline", "regions", "phones")


def load_cases(path: Path) -> list[dict]:
    """The CASES a review file defines, each checked for the keys a case needs."""
    cases = runpy.run_path(str(path)).get("CASES")
    if not isinstance(cases, list):
        raise SystemExit(f"{path}: no list named CASES")
    seen = set()
    for index, case in enumerate(cases):
        missing = {"id", "field", "title", "text", "expected"} - set(case)
        if missing:
            raise SystemExit(f"{path}: case {index}: missing {', '.join(sorted(missing))}")
        if case["field"] not in FIELDS:
            raise SystemExit(f"{path}: case {case['id']}: field {case['field']!r} is not one of {', '.join(FIELDS)}")
        if case["id"] in seen:
            raise SystemExit(f"{path}: case {case['id']}: id used twice")
        seen.add(case["id"])
    return cases


def read_at(tree: Path, cases_path: Path) -> dict[str, dict]:
    """Each case's reading at `tree` ({id: {"got", "expected", "passed"}}), read in a subprocess."""
    done = subprocess.run([sys.executable, __file__, "_read", str(cases_path), "--at", str(tree)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"reading the cases at {tree} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _read_here(tree: Path, cases_path: Path) -> dict[str, dict]:
    """(In the subprocess.) Each case read with the tree's own `review_reading`; a crash is the case's reading."""
    sys.path[:0] = [str(tree), str(tree / "tests")]
    import pipeline
    from round_helpers import review_expected, review_reading

    if not Path(pipeline.__file__).resolve().is_relative_to(tree):
        raise SystemExit(f"pipeline loaded from {pipeline.__file__}, not from {tree}")
    results = {}
    for case in load_cases(cases_path):
        try:
            # (an account only where a case gives one: a base checkout's helper may not take it)
            account = {"account": case["account"]} if case.get("account") else {}
            got = review_reading(case["field"], case["title"], case["text"], case.get("published"), **account)
        except Exception as exc:  # (shown as the case's reading, not raised: one broken case fails alone)
            got = f"{type(exc).__name__}: {exc}"
        expected = review_expected(_expected(case))
        results[case["id"]] = {"field": case["field"], "got": got, "expected": expected, "passed": got == expected}
    return results


def _expected(case: dict):
    """A case's expected value as its test row carries it: subjects sorted, as `review_reading` sorts those it reads
    (so a case passes here exactly when its row passes)."""
    expected = case["expected"]
    return sorted(expected) if case["field"] == "subjects" and isinstance(expected, list) else expected


def _shown(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def run(cases_path: Path, tree: Path, base: Path | None) -> None:
    load_cases(cases_path)  # (a malformed case is named here, before any tree reads it)
    results = read_at(tree, cases_path)
    at_base = read_at(base, cases_path) if base else None
    counts = {"pass": 0, "fail": 0, "regression": 0, "fixed": 0}
    for case_id, result in results.items():
        counts["pass" if result["passed"] else "fail"] += 1
        line = (f"{'PASS' if result['passed'] else 'FAIL'} {case_id} {result['field']}: got {_shown(result['got'])}, "
                f"expected {_shown(result['expected'])}")
        if at_base is not None:
            before = at_base[case_id]
            mark = "REGRESSION" if before["passed"] and not result["passed"] \
                else "FIXED" if result["passed"] and not before["passed"] else ""
            if mark:
                counts[mark.lower()] += 1
            line = f"{mark:10} {line}; at base {_shown(before['got'])}"
        print(line)
    summary = f"{len(results)} cases: {counts['pass']} pass, {counts['fail']} fail"
    if at_base is not None:
        summary += f"; {counts['regression']} regressions, {counts['fixed']} fixed against the base"
    print(summary)


def rows(cases_path: Path, tree: Path, prefix: str) -> None:
    """pytest.param rows (field, title, text, published, expected) of the cases read right at `tree`, each under its
    reviewer's reason, for a round's REVIEW_CASES."""
    cases = load_cases(cases_path)
    with_account = [case["id"] for case in cases if case.get("account")]
    if with_account:  # (refused before any row is written)
        raise SystemExit(f"{cases_path}: case {with_account[0]}: a test row carries no account")
    results = read_at(tree, cases_path)
    for case in cases:
        if not results[case["id"]]["passed"]:
            continue
        row_id = f"{prefix}-{case['id']}".replace("_", "-")
        print(f"    # {case.get('why', '')}".rstrip())
        print(f"    pytest.param({case['field']!r}, {case['title']!r}, {case['text']!r}, {case.get('published')!r},")
        print(f"                 {_expected(case)!r}, id={row_id!r}),")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{run,rows}")
    run_parser = commands.add_parser("run", help="each case's reading at a tree, against a base's")
    rows_parser = commands.add_parser("rows", help="pytest rows of the cases read right at a tree")
    read_parser = commands.add_parser("_read")  # (the subprocess that reads one tree)
    for sub in (run_parser, rows_parser, read_parser):
        sub.add_argument("cases", type=Path, help="the review's file defining CASES")
        sub.add_argument("--at", type=Path, required=True, help="the checkout to read the cases with")
    run_parser.add_argument("--compare", type=Path, help="a base checkout: mark regressions and fixes against it")
    rows_parser.add_argument("--prefix", required=True, help="the rows' id prefix, one per review (j1, w1 …)")
    args = parser.parse_args()
    cases_path, tree = args.cases.resolve(), args.at.resolve()
    if args.command == "_read":
        print(json.dumps(_read_here(tree, cases_path), ensure_ascii=False))
    elif args.command == "run":
        run(cases_path, tree, args.compare.resolve() if args.compare else None)
    else:
        rows(cases_path, tree, args.prefix)


if __name__ == "__main__":
    main()
