"""Patients' details are stored encrypted: the database row holds no plaintext, and a key can be
rotated without losing a request."""

import pytest
from cryptography.fernet import Fernet

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from consultations.models import ConsultationRequest
from tests.support.consultations import PATIENT, form_post, received_request

pytestmark = pytest.mark.django_db

ENCRYPTED_COLUMNS = ("name", "email", "phone", "treatment", "message", "notes")


def raw_row(pk):
    table = ConsultationRequest._meta.db_table
    columns = ", ".join(ENCRYPTED_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return dict(zip(ENCRYPTED_COLUMNS, cursor.fetchone(), strict=True))


def test_the_stored_row_holds_no_plaintext_name_phone_or_email(client):
    client.post(reverse("consultations:request"), form_post())
    consultation = ConsultationRequest.objects.get()

    row = raw_row(consultation.pk)

    stored = " ".join(row.values())
    for typed in (PATIENT["name"], "Quimby", PATIENT["phone"], "0100199", PATIENT["email"]):
        assert typed not in stored
    assert PATIENT["message"] not in stored
    assert consultation.name == PATIENT["name"]
    assert consultation.email == PATIENT["email"]


def test_the_stored_row_is_a_fernet_token_for_the_configured_key(settings):
    consultation = received_request(name="Ines Ferreira-Wold")

    token = raw_row(consultation.pk)["name"]

    key = settings.CONSULTATIONS_ENCRYPTION_KEYS[0]
    assert Fernet(key).decrypt(token.encode()).decode() == "Ines Ferreira-Wold"


def test_the_same_name_is_stored_differently_each_time():
    first = received_request(name="Ines Ferreira-Wold")
    second = received_request(name="Ines Ferreira-Wold")

    assert raw_row(first.pk)["name"] != raw_row(second.pk)["name"]


def test_rotating_the_key_re_encrypts_every_request_so_the_old_key_can_go(settings):
    old_key = settings.CONSULTATIONS_ENCRYPTION_KEYS[0]
    new_key = Fernet.generate_key().decode()
    consultation = received_request(name="Ines Ferreira-Wold", notes="Called, left a message.")

    settings.CONSULTATIONS_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_consultation_key")
    settings.CONSULTATIONS_ENCRYPTION_KEYS = [new_key]

    row = raw_row(consultation.pk)
    assert Fernet(new_key).decrypt(row["name"].encode()).decode() == "Ines Ferreira-Wold"
    assert Fernet(new_key).decrypt(row["notes"].encode()).decode() == "Called, left a message."
    reread = ConsultationRequest.objects.get(pk=consultation.pk)
    assert reread.name == "Ines Ferreira-Wold"
    assert reread.phone == consultation.phone


def test_without_the_old_key_an_unrotated_request_cannot_be_read(settings):
    consultation = received_request()

    settings.CONSULTATIONS_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]

    with pytest.raises(
        ImproperlyConfigured, match="key no longer in CONSULTATIONS_ENCRYPTION_KEYS"
    ):
        ConsultationRequest.objects.get(pk=consultation.pk)
