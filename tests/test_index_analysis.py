"""Chinese analysis: folding, digits and letters, brackets, sub-terms, synonyms, and that index time
(pre-segmented tokens) and query time (raw text) agree."""
from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index import NoticeIndex
from index.analysis import (NoticeTokenizer, analyse, analyse_text, fold, index_positions, presegmented,
                            query_terms)
from index.highlight import text_highlights, title_highlight
from index.synonyms import parse_table, synonym_table
from pipeline.segment import segment
from test_index_support import as_doc, make_notice, sample_notices


def index_terms(text: str) -> set[str]:
    return {t.text for t in analyse(segment(text), index=True)}


# -- folding ---------------------------------------------------------------------------------------

def test_fold_half_width_lower_case_and_brackets():
    assert fold("ＡＩ") == "ai"
    assert fold("２０２５") == "2025"
    assert fold("首台（套）") == "首台套"
    assert fold("《指引》") == "指引"


def test_full_width_query_finds_half_width_text():
    assert query_terms("ＡＩ ５Ｇ") == ["ai", "5g"]
    assert {"ai", "5g"} <= index_terms("推动AI和5G融合应用")


# -- digits and letters, which jieba's bundled ChineseAnalyzer drops --------------------------------

@pytest.mark.parametrize("text, query", [
    ("2025年度第三批入库企业名单", "2025"),
    ("今日15:30直播", "15"),
    ("最高补助3.5亿元", "3.5"),
    ("联系电话：025-68788795", "68788795"),
    ("2025年5G工厂最终名单公布", "5G"),
    ("推动AI赋能制造业", "AI"),
    ("支持B类企业申报", "B"),
])
def test_digits_and_letters_are_terms(text, query):
    assert set(query_terms(query)) <= index_terms(text)


# -- brackets and quotes ----------------------------------------------------------------------------

def test_bracketed_one_character_part_joins_the_word_before():
    terms = analyse(segment("支持首台（套）重大技术装备"))
    assert [t.text for t in terms][:2] == ["支持", "首台套"]
    # the joined unit spans the brackets, so a highlight marks the whole written form
    unit = terms[1]
    assert "支持首台（套）重大技术装备"[unit.start:unit.end] == "首台（套）"


@pytest.mark.parametrize("query", ["首台套", "首台（套）", "首台(套)", "首台"])
def test_first_of_a_kind_is_found_however_it_is_written(query):
    assert set(query_terms(query)) <= index_terms("对首台（套）重大技术装备给予奖励")


def test_bracket_query_finds_text_without_brackets():
    assert set(query_terms("首台（套）")) <= index_terms("首台套产品推广应用")


def test_long_bracketed_part_stays_separate():
    # （试行） is a qualifier, not part of the word before it
    assert [t.text for t in analyse(segment("办法（试行）"))] == ["办法", "试行"]


def test_quoted_policy_term_joins_across_quotes():
    terms = index_terms("国家级专精特新“小巨人”企业")
    assert "专精特新小巨人企业" in terms
    assert {"专精特新", "小巨人"} <= terms


# -- sub-terms ---------------------------------------------------------------------------------------

def test_compound_is_indexed_with_its_pieces_at_its_position():
    terms = analyse(segment("推动数字化转型"), index=True)
    at_compound = {t.text for t in terms if t.pos == 1}
    assert {"数字化转型", "数字化", "转型"} <= at_compound
    assert all(t.pos == 1 for t in terms if t.sub)


def test_query_keeps_the_compound_whole():
    assert query_terms("数字化转型") == ["数字化转型"]


def test_policy_term_inside_a_longer_compound_is_a_sub_term():
    assert "高新技术企业" in index_terms("高新技术企业培育库")


# -- index time equals query time --------------------------------------------------------------------

def test_presegmented_and_raw_text_analyse_the_same():
    for notice in sample_notices():
        words = segment(notice.text)
        assert analyse_text(presegmented(words), index=True) == analyse_text(notice.text, index=True)
        assert analyse_text(presegmented(words)) == analyse_text(notice.text)


def test_every_query_term_of_a_text_is_indexed_at_the_same_position():
    for notice in sample_notices()[:20]:
        words = segment(notice.text)
        indexed = {(t.text, t.pos) for t in analyse(words, index=True)}
        assert {(t.text, t.pos) for t in analyse(words)} <= indexed


_ALPHABET = "专精特新小巨人企业首台套技术中心申报公示数字化转型高企培育库" + "（）()“”《》、，。 " + "0123456789AIGab"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_query_terms_are_a_subset_of_index_terms_for_any_text(text):
    words = segment(text)
    indexed = {(t.text, t.pos) for t in analyse(words, index=True)}
    queried = [(t.text, t.pos) for t in analyse(words)]
    assert set(queried) <= indexed
    # positions are consecutive: one per unit, sub-terms add none
    assert [pos for _, pos in queried] == list(range(len(queried)))


def _positions_from_terms(words):
    positions = {}
    for term in analyse(words, index=True):
        positions.setdefault(term.text, []).append(term.pos)
    return positions


_SYNONYM_TEXT = "信息化和工业化融合与两化融合，高新技术企业培育库的“专精特新”小巨人企业，首台（套）装备。"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET + "信息和工业融合两", max_size=60))
def test_index_positions_are_the_positions_of_the_index_terms(text):
    # the Whoosh format gathers positions without building terms: it must index exactly what analyse does,
    # duplicates (a synonym that is also a piece) and order included
    for words in (segment(text), segment(_SYNONYM_TEXT + text)):
        assert dict(index_positions(words)) == _positions_from_terms(words)


def test_tokenizer_splits_presegmented_values_without_jieba():
    tokenizer = NoticeTokenizer()
    value = presegmented(["首台", "（", "套", "）", "装备"])
    texts = [t.text for t in tokenizer(value, mode="query")]
    assert texts == ["首台套", "装备"]


def test_tokenizer_pickles_into_the_index():
    assert pickle.loads(pickle.dumps(NoticeTokenizer())) == NoticeTokenizer()


def test_indexing_stored_tokens_does_not_load_jieba(tmp_path):
    notice = make_notice("n1", "首台套申报", "支持首台（套）重大技术装备推广应用。")
    doc = as_doc(notice)
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from index import IndexDoc, NoticeIndex
        from pipeline.notice import Notice
        notice = Notice.from_dict({notice.to_dict()!r})
        NoticeIndex(Path({str(tmp_path / 'index')!r})).update([IndexDoc(notice, {doc.title_tokens!r}, {doc.text_tokens!r})])
        print("jieba" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert NoticeIndex(tmp_path / "index").search("首台套").total == 1


# -- synonyms ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("高企", "高新技术企业"),
    ("AI", "人工智能"),
    ("专精特新", "专精特新中小企业"),
    ("两化融合", "信息化和工业化融合"),
])
def test_synonym_groups_join_both_spellings(a, b):
    table = synonym_table()
    found_a = table.match(query_terms(a), 0)
    found_b = table.match(query_terms(b), 0)
    assert found_a is not None and found_b is not None
    assert found_a[1] == found_b[1]
    assert tuple(query_terms(b)) in found_a[1]


def test_synonym_table_is_data_and_skips_lonely_groups():
    table = parse_table('[[group]]\nterms = ["技改", "技术改造"]\n\n[[group]]\nterms = ["孤单"]\n')
    assert len(table.groups) == 1
    assert table.match(["技改"], 0) == (1, (("技改",), ("技术改造",)))


# -- highlights do not cut words -----------------------------------------------------------------------

def test_highlight_fragments_end_at_word_boundaries():
    text = "为进一步推动制造业中小企业数字化转型，现组织开展服务商征集工作，重点围绕集成电路、高端装备、高端纺织服装三个细分行业开展遴选，并对入选服务商给予宣传推广支持。"
    fragment = text_highlights(text, {"服务商"}, limit=30)[0]
    body = fragment.text.strip("…")
    start = text.index(body)
    boundaries = {0}
    for word in segment(text):
        boundaries.add(max(boundaries) + len(word))
    assert start in boundaries and start + len(body) in boundaries
    assert all(fragment.text[s:e] == "服务商" for s, e in fragment.spans)
    assert fragment.spans


# -- highlights from the words stored at import ---------------------------------------------------------

HIGHLIGHT_TEXT = ("关于组织申报2025年度高新技术企业认定的通知\n各有关单位：为加快培育高新技术企业，现将申报工作通知如下。"
                  "一、申报条件：注册满一年的企业；二、申报时间：9月23日至10月11日。联系电话：025-83390549。"
                  "入选企业将纳入高新技术企业培育库，给予数字化转型支持！")


@pytest.mark.parametrize("terms", [{"高新技术企业"}, {"申报", "时间"}, {"转型"}, {"培育库"}, set()])
def test_highlights_from_stored_words_are_those_of_segmenting_again(terms):
    words = segment(HIGHLIGHT_TEXT)
    assert text_highlights(HIGHLIGHT_TEXT, terms, words=words) == text_highlights(HIGHLIGHT_TEXT, terms)
    title = "关于组织申报2025年度高新技术企业认定的通知"
    assert title_highlight(title, terms, segment(title)) == title_highlight(title, terms)


def test_highlights_do_not_segment_when_the_words_are_given(monkeypatch):
    words = segment(HIGHLIGHT_TEXT)
    monkeypatch.setattr("index.highlight._segment", lambda text: pytest.fail("segmented again"))
    marked = text_highlights(HIGHLIGHT_TEXT, {"高新技术企业"}, words=words)
    assert marked and all(m.text[s:e] == "高新技术企业" for m in marked for s, e in m.spans)


def test_stored_words_of_another_text_are_not_used():
    stale = segment(HIGHLIGHT_TEXT.replace("高新技术企业", "科技型中小企业"))
    assert text_highlights(HIGHLIGHT_TEXT, {"高新技术企业"}, words=stale) == text_highlights(HIGHLIGHT_TEXT, {"高新技术企业"})


def test_a_stored_word_across_a_sentence_end_is_cut_there():
    text = "申报截止。高新技术企业认定"
    words = ["申报", "截止。高新", "技术企业", "认定"]  # not jieba's words: one runs over the sentence end
    marked = text_highlights(text, {"技术企业"}, words=words)
    assert [m.text for m in marked] == ["高新技术企业认定"]
    assert [m.text[s:e] for m in marked for s, e in m.spans] == ["技术企业"]
