"""A location page: address, a phone link, opening hours, directions, parking, access, and the
same facts as schema.org MedicalClinic data that cannot break out of its script element."""

import json
import re

import pytest

from django.test import Client

from wagtail.blocks import StructBlockValidationError

from clinic.blocks import OpeningHoursBlock
from tests.support.clinic import add_location, add_location_index, clinic_details
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


@pytest.fixture
def locations():
    return go_live(add_location_index())


def json_ld(html):
    [payload] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(payload)


def test_the_page_shows_how_to_find_reach_and_enter_the_clinic(locations):
    location = go_live(add_location(locations))

    page = Client().get(location.url).content.decode()

    assert "120 Harbor Street, Suite 300" in page
    assert "Springfield, OR 97477" in page
    assert 'href="tel:5550100142"' in page
    assert "Get directions to Riverside clinic" in page
    assert "Free parking under the building." in page
    assert "Step-free entrance and lifts to every floor." in page
    assert "Monday, Tuesday, Wednesday, Thursday, Friday" in page
    assert "<time>08:00</time> to <time>18:00</time>" in page


def test_the_structured_data_names_a_medical_clinic_with_its_hours(locations):
    clinic_details(name="Claimcheck Clinic")
    location = go_live(add_location(locations))

    data = json_ld(Client().get(location.url).content.decode())

    assert data["@type"] == "MedicalClinic"
    assert data["name"] == "Claimcheck Clinic, Riverside clinic"
    assert data["telephone"] == "5550100142"
    assert data["address"]["streetAddress"] == "120 Harbor Street, Suite 300"
    assert data["address"]["postalCode"] == "97477"
    assert data["openingHoursSpecification"][1] == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": ["Saturday"],
        "opens": "09:00",
        "closes": "13:00",
    }


def test_a_title_with_script_cannot_break_out_of_the_structured_data(locations):
    hostile = "Riverside </script><script>alert(1)</script>"
    location = go_live(add_location(locations, title=hostile, slug="riverside"))

    html = Client().get(location.url).content.decode()

    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"].endswith(hostile)


def test_the_locations_index_lists_only_reviewed_locations(locations):
    go_live(add_location(locations, title="Riverside clinic", slug="riverside"))
    add_location(locations, title="Hillcrest clinic", slug="hillcrest")

    page = Client().get(locations.url).content.decode()

    assert "Riverside clinic" in page
    assert "Hillcrest clinic" not in page


def test_closing_before_opening_is_refused_with_a_clear_message():
    block = OpeningHoursBlock()
    value = block.to_python({"days": ["Monday"], "opens": "17:00", "closes": "09:00"})

    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)

    assert "Closing time must be after opening time." in str(refused.value.block_errors["closes"])


def test_a_location_stored_in_the_short_time_form_goes_live_after_its_review():
    # Times typed from code as "08:00" are read back by Wagtail as "08:00:00"; the review's
    # fingerprint must not depend on which form a page instance happens to hold.
    short_hours = json.dumps(
        [{"type": "hours", "value": {"days": ["Monday"], "opens": "08:00", "closes": "18:00"}}]
    )
    location = go_live(add_location(add_location_index(), opening_hours=short_hours))

    assert location.live
    assert Client().get(location.url).status_code == 200
