#!/usr/bin/env python
"""Import-path speed of two checkouts of huiqi, measured against each other in one run.

    git worktree add --detach /tmp/start <rev>
    .venv/bin/python bench/compare_trees.py /tmp/start . --pairs 8 [SET_DIR ...]

Each run is a fresh process that imports `pipeline` from one tree, builds the notices of ../shared (national, the
Jiangsu account's, external) and of any set directories given (their notices.json), analyses them once as a warm-up
and then times `pipeline.analysis.analyse` (segment once, then extract) over all of them. The two trees alternate,
and which goes first alternates too; it prints ms a notice per run, both medians and how often the second tree was
faster. The machine is shared: read a difference smaller than the spread of one tree's own runs as none.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_RECORDS = ("national/notices.json", "data/notices_dev.json", "external/notices.json")

RUN_ONE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pipeline.analysis import analyse
from pipeline.importer import FieldMap
from pipeline.records import build_notice

records, fields = json.load(open(sys.argv[2], encoding="utf-8")), FieldMap()

def notices():
    built = []
    for index, record in enumerate(records):
        try:
            built.append(build_notice(fields.raw_record(record, f"bench#{index}", "bench")))
        except Exception:
            pass  # a record import would reject is not timed
    return built

for notice in notices():  # warm-up: dictionaries, patterns, caches
    analyse(notice)
batch = notices()
start = time.perf_counter()
for notice in batch:
    analyse(notice)
print((time.perf_counter() - start) * 1000 / len(batch))
"""


def corpus(set_dirs: list[str], into: Path, shared: bool = True) -> int:
    records = []
    for path in [SHARED / name for name in SHARED_RECORDS if shared and (SHARED / name).exists()]:
        records += json.loads(path.read_text("utf-8"))
    for directory in set_dirs:
        records += json.loads((Path(directory) / "notices.json").read_text("utf-8"))
    into.write_text(json.dumps(records, ensure_ascii=False), "utf-8")
    return len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", help="the baseline tree (a checkout of huiqi)")
    parser.add_argument("second", help="the tree measured against it")
    parser.add_argument("sets", nargs="*", help="set directories whose notices.json join the corpus")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--without-shared", action="store_true", help="time the set directories' notices only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, runner = Path(tmp, "records.json"), Path(tmp, "run_one.py")
        print(corpus(args.sets, data, shared=not args.without_shared), "notices")
        runner.write_text(RUN_ONE, "utf-8")

        def ms_a_notice(tree: str) -> float:
            run = subprocess.run([sys.executable, str(runner), str(Path(tree).resolve()), str(data)],
                                 capture_output=True, text=True, check=True, cwd=tmp)
            return float(run.stdout.split()[-1])

        first, second = [], []
        for pair in range(args.pairs):
            order = [(args.first, first), (args.second, second)]
            for tree, times in order if pair % 2 == 0 else reversed(order):
                times.append(ms_a_notice(tree))
            print(f"pair {pair + 1}: first {first[-1]:.3f}  second {second[-1]:.3f}", flush=True)
    faster = sum(b < a for a, b in zip(first, second))
    print(f"medians {statistics.median(first):.3f} / {statistics.median(second):.3f} ms a notice; "
          f"the second faster in {faster} of {args.pairs}; runs from {min(first + second):.3f} to "
          f"{max(first + second):.3f}")


if __name__ == "__main__":
    main()
