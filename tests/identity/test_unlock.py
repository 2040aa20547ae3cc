import logging

import pytest

from django.core import mail
from django.core.management import CommandError, call_command

from tests.support.factories import TEST_PASSWORD, ComplianceFactory
from tests.support.identity import fresh_code, log_in

pytestmark = pytest.mark.django_db


def test_an_admin_can_unlock_with_a_reason_which_is_logged_and_emailed(client, director, caplog):
    ComplianceFactory(username="cora", email="cora@clinic.example")
    for _ in range(5):
        log_in(client, "maya", "guess")
    mail.outbox.clear()

    with caplog.at_level(logging.WARNING, logger="identity"):
        call_command("unlock_signer", "maya", reason="Phoned Dr Chen; she mistyped.", by="sam")

    assert "Phoned Dr Chen" in caplog.text
    assert any("unlocked" in message.subject for message in mail.outbox)
    assert log_in(client, "maya", TEST_PASSWORD, fresh_code(director)).status_code == 302


def test_unlocking_needs_a_reason():
    with pytest.raises(CommandError):
        call_command("unlock_signer", "maya", reason="  ", by="sam")
