"""Who sees the lifecycle's screens: the directors and Compliance, never writers or admins."""

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, user_has_role


def may_follow_reviews(user):
    # Asked by the admin menu on every page, more than once: one query per request's user.
    if not hasattr(user, "_follows_reviews"):
        user._follows_reviews = (
            user.is_active and user.groups.filter(name__in=[MEDICAL_DIRECTORS, COMPLIANCE]).exists()
        )
    return user._follows_reviews


def is_compliance(user):
    return user_has_role(user, COMPLIANCE)
