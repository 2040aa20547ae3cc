"""The demo clinic around the articles: services, locations, contact, requests for Intake."""

import pytest

from django.core.management import call_command
from django.test import Client

from clinic.models import ContactPage, LocationPage, ReviewerBioPage, ServicePage
from consultations.models import ConsultationRequest
from pages.models import TreatmentArticlePage
from review.guard.entry import patients_may_see
from review.models import ReviewedVersion

pytestmark = pytest.mark.django_db


def test_the_demo_clinic_pages_are_live_through_a_completed_review():
    call_command("load_demo")

    services, locations = ServicePage.objects.all(), LocationPage.objects.all()
    assert services.count() == 3
    assert locations.count() == 2
    pages = [*services, *locations, ContactPage.objects.get()]
    assert len(patients_may_see(pages)) == len(pages)
    for page in pages:
        assert page.live
        assert ReviewedVersion.objects.filter(
            page_id=page.pk, revision_id=page.live_revision_id, full_review=True
        ).exists()


def test_each_demo_service_links_to_a_live_article_and_each_location_has_its_hours():
    call_command("load_demo")

    for service in ServicePage.objects.all():
        assert service.treatment_articles()
    for location in LocationPage.objects.all():
        page = Client().get(location.url).content.decode()
        assert '"@type": "MedicalClinic"' in page
        assert "tel:555010" in page


def test_each_demo_director_has_a_live_bio_signed_by_the_other_that_their_articles_link_to():
    call_command("load_demo")

    bios = {bio.reviewer.user.username: bio for bio in ReviewerBioPage.objects.all()}
    assert set(bios) == {"director", "director2"}
    for username, bio in bios.items():
        assert bio.live and patients_may_see([bio]) == [bio]
        review = ReviewedVersion.objects.get(revision_id=bio.live_revision_id, full_review=True)
        assert review.approved_by.username == ({"director", "director2"} - {username}).pop()
        assert bio.biography == bio.reviewer.bio
    ketamine = TreatmentArticlePage.objects.get(slug="ketamine-infusion-for-depression")
    page = Client().get(ketamine.url).content.decode()
    assert f'<a href="{bios["director"].url}">Maya Chen, MD</a>' in page


def test_the_demo_has_a_few_fictional_requests_and_adds_none_on_a_second_run():
    call_command("load_demo")
    first = list(ConsultationRequest.objects.values_list("pk", flat=True))

    call_command("load_demo")

    assert len(first) == 3
    assert list(ConsultationRequest.objects.values_list("pk", flat=True)) == first
    assert ServicePage.objects.count() == 3
