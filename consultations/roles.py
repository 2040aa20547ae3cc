"""Who handles consultation requests. The group's name lives with the clinic's other roles."""

from identity.roles import COMPLIANCE, INTAKE


def is_intake(user):
    """Only Intake reads requests: superusers, directors, writers and admins are not Intake."""
    if not (user.is_authenticated and user.is_active):
        return False
    # Remembered on the user object: the admin menu and each view ask.
    if not hasattr(user, "_is_intake"):
        user._is_intake = user.groups.filter(name=INTAKE).exists()
    return user._is_intake


def reads_access_log(user):
    return user.is_authenticated and user.is_active and user.groups.filter(name=COMPLIANCE).exists()
