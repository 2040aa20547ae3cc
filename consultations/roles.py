"""Who handles consultation requests. The group's name lives with the clinic's other roles."""

from identity.roles import COMPLIANCE, INTAKE, user_has_role


def is_intake(user):
    """Only Intake reads requests: superusers, directors, writers and admins are not Intake."""
    return user.is_authenticated and user_has_role(user, INTAKE)


def reads_access_log(user):
    return user.is_authenticated and user_has_role(user, COMPLIANCE)
