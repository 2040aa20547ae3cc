"""The demo clinic around the articles: its details, services, locations, contact page, its
medical team's bio pages and a few fictional consultation requests.

Every clinic page goes live the way an article does: the demo writer submits it and a medical
director approves it through the real review, signing with their password and a code.
"""

import datetime
import json

from django.contrib.auth import get_user_model
from django.utils import timezone

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
from consultations.models import ConsultationRequest
from pages.models import HomePage, TreatmentArticlePage
from review.models import ReviewerProfile
from review.services import approve_every_claim

from .content.clinic import (
    CLINIC_SETTINGS,
    CONTACT,
    FEATURED_TREATMENTS,
    HOME_INTRO,
    LOCATION_INDEX,
    LOCATIONS,
    MEDICAL_TEAM,
    REVIEWER_BIOS,
    SAMPLE_REQUESTS,
    SERVICE_INDEX,
    SERVICES,
)
from .identity import signing_code
from .users import DEMO_ACCOUNTS

DEMO_WRITER = "writer"
DEMO_DIRECTOR = "director"


def _password(username):
    return next(account.password for account in DEMO_ACCOUNTS if account.username == username)


def _review(page, writer, director, save=True):
    if save:
        page.save_revision(user=writer)
    page.get_workflow().start(page, writer)
    page.refresh_from_db()
    approve_every_claim(
        task_state=page.current_workflow_task_state,
        director=director,
        password=_password(director.username),
        second_factor=signing_code(director),
    )


def _add(parent, model, fields, writer):
    """The page with this slug under `parent`, added as a draft if it is not there; and whether
    it was added."""
    existing = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    if existing:
        return existing, False
    page = model(owner=writer, live=False, **fields)
    parent.add_child(instance=page)
    return page, True


def _treatment_links(slugs):
    articles = {a.slug: a.pk for a in TreatmentArticlePage.objects.filter(slug__in=slugs)}
    return json.dumps([{"type": "treatment", "value": articles[slug]} for slug in slugs])


def _opening_hours(hours):
    # Times as the editor stores them (TimeBlock: HH:MM:SS), so that the stream's stored form
    # is the same before and after Wagtail reads it, and the review's fingerprint with it.
    return json.dumps(
        [
            {
                "type": "hours",
                "value": {"days": days, "opens": f"{opens}:00", "closes": f"{closes}:00"},
            }
            for days, opens, closes in hours
        ]
    )


def ensure_clinic_settings():
    if not ClinicSettings.objects.exists():
        ClinicSettings.objects.create(**CLINIC_SETTINGS)


def ensure_clinic_pages():
    """Create and review any demo clinic page not there yet. Returns the titles created."""
    users = get_user_model().objects
    writer = users.get(username=DEMO_WRITER)
    director = users.get(username=DEMO_DIRECTOR)
    home = HomePage.objects.get()
    created = []

    def add_reviewed(parent, model, fields, reviewed_by=director):
        page, added = _add(parent, model, fields, writer)
        if added:
            _review(page, writer, reviewed_by)
            created.append(page.title)
        return model.objects.get(pk=page.pk)

    services = add_reviewed(home, ServiceIndexPage, SERVICE_INDEX)
    for service in SERVICES:
        fields = {**service, "treatments": _treatment_links(service["treatments"])}
        add_reviewed(services, ServicePage, fields)
    locations = add_reviewed(home, LocationIndexPage, LOCATION_INDEX)
    for location in LOCATIONS:
        fields = {key: value for key, value in location.items() if key != "hours"}
        add_reviewed(
            locations,
            LocationPage,
            {**fields, "opening_hours": _opening_hours(location["hours"])},
        )
    add_reviewed(home, ContactPage, CONTACT)
    team = add_reviewed(home, MedicalTeamIndexPage, MEDICAL_TEAM)
    for username, bio in REVIEWER_BIOS.items():
        fields = {key: value for key, value in bio.items() if key != "reviewed_by"}
        profile = ReviewerProfile.objects.get(user__username=username)
        add_reviewed(
            team,
            ReviewerBioPage,
            {**fields, "reviewer": profile},
            reviewed_by=users.get(username=bio["reviewed_by"]),
        )
    return created


def ensure_home_page():
    """Give the home page the clinic's promise and featured treatments, through a review; only
    once: a home page someone has since changed is left as it is."""
    home = HomePage.objects.get()
    if len(home.featured_treatments):
        return False
    users = get_user_model().objects
    draft = home.get_latest_revision_as_object()
    draft.intro = HOME_INTRO
    draft.featured_treatments = _treatment_links(FEATURED_TREATMENTS)
    writer = users.get(username=DEMO_WRITER)
    draft.save_revision(user=writer)
    home.refresh_from_db()
    _review(home, writer, users.get(username=DEMO_DIRECTOR), save=False)
    return True


def ensure_sample_requests():
    """A few fictional requests for Intake to try, only into an empty list."""
    if ConsultationRequest.objects.exists():
        return []
    now = timezone.now()
    return [
        ConsultationRequest.objects.create(
            **fields,
            received_at=now - datetime.timedelta(hours=3 * number),
            consented_at=now - datetime.timedelta(hours=3 * number),
        )
        for number, fields in enumerate(SAMPLE_REQUESTS, 1)
    ]
