"""gunicorn with deploy/gunicorn.conf.py and production settings serves patients and /health/."""

import http.client
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from cryptography.fernet import Fernet

from django.conf import settings
from django.db import connection

from tests.support.factories import add_article
from tests.support.publishing import go_live
from tests.support.services import free_port, require_tool

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def database_url():
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    return (
        f"postgres://{database['USER'] or 'postgres'}{password}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


@pytest.fixture
def production_server():
    gunicorn = require_tool(str(Path(sys.executable).parent / "gunicorn"), "gunicorn (pip)")
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url(),
        "CONSULTATIONS_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "CLAIMCHECK_POOL": "public",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
    }
    env.pop("REDIS_URL", None)
    # Production serves the collected, fingerprinted static files: collect them once per checkout.
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        subprocess.run(  # noqa: S603 - the project's own manage.py
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
        )
    process = subprocess.Popen(  # noqa: S603 - a fixed command line
        [gunicorn, "-c", "deploy/gunicorn.conf.py"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{base}/health/", timeout=1).close()  # noqa: S310
            break
        except OSError as error:
            if process.poll() is not None:
                pytest.fail(f"gunicorn exited: {process.stdout.read().decode()[-3000:]}")
            if getattr(error, "code", None):  # answered, if not with 200: read below
                break
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=20)


def get(base, path, **headers):
    """One request, redirects not followed: (status, headers, body)."""
    connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=10)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    answer = response.status, response.headers, response.read().decode()
    connection.close()
    return answer


def test_the_production_server_answers_health_over_http_and_serves_patients(production_server):
    article = go_live(add_article(title="Ketamine infusion for depression"))

    health, _, _ = get(production_server, "/health/")
    # The TLS proxy in front says the patient came over HTTPS; without it, a redirect to HTTPS.
    page, page_headers, body = get(production_server, article.url, **{"X-Forwarded-Proto": "https"})
    plain, plain_headers, _ = get(production_server, article.url)

    assert health == 200
    assert page == 200
    assert "Benefit statement 0." in body
    assert page_headers["Cache-Control"] == "public, max-age=0, s-maxage=3600"
    assert plain == 301
    assert plain_headers["Location"].startswith("https://")
