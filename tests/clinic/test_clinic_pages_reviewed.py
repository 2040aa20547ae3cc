"""Clinic pages reach patients only through a completed medical review, like articles."""

import pytest

from django.test import Client

from clinic.models import LocationPage
from review.guard.errors import UnreviewedContentError
from tests.support.clinic import add_location, add_location_index, add_service_index
from tests.support.factories import WriterFactory
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def test_a_clinic_page_published_without_review_stays_off_the_site():
    services = add_service_index()

    with pytest.raises(UnreviewedContentError):
        services.get_latest_revision().publish()

    services.refresh_from_db()
    assert not services.live
    assert Client().get("/services/").status_code == 404


def test_a_reviewed_location_is_served():
    location = go_live(add_location(go_live(add_location_index())))

    assert Client().get(location.url).status_code == 200


def test_an_unreviewed_edit_to_a_live_location_never_reaches_patients():
    location = go_live(add_location(go_live(add_location_index())))
    draft = location.get_latest_revision_as_object()
    draft.phone = "(555) 010-0999"
    revision = draft.save_revision(user=WriterFactory())

    with pytest.raises(UnreviewedContentError):
        revision.publish()

    page = Client().get(location.url).content.decode()
    assert "(555) 010-0142" in page
    assert "010-0999" not in page
    assert LocationPage.objects.get(pk=location.pk).phone == "(555) 010-0142"
