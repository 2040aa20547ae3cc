import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

PRODUCTION_ENV = {
    "SECRET_KEY": "a-real-secret-from-the-vault",
    "ALLOWED_HOSTS": "clinic.example",
    "DATABASE_URL": "postgres://clinic@db.internal/clinic",
    "CONSULTATIONS_ENCRYPTION_KEYS": "bm90LWEtcmVhbC1rZXktanVzdC1mb3ItdGhlLXRlc3Q=",
}


def run_check_with(env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="cms.settings.production")
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = run_check_with(env)

    assert result.returncode != 0
    assert f"The {missing} environment variable must be set" in result.stderr


def test_production_starts_when_configured():
    result = run_check_with(PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
