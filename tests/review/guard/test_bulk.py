"""Wagtail's bulk Publish from the page listing, with and without descendants."""

import pytest

from django.urls import reverse

from wagtail import hooks

from review.guard import hooks as guard_hooks
from tests.support.factories import add_article
from tests.support.publishing import go_live
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db


def bulk_publish(client, *pages, include_descendants=False):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    query = "&".join(f"id={page.pk}" for page in pages)
    data = {"include_descendants": "on"} if include_descendants else {}
    return client.post(f"{url}?{query}&next=/admin/", data)


def test_bulk_publishing_an_article_with_an_unsigned_draft_is_refused(
    superuser_client, live_article
):
    before = snapshot(live_article)

    response = bulk_publish(superuser_client, live_article)

    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any(live_article.title in m and "Not published" in m for m in messages)
    assert snapshot(live_article) == before


def test_bulk_publishing_the_section_with_descendants_leaves_unsigned_drafts_unpublished(
    superuser_client, treatments, draft_article, live_article
):
    draft_before, live_before = snapshot(draft_article), snapshot(live_article)
    treatments_revision = treatments.live_revision_id

    response = bulk_publish(superuser_client, treatments, include_descendants=True)

    assert response.status_code == 302
    messages = " ".join(str(m) for m in response.wsgi_request._messages)
    assert draft_article.title in messages
    assert snapshot(draft_article) == draft_before
    assert snapshot(live_article) == live_before
    treatments.refresh_from_db()
    assert treatments.live_revision_id == treatments_revision


def test_bulk_publish_without_the_friendly_hook_is_refused_by_the_model_and_rolled_back(
    superuser_client, treatments, draft_article, monkeypatch
):
    without_guard_hook = [
        (fn, order)
        for fn, order in hooks._hooks["before_bulk_action"]
        if fn is not guard_hooks.refuse_bulk_publishing_unreviewed_pages
    ]
    monkeypatch.setitem(hooks._hooks, "before_bulk_action", without_guard_hook)
    before = snapshot(draft_article)
    treatments_revisions = treatments.revisions.count()

    response = bulk_publish(superuser_client, treatments, include_descendants=True)

    assert response.status_code == 302
    assert "do not have permission" in str(list(response.wsgi_request._messages)[0])
    assert snapshot(draft_article) == before
    assert treatments.revisions.count() == treatments_revisions


def test_bulk_publishing_a_withdrawn_article_is_refused_until_a_new_review(superuser_client):
    article = go_live(add_article(title="Ketamine-assisted psychotherapy"))
    article.unpublish()
    before = snapshot(article)

    response = bulk_publish(superuser_client, article)

    assert response.status_code == 302
    assert "withdrawn" in str(list(response.wsgi_request._messages)[0])
    assert snapshot(article) == before


def test_bulk_publishing_the_live_approved_article_changes_nothing(superuser_client):
    article = go_live(add_article(title="Ketamine-assisted psychotherapy"))
    before = snapshot(article)
    revisions = article.revisions.count()

    response = bulk_publish(superuser_client, article)

    assert response.status_code == 302
    assert snapshot(article) == before
    assert article.revisions.count() == revisions


def test_bulk_unpublish_of_articles_is_refused_for_want_of_a_reason(superuser_client, live_article):
    before = snapshot(live_article)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])

    response = superuser_client.post(f"{url}?id={live_article.pk}&next=/admin/", {})

    assert response.status_code == 302
    assert "reason on record" in str(list(response.wsgi_request._messages)[0])
    assert snapshot(live_article) == before
