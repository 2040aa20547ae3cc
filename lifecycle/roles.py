"""Who sees the lifecycle's screens: the directors and Compliance, never writers or admins."""

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, user_has_role


def may_follow_reviews(user):
    return user_has_role(user, MEDICAL_DIRECTORS) or user_has_role(user, COMPLIANCE)


def is_compliance(user):
    return user_has_role(user, COMPLIANCE)
