"""JSON-dump sources: a dump at a URL, read by the same importer as `huiqi import`."""
from __future__ import annotations

import dataclasses
import logging
import os
import tempfile

from pipeline.importer import FieldMap, read_records
from spiders import settings as harvest_settings
from spiders.base import SourceSpider
from spiders.items import HarvestedRecord

logger = logging.getLogger(__name__)


class DumpSpider(SourceSpider):
    def entry_request(self):
        url = self.source.url
        request = self.request(url, self.parse_dump, role="entry", validators=self.stored_validators(url))
        request.meta["download_maxsize"] = harvest_settings.value("DUMP_MAXSIZE")
        return request

    def parse_dump(self, response):
        self.tally.pages += 1
        if response.status == 304:
            logger.info("%s: dump not modified since the last run", self.name)
            return
        field_map = FieldMap(dict(self.source.field_map))
        # The importer streams from a file; a temporary copy keeps its one code path for dumps.
        handle, path = tempfile.mkstemp(prefix="huiqi-dump-", suffix=".json")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(response.body)
            read = 0
            for item in read_records(path):
                if item.problem is not None:
                    problem = dataclasses.replace(item.problem, file=response.url)  # not the copy's path
                    if problem.record is None:  # the dump itself is unreadable, or cut short
                        self.tally.error(str(problem))
                        self.tally.entry_failed = True
                        logger.error("%s: %s", self.name, problem)
                        return
                    # one record the reader could not decode: reported like those the Ingestor rejects
                    self.tally.error(f"rejected {problem}")
                    self.tally.details_tried += 1
                    self.tally.rejected += 1
                    continue
                if not self.take_item():
                    break
                read += 1
                self.tally.details_tried += 1
                self.tally.details_ok += 1
                raw = field_map.raw_record(item.data, f"{response.url}#{item.index}", self.name)
                yield HarvestedRecord(record=raw, source=self.name, file=response.url, index=item.index)
        finally:
            os.unlink(path)
        self.remember_validators(response)
        logger.info("%s: %d records read from the dump", self.name, read)
