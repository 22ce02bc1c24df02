"""Raw source records into normalised `Notice`s: the step importers and spiders share.

A raw record is whatever a source gives (a dump row, a parsed page) reduced to the fields below;
a dump's values arrive as JSON gave them, so any field may hold a number, a list or NaN.
Bad input raises `RecordError` naming the field; the caller adds file and record index.
"""
from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from pipeline.dates import date_from_timestamp, date_of_datetime
from pipeline.normalize import derive_title, normalise_content, split_title
from pipeline.notice import Notice
from pipeline.urls import canonical_url, notice_id

MAX_CONTENT_CHARS = 2_000_000  # larger content (text or HTML) is cut, with a warning, before normalising
# A notice's clean text is cut here, with a warning: long policy documents run to some 50,000
# characters, and segmenting and extracting a page-sized blob would hold an import for minutes.
MAX_TEXT_CHARS = 200_000


class RecordError(ValueError):
    """A record that cannot become a notice; `field` names the culprit."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass
class RawRecord:
    title: str | None
    content: str | None = None  # text or HTML
    url: str | None = None
    published: str | date | None = None
    account: str | None = None
    source: str = ""
    source_id: str | None = None
    provenance: str = ""
    content_html: str | None = None  # the page's original HTML, when a spider has it


_DATE_PATTERNS = (
    re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"),
    re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\b"),
)


def parse_published(value: str | date | int | float | None) -> date | None:
    """Publication dates as dumps write them: ISO dates and datetimes, 2025/9/24, 2025年9月24日, epoch s."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise RecordError("published", f"not a date: {value}")
        return _from_timestamp(value)
    text = str(value)
    if len(text.strip()) > 10 and ("T" in text or "+" in text or text.rstrip().endswith("Z")):
        try:  # an ISO datetime with a zone: its date in Beijing, not in the writer's zone
            return date_of_datetime(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
        except ValueError:
            pass
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                break
    if text.strip().isdigit() and len(text.strip()) == 10:
        return _from_timestamp(int(text))
    raise RecordError("published", f"unparseable date {text[:40]!r}")


def _from_timestamp(value: int | float) -> date:
    try:
        return date_from_timestamp(value)
    except (ValueError, OverflowError, OSError) as exc:  # milliseconds, far out of range
        raise RecordError("published", f"timestamp {value!r} out of range ({exc})") from None


def _canonical_url(url) -> str | None:
    if url is None or url == "":
        return None
    if not isinstance(url, str):
        raise RecordError("url", f"expected text, got {type(url).__name__}")
    try:
        return canonical_url(url)
    except ValueError as exc:  # urlsplit: "Invalid IPv6 URL", bad port …
        raise RecordError("url", f"malformed URL {url[:80]!r} ({exc})") from None


def _identifier(field: str, value) -> str | None:
    """A source name or source id as text. They make the notice's id, so a list or an object (whose
    Python repr would become the id), a boolean or NaN is an error, not text."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    got = value if isinstance(value, float) else type(value).__name__  # "nan", "inf", "list" …
    raise RecordError(field, f"expected text or a number, got {got}")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(value):
    """Text with lone UTF-16 surrogates (from escaped JSON like "\\ud800") replaced: SQLite and every
    file we write need valid UTF-8."""
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def build_notice(raw: RawRecord) -> Notice:
    """Validate and normalise one raw record. Raises RecordError."""
    raw = dataclasses.replace(raw, **{f.name: _encodable(getattr(raw, f.name)) for f in dataclasses.fields(raw)})
    if raw.title is not None and not isinstance(raw.title, str):
        raise RecordError("title", f"expected text, got {type(raw.title).__name__}")
    if raw.content is not None and not isinstance(raw.content, str):
        raise RecordError("content", f"expected text, got {type(raw.content).__name__}")
    content = raw.content or ""
    if len(content) > MAX_CONTENT_CHARS:
        content = content[:MAX_CONTENT_CHARS]
    cleaned = normalise_content(content)
    text = cleaned.text[:MAX_TEXT_CHARS]
    title, tags = split_title(raw.title or "")
    title_derived = not title
    if title_derived:
        # A record without a title keeps its content: the title is derived from the text and the
        # notice is flagged, in the store and in `huiqi show`.
        title = derive_title(text)
        if not title:
            raise RecordError("title", "missing or empty, and no text to derive one from")
    notice = Notice(
        source=_identifier("source", raw.source) or "",
        source_id=_identifier("source_id", raw.source_id),
        url=_canonical_url(raw.url),
        provenance=raw.provenance,
        fetched_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        title=title,
        raw_title=(raw.title or "").strip(),
        title_derived=title_derived,
        title_tags=tags,
        account=(raw.account or "").strip() or None,
        origin=cleaned.origin,
        published=parse_published(raw.published),
        content_html=raw.content_html,
        text=text,
    )
    notice.compute_content_hash()
    notice.id = notice_id(notice.url, notice.source, notice.source_id, notice.content_hash)
    return notice
