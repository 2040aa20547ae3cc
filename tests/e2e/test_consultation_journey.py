"""A patient asks for a consultation from an article; Intake reads it and marks it contacted;
Compliance sees each opening in the access log. Real browser, real server."""

import pytest

from consultations.models import ConsultationRequest
from tests.support.browser import log_in
from tests.support.clinic import clinic_details
from tests.support.factories import TEST_PASSWORD, ComplianceFactory, IntakeFactory, add_article
from tests.support.publishing import go_live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_patient_request_reaches_intake_and_every_view_is_logged(page, live_server, screenshot):
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

    assert page.get_by_role("alert").inner_text().count("Give a phone number or an email") == 1
    assert page.get_by_label("Your name").input_value() == "Rosalind Quimby"
    assert page.get_by_label("Anything else we should know").input_value() == (
        "Evenings are hard for me."
    )
    assert page.get_by_label("Treatment you are interested in").input_value() == "iv-ketamine"
    screenshot("consultation-error-kept-input")
    page.get_by_label("Phone number").fill("555 010 0199")
    page.get_by_label("I agree that the clinic may contact me").check()
    page.get_by_role("button", name="Send my request").click()

    assert page.locator("h1").inner_text() == "Thank you: we have your request"
    consultation = ConsultationRequest.objects.get()

    log_in(page, live_server, "lena", TEST_PASSWORD)
    page.get_by_role("link", name="Consultation requests").first.click()
    page.get_by_role("link", name=f"Request #{consultation.pk}").click()
    assert page.get_by_text("Rosalind Quimby").is_visible()
    assert page.get_by_text("IV ketamine for depression").is_visible()
    page.get_by_label("Status").select_option("contacted")
    page.get_by_label("Notes").fill("Called; booked an assessment.")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_text(f"Request #{consultation.pk} saved.").is_visible()
    consultation.refresh_from_db()
    assert consultation.status == "contacted"

    log_in(page, live_server, "priya", TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/consultations/access-log/")
    rows = page.locator("tbody tr")
    assert rows.filter(has_text="Viewed").filter(has_text="(lena)").count() == 2
    assert rows.filter(has_text="Updated").filter(has_text="(lena)").count() == 1
    assert page.get_by_text("Rosalind").count() == 0
    screenshot("consultation-access-log")
