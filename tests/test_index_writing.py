"""Building the Whoosh index faster changes nothing in it: the postings NoticePositions writes are
Whoosh's own Positions postings, and NoticeCodec's lengths are those Whoosh reads from disk."""
from __future__ import annotations

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader
from whoosh.formats import Positions

from index.analysis import NoticePositions, NoticeTokenizer, presegmented
from index.schema import build_document, notice_schema
from index.whoosh_codec import NoticeCodec
from pipeline.extract import extract_notice
from pipeline.segment import segment
from tests.test_index_support import sample_notices

TEXT_FIELDS = ("title", "tags", "text")


def _documents():
    """Every sample: two have an empty body, whose text length Whoosh reads as None."""
    notices = [extract_notice(notice) for notice in sample_notices()]
    return [build_document(n, segment(n.title), segment(n.text)) for n in notices]


def _build(directory, documents, *, fast: bool):
    schema = notice_schema()
    if not fast:  # Whoosh's own format and codec
        for name in TEXT_FIELDS:
            schema[name].format = Positions(field_boost=schema[name].format.field_boost)
    directory.mkdir()
    ix = whoosh_index.create_in(str(directory), schema)
    writer = ix.writer(codec=NoticeCodec() if fast else W3Codec(), compound=False)  # as huiqi writes
    for fields in documents:
        writer.add_document(**fields)
    writer.commit()
    return ix


def _postings(ix):
    found = []
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for field in TEXT_FIELDS:
            for term in reader.lexicon(field):
                matcher = reader.postings(field, term)
                while matcher.is_active():
                    found.append((field, term, matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
    return found


def test_the_fast_writer_indexes_what_whoosh_would(tmp_path):
    documents = _documents()
    ours = _build(tmp_path / "ours", documents, fast=True)
    whoosh = _build(tmp_path / "whoosh", documents, fast=False)
    assert _postings(ours) == _postings(whoosh)
    with ours.searcher() as a, whoosh.searcher() as b:
        for field in TEXT_FIELDS:
            count = a.doc_count_all()
            assert [a.doc_field_length(d, field) for d in range(count)] == \
                [b.doc_field_length(d, field) for d in range(count)]
            assert a.field_length(field) == b.field_length(field)


def test_positions_of_repeated_words_encode_as_whoosh_does():
    ours, whoosh = NoticePositions(), Positions()
    for positions in ([0], [3, 9], [1, 2, 40], [5, 6, 7, 8, 300]):
        assert ours.encode(positions) == whoosh.encode(positions)
    value = presegmented(["企业", "申报", "企业", "高新技术企业"])
    tokenizer = NoticeTokenizer()
    assert list(ours.word_values(value, tokenizer, mode="index")) == \
        list(whoosh.word_values(value, tokenizer, mode="index"))


def test_lengths_in_memory_are_whooshs_lengths(tmp_path):
    ix = _build(tmp_path / "ix", _documents(), fast=True)
    segment = ix._segments()[0]
    ours, whoosh = NoticeCodec().per_document_reader(ix.storage, segment), W3PerDocReader(ix.storage, segment)
    count = segment.doc_count_all()
    try:
        assert None in [whoosh.doc_field_length(d, "text") for d in range(count)]  # (the empty bodies)
        for field in (*TEXT_FIELDS, "no_such_field"):
            assert [ours.doc_field_length(d, field) for d in range(count)] == \
                [whoosh.doc_field_length(d, field) for d in range(count)]
    finally:
        ours.close()
        whoosh.close()
