import pytest

from tests.support.browser import log_in
from tests.support.factories import TEST_PASSWORD, WriterFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_patient_sees_the_home_page(page, live_server, screenshot):
    page.goto(live_server.url + "/")

    assert page.locator("h1").inner_text() == "Claimcheck Clinic"
    assert page.get_by_role("link", name="Treatments").first.is_visible()
    screenshot("home")


def test_writer_logs_in_to_the_admin(page, live_server):
    WriterFactory(username="alex", first_name="Alex", last_name="Rivera")

    log_in(page, live_server, "alex", TEST_PASSWORD)

    assert page.title().startswith("Dashboard")
    assert page.url == f"{live_server.url}/admin/"
