"""Every change to a consultation request, and every read of one, goes through here."""

import logging

from django.db import transaction
from django.utils import timezone

from consultations.models import Access, AccessRecord, ConsultationRequest, Status
from consultations.notify import tell_intake

# Numbers and counts only: never a patient's details.
logger = logging.getLogger("consultations")


@transaction.atomic
def receive_request(*, form):
    consultation = form.new_request(now=timezone.now())
    consultation.save()
    transaction.on_commit(lambda: tell_intake(consultation))
    logger.info("Consultation request %s received", consultation.pk)
    return consultation


def record_view(*, consultation, user):
    AccessRecord.objects.create(user=user, action=Access.VIEWED, request_number=consultation.pk)


@transaction.atomic
def update_handling(*, form, user):
    consultation = form.save(commit=False)
    if consultation.status == Status.CLOSED and consultation.closed_at is None:
        consultation.closed_at = timezone.now()
    elif consultation.status != Status.CLOSED:
        consultation.closed_at = None
    consultation.save()
    AccessRecord.objects.create(user=user, action=Access.UPDATED, request_number=consultation.pk)
    return consultation


@transaction.atomic
def delete_on_request(*, consultation, user, reason):
    number = consultation.pk
    consultation.delete()
    AccessRecord.objects.create(
        user=user, action=Access.DELETED, request_number=number, reason=reason
    )
    logger.info("Consultation request %s deleted by %s on request", number, user.pk)


@transaction.atomic
def record_export(*, user, count):
    AccessRecord.objects.create(user=user, action=Access.EXPORTED, count=count)


@transaction.atomic
def delete_expired(*, now=None):
    """Delete closed requests past the retention period; returns how many."""
    expired = ConsultationRequest.objects.past_retention(now)
    count, _ = expired.delete()
    AccessRecord.objects.create(user=None, action=Access.EXPIRED, count=count)
    logger.info("Retention: %d closed consultation requests deleted", count)
    return count
