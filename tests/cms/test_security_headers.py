"""Content-Security-Policy, Permissions-Policy and the production settings' HTTPS headers."""

import json
import logging
import os
import secrets
import subprocess
import sys

import pytest

from django.urls import reverse

from tests.cms.test_settings import PRODUCTION_ENV, ROOT
from tests.support.factories import add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def test_patient_pages_get_a_strict_policy(client, home):
    article = go_live(add_article())

    response = client.get(article.url)

    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert not any("unsafe" in value for values in policy.values() for value in values)
    assert "camera=()" in response["Permissions-Policy"]


def test_the_admin_gets_its_own_policy_with_nothing_from_other_origins(client, director):
    client.force_login(director)

    policy = directives(client.get(reverse("wagtailadmin_home")))

    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert all(
        value.startswith("'") or value in ("data:", "blob:", "/csp-report/")
        for values in policy.values()
        for value in values
    )


def test_screens_where_credentials_are_typed_allow_no_inline_script(client, director, submitted):
    _, task_state = submitted
    sign_in = directives(client.get(reverse("wagtailadmin_login")))
    client.force_login(director)
    enrol = directives(client.get(reverse("identity:enrol")))
    signing = directives(client.get(reverse("review:screen", args=[task_state.pk])))

    assert sign_in["script-src"] == enrol["script-src"] == signing["script-src"] == ["'self'"]


def test_only_screens_with_wagtail_choosers_allow_inline_script(admin_client, home):
    """Wagtail 8.0 starts each chooser field with an inline script (cms/settings/base.py)."""
    article = add_article()

    editor = directives(admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])))
    history = directives(admin_client.get(reverse("wagtailadmin_pages:history", args=[article.pk])))

    assert editor["script-src"] == ["'self'", "'unsafe-inline'"]
    assert history["script-src"] == ["'self'"]


def test_violation_reports_are_logged(client, caplog):
    report = {"csp-report": {"violated-directive": "script-src", "blocked-uri": "inline"}}

    with caplog.at_level(logging.WARNING, logger="csp_reports"):
        response = client.post(
            reverse("csp_report"), json.dumps(report), content_type="application/csp-report"
        )

    assert response.status_code == 204
    assert "script-src" in caplog.text


def test_check_deploy_is_clean_with_production_settings():
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for themselves; no deployment has it.
    test_only = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in test_only}
    env.update(
        PRODUCTION_ENV,
        SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_SETTINGS_MODULE="cms.settings.production",
    )

    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


def test_production_sends_hsts_for_a_year_with_subdomains_and_preload():
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="cms.settings.production")
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    )

    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )

    assert result.stdout.split() == ["31536000", "True", "True"]
