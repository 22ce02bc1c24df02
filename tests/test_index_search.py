"""Searching: the query language, every filter, sorting, paging, facets, highlights and rendering."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from rich.console import Console

from index import FilterError, IndexMissingError, SearchFilters, parse_filter_date, parse_filters
from rich.cells import cell_len

from index.render import deadline_cell, render_json, render_table, results_json
from index_engines import ENGINES, make_index
from test_index_support import as_doc, make_notice

# 吴中区 320506 is in 苏州市 320500, in 江苏省 320000; 玄武区 320102 in 南京市 320100; 杭州市 330100 in 浙江省.
NOTICES = [
    make_notice("wuzhong-call", "吴中区专精特新企业奖励申报", "吴中区对新认定的专精特新中小企业给予奖励。请于截止日前申报。",
                kind="call", regions=("320506",), published=date(2025, 9, 1), apply_deadline=date(2025, 9, 30),
                subjects=("专精特新中小企业",)),
    make_notice("suzhou-call", "苏州市企业技术中心申报通知", "组织开展2025年市级企业技术中心申报工作，申报截止10月30日。",
                kind="call", regions=("320500",), published=date(2025, 9, 10), apply_deadline=date(2025, 10, 30),
                subjects=("高新技术企业",), tags=("苏州",)),
    make_notice("jiangsu-list", "江苏省高新技术企业培育库入库名单公示", "现将高新技术企业培育库入库企业名单予以公示，公示期5个工作日。",
                kind="publicity", regions=("320000",), published=date(2025, 9, 15),
                deadlines=(date(2025, 9, 22),)),
    make_notice("national-policy", "工业和信息化部关于人工智能赋能制造业的指导意见", "推动人工智能与制造业深度融合，支持企业开展数字化转型。",
                kind="policy", regions=("000000",), published=date(2025, 8, 20)),
    make_notice("nanjing-call", "南京市中试平台备案申报", "玄武区企业可申报中试平台备案，截止9月29日17:00。",
                kind="call", regions=("320102",), published=date(2025, 9, 5), apply_deadline=date(2025, 9, 29)),
    make_notice("hangzhou-call", "杭州市专精特新企业认定申报", "杭州市组织开展专精特新中小企业认定，申报至10月10日。",
                kind="call", regions=("330100",), published=date(2025, 9, 12), apply_deadline=date(2025, 10, 10)),
    make_notice("no-deadline", "关于首台（套）重大技术装备推广应用的通知", "对首台（套）重大技术装备给予保险补偿，长期有效。",
                kind="policy", regions=("320000",), published=date(2025, 9, 20)),
]


@pytest.fixture(scope="module", params=ENGINES)
def engine(request) -> str:
    """Every test of this module runs on each search engine (index_engines.ENGINES)."""
    return request.param


@pytest.fixture(scope="module")
def index(engine, tmp_path_factory):
    ix = make_index(engine, tmp_path_factory.mktemp(f"search-{engine}") / "index")
    ix.update(as_doc(n) for n in NOTICES)
    return ix


def ids(results) -> list[str]:
    return [hit.id for hit in results.hits]


def search_ids(index, query="", **filters) -> set[str]:
    return set(ids(index.search(query, SearchFilters(**filters), limit=50)))


# -- query language ------------------------------------------------------------------------------------

def test_words_must_all_match(index):
    assert search_ids(index, "专精特新 吴中区") == {"wuzhong-call"}


def test_quoted_phrase_keeps_word_order(index):
    assert search_ids(index, '"企业技术中心申报"') == {"suzhou-call"}
    assert search_ids(index, '"申报企业技术中心"') == set()


def test_or_joins_alternatives(index):
    assert search_ids(index, "中试平台 OR 首台套") == {"nanjing-call", "no-deadline"}


def test_minus_and_not_exclude(index):
    assert search_ids(index, "专精特新 -杭州") == {"wuzhong-call"}
    assert search_ids(index, "专精特新 NOT 吴中区") == {"hangzhou-call"}


def test_excluded_word_also_excludes_a_segments_first_match(engine, tmp_path):
    """The first notice matching the wanted word is excluded even when an earlier notice holds only
    the excluded word (Whoosh's own AND NOT let that first match through)."""
    ix = make_index(engine, tmp_path / "index")
    ix.update(as_doc(n) for n in [
        make_notice("only-excluded", "名单公示", "现将名单予以公示。"),
        make_notice("both", "专精特新企业名单公示", "专精特新企业名单予以公示。"),
        make_notice("wanted", "专精特新企业奖励申报", "专精特新企业可申报奖励。"),
    ])
    results = ix.search("专精特新 -公示")
    assert ids(results) == ["wanted"]
    assert results.total == 1
    assert [(f.label, f.count) for f in results.facets["kind"]] == [("unclassified", 1)]


def test_full_width_operators_work(index):
    assert search_ids(index, "专精特新　－杭州") == {"wuzhong-call"}
    assert search_ids(index, "中试平台 ＯＲ 首台套") == {"nanjing-call", "no-deadline"}


def test_synonym_in_query(index):
    assert search_ids(index, "AI") == {"national-policy"}
    assert search_ids(index, "高企 培育库") == {"jiangsu-list"}


def test_a_synonym_of_several_words_is_one_indexed_term(engine, tmp_path):
    from whoosh import query as wq

    from index.query import parse_query

    ix = make_index(engine, tmp_path / "index")
    ix.update([as_doc(make_notice("long", "推进信息化和工业化融合", "支持企业推进信息化和工业化融合发展。")),
               as_doc(make_notice("short", "两化融合贯标", "组织开展两化融合管理体系贯标。")),
               as_doc(make_notice("apart", "信息化建设", "推进信息化建设，和工业化水平提升相融合。"))])
    assert search_ids(ix, "两化融合") == {"long", "short"}
    assert search_ids(ix, "信息化和工业化融合") == {"long", "short"}
    assert search_ids(ix, "高企") == set()
    # neither query walks positions: the long spelling is the group's canonical term, not a phrase
    for typed in ("两化融合", "信息化和工业化融合"):
        assert not [q for q in parse_query(typed).query.leaves() if isinstance(q, wq.Phrase)]
    # the word as typed still ranks first
    assert [hit.id for hit in ix.search("两化融合").hits][0] == "short"


def test_bracketed_term_found_without_brackets(index):
    assert search_ids(index, "首台套") == {"no-deadline"}


def test_title_tags_are_searched(index):
    assert "suzhou-call" in search_ids(index, "苏州")


def test_a_query_holds_at_most_32_distinct_words_and_repeats_are_searched_once(index):
    from index.query import MAX_QUERY_TERMS, parse_query

    words = [f"词{i}" for i in range(MAX_QUERY_TERMS + 1)]
    with pytest.raises(FilterError, match=f"at most {MAX_QUERY_TERMS} distinct words and phrases, this one 33"):
        index.search(" ".join(words))
    with pytest.raises(FilterError, match="at most 32"):
        parse_query(" OR ".join(words[:20]) + ' "' + '" "'.join(words[20:]) + '"')
    assert index.search(" ".join(words[:MAX_QUERY_TERMS])).total == 0  # 32 is fine
    # a word pasted 160 times is one word: the same query, the same notices, and quick
    assert parse_query("专精特新 " * 160).query == parse_query("专精特新").query
    assert parse_query("专精特新 申报 " * 80).query == parse_query("专精特新 申报").query
    assert search_ids(index, "专精特新 " * 160) == search_ids(index, "专精特新")
    # run together without spaces, its repeated terms are searched once too
    assert len(list(parse_query("申报" * 200).query.leaves())) < 10
    assert search_ids(index, "申报" * 200) == search_ids(index, "申报")


def test_punctuation_only_query_matches_nothing(index):
    assert index.search("！！").total == 0


def test_empty_query_lists_all_newest_first(index):
    results = index.search("", limit=50)
    assert results.total == len(NOTICES)
    published = [hit.published for hit in results.hits]
    assert published == sorted(published, reverse=True)


# -- filters ---------------------------------------------------------------------------------------------

def test_kind_filter(index):
    assert search_ids(index, kind="publicity") == {"jiangsu-list"}


def test_filters_narrow_matches_without_changing_scores(index):
    unfiltered = {hit.id: hit.score for hit in index.search("申报", limit=50).hits}
    filtered = index.search("申报", SearchFilters(region="江苏省"), limit=50)
    assert {hit.id for hit in filtered.hits} == {"wuzhong-call", "suzhou-call", "nanjing-call"}
    assert filtered.total == 3
    assert all(hit.score == unfiltered[hit.id] for hit in filtered.hits)
    assert index.search("申报", SearchFilters(kind="policy")).total == 0


def test_within_restricts_to_the_given_ids_and_keeps_their_scores(index):
    everything = {hit.id: hit.score for hit in index.search("申报", limit=100).hits}
    chosen = sorted(everything)[:2] + ["not-indexed"]
    within = index.search("申报", limit=100, within=chosen)
    assert {hit.id: hit.score for hit in within.hits} == {i: everything[i] for i in chosen[:2]}
    assert within.total == 2
    assert index.search("申报", SearchFilters(kind="publicity"), within=chosen).total == sum(
        1 for hit in index.search("申报", SearchFilters(kind="publicity"), limit=100).hits if hit.id in chosen)
    assert index.search("申报", within=[]).total == 0


def test_unknown_kind_is_an_error(index):
    with pytest.raises(FilterError, match="unknown kind"):
        index.search("", SearchFilters(kind="memo"))


def test_region_finds_notices_inside_it(index):
    assert search_ids(index, region="江苏省") == {"wuzhong-call", "suzhou-call", "jiangsu-list", "nanjing-call", "no-deadline"}
    assert search_ids(index, region="苏州市") == {"wuzhong-call", "suzhou-call"}
    assert search_ids(index, region="320506") == {"wuzhong-call"}


def test_in_scope_of_finds_notices_whose_scope_contains_it(index):
    assert search_ids(index, in_scope_of="吴中区") == {
        "wuzhong-call", "suzhou-call", "jiangsu-list", "national-policy", "no-deadline"}
    assert search_ids(index, in_scope_of="杭州") == {"hangzhou-call", "national-policy"}


def test_unknown_region_is_an_error(index):
    with pytest.raises(FilterError, match="unknown region"):
        index.search("", SearchFilters(region="亚特兰蒂斯"))


def test_subject_filter_and_its_synonyms(index):
    assert search_ids(index, subject="高新技术企业") == {"suzhou-call"}
    assert search_ids(index, subject="高企") == {"suzhou-call"}
    assert search_ids(index, subject="专精特新") == {"wuzhong-call"}
    # open to the type: a 小巨人 is a 专精特新中小企业, so calls for those are open to it too
    assert search_ids(index, subject="专精特新小巨人企业") == {"wuzhong-call"}
    assert search_ids(index, subject="中小企业") == set()  # an SME is not thereby 专精特新


def test_unknown_subject_is_an_error_listing_the_tags():
    with pytest.raises(FilterError, match="unknown subject '外星企业': expected one of .*高新技术企业"):
        parse_filters(subject="外星企业")
    assert parse_filters(subject=" 高企 ").subject == "高新技术企业"


def test_open_on_uses_apply_deadline_else_latest_deadline(index):
    assert search_ids(index, open_on=date(2025, 9, 16)) == {
        "wuzhong-call", "suzhou-call", "jiangsu-list", "nanjing-call", "hangzhou-call"}
    # not yet published on 9-11: hangzhou (9-12); closed by 10-01: wuzhong, nanjing, the list
    assert search_ids(index, open_on=date(2025, 10, 1)) == {"suzhou-call", "hangzhou-call"}
    assert search_ids(index, open_on=date(2025, 9, 11)) == {"wuzhong-call", "suzhou-call", "nanjing-call"}


def test_deadline_range(index):
    assert search_ids(index, deadline_before=date(2025, 9, 29)) == {"jiangsu-list", "nanjing-call"}
    assert search_ids(index, deadline_after=date(2025, 10, 1)) == {"suzhou-call", "hangzhou-call"}
    assert search_ids(index, deadline_after=date(2025, 9, 25), deadline_before=date(2025, 9, 30)) == {
        "wuzhong-call", "nanjing-call"}


def test_published_range(index):
    assert search_ids(index, since=date(2025, 9, 12)) == {"jiangsu-list", "hangzhou-call", "no-deadline"}
    assert search_ids(index, until=date(2025, 9, 1)) == {"wuzhong-call", "national-policy"}


def test_filters_combine_with_a_query(index):
    assert search_ids(index, "申报", kind="call", in_scope_of="吴中区") == {"wuzhong-call", "suzhou-call"}


def test_parse_filter_date():
    assert parse_filter_date("2025-09-30") == date(2025, 9, 30)
    assert parse_filter_date("2025/9/3") == date(2025, 9, 3)
    assert parse_filter_date("2025年9月3日") == date(2025, 9, 3)
    assert parse_filter_date("today", today=date(2025, 1, 2)) == date(2025, 1, 2)
    with pytest.raises(FilterError):
        parse_filter_date("2025-02-30")


# -- sorting and paging -----------------------------------------------------------------------------------

def test_sort_by_deadline_soonest_first_and_none_last(index):
    results = index.search("", sort="deadline", limit=50)
    assert ids(results)[:5] == ["jiangsu-list", "nanjing-call", "wuzhong-call", "hangzhou-call", "suzhou-call"]
    assert set(ids(results)[5:]) == {"no-deadline", "national-policy"}


def test_sort_by_published(index):
    assert ids(index.search("申报", sort="published", limit=50)) == [
        "hangzhou-call", "suzhou-call", "nanjing-call", "wuzhong-call"]


def test_relevance_prefers_title_matches(index):
    results = index.search("数字化转型 OR 人工智能")
    assert ids(results)[0] == "national-policy"
    assert results.hits[0].score > 0


def test_unknown_sort_is_an_error(index):
    with pytest.raises(ValueError, match="unknown sort"):
        index.search("", sort="random")


def test_pages_split_results_without_overlap(index):
    first = index.search("", limit=3, page=1)
    second = index.search("", limit=3, page=2)
    third = index.search("", limit=3, page=3)
    assert first.total == second.total == third.total == 7
    assert first.pages == 3
    assert len(first.hits) == 3 and len(second.hits) == 3 and len(third.hits) == 1
    assert not set(ids(first)) & set(ids(second))
    assert set(ids(first) + ids(second) + ids(third)) == {n.id for n in NOTICES}
    assert index.search("", limit=3, page=9).hits == []


def test_page_and_limit_must_be_positive(index):
    with pytest.raises(ValueError):
        index.search("", limit=0)
    with pytest.raises(ValueError):
        index.search("", page=0)


# -- facets ---------------------------------------------------------------------------------------------

def test_facets_count_all_matches_not_just_the_page(index):
    results = index.search("申报", limit=1)
    kinds = {f.value: f.count for f in results.facets["kind"]}
    assert kinds == {"call": 4}
    regions = {f.label: f.count for f in results.facets["region"]}
    assert regions == {"吴中区": 1, "苏州市": 1, "玄武区": 1, "杭州市": 1}


def test_kind_facet_over_everything(index):
    kinds = {f.value: f.count for f in index.search("", limit=1).facets["kind"]}
    assert kinds == {"call": 4, "publicity": 1, "policy": 2}


# -- highlights, JSON and the table ------------------------------------------------------------------------

def test_highlights_mark_matched_words(index):
    hit = index.search("中试平台").hits[0]
    title = next(h for h in hit.highlights if h.field == "title")
    assert [title.text[s:e] for s, e in title.spans] == ["中试平台"]
    text = next(h for h in hit.highlights if h.field == "text")
    assert "中试平台" in [text.text[s:e] for s, e in text.spans]


def test_highlights_from_stored_words_are_the_same_and_need_no_jieba(engine, index, monkeypatch):
    docs = {n.id: as_doc(n) for n in NOTICES}
    asked: list[list[str]] = []

    def words(notice_ids):
        asked.append(list(notice_ids))
        return {i: (docs[i].title_tokens, docs[i].text_tokens) for i in notice_ids}

    queries = ["中试平台", "首台套", "高企 申报", ""]
    expected = [index.search(q, limit=5).hits for q in queries]
    monkeypatch.setattr("index.highlight._segment", lambda text: pytest.fail("segmented again"))
    with make_index(engine, index.directory, words=words) as with_words:
        for query, hits in zip(queries, expected):
            got = with_words.search(query, limit=5).hits
            assert [(h.id, h.highlights) for h in got] == [(h.id, h.highlights) for h in hits]
    assert asked and all(len(ids) <= 5 for ids in asked)  # only the hits shown are looked up


def test_bracketed_match_is_marked_as_written(index):
    hit = index.search("首台套").hits[0]
    text = next(h for h in hit.highlights if h.field == "text")
    assert "首台（套）" in [text.text[s:e] for s, e in text.spans]


def test_listing_without_query_shows_the_lead_sentence(index):
    hit = index.search("", SearchFilters(kind="publicity")).hits[0]
    assert hit.highlights[0].text == "现将高新技术企业培育库入库企业名单予以公示，公示期5个工作日。"
    assert hit.highlights[0].spans == []
    assert hit.score is None


def test_json_is_export_records_with_score_and_highlights(index):
    results = index.search("中试平台")
    page = json.loads(render_json(results))
    assert page == results_json(results)
    assert (page["total"], page["page"], page["pages"], page["limit"], page["sort"]) == (
        results.total, 1, 1, results.limit, "relevance")
    assert {f["label"]: f["count"] for f in page["facets"]["kind"]} == {"call": results.total}
    record = page["results"][0]
    assert record["id"] == "nanjing-call"
    assert record["apply_deadline"] == "2025-09-29"
    assert record["regions"] == [{"name": "玄武区", "code": "320102", "level": "county"}]
    assert isinstance(record["score"], float)
    assert record["highlights"][0]["field"] == "title"
    assert set(NOTICES[4].export_record()) <= set(record)


def test_table_shows_hits_days_left_and_facets(index):
    console = Console(record=True, width=160)
    render_table(index.search("申报", sort="deadline"), console=console, today=date(2025, 9, 26))
    out = console.export_text()
    assert "南京市中试平台备案申报" in out
    assert "2025-09-29" in out and "(3 d left)" in out
    assert "4 notices" in out
    assert "nanjing-" in out  # the short id leads each row
    assert "kind: call 4" in out
    assert "region:" in out and "吴中区 1" in out


def test_table_fits_80_columns_with_whole_headers(index):
    console = Console(record=True, width=80)
    render_table(index.search("申报", sort="deadline"), console=console, today=date(2025, 9, 26))
    lines = console.export_text().splitlines()
    assert max(map(cell_len, lines)) == 80  # terminal cells: a CJK character takes two
    assert all(word in lines[1] for word in ("id", "title", "kind", "region", "apply by"))


def test_table_says_when_nothing_matches(index):
    console = Console(record=True, width=100)
    render_table(index.search("不存在的词语组合"), console=console)
    assert "no matching notices" in console.export_text()


@pytest.mark.parametrize("deadline, expected", [
    (date(2025, 9, 30), "2025-09-30\n(4 d left)"),
    (date(2025, 9, 26), "2025-09-26\n(today)"),
    (date(2025, 9, 1), "2025-09-01\n(closed)"),
    (None, "—"),
])
def test_deadline_cell(deadline, expected):
    assert deadline_cell(deadline, date(2025, 9, 26)) == expected


def test_search_without_an_index_says_how_to_build_it(engine, tmp_path):
    with pytest.raises(IndexMissingError, match="huiqi reindex"):
        make_index(engine, tmp_path / "none").search("申报")


def test_parse_filters_from_command_line_strings():
    filters = parse_filters(kind="call", in_scope_of=" 吴中区 ", open_on="today", deadline_before="2025/10/1",
                            since="", today=date(2025, 9, 26))
    assert filters == SearchFilters(kind="call", in_scope_of="吴中区", open_on=date(2025, 9, 26),
                                    deadline_before=date(2025, 10, 1))
    with pytest.raises(FilterError, match="not a date"):
        parse_filters(until="yesterday")


def test_listing_with_filters_does_not_load_jieba(index):
    directory = index.directory
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from index import SearchFilters, open_index
        results = open_index(Path({str(directory)!r})).search("", SearchFilters(region="江苏省", subject="高企"))
        print(results.total, "jieba" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False"]


def test_same_notice_twice_in_one_update_is_indexed_once(engine, tmp_path):
    ix = make_index(engine, tmp_path / "index")
    first = make_notice("dup", "旧标题申报", "旧正文。")
    second = make_notice("dup", "新标题申报", "新正文。")
    ix.update([as_doc(first), as_doc(second)])
    assert ix.doc_count() == 1
    assert ix.search("申报").hits[0].title == "新标题申报"


def test_a_listing_says_it_is_sorted_by_date(index):
    """Without query words there is no relevance: the results say they are in published order."""
    listing = index.search("", SearchFilters(kind="call"))
    assert listing.sort == "published"
    assert index.search("申报", SearchFilters(kind="call")).sort == "relevance"


def test_exclusion_matcher_skips_past_the_last_wanted_document():
    """A filter makes Whoosh skip the words' matcher to the next filtered document, which may lie after
    the last document the wanted words are in (Whoosh's own AND NOT matcher then reads past its end)."""
    from whoosh.matching import ListMatcher

    from index.query import _ExcludingMatcher

    matcher = _ExcludingMatcher(ListMatcher([0, 3]), ListMatcher([2, 5]))
    matcher.skip_to(4)
    assert not matcher.is_active()
    matcher = _ExcludingMatcher(ListMatcher([1, 2, 4, 6]), ListMatcher([0, 2, 5]))
    found = []
    while matcher.is_active():
        found.append(matcher.id())
        matcher.next()
    assert found == [1, 4, 6]
