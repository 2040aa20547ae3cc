"""The clinic's pages and the consultation form meet WCAG 2.2 A and AA as far as axe-core can
tell, at phone and desktop widths, including the form showing its errors."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.test_accessibility import VIEWPORTS, WCAG_AA
from tests.support.browser import log_in
from tests.support.clinic import (
    add_contact,
    add_location,
    add_location_index,
    add_service,
    add_service_index,
    clinic_details,
)
from tests.support.consultations import forget_rate_limits, received_request
from tests.support.factories import TEST_PASSWORD, ComplianceFactory, IntakeFactory, add_article
from tests.support.publishing import go_live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def clinic():
    clinic_details(phone="(555) 010-0100")
    article = go_live(add_article(slug="iv-ketamine"))
    services = go_live(add_service_index())
    service = go_live(add_service(services, treatments=[article]))
    locations = go_live(add_location_index())
    location = go_live(add_location(locations))
    contact = go_live(add_contact())
    return [services.url, service.url, locations.url, location.url, contact.url, article.url]


def assert_no_violations(page, axe, where):
    results = axe.run(page, options=WCAG_AA)
    assert results.violations_count == 0, f"{where}:\n{results.generate_report()}"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_clinic_pages_have_no_wcag_violations(page, live_server, clinic, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    axe = Axe()
    for path in ["/", *clinic]:
        page.goto(live_server.url + path)
        assert_no_violations(page, axe, path)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_request_form_has_no_wcag_violations(page, live_server, viewport):
    forget_rate_limits()
    clinic_details(phone="(555) 010-0100")
    go_live(add_article(slug="iv-ketamine"))
    page.set_viewport_size(VIEWPORTS[viewport])
    axe = Axe()
    for path in ("/consultation/?treatment=iv-ketamine", "/consultation/privacy/"):
        page.goto(live_server.url + path)
        assert_no_violations(page, axe, path)

    page.goto(live_server.url + "/consultation/")
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("alert")).to_contain_text("Please check your request")
    assert_no_violations(page, axe, "the form with its errors")

    page.get_by_label("Your name").fill("Ada Example")
    page.get_by_label("Email address").fill("ada@mail.example")
    page.get_by_label("I agree that the clinic may contact me").check()
    page.get_by_role("button", name="Send my request").click()
    expect(page.locator("h1")).to_have_text("Thank you: we have your request")
    assert_no_violations(page, axe, "the confirmation")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_intakes_screens_have_no_wcag_violations(page, live_server, viewport):
    consultation = received_request()
    IntakeFactory(username="lena")
    ComplianceFactory(username="priya")
    page.set_viewport_size(VIEWPORTS[viewport])
    axe = Axe()

    log_in(page, live_server, "lena", TEST_PASSWORD)
    for path in ("/admin/consultations/", f"/admin/consultations/{consultation.pk}/"):
        page.goto(live_server.url + path)
        assert_no_violations(page, axe, path)
    log_in(page, live_server, "priya", TEST_PASSWORD)
    page.goto(live_server.url + "/admin/consultations/access-log/")
    assert_no_violations(page, axe, "the access log")
