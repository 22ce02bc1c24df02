"""`huiqi import` on the terminal: progress counted in notices with an indexing phase, and duplicates
reported with their reason (issue 15)."""
from __future__ import annotations

import io
import json
import re

import pytest
from rich.console import Console

from pipeline.indexing import IndexSync
from pipeline.ingest import import_files
from pipeline.progress import Progress
from pipeline.urls import canonical_url


class RecordingProgress(Progress):
    def __init__(self):
        self.calls: list[tuple] = []

    def reading(self, file, records, fraction):
        self.calls.append(("reading", records, fraction))

    def storing(self, stored, skipped):
        self.calls.append(("storing", stored, skipped))

    def indexing(self, indexed, waiting, committing=False):
        self.calls.append(("indexing", indexed, waiting, committing))

    def of(self, kind: str) -> list[tuple]:
        return [call[1:] for call in self.calls if call[0] == kind]


def write_dump(path, records) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_import_reports_records_read_stored_and_the_index_phase(store, tmp_path, make_record):
    dump = write_dump(tmp_path / "in" / "dump.json",
                      [make_record(n) for n in range(1, 6)] + [make_record(1), make_record(9, 时间time="下周一")])
    index = IndexSync(store, tmp_path / "index")
    progress = RecordingProgress()
    summary = import_files([dump], store, index=index, progress=progress)
    assert summary.line() == "5 new, 0 updated, 0 unchanged, 1 duplicate, 1 rejected"
    reading = progress.of("reading")
    assert [records for records, _ in reading] == list(range(1, 8))  # every record, the bad one too
    fractions = [fraction for _, fraction in reading]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert progress.of("storing")[-1] == (5, 2)  # 5 stored; the duplicate and the rejected skipped
    indexing = progress.of("indexing")
    assert (0, 5, True) in indexing  # the commit is shown as a phase of its own ...
    assert indexing[-1] == (5, 0, False)  # ... and then done
    # the commit comes after the last record was stored
    calls = progress.calls
    assert calls.index(("indexing", 0, 5, True)) > max(i for i, c in enumerate(calls) if c[0] == "storing")
    assert type(index.progress) is Progress  # the import's display is not kept by the index


def test_reading_fraction_runs_over_all_files(store, tmp_path, make_record):
    first = write_dump(tmp_path / "in" / "a.json", [make_record(n) for n in range(1, 4)])
    second = write_dump(tmp_path / "in" / "b.json", [make_record(n) for n in range(4, 10)])
    progress = RecordingProgress()
    import_files([first, second], store, progress=progress)
    fractions = [fraction for _, fraction in progress.of("reading")]
    assert 0 < fractions[2] < 0.5  # the first, smaller file is under half of the input
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def rendered(bar) -> str:
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(bar._progress.make_tasks_table(bar._progress.tasks))
    return out.getvalue()


def test_progress_bar_rows_count_notices_and_show_the_commit():
    from pipeline.render import ProgressBar

    bar = ProgressBar("importing")
    bar.reading("/some/where/a-rather-long-dump-file-name-2025.json", 123212, 0.5)
    bar.storing(123001, 12)
    bar.indexing(0, 2438, committing=True)
    text = rendered(bar)
    assert "importing a-rather-long-dump-" in text
    assert "123,212 read, 123,001 stored" in text
    assert "committing 2,438 notices" in text
    assert " MB" not in text and "kB" not in text
    rows = text.splitlines()
    assert len(rows) == 2 and all(len(row) <= 80 for row in rows)
    assert all(re.search(r" \d:\d\d:\d\d$", row) for row in rows)  # elapsed time, whole, on each row
    bar.indexing(2438, 0)
    assert "2,438 indexed" in rendered(bar)


def test_progress_bar_counts_notices_for_the_older_callback():
    from pipeline.render import ProgressBar

    bar = ProgressBar("re-extracting")
    bar("reextract", 40, 200)
    assert "40/200 notices" in rendered(bar)


@pytest.mark.parametrize("quiet, ci, tty, drawn", [
    (False, None, True, True),
    (True, None, True, False),
    (False, "1", True, False),
    (False, None, False, False),
])
def test_progress_is_drawn_only_on_a_terminal(monkeypatch, tmp_path, quiet, ci, tty, drawn):
    import sys

    import cli
    from pipeline.render import ProgressBar

    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    chosen = cli._progress(cli.Context(tmp_path, 0, quiet), "importing")
    assert isinstance(chosen, ProgressBar) is drawn


# -- duplicates with their reason ------------------------------------------------------------------
@pytest.fixture
def duplicates_dump(tmp_path, make_record):
    no_url = {k: v for k, v in make_record(3).items() if k != "链接url"}
    no_id = {k: v for k, v in make_record(4).items() if k not in ("链接url", "文章标识符aid")}
    records = [make_record(1), make_record(2), make_record(1), no_url, no_url, no_id, no_id]
    return write_dump(tmp_path / "in" / "dupes.json", records)


def test_import_says_why_records_were_duplicate(cli, duplicates_dump, make_record):
    result = cli("import", "--no-index", duplicates_dump)
    assert result.exit_code == 0
    assert result.stdout == "4 new, 0 updated, 0 unchanged, 3 duplicate, 0 rejected\n"  # what scripts read
    assert result.stderr == (
        "3 duplicate skipped: the same notice as an earlier record of this import (1 same canonical URL, "
        "1 same source and source id, 1 no URL or source id, and the same text); -v lists them\n")


def test_import_verbose_lists_the_duplicate_pairs(cli, duplicates_dump, make_record):
    result = cli("-v", "import", "--no-index", duplicates_dump)
    shown = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    url = canonical_url(make_record(1)["链接url"])
    assert shown[0] == f"  {duplicates_dump}#2 → {duplicates_dump}#0 (same canonical URL: {url})"
    assert shown[1] == f"  {duplicates_dump}#4 → {duplicates_dump}#3 (same source and source id: 测试公众号:9900000003_1)"
    assert shown[2] == f"  {duplicates_dump}#6 → {duplicates_dump}#5 (no URL or source id, and the same text)"
    assert len(shown) == 3


def test_import_verbose_lists_ten_pairs_and_counts_the_rest(cli, tmp_path, make_record):
    dump = write_dump(tmp_path / "in" / "many.json", [make_record(1)] * 13)
    result = cli("-v", "import", "--no-index", dump)
    shown = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert len(shown) == 11 and shown[-1] == "  … and 2 more"
    assert shown[9].startswith(f"  {dump}#10 → {dump}#0 ")


def test_quiet_import_prints_only_the_summary(cli, duplicates_dump):
    result = cli("-q", "import", "--no-index", duplicates_dump)
    assert (result.stdout, result.stderr) == ("4 new, 0 updated, 0 unchanged, 3 duplicate, 0 rejected\n", "")
