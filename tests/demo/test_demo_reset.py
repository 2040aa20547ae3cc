"""`load_demo --reset` and the summary load_demo prints: the demo can be tried again, and says
truly whether an edit waits for a director."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection

from demo.articles import edit_awaiting_review
from review.models import SignOff
from tests.support.publishing import approve_all

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]

# Run in a process of its own on a SQLite file of its own: the reset deletes the database it
# works on, which must not be the test database.
RESET_SCRIPT = """
import io, json
import django
django.setup()
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from demo.articles import edit_awaiting_review
from demo.identity import signing_code
from review.models import SignOff
from review.services import approve_every_claim

call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo", stdout=io.StringIO())
first_sign_offs = SignOff.objects.count()
director = get_user_model().objects.get(username="director")
approve_every_claim(
    task_state=edit_awaiting_review().current_workflow_task_state,
    director=director,
    password="demo-director-pass",
    second_factor=signing_code(director),
)
after_signing = io.StringIO()
call_command("load_demo", stdout=after_signing)
after_reset = io.StringIO()
call_command("load_demo", reset=True, stdout=after_reset)
print(json.dumps({
    "after_signing": after_signing.getvalue(),
    "after_reset": after_reset.getvalue(),
    "waiting_after_reset": edit_awaiting_review() is not None,
    "sign_offs": [first_sign_offs, SignOff.objects.count()],
}))
"""


def _demo_director():
    return get_user_model().objects.get(username="director")


def test_load_demo_says_an_edit_awaits_sign_off_only_while_one_does(capsys):
    call_command("load_demo")
    assert "One edit to “TMS" in capsys.readouterr().out

    waiting = edit_awaiting_review()
    approve_all(waiting.current_workflow_task_state, _demo_director(), "demo-director-pass")
    call_command("load_demo")

    output = capsys.readouterr().out
    assert "awaits a director's sign-off:" not in output
    assert "No edit awaits a director's sign-off" in output
    assert "load_demo --reset" in output


def test_reset_puts_the_demo_back_to_its_first_state_on_sqlite(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
    }
    env.pop("REDIS_URL", None)

    run = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", RESET_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert "No edit awaits a director's sign-off" in result["after_signing"]
    assert "migrated a new, empty database" in result["after_reset"]
    assert "One edit to “TMS" in result["after_reset"]
    assert result["waiting_after_reset"]
    first, after_reset = result["sign_offs"]
    assert after_reset == first


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the refusal on PostgreSQL runs when the suite does (DATABASE_URL=postgres://..., CI)",
)
def test_reset_is_refused_on_postgresql_with_the_way_forward(capsys):
    call_command("load_demo")
    sign_offs = SignOff.objects.count()

    with pytest.raises(CommandError, match="create a new, empty database"):
        call_command("load_demo", reset=True)

    assert SignOff.objects.count() == sign_offs
    assert edit_awaiting_review() is not None


def test_reset_is_refused_in_production(settings):
    settings.ENVIRONMENT = "production"

    with pytest.raises(CommandError, match="refuses to run with production settings"):
        call_command("load_demo", reset=True)

    # Nothing was deleted: the roles the migrations made are still there.
    assert Group.objects.filter(name="Medical directors").exists()
