"""The review screen and signing cost the same number of queries for 4 claims or 40."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.support.factories import ReferenceFactory, WriterFactory, add_article, claims_body
from tests.support.publishing import go_live, reword_claim, submit_for_review
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db


def submitted_article(claims, references):
    article = add_article(title=f"{claims} claims", body=claims_body(claims, references))
    return submit_for_review(article, WriterFactory())


def queries(action):
    with CaptureQueriesContext(connection) as captured:
        response = action()
    assert response.status_code in (200, 302)
    return len(captured)


def test_review_screen_and_signing_queries_do_not_grow_with_claims(client, director):
    references = [ReferenceFactory() for _ in range(5)]
    warm_up = submitted_article(2, references)
    small = submitted_article(4, references)
    large = submitted_article(40, references)
    client.force_login(director)
    # The first request and the first signing fill Django's and Wagtail's caches.
    client.post(review_url(warm_up), signing_post(warm_up))

    screen = [
        queries(lambda state=state: client.get(review_url(state))) for state in (small, large)
    ]
    signing = [
        queries(lambda state=state: client.post(review_url(state), signing_post(state)))
        for state in (small, large)
    ]

    assert screen[0] == screen[1]
    assert signing[0] == signing[1]


def reworded_live_article(claims, references):
    writer = WriterFactory()
    article = go_live(
        add_article(title=f"{claims} claims", body=claims_body(claims, references), owner=writer)
    )
    reword_claim(article, 1, "<p>Reworded for the director.</p>", writer)
    return submit_for_review(article, writer)


def test_the_review_screen_of_a_long_edited_article_costs_the_same_queries(client, director):
    # Every claim but one carries over a sign-off and cites studies: none of it may cost a query
    # per claim.
    references = [ReferenceFactory() for _ in range(20)]
    small = reworded_live_article(10, references)
    large = reworded_live_article(500, references)
    client.force_login(director)
    client.get(review_url(small))  # fills Django's and Wagtail's caches

    screen = [
        queries(lambda state=state: client.get(review_url(state))) for state in (small, large)
    ]

    assert screen[0] == screen[1]
