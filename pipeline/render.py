"""Plain-text rendering for the CLI: one notice with its evidence, store statistics, progress bars."""
from __future__ import annotations

import textwrap
from pathlib import Path

from pipeline.normalize import strip_bidi_controls
from pipeline.notice import Notice

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


def render_stats(stats: dict, db_path: Path) -> str:
    first, last = stats["published"]
    lines = [
        f"store: {db_path} (schema {stats['schema_version']})",
        f"notices: {stats['notices']}  published {first or '-'} … {last or '-'}",
        f"with apply deadline: {stats['with_apply_deadline']}   updated at least once: {stats['updated']}",
        f"waiting for the index: {stats['unindexed']}"
        + (" (run `huiqi doctor --repair`, or the next import catches up)" if stats["unindexed"] else ""),
    ]
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


class ProgressBar:
    """A rich progress bar as a context manager yielding a `progress(file, done, total)` callback."""

    def __init__(self, label: str):
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

        # on stderr, like the terminal check in cli._progress: stdout may be a pipe
        self._progress = Progress(TextColumn(f"{label} {{task.description}}"), BarColumn(), DownloadColumn(),
                                  TimeRemainingColumn(), transient=True, console=Console(stderr=True))
        self._tasks: dict[str, int] = {}

    def __enter__(self):
        self._progress.start()
        return self.update

    def __exit__(self, *exc):
        self._progress.stop()
        return False

    def update(self, file: str, done: int, total: int) -> None:
        if file not in self._tasks:
            self._tasks[file] = self._progress.add_task(Path(file).name, total=total or None)
        self._progress.update(self._tasks[file], completed=done)
