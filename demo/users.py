"""One demo account per role, so a newcomer can try every side of the review."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from identity.roles import INTAKE
from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, SITE_ADMINS, WRITERS

from .identity import ensure_demo_authenticator


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    first_name: str
    last_name: str
    role: str
    is_superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("writer", "demo-writer-pass", "Alex", "Rivera", WRITERS),
    DemoAccount("director", "demo-director-pass", "Maya", "Chen", MEDICAL_DIRECTORS),
    DemoAccount("director2", "demo-director2-pass", "Samuel", "Okafor", MEDICAL_DIRECTORS),
    DemoAccount("compliance", "demo-compliance-pass", "Priya", "Natarajan", COMPLIANCE),
    DemoAccount("intake", "demo-intake-pass", "Lena", "Okoye", INTAKE),
    # A superuser, to show that the review cannot be skipped even with every permission.
    DemoAccount("admin", "demo-admin-pass", "Jordan", "Blake", SITE_ADMINS, is_superuser=True),
)


def ensure_demo_accounts():
    """Create missing demo accounts, each with its demo authenticator; existing ones (and
    their passwords) are left alone."""
    User = get_user_model()
    created = []
    for account in DEMO_ACCOUNTS:
        user, was_created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": f"{account.username}@clinic.example",
                "is_staff": account.is_superuser,
                "is_superuser": account.is_superuser,
            },
        )
        if was_created:
            user.set_password(account.password)
            user.save(update_fields=["password"])
            user.groups.add(Group.objects.get(name=account.role))
            created.append(user)
        ensure_demo_authenticator(user)
    return created
