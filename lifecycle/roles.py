"""Who sees the lifecycle's screens: the directors and Compliance, never writers or admins."""

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, has_any_role, user_has_role


def may_follow_reviews(user):
    return has_any_role(user, (MEDICAL_DIRECTORS, COMPLIANCE))


def is_compliance(user):
    return user_has_role(user, COMPLIANCE)
