"""A private page stays private: its restrictions, and its ancestors', are read in one query."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from pages.models import TreatmentArticlePage
from tests.support.factories import add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_article(db):
    return go_live(add_article())


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="clinic-only",  # noqa: S106
    )


def wagtails_own(page):
    return set(Page.get_view_restrictions(page))


def test_a_password_on_the_treatments_index_keeps_its_articles_from_patients(
    client, live_article, treatments
):
    restrict(treatments)

    response = client.get(live_article.url)

    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert live_article.summary.encode() not in response.content


def test_an_alias_is_restricted_as_its_original_is(client, live_article, treatments):
    original_restriction = restrict(live_article)
    alias = live_article.create_alias(parent=treatments, update_slug="ketamine-elsewhere")
    alias = TreatmentArticlePage.objects.get(pk=alias.pk)

    assert set(alias.get_view_restrictions()) == {original_restriction} == wagtails_own(alias)
    response = client.get(alias.url)
    assert b'name="password"' in response.content
    assert live_article.summary.encode() not in response.content


def test_the_same_restrictions_as_wagtails_own_lookup_in_one_query(live_article, treatments):
    home = treatments.get_parent()
    unrelated = restrict(add_article(title="A sibling article", slug="sibling"))
    assert set(live_article.get_view_restrictions()) == set() == wagtails_own(live_article)

    on_home, on_index = restrict(home), restrict(treatments)
    on_article = restrict(live_article)
    with CaptureQueriesContext(connection) as queries:
        found = set(live_article.get_view_restrictions())

    assert found == {on_home, on_index, on_article} == wagtails_own(live_article)
    assert unrelated not in found
    assert len(queries) == 1
