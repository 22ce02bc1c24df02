"""What searches and drift checks return: plain dataclasses, rendered by index/render.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Highlight:
    """A fragment of a field with the character spans [start, end) of matched words in it."""

    field: str  # "title" or "text"
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text, "spans": [list(s) for s in self.spans]}


@dataclass
class SearchHit:
    id: str
    score: float | None
    record: dict[str, Any]  # the export-contract record (Notice.export_record)
    source: str = ""
    highlights: list[Highlight] = field(default_factory=list)
    issuer: str = ""  # the body that issued the notice, when the caller read it from the store

    @property
    def title(self) -> str:
        return self.record.get("title") or ""

    @property
    def kind(self) -> str | None:
        return self.record.get("kind")

    @property
    def region_names(self) -> list[str]:
        return [r["name"] for r in self.record.get("regions") or []]

    @property
    def apply_deadline(self) -> date | None:
        value = self.record.get("apply_deadline")
        return date.fromisoformat(value) if value else None

    @property
    def published(self) -> date | None:
        value = self.record.get("published")
        return date.fromisoformat(value) if value else None

    def to_json(self) -> dict[str, Any]:
        """The export record with `score` and `highlights` added (the --json form)."""
        score = round(self.score, 4) if self.score is not None else None
        return {**self.record, "score": score, "highlights": [h.to_dict() for h in self.highlights]}


@dataclass
class FacetCount:
    value: str | None  # kind name or region code; None for notices without one
    label: str  # what to show: the kind, the region's name
    count: int


@dataclass
class SearchResults:
    hits: list[SearchHit]
    total: int  # matching notices, all pages
    page: int
    limit: int
    sort: str
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)  # "kind", "region"

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))


@dataclass
class Drift:
    """Differences between the store (the truth) and the index."""

    missing: list[str] = field(default_factory=list)  # in the store, not in the index
    extra: list[str] = field(default_factory=list)  # in the index, not in the store
    stale: list[str] = field(default_factory=list)  # indexed with another content hash
    outdated: str | None = None  # why the whole index needs `huiqi reindex`, if it does

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.stale or self.outdated)

    def summary(self) -> str:
        if self.clean:
            return "index matches the store"
        parts = [f"{len(self.missing)} missing", f"{len(self.extra)} extra", f"{len(self.stale)} stale"]
        text = "index drift: " + ", ".join(parts)
        return text + (f"; {self.outdated}" if self.outdated else "")
