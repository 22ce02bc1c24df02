"""The benchmark's corpus generator: deterministic, varied, and importable. Nothing here is timed."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate_record, write_corpus  # noqa: E402

COUNT = 50


def _records(seed: int, start: int = 0, count: int = COUNT) -> list[dict]:
    return [generate_record(seed, i) for i in range(start, start + count)]


def test_same_seed_same_records():
    assert _records(7) == _records(7)


def test_different_seed_different_records():
    a, b = _records(7), _records(8)
    assert a != b
    assert sum(x["finalContent"] != y["finalContent"] for x, y in zip(a, b)) > COUNT // 2


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one():
    assert _records(7, count=20) == _records(7)[:20]
    assert _records(7, start=30, count=20) == _records(7)[30:]


def test_records_vary():
    records = _records(7)
    assert len({r["链接url"] for r in records}) == COUNT
    assert len({r["文章标识符aid"] for r in records}) == COUNT
    assert len({r["时间time"] for r in records}) > COUNT // 2
    assert len({r["标题title"] for r in records}) > COUNT // 2
    assert len({len(r["finalContent"]) for r in records}) > COUNT // 2
    assert any("江苏" not in r["finalContent"] for r in records if r["finalContent"])


def test_corpus_file_is_written_deterministically(tmp_path):
    a = write_corpus(tmp_path / "a.jsonl", seed=3, count=10)
    b = write_corpus(tmp_path / "b.jsonl", seed=3, count=10)
    assert a.read_bytes() == b.read_bytes()
    lines = a.read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == _records(3, count=10)
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.slow
def test_generated_records_import_cleanly(tmp_path):
    from pipeline.ingest import import_files
    from pipeline.store import Store

    path = write_corpus(tmp_path / "corpus.jsonl", seed=11, count=COUNT)
    store = Store(tmp_path / "data" / "huiqi.db")
    summary = import_files([str(path)], store)
    assert summary.problems == []
    assert summary.counts["new"] == COUNT
    assert summary.counts["rejected"] == 0
    assert store.count() == COUNT
    notices = list(store.iter_notices())
    assert all(n.kind for n in notices)  # extraction ran on every record
    provinces = {r.code[:2] for n in notices for r in n.regions if r.code != "000000"}
    assert len(provinces) > 1  # regions vary, so region filters select subsets
    again = import_files([str(path)], store)
    assert again.counts["unchanged"] == COUNT
