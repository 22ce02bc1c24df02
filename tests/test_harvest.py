"""End to end: harvests of a local fixture site (tests/spider_site.py) into a temporary store.

Each harvest runs in a subprocess (spider_site.harvest explains why and how).
"""
from __future__ import annotations

import fcntl
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from spider_site import FixtureSite, harvest, write_sources

from pipeline.store import Store
from spiders.context import status_line

pytestmark = pytest.mark.slow

SOURCES = """
[[source]]
name = "rss"
type = "feed"
url = "{base}/feeds/rss.xml"

[[source]]
name = "atom"
type = "feed"
url = "{base}/feeds/atom.xml"

[[source]]
name = "gov-list"
type = "list"
url = "{base}/list/index.html"
link_selector = "ul.list li a"
next_selector = "a.next"
max_pages = 2
content_selector = "div.article"

[[source]]
name = "faults"
type = "list"
url = "{base}/faults/index.html"
link_selector = "ul.list a"

[[source]]
name = "dump"
type = "json"
url = "{base}/dump/dump.json"

[[source]]
name = "broken"
type = "list"
url = "{base}/list/does-not-exist.html"
link_selector = "ul.list a"
"""

STORED_FIRST_RUN = {
    "/wx/article.html", "/wx/image-post.html", "/wx/repost.html",  # rss
    "/gov/gbk.html", "/gov/wrong-meta.html", "/articles/a1.html", "/faults/flaky.html",
    "/faults/busy.html",  # atom
    "/articles/edit.html", "/articles/truncated.html", "/articles/a2.html", "/gov/attachments.html",  # gov-list
    "/articles/a4.html",  # faults
    "/dump/article-1", "/dump/article-2",  # dump
}


@pytest.fixture(scope="module")
def site():
    server = FixtureSite().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def sources_file(site, tmp_path_factory) -> Path:
    return write_sources(SOURCES, site.base, tmp_path_factory.mktemp("config"))


@pytest.fixture(scope="module")
def history(site, sources_file, tmp_path_factory):
    """Three runs into one data dir: a first harvest, an unchanged repeat, and one after an edit."""
    data_dir = tmp_path_factory.mktemp("data")
    first = harvest(site, sources_file, data_dir)
    second = harvest(site, sources_file, data_dir)
    site.set_version("/articles/edit.html", 2)  # the deadline is brought forward (截止时间提前)
    edited = harvest(site, sources_file, data_dir, "--only", "gov-list")
    return {"first": first, "second": second, "edited": edited, "data_dir": data_dir}


@pytest.fixture(scope="module")
def harvested(history):
    """The store the three runs of `history` filled."""
    db = Store(history["data_dir"] / "huiqi.db")
    yield db
    db.close()


def stored_paths(store: Store) -> set[str]:
    return {urlsplit(url).path for url in store.known_urls()}


def notice_at(store: Store, path: str):
    (notice,) = [n for n in store.iter_notices() if urlsplit(n.url).path == path]
    return notice


# --- the first run ---------------------------------------------------------------------------------


def test_first_run_stores_every_readable_notice(history, harvested):
    first = history["first"]
    assert first.report is not None, first.stderr
    assert stored_paths(harvested) == STORED_FIRST_RUN
    assert sum(first.source(name)["new"] for name in first.report["sources"]) == len(STORED_FIRST_RUN)


def test_exit_code_and_report_name_the_source_that_failed_entirely(site, history):
    first = history["first"]
    assert first.exit_code == 1
    assert first.report["failed_sources"] == ["broken"]
    assert first.report["status"] == "partial"  # other sources stored notices: not a failed run
    assert first.source("broken")["errors"] == [f"{site.base}/list/does-not-exist.html: HTTP 404"]


def test_per_source_counts(history):
    first = history["first"]
    keys = ("status", "new", "updated", "failed", "rejected", "skipped", "refused", "cut")
    counts = {name: tuple(s[k] for k in keys) for name, s in first.report["sources"].items()}
    # /articles/a1.html is linked by atom and gov-list: it counts for whichever reaches it first
    a1_to_atom = counts["atom"][1] == 5
    assert counts == {
        "rss": ("ok", 3, 0, 0, 0, 1, 0, None),
        "atom": ("ok", 5 if a1_to_atom else 4, 0, 0, 0, 0, 0, None),
        "gov-list": ("ok", 4 if a1_to_atom else 5, 0, 0, 0, 1, 1, "max_pages 2"),  # robots.txt; another host
        "faults": ("partial", 1, 0, 4, 0, 0, 0, None),
        "dump": ("partial", 2, 0, 0, 1, 0, 0, None),
        "broken": ("failed", 0, 0, 0, 0, 0, 0, None),
    }
    # two list pages and four articles (five with a1)
    assert first.source("gov-list")["pages"] == (6 if a1_to_atom else 7)


def test_fault_errors_are_sampled(history):
    errors = "\n".join(history["first"].source("faults")["errors"])
    assert "/articles/missing.html: HTTP 404" in errors
    assert "/faults/slow.html: timed out after 1s" in errors
    assert "/faults/loop.html: redirect loop (more than 5 redirects)" in errors
    assert "/wx/blocked.html: blocked by a verification page" in errors


def test_deleted_article_is_reported_and_not_stored(history, harvested):
    assert any("/wx/deleted.html: deleted by the publisher" in e for e in history["first"].source("rss")["errors"])
    assert "/wx/deleted.html" not in stored_paths(harvested)


def test_rejected_dump_record_is_reported(history):
    (error,) = history["first"].source("dump")["errors"]
    assert error.endswith("record 2: title: missing or empty, and no text to derive one from")


def test_same_article_under_two_urls_is_fetched_and_stored_once(history, harvested):
    assert len(history["first"].requested("/articles/a1.html")) == 1
    a1 = notice_at(harvested, "/articles/a1.html")
    assert "utm_source" not in a1.url
    assert a1.title == "关于申报2025年度中小企业发展专项资金的通知"


def test_500_then_success_is_retried(history, harvested):
    assert [r.status for r in history["first"].requested("/faults/flaky.html")] == [500, 200]
    assert notice_at(harvested, "/faults/flaky.html").title == "关于公布2025年第一批创新型中小企业名单的通知"


def test_429_waits_for_retry_after(history, harvested):
    first, second = history["first"].requested("/faults/busy.html")
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 0.95  # Retry-After: 1
    assert "/faults/busy.html" in stored_paths(harvested)


def test_slow_page_times_out_after_one_retry(history):
    assert len(history["first"].requested("/faults/slow.html")) == 2


def test_redirect_loop_ends(history):
    hops = history["first"].requested("/faults/loop.html") + history["first"].requested("/faults/loop2.html")
    assert 2 <= len(hops) <= 6


def test_robots_txt_and_domains_confine_the_crawl(history):
    first = history["first"]
    assert first.requested("/robots.txt")
    assert not first.requested("/private/secret.html")
    assert not [r for r in first.requests if r.host.startswith("localhost")]
    assert any(e.endswith("/articles/offsite.html refused: host localhost is not among the source's domains")
               for e in first.source("gov-list")["errors"])


def test_pagination_stops_at_max_pages(history):
    first = history["first"]
    assert first.requested("/list/index_1.html")
    assert not first.requested("/list/index_2.html")
    assert not first.requested("/articles/a3.html")


def test_encodings_are_decoded(harvested):
    gbk = notice_at(harvested, "/gov/gbk.html")
    assert gbk.title == "关于征集2025年度工业互联网平台典型案例的通知"
    assert "联系人：张喆" in gbk.text
    assert "绿色工厂推荐工作" in notice_at(harvested, "/gov/wrong-meta.html").text


def test_wechat_notice_fields(harvested):
    notice = notice_at(harvested, "/wx/article.html")
    assert notice.source == "rss"
    assert notice.account == "江苏中小企业"
    assert notice.published.isoformat() == "2025-09-23"
    assert "申报截止时间" in notice.text


def test_truncated_page_is_stored(harvested):
    assert "请于2025年9月26日前报送推荐材料" in notice_at(harvested, "/articles/truncated.html").text


def test_user_agent_is_descriptive(history):
    agents = {r.headers.get("User-Agent", "") for r in history["first"].requests}
    assert agents and all(a.startswith("huiqi/") for a in agents)


def test_log_file_per_run(history):
    logs = sorted((history["data_dir"] / "logs").glob("harvest-*.log"))
    assert str(logs[0]) == history["first"].report["log_path"]
    text = logs[0].read_text(encoding="utf-8")
    assert f"harvest run {history['first'].report['run_id']}" in text
    assert "broken: cannot read the source itself" in text


# --- the second run: nothing new ------------------------------------------------------------------


def test_second_run_adds_nothing(history, harvested):
    second = history["second"]
    assert second.report is not None, second.stderr
    assert all(s["new"] == 0 and s["updated"] == 0 for s in second.report["sources"].values())


def test_second_run_asks_feeds_and_lists_conditionally(history):
    second = history["second"]
    (rss,) = second.requested("/feeds/rss.xml")
    (atom,) = second.requested("/feeds/atom.xml")
    (listing,) = second.requested("/list/index.html")
    assert rss.headers.get("If-Modified-Since") and rss.status == 304
    assert atom.headers.get("If-None-Match") and atom.status == 304
    assert listing.headers.get("If-None-Match") and listing.status == 304


def test_second_run_fetches_no_stored_page_again(history, harvested):
    """Only recently published notices are re-checked, conditionally; the edit.html notice is one."""
    second = history["second"]
    stored = STORED_FIRST_RUN
    again = [r for r in second.requests if r.path in stored]
    assert again and {r.path for r in again} >= {"/articles/edit.html"}
    assert all(r.headers.get("If-None-Match") and r.status == 304 for r in again)
    assert second.source("gov-list")["unchanged"] >= 1


def test_failed_pages_are_tried_again(history):
    second = history["second"]
    assert [r.status for r in second.requested("/articles/missing.html")] == [404]
    assert second.requested("/faults/index.html")[0].status == 200  # not 304: its last run was partial


def test_exit_code_still_reports_the_broken_source(history):
    assert history["second"].exit_code == 1


# --- the edited article ----------------------------------------------------------------------------


def test_edit_is_an_update(history, harvested):
    edited = history["edited"]
    assert edited.report is not None, edited.stderr
    assert list(edited.report["sources"]) == ["gov-list"]
    assert edited.source("gov-list")["updated"] == 1
    assert edited.source("gov-list")["new"] == 0
    (page,) = edited.requested("/articles/edit.html")
    assert page.headers.get("If-None-Match") and page.status == 200
    assert edited.exit_code == 0


def test_edit_records_the_deadline_change(harvested):
    notice = notice_at(harvested, "/articles/edit.html")
    assert "（截止时间提前）" in notice.text
    assert len(harvested.history(notice.id)) == 1
    (change,) = harvested.deadline_changes(notice.id)
    assert change["new_date"] < change["old_date"]


def test_run_records_tell_the_truth(history, harvested):
    runs = harvested.runs()
    assert [r["status"] for r in runs] == ["ok", "partial", "partial"]  # newest first
    assert runs[0]["sources"] == ["gov-list"]
    first_run = runs[2]
    assert first_run["id"] == history["first"].report["run_id"]
    assert first_run["finished_at"] >= first_run["started_at"]
    recorded = {r["source"]: r for r in first_run["per_source"]}
    for name, reported in history["first"].report["sources"].items():
        for key in ("pages", "new", "updated", "unchanged", "failed", "rejected", "errors"):
            assert recorded[name][key] == reported[key], (name, key)
        assert recorded[name]["status"] == status_line(reported)
    assert recorded["gov-list"]["status"] == "ok, cut at max_pages 2, 1 refused"


def test_runs_render_as_text(harvested):
    from spiders.harvest import run_lines

    lines = run_lines(harvested.runs(limit=1)[0])
    assert lines[0].startswith("run 3 harvest ok: ")
    assert lines[1] == "  gov-list: ok, 2 pages, 0 new, 1 updated, 0 unchanged, 0 failed, 0 rejected"


def test_second_run_retries_and_reports_the_failing_pages(history):
    """Every new page of faults fails again; the 404 is counted as gone (a dead link alone would
    leave the source partial), the timeout, loop and verification wall make it fail."""
    second = history["second"].source("faults")
    assert second["gone"] == 1
    assert second["status"] == "failed"
    assert second["new"] == 0


# --- runs on their own data dirs -------------------------------------------------------------------


def test_max_items_caps_a_source_and_the_notice_is_indexed(site, sources_file, tmp_path):
    run = harvest(site, sources_file, tmp_path / "data", "--only", "gov-list", "--max-items", "1", index=True)
    stats = run.source("gov-list")
    assert (stats["new"], stats["cut"], stats["status"]) == (1, "--max-items 1", "ok")
    assert run.exit_code == 0
    db = Store(tmp_path / "data" / "huiqi.db")
    assert db.count() == 1
    assert db.stats()["unindexed"] == 0
    db.close()


def test_overlapping_run_exits_with_a_clear_message(site, sources_file, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with open(data_dir / "harvest.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        run = harvest(site, sources_file, data_dir)
    assert run.exit_code == 2
    assert "another harvest is running" in run.stderr
    assert run.requests == []


def test_bad_sources_file_names_source_and_key(site, tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "x"\ntype = "list"\nurl = "http://127.0.0.1/"\nlink_selector = "a"\n'
                       'max_page = 3\n', encoding="utf-8")
    run = harvest(site, sources, tmp_path / "data")
    assert run.exit_code == 2
    assert "source 'x': key 'max_page': unknown key" in run.stderr
