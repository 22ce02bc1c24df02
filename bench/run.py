#!/usr/bin/env python
"""huiqi benchmark: import, extraction, indexing, search and matching on synthetic corpora.

    make bench                                   # 1k, 10k and 100k notices
    .venv/bin/python bench/run.py --quick        # 1k only (smoke run)
    .venv/bin/python bench/run.py --sizes 10000 --profile

For each size, on one corpus generated from data/samples (bench/corpus.py, deterministic per seed,
cached under bench/corpus/; `--corpus varied` for the variant whose records each draw their own
programmes, region and year), in one run:

  import      `import_files` into a fresh data dir (normalise + segment + extract + store + index),
              notices/s with jieba and the extractors already loaded (their load time is reported apart)
  floor       plain segmentation of the stored title + text with pipeline.segment.segment (nothing
              else): the floor import cannot beat; import rate / floor rate is the headline ratio
  extract     `extract_notice` alone on the same notices, with tokens already made
  search      20 queries x (no filter, one filter set each), warm and in-process, p50/p95/p99 over
              several rounds; the same mix on an SQLite FTS5 baseline over the same jieba tokens
              (bench/baseline_fts5.py) in the same run, and the ratio of the two
  cold        `huiqi search` as a new process (wall time of .venv/bin/huiqi)
  match       10 enterprise profiles (data/profiles + bench/profiles) against the stored calls
  increment   importing 100 new notices into the imported corpus
  rebuild     full index build from the store (no re-segmentation)
  tantivy     the second engine (when its extra is installed): a full build from the store into its own
              directory, then the search mix on it beside Whoosh and FTS5, and its top-10 overlap with Whoosh
  sizes       database, index and baseline on disk

Every stage runs in its own fresh Python process, so one stage's caches never help another;
peak memory is that process's resource.getrusage(RUSAGE_SELF).ru_maxrss (peak resident set size), and
for the import also RUSAGE_CHILDREN (its largest worker process); CPU time of the import is os.times()
of the process and its workers.
Timing uses time.perf_counter. Results go to bench/results/latest.json (latest-varied.json for the
varied corpus), and a Markdown table to stdout and beside the JSON (.md).
Nothing here asserts a target: the table reports them, and tests never time anything.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: make `bench` and the project importable

from bench.corpus import CORPORA  # noqa: E402  (the generators --corpus chooses from)

BENCH = ROOT / "bench"
HUIQI = ROOT / ".venv" / "bin" / "huiqi"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
INCREMENT = 100
ON = date(2025, 9, 24)  # the date searches and matches are asked for (the sample's own date)
SEARCH_LIMIT = 10
SEARCH_ROUNDS = 10  # each of the 40 searches is timed this many times after one warm-up round
COLD_RUNS = 5
PROFILE_NOTICES = 2_000  # --profile: the import and rebuild profiles run on this prefix of the corpus


def _suffix(corpus: str) -> str:
    """File-name suffix of a corpus's results, so runs on the two corpora never overwrite each other."""
    return "" if corpus == "templated" else f"-{corpus}"


# A fixed mix of 20 queries an analyst types: programmes, subjects, topics, several words, one phrase,
# one OR and one exclusion (the language of index/query.py).
QUERIES = (
    "高新技术企业", "专精特新", "企业技术中心", "碳足迹", "数字化转型",
    "人工智能", "工业互联网", "软件企业 评估", "智能工厂 OR 绿色工厂", "高端人才 申报",
    "专项资金", "科技型中小企业", "首台套", "民营科技企业", "知识产权",
    '"中小企业数字化转型"', "技术改造 奖励", "揭榜挂帅", "专精特新 -公示", "拟认定 名单 公示",
)
# One filter set per query in the filtered half (cycled): the options of `huiqi search`.
FILTERS = (
    {"kind": "call"},
    {"region": "江苏省"},
    {"in_scope_of": "苏州市吴中区"},
    {"kind": "call", "open_on": ON.isoformat()},
    {"deadline_after": "2025-09-01", "deadline_before": "2025-12-31"},
    {"subject": "中小企业"},
    {"region": "浙江省", "kind": "call"},
    {"since": "2025-01-01"},
    {"region": "苏州市", "since": "2024-01-01", "until": "2025-12-31"},
    {"kind": "publicity", "region": "广东省"},
)
TARGETS = {
    "import_vs_segmentation": ">= 0.5",
    "search_p95_ms_warm_100k": "<= 100",
    "cold_search_s": "<= 1.5",
    "peak_memory_import_100k_mib": "<= 1024",
}

# ------------------------------------------------------------------------------------------------
# Stages: each runs in a fresh subprocess (see run_stage) and returns a JSON-able dict.


def _index_available() -> bool:
    try:
        from index import NoticeIndex  # noqa: F401
    except ImportError:
        return False
    return True


def _warm_up() -> dict:
    """Load jieba and the extractors (and whatever they import) before timing; report how long."""
    from pipeline.records import RawRecord, build_notice
    from pipeline.segment import segment

    t0 = time.perf_counter()
    segment("高新技术企业认定申报")
    t1 = time.perf_counter()
    from bench.corpus import samples
    from pipeline.extract import extract_notice

    sample = samples()[1]
    notice = build_notice(RawRecord(title=sample["标题title"], content=sample["finalContent"],
                                    published=sample["时间time"], source="warm-up"))
    extract_notice(notice, segment(notice.text))
    t2 = time.perf_counter()
    return {"jieba_load_s": t1 - t0, "extractors_load_s": t2 - t1}


def stage_import(corpus: str, data_dir: str, index: bool = True, profile: str | None = None) -> dict:
    from pipeline.indexing import IndexSync
    from pipeline.ingest import default_workers, import_files
    from pipeline.store import Store

    # as `huiqi import` chooses: worker processes segment and extract when the dump is big (their
    # start-up, jieba loading included, is inside the timing); this process then never loads jieba
    workers = default_workers(os.path.getsize(corpus))
    result = _warm_up() if workers == 1 else {}
    use_index = index and _index_available()
    store = Store(Path(data_dir) / "huiqi.db")
    before = store.count()
    sync = IndexSync(store, Path(data_dir) / "index") if use_index else None
    cpu_before = os.times()
    started = time.perf_counter()
    # as `huiqi import` does, a first big import builds the index in a background process (not when
    # profiling: the profile is of this process and should show the index build)
    with _Profiled("import", profile) as timed:
        summary = import_files([corpus], store, index=sync, workers=workers, index_in_background=profile is None)
    elapsed = timed.elapsed
    until_indexed = elapsed
    if summary.index_build is not None:
        result["index_build_exit_code"] = summary.index_build.wait()
        until_indexed = time.perf_counter() - started
    cpu_after = os.times()  # (the background build's CPU is counted with the workers')
    result["workers"] = workers
    result["cpu_seconds"] = {
        "main": cpu_after.user + cpu_after.system - cpu_before.user - cpu_before.system,
        "workers": (cpu_after.children_user + cpu_after.children_system
                    - cpu_before.children_user - cpu_before.children_system),
    }
    result["profile"] = timed.breakdown()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    result.update(
        seconds=elapsed, counts=dict(summary.counts), problems=len(summary.problems),
        notices_before=before, indexed=use_index,
        rate=sum(summary.counts[k] for k in ("new", "updated")) / elapsed if elapsed else None,
        index_in_background=summary.index_build is not None, seconds_until_indexed=until_indexed,
        rate_until_indexed=sum(summary.counts[k] for k in ("new", "updated")) / until_indexed if until_indexed else None,
    )
    return result


# What each profiled stage's time is broken into: (label, file path suffix, function name). Cumulative
# times: an indented part is inside the part above it.
PROFILE_PARTS = {
    "import": (
        ("read JSON records", "pipeline/importer.py", "read_records"),
        ("normalise (build_notice)", "pipeline/records.py", "build_notice"),
        ("segment (jieba)", "pipeline/segment.py", "segment"),
        ("extract (extract_notice)", "pipeline/extract/__init__.py", "extract_notice"),
        ("  regions", "pipeline/extract/regions.py", "extract_regions"),
        ("  deadlines", "pipeline/extract/deadlines.py", "extract_deadlines"),
        ("  phones", "pipeline/extract/phones.py", "extract_phones"),
        ("  kind", "pipeline/extract/kind.py", "classify_kind"),
        ("  subjects", "pipeline/extract/subjects.py", "extract_subjects"),
        ("  details", "pipeline/extract/details.py", "extract_details"),
        ("store (save_batch)", "pipeline/store.py", "save_batch"),
        ("index (IndexSync.add)", "pipeline/indexing.py", "add"),
        ("  build_document", "index/schema.py", "build_document"),
        ("  Whoosh add_document (incl. analysis)", "whoosh/writing.py", "add_document"),
        ("  Whoosh commit", "whoosh/writing.py", "commit"),
    ),
    "search": (
        ("parse query (incl. jieba)", "index/query.py", "parse_query"),
        ("open index (open_dir)", "whoosh/index.py", "open_dir"),
        ("Whoosh search_page (match, score, facets)", "whoosh/searching.py", "search_page"),
        ("highlights: text", "index/highlight.py", "text_highlights"),
        ("highlights: title", "index/highlight.py", "title_highlight"),
        ("jieba segment (query + highlights)", "pipeline/segment.py", "segment"),
        ("stored fields (hit.fields)", "whoosh/searching.py", "fields"),
    ),
    "rebuild": (
        ("read store (iter_saved)", "pipeline/store.py", "iter_saved"),
        ("build_document", "index/schema.py", "build_document"),
        ("Whoosh add_document (incl. analysis)", "whoosh/writing.py", "add_document"),
        ("  analysis (NoticeTokenizer)", "index/analysis.py", "__call__"),
        ("Whoosh commit (flush + optimize)", "whoosh/writing.py", "commit"),
    ),
}


class _Profiled:
    """cProfile around a block when `path` is set: writes PATH.txt (top functions) and the raw stats to
    the system temp dir (huiqi-bench-NAME.pstats, for pstats or snakeviz; not kept in the repository),
    and `breakdown()` gives the share of the block's time spent in each of PROFILE_PARTS[stage]."""

    def __init__(self, stage: str, path: str | None):
        self.stage, self.path, self.profiler, self.elapsed = stage, path, None, 0.0

    def __enter__(self):
        if self.path:
            import cProfile

            self.profiler = cProfile.Profile()
            self.profiler.enable()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.t0
        if self.profiler:
            self.profiler.disable()
        return False

    def breakdown(self) -> dict | None:
        if not self.profiler:
            return None
        import io
        import pstats

        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        raw = Path(tempfile.gettempdir()) / f"huiqi-bench-{Path(self.path).name}.pstats"
        self.profiler.dump_stats(str(raw))
        out = io.StringIO()
        stats = pstats.Stats(self.profiler, stream=out)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(50)
        Path(self.path + ".txt").write_text(out.getvalue(), "utf-8")
        parts = {}
        for label, suffix, func in PROFILE_PARTS[self.stage]:
            seconds = sum(v[3] for (file, _line, name), v in stats.stats.items()
                          if name == func and file.replace("\\", "/").endswith(suffix))
            parts[label] = {"seconds": seconds, "share": seconds / self.elapsed if self.elapsed else None}
        return {"total_s": self.elapsed, "parts": parts, "file": self.path + ".txt", "pstats": str(raw)}


def stage_floor(data_dir: str, extract_limit: int | None = None) -> dict:
    """Plain segmentation of every stored notice, and extraction alone on (a sample of) them."""
    from pipeline.extract import extract_notice
    from pipeline.segment import segment
    from pipeline.store import Store

    result = _warm_up()
    store = Store(Path(data_dir) / "huiqi.db")
    total = store.count()
    step = max(1, -(-total // extract_limit)) if extract_limit else 1
    seg_s = ext_s = 0.0
    seg_n = ext_n = chars = 0
    for i, notice in enumerate(store.iter_notices()):
        t0 = time.perf_counter()
        segment(notice.title)
        tokens = segment(notice.text)
        t1 = time.perf_counter()
        seg_s += t1 - t0
        seg_n += 1
        chars += len(notice.title) + len(notice.text)
        if i % step == 0:
            t2 = time.perf_counter()
            extract_notice(notice, tokens)
            ext_s += time.perf_counter() - t2
            ext_n += 1
    store.close()
    result.update(
        segment_notices=seg_n, segment_seconds=seg_s, segment_rate=seg_n / seg_s if seg_s else None,
        segment_chars_per_s=chars / seg_s if seg_s else None, mean_chars=chars / seg_n if seg_n else None,
        extract_notices=ext_n, extract_seconds=ext_s, extract_rate=ext_n / ext_s if ext_s else None,
    )
    return result


def _percentiles(samples_ms: list[float]) -> dict:
    if not samples_ms:
        return {}
    ordered = sorted(samples_ms)

    def pct(p: float) -> float:
        k = (len(ordered) - 1) * p
        lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
        return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)

    return {"n": len(ordered), "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99),
            "mean": statistics.fmean(ordered), "max": ordered[-1]}


def _search_mix() -> list[tuple[str, str, dict | None]]:
    """(mode, query, filters): the 20 queries without filters, then with one filter set each."""
    plain = [("plain", q, None) for q in QUERIES]
    filtered = [("filtered", q, FILTERS[i % len(FILTERS)]) for i, q in enumerate(QUERIES)]
    return plain + filtered


def _time_mix(search, rounds: int) -> tuple[dict, dict[tuple, list[str]]]:
    """Latency percentiles per mode and overall, and the ids each search returned."""
    mix = _search_mix()
    results = {}
    first: list[float] = []
    for mode, query, filters in mix:  # warm-up round, timed apart: each query and filter seen first
        t0 = time.perf_counter()
        results[(query, json.dumps(filters, sort_keys=True))] = search(query, filters)
        first.append((time.perf_counter() - t0) * 1000)
    times: dict[str, list[float]] = {"plain": [], "filtered": []}
    for _ in range(rounds):
        for mode, query, filters in mix:
            t0 = time.perf_counter()
            search(query, filters)
            times[mode].append((time.perf_counter() - t0) * 1000)
    latency = {mode: _percentiles(values) for mode, values in times.items()}
    latency["all"] = _percentiles(times["plain"] + times["filtered"])
    # the first search of each query in the process: filter sets not yet built, postings not yet read
    latency["first"] = _percentiles(first)
    return latency, results


def _stored_words(data_dir: str):
    """The words stored at import, for snippets, as `huiqi search` gives them to the index."""
    from pipeline.store import Store

    return Store(Path(data_dir) / "huiqi.db", create=False, read_only=True).tokens_of


def _tantivy_search(data_dir: str):
    """search(query, filters) -> [ids] over the tantivy index built by stage_rebuild_tantivy, called as
    `huiqi search` calls an index (highlights and facets included)."""
    from index import parse_filters
    from index.tantivy_index import TantivyIndex

    idx = TantivyIndex(Path(data_dir) / TANTIVY_INDEX, words=_stored_words(data_dir))

    def search(query: str, filters: dict | None) -> list[str]:
        return [hit.id for hit in idx.search(query, parse_filters(**(filters or {})), limit=SEARCH_LIMIT).hits]

    return search, idx


def _overlap(ours: dict[tuple, list[str]], theirs: dict[tuple, list[str]]) -> float | None:
    overlaps = []
    for key, ids in ours.items():
        other = theirs.get(key, [])
        if ids or other:
            overlaps.append(len(set(ids) & set(other)) / max(len(ids), len(other)))
    return statistics.fmean(overlaps) if overlaps else None


def _whoosh_search(data_dir: str):
    """search(query, filters) -> [ids] over the huiqi index, as `huiqi search` calls it (highlights
    and facets included), and the NoticeIndex."""
    from index import NoticeIndex, parse_filters

    idx = NoticeIndex(Path(data_dir) / "index", words=_stored_words(data_dir))

    def search(query: str, filters: dict | None) -> list[str]:
        return [hit.id for hit in idx.search(query, parse_filters(**(filters or {})), limit=SEARCH_LIMIT).hits]

    return search, idx


def stage_search(data_dir: str, baseline: str, rounds: int = SEARCH_ROUNDS, profile: str | None = None) -> dict:
    from bench import baseline_fts5
    from pipeline.segment import segment

    result: dict = {}
    t0 = time.perf_counter()
    segment("预热")  # both engines segment queries with jieba: load it before either is timed
    result["jieba_load_s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    result["baseline_notices"] = baseline_fts5.build(Path(data_dir) / "huiqi.db", baseline)
    result["baseline_build_s"] = time.perf_counter() - t0
    fts = baseline_fts5.Baseline(baseline)
    result["baseline"], fts_hits = _time_mix(fts.search, rounds)
    fts.close()

    if not _index_available():
        result["whoosh"] = None
        result["whoosh_error"] = "not available: the index package has no NoticeIndex yet"
        return result
    t0 = time.perf_counter()
    search, _idx = _whoosh_search(data_dir)
    search(QUERIES[0], None)
    result["whoosh_open_s"] = time.perf_counter() - t0
    result["whoosh"], whoosh_hits = _time_mix(search, rounds)
    if profile:  # one more round under cProfile, after the timed ones, for where the time goes
        with _Profiled("search", profile) as timed:
            for _mode, query, filters in _search_mix():
                search(query, filters)
        result["profile"] = timed.breakdown()
    overlaps, empty = [], {"whoosh": 0, "baseline": 0}
    for key, ids in whoosh_hits.items():
        other = fts_hits.get(key, [])
        empty["whoosh"] += not ids
        empty["baseline"] += not other
        if ids or other:
            overlaps.append(len(set(ids) & set(other)) / max(len(ids), len(other)))
    result["top10_overlap"] = statistics.fmean(overlaps) if overlaps else None
    result["searches_without_hits"] = empty
    result["hits_per_search"] = {
        "whoosh": statistics.fmean(len(v) for v in whoosh_hits.values()),
        "baseline": statistics.fmean(len(v) for v in fts_hits.values()),
    }
    if (Path(data_dir) / TANTIVY_INDEX).is_dir() and _tantivy_available():
        # the second engine on the same mix, after Whoosh (each query's jieba work is cached by then)
        t0 = time.perf_counter()
        tantivy_search, _tidx = _tantivy_search(data_dir)
        tantivy_search(QUERIES[0], None)
        result["tantivy_open_s"] = time.perf_counter() - t0
        result["tantivy"], tantivy_hits = _time_mix(tantivy_search, rounds)
        result["tantivy_top10_overlap_whoosh"] = _overlap(whoosh_hits, tantivy_hits)
        result["tantivy_top10_overlap_fts5"] = _overlap(tantivy_hits, fts_hits)
        result["tantivy_same_top10_as_whoosh"] = sum(whoosh_hits[k] == tantivy_hits.get(k) for k in whoosh_hits)
    return result


def stage_match(data_dir: str, profiles: list[str]) -> dict:
    """match_portfolio for the profiles over the stored calls: by term relevance alone, and with the
    index's relevance scores as `huiqi match` asks for them (one OR search per profile, 1,000 hits)."""
    from pipeline.match import match_portfolio
    from pipeline.profiles import load_profiles
    from pipeline.store import Store

    loaded = [p for d in profiles for p in load_profiles(d, today=ON)]
    store = Store(Path(data_dir) / "huiqi.db")
    t0 = time.perf_counter()
    calls = list(store.iter_notices(where="kind = ?", params=["call"]))
    t1 = time.perf_counter()
    results = match_portfolio(loaded, calls, ON)
    t2 = time.perf_counter()
    store.close()
    result = {"profiles": len(loaded), "calls": len(calls), "load_calls_s": t1 - t0, "match_s": t2 - t1,
              "total_s": t2 - t0, "matches": sum(len(r.matches) for r in results)}
    if _index_available():
        from index import NoticeIndex
        from index.service import profile_relevance

        relevance = profile_relevance(NoticeIndex(Path(data_dir) / "index"))  # as `huiqi match` asks for it
        t3 = time.perf_counter()
        with_index = match_portfolio(loaded, calls, ON, relevance=relevance)
        t4 = time.perf_counter()
        result.update(index_relevance_s=t4 - t3, total_with_index_s=(t1 - t0) + (t4 - t3),
                      matches_with_index=sum(len(r.matches) for r in with_index))
    return result


def stage_rebuild(data_dir: str, profile: str | None = None) -> dict:
    """Full index build from the store, as `huiqi reindex` does it (IndexSync.rebuild: a new generation
    from stored tokens, no re-segmentation, swapped in atomically)."""
    if not _index_available():
        return {"error": "not available: the index package has no NoticeIndex yet"}
    from pipeline.indexing import IndexSync
    from pipeline.store import Store

    store = Store(Path(data_dir) / "huiqi.db")
    index_dir = Path(data_dir) / "index"
    with _Profiled("rebuild", profile) as timed:
        count = IndexSync(store, index_dir, holder="bench").rebuild()
    store.close()
    return {"notices": count, "seconds": timed.elapsed, "rate": count / timed.elapsed if timed.elapsed else None,
            **_index_mib(index_dir), "profile": timed.breakdown()}


TANTIVY_INDEX = "index-tantivy"  # beside the Whoosh index in the bench's data dir


def _tantivy_available() -> bool:
    try:
        from index.tantivy_index import available
    except ImportError:
        return False
    return available()


def stage_rebuild_tantivy(data_dir: str) -> dict:
    """Full tantivy index build from the store (the same stored tokens, no re-segmentation) into its own
    directory, as `huiqi reindex --engine tantivy` builds it, and reading back what it holds (as
    IndexSync.rebuild does for the store); the store's record of what is indexed is left alone."""
    if not _tantivy_available():
        return {"error": "not available: the tantivy extra is not installed"}
    from index import open_index, rebuild_index
    from pipeline.store import Store

    store = Store(Path(data_dir) / "huiqi.db")
    index_dir = Path(data_dir) / TANTIVY_INDEX
    t0 = time.perf_counter()
    count = rebuild_index(index_dir, store.iter_saved(), engine="tantivy", holder="bench")
    held = len(open_index(index_dir).indexed_hashes())
    elapsed = time.perf_counter() - t0
    store.close()
    return {"notices": count, "held": held, "seconds": elapsed, "rate": count / elapsed if elapsed else None,
            **_index_mib(index_dir)}


STAGES = {"import": stage_import, "floor": stage_floor, "search": stage_search, "match": stage_match,
          "rebuild": stage_rebuild, "rebuild_tantivy": stage_rebuild_tantivy}


def _stage_main(name: str, args_json: str, out: str) -> None:
    import logging

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    result = STAGES[name](**json.loads(args_json))
    result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    # the largest of the stage's ended child processes (import workers, `huiqi` runs), not their sum
    result["children_peak_rss_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    Path(out).write_text(json.dumps(result), "utf-8")


# ------------------------------------------------------------------------------------------------
# The driver: one fresh process per stage.


def run_stage(name: str, log, **kwargs) -> dict:
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as handle:
        out = handle.name
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", name, "--stage-args",
           json.dumps(kwargs), "--stage-out", out]
    log(f"  {name} …")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    try:
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
            log(f"  {name} failed (exit {proc.returncode}): " + " | ".join(tail))
            return {"error": f"exit {proc.returncode}: {' | '.join(tail)}", "process_wall_s": wall}
        result = json.loads(Path(out).read_text("utf-8"))
    finally:
        os.unlink(out)
    result["process_wall_s"] = wall
    log(f"  {name} done in {wall:.1f} s")
    return result


def _huiqi_commands() -> set[str]:
    """Subcommands the installed `huiqi` offers (search and match may not be wired yet)."""
    if not HUIQI.exists():
        return set()
    proc = subprocess.run([str(HUIQI), "--help"], capture_output=True, text=True)
    commands, in_commands = set(), False
    for line in proc.stdout.splitlines():
        if line.strip().lower().startswith("commands:"):
            in_commands = True
            continue
        if in_commands and line.startswith("  ") and line.strip():
            commands.add(line.split()[0])
    return commands


def cold_search(data_dir: Path, commands: set[str], runs: int = COLD_RUNS) -> dict:
    """`huiqi search` as a new process, as a user runs it: the first queries of the mix, every other one
    with the filters of the mix as options."""
    if "search" not in commands:
        return {"error": "not available: `huiqi search` is not a command yet"}
    walls, codes, commands_run = [], [], []
    for i, query in enumerate(QUERIES[:runs]):
        options = [x for k, v in FILTERS[i].items() for x in (f"--{k.replace('_', '-')}", v)] if i % 2 else []
        cmd = [str(HUIQI), "--data-dir", str(data_dir), "-q", "search", query, "--limit", str(SEARCH_LIMIT), *options]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        codes.append(proc.returncode)
        commands_run.append(" ".join(cmd[4:]))
    result = {"runs": runs, "median_s": statistics.median(walls), "max_s": max(walls), "walls_s": walls,
              "exit_codes": codes, "commands": commands_run}
    if any(codes):
        result["error"] = f"`huiqi search` failed: {proc.stderr.strip()[-300:]}"
    return result


def cold_command(data_dir: Path, args: list[str], runs: int = 3) -> dict:
    """Wall time of a `huiqi` command as a new process (median of `runs`)."""
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run([str(HUIQI), "--data-dir", str(data_dir), "-q", *args], capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
    result = {"command": " ".join(args), "median_s": statistics.median(walls), "walls_s": walls}
    if proc.returncode:
        result["error"] = f"`huiqi {' '.join(args)}` failed: {proc.stderr.strip()[-300:]}"
    return result


def cold_match(data_dir: Path, commands: set[str], profile_dir: Path) -> dict:
    if "match" not in commands:
        return {"error": "not available: `huiqi match` is not a command yet"}
    cmd = [str(HUIQI), "--data-dir", str(data_dir), "-q", "match", str(profile_dir), "--on", ON.isoformat()]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    result = {"wall_s": wall, "exit_code": proc.returncode, "command": " ".join(cmd[3:])}
    if proc.returncode:
        result["error"] = f"`huiqi match` failed: {proc.stderr.strip()[-300:]}"
    return result


def _index_mib(index_dir: Path) -> dict:
    """The index directory on disk, and its current generation alone (a rebuild keeps the previous one)."""
    sizes = {"index_dir_mib": _mib(index_dir), "index_current_mib": None}
    try:
        from index import storage

        current = storage.current_generation(Path(index_dir))
        if current is not None:
            sizes["index_current_mib"] = _mib(current)
    except Exception:  # noqa: BLE001 - an index package mid-change must not stop the benchmark
        pass
    return sizes


def _mib(path: Path) -> float:
    path = Path(path)
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20 if path.exists() else 0.0


def _profile_dir(tmp: Path) -> Path:
    """The 10 profiles of the match stage, gathered in one directory (huiqi match takes one)."""
    out = tmp / "profiles"
    out.mkdir()
    for source in (ROOT / "data" / "profiles", BENCH / "profiles"):
        for path in sorted(source.glob("*.toml")):
            shutil.copy(path, out / path.name)
    return out


def bench_size(size: int, args, log) -> dict:
    from bench.corpus import ensure_corpus

    t0 = time.perf_counter()
    corpus, generated = ensure_corpus(size, args.seed, variant=args.corpus)
    extra, _ = ensure_corpus(INCREMENT, args.seed, start=size, variant=args.corpus)
    result: dict = {"notices": size, "corpus": str(corpus.relative_to(ROOT)), "corpus_mib": _mib(corpus),
                    "corpus_generated_s": time.perf_counter() - t0 if generated else None}
    tmp = Path(tempfile.mkdtemp(prefix=f"huiqi-bench-{size}-"))

    def profile_path(stage: str) -> str | None:
        return str(args.results.parent / f"profile-{stage}-{size}{_suffix(args.corpus)}") if args.profile else None

    data = tmp / "data"
    try:
        result["import"] = run_stage("import", log, corpus=str(corpus), data_dir=str(data))
        indexed = result["import"].get("indexed") and "error" not in result["import"]
        if "error" in result["import"]:  # e.g. the index failing: store only, so the rest still runs
            shutil.rmtree(data, ignore_errors=True)
            result["import_without_index"] = run_stage("import", log, corpus=str(corpus), data_dir=str(data),
                                                       index=False)
        result["disk"] = {"db_mib": _mib(data / "huiqi.db"), **_index_mib(data / "index")}
        result["floor"] = run_stage("floor", log, data_dir=str(data), extract_limit=args.extract_limit)
        if not indexed:  # the import did not build the index: build it from the store to search it
            result["rebuild_before_search"] = run_stage("rebuild", log, data_dir=str(data))
        if _tantivy_available():  # the second engine, built from the same store, searched beside Whoosh
            result["rebuild_tantivy"] = run_stage("rebuild_tantivy", log, data_dir=str(data))
        result["search"] = run_stage("search", log, data_dir=str(data), baseline=str(tmp / "fts5.db"),
                                     rounds=args.rounds, profile=profile_path("search"))
        result["disk"]["baseline_fts5_mib"] = _mib(tmp / "fts5.db")
        commands = _huiqi_commands()
        log("  cold search …")
        result["cold_search"] = cold_search(data, commands)
        result["cold_stats"] = cold_command(data, ["stats"])
        profiles = _profile_dir(tmp)
        result["match"] = run_stage("match", log, data_dir=str(data), profiles=[str(profiles)])
        result["match"]["cold_cli"] = cold_match(data, commands, profiles)
        result["increment"] = run_stage("import", log, corpus=str(extra), data_dir=str(data))
        result["rebuild"] = run_stage("rebuild", log, data_dir=str(data))
        if args.profile:  # profiled runs apart from the timed ones: cProfile inflates what it watches
            prefix, _ = ensure_corpus(min(size, PROFILE_NOTICES), args.seed, variant=args.corpus)
            pdata = tmp / "profile-data"
            result["profile_import"] = run_stage("import", log, corpus=str(prefix), data_dir=str(pdata),
                                                 profile=profile_path("import"))
            if "error" in result["profile_import"]:
                shutil.rmtree(pdata, ignore_errors=True)
                result["profile_import"] = run_stage("import", log, corpus=str(prefix), data_dir=str(pdata),
                                                     index=False, profile=profile_path("import"))
            result["profile_rebuild"] = run_stage("rebuild", log, data_dir=str(pdata), profile=profile_path("rebuild"))
    finally:
        if args.keep:
            log(f"  kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return result


def machine() -> dict:
    info = {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }
    try:
        with open("/proc/meminfo") as f:
            total_kib = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
        info["mem_total_gib"] = round(total_kib / 2**20, 1)
        with open("/proc/cpuinfo") as f:
            info["cpu"] = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), None)
    except (OSError, StopIteration):
        pass
    try:
        info["load_avg_at_start"] = os.getloadavg()
    except OSError:
        pass
    return info


def git_state() -> dict:
    def git(*cmd):
        return subprocess.run(["git", *cmd], capture_output=True, text=True, cwd=ROOT).stdout.strip()

    return {"commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain", "--", "pipeline", "index", "cli.py"))}


# ------------------------------------------------------------------------------------------------
# Report


def _changed(stage: dict) -> int:
    """Notices an import stage stored (new or updated)."""
    counts = stage.get("counts") or {}
    return counts.get("new", 0) + counts.get("updated", 0)


def _get(d, *keys):
    for key in keys:
        if not isinstance(d, dict) or d.get(key) is None:
            return None
        d = d[key]
    return d


def _fmt(value, spec: str = ".0f", unit: str = "") -> str:
    if value is None:
        return "n/a"
    return f"{value:{spec}}{unit}"


def _lat(stage: dict | None, engine: str, mode: str) -> str:
    lat = _get(stage, engine, mode)
    if not lat:
        return "n/a"
    return f"{lat['p50']:.1f} / {lat['p95']:.1f} / {lat['p99']:.1f}"


def table(results: dict) -> str:
    sizes = results["sizes"]
    cols = list(sizes)
    rows: list[tuple[str, list[str]]] = []

    def row(label, fn):
        rows.append((label, [fn(sizes[c]) for c in cols]))

    def ratio(a, b):
        return a / b if a is not None and b else None

    def import_cpu_ms(r) -> float | None:
        """CPU time of the import per notice, the import process and its workers together."""
        cpu, done = imported(r).get("cpu_seconds"), _changed(imported(r))
        return 1000 * (cpu["main"] + cpu["workers"]) / done if cpu and done else None

    def budget(r) -> str:
        """Where an import's CPU time goes, from the separately timed single-process stages."""
        seg, ext = _get(r, "floor", "segment_rate"), _get(r, "floor", "extract_rate")
        rebuild = r.get("rebuild") if _get(r, "rebuild", "rate") else r.get("rebuild_before_search")
        idx = 1000 / rebuild["rate"] if _get(rebuild, "rate") else None
        return (f"{_fmt(1000 / seg if seg else None, '.1f')} / {_fmt(1000 / ext if ext else None, '.1f')} / "
                f"{_fmt(idx, '.1f')} / {_fmt(import_cpu_ms(r), '.1f')}")

    def memory(r) -> str:
        """Peak resident memory of the import process, of its largest worker, and the sum over all."""
        main, worker, workers = (imported(r).get("peak_rss_mib"), imported(r).get("children_peak_rss_mib"),
                                 imported(r).get("workers") or 1)
        if main is None:
            return "n/a"
        if workers <= 1:
            return f"{main:.0f}"
        return f"{main:.0f} / {worker:.0f} / {main + workers * worker:.0f}"

    def imported(r) -> dict:
        """The import that ran: with the index, or (after an index failure) the store-only one."""
        return r["import_without_index"] if "import_without_index" in r else r.get("import") or {}

    def flag(r) -> str:
        return " (no index)" if "import_without_index" in r or not imported(r).get("indexed") else ""

    row("plain jieba segmentation (notices/s)", lambda r: _fmt(_get(r, "floor", "segment_rate")))
    row("import: normalise+extract+store+index (notices/s)", lambda r: _fmt(imported(r).get("rate")) + flag(r))
    row("import worker processes (segment + extract)", lambda r: _fmt(imported(r).get("workers")))
    row("import / segmentation, wall time (target >= 0.5)", lambda r: _fmt(
        ratio(imported(r).get("rate"), _get(r, "floor", "segment_rate")), ".2f", "x") + flag(r)
        + (" (index built in the background)" if imported(r).get("index_in_background") else ""))
    row("import until the index is built / segmentation, wall time", lambda r: _fmt(
        ratio(imported(r).get("rate_until_indexed"), _get(r, "floor", "segment_rate")), ".2f", "x") + flag(r))
    row("import / segmentation, CPU time of all processes", lambda r: _fmt(
        ratio(1000 / _get(r, "floor", "segment_rate") if _get(r, "floor", "segment_rate") else None,
              import_cpu_ms(r)), ".2f", "x"))
    row("extraction alone (notices/s)", lambda r: _fmt(_get(r, "floor", "extract_rate")))
    row("CPU ms per notice: segment / extract / index build (one process each) / whole import", budget)
    row("full index build from store (s)", lambda r: _fmt(_get(r, "rebuild", "seconds"), ".1f"))
    row(f"import {INCREMENT} new notices into the corpus (s)", lambda r: _fmt(_get(r, "increment", "seconds"), ".2f"))
    row("search warm, no filters p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "whoosh", "plain"))
    row("search warm, filtered p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "whoosh", "filtered"))
    row("search warm, all 40 p95 (ms; target <= 100 at 100k)", lambda r: _fmt(_get(r, "search", "whoosh", "all", "p95"), ".1f"))
    row("first search of each of the 40 in the process p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "whoosh", "first"))
    row("FTS5 baseline, no filters p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "baseline", "plain"))
    row("FTS5 baseline, filtered p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "baseline", "filtered"))
    row("Whoosh p95 / FTS5 p95 (all 40)", lambda r: _fmt(ratio(_get(r, "search", "whoosh", "all", "p95"),
                                                                 _get(r, "search", "baseline", "all", "p95")), ".1f", "x"))
    row("top-10 overlap Whoosh vs FTS5", lambda r: _fmt(_get(r, "search", "top10_overlap"), ".2f"))
    row("tantivy search warm, no filters p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "tantivy", "plain"))
    row("tantivy search warm, filtered p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "tantivy", "filtered"))
    row("tantivy search warm, all 40 p95 (ms)", lambda r: _fmt(_get(r, "search", "tantivy", "all", "p95"), ".1f"))
    row("tantivy first search of each of the 40 p50/p95/p99 (ms)", lambda r: _lat(r.get("search"), "tantivy", "first"))
    row("top-10 overlap tantivy vs Whoosh / searches with the same top 10 (of 40)", lambda r: (
        f"{_fmt(_get(r, 'search', 'tantivy_top10_overlap_whoosh'), '.2f')} / "
        f"{_fmt(_get(r, 'search', 'tantivy_same_top10_as_whoosh'))}"))
    row("full tantivy index build from store (s)", lambda r: _fmt(_get(r, "rebuild_tantivy", "seconds"), ".1f"))
    row("cold `huiqi search` median / max (s; target <= 1.5)", lambda r: (
        f"{r['cold_search']['median_s']:.2f} / {r['cold_search']['max_s']:.2f}"
        if _get(r, "cold_search", "median_s") is not None else "n/a"))
    row("cold `huiqi stats` for reference: start-up without jieba (s)", lambda r: _fmt(_get(r, "cold_stats", "median_s"), ".2f"))
    row("match 10 profiles in-process, term relevance / index relevance (s)", lambda r: (
        f"{_fmt(_get(r, 'match', 'total_s'), '.2f')} / {_fmt(_get(r, 'match', 'total_with_index_s'), '.2f')}"))
    row("`huiqi match` 10 profiles, cold (s)", lambda r: _fmt(_get(r, "match", "cold_cli", "wall_s"), ".2f"))
    row("peak memory, import: main / largest worker / main + all workers (MiB; target <= 1024 at 100k)",
        lambda r: memory(r) + flag(r))
    row("peak memory, search / rebuild (MiB)", lambda r: (
        f"{_fmt(_get(r, 'search', 'peak_rss_mib'))} / {_fmt(_get(r, 'rebuild', 'peak_rss_mib'))}"))
    row("database on disk (MiB)", lambda r: _fmt(_get(r, "disk", "db_mib"), ".1f"))
    row("index on disk after import / after rebuild (MiB, current generation)", lambda r: (
        f"{_fmt(_get(r, 'disk', 'index_current_mib'), '.1f')} / {_fmt(_get(r, 'rebuild', 'index_current_mib'), '.1f')}"))
    row("FTS5 baseline on disk (MiB)", lambda r: _fmt(_get(r, "disk", "baseline_fts5_mib"), ".1f"))

    head = f"| {results.get('corpus', 'templated')} corpus | " + " | ".join(f"{int(c):,} notices" for c in cols) + " |"
    lines = [head, "|---|" + "---:|" * len(cols)]
    lines += [f"| {label} | " + " | ".join(values) + " |" for label, values in rows]
    m = results["machine"]
    lines.append("")
    lines.append(f"Machine: {m.get('nproc')} CPUs ({m.get('cpu') or m.get('processor')}), "
                 f"{m.get('mem_total_gib')} GiB RAM, Python {m.get('python')}, {m.get('platform')}; "
                 f"huiqi {results['git']['commit']}{' + uncommitted changes' if results['git']['dirty'] else ''}, "
                 f"{results.get('corpus', 'templated')} corpus, seed {results['seed']}, {results['date']}.")
    notes = []
    for c in cols:
        for key in ("import", "floor", "search", "match", "increment", "rebuild", "cold_search"):
            stage = sizes[c].get(key) or {}
            err = stage.get("error") or stage.get("whoosh_error") or _get(stage, "cold_cli", "error")
            if err:
                notes.append(f"{int(c):,} {key}: {err}")
    if notes:
        lines.append("")
        lines += [f"- {n}" for n in notes]
    return "\n".join(lines)


def breakdowns(results: dict) -> str:
    """Where the time goes, from the --profile runs."""
    lines = []
    for size, r in results["sizes"].items():
        for key, title in (("profile_import", "import"), ("search", "warm search"), ("profile_rebuild", "index build")):
            prof = _get(r, key, "profile")
            if not prof:
                continue
            what = f"{_get(r, key, 'counts', 'new') or _get(r, key, 'notices') or ''} notices".strip()
            if key == "search":
                what = "one round of the 40 searches"
            file = Path(prof["file"])
            file = file.relative_to(ROOT) if file.is_relative_to(ROOT) else file
            lines.append(f"\n{title}, corpus {int(size):,} ({what}; {prof['total_s']:.1f} s under cProfile, {file}):")
            lines.append("| part | s | share |")
            lines.append("|---|---:|---:|")
            for label, part in prof["parts"].items():
                share = part["share"] * 100 if part["share"] is not None else 0
                lines.append(f"| {label.replace('  ', '&nbsp;&nbsp;')} | {part['seconds']:.2f} | {share:.0f}% |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated corpus sizes (default: %(default)s)")
    parser.add_argument("--quick", action="store_true", help="1,000 notices only: a smoke run")
    parser.add_argument("--seed", type=int, default=20250924, help="corpus seed (default: %(default)s)")
    parser.add_argument("--corpus", choices=CORPORA, default="templated",
                        help="corpus generator for every stage: templated (the samples' own programmes) or varied "
                             "(each notice draws programmes, region and year; bench/README.md) (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=None, dest="results",
                        help="JSON results file (default: bench/results/latest.json, latest-varied.json for the varied "
                             "corpus; with --quick, huiqi-bench-quick[-varied].json in the temp dir, so a smoke run "
                             "never replaces the results)")
    parser.add_argument("--rounds", type=int, default=SEARCH_ROUNDS, help="timed rounds of the search mix")
    parser.add_argument("--extract-limit", type=int, default=None,
                        help="time extraction alone on about this many notices (an even sample); default all")
    parser.add_argument("--profile", action="store_true",
                        help=f"also profile (cProfile, apart from the timed runs) the import and index build of the first "
                             f"{PROFILE_NOTICES:,} notices and one round of searches; writes "
                             "bench/results/profile-{import,rebuild,search}-SIZE[-varied].txt")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directories")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--stage-args", help=argparse.SUPPRESS)
    parser.add_argument("--stage-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:
        _stage_main(args.stage, args.stage_args, args.stage_out)
        return 0

    sizes = [1_000] if args.quick else [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if args.results is None:
        name = "huiqi-bench-quick" if args.quick else "latest"
        args.results = (Path(tempfile.gettempdir()) if args.quick else BENCH / "results") / f"{name}{_suffix(args.corpus)}.json"
    args.results.parent.mkdir(parents=True, exist_ok=True)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results = {"date": datetime.now(timezone.utc).replace(microsecond=0).isoformat(), "seed": args.seed,
               "corpus": args.corpus,
               "machine": machine(), "git": git_state(), "targets": TARGETS, "queries": list(QUERIES),
               "filters": list(FILTERS), "on": ON.isoformat(), "rounds": args.rounds,
               "memory_method": "getrusage(RUSAGE_SELF).ru_maxrss of each stage's own process; "
                                "RUSAGE_CHILDREN for its largest child (import workers)",
               "sizes": {}}
    started = time.perf_counter()
    for size in sizes:
        log(f"{size:,} notices")
        results["sizes"][str(size)] = bench_size(size, args, log)
    results["total_s"] = time.perf_counter() - started
    results["machine"]["load_avg_at_end"] = os.getloadavg()
    tmp = args.results.with_name(args.results.name + ".tmp")
    tmp.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(tmp, args.results)
    report = table(results) + ("\n" + breakdowns(results) if args.profile else "")
    args.results.with_suffix(".md").write_text(report + "\n", "utf-8")
    print(report)
    log(f"results: {args.results}, {args.results.with_suffix('.md')} ({results['total_s']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
