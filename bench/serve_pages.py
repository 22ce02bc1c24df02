"""Median response time of each page of `huiqi serve`, in-process, over the bundled sample.

    .venv/bin/python bench/serve_pages.py [--runs 30] [--data-dir DIR]

Imports data/samples/ (62 notices) into a temporary data dir (or reads --data-dir), builds the app with
data/profiles/, warms it up (jieba, the index's searcher), then requests each route --runs times through
Starlette's TestClient and prints the median and p90 in milliseconds. The target of issue 16 is a median
under 100 ms. Not a test: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ON = "2025-09-24"
CLIENT = "suzhou_wuzhong_software"


def routes(notice_id: str) -> list[tuple[str, str]]:
    return [
        ("search, empty", "/"),
        ("search, words + filters", f"/?q=专精特新&kind=call&in_scope_of=苏州市吴中区&open_on={ON}"),
        ("search, page 2 by deadline", "/?q=申报&sort=deadline&page=2"),
        ("notice", f"/notices/{notice_id}"),
        ("clients", f"/clients?on={ON}"),
        ("client", f"/clients/{CLIENT}?on={ON}"),
        ("client calendar", f"/calendar/{CLIENT}.ics"),
        ("client feed", f"/feed/{CLIENT}.atom?on={ON}"),
        ("search calendar", "/calendar.ics?kind=call"),
        ("api search", "/api/search?q=高新技术企业&limit=20"),
        ("api notice", f"/api/notices/{notice_id}"),
        ("api client", f"/api/clients/{CLIENT}?on={ON}"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--data-dir", type=Path, help="A data dir holding the sample (default: import it now).")
    args = parser.parse_args()

    from click.testing import CliRunner
    from starlette.testclient import TestClient

    from cli import main as huiqi
    from web import create_app

    with tempfile.TemporaryDirectory(prefix="huiqi-serve-bench-") as tmp:
        data = args.data_dir or Path(tmp) / "data"
        if args.data_dir is None:
            result = CliRunner().invoke(huiqi, ["--data-dir", str(data), "-q", "import", str(ROOT / "data" / "samples")],
                                        env={"CI": "1"})
            assert result.exit_code == 0, result.output
        with TestClient(create_app(data, ROOT / "data" / "profiles")) as client:
            notice_id = client.get("/api/search?q=专精特新&limit=1").json()["results"][0]["id"]
            print(f"{args.runs} requests per route, after one warm-up request; milliseconds")
            print(f"{'route':<30} {'median':>8} {'p90':>8}  status  bytes")
            for name, url in routes(notice_id):
                response = client.get(url)  # warm-up
                times = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - start) * 1000)
                times.sort()
                p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
                print(f"{name:<30} {statistics.median(times):8.1f} {p90:8.1f}  {response.status_code:>6}  "
                      f"{len(response.content):>6}")


if __name__ == "__main__":
    main()
