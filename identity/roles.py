"""The clinic's roles. Every lookup of a group by name goes through these constants."""

WRITERS = "Writers"
MEDICAL_DIRECTORS = "Medical directors"
COMPLIANCE = "Compliance"
SITE_ADMINS = "Site admins"
# Reads and handles consultation requests; no other role may (consultations/).
INTAKE = "Intake"

ALL_ROLES = (WRITERS, MEDICAL_DIRECTORS, COMPLIANCE, SITE_ADMINS, INTAKE)


def user_has_role(user, role):
    return user.is_active and user.groups.filter(name=role).exists()
