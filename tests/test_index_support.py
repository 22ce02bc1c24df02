"""Helpers shared by the index tests (this module holds no tests)."""
from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from index import IndexDoc
from pipeline import gazetteer
from pipeline.notice import Deadline, Notice, Subject
from pipeline.records import RawRecord, build_notice
from pipeline.analysis import segment_notice

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "notices_dev.json"


def region(code: str):
    found = gazetteer.by_code(code)
    assert found is not None, code
    return found


def make_notice(notice_id: str, title: str, text: str, *, kind: str | None = None, regions: tuple[str, ...] = (),
                published: date | None = date(2025, 9, 1), apply_deadline: date | None = None,
                deadlines: tuple[date, ...] = (), subjects: tuple[str, ...] = (), tags: tuple[str, ...] = (),
                account: str = "测试公众号") -> Notice:
    """A notice with the extracted fields set by the test, not by extraction."""
    notice = Notice(
        id=notice_id, source="test", source_id=f"src-{notice_id}", url=f"https://example.gov.cn/{notice_id}",
        title=title, raw_title=title, title_tags=list(tags), account=account, published=published, text=text,
        kind=kind, regions=[region(code) for code in regions], apply_deadline=apply_deadline,
        deadlines=[Deadline(date=d, label="申报截止") for d in deadlines], subjects=[Subject(s) for s in subjects],
    )
    notice.compute_content_hash()
    return notice


def as_doc(notice: Notice) -> IndexDoc:
    """The notice with its title and text segmented once, as import stores them."""
    return IndexDoc(notice, *segment_notice(notice))


@cache
def sample_notices() -> tuple[Notice, ...]:
    records = json.loads(SAMPLES.read_text(encoding="utf-8"))
    notices = []
    for r in records:
        notices.append(build_notice(RawRecord(
            title=r["标题title"], content=r["finalContent"], url=r["链接url"], published=r["时间time"],
            account=r["公众号名称"], source=r["公众号名称"], source_id=r["文章标识符aid"])))
    return tuple(notices)


@cache
def sample_docs() -> tuple[IndexDoc, ...]:
    return tuple(as_doc(n) for n in sample_notices())
