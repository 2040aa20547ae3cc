"""Drive the review screen the way a director's browser does: GET it, then POST the form."""

from django.urls import reverse

from review.models import Decision
from review.selectors import UNCHANGED, claims_removed_since_approved, claims_under_review
from tests.support.factories import TEST_PASSWORD
from tests.support.identity import CURRENT_CODE


def review_url(task_state):
    return reverse("review:screen", args=[task_state.pk])


def signing_post(
    task_state, password=TEST_PASSWORD, changes=None, seen_revision=None, code=CURRENT_CODE
):
    """Approve every claim needing a decision, except those in `changes` {number: reason}.

    Every claim removed since the last approved version is confirmed removed. The code is,
    unless given, the one the signed-in director's authenticator shows when the form is posted
    (tests.support.identity.TwoFactorClient fills it in).
    """
    changes = changes or {}
    page = task_state.workflow_state.content_object.specific
    seen = task_state.revision_id if seen_revision is None else seen_revision
    data = {"seen_revision": seen, "password": password, "second_factor": code}
    for row in claims_under_review(page, task_state.revision):
        if row.status == UNCHANGED:
            continue
        if row.number in changes:
            data[f"decision-{row.claim.block_id}"] = Decision.CHANGES_REQUESTED
            data[f"reason-{row.claim.block_id}"] = changes[row.number]
        else:
            data[f"decision-{row.claim.block_id}"] = Decision.APPROVED
    for row in claims_removed_since_approved(page, task_state.revision):
        data[f"removal-{row.block_id}"] = Decision.REMOVAL_CONFIRMED
    return data
