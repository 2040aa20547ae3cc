"""The demo accounts pass the second factor with `manage.py demo_code`; never in production."""

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo.users import DEMO_ACCOUNTS
from identity.appointments import appointment_refusal
from tests.support.identity import log_in

pytestmark = pytest.mark.django_db


def demo_code(username):
    out = StringIO()
    call_command("demo_code", username, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def test_every_demo_account_logs_in_with_its_password_and_demo_code(client, capsys):
    call_command("load_demo")
    assert "manage.py demo_code director" in capsys.readouterr().out

    for account in DEMO_ACCOUNTS:
        response = log_in(client, account.username, account.password, demo_code(account.username))
        assert response.status_code == 302, account.username
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_the_demo_directors_are_appointed_and_confirmed_by_compliance():
    call_command("load_demo")

    for username in ("director", "director2"):
        user = get_user_model().objects.get(username=username)
        assert appointment_refusal(user, user.reviewer_profile) is None


def test_demo_code_refuses_production_settings(settings):
    call_command("load_demo")
    settings.ENVIRONMENT = "production"

    with pytest.raises(CommandError, match="refuses to run with production settings"):
        demo_code("director")


def test_demo_code_refuses_accounts_that_are_not_demo_ones(django_user_model):
    django_user_model.objects.create_user("real-person", password="x")  # noqa: S106

    with pytest.raises(CommandError, match="no demo authenticator"):
        demo_code("real-person")
