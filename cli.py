"""huiqi command line: each command parses options, calls one library function and renders the result.

Errors from the library become one clear line and exit code 1 (`-v` adds the traceback to the log);
logging and progress bars are configured here and nowhere else.
"""
from __future__ import annotations

import io
import json
import logging
import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

logger = logging.getLogger("huiqi")
STALE_DAYS = 7  # match and digest warn when the newest stored notice is older than this before --on


class HuiqiGroup(click.Group):
    """Turns any library exception into one line on stderr and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            # the reader (e.g. `| head`) has gone; stop quietly without a second error at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except KeyboardInterrupt:
            # exit 130 like any program stopped by Ctrl-C (128 + SIGINT), so scripts can tell it from a failure
            click.echo("Error: interrupted; data is consistent, run the command again to resume", err=True)
            ctx.exit(130)
        except Exception as exc:  # noqa: BLE001 - the one place errors become messages
            logger.debug("traceback", exc_info=True)
            raise click.ClickException(str(exc) or type(exc).__name__) from exc


class Context:
    def __init__(self, data_dir: Path, verbose: int, quiet: bool):
        self.data_dir = data_dir
        self.verbose = verbose
        self.quiet = quiet
        self._store = None

    @property
    def db_path(self) -> Path:
        return self.data_dir / "huiqi.db"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    def store(self, write: bool = False, create: bool = False):
        """The store, opened read-only unless the command writes (`write`) or may start a new one
        (`create`): reading commands then work in a read-only data dir, and fail clearly on a data
        dir without a store (a typo)."""
        read_only = not (write or create)
        if self._store is not None and self._store.read_only and not read_only:
            self._store.close()
            self._store = None
        if self._store is None:
            from pipeline.store import Store

            self._store = Store(self.db_path, create=create, read_only=read_only)
        return self._store


pass_ctx = click.make_pass_decorator(Context)


def parse_date(_ctx, _param, value):
    """YYYY-MM-DD (also 2025/9/30, 2025年9月30日) or "today" in Beijing."""
    if value is None or isinstance(value, date):
        return value
    from pipeline.dates import parse_user_date

    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc))


@click.group(cls=HuiqiGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), envvar="HUIQI_DATA",
              default="data", show_default=True, help="Where the store, index and logs live (env HUIQI_DATA).")
@click.option("-v", "--verbose", count=True, help="More log output; -vv for debug and tracebacks.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or log output below warnings.")
@click.version_option(package_name="huiqi")
@click.pass_context
def main(ctx: click.Context, data_dir: Path, verbose: int, quiet: bool):
    """huiqi (惠企): Chinese policy notices for enterprises.

    Import or harvest notices, extract deadlines, regions, phones and eligible subjects, link a call
    to its extensions and results, search them, match enterprises to open calls, write each client's
    digest, calendars, feeds and tables, and serve them as a web page.
    """
    level = logging.WARNING if quiet or verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = Context(data_dir, verbose, quiet)


SEARCH_FILTERS = ("kind", "region", "in_scope_of", "subject", "open_on", "deadline_before", "deadline_after",
                  "since", "until")


def search_filter_options(command):
    """The filters of `huiqi search`, shared by `huiqi watch add` (a saved search keeps them as typed)."""
    options = [
        click.option("--kind", type=click.Choice(["call", "publicity", "policy", "interpretation", "event", "digest"])),
        click.option("--region", help="Notices scoped to this region or anywhere inside it (name or code)."),
        click.option("--in-scope-of", help="Notices whose scope contains this region (吴中区 → 苏州市, 江苏省, 全国 ones)."),
        click.option("--subject", help="Applicant type the notice is open to, e.g. 高新技术企业 or 高企: notices naming "
                                       "it or a broader type it belongs to (企业)."),
        click.option("--open-on", metavar="DATE", help="Published by DATE and not yet closed on DATE."),
        click.option("--deadline-before", metavar="DATE", help="Apply deadline (else latest deadline) on or before."),
        click.option("--deadline-after", metavar="DATE", help="Apply deadline (else latest deadline) on or after."),
        click.option("--since", metavar="DATE", help="Published on or after."),
        click.option("--until", metavar="DATE", help="Published on or before."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


# -- import / show / export / stats ---------------------------------------------------------------
@main.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--map", "mapping", metavar="TARGET=KEY,…",
              help="Field mapping for other dumps, e.g. title=headline,content=body,published=date. "
                   "Targets: title, content, url, published, account, source_id, source.")
@click.option("--no-index", is_flag=True, help="Store only; `huiqi reindex` or the next import catches up.")
@click.option("--wait-for-index", is_flag=True,
              help="Build a new index before returning. Without it, a first import of 2,000 notices or more "
                   "that runs worker processes (see --jobs) returns once they are stored and builds the index "
                   "in a background process (`huiqi stats` shows what is waiting for it).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
              help="Processes segmenting and extracting notices. Default: one per CPU (up to 4) when the "
                   "dumps total 4 MB or more, else 1 (this process only).")
@click.option("--json", "as_json", is_flag=True,
              help="The outcome as JSON: counts, every problem, duplicates by reason, the background index "
                   "build's pid and log (instead of the lines).")
@pass_ctx
def import_(ctx: Context, paths: tuple[str, ...], mapping: str | None, no_index: bool, wait_for_index: bool,
            jobs: int | None, as_json: bool):
    """Import JSON dumps (JSON array, JSON Lines, one object) from files, directories or - (stdin).

    Re-importing changes nothing; a notice whose text changed is updated and its previous version
    kept (a record holding such an earlier version, e.g. from an older dump, is left alone). Bad
    records are reported with file, record index and field, and skipped; a record without a title
    keeps its text and is titled from it (`show` says so).

    Example: huiqi import data/samples/
    """
    from pipeline.importer import FieldMap
    from pipeline.ingest import import_files

    field_map = FieldMap.parse(mapping)
    store = ctx.store(create=True)
    index = None if no_index else _index_sync(ctx)
    with _progress(ctx, "importing") as progress:
        summary = import_files(list(paths), store, field_map=field_map, index=index, progress=progress,
                               workers=jobs, index_in_background=not wait_for_index)
    if as_json:
        click.echo(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    else:
        _report_import(ctx, summary)
    if summary.index_build and summary.index_build.running and not ctx.quiet:
        click.echo(f"the index is being built in a background process (pid {summary.index_build.pid}); "
                   f"`huiqi search` finds these notices when it is done, `huiqi stats` shows what is waiting; "
                   f"log: {summary.index_build.log}", err=True)
    read = sum(summary.counts[k] for k in ("new", "updated", "unchanged", "duplicate"))
    if read == 0 and summary.problems:
        raise click.ClickException("no record could be imported")


def _report_import(ctx: Context, summary) -> None:
    for problem in summary.problems:
        click.echo(f"warning: {problem}", err=True)
    click.echo(summary.line())
    if not ctx.quiet:  # why records were duplicate (stderr: stdout keeps the one summary line scripts read)
        explained = summary.duplicate_lines(samples=10 if ctx.verbose else 0)  # -v: the first 10 pairs
        if explained and not ctx.verbose:
            explained[0] += "; -v lists them"
        for line in explained:
            click.echo(line, err=True)


@main.command()
@click.argument("notice_id")
@click.option("--json", "as_json", is_flag=True, help="All stored fields as JSON.")
@pass_ctx
def show(ctx: Context, notice_id: str, as_json: bool):
    """Show one notice with every extracted value and the sentence it came from.

    NOTICE_ID may be the first characters of the id, or the source's own id (e.g. a WeChat aid).

    Example: huiqi show 2652054059_2
    """
    from pipeline.render import render_notice

    store = ctx.store()
    ids = store.find_ids(notice_id)
    if not ids:
        raise click.ClickException(f"no notice with id {notice_id!r}")
    if len(ids) > 1:
        more = " …" if len(ids) > 5 else ""
        raise click.ClickException(f"{notice_id!r} is ambiguous: {', '.join(ids[:5])}{more}")
    notice = store.get_notice(ids[0])
    if as_json:
        data = notice.to_dict()
        data.pop("content_html", None)
        data["history"] = store.history(notice.id)
        data["deadline_changes"] = store.deadline_changes(notice.id)
        from pipeline.normalize import strip_bidi_controls

        click.echo(json.dumps(strip_bidi_controls(data), ensure_ascii=False, indent=2))
        return
    click.echo(render_notice(notice, store.history(notice.id), store.deadline_changes(notice.id)))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "xlsx"]), default="jsonl", show_default=True)
@click.option("--query", default="", help="Only notices matching these words (the query language of `huiqi search`).")
@search_filter_options
@click.option("--on", "on", callback=parse_date, metavar="YYYY-MM-DD",
              help="The date `status` is computed for (default: today).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default, or -, stdout).")
@pass_ctx
def export(ctx: Context, fmt: str, query: str, on: date | None, output: Path | None, **filters):
    """Export notices under the export-contract names (JSON Lines, JSON array, CSV or Excel xlsx).

    Every notice, or with --query and the filters of `huiqi search` the matching ones (newest first;
    filters alone are answered by the store, words need the search index).
    An amended call carries its current deadlines, `status` its state on the date, `related` its
    amendments and results. CSV is UTF-8 with BOM for Excel, multi-valued fields joined with "；".

    Example: huiqi export --format xlsx --kind call --in-scope-of 苏州市 --open-on today -o calls.xlsx
    """
    from pipeline.dates import today_cn
    from pipeline.export import write_records

    on = on or today_cn()
    store = ctx.store()
    chosen = {k: v for k, v in filters.items() if v}
    if query or chosen:
        notices = store.iter_notices(ids=_search_ids(ctx, query, chosen))
    else:
        notices = store.iter_notices()
    records = (n.export_record(on) for n in notices)
    if output and not _is_stdout(output):
        with open(output, "wb" if fmt == "xlsx" else "w", **({} if fmt == "xlsx" else
                                                            {"encoding": "utf-8", "newline": ""})) as out:
            count = write_records(records, fmt, out)
        if not ctx.quiet:
            click.echo(f"{count} notices written to {output}", err=True)
    elif fmt == "xlsx":
        if sys.stdout.isatty():
            raise click.UsageError("xlsx is binary: give -o FILE.xlsx (or redirect standard output)")
        write_records(records, fmt, sys.stdout.buffer)
    else:
        write_records(records, fmt, sys.stdout)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="The same figures as one JSON object.")
@pass_ctx
def stats(ctx: Context, as_json: bool):
    """Counts by kind, source and region; dates covered; index status; notices extracted by older rules
    (after an upgrade: `huiqi reextract` brings them up to date); life-cycle links.

    Example: huiqi stats --json
    """
    from pipeline.extract import EXTRACTOR_VERSION
    from pipeline.render import render_stats
    from pipeline.segment import SEGMENTER_VERSION

    store = ctx.store()
    figures = store.stats()
    figures["extracted_by_older_rules"] = store.stale_extraction_count(EXTRACTOR_VERSION, SEGMENTER_VERSION)
    figures["index_builder"] = _index_sync(ctx, write=False).builder() if figures["unindexed"] else None
    if as_json:
        first, last = figures.pop("published")
        figures.update(store=str(ctx.db_path), published_first=first, published_last=last)
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(render_stats(figures, ctx.db_path))


@main.command()
@click.option("--all", "everything", is_flag=True, help="Re-extract every notice, not only those extracted by older rules.")
@pass_ctx
def reextract(ctx: Context, everything: bool):
    """Run the current extraction rules over stored notices (after a rule change) and update the index.

    Example: huiqi reextract --all
    """
    from pipeline.ingest import reextract as run_reextract

    with _progress(ctx, "re-extracting") as progress:
        checked, changed = run_reextract(ctx.store(write=True), index=_index_sync(ctx), everything=everything,
                                         progress=progress)
    click.echo(f"{checked} notices checked, {changed} changed")


@main.command("eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold labels: a JSON list of {aid, kind, regions, deadlines, apply_deadline, phones, subjects}.")
@click.option("--notices", "notices_path", type=click.Path(exists=True, path_type=Path),
              help="Notices to import into a temporary store first (else the current store is scored).")
@click.option("--baseline", type=click.Choice(["jionlp"]),
              help="Also score a general-purpose extractor on the same notices (needs the eval extra).")
@click.option("--quiet-disagreements", is_flag=True, help="Print the figures only.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_ctx
def eval_(ctx: Context, gold_path: Path, notices_path: Path | None, baseline: str | None, quiet_disagreements: bool,
          as_json: bool):
    """Accuracy report: precision, recall and F1 per field against gold labels, and every disagreement.

    Gold labels are matched to notices by source id (the dump's aid). apply_deadline is also scored
    over the gold notices that have one, beside what always answering null would score.

    Example: huiqi eval --gold ../shared/gold/dev.json --notices data/samples/notices_dev.json
    """
    import tempfile

    from pipeline.evaluate import format_report, load_gold, report_json, score
    from pipeline.ingest import import_files
    from pipeline.store import Store

    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="huiqi-eval-") as tmp:
        if notices_path:
            store = Store(Path(tmp) / "eval.db")
            summary = import_files([str(notices_path)], store)
            for problem in summary.problems:
                click.echo(f"warning: {problem}", err=True)
            if store.count() == 0:
                raise click.ClickException(f"{notices_path}: no notice could be imported to score")
        else:
            store = ctx.store()
        notices = list(store.iter_notices())
        report = score([n.export_record() for n in notices], gold)
        if quiet_disagreements:
            report.disagreements = []
        if as_json:
            data = report_json(report)
            if baseline == "jionlp":
                from pipeline.eval_baseline import jionlp_records

                data["baseline"] = report_json(score(jionlp_records(notices), gold))["fields"]
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        click.echo(format_report(report))
        if baseline == "jionlp":
            from pipeline.eval_baseline import BASELINE_FIELDS, jionlp_records

            base = score(jionlp_records(notices), gold)
            click.echo("\nBaseline: JioNLP phone and time extraction (fields it covers: "
                       + ", ".join(BASELINE_FIELDS) + ")")
            for name in BASELINE_FIELDS:
                f = base.fields[name]
                click.echo(f"  {name:<12} precision {f.precision:.3f}  recall {f.recall:.3f}  F1 {f.f1:.3f}")


# -- search / reindex / doctor -------------------------------------------------------------------
@main.command()
@click.argument("query", required=False, default="")
@search_filter_options
@click.option("--sort", type=click.Choice(["relevance", "deadline", "published"]), default="relevance", show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--json", "as_json", is_flag=True,
              help="JSON: total, page, pages, limit, sort, facets, and results (export records with score and highlights).")
@pass_ctx
def search(ctx: Context, query: str, kind, region, in_scope_of, subject, open_on, deadline_before,
           deadline_after, since, until, sort: str, limit: int, page: int, as_json: bool):
    """Search notices by words and filters. QUERY: words (all must match), "a phrase", OR, -word.

    Words in traditional characters are searched in simplified ones, as pages written in them are indexed.

    DATE is YYYY-MM-DD or "today". An empty QUERY with filters lists the matching notices.

    Example: huiqi search 专精特新 --in-scope-of 吴中区 --open-on 2025-09-24 --sort deadline
    """
    from index import FilterError, IndexMissingError, open_index
    from index.render import render_json, render_table

    filters = _filters(kind=kind, region=region, in_scope_of=in_scope_of, subject=subject, open_on=open_on,
                       deadline_before=deadline_before, deadline_after=deadline_after, since=since, until=until)
    if not ctx.db_path.exists():
        raise click.ClickException(f"no store at {ctx.db_path}; import or harvest notices first (or check --data-dir)")
    # counted before the index is opened: a build that ends during the search may not be in what it read
    sync = _index_sync(ctx, write=False)
    missing, builder = sync.missing_count(), sync.builder()
    try:
        # snippets marked from the words stored at import: no jieba for the hits shown
        index = open_index(ctx.index_dir, words=ctx.store().tokens_of)
        results = index.search(query, filters, sort=sort, limit=limit, page=page)
    except FilterError as exc:  # an unknown region or subject: the value given is wrong
        raise click.UsageError(str(exc)) from exc
    except IndexMissingError as exc:
        from pipeline.indexing import being_written

        if builder:  # a first import's background build
            raise click.ClickException(being_written(builder)) from exc
        raise
    _current_records(ctx, results.hits, filters.open_on)
    if as_json:
        click.echo(render_json(results))
    else:
        with _pager(ctx) as console:
            render_table(results, console, today=filters.open_on)
    outdated = index.outdated()
    if outdated:  # built by an older huiqi: synonyms or words may be missed until it is rebuilt
        click.echo(f"warning: {outdated}", err=True)
    if missing:
        if builder:
            message = (f"{missing} stored notices are waiting for the index, which {builder} is writing; "
                       "search again when it is done")
        else:
            message = (f"{missing} stored notices are not in the search index: run `huiqi doctor --repair`"
                       + (", then search again" if results.total == 0 else ""))
        if results.total == 0:  # "no matching notices" cannot be trusted
            raise click.ClickException(message)
        click.echo(f"warning: {message}", err=True)


@main.command()
@click.option("--engine", type=click.Choice(["whoosh", "tantivy"]),
              help="Build the index with this engine (default: the index's own; for a new index, "
                   "HUIQI_INDEX_ENGINE, else whoosh). tantivy needs the extra: pip install 'huiqi[tantivy]'.")
@pass_ctx
def reindex(ctx: Context, engine: str | None):
    """Rebuild the search index from the store into a new directory and swap it in atomically.

    Searches keep working on the old index until the swap. Stored tokens are reused (no segmentation).
    An index keeps its engine until --engine names another (restart a running `huiqi serve` then).

    Example: huiqi reindex --engine tantivy
    """
    count = _index_sync(ctx, "huiqi reindex").rebuild(engine=engine)
    click.echo(f"{count} notices indexed" + (f" with {engine}" if engine else ""))


@main.command()
@click.option("--repair", is_flag=True, help="Fix the drift (index what is missing or stale, drop what is extra, "
              "rebuild an outdated index).")
@click.option("--json", "as_json", is_flag=True, help="The drift as JSON: clean, missing, extra, stale, outdated, repaired.")
@pass_ctx
def doctor(ctx: Context, repair: bool, as_json: bool):
    """Compare the index with the store: ids in one but not the other, stale content hashes, and an
    index that must be rebuilt (built by another analysis version or synonym table, or damaged).

    --repair rebuilds such an index. Exits 1 when drift is found and --repair is not given.

    Example: huiqi doctor --repair
    """
    drift = _index_sync(ctx, "huiqi doctor", write=repair).doctor(repair=repair)
    if as_json:
        click.echo(json.dumps({"clean": drift.clean, "missing": drift.missing, "extra": drift.extra,
                               "stale": drift.stale, "outdated": drift.outdated,
                               "repaired": bool(repair and not drift.clean)}, ensure_ascii=False, indent=2))
        if not (drift.clean or repair):
            click.get_current_context().exit(1)
        return
    click.echo(drift.summary())
    for label, ids in (("missing", drift.missing), ("extra", drift.extra), ("stale", drift.stale)):
        if ids:
            click.echo(f"  {label}: {' '.join(ids[:20])}{' …' if len(ids) > 20 else ''}")
    if repair and not drift.clean:
        click.echo("repaired")
    elif not drift.clean:
        click.get_current_context().exit(1)


# -- harvest / runs -------------------------------------------------------------------------------
@main.command()
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources file (TOML). Default: <data-dir>/sources.toml; see data/sources.example.toml.")
@click.option("--only", metavar="NAME", help="Harvest this one source.")
@click.option("--max-items", type=click.IntRange(min=1), help="At most N detail pages (or dump records) per source.")
@click.option("--no-index", is_flag=True, help="Store only; the next import or reindex catches the index up.")
@click.option("--redis", "redis_url", metavar="URL",
              help="Harvest through Redis (redis://host:6379/0): queue the crawl for `huiqi harvest-worker` "
                   "processes on any machine and store what they harvest (README \"Distributed harvest\").")
@click.option("--workers", type=click.IntRange(min=0), default=0, metavar="N",
              help="With --redis: also start N local workers.")
@pass_ctx
def harvest(ctx: Context, sources_path: Path | None, only: str | None, max_items: int | None, no_index: bool,
            redis_url: str | None, workers: int):
    """Harvest new and changed notices from the sources file (feeds, list pages, JSON dumps).

    Stored URLs are not fetched again; recently published pages are re-checked with conditional
    requests so edited notices are updated. Prints a summary per source with one line per error,
    and exits 1 when a source failed entirely. The crawl's own log (Scrapy's) goes to the run's log
    file under <data-dir>/logs/, not the terminal (-v shows its warnings, -vv everything with
    tracebacks). A lock file stops overlapping runs; each run is recorded (`huiqi runs`).

    With --redis the crawl is spread over `huiqi harvest-worker` processes through Redis, this
    command storing what they harvest; without it, one process harvests and no Redis is needed.

    Example: huiqi harvest --sources data/sources.toml --only gxt-notices --max-items 5
    """
    from spiders.harvest import run_harvest, terminal_logging  # Scrapy is imported by this command only

    if workers and not redis_url:
        raise click.UsageError("--workers needs --redis")
    sources = sources_path or ctx.data_dir / "sources.toml"
    with terminal_logging(ctx.verbose):  # Scrapy's log goes to the run's log file; -v, -vv show more
        if redis_url:
            from spiders.distributed import run_distributed_harvest

            report = run_distributed_harvest(sources, ctx.data_dir, redis_url, workers=workers, only=only,
                                             max_items=max_items, update_index=not no_index)
        else:
            report = run_harvest(sources, ctx.data_dir, only=only, max_items=max_items,
                                 update_index=not no_index)
    for line in report.lines():
        click.echo(line)
    if report.exit_code:
        click.get_current_context().exit(report.exit_code)


@main.command("harvest-worker")
@click.option("--redis", "redis_url", metavar="URL", required=True, help="The coordinator's Redis (redis://host:6379/0).")
@pass_ctx
def harvest_worker(ctx: Context, redis_url: str):
    """Crawl for a distributed harvest: wait for `huiqi harvest --redis`, crawl from its shared queue
    with the polite per-site limits held across all workers, and stop when the run is over.

    Needs no store: records go through Redis to the one writer. Start any number, on any machine.

    Example: huiqi harvest-worker --redis redis://10.0.0.5:6379/0
    """
    from spiders.distributed import run_worker
    from spiders.harvest import terminal_logging

    with terminal_logging(ctx.verbose):
        counts = run_worker(redis_url)
    for name, record in counts.items():
        click.echo(f"{name}: {record['pages']} pages, {record['failed']} failed, {record['skipped']} skipped")


@main.command("ingest-queue")
@click.option("--redis", "redis_url", metavar="URL", required=True, help="The harvest's Redis (redis://host:6379/0).")
@click.option("--no-index", is_flag=True, help="Store only; the next import or reindex catches the index up.")
@pass_ctx
def ingest_queue(ctx: Context, redis_url: str, no_index: bool):
    """Store the harvested records waiting in Redis, first those a killed writer had taken, then stop.

    The writer of a distributed harvest is `huiqi harvest --redis`; this drains what a killed one left
    (it waits out the dead writer's lease, and refuses while another writer is alive).

    Example: huiqi ingest-queue --redis redis://127.0.0.1:6379/0
    """
    from spiders.distributed import ingest_queue as drain

    result = drain(redis_url, ctx.data_dir, update_index=not no_index)
    click.echo(f"{result['records']} records from the queue ({result['recovered']} taken back from a "
               f"stopped writer): {result['summary'].line()}")


@main.command()
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="The run records as JSON.")
@pass_ctx
def runs(ctx: Context, limit: int, as_json: bool):
    """Recent harvest runs: start, end, status; per source pages, new, updated, unchanged, failed, errors.

    Times are Beijing time (with --json, ISO with +08:00). A run is ok, partial (some sources or
    pages failed) or failed (every source failed).

    Example: huiqi runs --limit 3
    """
    from spiders.harvest import run_lines, run_times

    records = ctx.store().runs(limit)
    if as_json:
        click.echo(json.dumps([run_times(run) for run in records], ensure_ascii=False, indent=1))
        return
    if not records:
        click.echo("no harvest runs recorded")
    for run in records:
        for line in run_lines(run):
            click.echo(line)


# -- match / calendar ---------------------------------------------------------------------------
@main.command()
@click.argument("profile_path", metavar="PROFILE|DIR", type=click.Path(exists=True, path_type=Path))
@click.option("--on", "on", callback=parse_date, metavar="YYYY-MM-DD", help="The date calls must be open on (default: today).")
@click.option("--all", "near_misses", is_flag=True, help="Add near misses, with the criterion that failed.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "xlsx"]), default="table",
              show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default, or -, stdout; xlsx needs a file or a redirect).")
@pass_ctx
def match(ctx: Context, profile_path: Path, on: date | None, near_misses: bool, fmt: str, as_json: bool,
          output: Path | None):
    """Calls open for an enterprise profile (or every profile in a directory) on a date, with reasons.

    A call matches when it is open on the date, its scope contains the enterprise's region and the
    enterprise holds one of its eligible subjects. Ranked by fit (industries, keywords) and urgency.
    An amended call is matched with its current deadlines; an invalid profile in a directory is
    reported and skipped.

    Example: huiqi match data/profiles/ --on 2025-09-24 --all
    """
    from pipeline.dates import today_cn
    from pipeline.export import write_xlsx
    from pipeline.match import (CSV_COLUMNS, candidate_calls, csv_rows, json_records, match_portfolio,
                                render_table, write_csv)
    from pipeline.normalize import strip_bidi_controls

    on = on or today_cn()
    profiles = _load_portfolio(profile_path)
    _warn_if_stale(ctx, on)
    calls = candidate_calls(ctx.store(), profiles, on, include_near_misses=near_misses)
    results = match_portfolio(profiles, calls, on, include_near_misses=near_misses,
                              relevance=_index_relevance(ctx))
    fmt = "json" if as_json else fmt
    if fmt == "xlsx":
        rows = ([row[name] for name in CSV_COLUMNS] for row in strip_bidi_controls(csv_rows(results)))
        if output and not _is_stdout(output):
            with open(output, "wb") as out:
                count = write_xlsx(rows, CSV_COLUMNS, out, sheet="matches")
            if not ctx.quiet:
                click.echo(f"{count} matches written to {output}", err=True)
        elif sys.stdout.isatty():
            raise click.UsageError("xlsx is binary: give -o FILE.xlsx (or redirect standard output)")
        else:
            write_xlsx(rows, CSV_COLUMNS, sys.stdout.buffer, sheet="matches")
        return
    if fmt == "json":
        text = json.dumps(strip_bidi_controls(json_records(results, with_enterprise=profile_path.is_dir())),
                          ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        out = io.StringIO()
        write_csv(results, out)
        text = strip_bidi_controls(out.getvalue())
    else:
        from rich.console import Console

        console = Console()
        with console.capture() as captured:
            console.print(render_table(results, on))
        text = strip_bidi_controls(captured.get())
    if output and not _is_stdout(output):
        _write_text(text, output, f"matches of {len(results)} profile(s)")
    elif fmt == "table":
        with _pager(ctx) as console:
            console.out(text, highlight=False)  # already rendered: print as is
    else:
        click.echo(text, nl=False)


def _alarm_days(_ctx, _param, value):
    try:
        days = tuple(int(p) for p in value.split(",") if p.strip())
    except ValueError:
        raise click.BadParameter(f"expected comma-separated days such as 7,1, got {value!r}")
    if any(d < 0 for d in days):
        raise click.BadParameter("alarm days cannot be negative")
    return days


@main.command()
@click.option("--profile", "profile_path", type=click.Path(exists=True, path_type=Path),
              help="Only calls this enterprise can apply for (the rules of `match`); a directory of profiles "
                   "writes one calendar per client into the -o directory.")
@click.option("--region", help="Only notices whose scope lies in this region (name or GB/T 2260 code).")
@click.option("--kind", type=click.Choice(["call", "publicity", "policy", "interpretation", "event", "digest"]))
@click.option("--from", "date_from", callback=parse_date, metavar="YYYY-MM-DD", help="Deadlines on or after.")
@click.option("--to", "date_to", callback=parse_date, metavar="YYYY-MM-DD", help="Deadlines on or before.")
@click.option("--alarm-days", default="7,1", show_default=True, callback=_alarm_days, metavar="N,…",
              help="Reminders this many days before each deadline.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="The .ics file to write (- for stdout); a directory with --profile DIR.")
@pass_ctx
def calendar(ctx: Context, profile_path: Path | None, region: str | None, kind: str | None,
             date_from: date | None, date_to: date | None, alarm_days: tuple[int, ...], output: Path):
    """Export deadlines as an iCalendar (RFC 5545) file, one event per deadline.

    UIDs are stable per notice and deadline label, so re-exporting updates a subscribed calendar;
    SEQUENCE advances when a deadline moved (an edit, or an amendment linked to the call, which adds
    no event of its own). A client's calendar carries the client's name.

    Example: huiqi calendar --profile data/profiles/ -o data/calendars/
    """
    from pipeline.ical import build_calendar, revisions_from_store, select_deadlines

    store = ctx.store()
    notices = list(store.iter_notices())
    revisions = revisions_from_store(store.deadline_revisions())

    def one(profile, target: Path | None) -> int:
        entries = select_deadlines(notices, profile=profile, region=region, kind=kind, date_from=date_from,
                                   date_to=date_to)
        ics = build_calendar(entries, alarm_days=alarm_days, revisions=revisions,
                             name=profile.name if profile else None)
        if target is None:
            click.echo(ics, nl=False)  # bytes go to the binary stream unchanged
        else:
            target.write_bytes(ics)
        return len(entries)

    if profile_path is not None and profile_path.is_dir():
        if _is_stdout(output) or (output.exists() and not output.is_dir()):
            raise click.UsageError("with --profile DIR, -o must be a directory (one .ics per client)")
        output.mkdir(parents=True, exist_ok=True)
        for profile in _load_portfolio(profile_path):
            target = output / f"{Path(profile.path).stem}.ics"
            count = one(profile, target)
            if not ctx.quiet:
                click.echo(f"{count} deadlines of {profile.name} written to {target}", err=True)
        return
    from pipeline.profiles import load_profile

    count = one(load_profile(profile_path) if profile_path else None, None if _is_stdout(output) else output)
    if not ctx.quiet:
        click.echo(f"{count} deadlines written" + ("" if _is_stdout(output) else f" to {output}"), err=True)


# -- digest / watch / feed ------------------------------------------------------------------------
@main.command()
@click.argument("profile_path", metavar="PROFILE|DIR", type=click.Path(exists=True, path_type=Path))
@click.option("--since", "since", default="last", show_default=True, metavar="DATE|last",
              help="New means published on or after DATE, or (last) first stored since this profile's previous digest.")
@click.option("--on", "on", callback=parse_date, metavar="YYYY-MM-DD", help="The date calls must be open on (default: today).")
@click.option("--closing-days", type=click.IntRange(min=0), default=7, show_default=True,
              help="Calls with this many days left or fewer are closing.")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "html", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default, or -, stdout).")
@pass_ctx
def digest(ctx: Context, profile_path: Path, since: str, on: date | None, closing_days: int, fmt: str,
           output: Path | None):
    """Each client's digest: matching calls that are new, whose deadlines changed, or that close soon,
    with reasons and next steps, plus the new hits of saved searches (huiqi watch).

    With --since last (the default) the store records each run, so a daily cron gets only what is new.
    A portfolio (a directory of profiles) starts with a table of clients × counts. An invalid profile in
    a directory is reported and skipped.

    Example: huiqi digest data/profiles/ --format md -o data/digests/today.md
    """
    from pipeline import digest as digests
    from pipeline.dates import parse_user_date, today_cn
    from pipeline.store import utc_now

    on = on or today_cn()
    since_date = None
    if since != "last":
        try:
            since_date = parse_user_date(since)
        except ValueError as exc:
            raise click.BadParameter(f"{exc} (or: last)", param_hint="--since")
    profiles = _load_portfolio(profile_path)
    _warn_if_stale(ctx, on)
    store = ctx.store()
    started = utc_now(precise=True)  # what is stored while this digest runs belongs to the next one
    clients = digests.build_digests(store, profiles, on, since=since_date, closing_days=closing_days,
                                    relevance=_index_relevance(ctx))
    scope = str(profile_path.resolve())
    watches = digests.evaluate_watches(store, _watch_search(ctx), scope=scope, since=since_date) \
        if store.watches() else []
    result = digests.Digest(on, clients, watches)
    if fmt == "json":
        text = json.dumps(digests.to_json(result), ensure_ascii=False, indent=2) + "\n"
    else:
        text = digests.RENDERERS[fmt](result)
    _write_text(text, output, f"digest of {len(clients)} client(s)")
    if since_date is None:
        try:
            digests.record_run(ctx.store(write=True), result, scope=scope, ran_at=started)
        except Exception as exc:  # noqa: BLE001 - the digest is written; say why the next one repeats it
            click.echo(f"warning: this run was not recorded ({exc}); the next --since last digest repeats it", err=True)


@main.group()
def watch():
    """Saved searches, evaluated by `huiqi digest` (their new hits) and `huiqi feed --watch`.

    Example: huiqi watch add 专精特新 专精特新 --kind call --in-scope-of 苏州市
    """


@watch.command("add")
@click.argument("name")
@click.argument("query", required=False, default="")
@search_filter_options
@pass_ctx
def watch_add(ctx: Context, name: str, query: str, **filters):
    """Save a search under NAME: QUERY and the filters of `huiqi search`, kept as typed ("today" stays today).

    Example: huiqi watch add 高企苏州 高新技术企业 --kind call --in-scope-of 苏州市
    """
    kept = {k: v for k, v in filters.items() if v}
    if not query and not kept:
        raise click.UsageError("give a QUERY or at least one filter")
    _filters(**kept)  # a bad filter is refused now, not on every digest
    ctx.store(write=True, create=True).add_watch(name, query, kept)
    click.echo(f"saved search {name!r} added")


@watch.command("list")
@pass_ctx
def watch_list(ctx: Context):
    """List saved searches with their filters and when a digest last ran them.

    Example: huiqi watch list
    """
    from pipeline.normalize import strip_bidi_controls

    watches = ctx.store().watches()
    if not watches:
        click.echo("no saved searches (huiqi watch add NAME QUERY [filters])")
    for w in watches:
        filters = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in w["filters"].items())
        click.echo(strip_bidi_controls(f"{w['name']}: {w['query'] or '(no words)'} {filters}".rstrip()
                                       + f"  (last run: {w['last_run_at'] or 'never'})"))


@watch.command("remove")
@click.argument("name")
@pass_ctx
def watch_remove(ctx: Context, name: str):
    """Remove the saved search NAME.

    Example: huiqi watch remove 高企苏州
    """
    if not ctx.store(write=True).remove_watch(name):
        raise click.ClickException(f"no saved search named {name!r} (see huiqi watch list)")
    click.echo(f"saved search {name!r} removed")


@main.command()
@click.option("--profile", "profile_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Calls open for this enterprise (the rules of `match`).")
@click.option("--watch", "watch_name", metavar="NAME", help="Hits of this saved search.")
@click.option("--on", "on", callback=parse_date, metavar="YYYY-MM-DD", help="The date for status and matching (default: today).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The .atom file to write; - for stdout.")
@pass_ctx
def feed(ctx: Context, profile_path: Path | None, watch_name: str | None, on: date | None, output: Path):
    """Write an Atom feed of an enterprise's open matching calls, or of a saved search, newest first.

    Entry ids are stable, and an entry's update time moves when the store sees its deadline change, so
    a feed reader shows what is new or changed.

    Example: huiqi feed --profile data/profiles/suzhou_wuzhong_software.toml -o data/feeds/wuzhong.atom
    """
    from pipeline.dates import today_cn
    from pipeline.feed import build_feed
    from pipeline.match import candidate_calls, match_profile
    from pipeline.profiles import load_profile

    if (profile_path is None) == (watch_name is None):
        raise click.UsageError("give exactly one of --profile or --watch")
    on = on or today_cn()
    store = ctx.store()
    if profile_path is not None:
        profile = load_profile(profile_path)
        calls = candidate_calls(store, [profile], on)
        notices = [m.notice for m in match_profile(profile, calls, on, relevance=_index_relevance(ctx))]
        title, feed_id = f"huiqi · {profile.name}", f"urn:huiqi:profile:{profile.name}"
    else:
        found = [w for w in store.watches() if w["name"] == watch_name]
        if not found:
            raise click.ClickException(f"no saved search named {watch_name!r} (see huiqi watch list)")
        ids = _watch_search(ctx)(found[0]["query"], found[0]["filters"])
        notices = list(store.iter_notices(ids=ids))
        title, feed_id = f"huiqi · {watch_name}", f"urn:huiqi:watch:{watch_name}"
    data = build_feed(notices, title=title, feed_id=feed_id, on=on, updated=store.last_changed(n.id for n in notices))
    if _is_stdout(output):
        click.echo(data, nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
    if not ctx.quiet:
        click.echo(f"{len(notices)} entries written" + ("" if _is_stdout(output) else f" to {output}"), err=True)


# -- serve --------------------------------------------------------------------------------------
@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any address but loopback needs HUIQI_TOKEN.")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@click.option("--profiles", "profiles_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Directory of enterprise profiles: a client page, calendar and feed for each.")
@pass_ctx
def serve(ctx: Context, host: str, port: int, profiles_dir: Path | None):
    """Serve a read-only web site over the store: search, notices, clients, calendars, feeds and JSON.

    Listens on 127.0.0.1 unless --host says otherwise. With any other address the environment variable
    HUIQI_TOKEN must be set, and every request must carry it ("Authorization: Bearer TOKEN", or ?token=
    on subscription URLs). Calendars and feeds are built from the store at request time. Ctrl-C stops.

    Example: huiqi serve --profiles data/profiles
    """
    from web import serve as run_site

    run_site(ctx.data_dir, host=host, port=port, profiles_dir=profiles_dir, token=os.environ.get("HUIQI_TOKEN"),
             log_level="warning" if ctx.quiet else "info")


# -- helpers ------------------------------------------------------------------------------------
def _filters(**given):
    """SearchFilters from option values; a value that cannot be used is a usage error (exit 2)."""
    from index import FilterError, parse_filters

    try:
        return parse_filters(**given)
    except FilterError as exc:
        raise click.UsageError(str(exc)) from exc


def _search_ids(ctx: Context, query: str, filters: dict) -> list[str]:
    """Ids of every notice matching `query` and the search `filters` (as typed), newest first. Filters
    alone are answered by the store (no index needed); words need the search index."""
    from index import FilterError, open_index
    from index.filters import filter_clauses

    parsed = _filters(**filters)
    if not query.strip():
        try:
            clauses = filter_clauses(parsed)
        except FilterError as exc:
            raise click.UsageError(str(exc)) from exc
        store = ctx.store()
        return store.newest_first(store.filtered_ids(clauses)) if clauses else store.newest_first(None)
    index = open_index(ctx.index_dir)
    if not index.exists():
        raise click.ClickException("selecting notices by words needs the search index: run `huiqi reindex`")
    ids: list[str] = []
    page = 1
    while True:
        try:
            results = index.search(query, parsed, sort="published", limit=1000, page=page, highlight=False)
        except FilterError as exc:
            raise click.UsageError(str(exc)) from exc
        ids += [hit.id for hit in results.hits]
        if page >= results.pages:
            return ids
        page += 1


def _watch_search(ctx: Context):
    """search(query, filters) -> matching notice ids, for saved searches."""
    return lambda query, filters: _search_ids(ctx, query, filters)


def _load_portfolio(path: Path):
    """The profiles of a file or directory; in a directory each invalid profile is reported and skipped."""
    from pipeline.profiles import ProfileDirectoryError, load_profile, load_profiles

    try:
        return load_profiles(path)
    except ProfileDirectoryError as exc:
        bad = {error.path for error in exc.errors}
        for error in exc.errors:
            click.echo(f"warning: skipping {error}", err=True)
    profiles = [load_profile(file) for file in sorted(path.glob("*.toml")) if file.is_file() and str(file) not in bad]
    if not profiles:
        raise click.ClickException(f"{path}: no valid profile")
    return profiles


def _write_text(text: str, output: Path | None, what: str) -> None:
    """`text` to stdout, or to the file `output` (its directory created) with a note unless --quiet."""
    if output is None or _is_stdout(output):
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    if not click.get_current_context().find_object(Context).quiet:
        click.echo(f"{what} written to {output}", err=True)


def _current_records(ctx: Context, hits, on: date | None) -> None:
    """The hits with the store's current records (status on `on` or today, links, amendments)."""
    from index.service import refresh_hits
    from pipeline.dates import today_cn

    if ctx.db_path.exists():
        refresh_hits(ctx.store(), hits, on or today_cn())


@contextmanager
def _pager(ctx: Context):
    """A rich console; on a terminal, long output goes through the pager (less quits at once when it
    fits one screen). HUIQI_PAGER=0 turns paging off."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal or os.environ.get("HUIQI_PAGER", "1") == "0" or os.environ.get("CI"):
        yield console
        return
    os.environ.setdefault("LESS", "-FRX")
    with console.pager(styles=True, links=True):
        yield console


def _warn_if_stale(ctx: Context, on: date) -> None:
    """Matches and digests for a date the store has no recent notices for are misleading."""
    newest = ctx.store().newest_published()
    if newest is not None and (on - newest).days > STALE_DAYS:
        click.echo(f"warning: the newest stored notice was published {newest.isoformat()}, {(on - newest).days} days "
                   f"before {on.isoformat()}: harvest or import first, or pass --on", err=True)


def _is_stdout(output: Path) -> bool:
    """`-o -` means standard output, as everywhere on the command line (not a file named "-")."""
    return str(output) == "-"


def _index_sync(ctx: Context, holder: str | None = None, write: bool = True):
    from pipeline.indexing import IndexSync

    command = click.get_current_context().info_name
    return IndexSync(ctx.store(write=write), ctx.index_dir, holder=holder or f"huiqi {command}")


def _index_relevance(ctx: Context):
    """Relevance of calls to a profile's industries and keywords, from the index (None without one)."""
    from index import open_index
    from index.service import profile_relevance

    return profile_relevance(open_index(ctx.index_dir))


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _progress(ctx: Context, label: str):
    """A progress context: on a terminal, a rich display counted in notices with an indexing phase
    (pipeline.render.ProgressBar); nothing (None) off a terminal, with --quiet or when CI is set."""
    if ctx.quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return _NoProgress()
    from pipeline.render import ProgressBar

    return ProgressBar(label)


if __name__ == "__main__":
    main()
