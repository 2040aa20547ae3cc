"""One runner at a time per job: a PostgreSQL advisory lock, taken without waiting.

Two workers (or a worker and a cron run) may pick up the same job at once; the second finds
the lock held and does nothing. SQLite has no advisory locks and serialises writers anyway:
there, the lock is a no-op, which suits the single-process development server.
"""

import contextlib
import hashlib

from django.db import connection

# Keys are namespaced so they never meet another application's locks on a shared server.
_NAMESPACE = "claimcheck.lifecycle."


def lock_key(name):
    digest = hashlib.sha256(f"{_NAMESPACE}{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextlib.contextmanager
def held_alone(name):
    """Yield True while this process alone holds `name`; False if another runner holds it."""
    if connection.vendor != "postgresql":
        yield True
        return
    key = lock_key(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        (acquired,) = cursor.fetchone()
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
