"""Whoosh searches ranked by relevance are scored in bulk (index/whoosh_bulk.py): the same hits, order,
scores, totals and facets as Whoosh's own matchers give, over segments with deleted documents."""
from __future__ import annotations

import pytest
from whoosh import query as wq
from whoosh.query.compound import DefaultOr

import index.notice_index as notice_index
import index.whoosh_bulk as bulk
from index import NoticeIndex, parse_filters
from pipeline.extract import extract_notice
from tests.test_index_support import as_doc, sample_notices

QUERIES = [
    "专精特新", "高企 培育库", "企业技术中心 申报", "苏州 公示", "数字化转型 服务商", "人才", "揭榜挂帅", "AI",
    "知识产权", "常州 专项资金", "科技计划 拟立项", "5G工厂", "南京 申报",
    "智能工厂 OR 绿色工厂", "专精特新 -公示", "申报 -苏州 -南京", '"企业技术中心"', '"中小企业 数字化转型"',
    '"专精特新 中小企业 认定"', "拟认定 名单 公示", "不存在的词语组合xyz",
    # a phrase beside a word, or excluded: looked for only where the rest matches
    '揭榜挂帅 "企业 申报"', '申报 -"专精特新 中小企业"',
]
FILTERS = [None, {"kind": "call"}, {"region": "江苏省"}, {"kind": "publicity", "region": "苏州市"}]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """The samples in three commits (three segments), then three notices deleted and one replaced:
    postings of deleted documents are still on disk and must not count."""
    docs = [as_doc(extract_notice(notice)) for notice in sample_notices()]
    ix = NoticeIndex(tmp_path_factory.mktemp("bulk") / "index")
    for start in range(0, len(docs), 25):
        ix.update(docs[start:start + 25])
    ix.delete([docs[3].notice.id, docs[30].notice.id, docs[55].notice.id])
    ix.update([docs[10]])
    return ix


def _search(ix: NoticeIndex, monkeypatch, bulk_scored: bool, *args, **kwargs):
    with monkeypatch.context() as patch:
        if bulk_scored:  # however few documents the filters allow in 62 samples
            patch.setattr(notice_index, "BULK_MIN_ALLOWED", 0)
        else:
            patch.setattr(NoticeIndex, "_bulk_search", lambda *_: None)
        return ix.search(*args, **kwargs)


def _assert_same(ours, whoosh):
    assert [h.id for h in ours.hits] == [h.id for h in whoosh.hits]
    assert [h.score for h in ours.hits] == pytest.approx([h.score for h in whoosh.hits], rel=1e-12)
    assert (ours.total, ours.facets) == (whoosh.total, whoosh.facets)


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("query", QUERIES)
def test_bulk_scoring_ranks_as_whoosh_does(index, monkeypatch, query, filters):
    parsed = parse_filters(**(filters or {}))
    whoosh = _search(index, monkeypatch, False, query, parsed, limit=50)
    ours = _search(index, monkeypatch, True, query, parsed, limit=50)
    _assert_same(ours, whoosh)


@pytest.mark.parametrize("query", ['揭榜挂帅 "企业 申报"', '申报 -"专精特新 中小企业"', '"企业技术中心" 申报'])
def test_a_phrase_read_from_whole_posting_lists_ranks_as_whoosh_does(index, monkeypatch, query):
    monkeypatch.setattr(bulk, "PHRASE_SKIP_MAX", 0)  # the path for phrases among many candidates
    _assert_same(_search(index, monkeypatch, True, query, limit=50),
                 _search(index, monkeypatch, False, query, limit=50))


def test_an_exclusion_alone_is_kept_under_filters(index):
    # "-公示" with filters once searched the filtered notices without excluding anything
    everything = index.search("", parse_filters(kind="call"), limit=100)
    excluded = index.search("-公示", parse_filters(kind="call"), limit=100)
    assert 0 < excluded.total < everything.total


def test_the_bulk_scorer_evaluates_the_queries_it_is_compared_on(index):
    # the comparison above means something only if the bulk path really ran
    from index.query import parse_query

    searcher = index._current_searcher()
    scorer = bulk.BulkScorer(searcher)
    for query in QUERIES:
        matched, top = scorer.search(parse_query(query).query, 10)
        assert len(top) == min(10, len(matched))
    assert scorer.search(parse_query("专精特新").query, 10)[0].size > 0


def test_a_later_page_and_a_portfolio_restriction_agree_with_whoosh(index, monkeypatch):
    within = [doc.id for doc in sample_notices()[::2]]
    for kwargs in ({"page": 2, "limit": 5}, {"within": within, "limit": 20}):
        _assert_same(_search(index, monkeypatch, True, "申报", **kwargs),
                     _search(index, monkeypatch, False, "申报", **kwargs))


@pytest.mark.parametrize("query", [
    wq.Prefix("text", "专精"),
    DefaultOr([wq.Term("text", "申报"), wq.Term("text", "企业")], scale=0.9),  # Whoosh's coordination
    wq.Term("kind", "call"),  # a field Whoosh scores by weight alone
])
def test_query_shapes_it_does_not_know_are_left_to_whoosh(index, query):
    scorer = bulk.BulkScorer(index._current_searcher())
    with pytest.raises(bulk.Unsupported):
        scorer.search(query, 10)


def test_an_unknown_shape_falls_back(index):
    assert index._bulk_search(index._current_searcher(), wq.Prefix("text", "专精"), 10) is None


def test_kept_postings_stay_within_their_bound(index, monkeypatch):
    monkeypatch.setattr(bulk, "MAX_CACHED_POSTINGS", 300)
    scorer = bulk.BulkScorer(index._current_searcher())
    from index.query import parse_query

    for query in QUERIES:
        scorer.search(parse_query(query).query, 10)
        assert scorer._cached <= 300 or len(scorer._postings) == 1
    # a term read again after being dropped scores the same
    first = scorer.search(parse_query("申报").query, 10)[1]
    for query in QUERIES:
        scorer.search(parse_query(query).query, 10)
    assert scorer.search(parse_query("申报").query, 10)[1] == first


@pytest.mark.parametrize("query", [
    # a compound of one part is that part (Whoosh drops the compound's boost); boosts multiply otherwise
    wq.Or([wq.Term("text", "申报")], boost=0.5),
    wq.And([wq.Term("text", "申报"), wq.Term("title", "通知", boost=2.0)], boost=3.0),
    wq.Or([wq.Term("text", "专精特新"), wq.Term("tags", "专精特新"), wq.Term("text", "认定")]),
    wq.AndNot(wq.Term("text", "企业"), wq.Term("text", "公示")),
    wq.Phrase("text", ["中小企业", "数字化转型"], boost=1.5),
])
def test_raw_query_shapes_score_as_whoosh_does(index, query):
    from whoosh import collectors

    searcher = index._current_searcher()
    collector = collectors.UnlimitedCollector()
    searcher.search_with_collector(query, collector)
    expected = collector.results()
    matched, top = bulk.BulkScorer(searcher).search(query, 20)
    assert sorted(expected.docs()) == matched.tolist()
    assert [d for _, d in top] == [d for _, d in expected.top_n[:20]]
    assert [s for s, _ in top] == pytest.approx([s for s, _ in expected.top_n[:20]], rel=1e-12)


def test_a_narrow_filter_is_left_to_whoosh_matchers(index, monkeypatch):
    # a few allowed documents: Whoosh skips to them instead of reading whole posting lists
    calls = []
    monkeypatch.setattr(NoticeIndex, "_bulk_search", lambda *args: calls.append(args) or None)
    index.search("申报", within=[doc.id for doc in sample_notices()[:5]])
    assert calls == []
    index.search("申报")
    assert len(calls) == 1
