"""The facet table saved with each Whoosh commit (facets-<generation>.bin in the generation directory):
a new NoticeIndex loads it instead of building it, a later commit does not use an earlier commit's
table, and a damaged file or a data dir that cannot be written only costs a rebuild."""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from index import storage
from index.notice_index import FACET_FILE_PREFIX, NoticeIndex, _FacetTable
from test_index_support import as_doc, make_notice

NOTICES = [
    make_notice("wuzhong-call", "吴中区专精特新企业奖励申报", "吴中区对专精特新中小企业给予奖励。",
                kind="call", regions=("320506",), published=date(2025, 9, 1)),
    make_notice("suzhou-call", "苏州市专精特新企业技术中心申报通知", "组织开展专精特新企业技术中心申报工作。",
                kind="call", regions=("320500", "320506"), published=date(2025, 9, 10)),
    make_notice("jiangsu-list", "江苏省专精特新企业名单公示", "现将专精特新企业名单予以公示。",
                kind="publicity", regions=("320000",), published=date(2025, 9, 15)),
    make_notice("no-region", "专精特新政策解读", "专精特新政策解读。", kind="interpretation",
                published=date(2025, 9, 16)),
    make_notice("no-kind", "专精特新企业培训活动", "专精特新企业培训。", regions=("320102",),
                published=date(2025, 9, 17)),
]
NEW = make_notice("hangzhou-call", "杭州市专精特新企业认定申报", "杭州市组织开展专精特新企业认定。",
                  kind="call", regions=("330100",), published=date(2025, 9, 12))


def facets(index: NoticeIndex, query: str = "专精特新") -> dict:
    results = index.search(query, limit=50)
    return {name: [(c.value, c.count) for c in counts] for name, counts in results.facets.items()}


def facet_files(directory: Path) -> list[str]:
    return sorted(p.name for p in storage.current_generation(directory).glob(FACET_FILE_PREFIX + "*"))


def must_not_build(monkeypatch) -> None:
    def fail(cls, searcher):
        raise AssertionError("the facet table was built, not loaded")

    monkeypatch.setattr(_FacetTable, "build", classmethod(fail))


@pytest.fixture
def directory(tmp_path) -> Path:
    directory = tmp_path / "index"
    NoticeIndex(directory).update(as_doc(n) for n in NOTICES)
    return directory


def test_a_new_index_instance_loads_the_saved_table(directory, monkeypatch):
    expected = facets(NoticeIndex(directory))
    assert ("320506", 2) in expected["region"] and (None, 1) in expected["region"]  # a shared region, no region
    assert ("call", 2) in expected["kind"]
    assert len(facet_files(directory)) == 1
    must_not_build(monkeypatch)
    assert facets(NoticeIndex(directory)) == expected
    assert facets(NoticeIndex(directory), "") == facets(NoticeIndex(directory), "")


def test_the_first_search_saves_a_table_the_commit_could_not(directory, monkeypatch):
    for path in storage.current_generation(directory).glob(FACET_FILE_PREFIX + "*"):
        path.unlink()
    expected = facets(NoticeIndex(directory))
    assert len(facet_files(directory)) == 1
    must_not_build(monkeypatch)
    assert facets(NoticeIndex(directory)) == expected


def test_a_later_commit_does_not_use_the_earlier_table(directory, monkeypatch):
    index = NoticeIndex(directory)
    before = facets(index)
    saved = facet_files(directory)
    index.update([as_doc(NEW)])
    index.delete(["jiangsu-list"])
    after = facets(NoticeIndex(directory))
    assert after != before
    assert ("330100", 1) in after["region"] and ("publicity", 1) not in after["kind"]
    assert ("call", 3) in after["kind"]
    assert facet_files(directory) != saved and len(facet_files(directory)) == 1  # the old one removed
    # the saved table of the last commit is what a rebuilt one would be
    table = facets(NoticeIndex(directory))
    must_not_build(monkeypatch)
    assert facets(NoticeIndex(directory)) == table == after


def test_an_earlier_commits_table_under_the_new_name_is_not_used(directory):
    """A table whose key does not match the commit (here: saved before a deletion, under the name of
    the commit after it) is rebuilt, not trusted for its name."""
    index = NoticeIndex(directory)
    facets(index)
    (old,) = storage.current_generation(directory).glob(FACET_FILE_PREFIX + "*")
    data = old.read_bytes()
    index.delete(["jiangsu-list"])
    (new,) = storage.current_generation(directory).glob(FACET_FILE_PREFIX + "*")
    new.write_bytes(data)
    after = facets(NoticeIndex(directory))
    assert ("publicity", 1) not in after["kind"]
    assert new.read_bytes() != data  # replaced by the right one


@pytest.mark.parametrize("damage", ["empty", "truncated", "flipped", "garbage"])
def test_a_damaged_table_is_rebuilt(directory, damage):
    expected = facets(NoticeIndex(directory))
    (path,) = storage.current_generation(directory).glob(FACET_FILE_PREFIX + "*")
    data = path.read_bytes()
    damaged = {"empty": b"", "truncated": data[: len(data) - 7], "garbage": os.urandom(len(data)),
               "flipped": data[:-3] + bytes([data[-3] ^ 0x40]) + data[-2:]}[damage]
    path.write_bytes(damaged)
    assert facets(NoticeIndex(directory)) == expected
    assert path.read_bytes() == data  # saved again


def test_a_table_that_cannot_be_saved_only_costs_a_rebuild(directory, monkeypatch):
    """A full disk: searches and commits work, and no temporary file is left behind."""
    expected = facets(NoticeIndex(directory))
    for path in storage.current_generation(directory).glob(FACET_FILE_PREFIX + "*"):
        path.unlink()

    def full_disk(self, data):
        with open(self, "wb") as handle:
            handle.write(data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    assert facets(NoticeIndex(directory)) == expected
    NoticeIndex(directory).update([as_doc(NEW)])
    assert ("330100", 1) in facets(NoticeIndex(directory))["region"]
    assert facet_files(directory) == []


READ_ONLY_SEARCH = """
import json, sys
from index.notice_index import NoticeIndex
results = NoticeIndex(sys.argv[1]).search("专精特新", limit=50)
print(json.dumps({name: [[c.value, c.count] for c in counts] for name, counts in results.facets.items()}))
"""


def test_a_read_only_index_directory_searches_without_a_saved_table(directory, repo_root):
    """In a child process that cannot write the index directory (as root: without the capabilities
    that override file modes, as tests/test_read_only_data_dir.py does)."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot take write permission away")
    expected = facets(NoticeIndex(directory))
    generation = storage.current_generation(directory)
    for path in generation.glob(FACET_FILE_PREFIX + "*"):
        path.unlink()
    command = [sys.executable, "-c", READ_ONLY_SEARCH, str(directory)]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"] + command
    modes = {p: p.stat().st_mode for p in [directory, *directory.rglob("*")] if not p.is_symlink()}
    for path, mode in modes.items():
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo_root), str(repo_root / "tests")])}
        done = subprocess.run(command, cwd=repo_root, env=env, capture_output=True, text=True, timeout=120)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
    assert done.returncode == 0, done.stderr
    found = {name: [tuple(c) for c in counts] for name, counts in json.loads(done.stdout).items()}
    assert found == expected
    assert facet_files(directory) == []
