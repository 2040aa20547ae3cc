"""Kept patient pages are answered in front of Django, exactly as Django would answer them."""

import contextlib
import io
import sys

import pytest

from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from delivery.wsgi import KeptPagesFirst
from tests.support.factories import ComplianceFactory, add_article
from tests.support.identity import TwoFactorClient
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


class Django:
    """Django's own WSGI handler, counting the requests that reach it."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.requests = 0

    def __call__(self, environ, start_response):
        self.requests += 1
        return self.handler(environ, start_response)


@pytest.fixture
def django_app():
    return Django()


@contextlib.contextmanager
def connection_kept_open():
    # As Django's test client does: the test's transaction holds the database connection, which
    # the handler would otherwise close at the end of the request.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def front(django_app):
    return KeptPagesFirst(django_app)


@pytest.fixture
def article(shared_cache):
    return go_live(add_article(title="Ketamine infusion for depression"))


def visit(app, path, method="GET", host="testserver", query="", secure=False, **headers):
    """One request as gunicorn hands it over: (status, headers, body, queries)."""
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "443" if secure else "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "https" if secure else "http",
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    started = {}

    def start_response(status, response_headers, exc_info=None):
        started.update(status=status, headers=dict(response_headers))

    with connection_kept_open(), CaptureQueriesContext(connection) as queries:
        chunks = app(environ, start_response)
        body = b"".join(chunks)
        getattr(chunks, "close", lambda: None)()
    return started["status"], started["headers"], body, len(queries)


def test_a_kept_page_is_answered_without_django_as_django_answered_it(article, front, django_app):
    status, headers, body, _ = visit(front, article.url)
    assert django_app.requests == 1

    again_status, again_headers, again_body, queries = visit(front, article.url)

    assert django_app.requests == 1
    assert queries == 0
    assert (again_status, again_body) == (status, body) == ("200 OK", body)
    assert b"Benefit statement 0." in again_body
    for name in ("Content-Type", "Cache-Control", "Content-Security-Policy", "X-Frame-Options"):
        assert again_headers[name] == headers[name]
    assert again_headers["Content-Length"] == str(len(body))
    head_status, head_headers, head_body, _ = visit(front, article.url, method="HEAD")
    assert (head_status, head_body) == ("200 OK", b"")
    assert head_headers["Content-Length"] == str(len(body))


def test_a_withdrawn_article_is_no_longer_answered_in_front(
    article, front, django_app, django_capture_on_commit_callbacks
):
    visit(front, article.url)
    officer = TwoFactorClient()
    officer.force_login(ComplianceFactory())
    with django_capture_on_commit_callbacks(execute=True):
        officer.post(reverse("review:withdraw", args=[article.pk]), {"reason": "Retracted study."})

    status, _, body, _ = visit(front, article.url)

    assert django_app.requests == 2
    assert status.startswith("404")
    assert b"Benefit statement 0." not in body


def test_visitors_with_a_session_a_query_or_a_post_always_reach_django(
    article, front, django_app, settings
):
    visit(front, article.url)
    session = f"{settings.SESSION_COOKIE_NAME}=abc"

    visit(front, article.url, cookie=session)
    visit(front, article.url, query="utm_source=newsletter")
    visit(front, article.url, method="POST")

    assert django_app.requests == 4


def test_a_host_the_site_does_not_serve_gets_djangos_refusal(article, front, django_app, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    visit(front, article.url)

    status, _, body, _ = visit(front, article.url, host="attacker.example")

    assert status.startswith("400")
    assert b"Benefit statement 0." not in body
    assert django_app.requests == 2


def test_a_page_kept_over_https_is_not_answered_to_plain_http(article, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    django_app = Django()  # its middleware reads these settings as it starts
    front = KeptPagesFirst(django_app)
    secure_status, secure_headers, _, _ = visit(front, article.url, secure=True)
    kept_status, kept_headers, _, _ = visit(front, article.url, secure=True)
    assert secure_status == kept_status == "200 OK"
    assert django_app.requests == 1
    assert kept_headers["Strict-Transport-Security"] == secure_headers["Strict-Transport-Security"]

    status, headers, _, _ = visit(front, article.url)

    assert status.startswith("301")
    assert headers["Location"].startswith("https://")
    assert django_app.requests == 2


def test_what_is_answered_from_a_process_memory_is_kept_by_no_http_cache(article, front, settings):
    settings.DELIVERY_RECHECK_SECONDS = 60
    visit(front, article.url)  # drawn and kept in Redis
    _, from_redis, _, _ = visit(front, article.url)

    _, from_memory, body, _ = visit(front, article.url)
    _, refill, _, _ = visit(front, article.url, shared_cache_fill="1")

    assert from_redis["Cache-Control"] == "public, max-age=0, s-maxage=3600"
    # Up to DELIVERY_RECHECK_SECONDS old: a cache in front must not keep it for an hour.
    assert from_memory["Cache-Control"] == "public, max-age=0, s-maxage=0"
    assert b"Benefit statement 0." in body
    assert refill["Cache-Control"] == "public, max-age=0, s-maxage=3600"
