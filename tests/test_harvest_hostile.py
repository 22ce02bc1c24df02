"""The reliability drill's hostile site, run against the local fixture site in one harvest.

A list whose links redirect out of the source's fence (another port of the same host, localhost,
https on the same port, file:, data:, a meta refresh), link to another port directly, serve pages far
larger than a notice (announced, unannounced, gzipped), or lie about their charset (an unknown label, a utf-16 label or BOM on UTF-8
bytes); a feed of 2,000 items; and a paginated list cut at max_pages. Every refusal must be counted
and named in the run record, nothing outside the fence requested or stored, and `huiqi runs` must say
when a limit cut a source short.
"""
from __future__ import annotations

import codecs
import gzip
from urllib.parse import urlsplit

import pytest
from spider_site import FixtureSite, harvest, write_sources

from pipeline.store import Store

pytestmark = pytest.mark.slow

FEED_ITEMS = 2_000
FEED_CAP = 5  # HUIQI_FEED_MAX_ITEMS for this run; the default (500) is checked in test_sources
HUGE = 6 * 1024 * 1024  # over the 5 MiB page cap (spiders/settings.py DOWNLOAD_MAXSIZE)

SOURCES = """
[[source]]
name = "hostile"
type = "list"
url = "{base}/hostile/list.html"
link_selector = "ul a"

[[source]]
name = "big-feed"
type = "feed"
url = "{base}/hostile/feed.xml"

[[source]]
name = "paged"
type = "list"
url = "{base}/list/index.html"
link_selector = "ul.list li a"
next_selector = "a.next"
max_pages = 2
content_selector = "div.article"
"""


HTML = {"Content-Type": "text/html; charset=utf-8"}


def article(title: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta name="ArticleTitle" content="{title}"></head><body>'
        '<div class="article"><p>各设区市工业和信息化局：</p><p>现将有关事项通知如下，请于2025年10月20日前报送申报材料。</p>'
        "<p>联系电话：025-83330001</p></div></body></html>"
    )


def utf8(title: str) -> bytes:
    return article(title).encode("utf-8")


# Pages that lie about their charset: path -> (title, body, Content-Type).
CHARSET_LIES = {
    "/hostile/rot13.html": ("关于申报字符集测试一的通知", utf8, "text/html; charset=rot13"),
    "/hostile/utf16-label.html": ("关于申报字符集测试二的通知", utf8, "text/html; charset=utf-16"),
    "/hostile/utf16-bom.html": ("关于申报字符集测试三的通知", lambda t: codecs.BOM_UTF16_LE + utf8(t), "text/html"),
    "/hostile/utf16-meta.html": ("关于申报字符集测试四的通知", lambda t: b'<meta charset="utf-16">' + utf8(t),
                                 "text/html"),
}


def serve_hostile_list(site: FixtureSite, other: FixtureSite) -> None:
    """/hostile/list.html: links out of the fence, to pages too large, and to charset lies."""
    redirects = {
        "/hostile/other-port.html": f"{other.base}/articles/a1.html",  # same host, another port
        "/hostile/localhost.html": f"http://localhost:{site.port}/articles/a2.html",
        "/hostile/https.html": f"https://127.0.0.1:{site.port}/articles/a3.html",
        "/hostile/file.html": "file:///etc/passwd",
        "/hostile/data.html": "data:text/html,<title>x</title><p>injected</p>",
    }
    for path, location in redirects.items():
        site.redirect(path, location)
    refresh = f'<meta http-equiv="refresh" content="0;url={other.base}/articles/edit.html">'
    site.route("/hostile/refresh.html", refresh.encode(), HTML)
    huge = ("<p>" + "很长的页面。" * 100 + "</p>").encode() * (HUGE // 1800)
    site.route("/hostile/huge.html", huge, HTML)
    site.route("/hostile/huge-unannounced.html", huge, HTML, length=False)
    site.route("/hostile/gzip-bomb.html", gzip.compress(huge), {**HTML, "Content-Encoding": "gzip"})
    site.route("/hostile/attachment.pdf", b"%PDF-1.4 " + bytes(HUGE), {"Content-Type": "application/pdf"})
    for path, (title, body, content_type) in CHARSET_LIES.items():
        site.route(path, body(title), {"Content-Type": content_type})
    links = [*redirects, "/hostile/refresh.html", f"{other.base}/articles/a4.html", "/hostile/huge.html",
             "/hostile/huge-unannounced.html", "/hostile/gzip-bomb.html", "/hostile/attachment.pdf",
             *CHARSET_LIES]
    anchors = "".join(f'<li><a href="{url}">通知</a></li>' for url in links)
    site.route("/hostile/list.html", f"<ul>{anchors}</ul>".encode(), HTML)


def serve_feed(site: FixtureSite, folder: str, items: int, articles: int) -> None:
    """/{folder}/feed.xml: `items` items linking /{folder}/items/N.html, of which the first `articles` exist."""
    entries = "".join(f"<item><title>第{n}号通知</title><link>{site.base}/{folder}/items/{n}.html</link></item>"
                      for n in range(items))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'
    site.route(f"/{folder}/feed.xml", feed.encode(), {"Content-Type": "application/rss+xml"})
    for n in range(articles):
        site.route(f"/{folder}/items/{n}.html", utf8(f"关于第{n}号申报工作的通知"), HTML)


def serve_big_feed(site: FixtureSite) -> None:
    """/hostile/feed.xml: FEED_ITEMS items, of which only the first few articles exist."""
    serve_feed(site, "hostile", FEED_ITEMS, FEED_CAP + 5)


@pytest.fixture(scope="module")
def sites():
    site, other = FixtureSite().start(), FixtureSite().start()
    yield site, other
    site.stop()
    other.stop()


@pytest.fixture(scope="module")
def run(sites, tmp_path_factory):
    site, other = sites
    serve_hostile_list(site, other)
    serve_big_feed(site)
    sources = write_sources(SOURCES, site.base, tmp_path_factory.mktemp("config"))
    data_dir = tmp_path_factory.mktemp("data")
    other.clear_log()
    # A longer timeout than FAST's: no page here is slow, and the first notice stored loads the
    # extractors' dictionaries while the large downloads are under way.
    env = {"HUIQI_FEED_MAX_ITEMS": str(FEED_CAP), "HUIQI_DOWNLOAD_TIMEOUT": "10"}
    result = harvest(site, sources, data_dir, env=env)
    assert result.report is not None, result.stderr
    store = Store(data_dir / "huiqi.db")
    yield result, other, store, data_dir
    store.close()


def stored(store: Store) -> dict[str, str]:
    return {urlsplit(n.url).path: n.title for n in store.iter_notices()}


# --- the fence -------------------------------------------------------------------------------------


def test_nothing_outside_the_fence_is_requested_or_stored(run, sites):
    result, other, store, _ = run
    assert other.requests == []  # neither the redirect to another port nor the direct link
    site, _ = sites
    assert {r.host for r in result.requests} == {f"127.0.0.1:{site.port}"}  # no localhost
    notices = list(store.iter_notices())
    assert {urlsplit(n.url).netloc for n in notices} == {f"127.0.0.1:{site.port}"}
    assert not any("injected" in n.text for n in notices)


def test_each_refusal_is_counted_and_named(run, sites):
    result = run[0]
    site, other = sites
    hostile = result.source("hostile")
    assert hostile["refused"] == 7  # six redirects and one link
    errors = "\n".join(hostile["errors"])
    assert f"/hostile/other-port.html: redirect to {other.base}/articles/a1.html refused: " \
           f"http:{other.port} is not the source's port (http:{site.port})" in errors
    assert "/hostile/localhost.html: redirect to http://localhost:" in errors
    assert "host localhost is not among the source's domains" in errors
    assert f"https:{site.port} is not the source's port" in errors
    assert "/hostile/file.html: redirect to file:///etc/passwd refused: scheme file: is not http(s)" in errors
    assert "/hostile/data.html: redirect to data:text/html" in errors and "scheme data: is not http(s)" in errors
    assert f"/hostile/refresh.html: redirect to {other.base}/articles/edit.html refused" in errors
    assert f"link {other.base}/articles/a4.html refused: http:{other.port} is not the source's port" in errors
    assert "HTTP 302" not in errors


def test_refused_redirects_are_failures_and_the_status_says_so(run):
    result, _, store, _ = run
    hostile = result.source("hostile")
    assert hostile["failed"] == 9  # six refused redirects, three pages over the size cap
    assert hostile["status"] == "partial"
    (recorded,) = [s for s in store.runs()[0]["per_source"] if s["source"] == "hostile"]
    assert recorded["status"] == "partial, 7 refused"


# --- size caps -------------------------------------------------------------------------------------


def test_pages_larger_than_the_cap_are_refused_and_counted(run):
    result, _, store, _ = run
    errors = "\n".join(result.source("hostile")["errors"])
    assert "/hostile/huge.html: larger than the 5 MiB size cap" in errors
    assert "/hostile/huge-unannounced.html: larger than the 5 MiB size cap" in errors
    assert "/hostile/gzip-bomb.html: larger than the 5 MiB size cap" in errors  # once inflated
    assert not [path for path in stored(store) if "huge" in path or "gzip" in path]


def test_an_attachment_linked_as_a_page_is_skipped_once_its_headers_arrive(run):
    hostile = run[0].source("hostile")
    assert hostile["skipped"] == 1
    assert any(e.endswith("/hostile/attachment.pdf: skipped, not an HTML page (application/pdf)")
               for e in hostile["errors"])  # not "larger than the size cap": its body was not read


def test_a_feed_far_longer_than_its_cap_is_cut_there(run):
    result = run[0]
    feed = result.source("big-feed")
    assert (feed["new"], feed["failed"], feed["status"]) == (FEED_CAP, 0, "ok")
    assert feed["cut"] == f"max_items {FEED_CAP}"
    requested = [r for r in result.requests if r.path.startswith("/hostile/items/")]
    assert len(requested) == FEED_CAP


# --- charsets --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", CHARSET_LIES)
def test_a_lying_charset_does_not_fail_or_garble_the_page(run, path):
    store = run[2]
    assert stored(store).get(path) == CHARSET_LIES[path][0]


# --- limits in the run record ----------------------------------------------------------------------


def test_pagination_cut_at_max_pages_is_not_reported_as_plain_ok(run):
    from click.testing import CliRunner

    from cli import main

    result, _, _, data_dir = run
    paged = result.source("paged")
    assert (paged["status"], paged["cut"]) == ("ok", "max_pages 2")
    shown = CliRunner().invoke(main, ["--data-dir", str(data_dir), "runs"], catch_exceptions=False).stdout
    assert "\n  paged: ok, cut at max_pages 2, " in shown
    assert f"\n  big-feed: ok, cut at max_items {FEED_CAP}, " in shown
    assert "\n  hostile: partial, 7 refused, " in shown
