"""The clinic's roles. Every lookup of a group by name goes through these constants."""

WRITERS = "Writers"
MEDICAL_DIRECTORS = "Medical directors"
COMPLIANCE = "Compliance"
SITE_ADMINS = "Site admins"
# Reads and handles consultation requests; no other role may (consultations/).
INTAKE = "Intake"

ALL_ROLES = (WRITERS, MEDICAL_DIRECTORS, COMPLIANCE, SITE_ADMINS, INTAKE)

# Where a user object keeps its group names once read (see roles_of).
_ROLES = "_clinic_roles"


def roles_of(user):
    """The names of the user's groups, read once per user object.

    The admin asks who someone is a dozen times a request (menu items, header buttons, the
    second-factor middleware); each request loads its user afresh, so a change of groups
    applies from the next request, as with Django's own permission cache.
    """
    if not user.is_authenticated:
        return frozenset()
    roles = getattr(user, _ROLES, None)
    if roles is None:
        roles = frozenset(user.groups.values_list("name", flat=True))
        setattr(user, _ROLES, roles)
    return roles


def forget_roles(user):
    """Make the next `roles_of(user)` read the groups again (they just changed)."""
    user.__dict__.pop(_ROLES, None)


def user_has_role(user, role):
    return user.is_active and role in roles_of(user)


def has_any_role(user, roles):
    return user.is_active and not roles_of(user).isdisjoint(roles)
