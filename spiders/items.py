"""The one item spiders yield: a raw record plus where it came from (a plain dataclass)."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.records import RawRecord


@dataclass
class HarvestedRecord:
    record: RawRecord  # handed unchanged to Ingestor.add, the path importers take too
    source: str  # the harvest source's name (a dump's records may name their own `record.source`)
    url: str | None = None  # the detail page, for its HTTP validators; None for dump records
    etag: str | None = None
    last_modified: str | None = None
    file: str = ""  # dumps: the dump's URL and the record's index, for problem reports
    index: int | None = None
