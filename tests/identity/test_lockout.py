"""Lockout (django-axes): five failures per username or per address lock sign-in and signing,
with one generic answer, a log line and an email to Compliance."""

import datetime
import logging
from types import SimpleNamespace

import pytest
import time_machine

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.identity.test_signing_second_factor import assert_nothing_signed
from tests.support.factories import TEST_PASSWORD, ComplianceFactory
from tests.support.identity import WRONG_CODE, fresh_code, log_in
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed attempts."


@pytest.fixture
def compliance(db):
    return ComplianceFactory(username="cora", email="cora@clinic.example")


def test_five_wrong_passwords_lock_out_even_the_right_one(client, director, compliance, caplog):
    mail.outbox.clear()
    for _ in range(5):
        log_in(client, "maya", "guess")

    with caplog.at_level(logging.WARNING, logger="identity"):
        response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    assert any("Locked out" in record.message for record in caplog.records)
    assert any(
        "cora@clinic.example" in message.to and "locked" in message.subject
        for message in mail.outbox
    )


def test_wrong_codes_count_as_failures_too(client, director, compliance):
    for _ in range(5):
        log_in(client, "maya", TEST_PASSWORD, WRONG_CODE)

    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 429


def test_an_unknown_username_gets_the_same_answer(client, director, compliance):
    for _ in range(5):
        log_in(client, "nobody", "guess")
    unknown = log_in(client, "nobody", "guess")
    for _ in range(5):
        log_in(client, "maya", "guess", REMOTE_ADDR="10.0.0.9")
    known = log_in(client, "maya", "guess", REMOTE_ADDR="10.0.0.9")

    assert unknown.status_code == known.status_code == 429
    assert main_text(unknown) == main_text(known)


def main_text(response):
    """What the page says (the rest differs only by its CSRF token)."""
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_failures_spread_over_addresses_still_lock_the_username(client, director, compliance):
    for number in range(5):
        log_in(client, "maya", "guess", REMOTE_ADDR=f"192.0.2.{number + 1}")

    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 429


def test_failures_spread_over_usernames_lock_the_address(client, director, compliance):
    for number in range(5):
        log_in(client, f"guess{number}", "guess")

    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 429


@pytest.fixture
def clock():
    """The clock, stopped now; `clock.shift(minutes=...)` moves it on."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield SimpleNamespace(shift=lambda **delta: traveller.shift(datetime.timedelta(**delta)))


def test_five_failures_within_fifteen_minutes_lock(client, director, compliance, clock):
    for _ in range(5):
        log_in(client, "maya", "guess")
        clock.shift(minutes=3, seconds=29)

    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 429


def test_failures_spread_over_more_than_fifteen_minutes_do_not_lock(
    client, director, compliance, clock
):
    """Five wrong passwords four minutes apart: never five within any 15 minutes."""
    for _ in range(5):
        log_in(client, "maya", "guess")
        clock.shift(minutes=4)

    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 302


def test_failures_from_one_address_spread_over_more_than_fifteen_minutes_do_not_lock_it(
    client, director, compliance, clock
):
    for number in range(5):
        log_in(client, f"guess{number}", "guess")
        clock.shift(minutes=4)

    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 302


def test_the_lock_lasts_thirty_minutes_then_lifts(client, director, compliance, clock):
    for _ in range(5):
        log_in(client, "maya", "guess")
    clock.shift(minutes=29)
    assert log_in(client, "maya", TEST_PASSWORD, fresh_code(director)).status_code == 429

    clock.shift(minutes=2)
    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 302


@pytest.mark.parametrize("wrong", ["password", "code"])
def test_five_wrong_tries_on_the_signing_screen_lock_and_sign_nothing(
    client, director, compliance, submitted, wrong
):
    article, task_state = submitted
    client.force_login(director)
    bad = {"password": "guess"} if wrong == "password" else {"code": WRONG_CODE}
    mail.outbox.clear()
    for _ in range(4):
        assert (
            client.post(review_url(task_state), signing_post(task_state, **bad)).status_code == 200
        )

    fifth = client.post(review_url(task_state), signing_post(task_state, **bad))

    assert fifth.status_code == 429
    # The session ended with the lockout, and the right password and code no longer sign.
    response = client.post(review_url(task_state), signing_post(task_state))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert log_in(client, "maya", TEST_PASSWORD, fresh_code(director)).status_code == 429
    assert_nothing_signed(article, task_state)
    assert any("locked" in message.subject for message in mail.outbox)
