"""The core commands through the CLI: import, show, export, stats; exit codes and one-line errors."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from pipeline.store import Store


def lines(text: str) -> list[str]:
    return text.splitlines()


def assert_one_line_error(result, message: str) -> None:
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


# -- import ----------------------------------------------------------------------------------------
def test_import_samples_twice(cli, samples_dir):
    first = cli("import", "--no-index", samples_dir)
    assert (first.exit_code, first.stdout, first.stderr) == (0, "62 new, 0 updated, 0 unchanged, 0 duplicate, 0 rejected\n", "")
    second = cli("import", "--no-index", samples_dir)
    assert (second.exit_code, second.stdout, second.stderr) == (
        0, "0 new, 0 updated, 62 unchanged, 0 duplicate, 0 rejected\n", "")
    assert cli.db_path.is_file()


@pytest.fixture
def bad_input_dir(tmp_path, make_record):
    """A folder with one of each kind of bad input, next to good records."""
    folder = tmp_path / "dumps"
    folder.mkdir()

    def dump(name, value, encoding="utf-8"):
        (folder / name).write_bytes(json.dumps(value, ensure_ascii=False).encode(encoding))
        return folder / name

    paths = {
        "good": dump("good.json", [make_record(1), make_record(2), make_record(3), make_record(1),
                                   make_record(4, 标题title=""), make_record(5, 时间time="下周一")]),
        "gbk": dump("gbk.json", [make_record(20)], encoding="gbk"),
        "big": dump("big.json", [make_record(30, finalContent="<p>申报通知正文。</p><img src=\"data:image/png;base64,"
                                                              + "iVBORw0KGgo" * 480_000 + "\">")]),
        "malformed": folder / "malformed.json",
        "empty": folder / "empty.json",
        "binary": folder / "binary.json",
        "notes": folder / "notes.txt",
        "lines": folder / "lines.jsonl",
    }
    good = [json.dumps(make_record(n), ensure_ascii=False) for n in (10, 11)]
    paths["malformed"].write_text(f'[{good[0]}, {{"标题title": "坏的", }}, {good[1]}]', encoding="utf-8")
    paths["empty"].write_bytes(b"")
    paths["binary"].write_bytes(bytes(range(256)) * 64)
    paths["notes"].write_text("不是 JSON 的说明文件", encoding="utf-8")
    paths["lines"].write_text("\n".join(json.dumps(make_record(n), ensure_ascii=False) for n in (40, 41)) + "\n",
                              encoding="utf-8")
    return paths


def test_import_bad_input_reports_each_problem_and_imports_every_good_record(cli, bad_input_dir):
    p = bad_input_dir
    result = cli("import", "--no-index", p["good"].parent)
    assert result.exit_code == 0, result.output
    assert result.stdout == "10 new, 0 updated, 0 unchanged, 1 duplicate, 2 rejected\n"
    expected = [
        f"warning: {p['notes']}: skipped: not a .json/.jsonl/.ndjson file",
        f"warning: {p['big']}: record 0: content: ",
        f"warning: {p['binary']}: binary file, not JSON text",
        f"warning: {p['empty']}: empty file",
        "1 duplicate skipped: the same notice as an earlier record of this import (1 same canonical URL); "
        "-v lists them",
        f"warning: {p['good']}: record 5: published: unparseable date '下周一'",
        f"warning: {p['malformed']}: record 1: malformed JSON (",
    ]
    warnings = lines(result.stderr)
    assert len(warnings) == len(expected)
    for line, prefix in zip(sorted(warnings), sorted(expected)):
        assert line.startswith(prefix)
    assert "Traceback" not in result.output
    exported = [json.loads(line) for line in lines(cli("export").stdout)]
    assert sorted(r["source_id"] for r in exported) == sorted(
        f"990000{n:04d}_1" for n in (1, 2, 3, 4, 10, 11, 20, 30, 40, 41))
    untitled = next(r for r in exported if r["source_id"] == "9900000004_1")  # kept, title from its text
    assert untitled["title_derived"] is True and untitled["title"]
    assert not any(r["title_derived"] for r in exported if r is not untitled)
    gbk = next(r for r in exported if r["source_id"] == "9900000020_1")
    assert gbk["title"] == "第20号关于开展专项资金申报工作的通知"


def test_import_fails_only_when_nothing_could_be_read(cli, bad_input_dir):
    p = bad_input_dir
    result = cli("import", "--no-index", p["empty"], p["binary"], p["notes"], p["malformed"])
    assert result.exit_code == 0  # the malformed file still holds two good records
    assert result.stdout.startswith("2 new, ")
    nothing = cli("import", "--no-index", p["empty"], p["binary"], p["notes"])
    assert_one_line_error(nothing, "no record could be imported")
    assert lines(nothing.stderr)[:-1] == [
        f"warning: {p['empty']}: empty file", f"warning: {p['binary']}: binary file, not JSON text",
        f"warning: {p['notes']}: malformed JSON (Expecting value at line 1)"]  # named files are tried


def test_import_missing_path(cli, tmp_path):
    result = cli("import", "--no-index", tmp_path / "nope.json")
    assert_one_line_error(result, "no record could be imported")
    assert lines(result.stderr)[0] == f"warning: {tmp_path / 'nope.json'}: no such file or directory"


def test_import_needs_a_path(cli):
    result = cli("import")
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr


def test_import_with_map(cli, write_json):
    dump = [{"headline": "苏州丨关于组织申报的通知", "body": "正文一。", "date": "2025/9/24", "link": "https://a.gov.cn/1",
             "uid": 101, "publisher": "苏州市工信局"},
            {"headline": "关于公示的通知", "body": "正文二。", "date": "2025年9月25日", "link": "https://a.gov.cn/2",
             "uid": 102, "publisher": "苏州市工信局"}]
    path = write_json("other.json", dump)
    unmapped = cli("import", "--no-index", path)  # 'body' and 'link' are default keys; 'headline' is not
    assert (unmapped.exit_code, unmapped.stdout) == (0, "2 new, 0 updated, 0 unchanged, 0 duplicate, 0 rejected\n")
    assert [r["title_derived"] for r in map(json.loads, lines(cli("export").stdout))] == [True, True]
    mapped = cli("import", "--no-index", "--map", "title=headline,content=body,published=date,url=link,source_id=uid",
                 path)
    assert (mapped.exit_code, mapped.stdout) == (0, "0 new, 2 updated, 0 unchanged, 0 duplicate, 0 rejected\n")
    exported = {r["source_id"]: r for r in map(json.loads, lines(cli("export").stdout))}
    assert exported["101"]["title"] == "关于组织申报的通知"
    assert (exported["101"]["published"], exported["102"]["published"]) == ("2025-09-24", "2025-09-25")
    assert exported["102"]["url"] == "https://a.gov.cn/2"
    assert exported["101"]["account"] == "苏州市工信局"  # 'publisher' is a default key for account


def test_import_with_a_bad_map(cli, samples_dir):
    result = cli("import", "--no-index", "--map", "heading=title", samples_dir)
    assert_one_line_error(
        result, "--map: unknown target 'heading' (known: title, content, url, published, account, source_id, source)")
    assert not cli.db_path.exists()  # refused before anything was touched


def test_import_json_lines_stdin_and_wrapper(cli, make_record, write_json):
    jsonl = "\n".join(json.dumps(make_record(n), ensure_ascii=False) for n in (1, 2)) + "\n"
    assert cli("import", "--no-index", "-", input=jsonl.encode("utf-8")).stdout.startswith("2 new, ")
    wrapper = write_json("wrapped.json", {"code": 0, "msg": "ok", "data": [make_record(3), make_record(4)]})
    assert cli("import", "--no-index", wrapper).stdout.startswith("2 new, ")
    lines_file = write_json("x.jsonl", make_record(5))
    assert cli("import", "--no-index", lines_file).stdout.startswith("1 new, ")
    provenance = {json.loads(line)["source_id"] for line in lines(cli("export").stdout)}
    assert provenance == {f"990000{n:04d}_1" for n in range(1, 6)}


def test_data_dir_from_environment(cli, samples_dir, sample_path, tmp_path):
    from click.testing import CliRunner

    from cli import main

    target = tmp_path / "from-env"
    result = CliRunner().invoke(main, ["import", "--no-index", str(sample_path)], env={"HUIQI_DATA": str(target)},
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert (target / "huiqi.db").is_file()


def test_store_that_is_no_database_is_a_one_line_error(cli):
    cli.data_dir.mkdir(parents=True)
    cli.db_path.write_bytes(b"not sqlite at all " * 100)
    result = cli("stats")
    assert_one_line_error(result, f"{cli.db_path}: not a usable SQLite database (file is not a database)")


# -- show ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def exported_samples(imported_samples):
    from click.testing import CliRunner

    from cli import main

    result = CliRunner().invoke(main, ["--data-dir", str(imported_samples), "export"], catch_exceptions=False)
    return [json.loads(line) for line in lines(result.stdout)]


def unique_prefix(notice_id: str, ids: list[str]) -> str:
    for size in range(4, 17):
        if sum(other.startswith(notice_id[:size]) for other in ids) == 1:
            return notice_id[:size]
    raise AssertionError


def test_show_by_id_prefix_and_by_aid(samples_cli, exported_samples, sample_records):
    record = next(r for r in exported_samples if r["source_id"] == "2652054059_1")
    prefix = unique_prefix(record["id"], [r["id"] for r in exported_samples])
    by_prefix = samples_cli("show", prefix)
    assert by_prefix.exit_code == 0
    assert lines(by_prefix.stdout)[:2] == [record["title"], "=" * min(60, len(record["title"]) * 2)]
    assert f"         id: {record['id']}" in lines(by_prefix.stdout)
    assert "  source id: 2652054059_1" in lines(by_prefix.stdout)
    assert "     origin: 江苏省发展和改革委员会" in lines(by_prefix.stdout)
    assert "title tags: 公示" in by_prefix.stdout
    assert samples_cli("show", "2652054059_1").stdout == by_prefix.stdout
    assert samples_cli("show", record["id"]).stdout == by_prefix.stdout


def test_show_json(samples_cli, exported_samples):
    record = exported_samples[0]
    result = samples_cli("show", record["id"], "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert "content_html" not in data
    assert (data["history"], data["deadline_changes"]) == ([], [])
    assert {k: data[k] for k in ("id", "source_id", "url", "title", "published", "account", "kind",
                                 "apply_deadline")} == {k: record[k] for k in ("id", "source_id", "url", "title",
                                                                               "published", "account", "kind",
                                                                               "apply_deadline")}
    assert [s["name"] for s in data["subjects"]] == record["subjects"]
    assert data["text"] and data["provenance"].endswith(".json#" + data["provenance"].rsplit("#", 1)[1])


def test_show_unknown_and_ambiguous(samples_cli, exported_samples):
    assert_one_line_error(samples_cli("show", "zzzz"), "no notice with id 'zzzz'")
    first_chars = Counter(r["id"][0] for r in exported_samples)
    shared = next(c for c, n in first_chars.items() if n > 1)
    result = samples_cli("show", shared)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: '{shared}' is ambiguous: ")


# -- stats -----------------------------------------------------------------------------------------
def test_stats(samples_cli, sample_records):
    result = samples_cli("stats")
    assert result.exit_code == 0
    out = lines(result.stdout)
    days = sorted(r["时间time"] for r in sample_records)
    assert out[0] == f"store: {samples_cli.db_path} (schema 4)"
    assert out[1] == f"notices: 62  published {days[0]} … {days[-1]}"
    assert out[3] == "waiting for the index: 62 (run `huiqi doctor --repair`, or the next import catches up)"
    sources = Counter(r["公众号名称"] for r in sample_records)
    start = out.index("by source:")
    assert out[start + 1:start + 1 + len(sources)] == [f"  {n:>6}  {name}" for name, n in sources.most_common()]


def test_stats_without_a_store_is_one_clear_error(cli):
    """A mistyped --data-dir must not silently report an empty store (nor create one)."""
    result = cli("stats")
    assert result.exit_code == 1
    assert "no store at" in result.output and "Traceback" not in result.output


def test_stats_of_an_empty_store(cli, tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_text("[]", "utf-8")
    cli("import", "--no-index", str(empty))
    result = cli("stats")
    assert result.exit_code == 0
    assert lines(result.stdout)[1] == "notices: 0  published - … -"


def test_help_and_version(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("import", "show", "export", "stats"):
        assert f"\n  {command} " in result.stdout
    assert cli("--version").exit_code == 0


def test_dash_as_output_means_stdout_not_a_file_named_dash(samples_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    calendar = samples_cli("calendar", "--from", "2025-09-24", "-o", "-")
    assert calendar.exit_code == 0, calendar.output
    assert calendar.stdout.startswith("BEGIN:VCALENDAR") and "deadlines written" in calendar.stderr
    export = samples_cli("export", "--format", "csv", "-o", "-")
    assert export.exit_code == 0 and export.stdout.startswith("\ufeffid,source_id,")
    assert not (tmp_path / "-").exists()


def test_ctrl_c_exits_130_with_one_line(cli, monkeypatch):
    import pipeline.ingest

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.ingest, "import_files", interrupted)
    result = cli("import", "--no-index", ".")
    assert result.exit_code == 130
    assert result.stderr == "Error: interrupted; data is consistent, run the command again to resume\n"


def test_stats_names_notices_extracted_by_older_rules_until_reextract(cli, write_json, sample_records):
    cli("import", "--no-index", str(write_json("samples.json", sample_records[:5])))
    assert "extracted by older rules" not in cli("stats").stdout
    store = Store(cli.db_path)
    with store.transaction() as conn:  # as an older huiqi left them: older rules, or another segmenter
        conn.execute("update notices set extractor_version = 1 where rowid <= 2")
        conn.execute("update notice_tokens set segmenter_version = 1 where rowid = 5")
    store.close()
    assert "extracted by older rules: 3 (run `huiqi reextract`)" in lines(cli("stats").stdout)
    assert json.loads(cli("stats", "--json").stdout)["extracted_by_older_rules"] == 3
    assert cli("reextract").exit_code == 0
    assert json.loads(cli("stats", "--json").stdout)["extracted_by_older_rules"] == 0
