"""One read of a page's approved state for all the checks on one way to live.

Going live checks the rule three times, independently (docs/publish-guard.md): the review's
finish action, `ReviewedPage.publish` and the `pre_save` guard on the page row. Each read the
page's approved sign-offs afresh, and each hashed every claim again. Inside `reading_once()`
what they read is kept and shared instead:

- the approved state of a page (`review.approvals.approval_of`), until any statement writes
  to the tables it is read from (sign-offs, reviewed versions, withdrawals), or rolls back;
- a verdict the caller files under its own key (the rule on a revision's own content), until
  any statement writes anything at all.

Writes are noticed where they reach the database connection, so a queryset `update`, a raw
SQL statement or a rolled-back savepoint drops the kept reads as surely as a model's `save`.
Outside `reading_once()` nothing is kept: every patient request and every other caller reads
afresh.
"""

import contextlib
from contextvars import ContextVar

from django.db import connection

from review.models import ReviewedVersion, SignOff, Withdrawal

_KEPT = ContextVar("claimcheck_read_once", default=None)

APPROVALS = "approvals"
VERDICTS = "verdicts"

_APPROVAL_TABLES = tuple(
    model._meta.db_table.lower() for model in (SignOff, ReviewedVersion, Withdrawal)
)
# Statements that neither write nor undo a write.
_READING = ("select", "savepoint", "release")


def _forget_after_writes(kept):
    def watch(execute, sql, params, many, context):
        statement = sql.lstrip().lower()
        if not statement.startswith(_READING):
            kept[VERDICTS].clear()
            if statement.startswith("rollback") or any(t in statement for t in _APPROVAL_TABLES):
                kept[APPROVALS].clear()
        return execute(sql, params, many, context)

    return watch


@contextlib.contextmanager
def reading_once():
    """Share the reads of the checks run inside; nested uses share the outermost's."""
    if _KEPT.get() is not None:
        yield
        return
    kept = {APPROVALS: {}, VERDICTS: {}}
    token = _KEPT.set(kept)
    try:
        with connection.execute_wrapper(_forget_after_writes(kept)):
            yield
    finally:
        _KEPT.reset(token)


def kept(kind, key, read):
    """`read()`, or what it gave for `key` earlier in this `reading_once()` with no write since."""
    memo = _KEPT.get()
    if memo is None:
        return read()
    found = memo[kind].get(key)
    if found is None:
        found = memo[kind][key] = (read(),)
    return found[0]
