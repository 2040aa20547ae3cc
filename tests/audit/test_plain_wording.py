"""Compliance read a claim's words as patients do: an apostrophe is an apostrophe, everywhere."""

import pytest

from django.urls import reverse

from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.publishing import go_live, reword_claim

pytestmark = pytest.mark.django_db

# Draftail stores an apostrophe as an HTML entity.
STORED = "<p>The FDA&#x27;s label lists raised blood pressure.</p>"
READ = "The FDA's label lists raised blood pressure."


@pytest.fixture
def article(director, writer):
    article = go_live(
        add_article(body=claims_body(2, [ReferenceFactory()]), owner=writer), director
    )
    reword_claim(article, 1, STORED, writer)
    return go_live(article, director)


def test_history_sheet_and_live_on_show_the_words_not_entities(client, compliance, article):
    client.force_login(compliance)
    pages = [
        reverse("audit:article_history", args=[article.pk]),
        reverse("audit:sheet", args=[article.pk, article.live_revision_id]),
        reverse("audit:live_on", args=[article.pk]) + "?date=2100-01-01",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert "&amp;#x27;" not in html, url
        assert "FDA&#x27;s label" in html or READ in html, url


def test_the_claim_history_diff_shows_the_words_not_entities(client, compliance, article):
    client.force_login(compliance)
    block_id = article.claims[0].block_id
    html = client.get(reverse("audit:claim_history", args=[article.pk, block_id])).content
    assert "&amp;#x27;" not in html.decode()
    assert "FDA&#x27;s" in html.decode()
