"""Listings, search results and the sitemap show only what passes the serve-time rule."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import TreatmentArticlePage
from tests.support.factories import add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db

FORGED = "Guaranteed miracle cure for everyone."


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def forged_summary(live_article):
    """A live article whose summary was changed by a write around the ORM."""
    TreatmentArticlePage.objects.filter(pk=live_article.pk).update(summary=FORGED)
    return TreatmentArticlePage.objects.get(pk=live_article.pk)


def test_a_forged_summary_is_not_listed_searchable_or_in_the_sitemap(
    client, forged_summary, treatments
):
    other = go_live(add_article(title="Transcranial magnetic stimulation"))

    article_page = client.get(forged_summary.url)
    listing = client.get(treatments.url).content.decode()
    search = client.get("/search/", {"q": "ketamine"}).content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert article_page.status_code == 503
    assert FORGED not in listing
    assert forged_summary.title not in listing
    assert other.title in listing
    assert FORGED not in search
    assert forged_summary.url not in search
    assert forged_summary.url not in sitemap
    assert other.url in sitemap


def test_the_listing_check_costs_at_most_two_queries_per_article(client, treatments):
    go_live(add_article(title="Article 0"))
    client.get(treatments.url)
    with CaptureQueriesContext(connection) as one:
        client.get(treatments.url)
    for number in range(1, 5):
        go_live(add_article(title=f"Article {number}", slug=f"article-{number}"))
    with CaptureQueriesContext(connection) as five:
        assert "Article 4" in client.get(treatments.url).content.decode()

    # The approved states and their sign-offs are read once for the whole list; each article's
    # claims load their references (one query per section of claims).
    assert len(five) - len(one) <= 2 * 4
