"""The clinic's roles live with signer identity (identity/roles.py); named here for review code."""

from identity.roles import (
    ALL_ROLES,
    COMPLIANCE,
    MEDICAL_DIRECTORS,
    SITE_ADMINS,
    WRITERS,
    has_any_role,
    user_has_role,
)

__all__ = [
    "ALL_ROLES",
    "COMPLIANCE",
    "MEDICAL_DIRECTORS",
    "SITE_ADMINS",
    "WRITERS",
    "has_any_role",
    "user_has_role",
]
