"""An index that is always openable: a first import killed between its first store commit and its first
index commit, and a generation damaged on disk (a full disk, a crash), are reported by `search` and
`doctor` with what to run, and `doctor --repair` (or the next import) brings the index back."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from index import IndexUnreadableError, open_index
from index import storage
from index_engines import ENGINES, make_index
from pipeline.indexing import IndexSync
from pipeline.ingest import import_files
from pipeline.store import Store
from test_index_support import as_doc, make_notice

# Runs `huiqi ARGS…` and SIGKILLs it right after its first batch is committed to the store and handed to
# the index writer, before any index commit: the state 11 of 11 random kills of a first import left.
KILLED_AFTER_FIRST_STORE_COMMIT = """
import os, signal, sys
from pipeline import indexing

def add_then_die(self, saved, new_ids=()):
    add(self, saved, new_ids)
    os.kill(os.getpid(), signal.SIGKILL)

add, indexing.IndexSync.add = indexing.IndexSync.add, add_then_die
from cli import main
main(sys.argv[1:])
"""


def import_killed_after_first_store_commit(data_dir: Path, dump: Path, repo_root: Path) -> None:
    env = {**os.environ, "CI": "1", "PYTHONPATH": str(repo_root)}
    env.pop("HUIQI_DATA", None)
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_FIRST_STORE_COMMIT, "--data-dir", str(data_dir),
                             "import", "--jobs", "1", str(dump)],
                            cwd=repo_root, env=env, capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()


@pytest.mark.slow
def test_a_first_import_killed_before_its_index_commit_is_reported_and_repaired(
        cli, make_record, write_json, repo_root):
    total, batch = 210, 200  # the store commits 200 records a batch (pipeline/ingest.py)
    path = write_json("first.json", [make_record(n) for n in range(total)])
    import_killed_after_first_store_commit(cli.data_dir, path, repo_root)
    index_dir = cli.data_dir / "index"
    assert storage.current_generation(index_dir) is not None  # the empty generation the kill left

    search = cli("search", "专项资金")
    assert search.exit_code == 1
    assert search.stdout == "no matching notices\n"
    assert (f"{batch} stored notices are not in the search index: run `huiqi doctor --repair`, then search again"
            in search.stderr)

    doctor = cli("doctor")
    assert doctor.exit_code == 1
    assert doctor.stdout.startswith(f"index drift: {batch} missing, 0 extra, 0 stale\n")

    repair = cli("doctor", "--repair")
    assert repair.exit_code == 0, repair.output
    assert repair.stdout.endswith("repaired\n")
    assert cli("doctor").stdout == "index matches the store\n"
    listed = cli("search", "专项资金", "--json", "--limit", "1000")
    assert listed.exit_code == 0 and listed.stderr == ""
    assert listed.stdout.count('"source_id"') == batch

    resumed = cli("import", path)  # the rest of the dump, as a rerun of the killed import
    assert resumed.stdout == f"{total - batch} new, 0 updated, {batch} unchanged, 0 duplicate, 0 rejected\n"
    assert cli("search", "专项资金", "--json", "--limit", "1000").stdout.count('"source_id"') == total
    assert cli("doctor").stdout == "index matches the store\n"


def test_the_next_import_catches_up_after_a_killed_first_import(cli, make_record, write_json, repo_root):
    path = write_json("first.json", [make_record(n) for n in range(3)])
    import_killed_after_first_store_commit(cli.data_dir, path, repo_root)
    assert cli("import", path).stdout == "0 new, 0 updated, 3 unchanged, 0 duplicate, 0 rejected\n"
    assert cli("doctor").stdout == "index matches the store\n"
    assert cli("search", "专项资金", "--json").stdout.count('"source_id"') == 3


# -- a generation without segments -----------------------------------------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
def test_an_index_without_documents_is_read_as_empty(engine, tmp_path):
    ix = make_index(engine, tmp_path / "index")
    session = ix.write_session()  # creates the first generation, committed empty
    session.add([as_doc(make_notice("a", "苹果产业扶持资金申报", "苹果种植企业可申报扶持资金。"))])
    session.cancel()
    assert ix.exists() and ix.doc_count() == 0
    assert ix.indexed_hashes() == {}
    drift = ix.diff_against({"a": "0" * 32})
    assert (drift.missing, drift.extra, drift.stale, drift.outdated) == (["a"], [], [], None)
    assert ix.search("苹果").total == 0


# -- a generation damaged on disk ----------------------------------------------------------------------

# Each damage finds the files of the engine that wrote the generation: Whoosh's table of contents and
# segments, or tantivy's meta.json and segment files (in the generation's tantivy/ directory).
TANTIVY_SEGMENT_FILES = ("*.idx", "*.term", "*.pos", "*.store", "*.fast", "*.fieldnorm")


def _segment_files(generation: Path) -> list[Path]:
    # Whoosh's segments: compound files (*.seg, written by earlier versions) or one file per part
    # (MAIN_<segment>.<part>; the lock file MAIN_WRITELOCK has no part)
    files = list(generation.glob("*.seg")) + list(generation.glob("MAIN_*.*"))
    for pattern in TANTIVY_SEGMENT_FILES:
        files.extend(generation.glob(f"tantivy/{pattern}"))
    assert files, f"no segment files in {generation}"
    return files


def _cut_toc(generation: Path) -> None:
    tocs = list(generation.glob("_MAIN_*.toc")) + list(generation.glob("tantivy/meta.json"))
    assert tocs
    for toc in tocs:
        toc.write_bytes(b"")


def _remove_segments(generation: Path) -> None:
    for segment in _segment_files(generation):
        segment.unlink()


def _cut_segments(generation: Path) -> None:
    for segment in _segment_files(generation):
        with open(segment, "r+b") as handle:
            handle.truncate(100)


@pytest.fixture(params=ENGINES)
def indexed_store(request, tmp_path, make_record, write_json, monkeypatch):
    monkeypatch.setenv("HUIQI_INDEX_ENGINE", request.param)  # the engine the import builds the index with
    store = Store(tmp_path / "huiqi.db")
    sync = IndexSync(store, tmp_path / "index")
    import_files([str(write_json("three.json", [make_record(n) for n in range(3)]))], store, index=sync, workers=1)
    yield store, sync
    store.close()


@pytest.mark.parametrize("damage", [_cut_toc, _remove_segments, _cut_segments])
def test_a_damaged_generation_is_reported_and_rebuilt(indexed_store, damage, monkeypatch):
    # a file that stays missing is not a commit in progress: no need to wait for one to finish
    monkeypatch.setattr("index.notice_index.READ_RETRIES", 1)
    monkeypatch.setattr("index.tantivy_index.READ_RETRIES", 1)
    store, sync = indexed_store
    damage(storage.current_generation(sync.index_dir))

    with pytest.raises(IndexUnreadableError, match=r"cannot be read .*run `huiqi doctor --repair`"):
        open_index(sync.index_dir).search("专项资金")
    drift = IndexSync(store, sync.index_dir).doctor()
    assert not drift.clean and "cannot be read" in drift.outdated
    assert len(drift.missing) == 3

    IndexSync(store, sync.index_dir).doctor(repair=True)
    assert IndexSync(store, sync.index_dir).doctor().clean
    assert open_index(sync.index_dir).search("专项资金").total == 3
    assert store.unindexed_ids() == []
