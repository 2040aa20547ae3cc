"""Signer identity in a real browser, with the Content-Security-Policy enforced: enrolment,
the dashboard, the editor and the review screen run without a violation; wrong codes lock the
account and Compliance hears of it."""

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from django.core import mail

from pages.models import TreatmentIndexPage
from tests.support.browser import collect_policy_violations, log_in
from tests.support.factories import (
    TEST_PASSWORD,
    ComplianceFactory,
    ReferenceFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.identity import WRONG_CODE, code_at
from tests.support.publishing import submit_for_review

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_enrolment_dashboard_editor_and_review_screen_run_under_the_policy(page, live_server):
    violations = collect_policy_violations(page)
    ComplianceFactory(username="cora")
    writer = WriterFactory(username="alex")
    director = signing_director(username="maya")
    article = add_article(body=claims_body(2, [ReferenceFactory()]), owner=writer)
    task_state = submit_for_review(article, writer)

    # First sign-in without an authenticator: enrolment, with its QR code, in the admin's look.
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "cora")
    page.fill("input[name=password]", TEST_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/identity/enrol/")
    # `.first`: now and then Playwright sees the page's content twice on this screen.
    expect(page.locator(".identity-qr svg").first).to_be_visible()
    device = TOTPDevice.objects.get(user__username="cora", confirmed=False)
    step = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()
    page.fill("input[name=otp_token]", code_at(device, step))
    page.get_by_role("button", name="Turn on two-step verification").first.click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    page.get_by_role("link", name="I have kept them: continue").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    log_in(page, live_server, "alex", TEST_PASSWORD)
    treatments = TreatmentIndexPage.objects.get()
    page.goto(f"{live_server.url}/admin/pages/add/pages/treatmentarticlepage/{treatments.pk}/")
    page.get_by_role("button", name="Choose therapy status").click()
    expect(page.locator(".modal-content")).to_be_visible()

    log_in(page, live_server, director.username, TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/medical-review/{task_state.pk}/")
    expect(page.get_by_label("Code from your authenticator app")).to_be_visible()
    page.wait_for_load_state("networkidle")

    assert violations == []


def test_five_wrong_codes_lock_the_account_and_compliance_is_told(page, live_server):
    ComplianceFactory(username="cora", email="cora@clinic.example")
    signing_director(username="maya")
    mail.outbox.clear()

    for _ in range(5):
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("input[name=username]", "maya")
        page.fill("input[name=password]", TEST_PASSWORD)
        page.fill("input[name=otp_token]", WRONG_CODE)
        # Each wrong code's answer arrives before the next try.
        with page.expect_response(lambda response: response.request.method == "POST"):
            page.click("button[type=submit]")

    expect(page.get_by_text("Too many failed attempts.")).to_be_visible()
    page.goto(f"{live_server.url}/admin/")
    expect(page).to_have_url(f"{live_server.url}/admin/login/?next=/admin/")
    assert any("cora@clinic.example" in message.to for message in mail.outbox)
