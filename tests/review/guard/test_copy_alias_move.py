"""Copies, aliases and moves: new pages and new places carry no borrowed sign-offs."""

import pytest

from django.urls import reverse

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Page

from pages.models import TreatmentArticlePage
from review.guard.errors import UnsignedClaimsError
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db


def copy_form(article, parent, **ticked):
    return {
        "new_title": f"{article.title} (copy)",
        "new_slug": f"{article.slug}-copy",
        "new_parent_page": parent.pk,
        **dict.fromkeys(ticked, "on"),
    }


def post_copy(client, article, data):
    return client.post(reverse("wagtailadmin_pages:copy", args=[article.pk]), data)


def test_copy_view_refuses_publishing_a_copy_of_an_article(
    superuser_client, live_article, treatments
):
    pages_before = Page.objects.count()

    response = post_copy(
        superuser_client, live_article, copy_form(live_article, treatments, publish_copies=True)
    )

    assert response.status_code == 302
    message = str(list(response.wsgi_request._messages)[0])
    assert "starts as a draft" in message
    assert Page.objects.count() == pages_before


def test_copy_view_refuses_publishing_copies_of_a_section_holding_articles(
    superuser_client, live_article, treatments, home
):
    pages_before = Page.objects.count()
    data = {
        **copy_form(treatments, home, publish_copies=True, copy_subpages=True),
        "new_slug": "treatments-copy",
    }

    response = post_copy(superuser_client, treatments, data)

    assert response.status_code == 302
    assert Page.objects.count() == pages_before


def test_copying_an_article_as_a_draft_is_allowed(superuser_client, live_article, treatments):
    response = post_copy(superuser_client, live_article, copy_form(live_article, treatments))

    assert response.status_code == 302
    copy = TreatmentArticlePage.objects.get(slug=f"{live_article.slug}-copy")
    assert not copy.live
    assert copy.live_revision is None


def test_copying_live_from_code_is_refused_and_creates_nothing(live_article, treatments):
    pages_before = Page.objects.count()

    with pytest.raises(UnsignedClaimsError):
        CopyPageAction(
            live_article,
            to=treatments,
            update_attrs={"title": "Copy", "slug": "ketamine-copy"},
            keep_live=True,
        ).execute()

    assert Page.objects.count() == pages_before


def test_copy_view_refuses_aliasing_an_article(superuser_client, live_article, treatments):
    pages_before = Page.objects.count()

    response = post_copy(
        superuser_client, live_article, copy_form(live_article, treatments, alias=True)
    )

    assert response.status_code == 302
    assert "cannot be aliased" in str(list(response.wsgi_request._messages)[0])
    assert Page.objects.count() == pages_before


def test_alias_made_in_code_shows_only_signed_content_and_cannot_break_away(
    superuser_client, live_article, treatments
):
    alias = live_article.create_alias(parent=treatments, update_slug="ketamine-elsewhere")
    alias_before = snapshot(alias)
    assert alias_before.live
    assert alias_before.body == snapshot(live_article).body

    # The original's unsigned draft cannot reach the alias, which only follows publishes.
    with pytest.raises(UnsignedClaimsError):
        live_article.unsigned_revision.publish()
    # Turning the alias into a page of its own leaves it with no sign-offs of its own.
    with pytest.raises(UnsignedClaimsError):
        ConvertAliasPageAction(alias.specific).execute()
    converting = superuser_client.post(reverse("wagtailadmin_pages:convert_alias", args=[alias.pk]))

    assert converting.status_code == 302

    assert snapshot(alias) == alias_before
    assert TreatmentArticlePage.objects.get(pk=alias.pk).alias_of_id == live_article.pk


def test_move_to_outside_the_treatments_section_is_refused(superuser_client, live_article, home):
    parent_before = live_article.get_parent().pk

    response = superuser_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[live_article.pk, home.pk])
    )

    assert response.status_code == 302
    live_article.refresh_from_db()
    assert live_article.get_parent().pk == parent_before


def test_an_article_moved_from_code_still_meets_the_guard(live_article, home):
    live_article.move(home, pos="last-child")
    before = snapshot(live_article)

    with pytest.raises(UnsignedClaimsError):
        live_article.unsigned_revision.publish()

    assert snapshot(live_article) == before
