"""Polite settings, their environment overrides, retry timing and per-source status rules."""
from datetime import datetime, timezone

from spiders import settings
from spiders.context import SourceStats


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
