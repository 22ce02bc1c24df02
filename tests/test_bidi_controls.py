"""Bidirectional controls (U+202E right-to-left override and the rest) never reach a reader: not the
terminal, not CSV or JSON exports, not a calendar, whatever the store holds."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date

import pytest

from index import NoticeIndex
from pipeline.export import write_records
from pipeline.normalize import normalise_content, split_title, strip_bidi_controls
from pipeline.patterns.boilerplate import BIDI_CONTROLS
from test_index_support import as_doc, make_notice

OVERRIDE = "\u202e"


def bidi_free(text: str) -> bool:
    return not any(c in text for c in BIDI_CONTROLS)


def test_every_bidi_control_is_stripped_from_strings_lists_and_dicts():
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    assert set(BIDI_CONTROLS) == set(controls)
    assert strip_bidi_controls(f"申{controls}报") == "申报"
    assert strip_bidi_controls({"a": [f"x{OVERRIDE}y", {"b": OVERRIDE}], "n": 3, "t": True, "z": None}) == \
        {"a": ["xy", {"b": ""}], "n": 3, "t": True, "z": None}
    assert strip_bidi_controls("العربية עברית") == "العربية עברית"  # right-to-left letters stay


def test_normalisation_drops_bidi_controls_from_new_titles_and_texts():
    assert split_title(f"关于{OVERRIDE}申报\u2066的通知")[0] == "关于申报的通知"
    assert normalise_content(f"请于月底前{OVERRIDE}提交\u200f材料。").text == "请于月底前提交材料。"


def test_a_formula_behind_an_override_is_still_neutralised_in_csv():
    out = io.StringIO()
    write_records([{"id": "x", "title": f"{OVERRIDE}=HYPERLINK(\"http://evil\")"}], "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    assert rows[1][3] == "'=HYPERLINK(\"http://evil\")"


def test_search_hits_are_stripped_and_their_highlights_still_mark_the_words(tmp_path):
    ix = NoticeIndex(tmp_path / "index")
    ix.update([as_doc(make_notice("a", f"关于{OVERRIDE}专项资金申报的通知", f"请于月底前{OVERRIDE}提交申报材料。"))])
    hit = ix.search("申报").hits[0]
    assert hit.title == "关于专项资金申报的通知"
    assert hit.highlights and all(bidi_free(h.text) for h in hit.highlights)
    for highlight in hit.highlights:  # a compound holding the word is marked whole (申报材料)
        assert highlight.spans and all("申报" in highlight.text[start:end] for start, end in highlight.spans)


@pytest.mark.slow
def test_no_bidi_control_reaches_any_output(cli, make_record, write_json, tmp_path):
    record = make_record(1, **{
        "标题title": f"关于开展{OVERRIDE}专项资金申报\u2066工作\u2069的通知",
        "公众号名称": f"测试{OVERRIDE}公众号",
        "finalContent": f"第1号通知正文\u200f。请于2025年10月31日前{OVERRIDE}提交申报材料。联系电话：025-83390549\r来源：某局",
    })
    assert cli("import", write_json("bidi.json", [record])).exit_code == 0
    aid = record["文章标识符aid"]
    # import dropped them; put them back as a store written before normalisation did would hold them
    with sqlite3.connect(cli.data_dir / "huiqi.db") as conn:
        conn.execute("update notices set title = ?, account = ?, text = ?", (
            f"关于开展{OVERRIDE}专项资金申报\u2066工作\u2069的通知", f"测试{OVERRIDE}公众号",
            f"第1号通知正文\u200f。请于2025年10月31日前{OVERRIDE}提交申报材料。联系电话：025-83390549"))
    outputs = {
        "show": cli("show", aid).stdout,
        "show --json": cli("show", aid, "--json").stdout,
        "search": cli("search", "申报").stdout,
        "search --json": cli("search", "申报", "--json").stdout,
        "stats": cli("stats").stdout,
    }
    for fmt in ("csv", "json", "jsonl"):
        outputs[f"export {fmt}"] = cli("export", "--format", fmt).stdout
    ics = tmp_path / "deadlines.ics"
    assert cli("calendar", "-o", ics).exit_code == 0
    outputs["calendar"] = ics.read_text(encoding="utf-8")
    for name, text in outputs.items():
        assert "专项资金申报" in text or name == "stats", name
        assert bidi_free(text), name
    assert json.loads(outputs["show --json"])["title"] == "关于开展专项资金申报工作的通知"
    assert date.fromisoformat(json.loads(outputs["export jsonl"])["apply_deadline"]) == date(2025, 10, 31)
