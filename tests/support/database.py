"""The test database's starting point, and putting it back after transactional tests."""

from contextlib import contextmanager

from django.db import connection
from django.db.models.signals import pre_save

from pages.models import reviewed_page_types
from review.guard import receivers


@contextmanager
def guard_paused_for_restoring_a_snapshot():
    """Restore rows the real review produced, page rows first, before their approvals are back.

    Django puts the serialized database back model by model, pages before the reviews that
    approve them, so the row-level guard would refuse the pages; and it fills in forward
    references with an UPDATE, which PostgreSQL's append-only triggers refuse on sign-offs and
    appointments. So, like pg_restore's --disable-triggers, the restore runs with both paused.
    Only the snapshot restore between transactional tests runs inside this.
    """
    for page_type in reviewed_page_types():
        pre_save.disconnect(
            sender=page_type,
            dispatch_uid=f"claimcheck_refuse_unsigned_live_content:{page_type._meta.label}",
        )
    postgres = connection.vendor == "postgresql"
    try:
        if postgres:
            with connection.cursor() as cursor:
                cursor.execute("SET session_replication_role = replica")
        yield
    finally:
        if postgres:
            with connection.cursor() as cursor:
                cursor.execute("SET session_replication_role = DEFAULT")
        receivers.connect()


def restore_past_the_guard(creation):
    restore = creation.deserialize_db_from_string

    def restore_snapshot(data):
        with guard_paused_for_restoring_a_snapshot():
            restore(data)

    creation.deserialize_db_from_string = restore_snapshot
