"""The clinic's pages for tests, added as drafts the way an editor's first save leaves them.
Put them live with tests.support.publishing.go_live, through the real review."""

import json

from clinic.models import (
    ClinicSettings,
    ContactPage,
    LocationIndexPage,
    LocationPage,
    MedicalTeamIndexPage,
    ReviewerBioPage,
    ServiceIndexPage,
    ServicePage,
)
from pages.models import HomePage


def _draft(parent, page):
    parent.add_child(instance=page)
    page.save_revision()
    return page


def add_service_index(parent=None, **fields):
    fields.setdefault("title", "Our services")
    fields.setdefault("slug", "services")
    return _draft(parent or HomePage.objects.get(), ServiceIndexPage(live=False, **fields))


def add_service(parent, *, treatments=(), **fields):
    fields.setdefault("title", "Ketamine infusion clinic")
    fields.setdefault("summary", "Supervised infusions after an assessment.")
    links = [{"type": "treatment", "value": article.pk} for article in treatments]
    return _draft(parent, ServicePage(live=False, treatments=json.dumps(links), **fields))


def add_location_index(parent=None, **fields):
    fields.setdefault("title", "Our locations")
    fields.setdefault("slug", "locations")
    return _draft(parent or HomePage.objects.get(), LocationIndexPage(live=False, **fields))


WEEKDAY_HOURS = [
    {
        "type": "hours",
        "value": {
            "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "opens": "08:00:00",
            "closes": "18:00:00",
        },
    },
    {"type": "hours", "value": {"days": ["Saturday"], "opens": "09:00:00", "closes": "13:00:00"}},
]


def add_location(parent, **fields):
    values = {
        "title": "Riverside clinic",
        "street_address": "120 Harbor Street, Suite 300",
        "locality": "Springfield",
        "region": "OR",
        "postal_code": "97477",
        "phone": "(555) 010-0142",
        "opening_hours": json.dumps(WEEKDAY_HOURS),
        "directions_url": "https://www.openstreetmap.org/directions?to=44.0462%2C-123.0220",
        "getting_here": "Bus 11 stops outside.",
        "parking": "Free parking under the building.",
        "accessibility": "Step-free entrance and lifts to every floor.",
        **fields,
    }
    return _draft(parent, LocationPage(live=False, **values))


def add_contact(parent=None, **fields):
    fields.setdefault("title", "Contact us")
    fields.setdefault("slug", "contact")
    fields.setdefault("email", "hello@clinic.example")
    return _draft(parent or HomePage.objects.get(), ContactPage(live=False, **fields))


def add_medical_team(parent=None, **fields):
    fields.setdefault("title", "Our medical team")
    fields.setdefault("slug", "medical-team")
    return _draft(parent or HomePage.objects.get(), MedicalTeamIndexPage(live=False, **fields))


def add_reviewer_bio(parent, profile, **fields):
    """A bio page for `profile`; the fields left out start from the profile, as in the editor."""
    fields.setdefault("title", profile.printed_name)
    return _draft(parent, ReviewerBioPage(live=False, reviewer=profile, **fields))


def clinic_details(**fields):
    """The clinic's settings (name, phone, crisis line), as a site admin sets them."""
    clinic = ClinicSettings.load()
    for name, value in fields.items():
        setattr(clinic, name, value)
    clinic.save()
    return clinic
