import pytest

pytestmark = pytest.mark.django_db


def test_home_page_links_to_the_treatments_section(client, home, treatments):
    response = client.get("/")

    assert response.status_code == 200
    assert b"Claimcheck Clinic" in response.content
    assert b'href="/treatments/"' in response.content


def test_unknown_address_gets_a_friendly_404(client, home):
    response = client.get("/no-such-treatment/")

    assert response.status_code == 404
    assert b"We could not find that page" in response.content


def test_under_make_run_a_missing_patient_page_is_the_sites_own_404(client, home, settings):
    settings.DEBUG = True

    response = client.get("/no-such-treatment/")

    assert response.status_code == 404
    assert b"We could not find that page" in response.content
    assert b"Raised by:" not in response.content


def test_under_make_run_staff_addresses_keep_the_admins_own_404(admin_client, home, settings):
    settings.DEBUG = True

    response = admin_client.get("/admin/no-such-screen/")

    assert response.status_code == 404
    assert b"We could not find that page" not in response.content
    assert b"Go to Wagtail admin" in response.content


def test_wagtails_userbar_is_left_out_of_pages_served_to_signed_in_staff(admin_client, home):
    # It comes only into the editor's preview panel, for the Checks panel
    # (tests/e2e/test_content_metrics.py).
    page = admin_client.get("/").content.decode()

    assert "Claimcheck Clinic" in page
    assert "wagtail-userbar" not in page
