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
from pages.models import TreatmentArticlePage

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


def act_on(supersession):
    opened = 0
    for article in articles_using(supersession.old_status):
        if already_opened(article, supersession=supersession):
            continue
        opened += _move_to_new_status(article, supersession) is not None
    return opened


def act_on_every_supersession():
    return sum(act_on(s) for s in StatusSupersession.objects.select_related("old_status"))
