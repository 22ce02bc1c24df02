"""Shared fixtures: the repository's paths, the sample dump, an isolated store and a CLI runner."""
from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]

# The tests' own cache directory (jieba's table, pipeline.segment), also for the processes they start:
# a test run writes nothing to the user's ~/.cache, and leaves nothing in the temporary directory.
if "HUIQI_CACHE" not in os.environ:
    os.environ["HUIQI_CACHE"] = tempfile.mkdtemp(prefix="huiqi-test-cache-")
    atexit.register(shutil.rmtree, os.environ["HUIQI_CACHE"], ignore_errors=True)
SAMPLES_DIR = ROOT / "data" / "samples"
SAMPLE_PATH = SAMPLES_DIR / "notices_dev.json"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE_PATH


@pytest.fixture(scope="session")
def sample_records() -> list[dict]:
    """The 62 raw WeChat records of data/samples (do not mutate)."""
    return json.loads(SAMPLE_PATH.read_text("utf-8"))


@pytest.fixture
def shared_dir() -> Path:
    """The workplace's shared/ folder beside the repository; tests needing it skip without it."""
    path = Path(__file__).resolve().parents[2] / "shared"
    if not path.is_dir():
        pytest.skip(f"{path} is absent (only present beside a working copy of the project)")
    return path


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(tmp_path):
    from pipeline.store import Store

    opened = Store(tmp_path / "store" / "huiqi.db")
    yield opened
    opened.close()


class Cli:
    """Runs `huiqi --data-dir <isolated dir> ARGS…` in-process and returns click's Result.

    Exceptions are not caught, so an error that would print a traceback fails the test.
    """

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.runner = CliRunner()

    @property
    def db_path(self) -> Path:
        return self.data_dir / "huiqi.db"

    def __call__(self, *args, input=None, env=None):
        from cli import main

        return self.runner.invoke(main, ["--data-dir", str(self.data_dir), *map(str, args)], input=input,
                                  env=env, catch_exceptions=False)


@pytest.fixture
def cli(data_dir, monkeypatch) -> Cli:
    monkeypatch.delenv("HUIQI_DATA", raising=False)
    monkeypatch.setenv("CI", "1")  # no progress bars
    return Cli(data_dir)


@pytest.fixture
def write_json(tmp_path):
    """write_json(name, value) -> Path: a UTF-8 JSON file under tmp_path/input."""

    def write(name: str, value, **dump_options) -> Path:
        path = tmp_path / "input" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value, ensure_ascii=False, **dump_options), encoding="utf-8")
        return path

    return write


def wechat_record(n: int, **overrides) -> dict:
    """A raw record in the sample dump's format (keys 文章标识符aid, 标题title …), unique per `n`."""
    record = {
        "文章标识符aid": f"990000{n:04d}_1",
        "标题title": f"测试丨第{n}号关于开展专项资金申报工作的通知",
        "链接url": f"http://mp.weixin.qq.com/s?__biz=MzTEST==&mid=990000{n:04d}&idx=1&sn={n:032x}&chksm=ab{n}#rd",
        "时间time": "2025-09-24",
        "公众号名称": "测试公众号",
        "finalContent": f"第{n}号通知正文。请于2025年10月31日前提交申报材料。联系电话：025-83390549\r来源：某局\r编辑：张三",
    }
    record.update(overrides)
    return record


@pytest.fixture
def make_record():
    return wechat_record


@pytest.fixture(scope="session")
def imported_samples(tmp_path_factory) -> Path:
    """A data dir holding the 62 samples, imported once per session; tests must only read it."""
    from cli import main

    data_dir = tmp_path_factory.mktemp("samples") / "data"
    result = CliRunner().invoke(main, ["--data-dir", str(data_dir), "import", "--no-index", str(SAMPLES_DIR)],
                                env={"CI": "1", "HUIQI_DATA": None}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return data_dir


@pytest.fixture
def samples_cli(imported_samples, monkeypatch) -> Cli:
    """`cli` on the shared imported samples (read-only commands only)."""
    monkeypatch.delenv("HUIQI_DATA", raising=False)
    monkeypatch.setenv("CI", "1")
    return Cli(imported_samples)
