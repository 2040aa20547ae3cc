"""Emails to Compliance about identity events: appointments and lockouts."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

from identity.roles import COMPLIANCE


def email_compliance(subject, body):
    addresses = list(
        get_user_model()
        .objects.filter(groups__name=COMPLIANCE, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if addresses:
        send_mail(
            f"[Claimcheck] {subject}",
            f"{body}\n\n{settings.WAGTAILADMIN_BASE_URL}/admin/identity/appointments/",
            settings.DEFAULT_FROM_EMAIL,
            addresses,
        )
