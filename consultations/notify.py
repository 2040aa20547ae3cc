"""Telling Intake a request came in. The email names nothing about the patient."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse

from identity.roles import INTAKE

SUBJECT = "A new consultation request is waiting"


def tell_intake(consultation):
    recipients = list(
        get_user_model()
        .objects.filter(groups__name=INTAKE, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not recipients:
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "consultations_admin:detail", args=[consultation.pk]
    )
    send_mail(
        SUBJECT,
        f"A new consultation request is waiting. Sign in to read it:\n\n{link}\n",
        None,
        recipients,
    )
