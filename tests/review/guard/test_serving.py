"""The second line: live content that bypassed the guard is not shown to patients."""

import json
import logging

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page, PageLogEntry

from pages.models import TreatmentArticlePage
from review.log_actions import SERVED_UNDER_REVIEW

pytestmark = pytest.mark.django_db

FORGED = "Ketamine is guaranteed to cure depression."


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def write_around_the_orm(article):
    """Put unsigned wording in the live row the way raw SQL or a queryset update would."""
    body = article.body.get_prep_value()
    body[1]["value"]["claims"][0]["value"]["statement"] = f"<p>{FORGED}</p>"
    TreatmentArticlePage.objects.filter(pk=article.pk).update(body=json.dumps(body))


def test_patients_see_being_reviewed_instead_of_unsigned_live_content(client, live_article):
    write_around_the_orm(live_article)

    response = client.get(live_article.url)

    assert response.status_code == 503
    assert response["Retry-After"] == "3600"
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "This page is being reviewed" in html
    assert FORGED not in html
    assert "Benefit statement" not in html


def test_staff_find_the_event_in_the_history_once_per_hour(client, live_article, caplog):
    write_around_the_orm(live_article)

    with caplog.at_level(logging.WARNING, logger="review.guard.serving"):
        client.get(live_article.url)
        client.get(live_article.url)

    entries = PageLogEntry.objects.filter(page_id=live_article.pk, action=SERVED_UNDER_REVIEW)
    assert entries.count() == 1
    assert len(entries.get().data["unsigned_claims"]) == 1
    (warning,) = [record for record in caplog.records if record.name == "review.guard.serving"]
    assert warning.levelname == "WARNING"
    assert FORGED in warning.getMessage()


def test_signed_live_content_is_served_as_usual(client, live_article):
    response = client.get(live_article.url)

    assert response.status_code == 200
    assert "Benefit statement 0." in response.content.decode()


def test_the_check_costs_at_most_two_queries(client, live_article, monkeypatch):
    client.get(live_article.url)  # warm per-process caches (site root, content types)
    with CaptureQueriesContext(connection) as guarded:
        assert client.get(live_article.url).status_code == 200
    monkeypatch.setattr(TreatmentArticlePage, "serve", Page.serve)
    with CaptureQueriesContext(connection) as unguarded:
        assert client.get(live_article.url).status_code == 200

    # One for the claims' sign-offs, one for the reviewed version of the whole page.
    assert len(guarded) - len(unguarded) <= 2


def test_staff_preview_of_an_unsigned_draft_still_works(superuser_client, live_article):
    response = superuser_client.get(
        reverse("wagtailadmin_pages:view_draft", args=[live_article.pk])
    )

    assert response.status_code == 200
    assert "Ketamine cures depression for everyone." in response.content.decode()
