"""The one record type: a `Notice`, created by importers and spiders and filled by every later stage.

Extracted values carry their evidence (the sentence they came from), so `huiqi show` can say why.
`to_dict`/`from_dict` round-trip a notice through JSON-able types; `export_record` is the external
contract (see README, "Export contract") and must keep its key names.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pipeline.patterns.dates import BATCH_NAME

KINDS = ("call", "publicity", "policy", "interpretation", "event", "digest")


@dataclass
class Region:
    """A place where applicants must be: full official name, GB/T 2260 code, level."""

    name: str
    code: str  # six digits; "000000" for 全国
    level: str  # country | province | city | county
    evidence: str = ""


@dataclass
class Deadline:
    """A date that closes a window for action, with what closes (label) and the time of day if stated."""

    date: date
    time: str | None = None  # "17:00"
    label: str = ""
    evidence: str = ""


@dataclass
class Phone:
    number: str  # "025-68788795", "13812345678", "4008696086"
    ext: str | None = None
    label: str | None = None  # contact person or department
    evidence: str = ""


@dataclass
class Subject:
    """An eligible applicant type from the closed vocabulary in pipeline/patterns/subjects.py."""

    name: str
    evidence: str = ""


@dataclass
class Amount:
    """A funding amount as stated ("最高不超过500万元"), with its value in 万元 when it parses."""

    text: str
    wan_yuan: float | None = None
    evidence: str = ""


@dataclass
class Notice:
    # identity and provenance
    id: str = ""
    source: str = ""  # feed / account / dump name
    source_id: str | None = None  # the source's own identifier (e.g. a WeChat dump's aid)
    url: str | None = None  # canonical URL
    provenance: str = ""  # "path/to/file.json#12" or the fetched URL
    fetched_at: str | None = None  # ISO timestamp
    # content
    title: str = ""  # clean title, prefix tags removed
    raw_title: str = ""
    title_derived: bool = False  # the record had no title: `title` was derived from the text
    title_tags: list[str] = field(default_factory=list)  # ["南京"] from "南京丨…"
    account: str | None = None
    origin: str | None = None  # the 来源 line of the account's footer
    published: date | None = None
    content_html: str | None = None
    text: str = ""
    content_hash: str = ""
    # extracted (pipeline/extract)
    kind: str | None = None
    kind_evidence: str = ""
    regions: list[Region] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    apply_deadline: date | None = None
    apply_deadline_evidence: str = ""
    phones: list[Phone] = field(default_factory=list)
    subjects: list[Subject] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    system_urls: list[str] = field(default_factory=list)
    doc_numbers: list[str] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)
    # the call's life, filled by the store from its links (pipeline/lifecycle.py); not extracted
    related: list = field(default_factory=list)  # lifecycle.Link
    deadline_history: list = field(default_factory=list)  # lifecycle.DeadlineChange

    def closing_deadline(self, on: date | None = None) -> Deadline | None:
        """When applications close: the apply deadline (with the time and label of the deadline entry
        on that day), else the last of the notice's deadlines, else None. A call taken in batches
        (its applicants' deadlines labelled 第一批…, 第二批…) closes with its batch: on `on`, the latest
        deadline of the first batch still open that day; without a date, that of its last batch."""
        later = self.later_batches()
        if later and on is None:
            return later[-1]  # the call stays open until its last batch closes
        if later and on > self.apply_deadline:
            return next((d for d in later if d.date >= on), later[-1])
        if self.apply_deadline is not None:
            same_day = [d for d in self.deadlines if d.date == self.apply_deadline]
            entry = same_day[-1] if same_day else None
            return Deadline(
                date=self.apply_deadline,
                time=entry.time if entry else None,
                label=entry.label if entry else "",
                evidence=self.apply_deadline_evidence or (entry.evidence if entry else ""),
            )
        if self.deadlines:
            return max(self.deadlines, key=lambda d: (d.date, d.time or ""))
        return None

    def later_batches(self) -> list[Deadline]:
        """For a call whose apply deadline is one batch's of two or more, each later batch's latest
        deadline (online and paper dates of one batch are one batch), in date order."""
        if self.apply_deadline is None:
            return []
        batches: dict[str, Deadline] = {}  # batch name -> its latest deadline
        for deadline in sorted(self.deadlines, key=lambda d: (d.date, d.time or "")):
            name = BATCH_NAME.match(deadline.label)
            if name:
                batches[name.group()] = deadline
        current = {BATCH_NAME.match(d.label).group() for d in self.deadlines
                   if d.date == self.apply_deadline and BATCH_NAME.match(d.label)}
        if len(batches) < 2 or not current:
            return []
        return sorted((d for name, d in batches.items() if name not in current and d.date > self.apply_deadline),
                      key=lambda d: d.date)

    def compute_content_hash(self) -> str:
        """Hash of what a reader sees (title and clean text): a change here is an update."""
        digest = hashlib.sha256(f"{self.title}\n{self.text}".encode("utf-8")).hexdigest()
        self.content_hash = digest[:32]
        return self.content_hash

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(dataclasses.asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Notice:
        values = dict(data)
        values["published"] = _parse_date(values.get("published"))
        values["apply_deadline"] = _parse_date(values.get("apply_deadline"))
        values["regions"] = [Region(**r) for r in values.get("regions") or []]
        values["deadlines"] = [
            Deadline(**{**d, "date": _parse_date(d["date"])}) for d in values.get("deadlines") or []
        ]
        values["phones"] = [Phone(**p) for p in values.get("phones") or []]
        values["subjects"] = [Subject(**s) for s in values.get("subjects") or []]
        values["amounts"] = [Amount(**a) for a in values.get("amounts") or []]
        known = {f.name for f in dataclasses.fields(cls)} - {"related", "deadline_history"}  # read from the store
        return cls(**{k: v for k, v in values.items() if k in known})

    def export_record(self, on: date | None = None) -> dict[str, Any]:
        """The export contract: names and shapes read by checks outside the project. `status` is
        the call's state on `on` (default: today in China)."""
        from pipeline import lifecycle
        from pipeline.dates import today_cn

        return {
            "id": self.id,
            "source_id": self.source_id,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "account": self.account,
            "kind": self.kind,
            "regions": [{"name": r.name, "code": r.code, "level": r.level} for r in self.regions],
            "deadlines": [
                {"date": d.date.isoformat(), "time": d.time, "label": d.label} for d in self.deadlines
            ],
            "apply_deadline": self.apply_deadline.isoformat() if self.apply_deadline else None,
            "phones": [{"number": p.number, "ext": p.ext, "label": p.label} for p in self.phones],
            "subjects": [s.name for s in self.subjects],
            "title_derived": self.title_derived,  # added by issue 11: the record had no title
            # added by issue 13: the call's state on the export date and its linked notices
            "status": lifecycle.status(self, on or today_cn()),
            "related": [link.to_record() for link in self.related],
        }


def _parse_date(value: Any) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    return date.fromisoformat(str(value)[:10])


def _to_jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
