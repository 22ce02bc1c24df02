"""Ranking quality on judged queries over the 62 sample notices (tests/data/judged_queries.json).

The judgments were made by reading the notices; the floor is only lowered on purpose.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from index_engines import ENGINES, make_index
from test_index_support import sample_docs

JUDGED = Path(__file__).parent / "data" / "judged_queries.json"
NDCG_FLOOR = 0.90
CUTOFF = 10


def ndcg(ranked: list[str], grades: dict[str, int], k: int = CUTOFF) -> float:
    """Normalised discounted cumulative gain with gains 2^grade - 1."""
    def dcg(values: list[int]) -> float:
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(values[:k]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(s, 0) for s in ranked]) / ideal if ideal else 0.0


def test_ndcg_formula():
    assert ndcg(["a", "b"], {"a": 2, "b": 1}) == pytest.approx(1.0)
    assert ndcg(["b", "a"], {"a": 2, "b": 1}) < 1.0
    assert ndcg(["x"], {"a": 2}) == 0.0


@pytest.fixture(scope="module")
def judged():
    return json.loads(JUDGED.read_text(encoding="utf-8"))["queries"]


@pytest.fixture(scope="module", params=ENGINES)
def index(request, tmp_path_factory):
    """The sample on each engine: both must meet the same floor (their scores differ, see
    test_tantivy_index.py for how far their rankings may)."""
    ix = make_index(request.param, tmp_path_factory.mktemp(f"relevance-{request.param}") / "index")
    ix.update(sample_docs())
    return ix


def test_judgments_name_sample_notices(judged):
    known = {doc.notice.source_id for doc in sample_docs()}
    assert len(judged) >= 20
    for entry in judged:
        assert entry["relevant"], entry["query"]
        assert set(entry["relevant"]) <= known, entry["query"]
        assert set(entry["relevant"].values()) <= {1, 2}


def test_mean_ndcg_at_10_meets_the_floor(index, judged):
    scores = {}
    for entry in judged:
        results = index.search(entry["query"], limit=CUTOFF, highlight=False)
        scores[entry["query"]] = ndcg([hit.record["source_id"] for hit in results.hits], entry["relevant"])
    mean = sum(scores.values()) / len(scores)
    worst = sorted(scores.items(), key=lambda item: item[1])[:5]
    assert mean >= NDCG_FLOOR, f"mean nDCG@{CUTOFF} {mean:.3f} < {NDCG_FLOOR}; worst: {worst}"
