"""Site admins keep the clinic's name, phone and crisis line up to date; writers cannot."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from clinic.models import ClinicSettings
from identity.roles import SITE_ADMINS
from tests.support.factories import UserFactory, WriterFactory

pytestmark = pytest.mark.django_db


def edit_url():
    # Wagtail sends the settings' address without a key on to the one saved row's.
    return reverse(
        "wagtailsettings:edit", args=["clinic", "clinicsettings", ClinicSettings.load().pk]
    )


POSTED = {"name": "Harbor Mind Clinic", "phone": "(555) 010-0111", "crisis_line": "ca"}


def test_a_site_admin_changes_the_clinics_phone_and_every_page_shows_it(client):
    admin = UserFactory()
    admin.groups.add(Group.objects.get(name=SITE_ADMINS))
    client.force_login(admin)

    response = client.post(edit_url(), POSTED)

    assert response.status_code == 302
    assert ClinicSettings.load().phone == "(555) 010-0111"
    assert (
        'href="tel:5550100111">Call now: (555) 010-0111</a>' in Client().get("/").content.decode()
    )


def test_a_writer_cannot_change_the_clinics_details(client):
    client.force_login(WriterFactory())

    client.post(edit_url(), POSTED)

    assert ClinicSettings.load().phone == ""


def test_a_site_admin_cannot_type_their_own_crisis_line_text(client):
    admin = UserFactory()
    admin.groups.add(Group.objects.get(name=SITE_ADMINS))
    client.force_login(admin)

    response = client.post(
        edit_url(), {**POSTED, "crisis_line": "Ketamine cures depression. Call us."}
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert ClinicSettings.load().crisis_line == "us"
    assert "Ketamine cures" not in Client().get("/").content.decode()
