"""Withdrawing a live article from patients: medical directors and compliance, with a reason.

Nobody holds Wagtail's publish permission (which unpublishing needs), so withdrawal is its own
action with its own permission, and its reason goes on the page's history.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from review.log_actions import WITHDRAWN
from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, user_has_role

REFUSED_ROLE = "Only medical directors and compliance staff can withdraw articles."


class WithdrawalRefused(PermissionDenied):
    """The article was not withdrawn; nothing changed."""


def may_withdraw(user):
    return user_has_role(user, MEDICAL_DIRECTORS) or user_has_role(user, COMPLIANCE)


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
    # The role check above is the permission; Wagtail's would ask for publish rights.
    UnpublishPageAction(article, user=user, log_action=False).execute(skip_permission_checks=True)
    log(instance=article, action=WITHDRAWN, user=user, data={"reason": reason})
