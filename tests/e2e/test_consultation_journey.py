"""A patient asks for a consultation from an article; Intake reads it and marks it contacted;
Compliance sees each opening in the access log. Real browser, real server."""

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationRequest
from tests.support.browser import log_in
from tests.support.clinic import clinic_details
from tests.support.consultations import forget_rate_limits
from tests.support.factories import TEST_PASSWORD, ComplianceFactory, IntakeFactory, add_article
from tests.support.publishing import go_live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_patient_request_reaches_intake_and_every_view_is_logged(page, live_server, screenshot):
    forget_rate_limits()
    clinic_details(phone="(555) 010-0100")
    article = go_live(add_article(title="IV ketamine for depression", slug="iv-ketamine"))
    IntakeFactory(username="lena", first_name="Lena", last_name="Okoye")
    ComplianceFactory(username="priya")

    page.goto(live_server.url + article.url)
    assert page.get_by_role("link", name="Call now: (555) 010-0100").get_attribute("href") == (
        "tel:5550100100"
    )
    page.locator(".consultation-cta").get_by_role("link", name="Request a consultation").click()
    assert page.get_by_label("Treatment you are interested in").input_value() == "iv-ketamine"

    page.get_by_label("Your name").fill("Rosalind Quimby")
    page.get_by_label("Best time of day to reach you").select_option("morning")
    page.get_by_label("Anything else we should know").fill("Evenings are hard for me.")
    page.get_by_label("I agree that the clinic may contact me").check()
    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("alert")).to_contain_text("Give a phone number or an email address")
    assert page.get_by_label("Your name").input_value() == "Rosalind Quimby"
    assert page.get_by_label("Anything else we should know").input_value() == (
        "Evenings are hard for me."
    )
    assert page.get_by_label("Treatment you are interested in").input_value() == "iv-ketamine"
    screenshot("consultation-error-kept-input")
    page.get_by_label("Phone number").fill("555 010 0199")
    page.get_by_label("I agree that the clinic may contact me").check()
    page.get_by_role("button", name="Send my request").click()

    expect(page.locator("h1")).to_have_text("Thank you: we have your request")
    consultation = ConsultationRequest.objects.get()

    log_in(page, live_server, "lena", TEST_PASSWORD)
    page.get_by_role("link", name="Consultation requests").first.click()
    page.get_by_role("link", name=f"Request #{consultation.pk}").click()
    details = page.locator(".intake-details")
    expect(details).to_contain_text("Rosalind Quimby")
    expect(details).to_contain_text("555 010 0199")
    expect(details).to_contain_text("IV ketamine for depression")
    page.get_by_label("Status").select_option("contacted")
    page.get_by_label("Notes").fill("Called; booked an assessment.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text(f"Request #{consultation.pk} saved.")).to_be_visible()
    consultation.refresh_from_db()
    assert consultation.status == "contacted"

    log_in(page, live_server, "priya", TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/consultations/access-log/")
    rows = page.locator("tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.filter(has_text="Viewed").filter(has_text="(lena)").count() == 2
    assert rows.filter(has_text="Updated").filter(has_text="(lena)").count() == 1
    assert page.get_by_text("Rosalind").count() == 0
    screenshot("consultation-access-log")
