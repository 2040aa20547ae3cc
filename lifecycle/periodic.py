"""The periodic re-review: opened ahead of its date, and withdrawal after the grace period."""

import logging

from django.db import transaction

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from lifecycle.calendar import today
from lifecycle.models import ReviewKind
from lifecycle.opening import open_review
from lifecycle.schedule import schedules
from pages.models import TreatmentArticlePage
from review.log_actions import WITHDRAWN
from review.models import Withdrawal
from review.withdrawal import end_approval

logger = logging.getLogger(__name__)


def open_due_reviews():
    """Open the full review of every article whose review is due within the notice period."""
    opened = 0
    for schedule in schedules():
        if today() < schedule.opens_on:
            continue
        trigger = open_review(
            schedule.article,
            kind=ReviewKind.PERIODIC,
            due_on=max(schedule.due_on, today()),
            review_due_on=schedule.due_on,
        )
        opened += trigger is not None
    return opened


def withdrawal_reason(schedule):
    return (
        f"Withdrawn automatically: its medical review was due on {schedule.due_on:%d %B %Y} "
        f"and the grace period ended on {schedule.withdraw_after:%d %B %Y} with no completed "
        "full review and no extension recorded by Compliance."
    )


def withdraw_overdue():
    """Withdraw every article past its grace period (and any extension). Returns how many."""
    withdrawn = 0
    for schedule in schedules():
        if today() <= schedule.withdraw_after:
            continue
        withdraw_automatically(schedule.article, withdrawal_reason(schedule))
        withdrawn += 1
    return withdrawn


@transaction.atomic
def withdraw_automatically(article, reason):
    """The withdrawal screen's record path, with the schedule as the reason and no person."""
    article = TreatmentArticlePage.objects.select_for_update().get(pk=article.pk)
    if not article.live:
        return
    end_approval(page=article, route=Withdrawal.Route.CODE, user=None, reason=reason)
    UnpublishPageAction(article, user=None, log_action=False).execute(skip_permission_checks=True)
    log(instance=article, action=WITHDRAWN, user=None, data={"reason": reason})
    logger.warning("Article pk=%s withdrawn: %s", article.pk, reason)
