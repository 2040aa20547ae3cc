"""Staff sessions end at browser close, after 30 minutes idle and 12 hours after login; a
session past either limit signs nothing and must sign in with both factors again."""

import time

import pytest

from django.urls import reverse

from identity import sessions
from tests.identity.test_signing_second_factor import assert_nothing_signed
from tests.support.factories import TEST_PASSWORD
from tests.support.identity import TwoFactorClient, fresh_code, log_in
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db


def age_session(client, *, idle=0, since_login=0):
    session = client.session
    session[sessions.LAST_SEEN_AT] = time.time() - idle
    session[sessions.LOGGED_IN_AT] = time.time() - since_login
    session.save()


def test_the_session_cookie_ends_with_the_browser(client, director):
    log_in(client, "maya", TEST_PASSWORD, fresh_code(director))

    cookie = client.cookies["sessionid"]
    assert not cookie["expires"] and not cookie["max-age"]
    assert "remember" not in client.get(reverse("wagtailadmin_login")).content.decode()


@pytest.mark.parametrize(
    "age",
    [
        pytest.param({"idle": 31 * 60}, id="idle 31 minutes"),
        pytest.param({"idle": 60, "since_login": 12 * 3600 + 60}, id="12 hours after login"),
    ],
)
def test_an_expired_session_signs_nothing_and_must_sign_in_again(client, director, submitted, age):
    article, task_state = submitted
    client.force_login(director)
    age_session(client, **age)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert "_auth_user_id" not in client.session
    assert_nothing_signed(article, task_state)


def test_activity_keeps_a_session_going(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)
    age_session(client, idle=29 * 60, since_login=11 * 3600)

    assert client.get(review_url(task_state)).status_code == 200
    assert time.time() - client.session[sessions.LAST_SEEN_AT] < 60


def test_a_post_without_the_csrf_token_stays_refused(director, submitted):
    article, task_state = submitted
    client = TwoFactorClient(enforce_csrf_checks=True)
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert_nothing_signed(article, task_state)
