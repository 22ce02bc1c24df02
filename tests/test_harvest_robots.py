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
