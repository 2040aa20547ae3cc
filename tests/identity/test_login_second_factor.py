"""Two factors at the admin's sign-in: required for directors, Compliance, Site admins and
superusers; enrolment forced before anything else; writers optional unless a setting says."""

import re

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group
from django.urls import reverse

from identity.factors import new_recovery_codes
from identity.roles import SITE_ADMINS
from review.models import SignOff
from tests.support.factories import (
    TEST_PASSWORD,
    ComplianceFactory,
    DirectorFactory,
    UserFactory,
    WriterFactory,
)
from tests.support.identity import WRONG_CODE, authenticator, code_at, fresh_code, log_in
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db

INVALID_LOGIN = "Your username and password didn&#x27;t match."


def is_signed_in_to_admin(client):
    return client.get(reverse("wagtailadmin_home")).status_code == 200


def test_password_alone_does_not_let_a_director_in(client, director):
    response = log_in(client, "maya", TEST_PASSWORD)

    assert response.status_code == 200
    assert INVALID_LOGIN in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert not is_signed_in_to_admin(client)


def test_password_and_code_let_a_director_in(client, director):
    response = log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    assert response.status_code == 302
    assert is_signed_in_to_admin(client)


def test_a_wrong_code_gets_the_same_answer_as_a_wrong_password(client, director):
    wrong_code = log_in(client, "maya", TEST_PASSWORD, WRONG_CODE).content.decode()
    wrong_password = log_in(client, "maya", "guess", fresh_code(director)).content.decode()

    assert INVALID_LOGIN in wrong_code
    assert INVALID_LOGIN in wrong_password
    assert not is_signed_in_to_admin(client)


def test_a_code_is_accepted_once(client, director):
    code = fresh_code(director)
    assert log_in(client, "maya", TEST_PASSWORD, code).status_code == 302
    client.logout()

    response = log_in(client, "maya", TEST_PASSWORD, code)

    assert INVALID_LOGIN in response.content.decode()
    assert not is_signed_in_to_admin(client)


@pytest.mark.parametrize(
    "make_user",
    [
        pytest.param(lambda: DirectorFactory(username="dana"), id="medical director"),
        pytest.param(lambda: ComplianceFactory(username="dana"), id="compliance"),
        pytest.param(
            lambda: UserFactory(username="dana", is_superuser=True, is_staff=True), id="superuser"
        ),
    ],
)
def test_first_login_without_an_authenticator_must_enrol_before_anything_else(
    client, make_user, submitted
):
    make_user()
    article, task_state = submitted

    assert log_in(client, "dana", TEST_PASSWORD).status_code == 302

    for url in (
        reverse("wagtailadmin_home"),
        review_url(task_state),
        reverse("wagtailusers_users:index"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url == reverse("identity:enrol")
    response = client.post(review_url(task_state), signing_post(task_state))
    assert response.url == reverse("identity:enrol")
    assert not SignOff.objects.exists()


def test_site_admins_must_enrol_too(client):
    user = UserFactory(username="sam")
    user.groups.add(Group.objects.get(name=SITE_ADMINS))
    log_in(client, "sam", TEST_PASSWORD)

    assert client.get(reverse("wagtailadmin_home")).url == reverse("identity:enrol")


def test_enrolment_shows_a_qr_code_then_recovery_codes_once(client):
    user = ComplianceFactory(username="cora")
    log_in(client, "cora", TEST_PASSWORD)

    page = client.get(reverse("identity:enrol"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html
    assert "Set up two-step verification" in html
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post(reverse("identity:enrol"), {"otp_token": WRONG_CODE}).status_code == 200
    assert not is_signed_in_to_admin(client)

    now = TOTPDevice.objects.get(pk=device.pk)
    response = client.post(reverse("identity:enrol"), {"otp_token": code_at(now, _step(now))})

    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert is_signed_in_to_admin(client)


def _step(device):
    return TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()


def test_a_recovery_code_signs_in_once(client, director):

    code = new_recovery_codes(director)[0]

    assert log_in(client, "maya", TEST_PASSWORD, code).status_code == 302
    client.logout()
    assert INVALID_LOGIN in log_in(client, "maya", TEST_PASSWORD, code).content.decode()


def test_writers_need_no_second_factor_unless_the_setting_says_so(client, settings):
    WriterFactory(username="wren")
    log_in(client, "wren", TEST_PASSWORD)
    assert is_signed_in_to_admin(client)
    client.logout()

    settings.IDENTITY_TWO_FACTORS_FOR_EVERYONE = True
    log_in(client, "wren", TEST_PASSWORD)

    assert client.get(reverse("wagtailadmin_home")).url == reverse("identity:enrol")


def test_a_writer_who_enrolled_must_use_the_code(client):
    writer = WriterFactory(username="wren")
    authenticator(writer)

    assert INVALID_LOGIN in log_in(client, "wren", TEST_PASSWORD).content.decode()
    assert log_in(client, "wren", TEST_PASSWORD, fresh_code(writer)).status_code == 302
