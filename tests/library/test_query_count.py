"""A patient page takes the same few queries however many library claims it shows."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages import body_builder
from pages.choices import ClaimType
from tests.delivery.test_query_budget import ARTICLE_QUERY_BUDGET
from tests.support.factories import ReferenceFactory, add_article
from tests.support.library import approved_library_claim
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def article_with_library_claims(claims, slug):
    """Library claims in every kind of section an article has, and at the top level."""
    reference = ReferenceFactory()
    quarter = [claims[i::4] for i in range(4)]

    def shown(group):
        return [body_builder.library_claim(claim) for claim in group]

    body = [
        body_builder.claim("Sessions last about two hours.", ClaimType.DOSAGE, [reference]),
        *shown(quarter[0]),
        body_builder.benefits(shown(quarter[1])),
        body_builder.risks(shown(quarter[2])),
        body_builder.faq("How am I watched?", shown(quarter[3])),
    ]
    return add_article(title=f"Article {slug}", slug=slug, body=json.dumps(body))


def queries_to_read(client, article):
    client.get(article.url)  # per-process lookups (content types, the site) warmed first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_patient_page_takes_the_same_queries_at_4_and_24_library_claims(client, director):
    claims = [
        approved_library_claim(f"Library statement number {i}.", director=director)
        for i in range(24)
    ]
    few = go_live(article_with_library_claims(claims[:4], "few"), director)
    many = go_live(article_with_library_claims(claims, "many"), director)

    few_queries, few_html = queries_to_read(client, few)
    many_queries, many_html = queries_to_read(client, many)

    assert few_queries == many_queries <= ARTICLE_QUERY_BUDGET
    assert "Library statement number 3." in few_html
    assert all(f"Library statement number {i}." in many_html for i in range(24))
