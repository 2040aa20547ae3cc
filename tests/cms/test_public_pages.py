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
