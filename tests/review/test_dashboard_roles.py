"""The dashboard reads the same for every role: the clinic's name as its title, and a page
search only for those who may search pages, so that no one's search ends in a refusal."""

import re

import pytest

from django.urls import reverse

from tests.support.clinic import clinic_details
from tests.support.factories import (
    ComplianceFactory,
    IntakeFactory,
    UserFactory,
    WriterFactory,
    signing_director,
)

pytestmark = pytest.mark.django_db

ROLES = {
    "writer": WriterFactory,
    "director": signing_director,
    "compliance": ComplianceFactory,
    "intake": IntakeFactory,
    "site admin": lambda: UserFactory(is_superuser=True),
}
SEARCHES_PAGES = {"writer", "site admin"}
REFUSAL = "Sorry, you do not have permission"


def dashboard(client, role):
    client.force_login(ROLES[role]())
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def page_search(html):
    """The action of the dashboard's "Search all pages" form, or None when it has none."""
    form = re.search(r'<form[^>]*action="([^"]+)"[^>]*role="search"', html, re.S)
    return form and form.group(1)


@pytest.mark.parametrize("role", ROLES)
def test_the_dashboard_is_titled_with_the_clinics_name(client, home, role):
    clinic_details(name="Riverside Psychiatry")

    html = dashboard(client, role)

    title = re.search(r'<h1 class="w-h1 w-mt-0">\s*(.*?)\s*</h1>', html, re.S).group(1)
    assert title == "Riverside Psychiatry"


@pytest.mark.parametrize("role", ROLES)
def test_the_dashboards_page_search_never_ends_in_a_refusal(client, home, treatments, role):
    html = dashboard(client, role)
    action = page_search(html)

    if role in SEARCHES_PAGES:
        results = client.get(action, {"q": "ketamine"})
        assert results.status_code == 200
        assert REFUSAL not in results.content.decode()
    else:
        assert action is None
        assert "Search all pages" not in html
