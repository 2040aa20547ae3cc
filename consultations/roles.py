"""Who handles consultation requests. The group's name lives with the clinic's other roles."""

from identity.roles import COMPLIANCE, INTAKE


def _roles(user):
    # One query per request however many menu items and views ask.
    if not hasattr(user, "_consultation_roles"):
        user._consultation_roles = set(
            user.groups.filter(name__in=(INTAKE, COMPLIANCE)).values_list("name", flat=True)
        )
    return user._consultation_roles


def is_intake(user):
    """Only Intake reads requests: superusers, directors, writers and admins are not Intake."""
    return user.is_authenticated and user.is_active and INTAKE in _roles(user)


def reads_access_log(user):
    return user.is_authenticated and user.is_active and COMPLIANCE in _roles(user)
