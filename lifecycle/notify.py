"""The lifecycle's emails: to the medical directors' group or to Compliance, with a link."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS


def addresses_of(role):
    users = get_user_model().objects.filter(groups__name=role, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def email_role(role, subject, body, path):
    recipients = addresses_of(role)
    if recipients:
        send_mail(
            f"[Claimcheck] {subject}",
            f"{body}\n\n{settings.WAGTAILADMIN_BASE_URL}{path}",
            settings.DEFAULT_FROM_EMAIL,
            recipients,
        )


def email_directors(subject, body, path):
    email_role(MEDICAL_DIRECTORS, subject, body, path)


def email_compliance(subject, body, path):
    email_role(COMPLIANCE, subject, body, path)
