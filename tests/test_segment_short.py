"""Short texts (queries) segmented from the cached table of jieba's dictionary give the words of the
loaded dictionary, and a new process that finds the table never loads the dictionary."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import segment as seg
from test_index_support import sample_notices


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache directory; the table is written to it by loading the dictionary."""
    monkeypatch.setenv("HUIQI_CACHE", str(tmp_path))
    seg._table_tokenizer.cache_clear()
    seg._save_table(seg._tokenizer())
    yield tmp_path
    seg._table_tokenizer.cache_clear()


def short_texts() -> list[str]:
    texts = ["高新技术企业认定申报", "专精特新“小巨人”企业", "首台（套）重大技术装备", "AI赋能 工业互联网",
             "2025年度苏州市吴中区数字化转型专项资金", "企业技术中心申报", "瞪羚企业 OR 独角兽企业"]
    for notice in sample_notices():
        texts.append(notice.title)
        texts.extend(s for s in notice.text.split("。")[:6] if s)
    return texts


def test_table_is_written_once_per_dictionary(cache):
    files = list(cache.glob("jieba-words-*.sqlite"))
    assert len(files) == 1 and files[0] == seg._table_path()
    mtime = files[0].stat().st_mtime_ns
    seg._save_table(seg._tokenizer())
    assert files[0].stat().st_mtime_ns == mtime


def test_table_words_are_the_loaded_dictionary_words(cache):
    tokenizer = seg._table_tokenizer()
    assert tokenizer is not None
    for text in short_texts():
        assert list(tokenizer.cut(text, HMM=True)) == seg.segment(text), text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="高新技术企业认定申报专精特新小巨人数字化转型中试平台孵化器 AI0123（）“”、，。", max_size=30))
def test_table_words_for_any_mix_of_policy_characters(text):
    tokenizer = seg._table_tokenizer()
    if tokenizer is None:  # the fixture cannot be used with hypothesis: write the table here
        seg._save_table(seg._tokenizer())
        seg._table_tokenizer.cache_clear()
        tokenizer = seg._table_tokenizer()
    assert list(tokenizer.cut(text, HMM=True)) == seg.segment(text)


def test_a_new_process_with_the_table_searches_without_loading_the_dictionary(cache):
    script = textwrap.dedent("""
        import json
        from index.analysis import query_terms
        from pipeline import segment
        terms = query_terms("高企 数字化转型申报")
        print(json.dumps([terms, segment._tokenizer.cache_info().currsize]))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "HUIQI_CACHE": str(cache)})
    terms, loaded = json.loads(out.stdout)
    assert loaded == 0
    from index.analysis import query_terms
    assert terms == query_terms("高企 数字化转型申报")


def test_without_a_table_short_texts_use_the_dictionary(tmp_path, monkeypatch):
    monkeypatch.setenv("HUIQI_CACHE", str(tmp_path / "empty"))
    seg._table_tokenizer.cache_clear()
    try:
        assert seg._table_tokenizer() is None
        assert seg.segment_short("高新技术企业认定申报") == seg.segment("高新技术企业认定申报")
    finally:
        seg._table_tokenizer.cache_clear()


def test_an_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("HUIQI_CACHE", str(blocker / "cache"))
    seg._save_table(seg._tokenizer())  # logs and returns
    assert not (blocker / "cache").exists()
