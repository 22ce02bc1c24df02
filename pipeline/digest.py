"""Each client's morning digest: the matching calls that are new, changed or closing, and saved searches.

For every enterprise profile, on a date:
- new: open calls it can apply for that are new since the previous digest of that profile (by the time
  the store first saw them; `--since last`) or published since a date (`--since D`);
- changed: open calls it can apply for whose deadlines moved in that time (an amendment linked to the
  call, or an edit of the notice), old → new;
- closing: open calls it can apply for with at most N days left.
Each item carries the match's reasons and the applicant's next steps. Saved searches (`huiqi watch`)
add their new hits. The store records when each profile's digest ran, so `--since last` works on cron.

Building is separate from rendering: `build_digests` returns `ClientDigest`s; `to_json`,
`render_text`, `render_markdown` and `render_html` write them (HTML and Markdown are what an analyst
forwards to a client; titles are untrusted text and are escaped).
"""
from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any

from pipeline import lifecycle
from pipeline.dates import SHANGHAI
from pipeline.match import Match, candidate_calls, match_profile
from pipeline.normalize import strip_bidi_controls
from pipeline.notice import Notice
from pipeline.profiles import Profile
from pipeline.store import Store, utc_now

DEFAULT_CLOSING_DAYS = 7
SECTIONS = ("new", "changed", "closing")
SECTION_TITLES = {"new": "新发布 New calls", "changed": "截止时间变化 Deadlines changed",
                  "closing": "即将截止 Closing soon"}


@dataclass(frozen=True)
class Since:
    """What counts as new: published on or after a date, or first stored after a time (None: ever)."""

    published: date | None = None
    stored_after: str | None = None
    first: bool = False  # `--since last` with no previous digest: everything stored is new

    def describe(self) -> str:
        if self.published is not None:
            return f"published since {self.published.isoformat()}"
        if self.first:
            return "first digest: every stored call counts as new"
        return f"stored since the last digest ({self.stored_after})"

    @property
    def change_cutoff(self) -> str:
        """The earliest deadline-change time that counts, as the store writes times (UTC ISO text,
        which compares in time order): a date is its Beijing midnight."""
        if self.published is not None:
            midnight = datetime.combine(self.published, time(), SHANGHAI)
            return midnight.astimezone(timezone.utc).isoformat()
        return "" if self.first else self.stored_after or ""


@dataclass
class Item:
    match: Match
    changes: list[dict] = field(default_factory=list)  # deadline changes (changed section)

    @property
    def notice(self) -> Notice:
        return self.match.notice

    def record(self, on: date) -> dict[str, Any]:
        """An export-contract record plus `reasons`, `next_steps`, `days_left` (and `changes`)."""
        record = self.notice.export_record(on)
        record["reasons"] = [r.to_dict() for r in self.match.reasons]
        record["next_steps"] = [{"date": d.date.isoformat(), "time": d.time, "label": d.label}
                                for d in self.match.next_steps]
        record["days_left"] = self.match.days_left
        if self.changes:
            record["changes"] = [{"label": c["label"], "old": c["old_date"], "new": c["new_date"],
                                  "recorded": c["changed_at"], "by": c.get("amended_by")} for c in self.changes]
        return record


@dataclass
class ClientDigest:
    profile: Profile
    since: Since
    new: list[Item] = field(default_factory=list)
    changed: list[Item] = field(default_factory=list)
    closing: list[Item] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in SECTIONS}


@dataclass
class WatchHits:
    name: str
    query: str
    filters: dict
    notices: list[Notice] = field(default_factory=list)


@dataclass
class Digest:
    on: date
    clients: list[ClientDigest]
    watches: list[WatchHits]


def profile_key(profile: Profile) -> str:
    """How the store knows a profile between runs: its file, else its name."""
    from pathlib import Path

    return str(Path(profile.path).resolve()) if profile.path else f"name:{profile.name}"


def since_for(store: Store, profile: Profile, since: date | None) -> Since:
    if since is not None:
        return Since(published=since)
    last = store.last_digest(profile_key(profile))
    return Since(stored_after=last) if last else Since(first=True)


def build_digests(store: Store, profiles: Sequence[Profile], on: date, *, since: date | None = None,
                  closing_days: int = DEFAULT_CLOSING_DAYS, calls: Sequence[Notice] | None = None,
                  relevance: Callable[[Profile], dict[str, float]] | None = None) -> list[ClientDigest]:
    """One ClientDigest per profile (`since` None: since that profile's previous digest)."""
    if calls is None:
        calls = candidate_calls(store, profiles, on)
    stored = store.first_stored(n.id for n in calls)
    digests = []
    for profile in profiles:
        window = since_for(store, profile, since)
        matches = match_profile(profile, calls, on, relevance=relevance)
        changes = store.deadline_changes_since([m.notice.id for m in matches], window.change_cutoff)
        digest = ClientDigest(profile, window)
        for match in matches:
            notice = match.notice
            if _is_new(notice, stored.get(notice.id), window):
                digest.new.append(Item(match))
            elif notice.id in changes:
                digest.changed.append(Item(match, changes[notice.id]))
            if match.days_left is not None and 0 <= match.days_left <= closing_days \
                    and not match.no_deadline_found:
                digest.closing.append(Item(match))
        digest.closing.sort(key=lambda item: (item.match.days_left, item.notice.id))
        digests.append(digest)
    return digests


def _is_new(notice: Notice, first_stored: str | None, since: Since) -> bool:
    if since.published is not None:
        return notice.published is not None and notice.published >= since.published
    return since.first or (first_stored or "") > (since.stored_after or "")


def watch_key(name: str, scope: str) -> str:
    """How the store knows when a saved search last ran for one digest target (a profile or a
    portfolio directory): a manual digest of one client does not use up the portfolio's new hits."""
    return f"watch:{name}@{scope}"


def evaluate_watches(store: Store, search: Callable[[str, dict], list[str]], *, scope: str,
                     since: date | None = None) -> list[WatchHits]:
    """New hits of each saved search: `search(query, filters)` gives matching ids (the index); new means
    first stored after the watch last ran for `scope` (or published since `since`)."""
    results = []
    for watch in store.watches():
        ids = search(watch["query"], watch["filters"])
        notices = list(store.iter_notices(ids=ids)) if ids else []
        stored = store.first_stored(ids)
        if since is not None:
            fresh = [n for n in notices if n.published is not None and n.published >= since]
        else:
            cutoff = store.last_digest(watch_key(watch["name"], scope)) or ""
            fresh = [n for n in notices if (stored.get(n.id) or "") > cutoff]
        fresh.sort(key=lambda n: (n.published or date.min, n.id), reverse=True)
        results.append(WatchHits(watch["name"], watch["query"], watch["filters"], fresh))
    return results


def record_run(store: Store, digest: Digest, *, scope: str, ran_at: str | None = None) -> None:
    """Remember this run, so the next `--since last` starts here (saved searches: for this `scope`)."""
    ran_at = ran_at or utc_now(precise=True)
    for client in digest.clients:
        store.record_digest(profile_key(client.profile), ran_at, digest.on)
    for watch in digest.watches:
        store.record_digest(watch_key(watch.name, scope), ran_at, digest.on)
        store.mark_watch_run(watch.name, ran_at)


# --- output -------------------------------------------------------------------------------------------


def to_json(digest: Digest) -> list[dict[str, Any]]:
    watches = {w.name: [n.export_record(digest.on) for n in w.notices] for w in digest.watches}
    return strip_bidi_controls([
        {"profile": client.profile.path, "name": client.profile.name, "since": client.since.describe(),
         **{name: [item.record(digest.on) for item in getattr(client, name)] for name in SECTIONS},
         "watches": watches}
        for client in digest.clients])


def _item_line(item: Item, on: date, section: str) -> str:
    notice = item.notice
    steps = lifecycle.steps_text(item.match.next_steps) or (
        "no deadline found" if item.match.no_deadline_found else "no pending deadline")
    if section == "changed":
        moved = "; ".join(f"{c['label'] or '截止'} {c['old_date'] or '-'} → {c['new_date'] or '-'}"
                          for c in item.changes)
        return f"{notice.title} — {moved}; next: {steps}"
    if section == "closing":
        return f"{notice.title} — {item.match.days_left} day(s) left; {steps}"
    return f"{notice.title} — {steps}"


def _why(item: Item) -> str:
    return "; ".join(r.text for r in item.match.reasons if r.criterion in ("region", "subject", "relevance"))


def render_text(digest: Digest) -> str:
    lines = [f"huiqi digest for {digest.on.isoformat()}", ""]
    if len(digest.clients) > 1:
        lines += _summary_rows(digest, lambda cells: "  ".join(cells)) + [""]
    for client in digest.clients:
        lines.append(f"== {client.profile.name}  ({client.profile.region.name}; {client.since.describe()})")
        for section in SECTIONS:
            items = getattr(client, section)
            lines.append(f"  {SECTION_TITLES[section]}: {len(items) or 'none'}")
            for item in items:
                lines.append(f"    - {_item_line(item, digest.on, section)}")
                lines.append(f"      id {item.notice.id[:12]}  {item.notice.url or ''}".rstrip())
                lines.append(f"      why: {_why(item)}")
        lines.append("")
    lines += _watch_lines(digest, lambda n: f"    - {n.title}  (id {n.id[:12]}) {n.url or ''}".rstrip())
    return strip_bidi_controls("\n".join(lines).rstrip() + "\n")


def _summary_rows(digest: Digest, join: Callable[[list[str]], str]) -> list[str]:
    rows = [join(["client", "new", "changed", "closing"])]
    for client in digest.clients:
        counts = client.counts()
        rows.append(join([client.profile.name, *(str(counts[s]) for s in SECTIONS)]))
    return rows


def _watch_lines(digest: Digest, line: Callable[[Notice], str]) -> list[str]:
    if not digest.watches:
        return []
    lines = ["== saved searches"]
    for watch in digest.watches:
        lines.append(f"  {watch.name} ({watch.query or '(filters only)'}): {len(watch.notices) or 'nothing'} new")
        lines += [line(n) for n in watch.notices]
    return lines


def _md(text: str) -> str:
    """Markdown-safe inline text: no markup characters a title could smuggle in."""
    escaped = html.escape(" ".join((text or "").split()), quote=False)
    for char in "\\`*_[]|#<>":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def render_markdown(digest: Digest) -> str:
    lines = [f"# 申报动态 · huiqi digest {digest.on.isoformat()}", ""]
    if len(digest.clients) > 1:
        rows = _summary_rows(digest, lambda cells: "| " + " | ".join(_md(c) for c in cells) + " |")
        lines += [rows[0], "|---|---|---|---|", *rows[1:], ""]
    for client in digest.clients:
        lines += [f"## {_md(client.profile.name)}", "",
                  f"{_md(client.profile.region.name)} · {_md(client.since.describe())}", ""]
        for section in SECTIONS:
            items = getattr(client, section)
            lines.append(f"### {SECTION_TITLES[section]} ({len(items)})")
            lines.append("")
            for item in items:
                title = _md(item.notice.title)
                link = f"[{title}]({item.notice.url})" if item.notice.url else title
                detail = _item_line(item, digest.on, section).split(" — ", 1)[1]
                lines.append(f"- {link} — {_md(detail)}")
                lines.append(f"  - why: {_md(_why(item))}")
            if not items:
                lines.append("- none")
            lines.append("")
    if digest.watches:
        lines += ["## Saved searches", ""]
        for watch in digest.watches:
            lines.append(f"### {_md(watch.name)} ({len(watch.notices)} new)")
            lines += [f"- {_md(n.title)}" + (f" <{n.url}>" if n.url else "") for n in watch.notices] or ["- none"]
            lines.append("")
    return strip_bidi_controls("\n".join(lines).rstrip() + "\n")


def render_html(digest: Digest) -> str:
    e = html.escape
    parts = ["<!doctype html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             f"<title>huiqi digest {e(digest.on.isoformat())}</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:auto}td,th{padding:.2em .6em;"
             "border-bottom:1px solid #ddd}.why{color:#555;font-size:.9em}</style></head><body>",
             f"<h1>申报动态 · {e(digest.on.isoformat())}</h1>"]
    if len(digest.clients) > 1:
        parts.append("<table><tr><th>client</th><th>new</th><th>changed</th><th>closing</th></tr>")
        for client in digest.clients:
            counts = client.counts()
            parts.append(f"<tr><td>{e(client.profile.name)}</td>"
                         + "".join(f"<td>{counts[s]}</td>" for s in SECTIONS) + "</tr>")
        parts.append("</table>")
    for client in digest.clients:
        parts.append(f"<h2>{e(client.profile.name)}</h2>")
        parts.append(f"<p>{e(client.profile.region.name)} · {e(client.since.describe())}</p>")
        for section in SECTIONS:
            items = getattr(client, section)
            parts.append(f"<h3>{e(SECTION_TITLES[section])} ({len(items)})</h3><ul>")
            for item in items:
                title = e(item.notice.title)
                if item.notice.url and item.notice.url.startswith(("http://", "https://")):
                    title = f'<a href="{e(item.notice.url)}">{title}</a>'
                detail = _item_line(item, digest.on, section).split(" — ", 1)[1]
                parts.append(f'<li>{title} — {e(detail)}<div class="why">{e(_why(item))}</div></li>')
            parts.append("</ul>" if items else "<li>none</li></ul>")
    if digest.watches:
        parts.append("<h2>Saved searches</h2>")
        for watch in digest.watches:
            parts.append(f"<h3>{e(watch.name)} ({len(watch.notices)} new)</h3><ul>")
            parts += [f"<li>{e(n.title)}</li>" for n in watch.notices] or ["<li>none</li>"]
            parts.append("</ul>")
    parts.append("</body></html>")
    return strip_bidi_controls("\n".join(parts) + "\n")


RENDERERS = {"text": render_text, "md": render_markdown, "html": render_html}
