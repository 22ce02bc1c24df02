"""The analyst's terminal (issue 15): exports by query and filters, xlsx, --json on stats and doctor,
calendars per client, exit codes. Runs the CLI on invented 杭州 calls imported with the index."""
from __future__ import annotations

import json

import icalendar
import openpyxl
import pytest

BUREAU = "杭州市科学技术局"


def call(sid: str, title: str, deadline: str, kind_words: str = "现组织申报") -> dict:
    text = (f"各有关单位：\n{kind_words}{title}。\n一、申报对象\n在杭州市注册的高新技术企业。\n二、申报时间\n"
            f"网上申报截止时间为{deadline}。\n联系电话：0571-86001234\n{BUREAU}")
    return {"aid": sid, "title": f"关于组织申报{title}的通知", "content": text, "published": "2025-10-15"}


ROWS = [
    call("a", "2025年度杭州市研发机构项目", "2025年11月30日"),
    call("b", "2025年度杭州市数字化改造项目", "2025年10月24日"),
    {"aid": "p", "title": "关于印发杭州市数字经济促进办法的通知", "published": "2025-10-10",
     "content": "现将《杭州市数字经济促进办法》印发给你们，请认真贯彻执行。\n" + BUREAU},
]


@pytest.fixture
def imported(cli, write_json, tmp_path):
    assert cli("import", write_json("calls.json", ROWS)).exit_code == 0
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "hz.toml").write_text('name = "杭州某某科技有限公司"\nregion = "杭州市西湖区"\n'
                                      'qualifications = ["企业", "高新技术企业"]\n', "utf-8")
    (profiles / "other.toml").write_text('name = "另一家"\nregion = "杭州市"\nqualifications = ["企业"]\n', "utf-8")
    return profiles


def test_export_by_query_and_filters(cli, imported):
    every = cli("export").stdout.splitlines()
    assert len(every) == 3
    calls = [json.loads(line)["source_id"] for line in cli("export", "--kind", "call").stdout.splitlines()]
    assert sorted(calls) == ["a", "b"]
    worded = [json.loads(line)["source_id"] for line in cli("export", "--query", "数字化").stdout.splitlines()]
    assert worded == ["b"]
    open_late = cli("export", "--kind", "call", "--open-on", "2025-10-25").stdout.splitlines()
    assert [json.loads(line)["source_id"] for line in open_late] == ["a"]


def test_export_and_match_as_xlsx(cli, imported, tmp_path):
    out = tmp_path / "calls.xlsx"
    result = cli("export", "--kind", "call", "--on", "2025-10-20", "--format", "xlsx", "-o", out)
    assert result.exit_code == 0 and "2 notices written" in result.stderr
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("id", "source_id", "url", "title") and len(rows) == 3
    assert {row[rows[0].index("status")] for row in rows[1:]} == {"open", "closing"}
    matches = tmp_path / "matches.xlsx"
    assert cli("match", imported, "--on", "2025-10-20", "--format", "xlsx", "-o", matches).exit_code == 0
    header, *lines = openpyxl.load_workbook(matches).active.iter_rows(values_only=True)
    assert header[0] == "enterprise" and [line[0] for line in lines] == ["杭州某某科技有限公司"] * 2
    # (the other client holds no 高新技术企业 qualification, so neither call is open to it)
    assert cli("-q", "export", "--format", "xlsx", "-o", out).stderr == ""


def test_xlsx_cells_that_look_like_formulas_stay_text(tmp_path):
    from pipeline.export import write_xlsx

    path = tmp_path / "x.xlsx"
    with open(path, "wb") as out:
        write_xlsx([["=HYPERLINK(\"http://example.org\")", "普通\x0b文本"]], ["a", "b"], out)
    cells = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))[1]
    assert cells == ("'=HYPERLINK(\"http://example.org\")", "普通文本")


def test_stats_and_doctor_as_json(cli, imported):
    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["notices"] == 3 and stats["by_kind"] == {"call": 2, "policy": 1}
    assert stats["published_first"] == "2025-10-10" and stats["unindexed"] == 0
    doctor = json.loads(cli("doctor", "--json").stdout)
    assert doctor == {"clean": True, "missing": [], "extra": [], "stale": [], "outdated": None, "repaired": False}


def test_a_calendar_per_client(cli, imported, tmp_path):
    out = tmp_path / "calendars"
    result = cli("calendar", "--profile", imported, "-o", out)
    assert result.exit_code == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == ["hz.ics", "other.ics"]
    calendar = icalendar.Calendar.from_ical((out / "hz.ics").read_bytes())
    assert str(calendar["x-wr-calname"]).endswith("· 杭州某某科技有限公司")
    assert len(calendar.walk("VEVENT")) == 2
    refused = cli("calendar", "--profile", imported, "-o", "-")
    assert refused.exit_code == 2 and "directory" in refused.stderr


@pytest.mark.parametrize("args", [
    ("search", "x", "--open-on", "2025-13-45"),
    ("search", "x", "--region", "火星"),
    ("export", "--kind", "call", "--since", "someday"),
    ("match", "PROFILES", "--on", "2025-02-30"),
    ("match", "PROFILES", "--on", "9999-12-31"),  # a year out of range overflowed date arithmetic
    ("match", "PROFILES", "--all", "--on", "0001-01-01"),
    ("digest", "PROFILES", "--on", "9999-12-31"),
    ("search", "x", "--open-on", "1899-12-31"),
])
def test_bad_values_are_usage_errors_everywhere(cli, imported, args):
    args = [str(imported) if a == "PROFILES" else a for a in args]
    result = cli(*args)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_search_on_a_mistyped_data_dir_says_there_is_no_store(cli, tmp_path):
    cli.data_dir = tmp_path / "nowhere"
    result = cli("search", "申报")
    assert result.exit_code == 1 and "no store at" in result.stderr


def test_import_as_json(cli, write_json):
    rows = [*ROWS, ROWS[0], {"aid": "bad", "title": "坏记录", "content": "正文", "published": "下周一"}]
    result = cli("import", "--json", write_json("calls.json", rows))
    assert result.exit_code == 0 and result.stderr == ""
    outcome = json.loads(result.stdout)
    assert (outcome["new"], outcome["duplicate"], outcome["rejected"]) == (3, 1, 1)
    (problem,) = outcome["problems"]
    assert problem["record"] == 4 and problem["field"] == "published" and problem["file"].endswith("calls.json")
    assert outcome["duplicates"][0]["record"].endswith("#3") and outcome["duplicates"][0]["first"].endswith("#0")
