"""Feed sources: an RSS or Atom feed whose items link to article pages."""
from __future__ import annotations

import logging

from spiders import settings as harvest_settings
from spiders.base import SourceSpider
from spiders.feeds import FeedError, parse_feed

logger = logging.getLogger(__name__)


class FeedSpider(SourceSpider):
    def entry_request(self):
        url = self.source.url
        request = self.request(url, self.parse_feed, role="entry", validators=self.stored_validators(url))
        request.meta["download_maxsize"] = harvest_settings.value("FEED_MAXSIZE")
        return request

    def parse_feed(self, response):
        self.tally.pages += 1
        if response.status == 304:
            logger.info("%s: feed not modified since the last run", self.name)
            return
        try:
            entries = parse_feed(response.body, response.url)
        except FeedError as exc:
            self.tally.entry_failed = True
            self.tally.error(f"{response.url}: {exc}")
            logger.error("%s: %s", self.name, exc)
            return
        self.remember_validators(response)
        logger.info("%s: feed lists %d entries", self.name, len(entries))
        for entry in entries:
            request = self.follow_detail(entry.link, found_on=response.url, entry=entry)
            if request is not None:
                yield request
