"""Consultation requests for tests: a patient's form post, and requests already received."""

from django.core.cache import cache
from django.utils import timezone

from consultations.models import ConsultationRequest

PATIENT = {
    "name": "Rosalind Quimby",
    "phone": "555 010 0199",
    "email": "rosalind.quimby@mail.example",
    "treatment": "",
    "preferred_location": "",
    "time_of_day": "morning",
    "message": "Evenings are hard for me.",
    "consent": "on",
    "website": "",
}


def form_post(**changes):
    return {**PATIENT, **changes}


def received_request(**fields):
    now = timezone.now()
    values = {
        "name": "Theo Marchetti",
        "phone": "555 010 0142",
        "email": "theo.marchetti@mail.example",
        "treatment": "TMS for depression",
        "message": "",
        "consented_at": now,
        "received_at": now,
        **fields,
    }
    return ConsultationRequest.objects.create(**values)


def forget_rate_limits():
    """The form's per-address counts live in the cache, which outlasts a test (and the browser
    tests' server shares it): start from none counted."""
    cache.clear()
