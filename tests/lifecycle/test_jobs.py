import datetime
import io
import json

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState

from lifecycle.jobs import JOBS
from lifecycle.locks import lock_key
from lifecycle.models import EvidenceEvent, ReviewDeadline, ReviewTrigger, StatusSupersession
from pages import body_builder
from pages.choices import ClaimType, RegulatoryStatus
from pages.models import TreatmentArticlePage
from review.models import SignOff, Withdrawal
from review.selectors import add_months
from tests.support.factories import (
    ReferenceFactory,
    TherapyStatusFactory,
    add_article,
)
from tests.support.publishing import go_live, submit_for_review

pytestmark = pytest.mark.django_db


def what_the_jobs_touch():
    """Everything a job may create or change, counted and listed."""
    return {
        "live": sorted(TreatmentArticlePage.objects.live().values_list("pk", flat=True)),
        "workflows": WorkflowState.objects.count(),
        "task_states": sorted(TaskState.objects.values_list("pk", "status")),
        "revisions": Revision.objects.count(),
        "deadlines": sorted(
            ReviewDeadline.objects.values_list(
                "pk", "due_on", "urgent", "reminded_day_before_at", "escalated_at"
            )
        ),
        "triggers": ReviewTrigger.objects.count(),
        "withdrawals": Withdrawal.objects.count(),
        "sign_offs": SignOff.objects.count(),
        "history": PageLogEntry.objects.count(),
        "emails": len(mail.outbox),
    }


@pytest.fixture
def a_clinic_with_work_for_every_job(director, writer, compliance, on_day):
    """Articles in every state a job acts on, seen from one frozen morning."""
    study = ReferenceFactory(title="A study later retracted")
    ketamine = TherapyStatusFactory(
        therapy="Ketamine", route="nasal spray", status=RegulatoryStatus.NOT_APPROVED
    )
    overdue = go_live(add_article(title="Overdue long ago", owner=writer), director)
    due_soon = go_live(add_article(title="Due soon", owner=writer), director)
    cites_study = go_live(
        add_article(
            title="Cites the study",
            owner=writer,
            body=json.dumps([body_builder.claim("A claim.", ClaimType.EFFICACY, [study])]),
        ),
        director,
    )
    uses_status = go_live(
        add_article(title="Uses the status", owner=writer, therapy_status=ketamine), director
    )
    waiting = add_article(title="Waiting for a director", owner=writer)
    submit_for_review(waiting, writer)
    EvidenceEvent.objects.create(
        reference=study,
        kind=EvidenceEvent.Kind.RETRACTED,
        occurred_on=datetime.date(2026, 11, 1),
        source_url="https://doi.org/10.5555/retraction.2",
    )
    StatusSupersession.objects.create(
        old_status=ketamine,
        new_status=TherapyStatusFactory(
            therapy="Ketamine", route="nasal spray", indication="major depressive disorder"
        ),
        reason="New labelling.",
    )
    # Seen from the day the long-overdue article's grace period has ended: the others' reviews
    # open or are late, and the waiting review is overdue (escalated).
    due = add_months(timezone.localdate(), overdue.next_review_months)
    TreatmentArticlePage.objects.filter(pk=due_soon.pk).update(next_review_months=13)
    TreatmentArticlePage.objects.filter(pk__in=[cites_study.pk, uses_status.pk]).update(
        next_review_months=24
    )
    on_day(due + datetime.timedelta(days=61))
    return {"overdue": overdue, "due_soon": due_soon, "cites": cites_study}


def test_every_job_run_twice_changes_nothing_the_second_time(a_clinic_with_work_for_every_job):
    call_command("run_lifecycle_jobs", "--now", stdout=io.StringIO())
    first = what_the_jobs_touch()

    sent = len(mail.outbox)
    call_command("run_lifecycle_jobs", "--now", stdout=io.StringIO())

    assert [m.subject for m in mail.outbox[sent:]] == []
    assert what_the_jobs_touch() == first
    clinic = a_clinic_with_work_for_every_job
    assert not TreatmentArticlePage.objects.get(pk=clinic["overdue"].pk).live
    assert TreatmentArticlePage.objects.get(pk=clinic["due_soon"].pk).workflow_in_progress
    assert TreatmentArticlePage.objects.get(pk=clinic["cites"].pk).workflow_in_progress
    assert ReviewDeadline.objects.exclude(escalated_at=None).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_trigger_enqueues_each_job_once_and_the_worker_runs_them(director, writer, compliance):
    out = io.StringIO()
    call_command("run_lifecycle_jobs", stdout=out)
    call_command("run_lifecycle_jobs", stdout=out)

    assert DBTaskResult.objects.count() == len(JOBS)
    assert out.getvalue().count("already waiting for the worker") == len(JOBS)

    call_command(
        "db_worker", "--backend", "lifecycle", "--batch", "--no-startup-delay", verbosity=0
    )

    results = DBTaskResult.objects.all()
    assert {result.status for result in results} == {"SUCCESSFUL"}
    assert {result.return_value["job"] for result in results} == set(JOBS)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="advisory locks are PostgreSQL's")
def test_a_job_another_runner_holds_is_skipped_and_does_nothing(a_clinic_with_work_for_every_job):
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [lock_key("withdraw_overdue_articles")])
        before = what_the_jobs_touch()

        outcome = JOBS["withdraw_overdue_articles"].call()

        assert outcome == {"job": "withdraw_overdue_articles", "skipped": True}
        assert what_the_jobs_touch() == before
    finally:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock_all()")
        other.close()
    assert JOBS["withdraw_overdue_articles"].call()["result"] == 1


def test_the_verification_job_emails_compliance_when_a_sign_off_was_rewritten(
    live_article, compliance
):
    mail.outbox.clear()
    assert "the chain is intact" in JOBS["verify_signoffs"].call()["result"]
    assert mail.outbox == []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE review_signoff DISABLE TRIGGER review_signoff_append_only")
        cursor.execute(
            "UPDATE review_signoff SET statement = %s WHERE id = %s",
            ["<p>Forged wording.</p>", SignOff.objects.order_by("pk").first().pk],
        )
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE review_signoff ENABLE TRIGGER review_signoff_append_only")

    assert JOBS["verify_signoffs"].call()["result"].startswith("BROKEN")
    (message,) = mail.outbox
    assert compliance.email in message.to
