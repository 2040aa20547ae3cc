"""Closed requests are deleted after the retention period, and on a patient's request."""

import datetime
import io

import pytest

from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from consultations.models import Access, AccessRecord, ConsultationRequest, Status
from tests.support.consultations import received_request
from tests.support.factories import IntakeFactory

pytestmark = pytest.mark.django_db


def closed_days_ago(days):
    return received_request(
        status=Status.CLOSED, closed_at=timezone.now() - datetime.timedelta(days=days)
    )


def test_requests_closed_longer_than_the_retention_period_are_deleted(settings, capsys):
    settings.CONSULTATIONS_RETENTION_DAYS = 90
    expired = [closed_days_ago(91), closed_days_ago(400)]
    kept_closed = closed_days_ago(89)
    still_open = received_request(received_at=timezone.now() - datetime.timedelta(days=500))

    call_command("delete_expired_requests")

    remaining = set(ConsultationRequest.objects.values_list("pk", flat=True))
    assert remaining == {kept_closed.pk, still_open.pk}
    assert not remaining & {request.pk for request in expired}
    assert (
        "Deleted 2 consultation requests closed more than 90 days ago." in capsys.readouterr().out
    )
    [record] = AccessRecord.objects.filter(action=Access.EXPIRED)
    assert (record.user, record.count) == (None, 2)


def test_the_retention_period_is_a_setting(settings):
    settings.CONSULTATIONS_RETENTION_DAYS = 7
    closed_days_ago(8)

    call_command("delete_expired_requests")

    assert not ConsultationRequest.objects.exists()


def test_the_default_retention_period_is_ninety_days():
    assert settings.CONSULTATIONS_RETENTION_DAYS == 90


def test_closing_a_request_starts_its_retention_clock_and_reopening_stops_it(client):
    consultation = received_request()
    client.force_login(IntakeFactory())
    url = reverse("consultations_admin:detail", args=[consultation.pk])

    client.post(url, {"status": "closed", "notes": "", "assigned_to": ""})
    consultation.refresh_from_db()
    assert consultation.closed_at is not None

    client.post(url, {"status": "booked", "notes": "", "assigned_to": ""})
    consultation.refresh_from_db()
    assert consultation.closed_at is None


def test_intake_deletes_a_request_on_demand_with_the_reason_logged(client):
    consultation = received_request()
    reader = IntakeFactory()
    client.force_login(reader)

    response = client.post(
        reverse("consultations_admin:delete", args=[consultation.pk]),
        {"reason": "The patient asked by phone."},
    )

    assert response.status_code == 302
    assert not ConsultationRequest.objects.exists()
    record = AccessRecord.objects.get(action=Access.DELETED)
    assert (record.user, record.request_number) == (reader, consultation.pk)
    assert record.reason == "The patient asked by phone."


def test_a_deletion_without_a_reason_is_refused_and_nothing_is_deleted(client):
    consultation = received_request()
    client.force_login(IntakeFactory())

    response = client.post(
        reverse("consultations_admin:delete", args=[consultation.pk]), {"reason": ""}
    )

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert ConsultationRequest.objects.filter(pk=consultation.pk).exists()
    assert not AccessRecord.objects.filter(action=Access.DELETED).exists()


def test_the_job_runner_deletes_expired_requests(settings):
    settings.CONSULTATIONS_RETENTION_DAYS = 90
    expired, kept = closed_days_ago(91), closed_days_ago(10)

    call_command(
        "run_lifecycle_jobs",
        "--now",
        "--job",
        "delete_expired_consultation_requests",
        stdout=io.StringIO(),
    )

    remaining = set(ConsultationRequest.objects.values_list("pk", flat=True))
    assert expired.pk not in remaining and kept.pk in remaining
