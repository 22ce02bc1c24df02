"""Notices written in traditional characters (mirror pages) are read as their simplified text."""
from __future__ import annotations

import json
from datetime import date

import pytest

from index import IndexDoc
from index.schema import build_document
from index_engines import ENGINES, make_index
from pipeline.analysis import segment_notice
from pipeline.extract import extract_notice, searchable_texts
from pipeline.indexing import IndexSync
from pipeline.ingest import import_files, reextract
from pipeline.normalize import simplified_script, without_converter_pinyin
from pipeline.records import RawRecord, build_notice
from pipeline.segment import segment
from pipeline.store import Store

# Written for this test in both scripts; the traditional text also carries a converter's pinyin.
SIMPLIFIED = ("关于组织申报2025年度省级企业技术中心的通知\n各县（市、区）工业和信息化局：\n"
              "请辖区内符合条件的企业于2025年9月30日前将申报材料报送市工业和信息化局，逾期不予受理。\n"
              "联系人：王伟 联系电话：0371-65432100\n郑州市工业和信息化局\n2025年9月1日")
TRADITIONAL = ("關于組織申報2025年度省級企業(yè)技術(shù)中心的通知\n各縣（市、區）工業和信息化局：\n"
               "請轄區內符合條件的企業於2025年9月30日前將申報材料報送市工業和信息化局，逾期不予受理。\n"
               "聯系人：王偉 聯系電話：0371-65432100\n鄭州市工業和信息化局\n2025年9月1日")


@pytest.mark.parametrize("text, expected", [
    ("企業(yè)技術(shù)中心", "企业技术中心"),
    ("關（guān）於開展", "关于开展"),
    ("发送电子版(word)至邮箱", "发送电子版(word)至邮箱"),  # no tone mark: a word in brackets, kept
    ("符合条件的企业", "符合条件的企业"),  # simplified text is left as it is
])
def test_simplified_script(text, expected):
    assert simplified_script(without_converter_pinyin(text)) == expected


def test_place_names_are_kept_as_they_are_written():
    # t2s alone writes 乾县 as 干县
    assert simplified_script("乾縣科學技術局") == "乾县科学技术局"
    assert simplified_script("乾安縣") == "乾安县"


# What extraction fills in.
EXTRACTED_FIELDS = ("kind", "kind_evidence", "regions", "phones", "subjects", "deadlines", "apply_deadline",
                    "apply_deadline_evidence", "amounts", "system_urls", "doc_numbers", "issuers")


def _extracted(text):
    notice = build_notice(RawRecord(title="", content=text, published="2025-09-01", source="test"))
    extract_notice(notice, segment(notice.text))
    return notice


def test_a_traditional_notice_is_read_as_its_simplified_text():
    simplified, traditional = _extracted(SIMPLIFIED), _extracted(TRADITIONAL)
    assert simplified.kind == "call" and simplified.apply_deadline == date(2025, 9, 30)
    assert [s.name for s in simplified.subjects]  # the case names applicants, so the comparison means something
    for name in EXTRACTED_FIELDS:
        if name != "kind_evidence":  # evidence is quoted from the simplified text in both
            assert getattr(traditional, name) == getattr(simplified, name), name
    # the notice itself keeps the text it was written in
    assert traditional.text.startswith("關于組織申報") and "企業(yè)" in traditional.text


def test_without_tokens_a_traditional_notice_is_read_the_same():
    notice = build_notice(RawRecord(title="", content=TRADITIONAL, published="2025-09-01", source="test"))
    extract_notice(notice)
    assert notice.apply_deadline == date(2025, 9, 30)
    assert [r.name for r in notice.regions] == [r.name for r in _extracted(SIMPLIFIED).regions]


def test_a_simplified_notice_with_a_stray_traditional_character_is_read_as_written():
    text = "乾县科学技术局关于组织申报2025年度县级科技计划项目的通知\n请各企业于2025年9月30日前报送。\n乾县科学技术局\n2025年9月1日"
    notice = _extracted(text)
    assert [r.name for r in notice.regions] == ["乾县"]
    assert "乾县科学技术局" in notice.issuers and "干县" not in notice.kind_evidence


def test_traditional_tokens_are_converted_with_the_text():
    # no converter pinyin: the converted tokens still spell the converted text and are used
    plain = TRADITIONAL.replace("(yè)", "").replace("(shù)", "")
    assert plain != TRADITIONAL and "(" not in plain.split("\n")[0]
    notice = build_notice(RawRecord(title="", content=plain, published="2025-09-01", source="test"))
    tokens = segment(notice.text)
    extract_notice(notice, tokens)
    assert notice.apply_deadline == date(2025, 9, 30)
    assert [s.name for s in notice.subjects] == [s.name for s in _extracted(SIMPLIFIED).subjects]


@pytest.mark.parametrize("title, kind, region", [
    ("【解讀】一文看懂研發費用加計扣除政策", "interpretation", None),
    ("鄭州丨關於組織申報市級工程技術研究中心的通知", None, "郑州市"),
])
def test_title_tags_are_read_in_simplified_characters(title, kind, region):
    notice = build_notice(RawRecord(title=title, content="", published="2025-09-01", source="test"))
    extract_notice(notice)
    if kind:
        assert notice.kind == kind
    if region:
        assert [r.name for r in notice.regions] == [region]


# -- segmenting, indexing and searching a page written in traditional characters ------------------------
PLAIN_TRADITIONAL = TRADITIONAL.replace("(yè)", "").replace("(shù)", "")  # no converter pinyin
TRADITIONAL_TITLE = "鄭州市關於組織申報2025年度省級企業技術中心的通知"


def _traditional_notice():
    return build_notice(RawRecord(title=TRADITIONAL_TITLE, content=PLAIN_TRADITIONAL, published="2025-09-01",
                                  source="test", source_id="trad-1"))


def test_a_traditional_page_is_segmented_in_simplified_characters_of_the_same_length():
    notice = _traditional_notice()
    title, text = searchable_texts(notice)
    assert title == "郑州市关于组织申报2025年度省级企业技术中心的通知"
    assert text == simplified_script(notice.text) and "请辖区内符合条件的企业" in text
    assert (len(title), len(text)) == (len(notice.title), len(notice.text))  # offsets point into what is stored
    title_words, text_words = segment_notice(notice)
    assert "".join(title_words) == title and "企业技术中心" in title_words
    assert "企業技術中心" not in segment(notice.title)  # what jieba's simplified dictionary makes of it unconverted


def test_a_simplified_page_is_segmented_as_written():
    text = "乾县科学技术局关于组织申报2025年度县级科技计划项目的通知\n请各企业于2025年9月30日前报送。"
    notice = build_notice(RawRecord(title="", content=text, published="2025-09-01", source="test"))
    assert searchable_texts(notice) == (notice.title, notice.text)  # a stray 乾 is no traditional page


def test_extraction_reuses_the_simplified_words_of_a_traditional_page(monkeypatch):
    notice = _traditional_notice()
    _, text_words = segment_notice(notice)
    text_segmented = []
    monkeypatch.setattr("pipeline.segment.segment",  # (extraction segments titles and short parts itself)
                        lambda text: text_segmented.append(text == "".join(text_words)) or segment(text))
    extract_notice(notice, text_words)
    assert text_segmented and not any(text_segmented)
    assert [s.name for s in notice.subjects] == [s.name for s in _extracted(SIMPLIFIED).subjects]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_simplified_query_finds_a_traditional_page_and_marks_the_words_matched(engine, tmp_path):
    notice = _traditional_notice()
    index = make_index(engine, tmp_path / "index")
    index.update([IndexDoc(notice, *segment_notice(notice))])
    (hit,) = index.search("企业技术中心").hits
    assert hit.id == notice.id and hit.record["title"] == TRADITIONAL_TITLE
    title, text = hit.highlights[0], hit.highlights[1]
    # the title shown as written, its matched words marked at the same places; snippets in simplified characters
    assert title.field == "title" and title.text == TRADITIONAL_TITLE
    assert [title.text[s:e] for s, e in title.spans] == ["企業技術中心"]
    assert "企业技术中心" in [text.text[s:e] for s, e in text.spans]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_query_pasted_in_traditional_characters_finds_the_page(engine, tmp_path):
    notice = _traditional_notice()
    index = make_index(engine, tmp_path / "index")
    index.update([IndexDoc(notice, *segment_notice(notice))])
    assert [hit.id for hit in index.search("企業技術中心").hits] == [notice.id]
    assert [hit.id for hit in index.search("申報材料").hits] == [notice.id]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_page_with_a_converters_pinyin_is_found_without_it(engine, tmp_path):
    notice = build_notice(RawRecord(title="關於組織申報省級企業(yè)技術(shù)中心的通知", content=TRADITIONAL,
                                    published="2025-09-01", source="test", source_id="trad-2"))
    title_words, text_words = segment_notice(notice)
    assert "".join(title_words) == "关于组织申报省级企业技术中心的通知" and "(yè)" not in "".join(text_words)
    index = make_index(engine, tmp_path / "index")
    index.update([IndexDoc(notice, title_words, text_words)])
    assert [hit.id for hit in index.search("企业技术中心").hits] == [notice.id]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_traditional_page_stored_without_tokens_is_indexed_by_its_simplified_words(engine, tmp_path):
    notice = _traditional_notice()
    index = make_index(engine, tmp_path / "index")
    index.update([IndexDoc(notice, None, None)])
    assert [hit.id for hit in index.search("企业技术中心").hits] == [notice.id]


def test_extraction_of_a_page_with_a_converters_pinyin_reuses_its_words(monkeypatch):
    notice = build_notice(RawRecord(title="", content=TRADITIONAL, published="2025-09-01", source="test"))
    _, text_words = segment_notice(notice)
    lengths = []
    monkeypatch.setattr("pipeline.segment.segment", lambda text: lengths.append(len(text)) or segment(text))
    extract_notice(notice, text_words)
    assert max(lengths) < len("".join(text_words)) // 2  # titles and parts only, never the whole text again


def test_tokens_of_an_edited_text_are_refused():
    notice = _traditional_notice()
    title_words, text_words = segment_notice(notice)
    edited = segment("".join(text_words).replace("9月30日", "9月20日"))  # the deadline moved (截止时间提前)
    with pytest.raises(ValueError, match="do not spell"):
        build_document(notice, title_words, edited)
    with pytest.raises(ValueError, match="do not spell"):
        build_document(notice, title_words[:-1], text_words)


def test_words_of_another_converter_version_are_still_indexed_and_reextract_renews_them(tmp_path, monkeypatch):
    """An upgraded OpenCC may convert a character otherwise: the index takes the stored words (they differ from
    the text only in ideographs), and `huiqi reextract --all` segments the page as the converter now reads it."""
    from pipeline import normalize

    store = Store(tmp_path / "h.db")
    sync = IndexSync(store, tmp_path / "index")
    path = tmp_path / "dump.jsonl"
    record = {"title": TRADITIONAL_TITLE, "content": PLAIN_TRADITIONAL, "published": "2025-09-01"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    import_files([str(path)], store, index=sync)
    convert = normalize._traditional_to_simplified()
    monkeypatch.setattr(normalize, "_traditional_to_simplified", lambda: lambda t: convert(t).replace("辖", "轄"))
    assert sync.rebuild() == 1
    assert sync.index.search("企业技术中心").total == 1
    reextract(store, index=sync, everything=True)
    (notice,) = store.iter_notices()
    assert "轄" in "".join(store.tokens_of([notice.id])[notice.id][1])


def test_reextract_resegments_a_page_an_older_huiqi_stored_and_indexes_it_again(tmp_path):
    """Before segmenter version 3 a traditional page's words were cut from its traditional characters, so
    a simplified query missed it; `huiqi reextract` segments it afresh and the index catches up."""
    store = Store(tmp_path / "h.db")
    sync = IndexSync(store, tmp_path / "index")
    record = {"title": TRADITIONAL_TITLE, "content": PLAIN_TRADITIONAL, "published": "2025-09-01"}
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    import_files([str(path)], store, index=sync)
    (notice,) = store.iter_notices()
    with store.transaction() as conn:  # as segmenter version 2 stored it
        conn.execute("update notice_tokens set segmenter_version=2, title_tokens=?, text_tokens=?",
                     [json.dumps(segment(notice.title), ensure_ascii=False),
                      json.dumps(segment(notice.text), ensure_ascii=False)])
    sync.rebuild()
    assert sync.index.search("企业技术中心").total == 0
    reextract(store, index=sync)
    assert [hit.id for hit in sync.index.search("企业技术中心").hits] == [notice.id]
    assert store.unindexed_ids() == []
    # the same words stored again leave the index alone
    store.save_tokens(notice.id, notice.content_hash, 3, *segment_notice(notice))
    assert store.unindexed_ids() == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_traditional_pages_title_tag_is_searched_in_simplified_characters(engine, tmp_path):
    notice = build_notice(RawRecord(title="鄭州丨關於組織申報省級企業技術中心的通知",
                                    content="請轄區內符合條件的企業於2025年9月30日前報送申報材料。",
                                    published="2025-09-01", source="test", source_id="trad-3"))
    assert notice.title_tags == ["鄭州"]  # (the city is named nowhere else)
    index = make_index(engine, tmp_path / "index")
    index.update([IndexDoc(notice, *segment_notice(notice))])
    assert [hit.id for hit in index.search("郑州").hits] == [notice.id]
