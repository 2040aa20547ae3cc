"""Withdrawing a live article from patients: medical directors and compliance, with a reason.

Nobody holds Wagtail's publish permission (which unpublishing needs), so withdrawal is its own
action with its own permission, and its reason goes on the page's history. Every way an
article stops being live (this screen, a scheduled expiry, `page.unpublish()` from code) ends
its approved state with a `Withdrawal` record saying who and why, so the article comes back
only through a new review.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from review.approvals import latest_reviews
from review.log_actions import WITHDRAWN
from review.models import Withdrawal
from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, user_has_role

REFUSED_ROLE = "Only medical directors and compliance staff can withdraw articles."


class WithdrawalRefused(PermissionDenied):
    """The article was not withdrawn; nothing changed."""


def may_withdraw(user):
    return user_has_role(user, MEDICAL_DIRECTORS) or user_has_role(user, COMPLIANCE)


def end_approval(*, page, route, user, reason):
    """Record that `page`'s approved state ended, unless a withdrawal already ended it."""
    if page.alias_of_id:
        return None  # an alias shows its original's approval, which is not the alias's to end
    review = latest_reviews([page.pk]).get(page.pk)
    if review is not None and review.withdrawn:
        return None
    return Withdrawal.objects.create(
        page_id=page.pk, reviewed_version=review, route=route, withdrawn_by=user, reason=reason
    )


def record_unpublishing(page, *, user=None, set_expired=False):
    """`page.unpublish()`: say who and why before the article leaves patients' view."""
    if set_expired:
        revision = page.live_revision
        setter = revision.user if revision else None
        where = f"revision {revision.pk}" if revision else "the live version"
        reason = (
            f"Scheduled expiry at {page.expire_at:%Y-%m-%d %H:%M} UTC, set in {where} by "
            f"{setter.get_full_name() or setter.get_username() if setter else 'an unknown user'}."
        )
        return end_approval(
            page=page, route=Withdrawal.Route.SCHEDULED_EXPIRY, user=setter, reason=reason
        )
    return end_approval(
        page=page,
        route=Withdrawal.Route.CODE,
        user=user,
        reason="Unpublished from code (page.unpublish()); no reason was given.",
    )


@transaction.atomic
def withdraw(*, article, user, reason):
    if not may_withdraw(user):
        raise WithdrawalRefused(
            "Only medical directors and compliance staff can withdraw articles."
        )
    reason = reason.strip()
    if not reason:
        raise WithdrawalRefused("Say why the article is being withdrawn.")
    if not article.live:
        raise WithdrawalRefused(f"“{article.title}” is not live, so there is nothing to withdraw.")
    end_approval(page=article, route=Withdrawal.Route.WITHDRAW_SCREEN, user=user, reason=reason)
    # The role check above is the permission; Wagtail's would ask for publish rights.
    UnpublishPageAction(article, user=user, log_action=False).execute(skip_permission_checks=True)
    log(instance=article, action=WITHDRAWN, user=user, data={"reason": reason})
