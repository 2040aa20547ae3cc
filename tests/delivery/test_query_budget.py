"""An article costs the same few queries however many claims, references and blocks it has."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from pages import body_builder
from pages.choices import ClaimType
from pages.models import TreatmentArticlePage
from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db

ARTICLE_QUERY_BUDGET = 10


def every_kind_of_section(claims, references):
    """Benefits, risks, who it is for, and FAQs: each kind of section looks references up."""
    quarter = max(claims // 4, 1)

    def claim_list(label):
        return [
            body_builder.claim(f"{label} {i}.", ClaimType.EFFICACY, references)
            for i in range(quarter)
        ]

    return json.dumps(
        [
            body_builder.heading("How it works"),
            body_builder.benefits(claim_list("Benefit")),
            body_builder.risks(claim_list("Risk")),
            body_builder.suitability(claim_list("Suits"), claim_list("Not for")),
            body_builder.faq("Does it last?", claim_list("Answer")),
        ]
    )


def queries_to_read(client, article):
    client.get(article.url)  # per-process lookups (content types, the site) warmed first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("make_body", [claims_body, every_kind_of_section])
def test_an_article_takes_the_same_few_queries_at_10_and_500_claims(client, make_body):
    small = go_live(add_article(title="Small", body=make_body(10, [ReferenceFactory()])))
    references = [ReferenceFactory() for _ in range(40)]
    large = go_live(add_article(title="Large", body=make_body(500, references)))

    small_queries = queries_to_read(client, small)
    large_queries = queries_to_read(client, large)

    assert small_queries == large_queries
    assert large_queries <= ARTICLE_QUERY_BUDGET


def test_the_serve_time_check_costs_at_most_one_query(client, monkeypatch):
    article = go_live(add_article(body=claims_body(50, [ReferenceFactory() for _ in range(5)])))
    guarded = queries_to_read(client, article)
    monkeypatch.setattr(TreatmentArticlePage, "serve", Page.serve)
    unguarded = queries_to_read(client, article)

    assert guarded - unguarded <= 1
