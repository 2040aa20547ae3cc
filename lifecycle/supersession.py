"""Regulatory events: a therapy status superseded by a new one.

Each article whose latest version uses the old status gets a new version with the new one,
under a medical review that shows the change; the new disclosure goes live only when that
review completes, because the therapy status is part of what every sign-off covers.
"""

from django.conf import settings
from django.db import transaction

from lifecycle.calendar import add_working_days, today
from lifecycle.models import ReviewKind, ReviewTrigger, StatusSupersession
from lifecycle.opening import already_opened, open_review
from pages.models import TherapyStatus, TreatmentArticlePage

REVISION_NOTE = "Regulatory status superseded; the new disclosure awaits medical review."


def articles_using(status):
    return [
        article
        for article in TreatmentArticlePage.objects.filter(alias_of__isnull=True).order_by("pk")
        if article.get_latest_revision_as_object().therapy_status_id == status.pk
        or article.therapy_status_id == status.pk
    ]


@transaction.atomic
def _move_to_new_status(article, supersession):
    article = TreatmentArticlePage.objects.select_for_update().get(pk=article.pk)
    cancelled = None
    if article.workflow_in_progress:
        # A review of the old disclosure would approve words that are no longer true.
        cancelled = article.current_workflow_state
        cancelled.cancel(user=None)
        article = TreatmentArticlePage.objects.get(pk=article.pk)
    draft = article.get_latest_revision_as_object()
    if draft.therapy_status_id != supersession.new_status_id:
        draft.therapy_status = supersession.new_status
        draft.save_revision(user=None, log_action=True, changed=True)
    due_on = add_working_days(today(), settings.LIFECYCLE_REVIEW_WORKING_DAYS)
    trigger = open_review(
        article, kind=ReviewKind.REGULATORY, due_on=due_on, supersession=supersession
    )
    if cancelled is not None:
        # What opened the cancelled review (a schedule, a study) still needs answering here.
        ReviewTrigger.objects.filter(task_state__workflow_state=cancelled).update(
            task_state=trigger.task_state
        )
    return trigger


class SupersessionRefused(Exception):
    """The status was not superseded; nothing changed."""


@transaction.atomic
def supersede(*, old_status, new_status, reason, recorded_by):
    """Replace `old_status` with `new_status` (unsaved, possibly for the very same use).

    The old status stays as it was, since sign-offs cite it; it is only marked superseded, so
    the new one may take its place as the current status for that use.
    """
    old_status = TherapyStatus.objects.select_for_update().get(pk=old_status.pk)
    if (
        old_status.superseded_on
        or StatusSupersession.objects.filter(old_status=old_status).exists()
    ):
        raise SupersessionRefused("This status was already superseded.")
    if not reason.strip():
        raise SupersessionRefused("Say what changed, with the source.")
    TherapyStatus.objects.filter(pk=old_status.pk).update(superseded_on=today())
    new_status.full_clean()
    new_status.save()
    supersession = StatusSupersession.objects.create(
        old_status=old_status, new_status=new_status, reason=reason.strip(), recorded_by=recorded_by
    )
    act_on(supersession)
    return supersession


def act_on(supersession):
    TherapyStatus.objects.filter(pk=supersession.old_status_id, superseded_on__isnull=True).update(
        superseded_on=today()
    )
    opened = 0
    for article in articles_using(supersession.old_status):
        if already_opened(article, supersession=supersession):
            continue
        opened += _move_to_new_status(article, supersession) is not None
    return opened


def act_on_every_supersession():
    return sum(act_on(s) for s in StatusSupersession.objects.select_related("old_status"))
