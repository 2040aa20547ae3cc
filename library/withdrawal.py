"""Withdrawing a library claim from every article at once: directors and Compliance, with a
reason, in one transaction."""

from django.conf import settings
from django.db import transaction

from wagtail.actions.unpublish import UnpublishAction

from library.approved import current_approvals
from library.errors import LibraryActionRefused
from library.history import record_withdrawal
from library.models import LibraryClaim, LibraryWithdrawal
from library.usage import live_articles_showing
from lifecycle.calendar import add_working_days, today
from lifecycle.models import ReviewKind
from lifecycle.opening import open_review
from review.withdrawal import may_withdraw


@transaction.atomic
def withdraw_library_claim(*, claim, user, reason):
    """Withdraw `claim`'s approved version everywhere; returns the articles it was live on.

    Every live article stops showing it (the rest of each page stays live and reviewed: its
    approval covers which library claim it shows, and a withdrawn one shows nothing), each gets
    a review opened and a history entry with the reason, and every kept page cache showing it
    is dropped (the claim's row changes: delivery/receivers.py).
    """
    if not may_withdraw(user):
        raise LibraryActionRefused(
            "Only medical directors and compliance staff can withdraw library claims."
        )
    reason = (reason or "").strip()
    if not reason:
        raise LibraryActionRefused("Say why the library claim is being withdrawn.")
    claim = LibraryClaim.objects.select_for_update().get(pk=claim.pk)
    approval = current_approvals([claim.identity]).get(str(claim.identity))
    if approval is None:
        raise LibraryActionRefused(
            "This library claim has no approved version, so there is nothing to withdraw."
        )
    withdrawal = LibraryWithdrawal.objects.create(
        claim=claim, sign_off=approval, withdrawn_by=user, reason=reason
    )
    articles = live_articles_showing(claim)
    if claim.live:
        # The role check above is the permission; Wagtail's would ask for publish rights.
        UnpublishAction(claim, user=user, log_action=False).execute(skip_permission_checks=True)
    record_withdrawal(claim, withdrawal, user)
    due_on = add_working_days(today(), settings.LIFECYCLE_REVIEW_WORKING_DAYS)
    for article in articles:
        record_withdrawal(article, withdrawal, user)
        open_review(article, kind=ReviewKind.LIBRARY, due_on=due_on, urgent=True)
    return articles
