"""A read-only data dir (a mounted snapshot, another user's files): every command that only reads works
and leaves no file behind; every command that writes says the data dir is read-only.

The commands run in a child process without write permission on the data dir: as an ordinary user
the directory's mode is enough; as root (who ignores modes) the child also drops the capabilities that
override them (setpriv).
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

RUN_COMMANDS = """
import json, sys
from click.testing import CliRunner
from cli import main

results = []
for args in json.loads(sys.argv[1]):
    result = CliRunner().invoke(main, args)
    results.append({"args": args, "exit_code": result.exit_code, "output": result.output})
print(json.dumps(results, ensure_ascii=False))
"""
DROP_ROOT_OVERRIDES = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _without_write_permission(command: list[str]) -> list[str]:
    return DROP_ROOT_OVERRIDES + command if os.geteuid() == 0 else command


def _set_writable(root: Path, writable: bool) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        path.chmod(mode | stat.S_IWUSR if writable else mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


@pytest.fixture
def read_only_data_dir(request, tmp_path, imported_samples, cli):
    """The imported samples with an index, in a directory this test's child processes cannot write:
    the database alone (SQLite cannot create the -shm file it reads a WAL database through) or, with
    `keep_wal` as the parameter, beside the -wal and -shm files of a writer that had not closed it."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot take write permission away")
    staging = tmp_path / "staging"
    shutil.copytree(imported_samples, staging)
    cli.data_dir, data_dir = staging, cli.data_dir
    assert cli("reindex").exit_code == 0
    with sqlite3.connect(staging / "huiqi.db") as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    keep_wal = getattr(request, "param", None) == "keep_wal"
    shutil.copytree(staging, data_dir, symlinks=True,
                    ignore=None if keep_wal else shutil.ignore_patterns("*-wal", "*-shm"))
    assert (data_dir / "huiqi.db-shm").exists() == keep_wal
    cli.data_dir = data_dir
    _set_writable(cli.data_dir, False)
    probe = subprocess.run(_without_write_permission(["touch", str(cli.data_dir / "probe")]), capture_output=True)
    if probe.returncode == 0:
        _set_writable(cli.data_dir, True)
        pytest.skip("this process cannot be kept from writing the data dir")
    yield cli.data_dir
    _set_writable(cli.data_dir, True)


def run_commands(data_dir: Path, commands: list[list[str]], repo_root: Path) -> list[dict]:
    env = {**os.environ, "CI": "1", "PYTHONPATH": str(repo_root)}
    env.pop("HUIQI_DATA", None)
    argv = [["--data-dir", str(data_dir), *command] for command in commands]
    done = subprocess.run(_without_write_permission([sys.executable, "-c", RUN_COMMANDS, json.dumps(argv)]),
                          cwd=repo_root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def files_under(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*") if not p.is_symlink()}


@pytest.mark.slow
@pytest.mark.parametrize("read_only_data_dir", ["database_alone", "keep_wal"], indirect=True)
def test_read_commands_work_in_a_read_only_data_dir(read_only_data_dir, tmp_path, repo_root, sample_records):
    out = tmp_path / "out"
    out.mkdir()
    before = files_under(read_only_data_dir)
    aid = sample_records[0]["文章标识符aid"]
    profile = repo_root / "data" / "profiles" / "suzhou_wuzhong_software.toml"
    commands = [
        ["search", "申报", "--limit", "1"], ["show", aid], ["stats"], ["export", "--format", "csv"],
        ["match", str(profile), "--on", "2025-09-24"], ["calendar", "-o", str(out / "deadlines.ics")],
        ["runs"], ["doctor"],
    ]
    results = run_commands(read_only_data_dir, commands, repo_root)
    for result in results:
        assert result["exit_code"] == 0, result
    by_command = {r["args"][2]: r["output"] for r in results}
    assert "notices · page 1 of" in by_command["search"]
    assert "waiting for the index: 0\n" in by_command["stats"]
    assert by_command["export"].count("\n") == len(sample_records) + 1
    assert (out / "deadlines.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert by_command["doctor"] == "index matches the store\n"
    assert files_under(read_only_data_dir) == before  # no -wal, -shm, lock or journal left behind


@pytest.mark.slow
def test_write_commands_say_the_data_dir_is_read_only(read_only_data_dir, repo_root, samples_dir, tmp_path):
    sources = tmp_path / "sources.toml"  # never fetched: the harvest stops at its lock file
    sources.write_text('[[source]]\nname = "x"\ntype = "feed"\nurl = "http://127.0.0.1:9/feed.xml"\n', "utf-8")
    commands = [["import", str(samples_dir)], ["reindex"], ["doctor", "--repair"], ["reextract"],
                ["harvest", "--sources", str(sources)]]
    for result in run_commands(read_only_data_dir, commands, repo_root):
        assert result["exit_code"] == 1, result
        assert f"Error: {read_only_data_dir}: the data dir is read-only" in result["output"], result
        assert "not a usable SQLite database" not in result["output"]
