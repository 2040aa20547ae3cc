"""Wagtail's admin under its Content-Security-Policy, enforced, in a real browser: the screens
staff use every day run no inline script and the browser reports no violation; the date pickers
still open. (The page editor and the review screen: tests/e2e/test_signer_identity.py; the
passkey screens: tests/e2e/test_passkeys.py.)"""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from tests.support.browser import collect_policy_violations, log_in
from tests.support.factories import TEST_PASSWORD, add_article
from tests.support.publishing import go_live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENS = [
    "/admin/",
    "/admin/pages/",
    "/admin/reports/site-history/",
    "/admin/reports/aging-pages/",
    "/admin/users/",
    "/admin/snippets/pages/reference/add/",
    "/admin/sign-off-history/",
    "/admin/identity/appointments/",
    "/admin/account/",
]


def test_everyday_admin_screens_run_without_a_policy_violation(page, live_server):
    violations = collect_policy_violations(page)
    go_live(add_article())
    get_user_model().objects.create_superuser("sam", "sam@clinic.example", TEST_PASSWORD)
    log_in(page, live_server, "sam", TEST_PASSWORD)

    for screen in SCREENS:
        page.goto(live_server.url + screen)
        expect(page.locator("main")).to_be_visible()
        page.wait_for_load_state("networkidle")

    assert violations == []


def test_date_pickers_start_without_inline_script(page, live_server):
    violations = collect_policy_violations(page)
    get_user_model().objects.create_superuser("sam", "sam@clinic.example", TEST_PASSWORD)
    log_in(page, live_server, "sam", TEST_PASSWORD)

    page.goto(f"{live_server.url}/admin/reports/site-history/")
    page.get_by_role("button", name="Show filters").click()
    page.locator("[aria-controls=drilldown-id_timestamp]").click()
    page.locator("input[name=timestamp_from]").click()

    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    assert violations == []
