import pytest

from django.test import Client

from tests.support.clinic import add_contact, add_location, add_location_index, clinic_details
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def test_the_contact_page_gives_every_way_to_reach_the_clinic():
    clinic_details(phone="(555) 010-0100")
    location = go_live(add_location(go_live(add_location_index())))
    contact = go_live(add_contact(intro="Call us or write to us."))

    page = Client().get(contact.url).content.decode()

    assert 'href="tel:5550100100"' in page
    assert 'href="mailto:hello@clinic.example"' in page
    assert 'href="/consultation/">Request a consultation</a>' in page
    assert f'href="{location.url}"' in page
    assert "988" in page
