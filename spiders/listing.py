"""List sources: HTML list pages (栏目页) linking to detail pages, followed through a next-page link."""
from __future__ import annotations

import logging

from spiders.base import SourceSpider
from spiders.encoding import decode_html
from spiders.links import list_links, next_page_url

logger = logging.getLogger(__name__)


class ListSpider(SourceSpider):
    def entry_request(self):
        url = self.source.url
        return self.request(url, self.parse_list, role="entry", validators=self.stored_validators(url), page=1)

    def parse_list(self, response, page: int):
        self.tally.pages += 1
        if response.status == 304:
            logger.info("%s: list page %d not modified since the last run", self.name, page)
            return
        markup = decode_html(response.body, response.headers.get("Content-Type")).text
        links = list_links(markup, response.url, self.source.link_selector)
        if not links:
            # The site's layout changed (or the page is an error page served with status 200).
            message = f"{response.url}: link_selector {self.source.link_selector!r} matched no links"
            self.tally.error(message)
            logger.warning("%s: %s", self.name, message)
            if page == 1:
                self.tally.entry_failed = True
            else:
                self.tally.failed += 1
            return
        self.remember_validators(response)
        new = 0
        for url in links:
            request = self.follow_detail(url, found_on=response.url)
            if request is not None:
                new += 1
                yield request
        logger.info("%s: list page %d: %d links, %d new", self.name, page, len(links), new)
        if not self.source.next_selector:
            return
        if new == 0:
            # Lists are newest first: a page of known links means the older pages were harvested before.
            logger.info("%s: nothing new on page %d; not following older pages", self.name, page)
            return
        next_url = next_page_url(markup, response.url, self.source.next_selector)
        if not next_url:
            return
        if page >= self.source.max_pages:
            # Older pages may hold new notices too: the run record must not call this plain "ok".
            self.tally.cut("max_pages", self.source.max_pages)
            logger.info("%s: cut at max_pages %d; not following %s", self.name, self.source.max_pages, next_url)
            return
        if self.may_follow(next_url, found_on=response.url):
            yield self.request(next_url, self.parse_list, role="list", validators=self.stored_validators(next_url),
                               page=page + 1)
