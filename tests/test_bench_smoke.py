"""The benchmark's corpus generators (templated and varied): deterministic, varied, and importable.
Nothing here is timed."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import (  # noqa: E402
    CORPORA, PROGRAMMES, REGIONS, corpus_path, generate_record, generate_varied_record, word_shares, write_corpus,
)

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


# The varied corpus: the same properties, and programmes spread thin.


def _varied(seed: int, start: int = 0, count: int = COUNT) -> list[dict]:
    return [generate_varied_record(seed, i) for i in range(start, start + count)]


def test_varied_same_seed_same_records_and_differs_from_templated():
    assert _varied(7) == _varied(7)
    assert _varied(7) != _varied(8)
    assert sum(v["finalContent"] != t["finalContent"] for v, t in zip(_varied(7), _records(7))) > COUNT // 2
    assert not {r["链接url"] for r in _varied(7)} & {r["链接url"] for r in _records(7)}  # both can share a store


def test_varied_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    assert _varied(7, count=20) == _varied(7)[:20]
    assert _varied(7, start=30, count=20) == _varied(7)[30:]
    small = write_corpus(tmp_path / "small.jsonl", seed=3, count=10, variant="varied")
    large = write_corpus(tmp_path / "large.jsonl", seed=3, count=25, variant="varied")
    assert large.read_text("utf-8").startswith(small.read_text("utf-8"))


def test_corpus_files_of_the_two_variants_do_not_collide():
    assert corpus_path(1000, 5).name == "notices-v1-seed5-1000.jsonl"  # the templated names stay as they were
    assert corpus_path(100, 5, start=1000).name == "notices-v1-seed5-100-from1000.jsonl"
    assert corpus_path(1000, 5, variant="varied").name == "notices-varied-v1-seed5-1000.jsonl"
    assert set(CORPORA) == {"templated", "varied"}


def test_varied_records_vary_year_region_and_programme():
    records = _varied(7, count=200)
    assert len({r["时间time"][:4] for r in records}) >= 8  # of 2016–2026
    assert all("2016-01-01" <= r["时间time"] <= "2026-12-31" for r in records)
    provinces = {p for r in records for p in REGIONS if p in r["标题title"] + r["finalContent"]}
    assert len(provinces) >= 15
    programmes = {p for r in records for p in PROGRAMMES if p in r["标题title"] + r["finalContent"]}
    assert len(programmes) >= 60
    assert len(PROGRAMMES) >= 80 and len(set(PROGRAMMES)) == len(PROGRAMMES)


def test_varied_deadlines_stay_after_publication():
    from pipeline.extract import extract_notice
    from pipeline.records import RawRecord, build_notice
    from pipeline.segment import segment

    with_deadline = 0
    for r in _varied(7, count=150):
        notice = build_notice(RawRecord(title=r["标题title"], content=r["finalContent"],
                                        published=r["时间time"], source="test"))
        extract_notice(notice, segment(notice.text))
        if notice.apply_deadline is not None:
            with_deadline += 1
            assert notice.apply_deadline >= notice.published, (r["时间time"], notice.apply_deadline_evidence)
    assert with_deadline >= 10


def test_a_programme_word_is_common_in_the_templated_corpus_and_rare_in_the_varied_one():
    """The measured contrast the variant exists for (bench/README.md, "Corpora", quotes the figures)."""
    templated = word_shares(_records(20250924, count=2000))
    varied = word_shares(_varied(20250924, count=2000))
    top_templated, top_varied = max(templated.values()), max(varied.values())
    assert top_templated > 0.2  # 知识产权 and 专精特新 about 22 % each
    assert top_varied < 0.12  # well under a third: 知识产权 about 9 %, the median word 3 %
    assert top_templated > 2.5 * top_varied


@pytest.mark.slow
def test_varied_records_import_cleanly(tmp_path):
    from pipeline.ingest import import_files
    from pipeline.store import Store

    path = write_corpus(tmp_path / "varied.jsonl", seed=11, count=COUNT, variant="varied")
    store = Store(tmp_path / "data" / "huiqi.db")
    summary = import_files([str(path)], store)
    assert summary.problems == []
    assert summary.counts["new"] == COUNT
    assert summary.counts["rejected"] == 0
    notices = list(store.iter_notices())
    assert all(n.kind for n in notices)
    provinces = {r.code[:2] for n in notices for r in n.regions if r.code != "000000"}
    assert len(provinces) >= 10  # regions across China, not only Jiangsu
    assert import_files([str(path)], store).counts["unchanged"] == COUNT
