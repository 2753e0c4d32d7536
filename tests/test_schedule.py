"""Release times: elapsed cool-off, then the next working period in wall-clock time, across DST."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from reply_coach.config import Schedule
from reply_coach.schedule import format_time_left, release_time, time_left, wall_clock_instant

CPH = ZoneInfo("Europe/Copenhagen")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc


def office(tz, start=time(8, 30), end=time(17, 30), days=(0, 1, 2, 3, 4), cool_off=timedelta(hours=24)):
    return Schedule(cool_off=cool_off, work_start=start, work_end=end, work_days=days, tz=tz)


def local(tz, *args):
    return datetime(*args, tzinfo=tz)


def test_without_work_hours_release_is_received_plus_cool_off():
    s = Schedule(cool_off=timedelta(hours=24))
    received = datetime(2026, 6, 6, 23, 15, tzinfo=UTC)  # a Saturday night: no hours, no waiting for Monday
    assert release_time(received, s) == datetime(2026, 6, 7, 23, 15, tzinfo=UTC)


def test_release_is_returned_in_utc_and_naive_input_is_taken_as_utc():
    s = Schedule(cool_off=timedelta(minutes=90))
    got = release_time(datetime(2026, 6, 1, 10, 0), s)
    assert got.tzinfo is not None and got.utcoffset() == timedelta(0)
    assert got == datetime(2026, 6, 1, 11, 30, tzinfo=UTC)


def test_release_inside_work_hours_is_not_moved():
    received = local(CPH, 2026, 6, 9, 10, 0)  # Tuesday 10:00
    assert release_time(received, office(CPH)) == local(CPH, 2026, 6, 10, 10, 0)


def test_release_after_hours_moves_to_next_morning():
    received = local(CPH, 2026, 6, 9, 19, 45)  # Tuesday evening
    assert release_time(received, office(CPH)) == local(CPH, 2026, 6, 11, 8, 30)


def test_release_before_hours_moves_to_the_same_morning():
    received = local(CPH, 2026, 6, 9, 6, 0)
    assert release_time(received, office(CPH)) == local(CPH, 2026, 6, 10, 8, 30)


def test_work_end_is_exclusive():
    received = local(CPH, 2026, 6, 9, 17, 30)
    assert release_time(received, office(CPH)) == local(CPH, 2026, 6, 11, 8, 30)


def test_friday_evening_release_moves_to_monday_morning():
    received = local(CPH, 2026, 6, 11, 18, 0)  # Thursday 18:00 -> Friday 18:00, after hours
    assert release_time(received, office(CPH)) == local(CPH, 2026, 6, 15, 8, 30)


def test_weekend_release_moves_to_monday_morning():
    received = local(CPH, 2026, 6, 12, 11, 0)  # Friday 11:00 -> Saturday 11:00
    assert release_time(received, office(CPH)) == local(CPH, 2026, 6, 15, 8, 30)


def test_custom_work_days_are_respected():
    received = local(CPH, 2026, 6, 9, 11, 0)  # Tue -> Wed, not a working day here
    s = office(CPH, days=(0, 1, 3))  # Mon, Tue, Thu
    assert release_time(received, s) == local(CPH, 2026, 6, 11, 8, 30)


def test_work_hours_are_wall_clock_in_the_schedule_zone_not_utc():
    received = datetime(2026, 6, 9, 5, 0, tzinfo=UTC)  # 07:00 in Copenhagen, 01:00 in New York
    cph = release_time(received, office(CPH, cool_off=timedelta(hours=1)))
    nyc = release_time(received, office(NYC, cool_off=timedelta(hours=1)))
    assert cph == local(CPH, 2026, 6, 9, 8, 30)
    assert nyc == local(NYC, 2026, 6, 9, 8, 30)


def test_fallback_zone_is_used_when_schedule_has_none():
    s = Schedule(cool_off=timedelta(hours=1), work_start=time(9), work_end=time(17))
    received = datetime(2026, 6, 9, 22, 0, tzinfo=UTC)  # Tuesday
    assert release_time(received, s, tz_fallback=NYC) == local(NYC, 2026, 6, 9, 9, 0) + timedelta(days=1)


@pytest.mark.parametrize(
    "tz, received, expected",
    [
        # Copenhagen springs forward Sun 2026-03-29 02:00 -> 03:00: 24h later the clock shows 13:00, not 12:00.
        (CPH, (2026, 3, 28, 12, 0), (2026, 3, 29, 13, 0)),
        # ... and falls back Sun 2026-10-25 03:00 -> 02:00: 24h later the clock shows 11:00.
        (CPH, (2026, 10, 24, 12, 0), (2026, 10, 25, 11, 0)),
        (NYC, (2026, 3, 7, 12, 0), (2026, 3, 8, 13, 0)),
        (NYC, (2026, 10, 31, 12, 0), (2026, 11, 1, 11, 0)),
    ],
)
def test_cool_off_is_elapsed_time_across_dst(tz, received, expected):
    got = release_time(local(tz, *received), Schedule(cool_off=timedelta(hours=24), tz=tz))
    assert got - local(tz, *received).astimezone(UTC) == timedelta(hours=24)
    assert got.astimezone(tz).replace(tzinfo=None) == datetime(*expected)


@pytest.mark.parametrize(
    "tz, received, monday",
    [
        (CPH, (2026, 3, 27, 18, 0), (2026, 3, 30)),  # weekend containing spring-forward
        (CPH, (2026, 10, 23, 18, 0), (2026, 10, 26)),  # weekend containing fall-back
        (NYC, (2026, 3, 6, 18, 0), (2026, 3, 9)),
        (NYC, (2026, 10, 30, 18, 0), (2026, 11, 2)),
    ],
)
def test_monday_start_is_wall_clock_after_a_dst_weekend(tz, received, monday):
    got = release_time(local(tz, *received), office(tz))
    assert got.astimezone(tz).replace(tzinfo=None) == datetime(*monday, 8, 30)


def test_work_start_in_the_spring_forward_gap_begins_when_the_gap_ends():
    # A night-shift schedule starting 02:30, which does not exist on 2026-03-08 in New York.
    s = office(NYC, start=time(2, 30), end=time(10, 0), days=tuple(range(7)), cool_off=timedelta(hours=1))
    got = release_time(local(NYC, 2026, 3, 7, 23, 0), s)  # release at 00:00, before work
    assert got == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)  # 03:00 EDT, the first moment after the gap
    assert got.astimezone(NYC).replace(tzinfo=None) == datetime(2026, 3, 8, 3, 0)


def test_work_start_in_the_copenhagen_gap_begins_at_three():
    assert wall_clock_instant(datetime(2026, 3, 29).date(), time(2, 30), CPH) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_ambiguous_work_start_on_fall_back_day_uses_first_occurrence():
    # 01:30 happens twice in New York on 2026-11-01: EDT first (05:30 UTC), then EST (06:30 UTC).
    assert wall_clock_instant(datetime(2026, 11, 1).date(), time(1, 30), NYC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


def test_release_never_comes_before_the_cool_off_ends():
    s = office(CPH, cool_off=timedelta(hours=36))
    for hour in range(24):
        received = local(CPH, 2026, 3, 27, hour, 17)
        assert release_time(received, s) >= received + timedelta(hours=36)


@dataclass(frozen=True)
class _Item:
    release_at: datetime


def test_time_left_is_never_negative():
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert time_left(_Item(now + timedelta(hours=3, minutes=12)), now) == timedelta(hours=3, minutes=12)
    assert time_left(_Item(now - timedelta(minutes=5)), now) == timedelta(0)


@pytest.mark.parametrize(
    "left, text",
    [
        (timedelta(0), "due"),
        (timedelta(seconds=-30), "due"),
        (timedelta(seconds=20), "1m"),
        (timedelta(minutes=12), "12m"),
        (timedelta(hours=3, minutes=12), "3h 12m"),
        (timedelta(hours=3, minutes=11, seconds=1), "3h 12m"),
        (timedelta(hours=2), "2h"),
        (timedelta(days=2, hours=3, minutes=5), "2d 3h"),
        (timedelta(days=1), "1d"),
    ],
)
def test_format_time_left(left, text):
    assert format_time_left(left) == text
