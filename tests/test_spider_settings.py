"""Polite settings, their environment overrides, retry timing, the crawl fence, size caps and
per-source status rules."""
from datetime import datetime, timezone

import pytest

from spiders import settings
from spiders.context import SourceStats, status_line
from spiders.fence import Fence


def test_polite_defaults():
    built = settings.scrapy_settings()
    assert built["ROBOTSTXT_OBEY"] is True
    assert built["AUTOTHROTTLE_ENABLED"] is True
    assert 1 <= built["CONCURRENT_REQUESTS_PER_DOMAIN"] <= 2
    assert built["DOWNLOAD_DELAY"] >= 1
    assert built["DOWNLOAD_TIMEOUT"] <= 60
    assert {429, 500, 502, 503, 504} <= set(built["RETRY_HTTP_CODES"])
    assert built["USER_AGENT"].startswith("huiqi/")
    assert built["DOWNLOADER_MIDDLEWARES"]["spiders.middlewares.BackoffRetryMiddleware"] == 550
    assert built["DOWNLOADER_MIDDLEWARES"]["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert built["ITEM_PIPELINES"] == {"spiders.pipelines.IngestPipeline": 300}
    assert built["TELNETCONSOLE_ENABLED"] is False and built["REMOTE_CONTROL_ENABLED"] is False


def test_environment_overrides_are_typed(monkeypatch):
    monkeypatch.setenv("HUIQI_DOWNLOAD_DELAY", "0")
    monkeypatch.setenv("HUIQI_AUTOTHROTTLE_ENABLED", "no")
    monkeypatch.setenv("HUIQI_RETRY_TIMES", "1")
    monkeypatch.setenv("HUIQI_RETRY_HTTP_CODES", "429,503")
    built = settings.scrapy_settings()
    assert built["DOWNLOAD_DELAY"] == 0.0
    assert built["AUTOTHROTTLE_ENABLED"] is False
    assert built["RETRY_TIMES"] == 1
    assert built["RETRY_HTTP_CODES"] == [429, 503]


def test_bad_override_keeps_the_default(monkeypatch, caplog):
    monkeypatch.setenv("HUIQI_DOWNLOAD_TIMEOUT", "soon")
    assert settings.value("DOWNLOAD_TIMEOUT") == settings.DOWNLOAD_TIMEOUT
    assert "HUIQI_DOWNLOAD_TIMEOUT" in caplog.text


def test_contact_goes_into_the_user_agent(monkeypatch):
    monkeypatch.setenv("HUIQI_CONTACT", "ops@example.org")
    assert settings.user_agent().endswith("; +ops@example.org)")


def test_retry_after_in_seconds_or_as_a_date():
    from spiders.middlewares import retry_after_seconds

    now = datetime(2025, 9, 24, 8, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds("Wed, 24 Sep 2025 08:01:30 GMT", now=now) == 90.0
    assert retry_after_seconds("Wed, 24 Sep 2025 07:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


def test_backoff_doubles_up_to_a_cap():
    from spiders.middlewares import backoff_seconds

    assert [backoff_seconds(n, 5.0, 30.0) for n in (1, 2, 3, 4, 5)] == [5.0, 10.0, 20.0, 30.0, 30.0]


def test_source_status_rules():
    assert SourceStats().status == "ok"
    assert SourceStats(entry_failed=True, pages=0).status == "failed"
    assert SourceStats(details_tried=2, details_ok=0, failed=2).status == "failed"
    assert SourceStats(details_tried=3, details_ok=2, failed=1).status == "partial"
    assert SourceStats(details_tried=3, details_ok=3, rejected=1).status == "partial"
    assert SourceStats(details_tried=1, details_ok=1, skipped=1).status == "ok"  # e.g. a deleted article
    # A dead link among known pages is not a failed source; a timeout on the only new page is.
    assert SourceStats(details_tried=1, failed=1, gone=1).status == "partial"
    assert SourceStats(details_tried=2, failed=2, gone=1).status == "failed"


def test_error_samples_are_capped():
    stats = SourceStats(max_errors=2)
    for n in range(5):
        stats.error(f"e{n}")
    assert stats.errors == ["e0", "e1"]


def test_refusals_are_sampled_apart_from_errors():
    stats = SourceStats(max_errors=2)
    for n in range(3):
        stats.error(f"e{n}")
        stats.refuse(f"r{n}", failed=n == 0)
    assert (stats.refused, stats.failed) == (3, 1)
    assert stats.record()["errors"] == ["e0", "e1", "r0", "r1"]


def test_status_line_names_what_ok_would_hide():
    assert status_line(SourceStats().record()) == "ok"
    cut = SourceStats()
    cut.cut("max_pages", 2)
    assert status_line(cut.record()) == "ok, cut at max_pages 2"
    refused = SourceStats(details_tried=2, details_ok=1)
    refused.refuse("x", failed=True)
    refused.refuse("y", failed=False)
    assert status_line(refused.record()) == "partial, 2 refused"


def test_an_item_cap_keeps_the_list_validators_unsaved_but_max_pages_does_not():
    pages, items = SourceStats(), SourceStats()
    pages.cut("max_pages", 5)
    items.cut("max_items", 500)
    assert pages.complete and not items.complete


# --- the crawl fence --------------------------------------------------------------------------------

GOV = Fence.around("http://gxt.example.gov.cn/tzgg/index.html", ["gxt.example.gov.cn", "mp.weixin.qq.com"])
LOCAL = Fence.around("http://127.0.0.1:8080/list.html", ["127.0.0.1"])


@pytest.mark.parametrize("url", [
    "http://gxt.example.gov.cn/art/1.html",
    "https://gxt.example.gov.cn/art/1.html",  # sites move to https
    "http://GXT.example.gov.cn.:80/art/1.html",  # case, the root's dot and the default port
    "http://www.gxt.example.gov.cn/art/1.html",  # a subdomain
    "https://mp.weixin.qq.com/s/abc",  # a listed domain
])
def test_inside_the_fence(url):
    assert GOV.refusal(url) is None and url in GOV


@pytest.mark.parametrize("fence, url, reason", [
    (GOV, "http://gxt.example.gov.cn:8080/art/1.html", "http:8080 is not the source's port (http:80, https:443)"),
    (GOV, "https://gxt.example.gov.cn:80/", "https:80 is not the source's port"),
    (GOV, "http://example.gov.cn/", "host example.gov.cn is not among the source's domains"),
    (GOV, "http://evilgxt.example.gov.cn.attacker.org/", "host evilgxt.example.gov.cn.attacker.org is not"),
    (GOV, "http://localhost/", "host localhost is not among the source's domains"),
    (GOV, "http://127.0.0.1/", "host 127.0.0.1 is not among the source's domains"),
    (GOV, "file:///etc/passwd", "scheme file: is not http(s)"),
    (GOV, "data:text/html,<p>x</p>", "scheme data: is not http(s)"),
    (GOV, "ftp://gxt.example.gov.cn/", "scheme ftp: is not http(s)"),
    (GOV, "//gxt.example.gov.cn/", "scheme (none) is not http(s)"),
    (GOV, "http://gxt.example.gov.cn:99999/", "not a valid URL"),
    (LOCAL, "http://127.0.0.1:8081/a.html", "http:8081 is not the source's port (http:8080)"),
    (LOCAL, "https://127.0.0.1:8080/a.html", "https:8080 is not the source's port (http:8080)"),
    (LOCAL, "http://127.0.0.1/a.html", "http:80 is not the source's port (http:8080)"),
    (LOCAL, "http://localhost:8080/a.html", "host localhost is not among the source's domains"),
])
def test_outside_the_fence_with_the_reason(fence, url, reason):
    assert reason in fence.refusal(url)


def test_the_fence_replaces_scrapys_offsite_filter_and_only_http_can_be_fetched():
    built = settings.scrapy_settings()
    middlewares = built["DOWNLOADER_MIDDLEWARES"]
    assert middlewares["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"] is None
    # before robots.txt (100) is fetched for a request, and sees the 3xx Scrapy's redirect (600) declines
    assert middlewares["spiders.middlewares.FenceMiddleware"] < 100
    # before Scrapy's meta-refresh check (580) decodes the page with its header's charset
    assert middlewares["spiders.middlewares.CharsetLabelMiddleware"] > 580
    assert built["DOWNLOAD_HANDLERS"] == {"file": None, "data": None, "s3": None, "ftp": None}


def test_size_caps_fit_a_notice():
    built = settings.scrapy_settings()
    assert built["DOWNLOAD_MAXSIZE"] == 5 * 1024 * 1024
    assert settings.DOWNLOAD_MAXSIZE < settings.FEED_MAXSIZE < settings.DUMP_MAXSIZE
    assert settings.FEED_MAX_ITEMS == 500
