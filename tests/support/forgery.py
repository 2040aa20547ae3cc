"""Forging the sign-off record the way its table's owner could: around the append-only trigger."""

from django.db import connection


def as_table_owner(sql, params):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The test's own inserts leave deferred foreign-key checks pending, which ALTER
            # TABLE will not run past; a forger's session would have none.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE review_signoff DISABLE TRIGGER review_signoff_append_only")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE review_signoff ENABLE TRIGGER review_signoff_append_only")
