"""The database server's clock: the one time source for review records.

Sign-offs, reviewed versions and withdrawals are stamped with the database's time, not the
application server's, so a misset or tampered web host cannot back-date a signature. The value
is read once (`Now()`, on PostgreSQL the transaction's start) and then used in Python too,
because a sign-off's row hash covers its time and must be computed before the insert.
"""

import datetime

from django.db import connection
from django.db.models.functions import Now
from django.db.models.sql import Query
from django.utils.dateparse import parse_datetime


def database_now():
    compiler = Query(None).get_compiler(connection=connection)
    sql, params = Now().as_sql(compiler, connection)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {sql}", params)  # noqa: S608 - Django's own SQL for Now()
        (value,) = cursor.fetchone()
    if isinstance(value, str):  # SQLite answers with text, in UTC
        value = parse_datetime(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC)
