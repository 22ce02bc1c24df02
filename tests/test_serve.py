"""`huiqi serve` (issue 16): every route in-process on invented notices, the token rule, and one
end-to-end run of the real server driven in headless Chromium (marked slow).

The notices are made up: calls of a bureau in 杭州市 (area code 0571), one titled with a `<script>` tag,
an extension that moves its deadline, an edit that moves another's, and a publicity list; plus a
profile of a 杭州 firm whose name holds markup too. Dates are the notices' own (`on=2025-10-20`).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import feedparser
import pytest
from click.testing import CliRunner
from icalendar import Calendar
from starlette.testclient import TestClient

from index.locking import index_lock
from pipeline.export import CONTRACT_FIELDS
from web import ServeError, check_binding, create_app, is_loopback
from web.server import RedactToken

ON = "2025-10-20"
BUREAU = "临安市科学技术局"
SCRIPT = "<script>alert(1)</script>"
FIRM = "杭州<i>某某</i>智造科技有限公司"
SYSTEM_URL = "https://apply.kj-hz.example.cn/login"


def call(sid: str, programme: str, deadline: str, published: str = "2025-10-15", who: str = "高新技术企业") -> dict:
    text = (f"各有关单位：\n为支持企业创新，现组织申报{programme}。\n一、申报对象\n在杭州市注册的{who}。\n"
            f"二、申报时间\n网上申报截止时间为{deadline}。\n三、申报方式\n登录杭州科技申报系统（{SYSTEM_URL}）在线填报。\n"
            f"联系电话：0571-87650001\n{BUREAU}")
    return {"aid": sid, "title": f"关于组织申报{programme}的通知", "content": text, "published": published,
            "url": f"https://kj-hz.example.cn/notice/{sid}.html"}


DESIGN = f"2025年度杭州市{SCRIPT}工业设计项目"
NOTICES = [
    call("green", "2025年度杭州市绿色制造项目", "2025年11月28日"),
    call("design", DESIGN, "2025年10月24日"),
    call("campus", "2025年度杭州市高校成果转化项目", "2025年11月20日", who="高校院所"),  # a near miss for a firm
    {"aid": "design-ext", "title": f"关于延长{DESIGN}申报时间的通知", "published": "2025-10-19",
     "content": f"各有关单位：\n根据《关于组织申报{DESIGN}的通知》，现将网上申报截止时间由2025年10月24日延长至2025年11月7日。"
                f"其他事项不变。\n{BUREAU}"},
    {"aid": "list", "title": "关于2025年度杭州市创新券兑付名单的公示", "published": "2025-10-16",
     "content": "现将2025年度杭州市创新券兑付名单予以公示。公示期为2025年10月16日至10月22日。联系电话：0571-87650002\n"
                + BUREAU},
]
# the campus call edited later: its deadline moves (an edit of the notice itself, not an amendment)
EDITED = [call("campus", "2025年度杭州市高校成果转化项目", "2025年11月25日", who="高校院所")]


def run_cli(data_dir: Path, *args) -> str:
    from cli import main

    result = CliRunner().invoke(main, ["--data-dir", str(data_dir), *map(str, args)],
                                env={"CI": "1", "HUIQI_DATA": None, "HUIQI_TOKEN": None}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def site_dirs(tmp_path_factory) -> tuple[Path, Path]:
    """A data dir of the invented notices (imported through the CLI, index built) and a profiles dir."""
    root = tmp_path_factory.mktemp("serve")
    (root / "first.json").write_text(json.dumps(NOTICES, ensure_ascii=False), "utf-8")
    (root / "edited.json").write_text(json.dumps(EDITED, ensure_ascii=False), "utf-8")
    data = root / "data"
    run_cli(data, "import", root / "first.json")
    run_cli(data, "import", root / "edited.json")
    profiles = root / "profiles"
    profiles.mkdir()
    (profiles / "hz_firm.toml").write_text(
        f'name = "{FIRM}"\nregion = "杭州市西湖区"\nqualifications = ["企业", "高新技术企业"]\n'
        'industries = ["工业设计"]\n', "utf-8")
    (profiles / "broken.toml").write_text('name = "坏档案"\nregion = "火星"\n', "utf-8")
    return data, profiles


@pytest.fixture(scope="module")
def client(site_dirs):
    data, profiles = site_dirs
    with TestClient(create_app(data, profiles)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def ids(site_dirs) -> dict[str, str]:
    """source id -> notice id."""
    records = [json.loads(line) for line in run_cli(site_dirs[0], "export", "--format", "jsonl").splitlines()]
    return {r["source_id"]: r["id"] for r in records}


def ok(client, url: str, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200, (url, response.text[:500])
    return response


def assert_escaped(html: str) -> None:
    assert "<script>alert" not in html and "<i>某某</i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&lt;i&gt;某某&lt;/i&gt;" in html


# -- search ------------------------------------------------------------------------------------------
def test_search_page_marks_matched_words_and_counts_facets(client):
    html = ok(client, "/?q=工业设计").text
    assert re.search(r"<mark>工业(设计)?</mark>", html)  # the query's words, as the index segments them
    assert_escaped(html)
    kinds = re.search(r'<ul class="facet" id="facet-kind">(.*?)</ul>', html, re.S).group(1)
    assert re.search(r'<a href="/\?q=%E5%B7%A5%E4%B8%9A%E8%AE%BE%E8%AE%A1&amp;kind=call">call</a> '
                     r'<span class="count">2</span>', kinds)  # the call and its extension, clickable
    assert 'id="facet-region"' in html and "杭州市" in html


def test_the_url_holds_the_whole_query(client):
    html = ok(client, "/?q=杭州市&kind=call&in_scope_of=杭州市西湖区&open_on=2025-10-20&sort=deadline&limit=1&page=2").text
    assert 'name="q" id="q" value="杭州市"' in html
    assert '<option value="call" selected>' in html and '<option value="deadline" selected>' in html
    assert 'value="杭州市西湖区"' in html and 'value="2025-10-20"' in html
    assert "page 2 of" in html
    pages = re.search(r'<nav class="pages" id="pages">(.*?)</nav>', html, re.S).group(1)
    first = re.search(r'<a href="([^"]+)">1</a>', pages).group(1).replace("&amp;", "&")
    assert "page=" not in first and "in_scope_of=%E6%9D%AD%E5%B7%9E%E5%B8%82%E8%A5%BF%E6%B9%96%E5%8C%BA" in first and "sort=deadline" in first
    assert 'rel="prev"' in html and "status on 2025-10-20" in html
    # a filter chip removes only its own filter
    chip = re.search(r'<a class="chip" href="([^"]+)" title="remove">kind: call', html).group(1)
    assert "kind=" not in chip and "in_scope_of=" in chip


def test_filters_narrow_the_results_as_huiqi_search_does(client, site_dirs):
    cases = [{"kind": "publicity"}, {"kind": "call", "in_scope_of": "杭州市西湖区"}, {"open_on": ON},
             {"deadline_before": "2025-11-10", "deadline_after": "2025-11-01"}, {"since": "2025-10-16"},
             {"until": "2025-10-15"}, {"subject": "高企"}, {"region": "浙江省"}]
    for filters in cases:
        api = ok(client, "/api/search", params={"q": "", **filters, "limit": 100}).json()
        flags = [x for name, value in filters.items() for x in (f"--{name.replace('_', '-')}", value)]
        cli = json.loads(run_cli(site_dirs[0], "search", "--json", "--limit", 100, *flags))
        assert sorted(r["id"] for r in api["results"]) == sorted(r["id"] for r in cli["results"]), filters
        assert api["total"] == cli["total"]
    assert ok(client, "/api/search", params={"kind": "publicity"}).json()["total"] == 1
    assert ok(client, "/api/search", params={"since": "2025-10-16"}).json()["total"] == 2


def test_api_search_is_the_json_of_huiqi_search(client, site_dirs):
    api = ok(client, "/api/search?q=杭州市&sort=published&limit=2&open_on=" + ON).json()
    cli = json.loads(run_cli(site_dirs[0], "search", "杭州市", "--sort", "published", "--limit", 2, "--open-on", ON,
                             "--json"))
    assert set(api) == {"total", "page", "pages", "limit", "sort", "facets", "results"}
    assert [r["id"] for r in api["results"]] == [r["id"] for r in cli["results"]]
    assert api["facets"] == cli["facets"] and api["pages"] == cli["pages"] == 3
    assert set(CONTRACT_FIELDS) <= set(api["results"][0]) and {"score", "highlights"} <= set(api["results"][0])


def test_page_past_the_last_one_says_so(client):
    html = ok(client, "/?kind=call&page=9").text
    assert "page 9 is past the last page (1)" in html


# -- one notice ---------------------------------------------------------------------------------------
def test_notice_page_shows_every_value_with_its_evidence_marked_in_the_text(client, ids):
    html = ok(client, f"/notices/{ids['design']}?on={ON}").text
    assert_escaped(html)
    rows = re.findall(r'<tr class="field-(\w+)"><td>\w+</td><td>(.*?)</td>\s*<td>(.*?)</td></tr>', html, re.S)
    fields = {name for name, _, _ in rows}
    assert {"kind", "apply_deadline", "deadline", "region", "phone", "subject"} <= fields
    subject = next(evidence for name, _, evidence in rows if name == "subject")
    anchor = re.search(r'href="#(ev-\d+)">在杭州市注册的高新技术企业', subject).group(1)
    assert re.search(rf'<mark id="{anchor}">在杭州市注册的高新技术企业', html)  # marked where it stands in the text
    assert "0571-87650001" in next(value for name, value, _ in rows if name == "phone")
    assert '<a id="original-url" href="https://kj-hz.example.cn/notice/design.html"' in html
    assert f'<a href="{SYSTEM_URL}"' in html
    assert '<span class="status status-open">open</span>' in html and "网上申报截止 closes 11-07" in html


def test_notice_page_shows_deadline_history_and_related_notices(client, ids):
    html = ok(client, f"/notices/{ids['design']}").text
    history = re.search(r'<ul id="deadline-history">(.*?)</ul>', html, re.S).group(1)
    assert "网上申报截止 2025-10-24 → 2025-11-07" in history
    assert f'href="/notices/{ids["design-ext"]}"' in history
    related = re.search(r'<ul id="related">(.*?)</ul>', html, re.S).group(1)
    assert related.startswith("\n  <li>amended by") and f'href="/notices/{ids["design-ext"]}"' in related
    edited = ok(client, f"/notices/{ids['campus']}").text  # an edit of the notice itself (store.deadline_changes)
    assert re.search(r"网上申报截止 2025-11-20 → 2025-11-25 \(an edit of this notice\)", edited)


def test_notice_by_id_prefix_and_by_source_id(client, ids):
    assert ids["green"] in ok(client, f"/notices/{ids['green'][:10]}").text
    assert ok(client, "/api/notices/list").json()["id"] == ids["list"]


def test_api_notice_is_the_export_record(client, ids):
    record = ok(client, f"/api/notices/{ids['design']}?on={ON}").json()
    assert list(record) == list(CONTRACT_FIELDS)
    assert record["title"] == f"关于组织申报{DESIGN}的通知"  # JSON keeps the text; it is not HTML
    assert record["apply_deadline"] == "2025-11-07" and record["status"] == "open"
    assert [r["relation"] for r in record["related"]] == ["amended_by"]


# -- clients ------------------------------------------------------------------------------------------
def test_clients_page_lists_profiles_and_skips_invalid_ones(client):
    html = ok(client, f"/clients?on={ON}").text
    assert_escaped(html)
    assert '<a href="/clients/hz_firm">杭州&lt;i&gt;某某&lt;/i&gt;智造科技有限公司</a>' in html
    assert "skipped:" in html and "broken.toml" in html
    assert '<a href="/calendar/hz_firm.ics">calendar</a>' in html


def test_client_page_shows_open_calls_with_reasons_next_step_and_near_misses(client, ids):
    html = ok(client, f"/clients/hz_firm?on={ON}").text
    assert_escaped(html)
    matches = re.search(r'<ol class="matches" id="matches">(.*?)</ol>', html, re.S).group(1)
    near = re.search(r'<ol class="matches" id="near-misses">(.*?)</ol>', html, re.S).group(1)
    assert f'/notices/{ids["design"]}' in matches and f'/notices/{ids["green"]}' in matches
    assert ids["design-ext"] not in matches  # an amendment is not a second call
    assert "next: 网上申报截止 closes 11-07" in matches
    assert '<li class="ok">' in matches and "高新技术企业" in matches
    assert f'/notices/{ids["campus"]}' in near and "fails: subject" in near
    assert 'href="webcal://testserver/calendar/hz_firm.ics"' in html
    assert 'href="http://testserver/feed/hz_firm.atom"' in html


def test_api_client_gives_export_records_with_the_match(client, ids):
    data = ok(client, f"/api/clients/hz_firm?on={ON}").json()
    assert data["name"] == FIRM and data["on"] == ON
    assert {r["id"] for r in data["matches"]} == {ids["design"], ids["green"]}
    assert [r["id"] for r in data["near_misses"]] == [ids["campus"]]
    first = data["matches"][0]
    assert set(CONTRACT_FIELDS) <= set(first) and {"score", "reasons", "next_steps"} <= set(first["match"])
    assert data["near_misses"][0]["match"]["failed"] == "subject"
    listing = ok(client, "/api/clients").json()
    assert [c["profile"] for c in listing["clients"]] == ["hz_firm"] and len(listing["invalid"]) == 1


# -- subscriptions ------------------------------------------------------------------------------------
def events(ics: bytes) -> dict[str, dict]:
    return {str(e["uid"]): e for e in Calendar.from_ical(ics).walk("VEVENT")}


def test_client_calendar_has_stable_uids_and_sequence(client, ids):
    response = ok(client, "/calendar/hz_firm.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert FIRM in str(calendar["x-wr-calname"])
    first = events(response.content)
    assert first.keys() == events(ok(client, "/calendar/hz_firm.ics").content).keys()
    by_notice = {uid.split("-")[0]: event for uid, event in first.items()}
    assert set(by_notice) == {ids["design"], ids["green"]}  # the amendment and the near miss are left out
    design = by_notice[ids["design"]]
    assert design.decoded("dtstart").isoformat().startswith("2025-11-07") and int(design["sequence"]) == 1
    assert SCRIPT in str(design["summary"])  # iCalendar is text, escaped by its own rules


def test_search_calendar_takes_the_search_filters(client, ids):
    calls = events(ok(client, "/calendar.ics?kind=call").content)
    assert {uid.split("-")[0] for uid in calls} == {ids["design"], ids["green"], ids["campus"]}
    campus = next(e for uid, e in calls.items() if uid.startswith(ids["campus"]))
    assert int(campus["sequence"]) == 1  # the edit moved it
    listed = events(ok(client, "/calendar.ics?kind=publicity").content)
    assert {uid.split("-")[0] for uid in listed} == {ids["list"]}
    words = events(ok(client, "/calendar.ics?q=绿色制造").content)
    assert {uid.split("-")[0] for uid in words} == {ids["green"]}
    assert len(events(ok(client, "/calendar.ics").content)) >= len(calls) + len(listed)


def test_client_feed_is_atom_with_stable_ids(client, ids):
    response = ok(client, f"/feed/hz_firm.atom?on={ON}")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.feed.title == f"huiqi · {FIRM}"
    assert {e.id for e in feed.entries} == {f"urn:huiqi:notice:{ids['design']}", f"urn:huiqi:notice:{ids['green']}"}
    assert any(SCRIPT in e.title for e in feed.entries)
    assert b"<script>" not in response.content  # escaped in the XML


# -- errors -------------------------------------------------------------------------------------------
BAD = [
    ("/?open_on=2025-13-01", "open_on: not a date"),
    ("/?deadline_before=soon", "deadline_before: not a date"),
    ("/?kind=poster", "kind: unknown kind 'poster'"),
    ("/?region=火星市", "region: unknown region"),
    ("/?in_scope_of=亚特兰蒂斯", "in_scope_of: unknown region"),
    ("/?subject=外星人", "subject: unknown subject"),
    ("/?page=0", "page: expected 1 or more, got 0"),
    ("/?page=two", "page: expected a whole number"),
    ("/?limit=1000", "limit: expected from 1 to 100"),
    ("/?sort=random", "sort: unknown sort"),
    ("/clients/hz_firm?on=yesterday-ish", "on: not a date"),
    ("/calendar.ics?kind=poster", "kind: unknown kind"),
    ("/calendar/hz_firm.ics?from=x", "from: not a date"),
    # a query of more than 32 distinct words would hold the shared searcher for seconds
    ("/?q=" + quote(" ".join(f"词{i}" for i in range(33))), "q: a query holds at most 32 distinct words and phrases"),
    ("/calendar.ics?q=" + quote(" OR ".join(f"词{i}" for i in range(40))), "at most 32 distinct words"),
    # years past date arithmetic (a call taken as open 30 days) overflowed into a 500
    ("/clients/hz_firm?on=9999-12-31", "on: year out of range: &#39;9999-12-31&#39; (expected a year from 1900 to 2200)"),
    ("/clients/hz_firm?on=0001-01-01", "on: year out of range"),
    ("/feed/hz_firm.atom?on=9999-12-31", "on: year out of range"),
    ("/notices/list?on=9999-12-31", "on: year out of range"),
    ("/?open_on=0001-01-01", "open_on: year out of range"),
]


@pytest.mark.parametrize("url,message", BAD)
def test_a_bad_parameter_is_a_400_with_a_message(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message.replace("'", "&#39;") in response.text or message in response.text
    assert "Traceback" not in response.text


@pytest.mark.parametrize("url,message", BAD[:8])
def test_a_bad_api_parameter_is_a_400_in_json(client, url, message):
    response = client.get("/api/search" + url[1:])
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_a_query_is_capped_at_32_distinct_words_and_repeats_count_once(client):
    words = [f"词{i}" for i in range(33)]
    response = client.get("/api/search", params={"q": " ".join(words)})
    assert response.status_code == 400 and "at most 32 distinct words and phrases, this one 33" in response.json()["error"]
    assert client.get("/api/search", params={"q": " ".join(words[:32])}).status_code == 200
    # a word pasted 120 times (under the 500-character cap) is one word: searched once, as typed alone
    once = ok(client, "/api/search", params={"q": "杭州市", "limit": 100}).json()
    pasted = ok(client, "/api/search", params={"q": "杭州市 " * 120, "limit": 100}).json()
    assert [r["id"] for r in pasted["results"]] == [r["id"] for r in once["results"]] and once["total"] == 5


def test_no_region_facet_is_not_selected_without_a_region_filter(tmp_path):
    nowhere = {"aid": "nowhere", "title": "关于开展企业培训的通知", "published": "2025-10-18",
               "content": "各有关单位：\n现组织开展企业培训，请报名参加。"}
    (tmp_path / "n.json").write_text(json.dumps([NOTICES[0], nowhere], ensure_ascii=False), "utf-8")
    run_cli(tmp_path / "data", "import", tmp_path / "n.json")
    with TestClient(create_app(tmp_path / "data", warm_up=False)) as bare:
        regions = ok(bare, "/api/search").json()["facets"]["region"]
        assert {r["value"] for r in regions} == {"330100", None}
        html = ok(bare, "/").text
        facet = re.search(r'<ul class="facet" id="facet-region">(.*?)</ul>', html, re.S).group(1)
        assert 'class="on"' not in facet and "no region" in facet
        narrowed = re.search(r'<ul class="facet" id="facet-region">(.*?)</ul>', ok(bare, "/?region=330100").text,
                             re.S).group(1)
        assert re.search(r'<span class="on">杭州市</span>', narrowed)


def test_stored_notices_missing_from_the_index_are_reported(tmp_path):
    """As `huiqi search` warns (IndexSync.missing_count): an import whose index commit never happened."""
    (tmp_path / "a.json").write_text(json.dumps(NOTICES[:1], ensure_ascii=False), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps([NOTICES[4]], ensure_ascii=False), "utf-8")
    run_cli(tmp_path / "data", "import", tmp_path / "a.json")
    with TestClient(create_app(tmp_path / "data", warm_up=False)) as live:
        assert ok(live, "/api/search").headers["x-huiqi-index-missing"] == "0"
        assert 'id="index-missing"' not in ok(live, "/").text
        run_cli(tmp_path / "data", "import", "--no-index", tmp_path / "b.json")
        response = ok(live, "/api/search")
        assert response.headers["x-huiqi-index-missing"] == "1" and response.json()["total"] == 1
        notice = re.search(r'<p class="error" id="index-missing">(.*?)</p>', ok(live, "/").text, re.S).group(1)
        assert "1 stored notices are not in the search index" in notice and "huiqi doctor --repair" in notice
        nothing = ok(live, "/?q=创新券").text
        assert "cannot be trusted" in re.search(r'id="index-missing">(.*?)</p>', nothing, re.S).group(1)
        # while a writer holds the index (a first import's background build), the page names it instead
        with index_lock(tmp_path / "data" / "index" / "write.lock", 5, "huiqi import, in the background"):
            notice = re.search(r'id="index-missing">(.*?)</p>', ok(live, "/").text, re.S).group(1)
        assert "waiting for the index" in notice and "huiqi import, in the background (pid" in notice
        assert "doctor --repair" not in notice


def test_subscription_links_survive_profile_names_with_hash_question_mark_and_space(site_dirs, tmp_path):
    data, profiles = site_dirs
    odd = tmp_path / "profiles"
    odd.mkdir()
    key = "hz #1?b"
    (odd / f"{key}.toml").write_text((profiles / "hz_firm.toml").read_text("utf-8"), "utf-8")
    for token in (None, "s3cret-token"):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        with TestClient(create_app(data, odd, token=token, warm_up=False)) as app:
            html = ok(app, "/clients/" + quote(key, safe="") + f"?on={ON}", headers=headers).text
            query = f"?token={hmac.new(token.encode(), key.encode(), hashlib.sha256).hexdigest()[:32]}" if token else ""
            calendar = f"http://testserver/calendar/hz%20%231%3Fb.ics{query}"
            feed = f"http://testserver/feed/hz%20%231%3Fb.atom{query}"
            assert f'href="{calendar}"' in html and f'href="{feed}"' in html
            assert f'href="webcal://testserver/calendar/hz%20%231%3Fb.ics{query}"' in html
            app.cookies.clear()
            assert len(events(ok(app, calendar).content)) == 2  # no header, no cookie: the link alone
            assert len(feedparser.parse(ok(app, feed + ("&" if query else "?") + f"on={ON}").content).entries) == 2
            listing = ok(app, f"/clients?on={ON}", headers=headers).text
            assert f'href="/calendar/hz%20%231%3Fb.ics{query}"' in listing


def test_a_server_error_is_a_page_with_the_security_headers(site_dirs):
    data, profiles = site_dirs
    app = create_app(data, profiles, warm_up=False)

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    app.state.site.search = broken
    with TestClient(app, raise_server_exceptions=False) as failing:
        for url in ("/", "/api/search"):
            response = failing.get(url)
            assert response.status_code == 500 and "a bug" not in response.text
            assert response.headers["content-security-policy"].startswith("default-src 'self'"), url
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["referrer-policy"] == "no-referrer"


def test_unknown_notice_client_or_page_is_a_404(client):
    assert client.get("/notices/0000dead").status_code == 404
    assert "no notice with id &#39;0000dead&#39;" in client.get("/notices/0000dead").text
    assert client.get("/api/notices/0000dead").json() == {"error": "no notice with id '0000dead'", "status": 404}
    for url in ("/clients/nobody", "/api/clients/nobody", "/calendar/nobody.ics", "/feed/nobody.atom",
                "/clients/broken", "/no/such/page"):
        assert client.get(url).status_code == 404, url


def test_the_site_is_read_only(client, site_dirs):
    assert client.post("/").status_code == 405
    assert client.delete("/api/notices/list").status_code == 405
    assert client.app.state.site.store().read_only
    assert client.get("/").headers["content-security-policy"].startswith("default-src 'self'")
    assert client.get("/").headers["referrer-policy"] == "no-referrer"


def test_without_an_index_search_is_a_503_saying_how_to_fix_it(tmp_path):
    (tmp_path / "n.json").write_text(json.dumps(NOTICES[:1], ensure_ascii=False), "utf-8")
    run_cli(tmp_path / "data", "import", "--no-index", tmp_path / "n.json")
    with TestClient(create_app(tmp_path / "data", warm_up=False)) as bare:
        response = bare.get("/?q=绿色")
        assert response.status_code == 503 and "huiqi reindex" in response.text
        with index_lock(tmp_path / "data" / "index" / "write.lock", 5, "huiqi import, in the background"):
            building = bare.get("/?q=绿色")  # a first import's background build is writing it
        assert building.status_code == 503 and "huiqi reindex" not in building.text
        assert "being written by huiqi import, in the background (pid" in building.text
        assert bare.get("/clients").status_code == 200  # no --profiles: a page saying so
        assert "No clients" in bare.get("/clients").text


def test_what_is_imported_while_the_site_runs_shows_on_the_next_request(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(NOTICES[:1], ensure_ascii=False), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps([NOTICES[4]], ensure_ascii=False), "utf-8")
    run_cli(tmp_path / "data", "import", tmp_path / "a.json")
    with TestClient(create_app(tmp_path / "data", warm_up=False)) as live:
        assert live.get("/api/search").json()["total"] == 1
        run_cli(tmp_path / "data", "import", tmp_path / "b.json")
        assert live.get("/api/search").json()["total"] == 2
        assert live.get("/api/notices/list").status_code == 200


# -- the token ----------------------------------------------------------------------------------------
def test_token_is_required_on_every_request_when_set(site_dirs):
    data, profiles = site_dirs
    with TestClient(create_app(data, profiles, token="s3cret-token", warm_up=False)) as guarded:
        for url in ("/", "/api/search", "/calendar/hz_firm.ics", "/feed/hz_firm.atom", "/static/style.css"):
            response = guarded.get(url)
            assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer", url
            assert response.headers["referrer-policy"] == "no-referrer"
        assert guarded.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert guarded.get("/?token=wrong").status_code == 401
        assert guarded.get("/api/search", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert guarded.get("/calendar/hz_firm.ics?token=s3cret-token").status_code == 200
        assert guarded.get("/feed/hz_firm.atom?token=s3cret-token").status_code == 200
        assert "set-cookie" not in guarded.get("/api/search?token=s3cret-token").headers  # pages only
        assert guarded.get("/").status_code == 401
        # a page opened with ?token= sets a cookie, so the links on it work without the token
        page = guarded.get(f"/clients/hz_firm?on={ON}&token=s3cret-token")
        assert page.status_code == 200 and "HttpOnly" in page.headers["set-cookie"]
        assert "Secure" not in page.headers["set-cookie"]  # plain http: a Secure cookie would not come back
        assert guarded.get("/").status_code == 200  # the cookie
        assert "set-cookie" not in guarded.get("/?token=s3cret-token").headers  # the cookie holds it already
        guarded.cookies.clear()
        assert guarded.get("/").status_code == 401


def test_a_client_subscribes_with_its_own_token_that_opens_nothing_else(site_dirs):
    data, profiles = site_dirs
    own = hmac.new(b"s3cret-token", b"hz_firm", hashlib.sha256).hexdigest()[:32]
    with TestClient(create_app(data, profiles, token="s3cret-token", warm_up=False)) as guarded:
        page = ok(guarded, f"/clients/hz_firm?on={ON}", headers={"Authorization": "Bearer s3cret-token"}).text
        assert f'href="webcal://testserver/calendar/hz_firm.ics?token={own}"' in page
        assert f'href="http://testserver/feed/hz_firm.atom?token={own}"' in page
        assert "s3cret-token" not in page  # the site token is never in a link a client is given
        listing = ok(guarded, "/clients", headers={"Authorization": "Bearer s3cret-token"}).text
        assert f'href="/calendar/hz_firm.ics?token={own}"' in listing and "s3cret-token" not in listing
        # the client's token opens its calendar and feed, by link or header
        assert len(events(ok(guarded, f"/calendar/hz_firm.ics?token={own}").content)) == 2
        assert ok(guarded, f"/feed/hz_firm.atom?token={own}&on={ON}").headers["content-type"].startswith(
            "application/atom+xml")
        assert ok(guarded, "/calendar/hz_firm.ics", headers={"Authorization": f"Bearer {own}"})
        # and nothing else: no page, no API, no search calendar, no other client's calendar, not as a cookie
        broken = hmac.new(b"s3cret-token", b"broken", hashlib.sha256).hexdigest()[:32]
        for url in ("/", "/clients/hz_firm", "/clients", "/api/search", "/api/clients/hz_firm", "/calendar.ics",
                    "/notices/list", "/static/style.css", f"/calendar/broken.ics?token={own}"[:-len(own) - 7],
                    "/calendar/hz_firm.ics.ics", "/feed/hz_firm.ics"):
            assert guarded.get(url, params={"token": own}).status_code == 401, url
        assert guarded.get("/calendar/broken.ics", params={"token": own}).status_code == 401
        assert guarded.get("/calendar/broken.ics", params={"token": broken}).status_code == 404  # its own: no profile
        guarded.cookies.set("huiqi_token", own)
        assert guarded.get("/calendar/hz_firm.ics").status_code == 401
        assert guarded.get("/").status_code == 401
    with TestClient(create_app(data, profiles, token="another-token", warm_up=False)) as other:
        assert other.get(f"/calendar/hz_firm.ics?token={own}").status_code == 401  # bound to the site token


def test_a_stale_token_cookie_is_replaced_and_secure_on_https(site_dirs):
    data, profiles = site_dirs
    app = create_app(data, profiles, token="new-token", warm_up=False)
    with TestClient(app) as guarded:
        guarded.cookies.set("huiqi_token", "old-token")
        assert guarded.get("/").status_code == 401
        page = guarded.get("/?token=new-token")
        assert page.status_code == 200 and page.headers["set-cookie"].startswith("huiqi_token=new-token;")
        assert guarded.get("/").status_code == 200  # the replaced cookie
    with TestClient(app, base_url="https://testserver") as secure:
        cookie = secure.get("/?token=new-token").headers["set-cookie"]
        assert "; Secure" in cookie and "HttpOnly" in cookie


def test_without_a_token_requests_through_a_proxy_are_refused(site_dirs):
    data, profiles = site_dirs
    with TestClient(create_app(data, profiles, warm_up=False)) as open_site:
        assert open_site.get("/").status_code == 200
        for header in ({"X-Forwarded-For": "203.0.113.9"}, {"Forwarded": "for=203.0.113.9;proto=https"}):
            response = open_site.get("/calendar/hz_firm.ics", headers=header)
            assert response.status_code == 403 and "HUIQI_TOKEN" in response.text, header
            assert response.headers["x-frame-options"] == "DENY"
    with TestClient(create_app(data, profiles, token="s3cret-token", warm_up=False)) as guarded:
        response = guarded.get("/", headers={"X-Forwarded-For": "203.0.113.9", "Authorization": "Bearer s3cret-token"})
        assert response.status_code == 200
        assert guarded.get("/", headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 401


def test_the_token_is_left_out_of_the_access_log_however_its_name_is_written(site_dirs):
    data, profiles = site_dirs
    with TestClient(create_app(data, profiles, token="s3cret-token", warm_up=False)) as guarded:
        # the check decodes parameter names, so an encoded name is a token too
        assert guarded.get("/api/search?tok%65n=s3cret-token").status_code == 200
    lines = []
    for path in ("/api/search?tok%65n=s3cret-token", "/?q=x&%74%6F%6B%65%6E=s3cret-token&kind=call",
                 "/calendar/hz_firm.ics?token=s3cret-token", "/?token=s3cret-token&token=s3cret-token"):
        record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                                   ("127.0.0.1:50000", "GET", path, "1.1", 200), None)
        assert RedactToken().filter(record)
        lines.append(record.getMessage())
    assert not any("s3cret" in line for line in lines), lines
    assert lines[0].endswith('"GET /api/search?tok%65n=*** HTTP/1.1" 200')
    assert "?q=x&%74%6F%6B%65%6E=***&kind=call" in lines[1]


def test_only_loopback_binds_without_a_token():
    for host in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"):
        assert is_loopback(host)
        check_binding(host, None)
    for host in ("0.0.0.0", "192.0.2.10", "::", "example.org"):
        assert not is_loopback(host)
        with pytest.raises(ServeError, match="HUIQI_TOKEN"):
            check_binding(host, None)
        with pytest.raises(ServeError):
            check_binding(host, "   ")
        check_binding(host, "s3cret-token")


def test_cli_refuses_a_public_host_without_a_token(cli, write_json):
    assert cli("import", write_json("n.json", NOTICES[:1])).exit_code == 0
    result = cli("serve", "--host", "0.0.0.0", "--port", 8089, env={"HUIQI_TOKEN": None})
    assert result.exit_code == 1
    assert "HUIQI_TOKEN" in result.output and "Traceback" not in result.output


def test_cli_refuses_a_data_dir_without_a_store(cli):
    result = cli("serve", "--port", 8089)
    assert result.exit_code == 1 and "no store at" in result.output


# -- end to end: the real server in headless Chromium ------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser():
    """A headless Chromium driven by Debian's chromedriver, or a skip saying why there is none."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.skip("no chromium and chromedriver on PATH: `make setup` installs Debian's chromium and "
                    "chromium-driver when apt-get can (root); install them to run this test")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1600"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


@pytest.mark.slow
def test_end_to_end_in_headless_chromium(site_dirs, ids, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser = _browser()
    data, profiles = site_dirs
    port = _free_port()
    env = {**os.environ, "CI": "1", "HUIQI_TOKEN": ""}
    env.pop("HUIQI_DATA", None)
    server = subprocess.Popen([sys.executable, "-m", "cli", "--data-dir", str(data), "serve", "--port", str(port),
                               "--profiles", str(profiles)], env=env, cwd=Path(__file__).resolve().parents[1],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:  # wait for the port (jieba loads first)
            assert server.poll() is None, server.stdout.read().decode()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "huiqi serve did not listen within 60 s"
                time.sleep(0.2)
        wait = WebDriverWait(browser, 20)
        browser.get(base + "/")
        box = browser.find_element(By.ID, "q")
        box.send_keys("杭州市")
        box.submit()
        wait.until(EC.url_contains("q="))
        assert "5 notices" in browser.find_element(By.ID, "summary").text
        # apply a filter: open the filters and choose a kind (the select re-runs the search)
        browser.find_element(By.CSS_SELECTOR, "details.filters summary").click()
        Select(browser.find_element(By.ID, "kind")).select_by_value("publicity")
        wait.until(EC.url_contains("kind=publicity"))
        assert "1 notices" in browser.find_element(By.ID, "summary").text
        query = dict(pair.split("=", 1) for pair in urlsplit(browser.current_url).query.split("&"))
        assert set(query) == {"q", "kind"}  # empty filters stay out of the shared URL
        # back to all calls, then a facet count as a filter
        browser.find_element(By.LINK_TEXT, "kind: publicity ×").click()
        browser.find_element(By.CSS_SELECTOR, "#facet-kind a[href*='kind=call']").click()
        wait.until(EC.url_contains("kind=call"))
        titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".hit a.title")]
        assert any(SCRIPT in title for title in titles)  # shown as text, not run
        assert browser.execute_script("return document.querySelectorAll('main script').length") == 0
        # open a notice
        browser.find_element(By.CSS_SELECTOR, f".hit a.title[href='/notices/{ids['green']}']").click()
        wait.until(EC.presence_of_element_located((By.ID, "notice-title")))
        assert browser.find_element(By.ID, "notice-title").text == "关于组织申报2025年度杭州市绿色制造项目的通知"
        assert browser.find_elements(By.CSS_SELECTOR, "#notice-text mark[id^='ev-']")
        # open a client page
        browser.find_element(By.LINK_TEXT, "Clients").click()
        browser.find_element(By.LINK_TEXT, FIRM).click()
        wait.until(EC.presence_of_element_located((By.ID, "client-name")))
        on = browser.find_element(By.NAME, "on")
        on.clear()
        on.send_keys(ON)
        on.submit()
        wait.until(EC.url_contains("on=" + ON))
        assert browser.find_element(By.ID, "client-name").text == FIRM
        assert len(browser.find_elements(By.CSS_SELECTOR, "#matches > li")) == 2
        assert "fails: subject" in browser.find_element(By.ID, "near-misses").text
        webcal = browser.find_element(By.PARTIAL_LINK_TEXT, "subscribe in a calendar app").get_attribute("href")
        assert webcal == f"webcal://127.0.0.1:{port}/calendar/hz_firm.ics"
        shot = tmp_path / "client.png"
        assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    finally:
        browser.quit()
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
