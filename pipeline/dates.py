"""Dates as the notices mean them: in China (Asia/Shanghai), whatever the host's time zone.

A call that closes on 9月30日 closes at the end of that day in Beijing; "today" for an analyst is
Beijing's today. Every module asks here instead of calling date.today() or converting timestamps
in UTC.
"""
from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta, timezone

logger = logging.getLogger(__name__)


def _shanghai():
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except Exception:  # no tz database on the machine: China has kept UTC+8 without DST since 1991
        return timezone(timedelta(hours=8), "CST")


SHANGHAI = _shanghai()

# Years a typed date may name: notices are dated this century, and date arithmetic near year 1 or 9999
# (a call open 30 days, a week before) would overflow.
USER_YEARS = range(1900, 2201)
_USER_DATE = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$")


def today_cn() -> date:
    """Today's date in Beijing."""
    return datetime.now(SHANGHAI).date()


def date_from_timestamp(seconds: float) -> date:
    """The Beijing date of a Unix timestamp (seconds; milliseconds are recognised by their size)."""
    if abs(seconds) > 1e11:
        seconds /= 1000
    return datetime.fromtimestamp(seconds, tz=SHANGHAI).date()


def date_of_datetime(value: datetime) -> date:
    """The Beijing date of a datetime; one without a zone is taken as Beijing time already."""
    return value.astimezone(SHANGHAI).date() if value.tzinfo else value.date()


def beijing_time(iso: str) -> datetime:
    """A stored ISO timestamp (UTC in the store) in Beijing time, for display; one without a zone is
    taken as UTC, as the store writes it."""
    return _assume_utc(datetime.fromisoformat(iso)).astimezone(SHANGHAI)


def as_datetime(value) -> datetime | None:
    """A timestamp as calendars and feeds need it, with a zone: a datetime or ISO text (naive ones are
    UTC, as the store writes them), a date (its Beijing midnight); None for none, or (logged) for text
    that is no timestamp."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _assume_utc(value)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time(), tzinfo=SHANGHAI)
    try:
        return _assume_utc(datetime.fromisoformat(str(value)))
    except ValueError:
        logger.warning("unparseable timestamp %r", value)
        return None


def _assume_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def parse_user_date(text: str, today: date | None = None) -> date:
    """A date typed by a user: 2025-09-30, 2025/9/30, 2025年9月30日 or "today", in the years 1900 to 2200.
    Raises ValueError."""
    value = (text or "").strip()
    if value.lower() == "today":
        return today or today_cn()
    match = _USER_DATE.match(value)
    if match:
        if int(match[1]) not in USER_YEARS:
            raise ValueError(f"year out of range: {text!r} (expected a year from {USER_YEARS.start} to "
                             f"{USER_YEARS.stop - 1})")
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD or 'today')")
