"""A robots.txt that cannot be read keeps its site out of the run (RFC 9309 2.3.1.4), against the local
fixture site; a missing one (404) allows all, as before."""
from __future__ import annotations

import pytest
from spider_site import FixtureSite, harvest, write_sources

SOURCES = """
[[source]]
name = "paged"
type = "list"
url = "{base}/list/index.html"
link_selector = "ul.list li a"
next_selector = "a.next"
max_pages = 1
content_selector = "div.article"
"""


@pytest.fixture
def site():
    fixture = FixtureSite().start()
    yield fixture
    fixture.stop()


def test_a_robots_txt_answering_a_server_error_keeps_the_site_out(site, tmp_path):
    site.route("/robots.txt", b"busy", {"Content-Type": "text/plain"}, status=503)
    run = harvest(site, write_sources(SOURCES, site.base, tmp_path), tmp_path / "data")
    assert [r.path for r in run.requests if r.path != "/robots.txt"] == []  # nothing else fetched
    assert run.source("paged")["status"] == "failed"  # reported, not taken as allowed
    assert any("robots.txt could not be read" in e for e in run.source("paged")["errors"])


def test_a_missing_robots_txt_allows_the_site(site, tmp_path):
    site.route("/robots.txt", b"not found", {"Content-Type": "text/plain"}, status=404)
    run = harvest(site, write_sources(SOURCES, site.base, tmp_path), tmp_path / "data")
    assert run.requested("/list/index.html")
    assert run.source("paged")["new"] >= 1


def test_twisted_hands_a_shared_deferreds_result_to_its_first_awaiting_future_only():
    # why StrictRobotsTxtMiddleware.robot_parser re-reads the parser table: Scrapy's middleware lets every
    # request waiting for robots.txt await one Deferred, and each waiter after the first got None
    import asyncio

    from twisted.internet.defer import Deferred

    loop = asyncio.new_event_loop()
    try:
        shared = Deferred()
        first, second = shared.asFuture(loop), shared.asFuture(loop)
        shared.callback("parser")
        loop.run_until_complete(asyncio.sleep(0))
        assert (first.result(), second.result()) == ("parser", None)
    finally:
        loop.close()


def test_a_request_that_waited_for_robots_txt_is_judged_by_the_parser_fetched():
    import asyncio
    from types import SimpleNamespace

    from protego import Protego
    from scrapy import Request
    from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
    from scrapy.exceptions import IgnoreRequest
    from scrapy.robotstxt import ProtegoRobotParser

    from spiders.middlewares import StrictRobotsTxtMiddleware

    middleware = StrictRobotsTxtMiddleware.__new__(StrictRobotsTxtMiddleware)
    parser = ProtegoRobotParser.__new__(ProtegoRobotParser)
    parser.rp = Protego.parse("User-agent: *\nDisallow: /private/\n")
    middleware._parsers = {"example.gov.cn": parser}
    middleware._unreadable = {}
    middleware._robotstxt_useragent = "huiqi"
    middleware._stats = SimpleNamespace(inc_value=lambda *args: None)
    middleware.crawler = SimpleNamespace(spider=None)

    async def waited_and_got_none(self, request):  # what a later waiter on the shared Deferred receives
        return None

    original = RobotsTxtMiddleware.robot_parser
    RobotsTxtMiddleware.robot_parser = waited_and_got_none
    try:
        request = Request("https://example.gov.cn/private/secret.html")
        rp = asyncio.run(middleware.robot_parser(request))
    finally:
        RobotsTxtMiddleware.robot_parser = original
    assert rp is parser
    with pytest.raises(IgnoreRequest):
        middleware.process_request_2(rp, request)
