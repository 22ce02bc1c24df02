"""Plain-text rendering for the CLI: one notice with its evidence, store statistics, progress bars."""
from __future__ import annotations

import textwrap
from pathlib import Path

from pipeline.normalize import strip_bidi_controls
from pipeline.notice import Notice
from pipeline.progress import Progress

EVIDENCE_WIDTH = 100


def _evidence(text: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        return ""
    return "\n" + textwrap.indent(textwrap.shorten(text, EVIDENCE_WIDTH * 2, placeholder=" …"), "      ↳ ")


def render_notice(notice: Notice, history: list[dict] | None = None, deadline_changes: list[dict] | None = None) -> str:
    lines = [notice.title, "=" * min(60, len(notice.title) * 2)]
    if notice.title_derived:
        lines.insert(1, "(no title in the source: derived from the text)")
    meta = [
        ("id", notice.id), ("source id", notice.source_id), ("url", notice.url),
        ("account", notice.account), ("origin", notice.origin),
        ("published", notice.published.isoformat() if notice.published else None),
        ("title tags", "、".join(notice.title_tags) or None), ("provenance", notice.provenance),
    ]
    lines += [f"{k:>11}: {v}" for k, v in meta if v]
    lines.append("")
    lines.append(f"kind: {notice.kind or '-'}{_evidence(notice.kind_evidence)}")
    from pipeline import lifecycle
    from pipeline.dates import today_cn

    today = today_cn()
    lines.append(f"status on {today.isoformat()}: {lifecycle.status(notice, today) or '-'}")
    steps = lifecycle.steps_text(lifecycle.next_steps(notice, today))
    if steps:
        lines.append(f"next: {steps}")
    apply = notice.apply_deadline.isoformat() if notice.apply_deadline else "-"
    lines.append(f"apply deadline: {apply}{_evidence(notice.apply_deadline_evidence)}")
    lines.append("deadlines:" + ("" if notice.deadlines else " -"))
    for d in notice.deadlines:
        when = d.date.isoformat() + (f" {d.time}" if d.time else "")
        lines.append(f"  - {when}  {d.label}{_evidence(d.evidence)}")
    lines.append("regions:" + ("" if notice.regions else " -"))
    for r in notice.regions:
        lines.append(f"  - {r.name} ({r.code}, {r.level}){_evidence(r.evidence)}")
    lines.append("phones:" + ("" if notice.phones else " -"))
    for p in notice.phones:
        extra = "".join(part for part in (f" 转{p.ext}" if p.ext else "", f"  [{p.label}]" if p.label else ""))
        lines.append(f"  - {p.number}{extra}{_evidence(p.evidence)}")
    lines.append("subjects:" + ("" if notice.subjects else " -"))
    for s in notice.subjects:
        lines.append(f"  - {s.name}{_evidence(s.evidence)}")
    for label, values in (("amounts", [a.text for a in notice.amounts]), ("document numbers", notice.doc_numbers),
                          ("application systems", notice.system_urls), ("issuers", notice.issuers)):
        if values:
            lines.append(f"{label}: " + "；".join(values))
    if notice.related:
        lines.append("related notices:")
        for link in notice.related:
            when = link.published.isoformat() if link.published else "undated"
            lines.append(f"  - {RELATION_TEXT.get(link.relation, link.relation)} {link.id[:12]} ({when}) {link.title}"
                         f"  [{link.method}, confidence {link.confidence:.2f}]{_evidence(link.evidence)}")
    edits = [c for c in deadline_changes or [] if not c.get("amended_by")]
    if notice.deadline_history:
        lines.append("deadline history (moved by amendments):")
        lines += [f"  - {c.at}: {c.label or '(unlabelled)'} {_day(c.old)} → {_day(c.new)}  (by {c.by[:12]})"
                  for c in notice.deadline_history]
    if edits:
        lines.append("deadline changes (edits of this notice):")
        lines += [f"  - {c['changed_at']}: {c['label'] or '(unlabelled)'} {c['old_date']} → {c['new_date']}"
                  for c in edits]
    if history:
        lines.append(f"earlier versions: {len(history)} (last replaced {history[-1]['replaced_at']})")
    lines += ["", textwrap.shorten(" ".join(notice.text.split()), 600, placeholder=" …") if notice.text else "(empty body)"]
    return strip_bidi_controls("\n".join(lines))


def _day(value) -> str:
    return value.isoformat() if value else "-"


def _waiting_hint(stats: dict) -> str:
    if not stats["unindexed"]:
        return ""
    if stats.get("index_builder"):
        return f" (being written by {stats['index_builder']})"
    return " (run `huiqi doctor --repair`, or the next import catches up)"


def render_stats(stats: dict, db_path: Path) -> str:
    first, last = stats["published"]
    lines = [
        f"store: {db_path} (schema {stats['schema_version']})",
        f"notices: {stats['notices']}  published {first or '-'} … {last or '-'}",
        f"with apply deadline: {stats['with_apply_deadline']}   updated at least once: {stats['updated']}",
        f"waiting for the index: {stats['unindexed']}" + _waiting_hint(stats),
    ]
    if stats.get("extracted_by_older_rules"):  # (after an upgrade: the rules or the segmenter changed)
        lines.append(f"extracted by older rules: {stats['extracted_by_older_rules']} (run `huiqi reextract`)")
    for title, key in (("by kind", "by_kind"), ("by source", "by_source"), ("by region (top 15)", "by_region")):
        lines.append(f"{title}:")
        lines += [f"  {count:>6}  {name}" for name, count in stats[key].items()] or ["       -"]
    links = stats.get("links") or {}
    lines.append("linked to a call: " + (", ".join(f"{count} {RELATION_WORDS.get(rel, rel)}"
                                                   for rel, count in links.items()) or "-"))
    return strip_bidi_controls("\n".join(lines))


RELATION_WORDS = {"amends": "amendments", "results_of": "results"}
RELATION_TEXT = {"amends": "amends", "amended_by": "amended by", "results_of": "results of",
                 "has_results": "results in"}


class ProgressBar(Progress):
    """Rich progress on stderr, counted in notices, as a context manager yielding itself.

    An import shows two rows: reading (a bar over the input's size, with the records read and
    stored) and, once notices reach the index, indexing (committed and waiting, and a spinner while
    the index commits, which can take a minute on a big import). Each row shows its elapsed time,
    so something always moves.
    """

    def __init__(self, label: str):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        # on stderr, like the terminal check in cli._progress: stdout may be a pipe
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=10),
                                  TextColumn("{task.fields[detail]}"), TimeElapsedColumn(),
                                  transient=True, console=Console(stderr=True))
        self.label = label
        self._tasks: dict[str, int] = {}
        self._read = self._stored = self._skipped = 0

    def __enter__(self):
        self._progress.start()
        return self

    def __exit__(self, *exc):
        self._progress.stop()
        return False

    def _row(self, key: str, description: str, **update) -> None:
        if key not in self._tasks:
            self._tasks[key] = self._progress.add_task(description, total=None, detail="")
        self._progress.update(self._tasks[key], description=description, **update)

    def reading(self, file: str, records: int, fraction: float | None) -> None:
        self._read = records
        self._row("reading", f"{self.label} {_short_name(file)}", **({"total": 1.0, "completed": fraction}
                                                                      if fraction is not None else {}),
                  detail=self._reading_detail())

    def storing(self, stored: int, skipped: int) -> None:
        self._stored, self._skipped = stored, skipped
        if "reading" in self._tasks:
            self._row("reading", self._progress.tasks[self._tasks["reading"]].description,
                      detail=self._reading_detail())

    def _reading_detail(self) -> str:
        return f"{self._read:,} read, {self._stored:,} stored"  # skipped ones: in the summary

    def indexing(self, indexed: int, waiting: int, committing: bool = False) -> None:
        if committing:
            detail = f"committing {waiting:,} notices"
        else:
            detail = f"{indexed:,} indexed" + (f", {waiting:,} waiting" if waiting else "")
        self._row("indexing", "indexing", total=indexed + waiting or None, completed=indexed, detail=detail)

    def counting(self, task: str, done: int, total: int) -> None:
        self._row(task, self.label, total=total or None, completed=done, detail=f"{done:,}/{total:,} notices")


def _short_name(path: str, width: int = 20) -> str:
    """A file's name cut to fit a progress row in 80 columns."""
    name = Path(path).name if path != "-" else "stdin"
    return name if len(name) <= width else name[:width - 1] + "…"
