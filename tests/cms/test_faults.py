"""Faults mid-request: nothing half-done, and a retry succeeds."""

import psycopg
import pytest

from django.core.handlers.wsgi import WSGIHandler
from django.db import OperationalError, close_old_connections, connection
from django.test import Client, RequestFactory
from django.urls import reverse

from wagtail.models import Workflow, WorkflowState

from compliance.report import reason_input_name
from tests.support import editor_forms
from tests.support.editor_posts import risks
from tests.support.factories import ReferenceFactory, WriterFactory, add_article

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pg_terminate_backend needs PostgreSQL"
)


def submit_form(article):
    reference = ReferenceFactory()
    body = [
        editor_forms.claim("Some people felt less low.", [reference], "efficacy"),
        risks(editor_forms.claim("Nausea is common.", [reference], "safety")),
    ]
    data = editor_forms.edit_form(article, body, action="action-submit")
    # The checker's reading-level warning on two short sentences needs the writer's reason.
    data[reason_input_name(("reading-level", None))] = "Two short test sentences."
    return data


def submit(client, article, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)


def started_reviews(article):
    return WorkflowState.objects.filter(object_id=str(article.pk)).count()


@pytest.mark.django_db
def test_a_submit_that_fails_after_saving_keeps_neither_revision_nor_review(client, monkeypatch):
    article = add_article()
    client.force_login(WriterFactory())
    client.raise_request_exception = False
    data = submit_form(article)
    revisions = article.revisions.count()
    start = Workflow.start

    def fail_after_saving(self, obj, user):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Workflow, "start", fail_after_saving)
    assert submit(client, article, data).status_code == 500
    assert article.revisions.count() == revisions
    assert started_reviews(article) == 0

    monkeypatch.setattr(Workflow, "start", start)
    assert submit(client, article, data).status_code == 302
    assert article.revisions.count() == revisions + 1
    assert started_reviews(article) == 1


def _terminate(*, pid):
    """End one backend (`pid`) of this test's own database, from a separate connection."""
    settings = connection.settings_dict
    with psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        autocommit=True,
    ) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE pid = %s AND datname = current_database()",
            [pid],
        )


def _backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _served(path):
    """The status of a GET through Django's own WSGI handler, which, unlike the test client,
    checks the database connection as each request starts (close_old_connections)."""
    statuses = []
    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD="GET")
    body = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
    b"".join(body)
    body.close()
    return int(statuses[0].split()[0])


@on_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_dropped_connection_costs_a_reconnect_not_a_500(monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 60)  # as in production
    connection.close()  # reopened with the production lifetime
    assert _served("/treatments/") == 200

    _terminate(pid=_backend_pid())  # a database restart, as this worker's connection sees it

    assert _served("/treatments/") == 200


@on_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_submit_cut_off_mid_request_leaves_nothing_half_done_and_a_retry_succeeds(monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 60)
    article = add_article()
    writer = Client(raise_request_exception=False)
    writer.force_login(WriterFactory())
    data = submit_form(article)
    start = Workflow.start

    def terminated_mid_submit(self, obj, user):
        _terminate(pid=_backend_pid())  # the revision is saved, the review not yet started
        return start(self, obj, user)

    monkeypatch.setattr(Workflow, "start", terminated_mid_submit)
    assert submit(writer, article, data).status_code == 500
    assert article.revisions.count() == 1
    assert started_reviews(article) == 0

    monkeypatch.setattr(Workflow, "start", start)
    close_old_connections()  # what Django's handler does as a request starts; the client skips it
    assert submit(writer, article, data).status_code == 302
    assert article.revisions.count() == 2
    assert started_reviews(article) == 1
