"""Notices as an Atom feed (RFC 4287, written with the feedgen library), for feed readers.

One entry per notice: title the notice's title, link its canonical URL, published its publication
date, content a plain-text summary in Chinese (the call's status on a given day, its next steps, the
application deadline, regions, eligible subjects and linked notices); categories its kind and regions.

A reader must see a changed notice as the same entry, so each entry's id depends only on the notice
id (`urn:huiqi:notice:<id>`). An entry's `updated` is the time the caller says the notice last
changed for a reader (the store first saw it, or saw a deadline move), else its publication date;
entries are newest first and the feed's own `updated` is the newest entry's, so rebuilding an
unchanged feed gives the same bytes.

The module is named `feed`; parsing feeds (feedparser) lives with the harvest, not here.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timezone

from feedgen.feed import FeedGenerator

from pipeline import lifecycle
from pipeline.dates import SHANGHAI, as_datetime
from pipeline.normalize import strip_bidi_controls
from pipeline.notice import Notice

logger = logging.getLogger(__name__)

ENTRY_ID_PREFIX = "urn:huiqi:notice:"
KIND_SCHEME = "urn:huiqi:kind"
REGION_SCHEME = "urn:huiqi:region"
GENERATOR = "huiqi"  # no version: a rebuilt feed must not change with the package version
AUTHOR = "huiqi"  # RFC 4287 needs an author on the feed when entries may have none
LANGUAGE = "zh-CN"
UNTITLED = "（无标题）"  # a notice without a title still needs an entry title

# what each lifecycle.status means, in the words of a Chinese reader
STATUS_WORDS = {
    "upcoming": "尚未开始",
    "open": "申报中",
    "closing": "即将截止",
    "closed": "已截止",
    "results": "已公布结果",
}

# what each lifecycle relation means
RELATION_WORDS = {
    lifecycle.AMENDS: "修改",
    lifecycle.AMENDED_BY: "被修改",
    lifecycle.RESULTS_OF: "结果",
    lifecycle.HAS_RESULTS: "已有结果",
}

# characters XML 1.0 cannot hold at all (lxml refuses them): C0 controls other than tab, LF, CR,
# surrogates and the two non-characters U+FFFE/U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def entry_id(notice: Notice) -> str:
    """The entry's Atom id: stable across edits of the notice, since it names only the notice."""
    return f"{ENTRY_ID_PREFIX}{notice.id}"


def entry_updated(notice: Notice, updated: Mapping[str, datetime | str] | None = None,
                  now: datetime | None = None) -> datetime:
    """When the notice last changed for a reader: `updated[notice.id]` when given, else its publication
    date at 00:00 in Beijing, else when it was fetched, else `now` (default: the current time).
    Times without a zone are taken as UTC, as the store writes them."""
    given = _as_datetime((updated or {}).get(notice.id))
    if given is not None:
        return given
    return _as_datetime(notice.published) or _as_datetime(notice.fetched_at) \
        or _as_datetime(now or datetime.now(timezone.utc))


def build_feed(
    notices: Iterable[Notice],
    *,
    title: str,
    feed_id: str,
    on: date,
    updated: Mapping[str, datetime | str] | None = None,
    link: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """An Atom feed (UTF-8 bytes) with one entry per notice, newest first (ties by id).

    - title, feed_id: the feed's title and Atom id (e.g. "urn:huiqi:profile:<name>"), as given.
    - on: the day the status and next steps are stated for.
    - updated: notice id -> when it last changed for a reader (see `entry_updated`); datetimes or
      ISO strings, naive ones taken as UTC.
    - link: the address the feed is served from, written as its rel="self" link.
    - now: the feed's `updated` when it has no entries (default: the current time); with entries it
      is the newest entry's, so the same notices give the same bytes.
    """
    if not title or not feed_id:
        raise ValueError("a feed needs a title and an id")
    chosen: dict[str, tuple[datetime, Notice]] = {}
    for notice in notices:
        if notice.id in chosen:  # the same notice given twice
            logger.debug("skipping duplicate notice %s", notice.id)
            continue
        chosen[notice.id] = (entry_updated(notice, updated, now), notice)
    ordered = sorted(chosen.values(), key=lambda item: item[1].id)
    ordered.sort(key=lambda item: item[0], reverse=True)  # stable: ties stay in id order

    feed = FeedGenerator()
    feed.id(_xml_text(feed_id))
    feed.title(_xml_text(title))
    feed.author({"name": AUTHOR})
    feed.language(LANGUAGE)
    feed.generator(GENERATOR)
    if link:
        feed.link(href=_xml_text(link), rel="self")
    feed.updated(ordered[0][0] if ordered else _as_datetime(now or datetime.now(timezone.utc)))
    for when, notice in ordered:
        _add_entry(feed, notice, when, on)
    logger.info("feed %s with %d entries", feed_id, len(ordered))
    data = feed.atom_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    # bidi controls dropped from every element at once (a title or summary can carry them)
    return strip_bidi_controls(data.decode("utf-8")).encode("utf-8")


def summary_text(notice: Notice, on: date) -> str:
    """The entry's plain-text content: status and next steps on `on`, the application deadline,
    regions, subjects and linked notices, one per line (lines with nothing to say are left out)."""
    lines = []
    state = lifecycle.status(notice, on)
    if state is not None:
        lines.append(f"状态（{on.isoformat()}）：{STATUS_WORDS.get(state, state)}（{state}）")
    steps = lifecycle.steps_text(lifecycle.next_steps(notice, on))
    if steps:
        lines.append(f"下一步：{steps}")
    if notice.apply_deadline is not None:
        closing = notice.closing_deadline(on)  # (a call in batches: the batch that closes next)
        when = closing.date.isoformat() + (f" {closing.time}" if closing.time else "")
        lines.append(f"申报截止：{when}")
    if notice.regions:
        lines.append("地区：" + "、".join(r.name for r in notice.regions))
    if notice.subjects:
        lines.append("申报对象：" + "、".join(s.name for s in notice.subjects))
    for related in notice.related:
        words = RELATION_WORDS.get(related.relation, related.relation)
        line = f"关联：{words}（{related.relation}）{related.id}"
        if related.title:
            line += f"《{related.title}》"
        lines.append(line)
    if notice.url:
        lines.append(f"原文：{notice.url}")
    return _xml_text("\n".join(lines))


def _add_entry(feed: FeedGenerator, notice: Notice, when: datetime, on: date) -> None:
    entry = feed.add_entry(order="append")
    entry.id(entry_id(notice))
    entry.title(_xml_text(notice.title) or UNTITLED)
    entry.updated(when)
    if notice.published is not None:
        entry.published(datetime.combine(notice.published, time(0), tzinfo=SHANGHAI))
    if notice.url:
        entry.link(href=_xml_text(notice.url), rel="alternate")
    if notice.account:
        entry.author({"name": _xml_text(notice.account)})
    # always content: RFC 4287 needs it (or an alternate link), and readers show it
    entry.content(summary_text(notice, on) or entry_id(notice), type="text")
    if notice.kind:
        entry.category(term=notice.kind, scheme=KIND_SCHEME)
    for name in dict.fromkeys(r.name for r in notice.regions if r.name):
        entry.category(term=_xml_text(name), scheme=REGION_SCHEME)


def _xml_text(value: str | None) -> str:
    """`value` without the characters XML cannot hold (markup characters stay: the library escapes them)."""
    return _NOT_XML.sub("", value or "")


def _as_datetime(value) -> datetime | None:
    """As pipeline.dates.as_datetime, to the second (feed times carry no fractions)."""
    found = as_datetime(value)
    return found.replace(microsecond=0) if found else None
