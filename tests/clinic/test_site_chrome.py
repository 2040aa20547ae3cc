"""Every patient page offers "Call now" and "Request a consultation", with the clinic's name and
crisis line from its settings."""

import pytest

from django.test import Client

from tests.support.clinic import add_contact, add_service_index, clinic_details
from tests.support.factories import add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


@pytest.fixture
def clinic():
    return clinic_details(
        name="Harbor Mind Clinic",
        phone="+1 (555) 010-0100",
        crisis_line="uk",
    )


def test_every_patient_page_has_call_now_and_request_a_consultation(clinic):
    article = go_live(add_article())
    services = go_live(add_service_index())
    contact = go_live(add_contact())
    for path in (
        "/",
        "/treatments/",
        article.url,
        services.url,
        contact.url,
        "/search/?q=x",
        "/consultation/",
        "/no-such-page/",
    ):
        response = Client().get(path)
        page = response.content.decode()

        assert response.status_code == (404 if path == "/no-such-page/" else 200), path
        assert 'href="tel:+15550100100">Call now: +1 (555) 010-0100</a>' in page, path
        assert 'href="/consultation/">Request a consultation</a>' in page, path
        assert "call Samaritans free on 116 123, day or night." in page, path
        assert "| Harbor Mind Clinic</title>" in page, path


def test_the_navigation_shows_only_reviewed_clinic_sections(clinic):
    go_live(add_service_index())
    add_contact()

    page = Client().get("/").content.decode()

    assert ">Our services</a>" in page
    assert ">Contact</a>" not in page


def test_without_a_phone_number_there_is_no_dead_call_link():
    clinic_details(phone="")

    page = Client().get("/").content.decode()

    assert "Call now" not in page
    assert "Request a consultation" in page
