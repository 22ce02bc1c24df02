"""The morning digest, saved searches and feeds (issue 13), through the CLI on invented notices.

Each test builds its own data dir: calls of a made-up 杭州市 (area code 0571, so they are scoped to
杭州市) imported in rounds, with a profile of a 杭州 firm. Times and dates are the notices' own.
"""
from __future__ import annotations

import json

import feedparser
import pytest

BUREAU = "杭州市科学技术局"
ON = "2025-10-20"


def call(sid: str, title: str, deadline: str, published: str = "2025-10-15", extra: str = "") -> dict:
    text = (f"各有关单位：\n现组织申报{title}。\n一、申报对象\n在杭州市注册的高新技术企业。\n二、申报时间\n"
            f"网上申报截止时间为{deadline}。{extra}\n联系电话：0571-86001234\n{BUREAU}")
    return {"aid": sid, "title": f"关于组织申报{title}的通知", "content": text, "published": published}


FIRST = [
    call("a", "2025年度杭州市研发机构项目", "2025年11月30日"),
    call("b", "2025年度杭州市数字化改造项目", "2025年10月24日"),  # 4 days left on ON
    call("c", "2025年度杭州市人才项目", "2025年10月28日"),  # 8 days left
]
EXTENSION = {
    "aid": "b-ext", "title": "关于延长2025年度杭州市数字化改造项目申报时间的通知", "published": "2025-10-19",
    "content": "各有关单位：\n根据《关于组织申报2025年度杭州市数字化改造项目的通知》，现将网上申报截止时间由2025年10月24日"
               "延长至2025年11月7日。其他事项不变。\n" + BUREAU,
}


@pytest.fixture
def firm(tmp_path):
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "hz.toml").write_text('name = "杭州某某科技有限公司"\nregion = "杭州市西湖区"\n'
                                      'qualifications = ["企业", "高新技术企业"]\n', "utf-8")
    return profiles


def digest(cli, firm, *args):
    result = cli("digest", firm, "--on", ON, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def titles(items: list[dict]) -> list[str]:
    return sorted(item["source_id"] for item in items)


def test_first_digest_then_only_what_is_new_or_changed(cli, write_json, firm):
    assert cli("import", write_json("first.json", FIRST)).exit_code == 0
    (first,) = digest(cli, firm)
    assert set(first) >= {"profile", "name", "new", "changed", "closing", "watches"}
    assert first["name"] == "杭州某某科技有限公司" and first["profile"].endswith("hz.toml")
    assert titles(first["new"]) == ["a", "b", "c"]
    assert titles(first["closing"]) == ["b"]  # 4 days left; c has 8
    item = first["closing"][0]
    assert item["status"] == "closing" and item["days_left"] == 4
    assert {r["criterion"] for r in item["reasons"]} >= {"region", "subject", "open"}
    assert item["next_steps"][0]["date"] == "2025-10-24"

    (second,) = digest(cli, firm)  # nothing arrived since
    assert second["new"] == [] and second["changed"] == []
    assert titles(second["closing"]) == ["b"]  # still closing: closing does not depend on --since

    assert cli("import", write_json("more.json", [EXTENSION, call("d", "2025年度杭州市孵化项目", "2025年12月1日")])
               ).exit_code == 0
    (third,) = digest(cli, firm)
    assert titles(third["new"]) == ["d"]  # the extension is not a call of its own
    (changed,) = third["changed"]
    assert changed["source_id"] == "b" and changed["apply_deadline"] == "2025-11-07"
    assert [(c["old"], c["new"]) for c in changed["changes"]] == [("2025-10-24", "2025-11-07")]
    assert [r["relation"] for r in changed["related"]] == ["amended_by"]
    assert third["closing"] == []  # b moved out of the closing window


def test_closing_days_and_since_a_date(cli, write_json, firm):
    rows = [FIRST[0], FIRST[1], {**FIRST[2], "published": "2025-09-01"}]
    assert cli("import", write_json("first.json", rows)).exit_code == 0
    (by_date,) = digest(cli, firm, "--since", "2025-09-15", "--closing-days", "8")
    assert titles(by_date["new"]) == ["a", "b"]
    assert titles(by_date["closing"]) == ["b", "c"]
    # a digest --since DATE is not recorded: the next --since last still starts from scratch
    (first_recorded,) = digest(cli, firm)
    assert titles(first_recorded["new"]) == ["a", "b", "c"]


def test_bad_since_is_a_usage_error(cli, write_json, firm):
    assert cli("import", write_json("first.json", FIRST)).exit_code == 0
    result = cli("digest", firm, "--since", "yesterdayish")
    assert result.exit_code == 2 and "--since" in result.stderr


def test_saved_searches(cli, write_json, firm):
    assert cli("import", write_json("first.json", FIRST)).exit_code == 0
    assert cli("watch", "add", "人才", "人才", "--kind", "call").exit_code == 0
    again = cli("watch", "add", "人才", "别的")
    assert again.exit_code == 1 and "exists" in again.stderr
    bad = cli("watch", "add", "坏", "x", "--open-on", "2025-13-45")
    assert bad.exit_code == 2 and "2025-13-45" in bad.stderr  # a usage error, as in search
    assert cli("watch", "add", "空").exit_code == 2  # neither words nor filters
    listed = cli("watch", "list").stdout
    assert "人才: 人才 --kind call" in listed and "last run: never" in listed and "坏" not in listed

    (first,) = digest(cli, firm)
    assert titles(first["watches"]["人才"]) == ["c"]
    (second,) = digest(cli, firm)
    assert second["watches"]["人才"] == []  # only new hits
    assert "last run: 20" in cli("watch", "list").stdout

    assert cli("watch", "remove", "人才").exit_code == 0
    missing = cli("watch", "remove", "人才")
    assert missing.exit_code == 1 and "no saved search" in missing.stderr


def test_portfolio_text_markdown_and_html(cli, write_json, firm, tmp_path):
    hostile = call("x", "2025年度<script>alert(1)</script>杭州市*特别*项目", "2025年10月22日")
    assert cli("import", write_json("first.json", [*FIRST, hostile])).exit_code == 0
    (firm / "other.toml").write_text('name = "另一家<b>公司</b>"\nregion = "杭州市"\nqualifications = ["企业"]\n',
                                     "utf-8")
    (firm / "broken.toml").write_text('name = "坏档案"\nregion = "火星"\n', "utf-8")
    text = cli("digest", firm, "--on", ON, "--since", "2025-09-01")
    assert text.exit_code == 0 and "broken.toml" in text.stderr  # reported, the rest digested
    lines = text.stdout.splitlines()
    assert lines[2].split() == ["client", "new", "changed", "closing"]
    assert "杭州某某科技有限公司" in text.stdout and "另一家<b>公司</b>" in text.stdout

    html = cli("digest", firm, "--on", ON, "--since", "2025-09-01", "--format", "html").stdout
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;公司" in html
    assert html.count("<tr>") == 3  # the clients × counts table: header and two clients
    markdown = cli("digest", firm, "--on", ON, "--since", "2025-09-01", "--format", "md").stdout
    assert "<script>" not in markdown and "\\*特别\\*" in markdown
    assert markdown.splitlines()[2].startswith("| client | new | changed | closing |")


def test_digest_to_a_file_and_stale_data_warning(cli, write_json, firm, tmp_path):
    assert cli("import", write_json("first.json", FIRST)).exit_code == 0
    out = tmp_path / "digests" / "today.md"
    result = cli("digest", firm, "--on", "2026-03-01", "--format", "md", "-o", out)
    assert result.exit_code == 0 and out.read_text("utf-8").startswith("# ")
    assert "newest stored notice was published 2025-10-15" in result.stderr


def test_feeds_for_a_profile_and_a_saved_search(cli, write_json, firm, tmp_path):
    assert cli("import", write_json("first.json", [*FIRST, EXTENSION])).exit_code == 0
    out = tmp_path / "hz.atom"
    assert cli("feed", "--profile", firm / "hz.toml", "--on", ON, "-o", out).exit_code == 0
    parsed = feedparser.parse(out.read_bytes())
    assert parsed.bozo == 0
    ids = [entry.id for entry in parsed.entries]
    assert len(ids) == 3 and all(i.startswith("urn:huiqi:notice:") for i in ids)
    assert "被修改" in next(e for e in parsed.entries if "数字化改造" in e.title).content[0].value
    assert cli("watch", "add", "人才", "人才").exit_code == 0
    watched = cli("feed", "--watch", "人才", "-o", "-")
    assert watched.exit_code == 0 and len(feedparser.parse(watched.stdout_bytes).entries) == 1
    assert cli("feed", "--watch", "无此", "-o", out).exit_code == 1
    assert cli("feed", "-o", out).exit_code == 2


def test_a_manual_digest_of_one_client_leaves_the_portfolios_new_hits(cli, write_json, firm):
    assert cli("import", write_json("first.json", FIRST)).exit_code == 0
    assert cli("watch", "add", "人才", "人才").exit_code == 0
    single = json.loads(cli("digest", firm / "hz.toml", "--on", ON, "--format", "json").stdout)
    assert titles(single[0]["watches"]["人才"]) == ["c"]
    (portfolio,) = digest(cli, firm)
    assert titles(portfolio["watches"]["人才"]) == ["c"]  # still new for the portfolio's own digest


def test_since_a_date_counts_changes_from_beijing_midnight():
    from datetime import date

    from pipeline.digest import Since

    assert Since(published=date(2025, 10, 20)).change_cutoff == "2025-10-19T16:00:00+00:00"
