"""Opening a medical review for a cause: the real Wagtail workflow, on the latest revision.

A review already open for the article is joined instead (its due date brought forward if the
cause is more urgent), so an article is never under two reviews. Each cause is recorded once
(`ReviewTrigger`), so opening again for the same cause does nothing.
"""

from django.db import transaction

from wagtail.models import WorkflowState

from lifecycle.deadlines import deadline_for
from lifecycle.models import ReviewKind, ReviewTrigger
from pages.models import TreatmentArticlePage

OPEN_WORKFLOW_STATES = [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]


def already_opened(page, **cause):
    return ReviewTrigger.objects.filter(page=page, **cause).exists()


def periodic_review_open(page, review_due_on):
    """A review for this due date is still going (in review, or back with the writer)."""
    return ReviewTrigger.objects.filter(
        page=page,
        review_due_on=review_due_on,
        task_state__workflow_state__status__in=OPEN_WORKFLOW_STATES,
    ).exists()


def current_review(article):
    """(The article's open review task, whether it was started now for this cause)."""
    article = TreatmentArticlePage.objects.get(pk=article.pk)
    if article.workflow_in_progress:
        return article.current_workflow_state.current_task_state, False
    # Nobody asked for this review: the clinic's schedule or an event did, so no user.
    article.get_workflow().start(article, None)
    article = TreatmentArticlePage.objects.get(pk=article.pk)
    return article.current_workflow_state.current_task_state, True


@transaction.atomic
def open_review(article, *, kind, due_on, urgent=False, **cause):
    """Open (or join) `article`'s review for one cause; None if that cause was acted on."""
    if kind == ReviewKind.PERIODIC:
        acted_on = periodic_review_open(article, cause["review_due_on"])
    elif cause:
        acted_on = already_opened(article, **cause)
    else:
        # A cause recorded by the app acting on it, once (a library claim's withdrawal).
        acted_on = False
    if acted_on:
        return None
    task_state, started = current_review(article)
    deadline = deadline_for(task_state, due_on)
    # A review opened for this cause is due when the cause says; one already open is due at
    # the earlier of its own date and the cause's.
    deadline.due_on = due_on if started else min(due_on, deadline.due_on)
    deadline.urgent = deadline.urgent or urgent
    deadline.save(update_fields=["due_on", "urgent"])
    return ReviewTrigger.objects.create(page=article, task_state=task_state, kind=kind, **cause)
