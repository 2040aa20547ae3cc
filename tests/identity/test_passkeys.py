"""Passkeys as the second factor: at sign-in after the password, and at signing, where the
signing service verifies a fresh answer to a challenge issued for that signing only."""

import pytest

from django.urls import reverse

from identity.passkeys import PasskeyAssertion
from review.models import SignOff
from review.services import SigningRefused, approve_every_claim
from tests.identity.test_signing_second_factor import assert_nothing_signed
from tests.support.factories import TEST_PASSWORD, ComplianceFactory
from tests.support.identity import log_in
from tests.support.passkeys import SoftPasskey
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed attempts."


@pytest.fixture
def passkey(director):
    return SoftPasskey(director, name="Maya's laptop")


def signing_challenge(client):
    response = client.post(reverse("identity:signing_challenge"))
    assert response.status_code == 200
    return response.json()


def with_passkey(task_state, answer, **fields):
    return {**signing_post(task_state, code="", **fields), "passkey_assertion": answer}


def test_password_and_a_fresh_passkey_answer_sign_and_the_sign_off_names_the_passkey(
    client, director, passkey, submitted
):
    article, task_state = submitted
    client.force_login(director)
    answer = passkey.answer(signing_challenge(client))

    response = client.post(review_url(task_state), with_passkey(task_state, answer))

    assert response.status_code == 302
    sign_offs = SignOff.objects.filter(revision=task_state.revision)
    assert sign_offs.count() == 4
    assert {(s.second_factor_type, s.second_factor_device) for s in sign_offs} == {
        ("passkey", "Maya's laptop")
    }


def test_a_passkey_answer_signs_once_only(client, director, passkey, submitted):
    article, task_state = submitted
    client.force_login(director)
    answer = passkey.answer(signing_challenge(client))
    client.post(review_url(task_state), with_passkey(task_state, answer, password="guess"))

    response = client.post(review_url(task_state), with_passkey(task_state, answer))

    assert "answer was not accepted" in response.content.decode()
    assert_nothing_signed(article, task_state)


def test_an_answer_to_the_sign_in_challenge_cannot_sign(client, director, passkey, submitted):
    article, task_state = submitted
    client.force_login(director)
    sign_in = client.post(reverse("otp_webauthn:credential-authentication-begin")).json()
    answer = passkey.answer(sign_in)

    response = client.post(review_url(task_state), with_passkey(task_state, answer))

    assert "answer was not accepted" in response.content.decode()
    assert_nothing_signed(article, task_state)


def test_an_answer_from_another_site_cannot_sign(client, director, passkey, submitted):
    article, task_state = submitted
    client.force_login(director)
    answer = passkey.answer(signing_challenge(client), origin="https://clinic-login.example")

    client.post(review_url(task_state), with_passkey(task_state, answer))

    assert_nothing_signed(article, task_state)


def test_the_signing_service_refuses_a_passkey_answer_without_its_challenge(director, submitted):
    """Code that calls the service directly, past every screen, still needs a live challenge."""
    article, task_state = submitted

    with pytest.raises(SigningRefused, match="passkey"):
        approve_every_claim(
            task_state=task_state,
            director=director,
            password=TEST_PASSWORD,
            second_factor=PasskeyAssertion(state=None, response="{}"),
        )

    assert_nothing_signed(article, task_state)


def test_five_forged_passkey_answers_on_the_signing_screen_lock_and_sign_nothing(
    client, director, passkey, submitted
):
    ComplianceFactory(username="cora", email="cora@clinic.example")
    article, task_state = submitted
    client.force_login(director)
    for _ in range(4):
        signing_challenge(client)
        forged = with_passkey(task_state, '{"id": "forged", "response": {}}')
        assert client.post(review_url(task_state), forged).status_code == 200

    signing_challenge(client)
    fifth = client.post(review_url(task_state), with_passkey(task_state, "not even json"))

    assert fifth.status_code == 429
    assert_nothing_signed(article, task_state)


def test_the_right_password_of_a_passkey_holder_opens_only_the_passkey_step(client, director):
    passkey = SoftPasskey(director)
    log_in(client, "maya", TEST_PASSWORD)

    assert client.get(reverse("wagtailadmin_home")).url.startswith(reverse("identity:verify"))

    options = client.post(reverse("otp_webauthn:credential-authentication-begin")).json()
    done = client.post(
        reverse("otp_webauthn:credential-authentication-complete"),
        passkey.answer(options),
        content_type="application/json",
    )
    assert done.json()["redirect_url"] == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_failed_passkey_answers_at_sign_in_count_towards_the_lockout(client, director):
    SoftPasskey(director)
    log_in(client, "maya", TEST_PASSWORD)
    for _ in range(4):
        client.post(reverse("otp_webauthn:credential-authentication-begin"))
        refused = client.post(
            reverse("otp_webauthn:credential-authentication-complete"),
            {"id": "forged"},
            content_type="application/json",
        )
        assert refused.status_code >= 400

    client.post(reverse("otp_webauthn:credential-authentication-begin"))
    fifth = client.post(
        reverse("otp_webauthn:credential-authentication-complete"),
        {"id": "forged"},
        content_type="application/json",
    )

    assert fifth.status_code == 429
    assert LOCKED in fifth.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_right_password_alone_cannot_add_a_passkey_to_a_protected_account(client, director):
    """Someone who knows only the password of a director with a passkey cannot add their own."""
    SoftPasskey(director)
    log_in(client, "maya", TEST_PASSWORD)

    response = client.post(reverse("otp_webauthn:credential-registration-begin"))

    assert response.status_code == 403
    assert director.webauthncredential_set.count() == 1
