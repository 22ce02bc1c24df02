"""The streaming JSON reader: formats, encodings, bad input, and the field map."""
from __future__ import annotations

import io
import json
import sys

import pytest

from pipeline import importer
from pipeline.importer import FieldMap, MappingError, Problem, expand_paths, read_records


def read(path) -> list:
    return list(read_records(str(path)))


def datas(items) -> list:
    return [item.data for item in items if item.data is not None]


def problems(items) -> list[Problem]:
    return [item.problem for item in items if item.problem is not None]


# -- formats -------------------------------------------------------------------------------------
def test_sample_dump_streams_every_record(sample_path, sample_records):
    items = read(sample_path)
    assert datas(items) == sample_records
    assert [item.index for item in items] == list(range(62))
    assert problems(items) == []
    assert items[-1].bytes_read == sample_path.stat().st_size


@pytest.mark.parametrize("chunk", [7, 64, 1000])
def test_array_records_across_chunk_boundaries(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(importer, "CHUNK_BYTES", chunk)
    records = [{"title": f"标题{i}", "content": "正文\\\"“引号”" * (i % 7), "n": [i, 2.5, True, None, {"k": "é"}]}
               for i in range(40)]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    assert datas(read(path)) == records


def test_json_lines_with_crlf_and_blank_lines(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b'{"title": "a"}\r\n\r\n{"title": "b"}\r\n{"title": "c"}')
    items = read(path)
    assert datas(items) == [{"title": "a"}, {"title": "b"}, {"title": "c"}]
    assert [i.index for i in items] == [0, 1, 2]


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("newline", ["", "\n"])
def test_single_object(tmp_path, indent, newline):
    record = {"title": "一条通知", "content": "正文\n第二行"}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record, ensure_ascii=False, indent=indent) + newline, encoding="utf-8")
    assert datas(read(path)) == [record]


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("newline", ["", "\n"])
def test_wrapper_object_holding_a_list(tmp_path, indent, newline):
    records = [{"title": "a"}, {"title": "b"}, {"title": "c"}]
    path = tmp_path / "wrapped.json"
    wrapper = {"total": 3, "page": 1, "data": records}
    path.write_text(json.dumps(wrapper, indent=indent) + newline, encoding="utf-8")
    items = read(path)
    assert datas(items) == records
    assert [i.index for i in items] == [0, 1, 2]


def test_stdin(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO('[{"title": "从标准输入"}]'.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    items = list(read_records("-"))
    assert datas(items) == [{"title": "从标准输入"}]
    assert items[0].file == "<stdin>"


# -- encodings -----------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_other_encodings(tmp_path, encoding):
    records = [{"title": "南京丨关于组织申报专项资金的通知", "content": "联系人：王先生"}]
    path = tmp_path / f"{encoding}.json"
    path.write_bytes(json.dumps(records, ensure_ascii=False).encode(encoding))
    items = read(path)
    assert datas(items) == records
    assert problems(items) == []


@pytest.mark.parametrize("padding", range(4))
def test_utf8_file_ending_inside_the_sniffed_window(tmp_path, padding):
    # the encoding is sniffed on the head of the file; its last bytes may cut a character
    path = tmp_path / "lines.jsonl"
    record = {"title": "从标准输入" + "x" * padding}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert datas(read(path)) == [record]


@pytest.mark.parametrize("chunk", range(1021, 1025))
def test_utf8_head_chunk_ending_inside_a_character(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(importer, "CHUNK_BYTES", chunk)
    records = [{"title": "标题" * 50, "content": "正文" * 300}] * 3
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    assert datas(read(path)) == records


def test_undecodable_bytes_do_not_stop_the_file(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes('{"title": "好"}\n'.encode() + b'{"title": "\xff\xfe"}\n' + '{"title": "也好"}\n'.encode())
    assert [d["title"] for d in datas(read(path))][::2] == ["好", "也好"]


# -- bad input -----------------------------------------------------------------------------------
def test_malformed_record_inside_an_array_is_skipped(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"title": "a"}, {"title": "b",, "x": 1}, {"title": "c"}]', encoding="utf-8")
    items = read(path)
    assert datas(items) == [{"title": "a"}, {"title": "c"}]
    assert [i.index for i in items] == [0, 1, 2]
    (problem,) = problems(items)
    assert (problem.file, problem.record) == (str(path), 1)
    assert problem.message.startswith("malformed JSON")
    assert str(problem).startswith(f"{path}: record 1: malformed JSON")


def test_malformed_record_is_reported_without_reading_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK_BYTES", 4096)
    path = tmp_path / "big.json"
    good = [{"title": f"标题{i}", "content": "正文" * 200} for i in range(400)]
    text = json.dumps(good[:1] + [{"title": "BROKEN"}] + good[1:], ensure_ascii=False)
    path.write_text(text.replace('{"title": "BROKEN"}', '{"title": "broken" "x"}'), encoding="utf-8")
    items = read(path)
    (bad,) = [i for i in items if i.problem]
    assert bad.index == 1
    assert bad.bytes_read < path.stat().st_size / 10
    assert datas(items) == good


def test_truncated_array(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[{"title": "a"}, {"title": "b", "content": "正文被截', encoding="utf-8")
    items = read(path)
    assert datas(items) == [{"title": "a"}]
    (problem,) = problems(items)
    assert problem.record == 1 and "malformed JSON" in problem.message


def test_array_not_closed(tmp_path):
    path = tmp_path / "open.json"
    path.write_text('[{"title": "a"},\n', encoding="utf-8")
    items = read(path)
    assert datas(items) == [{"title": "a"}]
    assert [p.message for p in problems(items)] == ["truncated JSON: the array is not closed"]


@pytest.mark.parametrize("bad_line", [0, 1, 3])
def test_malformed_json_lines_keep_the_good_lines(tmp_path, bad_line):
    lines = [json.dumps({"title": f"t{i}"}) for i in range(4)]
    lines[bad_line] = '{"title": "t", '
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [d["title"] for d in datas(items)] == [f"t{i}" for i in range(4) if i != bad_line]
    (problem,) = problems(items)
    assert (problem.record, problem.field) == (bad_line, None)
    assert "malformed JSON" in problem.message


def test_not_json_at_all(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text("这不是 JSON\n也不是\n", encoding="utf-8")
    (item,) = read(path)
    assert item.data is None and item.problem.record is None
    assert item.problem.message.startswith("malformed JSON")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.json"
    path.write_bytes(content)
    (item,) = read(path)
    assert item.data is None
    assert item.problem == Problem(str(path), None, None, "empty file")


def test_binary_file(tmp_path):
    path = tmp_path / "image.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (item,) = read(path)
    assert item.problem == Problem(str(path), None, None, "binary file, not JSON text")


@pytest.mark.parametrize("value, kind", [([1, "x", {"title": "ok"}], None), (42, "int"), ('"text"', None)])
def test_records_that_are_not_objects(tmp_path, value, kind):
    path = tmp_path / "odd.json"
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    items = read(path)
    if isinstance(value, list):
        assert datas(items) == [{"title": "ok"}]
        assert [(p.record, p.message) for p in problems(items)] == [
            (0, "expected an object, got int"), (1, "expected an object, got str")]
    else:
        (problem,) = problems(items)
        assert "expected an object" in problem.message


# Values Python's json refuses whatever the syntax: an integer over the 4,300-digit limit (ValueError)
# and nesting deeper than the recursion limit (RecursionError).
HOSTILE = {
    "long integer": "9" * 5000,
    "deep arrays": "[" * 10_000 + "]" * 10_000,
    "deep objects": '{"k": ' * 10_000 + "1" + "}" * 10_000,
}
HOSTILE_REASONS = {
    "long integer": "unreadable JSON (an integer of more than 4300 digits)",
    "deep arrays": "unreadable JSON (nested too deeply)",
    "deep objects": "unreadable JSON (nested too deeply)",
}
GOOD = [{"title": "a", "n": [1, {"k": "x"}]}, {"title": "c"}, {"title": "d"}]


def dump_with(bad_record: str, layout: str) -> str:
    """GOOD with `bad_record` (JSON text) as record 1, laid out as an array, JSON Lines or a wrapper."""
    texts = [json.dumps(GOOD[0]), bad_record, *map(json.dumps, GOOD[1:])]
    return {
        "array": "[\n" + ",\n".join(texts) + "\n]",
        "compact array": "[" + ", ".join(texts) + "]",
        "lines": "\n".join(texts) + "\n",
        "wrapper": '{"total": 4, "data": [' + ", ".join(texts) + "]}",
        # the first line is then no whole value, though Python's json stops at the bad record in it
        "wrapper ending on its own line": '{"total": 4, "data": [' + ", ".join(texts) + "\n]}\n",
    }[layout]


LAYOUTS = ["array", "compact array", "lines", "wrapper", "wrapper ending on its own line"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("value", HOSTILE)
def test_a_record_python_cannot_decode_is_rejected_alone(tmp_path, layout, value):
    path = tmp_path / "dump.json"
    path.write_text(dump_with('{"title": "b", "n": %s}' % HOSTILE[value], layout), encoding="utf-8")
    items = read(path)
    assert datas(items) == GOOD
    assert [i.index for i in items] == [0, 1, 2, 3]
    (problem,) = problems(items)
    assert (problem.file, problem.record, problem.field) == (str(path), 1, None)
    assert problem.message == HOSTILE_REASONS[value]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_bare_hostile_value_in_an_array_is_rejected_alone(tmp_path, value):
    path = tmp_path / "dump.json"
    path.write_text(dump_with(HOSTILE[value], "array"), encoding="utf-8")
    items = read(path)
    assert datas(items) == GOOD
    assert [(p.record, p.message) for p in problems(items)] == [(1, HOSTILE_REASONS[value])]


@pytest.mark.parametrize("chunk", [100, 4096, 6000])
@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_record_across_chunk_boundaries(tmp_path, monkeypatch, chunk, value):
    monkeypatch.setattr(importer, "CHUNK_BYTES", chunk)
    records = [json.dumps({"title": f"标题{i}", "content": "正文" * (i * 37 % 300)}, ensure_ascii=False)
               for i in range(30)]
    records[12] = '{"title": "坏", "n": %s}' % HOSTILE[value]
    path = tmp_path / "dump.json"
    path.write_text("[" + ",\n".join(records) + "]", encoding="utf-8")
    items = read(path)
    assert [d["title"] for d in datas(items)] == [f"标题{i}" for i in range(30) if i != 12]
    assert [(p.record, p.message) for p in problems(items)] == [(12, HOSTILE_REASONS[value])]


def test_a_malformed_record_ends_where_its_brackets_close(tmp_path):
    # resynchronising on the next "{" after the error would read {"k": 2} as a record, then stop at
    # the "]" that closes "n" and lose every record after it
    path = tmp_path / "bad.json"
    path.write_text('[{"title": "a"}, {"title": "b",, "n": [{"k": 1}, {"k": 2}]}, {"title": "c"}]', encoding="utf-8")
    items = read(path)
    assert datas(items) == [{"title": "a"}, {"title": "c"}]
    assert [(p.record, p.message) for p in problems(items)] == [
        (1, "malformed JSON (Expecting property name enclosed in double quotes at character 14 of the record)")]


def test_a_missing_quote_resynchronises_on_the_next_record(tmp_path, monkeypatch):
    # its brackets and strings no longer balance, so the next object after the error is taken as the
    # next record; the rest of the dump is not read to find that out
    monkeypatch.setattr(importer, "CHUNK_BYTES", 4096)
    good = [{"title": f"标题{i}", "content": "正文" * 200} for i in range(400)]
    text = json.dumps(good[:1] + [{"title": "BROKEN", "x": 1}] + good[1:], ensure_ascii=False)
    path = tmp_path / "big.json"
    path.write_text(text.replace('"BROKEN",', '"BROKEN,'), encoding="utf-8")
    items = read(path)
    assert [p.record for p in problems(items)] == [1]
    assert next(i for i in items if i.problem).bytes_read < path.stat().st_size / 10
    assert datas(items) == good


def test_text_after_the_array_is_reported(tmp_path):
    path = tmp_path / "two.json"
    path.write_text('[{"title": "a"}]\n[{"title": "b"}]\n', encoding="utf-8")
    items = read(path)
    assert datas(items) == [{"title": "a"}]
    assert [(p.record, p.message) for p in problems(items)] == [
        (None, "text after the array's closing ']' was not read (from record 1)")]


@pytest.mark.parametrize("value", HOSTILE)
def test_json_lines_with_a_hostile_first_line(tmp_path, value):
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(['{"title": "b", "n": %s}' % HOSTILE[value], *map(json.dumps, GOOD)]) + "\n",
                    encoding="utf-8")
    items = read(path)
    assert datas(items) == GOOD
    assert [(p.record, p.message) for p in problems(items)] == [(0, HOSTILE_REASONS[value])]


def test_json_lines_with_a_malformed_first_line_stream(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK_BYTES", 4096)
    lines = [json.dumps({"title": f"标题{i}", "content": "正文" * 100}, ensure_ascii=False) for i in range(300)]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(['{"title": "坏" "x"}', *lines]) + "\n", encoding="utf-8")
    items = read(path)
    assert [(i.index, i.problem.record) for i in items if i.problem] == [(0, 0)]
    assert items[0].bytes_read < path.stat().st_size / 10  # not read whole before the first record
    assert items[-1].bytes_read == path.stat().st_size
    assert len(datas(items)) == 300


@pytest.mark.parametrize("bad_record", ['{"title": "b" "x"}', '{"title": "b, "x": 1}', "[1, {"])
def test_a_wrapper_with_a_malformed_record_keeps_the_others(tmp_path, bad_record):
    path = tmp_path / "wrapped.json"
    path.write_text(dump_with(bad_record, "wrapper"), encoding="utf-8")
    items = read(path)
    assert datas(items) == GOOD
    assert [p.record for p in problems(items)] == [1]


def test_a_pretty_printed_document_is_not_taken_for_json_lines(tmp_path):
    path = tmp_path / "one.json"
    path.write_text('{"data":\n[{"title": "a"}, {"title": "b"}]\n}\n', encoding="utf-8")
    assert datas(read(path)) == [{"title": "a"}, {"title": "b"}]


def test_five_megabyte_record_streams_intact(tmp_path):
    content = "第一条 申报材料。" * 600_000  # 5.4 MB of UTF-8
    records = [{"title": "a"}, {"title": "大文件", "content": content}, {"title": "c"}]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    assert datas(read(path)) == records


def test_missing_file_is_a_problem(tmp_path):
    (item,) = read(tmp_path / "nope.json")
    assert item.problem.record is None and item.problem.message.startswith("cannot open")


# -- paths -----------------------------------------------------------------------------------------
def test_expand_paths(tmp_path):
    folder = tmp_path / "dumps"
    (folder / "sub").mkdir(parents=True)
    for name in ("b.json", "a.JSONL", "sub/c.ndjson", "readme.txt", "sub/image.png", ".hidden"):
        (folder / name).write_text("{}", encoding="utf-8")
    files, found = expand_paths([str(folder), "-", str(tmp_path / "missing.json")])
    assert files == [str(folder / "a.JSONL"), str(folder / "b.json"), str(folder / "sub" / "c.ndjson"), "-"]
    assert [(p.file, p.record, p.message) for p in found] == [
        (str(folder / "readme.txt"), None, "skipped: not a .json/.jsonl/.ndjson file"),
        (str(folder / "sub" / "image.png"), None, "skipped: not a .json/.jsonl/.ndjson file"),
        (str(tmp_path / "missing.json"), None, "no such file or directory"),
    ]


def test_a_named_file_is_read_whatever_its_suffix(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("[]", encoding="utf-8")
    assert expand_paths([str(path)]) == ([str(path)], [])


# -- problems and field maps -----------------------------------------------------------------------
def test_problem_text():
    assert str(Problem("a.json", 3, "title", "missing or empty")) == "a.json: record 3: title: missing or empty"
    assert str(Problem("a.json", None, None, "empty file")) == "a.json: empty file"
    assert str(Problem("a.json", 0, None, "malformed JSON")) == "a.json: record 0: malformed JSON"


def test_default_keys_read_the_sample_format(sample_records):
    raw = FieldMap().raw_record(sample_records[0], "dump.json#0", "dump")
    assert raw.title == sample_records[0]["标题title"]
    assert raw.content == sample_records[0]["finalContent"]
    assert raw.url == sample_records[0]["链接url"]
    assert raw.published == "2025-09-24"
    assert raw.account == raw.source == "江苏省中小企业公共服务平台"
    assert raw.source_id == "2652054059_1"
    assert raw.provenance == "dump.json#0"


def test_default_keys_skip_empty_values_and_fall_back_to_the_file_name():
    raw = FieldMap().raw_record({"title": "", "name": "备用标题", "id": 7}, "x#0", "dump")
    assert raw.title == "备用标题"
    assert raw.source_id == 7  # as the dump has it: build_notice checks and writes it out
    assert raw.source == "dump" and raw.account is None


def test_explicit_map():
    field_map = FieldMap.parse(" title=headline , content=body,published=date,source_id=uid,url=link ")
    record = {"headline": "标题", "title": "ignored", "body": "正文", "date": "2025/9/24", "uid": 12, "link": "u"}
    raw = field_map.raw_record(record, "x#0", "dump")
    assert (raw.title, raw.content, raw.published, raw.source_id, raw.url) == ("标题", "正文", "2025/9/24", 12, "u")


@pytest.mark.parametrize(
    "spec, message",
    [
        ("heading=title", "--map: unknown target 'heading'"),
        ("title", "--map: expected target=key, got 'title'"),
        ("title=", "--map: expected target=key, got 'title='"),
    ],
)
def test_bad_map(spec, message):
    with pytest.raises(MappingError) as info:
        FieldMap.parse(spec)
    assert str(info.value).startswith(message)


def test_empty_map_is_defaults():
    assert FieldMap.parse(None) == FieldMap() == FieldMap.parse("")
