"""Passkeys in a real browser, with Chromium's virtual authenticator: a director with no
second factor yet adds a passkey at first sign-in, signs in again with password and passkey,
and signs a review with password and passkey; the sign-off records the passkey. Every screen
on the way runs under the admin's Content-Security-Policy without a violation."""

import pytest
from playwright.sync_api import expect

from review.models import SignOff
from tests.support.browser import add_passkey_device, collect_policy_violations, log_out
from tests.support.factories import (
    TEST_PASSWORD,
    DirectorFactory,
    ReferenceFactory,
    ReviewerProfileFactory,
    WriterFactory,
    add_article,
    claims_body,
)
from tests.support.identity import appoint
from tests.support.publishing import submit_for_review

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def passkey_site(settings, live_server):
    """Passkeys belong to the address the browser opens: the test server's."""
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url]
    return live_server.url


def sign_in_with_password(page, site, username):
    page.goto(f"{site}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", TEST_PASSWORD)
    page.click("button[type=submit]")


def test_director_adds_a_passkey_signs_in_with_it_and_signs_with_it(
    page, live_server, passkey_site
):
    site = passkey_site
    add_passkey_device(page)
    violations = collect_policy_violations(page)
    director = appoint(ReviewerProfileFactory(user=DirectorFactory(username="maya")).user)
    writer = WriterFactory(username="alex")
    article = add_article(body=claims_body(2, [ReferenceFactory()]), owner=writer)
    task_state = submit_for_review(article, writer)

    # First sign-in: no second factor yet, so enrolment; the director picks a passkey.
    sign_in_with_password(page, site, "maya")
    page.wait_for_url(f"{site}/admin/identity/enrol/")
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    page.get_by_role("link", name="I have kept them: continue").click()
    page.wait_for_url(f"{site}/admin/")

    # The next sign-in asks for the password, then the passkey.
    log_out(page, live_server, director)
    sign_in_with_password(page, site, "maya")
    page.wait_for_url(f"{site}/admin/identity/verify/**")
    page.get_by_role("button", name="Use your passkey").click()
    page.wait_for_url(f"{site}/admin/")

    page.goto(f"{site}/admin/medical-review/{task_state.pk}/")
    for claim in page.locator(".claim-review").all():
        claim.get_by_label("Approve", exact=True).check()
    page.get_by_label("Your password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign with passkey").click()
    expect(page.get_by_text("It is now live")).to_be_visible()

    device = director.webauthncredential_set.get()
    assert {(s.second_factor_type, s.second_factor_device) for s in SignOff.objects.all()} == {
        ("passkey", device.name)
    }
    assert device.name.startswith("Passkey added")
    # Enrolment, the passkey step and the review screen ran under the admin's policy.
    assert violations == []
