"""Due dates on medical reviews: set at submission, reminded, escalated, taken by a director."""

import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState
from wagtail.models.content_types import get_default_page_content_type
from wagtail.signals import task_submitted

from lifecycle.calendar import add_working_days, today
from lifecycle.models import ReviewDeadline
from lifecycle.notify import email_compliance, email_directors
from review.eligibility import reviews_open_to
from review.models import MedicalReviewTask


class TakingRefused(Exception):
    """The director may not take this review; nothing changed."""


def default_due_on(start=None):
    return add_working_days(start or today(), settings.LIFECYCLE_REVIEW_WORKING_DAYS)


def reviews_a_page(task_state):
    # A library claim's review names its claim by the claim's own id, which may equal some
    # page's id: a deadline made for it would date, remind about and withdraw that page.
    return task_state.workflow_state.base_content_type_id == get_default_page_content_type().id


def deadline_for(task_state, due_on=None):
    """The review's deadline, made now if the review began before deadlines existed; None for
    a review of anything but a page (a library claim's review has no due date)."""
    if not reviews_a_page(task_state):
        return None
    deadline, _ = ReviewDeadline.objects.get_or_create(
        task_state=task_state,
        defaults={
            "page_id": int(task_state.workflow_state.object_id),
            "due_on": due_on or default_due_on(task_state.started_at.date()),
        },
    )
    return deadline


def set_due_date(sender, instance, user=None, **kwargs):
    if not isinstance(instance.task.specific, MedicalReviewTask):
        return
    # A resubmission after changes keeps an urgent review urgent, and its date.
    earlier = ReviewDeadline.objects.filter(
        task_state__workflow_state_id=instance.workflow_state_id, urgent=True
    ).first()
    deadline = deadline_for(instance, earlier.due_on if earlier else default_due_on())
    if earlier:
        deadline.urgent = True
        deadline.save(update_fields=["urgent"])


def connect():
    task_submitted.connect(set_due_date, dispatch_uid="claimcheck_lifecycle_due_date")


def screen_path(deadline):
    return reverse("review:screen", args=[deadline.task_state_id])


def _title(deadline):
    return deadline.page.specific_deferred.get_admin_display_title()


def _stamp(deadline, field):
    # The stamp and the email go together: a second run finds the stamp and sends nothing.
    updated = ReviewDeadline.objects.filter(pk=deadline.pk, **{f"{field}__isnull": True}).update(
        **{field: timezone.now()}
    )
    return bool(updated)


def send_reminders():
    """Email the directors the day before a review is due and on the day. Returns emails sent."""
    day = today()
    sent = 0
    for deadline in ReviewDeadline.objects.open().select_related("page", "taken_by"):
        if deadline.due_on - datetime.timedelta(days=1) == day:
            field, when = "reminded_day_before_at", "tomorrow"
        elif deadline.due_on == day:
            field, when = "reminded_on_the_day_at", "today"
        else:
            continue
        with transaction.atomic():
            if not _stamp(deadline, field):
                continue
            taken = (
                f" {deadline.taken_by.get_full_name() or deadline.taken_by} is taking it."
                if deadline.taken_by
                else " Nobody has taken it yet."
            )
            email_directors(
                f"Medical review due {when}: {_title(deadline)}",
                f"The medical review of “{_title(deadline)}” is due {when} "
                f"({deadline.due_on:%A %d %B %Y}).{taken}",
                screen_path(deadline),
            )
            sent += 1
    return sent


def escalate_overdue():
    """Email Compliance about each review overdue by the set number of days, once."""
    late_by = datetime.timedelta(days=settings.LIFECYCLE_ESCALATE_AFTER_DAYS)
    sent = 0
    overdue = ReviewDeadline.objects.open().filter(due_on__lte=today() - late_by)
    for deadline in overdue.select_related("page"):
        with transaction.atomic():
            if not _stamp(deadline, "escalated_at"):
                continue
            email_compliance(
                f"Medical review overdue: {_title(deadline)}",
                f"The medical review of “{_title(deadline)}” was due on "
                f"{deadline.due_on:%d %B %Y} and is still open "
                f"({(today() - deadline.due_on).days} days late).",
                screen_path(deadline),
            )
            sent += 1
    return sent


@transaction.atomic
def take(*, task_state, director):
    """Mark the review as taken by `director`, so another director does not start it too."""
    task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise TakingRefused("This review is no longer open.")
    if not reviews_open_to(director, TaskState.objects.filter(pk=task_state.pk)):
        raise TakingRefused("Only a medical director who may sign this review can take it.")
    deadline = deadline_for(task_state)
    if deadline is None:
        raise TakingRefused("Only a page's review has a due date to take.")
    if deadline.taken_by_id and deadline.taken_by_id != director.pk:
        raise TakingRefused(
            f"{deadline.taken_by.get_full_name() or deadline.taken_by} has already taken it."
        )
    deadline.taken_by = director
    deadline.taken_at = timezone.now()
    deadline.save(update_fields=["taken_by", "taken_at"])
    return deadline
