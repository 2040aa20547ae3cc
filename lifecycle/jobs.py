"""The lifecycle's jobs, each a task on the `lifecycle` queue (django_tasks' database backend).

`manage.py run_lifecycle_jobs` enqueues them (from a systemd timer or cron, see deploy/) and
`manage.py db_worker --backend lifecycle` runs them. Each job is idempotent, and each holds an
advisory lock while it runs, so two runners never act twice on the same thing.
"""

import io
import logging

from django_tasks import task

from django.core.management import call_command
from django.core.management.base import CommandError

from lifecycle import deadlines, evidence, periodic, supersession
from lifecycle.locks import held_alone

logger = logging.getLogger(__name__)

# In the order a run takes them: reviews are opened (and articles withdrawn) before the
# reminders, so one run leaves nothing for the next to do.
JOBS = {}


def job(function):
    """Register `function` as a job: one at a time across runners, and a task to enqueue."""
    name = function.__name__

    def run():
        with held_alone(name) as alone:
            if not alone:
                logger.info("Job %s is running elsewhere; skipped.", name)
                return {"job": name, "skipped": True}
            result = function()
        logger.info("Job %s: %s", name, result)
        return {"job": name, "result": result}

    run.__name__ = run.__qualname__ = name
    run.__module__ = __name__
    run.__doc__ = function.__doc__
    JOBS[name] = task(backend="lifecycle")(run)
    return JOBS[name]


def _command(name):
    output = io.StringIO()
    call_command(name, stdout=output, stderr=output)
    return output.getvalue().strip()


@job
def publish_scheduled():
    """Scheduled go-live and expiry, re-checking every sign-off at go-live."""
    return _command("publish_scheduled")


@job
def act_on_status_changes():
    """Move articles to a superseding therapy status, under review."""
    return supersession.act_on_every_supersession()


@job
def open_periodic_reviews():
    """Open the full review of articles whose next review is due within the notice period."""
    return periodic.open_due_reviews()


@job
def act_on_evidence_events():
    """Open the urgent review of each live article citing a retracted or corrected study."""
    return evidence.act_on_every_event()


@job
def withdraw_overdue_articles():
    """Withdraw articles past their review's grace period and any extension."""
    return periodic.withdraw_overdue()


@job
def remind_directors():
    """Email the directors the day before a review is due and on the day."""
    return deadlines.send_reminders()


@job
def escalate_overdue_reviews():
    """Email Compliance about reviews overdue by the set number of days."""
    return deadlines.escalate_overdue()


@job
def delete_expired_consultation_requests():
    """Delete consultation requests closed longer than the retention period (the count logged)."""
    return _command("delete_expired_requests")


@job
def verify_signoffs():
    """Recompute the sign-off hash chain; a broken chain emails Compliance (the command does)."""
    try:
        return _command("verify_signoffs")
    except CommandError as broken:
        return f"BROKEN: {broken}"
