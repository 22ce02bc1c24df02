"""Deadlines as an RFC 5545 calendar (written with the icalendar library), for subscription.

One event per deadline: all-day, or timed in Asia/Shanghai when the notice gives a time of day.
SUMMARY "截止：<title>（<what closes>）"; DESCRIPTION with the notice URL, phones and evidence;
URL the notice's canonical URL; CATEGORIES its kind and regions; VALARM reminders N days before.

Re-exporting must update a subscribed calendar rather than duplicate it, so each event's UID depends
only on the notice id and the deadline's key (its label; see `deadline_entries`). When the store has
seen a deadline move, the caller passes a `Revision` for it, keyed like the store's deadline_changes
rows by (notice id, label as stored, "" when none): SEQUENCE and LAST-MODIFIED then advance.

The module is named `ical`, not `calendar`, so it never shadows the standard library.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from icalendar import Alarm, Calendar, Event, Timezone

from pipeline import lifecycle
from pipeline.dates import SHANGHAI, as_datetime
from pipeline.normalize import strip_bidi_controls
from pipeline.notice import Deadline, Notice, Region
from pipeline.profiles import Profile

logger = logging.getLogger(__name__)

TZID = "Asia/Shanghai"
DEFAULT_ALARM_DAYS = (7, 1)
PRODID = "-//huiqi//policy notice deadlines//ZH"
CALENDAR_NAME = "huiqi 截止日期"
UID_DOMAIN = "huiqi"
DEFAULT_LABEL = "截止"  # what closes, when the notice does not say
APPLY_LABEL = "申报截止"  # for an application deadline that is not among the listed deadlines

_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})$")


@dataclass(frozen=True)
class Revision:
    """How often a deadline has changed and when it last did (from the store's deadline_changes)."""

    sequence: int
    last_modified: datetime


@dataclass(frozen=True)
class DeadlineEntry:
    """One deadline of one notice, as a calendar event."""

    notice: Notice
    deadline: Deadline
    key: str  # unique within the notice: the label, "#2", "#3" … appended for repeats

    @property
    def label(self) -> str:
        return self.deadline.label or DEFAULT_LABEL

    @property
    def uid(self) -> str:
        digest = hashlib.sha1(f"{self.notice.id}\x1f{self.key}".encode("utf-8")).hexdigest()[:16]
        return f"{self.notice.id}-{digest}@{UID_DOMAIN}"


def deadline_entries(notice: Notice) -> list[DeadlineEntry]:
    """A notice's deadlines, plus its application deadline when no listed deadline has that date.

    The key is the deadline's label (DEFAULT_LABEL when empty); a label used for several dates of one
    notice gets "#2", "#3" … in date order. The key only names the event (its UID); revisions are
    looked up by the label as stored.
    """
    deadlines = sorted(notice.deadlines, key=lambda d: (d.date, d.time or ""))
    if notice.apply_deadline and all(d.date != notice.apply_deadline for d in deadlines):
        deadlines.append(Deadline(notice.apply_deadline, None, APPLY_LABEL, notice.apply_deadline_evidence))
        deadlines.sort(key=lambda d: (d.date, d.time or ""))
    seen: dict[str, int] = {}
    entries = []
    for deadline in deadlines:
        label = deadline.label or DEFAULT_LABEL
        seen[label] = seen.get(label, 0) + 1
        key = label if seen[label] == 1 else f"{label}#{seen[label]}"
        entries.append(DeadlineEntry(notice, deadline, key))
    return entries


def select_deadlines(
    notices: Iterable[Notice],
    *,
    profile: Profile | None = None,
    region: Region | str | None = None,
    kind: str | Iterable[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[DeadlineEntry]:
    """The deadline entries a calendar export should hold, sorted by date.

    - profile: only notices whose scope contains the profile's region and whose subjects it is
      eligible for (the matcher's rules); with a profile, `kind` defaults to "call".
    - region: a Region, name or code; only notices with a scope region inside it (苏州市 keeps 苏州市
      and 吴中区 notices, not 江苏省 ones). Raises ValueError for an unknown region.
    - kind: one kind or several.
    - date_from / date_to: inclusive bounds on the deadline's date.
    """
    from pipeline import gazetteer
    from pipeline.match import check_region, check_subjects

    if isinstance(region, str):
        region = gazetteer.resolve_profile_region(region)
    if kind is None and profile is not None:
        kind = "call"
    kinds = {kind} if isinstance(kind, str) else set(kind) if kind is not None else None

    entries = []
    for notice in notices:
        if kinds is not None and notice.kind not in kinds:
            continue
        if lifecycle.amends_a_stored_call(notice):
            continue  # its dates are the amended call's current deadlines, under the call's UIDs
        if region is not None and not any(
            _is_code(r.code) and gazetteer.contains(region.code, r.code) for r in notice.regions
        ):
            continue
        if profile is not None:
            if not check_region(profile.region, notice)[0].ok:
                continue
            if not check_subjects(profile.qualifications, notice)[0].ok:
                continue
        for entry in deadline_entries(notice):
            day = entry.deadline.date
            if (date_from and day < date_from) or (date_to and day > date_to):
                continue
            entries.append(entry)
    entries.sort(key=lambda e: (e.deadline.date, e.deadline.time or "", e.notice.id, e.key))
    return entries


def build_calendar(
    notices: Iterable[Notice | DeadlineEntry],
    *,
    alarm_days: Iterable[int] = DEFAULT_ALARM_DAYS,
    revisions: Mapping[tuple[str, str], Revision] | None = None,
    now: datetime | None = None,
    name: str | None = None,
) -> bytes:
    """An iCalendar file: one event per deadline of each notice (or per given entry).

    `revisions` maps (notice id, deadline label as stored, "" when none) to a Revision (see
    `revisions_from_store`); every event of that label takes it. `now` sets DTSTAMP (default: the
    current time), so tests and repeated exports can be byte-identical. `name` (a client's) is added
    to the calendar's display name.
    """
    alarm_days = tuple(alarm_days)
    if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in alarm_days):
        raise ValueError(f"alarm days must be non-negative integers, got {alarm_days!r}")
    revisions = revisions or {}
    stamp = _utc(now or datetime.now(timezone.utc))

    entries: list[DeadlineEntry] = []
    for item in notices:
        entries.extend(deadline_entries(item) if isinstance(item, Notice) else [item])

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{CALENDAR_NAME} · {name}" if name else CALENDAR_NAME)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(Timezone.from_tzid(TZID))
    seen_uids: set[str] = set()
    for entry in entries:
        if entry.uid in seen_uids:  # the same notice given twice
            logger.debug("skipping duplicate event %s", entry.uid)
            continue
        seen_uids.add(entry.uid)
        revision = revisions.get((entry.notice.id, entry.deadline.label or ""))
        calendar.add_component(_event(entry, alarm_days, revision, stamp))
    logger.info("calendar with %d events", len(seen_uids))
    # bidi controls dropped from every property at once; a line folded at 75 octets only gets shorter
    return strip_bidi_controls(calendar.to_ical().decode("utf-8")).encode("utf-8")


def revisions_from_store(
    counts: Mapping[tuple[str, str], tuple[int, str | datetime]],
) -> dict[tuple[str, str], Revision]:
    """Revisions from `Store.deadline_revisions()`: (notice id, label) -> (number of recorded changes,
    time of the last one). SEQUENCE is the number of changes, LAST-MODIFIED the last change."""
    revisions = {}
    for key, (changes, changed_at) in counts.items():
        last_modified = as_datetime(changed_at)
        if last_modified is None:
            continue
        revisions[key] = Revision(int(changes), last_modified)
    return revisions


def _event(entry: DeadlineEntry, alarm_days: tuple[int, ...], revision: Revision | None, stamp: datetime) -> Event:
    notice, deadline = entry.notice, entry.deadline
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("summary", f"截止：{notice.title}（{entry.label}）")
    start = _timed_start(deadline)
    if start is None:
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # an all-day deadline does not block the day
    else:
        event.add("dtstart", start)  # no DTEND: a point in time (RFC 5545 3.6.1)
    event.add("description", _description(entry))
    if notice.url:
        event.add("url", notice.url)
    categories = [c for c in [notice.kind or "", *(r.name for r in notice.regions)] if c]
    if categories:
        event.add("categories", list(dict.fromkeys(categories)))
    event.add("sequence", revision.sequence if revision else 0)
    last_modified = revision.last_modified if revision else as_datetime(notice.fetched_at)
    if last_modified is not None:
        event.add("last-modified", _utc(last_modified))
    for days in sorted(set(alarm_days), reverse=True):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(days=-days))
        when = "今天" if days == 0 else f"{days}天后"
        alarm.add("description", f"{when}截止：{notice.title}（{entry.label}）")
        event.add_component(alarm)
    return event


def _timed_start(deadline: Deadline) -> datetime | None:
    if not deadline.time:
        return None
    found = _TIME.match(deadline.time.strip())
    if found:
        hour, minute = int(found[1]), int(found[2])
        if (hour, minute) == (24, 0):  # "24:00" is the end of the day
            hour, minute = 23, 59
        if hour < 24 and minute < 60:
            return datetime.combine(deadline.date, time(hour, minute), tzinfo=SHANGHAI)
    logger.warning("deadline time %r not understood; exporting as all-day", deadline.time)
    return None


def _description(entry: DeadlineEntry) -> str:
    notice, deadline = entry.notice, entry.deadline
    when = deadline.date.isoformat() + (f" {deadline.time}" if deadline.time else "")
    lines = [f"{entry.label}：{when}"]
    if notice.url:
        lines.append(f"通知：{notice.url}")
    if notice.regions:
        lines.append("地区：" + "、".join(r.name for r in notice.regions))
    for phone in notice.phones:
        number = phone.number + (f"转{phone.ext}" if phone.ext else "")
        lines.append(f"电话：{number}" + (f"（{phone.label}）" if phone.label else ""))
    evidence = deadline.evidence
    if not evidence and notice.apply_deadline == deadline.date:
        evidence = notice.apply_deadline_evidence
    if evidence:
        lines.append(f"依据：{evidence}")
    return "\n".join(lines)


def _is_code(code: str) -> bool:
    return isinstance(code, str) and len(code) == 6 and code.isdigit()


def _utc(value: datetime) -> datetime:
    """UTC for DTSTAMP/LAST-MODIFIED (RFC 5545 requires UTC there); naive times are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).replace(microsecond=0)
