"""`load_demo --reset`: the demo database made again from nothing, so it can be tried afresh.

The sign-off ledger is append-only (its model and queryset refuse deletes everywhere, and on
PostgreSQL triggers refuse them too), and nothing here works around that: on SQLite the reset
deletes the whole database file and migrates a new one; on any other database it refuses.
"""

from pathlib import Path

from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection

REFUSED_OFF_SQLITE = (
    "load_demo --reset works only on the SQLite development database, which it deletes and "
    "makes again. On {vendor} the sign-off records cannot be deleted, by design. To start the "
    "demo afresh, create a new, empty database, point DATABASE_URL at it, then run "
    "`manage.py migrate` and `manage.py load_demo`."
)


def reset_demo_database():
    """Delete the SQLite database and migrate an empty one. Returns the file's path."""
    if connection.vendor != "sqlite":
        raise CommandError(REFUSED_OFF_SQLITE.format(vendor=connection.display_name))
    path = Path(connection.settings_dict["NAME"])
    connection.close()
    for ending in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + ending).unlink(missing_ok=True)
    call_command("migrate", interactive=False, verbosity=0)
    # Pages kept in the cache belong to the database just deleted.
    cache.clear()
    return path
