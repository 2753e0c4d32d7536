"""When a held email may be answered: cool-off, then working hours. Pure; time is a parameter.

Policy:
    * The cool-off is *elapsed* time: 24h means 24 real hours after the email
      arrived, even across a DST change (when the clocks jump, the wall clock
      shows 23:00 or 01:00 later, not the same time next day).
    * Working hours are *wall-clock* time in the schedule's zone: a release
      that falls outside them moves to the next start of work (work_start on
      the next working day), whatever the UTC offset is that day.
    * A work_start that does not exist on a day (02:30 when clocks jump from
      02:00 to 03:00) begins at the first real moment after the gap (03:00);
      one that happens twice (fall back) begins at the first occurrence.

Every function returns aware datetimes in UTC; callers convert for display.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from .config import Schedule

UTC = timezone.utc


def release_time(received: datetime, schedule: Schedule, tz_fallback: tzinfo | None = None) -> datetime:
    """The moment a draft for an email received at `received` may be written.

    A naive `received` is taken as UTC (IMAP INTERNALDATE and Date headers
    are aware; a naive value here is a bug upstream, not a local time).
    """
    if received.tzinfo is None:
        received = received.replace(tzinfo=UTC)
    release = received.astimezone(UTC) + schedule.cool_off
    if not schedule.has_work_hours or not schedule.work_days:
        return release
    tz = schedule.tz or tz_fallback
    if tz is None:
        from .config import local_timezone

        tz = local_timezone()
    return _next_working_moment(release, schedule, tz)


def in_work_hours(moment: datetime, schedule: Schedule, tz: tzinfo) -> bool:
    if not schedule.has_work_hours:
        return True
    local = moment.astimezone(tz)
    start = schedule.work_start
    end = schedule.work_end or time.max
    return local.weekday() in schedule.work_days and start <= local.time().replace(tzinfo=None) < end


def _next_working_moment(release: datetime, schedule: Schedule, tz: tzinfo) -> datetime:
    if in_work_hours(release, schedule, tz):
        return release
    local = release.astimezone(tz)
    day = local.date()
    if not (local.weekday() in schedule.work_days and local.time() < schedule.work_start):
        day += timedelta(days=1)
    for _ in range(7):
        if day.weekday() in schedule.work_days:
            start = wall_clock_instant(day, schedule.work_start, tz)
            # A start pushed past a gap can never be earlier than the release itself,
            # but guard anyway: never release before the cool-off is over.
            return max(start, release)
        day += timedelta(days=1)
    return release  # no working day at all: plain cool-off


def wall_clock_instant(day: date, at: time, tz: tzinfo) -> datetime:
    """The UTC instant when the clocks in `tz` first show `at` on `day` (or later, across a gap)."""
    naive = datetime.combine(day, at.replace(tzinfo=None))
    first = naive.replace(tzinfo=tz, fold=0)
    instant = first.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == naive:
        # Exists (fold=0 is the first of two occurrences on a fall-back day).
        return instant
    # In a spring-forward gap: PEP 495 maps fold=0 to *after* the gap and fold=1 to
    # *before* it; the transition lies between, where the wall clock first passes
    # `naive`. Bisect to the second: the wall clock is monotonic in that window.
    lo = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    hi = instant
    if lo > hi:
        lo, hi = hi, lo
    while (hi - lo) > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        if mid.astimezone(tz).replace(tzinfo=None) >= naive:
            hi = mid
        else:
            lo = mid
    return hi.replace(microsecond=0) if hi.microsecond else hi


def time_left(item, now: datetime) -> timedelta:
    """How long until `item` (anything with an aware `release_at`) is due; never negative."""
    left = item.release_at - now
    return left if left > timedelta(0) else timedelta(0)


def format_time_left(left: timedelta) -> str:
    """'2d 3h', '3h 12m', '12m' or 'due'. Rounds up: '1m' until it is really due."""
    seconds = left.total_seconds()
    if seconds <= 0:
        return "due"
    minutes = math.ceil(seconds / 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days}d {hours}h" if hours else f"{days}d"
    if hours:
        return f"{hours}h {minutes}m" if minutes else f"{hours}h"
    return f"{minutes}m"
