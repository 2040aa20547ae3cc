"""The article editor costs the same number of queries however many claims an article has."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pages import body_builder
from pages.choices import ClaimType
from tests.support.editor_forms import body_as_posted, edit_form
from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.library import approved_library_claim
from tests.support.publishing import go_live, reword_claim, submit_for_review

pytestmark = pytest.mark.django_db

# For the editor of any article: live, with a draft, or with a director. Before the editor read
# the workflow state once (and answered its questions about the workflow's tasks once each), and
# before a page built from its draft stopped looking up what Wagtail then takes from the page
# record, an article with a draft cost 56 queries, and one in review 99, then 66.
EDITOR_QUERY_BUDGET = 50


def live_article_with(claims, writer):
    references = [ReferenceFactory(), ReferenceFactory()]
    return go_live(
        add_article(title=f"{claims} claims", body=claims_body(claims, references), owner=writer)
    )


def queries_of(request):
    with CaptureQueriesContext(connection) as queries:
        response = request()
    assert response.status_code in (200, 302)
    return len(queries)


def editor_queries(client, article):
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    client.get(url)  # the first request warms per-process caches (content types, site root)
    return queries_of(lambda: client.get(url))


def draft_save_queries(client, article):
    draft = article.get_latest_revision_as_object()
    posted = edit_form(article, body_as_posted(draft), action=None, summary=draft.summary)
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    return queries_of(lambda: client.post(url, posted))


def with_draft(article, writer):
    reword_claim(article, 1, "<p>Reworded for the director.</p>", writer)
    return article


def in_review(article, writer):
    submit_for_review(with_draft(article, writer), writer)
    return article


def test_opening_the_editor_costs_the_same_at_any_size(client, writer):
    client.force_login(writer)
    small = editor_queries(client, live_article_with(10, writer))
    large = editor_queries(client, live_article_with(500, writer))

    assert large == small
    assert large <= EDITOR_QUERY_BUDGET


def test_the_editor_of_an_article_with_a_draft_costs_no_more(client, writer):
    client.force_login(writer)
    small = editor_queries(client, with_draft(live_article_with(10, writer), writer))
    large = editor_queries(client, with_draft(live_article_with(500, writer), writer))

    assert large == small
    assert large <= EDITOR_QUERY_BUDGET


def test_the_editor_of_an_article_in_review_costs_no_more(client, writer):
    client.force_login(writer)
    small = editor_queries(client, in_review(live_article_with(10, writer), writer))
    large = editor_queries(client, in_review(live_article_with(500, writer), writer))

    assert large == small
    assert large <= EDITOR_QUERY_BUDGET


def test_saving_a_draft_looks_each_cited_study_up_once(client, writer):
    # Each claim cites its studies through a chooser; looking each chooser up on its own made a
    # 500-claim draft cost 3,000 queries.
    client.force_login(writer)
    small = draft_save_queries(client, live_article_with(4, writer))
    large = draft_save_queries(client, live_article_with(60, writer))

    assert large == small


def every_kind_of_section(references, library_claim, times):
    """A body with each kind of section `times` over, each holding claims citing `references`."""

    def claims(word, count=3):
        return [
            body_builder.claim(f"{word} statement {i}.", ClaimType.EFFICACY, references)
            for i in range(count)
        ]

    sections = []
    for _ in range(times):
        sections += [
            body_builder.heading("How it works"),
            body_builder.text("What a session is like."),
            *claims("Stand-alone", 1),
            body_builder.benefits(claims("Benefit")),
            body_builder.risks([*claims("Risk"), body_builder.library_claim(library_claim)]),
            body_builder.suitability(claims("Suitable"), claims("Not suitable")),
            body_builder.faq("How long does it last?", claims("Answer")),
            body_builder.callout("Call us before your first session."),
        ]
    return json.dumps(sections)


def test_the_editor_reads_the_references_and_library_claims_of_every_section_at_once(
    client, writer
):
    # Wagtail reads each kind of section on its own, and each looked its references up again:
    # six kinds of section cost six queries for the same two studies.
    shared = approved_library_claim()
    article = go_live(
        add_article(
            title="Every kind of section",
            body=every_kind_of_section([ReferenceFactory(), ReferenceFactory()], shared, 2),
            owner=writer,
        )
    )
    client.force_login(writer)
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    client.get(url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    tables = [query["sql"].split(" WHERE ")[0] for query in queries.captured_queries]
    assert response.status_code == 200
    assert sum('FROM "pages_reference"' in sql for sql in tables) == 1
    assert sum('FROM "library_libraryclaim"' in sql for sql in tables) == 1
    assert len(queries) <= EDITOR_QUERY_BUDGET
