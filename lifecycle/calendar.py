"""Working days, and "today" as the clinic's schedule reads it.

The schedule reads the application's clock (`timezone.now`), not the database's: it decides
when to remind and open reviews, and records nothing a signature depends on. Records the jobs
leave (withdrawals, sign-offs) still take the database's time (review/clock.py).
"""

import datetime

from django.utils import timezone


def today():
    return timezone.localdate()


def add_working_days(day, count):
    """`count` Monday-to-Friday days after `day` (a Saturday submission counts from Monday)."""
    while count > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
