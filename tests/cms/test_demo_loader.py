import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo.users import DEMO_ACCOUNTS
from review.roles import user_has_role

pytestmark = pytest.mark.django_db


def test_demo_loader_creates_one_login_per_role_and_prints_it(capsys):
    call_command("load_demo")

    output = capsys.readouterr().out
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        user = User.objects.get(username=account.username)
        assert user.check_password(account.password)
        assert user_has_role(user, account.role)
        assert f"{account.username}" in output and account.password in output


def test_demo_loader_run_twice_changes_nothing():
    call_command("load_demo")
    User = get_user_model()
    before = list(User.objects.order_by("pk").values())

    call_command("load_demo")

    assert list(User.objects.order_by("pk").values()) == before


def test_demo_loader_refuses_production_settings(settings):
    settings.ENVIRONMENT = "production"

    with pytest.raises(CommandError, match="refuses to run with production settings"):
        call_command("load_demo")

    assert not get_user_model().objects.exists()
