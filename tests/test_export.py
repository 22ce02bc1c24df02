"""Export: the contract's names and shapes, JSON Lines / JSON / CSV writers, formula neutralising."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from pipeline.export import CONTRACT_FIELDS, csv_cell, neutralise_formula, write_records
from pipeline.notice import Deadline, Notice, Phone, Region, Subject

CONTRACT = ["id", "source_id", "url", "title", "published", "account", "kind", "regions", "deadlines",
            "apply_deadline", "phones", "subjects", "title_derived", "status", "related"]


def full_notice() -> Notice:
    return Notice(
        id="0123456789abcdef", source="测试", source_id="2652054059_1", url="https://www.example.gov.cn/a.html",
        title="关于组织申报专项资金的通知", account="江苏省中小企业公共服务平台", published=date(2025, 9, 24),
        kind="call", text="正文", origin="某局",
        regions=[Region("南京市", "320100", "city", "证据"), Region("江苏省", "320000", "province")],
        deadlines=[Deadline(date(2025, 10, 31), "17:00", "申报截止", "证据"), Deadline(date(2025, 11, 5), None, "")],
        apply_deadline=date(2025, 10, 31),
        phones=[Phone("025-83390549", "8001", "王老师", "证据"), Phone("13812345678")],
        subjects=[Subject("中小企业", "证据"), Subject("高新技术企业")],
    )


def test_contract_names_and_shapes():
    record = full_notice().export_record(date(2025, 10, 1))
    assert list(record) == CONTRACT == list(CONTRACT_FIELDS)
    assert record == {
        "id": "0123456789abcdef", "source_id": "2652054059_1", "url": "https://www.example.gov.cn/a.html",
        "title": "关于组织申报专项资金的通知", "published": "2025-09-24", "account": "江苏省中小企业公共服务平台",
        "kind": "call",
        "regions": [{"name": "南京市", "code": "320100", "level": "city"},
                    {"name": "江苏省", "code": "320000", "level": "province"}],
        "deadlines": [{"date": "2025-10-31", "time": "17:00", "label": "申报截止"},
                      {"date": "2025-11-05", "time": None, "label": ""}],
        "apply_deadline": "2025-10-31",
        "phones": [{"number": "025-83390549", "ext": "8001", "label": "王老师"},
                   {"number": "13812345678", "ext": None, "label": None}],
        "subjects": ["中小企业", "高新技术企业"], "title_derived": False,
        "status": "open", "related": [],
    }


def test_contract_of_an_empty_notice():
    assert Notice(id="x", title="t").export_record() == {
        "id": "x", "source_id": None, "url": None, "title": "t", "published": None, "account": None, "kind": None,
        "regions": [], "deadlines": [], "apply_deadline": None, "phones": [], "subjects": [], "title_derived": False,
        "status": None, "related": []}


def test_jsonl():
    out = io.StringIO()
    records = [full_notice().export_record(), Notice(id="y", title="二").export_record()]
    assert write_records(iter(records), "jsonl", out) == 2
    lines = out.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 3
    assert [json.loads(line) for line in lines[:2]] == records
    assert "南京市" in lines[0]  # not \u escaped


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json(count):
    out = io.StringIO()
    records = [Notice(id=str(i), title=f"标题{i}").export_record() for i in range(count)]
    assert write_records(records, "json", out) == count
    assert json.loads(out.getvalue()) == records
    assert out.getvalue().endswith("]\n")


def test_csv_bom_header_joins_and_line_ends():
    out = io.StringIO()
    record = full_notice().export_record(date(2025, 10, 1))
    record["related"] = [{"id": "fedcba9876543210", "source_id": "9", "relation": "amended_by", "evidence": "…"}]
    assert write_records([record], "csv", out) == 1
    text = out.getvalue()
    assert text.startswith("\ufeffid,source_id,url,title,published,account,kind,regions,deadlines,apply_deadline,"
                           "phones,subjects,title_derived,status,related\r\n")
    (row,) = list(csv.DictReader(io.StringIO(text[1:])))
    assert row == {
        "id": "0123456789abcdef", "source_id": "2652054059_1", "url": "https://www.example.gov.cn/a.html",
        "title": "关于组织申报专项资金的通知", "published": "2025-09-24", "account": "江苏省中小企业公共服务平台",
        "kind": "call", "regions": "南京市；江苏省", "deadlines": "2025-10-31 17:00 申报截止；2025-11-05",
        "apply_deadline": "2025-10-31", "phones": "025-83390549 转8001；13812345678",
        "subjects": "中小企业；高新技术企业", "title_derived": "false", "status": "open",
        "related": "amended_by fedcba9876543210",
    }


def test_csv_empty_values():
    out = io.StringIO()
    write_records([Notice(id="x", title="t").export_record()], "csv", out)
    assert out.getvalue().split("\r\n")[1] == "x,,,t,,,,,,,,,false,,"


@pytest.mark.parametrize(
    "title",
    ["=HYPERLINK(\"http://evil\")", "+86 025 1234", "-1+1", "@SUM(A1:A2)", "\t=1", "\r=1"],
)
def test_csv_neutralises_formulas(title):
    out = io.StringIO()
    write_records([Notice(id="x", title=title, account="=cmd").export_record()], "csv", out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue()[1:])))
    assert row["title"] == "'" + title
    assert row["account"] == "'=cmd"


@pytest.mark.parametrize("cell", ["关于=号的说明", "2025-09-24", "a+b", "", "'=already"])
def test_other_cells_are_left_alone(cell):
    assert neutralise_formula(cell) == cell


def test_csv_neutralises_joined_values_starting_with_a_formula_character():
    assert neutralise_formula(csv_cell("subjects", ["=1", "中小企业"])) == "'=1；中小企业"


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        write_records([], "xml", io.StringIO())


# -- through the CLI -------------------------------------------------------------------------------
NESTED_KEYS = {"regions": {"name", "code", "level"}, "deadlines": {"date", "time", "label"},
               "phones": {"number", "ext", "label"}}
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_contract(record: dict) -> None:
    assert list(record) == CONTRACT
    assert re.fullmatch(r"[0-9a-f]{16}", record["id"])
    assert isinstance(record["title"], str) and record["title"]
    assert record["published"] is None or DAY.fullmatch(record["published"])
    assert record["apply_deadline"] is None or DAY.fullmatch(record["apply_deadline"])
    for key, keys in NESTED_KEYS.items():
        assert isinstance(record[key], list)
        assert all(isinstance(item, dict) and set(item) == keys for item in record[key])
    assert all(DAY.fullmatch(d["date"]) for d in record["deadlines"])
    assert all(re.fullmatch(r"\d{6}", r["code"]) for r in record["regions"])
    assert isinstance(record["subjects"], list) and all(isinstance(s, str) for s in record["subjects"])


def test_cli_jsonl_export_of_the_samples(samples_cli, sample_records):
    result = samples_cli("export", "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 62
    records = [json.loads(line) for line in lines]
    for record in records:
        check_contract(record)
    assert sorted(r["source_id"] for r in records) == sorted(r["文章标识符aid"] for r in sample_records)
    assert all(r["url"].startswith("https://mp.weixin.qq.com/s?__biz=") and "chksm" not in r["url"] for r in records)
    first = next(r for r in records if r["source_id"] == "2652054059_1")
    assert (first["title"], first["published"], first["account"]) == (
        "免申即享！这项省级认证拟奖励企业和产品名单公布", "2025-09-24", "江苏省中小企业公共服务平台")
    # newest first
    assert [r["published"] for r in records] == sorted((r["published"] for r in records), reverse=True)


def test_cli_default_format_is_jsonl(samples_cli):
    assert samples_cli("export").stdout == samples_cli("export", "--format", "jsonl").stdout


def test_cli_json_and_csv_hold_the_same_notices(samples_cli):
    jsonl = [json.loads(line) for line in samples_cli("export").stdout.splitlines()]
    assert json.loads(samples_cli("export", "--format", "json").stdout) == jsonl
    text = samples_cli("export", "--format", "csv").stdout
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert [row["id"] for row in rows] == [r["id"] for r in jsonl]
    for row, record in zip(rows, jsonl):
        assert row["subjects"] == "；".join(record["subjects"])
        assert row["regions"] == "；".join(r["name"] for r in record["regions"])


def test_cli_export_to_a_file(samples_cli, tmp_path):
    target = tmp_path / "out" / "notices.csv"
    target.parent.mkdir()
    result = samples_cli("export", "--format", "csv", "-o", target)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"62 notices written to {target}\n"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= 63
    assert len(list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))) == 62


def test_cli_export_of_an_empty_store(cli, tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_text("[]", "utf-8")
    cli("import", "--no-index", str(empty))
    result = cli("export", "--format", "json")
    assert (result.exit_code, result.stdout) == (0, "[]\n")
    assert cli("export").stdout == ""


def test_cli_export_rejects_unknown_format(cli):
    result = cli("export", "--format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.output
