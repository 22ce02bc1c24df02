"""Fuzzing the JSON reader: a damaged record costs only itself, in `huiqi import` and in harvested dumps.

Hypothesis writes dumps of good records (strings full of quotes, brackets, escapes and control
characters; nested extras), damages some records and lays the dump out as a JSON array (one record a
line, or all on one line), JSON Lines or a wrapper object (`{"data": [...]}` on one line, one record a
line, or closing on a line of its own). Every well-formed record must be imported unchanged and every
damaged one reported under its own record number; nothing else may appear. The runs are derandomized
(the same 60 dumps per test each time) to keep the suite repeatable and quick.

The damage: values Python's json refuses (a 5,000-digit integer, nesting 10,000 deep); syntax slips
that keep brackets and quotes balanced (a stray comma, a missing colon, a bare word, a bad escape);
ids that are no text (a list, NaN); records that are no objects. JSON Lines, where a line is a record,
also get characters inserted, deleted or replaced anywhere inside a line, and lines cut short. Arrays do
not: a record whose quotes or brackets no longer balance has no well-defined end there. Each dump keeps
one good record (a JSON Lines dump whose every record is broken cannot be told from a broken document).
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.http import Request, Response

from pipeline.importer import FieldMap
from pipeline.ingest import import_files
from pipeline.records import RecordError, build_notice
from pipeline.store import Store
from spiders.context import HarvestContext, SourceStats
from spiders.dump import DumpSpider
from spiders.sources import Source

# `make drill` raises the count through HUIQI_FUZZ_EXAMPLES
FUZZ = settings(max_examples=int(os.environ.get("HUIQI_FUZZ_EXAMPLES", "60")), deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DUMP_URL = "http://127.0.0.1:9/dump.json"  # never fetched: the spider's callback gets the body directly

LONG_INTEGER = "9" * 5000
NESTING = {"deep arrays": "[" * 10_000 + "]" * 10_000, "deep objects": '{"k": ' * 10_000 + "1" + "}" * 10_000}


def _add_member(value: str):
    return lambda record: dumps(record)[:-1] + f', "n": {value}}}'


# Damage done to one record, from its dict to its JSON text.
DAMAGE = {
    "long integer": _add_member(LONG_INTEGER),
    "deep arrays": _add_member(NESTING["deep arrays"]),
    "deep objects": _add_member(NESTING["deep objects"]),
    "bare long integer": lambda record: LONG_INTEGER,
    "stray comma": lambda record: "{," + dumps(record)[1:],
    "missing colon": lambda record: dumps(record).replace('": ', '" ', 1),
    "trailing comma": lambda record: dumps(record)[:-1] + ",}",
    "bare word": _add_member("oops"),
    "bad escape": lambda record: dumps(record).replace('"标题title": "', '"标题title": "\\q', 1),
    "raw tab in a string": lambda record: dumps(record).replace('"标题title": "', '"标题title": "\t', 1),
    "list id": lambda record: dumps({**record, "文章标识符aid": [record["文章标识符aid"], 1]}),
    "NaN id": lambda record: dumps({**record, "文章标识符aid": float("nan")}),
    "a number": lambda record: "42",
    "null": lambda record: "null",
    "a string": lambda record: '"正文"',
}
LINES_ONLY = ("cut short", "garbled")
LAYOUTS = ("array", "compact array", "lines", "wrapper", "wrapper, one record a line", "wrapper, ends on its own line")


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


hostile_text = st.text(st.characters(codec="utf-8"), max_size=12)  # quotes, brackets, backslashes, controls …
extras = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def garbling(draw, text: str) -> str:
    """Characters inserted, deleted or replaced inside a line (never a line break: that makes two)."""
    chars = list(text)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(1, len(chars) - 2))
        how = draw(st.sampled_from(["insert", "delete", "replace"]))
        char = draw(st.characters(codec="utf-8", exclude_characters="\n"))
        if how == "insert":
            chars.insert(at, char)
        elif how == "delete":
            del chars[at]
        else:
            chars[at] = char
    return "".join(chars)


@st.composite
def dumps_with_damage(draw) -> tuple[str, str, list[str]]:
    """(layout, the dump's text, each record's JSON text in order)."""
    layout = draw(st.sampled_from(LAYOUTS))
    count = draw(st.integers(2, 6))
    damage_names = sorted(DAMAGE) + (list(LINES_ONLY) if layout == "lines" else [])
    damages = draw(st.lists(st.none() | st.sampled_from(damage_names), min_size=count, max_size=count))
    damages[draw(st.integers(0, count - 1))] = None  # one good record at least
    texts = []
    for n, damage in enumerate(damages):
        record = {
            "文章标识符aid": f"fuzz{n}",
            "标题title": f"第{n}号关于开展专项资金申报工作的通知" + draw(hostile_text),
            "链接url": f"https://www.example.gov.cn/notice/{n}.html",
            "时间time": "2025-09-24",
            "finalContent": f"第{n}号通知正文。请于2025年10月31日前提交申报材料。",
            "extra": draw(extras),
        }
        if damage is None:
            texts.append(dumps(record))
        elif damage == "cut short":
            texts.append(dumps(record)[:draw(st.integers(1, len(dumps(record)) - 1))])
        elif damage == "garbled":
            texts.append(draw(garbling(dumps(record))))
        else:
            texts.append(DAMAGE[damage](record))
    layouts = {
        "lines": "\n".join(texts) + "\n",
        "array": "[\n" + ",\n".join(texts) + "\n]\n",
        "compact array": "[" + ", ".join(texts) + "]",
        "wrapper": f'{{"total": {count}, "data": [' + ", ".join(texts) + '], "page": 1}',
        "wrapper, one record a line": f'{{"total": {count}, "data": [\n' + ",\n".join(texts) + '\n], "page": 1}',
        "wrapper, ends on its own line": f'{{"total": {count}, "data": [' + ", ".join(texts) + "\n]}\n",
    }
    return layout, layouts[layout], texts


def decoded(text: str):
    """The record as JSON reads it alone, or None when it cannot be read."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def expected_notice(text: str, path: Path, index: int):
    """The notice a well-formed record becomes; None for a damaged one."""
    value = decoded(text)
    if not isinstance(value, dict):
        return None
    try:
        return build_notice(FieldMap().raw_record(value, f"{path}#{index}", path.stem))
    except RecordError:
        return None


@FUZZ
@given(dumps_with_damage())
def test_every_well_formed_record_is_imported_and_every_damaged_one_reported(case):
    _, text, texts = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.json"
        path.write_text(text, encoding="utf-8")
        store = Store(Path(tmp) / "huiqi.db")
        try:
            summary = import_files([str(path)], store, workers=1)
            stored = {notice.provenance: notice for notice in store.iter_notices()}
        finally:
            store.close()
    expected = [expected_notice(record, path, n) for n, record in enumerate(texts)]
    assert {problem.record for problem in summary.problems} == {n for n, e in enumerate(expected) if e is None}
    assert all(problem.file == str(path) for problem in summary.problems)
    assert sorted(stored) == [f"{path}#{n}" for n, e in enumerate(expected) if e is not None]
    for n, notice in enumerate(expected):
        if notice is not None:
            assert (stored[f"{path}#{n}"].title, stored[f"{path}#{n}"].text) == (notice.title, notice.text)


@FUZZ
@given(dumps_with_damage())
def test_a_harvested_dump_yields_every_readable_record_and_reports_the_others(case):
    _, text, texts = case
    stats = SourceStats(max_errors=100)
    harvest = HarvestContext(store=None, ingestor=None, known_urls=set(), rechecks={}, stats={"dump": stats})
    spider = DumpSpider(Source(name="dump", type="json", url=DUMP_URL), harvest)
    response = Response(DUMP_URL, body=text.encode("utf-8"), status=200, request=Request(DUMP_URL))
    items = list(spider.parse_dump(response))
    values = [decoded(record) for record in texts]
    readable = [n for n, value in enumerate(values) if isinstance(value, dict)]
    assert [item.index for item in items] == readable
    assert [item.record for item in items] == [
        FieldMap().raw_record(values[n], f"{DUMP_URL}#{n}", "dump") for n in readable]
    unreadable = [n for n in range(len(texts)) if n not in readable]
    assert (stats.rejected, stats.entry_failed) == (len(unreadable), False)
    assert [error.split(": ")[1] for error in stats.errors] == [f"record {n}" for n in unreadable]
