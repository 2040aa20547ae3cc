"""Signing takes two components every time, checked in the signing service itself."""

import datetime

import pytest

from wagtail.models import TaskState

from identity.factors import new_recovery_codes
from pages.models import TreatmentArticlePage
from review.chain import CHAINED_FIELDS, GENESIS_HASH, canonical_row, row_hash
from review.models import SignOff
from review.services import SigningRefused, approve_every_claim
from tests.support.factories import TEST_PASSWORD
from tests.support.identity import WRONG_CODE, fresh_code, log_in
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db


def assert_nothing_signed(article, task_state):
    assert not SignOff.objects.exists()
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert not TreatmentArticlePage.objects.get(pk=article.pk).live


@pytest.mark.parametrize("code", ["", WRONG_CODE, "not a code"])
def test_password_without_a_right_code_signs_nothing(client, director, submitted, code):
    article, task_state = submitted
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state, code=code))

    assert response.status_code == 200
    assert_nothing_signed(article, task_state)


def test_right_code_with_a_wrong_password_signs_nothing(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state, password="guess"))

    assert "That password is not right" in response.content.decode()
    assert_nothing_signed(article, task_state)


def test_the_code_typed_at_login_cannot_sign_again(client, director, submitted):
    article, task_state = submitted
    code = fresh_code(director)
    log_in(client, "maya", TEST_PASSWORD, code)

    response = client.post(review_url(task_state), signing_post(task_state, code=code))

    assert "already used" in response.content.decode()
    assert_nothing_signed(article, task_state)


def test_a_recovery_code_does_not_sign(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)
    recovery_code = new_recovery_codes(director)[0]

    client.post(review_url(task_state), signing_post(task_state, code=recovery_code))

    assert_nothing_signed(article, task_state)


def test_the_signing_service_refuses_a_password_alone(director, submitted):
    """Code that calls the service directly, past every screen, still needs the code."""
    article, task_state = submitted

    with pytest.raises(SigningRefused, match="authenticator code"):
        approve_every_claim(
            task_state=task_state, director=director, password=TEST_PASSWORD, second_factor=None
        )

    assert_nothing_signed(article, task_state)


def test_each_sign_off_records_the_second_factor_but_not_its_secret(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    client.post(review_url(task_state), signing_post(task_state))

    sign_offs = SignOff.objects.filter(revision=task_state.revision)
    assert sign_offs.count() == 4
    assert {(s.second_factor_type, s.second_factor_device) for s in sign_offs} == {
        ("totp", "Test phone")
    }
    key = director.totpdevice_set.get().key
    assert not any(key in str(value) for value in sign_offs.values_list())


def test_the_chain_covers_the_second_factor(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)
    client.post(review_url(task_state), signing_post(task_state))
    sign_off = SignOff.objects.order_by("pk").first()
    values = {name: getattr(sign_off, name) for name in CHAINED_FIELDS}
    values.update(second_factor_type="totp", second_factor_device="Test phone")
    assert row_hash(values, GENESIS_HASH) == sign_off.row_hash

    values["second_factor_device"] = "Someone else's phone"

    assert row_hash(values, GENESIS_HASH) != sign_off.row_hash


def test_rows_signed_before_two_factors_keep_their_hashes():
    """An empty second factor leaves the canonical row exactly as it was before the columns."""
    values = dict.fromkeys(CHAINED_FIELDS)
    values["signed_at"] = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    before = canonical_row(values)

    after = canonical_row({**values, "second_factor_type": "", "second_factor_device": ""})

    assert after == before
    assert "second_factor" not in before
