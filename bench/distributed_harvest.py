"""Benchmark: one harvest of slow fixture sites by 1, 2 and 4 distributed workers (huiqi harvest --redis).

Serves SITES list sources, each on its own loopback address (127.0.0.2, 127.0.0.3 …, so each is a site
with its own per-site limits), with PAGES detail pages answering after LATENCY seconds, starts its own
redis-server, and times `huiqi harvest --redis URL --workers N` into a fresh store for each N (and the
single-process harvest for reference). The polite limits stay as configured (2 requests in flight per
site across all workers); DOWNLOAD_DELAY is 0 here so the run is bound by the sites' latency and each
worker's CONCURRENT_REQUESTS (8), as a day of many slow sites is.

    .venv/bin/python bench/distributed_harvest.py [--sites 12] [--pages 20] [--latency 0.5]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
HUIQI = [sys.executable, "-c", "from cli import main; main()"]
ENV = {"HUIQI_DOWNLOAD_DELAY": "0", "HUIQI_AUTOTHROTTLE_ENABLED": "0", "HUIQI_WRITER_WAIT": "0.2"}

ARTICLE = """<html><head><title>关于申报2025年度第{n}批专项资金项目的通知</title></head><body>
<div class="article"><h1>关于申报2025年度第{n}批专项资金项目的通知（站点{site}）</h1>
<p>各有关单位：为支持中小企业发展，现将2025年度第{n}批专项资金项目申报工作通知如下。</p>
<p>一、申报对象：在本市注册的中小企业、高新技术企业。</p>
<p>二、申报截止时间：2025年10月{day}日17:00。联系人：王老师，电话：025-8360{n:04d}。</p>
</div></body></html>"""


def make_handler(site: int, pages: int, latency: float):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path == "/robots.txt":
                return self._send(b"User-agent: *\nAllow: /\n", "text/plain")
            time.sleep(latency)
            if self.path == "/list.html":
                links = "".join(f'<li><a href="/a/{n}.html">通知{n}</a></li>' for n in range(pages))
                return self._send(f'<ul class="list">{links}</ul>'.encode(), "text/html; charset=utf-8")
            n = int(self.path.rsplit("/", 1)[-1].split(".")[0])
            body = ARTICLE.format(n=n + 1, site=site, day=1 + n % 28).encode()
            return self._send(body, "text/html; charset=utf-8")

        def _send(self, body: bytes, content_type: str):
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=12)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    if not shutil.which("redis-server"):
        print("redis-server is not installed (make redis)", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="huiqi-bench-distributed-"))
    servers, sources = [], []
    for site in range(args.sites):
        host = f"127.0.0.{site + 2}"
        server = ThreadingHTTPServer((host, 0), make_handler(site, args.pages, args.latency))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        sources.append(f'[[source]]\nname = "site{site}"\ntype = "list"\n'
                       f'url = "http://{host}:{server.server_address[1]}/list.html"\n'
                       f'link_selector = "ul.list li a"\ncontent_selector = "div.article"\n')
    sources_file = tmp / "sources.toml"
    sources_file.write_text("\n".join(sources), encoding="utf-8")
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp),
                              "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    time.sleep(0.5)
    env = {**os.environ, **ENV}
    total = args.sites * args.pages
    print(f"{args.sites} sites x {args.pages} pages, {args.latency:g} s per page, "
          f"at most 2 requests in flight per site; {os.cpu_count()} CPUs")
    results = {}
    try:
        runs = [("single process", None)] + [(f"{n} worker{'s' if n > 1 else ''}", n)
                                             for n in map(int, args.workers.split(","))]
        for label, workers in runs:
            data_dir = tmp / label.replace(" ", "-")
            command = [*HUIQI, "--data-dir", str(data_dir), "harvest", "--sources", str(sources_file), "--no-index"]
            if workers:
                subprocess.run(["redis-cli", "-p", str(port), "flushdb"], check=True, capture_output=True)
                command += ["--redis", url, "--workers", str(workers)]
            started = time.monotonic()
            done = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
            seconds = time.monotonic() - started
            stats = subprocess.run([*HUIQI, "--data-dir", str(data_dir), "stats", "--json"], cwd=PROJECT,
                                   capture_output=True, text=True)
            stored = json.loads(stats.stdout)["notices"] if stats.returncode == 0 else 0
            results[label] = seconds
            print(f"{label:>15}: {seconds:6.1f} s, {stored}/{total} notices stored, exit {done.returncode}"
                  + (f", {results['1 worker'] / seconds:.2f}x one worker" if "1 worker" in results else ""))
            if done.returncode:
                print(done.stderr[-2000:], file=sys.stderr)
    finally:
        redis.terminate()
        for server in servers:
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
