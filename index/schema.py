"""The index schema and the document built for one notice.

A document is built from a notice and the tokens its title and text were segmented into once at
import; they are passed pre-segmented (analysis.presegmented), so indexing never runs jieba.

Fields:
    id, content_hash            identity; content_hash lets `doctor` find stale documents
    title, tags, text           searched (title and tags weigh more, see index/query.py); title and text stored
    kind, subjects, account     exact-valued filters
    region                      codes of the notice's scope regions and all their ancestors (--region)
    scope                       codes of the scope regions themselves (--in-scope-of, region facet)
    published, apply_deadline   sortable dates
    deadlines                   every deadline date (multi-valued)
    closes                      closing date: apply deadline, else the latest deadline (date filters)
    closes_sort                 the same with a far-future date when missing, so sorting puts them last
    record                      the export-contract record, stored for display and --json
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from index.analysis import NoticePositions, NoticeTokenizer, presegmented
from pipeline.notice import Notice

logger = logging.getLogger(__name__)

NO_DEADLINE = datetime(2999, 12, 31)  # sort key of notices without any deadline


class IndexDoc(NamedTuple):
    """What a document is built from. Writers also take plain (notice, title_tokens, text_tokens)
    tuples and pipeline.store.SavedNotice, which has the same attributes. Tokens given as None (a
    notice stored without them) are segmented from the text here."""

    notice: Notice
    title_tokens: Sequence[str] | None
    text_tokens: Sequence[str] | None


def as_index_doc(doc) -> IndexDoc:
    if isinstance(doc, IndexDoc):
        return doc
    if isinstance(doc, tuple):
        return IndexDoc(*doc)
    return IndexDoc(doc.notice, doc.title_tokens, doc.text_tokens)


def notice_schema() -> Schema:
    analyzer = NoticeTokenizer()

    def text_field(stored: bool = False) -> TEXT:
        field = TEXT(analyzer=analyzer, stored=stored)
        field.format = NoticePositions(field_boost=field.format.field_boost)  # same postings, built faster
        return field

    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        content_hash=ID(stored=True, sortable=True),
        title=text_field(stored=True),
        tags=text_field(),
        text=text_field(stored=True),
        kind=ID(stored=True, sortable=True),
        subjects=KEYWORD(commas=True),
        account=ID(stored=True),
        source=ID(stored=True),
        region=KEYWORD(),
        scope=KEYWORD(),
        published=DATETIME(sortable=True),
        apply_deadline=DATETIME(sortable=True),
        deadlines=DATETIME(),
        closes=DATETIME(),
        closes_sort=DATETIME(sortable=True),
        record=STORED(),
    )


def _day(value: date | None) -> datetime | None:
    return datetime(value.year, value.month, value.day) if value else None


def region_codes(notice: Notice) -> tuple[list[str], list[str]]:
    """(scope codes, scope codes with all their ancestors) of a notice."""
    from pipeline import gazetteer

    scope = list(dict.fromkeys(r.code for r in notice.regions if r.code))
    within = dict.fromkeys(scope)
    for code in scope:
        try:
            within.update(dict.fromkeys(gazetteer.code_chain(code)))
        except ValueError:
            logger.warning("notice %s: region code %r is not a GB/T 2260 code; indexed as is", notice.id, code)
    return scope, list(within)


def _field_value(text: str, tokens: Sequence[str], notice_id: str) -> tuple[str, str]:
    """(value indexed, text stored for highlights): the pre-segmented tokens and the text they spell. The
    tokens spell the text as searched (pipeline.extract.searchable_texts): as written, or without a
    converter's pinyin and in simplified characters for a page written in traditional ones, so that a
    simplified query finds it and its snippets are marked on the words that matched."""
    from pipeline.normalize import without_converter_pinyin

    spelt = "".join(tokens)
    if spelt != text and not _converted_from(spelt, without_converter_pinyin(text)):
        # tokens from another version of the text would index words the notice no longer has
        raise ValueError(f"notice {notice_id}: stored tokens do not spell its title and text; re-segment it")
    return presegmented(tokens), spelt


def _converted_from(spelt: str, text: str) -> bool:
    """Whether `spelt` is `text` in another script: the same length, differing only in ideographs (checked
    without the converter, whose output may change between its versions)."""
    return len(spelt) == len(text) and all(a == b or _IDEOGRAPH.match(a) and _IDEOGRAPH.match(b)
                                           for a, b in zip(spelt, text))


_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")


def _searched_tags(notice: Notice, searched_title: str) -> list[str]:
    """The title tags as searched: in simplified characters, like the title, when the title is searched so
    ("鄭州丨" of a page written in traditional ones is found by 郑州)."""
    if searched_title == notice.title:
        return notice.title_tags
    from pipeline.extract import searchable_tags  # (loads OpenCC: for such pages only)

    return searchable_tags(notice)


def build_document(notice: Notice, title_tokens: Sequence[str] | None,
                   text_tokens: Sequence[str] | None) -> dict[str, Any]:
    """Whoosh field values for one notice. Missing values are left out, as Whoosh expects.
    Raises ValueError when the tokens are not the notice's. A notice stored without tokens is indexed
    from its searchable texts, for the tokenizer to segment."""
    if title_tokens is None or text_tokens is None:
        logger.debug("notice %s has no stored tokens; segmenting it for the index", notice.id)
        from pipeline.extract import searchable_texts

        stored_title, stored_text = searchable_texts(notice)
        title, text = stored_title, stored_text
    else:
        title, stored_title = _field_value(notice.title, title_tokens, notice.id)
        text, stored_text = _field_value(notice.text, text_tokens, notice.id)
    scope, within = region_codes(notice)
    closing = notice.closing_deadline()
    closes = closing.date if closing else None
    doc: dict[str, Any] = {
        "id": notice.id,
        "content_hash": notice.content_hash or notice.compute_content_hash(),
        "title": title,
        "_stored_title": stored_title,
        "text": text,
        "_stored_text": stored_text,
        "source": notice.source or "",
        "closes_sort": _day(closes) or NO_DEADLINE,
        "record": notice.export_record(),
    }
    optional = {
        # each title tag ("南京", "公示") is one word: tags are short and written as meant
        "tags": presegmented(_searched_tags(notice, stored_title)) if notice.title_tags else None,
        "kind": notice.kind,
        "subjects": ",".join(s.name for s in notice.subjects) or None,
        "account": notice.account,
        "region": " ".join(within) or None,
        "scope": " ".join(scope) or None,
        "published": _day(notice.published),
        "apply_deadline": _day(notice.apply_deadline),
        "deadlines": [_day(d.date) for d in notice.deadlines] or None,
        "closes": _day(closes),
    }
    doc.update({name: value for name, value in optional.items() if value})
    return doc
